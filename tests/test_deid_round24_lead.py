"""Round 24, the lead's: what the twenty-third black-box round refused wrongly or over-redacted outside the helpers'
lists. Rising titrations whose doses reach four figures (gabapentin 600-900-1200-1500-1800-2100 mg) were a phone to
the check and a tracking number to the redactor; Spanish and German prose in lower case was a person to the English
NER ("me duelen las piernas"); and a refusal for another patient's name or a phone in a column other than a message's
body named no row, so the producer could not find it."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from features.deid.leakcheck import LeakReport
from tests import deid_probes as probes


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "gabapentin titration 600-900-1200-1500-1800-2100 mg",
    "250-500-750-1000-1250-1500 mg levetiracetam",
    "600 900 1200 1500 1800 2100 mg gabapentin",
    "metformin 500-1000-1500-2000-2500-3000",
    "Keppra 1500-1250-1000-750-500-250 mg taper",
    "1000 2000 3000 4000 5000 6000",
])
def test_titrations_of_four_figure_doses_stay(deid, index, text):
    """Six doses or more going one way by even steps, those of four figures in steps of fifty milligrams, are a
    titration by their steps alone on both sides: no phone to the check, no card or tracking number to the
    redactor (the spaced one lost its last four steps as a tracking number of 16 figures)."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my card 1250 1500 1750 2000 was charged", "1750"),  # four groups: no taper, a number of 16 figures
    ("card 1250-1500-1750-2000", "1750"),
    ("call 555-123-4417 or 1200-1500", "4417"),
    ("tracking 1200 1500 1800 2101 8832 9", "8832"),  # uneven last steps: no taper
    ("ref 9400 1118 9922 3344 5566 77", "3344"),
    ("her number 600-900-1234", "1234"),  # a last group of four figures off the fifty-milligram steps
])
def test_numbers_beside_the_steps_are_still_taken(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("600-900-1200 then call 555-123-4417", "4417"),
    ("meds 1200 1500 then 415-262-7730", "7730"),
])
def test_a_phone_after_dashed_doses_is_still_seen(deid, index, text, secret):
    """The check's lettered-phone reading leaves a run of figures that goes on after its match to the whole run's
    reading; a phone beside it is still a phone to both sides."""
    assert probes.free_text_kinds(index, text), text
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "me duelen las piernas",
    "Me duelen las rodillas desde ayer",
    "me pican los ojos",
    "me gustan las naranjas",
    "hoje as pernas doem",
    "nos duelen las piernas",
])
def test_lower_case_prose_of_another_language_is_no_person(deid, index, text):
    """Every word an everyday word of one language (wordfreq), written in lower case, none of them a name of Faker's
    locales (its articles and pronouns, "las", "mir", aside): prose the English NER misread, not a person."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("tell maria to call", "maria"),
    ("hablé con rosa ayer", "rosa"),
    ("dile a carmen que venga", "carmen"),
    ("my neighbour edna brought it", "edna"),
    ("talked to smith", "smith"),
])
def test_lower_case_names_that_are_also_words_stay_names(deid, text, secret):
    """A given name or a family name is a name to the NER filter whatever its frequency as a word ("rosa" is pink,
    "edna" and "smith" are frequent words to wordfreq)."""
    out = probes.redacted(deid, text)
    assert secret not in out, out


def _leaky_messages() -> pa.Table:
    return pa.table({
        "patient_key": ["a", "b", "c", "d", "e"],
        "body": ["all good", "took it", "fine", "Rosa Quintero called about the refill", "ok"],
        "channel_note": ["sms", "sms", "app", "call 555-987-1200 later", "Rosa Quintero"],
    })


def _first_rows(report: LeakReport) -> dict[tuple[str, str], int | None]:
    return {(hit.column, hit.kind): hit.first_row for hit in report.hits}


@pytest.mark.verifies("REQ-DEID-001")
def test_a_refusal_names_the_first_row_of_each_kind(tmp_path):
    """Another patient's name and phone found among a column's distinct values name the first row that holds them,
    in a table held whole and in a Parquet file read batch by batch (batches of two rows, so the row is counted
    across batches); the value itself is never in the report."""
    index = probes.two_patients_index()
    table = _leaky_messages()
    held = LeakReport()
    index.scan_table("messages", table, held)
    path = tmp_path / "messages.parquet"
    pq.write_table(table, path)
    streamed = LeakReport()
    index.scan_parquet("messages", path, streamed, batch_rows=2)
    for report in (held, streamed):
        rows = _first_rows(report)
        assert rows[("body", "name")] == 3, rows
        assert rows[("channel_note", "name")] == 4, rows
        assert rows[("channel_note", "phone-shaped number")] == 3, rows
        assert all(row is not None for row in rows.values()), rows
        described = " ".join(hit.describe() for hit in report.hits)
        assert "Quintero" not in described and "987" not in described, described


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("su móvil es 655 44 33 22", "44 33"),
    ("mi número 655 44 33 22", "44 33"),
    ("la komórka: 601 22 11 05", "22 11"),
    ("mon numéro 612 34 21 10", "34 21"),
])
def test_a_phone_word_of_another_language_makes_falling_groups_a_phone(deid, index, text, secret):
    """A Spanish mobile grouped 3-2-2-2 falls like a series of readings; a word for a phone before it in the language
    of the message (black-box round 24: `su móvil es`, refused by the check, which saw the phone) makes it one to the
    redactor as well."""
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_thai_name_after_a_spaced_kin_word_goes(deid):
    """Round 9's reading of other scripts and round 24's Thai kin-word reading both take it (moved here from round 9's
    test, which asks that its reading alone does)."""
    out = probes.redacted(deid, "ลูกชาย สมชาย ใจดี")
    assert "สมชาย" not in out and "<PERSON>" in out and "ลูกชาย" in out, out
