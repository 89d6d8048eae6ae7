"""The sixteenth round's digits, numbers and numerals (an outside tester's messages the project had not written): phone
numbers, ZIPs and record numbers said digit by digit in languages and scripts the readers did not know (Catalan,
Estonian, Finnish, Yoruba, Tagalog, Hindi, Urdu, Persian, Bengali; :mod:`features.deid.digitwords`), Chinese financial
numerals and katakana digit readings, ages over 89 with a half or a quarter or spelled in more languages, staff and
badge numbers after their word, e-mail addresses said with other languages' words for "@" and ".". And what must stay:
dose times in four figures, a pharmacy card's BIN and PCN, ordinary words that are also digit words.

For each kind the redactor takes it out, the check (its own reading over the shared vocabulary) sees it in the raw
text and nothing of its kind in the output."""

from __future__ import annotations

import datetime

import pytest

from features.deid.text import PatientIdentifiers
from tests.deid_probes import (
    assert_free_text_caught,
    assert_free_text_kept,
    assert_owner_caught,
    assert_shape_caught,
    assert_shape_kept,
    free_text_kinds,
    owner,
    owner_kinds,
    redacted,
)

# --------------------------------------------------------------------------- the owner's numbers said in more languages

_OWNER = owner(phone="(555) 123-4417", zip5="77002")


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize(("text", "secret"), [
    ("truca'm al cinc cinc cinc u dos tres quatre quatre u set", "quatre"),  # Catalan
    ("el meu codi postal és set set zero zero dos", "set set"),
    ("मुझे पांच पांच पांच एक दो तीन चार चार एक सात पर फ़ोन करें", "चार चार"),  # Hindi
    ("با پنج پنج پنج یک دو سه چهار چهار یک هفت تماس بگیرید", "چهار"),  # Persian
    ("مجھے پانچ پانچ پانچ ایک دو تین چار چار ایک سات پر کال کریں", "چار"),  # Urdu
    ("আমাকে পাঁচ পাঁচ পাঁচ এক দুই তিন চার চার এক সাত নম্বরে ফোন করুন", "চার চার"),  # Bengali
    ("helista mulle viis viis viis üks kaks kolm neli neli üks seitse", "neli"),  # Estonian
    ("soita viisi viisi viisi yksi kaksi kolme neljä neljä yksi seitsemän", "neljä"),  # Finnish
    ("pe mi ni marun marun marun ookan meji meta merin merin ookan meje", "merin"),  # Yoruba
    ("ang zip code ko ay pito pito sero sero dalawa", "pito pito"),  # Tagalog
])
def test_the_owners_numbers_in_more_languages_are_caught(deid, text, secret):
    assert_owner_caught(deid, _OWNER, text, secret)


# --------------------------------------------------------------------------- anybody's phone said in words or numerals

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("el telèfon del meu fill és sis u vuit dos tres nou quatre cinc zero u", "vuit dos"),
    ("venna number on kuus üks kaheksa kaks kolm üheksa neli viis null üks", "kaheksa"),
    ("tyttären numero kuusi yksi kahdeksan kaksi kolme yhdeksän neljä viisi", "kahdeksan"),
    ("भाई का नंबर छह एक आठ दो तीन नौ चार पांच शून्य एक", "आठ दो"),
    ("ভাইয়ের নম্বর ছয় এক আট দুই তিন নয় চার পাঁচ শূন্য এক", "আট দুই"),
    ("شماره برادرم شش یک هشت دو سه نه چهار پنج صفر یک", "هشت دو"),
    ("namba ya kaka ni sita moja nane mbili tatu tisa nne tano", "nane mbili"),
    ("姐姐的手机是壹伍玖贰叁肆伍陆柒捌玖", "壹伍玖"),
    ("兄の番号はゼロハチゼロ サンヨンゴロク ナナハチキュウゼロ", "ゼロハチゼロ"),
    ("父の電話は〇八〇 二三四五 六七八九です", "〇八〇"),
])
def test_anybodys_phone_in_words_or_numerals_is_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words", "phone-shaped number"})


def test_a_leading_zero_numeral_goes_with_its_phone(deid):
    """"〇" before a phone in Chinese numerals is the phone's first figure, not a word before it."""
    assert redacted(deid, "息子の携帯は〇九〇 四四一七 八八二一") == "息子の携帯は<PHONE>"


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "tinc tres gats, dos gossos i u ocell",  # Catalan, digit words apart: no number
    "tres dos u, ja!",  # three digit words in a row: too few for a phone
    "दवा दो बार लें",  # Hindi: "take the medicine twice"
    "イチゴとサンドイッチを食べました",  # katakana words that begin with digit readings
    "kaks tabletti hommikul ja üks õhtul",  # Estonian doses
    "vuit pastilles al dia durant set dies",  # Catalan doses
])
def test_ordinary_words_that_are_digit_words_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- dose times in four figures

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "insulin at 0730 1930 with meals", "q8h 0600 1400 2200", "meds due 0900 2100 daily", "1000 2200 hrs dosing",
    "alarm set for 0645 1845 every day",
])
def test_dose_times_in_four_figures_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("call me at 0730 1930", "0730"),  # a phone word: a phone in fours
    ("grandpa's line 2215 0930", "2215"),
    ("take at 0730 1930 4417", "4417"),  # a group that is no time
    ("0730 1930", "0730"),  # no clock word: recall first
])
def test_phones_in_fours_still_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"phone-shaped number"})


# --------------------------------------------------------------------------- ages over 89

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my aunt is aged 94½ and lives alone", "94"), ("patient age 96.5", "96"), ("Opa ist 91¼", "91"),
    ("Tante wird 95,5 im Mai", "95"), ("my father is 97 and a half", "97"), ("grandma turned 93.5 today", "93"),
    ("la meva tieta té noranta-sis anys", "noranta"), ("mummo on yhdeksänkymmentäkuusi vuotta", "yhdeksän"),
    ("vanaisa on üheksakümmend viis aastat vana", "üheksa"), ("kakek saya sembilan puluh lima tahun", "sembilan"),
])
def test_ages_over_89_with_parts_or_in_more_languages_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "age over 89")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "my weight is 92.5 kg", "Dad was 99.5 this morning", "mom's temp is 101.5", "glucose 95.5 fasting",
    "la meva àvia té setanta anys",
])
def test_readings_and_young_ages_stay(deid, text):
    assert_shape_kept(deid, text, "age over 89")


# --------------------------------------------------------------------------- staff and badge numbers

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my employee number 55127 gets the discount", "55127"), ("staff no. 3318 was kind", "3318"),
    ("emp # 9021 at the counter", "9021"), ("badge 0777 at reception", "0777"),
    ("meine Mitarbeiternummer ist 66120", "66120"), ("mi número de empleado es 7781", "7781"),
])
def test_staff_numbers_after_their_word_are_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "vehicle plate or access code")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["I got a new badge 2 days ago", "the staff were great, no 3 complaints",
                                  "employee of the year 2023"])
def test_staff_words_without_a_number_stay(deid, text):
    assert_shape_kept(deid, text, "vehicle plate or access code")


# --------------------------------------------------------------------------- e-mail said with other languages' words

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("text", [
    "el meu correu és marta punt soler77 arrova outlook punt com",
    "schreib an marta punkt soler77 klammeraffe outlook punkt com",
    "írj: marta pont soler77 kukac outlook pont com",
])
def test_the_owners_email_said_in_other_languages_is_caught(deid, text):
    patient = PatientIdentifiers("MRN-00417723", "Marta Soler", datetime.date(1958, 3, 4), "(555) 123-4417",
                                 "marta.soler77@outlook.com", "27 Penhallow Street", "Houston", "TX", "77002")
    out = redacted(deid, text, patient)
    assert "soler77" not in out and "outlook" not in out, out
    assert any("said with words for its signs" in kind for kind in owner_kinds(patient, text))
    assert not owner_kinds(patient, out), owner_kinds(patient, out)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("escriu al meu nebot: pau arrova gmail punt com", "pau"), ("pisz do niej: ewa malpa onet kropka pl", "ewa"),
    ("stuur naar joost apenstaartje ziggo punt nl", "joost"),
])
def test_anybodys_email_said_in_other_languages_is_caught(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"email-shaped address"})


def test_words_for_a_dot_alone_stay(deid, index):
    assert_free_text_kept(deid, index, "el punt de trobada és a les cinc")


# --------------------------------------------------------------------------- a pharmacy card's routing numbers

@pytest.mark.verifies("REQ-DEID-006")
def test_a_pharmacy_cards_bin_and_pcn_stay_and_its_group_and_member_ids_go(deid, index):
    out = redacted(deid, "card says Rx BIN 004336 PCN 1234 Group RX5501 ID K88213441")
    assert out.startswith("card says Rx BIN 004336 PCN 1234 Group <"), out
    assert "RX5501" not in out and "K88213441" not in out, out
    assert not free_text_kinds(index, out)
    assert redacted(deid, "RxBIN: 610502 RxPCN: MEDDADV RxGRP: RX5466") == "RxBIN: 610502 RxPCN: MEDDADV RxGRP: <ID>"
