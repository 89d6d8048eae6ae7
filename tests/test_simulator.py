"""The simulator is reproducible and its data agree with the truth it records."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence.cli import app
from adherence.simulator import SimulationConfig, simulate
from features.contract import DOSE_EVENT_TYPES
from features.silver import read_silver, read_table


def _silver_frames(lake: Path) -> dict[str, pd.DataFrame]:
    return {name: table.to_pandas() for name, table in read_silver(lake).items()}


@pytest.fixture(params=["small_lake", "alt_lake"])
def either_lake(request: pytest.FixtureRequest) -> Path:
    """Each producer's lake in turn: what holds for the simulator must hold for both dynamics."""
    lake: Path = request.getfixturevalue(request.param)
    return lake


@pytest.mark.verifies("REQ-SIM-001")
@pytest.mark.parametrize("dynamics", ["default", "alt"])
def test_same_seed_same_lake_other_seed_other_lake(tmp_path: Path, dynamics: str) -> None:
    config = SimulationConfig(patients=150, days=40, seed=3, dynamics=dynamics)
    simulate(tmp_path / "a", config)
    simulate(tmp_path / "b", config)
    simulate(tmp_path / "c", SimulationConfig(patients=150, days=40, seed=4, dynamics=dynamics))
    first, second, other = (_silver_frames(tmp_path / name) for name in "abc")
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])
    assert not first["patients"].mrn.equals(other["patients"].mrn)


@pytest.mark.parametrize("dynamics", ["default", "alt"])
def test_incident_scale_multiplies_the_incidents_and_is_recorded(tmp_path: Path, dynamics: str) -> None:
    """``incident_scale`` (benchmarks: enough incidents to judge recall) multiplies the injected
    incidents and says so in truth/simulation.json; the patients' own data do not change."""
    simulate(tmp_path / "one", SimulationConfig(patients=400, days=120, seed=5, dynamics=dynamics))
    simulate(tmp_path / "three", SimulationConfig(patients=400, days=120, seed=5, dynamics=dynamics, incident_scale=3.0))
    counts = {name: len(pd.read_parquet(tmp_path / name / "truth" / "incidents.parquet")) for name in ("one", "three")}
    # More incidents, up to the (batch, region) series that carry traffic (400 patients have few).
    assert counts["three"] >= 1.5 * counts["one"] > 0, counts
    recorded = json.loads((tmp_path / "three" / "truth" / "simulation.json").read_text())
    assert recorded["config"]["incident_scale"] == 3.0
    assert read_table(tmp_path / "one", "patients").equals(read_table(tmp_path / "three", "patients"))
    with pytest.raises(ValueError, match="incident_scale"):
        simulate(tmp_path / "bad", SimulationConfig(patients=10, days=10, incident_scale=0.0))


def test_rerun_replaces_the_lake_without_leftovers(tmp_path: Path) -> None:
    simulate(tmp_path, SimulationConfig(patients=50, days=20, seed=1))
    simulate(tmp_path, SimulationConfig(patients=30, days=20, seed=2))
    assert len(read_table(tmp_path, "patients")) == 30
    # silver and truth are links into the published generation (adherence/publish.py): the first is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generations", "silver", "truth"]
    generations = sorted(p.name for p in (tmp_path / ".generations").iterdir() if not p.is_symlink())
    assert generations == [(tmp_path / "silver").resolve().parent.name]  # only the published one is kept


def test_dropped_patients_take_no_dose_after_their_dropout_day(either_lake: Path) -> None:
    small_lake = either_lake
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


def test_truth_dropout_probability_ranks_real_dropouts(either_lake: Path) -> None:
    small_lake = either_lake
    days = pd.read_parquet(small_lake / "truth" / "patient_days")
    assert days.p_dropout_30d.between(0, 1).all()
    assert (days.loc[days.state == "dropped", "p_dropout_30d"] == 1).all()
    # The latent states, best first (simulation.json), carry a rising drop-off probability.
    states = json.loads((small_lake / "truth" / "simulation.json").read_text())["states"]
    means = days.groupby("state").p_dropout_30d.mean().loc[states[:-1]].to_numpy()
    assert (np.diff(means) > 0).all() and means[-1] > 2 * means[0]
    # Calibration of the truth itself: among engaged/struggling days with 30 days of future,
    # the share that actually drops within 30 days matches the mean recorded probability.
    truth = pd.read_parquet(small_lake / "truth" / "patients").set_index("mrn")
    alive = days[days.state != "dropped"].copy()
    alive = alive[alive.date <= alive.date.max() - pd.Timedelta(days=30)]
    dropout = pd.to_datetime(truth.dropout_date.loc[alive.mrn]).to_numpy()
    horizon = (alive.date + pd.Timedelta(days=30)).to_numpy()
    observed = (dropout > alive.date.to_numpy()) & (dropout <= horizon)
    assert observed.mean() == pytest.approx(alive.p_dropout_30d.mean(), abs=0.02)


@pytest.mark.verifies("REQ-SIM-001")
def test_reminder_outcomes_derived_from_events_equal_the_truth(either_lake: Path) -> None:
    """A dose event within 120 minutes after a reminder happens exactly when the truth says it responded."""
    small_lake = either_lake
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


def test_incident_batches_show_raised_suspect_rates(either_lake: Path) -> None:
    small_lake = either_lake
    incidents = pd.read_parquet(small_lake / "truth" / "incidents.parquet")
    assert len(incidents) >= 4 and set(incidents.kind) <= {"counterfeit", "suspect_flag"}
    scans = read_table(small_lake, "events", ["event_type", "event_time", "batch_number", "region", "registry_state"]).to_pandas()
    scans = scans[scans.event_type == "med_scan"]
    bad = scans.registry_state.isin(["suspect", "unknown"])
    background = bad.mean()
    raised = 0
    for incident in incidents.itertuples():
        start = pd.Timestamp(incident.start_date, tz="UTC")
        end = pd.Timestamp(incident.end_date, tz="UTC") + pd.Timedelta(days=1)
        window = (
            (scans.batch_number == incident.batch_number)
            & (scans.region == incident.region)
            & scans.event_time.between(start, end)
        )
        raised += bad[window].mean() > 4 * background
    assert raised == len(incidents)


def test_messages_carry_the_identifiers_the_truth_lists(either_lake: Path) -> None:
    small_lake = either_lake
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
    with pytest.raises(ValueError, match=r"default, alt.*'nightly'"):
        simulate(tmp_path, SimulationConfig(patients=10, days=10, dynamics="nightly"))
    assert not (tmp_path / "silver").exists()


def test_sensor_readings_worsen_when_doses_are_missed(either_lake: Path) -> None:
    small_lake = either_lake
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


@pytest.mark.verifies("REQ-SIM-002")
def test_the_second_producer_passes_validate(alt_lake: Path) -> None:
    result = CliRunner().invoke(app, ["validate", "--lake", str(alt_lake)])
    assert result.exit_code == 0, result.output
    assert "follows the Silver contract" in result.output
    assert "quarantined (" not in result.output  # no implausible row set aside


def _truth_shape(lake: Path) -> dict[str, list[str]]:
    """Truth file or folder -> its column names (simulation.json -> its keys)."""
    truth = lake / "truth"
    shape = {"simulation.json": sorted(json.loads((truth / "simulation.json").read_text()))}
    for path in sorted(truth.iterdir()):
        if path.name != "simulation.json":
            shape[path.name] = sorted(pd.read_parquet(path).columns)
    return shape


@pytest.mark.verifies("REQ-SIM-002")
def test_the_second_producer_writes_the_same_kind_of_truth_with_other_dynamics(small_lake: Path, alt_lake: Path) -> None:
    alt_shape, default_shape = _truth_shape(alt_lake), _truth_shape(small_lake)
    # The hidden traits are each producer's own; the default's are all there too.
    assert set(alt_shape.pop("patients")) >= set(default_shape.pop("patients"))
    assert alt_shape == default_shape
    default, alt = (json.loads((lake / "truth" / "simulation.json").read_text()) for lake in (small_lake, alt_lake))
    assert alt["config"]["dynamics"] == "alt" and default["config"]["dynamics"] == "default"
    assert len(alt["states"]) > len(default["states"])  # a latent process with more states
    assert alt["logging_policy"] != default["logging_policy"]  # another producer's exploration
    incidents = pd.read_parquet(alt_lake / "truth" / "incidents.parquet")
    assert {"ramp", "pulse"} & set(incidents["shape"]), "other incident shapes than steps"


@pytest.mark.verifies("REQ-SIM-002")
def test_the_second_producers_best_reminder_hour_is_the_patients_chronotype(alt_lake: Path) -> None:
    """Each patient's best hour is in the morning or the evening, and covariates barely tell which."""
    curves = pd.read_parquet(alt_lake / "truth" / "reminder_curves")
    best = curves.loc[curves.groupby("mrn").response_probability.idxmax()].set_index("mrn").local_hour
    assert best.isin([6, 7, 8, 9, 19, 20, 21, 22]).all()
    morning = best < 12
    assert 0.3 < morning.mean() < 0.7
    patients = read_table(alt_lake, "patients").to_pandas().set_index("mrn").loc[best.index]
    cells = [patients.insurance, patients.condition, patients.sex, patients.doses_per_day]
    # The best rule from covariates (majority chronotype per cell) is right for few more than a coin would be.
    majority = morning.groupby(cells).transform(lambda m: m.mean() >= 0.5)
    assert (majority == morning).mean() < 0.75
