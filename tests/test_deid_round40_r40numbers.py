"""Round 40, branch r40numbers: numbers and handles the thirty-ninth black-box round saw published or blocking.

(a) E-mail addresses said in Romanian ("punct", "arond", "a rond", "la" after a handle's shape) and in Thai ("แอท",
"ดอท", "จุด", with or without blanks) were published with the check passing: both sides now read them in the shared
``normalize.said_address_view`` (the redactor's ``text.said_email_spans``, the check's free-text scan). (b) Bank
accounts after their word in twenty languages (an Argentine CBU or CVU, a Mexican CLABE glued, which the GS1 readings
took for a pack's GTIN, a Brazilian branch and account, Hungarian groups of eight figures, an Argentine alias): the
redactor's ``world_shapes.bank_account_spans``, the check's ``leakshapes.has_bank_account``, sharing the words of
``worldwords.BANK_ACCOUNT_WORDS``. (c) A phone's last groups after "and then", "а потом", "und dann": the redactor
takes them with the phone, the check sees them after a phone's placeholder
(``contactwords.PHONE_CONTINUATION_WORDS``). (d) The owner's name inside a handle or mailbox ("<PERSON>_s0216",
"mehmet.<PERSON>@ gmail.com") and the owner's house number inside a phone said in kana words: the whole handle,
mailbox or phone goes; a national code spelled out after its word ("CURP G O M E 8 5 …") goes whole. (e) Doses,
amounts, counts and times after the same words stay.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_gone_and_clean,
    assert_owner_gone_for_both_sides,
    assert_owner_text_kept,
    free_text_kinds,
    owner,
    redacted,
)

# --------------------------------------------------------------------------- (a) e-mails said in Romanian and Thai

SAID_EMAILS = [
    ("trimite reteta pe andrei punct vasile arond yahoo punct com te rog", "vasile"),
    ("adresa fiicei mele: ioana_m77 arond gmail punct ro", "ioana_m77"),
    ("scrieti-mi la elena punct dobre a rond outlook punct com", "dobre"),
    ("emailul nou: radu.stan85 la gmail punct com", "radu.stan85"),
    ("mihai.georgescu la yahoo.com e adresa lui", "georgescu"),
    ("ส่งใบสั่งยาไปที่ kittisak แอท gmail ดอท com นะคะ", "kittisak"),
    ("อีเมลลูกสาว pim.s แอท hotmail จุด com", "pim.s"),
    ("malee99แอทyahooดอทcom ค่ะ", "malee99"),
    ("ติดต่อ anan_k แอท outlook ดอทคอม ได้เลย", "anan_k"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), SAID_EMAILS)
def test_an_email_said_in_romanian_or_thai_goes_and_is_seen(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"email-shaped address"})


SAID_EMAILS_KEPT = [
    "scrie-mi la telefon, nu pe email",
    "am luat 2 pastile la ora 8 punct",
    "กินยา 2 เม็ด ตอน 8 โมง",
    "the point is I forgot my pills at work",
]


@pytest.mark.parametrize("text", SAID_EMAILS_KEPT)
def test_words_for_at_and_dot_in_prose_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- (b) bank accounts

BANK_ACCOUNTS = [
    ("pasame a mi CBU 2850590940090418135201 gracias", "2850590940090418135201"),
    ("mi cvu es 0000 0031 0009 8765 4321 09", "8765 4321"),
    ("alias del banco: sol.mate.perro", "sol.mate.perro"),
    ("la CLABE es 002180700123456789 (la de mi hija)", "002180700123456789"),
    ("conta corrente: agência 4321 conta 56789-0 Itaú", "56789-0"),
    ("ag 0712 c/c 123456-7", "123456-7"),
    ("a számlaszámom 10918001-00000123-45670001 ha utalni kell", "45670001"),
    ("bankszámla: 11600006 00000000 12345678", "12345678"),
    ("Kontonummer: 0123 4567 89, Bankleitzahl folgt", "4567"),
    ("rekeningnummer 123456789 voor de apotheek", "123456789"),
    ("numer konta 61 1090 1014 0000 0712 1981 2874", "1981 2874"),
    ("contul meu 123456789012 la banca", "123456789012"),
    ("hesap numarası 123456789 olan hesaba", "123456789"),
    ("số tài khoản 1903 4567 8901 2", "4567 8901"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), BANK_ACCOUNTS)
def test_a_bank_account_after_its_word_goes_and_is_seen(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)
    assert "bank account number" in free_text_kinds(index, text)


def test_a_hungarian_account_alone_goes_whole(deid, index):
    """The third group of eight was published after the first two went."""
    assert_free_text_caught(deid, index, "utalj a 12000000-33334444-55556666 számlára", "55556666",
                            {"bank account number"})


BANK_WORDS_KEPT = [
    "la cuenta de la farmacia fue 15000 pesos",
    "a conta deu 120 reais na farmácia",
    "conta 3 comprimidos por dia",
    "on my account I took 500 mg at 08:30",
    "alias Bob took his pills at 9",
    "took 500 mg at 08:30, lot AB1234",
]


@pytest.mark.parametrize("text", BANK_WORDS_KEPT)
def test_amounts_counts_and_doses_after_bank_words_stay(deid, index, text):
    out = redacted(deid, text)
    assert "bank account number" not in free_text_kinds(index, text)
    for kept in ("15000 pesos", "120 reais", "3 comprimidos", "500 mg", "08:30", "AB1234"):
        if kept in text:
            assert kept in out, out


# --------------------------------------------------------------------------- (c) a phone's last groups after a pause

PHONE_GOES_ON = [
    ("my cell is 0744 512 and then 93 18", "93 18"),
    ("звоните 8 903 765 а потом 12 34", "12 34"),
    ("Handy 0160 987 und dann 65 43 21", "65 43"),
    ("mi número 644 321 987 y luego 55", "644 321"),
    ("numărul meu 0733 456 şi apoi 78 90", "78 90"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), PHONE_GOES_ON)
def test_a_phones_last_groups_after_a_pause_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


def test_the_check_sees_a_phones_last_groups_after_its_placeholder(index):
    assert "phone's last groups after its placeholder" in free_text_kinds(index, "call <PHONE> and then 45 67")
    assert "phone's last groups after its placeholder" not in free_text_kinds(index, "call <PHONE> then 20 mg")


PHONE_DOSES_KEPT = [
    ("call 0744 512 930 then 20 mg at night", "20 mg"),
    ("my cell 0744 512 930, and then 12 tablets left", "12 tablets"),
    ("cell 0744 512 930 then 60-40-20 mg taper", "60-40-20 mg"),
]


@pytest.mark.parametrize(("text", "kept"), PHONE_DOSES_KEPT)
def test_a_dose_after_a_phone_and_then_stays(deid, index, text, kept):
    out = redacted(deid, text)
    assert kept in out and "<PHONE>" in out, out
    assert not free_text_kinds(index, out), free_text_kinds(index, out)


# --------------------------------------------------------------------------- (d) the owner's name in a handle

YUKI = owner("Yuki Tanaka", "4-5-6 Nishi", "Osaka")
EMRE = owner("Emre Kaya", "Atatürk Caddesi 8", "Ankara")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("who", "text", "secret"), [
    (YUKI, "my line is yuki_t0503 add me", "0503"),
    (YUKI, "tanaka_yuki.88 on insta", "88"),
    (EMRE, "mail: emre.kaya@ hotmail.com", "emre."),
    (EMRE, "emre_kaya_1990 benim hesabım", "1990"),
    (EMRE, "ka.emre @gmail.com", "ka."),
])
def test_the_whole_handle_around_the_owners_name_goes(deid, who, text, secret):
    assert_owner_gone_for_both_sides(deid, who, text, secret)


def test_the_owners_name_before_a_full_stop_keeps_the_next_word(deid):
    out = redacted(deid, "I am Emre Kaya. Thanks", EMRE)
    assert out.endswith(". Thanks"), out


@pytest.mark.verifies("REQ-DEID-005")
def test_a_phone_in_kana_words_holding_the_owners_house_number_goes_whole(deid):
    assert_owner_gone_for_both_sides(deid, YUKI, "でんわ ぜろはちぜろ よんごろく いちにさんよん です", "ぜろはちぜろ")


def test_the_owners_kana_message_without_a_phone_stays(deid):
    assert_owner_text_kept(deid, YUKI, "くすりを のみました")


# --------------------------------------------------------------------------- a national code spelled out


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("mi CURP: P E R L 7 7 0 4 1 5 M J C R P S 0 1 para la receta", "7 7 0 4"),
    ("la cédula de mi mamá 0 9 1 2 3 4 5 6 7 8", "3 4 5 6"),
])
def test_a_national_code_spelled_out_after_its_word_goes_whole(deid, index, text, secret):
    assert_gone_and_clean(deid, index, text, secret)
    assert redacted(deid, text).count("<") == 1


def test_a_curp_word_before_a_dose_stays(deid, index):
    assert_free_text_kept(deid, index, "traigo mi CURP y tomé 2 pastillas a las 8")


# --------------------------------------------------------------------------- cost


def test_the_new_readings_cost_in_proportion(deid, index):
    piece = ("CBU 0170099040000001234567 agência 1234 conta 12345-6 ion punct pop arond gmail punct com "
             "somchai แอท gmail ดอท com call 0744 512 930 and then 45 67 alias a.b.c ")
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
