"""De-identification of a whole lake: keys, tables, leak check, atomic publish, report, CLI."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from pycanon import anonymity
from typer.testing import CliRunner

from adherence.cli import app
from features.deid.generalize import age_band, wide_age_band, zip3
from features.deid.keys import device_pseudonym, patient_key
from features.deid.leakcheck import ROW_COUNTING, IdentifierIndex, LeakError, LeakReport, scan_folder, tokens
from features.deid.pipeline import DEVICE_COLUMNS, OUTPUT_TABLES, check_output, deidentify
from features.silver import read_table, stream_silver, table_files
from tests.conftest import TEST_PSEUDONYM_KEY

KEY = TEST_PSEUDONYM_KEY
runner = CliRunner()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _output(lake: Path, table: str) -> pd.DataFrame:
    return pq.read_table(lake / "deidentified" / table).to_pandas()


@pytest.mark.verifies("REQ-DEID-001")
def test_patient_key_is_the_contracts_hmac() -> None:
    expected = hmac.new(b"secret", b"12345678", hashlib.sha256).hexdigest()[:32]
    assert patient_key("12345678", b"secret") == expected
    assert len(expected) == 32
    assert device_pseudonym("PBX-0001", b"secret") != device_pseudonym("PBX-0001", b"other")


def test_generalisation_helpers() -> None:
    assert [zip3(z) for z in ("03601", "89301", "10001", "55601")] == ["000", "000", "100", "000"]
    assert [age_band(a) for a in (17, 18, 29, 30, 45, 89, 90)] == ["0-17", "18-29", "18-29", "30-39", "40-49", "80-89", "90+"]
    assert [wide_age_band(b) for b in ("18-29", "30-39", "50-59", "60-69", "90+")] == ["18-39", "18-39", "40-59", "60-79", "80+"]


@pytest.mark.verifies("REQ-DEID-001")
def test_tables_are_keyed_and_stripped(deid_lake: Path, small_lake: Path) -> None:
    silver = read_table(small_lake, "patients").to_pandas()
    patients = _output(deid_lake, "patients")
    assert list(patients.columns) == [
        "patient_key",
        "age_at_enrolment",
        "age_band",
        "sex",
        "zip3",
        "state",
        "timezone",
        "enrolled_at",
        "condition",
        "product_gtin",
        "doses_per_day",
        "comorbidity_count",
        "prior_hospitalizations_12m",
        "insurance",
    ]
    assert set(patients.patient_key) == {patient_key(m, KEY) for m in silver.mrn}
    assert patients.age_at_enrolment.max() <= 90
    assert set(patients.loc[patients.age_at_enrolment == 90, "age_band"]) <= {"90+"}
    assert not set(patients.zip3) & {
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    }
    for table in ("events", "reminders", "messages"):
        frame = _output(deid_lake, table)
        assert "mrn" not in frame.columns and set(frame.patient_key) <= set(patients.patient_key)
        assert len(frame) == len(read_table(small_lake, table, ["mrn"]))
    events = _output(deid_lake, "events")
    devices = events.device_id.dropna()
    assert len(devices) and devices.str.fullmatch(r"dev-[0-9a-f]{24}").all()
    # A pack's serial ties it to the dispense, and so to one patient: keyed, still one pseudonym a pack;
    # the raw DataMatrix, which holds it in clear, does not pass.
    silver_serials = read_table(small_lake, "events", ["serial_number"]).column("serial_number").drop_null()
    serials = events.serial_number.dropna()
    assert len(serials) and serials.str.fullmatch(r"sn-[0-9a-f]{24}").all()
    assert serials.nunique() == len(silver_serials.unique()) and not set(serials) & set(silver_serials.to_pylist())
    assert events.raw_datamatrix.isna().all()
    original = read_table(small_lake, "events", ["event_id", "event_time"]).to_pandas()
    assert (events.event_time.to_numpy() == original.event_time.to_numpy()).all()  # true event times stay


@pytest.mark.verifies("REQ-DEID-002")
def test_no_silver_identifier_appears_anywhere(deid_lake: Path, small_lake: Path) -> None:
    """Independent of the leak check: the simulator's list of identifiers it wrote to Silver."""
    truth = pd.read_parquet(small_lake / "truth" / "identifiers")
    truth = truth[truth.source == "patients"]
    values: set[str] = set()
    for path in (deid_lake / "deidentified").rglob("*.parquet"):
        table = pq.read_table(path)
        for name in table.column_names:
            if pa.types.is_string(table.column(name).type):
                values.update(v for v in pc.unique(table.column(name)).to_pylist() if v)
    values.update((deid_lake / "reports" / f"deidentification.{s}").read_text() for s in ("json", "md"))
    blob = "\n".join(values).casefold()
    words = set(re.findall(r"[a-z0-9]+", blob))
    digit_runs = {re.sub(r"\D", "", m) for m in re.findall(r"\+?\d[\d\s().\-]{8,16}\d", blob)}
    leaks = []
    for kind, value in zip(truth.kind, truth.value, strict=True):
        folded = value.casefold()
        if kind in ("zip5", "mrn", "first_name"):
            found = folded in words
        elif kind == "phone":
            digits = re.sub(r"\D", "", value)
            found = folded in blob or digits in digit_runs or "1" + digits in digit_runs
        else:  # full_name, email, street_address, city, date_of_birth (ISO): substring anywhere
            found = folded in blob
        if found:
            leaks.append(kind)
    assert not leaks, f"identifier kinds found in output: {sorted(set(leaks))}"


# What the simulator wrote into each message, and how to find it in that message's output.
_WORD_KINDS = {"first", "first_lower", "last", "last_upper", "other_name", "full_name", "city", "street", "address", "mrn"}


@pytest.mark.verifies("REQ-DEID-002")
def test_every_identifier_the_simulator_wrote_into_a_message_is_gone(deid_lake: Path, small_lake: Path) -> None:
    """Message by message, against the simulator's own record of what it wrote there
    (third parties' phones and names included), independent of the leak check."""
    truth = pd.read_parquet(small_lake / "truth" / "identifiers")
    truth = truth[truth.source == "messages"]
    assert {"other_phone", "other_name", "phone", "dob", "age", "email"} <= set(truth.kind)
    bodies = dict(zip(_output(deid_lake, "messages").message_id, _output(deid_lake, "messages").body, strict=True))
    leaks: list[str] = []
    for record_id, kind, value in zip(truth.record_id, truth.kind, truth.value, strict=True):
        body = bodies[record_id]
        if kind == "age" and int(re.sub(r"\D", "", value) or 0) <= 89:
            continue  # Safe Harbor: only ages over 89 are identifiers; younger ones stay as clinical context
        if kind in ("phone", "other_phone"):
            digits = re.sub(r"\D", "", value)[-10:]
            found = digits in re.sub(r"\D", "", body) or digits[-7:] in re.sub(r"\D", "", body)
        elif kind in _WORD_KINDS:
            found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", body, re.IGNORECASE) is not None
        elif kind == "state":
            found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", body) is not None
        else:  # email, dob, age, zip as written
            found = re.search(rf"(?<![\w.@]){re.escape(value)}(?![\w@])", body, re.IGNORECASE) is not None
        if found:
            leaks.append(kind)
    assert not leaks, f"{len(leaks)} identifiers the simulator wrote survive: {Counter(leaks)}"


@pytest.mark.verifies("REQ-DEID-005")
def test_leak_check_finds_planted_identifiers(deid_lake: Path, small_lake: Path, tmp_path: Path) -> None:
    silver = read_table(small_lake, "patients")
    folder = tmp_path / "planted"
    shutil.copytree(deid_lake / "deidentified", folder)
    index = IdentifierIndex(silver)
    assert scan_folder(index, folder).clean

    phone = re.sub(r"\D", "", silver.column("phone")[3].as_py())
    written = f"{phone[:3]}.{phone[3:6]}.{phone[6:]}"  # another format than Silver's
    events = pq.read_table(folder / "events")
    devices = events.column("device_id").to_pylist()
    devices[10] = written
    events = events.set_column(events.column_names.index("device_id"), "device_id", pa.array(devices, pa.string()))
    shutil.rmtree(folder / "events")
    (folder / "events").mkdir()
    pq.write_table(events, folder / "events" / "part-0000.parquet")

    surname = silver.column("full_name")[5].as_py().split()[-1]
    messages = pq.read_table(folder / "messages")
    bodies = messages.column("body").to_pylist()
    bodies[0] = f"Tell {surname.upper()} to call back"
    messages = messages.set_column(messages.column_names.index("body"), "body", pa.array(bodies, pa.string()))
    pq.write_table(messages, next((folder / "messages").glob("*.parquet")))

    report = scan_folder(index, folder)
    found = {(h.table, h.column, h.kind) for h in report.hits}
    assert ("events", "device_id", "phone") in found
    assert ("messages", "body", "name") in found
    message = str(LeakError(report))
    assert "events.device_id" in message and "phone" in message
    assert phone not in message and written not in message and surname not in message


@pytest.mark.verifies("REQ-DEID-005")
def test_a_leak_publishes_nothing(deid_lake: Path) -> None:
    before = _snapshot(deid_lake / "deidentified") | {
        f"reports/{p.name}": p.read_bytes() for p in (deid_lake / "reports").iterdir()
    }
    mrn = read_table(deid_lake, "patients", ["mrn"]).column("mrn")[0].as_py()

    def plant(staged: Path) -> None:
        path = next((staged / "reminders").glob("*.parquet"))
        table = pq.read_table(path)
        policies = table.column("policy").to_pylist()
        policies[0] = f"fixed-09 for {mrn}"
        pq.write_table(table.set_column(table.column_names.index("policy"), "policy", pa.array(policies)), path)

    with pytest.raises(LeakError, match=r"reminders\.policy.*mrn") as caught:
        deidentify(deid_lake, KEY, before_leak_check=plant)
    assert mrn not in str(caught.value)
    after = _snapshot(deid_lake / "deidentified") | {
        f"reports/{p.name}": p.read_bytes() for p in (deid_lake / "reports").iterdir()
    }
    assert after == before
    assert not list(deid_lake.glob(".deidentify-staging-*"))


def test_rerun_is_idempotent(deid_lake: Path) -> None:
    before = _snapshot(deid_lake / "deidentified")
    deidentify(deid_lake, KEY)
    assert _snapshot(deid_lake / "deidentified") == before  # byte-identical tables


def test_report(deid_lake: Path) -> None:
    report = json.loads((deid_lake / "reports" / "deidentification.json").read_text())
    patients = _output(deid_lake, "patients")
    qi = ["age_band", "sex", "zip3", "condition"]
    assert report["rows"] == {t: len(_output(deid_lake, t)) for t in OUTPUT_TABLES}
    assert report["quasi_identifiers"]["k"] == anonymity.k_anonymity(patients, qi)
    assert report["quasi_identifiers"]["l"] == anonymity.l_diversity(patients, qi, ["insurance"])
    assert report["leak_check"]["clean"] and report["leak_check"]["scanned_columns"] > 10
    assert report["redactions"]["PERSON"] > 0 and report["seconds"] > 0
    markdown = (deid_lake / "reports" / "deidentification.md").read_text()
    assert "k-anonymity achieved" in markdown and "Leak check: passed" in markdown


@pytest.mark.verifies("REQ-DEID-005")
def test_bad_silver_fails_clearly_and_keeps_previous_output(
    deid_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lake = tmp_path / "lake"
    shutil.copytree(deid_lake / "silver", lake / "silver")
    shutil.copytree(deid_lake / "deidentified", lake / "deidentified")
    before = _snapshot(lake / "deidentified")
    path = table_files(lake, "patients")[0]
    pq.write_table(pq.read_table(path).drop_columns(["insurance"]), path)
    monkeypatch.setenv("ADHERENCE_PSEUDONYM_KEY", KEY.decode())
    result = runner.invoke(app, ["deidentify", "--lake", str(lake)])
    assert result.exit_code == 2
    assert "silver/patients.insurance" in result.output and "nothing was published" in result.output
    assert _snapshot(lake / "deidentified") == before
    assert not (lake / "reports").exists() and not list(lake.glob(".deidentify-staging-*"))


@pytest.mark.verifies("REQ-DEID-007")
def test_missing_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ADHERENCE_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("ADHERENCE_INSECURE_DEV", raising=False)
    result = runner.invoke(app, ["deidentify", "--lake", str(tmp_path)])
    assert result.exit_code == 2 and "ADHERENCE_PSEUDONYM_KEY" in result.output


def _one_patient() -> pa.Table:
    return pa.table({
        "mrn": ["MRN-12345678"], "full_name": ["Zdenka Korhonen"], "date_of_birth": [pd.Timestamp("1950-01-02").date()],
        "phone": ["197-684-2290x115"], "email": ["zk@mail.example"], "street_address": ["8 Elm Road"],
        "city": ["Dayton"], "zip5": ["45402"]})


@pytest.mark.parametrize("leaky_id", ["E-12345678-1", "0012345678-2", "r-6842290", "msg-Zdenka-Korhonen-7", "x-zk@mail.example",
                                      "thread-b.okafor@clinic.example.org-3",
                                      # a third party's phone, name or SSN, as gateways and exports build ids
                                      "sms:+14155550127:20260412T081500", "2026-04-12_from_Odalys_Ferreira",
                                      "case-321-54-9876-2026", "wa-4155550127-1",
                                      "msg-2290-415738", "sms_55501_27415"])  # fmt: skip
def test_record_ids_embedding_an_identifier_become_pseudonyms(leaky_id: str) -> None:
    """An id holding an MRN (or its digits), a phone's last seven digits, a name or an e-mail, a patient's or a
    third party's (an e-mail address, a phone or SSN shape and a capitalised name of the gazetteer are one whoever's
    they are); a plain counter of seven digits is none."""
    from features.deid.pipeline import _pseudonymise_ids_if_needed

    index = IdentifierIndex(_one_patient())
    notes: list[str] = []
    clean = pa.table({"event_id": ["E0000-00000001", "E0000-00000002", "msg-1000001"]})
    assert _pseudonymise_ids_if_needed(clean, "event_id", index, KEY, notes) is clean
    leaky = pa.table({"event_id": [leaky_id, "E0000-00000002"]})
    replaced = _pseudonymise_ids_if_needed(leaky, "event_id", index, KEY, notes).column("event_id").to_pylist()
    assert leaky_id not in replaced and len(set(replaced)) == 2
    assert "replaced by keyed pseudonyms" in notes[-1]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("leaky_id", ["msg-Korh\u043enen-0001",  # one Cyrillic о
                                      "note-ZD\u0415NK\u0410-5",  # Cyrillic Е, А
                                      "thread-\u039a\u039f\u03a1H\u039f\u039dEN-2"])  # Greek Κ, Ο, Ρ, Ν
def test_record_ids_with_the_owners_name_in_look_alike_letters_become_pseudonyms(leaky_id: str) -> None:
    """A name written with look-alike letters of another script in a record id is read by its shape."""
    from features.deid.pipeline import _pseudonymise_ids_if_needed

    index = IdentifierIndex(_one_patient())
    notes: list[str] = []
    leaky = pa.table({"message_id": [leaky_id, "msg-0000002"]})
    replaced = _pseudonymise_ids_if_needed(leaky, "message_id", index, KEY, notes).column("message_id").to_pylist()
    assert leaky_id not in replaced and len(set(replaced)) == 2
    assert "replaced by keyed pseudonyms" in notes[-1]
    clean = pa.table({"message_id": ["msg-\u041f\u0440\u0438\u0432\u0435\u0442-1", "\u03a7\u0391\u03a1\u0391-2"]})
    assert _pseudonymise_ids_if_needed(clean, "message_id", index, KEY, notes) is clean  # a Russian, a Greek word


@pytest.mark.verifies("REQ-DEID-005")
def test_line_feeds_inside_values_do_not_shift_the_pre_filters_rows() -> None:
    """The pre-filter reads a column as one line per value; a message written on several lines
    once shifted every later row (an ``IndexError`` past the column's end, or the wrong row kept
    and the right one passed over: black-box round 22)."""
    patients = pa.table({"mrn": ["MRN-00981250"], "full_name": ["Zdenka Korhonen"],
                         "date_of_birth": [pd.Timestamp("1950-01-02").date()], "phone": ["(415) 555-0199"],
                         "email": [None], "street_address": ["8 Elm Road"], "city": ["Dayton"], "zip5": ["45402"]})
    index = IdentifierIndex(patients)
    clean = ["took it" + "\n" * (i % 3) + "at noon\r\nfine" for i in range(40)]
    values = [*clean, "call 4155550199", "took it"]
    assert index.may_hold_identifiers(values) == ["call 4155550199"]
    assert index.may_hold_identifiers(["caregiver:\n  name: x\n  phone: 4155550199", "took it"]) == [
        "caregiver:\n  name: x\n  phone: 4155550199"]
    assert index.may_hold_identifiers(["kor\nhonen"]) == ["kor\nhonen"]  # a glued form across the break


@pytest.mark.verifies("REQ-DEID-005")
def test_the_column_wise_pre_filter_passes_over_no_value_the_exact_check_flags() -> None:
    """``may_hold_identifiers`` lets the exact per-value check skip most of a column of record ids
    (millions of them at scale); it must never skip one the exact check would flag. Values are
    built at random around every kind of identifier, in other cases, split by separators, with
    apostrophes and written-out escapes, beside ids that hold none."""
    import random

    patients = pa.table({
        "mrn": ["MRN-00981250", "4410027", "MRN-77120045"],
        "full_name": ["Zdenka Korhonen", "Seán O'Brien-Walsh", "Mary Mae"],
        "date_of_birth": [pd.Timestamp(d).date() for d in ("1950-01-02", "1944-07-30", "1961-12-09")],
        "phone": ["197-684-2290x115", "+353 87 123 4567", "(415) 555-0199"],
        "email": ["zk1984@mail.example", "sean.obrien@post.example", None],
        "street_address": ["8 Elm Road", "12 Quay Street", "400 Pine Ave"],
        "city": ["Dayton", "Galway", "Fresno"], "zip5": ["45402", "91234", "93701"]})
    index = IdentifierIndex(patients)
    pieces = ["Korhonen", "ZDENKA", "zdenkakorhonen", "KorhonenZdenka", "obrienwalsh", "O'Brien", "o`brien",
              "zk1984", "sean.obrien", "1976842290", "684-2290", "6842290", "00981250", "981250", "4410027",
              "87 123 4567", "4155550199", "Dayton", "Quay Street", "45402", "1950-01-02", "mae", "Mary",
              "Séan", "Ó Briain", "\\nKorhonen", "kor\\nhonen", "x\\tzk1984"]
    rng = random.Random(7)
    separators = ["-", "_", ".", "", "/", ":", " ", "@", "#", "\n", "\r\n"]

    def noise() -> str:
        return rng.choice([f"E{rng.randrange(10**4):04d}-{rng.randrange(10**8):08d}", f"{rng.getrandbits(96):024x}",
                           f"rem-{rng.randrange(10**6)}", f"msg_{rng.randrange(10**9)}_{rng.choice('abcxyz')}"])

    values = []
    for _ in range(3000):
        piece = rng.choice(pieces)
        piece = rng.choice([piece, piece.upper(), piece.lower(), piece.title()])
        values.append(rng.choice(separators).join([noise(), piece, noise()][rng.randrange(2):]))
    clean = [noise() for _ in range(20_000)]
    values += clean
    flagged = {v for v in values if index.kinds_in(v) or index.embeds_identifier(v)}
    candidates = set(index.may_hold_identifiers(values))
    assert len(flagged) > 2000, len(flagged)  # the built values do hold identifiers
    assert flagged <= candidates, sorted(flagged - candidates)[:10]
    assert len(candidates & set(clean)) < 0.02 * len(clean)  # and it does filter
    assert index.may_hold_identifiers([]) == []
    # a column's distinct values as Arrow (the pipeline's way): the same values, in the same order
    assert index.may_hold_identifiers(pa.array(values, pa.string())) == index.may_hold_identifiers(values)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_free_text_check_split_over_forked_workers_counts_what_one_process_counts() -> None:
    """A messages column longer than two chunks is checked by forked workers (one per CPU): every
    leak in every chunk, the last one short, is still counted, and only once."""
    from features.deid.leakcheck import FREE_TEXT_CHUNK

    patients = pa.table({
        "mrn": ["MRN-00981250", "MRN-77120045"], "full_name": ["Zdenka Korhonen", "Ilse Vantongeren"],
        "date_of_birth": [pd.Timestamp(d).date() for d in ("1950-01-02", "1961-12-09")],
        "phone": ["197-684-2290", "(415) 555-0199"], "email": ["zk1984@mail.example", None],
        "street_address": ["8 Elm Road", "400 Pine Ave"], "city": ["Dayton", "Fresno"], "zip5": ["45402", "93701"]})
    keys = {"MRN-00981250": "k1", "MRN-77120045": "k2"}
    index = IdentifierIndex(patients, keys)
    rows = 2 * FREE_TEXT_CHUNK + 1234
    leaks = {17: ("tell korhonen I called", "k1"), FREE_TEXT_CHUNK + 3: ("call me on 415 555 0199", "k2"),
             rows - 1: ("my number is 212 555 7788", None), rows - 2: ("mail zk1984@mail.example", "k1")}
    texts = [leaks.get(i, ("took the evening dose at 9pm", "k1"))[0] for i in range(rows)]
    owners = [leaks.get(i, ("", "k1" if i % 2 else "k2"))[1] for i in range(rows)]
    found = index.scan_free_text("messages", "body", texts, owners)
    hits = {hit.kind: hit.values for hit in found}
    assert hits == dict(index._free_text_counts((0, list(zip(texts, owners, strict=True))))[0])
    assert hits["own name"] == 1 and hits["own phone"] == 1 and hits["phone-shaped number"] == 2, hits
    # the refusal names the first row of each kind, so that an operator finds the message
    first = {hit.kind: hit.first_row for hit in found}
    assert first["own name"] == 17 and first["own phone"] == first["phone-shaped number"] == FREE_TEXT_CHUNK + 3
    assert "messages.body: 2 value(s) hold an identifier (phone-shaped number), the first at row " \
           f"{FREE_TEXT_CHUNK + 3} {ROW_COUNTING}" in [hit.describe() for hit in found]


def test_deidentify_reports_each_step_and_the_messages_done(tiny_lake: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step is heard, with the messages done; the residual pass, here in chunks of 7 messages
    split over forked workers, publishes what it publishes in one process."""
    from features.deid import pipeline

    serial = tmp_path / "serial"
    shutil.copytree(tiny_lake, serial)
    deidentify(serial, KEY)
    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    monkeypatch.setattr(pipeline, "RESIDUAL_CHUNK", 7)
    heard: list[tuple[str, int, int | None]] = []
    report = deidentify(lake, KEY, progress=lambda step, done, total: heard.append((step, done, total)))
    steps = list(dict.fromkeys(step for step, _, _ in heard))
    residual = "residual pass over other patients' identifiers"
    assert steps == ["reading Silver", "loading the text model", "pseudonymising events", "redacting messages",
                     residual, "leak check"]
    messages = report["rows"]["messages"]
    assert messages > 14 and ("redacting messages", messages, messages) in heard
    assert [(s, d) for s, d, _ in heard if s == residual] == [(residual, 0), *((residual, min(d, messages))
                                                             for d in range(7, messages + 7, 7))]
    assert pq.read_table(lake / "deidentified" / "messages").equals(pq.read_table(serial / "deidentified" / "messages"))


@pytest.mark.verifies("REQ-DEID-007")
def test_contract_errors_show_phi_only_by_its_shape() -> None:
    from features.silver import ContractError

    shown = str(ContractError("patients", "sex", "out of vocabulary", "Joaquin Ibanez 312-555-0147"))
    assert "Joaquin" not in shown and "0147" not in shown and "Aaaaaaa Aaaaaa 999-999-9999" in shown
    assert "'sensor_x'" in str(ContractError("events", "sensor_kind", "out of vocabulary", "sensor_x"))


def test_a_surname_that_is_a_report_word_does_not_block_publishing(lake_copy: Path) -> None:
    """With thousands of patients some surname is a word of the report's own prose ("key" in
    "patient_key = ..."): that is not a leak, and de-identification must still publish."""
    files = table_files(lake_copy, "patients")
    patients = pq.read_table(files[0])
    names = patients.column("full_name").to_pylist()
    names[0] = f"{names[0].split()[0]} Key"
    patients = patients.set_column(patients.column_names.index("full_name"), "full_name", pa.array(names, pa.string()))
    pq.write_table(patients, files[0])
    report = deidentify(lake_copy, KEY)
    assert report["leak_check"]["clean"]
    assert "key" in tokens((lake_copy / "reports" / "deidentification.md").read_text())  # "patient_key = ..."


@pytest.mark.verifies("REQ-DEID-001")
def test_a_time_zone_named_for_a_town_is_published_as_a_broad_zone_with_the_same_clock(lake_copy: Path) -> None:
    """A zone named for a town ("America/North_Dakota/New_Salem", ~950 people) is a place smaller than
    a state: it is published as the broad zone with the same clock over the lake's period, so every
    local hour downstream is unchanged; broad zones are kept as they are. Times a producer wrote in such a
    zone are published in UTC, the zone's name nowhere."""
    from features.deid.generalize import BROAD_TIMEZONES

    files = table_files(lake_copy, "patients")
    patients = pq.read_table(files[0])
    zones = patients.column("timezone").to_pylist()
    zones[:4] = ["America/North_Dakota/New_Salem", "America/Indiana/Tell_City", "America/Kentucky/Monticello",
                 "America/Boise"]
    patients = patients.set_column(patients.column_names.index("timezone"), "timezone", pa.array(zones, pa.string()))
    # A subdivision code of a country whose first-level units are municipalities is a place smaller than a state too.
    states = patients.column("state").to_pylist()
    states[:4] = ["SI-061", "GB-CMA", "MK-101", "US-WY"]
    patients = patients.set_column(patients.column_names.index("state"), "state", pa.array(states, pa.string()))
    pq.write_table(patients, files[0])
    # A pandas producer writes its events' times in the town's own zone (timestamp[ns, tz=...]): the zone's
    # name rides in the column's type and in pandas' schema metadata, and is published nowhere.
    instants = set(read_table(lake_copy, "events").column("event_time").to_pandas())
    events_file = table_files(lake_copy, "events")[0]
    events = pd.read_parquet(events_file)
    town = "America/Indiana/Tell_City"
    events["event_time"] = events["event_time"].dt.tz_convert(town).astype(f"datetime64[ns, {town}]")
    scans = events.index[events["region"].notna()]
    assert len(scans) >= 2
    events.loc[scans[:2], "region"] = ["MT-44", "DE-HB"]  # a Maltese local council; Bremen
    events.to_parquet(events_file, index=False)
    assert b"Tell_City" in events_file.read_bytes()
    deidentify(lake_copy, KEY)
    assert not [path for path in (lake_copy / "deidentified").rglob("*") if path.is_file() and b"Tell_City" in path.read_bytes()]
    assert pq.read_schema(next((lake_copy / "deidentified" / "events").rglob("*.parquet"))).field("event_time").type.tz == "UTC"
    published_times = set(pd.read_parquet(lake_copy / "deidentified" / "events", columns=["event_time"]).event_time)
    assert published_times and published_times <= instants  # the same instants, not wall-clock read as UTC
    published = pq.read_table(lake_copy / "deidentified" / "patients").to_pandas().set_index("patient_key")
    mrns = patients.column("mrn").to_pylist()
    state_of = dict(zip(published.index, published["state"], strict=True))
    assert [state_of[patient_key(m, KEY)] for m in mrns[:4]] == ["SVN", "GB-ENG", "MKD", "US-WY"]
    regions = set(pd.read_parquet(lake_copy / "deidentified" / "events", columns=["region"]).region.dropna())
    assert {"*", "DE-HB"} <= regions and not {"MT-44", "MLT"} & regions  # Malta has fewer people than Wyoming
    zone_of = dict(zip(published.index, published["timezone"], strict=True))
    assert [zone_of[patient_key(m, KEY)] for m in mrns[:4]] == [
        "America/Chicago", "America/Chicago", "America/New_York", "America/Denver"]
    # the simulator's zones are broad ones, but for "America/Detroit" (Michigan: New York's clock)
    assert [zone_of[patient_key(m, KEY)] for m in mrns[4:]] == [
        "America/New_York" if zone == "America/Detroit" else zone for zone in zones[4:]]
    assert set(published["timezone"]) <= set(BROAD_TIMEZONES)
    enrolled = published["enrolled_at"]
    for town, broad in (("America/North_Dakota/New_Salem", "America/Chicago"), ("America/Boise", "America/Denver")):
        hours = pd.date_range(enrolled.min(), periods=24 * 400, freq="h", tz="UTC")
        assert (hours.tz_convert(town).hour == hours.tz_convert(broad).hour).all()

    def narrow(staged: Path) -> None:  # what a redactor that forgot the zones would publish
        path = next((staged / "patients").glob("*.parquet"))
        table = pq.read_table(path)
        staged_zones = table.column("timezone").to_pylist()
        staged_zones[1] = "America/Indiana/Tell_City"
        pq.write_table(table.set_column(table.column_names.index("timezone"), "timezone", pa.array(staged_zones)), path)

    with pytest.raises(LeakError, match=r"patients\.timezone.*time zone named for a place smaller than a state"):
        deidentify(lake_copy, KEY, before_leak_check=narrow)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("code", "published"), [
    ("CA", "CA"), ("US-AK", "US-AK"), ("DE-BY", "DE-BY"), ("CA-YT", "CA-YT"), ("IN-SK", "IN-SK"),
    ("GB-LND", "GB-ENG"), ("FR-69M", "FR-ARA"), ("IE-CE", "IE-M"),  # smaller units: their first-level subdivision
    ("SI-113", "SVN"), ("LV-011", "LVA"), ("AD-07", "*"), ("JM-13", "JAM"), ("CH-AR", "CHE"),  # first-level, small
    ("ZZ-99", "*"),
])  # fmt: skip
def test_subdivisions_are_published_state_sized_or_as_their_country(code: str, published: str) -> None:
    """Safe Harbor keeps nothing smaller than a state: a first-level ISO 3166-2 subdivision is kept when its
    country's first-level units hold on average as many people as the smallest US state; a smaller unit
    becomes its first-level one, and a country of small first-level units is published as its alpha-3 code.
    The leak check accepts what is published and refuses the code as written."""
    from features.deid.generalize import broad_subdivision, is_broad_subdivision

    assert broad_subdivision(code) == published
    assert is_broad_subdivision(published)
    assert is_broad_subdivision(code) == (code == published)
    report = LeakReport()
    IdentifierIndex(_one_patient()).scan_table("events", pa.table({"region": [published, code]}), report)
    assert [(hit.column, hit.kind) for hit in report.hits] == ([] if code == published else [
        ("region", "subdivision smaller than a state")])  # fmt: skip


def test_broad_time_zones_keep_the_clock_and_fall_back_to_a_fixed_offset() -> None:
    import datetime as dt

    from features.deid.generalize import broad_timezone

    since = dt.date(2015, 1, 1)
    assert broad_timezone("Europe/Paris", since) == "Europe/Paris"
    assert broad_timezone("Europe/Berlin", since) == "Europe/Paris"  # the same clock since 1996: the first listed
    assert broad_timezone("America/Toronto", since) == "America/New_York"
    assert broad_timezone("Asia/Pyongyang", since) != "Asia/Pyongyang"
    # New Salem kept Mountain time until 2003: from 2000 no broad zone has its clock; Chicago's is the nearest (it
    # was published as UTC-5 all year, an hour off every winter)
    assert broad_timezone("America/North_Dakota/New_Salem", dt.date(2000, 1, 1)) == "America/Chicago"
    with pytest.raises(Exception, match="Nowhere"):
        broad_timezone("Mars/Nowhere", since)


@pytest.mark.parametrize(("zone", "published", "before"), [
    ("Australia/Lord_Howe", "Australia/Sydney", "Etc/GMT-10"),  # +10:30, +11 in summer: Sydney's summer clock
    ("Pacific/Chatham", "Etc/GMT-13", "Etc/GMT-14"),  # +12:45, +13:45 in summer
    ("Pacific/Marquesas", "Pacific/Honolulu", "Etc/GMT+10"),  # -9:30, no daylight saving: none given (not Adak's)
    ("Antarctica/Troll", "Europe/Paris", "Etc/GMT-2"),  # +0, +2 in the European summer
])  # fmt: skip
def test_a_clock_no_broad_zone_has_is_published_as_the_nearest_one(zone: str, published: str, before: str) -> None:
    """Half-hour, 45-minute and two-hour daylight-saving clocks were published as the whole-hour rounding of their
    most frequent offset, far from their own clock. Their own clock names a place of a few hundred people (the leak
    check refuses the name), so the nearest clock a broad or fixed-offset zone has is published: no farther from
    the patient's own than before, at every hour, summed."""
    import datetime as dt

    import numpy as np

    from features.deid.generalize import _clock, broad_timezone

    since = dt.date(2025, 1, 1)
    assert broad_timezone(zone, since) == published

    def apart(other: str) -> int:
        return int(np.abs(np.frombuffer(_clock(other, since), np.int16).astype(np.int32)
                          - np.frombuffer(_clock(zone, since), np.int16).astype(np.int32)).sum())  # fmt: skip

    assert apart(published) <= apart(before)
    report = LeakReport()
    IdentifierIndex(_one_patient()).scan_table("patients", pa.table({"timezone": [published, zone]}), report)
    assert [(hit.column, hit.kind) for hit in report.hits] == [("timezone", "time zone named for a place smaller than a state")]


def test_report_prose_is_exempt_but_an_identifier_in_a_report_is_not(small_lake: Path) -> None:
    from features.deid.leakcheck import LeakReport, scan_text

    silver = read_table(small_lake, "patients")
    full_name = silver.column("full_name")[2].as_py()
    surname = full_name.split()[-1]
    index = IdentifierIndex(silver)
    authored = frozenset({surname.casefold(), "note", "the"})
    leak = LeakReport()
    scan_text(index, "report.md", f"the {surname} note", leak, authored)  # only the program's own words
    assert leak.clean
    scan_text(index, "report.md", f"the note about {full_name}", leak, authored)  # a full name is not prose
    assert [(h.table, h.kind) for h in leak.hits] == [("report.md", "name")]
    unexempt = LeakReport()
    scan_text(index, "report.md", f"the {surname} note", unexempt)
    assert not unexempt.clean


@pytest.mark.slow
@pytest.mark.verifies("REQ-DEID-005")
def test_the_whole_redactor_publishes_the_tiny_lake(tiny_lake: Path, tmp_path: Path) -> None:
    """The control of the test below: with every kind of redaction on, the tiny lake publishes. Run once rather than
    before each kind switched off (eight de-identifications of the same lake, the same outcome: CI time)."""
    from features.deid.text import TextDeidentifier

    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    deidentify(lake, KEY, deid=TextDeidentifier(workers=1))
    assert pq.read_table(lake / "deidentified" / "messages").num_rows > 0


@pytest.mark.slow
@pytest.mark.parametrize(("placeholder", "kinds"), [
    ("PERSON", {"own name"}),
    ("PHONE", {"own phone", "phone-shaped number"}),
    ("EMAIL", {"email", "email-shaped address", "own name"}),  # NER may take the name out of the address
    ("DATE", {"own date_of_birth"}),
    ("ADDRESS", {"street_address", "own identifier"}),
    ("CITY", {"city", "own identifier"}),
    ("ZIP", {"own zip5"}),
    ("MRN PHONE", {"mrn", "own identifier", "own mrn"}),  # an MRN is also shaped like a phone number
])
@pytest.mark.verifies("REQ-DEID-005")
def test_a_redactor_that_misses_a_kind_is_refused_by_the_leak_check(tiny_lake: Path, tmp_path: Path, placeholder: str,
                                                                    kinds: set[str]) -> None:
    """The leak check looks with other eyes: switch off one kind of redaction and it refuses (with every kind on,
    the same lake publishes: the control above)."""
    from features.deid.text import TextDeidentifier

    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    with pytest.raises(LeakError) as caught:
        deidentify(lake, KEY, deid=TextDeidentifier(workers=1, keep=placeholder.split()))
    found = {h.kind for h in caught.value.report.hits if (h.table, h.column) == ("messages", "body")}
    assert found & kinds, found


@pytest.mark.verifies("REQ-DEID-005")
def test_device_ids_and_pack_serials_written_in_messages_are_redacted_and_checked(tiny_lake: Path, tmp_path: Path) -> None:
    """A pillbox's id or a pack's serial written in a message identifies its patient (Safe Harbor lists device
    identifiers and serial numbers): the Silver events' values are sought in every text, with no cue word,
    redacted wherever they stand, and the leak check refuses one left in place."""
    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    events = read_table(lake, "events")
    devices = [d for d in pc.unique(events.column("device_id")).drop_null().to_pylist() if len(d) >= 6]
    serials = [s for s in pc.unique(events.column("serial_number")).drop_null().to_pylist() if len(s) >= 6]
    assert devices and serials
    path = table_files(lake, "messages")[0]
    messages = pq.read_table(path)
    bodies = messages.column("body").to_pylist()
    bodies[0] = f"{devices[0].lower()} is the one on my nightstand"
    bodies[1] = f"the box says {serials[-1]}, is it a real one?"
    pq.write_table(messages.set_column(messages.column_names.index("body"), "body", pa.array(bodies, pa.string())), path)
    deidentify(lake, KEY)
    published = " ".join(pd.read_parquet(lake / "deidentified" / "messages", columns=["body"]).body)
    assert devices[0].lower() not in published.lower() and serials[-1] not in published
    assert "<ID> is the one on my nightstand" in published and "the box says <ID>" in published

    devices_seen = stream_silver(lake, streamed=("events",)).streamed["events"].distinct(DEVICE_COLUMNS)
    index = IdentifierIndex(read_table(lake, "patients"), devices=devices_seen)
    assert "device_id" in index.kinds_in(f"mine is {devices[0]} thanks") and "serial_number" in index.kinds_in(
        f"pack {serials[0]} was open")  # fmt: skip
    assert not index.kinds_in("took 2 tablets, 1234 steps")  # no short number is taken for a serial


def _five_digit_count(report: dict[str, object]) -> int:
    """A row count of the report with five digits: the shape of a ZIP code."""
    counts = [n for n in report["rows"].values() if 10_000 <= n <= 99_999]  # type: ignore[attr-defined]
    assert counts, report["rows"]
    return counts[0]


def _set_patient_value(lake: Path, column: str, value: str) -> None:
    path = next((lake / "silver" / "patients").glob("*.parquet"))
    patients = pq.read_table(path)
    values = patients.column(column).to_pylist()
    values[0] = value
    pq.write_table(patients.set_column(patients.column_names.index(column), column, pa.array(values, pa.string())), path)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_zip_equal_to_a_report_count_does_not_block_but_a_zip_in_a_report_string_does(
        tiny_lake: Path, tmp_path: Path) -> None:
    """The report's numbers are measures, not PHI: a patient whose ZIP code equals a row count
    (JSON and page) publishes. A string of the report holding that ZIP is still refused."""
    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    count = _five_digit_count(deidentify(lake, KEY))
    _set_patient_value(lake, "zip5", str(count))
    report = deidentify(lake, KEY)
    assert report["leak_check"]["clean"] and count in report["rows"].values()
    assert str(count) in (lake / "reports" / "deidentification.md").read_text()
    assert check_output(lake, read_table(lake, "patients"), KEY).clean
    # the same number inside a string of the report (here the Silver path it names) is an identifier
    elsewhere = tmp_path / str(count)
    shutil.copytree(lake / "silver", elsewhere / "silver")
    with pytest.raises(LeakError) as caught:
        deidentify(lake, KEY, silver_lake=elsewhere)
    assert ("deidentification.json", "zip5") in {(h.table, h.kind) for h in caught.value.report.hits}


@pytest.mark.verifies("REQ-DEID-002", "REQ-DEID-005")
def test_a_phone_or_mrn_stored_as_a_number_is_found(tiny_lake: Path, tmp_path: Path) -> None:
    """A phone number or an MRN in an int64, double or decimal column fails the leak check."""
    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    patients = read_table(lake, "patients").to_pylist()
    phone = int(re.sub(r"\D", "", re.sub(r"x\d+$", "", patients[1]["phone"])))
    mrn_digits = int(re.sub(r"\D", "", patients[2]["mrn"]))

    def plant(staged: Path) -> None:
        for table, column, values in (("reminders", "caller", pa.array([phone] * 3, pa.int64())),
                                      ("events", "ref", pa.array([Decimal(mrn_digits).quantize(Decimal("0.01"))] * 3,
                                                                 pa.decimal128(20, 2))),
                                      ("messages", "callback", pa.array([float(phone)] * 3, pa.float64()))):
            path = next((staged / table).glob("*.parquet"))
            data = pq.read_table(path)
            pq.write_table(data.slice(0, 3).append_column(column, values), path)

    with pytest.raises(LeakError) as caught:
        deidentify(lake, KEY, before_leak_check=plant)
    hits = {(h.table, h.column, h.kind) for h in caught.value.report.hits}
    assert {("reminders", "caller", "phone"), ("events", "ref", "mrn"), ("messages", "callback", "phone")} <= hits
    assert str(phone) not in str(caught.value) and str(mrn_digits) not in str(caught.value)


@pytest.mark.verifies("REQ-DEID-002")
def test_number_kinds_of_each_storage_of_a_phone_or_mrn() -> None:
    """Each way a producer may store the number: with a country code, leading zeros lost, as a
    whole float or decimal; counts, fractions and other numbers are none."""
    patients = pa.table({
        "mrn": ["MRN-00123456", "7788990011"], "full_name": ["Ana Lima", "Kofi Mensah"],
        "date_of_birth": [pd.Timestamp("1950-01-02").date()] * 2,
        "phone": ["+1 (312) 555-0147 ext. 9", "024 515 36 38"], "email": [None, None],
        "street_address": ["8 Elm Road", "Rua Nova 3"], "city": ["Dayton", "Porto"], "zip5": ["45402", "40000"]})
    index = IdentifierIndex(patients)
    for value in (3125550147, 13125550147, 13125550147.0, Decimal("3125550147.00"), 245153638):
        assert index.number_kinds(value) == {"phone"}, value
    for value in (123456, 7788990011, Decimal("123456")):
        assert index.number_kinds(value) == {"mrn"}, value
    for value in (42, 45402, 3125550147.5, -3125550147, float("nan"), float("inf"), 0):
        assert index.number_kinds(value) == set(), value


@pytest.mark.verifies("REQ-DEID-002", "REQ-DEID-004")
def test_policy_labels_that_are_not_codes_become_keyed_pseudonyms(tiny_lake: Path, tmp_path: Path) -> None:
    """``reminders.policy`` is free text in the contract: a code ("explore-09@1") is published as
    written, anything else (a person's name in any locale, a phone number, a patient's name, a
    name with a version) as ``policy-<keyed pseudonym>``, the same label always the same one."""
    from faker import Faker

    from features.deid.keys import policy_pseudonym

    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    patient = read_table(lake, "patients").column("full_name")[3].as_py()
    invented = [Faker(locale, seed=13).name() for locale in ("pl_PL", "vi_VN", "es_MX", "de_DE")]
    not_codes = [*invented, "nurse Okafor's plan", "anna-2", "Thompson", "call 312-555-0147", "v2-12345678",
                 patient, patient.split()[-1].lower() + "-1", "tuesday plan"]
    codes = ["explore-09@1", "ucb-v2", "fixed-18", "ts_0.1"]
    path = next((lake / "silver" / "reminders").glob("*.parquet"))
    reminders = pq.read_table(path)
    written = [(not_codes + codes)[i % (len(not_codes) + len(codes))] for i in range(reminders.num_rows)]
    pq.write_table(reminders.set_column(reminders.column_names.index("policy"), "policy", pa.array(written)), path)

    report = deidentify(lake, KEY)
    output = _output(lake, "reminders")
    published = dict(zip(output.reminder_id, output.policy, strict=True))
    source = dict(zip(reminders.column("reminder_id").to_pylist(), written, strict=True))
    for reminder_id, label in source.items():
        expected = label if label in codes else policy_pseudonym(label, KEY)
        assert published[reminder_id] == expected, label
    assert all(re.fullmatch(r"policy-[0-9a-f]{24}", policy_pseudonym(label, KEY)) for label in not_codes)
    assert len({policy_pseudonym(label, KEY) for label in not_codes}) == len(not_codes)
    assert policy_pseudonym("anna-2", KEY) != policy_pseudonym("anna-2", b"another key")
    assert any("policy: labels that are not codes" in note for note in report["column_transformations"])


@pytest.mark.parametrize("label", ["sorgatzsybilla@3", "sybillasorgatz-2", "SorgatzSybilla@1", "v2-sorgatzsybilla"])
@pytest.mark.verifies("REQ-DEID-002", "REQ-DEID-005")
def test_a_policy_label_holding_a_glued_name_or_email_local_part_is_no_code(label: str) -> None:
    """A code-shaped label that holds a patient's name glued or an e-mail's local part is
    pseudonymised, and the leak check sees it in any column."""
    from features.deid.pipeline import is_policy_code

    patients = pa.table({
        "mrn": ["MRN-12345678"], "full_name": ["Sybilla Sorgatz"], "date_of_birth": [pd.Timestamp("1962-11-03").date()],
        "phone": ["+49 151 23456789"], "email": ["sorgatzsybilla@example.net"], "street_address": ["8 Elm Road"],
        "city": ["Dayton"], "zip5": ["45402"]})
    index = IdentifierIndex(patients)
    assert not is_policy_code(label, index)
    assert is_policy_code("explore-09@1", index)
    if not label.startswith("v2"):
        assert index.kinds_in(label)
