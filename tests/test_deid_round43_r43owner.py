"""Round 43, branch r43owner: the owner's own identifiers in forms both sides missed, fixed as kinds on both sides.

a. Published: a Latin owner's surname alone written by its sound in another script ("ヒューズです", "Հյուզն", "ฮิวจ์ส",
   "Hiu-dơ", "هیوز", "Хьюз", Greek "Χιουζ", Hangul "휴즈", traditional Mongolian "ᠬᠢᠦ᠋ᠽ" for Hughes), and an owner
   stored in Cyrillic written in traditional Mongolian script ("ᠪᠠᠲᠤᠪᠠᠶᠠᠷ" for Батбаяр): one phonetic comparison,
   ``soundalike.heard_as_owner`` (anyascii and a key that keeps each run of vowels as a class), called by the
   redactor (``owner_disguised.heard_name_spans``) and by the check (``leakspelled.holds_name_heard_in_another_script``)
   over words each finds its own way. Kept: "ハウス" (house) and "ホース" (hose), Hughes' neighbours by sound.
b. Published or unseen: an owner stored in Arabic letters written in plain Latin letters ("Mahmoud", "Mahmud",
   "abdelrahman", "Khaled", "Yousef"): redactor ``owner_disguised.plain_latin_of_arabic_spans``; check
   ``leakspelled.holds_latin_of_abjad_name``. Kept: "more water", "main meal".
c. Published (a given name that is a month, in lower case) or refused: the owner's name in an e-mail address said in
   words ("june underscore hughes at yahoo dot com", "email june at hughes dot net"): redactor
   ``text._within_said_addresses`` (the whole address goes); check ``leakspelled.holds_name_in_said_address``. Kept:
   "in June", "April showers bring May flowers" (``everydaywords.MONTH_FOLLOWERS``, both sides).
d. Vietnamese e-mails said in words ("thao chấm nguyen a còng gmail chấm com"): "a còng" and "chấm" in
   ``contactwords.AT_WORDS``, ``AT_SIGN_WORDS`` and ``DOT_WORDS``, read by both sides. Kept: "chấm điểm" prose.
e. Handles made of the owner's name ("@Kylie-Kay-4", "kylie.hughes_58", "@hughes_kylie"): caught on main already,
   held here.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

KYLIE = "Kylie Hughes"
AMMAN_STREET = "شارع الجاردنز 12"

#: (a) the surname by its sound in another script: (text, what goes)
_HEARD_IN_ANOTHER_SCRIPT = [
    ("ヒューズです", "ヒューズ"),
    ("はい、ヒューズです。薬を飲みました", "ヒューズ"),
    ("Հյուզն եմ, դեղը խմեցի", "Հյուզն"),
    ("ฮิวจ์สกินยาแล้ว", "ฮิวจ์ส"),
    ("ฉันชื่อฮิวจ์ส", "ฮิวจ์ส"),
    ("Tôi là Hiu-dơ, đã uống thuốc", "Hiu-dơ"),
    ("هیوز", "هیوز"),
    ("Я Хьюз, лекарство выпила", "Хьюз"),
    ("Хьюза нет дома", "Хьюза"),
    ("Κάιλι Χιουζ εδώ", "Χιουζ"),
    ("휴즈입니다", "휴즈"),
    ("ᠬᠢᠦ᠋ᠽ", "ᠬᠢᠦ᠋ᠽ"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _HEARD_IN_ANOTHER_SCRIPT)
def test_the_owners_surname_heard_in_another_script_goes(deid, text, secret):
    patient = probes.owner(KYLIE)
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert "own name heard in another script" in probes.owner_and_check_finds(patient, text)


@pytest.mark.verifies("REQ-DEID-003")
def test_a_cyrillic_owners_name_in_mongolian_script_goes(deid):
    patient = probes.owner("Батбаяр Дорж", "Энхтайваны өргөн чөлөө 5", "Улаанбаатар")
    probes.assert_owner_gone_for_both_sides(deid, patient, "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ ᠡᠮ ᠤᠤᠭᠤᠯᠠ", "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ")


#: (a) words of the same scripts that sound close to the owner's name part or nothing like it: (owner, text); a
#: lower-case everyday word heard by two consonant classes is none ("лесу", in the forest, for a Lisa)
_SCRIPT_WORDS_KEPT = [
    (KYLIE, "ハウスダストのアレルギーです"),
    (KYLIE, "ホースで水をまいた"),
    (KYLIE, "Я дома, всё хорошо"),
    (KYLIE, "Tôi đã uống thuốc hôm nay"),
    (KYLIE, "ฉันกินยาแล้ววันนี้"),
    (KYLIE, "Դեղը խմեցի"),
    (KYLIE, "دارو را خوردم"),
    ("Lisa Brown", "Вчера гуляла в лесу"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), _SCRIPT_WORDS_KEPT)
def test_words_sounding_near_the_surname_stay(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


#: (b) the owner stored in Arabic letters, the name in plain Latin letters: (owner, text, what goes)
_PLAIN_LATIN_OF_ARABIC = [
    ("محمود عبدالرحمن", "I am Mahmoud, I took my pills", "Mahmoud"),
    ("محمود عبدالرحمن", "Mahmud here, pills done", "Mahmud"),
    ("محمود عبدالرحمن", "this is mahmoud abdelrahman", "abdelrahman"),
    ("محمود عبدالرحمن", "MAHMUD here", "MAHMUD"),
    ("خالد ناصر", "ok from Khaled", "Khaled"),
    ("عمر يوسف", "Yousef here, I need more water", "Yousef"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), _PLAIN_LATIN_OF_ARABIC)
def test_an_arabic_letter_owners_name_in_plain_latin_goes(deid, name, text, secret):
    patient = probes.owner(name, AMMAN_STREET, "Amman")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert "own name stored in Arabic letters, in plain Latin letters" in probes.owner_and_check_finds(patient, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), [("عمر يوسف", "I need more water and some rest"),
                                            ("محمود عبدالرحمن", "Made my dinner, the main meal"),
                                            ("علي حداد", "I had a headache all day")])
def test_latin_words_near_an_arabic_letter_owners_name_stay(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name, AMMAN_STREET, "Amman"), text)


#: (c) the owner's name in an e-mail address said in words: (owner, text, what goes)
_SAID_ADDRESSES = [
    ("June Hughes", "june underscore hughes at yahoo dot com", "june"),
    ("June Hughes", "email june at hughes dot net", "june"),
    ("June Hughes", "my email: june dash hughes at gmail dot com", "june"),
    ("April Hughes", "april underscore hughes at gmail dot com", "april"),
    ("April Hughes", "email april at hughes dot net please", "april"),
    ("June Hughes", "my email is june dot hughes at gmail dot com", "june"),
    (KYLIE, "email kylie at hughes dot net", "hughes"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), _SAID_ADDRESSES)
def test_the_owners_name_in_a_said_address_goes_whole(deid, name, text, secret):
    patient = probes.owner(name)
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)
    assert "<EMAIL>" in probes.redacted(deid, text, patient)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["june underscore <PERSON> at <URL>", "email june at <PERSON> dot net"])
def test_the_check_sees_a_month_named_owner_left_in_a_said_address(text):
    assert "own name in an e-mail address said in words" in probes.owner_and_check_finds(probes.owner("June Hughes"),
                                                                                          text)


#: (c) a month that is the owner's given name, said as the month
_MONTHS_KEPT = [
    ("April Hughes", "April showers bring May flowers"),
    ("April Hughes", "I started the pills in April"),
    ("June Hughes", "we met in June"),
    ("June Hughes", "June gloom again, took my pills"),
    ("June Hughes", "The June refill came late"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), _MONTHS_KEPT)
def test_a_month_that_is_the_owners_given_name_stays(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


#: (d) Vietnamese e-mails said in words: (owner, text, what goes)
_VIETNAMESE_ADDRESSES = [
    ("Thao Nguyen", "email là thao chấm nguyen a còng gmail chấm com", "gmail"),
    ("Thao Nguyen", "thao.nguyen a còng gmail chấm com", "gmail"),
    ("Thao Nguyen", "Email của tôi: thao chấm nguyen 92 a còng yahoo chấm com chấm vn", "yahoo"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), _VIETNAMESE_ADDRESSES)
def test_a_vietnamese_said_address_of_the_owner_goes(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_anybodys_vietnamese_said_address_goes(deid, index):
    probes.assert_free_text_caught(deid, index, "email của tôi là lan chấm pham a còng gmail chấm com", "pham",
                                   {"email-shaped address"})


@pytest.mark.verifies("REQ-DEID-002")
def test_vietnamese_prose_with_the_words_of_an_address_stays(deid, index):
    probes.assert_free_text_kept(deid, index, "Tôi chấm điểm bài thi xong rồi")


#: (e) handles made of the owner's name: (text, what goes)
_HANDLES = [
    ("@Kylie-Kay-4 on insta", "Kylie"),
    ("find me at kylie.hughes_58", "hughes"),
    ("dm @hughes_kylie", "hughes"),
    ("my tiktok is @kyliehughes.official", "kyliehughes"),
    ("find me @Hughes.K88", "Hughes"),
    ("@KYLIE_HUGHES", "HUGHES"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _HANDLES)
def test_a_handle_made_of_the_owners_name_goes(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(KYLIE), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_round43_owner_readings(deid, index):
    piece = ("ハウスダストのアレルギーです。Tôi đã uống thuốc hôm nay, ฉันกินยาแล้ววันนี้ Я дома. "
             "April showers bring May flowers; Tôi chấm điểm bài thi xong rồi. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
