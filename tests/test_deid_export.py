"""The k-anonymous, date-shifted research export, and the CLI from Silver to extract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from pycanon import anonymity
from typer.testing import CliRunner

from adherence.cli import app
from features.deid.export import EXPORT_QI, ExportError, export
from features.deid.keys import MAX_SHIFT_WEEKS, research_id
from tests.conftest import TEST_PSEUDONYM_KEY

KEY = TEST_PSEUDONYM_KEY
runner = CliRunner()


@pytest.fixture(scope="module")
def extract(deid_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("extract") / "k5"
    export(deid_lake, output, KEY, 5)
    return output


def _read(folder: Path, table: str) -> pd.DataFrame:
    return pq.read_table(folder / table).to_pandas()


@pytest.mark.verifies("REQ-EXPORT-001")
def test_requested_k_is_reached_per_pycanon(extract: Path) -> None:
    patients = _read(extract, "patients")
    manifest = json.loads((extract / "manifest.json").read_text())
    assert anonymity.k_anonymity(patients, list(EXPORT_QI)) >= 5
    assert manifest["k_achieved"] == anonymity.k_anonymity(patients, list(EXPORT_QI))
    assert manifest["l_diversity"]["l"] == anonymity.l_diversity(patients, list(EXPORT_QI), ["insurance"])
    assert manifest["l_diversity"]["sensitive_attribute"] == "insurance"
    assert manifest["patients_in"] - manifest["patients_suppressed"] == len(patients)
    assert set(manifest["generalisation"]) == {"location", "age_band", "sex", "condition"}
    assert not {"patient_key", "timezone", "state", "zip3", "age_at_enrolment"} & set(patients.columns)


@pytest.mark.verifies("REQ-EXPORT-002")
def test_dates_shift_by_whole_weeks_per_patient(deid_lake: Path, extract: Path) -> None:
    patients = _read(deid_lake / "deidentified", "patients")
    by_research = {research_id(pk, KEY): pk for pk in patients.patient_key}
    zones = patients.set_index("patient_key").timezone
    original = _read(deid_lake / "deidentified", "events")
    shifted = _read(extract, "events")
    weeks_of: dict[str, int] = {}
    for rid, group in list(shifted.groupby("research_id"))[:60]:
        pk = by_research[rid]
        before = original.loc[original.patient_key == pk, "event_time"].sort_values().reset_index(drop=True)
        after = group.event_time.sort_values().reset_index(drop=True)
        assert len(before) == len(after)
        deltas = (after - before).unique()
        assert len(deltas) == 1  # one offset for all of a patient's events
        delta = pd.Timedelta(deltas[0])
        assert delta % pd.Timedelta(days=7) == pd.Timedelta(0) and delta != pd.Timedelta(0)
        weeks = delta // pd.Timedelta(days=7)
        assert 0 < abs(weeks) <= MAX_SHIFT_WEEKS
        weeks_of[pk] = weeks
        assert (after.dt.dayofweek == before.dt.dayofweek).all()
        local_before = before.dt.tz_convert(zones[pk]).dt.tz_localize(None)
        local_after = group.sort_values("event_time").event_local_time.reset_index(drop=True)
        assert (local_after.dt.hour == local_before.dt.hour).all()
        assert ((local_after - local_before) == delta).all()
    assert len(set(weeks_of.values())) > 1  # offsets differ between patients
    out_patients = _read(extract, "patients").set_index("research_id")
    enrolled = patients.set_index("patient_key").enrolled_at
    for pk, weeks in weeks_of.items():
        rid = research_id(pk, KEY)
        if rid in out_patients.index:
            assert out_patients.loc[rid, "enrolled_at"] - enrolled[pk] == pd.Timedelta(weeks=weeks)


@pytest.mark.verifies("REQ-EXPORT-002")
def test_manifest_never_discloses_offsets(extract: Path) -> None:
    manifest = json.loads((extract / "manifest.json").read_text())
    assert manifest["date_shift"]["offsets_disclosed"] is False
    text = (extract / "manifest.json").read_text()
    assert 'research_id":' not in text and 'weeks":' not in text


@pytest.mark.verifies("REQ-EXPORT-001")
def test_unreachable_k_is_explained_and_keeps_previous_output(deid_lake: Path, extract: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    shutil.copytree(extract, output)
    before = {p.name: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    with pytest.raises(ExportError, match=r"k=100000 cannot be reached: .* only 600 patient"):
        export(deid_lake, output, KEY, 100_000)
    assert {p.name: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_export_needs_deidentified_input(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="run `adherence deidentify"):
        export(tmp_path, tmp_path / "out", KEY, 5)


def test_cli_from_silver_to_extract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADHERENCE_PSEUDONYM_KEY", KEY.decode())
    lake = tmp_path / "lake"
    result = runner.invoke(app, ["simulate", "--lake", str(lake), "--patients", "60", "--days", "20", "--seed", "3"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["deidentify", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"]["patients"] == 60
    assert (lake / "reports" / "deidentification.md").is_file()
    assert {p.name for p in (lake / "deidentified").iterdir()} == {"patients", "events", "reminders", "messages"}

    out = tmp_path / "extract"
    result = runner.invoke(app, ["export", "--lake", str(lake), "--k", "3", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["k_achieved"] >= 3
    assert anonymity.k_anonymity(_read(out, "patients"), list(EXPORT_QI)) >= 3

    result = runner.invoke(app, ["export", "--lake", str(lake), "--k", "61", "--output", str(out)])
    assert result.exit_code == 2 and "cannot be reached" in result.output


def test_export_is_deterministic(deid_lake: Path, extract: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    export(deid_lake, again, KEY, 5)
    for table in ("patients", "events", "reminders"):
        assert (again / table / "part-0000.parquet").read_bytes() == (extract / table / "part-0000.parquet").read_bytes()


def test_lattice_is_complete_and_starts_ungeneralised() -> None:
    from features.deid.generalize import LEVELS, lattice

    states = lattice()
    assert len(states) == 3 * 3 * 2 * 2 == len({tuple(s.items()) for s in states})
    assert states[0] == dict.fromkeys(LEVELS, 0)
    assert states[-1] == {dim: len(levels) - 1 for dim, levels in LEVELS.items()}


EXPORT_AGAIN = """
import sys
from pathlib import Path
from features.deid.export import export
from tests.conftest import TEST_PSEUDONYM_KEY
export(Path(sys.argv[1]), Path(sys.argv[2]), TEST_PSEUDONYM_KEY, int(sys.argv[3]))
"""


@pytest.mark.verifies("REQ-EXPORT-001")
def test_an_export_killed_at_a_publish_step_leaves_the_previous_extract_or_the_new_one_whole(
    deid_lake: Path, tmp_path: Path
) -> None:
    """Issue 21: every publishing command is atomic; the export is one of them (a kill leaves no half-written extract).

    One extract is killed at each publish step in turn, each kill starting from what the one before left: before the
    flip the previous extract stays whole, from the flip on the new one is in place."""
    import os
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    output = tmp_path / "extract"
    export(deid_lake, output, KEY, 3)
    published = 3
    for step, k in (("staged", 7), ("generation", 7), ("flipped", 7), ("linked", 4)):
        env = {**os.environ, "PYTHONPATH": str(root), "ADHERENCE_FAILPOINT": step}
        killed = subprocess.run([sys.executable, "-c", EXPORT_AGAIN, str(deid_lake), str(output), str(k)], cwd=root,
                                env=env, capture_output=True, timeout=600)  # fmt: skip
        assert killed.returncode == -signal.SIGKILL, (step, killed.stderr.decode()[-2000:])
        if step in ("flipped", "linked"):
            published = k
        manifest = json.loads((output / "manifest.json").read_text())
        assert manifest["k_requested"] == published, step  # the old extract, or the new one
        patients = _read(output, "patients")  # whole: the manifest describes exactly the tables beside it
        assert manifest["patients_in"] - manifest["patients_suppressed"] == len(patients), step
        assert anonymity.k_anonymity(patients, list(EXPORT_QI)) >= manifest["k_requested"], step
        assert set(_read(output, "events")["research_id"]) <= set(patients["research_id"]), step
    export(deid_lake, output, KEY, 5)  # the next export removes what the killed ones staged
    leftovers = [p.name for p in tmp_path.rglob("*.staging")]
    assert not leftovers and json.loads((output / "manifest.json").read_text())["k_requested"] == 5
