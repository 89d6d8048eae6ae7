"""Silver (PHI) -> de-identified tables for the feature store, with a report and a leak check.

``deidentify(lake, key)`` reads ``lake/silver`` through the contract reader and publishes
``lake/deidentified/<table>/part-0000.parquet`` (patients, events, reminders, messages) plus
``lake/reports/deidentification.{json,md}``. Everything is written to a staging folder inside
the lake, leak-checked there, and only then published (``adherence.publish``: tables and
report switch together, with one rename): a contract violation, a leak or a kill at any
point leaves the previous output untouched. A killed run's staging is removed first thing
by the next run. After this step nothing
reads ``silver/`` again.

What changes: ``mrn`` becomes the contract's ``patient_key``; device serials become keyed
pseudonyms; names, contact details, street, city, ZIP5 and date of birth are dropped; the
age at enrolment (top-coded at 90), a 10-year age band and the Safe Harbor ZIP3 are added;
message bodies are redacted by :class:`~features.deid.text.TextDeidentifier`. True event
times stay (the research export is the one that shifts dates).
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from adherence import publish as publishing
from adherence.parallel import chunked, forked_map, usable_cpus
from features.deid import agewords, generalize
from features.deid import report as report_mod
from features.deid.everydaywords import everyday_words
from features.deid.keys import (
    device_pseudonyms,
    pack_serial_pseudonyms,
    patient_keys,
    policy_labels,
    record_pseudonym,
    record_pseudonym_many,
)
from features.deid.leakcheck import (
    AUTHOR_COLUMN,
    ID_LETTERS_LOOK,
    SEAM_REACH,
    SEAM_TIME_COLUMN,
    SEAM_WORD_REACH,
    IdentifierIndex,
    LeakError,
    LeakReport,
    authored_words,
    code_carriers,
    message_seams,
    record_id_names_someone,
    scan_folder,
    scan_json,
    scan_text,
    seams_over_replies,
)
from features.deid.normalize import (
    FEWEST_STRONG_SEAM_WORDS,
    fold_text,
    is_whole_number,
    number_words_at_the_end,
    number_words_at_the_start,
)
from features.deid.owner_seams import owner_pieces_redacted
from features.deid.patterns import alternation
from features.deid.people import label_names_someone
from features.deid.peoplewords import key as vocabulary_key
from features.deid.peoplewords import script_kin_words, script_of, seam_cue_words, seam_particles
from features.deid.readingwords import packs_dated_from
from features.deid.recognizers import FIRST_NAMES, LAST_NAMES
from features.deid.text import PatientIdentifiers, TextDeidentifier
from features.deid.third_parties import names_staff
from features.deid.worldwords import PLATE_COPULAS_AT_A_SEAM, PLATE_WORDS, VEHICLE_WORDS
from features.silver import STREAM_BATCH_ROWS, StreamedSilver, StreamedTable, quarantine_folder, stream_silver

OUTPUT_TABLES = ("patients", "events", "reminders", "messages")
PATIENT_COLUMNS = (
    "patient_key", "age_at_enrolment", "age_band", "sex", "zip3", "state", "timezone", "enrolled_at", "condition",
    "product_gtin", "doses_per_day", "comorbidity_count", "prior_hospitalizations_12m", "insurance",
)
REPORT_NAME = "deidentification"
#: Silver tables de-identified batch by batch, never held whole: one row per dose (38 million rows at
#: 100,000 patients x 180 days); the others are a row per patient, reminder or message.
STREAMED_TABLES = ("events",)
#: The one data file of each published table.
TABLE_FILE = "part-0000.parquet"
#: The Silver events' columns that identify a device or a pack (for :class:`IdentifierIndex`).
DEVICE_COLUMNS = ("device_id", "serial_number")

_TEXT_DEIDENTIFIER: TextDeidentifier | None = None


def text_deidentifier() -> TextDeidentifier:
    """One shared :class:`TextDeidentifier` per process (construction loads spaCy: seconds)."""
    global _TEXT_DEIDENTIFIER
    if _TEXT_DEIDENTIFIER is None:
        _TEXT_DEIDENTIFIER = TextDeidentifier()
    return _TEXT_DEIDENTIFIER


def _replace(table: pa.Table, name: str, new_name: str, values: pa.Array | pa.ChunkedArray) -> pa.Table:
    return table.set_column(table.column_names.index(name), new_name, values)


def _map_distinct(column: pa.ChunkedArray, mapping: Callable[[list[Any]], list[Any]]) -> pa.ChunkedArray:
    """``mapping`` (distinct values -> their pseudonyms, in order) computed once per distinct value of
    ``column`` and spread back over its rows by Arrow (``unique``, ``index_in``, ``take``).

    Why: the events table has a row per dose (38 million at 100,000 patients x 180 days) but only
    one MRN per patient, a device or two and a few hundred packs; a Python string per row cost
    gigabytes and most of the step's time. Nulls stay null when ``mapping`` keeps ``None``."""
    distinct = pc.unique(column)
    mapped = pa.array(mapping(distinct.to_pylist()), pa.string())
    return mapped.take(pc.index_in(column, value_set=distinct))


def _broad_subdivisions(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """``patients.state`` or ``events.region`` as published (:func:`~features.deid.generalize.broad_subdivision`)."""
    return _map_distinct(column, lambda codes: [None if code is None else generalize.broad_subdivision(code)
                                                for code in codes])  # fmt: skip


def deidentify_patients(patients: pa.Table, keys: list[str], notes: list[str] | None = None) -> pa.Table:
    """The de-identified patients table (sorted by ``patient_key``). Counts above
    :data:`~features.deid.generalize.COUNT_TOPS` are top-coded; ``notes`` hears how many were."""
    dobs = patients.column("date_of_birth").to_pylist()
    enrolled = [ts.date() for ts in patients.column("enrolled_at").to_pylist()]
    ages = generalize.ages_at(dobs, enrolled)
    columns: dict[str, pa.Array | pa.ChunkedArray] = {
        "patient_key": pa.array(keys, pa.string()),
        "age_at_enrolment": pa.array(ages, pa.int64()),
        "age_band": pa.array([generalize.age_band(a) for a in ages], pa.string()),
        "sex": patients.column("sex"),
        "zip3": pa.array([generalize.zip3(z, state) for z, state in zip(patients.column("zip5").to_pylist(),
                                                                          patients.column("state").to_pylist(),
                                                                          strict=True)], pa.string()),
    }
    for name in PATIENT_COLUMNS[5:]:
        columns[name] = patients.column(name)
    for name, top in generalize.COUNT_TOPS.items():
        coded, above = generalize.top_coded(patients.column(name).to_pylist(), top)
        columns[name] = pa.array(coded, patients.column(name).type)
        if above and notes is not None:
            notes.append(f"{name}: {above} values above {top} top-coded to {top}")
    columns["state"] = _broad_subdivisions(patients.column("state"))  # a municipality is smaller than a state
    # a time zone named for a town is a place smaller than a state: published as a broad zone with the same clock
    since = min(enrolled, default=datetime.date.today())
    columns["timezone"] = _map_distinct(patients.column("timezone"), lambda zones: [
        None if zone is None else generalize.broad_timezone(zone, since) for zone in zones])
    table = pa.table(columns)
    return table.take(pc.sort_indices(table, [("patient_key", "ascending")]))


def _owners(patients: pa.Table) -> dict[str, PatientIdentifiers]:
    rows = patients.select(
        ["mrn", "full_name", "date_of_birth", "phone", "email", "street_address", "city", "state", "zip5"]
    ).to_pylist()
    return {row["mrn"]: PatientIdentifiers(**row) for row in rows}


def _pseudonymise_ids_if_needed(table: pa.Table, id_column: str, index: IdentifierIndex, key: bytes,
                                notes: list[str]) -> pa.Table:
    """Record ids are kept unless one embeds an identifier (an MRN or its digits, a phone number
    or its last seven digits, a name, an e-mail of a patient's; anybody's e-mail address, seven digits or more in a
    row, or a capitalised name of the gazetteer); then the whole column becomes keyed pseudonyms."""
    replace = _ids_embed_identifiers([table.column(id_column)], index)
    notes.append(_id_note(id_column, replace))
    return _pseudonymised_ids(table, id_column, index, key) if replace else table


def _ids_embed_identifiers(columns: Iterable[pa.ChunkedArray], index: IdentifierIndex) -> bool:
    """Whether any value of a record-id column, given whole or a batch at a time, embeds an identifier
    (stops at the first batch that has one)."""
    return any(_any_embeds_an_identifier(pc.drop_null(pc.unique(column)), index) for column in columns)


def _id_note(id_column: str, replaced: bool) -> str:
    if replaced:
        return f"{id_column}: replaced by keyed pseudonyms (some values embedded an identifier)"
    return f"{id_column}: kept (no value embeds an identifier)"


def _pseudonymised_ids(table: pa.Table, id_column: str, index: IdentifierIndex, key: bytes) -> pa.Table:
    """``table`` with its record ids replaced by keyed pseudonyms (each a function of its id alone, so a
    batch's are those of the whole column)."""
    pseudonyms = _map_distinct(table.column(id_column), lambda ids: record_pseudonyms(ids, key, index))
    return _replace(table, id_column, id_column, pseudonyms)


#: Draws of a record id's pseudonym before giving up (each one reads as an identifier with a
#: chance below one in a million: :data:`~features.deid.keys.RECORD_ID_LETTERS`).
MAX_PSEUDONYM_DRAWS = 8


def record_pseudonyms(ids: Sequence[str], key: bytes, index: IdentifierIndex) -> list[str]:
    """:func:`~features.deid.keys.record_pseudonym` of each of the distinct ``ids``, drawn again
    for any the leak check would read as holding an identifier (its record-id reading:
    ``may_hold_identifiers`` then ``embeds_identifier``), so a publish never fails on chance.

    Raises RuntimeError if some id still reads as one after :data:`MAX_PSEUDONYM_DRAWS` draws
    (a bug in the pseudonym's alphabet, not bad input)."""
    pseudonyms = record_pseudonym_many(ids, key)
    for draw in range(1, MAX_PSEUDONYM_DRAWS + 1):
        flagged = {p for p in index.may_hold_identifiers(pa.array(pseudonyms, pa.string()))
                   if index.embeds_identifier(p)}
        if not flagged:
            return pseudonyms
        pseudonyms = [record_pseudonym(v, key, draw) if p in flagged else p for v, p in zip(ids, pseudonyms, strict=True)]
    raise RuntimeError(f"record-id pseudonyms still read as identifiers after {MAX_PSEUDONYM_DRAWS} draws")


#: An e-mail address inside a record id ("msg-ana.diaz@example.org-7"), whoever's it is.
_ANY_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
#: A phone number or an SSN in a record id, whoever's: after a "+" ("sms:+16125550149:20261103T142233"), ten digits
#: in a row, or three groups shaped as a NANP number or an SSN ("claim-123-45-6789"; an ISO date in an id triggers it
#: too: pseudonyms cost nothing there), or ten digits in two groups. A plain counter ("msg-1000001") does not.
_PHONE_OR_SSN = re.compile(r"\+\d{7,}|\d{10,}|\d{3}[ .()-]{1,2}\d{2,4}[ .()-]{1,2}\d{4}"
                           # ten digits in two groups, in either order ("msg-0198-314662": a phone's tail, then its head),
                           # the second not zero-padded (a numbered id, "M0000-000001", is none)
                           r"|(?:^|\D)(?:\d{3}[ ._-][1-9]\d{6}|\d{4}[ ._-][1-9]\d{5}|\d{5}[ ._-][1-9]\d{4}|\d{6}[ ._-][1-9]\d{3}"
                           r"|\d{7}[ ._-][1-9]\d{2})"
                           r"(?:\D|$)")
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")


def _any_embeds_an_identifier(distinct: pa.Array, index: IdentifierIndex) -> bool:
    """Whether any of the ``distinct`` record ids holds anybody's e-mail, phone or SSN shape or gazetteer name, or a
    Silver patient's identifier (the cheap column-wise tests first)."""
    if pc.any(pc.match_substring_regex(distinct, _ANY_EMAIL.pattern)).as_py():
        return True
    if pc.any(pc.match_substring_regex(distinct, _PHONE_OR_SSN.pattern)).as_py():
        return True
    capitalised = pc.filter(distinct, pc.match_substring_regex(distinct, _CAPITALISED.pattern))
    if any(map(_names_someone, capitalised.to_pylist())):
        return True
    lettered = pc.filter(distinct, pc.match_substring_regex(distinct, ID_LETTERS_LOOK))
    if any(map(record_id_names_someone, lettered.to_pylist())):  # in any case (round 17: "caregiver-rhiannon-pryce-2")
        return True
    return any(index.embeds_identifier(value) for value in index.may_hold_identifiers(distinct))


def _names_someone(value: str) -> bool:
    """Whether a record id holds a capitalised given name or surname of the gazetteer ("2026-11-03_from_Kezia_Mbatha")."""
    return any(word.lower() in FIRST_NAMES or word.lower() in LAST_NAMES for word in _CAPITALISED.findall(value))

#: A policy label kept as written is a short code ("explore-09@1"): a letter first, then letters and
#: digits in pieces joined by "-", "_", ".", "@", ":", "/" or "+", at most this many characters.
POLICY_CODE_MAX_LENGTH = 32
_POLICY_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.@:/+][A-Za-z0-9]+)*")
_LONG_NUMBER = re.compile(r"\d{5,}")  # as long as a ZIP code, an MRN or a phone number


def is_policy_code(label: str, index: IdentifierIndex) -> bool:
    """Whether a reminder policy label is a code that can be published as written.

    The contract leaves ``policy`` free text, and a producer may write a person's name there
    (the nurse who set the schedule, the patient). A code has a version digit, no number as long
    as a ZIP code or a phone number, no word piece that is a given name or surname of the
    gazetteer ("anna-2"), and nothing a patient is known by; anything else is pseudonymised.
    """
    return (len(label) <= POLICY_CODE_MAX_LENGTH and _POLICY_CODE.fullmatch(label) is not None
            and any(c.isdigit() for c in label) and _LONG_NUMBER.search(label) is None
            and not any(piece.lower() in FIRST_NAMES or piece.lower() in LAST_NAMES
                        for piece in re.findall(r"[A-Za-z]+", label))
            and not names_staff(label)  # "nurse-yazzie@2": a staff member's surname no gazetteer lists
            and not label_names_someone(label)  # "ngata-am@1": a word no code holds, with no role word
            and not index.embeds_identifier(label))


#: A policy label is published as written only when at least this many patients carry it (all of a lake's patients
#: when it has fewer): a label only one patient or a few carry singles them out, whatever it looks like, and a
#: producer may build it from their identifiers in a way no comparison foresees.
POLICY_CODE_FEWEST_PATIENTS = 5


def shared_policy_codes(table: pa.Table, index: IdentifierIndex) -> set[str]:
    """The ``policy`` labels of a rekeyed reminders ``table`` that are published as written (none when ``index`` was
    built without the patient keys, so knows no row's patient): codes
    (:func:`is_policy_code`) that :data:`POLICY_CODE_FEWEST_PATIENTS` patients or more carry and in which, row by
    row, the leak check's reading of that row's patient's identifiers (:meth:`OwnerForms.code_kinds`: DOB pieces,
    the ZIP, the e-mail's local part, the town, a name in leet spelling) finds none of them."""
    carriers = code_carriers(table.column("policy"), table.column("patient_key"))
    fewest = min(POLICY_CODE_FEWEST_PATIENTS, len(index.owners) or POLICY_CODE_FEWEST_PATIENTS)
    candidates = {label: keys for label, keys in carriers.items() if len(keys) >= fewest and is_policy_code(label, index)}
    return set(candidates) - set(index.owners_in_codes(candidates))


def _pseudonymise_policies(table: pa.Table, index: IdentifierIndex, key: bytes, notes: list[str]) -> pa.Table:
    """``policy`` labels that are not shared codes (:func:`shared_policy_codes`) become ``policy-<keyed pseudonym>``."""
    labels = table.column("policy")
    codes = shared_policy_codes(table, index)
    published = _map_distinct(labels, lambda distinct: policy_labels(distinct, key, codes.__contains__))
    if published.equals(labels):
        notes.append("policy: kept (every label is a code)")
        return table
    notes.append("policy: labels that are not codes shared by several patients replaced by keyed pseudonyms (policy-...)")
    return _replace(table, "policy", "policy", published)


def key_map(patients: pa.Table, key: bytes) -> dict[str, str]:
    """mrn -> the contract's ``patient_key``."""
    mrns = patients.column("mrn").to_pylist()
    return dict(zip(mrns, patient_keys(mrns, key), strict=True))


#: ``progress(step, done, total)``: what a long run reports (``total`` None where unknown).
Progress = Callable[[str, int, int | None], None]


def _no_progress(step: str, done: int, total: int | None) -> None:
    return None


def _rekey(table: pa.Table, key_of: Mapping[str, str]) -> pa.Table:
    """``mrn`` replaced by the contract's ``patient_key``."""
    return _replace(table, "mrn", "patient_key", _map_distinct(table.column("mrn"), lambda mrns: [key_of[m] for m in mrns]))


def published_events(events: pa.Table, key_of: Mapping[str, str], key: bytes) -> pa.Table:
    """Silver events (all of them, or a batch: every value's pseudonym is a function of the value alone) as
    published, record ids aside: rekeyed, device ids and pack serials as keyed pseudonyms, the region broadened."""
    events = _rekey(events, key_of)
    events = _replace(events, "device_id", "device_id",
                      _map_distinct(events.column("device_id"), lambda ids: device_pseudonyms(ids, key)))
    events = _replace(events, "region", "region", _broad_subdivisions(events.column("region")))
    events = _replace(events, "serial_number", "serial_number",
                      _map_distinct(events.column("serial_number"), lambda serials: pack_serial_pseudonyms(serials, key)))
    # The scanned DataMatrix holds the serial in clear; its fields are already in their own columns (checked
    # to agree with it on reading), so the raw string is not carried past the boundary.
    return _replace(events, "raw_datamatrix", "raw_datamatrix", pa.nulls(events.num_rows, pa.string()))


def write_events(events: StreamedTable, key_of: Mapping[str, str], key: bytes, index: IdentifierIndex, folder: Path,
                 notes: list[str], progress: Progress = _no_progress) -> None:  # fmt: skip
    """De-identify the streamed Silver events batch by batch into ``folder/part-0000.parquet`` (a row group a
    batch). A pass over ``event_id`` alone first decides whether the record ids become pseudonyms (``notes``
    hears which). ``progress`` hears the rows written."""
    replace = _ids_embed_identifiers((batch.column("event_id") for batch in events.batches(["event_id"])), index)
    notes.append(_id_note("event_id", replace))
    total = events.rows
    progress("pseudonymising events", 0, total)
    folder.mkdir(parents=True)
    writer: pq.ParquetWriter | None = None
    done = 0
    try:
        for batch in events.batches():
            published = published_events(batch, key_of, key)
            if replace:
                published = _pseudonymised_ids(published, "event_id", index, key)
            writer = writer or pq.ParquetWriter(folder / TABLE_FILE, published.schema, compression="zstd")
            writer.write_table(published)
            done += batch.num_rows
            progress("pseudonymising events", done, total)
    finally:
        if writer is not None:
            writer.close()


def build_tables(
    silver: StreamedSilver, key: bytes, deid: TextDeidentifier, index: IdentifierIndex, staged: Path,
    progress: Progress = _no_progress,
) -> tuple[dict[str, pa.Table], Counter[str], Counter[str], list[str]]:
    """The de-identified tables held whole (patients, reminders, messages), redaction counts per placeholder
    (text engine; then the residual pass over every *other* patient's known identifiers), and notes on
    pseudonyms. The streamed events are written to ``staged/events`` batch by batch (:func:`write_events`).
    ``progress`` hears each step, the event rows written and the messages redacted so far."""
    patients = silver.tables["patients"]
    mrns = patients.column("mrn").to_pylist()
    key_of = key_map(patients, key)
    notes = [
        "patient_key = first 32 hex of HMAC-SHA256(secret, mrn) (Silver contract)",
        "device_id = 'dev-' + 24 hex of HMAC-SHA256(secret, domain prefix + serial)",
        "serial_number = 'sn-' + 24 hex of HMAC-SHA256(secret, domain prefix + pack serial); raw_datamatrix dropped",
    ]
    out = {"patients": deidentify_patients(patients, [key_of[m] for m in mrns], notes)}
    write_events(silver.streamed["events"], key_of, key, index, staged / "events", notes, progress)
    reminders = _pseudonymise_policies(_rekey(silver.tables["reminders"], key_of), index, key, notes)
    out["reminders"] = _pseudonymise_ids_if_needed(reminders, "reminder_id", index, key, notes)

    messages = silver.tables["messages"]
    owners = _owners(patients)
    message_mrns = messages.column("mrn").to_pylist()
    total = messages.num_rows
    progress("redacting messages", 0, total)
    result = deid.redact(messages.column("body").to_pylist(), [owners[m] for m in message_mrns],
                         lambda done: progress("redacting messages", done, total))
    texts = result.texts
    if SEAM_TIME_COLUMN in messages.column_names:  # round 30: a patient's consecutive messages read across their seam
        texts = seam_redacted(deid, texts, message_mrns, messages.column(SEAM_TIME_COLUMN).to_pylist(),
                              [owners[m] for m in message_mrns], result.counts, raw=messages.column("body").to_pylist(),
                              authors=messages.column(AUTHOR_COLUMN).to_pylist()
                              if AUTHOR_COLUMN in messages.column_names else None)
    progress("residual pass over other patients' identifiers", 0, total)
    residual: Counter[str] = Counter()
    bodies: list[str] = []
    rows = list(zip(texts, (key_of[mrn] for mrn in message_mrns), strict=True))
    workers = usable_cpus() if total >= 2 * RESIDUAL_CHUNK else 1
    for texts, counts in forked_map(_residual_pass, index, chunked(rows, RESIDUAL_CHUNK), workers):
        bodies += texts
        residual.update(counts)
        progress("residual pass over other patients' identifiers", len(bodies), total)
    messages = _replace(_rekey(messages, key_of), "body", "body", pa.array(bodies, pa.string()))
    out["messages"] = _pseudonymise_ids_if_needed(messages, "message_id", index, key, notes)
    return out, result.counts, residual, notes


#: round 30: the figures that end a message (a mark or blanks after them) and that start one, within the seam's reach
_FIGURES_AT_THE_END = re.compile(r"[+(]?\d(?:[ \t().-]?\d)*[ \t.,;:!?]*\Z")
_FIGURES_AT_THE_START = re.compile(r"[ \t]*([(]?\d(?:[ \t().-]?\d)*)")
_PLACEHOLDER_LOOK = re.compile(r"<[A-Z_]+>")
#: round 35 (r35seams): the last word of a message and the first of the next (blanks and marks around them skipped)
_LAST_SEAM_WORD = re.compile(r"([^\W_]+)[.,:;)\]'’\s-]*\Z")
_FIRST_SEAM_WORD = re.compile(r"[\s(\[\-]*([^\W_]+)")
#: a Han, kana or hangul character: a name in these scripts is written without blanks and splits anywhere
_CJK_CHARACTER = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: the minutes of a time at the end of a message ("at 10:15"): no day of a month across the seam ("15 Mayo Clinic")
_MINUTES_AT_THE_END = re.compile(r"\d:\d\d[\s.,;]*\Z")
#: blanks and marks at a piece's edge, left out of what a placeholder replaces
_SEAM_EDGE_MARKS = " \t\n.,;:!?…)(-"


def _a_joinable_seam(first: str, second: str) -> bool:
    """Round 35 (r35seams): whether the end of ``first`` and the start of ``second`` may make one identifier read
    together: figures at either edge (a phone, an ID, a plate "1234" then "BCD", a year after "born in", an age after
    "turned"), a capitalised word ending one and opening the other (a title or given name, then a surname: "Mr" then
    "Okonkwo"), or Han/kana/hangul on both sides (a name split anywhere: "我的护士叫王" then "芳")."""
    if _kin_word_then_its_script(first[-SEAM_REACH:], second[:SEAM_REACH]):
        return True  # round 39 (r39kin): "আমার ছেলে" then "রাহুল ওষুধ এনেছে"
    last, opening = _LAST_SEAM_WORD.search(first[-SEAM_REACH:]), _FIRST_SEAM_WORD.match(second[:SEAM_REACH])
    if last is None or opening is None:
        return False
    before, after = last.group(1), opening.group(1)
    if any(c.isdigit() for c in before + after):
        return True
    if _CJK_CHARACTER.match(before[-1]) and _CJK_CHARACTER.match(after[0]):
        return True
    if _a_plate_word_then_a_code(first[-SEAM_REACH:], second[:SEAM_REACH]):
        return True  # round 41 (r41plates): "My plate is" then "ABC 1234"
    if after[0].isupper() and _ends_with_a_cue(first[-SEAM_REACH:]):
        return True  # round 37 (r37seams): a title, role, naming word or street's word in any case ("il dottor")
    return before[0].isupper() and after[0].isupper()


_SEAM_SCRIPT_TOKEN = re.compile(r"[^\s,.;:!?،؟।።፣។]+")


def _kin_word_then_its_script(tail: str, head: str) -> bool:
    """Round 39 (r39kin): whether ``tail`` ends with a kin word of a script with no capitals
    (:func:`~features.deid.peoplewords.script_kin_words`) and ``head`` opens with a word of the same script: the
    relative's name may open the next message ("আমার ছেলে" then "রাহুল ওষুধ এনেছে"); the redactor reads the two
    together as one message."""
    last, opening = _SEAM_SCRIPT_TOKEN.findall(tail)[-1:], _SEAM_SCRIPT_TOKEN.match(head.lstrip())
    return bool(last) and opening is not None and last[0] in script_kin_words() and script_of(
        opening.group()) == script_of(last[0])


#: round 37 (r37seams): a word, and the most words read back from a message's end for a cue before a name
_SEAM_WORDS = re.compile(r"[^\W_]+")
_CUE_WORDS_READ = 4


def _ends_with_a_cue(tail: str) -> bool:
    """Round 37 (r37seams): whether ``tail`` ends with a word of :func:`~features.deid.peoplewords.seam_cue_words`,
    particles of :func:`~features.deid.peoplewords.seam_particles` after it or not ("il dottor", "12 rue des",
    "Frau von")."""
    words = [vocabulary_key(word) for word in _SEAM_WORDS.findall(tail)[-_CUE_WORDS_READ:]]
    while len(words) > 1 and words[-1] in seam_particles():
        words.pop()
    return bool(words) and words[-1] in seam_cue_words()


#: round 41 (r41plates): a message opening with capitals and figures (a plate's or a code's start: "ABC 1234"), and
#: the plate's and vehicle's words as the seam reads them
_CAPITALS_AND_FIGURES_FIRST = re.compile(r"[\s(\[\-]*[A-Z]{1,4}[ \t-]?\d")
_PLATE_WORDS_AT_A_SEAM = frozenset(word.lower() for word in (*PLATE_WORDS, *VEHICLE_WORDS))


def _a_plate_word_then_a_code(tail: str, head: str) -> bool:
    """Round 41 (r41plates): whether ``tail`` ends with a plate's or a vehicle's word (a copula or a word of number
    after it or not: "My plate is", "registration:") and ``head`` opens with capitals and figures: the plate said
    across the seam, whose letters the messages alone left ("ABC" of "ABC 1234")."""
    if not _CAPITALS_AND_FIGURES_FIRST.match(head):
        return False
    words = tail.lower().replace(":", " ").split()[-_CUE_WORDS_READ:]
    while words and words[-1].strip(".,;-—–=#") in PLATE_COPULAS_AT_A_SEAM | {""}:
        words.pop()
    return any(" ".join(words[k:]).strip(".,;-—–=#") in _PLATE_WORDS_AT_A_SEAM for k in range(len(words)))


#: round 37 (r37seams): a piece of a code of capitals and figures ending a message and one opening the next
_CODE_AT_THE_END = re.compile(r"(?<![\w-])([A-Z0-9]{4,})\Z")
_CODE_AT_THE_START = re.compile(r"([A-Z0-9]{4,})(?![\w-])")


def _one_code(tail: str, head: str) -> bool:
    """Round 37 (r37seams): whether ``tail`` ends and ``head`` starts with a piece of one code, letters and figures
    in each, ten characters or more together ("RSSMRA85" then "T10A562S": a codice fiscale cut in two, read whole)."""
    last, opening = _CODE_AT_THE_END.search(tail), _CODE_AT_THE_START.match(head)
    return last is not None and opening is not None and len(last.group(1) + opening.group(1)) >= 10 and all(
        any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece) for piece in (last.group(1), opening.group(1)))


#: round 42 (the 42nd black-box round): a message's last line that is a record's field, "key: value" ("ZIP: 32700",
#: "Caregiver: Ana Lima", "- dob: 1958-03-04"), whose value the redactor's field reading takes to the line's end
_FIELD_LINE_CLOSING = re.compile(r"(?:\A|\n)[ \t]*(?:-[ \t]{1,4})?[A-Za-z][\w.\-]{0,40}[ \t]{0,4}:[ \t]{1,8}[^\n]+\Z")


def _a_field_line_closing(text: str) -> bool:
    """Round 42: whether ``text`` (a whole message) closes with a line of a record's field (:data:`_FIELD_LINE_CLOSING`):
    its seam with the next message is read as a new line, not as more of the value ("ZIP: 32700" then "What are my
    options?" gave the whole second message as the ZIP); figures that end it and open the next message still join
    ("ZIP: 77" then "002"), a number cut in two."""
    return ":" in text and _FIELD_LINE_CLOSING.search(text[-(SEAM_REACH * 4):]) is not None


def _seam_window(raw: tuple[str, str]) -> tuple[str, str, str, str]:
    """The text :func:`_window_redacted` reads at the seam of ``raw``'s two messages, the tail and head it is made of
    and what joins them: the last :data:`SEAM_REACH` characters of one and the first of the other, joined by a blank,
    or by nothing between two Han/kana characters, or by a line break after a field's line (round 42); the next
    message's opening word, capitalised because it opens it and an everyday English word, in lower case ("... at 7"
    then "Took my Xarelto": no street)."""
    tail, head = raw[0][max(0, len(raw[0]) - SEAM_REACH):], raw[1][:SEAM_REACH]
    glue = "" if _CJK_CHARACTER.match(tail[-1:] or " ") and _CJK_CHARACTER.match(head[:1] or " ") else " "
    if _one_code(tail, head):  # round 37: the code's pieces with nothing between ("RSSMRA85T10A562S")
        glue = ""
    elif _a_field_line_closing(raw[0]) and not (tail.rstrip()[-1:].isdigit() and head.lstrip()[:1].isdigit()):
        glue = "\n"  # round 42: a field's value ends with its line ("ZIP: 32700" then "What are my options?")
    opening = _FIRST_SEAM_WORD.match(head)
    read = head
    if opening is not None and opening.group(1)[:1].isupper() and opening.group(1).lower() in everyday_words("en"):
        at = opening.start(1)
        read = head[:at] + head[at].lower() + head[at + 1:]
    return tail + glue + read, tail, head, glue


def _window_redacted(found: str, texts: tuple[str, str], raw: tuple[str, str],
                     counts: Counter[str]) -> tuple[str, str]:
    """``texts`` with what the redactor found (``found``, its reading of :func:`_seam_window` of ``raw``) at their
    seam taken out of both (round 35, r35seams): a find that crosses the seam or touches it, and that was no
    placeholder already, becomes its placeholder in each side it covers; the minutes of a time are no day of a month
    ("at 10:15" then "Mayo Clinic"); the figures of a reading stay figures with the words around them read too ("and
    120" then "80 after lunch": no ZIP). The window is read in ``raw`` (the texts before redaction: "born on 3 March"
    then "1929" is a date of birth, "born on <DATE>" then "1929" no longer one); a find goes from a side of ``texts``
    whose edge is still as written there."""
    first, second = texts
    joined, tail, head, glue = _seam_window(raw)
    cut = len(raw[0]) - len(tail)
    spans = _placeholder_spans(found, joined)
    if not spans:
        return texts
    seam, begin = len(tail), len(tail) + len(glue)
    firsts: list[tuple[int, int, str]] = []
    seconds: list[tuple[int, int, str]] = []
    for start, end, placeholder in spans:
        if _PLACEHOLDER_LOOK.fullmatch(joined[start:end].strip(_SEAM_EDGE_MARKS)):
            continue
        in_tail = start < seam and end > len(tail.rstrip(_SEAM_EDGE_MARKS)) - 1
        in_head = end > begin and start <= begin + len(head) - len(head.lstrip(_SEAM_EDGE_MARKS))
        if not (in_tail or in_head) or (in_tail and in_head and _MINUTES_AT_THE_END.search(tail)):
            continue
        if in_tail:
            stop = start + len(joined[start:min(end, seam)].rstrip(_SEAM_EDGE_MARKS))
            firsts.append((cut + start - len(raw[0]), cut + stop - len(raw[0]), placeholder))
        if in_head:
            lead = max(start, begin) - begin
            lead += len(head[lead:end - begin]) - len(head[lead:end - begin].lstrip(_SEAM_EDGE_MARKS))
            seconds.append((lead, end - begin, placeholder))
        counts[placeholder.strip("<>")] += 1
    for start, stop, placeholder in sorted(firsts, reverse=True):  # counted from the end: the tail is as written
        if stop > start and first.endswith(raw[0][start:]):
            first = first[:len(first) + start] + placeholder + first[len(first) + stop:]
    for start, stop, placeholder in sorted(seconds, reverse=True):
        if stop > start and second.startswith(raw[1][:stop]):
            second = second[:start] + placeholder + second[stop:]
        elif stop > start and (moved := _stop_past_placeholders(second, raw[1], start, stop)) is not None:
            second = second[:start] + placeholder + second[moved:]
    return first, second


def _stop_past_placeholders(text: str, raw: str, start: int, stop: int) -> int | None:
    """Round 41 (r41plates): where ``raw``'s ``stop`` falls in ``text`` (``raw`` redacted) when the redactor's own
    placeholders there lie wholly between ``start`` and ``stop`` and ``text`` is as written before ``start`` ("ABC
    1234" then "ABC <ZIP>": the plate read across the seam takes the letters the message alone left); ``None``
    otherwise."""
    if not text.startswith(raw[:start]):
        return None
    inside = [(begin, end, placeholder) for begin, end, placeholder in _placeholder_spans(text, raw) if begin < stop]
    if not inside or any(begin < start or end > stop for begin, end, _ in inside):
        return None
    return stop + sum(len(placeholder) - (end - begin) for begin, end, placeholder in inside)


def _placeholder_spans(found: str, text: str) -> list[tuple[int, int, str]]:
    """The spans of ``text`` that the redactor's ``found`` (``text`` redacted) replaced, with their placeholders:
    ``found``'s other characters are ``text``'s own; none when the two do not line up."""
    parts = _PLACEHOLDER_LOOK.split(found)
    placeholders = _PLACEHOLDER_LOOK.findall(found)
    if not placeholders:
        return []
    pattern = "".join(re.escape(part) + ("(.+?)" if i < len(placeholders) else "") for i, part in enumerate(parts))
    match = re.fullmatch(pattern, text, re.DOTALL)
    if match is None:
        return []
    return [(match.start(i + 1), match.end(i + 1), placeholder) for i, placeholder in enumerate(placeholders)]


def seam_redacted(deid: TextDeidentifier, texts: Sequence[str], mrns: Sequence[str], times: Sequence[object],
                  owners: Sequence[PatientIdentifiers | None], counts: Counter[str],
                  raw: Sequence[str | None] | None = None, authors: Sequence[str | None] | None = None) -> list[str]:
    """``texts`` with an identifier split over a patient's two consecutive messages taken out of both (round 30: "my
    number is 555 123", then "4417 call me"): the figures that end one message and those that start the next, read
    together by the redactor, give a placeholder that neither gives alone; each piece becomes that placeholder
    (counted in ``counts``). The leak check reads the same seams its own way
    (:meth:`~features.deid.leakcheck.IdentifierIndex.scan_message_seams`). Round 35: ``raw``, the texts before any
    redaction (``texts`` when not given), is what the window of each side is read in (:func:`_window_redacted`).
    Round 37 (r37seams): with ``authors``, a patient's two messages with the care team's replies between them are
    read across too (:func:`~features.deid.leakcheck.seams_over_replies`); figures ending a message that the unit
    opening the next makes a measure are kept (:func:`_measures_kept`)."""
    out = list(texts)
    before = list(raw) if raw is not None else list(texts)
    seams = message_seams(mrns, times)
    for (row, middle), (same, after) in itertools.pairwise(seams):
        if same == middle and is_whole_number(out[middle] or ""):
            _three_redacted(deid, out, (row, middle, after), owners[row], counts)
    pairs = seams + (seams_over_replies(mrns, times, authors) if authors is not None else [])
    # round 35: a window of each side read together, words too, all such seams' in one batch
    joinable = [(row, after) for row, after in pairs if _a_joinable_seam(before[row] or "", before[after] or "")]
    windows = [_seam_window((before[row] or "", before[after] or ""))[0] for row, after in joinable]
    read = deid.redact(windows, [owners[row] for row, _ in joinable]).texts if joinable else []
    found = dict(zip(joinable, read, strict=True))
    _measures_kept(deid, out, before, seams, owners)
    for row, after in pairs:
        first, second = out[row] or "", out[after] or ""
        if (row, after) in found:
            out[row], out[after] = _window_redacted(found[row, after], (first, second),
                                                    (before[row] or "", before[after] or ""), counts)
            continue
        if (said := _said_number_pieces(first, second)) is not None:
            pieces = said  # round 31: a number said in words across the seam ("five five five one two", "three ...")
        else:
            continue
        piece, start = first[pieces[0]:pieces[1]], second[pieces[2]:pieces[3]]
        joined, alone, other = deid.redact([f"{piece} {start}", piece, start], [owners[row]] * 3).texts
        new = set(_PLACEHOLDER_LOOK.findall(joined)) - set(_PLACEHOLDER_LOOK.findall(alone + other))
        if new:
            placeholder = sorted(new)[0]
            out[row] = first[:pieces[0]] + placeholder + first[pieces[1]:]
            out[after] = second[:pieces[2]] + placeholder + second[pieces[3]:]
            counts[placeholder.strip("<>")] += 1
    # round 39 (r39ownernum): the owner's phone in figure groups over messages, a name part cut at a seam
    owner_pieces_redacted(out, before, seams, pairs, owners, counts, authors)
    _age_tails_redacted(out, pairs, counts)
    _split_ages_redacted(out, pairs, counts)
    return out


#: round 42 (r42numbers): an age's ninety (or its placeholder) closing a message, and a unit opening the next with a
#: hyphen at the seam, the number's "and", or an end or a word of time or years after it ("ninety", then "-four now")
_NINETY_CLOSING = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(agewords.OLD_TENS_BEFORE_A_SEAM)})[ \t]*(?P<hyphen>-)?"
                             r"[ \t]*\Z)")
_UNIT_OPENING = re.compile(rf"(?i:[ \t]*(?P<hyphen>-)?[ \t]*(?:(?:{alternation(agewords.UNIT_JOINS_AT_A_SEAM)})[ \t]+)?"
                           r"(?P<unit>[^\W\d_]+)(?![^\W\d_])(?P<after>[ \t]*[^\W\d_]*))")
_AGE_TAIL_FOLLOWERS = frozenset({"", *agewords.PERSON_AGE_TIME_WORDS, *agewords.YEARS_WORDS, "next", "this", "last",
                                 "and", "but", "so"})


def _age_tails_redacted(out: list[str], pairs: Sequence[tuple[int, int]], counts: Counter[str]) -> None:
    """Round 42 (r42numbers): the unit of an age over 89 that opens the patient's next message ("my mother is
    ninety", then "-four now": the first message's ninety goes as an age, the four told which) goes as ``<AGE>`` in
    ``out``, where a hyphen stands at the seam, the number's "and" before the unit, or an end, a mark or a word of time
    or years after it ("four next week"; "four pills a day" keeps its count)."""
    for row, after in pairs:
        closing = _NINETY_CLOSING.search(out[row] or "")
        if closing is None or "<AGE>" not in (out[row] or "")[closing.start():]:
            continue
        opening = _UNIT_OPENING.match(out[after] or "")
        if opening is None or not 1 <= agewords.SMALL_NUMBER_WORDS.get(fold_text(opening.group("unit").lower()), 0) <= 9:
            continue
        joined = closing.group("hyphen") or opening.group("hyphen") or opening.group(0).split()[0].lower() in (
            agewords.UNIT_JOINS_AT_A_SEAM)
        if joined or opening.group("after").strip().lower() in _AGE_TAIL_FOLLOWERS:
            text = out[after] or ""
            out[after] = text[:opening.start("unit")] + "<AGE>" + text[opening.end("unit"):]
            counts["AGE"] += 1


#: round 43 (r43ages): the first half of an age said the German or the French way closing a message ("dreiund",
#: "drei und-", "quatre-vingt"), and its second half opening the next ("neunzig", "und neunzig", "-treize ans")
_GERMAN_UNIT_CLOSING, _GERMAN_TENS_OPENING, _FRENCH_EIGHTY_CLOSING, _FRENCH_TEEN_OPENING = (
    re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"(?<![^\W\d_])(?P<half>(?:{alternation(agewords.GERMAN_UNITS_BEFORE_TENS)})(?P<und>[ \t]*{agewords.GERMAN_AND})?)"
    r"[ \t]*-?[ \t]*\Z",
    rf"[ \t]*-?[ \t]*(?P<half>(?P<und>{agewords.GERMAN_AND}[ \t]*)?(?:{alternation(agewords.GERMAN_TENS_AFTER_A_UNIT)}"
    r"|<AGE>))(?![^\W\d_])",
    rf"(?<![^\W\d_])(?P<half>{alternation(agewords.FRENCH_EIGHTY)})[ \t]*(?P<hyphen>-)?[ \t]*\Z",
    rf"[ \t]*(?P<hyphen>-)?[ \t]*(?P<half>(?:{alternation(agewords.FRENCH_TEENS_AFTER_EIGHTY)})(?:-[^\W\d_]+)?)"
    r"(?![^\W\d_])(?P<after>[ \t]*[^\W\d_]*)"))


def _split_ages_redacted(out: list[str], pairs: Sequence[tuple[int, int]], counts: Counter[str]) -> None:
    """Round 43 (r43ages): an age over 89 said over two of a patient's messages the German or the French way, where
    neither half is an age alone ("Oma wird dreiund", then "neunzig Jahre alt"; "ma mère a quatre-vingt", then
    "-treize ans"): both halves go as ``<AGE>`` in ``out`` (a half already ``<AGE>`` stays one). German needs its
    "und" at the seam; French a hyphen there or an end, a mark or a word of time or years after the teen ("quatre-vingt"
    then "dix comprimés" is a count)."""
    for row, after in pairs:
        first, second = out[row] or "", out[after] or ""
        closing, opening = _GERMAN_UNIT_CLOSING.search(first), _GERMAN_TENS_OPENING.match(second)
        if not (closing and opening and (closing.group("und") or opening.group("und"))):
            closing, opening = _FRENCH_EIGHTY_CLOSING.search(first), _FRENCH_TEEN_OPENING.match(second)
            if not (closing and opening and (closing.group("hyphen") or opening.group("hyphen") or opening.group(
                    "after").strip().lower() in _AGE_TAIL_FOLLOWERS)):
                continue
        out[row] = first[:closing.start("half")] + "<AGE>" + first[closing.end("half"):]
        if opening.group("half") != "<AGE>":
            out[after] = second[:opening.start("half")] + "<AGE>" + second[opening.end("half"):]
        counts["AGE"] += 1


#: round 37 (r37seams): figures closing a message, a placeholder closing one, and the word opening the next
_FIGURES_CLOSING = re.compile(r"(\d+(?:[.,]\d+)?)[ \t.,;:!?]*\Z")
_PLACEHOLDER_CLOSING = re.compile(r"<[A-Z_]+>([ \t.,;:!?]*)\Z")
_WORD_OPENING = re.compile(r"[ \t]*([^\W\d_]+(?:/[^\W\d_]+)?|%)(?![^\W\d_])")


def _measures_kept(deid: TextDeidentifier, out: list[str], before: Sequence[str | None],
                   seams: Sequence[tuple[int, int]], owners: Sequence[PatientIdentifiers | None]) -> None:
    """Round 37 (r37seams): the figures closing a message that the redactor took out alone ("My dad is 91": an age)
    put back in ``out`` where the word opening the next message makes them a measure as the redactor reads the two
    together ("kg now": "My dad is 91 kg" keeps its figures: a weight); an identifier stays out (its reading with the
    word after it still takes it)."""
    cases: list[tuple[int, str, str]] = []
    for row, after in seams:
        raw = before[row] or ""
        if (figures := _FIGURES_CLOSING.search(raw)) is None or not _PLACEHOLDER_CLOSING.search(out[row] or ""):
            continue
        if (opening := _WORD_OPENING.match(before[after] or "")) is not None:
            cases.append((row, raw[:figures.end(1)], opening.group(1)))
    if not cases:
        return
    read = deid.redact([f"{text} {word}" for _, text, word in cases], [owners[row] for row, _, _ in cases]).texts
    for (row, text, word), joined in zip(cases, read, strict=True):
        figures = _FIGURES_CLOSING.search(text)
        closing = _PLACEHOLDER_CLOSING.search(out[row])
        if figures is not None and closing is not None and joined.endswith(f"{figures.group(1)} {word}"):
            out[row] = out[row][:closing.start()] + figures.group(1) + closing.group(1)


def _three_redacted(deid: TextDeidentifier, out: list[str], rows: tuple[int, int, int],
                    owner: PatientIdentifiers | None, counts: Counter[str]) -> None:
    """Round 32 (r32numbers): a number split over three consecutive messages, the middle one nothing but a number
    ("five five five one", "two three", "four four one seven"): the number that ends the first (figures or words),
    the whole middle and the number that starts the last, read together by the redactor, give a placeholder that no
    piece gives alone; each piece becomes it (in ``out``)."""
    first, middle, last = (out[row] or "" for row in rows)
    tail = _FIGURES_AT_THE_END.search(first, max(0, len(first) - SEAM_REACH))
    reach = max(0, len(first) - SEAM_WORD_REACH)
    start = tail.start() if tail is not None else reach + number_words_at_the_end(first[reach:])[0]
    head = _FIGURES_AT_THE_START.match(last)
    end = head.end(1) if head is not None else number_words_at_the_start(last[:SEAM_WORD_REACH])[0]
    if start >= len(first) or end == 0:
        return
    stop = start + len(first[start:].rstrip(" \t.,;:!?…"))
    begin = len(last[:end]) - len(last[:end].lstrip(" \t.,;:!?…)(-"))
    pieces = [first[start:stop], middle.strip(), last[begin:end]]
    joined, *alone = deid.redact([" ".join(pieces), *pieces], [owner] * 4).texts
    new = set(_PLACEHOLDER_LOOK.findall(joined)) - set(_PLACEHOLDER_LOOK.findall(" ".join(alone)))
    if new:
        placeholder = sorted(new)[0]
        out[rows[0]] = first[:start] + placeholder + first[stop:]
        out[rows[1]] = placeholder
        out[rows[2]] = last[:begin] + placeholder + last[end:]
        counts[placeholder.strip("<>")] += 1


def _said_number_pieces(first: str, second: str) -> tuple[int, int, int, int] | None:
    """The spans (in ``first``, then in ``second``) of the number words that end ``first`` and start ``second``
    (:func:`~features.deid.normalize.number_words_at_the_end`, within :data:`SEAM_WORD_REACH` characters of the
    seam), when both hold some and :data:`~features.deid.normalize.FEWEST_STRONG_SEAM_WORDS` of them are no everyday
    word ("... and", "no ..." is no number); ``None`` otherwise."""
    reach = max(0, len(first) - SEAM_WORD_REACH)
    start, strong_before = number_words_at_the_end(first[reach:])
    end, strong_after = number_words_at_the_start(second[:SEAM_WORD_REACH])
    if reach + start >= len(first) or end == 0 or strong_before + strong_after < FEWEST_STRONG_SEAM_WORDS:
        return None
    stop = reach + start + len(first[reach + start:].rstrip(" \t.,;:!?…"))
    return reach + start, stop, len(second[:end]) - len(second[:end].lstrip(" \t.,;:!?…)(-")), end


#: Messages a forked worker of the residual pass takes at a time.
RESIDUAL_CHUNK = 5000


def _residual_pass(index: IdentifierIndex, rows: Sequence[tuple[str, str]]) -> tuple[list[str], Counter[str]]:
    """``(text, owner's patient_key)`` rows with every *other* patient's known identifiers redacted
    (:meth:`IdentifierIndex.redact`), and the redactions made (run by forked workers)."""
    counts: Counter[str] = Counter()
    return [index.redact(text, counts, index.owners.get(owner)) for text, owner in rows], counts


def quasi_identifier_summary(patients: pa.Table) -> dict[str, Any]:
    """k and l (pycanon) of the de-identified patients over the quasi-identifiers."""
    qi = list(generalize.QUASI_IDENTIFIERS)
    frame = patients.select([*qi, generalize.SENSITIVE_ATTRIBUTE]).to_pandas()
    sizes = frame.groupby(qi, observed=True).size() if len(frame) else pd.Series(dtype=int)
    return {
        "columns": qi,
        "sensitive_attribute": generalize.SENSITIVE_ATTRIBUTE,
        "k": generalize.k_anonymity(frame, qi),
        "l": generalize.l_diversity(frame, qi),
        "classes": len(sizes),
        "classes_below_5": int((sizes < 5).sum()),
    }


def _write_table(table: pa.Table, folder: Path) -> None:
    folder.mkdir(parents=True)
    pq.write_table(table, folder / TABLE_FILE, compression="zstd")


def messages_year(messages: pa.Table) -> int | None:
    """Round 39: the year of the latest message (its ``sent_at``), the year a pack's expiry is read from on both sides
    (:func:`~features.deid.readingwords.packs_dated_from`): a lake of 2026 redacted or checked in 2031 keeps "exp
    03/2028" as it did; an older message's expiry is read from a later year, which may only take more out. ``None``
    (the clock's year) where the messages carry no time."""
    if SEAM_TIME_COLUMN not in messages.column_names or messages.num_rows == 0:
        return None
    latest = pc.max(messages.column(SEAM_TIME_COLUMN)).as_py()
    return latest.year if isinstance(latest, datetime.date) else None


def deidentify(
    lake: Path,
    key: bytes,
    *,
    deid: TextDeidentifier | None = None,
    before_leak_check: Callable[[Path], None] | None = None,
    silver_lake: str | Path | None = None,
    progress: Progress = _no_progress,
    batch_rows: int = STREAM_BATCH_ROWS,
) -> dict[str, Any]:
    """De-identify ``lake/silver`` into ``lake/deidentified`` and write the report; return it.

    ``silver_lake`` reads Silver from another lake (a folder or an ``s3://bucket/prefix`` URI,
    holding ``silver/``), while everything de-identified is published into ``lake``. Silver's quarantined rows
    (PHI) are written to ``lake``'s own ``quarantine/`` whichever lake Silver is read from: never into the
    producer's lake (or bucket), which is only read.

    Raises :class:`~features.silver.ContractError` for bad Silver and
    :class:`~features.deid.leakcheck.LeakError` if an identifier survives; in both cases
    nothing is published. ``before_leak_check`` (for tests) may alter the staged tables.
    ``progress(step, done, total)`` hears each step, the event rows written and the messages redacted so far.

    Memory: the events (a row per dose) are streamed in batches of ``batch_rows`` rows from Silver to the
    staged Parquet (``features.silver.stream_silver``, :func:`write_events`) and leak-checked batch by batch;
    the other tables are held whole.
    """
    started = time.perf_counter()
    lake = Path(lake)
    publishing.recover(lake, publishing.LAKE_LEGACY)  # first thing: a killed run's staging may hold PHI
    source = str(silver_lake) if silver_lake is not None else str(lake)
    progress("reading Silver", 0, None)
    silver = stream_silver(source, streamed=STREAMED_TABLES, batch_rows=batch_rows, quarantine=quarantine_folder(lake))
    patients = silver.tables["patients"]
    index = IdentifierIndex(patients, key_map(patients, key), silver.streamed["events"].distinct(DEVICE_COLUMNS))
    progress("loading the text model", 0, None)
    deid = deid or text_deidentifier()

    staging = publishing.stage(lake, "deidentify")
    try:
        staged = staging / "deidentified"
        # round 39: a pack's expiry is read from the messages' year on both sides, not from the clock's
        year = messages_year(silver.tables["messages"])
        with packs_dated_from(year):
            tables, counts, residual, notes = build_tables(silver, key, deid, index, staged, progress)
        rows = {name: tables[name].num_rows if name in tables else silver.streamed[name].rows for name in OUTPUT_TABLES}
        del silver
        for name, table in tables.items():
            _write_table(table, staged / name)
        if before_leak_check is not None:
            before_leak_check(staged)
        progress("leak check", 0, None)
        with packs_dated_from(year):
            leak = scan_folder(index, staged, batch_rows=batch_rows)
        report: dict[str, Any] = {
            "source": f"{source.rstrip('/')}/silver",
            "output": str(lake / "deidentified"),
            "rows": rows,
            "redactions": dict(sorted(counts.items())),
            "residual_redactions": dict(sorted(residual.items())),
            "quasi_identifiers": quasi_identifier_summary(tables["patients"]),
            "column_transformations": notes,  # pseudonymised record ids and labels, top-coded counts
            "leak_check": leak.as_dict(),
            "seconds": round(time.perf_counter() - started, 2),
        }
        staged_reports = staging / "reports"
        staged_reports.mkdir()
        report_files = [staged_reports / f"{REPORT_NAME}.json", staged_reports / f"{REPORT_NAME}.md"]
        report_files[0].write_text(report_mod.to_json(report), encoding="utf-8")
        report_files[1].write_text(report_mod.to_markdown(report), encoding="utf-8")
        scan_folder(index, staged_reports, leak, _report_words())
        if not leak.clean:
            raise LeakError(leak)
        # The tables and their report become current together, with one rename.
        publishing.publish(lake, "deidentify", staging, ["deidentified", *(f"reports/{p.name}" for p in report_files)])
    finally:
        publishing.discard(staging)
    return report


@functools.cache
def _report_words() -> frozenset[str]:
    """Words the report's own code writes (headings, notes, keys): with 10,000 patients some
    surname is always one of them ("key", "page"), and that is prose, not a leak."""
    return authored_words(report_mod, sys.modules[__name__])


def check_output(lake: Path, patients: pa.Table, key: bytes | None = None) -> LeakReport:
    """Leak-check a published ``deidentified/`` folder and report against Silver patients
    (with the pseudonymisation ``key``, free text is also checked against each owner)."""
    index = IdentifierIndex(patients, key_map(patients, key) if key is not None else None)
    leak = scan_folder(index, Path(lake) / "deidentified")
    reports = Path(lake) / "reports"
    json_path, page = reports / f"{REPORT_NAME}.json", reports / f"{REPORT_NAME}.md"
    measures: frozenset[str] = frozenset()
    if json_path.exists():  # its numbers are measures, which the page shows as well
        measures = scan_json(index, json_path.name, json_path.read_text(encoding="utf-8"), leak, _report_words())
    if page.exists():
        scan_text(index, page.name, page.read_text(encoding="utf-8"), leak, _report_words() | measures)
    return leak
