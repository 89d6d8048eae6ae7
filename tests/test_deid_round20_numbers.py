"""The nineteenth black-box round's numbers said in words (round 20), each both ways: the redactor takes the number
out and the check sees it in the raw text and nothing in the output. A number said in Danish or Norwegian from "en"
(its leading 1 was lost and the owner's phone went unmatched), Norwegian, Swedish and Danish tens said in pairs
("førtifem", "fyrtiofem", "femogfyrre"), digit words of Lithuanian, Latvian and colloquial Finnish with their dash
words, an age said as nine decades or more with no word that makes them a span of time, and a Danish age said unit
first ("femoghalvfems år"). Near misses stay."""

from __future__ import annotations

import pytest

from features.deid.normalize import said_digits_as_figures
from tests import deid_probes as probes

OWNER_PHONES = [
    ("(123) 456-7890", "ring mig på en to tre fire fem seks syv otte ni nul", "fire fem seks"),
    ("(123) 456-7890", "nummeret er en to tre, fire fem seks, syv åtte ni null", "fire fem seks"),
    ("(234) 567-8901", "ring to tre fire fem seks sju åtte ni null en", "fire fem seks"),
    ("(451) 234-5678", "ring meg på førtifem tolv trettifire femtiseks syttiåtte", "trettifire"),
    ("(451) 234-5678", "ring fyrtiofem tolv trettiofyra femtiosex sjuttioåtta", "trettiofyra"),
    ("(451) 234-5678", "ring femogfyrre tolv fireogtredive seksoghalvtreds otteoghalvfjerds", "fireogtredive"),
    ("(451) 234-5678", "telefonas keturi penki vienas du trys keturi penki šeši septyni aštuoni", "keturi penki šeši"),
    ("(451) 234-5678", "tālrunis četri pieci viens divi trīs četri pieci seši septiņi astoņi", "pieci seši"),
    ("(451) 234-5678", "soita nel viis yks kaks kol nel viis kuus seiska kasi", "kuus seiska"),
    ("(451) 234-5678", "numeris keturi penki vienas brūkšnys du trys keturi brūkšnys penki šeši septyni aštuoni",
     "septyni"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("phone", "text", "secret"), OWNER_PHONES)
def test_the_owners_phone_said_in_nordic_and_baltic_words_goes(deid, phone, text, secret):
    patient = probes.owner(phone=phone)
    probes.assert_owner_caught(deid, patient, text, secret)
    assert {"phone (in words)"} <= probes.owner_kinds(patient, text), probes.owner_kinds(patient, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["ring førtisju nittien trettito femtifem",
                                  "ring syvoghalvfjerds enoghalvfems tolv otteogtyve femoghalvtreds",
                                  "telefonas devyni aštuoni septyni šeši penki keturi trys",
                                  "tālruņa numurs deviņi astoņi septiņi seši pieci četri trīs"])
def test_anybodys_phone_said_so_goes(deid, index, text):
    secret = text.split()[-2]
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


@pytest.mark.verifies("REQ-DEID-001")
def test_a_run_from_en_keeps_its_leading_one():
    assert said_digits_as_figures("ring en to tre fire fem") == "ring 1 2 3 4 5"
    assert said_digits_as_figures("ring to to tre fire fem") == "ring 2 2 3 4 5"
    assert said_digits_as_figures("det er fem fem åtte") == "det er 5 5 8"
    assert said_digits_as_figures("ring førtifem tolv trettifire") == "ring 45 12 34"


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("nine decades and still gardening", "nine"),
                                              ("at nine decades she still walks daily", "nine"),
                                              ("her ten decades on this earth", "ten"),
                                              ("han er femoghalvfems år", "femoghalvfems"),
                                              ("hun fylder seksoghalvfems år", "seksoghalvfems")])
def test_an_age_said_in_decades_alone_or_unit_first_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["nine decades of research", "nine decades ago the clinic opened",
                                  "eight decades and still gardening", "en to tre ganger", "text to five please",
                                  "du pain du vin du fromage", "femogfyrre tabletter", "han er femogfyrre år"])
def test_numbers_and_spans_that_identify_nobody_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["en to ", "førtifem ", "femogfyrre tolv ", "du to ", "vienas brūkšnys "])
def test_the_round20_digit_words_cost_time_in_proportion(piece):
    probes.assert_cost_grows_linearly(lambda n: said_digits_as_figures(piece * n))


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_decades_alone_cost_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "nine decades and ")
