"""The simulator is reproducible and its data agree with the truth it records."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from adherence.simulator import SimulationConfig, simulate
from features.contract import DOSE_EVENT_TYPES
from features.silver import read_silver, read_table


def _silver_frames(lake: Path) -> dict[str, pd.DataFrame]:
    return {name: table.to_pandas() for name, table in read_silver(lake).items()}


def test_same_seed_same_lake_other_seed_other_lake(tmp_path: Path) -> None:
    config = SimulationConfig(patients=150, days=40, seed=3)
    simulate(tmp_path / "a", config)
    simulate(tmp_path / "b", config)
    simulate(tmp_path / "c", SimulationConfig(patients=150, days=40, seed=4))
    first, second, other = (_silver_frames(tmp_path / name) for name in "abc")
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])
    assert not first["patients"].mrn.equals(other["patients"].mrn)


def test_rerun_replaces_the_lake_without_leftovers(tmp_path: Path) -> None:
    simulate(tmp_path, SimulationConfig(patients=50, days=20, seed=1))
    simulate(tmp_path, SimulationConfig(patients=30, days=20, seed=2))
    assert len(read_table(tmp_path, "patients")) == 30
    assert sorted(p.name for p in tmp_path.iterdir()) == ["silver", "truth"]


def test_dropped_patients_take_no_dose_after_their_dropout_day(small_lake: Path) -> None:
    truth = pd.read_parquet(small_lake / "truth" / "patients")
    dropped = truth.dropna(subset=["dropout_date"])
    assert 0.05 < len(dropped) / len(truth) < 0.6, "a believable share of patients drops off"
    patients = read_table(small_lake, "patients").to_pandas().set_index("mrn")
    events = read_table(small_lake, "events", ["mrn", "event_type", "event_time"]).to_pandas()
    doses = events[events.event_type.isin(DOSE_EVENT_TYPES) & events.mrn.isin(dropped.mrn)]
    zones = patients.timezone.loc[doses.mrn].to_numpy()
    local_day = pd.Series([t.tz_convert(z).date() for t, z in zip(doses.event_time, zones, strict=True)], index=doses.index)
    cutoff = dropped.set_index("mrn").dropout_date.loc[doses.mrn].to_numpy()
    assert (local_day.to_numpy() <= cutoff).all()
    # ...while patients who stay engaged keep dosing up to the end.
    kept = truth[truth.dropout_date.isna()].mrn
    assert events[
        events.mrn.isin(kept) & events.event_type.isin(DOSE_EVENT_TYPES)
    ].event_time.max() > events.event_time.max() - pd.Timedelta(days=2)


def test_truth_dropout_probability_ranks_real_dropouts(small_lake: Path) -> None:
    days = pd.read_parquet(small_lake / "truth" / "patient_days")
    assert days.p_dropout_30d.between(0, 1).all()
    assert (days.loc[days.state == "dropped", "p_dropout_30d"] == 1).all()
    struggling = days.loc[days.state == "struggling", "p_dropout_30d"].mean()
    engaged = days.loc[days.state == "engaged", "p_dropout_30d"].mean()
    assert struggling > 2 * engaged
    # Calibration of the truth itself: among engaged/struggling days with 30 days of future,
    # the share that actually drops within 30 days matches the mean recorded probability.
    truth = pd.read_parquet(small_lake / "truth" / "patients").set_index("mrn")
    alive = days[days.state != "dropped"].copy()
    alive = alive[alive.date <= alive.date.max() - pd.Timedelta(days=30)]
    dropout = pd.to_datetime(truth.dropout_date.loc[alive.mrn]).to_numpy()
    horizon = (alive.date + pd.Timedelta(days=30)).to_numpy()
    observed = (dropout > alive.date.to_numpy()) & (dropout <= horizon)
    assert observed.mean() == pytest.approx(alive.p_dropout_30d.mean(), abs=0.02)


def test_reminder_outcomes_derived_from_events_equal_the_truth(small_lake: Path) -> None:
    """A dose event within 120 minutes after a reminder happens exactly when the truth says it responded."""
    reminders = read_table(small_lake, "reminders").to_pandas()
    truth = pd.read_parquet(small_lake / "truth" / "reminders").set_index("reminder_id")
    events = read_table(small_lake, "events", ["mrn", "event_type", "event_time"]).to_pandas()
    doses = events[events.event_type.isin(DOSE_EVENT_TYPES)].sort_values("event_time")
    merged = pd.merge_asof(
        reminders.sort_values("sent_at"),
        doses.rename(columns={"event_time": "dose_time"}),
        left_on="sent_at",
        right_on="dose_time",
        by="mrn",
        direction="forward",
    )
    responded = (merged.dose_time - merged.sent_at) <= pd.Timedelta(minutes=120)
    assert (responded.to_numpy() == truth.responded.loc[merged.reminder_id].to_numpy()).all()
    # Logged propensities are the logging policy's true probabilities.
    shares = reminders.local_hour.value_counts(normalize=True)
    propensity = reminders.groupby("local_hour").propensity.first()
    assert np.allclose(shares.loc[propensity.index], propensity, atol=0.02)


def test_incident_batches_show_raised_suspect_rates(small_lake: Path) -> None:
    incidents = pd.read_parquet(small_lake / "truth" / "incidents.parquet")
    assert len(incidents) >= 4 and set(incidents.kind) <= {"counterfeit", "suspect_flag"}
    scans = read_table(small_lake, "events", ["event_type", "event_time", "batch_number", "region", "registry_state"]).to_pandas()
    scans = scans[scans.event_type == "med_scan"]
    bad = scans.registry_state.isin(["suspect", "unknown"])
    background = bad.mean()
    raised = 0
    for incident in incidents.itertuples():
        start = pd.Timestamp(incident.start_date, tz="UTC")
        window = (
            (scans.batch_number == incident.batch_number)
            & (scans.region == incident.region)
            & scans.event_time.between(start, start + pd.Timedelta(days=40))
        )
        raised += bad[window].mean() > 10 * background
    assert raised == len(incidents)


def test_messages_carry_the_identifiers_the_truth_lists(small_lake: Path) -> None:
    written = pd.read_parquet(small_lake / "truth" / "identifiers")
    messages = read_table(small_lake, "messages").to_pandas().set_index("message_id")
    in_messages = written[written.source == "messages"]
    assert {"phone", "dob", "full_name", "mrn", "address", "email"} <= set(in_messages.kind)
    bodies = messages.body.loc[in_messages.record_id].str.lower().to_numpy()
    assert all(value.lower() in body for value, body in zip(in_messages.value, bodies, strict=True))
    patients = written[written.source == "patients"]
    assert set(patients.kind) >= {"mrn", "full_name", "date_of_birth", "phone", "street_address", "zip5"}


def test_invalid_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="positive"):
        simulate(tmp_path, SimulationConfig(patients=0, days=10))
    assert not (tmp_path / "silver").exists()


def test_sensor_readings_worsen_when_doses_are_missed(small_lake: Path) -> None:
    events = read_table(small_lake, "events", ["mrn", "event_type", "event_time", "sensor_kind", "sensor_value"]).to_pandas()
    readings = events[events.event_type == "sensor_reading"].assign(
        date=lambda f: f.event_time.dt.tz_localize(None).dt.floor("D")
    )
    days = pd.read_parquet(small_lake / "truth" / "patient_days")
    joined = readings.merge(days, on=["mrn", "date"])
    mean = joined.groupby(["sensor_kind", "state"]).sensor_value.mean().unstack()
    assert mean.loc["glucose_mg_dl", "dropped"] > mean.loc["glucose_mg_dl", "engaged"] + 20
    assert mean.loc["systolic_bp_mm_hg", "dropped"] > mean.loc["systolic_bp_mm_hg", "engaged"] + 5
    assert mean.loc["peak_flow_l_min", "dropped"] < mean.loc["peak_flow_l_min", "engaged"] - 30
