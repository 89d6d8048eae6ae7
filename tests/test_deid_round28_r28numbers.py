"""Round 28, branch r28numbers: the owner's own numbers said in number words of many languages (issue 13).

a. The house number beside or near the owner's street in compound number words (German, Dutch, Spanish, French,
   Italian, Portuguese, English: "viertausendvierhundertzehn", "achtentachtig", "el catorce cincuenta", "trinta e
   três", "87 hundred", "nineteen-oh-seven", "number forty-four", "two-ten"), in Greek, Turkish, Indonesian and Korean
   words, in digits of other scripts, and after the street written in another script.
b. The phone in Swiss German and Persian number words, digit by digit or in groups.
c. The year of birth of an owner over 89 in German and Italian words, and a Greek age over 89 in words.

Each on both sides: the redactor (:mod:`features.deid.owner_numbers`, spellings made with num2words) takes it out;
the check (:mod:`features.deid.leaknumbers`, number words read back with text2num and its own reader) finds it in the
raw text and nothing in the published one. Ordinary counts and doses of the same value stay.
"""

from __future__ import annotations

import datetime

import pytest

from features.deid.leaknumbers import owner_number_kinds
from features.deid.owner_numbers import owner_number_word_spans
from tests import deid_probes as probes
from tests.deid_probes import owner, owner_kinds, redacted

HOUSE = "house number in number words"
PHONE = "phone in number words"
YEAR = "year of birth over 89 in number words"
AGE = "age over 89 in number words"
OLD = datetime.date(1933, 5, 2)  # over 89 whatever day the tests run (from 2023 on)


def _caught(deid, patient, text: str, secret: str, kind: str) -> None:
    """The check names ``kind`` in ``text``; the redactor removes ``secret``; the check finds nothing left."""
    assert kind in owner_kinds(patient, text), (text, owner_kinds(patient, text))
    out = redacted(deid, text, patient)
    assert secret not in out and "<" in out, out
    assert not owner_kinds(patient, out), (out, owner_kinds(patient, out))


# --------------------------------------------------------------------------- a. the house number in words

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("street", "text", "secret"), [
    ("4410 Kastanienallee", "Ich wohne in der Kastanienallee viertausendvierhundertzehn.", "viertausend"),
    ("4410 Kastanienallee", "wir wohnen Kastanienallee vier tausend vier hundert zehn", "zehn"),
    ("88 Lindelaan", "Ik woon op de Lindelaan achtentachtig, kom langs", "achtentachtig"),
    ("1450 Calle Ocho", "vivo en Calle Ocho, el catorce cincuenta", "catorce cincuenta"),
    ("33 Rua Augusta", "moro na Rua Augusta, número trinta e três", "trinta e três"),
    ("12 Rue Oberkampf", "j'habite rue Oberkampf, au numéro douze", "douze"),
    ("57 Via Garibaldi", "abito in Via Garibaldi cinquantasette", "cinquantasette"),
    ("8700 Penhallow Street", "I'm at 87 hundred Penhallow", "87 hundred"),
    ("1907 Penhallow Street", "we live at nineteen-oh-seven Penhallow", "nineteen-oh-seven"),
    ("44 Penhallow Street", "Penhallow Street, number forty-four", "forty-four"),
    ("210 Penhallow Street", "it's two-ten Penhallow, the blue door", "two-ten"),
    ("27 Penhallow Street", "Μένω στην Penhallow Street είκοσι επτά", "είκοσι επτά"),
    ("27 Atatürk Caddesi", "Atatürk Caddesi yirmi yedi numarada oturuyorum", "yirmi yedi"),
    ("27 Jalan Melati", "saya tinggal di Jalan Melati nomor dua puluh tujuh", "dua puluh tujuh"),
    ("27 Penhallow Street", "펜할로우 스트리트 이십칠번지에 살아요", "이십칠"),
])
def test_a_the_owners_house_number_in_words_goes_for_both_sides(deid, street, text, secret):
    _caught(deid, owner(street=street), text, secret, HOUSE)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("digits", ["٢٧", "۲۷", "२७", "২৭", "๒๗", "２７"])
def test_a_the_house_number_in_digits_of_another_script_goes_for_both_sides(deid, digits):
    _caught(deid, owner(street="27 Penhallow Street"), f"I live at Penhallow Street {digits}", digits, HOUSE)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("ペンハロウ・ストリート２７に住んでいます", "２７"),
    ("живу на Пенхаллоу-стрит 27", "27"),
    ("мой адрес: Пенхаллоу стрит 27", "27"),
])
def test_a_the_house_number_after_the_street_in_another_script_goes(deid, text, secret):
    patient = owner(street="27 Penhallow Street")
    assert HOUSE in owner_kinds(patient, text), owner_kinds(patient, text)
    out = redacted(deid, text, patient)
    assert secret not in out, out
    assert HOUSE not in owner_kinds(patient, out), out


#: what a redactor that took the street and missed its number would publish
LEFT_BESIDE_THE_STREET = ("Ich wohne in der <ADDRESS> viertausendvierhundertzehn.",
                          "vivo en <ADDRESS>, el catorce cincuenta", "<ADDRESS> yirmi yedi numarada oturuyorum")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("published", LEFT_BESIDE_THE_STREET)
def test_a_a_house_number_in_words_left_beside_the_street_placeholder_is_refused(published):
    house = {"viertausendvierhundertzehn": "4410", "catorce cincuenta": "1450", "yirmi yedi": "27"}
    number = next(v for k, v in house.items() if k in published)
    assert owner_number_kinds(published, house=number, phone="", born=None, places=frozenset()) == {HOUSE}


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("street", "text"), [
    ("2 Elm Street", "zwei Tabletten am Morgen, bitte"),
    ("210 Elm Street", "take two at ten, then rest"),
    ("210 Elm Street", "I take two ten mg tablets a day"),
    ("2 Calle Mayor", "tomo dos pastillas al día"),
    ("44 Elm Street", "forty-four units of insulin tonight"),
    ("27 Elm Street", "I took twenty-seven units today"),
    ("27 Elm Street", "the street was busy, I took twenty seven minutes to walk"),
    ("1450 Elm Street", "blood sugar fourteen fifty? no, one forty-five"),
    ("4410 Kastanienallee", "Ich habe viertausend Schritte gemacht"),
    ("88 Lindelaan", "oma is achtentachtig kilo"),
    ("27 Atatürk Caddesi", "yirmi yedi tablet kaldı"),
    ("27 Jalan Melati", "saya minum dua puluh tujuh tablet"),
    ("27 Elm Street", "I live on the second floor, twenty-seven steps up"),
])
def test_a_a_count_or_dose_of_the_house_numbers_value_stays(deid, street, text):
    patient = owner(street=street)
    assert redacted(deid, text, patient) == text
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("street", "text"), [
    ("12 Main St", "her number one two three four five six seven"),  # a number said out: no house number within it
    ("27 Penhallow Street", "in Houston it was twenty-seven degrees today"),  # the town is no street
])
def test_a_no_house_number_in_a_number_said_out_or_beside_the_town(street, text):
    patient = owner(street=street)
    assert not [s for s in owner_number_word_spans(text, street, patient.phone, None) if s[2] == "ADDRESS"]
    assert HOUSE not in owner_kinds(patient, text), owner_kinds(patient, text)


# --------------------------------------------------------------------------- b. the phone in Swiss German and Persian

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("mini Nummer isch föif föif föif eis zwöi drü vier vier eis sibe", "zwöi drü"),
    ("ruef a: föif föif föif, eis zwöi drü, vierevierzg, sibzä", "vierevierzg"),
    ("شماره‌ام پانصد و پنجاه و پنج، صد و بیست و سه، چهل و چهار، هفده", "بیست"),
    ("شماره من پنج پنج پنج یک دو سه چهار چهار یک هفت", "چهار"),
])
def test_b_the_owners_phone_in_swiss_german_and_persian_words_goes(deid, text, secret):
    patient = owner(phone="(555) 123-4417")
    assert owner_kinds(patient, text), text
    out = redacted(deid, text, patient)
    assert secret not in out and "<PHONE>" in out, out
    assert not owner_kinds(patient, out), (out, owner_kinds(patient, out))


@pytest.mark.verifies("REQ-DEID-003")
def test_b_the_checks_own_reader_names_the_phone_in_pairs():
    text = "ruef a: föif föif föif, eis zwöi drü, vierevierzg, sibzä"
    assert PHONE in owner_number_kinds(text, house="", phone="5551234417", born=None, places=frozenset())


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["nimm zwöi Tablette am Morge", "روزی دو قرص و شب یک قرص می‌خورم",
                                  "take one, then two, then three tablets", "call me on 555 123 4417"])
def test_b_a_few_number_words_or_figures_are_left_to_other_readings(text):
    assert not owner_number_word_spans(text, "27 Penhallow Street", "(555) 123-4417", None)
    assert not owner_number_kinds(text, house="27", phone="5551234417", born=None, places=frozenset({"penhallow"}))


# --------------------------------------------------------------------------- c. years of birth and ages in words

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("born", "text", "secret"), [
    (OLD, "Opa ist neunzehnhundertdreiunddreißig geboren", "neunzehnhundert"),
    (OLD, "ich bin dreiunddreißig geboren", "dreiunddreißig"),
    (datetime.date(1930, 5, 2), "sono classe del trenta", "trenta"),
    (OLD, "sono nato nel trentatré", "trentatré"),
    (OLD, "nato nel millenovecentotrentatré, a Bari", "millenovecento"),
])
def test_c_the_year_of_birth_over_89_in_words_goes(deid, born, text, secret):
    _caught(deid, owner(dob=born), text, secret, YEAR)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("born", "text", "secret"), [
    (datetime.date(1932, 1, 2), "είμαι ενενήντα τέσσερα χρονών", "ενενήντα"),
])
def test_c_a_greek_age_over_89_in_words_goes(deid, born, text, secret):
    today = datetime.date.today()
    patient = owner(dob=born.replace(year=today.year - 94 - ((today.month, today.day) < (1, 2))))
    _caught(deid, patient, text, secret, AGE)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("born", "text"), [
    (OLD, "heute sind es dreiunddreißig Grad"),
    (datetime.date(1930, 5, 2), "aspetto trenta minuti dopo la pillola"),
    (datetime.date(1932, 1, 2), "η πίεση ήταν ενενήντα τέσσερα σήμερα"),
    (datetime.date(1958, 3, 4), "ich bin achtundfünfzig geboren, nicht neunzehnhundertachtundfünfzig"),
])
def test_c_the_same_numbers_without_a_word_of_birth_or_age_or_of_a_young_owner_stay(deid, born, text):
    patient = owner(dob=born)
    assert not owner_number_word_spans(text, patient.street_address, patient.phone, born)
    assert not {YEAR, AGE} & owner_kinds(patient, text), owner_kinds(patient, text)


# --------------------------------------------------------------------------- cost

PIECES = [
    "Kastanienallee viertausendvierhundertzehn, zwei Tabletten. ",
    "föif föif eis zwöi drü vier vierzg sibe acht nün ",
    "پانصد و پنجاه و پنج صد و بیست و سه ",
    "이십칠번지에 살아요 ",
    "nineteen-oh-seven two-ten forty-four hundred ",
    "ενενήντα τέσσερα χρονών ",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", PIECES)
def test_the_owners_number_words_cost_in_proportion(deid, piece):
    patient = owner(street="4410 Kastanienallee", dob=OLD)
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [patient]), sizes=(50, 200))
    probes.assert_cost_grows_linearly(lambda n: owner_kinds(patient, piece * n), sizes=(50, 200))
