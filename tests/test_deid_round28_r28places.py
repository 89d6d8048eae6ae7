"""Round 28, places and scripts (branch r28places): the owner's street and town as other languages write them, and the
owner's name in another script than the patients table's. Each kind on both sides: the redactor takes it out, and the
leak check (its own readings) finds it in the raw text and nothing in the redacted one.

a. The owner's street declined (Polish, Czech, Finnish: "na Piotrkowskiej", "Hämeenkadulla"), the town with a Turkish
   case ending after an apostrophe ("İzmir'de": it also crashed the check's Roman-numeral phone reading).
b. A sector or block copied from the street field ("F-7/2"), the house's or road's number after a word of its kind in
   English or romanised Hindi, Urdu or Bengali ("gali 9, makaan 27", "road 11, bari 5").
c. The town by the short name its people use ("Jogja" for Yogyakarta); anybody's town after a word of living of
   another language, in any case ("abita a Bari", "vive en trois-rivieres"), a street after its Swahili word
   ("mtaa wa Msimbazi").
d. The owner's name, street or town in an Indic script or in Thai, compared with its vowels ("अय्यर" for Iyer, "สมชาย
   ศรีสุวรรณ", "ถนนสุขุมวิท"; not "कमरा", room, for a Kumar), and in Urdu letters ("عائشہ" for Aisha). Thai is read
   without spaces: the search is linear (a long run of "ถนน" once grew a process past 11 GiB).
"""

from __future__ import annotations

import datetime
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers
from tests import deid_probes as probes
from tests.deid_probes import redacted


def owner(name: str = "Avraham Mizrahi", street: str = "27 Penhallow Street", city: str = "Houston",
          state: str = "") -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, datetime.date(1958, 3, 4), "(555) 123-4417", "someone@example.com",
                              street, city, state, "77002")


def check_finds(patient: PatientIdentifiers, text: str) -> set[str]:
    return OwnerForms.of(asdict(patient)).kinds_in(text)


def assert_kept(deid, patient: PatientIdentifiers, text: str) -> None:
    """The redactor publishes ``text`` as written for ``patient`` and the check finds nothing of the owner's in it."""
    assert redacted(deid, text, patient) == text
    assert not check_finds(patient, text), check_finds(patient, text)


LODZ = owner(street="ul. Piotrkowska 104", city="Łódź")
WARSAW = owner(street="ul. Marszałkowska 10", city="Warszawa")
HELSINKI = owner(street="Mannerheimintie 12", city="Helsinki")
TAMPERE = owner(street="Hämeenkatu 5", city="Tampere")
IZMIR = owner(street="Atatürk Cad. 12", city="İzmir")
ISLAMABAD = owner(street="House 27, Street 9, F-7/2", city="Islamabad")
DHAKA = owner(street="House 5, Road 11, Dhanmondi", city="Dhaka")
JOGJA = owner(street="Jl. Malioboro 12", city="Yogyakarta")
BANGKOK = owner(street="55 Sukhumvit Road", city="Bangkok")
BANGKOK_THAI = owner(street="ถนนสุขุมวิท 55", city="Bangkok")


# --------------------------------------------------------------------------- a. streets declined, Turkish endings

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (LODZ, "mieszkam na Piotrkowskiej sto cztery", "Piotrkowskiej"),
    (LODZ, "apteka przy Piotrkowskiej jest zamknięta", "Piotrkowskiej"),
    (WARSAW, "mieszkam przy Marszałkowskiej", "Marszałkowskiej"),
    (HELSINKI, "asun Mannerheimintiellä", "Mannerheimintiellä"),
    (TAMPERE, "asun Hämeenkadulla, apteekki on lähellä", "Hämeenkadulla"),
    (TAMPERE, "muutin Hämeenkadulle", "Hämeenkadulle"),
])
def test_the_owners_street_declined_goes_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (IZMIR, "İzmir'de oturuyorum", "zmir"),
    (IZMIR, "ilaçlarımı İzmir'den aldım", "zmir"),
    (owner(street="Atatürk Cad. 12", city="Izmir"), "İzmir'e taşındık", "zmir"),
    (owner(street="Atatürk Cad. 12", city="Konya"), "Konya'ya taşındım", "Konya"),
])
def test_the_owners_town_with_a_turkish_case_ending_goes_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_turkish_capital_dotted_i_does_not_crash_the_check():
    # "İ" matched the Roman numeral "i" case-blind and had no value: a KeyError stopped the publish
    assert isinstance(check_finds(owner(), "İlaç İçin İki Kutu aldım, tel 555"), set)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("patient", "text"), [
    (LODZ, "mieszkam na wsi, biorę metforminę rano"),
    (LODZ, "kupiłem leki w aptece przy rynku"),
    (TAMPERE, "otan lääkkeen aamulla"),
    (IZMIR, "doktor'a gittim, ilacı aldım"),
    (owner(name="Don Price"), "I don't take it at night"),
])
def test_ordinary_sentences_near_declined_streets_are_kept(deid, patient, text):
    assert_kept(deid, patient, text)


# --------------------------------------------------------------------------- b. sectors, house and road numbers

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (ISLAMABAD, "ghar ka pata: F-7/2, gali nau", "7/2"),
    (ISLAMABAD, "dawai F 7/2 wale ghar bhej dein", "7/2"),
    (ISLAMABAD, "gali 9, makaan 27", "27"),
    (DHAKA, "amar basha road 11, bari 5", "bari 5"),
    (ISLAMABAD, "H.No 27, near the market", "27"),
])
def test_the_owners_sector_and_house_or_road_number_go_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("patient", "text"), [
    (ISLAMABAD, "2 goli subah, 1 goli raat ko"),
    (ISLAMABAD, "gali mein dawai ki dukaan hai"),
    (DHAKA, "road e jam chilo, bari fire ausudh khelam"),
    (ISLAMABAD, "take 27 units of insulin at night"),
    (owner(street="Apt B-12, 40 Elm Road", city="Houston"), "I take vitamin B12 and B-12 shots"),
    (owner(street="Marina Boulevard 12", city="Houston"), "marinated chicken for dinner"),
])
def test_ordinary_sentences_near_house_and_road_words_are_kept(deid, patient, text):
    assert_kept(deid, patient, text)


# --------------------------------------------------------------------------- c. a town's short name

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["saya tinggal di Jogja", "pulang ke jogja minggu depan", "apotek di Yogya tutup"])
def test_the_owners_town_by_its_short_name_goes_for_both_sides(deid, text):
    probes.assert_owner_caught(deid, JOGJA, text, text.split()[-1] if "Jogja" in text else "ogya" if "Yogya" in text
                               else "jogja")


@pytest.mark.verifies("REQ-DEID-006")
def test_ordinary_indonesian_is_kept_for_a_yogyakarta_owner(deid):
    assert_kept(deid, JOGJA, "saya minum obat setiap pagi")


# --------------------------------------------------------------------------- c'. anybody's town after a word of living

@pytest.fixture(scope="module")
def index():
    return probes.two_patients_index()


@pytest.mark.verifies("REQ-DEID-004", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("mia madre abita a Bari da anni", "Bari"),
    ("mi hermana vive en trois-rivieres", "trois-rivieres"),
    ("elle vit à trois-rivières depuis 2010", "trois-rivières"),
    ("we moved to kisumu last year", "kisumu"),
    ("ich wohne in bad tölz", "tölz"),
    ("naishi mtaa wa Msimbazi", "Msimbazi"),
    ("bibi anaishi mtaa wa msimbazi", "msimbazi"),
])
def test_anybodys_town_after_a_word_of_living_and_a_swahili_street_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "vive en casa con su hija y toma la pastilla", "abita a casa della figlia", "vivo a letto da una settimana",
    "mtaa wa nyumbani hauna duka la dawa", "we moved to the new pharmacy",
])
def test_ordinary_words_after_a_word_of_living_are_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- d. names in Indic scripts and Thai

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (owner(name="Priya Iyer"), "डॉ अय्यर से मिली", "अय्यर"),
    (owner(name="Priya Iyer"), "मेरा नाम प्रिया अय्यर है", "अय्यर"),
    (owner(name="Raj Kumar"), "मैं कुमार हूँ", "कुमार"),
    (owner(name="Raj Kumar"), "আমি কুমার", "কুমার"),
    (owner(name="Somchai Srisuwan"), "ผมชื่อสมชาย ศรีสุวรรณ", "สมชาย"),
    (owner(name="Somchai Srisuwan"), "ผมชื่อสมชาย ศรีสุวรรณ", "ศรีสุวรรณ"),
    (BANGKOK, "บ้านอยู่ถนนสุขุมวิท ซอย 55", "สุขุมวิท"),
    (BANGKOK_THAI, "บ้านอยู่ถนนสุขุมวิท ซอย 55", "สุขุมวิท"),
    (owner(name="Aisha Khan"), "میرا نام عائشہ ہے", "عائشہ"),
    (owner(name="Alzahraa Alamrani"), "أنا الزهراء العمراني", "الزهراء"),
])
def test_the_owners_name_or_street_in_an_indic_script_thai_or_urdu_goes_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("patient", "text"), [
    (owner(name="Raj Kumar"), "कमरा साफ़ है"),
    (owner(name="Raj Kumar"), "मेरा कमरा"),
    (owner(name="Priya Iyer"), "और दवा"),
    (owner(name="Somchai Srisuwan"), "ฉันกินยาทุกวัน"),
    (owner(name="Sunil Kumar"), "कमरा साफ़ है"),
])
def test_ordinary_words_of_indic_scripts_and_thai_are_kept(deid, patient, text):
    assert_kept(deid, patient, text)


# --------------------------------------------------------------------------- cost

SUKHUMVIT = owner(name="Somchai Srisuwan", street="55 Sukhumvit Road", city="Bangkok")


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["ถนน", "สมชาย ศรีสุวรรณ ถนนสุขุมวิท ", "कमरा अय्यर ", "Piotrkowskiej İzmir'de ",
                                   "gali 9, makaan 27, F-7/2 ", "vive en trois-rivieres mtaa wa Msimbazi "])
def test_round28_places_readings_cost_time_in_proportion(deid, piece):
    probes.assert_cost_grows_linearly(lambda n: redacted(deid, piece * n, SUKHUMVIT), sizes=(200, 800))
    forms = OwnerForms.of(asdict(SUKHUMVIT))
    probes.assert_cost_grows_linearly(lambda n: forms.kinds_in(piece * n), sizes=(200, 800))
