"""Round 32, found on merging: the owner's date of birth with its month in words took the phone after it in part.

a. "DOB Aug 01 1968, phone 1-318-876-2626" (the simulator's own message) was published as
   "DOB <DATE>-318-876-<PHONE>": the owner's month-word date reading (``text._month_word_date_spans``) took the phone's
   country code "1" for the day of birth, its span ran to it, and the rest of the phone was no longer read whole: six
   of the owner's phone figures were published with the check passing. A day joined to a group of three figures by a
   dash or dot is no day now, and of the days of the year's value the nearest makes the date.
b. The check's own reading of a placeholder glued to the rest of an identifier (``leakcheck.glued_to_a_placeholder``,
   r32ids) refuses what was published: it was found because that reading, hooked into the scan, refused the
   simulated lake.
c. A firm named after a person beside a pharmacy word ("Kowalski Pharmacy", "Farmacia Rossi") was kept by r32keep's
   new reading of pharmacy chains by kind, and the check refused it (a lake blocked); and the check refused chains of
   the shared table ("Priceline Pharmacy", "Farmacia Tei": the 32nd black-box round's wrong refusals). Only the
   table's chains are kept by name now, by both sides; a given name or surname beside a pharmacy word goes.
"""

from __future__ import annotations

import datetime
import re

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, redacted

#: a patient born on 1 August 1968 whose phone is (318) 876-2626
BORN_IN_AUGUST = owner("Brittany Dixon", "52333 Erickson Cliff", "Port Nicoleton", dob=datetime.date(1968, 8, 1),
                       zip5="15487", phone="(318) 876-2626")
_PHONE_GROUP = re.compile(r"318|876|2626")


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "Confirming your details: DOB Aug 01 1968, phone 1-318-876-2626, MRN 58792149.",
    "born Aug 01 1968, call 1-318-876-2626", "DOB: Aug 1 1968, 1.318.876.2626", "DOB Aug 1, 1968 / 1-318-876-2626",
    "born August 1st, 1968; cell 1-318-876-2626", "geboren am 1. August 1968, Tel. 1-318-876-2626",
    "nacida el 1 de agosto de 1968, tel 1-318-876-2626", "1968年8月1日生まれ、電話 1-318-876-2626",
])
def test_a_the_owners_phone_after_a_month_word_date_goes_whole(deid, text):
    """No figure group of the owner's phone is left, and the date goes too."""
    published = redacted(deid, text, BORN_IN_AUGUST)
    assert not _PHONE_GROUP.search(published), published
    assert "1968" not in published and "<DATE>" in published, published


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "kept"), [
    ("on Aug 01 1968, dose 1 tablet", "dose 1 tablet"),  # a farther "1" is no part of the date
    ("DOB Aug 01 1968, x 1", ", x 1"),
])
def test_a_a_number_beside_the_date_stays(deid, text, kept):
    published = redacted(deid, text, BORN_IN_AUGUST)
    assert published.endswith(kept) and "1968" not in published, published


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["DOB <DATE>-318-876-<PHONE>, MRN <MRN>.", "born <DATE>-555-<PHONE>-<PHONE>"])
def test_b_the_check_refuses_what_was_published(index, text):
    assert "identifier glued to a placeholder" in probes.free_text_kinds(index, text), text


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["Aug 01 1968, phone 1-318-876-2626 ", "1 1 1968 1-318 "])
def test_the_reading_costs_in_proportion(deid, index, piece):
    probes.assert_cost_grows_linearly(lambda n: deid.redact([piece * n], [BORN_IN_AUGUST]), sizes=(50, 200))
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "Priceline Pharmacy filled the Crestor 10 mg script.", "Farmacia Tei nu avea Nurofen.",
    "Pharmacie Lafayette était fermée", "comprei na Drogaria Pacheco", "Rossmann hatte kein Novalgin",
    # the 32nd black-box round's over-redacted chains
    "dm und Rossmann hatten kein Novalgin, Apotheke morgen.", "DocMorris hat das Xarelto 20 mg geschickt.",
    "Jeg tog Hjertemagnyl kl. 8, Matas havde ikke Panodil.", "Nhà thuốc Long Châu hết Panadol.",
    "Terry White Chemmart filled the Lipitor.",
])
def test_c_the_tables_pharmacy_chains_are_kept_by_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Kowalski Pharmacy filled the script.", "Kowalski"), ("Farmacia Rossi nu avea Nurofen.", "Rossi"),
    ("Henderson Pharmacy filled it", "Henderson"),
])
def test_c_a_pharmacy_named_after_a_person_goes_and_the_check_sees_it(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"firm named after a person"})
