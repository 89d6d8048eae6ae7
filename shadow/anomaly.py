"""Supply anomaly: alerts of the candidate and of production over the same series-days.

Both versions score every (batch, region, day) of the shadow period, each with the
series' earlier history. The report gives how the alerts overlap and, when confirmed
incidents are supplied (investigations that closed; in the demo the simulator's list,
for evaluation only), how many each version detects, how fast, and its false alarms.
Gate: the candidate detects at least as many confirmed incidents as production and its
false-alarm rate is at most ``false_alarm_factor`` times production's plus
``false_alarm_slack`` per 1,000 series-days; without confirmed incidents, its alert rate
must stay within the same bound of production's.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from adherence.formatting import format_value as num
from models.anomaly import detection_metrics
from shadow.report import Criterion, Period, SafetyReport


@dataclass(frozen=True)
class AnomalyMargins:
    false_alarm_factor: float = 1.5
    false_alarm_slack: float = 0.5  # per 1,000 series-days
    min_series_days: int = 1000


def build_report(
    scored: pd.DataFrame, versions: tuple[str, str], period: Period, incidents: pd.DataFrame | None,
    margins: AnomalyMargins = AnomalyMargins(),
) -> SafetyReport:  # fmt: skip
    """``scored``: batch_number, region, date, production_alert, candidate_alert (+ scores) for the period."""
    production_version, candidate_version = versions
    n = len(scored)
    prod, cand = scored.production_alert.astype(bool), scored.candidate_alert.astype(bool)
    both = int((prod & cand).sum())
    union = int((prod | cand).sum())
    sample = {"series_days": n, "series": scored[["batch_number", "region"]].drop_duplicates().shape[0],
              "production_alerts": int(prod.sum()), "candidate_alerts": int(cand.sum()), "alerts_in_both": both,
              "alert_overlap_jaccard": both / union if union else 1.0}  # fmt: skip
    criteria = [Criterion("enough evidence", n >= margins.min_series_days,
                          f"{n} series-days scored (need >= {margins.min_series_days})")]  # fmt: skip
    report = SafetyReport("supply_anomaly", candidate_version, production_version, period, sample, criteria)
    rate = {name: 1000 * float(flags.mean()) if n else 0.0 for name, flags in (("production", prod), ("candidate", cand))}
    bound = margins.false_alarm_factor * rate["production"] + margins.false_alarm_slack
    if incidents is None or incidents.empty:
        criteria.append(Criterion(
            "alert rate in bounds", rate["candidate"] <= bound,
            f"{rate['candidate']:.2f} vs {rate['production']:.2f} alerts per 1,000 series-days (bound {bound:.2f}); "
            "no confirmed incidents supplied, so detection was not assessed",
        ))  # fmt: skip
        return report
    found = {}
    for name in ("production", "candidate"):
        alerts = scored.rename(columns={f"{name}_alert": "alert"})[["batch_number", "region", "date", "alert"]]
        found[name] = detection_metrics(alerts, incidents)
    detection = pd.DataFrame([{"version": name, **values} for name, values in found.items()])
    report.tables["Detection of confirmed incidents"] = detection
    p, c = found["production"], found["candidate"]
    criteria.append(Criterion(
        "detects the confirmed incidents production detects", c["detected"] >= p["detected"],
        f"{int(c['detected'])} of {int(c['incidents'])} detected vs {int(p['detected'])} by production "
        f"(median delay {num(c['median_delay_days'])} vs {num(p['median_delay_days'])} days)",
    ))  # fmt: skip
    bound = margins.false_alarm_factor * p["false_alarms_per_1000"] + margins.false_alarm_slack
    criteria.append(Criterion(
        "false alarms in bounds", c["false_alarms_per_1000"] <= bound,
        f"{c['false_alarms_per_1000']:.2f} vs {p['false_alarms_per_1000']:.2f} false alarms per 1,000 series-days "
        f"(bound {bound:.2f})",
    ))  # fmt: skip
    return report
