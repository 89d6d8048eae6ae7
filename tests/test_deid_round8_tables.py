"""De-identification, eighth round: tables (policy labels, record ids, ZIP3 and states) and identifier shapes in
free text that the black-box tester published with the leak check passing."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from features.deid import leakcheck
from features.deid.leakcheck import IdentifierIndex, LeakReport
from features.deid.pipeline import shared_policy_codes

KEYS = [f"k{i}" for i in range(8)]


def _patients(n: int = 8) -> pa.Table:
    """``n`` patients; the first is Rosa Lopez of Dayton, born 9 January 1948, ZIP 45402."""
    names = ["Rosa Lopez", "Kofi Mensah", "Ana Lima", "Piotr Nowak", "Mei Chen", "Juan Perez", "Ola Berg", "Ian Wu"]
    return pa.table({
        "mrn": [f"MRN-{12345678 + i}" for i in range(n)], "full_name": names[:n],
        "date_of_birth": [dt.date(1948, 1, 9)] + [dt.date(1960 + i, 3 + i, 11 + i) for i in range(1, n)],
        "phone": [f"+1 312 555 01{40 + i}" for i in range(n)],
        "email": ["rquigley@example.net"] + [None] * (n - 1),
        "street_address": [f"{8 + i} Elm Road" for i in range(n)],
        "city": ["Dayton", "Akron", "Toledo", "Parma", "Kent", "Lima", "Ada", "Bryan"][:n],
        "zip5": ["45402", "44301", "43601", "44129", "44240", "45801", "45810", "43506"][:n]})


def _index(n: int = 8) -> IdentifierIndex:
    patients = _patients(n)
    return IdentifierIndex(patients, dict(zip(patients.column("mrn").to_pylist(), KEYS[:n], strict=True)))


def _reminders(labels_by_patient: dict[str, list[str]]) -> pa.Table:
    rows = [(key, label) for key, labels in labels_by_patient.items() for label in labels]
    return pa.table({"patient_key": [k for k, _ in rows], "policy": [label for _, label in rows]})


# ------------------------------------------------------------------------------------------ 1. policy labels

#: labels the first patient (Rosa Lopez, 1948-01-09, 45402, rquigley@, Dayton) carries beside a shared code
OWN_LABELS = ["fixed-0109@1948", "fixed-09@1948", "fixed-٠١٠٩@١٩٤٨", "plan-454@02", "L0p3z-1", "d4yt0n-2",
              "r0s4-3", "rquigley-4"]


@pytest.mark.parametrize("label", OWN_LABELS)
@pytest.mark.verifies("REQ-DEID-003")
def test_a_shared_policy_label_holding_its_owners_identifiers_is_pseudonymised(label: str) -> None:
    """Every patient carries the label (so the k-like threshold passes): the per-row reading of the owner's
    identifiers still takes it."""
    index = _index()
    table = _reminders({key: [label, "explore-09@1"] for key in KEYS})
    assert shared_policy_codes(table, index) == {"explore-09@1"}


@pytest.mark.verifies("REQ-DEID-003")
def test_a_policy_label_of_fewer_than_five_patients_is_pseudonymised() -> None:
    """A code-shaped label only one patient carries ("fixed-0610@77" might be anything of theirs) is no code."""
    index = _index()
    table = _reminders({key: ["explore-09@1"] + (["fixed-0610@77"] if i < 4 else []) for i, key in enumerate(KEYS)})
    assert shared_policy_codes(table, index) == {"explore-09@1"}
    # a lake of fewer than five patients: a label all of them carry is shared by all
    small = _index(3)
    assert shared_policy_codes(_reminders({key: ["fixed-09"] for key in KEYS[:3]}), small) == {"fixed-09"}


@pytest.mark.verifies("REQ-DEID-006")
def test_the_simulators_and_the_contracts_policy_codes_stay() -> None:
    from adherence.simulator import behaviour

    index = _index()
    codes = [behaviour.LoggingPolicy().name, "explore-18@1", "fixed-09", "reminder@3", "ts_0.1", "ucb-v2", "fixed-18"]
    assert shared_policy_codes(_reminders({key: codes for key in KEYS}), index) == set(codes)


@pytest.mark.parametrize("label", [*OWN_LABELS, "fixed-0610@77"])
@pytest.mark.verifies("REQ-DEID-005")
def test_the_leak_check_refuses_a_policy_label_of_its_owner_or_of_few_patients(label: str) -> None:
    index = _index()
    carriers = KEYS if label != "fixed-0610@77" else KEYS[:2]
    table = _reminders({key: ["explore-09@1"] + ([label] if key in carriers else []) for key in KEYS})
    report = LeakReport()
    index.scan_table("reminders", table, report)
    assert not report.clean, label
    clean = LeakReport()
    index.scan_table("reminders", _reminders({key: ["explore-09@1", "fixed-18", "policy-" + "ab" * 12]
                                              for key in KEYS}), clean)
    assert clean.clean, clean.hits


# ------------------------------------------------------------------------------------------ 2. record ids

@pytest.mark.parametrize("record_id", [
    "msg-١٢٣٤٥٦٨٠-1",  # the first MRN's digits (12345678) in Arabic-Indic digits... of the third patient
    "msg-۱۲۳۴۵۶۷۸",  # Extended Arabic-Indic (Persian) digits
    "evt-१२३४५६७८-3",  # Devanagari
    "rem-3125550140",  # plain, as before
    "rem-٣١٢٥٥٥٠١٤٠",
    "msg-L0p3z-1", "msg-l0p3z", "evt_M3n54h_7", "rem-d4yt0n-2", "msg-N0w4k",
])
@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_record_ids_with_digits_of_other_scripts_or_leet_names_embed_an_identifier(record_id: str) -> None:
    index = _index()
    assert index.embeds_identifier(record_id)
    report = LeakReport()
    index.scan_table("messages", pa.table({"message_id": [record_id, "msg-000001"]}), report)
    assert not report.clean, record_id


@pytest.mark.parametrize("record_id", ["msg-000001", "evt-1a2b3c4d", "rem-2026-11-03-7", "msg-٠٠٠٠٠١", "v2.1.3-a",
                                       "explore-09@1", "evt-b10a-77"])
@pytest.mark.verifies("REQ-DEID-006")
def test_plain_record_ids_embed_no_identifier(record_id: str) -> None:
    index = _index()
    assert not index.embeds_identifier(record_id)
    report = LeakReport()
    index.scan_table("events", pa.table({"event_id": [record_id]}), report)
    assert report.clean, report.hits


def test_script_digits_and_leet_words() -> None:
    assert leakcheck.script_digits("٠١٢٣ ۴۵ १२३ ①") == "0123 45 123 1"
    assert leakcheck.leet_words("msg-L0p3z-1") >= {"lopez"}
    assert "smith" in leakcheck.leet_words("5m17h") | leakcheck.leet_words("5mi7h")


# ------------------------------------------------------------------------------------------ 3. ZIP3 and states

@pytest.mark.parametrize(("state", "published_state"), [
    ("DE-BY", "DE-BY"), ("GB-KEN", "GB-ENG"), ("SI-001", "SVN"), ("GU", "*"), ("US-GU", "*"), ("VI", "*"),
    ("AS", "*"), ("MP", "*"), ("US-UM", "*"), ("LI-01", "*"), ("MT-01", "*"), ("IS-1", "*"),
])
@pytest.mark.verifies("REQ-DEID-004")
def test_zip3_is_suppressed_where_the_state_is_published_no_finer(state: str, published_state: str) -> None:
    """A patient abroad (a German "80331" is a Munich district) or in a US territory smaller than a state keeps no
    ZIP3; a territory or a country smaller than the smallest state is published as "*"."""
    from features.deid.generalize import broad_subdivision, is_broad_subdivision, zip3

    assert zip3("80331", state) == "000"
    assert broad_subdivision(state) == published_state
    assert is_broad_subdivision(state) == (state == published_state)
    assert is_broad_subdivision(published_state)
    assert not is_broad_subdivision("GUM") and not is_broad_subdivision("VIR")  # the territories as countries
    assert not is_broad_subdivision("AND") and not is_broad_subdivision("LIE")  # countries smaller than a state


@pytest.mark.verifies("REQ-DEID-006")
def test_zip3_of_us_states_dc_and_puerto_rico_stays() -> None:
    from features.deid.generalize import broad_subdivision, zip3

    assert [zip3("10001", "NY"), zip3("20001", "DC"), zip3("00901", "PR"), zip3("00901", "US-PR"), zip3("94110")] == \
        ["100", "200", "009", "009", "941"]
    assert [broad_subdivision(s) for s in ("NY", "US-CA", "DC", "PR")] == ["NY", "US-CA", "DC", "PR"]
    assert zip3("82301", "WY") == "000" and zip3("١٠٠٠١", "NY") == "000"


@pytest.mark.verifies("REQ-DEID-005")
def test_the_leak_check_refuses_a_zip3_finer_than_its_state() -> None:
    index = _index()
    published = pa.table({"patient_key": ["a", "b", "c", "d", "e"], "zip3": ["803", "969", "100", "000", "823"],
                          "state": ["DE-BY", "*", "NY", "SVN", "WY"]})
    report = LeakReport()
    index.scan_table("patients", published, report)
    hits = {hit.kind: hit.values for hit in report.hits}
    assert hits.get("ZIP3 finer than the state published") == 3
    fine = LeakReport()
    index.scan_table("patients", published.slice(2, 2), fine)
    assert fine.clean, fine.hits
    territory = LeakReport()
    index.scan_table("patients", pa.table({"zip3": ["000"], "state": ["GU"]}), territory)
    assert not territory.clean


# ------------------------------------------------------------------------------------------ 4. shapes in free text


SHAPES = [
    ("router is 0xC0A80101 now", "router is <ID> now"),
    ("ip c0.a8.01.01 at home", "ip <ID> at home"),
    ("ip 0xc0.0xa8.0x01.0x01 at home", "ip <ID> at home"),
    ("my ip 192,168,1,20 ok", "my ip <PHONE> ok"),
    ("mac 00:1A:2B:3C:4D:5E here", "mac <ID> here"),
    ("mac 001a.2b3c.4d5e here", "mac <ID> here"),
    ("mac 00-1a-2b-3c-4d-5e here", "mac <ID> here"),
    ("I live at sw1a1aa now", "I live at <ZIP> now"),
    ("moved to m11ae", "moved to <ZIP>"),
    ("address CH-8001 now", "address <ZIP> now"),
    ("D-80331 is mine", "<ZIP> is mine"),
    ("at F-75008 since May", "at <ZIP> since May"),
    ("A-1010 or I-00184", "<ZIP> or <ZIP>"),
    ("NL-1012 AB is it", "<ZIP> is it"),
    ("see www dot example dot com", "see <URL>"),
    ("go to example . com / rosa for it", "go to <URL> for it"),
    ("visit example dot com slash rosa", "visit <URL>"),
    ("h t t p s : / / e x a m p l e . c o m please", "<URL> please"),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
@pytest.mark.verifies("REQ-DEID-004")
def test_network_postal_and_link_shapes_go(deid, text: str, expected: str) -> None:
    assert deid.redact([text], [None]).texts[0] == expected


@pytest.mark.parametrize(("text", "expected"), SHAPES)
@pytest.mark.verifies("REQ-DEID-005")
def test_the_leak_check_sees_those_shapes_on_its_own(deid, text: str, expected: str) -> None:
    """The redactor switched off (the text as written) is refused; what it publishes is not."""
    index = _index()
    assert index.scan_free_text("messages", "body", [text], ["k1"]), text
    assert not index.scan_free_text("messages", "body", [deid.redact([text], [None]).texts[0]], ["k1"])


CLINICAL = ["BP 120/80 this morning", "1,000 mg twice", "app v2.1.3 crashed", "timer 3:00:00", "CH-3 lab code", "A-1 grade",
            "dose 0.5 mg", "at 12:30:45 today", "vitamin b12 3mg daily", "see you at 3 . I will", "polka dot dress",
            "fine. Com si dice", "ok. Co-pay was 20", "q12hr as needed", "COVID-19 booster", "E 120 colour", "hba1c 6.5"]


@pytest.mark.parametrize("text", CLINICAL)
@pytest.mark.verifies("REQ-DEID-006")
def test_readings_codes_and_prose_beside_those_shapes_stay(deid, text: str) -> None:
    assert deid.redact([text], [None]).texts[0] == text
    assert not _index().scan_free_text("messages", "body", [text], ["k1"])
