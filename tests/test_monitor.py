"""The champion monitor on a trained lake: real serving engine, real prediction log, real Feast, MLflow and Evidently.

An unchanged period (the drop-off champion serving its patients) raises no alert; the same
traffic on a day whose online store holds a drifted feature (the app's telemetry counting
each screen as an open, ×3) raises a feature-drift alert for that feature, recorded once in
the audit log, in alerts.parquet and as a Prometheus gauge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from adherence.audit import AuditLog
from adherence.cli import app
from adherence.settings import MonitorThresholds, load_settings
from features.deidentified import read_deidentified
from features.entities import decision_time
from models.registry import connect
from monitor.alerts import ALERTS_FILE, AUDIT_KIND, breaches, prometheus_file, thresholds_for
from monitor.daily import figure, figures_frame
from monitor.run import monitor_folder
from tests.conftest import TEST_AUDIT_KEY
from tests.traffic import last_event_day, serve_days

pytestmark = pytest.mark.usefixtures("test_secrets")
runner = CliRunner()
DRIFTED = "app_opens_7d"


def _inject_drift(lake: Path, day: dt.date) -> None:
    """Overwrite the day's online ``app_opens_7d`` with three times its value, through Feast's own write API."""
    from features import materialize as fm

    table = pd.read_parquet(fm.features_dir(lake) / "patient_activity.parquet")
    rows = table[table.event_timestamp == decision_time(day)].drop(columns="day")
    assert len(rows) > 100
    fm.feature_store(lake).write_to_online_store("patient_activity", rows.assign(**{DRIFTED: rows[DRIFTED] * 3}))


def _monitor(lake: Path, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["monitor", "--lake", str(lake), *extra])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def _audited(lake: Path) -> list[dict[str, object]]:
    return [e["payload"] for e in AuditLog(load_settings(lake).audit_log_path, TEST_AUDIT_KEY.encode()).entries()
            if e["kind"] == AUDIT_KIND]  # fmt: skip


def _gauges(path: Path, name: str) -> dict[tuple[str, str], float]:
    """``{(check, feature): value}`` of one gauge in a Prometheus textfile."""
    found = {}
    for line in path.read_text().splitlines():
        if line.startswith(name + "{"):
            labels, value = line[len(name) + 1 :].rsplit("} ", 1)
            pairs = dict(part.split("=", 1) for part in labels.split('",') if "=" in part)
            found[(pairs["check"].strip('"'), pairs["feature"].strip('"'))] = float(value)
    return found


@pytest.mark.slow
@pytest.mark.verifies("REQ-MON-001", "REQ-MON-002")
def test_a_drifted_feature_raises_an_alert_and_an_unchanged_period_none(trained_lake_copy: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    lake = trained_lake_copy
    settings = load_settings(lake)
    last = last_event_day(lake)
    unchanged = [last - dt.timedelta(days=d) for d in range(58, 54, -1)]  # outcomes of all four days observed
    serve_days(lake, unchanged, reminders=60)

    # Every answer of these replayed past days is stale, and the monitor says so (freshness check).
    stale = _monitor(lake, "--model", "dropoff")
    assert {row["model"]: row["checks_alerted"] for row in stale} == {"dropoff": ["stale_share"]}
    assert stale[0]["alerts"] == len(unchanged)
    (monitor_folder(settings) / ALERTS_FILE).unlink()  # start again, judging everything but freshness
    monkeypatch.setenv("ADHERENCE_MONITOR_MAX_STALE_SHARE", "1")
    audited_before = len(_audited(lake))

    quiet = _monitor(lake, "--model", "dropoff")
    assert [(row["model"], row["version"], row["days"], row["alerts"]) for row in quiet] == [("dropoff", "1", 4, 0)]
    page = Path(str(quiet[0]["page"]))
    figures = pd.read_parquet(page.parent / "figures.parquet")
    auc = figures[figures.check == "auc"]
    assert len(auc) == len(unchanged) and (auc.low <= auc.value).all() and (auc.value <= auc.high).all()
    assert auc.value.between(0.6, 1).all()  # the champion still discriminates
    assert set(figures.check) >= {"feature_drift", "score_drift", "flagged_share", "ece", "recall_at_capacity",
                                  "stale_share", "missing_increase", "risk_quantile"}  # fmt: skip
    assert (figures[figures.check == "stale_share"].value == 1).all()
    assert figures[figures.check == "feature_drift"].value.max() < 1.0
    gauges = prometheus_file(monitor_folder(settings), "dropoff")
    breach = _gauges(gauges, "adherence_monitor_breach")
    assert breach and not any(breach.values())
    assert len(_audited(lake)) == audited_before

    # The same traffic on a day whose online store serves the drifted feature.
    drifted_day = last - dt.timedelta(days=54)
    serve_days(lake, [drifted_day], after_materialize=lambda day: _inject_drift(lake, day))
    loud = _monitor(lake, "--model", "dropoff")
    assert loud[0]["days"] == 5 and loud[0]["new_alerts"] == loud[0]["alerts"] > 0
    alerts = pd.read_parquet(monitor_folder(settings) / ALERTS_FILE)
    drift = alerts[alerts.check == "feature_drift"]
    assert set(drift.feature) == {DRIFTED} and set(drift.day) == {drifted_day}
    assert set(alerts.day) == {drifted_day}  # nothing on the unchanged days
    assert drift.value.iloc[0] >= 1.0
    entries = _audited(lake)
    assert [(e["check"], e["feature"], e["day"]) for e in entries if e["check"] == "feature_drift"] == [
        ("feature_drift", DRIFTED, str(drifted_day))]  # fmt: skip
    breach = _gauges(gauges, "adherence_monitor_breach")
    assert breach[("feature_drift", DRIFTED)] == 1
    assert breach[("feature_drift", "doses_7d")] == 0

    # Once only: a second run raises nothing new.
    again = _monitor(lake, "--model", "dropoff")
    assert again[0]["new_alerts"] == 0 and len(_audited(lake)) == len(entries)

    # A threshold stored on the version overrides the default: raised high enough, the drift is no breach.
    client = connect(settings.mlflow_tracking_uri)
    client.set_model_version_tag("dropoff", "1", "monitor.threshold.feature_drift", "1000")
    tolerant = _monitor(lake, "--model", "dropoff", "--as-of", str(drifted_day), "--days", "1")
    assert _gauges(gauges, "adherence_monitor_breach")[("feature_drift", DRIFTED)] == 0
    assert tolerant[0]["new_alerts"] == 0  # (the alert raised before stays in the record)

    # The page is attached to the version; the reminder champion is monitored too.
    version = client.get_model_version("dropoff", "1")
    assert version.tags["monitor.page"] == str(page)
    assert "monitor/monitor.html" in {a.path for a in client.list_artifacts(version.run_id, "monitor")}
    reminder = _monitor(lake, "--model", "reminder")
    hours = pd.read_parquet(Path(str(reminder[0]["page"])).parent / "figures.parquet")
    assert {"hours_shift", "hour_share", "reminder_value_drop"} <= set(hours.check)
    shares = hours[hours.check == "hour_share"].groupby("day").value.sum()
    assert np.allclose(shares, 1.0)

    # Aggregates only: no patient key in the page, the tables, the gauges or the audit entries.
    keys = set(read_deidentified(lake, "patients", ["patient_key"]).patient_key)
    outputs = [path.read_bytes().decode("utf-8", "replace") for path in monitor_folder(settings).rglob("*") if path.is_file()]
    outputs += [pd.read_parquet(path).to_csv() for path in monitor_folder(settings).rglob("*.parquet")]
    outputs.append(json.dumps(_audited(lake)))
    text = "\n".join(outputs)
    assert not [key for key in keys if key in text]


@pytest.mark.verifies("REQ-MON-001")
def test_thresholds_come_from_the_version_then_the_settings_and_judge_intervals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADHERENCE_MONITOR_MAX_ECE", "0.2")
    defaults = load_settings("/nonexistent-lake").monitor
    assert defaults.max_ece == 0.2 and defaults.min_auc == 0.6
    mine = thresholds_for(defaults, {"monitor.threshold.min_auc": "0.7", "owner": "x"}, "dropoff", "3")
    assert (mine.min_auc, mine.max_ece) == (0.7, 0.2)
    with pytest.raises(ValueError, match=r"dropoff v3: tag 'monitor.threshold.min_auc' must be a number, got 'high'"):
        thresholds_for(defaults, {"monitor.threshold.min_auc": "high"}, "dropoff", "3")
    with pytest.raises(ValueError, match="names no monitor threshold"):
        thresholds_for(defaults, {"monitor.threshold.auc_floor": "0.7"}, "dropoff", "3")
    monkeypatch.setenv("ADHERENCE_MONITOR_MIN_AUC", "low")
    with pytest.raises(ValueError, match="ADHERENCE_MONITOR_MIN_AUC"):
        load_settings("/nonexistent-lake")

    day = dt.date(2026, 4, 1)
    figures = figures_frame([
        figure(day, "auc", 0.65, low=0.55, high=0.75, n=300),  # below 0.7 but not significantly: no alert
        figure(day, "recall_at_capacity", 0.1, low=0.05, high=0.15, n=300),  # significantly below 0.2: alert
        figure(day, "ece", 0.25, n=300),  # over 0.2: alert
        figure(day, "feature_drift", 1.0, "doses_7d", n=300),  # at the threshold: drift, as Evidently counts it
        figure(day, "feature_drift", 0.99, "sex", n=300),
        figure(day, "flagged_share", 0.9, n=300),  # shown, not judged
    ])  # fmt: skip
    found = breaches(figures, mine, "dropoff", "3")
    assert sorted(zip(found.check, found.feature, strict=True)) == [
        ("ece", ""), ("feature_drift", "doses_7d"), ("recall_at_capacity", "")]  # fmt: skip
    assert set(found.threshold) == {0.2, 1.0}


@pytest.mark.verifies("REQ-MON-001")
def test_score_drift_and_flagged_share_are_judged_by_their_intervals() -> None:
    """A small day drawn from the version's own score distribution raises nothing, day after day; a shifted one does.

    The demo's daily samples are a hundred-odd decisions: judged by its point value, a distance is
    never 0 on them, and the flagged share of 110 decisions moves by ±7 points by chance alone.
    """
    from monitor.daily import risk_figures, score_interval

    generator = np.random.default_rng(7)
    reference = generator.beta(1, 12, 5000)  # skewed like a drop-off risk: most low, a tail of high ones
    cut = float(np.quantile(reference, 0.9))  # the version flags its top 10%
    defaults = load_settings("/nonexistent-lake").monitor

    def judged(day: np.ndarray, thresholds: MonitorThresholds = defaults) -> tuple[pd.DataFrame, set[str]]:
        figures = figures_frame(risk_figures(dt.date(2026, 4, 1), day, day >= cut, reference, 0.1, thresholds))
        return figures, set(breaches(figures, thresholds, "dropoff", "1").check)

    strict = dataclasses.replace(defaults, score_drift=0.3, flagged_share_change=0.05)  # tight: noise would trip them
    for _ in range(20):
        figures, raised = judged(generator.choice(reference, 60))
        assert not raised and not judged(generator.choice(reference, 110), strict)[1]
        drift = figures[figures.check == "score_drift"].iloc[0]
        assert drift.low <= drift.value <= drift.high and drift.low < 0.3
    shifted = np.clip(generator.beta(1, 12, 110) + 0.15, 0, 1)  # every risk 0.15 higher: twice the reference's spread
    figures, raised = judged(shifted)
    assert raised == {"score_drift", "flagged_share_change"}
    assert figures[figures.check == "score_drift"].low.iloc[0] > 1.0
    # Fewer decisions than min_rows: shown, never judged.
    assert not {"score_drift", "flagged_share_change"} & set(judged(shifted[:40])[0].check)
    # The interval does not carry the bootstrap's upward bias: on the reference itself it starts at 0.
    assert score_interval(reference, generator.choice(reference, 200))[0] == 0.0


@pytest.mark.verifies("REQ-MON-001")
def test_column_drift_gives_the_figures_of_evidentlys_own_drift_report() -> None:
    """The monitor calls Evidently's statistical tests without a report (whose plots cost four fifths of a
    run): same methods, same figures as a ``DataDriftPreset`` on the same columns, missing values and
    infinities left out, a column empty on one side left without a distance."""
    from evidently import DataDefinition, Dataset, Report
    from evidently.presets import DataDriftPreset

    from shadow.drift import CATEGORICAL_DRIFT_METHOD, NUMERIC_DRIFT_METHOD, column_drift

    generator = np.random.default_rng(3)

    def frame(n: int, shift: float) -> pd.DataFrame:
        doses = generator.poisson(5 + shift, n).astype(float)
        doses[generator.random(n) < 0.1] = np.nan
        doses[:2] = np.inf
        plans = generator.choice(["public", "private", "none"], n, p=[0.5, 0.4 - shift / 10, 0.1 + shift / 10])
        late = (generator.random(n) < 0.2 + shift / 10).astype(int)
        return pd.DataFrame({"doses_7d": doses, "refill_late": late, "insurance": plans,
                             "empty_now": np.nan if shift else generator.random(n)})  # fmt: skip

    reference, current = frame(900, 0.0), frame(150, 1.5)
    columns = ["doses_7d", "refill_late", "insurance"]
    numeric = [c for c in columns if pd.api.types.is_numeric_dtype(current[c])]
    definition = DataDefinition(numerical_columns=numeric, categorical_columns=[c for c in columns if c not in numeric])
    preset = DataDriftPreset(columns=columns, num_method=NUMERIC_DRIFT_METHOD, cat_method=CATEGORICAL_DRIFT_METHOD, threshold=0.1)
    report = Report([preset]).run(Dataset.from_pandas(current[columns], data_definition=definition),
                                  Dataset.from_pandas(reference[columns], data_definition=definition))  # fmt: skip
    expected = {m["config"]["column"]: float(m["value"]) for m in report.dict()["metrics"]
                if str(m["config"].get("type", "")).endswith("ValueDrift")}  # fmt: skip
    found = column_drift(reference, current, [*columns, "empty_now"], 0.1)
    assert set(expected) == set(columns) and set(found) == set(columns)  # no distance for a column empty today
    assert found == pytest.approx(expected, rel=1e-9)
    assert all(value > 0.05 for value in found.values())  # the shift shows in every column


def test_a_mistyped_lake_or_an_empty_log_is_exit_2_and_writes_nothing(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Nothing logged means nothing to monitor: no folder made for a mistyped --lake, no registry database in an
    unserved lake (the monitor used to open MLflow first, which created both)."""
    monkeypatch.setenv("ADHERENCE_AUDIT_KEY", TEST_AUDIT_KEY)
    typo = tmp_path / "no-such-lake"
    result = runner.invoke(app, ["monitor", "--lake", str(typo)])
    assert result.exit_code == 2 and "is --lake the right folder?" in " ".join(result.output.split()), result.output
    assert not typo.exists()
    unserved = tmp_path / "unserved"
    (unserved / "prediction_log" / "dropoff").mkdir(parents=True)  # a log folder, but not one answer in it
    result = runner.invoke(app, ["monitor", "--lake", str(unserved)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "nothing to monitor: serve traffic first" in said, result.output
    assert "holds no reminder answers" in said and "Traceback" not in result.output
    assert sorted(path.relative_to(unserved).as_posix() for path in unserved.rglob("*")) == [
        "prediction_log", "prediction_log/dropoff"]  # fmt: skip


@pytest.mark.verifies("REQ-MON-001")
def test_the_anomaly_champion_alert_rate_and_detection_against_confirmed_incidents(deid_lake: Path) -> None:
    """The supply figures from logged answers: alerts over the de-identified scans' series-days, and the share of
    confirmed incidents alerted in their window (the service logs an answer only for the rows it returned)."""
    from typing import Any, cast

    from features.entities import supply_series_days
    from monitor.run import _anomaly, _Period

    settings = load_settings(deid_lake)
    last = last_event_day(deid_lake)
    first, before = last - dt.timedelta(days=2), last - dt.timedelta(days=1)
    grid = supply_series_days(deid_lake, last, since=first)
    series = grid[grid.day == before][["batch_number", "region"]].drop_duplicates().head(3).to_numpy().tolist()
    assert len(series) == 3
    (b1, r1), (b2, r2), (b3, r3) = series
    logged = pd.DataFrame([  # s1 alerted on both days; s2 returned as a top score, not alerted; s3 not returned
        {"entity.batch_number": b1, "entity.region": r1, "day": before, "champion_output.alert": True},
        {"entity.batch_number": b1, "entity.region": r1, "day": last, "champion_output.alert": True},
        {"entity.batch_number": b1, "entity.region": r1, "day": last, "champion_output.alert": True},  # asked twice
        {"entity.batch_number": b2, "entity.region": r2, "day": last, "champion_output.alert": False},
    ]).assign(champion_version="1")  # fmt: skip
    incidents = pd.DataFrame([  # s1's is detected; s2's and s3's are not; one that ended long before is not of the period
        {"batch_number": b1, "region": r1, "start_date": last - dt.timedelta(days=5), "end_date": before},
        {"batch_number": b2, "region": r2, "start_date": last, "end_date": last},
        {"batch_number": b3, "region": r3, "start_date": before, "end_date": last},
        {"batch_number": b3, "region": r3, "start_date": last - dt.timedelta(days=60), "end_date": last - dt.timedelta(days=50)},
    ])  # fmt: skip
    (result,) = _anomaly(settings, cast(Any, None), _Period(logged, first, last, None), incidents)
    assert result.version == "1"
    figures = result.figures.set_index(["check", "day"])
    for day in (before, last):  # the days answered; each series-day alerted once, however often it was asked
        scored = int((grid.day == day).sum())
        assert figures.loc[("alert_rate", day)].value == pytest.approx(1 / scored)
        assert figures.loc[("alert_rate", day)].n == scored
    assert ("alert_rate", first) not in figures.index  # no answer logged that day: not scored
    recall = figures.loc[("detection_recall", last)]
    assert (recall.value, recall.n) == (pytest.approx(1 / 3), 3)
    assert "1 of 3 confirmed incidents" in " ".join(result.notes)
    found = breaches(result.figures, settings.monitor, "supply_anomaly", "1")
    assert list(found.check) == ["detection_recall"]  # under min_detection_recall 0.5; the alert rate is low
    # Without confirmed incidents there is no detection figure, and nothing is made up.
    (plain,) = _anomaly(settings, cast(Any, None), _Period(logged, first, last, None), None)
    assert set(plain.figures.check) == {"alert_rate"}


@pytest.mark.verifies("REQ-MON-001")
def test_the_page_plots_drift_per_feature_the_scores_auc_ece_and_the_alert_rate_over_time() -> None:
    """The issue's plots, each drawn when its figures exist and left out when they do not (no empty axes)."""
    from monitor import page as monitor_page

    defaults = load_settings("/nonexistent-lake").monitor
    days = [dt.date(2026, 4, 1), dt.date(2026, 4, 2)]
    rows = []
    for shift, day in enumerate(days):
        rows += [figure(day, "feature_drift", 0.1 + shift, name, n=200) for name in ("doses_7d", "app_opens_7d")]
        rows += [figure(day, "risk_quantile", q + shift / 10, f"p{round(q * 100)}", n=200) for q in (0.1, 0.25, 0.5, 0.75, 0.9)]
        rows += [figure(day, "auc", 0.7, low=0.6, high=0.8, n=200), figure(day, "ece", 0.05, n=200),
                 figure(day, "alert_rate", 0.01 * (1 + shift), n=900)]  # fmt: skip
    figures = figures_frame(rows)
    alerts = breaches(figures, defaults, "dropoff", "1").assign(raised_at=pd.Timestamp("2026-04-03", tz="UTC"))
    assert list(alerts.feature) == ["doses_7d", "app_opens_7d"]  # 1.1 on the second day
    html = monitor_page.render("dropoff", "1", figures, alerts, defaults, ["a note"])
    drawn = {name for name in ("feature_drift", "score_distribution", "auc", "ece", "alert_rate", "alerts_per_day",
                               "hours_chosen", "recall_at_capacity") if f"<img alt='{name}'" in html}  # fmt: skip
    assert drawn == {"feature_drift", "score_distribution", "auc", "ece", "alert_rate", "alerts_per_day"}
    assert "Days monitored: 2026-04-01 to 2026-04-02 (2)" in html and "<li>a note</li>" in html
