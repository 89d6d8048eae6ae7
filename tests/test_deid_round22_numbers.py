"""The twenty-first black-box round's numbers and places (round 22), each both ways: the redactor takes the identifier
out and the check sees it in the raw text and nothing in the output. Phones said in groups with tens and hundreds in
Russian, Ukrainian, Greek, Turkish, Irish and Arabic ("восемь девятьсот шестнадцать сорок два", "beş yüz elli beş, on iki",
"fiche a haon"). Near misses (a dose said in words, a number alone) stay."""

from __future__ import annotations

import datetime

import pytest

from features.deid.normalize import said_digits_as_figures
from tests import deid_probes as probes

OWNER_PHONES = [
    ("(891) 642-0700", "позвоните восемь девятьсот шестнадцать сорок два ноль семь ноль ноль", "шестнадцать"),
    ("(555) 123-4417", "numaram beş yüz elli beş, bir yüz yirmi üç, kırk dört on yedi", "yirmi"),
    ("(555) 123-4417", "aramak için beş yüz elli beş on iki üç kırk dört on yedi", "kırk"),
    ("(555) 120-2141", "uimhir a cúig a cúig a cúig a dó dhéag, a náid, fiche a haon, daichead a haon", "fiche"),
    ("(555) 123-4417", "uimhir a cúig, a cúig, a cúig, a haon, a dó, a trí, a ceathair, a ceathair, a haon, a seacht",
     "ceathair"),
    ("(555) 123-4417", "телефон пʼятсот пʼятдесят пʼять, сто двадцять три, сорок чотири, сімнадцять", "двадцять"),
    ("(555) 123-4417", "τηλέφωνο πεντακόσια πενήντα πέντε, εκατόν είκοσι τρία, σαράντα τέσσερα, δεκαεπτά", "σαράντα"),
    ("(555) 123-4417", "رقمي خمسمائة وخمسة وخمسون، مائة وثلاثة وعشرون، أربعة وأربعون، سبعة عشر", "وأربعون"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("phone", "text", "secret"), OWNER_PHONES)
def test_the_owners_phone_said_in_groups_goes(deid, phone, text, secret):
    patient = probes.owner(phone=phone)
    probes.assert_owner_caught(deid, patient, text, secret)
    assert {"phone (in words)"} <= probes.owner_kinds(patient, text), probes.owner_kinds(patient, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("мой телефон восемь девятьсот шестнадцать сорок два ноль семь", "сорок"),
    ("звоните на номер девятьсот двенадцать триста сорок пять шестьдесят семь", "триста"),
    ("beni ara altı yüz on iki, yedi yüz kırk beş, altmış yedi", "altmış"),
    ("glaoigh ar a sé, a haon, a dó, tríocha a ceathair, caoga a cúig", "caoga"),
    ("καλέστε με στο εξακόσια ενενήντα επτά είκοσι τρία σαράντα πέντε", "ενενήντα"),
])
def test_anybodys_phone_said_in_groups_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


@pytest.mark.verifies("REQ-DEID-001")
def test_a_number_said_in_groups_is_read_as_its_figures():
    assert said_digits_as_figures("восемь девятьсот шестнадцать сорок два ноль семь") == "8 916 42 0 7"
    assert said_digits_as_figures("beş yüz elli beş, on iki, otuz dört") == "555 12 34"
    assert said_digits_as_figures("fiche a haon, fiche a dó, tríocha") == "21 22 30"
    assert said_digits_as_figures("a cúig a dó dhéag a trí") == "a 5 12 3"
    assert said_digits_as_figures("п'ятсот п’ятдесят пʼять") == "555"
    assert said_digits_as_figures("خمسمائة وخمسة وخمسون، مائة وثلاثة وعشرون") == "555 123"
    assert said_digits_as_figures("خمسة وأربعون ثلاثة عشر") == "45 13"
    # digits said one by one stay one by one; English "on" stays a word
    assert said_digits_as_figures("девять ноль ноль один") == "9 0 0 1"
    assert said_digits_as_figures("one two three on four") == "1 2 3 on four"


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["он принял двадцать пять миллиграммов", "iki yüz mg aldı", "fiche bliain ó shin",
                                  "call me on Monday", "она прошла сорок два километра",
                                  "on iki gün önce başladı"])
def test_numbers_said_in_groups_that_identify_nobody_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["сорок два ", "beş yüz ", "on iki ", "fiche a haon ", "a dó dhéag "])
def test_the_round22_group_words_cost_time_in_proportion(piece):
    probes.assert_cost_grows_linearly(lambda n: said_digits_as_figures(piece * n))


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_groups_cost_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "девятьсот шестнадцать ")


# --------------------------------------------------------------------------- birthdays said by a feast or leap day

OWNER_FEAST_BIRTHDAYS = [
    ("1931-01-07", "born on Orthodox Christmas 1931", "Orthodox"),
    ("1931-01-07", "she was born on Orthodox Christmas", "Orthodox"),
    ("1936-02-29", "she was born on leap day 36", "leap day"),
    ("1936-02-29", "born on Feb 29th", "29"),
    ("1940-12-25", "born on Christmas Day 1940", "1940"),
    ("1944-07-04", "born on the Fourth of July", "Fourth"),
    ("1944-07-14", "Mum was born on Bastille Day", "Bastille"),
    ("1950-03-17", "born on St Patrick's day 1950", "1950"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("dob", "text", "secret"), OWNER_FEAST_BIRTHDAYS)
def test_the_owners_birthday_said_by_a_feast_goes(deid, dob, text, secret):
    patient = probes.owner(dob=datetime.date.fromisoformat(dob))
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("her brother was born on St Patrick's day 1950", "1950"),
    ("my son was born on Christmas Day 1981", "Christmas"),
    ("my grandson was born on leap day 2024", "leap"),
    ("she was born on leap day 36", "leap"),
    ("his birthday is Bastille Day '52", "Bastille"),
    ("the twins were born on Orthodox Christmas 1999", "Orthodox"),
])
def test_anybodys_birthday_said_by_a_feast_with_its_year_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"month and year of a date"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["we had dinner on Christmas Day", "the pharmacy closes early on Christmas Day",
                                  "she takes 2 tablets on leap day too", "Orthodox Christmas dinner was lovely"])
def test_feasts_that_date_nobody_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_feast_birthdays_cost_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "born on leap day 36 ")


# --------------------------------------------------------------------------- partial streets and bare ZIPs

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("lives at 301 W 57th", "301"), ("her flat is at 301 W 57th St", "57th"), ("she lives at 17 Elm", "Elm"),
    ("we met at 12 Oak", "Oak"), ("he moved to 44 Maple last spring", "Maple"),
    ("drop the pills off at 220 E. Sunset, thanks", "Sunset"), ("visits from 9 Larchmont on weekends", "Larchmont"),
])
def test_a_house_number_and_a_streets_first_word_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"house number and street's first word"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("visiting cousins in 90210", "90210"), ("moved to 10027 last year", "10027"),
    ("her sister lives near 60614.", "60614"), ("we drove out to 02134 and back", "02134"),
    ("she grew up in 73301-0001, then moved", "73301"),
])
def test_anybodys_bare_zip_after_a_word_of_place_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"ZIP after a word of place"})


@pytest.mark.verifies("REQ-DEID-001")
def test_a_house_number_left_with_its_compass_word_is_seen_and_taken():
    from features.deid.leakplaces import house_number_left
    from features.deid.text import _with_house_numbers

    assert house_number_left("she lives at 3901 S. <ADDRESS> now")
    assert house_number_left("mail to 12 north <ADDRESS>")
    assert _with_house_numbers("she lives at 3901 S. <ADDRESS> now") == "she lives at <ADDRESS> now"
    assert _with_house_numbers("mail to 12 North <ADDRESS>") == "mail to <ADDRESS>"
    assert not house_number_left("took 2 tablets at <ADDRESS>")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["took 10000 units of vitamin D", "walked 12000 steps in 2024",
                                  "at 12 weeks she was fine", "in 10000 patients the drug was tested",
                                  "at 20 mg daily", "in 2024 she moved", "increased the dose to 10000 last week",
                                  "see you at 5 PM", "at 3 Tylenol a day is too much", "back in 2 Weeks",
                                  "steps went from 12000 to 15000", "back in 5 Minutes"])
def test_numbers_after_a_word_of_place_that_are_no_address_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["at 12 Oak ", "in 90210 ", "at 301 W 57th "])
def test_partial_streets_and_bare_zips_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
