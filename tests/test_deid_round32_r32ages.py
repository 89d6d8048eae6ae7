"""Round 32, branch r32ages: what the 31st black-box round got past the de-identifier (every owner 90 or more and
born on a named day), each generalised.

a. Ages over 89 in number words of languages the age tables lacked: Welsh (decimal "naw deg tri oed" and vigesimal
   "tri ar ddeg a phedwar ugain", mutated), Greek, Armenian, Romanian, Bulgarian, Basque, Icelandic, Danish,
   Lithuanian, Latvian, Estonian, Tamil, Amharic, Kazakh and Kyrgyz, Maltese, Somali, Hausa, Yoruba, Nepali, Burmese,
   Quechua and Slovenian, with a word of age beside them (:data:`features.deid.agewords.OLD_AGE_NUMBER_WORDS`); a word
   of age of two words ("de ani", "mlwydd oed") and a word of a span before the number ("acum", "преди") are read.
b. Japanese ages with no counter ("母は九十三で元気です", "祖父は九十有三") and the names of celebrated ages said of a
   person ("祖母の卒寿のお祝い": 卒寿 90, 白寿 99, 百寿 100, 茶寿 108).
c. The owner's birthday by a named day in another language than the table's: "Culture Day", "King's Day", "día del
   Grito", "Cadılar Bayramı", Georgia's and Armenia's independence days in their scripts, the Arabic
   New Year's Eve, "Swatantrata Diwas", "Día de la Independencia del Perú".
d. The owner's birthday as a day and a month in ordinal words of more languages: Welsh "y cyntaf o Fawrth" (a mutated
   month), Finnish "kuudes joulukuuta", Swedish, Danish, Dutch, Polish, Turkish.
e. The owner's date of birth in the Solar Hijri calendar ("۱۳۱۰/۰۵/۱۲", "12 Mordad 1310"): both sides.

Each on both sides: the redactor takes it out, the check finds it in the raw text and nothing in the published one;
the same words that are no age or no birthday stay.
"""

from __future__ import annotations

import datetime

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, owner_kinds

# --------------------------------------------------------------------------- a. ages in number words

NUMBER_WORD_AGES = [
    ("mae Nain yn naw deg tri oed", "naw deg tri"), ("mae taid yn dri ar ddeg a phedwar ugain oed", "phedwar ugain"),
    ("η γιαγιά μου είναι ενενήντα τριών ετών", "ενενήντα"), ("bunica are nouăzeci și trei de ani", "nouăzeci"),
    ("баба е на деветдесет и три години", "деветдесет"), ("amona laurogeita hamahiru urte ditu", "laurogeita"),
    ("amma er níutíu og þriggja ára", "níutíu"), ("mormor er treoghalvfems år", "treoghalvfems"),
    ("močiutei devyniasdešimt treji metai", "devyniasdešimt"), ("vecmāmiņai ir deviņdesmit trīs gadi", "deviņdesmit"),
    ("பாட்டிக்கு தொண்ணூற்று மூன்று வயது", "தொண்ணூற்று"), ("አያቴ ዘጠና ሦስት ዓመቷ ነው", "ዘጠና"),
    ("әжем тоқсан үш жаста", "тоқсан"), ("in-nanna għandha tlieta u disgħin sena", "disgħin"),
    ("ayeeyo waa sagaashan iyo saddex jir", "sagaashan"), ("kakata tana da shekaru casa'in da uku", "casa'in"),
    ("ìyá àgbà mi ti pé ọdún mẹ́tàléláàádọ́rùn-ún", "mẹ́tàléláàádọ́rùn"), ("हजुरआमा त्रियानब्बे वर्षकी हुनुहुन्छ", "त्रियानब्बे"),
    ("အဖွား အသက် ကိုးဆယ့်သုံး နှစ်", "ကိုးဆယ့်သုံး"), ("hatun mamayqa isqun chunka kimsayuq watayuq", "isqun"),
    ("babica je stara triindevetdeset let", "triindevetdeset"), ("մեծ մայրս իննսուներեք տարեկան է", "իննսուներեք"),
    # our own: spellings typed without marks, other units and persons
    ("mae hi'n naw deg pump mlwydd oed", "naw deg pump"), ("mae e'n bymtheg a phedwar ugain oed", "bymtheg"),
    ("ο παππούς είναι ενενηντα εξι χρονων", "ενενηντα"), ("tata are nouazeci si cinci de ani", "nouazeci"),
    ("дядо е на деветдесет и пет години", "деветдесет"),
    ("aitona laurogeitahamabost urte ditu", "laurogeitahamabost"), ("farmor fylder seksoghalvfems", "seksoghalvfems"),
    ("isä on üheksakümmend viis aastat vana", "üheksakümmend"), ("атам тоқсан бес жасында", "тоқсан"),
    ("awowe waa sagaashan iyo shan jir", "sagaashan"), ("babica je stara petindevetdeset let", "petindevetdeset"),
    ("մայրս իննսուն հինգ տարեկան է", "իննսուն"), ("தாத்தாவுக்கு தொண்ணூற்று ஐந்து வயதாகிறது", "தொண்ணூற்று"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), NUMBER_WORD_AGES)
def test_a_an_age_over_89_in_number_words_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


NO_AGES = [
    "am plătit nouăzeci de lei", "mae'r bws yn cymryd naw deg munud", "преди деветдесет и три години",
    "ενενήντα τρία ευρώ το κουτί", "laurogeita hamar euro ordaindu nuen", "bunica are optzeci și nouă de ani",
    "mae Nain yn wyth deg naw oed", "தொண்ணூறு ரூபாய்", "ዘጠና ብር ከፈልኩ", "тоқсан теңге төледім",
    "sagaashan doolar ayaan bixiyay", "níutíu krónur", "halvfems kroner for pillerne",
    # b.: a younger celebrated age, a price, a hall's name, a book
    "祖母の米寿のお祝いをした", "母は九十三円で薬を買った", "白寿会館で集まりがある", "卒寿記念の本を読んだ",
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", NO_AGES)
def test_a_b_numbers_and_names_that_are_no_age_over_89_are_read_as_none(deid, index, text):
    assert "<AGE>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    assert "age over 89" not in probes.free_text_kinds(index, text), probes.free_text_kinds(index, text)


# --------------------------------------------------------------------------- b. Japanese ages with no counter

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("祖母は九十三になりました", "九十三"), ("母は九十三で元気です", "九十三"), ("祖父は九十有三", "九十有三"),
    ("祖母の卒寿のお祝いをした", "卒寿"), ("祖父の白寿のお祝い", "白寿"), ("祖母は百寿を迎えた", "百寿"),
    # our own
    ("おばあちゃんは九十五でした", "九十五"), ("祖父の茶寿を家族で祝った", "茶寿"), ("母も今年で卒寿です", "卒寿"),
])
def test_b_a_japanese_age_over_89_with_no_counter_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


# --------------------------------------------------------------------------- c. named days in other languages

NAMED_DAY_BIRTHDAYS = [
    ("1930-11-03", "I was born on Culture Day", "Culture"), ("1930-04-27", "I was born on King's Day", "King"),
    ("1930-09-16", "nací el día del Grito", "Grito"), ("1930-10-31", "Cadılar Bayramı'nda doğdum", "Cadılar"),
    ("1930-05-26", "დავიბადე დამოუკიდებლობის დღეს", "დამოუკიდებლობის"),
    ("1930-09-21", "ծնվել եմ Անկախության օրը", "Անկախության"), ("1930-12-31", "ولدت ليلة رأس السنة", "ليلة"),
    ("1930-08-15", "mera janam Swatantrata Diwas ko hua", "Swatantrata"),
    ("1930-07-28", "nací el Día de la Independencia del Perú", "Perú"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), NAMED_DAY_BIRTHDAYS)
def test_c_the_owners_birthday_by_a_named_day_in_another_language_goes(deid, index, dob, text, secret):
    probes.assert_owners_festival_birthday_caught(deid, index, dob, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "Culture Day is a holiday so the pharmacy is closed", "Happy King's Day everyone", "vappuna otin lääkkeet ajallaan",
    "Cadılar Bayramı için kostüm aldım",
])
def test_c_a_named_day_with_no_birth_word_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- d. a day and a month in ordinal words

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("dob", "text", "secret"), [
    ("1930-03-01", "ganwyd fi ar y cyntaf o Fawrth", "cyntaf"), ("1930-12-06", "synnyin kuudes joulukuuta", "kuudes"),
    ("1930-03-01", "cefais fy ngeni ar y cyntaf o Fawrth", "Fawrth"), ("1930-03-06", "föddes den sjätte mars", "sjätte"),
    ("1930-03-06", "hun blev født den sjette marts", "sjette"), ("1930-12-06", "ik ben geboren op de zesde december",
                                                                 "zesde"),
    ("1930-03-06", "urodziłam się szóstego marca", "szóstego"), ("1930-03-06", "doğum günüm altıncı mart", "altıncı"),
    ("1930-12-06", "syntymäpäiväni on kuudentena joulukuuta", "kuudentena"),
])
def test_d_the_owners_birthday_as_ordinal_words_goes_for_both_sides(deid, dob, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(dob=datetime.date.fromisoformat(dob)), text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["ganwyd fi ar y cyntaf o Fawrth", "synnyin kuudes joulukuuta",
                                  "ensimmäinen joulukuuta otin lääkkeen"])
def test_d_another_day_in_ordinal_words_is_no_owners_birthday(deid, text):
    # the owner of the probes is born on 4 March
    assert "<DATE>" not in probes.redacted(deid, text, owner())
    assert not owner_kinds(owner(), text)


# --------------------------------------------------------------------------- e. the Solar Hijri date of birth

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("متولد ۱۳۱۰/۰۵/۱۲", "۱۳۱۰"), ("born 12 Mordad 1310", "1310"), ("۱۲ مرداد ۱۳۱۰ به دنیا آمدم", "۱۳۱۰"),
    ("تاریخ تولد: ۱۳۱۰/۵/۱۲", "۱۳۱۰"), ("born 1310.5.12", "1310"),
])
def test_e_the_owners_solar_hijri_date_of_birth_goes_for_both_sides(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(dob=datetime.date(1931, 8, 4)), text, secret)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "yn dri ar ddeg a phedwar ugain oed; 母は九十三で; 祖母の卒寿. ",
    "naw deg a ar ddeg " * 2 + "祖母の" * 3 + "卒 ",
])
def test_the_round32_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
