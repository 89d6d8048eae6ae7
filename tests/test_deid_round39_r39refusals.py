"""Round 39 (r39refusals): the owner's name with an affectionate ending, and wrong refusals of the 39th black-box round.

a. The owner's given name with a Turkish, Hungarian, Romanian, Ukrainian or Indonesian pet ending ("Ayşeciğim",
   "Ayşecim", "Ayşecan", "Zsófikám", "Ioanuța", "Оксаночко", "Sitinya"): taken by the redactor, seen by the check.
b. Hypocoristics that share few letters with the name ("Ксюша" for Oksana) and texting that stretches a letter
   ("Ctiii" for Siti), Hebrew pet endings ("יעלי", "יעליק" for Yael).
c. The family name for a wife, the household or in a pet form ("Wójcikowa", "Wojcikowie", "Carvalhinho").
d. Wrong refusals: a South Asian feast after "माँ"; car models with an engine's size, a trim and a year ("Honda CR-V
   1.5 VTEC Turbo 2020 EX-L", "Kia Niro 1.6 GDi HEV 2021"): kept by the check, while a plate or a name beside them
   still goes.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

AYSE = probes.owner("Ayşe Yıldırım", "Atatürk Caddesi No 42", "Eskişehir")
OKSANA = probes.owner("Oksana Kovalenko", "vul. Shevchenka 17", "Vinnytsia")
SITI = probes.owner("Siti Nurhaliza Rahayu", "Jl. Melati No. 5", "Bandung")
YAEL = probes.owner("Yael Ben-Ami", "Rehov Herzl 8", "Haifa")
ZSOFIA = probes.owner("Zsófia Nagy", "Kossuth Lajos utca 7", "Debrecen")
IOANA = probes.owner("Ioana Popescu", "Strada Florilor 12", "Cluj-Napoca")
JOAO = probes.owner("João Pedro Carvalho", "Rua das Palmeiras 210", "Campinas")
KATHERINE = probes.owner("Katherine Wojcik", "48 Howard Forge", "Vanessaside")

#: (owner, text, the owner's form that must go)
OWNER_FORMS = [
    (AYSE, "Ayşeciğim ilacını aldın mı?", "Ayşeciğim"),  # a: Turkish
    (AYSE, "Ayşecim ilacını içti", "Ayşecim"),
    (AYSE, "Ayşeciğimin ilacı bitti", "Ayşeciğimin"),
    (AYSE, "Bugün Ayşecan ilaç aldı", "Ayşecan"),
    (ZSOFIA, "Zsófikám, bevetted a gyógyszert?", "Zsófikám"),  # Hungarian
    (IOANA, "Ioanuța a luat pastilele", "Ioanuța"),  # Romanian
    (OKSANA, "Оксаночко, як ви?", "Оксаночко"),  # Ukrainian vocative
    (SITI, "Sitinya sudah minum obat", "Sitinya"),  # Indonesian -nya
    (OKSANA, "Ксюша вже випила метформін", "Ксюша"),  # b: a hypocoristic
    (OKSANA, "Today Ksyusha took the metformin", "Ksyusha"),
    (SITI, "Ctiii sudah minum obat", "Ctiii"),  # texting
    (YAEL, "יעלי לקחה את התרופות", "יעלי"),  # Hebrew pet endings
    (YAEL, "יעליק לקחה", "יעליק"),
    (KATHERINE, "Wójcikowa is my married name", "Wójcikowa"),  # c: Polish wife, household
    (KATHERINE, "Wojcikowie przyjadą jutro", "Wojcikowie"),
    (JOAO, "o Carvalhinho tomou o remédio", "Carvalhinho"),  # Portuguese pet form
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), OWNER_FORMS)
def test_the_owners_name_with_a_pet_ending_goes_for_both_sides(deid, patient, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


#: (owner or None for a third party's text, text, the identifier that must go or None where the text stays whole):
#: the same owners' ordinary sentences, d's feasts and car models, and the identifiers beside them
READINGS = [
    (AYSE, "Bugün ilacını aldın mı?", None),
    (YAEL, "היא לקחה את התרופות בבוקר", None),
    (SITI, "Dia sudah minum obat", None),
    (KATHERINE, "The pharmacy called about the refill", None),
    (None, "मेरी माँ दिवाली पर मंदिर गईं", None),
    (None, "मेरी माँ होली पर घर आईं", None),
    (None, "मेरी माँ दिवाली पर आईं", None),
    (None, "Honda CR-V 1.5 VTEC Turbo 2020 EX-L is comfy for the clinic trips", None),
    (None, "Kia Sportage 1.6 T-GDi GT-Line was a good buy", None),
    (None, "Kia Niro 1.6 GDi HEV 2021", None),
    (None, "Kia Sportage GT-Line", None),
    (None, "मेरी माँ सुनीता दिवाली पर आईं", "सुनीता"),
    (None, "Honda CR-V 1.5 VTEC Turbo 2020, plate 8XYZ921", "8XYZ921"),
    (None, "Honda HR-V 1.5 plate KM19 XYZ", "KM19"),
    (None, "Kia Sportage 1.6 T-GDi GT-Line, plates FJ-482-QK", "FJ-482-QK"),
    (None, "Kia Martinez called about the refill", "Martinez"),
]
#: a trim and a year the redactor takes for a postcode ("2019 EX"): the check is silent before and after
TRIM_READ_AS_A_POSTCODE = "Honda HR-V 1.5 i-VTEC 2019 EX"


@pytest.mark.verifies("REQ-DEID-001")
def test_a_trim_is_no_plate_for_the_check(deid, index):
    assert not probes.free_text_kinds(index, TRIM_READ_AS_A_POSTCODE)
    assert not probes.free_text_kinds(index, probes.redacted(deid, TRIM_READ_AS_A_POSTCODE))


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), READINGS)
def test_ordinary_words_stay_and_the_identifier_beside_them_goes(deid, index, patient, text, secret):
    if patient is not None:
        probes.assert_owner_text_kept(deid, patient, text)
    elif secret is None:
        probes.assert_free_text_kept(deid, index, text)
    else:
        assert probes.free_text_kinds(index, text), text
        probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_cost_in_proportion(deid, index):
    piece = "Kia Niro 1.6 GDi HEV 2021 and Honda CR-V 1.5 VTEC Turbo 2020; मेरी माँ दिवाली पर आईं. "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
