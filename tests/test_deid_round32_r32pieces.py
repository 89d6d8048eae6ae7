"""Round 32, branch r32pieces: an ID that holds the owner's date of birth, written in pieces (finding of the thirty-second
black-box round, privacy).

a. The owner's date of birth inside a national number written in groups separated by single spaces or hyphens (a CURP
   "QUGD 310704 MCSNXL 02", an RFC "QUDO-310704-AB1", a Malaysian MyKad "291225-14-5678", a PESEL, a Danish CPR, a
   Finnish HETU, a Korean RRN, a Chinese resident ID, a South African ID, a Romanian CNP): the owner pass redacted only
   the date and published the rest ("CURP: QUGD <DATE> MCSNXL 02"). The date with the groups of capitals and figures
   joined to it now goes whole as an ``ID`` where an ID word stands a few words before, a group is joined by a hyphen,
   or a group reads as an ID's (capitals and figures mixed, four capitals or more).
b. The check refuses a published date placeholder among such groups ("identifier glued to a placeholder").
c. Kept: the owner's date with ordinary words, times, doses or words in capitals beside it ("<DATE> 10:30", "<DATE> -
   took 2 pills", "on <DATE> at 9", "<DATE> AM", "<DATE> 2 x 500 mg", "TOOK IT ON <DATE> WITH FOOD").
"""

from __future__ import annotations

import datetime

import pytest

from features.deid.leakcheck import glued_to_a_placeholder
from tests import deid_probes as probes
from tests.deid_probes import owner, owner_and_check_finds, redacted

DOLORES = owner("Dolores Quintero Guzmán", dob=datetime.date(1931, 7, 4))
AH_KOW = owner("Tan Ah Kow", dob=datetime.date(1929, 12, 25))


# --------------------------------------------------------------------------- a. the whole ID goes

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("CURP: QUGD 310704 MCSNXL 02", "MCSNXL"), ("CURP QUGD 310704 MCSNXL 02", "QUGD"),
    ("my CURP is QUGD-310704-MCSNXL-02", "MCSNXL"), ("RFC QUDO-310704-AB1", "AB1"),
    ("mi RFC es QUDO 310704 AB1 gracias", "QUDO"), ("PESEL 310704 12345", "12345"), ("PESEL 310704-12345", "12345"),
    ("CPR-nr. 040731-1234", "1234"), ("HETU 040731 A123B", "A123B"), ("SA ID 310704 5800 084", "5800"),
    ("CNP 1 310704 123456", "123456"), ("주민등록번호는 310704 1234567", "1234567"),
    ("주민등록번호 310704 1234567", "1234567"), ("my code is QUGD 310704 MCSNXL", "MCSNXL"),
])
def test_a_an_id_written_in_pieces_around_the_owners_birth_date_goes_whole(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, DOLORES, text, secret)
    assert "<ID>" in redacted(deid, text, DOLORES)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("No. IC saya 291225-14-5678", "5678"), ("MyKad 291225-10-5522", "5522"), ("IC: 291225 14 5678", "5678"),
    ("NRIC 291225-14-5678 ya", "14-5678"),
])
def test_a_a_mykad_keeps_no_birthplace_code_nor_serial(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, AH_KOW, text, secret)


# --------------------------------------------------------------------------- b. the check refuses the pieces

_REFUSED = [
    "CURP: QUGD <DATE> MCSNXL 02", "RFC QUDO-<DATE>-AB1", "No. IC saya <DATE>-14-5678", "<PERSON> <DATE>-10-5522",
    "PESEL <DATE> 12345", "주민등록번호 <DATE> 1234567", "my code QUGD <DATE> MCSNXL 02.", "<DATE> AB12 CD",
    "CPR-nr. <DATE> 1234", "SA ID <DATE> 5800 084",
]
_NO_ID = [
    "born <DATE> 10:30", "<DATE> - took 2 pills", "on <DATE> at 9", "<DATE> 2 x 500 mg", "<DATE> AM", "<DATE>, 10 AM",
    "TOOK IT ON <DATE> WITH FOOD", "<DATE> A1C 7.2", "DOB <DATE>\nAB12 here", "<DATE> 2 X 500 MG", "<DATE> BP 120/80",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "refused"), [*((t, True) for t in _REFUSED), *((t, False) for t in _NO_ID)])
def test_b_the_check_refuses_a_date_among_the_groups_of_an_id_and_nothing_else(index, text, refused):
    """Refused: groups of an ID beside the date; kept: words, times and doses beside it."""
    assert glued_to_a_placeholder(text) is refused, text
    assert ("identifier glued to a placeholder" in probes.free_text_kinds(index, text)) is refused, text


# --------------------------------------------------------------------------- c. dates with words stay dates

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("text", "out"), [
    ("born 4 July 1931 10:30", "born <DATE> 10:30"), ("1931-07-04 - took 2 pills", "<DATE> - took 2 pills"),
    ("on 04/07/1931 at 9", "on <DATE> at 9"), ("04/07/1931 2 x 500 mg", "<DATE> 2 x 500 mg"),
    ("04/07/1931 AM", "<DATE> AM"), ("TOOK IT ON 04/07/1931 WITH FOOD", "TOOK IT ON <DATE> WITH FOOD"),
    ("DOB 04/07/1931 A1C 7.2", "DOB <DATE> A1C 7.2"), ("04/07/1931 2 X 500 MG", "<DATE> 2 X 500 MG"),
    ("4 July 1931 at 9 AM", "<DATE> at 9 AM"), ("DOB 04/07/1931 BP 120/80", "DOB <DATE> BP 120/80"),
    ("birthday 4 July 1931 IS TODAY", "birthday <DATE> IS TODAY"), ("04.07.1931 10 mg", "<DATE> 10 mg"),
])
def test_c_the_owners_date_beside_words_times_and_doses_stays_a_date(deid, text, out):
    assert redacted(deid, text, DOLORES) == out
    assert not owner_and_check_finds(DOLORES, out), owner_and_check_finds(DOLORES, out)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "CURP: QUGD <DATE> MCSNXL 02 ", "AB CD EF GH <DATE> IJ KL MN OP QR ", "<DATE>-1-2-3-4-5-6-7 ", "A-B-C-D-E-F-G ",
    "PESEL PESEL <DATE> <DATE> 1 ",
])
def test_cost_of_reading_pieces_beside_a_date(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
    written = piece.replace("<DATE>", "310704")  # the owner pass, where the pieces are read
    probes.assert_cost_grows_linearly(lambda n: deid.redact([written * n], [DOLORES]), sizes=(125, 500))
