"""Differentially private releases and the ε ledger (issue 20)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from adherence.audit import AuditLog
from adherence.cli import app
from adherence.regulatory import privacy
from adherence.regulatory.ledger import AUDIT_KIND, BudgetExceededError, Ledger, LedgerError
from adherence.simulator import SimulationConfig, simulate
from features.contract import DOSE_EVENT_TYPES
from features.deid.pipeline import deidentify_patients, key_map
from tests.conftest import TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY, fill_disk, small_disk_at

LARGE = SimulationConfig(patients=3000, days=120, seed=23)
runner = CliRunner()


@pytest.fixture(scope="module")
def large_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulated lake whose patients and events are de-identified with the pipeline's own functions.

    Releases read only these two tables, so the messages' (slow) free-text redaction is skipped here.
    """
    lake = tmp_path_factory.mktemp("dp-lake")
    simulate(lake, LARGE)
    patients = ds.dataset(lake / "silver" / "patients").to_table()
    keys = key_map(patients, TEST_PSEUDONYM_KEY)
    events = ds.dataset(lake / "silver" / "events").to_table(columns=["mrn", "event_type", "event_time"]).to_pandas()
    events.insert(0, "patient_key", events.pop("mrn").map(keys))
    for table, frame in {
        "patients": deidentify_patients(patients, [keys[mrn] for mrn in patients.column("mrn").to_pylist()]).to_pandas(),
        "events": events,
    }.items():
        (lake / "deidentified" / table).mkdir(parents=True)
        frame.to_parquet(lake / "deidentified" / table / "part-0.parquet", index=False)
    return lake


@pytest.fixture
def lake(large_lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A lake of its own (ledger, audit log, releases) over the shared de-identified tables."""
    (tmp_path / "deidentified").symlink_to(large_lake / "deidentified", target_is_directory=True)
    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", TEST_AUDIT_KEY)
    return tmp_path


def _audit(lake: Path) -> AuditLog:
    return AuditLog(lake / "audit" / "audit.log", TEST_AUDIT_KEY.encode())


def _release(lake: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["release", "--lake", str(lake), *args])
    return result.exit_code, result.output


@pytest.mark.verifies("REQ-DP-001")
def test_a_release_over_the_budget_is_refused_with_the_figures(lake: Path) -> None:
    code, output = _release(lake, "--query", "dropoff_by_region", "--epsilon", "0.6", "--partner", "acme",
                            "--total-epsilon", "1.0")  # fmt: skip
    assert code == 0, output
    ledger_before = (lake / "releases" / "ledger.json").read_bytes()
    code, output = _release(lake, "--query", "adherence_by_condition_age_week", "--epsilon", "0.5", "--partner", "beta")
    assert code == 1
    text = " ".join(output.split())
    assert "release refused: ε = 0.5 would bring dataset 'deidentified' to ε = 1.1 of its total budget 1.0" in text
    assert "already spent 0.6 in 1 releases; 0.4 remains" in text
    # nothing published, nothing charged
    published = sorted(path.name for path in (lake / "releases").iterdir())
    assert published == [".ledger.lock", "ledger.json", "rel-0001-dropoff_by_region"]
    assert (lake / "releases" / "ledger.json").read_bytes() == ledger_before
    assert [entry["kind"] for entry in _audit(lake).entries()] == [AUDIT_KIND]
    # what remains can still be spent; the total cannot be raised afterwards
    assert _release(lake, "--query", "dropoff_by_region", "--epsilon", "0.4", "--partner", "beta")[0] == 0
    code, output = _release(lake, "--query", "dropoff_by_region", "--epsilon", "0.1", "--partner", "acme",
                            "--total-epsilon", "5")  # fmt: skip
    assert code == 2 and "cannot be changed to 5.0" in " ".join(output.split())


@pytest.mark.verifies("REQ-DP-001")
def test_repeated_releases_add_up_exactly_per_dataset_and_partner(lake: Path) -> None:
    ledger = Ledger(lake / "releases", _audit(lake))
    partners = ["acme", "beta", "acme", "gamma", "acme", "beta", "acme", "beta", "gamma", "acme"]
    for number, partner in enumerate(partners, start=1):
        charge = ledger.charge("deidentified", partner, "dropoff_by_region", 0.1, 0.0, total_epsilon=1.0)
        assert charge.release_id == f"rel-{number:04d}-dropoff_by_region"
        assert Decimal(str(charge.spent_after)) == Decimal("0.1") * number  # ten times 0.1 is exactly 1.0
    assert ledger.spent("deidentified") == Decimal("1.0")
    summary = ledger.summary()["deidentified"]
    assert summary == {"total_epsilon": 1.0, "spent": 1.0, "remaining": 0.0, "releases": 10,
                       "per_partner": {"acme": 0.5, "beta": 0.3, "gamma": 0.2}}  # fmt: skip
    with pytest.raises(BudgetExceededError, match=r"to ε = 1.1 of its total budget 1.0"):
        ledger.charge("deidentified", "acme", "dropoff_by_region", 0.1, 0.0)
    # another dataset has a budget of its own
    assert ledger.charge("other", "acme", "dropoff_by_region", 2.0, 0.0).spent_after == 2.0
    audit = _audit(lake)
    assert audit.verify().ok
    charges = [entry["payload"] for entry in audit.entries() if entry["kind"] == AUDIT_KIND]
    assert [charge["partner"] for charge in charges] == [*partners, "acme"]
    assert sum(Decimal(str(c["epsilon"])) for c in charges if c["dataset"] == "deidentified") == Decimal("1.0")
    assert charges[-1]["ledger_sha256"] == hashlib.sha256(ledger.path.read_bytes()).hexdigest()


@pytest.mark.verifies("REQ-DP-001")
def test_a_ledger_that_forgets_a_release_or_a_tampered_audit_log_stops_releases(lake: Path) -> None:
    ledger = Ledger(lake / "releases", _audit(lake))
    for _ in range(3):
        ledger.charge("deidentified", "acme", "dropoff_by_region", 0.5, 0.0)
    signed = ledger.path.read_text()
    data = json.loads(signed)
    data["datasets"]["deidentified"]["releases"].pop()
    ledger.path.write_text(json.dumps(data))
    ledger.check("deidentified", 0.1)  # the last release, forgotten, is restored from its signed audit entry
    assert ledger.path.read_text() == signed and ledger.spent("deidentified") == Decimal("1.5")
    data = json.loads(signed)
    data["datasets"]["deidentified"]["releases"].pop(0)  # an older one cannot be: the sums disagree
    ledger.path.write_text(json.dumps(data))
    assert ledger.spent("deidentified") == Decimal("1.0")
    with pytest.raises(LedgerError, match=r"records 2 releases \(ε = 1.0\) .* but the signed audit log 3 \(ε = 1.5\)"):
        ledger.charge("deidentified", "acme", "dropoff_by_region", 0.5, 0.0)
    data["datasets"]["deidentified"]["releases"].append(dict(data["datasets"]["deidentified"]["releases"][-1], partner="nobody"))
    ledger.path.write_text(json.dumps(data))  # the sums agree again, but the file is not the one the audit log signed
    with pytest.raises(LedgerError, match="is not the ledger the audit log's last dp_release entry signed"):
        ledger.charge("deidentified", "acme", "dropoff_by_region", 0.5, 0.0)
    lines = ledger.audit.path.read_text().splitlines(keepends=True)
    ledger.audit.path.write_text("".join(lines[:1] + lines[2:]))
    with pytest.raises(LedgerError, match="the audit log does not verify"):
        ledger.charge("deidentified", "acme", "dropoff_by_region", 0.5, 0.0)


@pytest.mark.verifies("REQ-DP-002")
def test_the_manifest_states_epsilon_delta_mechanism_and_each_cells_error(lake: Path) -> None:
    code, output = _release(lake, "--query", "adherence_by_condition_age_week", "--epsilon", "0.5", "--partner", "acme",
                            "--weeks", "3", "--until", "2026-04-30")  # fmt: skip
    assert code == 0, output
    folder = lake / "releases" / "rel-0001-adherence_by_condition_age_week"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["privacy"]["epsilon"] == 0.5 and manifest["privacy"]["delta"] == 0.0
    assert "OpenDP" in manifest["privacy"]["mechanism"] and manifest["privacy"]["sensitivity_l1"] == 6
    scale = manifest["privacy"]["scale"]
    assert scale == pytest.approx(6 / 0.5, rel=1e-6)
    bound = manifest["error"]["per_cell"]["patients"]["bound"]
    assert bound == privacy.error_bound(scale, 0.05) and manifest["error"]["confidence"] == 0.95
    assert manifest["privacy"]["window"] == {"from": "2026-04-10", "until": "2026-04-30", "weeks": 3}
    table = pd.read_csv(folder / "release.csv")
    # every cell of the public domain, zeros included, each with its error; no patient-level column
    assert len(table) == len(privacy.CONDITIONS) * len(privacy.AGE_BANDS) * 3 == manifest["query"]["cells"]
    assert set(table["week_start"]) == {"2026-04-10", "2026-04-17", "2026-04-24"}
    assert (table["patients_error"] == bound).all() and (table["adherent_error"] == bound).all()
    assert not any("patient_key" in column for column in table.columns)
    assert (table[["patients", "adherent"]] >= 0).all().all()
    assert (table["adherence_rate_low"] <= table["adherence_rate_high"]).all()
    assert manifest["ledger"] == {"spent_before": 0.0, "spent_after": 0.5, "total_epsilon": 3.0, "remaining": 2.5}


def _independent_adherence_counts(lake: Path, window: privacy.Window) -> pd.DataFrame:
    """The adherence query's exact counts, computed again in pandas from the de-identified tables."""
    patients = pq.read_table(lake / "deidentified" / "patients").to_pandas()
    events = pq.read_table(lake / "deidentified" / "events").to_pandas()
    doses = events[events["event_type"].isin(DOSE_EVENT_TYPES)]
    dose_day = pd.to_datetime(doses["event_time"], utc=True).dt.date
    enrolled = pd.to_datetime(patients["enrolled_at"], utc=True).dt.date
    rows = []
    for start in window.starts:
        in_week = doses[(dose_day >= start) & (dose_day < start + dt.timedelta(days=7))]
        counts = in_week.groupby("patient_key").size()
        eligible = patients[enrolled < start].copy()
        eligible["adherent"] = eligible["patient_key"].map(counts).fillna(0) >= 0.8 * 7 * eligible["doses_per_day"]
        grouped = eligible.groupby(["condition", "age_band"]).agg(patients=("adherent", "size"), adherent=("adherent", "sum"))
        rows.append(grouped.reset_index().assign(week_start=start))
    return pd.concat(rows)


@pytest.mark.verifies("REQ-DP-002")
def test_released_counts_fall_within_the_stated_bounds_at_the_stated_rate(large_lake: Path) -> None:
    window = privacy.Window(dt.date(2026, 4, 30), weeks=12)
    aggregate = privacy.adherence_by_condition_age_week(large_lake, window)
    exact = aggregate.cells.set_index(aggregate.keys)
    independent = _independent_adherence_counts(large_lake, window).set_index(aggregate.keys)
    assert independent["patients"].sum() > 10_000  # a large lake: thousands of patient-weeks
    joined = exact.join(independent, rsuffix="_pandas", how="left").fillna(0)
    assert (joined["patients"] == joined["patients_pandas"]).all() and (joined["adherent"] == joined["adherent_pandas"]).all()
    assert len(exact) == len(privacy.CONDITIONS) * len(privacy.AGE_BANDS) * 12

    epsilon, alpha = 8.0, 0.05
    errors, bounds, scales = [], set(), set()
    for _ in range(10):  # ten independent releases: over 10,000 noisy counts
        noisy = privacy.privatize(aggregate, epsilon, alpha)
        bounds.add(noisy.error_bound)
        scales.add(noisy.scale)
        released = noisy.table.set_index(aggregate.keys)
        for column in aggregate.counts:
            truth = exact[column]
            # cells whose exact count exceeds the bound: clamping at zero cannot change whether they are within it
            large = truth > noisy.error_bound
            errors.append((released[column] - truth)[large].to_numpy())
    (bound,), (scale,) = bounds, scales
    assert scale == pytest.approx(2 * 12 / epsilon)

    # The discrete Laplace's own law: P(|error| <= k) = 1 - 2 q^(k+1) / (1 + q), q = exp(-1/scale).
    q = np.exp(-1 / scale)
    def coverage(k: int) -> float:
        return float(1 - 2 * q ** (k + 1) / (1 + q))

    assert coverage(bound) >= 1 - alpha > coverage(bound - 1)  # the stated bound holds, and is the tightest that does
    error = np.concatenate(errors)
    assert len(error) > 8_000
    within = np.mean(np.abs(error) <= bound)
    tolerance = 4 * np.sqrt(alpha * (1 - alpha) / len(error))
    assert coverage(bound) - tolerance <= within <= coverage(bound) + tolerance, (within, coverage(bound))
    std = privacy._discrete_laplace_sd(scale)
    assert np.std(error) == pytest.approx(std, rel=0.08)  # noise is there, and of the stated size
    assert abs(np.mean(error)) < 4 * std / np.sqrt(len(error))  # unbiased


def test_dropoff_by_region_covers_every_region_and_every_enrolled_patient(large_lake: Path) -> None:
    window = privacy.Window(dt.date(2026, 4, 30), weeks=4)
    aggregate = privacy.dropoff_by_region(large_lake, window)
    assert list(aggregate.cells["region"]) == list(privacy.REGIONS)
    patients = pq.read_table(large_lake / "deidentified" / "patients").to_pandas()
    enrolled = (pd.to_datetime(patients["enrolled_at"], utc=True).dt.date <= window.until).sum()
    assert aggregate.cells["patients"].sum() == enrolled
    assert 0 < aggregate.cells["dropped_off"].sum() < enrolled
    assert (aggregate.cells["dropped_off"] <= aggregate.cells["patients"]).all()
    assert aggregate.sensitivity == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--query", "nope", "--epsilon", "1", "--partner", "acme"], "unknown query 'nope'"),
        (["--query", "dropoff_by_region", "--epsilon", "0", "--partner", "acme"], "--epsilon must be between 0.001 and 10"),
        (["--query", "dropoff_by_region", "--epsilon", "1e-16", "--partner", "acme"], "--epsilon must be between"),
        (["--query", "dropoff_by_region", "--epsilon", "1e300", "--partner", "acme"], "got 1e+300"),
        (["--query", "dropoff_by_region", "--epsilon", "nan", "--partner", "acme"], "got nan"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--total-epsilon", "50"],
         "--total-epsilon must be above 0 and at most 10"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", ""], "got an empty name"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "   "], "got an empty name"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme\x1b[2J"], "must be printable"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", " acme"], "without leading or trailing"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--until", "1999-01-01"],
         "holds no day of the lake's events"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--weeks", "100000000"],
         "--weeks must be between 1 and 104"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--until", "0001-01-09"],
         "starts before the calendar's first day"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--until", ""], "--until must be a date"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--until", "2026-13-01"],
         "--until must be a date written YYYY-MM-DD, got '2026-13-01'"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "\u0410cme Research"], "mixes scripts"),
        (["--query", "dropoff_by_region", "--epsilon", "10", "--partner", "acme", "--total-epsilon", "10"],
         "every count would be published exactly"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--output", "/proc/nowhere/x"],
         "--output: cannot write a release under /proc/nowhere"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--until", "30/04/2026"],
         "--until must be a date written YYYY-MM-DD"),
        (["--query", "dropoff_by_region", "--epsilon", "1"], "Missing option '--partner'"),
        # A confidence that rounds to 100% (the manifest would state 1.0), or one under 50%; and no number at all.
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--alpha", "1e-300"],
         "--alpha must be between 0.001 and 0.5 (error bounds at 50% to 99.9% confidence), got 1e-300"),
        (["--query", "dropoff_by_region", "--epsilon", "0.5", "--partner", "acme", "--alpha", "0.999999"],
         "--alpha must be between 0.001 and 0.5"),
        (["--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--alpha", "nan"], "got nan"),
    ],
)
def test_bad_requests_are_explained_and_charge_nothing(lake: Path, args: list[str], message: str) -> None:
    code, output = _release(lake, *args)
    assert code == 2 and message in " ".join(output.split())
    assert not (lake / "releases" / "ledger.json").exists()


@pytest.mark.verifies("REQ-DP-001")
def test_a_wiped_ledger_and_audit_log_cannot_reset_the_budget_when_anchored(
    lake: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setenv("ADHERENCE_AUDIT_ANCHOR", str(tmp_path_factory.mktemp("anchor") / "audit.head"))
    args = ("--query", "dropoff_by_region", "--epsilon", "1", "--partner", "acme", "--total-epsilon", "1")
    assert _release(lake, *args)[0] == 0
    assert _release(lake, *args)[0] == 1  # spent
    shutil.rmtree(lake / "releases")
    shutil.rmtree(lake / "audit")
    code, output = _release(lake, *args)
    assert code == 2 and "the audit log does not verify" in " ".join(output.split())
    assert not any((lake / "releases").glob("rel-*"))


@pytest.mark.verifies("REQ-DP-001")
def test_a_release_killed_between_signing_and_writing_the_ledger_is_finished_by_the_next(lake: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    env = {**os.environ, "ADHERENCE_FAILPOINT": "ledger-signed", "ADHERENCE_AUDIT_KEY": TEST_AUDIT_KEY}
    command = [sys.executable, "-m", "adherence.cli", "release", "--lake", str(lake), "--query", "dropoff_by_region",
               "--partner", "Acme  Research", "--total-epsilon", "1"]  # fmt: skip
    killed = subprocess.run([*command, "--epsilon", "0.25"], env=env, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert [entry["kind"] for entry in _audit(lake).entries()] == [AUDIT_KIND]  # signed, never written to the ledger
    assert not (lake / "releases" / "ledger.json").exists()
    # the next release finishes the killed one from its signed entry, then charges its own
    code, output = _release(lake, "--query", "dropoff_by_region", "--epsilon", "0.5", "--partner", "acme research")
    assert code == 0, output
    assert "rel-0001-dropoff_by_region was charged and signed by an interrupted run" in " ".join(output.split())
    ledger = Ledger(lake / "releases", _audit(lake))
    assert ledger.spent("deidentified") == Decimal("0.75")
    assert ledger.summary()["deidentified"]["per_partner"] == {"acme research": 0.75}  # one partner, however spaced
    assert not list((lake / "releases").glob(".ledger.json.*.tmp"))
    assert _release(lake, "--query", "dropoff_by_region", "--epsilon", "0.5", "--partner", "acme")[0] == 1  # 0.25 left


@pytest.mark.verifies("REQ-DP-001")
def test_a_release_on_a_full_disk_exits_2_and_what_it_charged_is_said(lake: Path, tmp_path: Path) -> None:
    """A real full file system (a small tmpfs, as the audit log's full-disk test uses), at each of the two places
    a release writes: its ledger, and its own files."""
    args = ["--query", "dropoff_by_region", "--partner", "acme", "--total-epsilon", "1"]
    # 1. The ledger's folder is full: the charge is signed (the audit log is elsewhere), the ledger cannot be written.
    with small_disk_at(lake / "releases") as disk:
        filler = fill_disk(disk)
        code, output = _release(lake, *args, "--epsilon", "0.25")
        said = " ".join(output.split())
        assert code == 2 and "the release stopped: No space left on device" in said, output
        assert "next `adherence release` says so" in said and "Traceback" not in output
        assert [entry["kind"] for entry in _audit(lake).entries()] == [AUDIT_KIND]
        assert sorted(path.name for path in disk.iterdir()) == [".ledger.lock", "filler"]  # no ledger, no staging
        filler.unlink()  # the operator frees space
        code, output = _release(lake, *args, "--epsilon", "0.5")
        assert code == 0, output
        assert "rel-0001-dropoff_by_region was charged and signed by an interrupted run" in " ".join(output.split())
        assert Ledger(lake / "releases", _audit(lake)).spent("deidentified") == Decimal("0.75")
        # 2. The release's own folder is full: charged and recorded, not written; this run says so, naming it.
        with small_disk_at(tmp_path / "out") as out:
            fill_disk(out)
            code, output = _release(lake, *args, "--epsilon", "0.125", "--output", str(out / "for-acme"))
            said = " ".join(output.split())
            assert code == 2 and "rel-0003-dropoff_by_region was charged (ε = 0.125" in said, output
            assert "No space left on device" in said and "its ε stays spent" in said
            assert sorted(path.name for path in out.iterdir()) == ["filler"]  # nothing half-written left
        assert Ledger(lake / "releases", _audit(lake)).spent("deidentified") == Decimal("0.875")
        assert _release(lake, *args, "--epsilon", "0.25")[0] == 1  # 0.125 left: the unpublished charge counts
