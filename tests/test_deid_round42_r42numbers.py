"""Round 42, branch r42numbers: the owner's phone and anybody's phone or postcode said in number words with tens,
hundreds and thousands in Vietnamese, Hebrew, Armenian, Thai and Swahili; a postcode with a possessive or a copula
between its word and its code; ages over 89 after Zulu, Yoruba and Finglish words of years, in a Yoruba number word,
and an age whose unit opens the patient's next message; as the 41st black-box round published them.

a. Published: numbers said in groups in Vietnamese ("năm trăm năm mươi lăm" 555: ``digitwords.UNIT_TIMES_WORDS``
   "muoi", "tram", "nghin"), Hebrew ("חמישים וחמש", "שבע עשרה", "ארבעת אלפים"), Armenian ("քառասունչորս": ``digitwords
   .GLUED_NUMBER_PARTS``), Thai ("ห้าร้อยห้าสิบห้า": ``normalize._thai_glued_value``) and Swahili ("mia tano hamsini
   na tano": ``digitwords.TIMES_THE_UNIT_AFTER_WORDS``, ``AND_AFTER_TENS_OF``), read by both sides through the shared
   conversion.
b. Published: a postcode after its word with a possessive or a copula between ("kode pos saya 55161",
   ``worldwords.WORDS_BEFORE_A_POSTCODE``: redactor ``recognizers`` and ``text.said_postcode_spans``, check
   ``leakworld``).
c. Published: ages over 89 after Zulu "uneminyaka engu-", Yoruba "ọmọ ọdún", Finglish "salesh" (``agewords``), and in
   a Yoruba number word (``calendar_shapes.yoruba_spelled_age_spans``, ``leakcalendars._yoruba_spelled_age``).
d. Published: an age's unit opening the next message ("my mother is ninety", then "-four now":
   ``pipeline._age_tails_redacted``, ``leakcalendars.age_unit_across_a_seam``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner
from tests.test_deid_round37_r37seams import _kinds, _published

#: (a) the owner's phone ((555) 123-4417 unless given) said in groups of number words
_OWNERS_PHONES = [
    ("số điện thoại của tôi là năm trăm năm mươi lăm, một trăm hai mươi ba, bốn nghìn bốn trăm mười bảy", "mười bảy",
     "(555) 123-4417"),
    ("số điện thoại của tôi là năm năm năm, một hai ba, bốn mươi bốn mười bảy", "mươi bốn", "(555) 123-4417"),
    ("sđt của em: không chín ba, bốn trăm năm mươi sáu, bảy mươi tám mười hai", "mười hai", "093 456 7812"),
    ("המספר שלי חמש מאות חמישים וחמש, מאה עשרים ושלוש, ארבעים וארבע שבע עשרה", "ארבעים", "(555) 123-4417"),
    ("הטלפון שלי חמש חמש חמש, אחת שתיים שלוש, ארבעת אלפים ארבע מאות ושבע עשרה", "ושבע", "(555) 123-4417"),
    ("իմ համարը հինգ հարյուր հիսունհինգ, հարյուր քսաներեք, քառասունչորս տասնյոթ", "քառասունչորս", "(555) 123-4417"),
    ("իմ համարը հինգ հինգ հինգ, մեկ երկու երեք, քառասունչորս, տասնյոթ", "տասնյոթ", "(555) 123-4417"),
    ("เบอร์ของฉัน ห้าร้อยห้าสิบห้า หนึ่งร้อยยี่สิบสาม สี่สิบสี่ สิบเจ็ด", "ห้าร้อย", "(555) 123-4417"),
    ("เบอร์ ศูนย์แปด หนึ่งสองสาม สี่ร้อยห้าสิบหก เจ็ดสิบแปด", "เจ็ดสิบแปด", "081 234 5678"),
    ("namba yangu ni mia tano hamsini na tano, mia moja ishirini na tatu, elfu nne mia nne kumi na saba", "elfu",
     "(555) 123-4417"),
    ("namba yangu ni tano tano tano, moja mbili tatu, arobaini na nne, kumi na saba", "arobaini", "(555) 123-4417"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret", "phone"), _OWNERS_PHONES)
def test_the_owners_phone_in_grouped_number_words_goes(deid, text, secret, phone):
    probes.assert_owner_gone_for_both_sides(deid, owner(phone=phone), text, secret)


#: (a, b) anybody's phone or postcode so said, or with a possessive before the code
_ANYBODYS = [
    ("gọi cho tôi: không chín tám, bảy trăm sáu mươi lăm, bốn ba hai một", "bảy trăm"),
    ("תתקשר אליי: אפס חמש ארבע, שלוש מאות עשרים ואחת, שישים ושבע שמונים ותשע", "שישים"),
    ("nipigie simu: sifuri saba moja mbili, mia tatu arobaini na tano, sitini na saba", "sitini"),
    ("kode pos saya 55161", "55161"),
    ("kode pos rumah kami 40115, dekat apotek", "40115"),
    ("kode pos saya lima puluh lima ribu seratus enam puluh satu", "enam puluh"),
    ("mã bưu điện của tôi là 700000", "700000"),
    ("msimbo wa posta yangu ni 00100", "00100"),
    ("zip code ko ay 1100", "1100"),
]



#: (c) ages over 89 after Zulu, Yoruba and Finglish words of years, in figures or a Yoruba number word
_AGES = [
    ("ugogo wami uneminyaka engu-93", "93"),
    ("umama uneminyaka engama-91 manje", "91"),
    ("umkhulu uneminyaka eyi-95 namhlanje", "95"),
    ("bàbá àgbà mi ti di ọmọ ọdún 93", "93"),
    ("ìyá mi ti pé ọdún 94", "94"),
    ("bàbá mi jẹ́ 96 ọdún", "96"),
    ("iya mi jẹ́ ọmọ ọdún mẹ́tàlélọ́gọ́rùn-ún", "mẹ́tàlélọ́gọ́rùn"),
    ("bàbá mi jẹ́ ọmọ ọdún mẹ́tàlélàádọ́rùn-ún", "mẹ́tàlélàádọ́rùn"),
    ("ìyá àgbà mi ti pé ọdún mẹ́rìndínlọ́gọ́rùn-ún", "mẹ́rìndínlọ́gọ́rùn"),
    ("mamanam 94 salashe", "94"),
    ("babam 93 salesh hast", "93"),
    ("madarbozorgam 96 saleshe", "96"),
    ("man 92 salame", "92"),
    ("مادربزرگم ۹۴ سالشه", "۹۴"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _ANYBODYS + _AGES)
def test_anybodys_numbers_and_old_ages_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


#: near misses: doses, counts, dates of packs, ages under 90, no code after a postcode's word
_KEPT = [
    "tôi uống ba viên mỗi ngày",
    "tôi uống năm trăm miligam metformin hai lần một ngày",
    "ngày mười lăm tháng năm năm hai nghìn hai mươi sáu tôi hết thuốc",
    "אני לוקח חמש מאות מיליגרם פעמיים ביום",
    "לקחתי שתי כדורים בבוקר ושלושה בערב",
    "ฉันกินยาห้าร้อยมิลลิกรัมวันละสองครั้ง",
    "ես խմում եմ հինգ հարյուր միլիգրամ օրը երկու անգամ",
    "nimebakiwa na vidonge mia mbili",
    "la mia tre volte al giorno",
    "kode pos saya belum tahu",
    "kode pos saya 5 tablet",
    "my zip code is on the form",
    "mamanam 54 salashe",
    "ọmọ ọdún 45 ni",
    "bàbá mi jẹ́ ọmọ ọdún márùn-úndínlàádọ́rùn-ún",
    "ọdún 2020 ni mo bẹ̀rẹ̀ oogun",
    "uneminyaka engu-93 kg",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_counts_doses_and_young_ages_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: (d) an age's unit opening the next message: (messages, the published second message)
_SEAMS = [
    (["my mother is ninety", "-four now and still sharp"], "-<AGE> now and still sharp"),
    (["my mother is ninety-", "four now"], "<AGE> now"),
    (["grandpa turns ninety", "four next week"], "<AGE> next week"),
    (["mi abuela tiene noventa", "y dos años"], "y <AGE> años"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "second"), _SEAMS)
def test_an_ages_unit_in_the_next_message_goes(deid, bodies, second):
    assert "age over 89 across two messages" in _kinds(bodies)
    published = _published(deid, bodies)
    assert published[1] == second, published
    assert not _kinds(published, across=False), _kinds(published, across=False)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", [["he is ninety", "four pills a day now"], ["my mother is ninety", "and still sharp"]])
def test_a_count_after_an_age_in_the_next_message_stays(deid, bodies):
    assert "age over 89 across two messages" not in _kinds(bodies)
    assert _published(deid, bodies)[1] == bodies[1]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(120)
@pytest.mark.parametrize("piece", [
    "namba mia tano hamsini na tano, elfu nne mia nne kumi na saba. ",
    "số năm trăm năm mươi lăm, bốn nghìn bốn trăm mười bảy. ",
    "เบอร์ ห้าร้อยห้าสิบห้า สี่พันสี่ร้อยสิบเจ็ด ",
    "kode pos saya rumah kami 55161, ọmọ ọdún 93, 94 salesh. ",
])
def test_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
