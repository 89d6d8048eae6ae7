"""Feature engineering and the Feast repository, on real Feast (no mocks).

One module-scoped store is built from a stand-in de-identified copy of ``small_lake``;
a second ("planted") lake adds events after a cut-off to prove nothing leaks backwards.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from adherence.domain import DOSE_HOUR_DAYS, HOUR_HISTORY_DAYS
from features import materialize as fm
from features.engineering import build_tables
from features.store import repo_dir
from tests.network import free_port, reachable

AS_OF = datetime(2026, 4, 1, tzinfo=UTC)  # a snapshot instant (midnight UTC)
ONLINE_AT = datetime(2026, 4, 20, tzinfo=UTC)
EVENT_COLUMNS = [
    "event_id", "patient_key", "event_type", "event_time", "device_id", "raw_datamatrix", "gtin", "serial_number",
    "batch_number", "expiry_date", "registry_state", "region", "sensor_kind", "sensor_value",
]  # fmt: skip


def _write(frame: pd.DataFrame, folder: Path, name: str = "part-0000") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), folder / f"{name}.parquet")


def _build(lake: Path, profile: str = "embedded", project: str = "adherence") -> None:
    fm.build_feature_tables(lake)
    fm.apply(lake, profile=profile, project=project)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def feature_lake(deid_lake: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the de-identified small lake (no Silver): the tests below add rows to it."""
    lake = tmp_path_factory.mktemp("feature-lake")
    shutil.copytree(deid_lake / "deidentified", lake / "deidentified")
    return lake


@pytest.fixture(scope="module")
def keys(feature_lake: Path) -> dict[str, Any]:
    """A few patients with doses and sensor readings, and supply series with scans, before AS_OF.

    ``reminder_patient`` takes no dose from 30 minutes before AS_OF to 2 hours after it.
    """
    events = pd.read_parquet(feature_lake / "deidentified" / "events")
    before = events[events.event_time < AS_OF]
    sensing = before[before.event_type == "sensor_reading"].patient_key.unique()
    dosing = before[before.event_type.isin(["med_scan", "pillbox_opened"])].patient_key.unique()
    patients = sorted(set(sensing) & set(dosing))[:20] + sorted(set(dosing) - set(sensing))[:20]
    doses = events[events.event_type.isin(["med_scan", "pillbox_opened"])]
    near = doses[(doses.event_time >= AS_OF - timedelta(minutes=30)) & (doses.event_time <= AS_OF + timedelta(hours=2))]
    scans = before.dropna(subset=["batch_number"])
    series = scans.groupby(["batch_number", "region"]).size().sort_values(ascending=False).head(20)
    return {
        "patients": patients,
        "reminder_patient": next(p for p in patients if p not in set(near.patient_key)),
        "series": [dict(zip(("batch_number", "region"), k, strict=True)) for k in series.index],
    }


@pytest.fixture(scope="module")
def store_lake(feature_lake: Path, keys: dict[str, Any]) -> Path:
    """feature_lake plus one reminder sent 30 minutes before AS_OF; feature tables built, Feast applied."""
    reminder = pd.DataFrame(
        [{
            "reminder_id": "PAST-REMINDER", "patient_key": keys["reminder_patient"],
            "sent_at": pd.Timestamp(AS_OF - timedelta(minutes=30)), "local_hour": 18, "channel": "push",
            "policy": "fixed-18", "propensity": 1.0,
        }]
    )  # fmt: skip
    _write(reminder, feature_lake / "deidentified" / "reminders", "past-reminder")
    _build(feature_lake)
    return feature_lake


@pytest.fixture(scope="module")
def planted_lake(store_lake: Path, keys: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """store_lake plus events at and after AS_OF: doses, an absurd sensor value, suspect scans."""
    lake = tmp_path_factory.mktemp("planted-lake")
    shutil.copytree(store_lake / "deidentified", lake / "deidentified")
    rows = []
    for i, patient in enumerate(keys["patients"]):
        for j, (kind, delay) in enumerate(
            [("med_scan", 0), ("pillbox_opened", 1), ("app_open", 2), ("sensor_reading", 86399), ("med_scan", 3600)]
        ):
            rows.append(_event(f"PLANT-{i}-{j}", patient, kind, AS_OF + timedelta(seconds=delay), serial=f"PLANTED{i}"))
    for i, series in enumerate(keys["series"]):
        for j in range(5):
            rows.append(
                _event(
                    f"PLANT-S{i}-{j}", keys["patients"][0], "med_scan", AS_OF + timedelta(minutes=j),
                    serial=f"PS{i}-{j}", state="suspect", **series,
                )
            )  # fmt: skip
    _write(pd.DataFrame(rows, columns=EVENT_COLUMNS), lake / "deidentified" / "events", "planted")
    _build(lake)
    return lake


def _event(
    event_id: str, patient: str, kind: str, when: datetime, *, serial: str = "X", state: str = "dispensed",
    batch_number: str = "PLANTB", region: str = "US-CA",
) -> dict[str, Any]:  # fmt: skip
    scan = kind == "med_scan"
    return {
        "event_id": event_id, "patient_key": patient, "event_type": kind, "event_time": pd.Timestamp(when),
        "device_id": None, "raw_datamatrix": None, "gtin": None, "serial_number": serial if scan else None,
        "batch_number": batch_number if scan else None, "expiry_date": None, "registry_state": state if scan else None,
        "region": region if scan else None, "sensor_kind": "glucose_mg_dl" if kind == "sensor_reading" else None,
        "sensor_value": 9999.0 if kind == "sensor_reading" else None,
    }  # fmt: skip


# --------------------------------------------------------------------------- helpers


def _patient_entities(patients: list[str], *moments: datetime) -> pd.DataFrame:
    return pd.DataFrame([{"patient_key": p, "event_timestamp": m} for m in moments for p in patients])


def _series_entities(series: list[dict[str, str]], *moments: datetime) -> pd.DataFrame:
    return pd.DataFrame([{**s, "event_timestamp": m} for m in moments for s in series])


def _sorted(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    return frame.sort_values(by).reset_index(drop=True)[sorted(frame.columns)]


def _same(a: Any, b: Any) -> bool:
    missing_a = a is None or (isinstance(a, float) and math.isnan(a))
    missing_b = b is None or (isinstance(b, float) and math.isnan(b))
    if missing_a or missing_b:
        return missing_a and missing_b
    if isinstance(a, float | np.floating) or isinstance(b, float | np.floating):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)


# --------------------------------------------------------------------------- engineering on a hand-made lake


def _tiny_lake(root: Path) -> Path:
    x = "a" * 32
    t = pd.Timestamp
    patients = pd.DataFrame(
        [{
            "patient_key": x, "age_at_enrolment": 64, "age_band": "60-69", "sex": "F", "zip3": "606", "state": "IL",
            "timezone": "America/Chicago", "enrolled_at": t("2026-01-01T00:00Z"), "condition": "type2_diabetes",
            "product_gtin": "00312345678906", "doses_per_day": 1, "comorbidity_count": 2,
            "prior_hospitalizations_12m": 0, "insurance": "medicare",
        }]
    )  # fmt: skip
    events = [
        _event("e1", x, "med_scan", t("2026-01-01T08:00Z"), serial="S1", batch_number="B1"),
        _event("e2", x, "med_scan", t("2026-01-01T20:00Z"), serial="S1", batch_number="B1"),
        _event("e3", x, "med_scan", t("2026-01-02T08:00Z"), serial="S1", batch_number="B1", state="suspect"),
        _event("e4", x, "med_scan", t("2026-01-02T09:00Z"), serial="S1", batch_number="B1"),
        _event("e5", x, "med_scan", t("2026-01-05T08:00Z"), serial="S2", batch_number="B1", state="unknown"),
        _event("e6", x, "app_open", t("2026-01-10T12:00Z")),
        _event("e7", x, "pillbox_opened", t("2026-01-11T00:00Z")),  # exactly at the Jan 10 snapshot: excluded
    ]
    for i, (day, value) in enumerate([(8, 100.0), (9, 110.0), (10, 130.0)]):
        events.append({**_event(f"s{i}", x, "sensor_reading", t(f"2026-01-{day:02d}T12:00Z")), "sensor_value": value})
    reminders = pd.DataFrame(
        [
            ("r1", x, t("2026-01-05T07:00Z"), 8),  # morning, dose at 08:00: responded
            ("r2", x, t("2026-01-09T23:30Z"), 18),  # evening, no dose within 120 min
            ("r3", x, t("2026-01-10T23:00Z"), 19),  # evening, dose at 00:00 but outcome known only after the snapshot
        ],
        columns=["reminder_id", "patient_key", "sent_at", "local_hour"],
    ).assign(channel="push", policy="fixed-09", propensity=1.0)
    folder = root / "deidentified"
    _write(patients, folder / "patients")
    _write(pd.DataFrame(events, columns=EVENT_COLUMNS), folder / "events")
    _write(reminders, folder / "reminders")
    return folder


def test_engineering_matches_hand_computed_values(tmp_path: Path) -> None:
    tables = build_tables(_tiny_lake(tmp_path), tmp_path / "features")
    frames = {name: pd.read_parquet(table.path) for name, table in tables.items()}
    jan10 = pd.Timestamp("2026-01-11T00:00Z")  # end of Jan 10
    activity = frames["patient_activity"].set_index("event_timestamp")
    assert len(activity) == 11  # Jan 1 .. Jan 11 (last event date)
    row = activity.loc[jan10]
    assert (row.doses_3d, row.doses_7d, row.doses_30d, row.app_opens_7d, row.pack_scans_30d) == (0, 1, 5, 1, 2)
    assert row.dose_rate_7d == pytest.approx(1 / 7) and row.dose_rate_30d == pytest.approx(5 / 10)
    assert row.days_since_last_dose == pytest.approx(5 + 16 / 24)
    assert row.longest_gap_30d == 5  # Jan 6..10; the Jan 3..4 gap is shorter
    assert row.dose_rate_trend == pytest.approx(1 / 7 - 4 / 3)  # prev-14 window holds only Jan 1..3
    assert activity.loc[jan10 + pd.Timedelta(days=1)].doses_3d == 1  # the midnight event lands in the next day
    # Relative to the patient's own rhythm (days 8..60 before the snapshot: here Jan 1..3, 4 doses).
    assert (row.doses_60d, row.dose_days_7d, row.dose_days_60d) == (5, 1, 3)
    assert row.doses_7d_vs_own == pytest.approx((1 / 7) / (4 / 3))
    assert row.gap_vs_own == pytest.approx((5 + 16 / 24) / (10 / 3))  # 10 days observed, 3 with a dose
    assert pd.isna(row.app_opens_7d_vs_own)  # no app opens in the usual period
    assert row.dose_hour_shift_7d == pytest.approx(0.5)  # 08:00 lately; 08, 20, 08, 09 h before: 08:30 (08 and 20 cancel)
    assert row.dose_hour_spread_7d == pytest.approx(0.0, abs=1e-12)  # one dose
    assert row.dose_hour_spread_own == pytest.approx(1 - 2 * math.cos(math.pi / 24) / 4)
    # The daily sequence: lag 01 is the snapshot's own day, null before the first observed day.
    lags = [row[f"doses_lag_{k:02d}"] for k in range(1, 12)]
    assert lags[:10] == [0, 0, 0, 0, 0, 1, 0, 0, 2, 2] and pd.isna(lags[10])

    clinical = frames["patient_clinical"].set_index("event_timestamp").loc[jan10]
    assert (clinical.last_sensor_kind, clinical.last_sensor_value, clinical.age_band) == ("glucose_mg_dl", 130.0, "60-69")
    assert clinical.sensor_trend_14d == pytest.approx(15.0)
    assert clinical.days_since_last_sensor == pytest.approx(0.5) and clinical.days_on_therapy == pytest.approx(10.0)

    reminders = frames["patient_reminders"].set_index("event_timestamp")
    row = reminders.loc[jan10]
    assert (row.reminders_7d, row.reminders_60d, row.reminders_morning_60d, row.reminders_evening_60d) == (3, 2, 1, 1)
    assert (row.response_rate_60d, row.response_rate_morning_60d, row.response_rate_evening_60d) == (0.5, 1.0, 0.0)
    assert pd.isna(row.response_rate_midday_60d)
    later = reminders.loc[jan10 + pd.Timedelta(days=1)]
    assert later.reminders_60d == 3 and later.response_rate_evening_60d == 0.5
    # The patient's own history by local hour (what the personalised reminder policy pools).
    n = HOUR_HISTORY_DAYS
    assert (row[f"reminders_h08_{n}d"], row[f"responses_h08_{n}d"], row[f"reminders_h18_{n}d"], row[f"responses_h18_{n}d"]) == (
        1, 1, 1, 0)  # fmt: skip
    assert row[f"reminders_h19_{n}d"] == 0 and later[f"reminders_h19_{n}d"] == 1 and later[f"responses_h19_{n}d"] == 1
    hourly = [c for c in reminders.columns if c.startswith(("reminders_h", "responses_h"))]
    assert len(hourly) == 48 and (reminders.loc[later.name, hourly] > 0).sum() == 5  # h08, h18, h19 sent; h08, h19 answered
    # Dose times by local hour in the patient's zone (Chicago, UTC-6 in January), per UTC day of the event:
    # 08:00Z three times -> 02h, 09:00Z -> 03h, 20:00Z -> 14h; the pillbox at 00:00Z Jan 11 (18h local) only later.
    doses = {c: int(row[c]) for c in reminders.columns if c.startswith("doses_h") and row[c] > 0}
    m = DOSE_HOUR_DAYS
    assert doses == {f"doses_h02_{m}d": 3, f"doses_h03_{m}d": 1, f"doses_h14_{m}d": 1}
    assert later[f"doses_h18_{m}d"] == 1 and len([c for c in reminders.columns if c.startswith("doses_h")]) == 24

    supply = frames["supply_series"].set_index("event_timestamp")
    jan5 = supply.loc[pd.Timestamp("2026-01-06T00:00Z")]
    assert (jan5.scans, jan5.unknown, jan5.suspect_unknown_rate, jan5.baseline_scans_14d) == (1, 1, 1.0, 4)
    assert jan5.baseline_mean_14d == pytest.approx(0.25) and jan5.baseline_std_14d == pytest.approx(math.sqrt(0.125))
    assert jan5.suspect_unknown_zscore == pytest.approx(0.75 / math.sqrt(0.125))
    assert pd.isna(supply.loc[pd.Timestamp("2026-01-04T00:00Z")].suspect_rate)  # no scans on Jan 3


def test_the_hour_histories_reach_back_their_whole_windows_and_no_further(tmp_path: Path) -> None:
    """A reminder answered at 08h local stays in the patient's hour-by-hour reminder history on every
    snapshot up to ``HOUR_HISTORY_DAYS`` days after it (long after the 60-day counts forgot it) and
    leaves it the day after; its dose stays in the dose-hour counts for ``DOSE_HOUR_DAYS`` days. The
    names carry the windows, as the Feast definitions give them, and the policy finds them."""
    from features.store.definitions import PATIENT_REMINDERS
    from models.personal import dose_columns, history_columns

    x, t = "b" * 32, pd.Timestamp
    start, n, m = t("2026-01-01T00:00Z"), HOUR_HISTORY_DAYS, DOSE_HOUR_DAYS
    patients = pd.DataFrame(
        [{
            "patient_key": x, "age_at_enrolment": 50, "age_band": "50-59", "sex": "M", "zip3": "100", "state": "NY",
            "timezone": "UTC", "enrolled_at": start, "condition": "hypertension", "product_gtin": "00312345678906",
            "doses_per_day": 1, "comorbidity_count": 0, "prior_hospitalizations_12m": 0, "insurance": "commercial",
        }]
    )  # fmt: skip
    events = [
        _event("d1", x, "med_scan", t("2026-01-02T08:30Z"), serial="S1", batch_number="B1"),
        _event("d2", x, "app_open", start + pd.Timedelta(days=max(n, m) + 10, hours=12)),  # the grid runs to the last event
    ]
    reminders = pd.DataFrame(
        [("r1", x, t("2026-01-02T08:00Z"), 8)], columns=["reminder_id", "patient_key", "sent_at", "local_hour"]
    ).assign(channel="push", policy="fixed-09", propensity=1.0)
    folder = tmp_path / "deidentified"
    _write(patients, folder / "patients")
    _write(pd.DataFrame(events, columns=EVENT_COLUMNS), folder / "events")
    _write(reminders, folder / "reminders")
    frame = pd.read_parquet(build_tables(folder, tmp_path / "features")["patient_reminders"].path).set_index("day")
    sent_day = t("2026-01-02").date()
    history, dose = [f"reminders_h08_{n}d", f"responses_h08_{n}d"], f"doses_h08_{m}d"
    assert tuple(frame.loc[sent_day, [*history, dose]]) == (1, 1, 1)
    assert frame.loc[sent_day + timedelta(days=60), "reminders_60d"] == 0  # the 60-day count forgot it
    assert tuple(frame.loc[sent_day + timedelta(days=n - 1), history]) == (1, 1)
    assert tuple(frame.loc[sent_day + timedelta(days=n), history]) == (0, 0)
    assert frame.loc[sent_day + timedelta(days=m - 1), dose] == 1 and frame.loc[sent_day + timedelta(days=m), dose] == 0
    # The table, the Feast definitions and the policy agree on the names.
    assert set(frame.columns) >= {spec[0] for spec in PATIENT_REMINDERS} >= {*history, dose}
    found, doses = history_columns(list(frame.columns)), dose_columns(list(frame.columns))
    assert (found["reminders"][8], found["responses"][8], doses[8]) == (*history, dose)
    assert all(len(found[kind]) == 24 for kind in found) and len(doses) == 24


def test_engineering_refuses_a_lake_without_deidentified_tables(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="deidentify"):
        fm.build_feature_tables(tmp_path)


def test_duckdbs_memory_limit_is_applied_and_a_tight_one_is_named(feature_lake: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """``features apply`` bounds DuckDB (``ADHERENCE_DUCKDB_MEMORY_GIB``, default 2): unbounded it took 10.2 GiB on
    30,000 patients. The limit reaches DuckDB (a tiny one fails the build), the tables do not depend on it, and
    when the build needs more, the error names the setting instead of calling the de-identified files damaged."""
    import duckdb
    from typer.testing import CliRunner

    from adherence.cli import app

    with pytest.raises(duckdb.OutOfMemoryException):
        build_tables(feature_lake / "deidentified", tmp_path / "tiny", memory_limit="1MiB", threads=1)
    bounded = build_tables(feature_lake / "deidentified", tmp_path / "bounded", memory_limit="256MiB", threads=1)
    free = build_tables(feature_lake / "deidentified", tmp_path / "free")
    for name, table in free.items():
        pd.testing.assert_frame_equal(pd.read_parquet(table.path), pd.read_parquet(bounded[name].path))

    monkeypatch.setenv("ADHERENCE_DUCKDB_MEMORY_GIB", "0.1")
    result = CliRunner().invoke(app, ["features", "apply", "--lake", str(feature_lake)])
    assert result.exit_code == 2 and "ADHERENCE_DUCKDB_MEMORY_GIB" in result.output and "at least 0.25" in result.output

    def out_of_memory(lake: Path, *, memory_limit: str) -> None:
        assert memory_limit == "0.5GiB"
        raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block\nPossible solutions: ...")

    monkeypatch.setenv("ADHERENCE_DUCKDB_MEMORY_GIB", "0.5")
    monkeypatch.setattr(fm, "build_feature_tables", out_of_memory)
    result = CliRunner().invoke(app, ["features", "apply", "--lake", str(feature_lake)])
    assert result.exit_code == 2 and "memory limit of 0.5 GiB" in result.output
    assert "ADHERENCE_DUCKDB_MEMORY_GIB" in result.output and "damaged" not in result.output


# --------------------------------------------------------------------------- Feast: point in time


@pytest.mark.verifies("REQ-FEAT-001")
def test_events_after_as_of_never_reach_a_training_row(store_lake: Path, planted_lake: Path, keys: dict[str, Any]) -> None:
    moments = (AS_OF, AS_OF + timedelta(hours=13))
    for service, entities, by in (
        ("dropoff_v1", _patient_entities(keys["patients"], *moments), ["patient_key", "event_timestamp"]),
        ("reminder_v1", _patient_entities(keys["patients"], *moments), ["patient_key", "event_timestamp"]),
        ("anomaly_v1", _series_entities(keys["series"], *moments), ["batch_number", "region", "event_timestamp"]),
    ):
        clean = _sorted(fm.training_frame(store_lake, service, entities), by)
        planted = _sorted(fm.training_frame(planted_lake, service, entities), by)
        assert clean.drop(columns=by).notna().any().any()
        pd.testing.assert_frame_equal(clean, planted)

    # The plant is visible once it is in the past, so the check above is not vacuous.
    later = _patient_entities(keys["patients"], AS_OF + timedelta(days=1, hours=1))
    seen = fm.training_frame(planted_lake, "dropoff_v1", later)
    assert (seen.last_sensor_value == 9999.0).all()
    # The reminder sent before AS_OF was answered by a planted dose: known only 90 minutes after AS_OF.
    patient = keys["reminder_patient"]
    answered = _patient_entities([patient], AS_OF + timedelta(days=1, hours=1))
    clean_later = fm.training_frame(store_lake, "reminder_v1", answered).iloc[0]
    planted_later = fm.training_frame(planted_lake, "reminder_v1", answered).iloc[0]
    assert planted_later.reminders_evening_60d == clean_later.reminders_evening_60d
    assert planted_later.response_rate_evening_60d > clean_later.response_rate_evening_60d
    series_later = fm.training_frame(planted_lake, "anomaly_v1", _series_entities(keys["series"], AS_OF + timedelta(days=1)))
    assert (series_later.suspect >= 5).all()


# --------------------------------------------------------------------------- Feast: online equals offline


def _assert_online_equals_offline(lake: Path, keys: dict[str, Any], profile: str = "embedded") -> None:
    for service, rows in (
        ("dropoff_v1", [{"patient_key": p} for p in keys["patients"]]),
        ("reminder_v1", [{"patient_key": p} for p in keys["patients"]]),
        ("anomaly_v1", keys["series"]),
    ):
        online = pd.DataFrame(fm.online_features(lake, service, rows, profile=profile))
        offline = fm.training_frame(lake, service, pd.DataFrame(rows).assign(event_timestamp=ONLINE_AT), profile=profile)
        join_keys = list(rows[0])
        offline = offline.drop(columns="event_timestamp").set_index(join_keys)
        online = online.set_index(join_keys)
        assert sorted(online.columns) == sorted(offline.columns)
        assert online.notna().sum().sum() > len(online)  # real values, not a column of nulls
        mismatches = [
            (key, column, online.at[key, column], offline.at[key, column])
            for key in online.index
            for column in online.columns
            if not _same(online.at[key, column], offline.at[key, column])
        ]
        assert not mismatches, f"{service}: {mismatches[:5]}"


@pytest.mark.verifies("REQ-FEAT-002")
def test_online_values_equal_offline_values_after_materialisation(store_lake: Path, keys: dict[str, Any]) -> None:
    fm.materialize(store_lake, ONLINE_AT)
    _assert_online_equals_offline(store_lake, keys)


def test_feature_metadata_tags_every_field(store_lake: Path) -> None:
    store = fm.feature_store(store_lake)
    assert {s.name for s in store.list_feature_services()} == {"dropoff_v1", "anomaly_v1", "reminder_v1"}
    for view in store.list_feature_views():
        assert view.description and view.tags["pii"] == "false"
        for field in view.features:
            assert field.description and field.tags == {"pii": "false"}, (view.name, field.name)
    assert store.get_entity("patient").tags["pii"] == "pseudonym"


# --------------------------------------------------------------------------- the standard feast CLI


def _feast(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    feast = Path(sys.executable).with_name("feast")
    done = subprocess.run([str(feast), "-c", str(repo), *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"feast {' '.join(args)}: {done.stderr[-2000:]}"
    return done


def test_feast_cli_works_on_the_generated_repo(planted_lake: Path, keys: dict[str, Any]) -> None:
    repo = repo_dir(planted_lake)
    _feast(repo, "apply")
    listed = _feast(repo, "feature-views", "list").stdout
    for name in ("patient_activity", "patient_clinical", "patient_reminders", "supply_series"):
        assert name in listed
    assert "dropoff_v1" in _feast(repo, "feature-services", "list").stdout
    # Feast starts a first incremental run at wall-clock now minus the TTL, so the first run names its window.
    iso = "%Y-%m-%dT%H:%M:%S"
    _feast(repo, "materialize", (AS_OF - timedelta(days=2)).strftime(iso), AS_OF.strftime(iso))
    _feast(repo, "materialize-incremental", ONLINE_AT.strftime(iso))
    rows = [{"patient_key": p} for p in keys["patients"][:5]]
    online = fm.online_features(planted_lake, "dropoff_v1", rows)
    offline = fm.training_frame(planted_lake, "dropoff_v1", pd.DataFrame(rows).assign(event_timestamp=ONLINE_AT))
    assert online["doses_30d"] == offline.set_index("patient_key").loc[[r["patient_key"] for r in rows], "doses_30d"].tolist()


@pytest.mark.slow
def test_feast_ui_serves_the_repository(planted_lake: Path) -> None:
    import httpx

    from adherence.processes import ready_timeout

    port = free_port()
    feast = Path(sys.executable).with_name("feast")
    command = [str(feast), "-c", str(repo_dir(planted_lake)), "ui", "--host", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        waited = ready_timeout()  # 180 s, longer on a loaded machine
        deadline = time.monotonic() + waited
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-2000:] if server.stderr else "feast ui exited"
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
            assert time.monotonic() < deadline, f"feast ui did not answer /health within {waited:.0f} s"
        views = httpx.get(f"http://127.0.0.1:{port}/api/v1/feature_views", params={"project": "adherence"}, timeout=30)
        assert views.status_code == 200
        assert {v["spec"]["name"] for v in views.json()["featureViews"]} >= {"patient_activity", "supply_series"}
    finally:
        server.terminate()  # this server only, by its own PID
        server.wait(timeout=30)


# --------------------------------------------------------------------------- scale-out profile


@pytest.fixture
def scaleout_project(store_lake: Path) -> Iterator[str]:
    if not (reachable(5432) and reachable(6379)):
        message = "PostgreSQL 127.0.0.1:5432 and Redis 127.0.0.1:6379 are needed"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI machines run both; restart them as the README says)")
        pytest.skip(message)
    project = f"adh_test_{uuid.uuid4().hex[:12]}"
    yield project
    import redis

    store = fm.feature_store(store_lake, "scaleout")
    client = redis.Redis(host="127.0.0.1", port=6379)
    for key in client.scan_iter(match=b"*" + project.encode()):
        client.delete(key)
    store.registry.delete_project(project, commit=True)
    assert not list(client.scan_iter(match=b"*" + project.encode()))
    assert project not in {p.name for p in store.registry.list_projects(allow_cache=False)}


@pytest.mark.scaleout
def test_scaleout_profile_applies_materialises_and_serves(store_lake: Path, keys: dict[str, Any], scaleout_project: str) -> None:
    fm.apply(store_lake, profile="scaleout", project=scaleout_project)
    config = (repo_dir(store_lake, "scaleout") / "feature_store.yaml").read_text()
    assert "type: redis" in config and "postgresql+psycopg://" in config
    store = fm.materialize(store_lake, ONLINE_AT, profile="scaleout")
    assert store.config.project == scaleout_project
    assert store.get_feature_view("patient_activity").name == "patient_activity"  # read back from PostgreSQL
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379)
    assert next(client.scan_iter(match=b"*" + scaleout_project.encode()), None) is not None  # values live in Redis
    _assert_online_equals_offline(store_lake, keys, profile="scaleout")


def test_a_damaged_deidentified_file_is_named_not_a_traceback(deid_lake: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from adherence.cli import app
    from features.deidentified import DeidentifiedReadError, read_deidentified

    lake = tmp_path / "lake"
    shutil.copytree(deid_lake / "deidentified", lake / "deidentified")
    damaged = sorted((lake / "deidentified" / "events").rglob("*.parquet"))[0]
    data = bytearray(damaged.read_bytes())
    # every column's first page header overwritten by noise; the footer is intact. (Noise in the middle of a
    # page can land in a snappy literal run, which decodes "validly" to other bytes.)
    noise, group = random.Random(7), pq.ParquetFile(damaged).metadata.row_group(0)
    for chunk in (group.column(i) for i in range(group.num_columns)):
        start = chunk.dictionary_page_offset or chunk.data_page_offset
        data[start : start + 32] = noise.randbytes(32)
    damaged.write_bytes(bytes(data))
    with pytest.raises(DeidentifiedReadError) as raised:
        read_deidentified(lake, "events")
    assert raised.value.table == "events" and raised.value.path == damaged and "deidentified/events" in str(raised.value)
    result = CliRunner().invoke(app, ["features", "apply", "--lake", str(lake)])
    assert result.exit_code == 2 and damaged.name in result.output and "adherence deidentify" in result.output
    assert "Traceback" not in result.output
