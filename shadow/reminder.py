"""Reminder timing: off-policy value of the candidate against production, on the same logs.

Both policies are evaluated on the reminders actually sent in the shadow period, with
the propensities the sending policy logged: IPS, SNIPS and doubly-robust values with
bootstrap intervals, and the paired DR difference (candidate - production) over the same
resampled reminders. The gate asks that the difference's lower bound lies above
``-margin`` (at least equivalent) with enough reminders logged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from adherence.formatting import format_value as num
from models.off_policy import LoggedRounds, doubly_robust, ips, snips, with_interval
from models.reminder import ReminderPolicy
from shadow.compare import Resampling
from shadow.report import Criterion, Period, SafetyReport


@dataclass(frozen=True)
class ReminderMargins:
    """How much lower a candidate's value may be and still count as equivalent."""

    #: Response rate (0-1) the candidate may lose: the lower end of the paired 95% interval of the doubly-robust
    #: value difference (candidate - production) must stay above minus this.
    value_margin: float = 0.02
    #: Logged reminders with a known outcome needed for enough evidence.
    min_reminders: int = 500
    #: The paired bootstrap over reminders.
    resampling: Resampling = Resampling(samples=300)


def build_report(
    logs: pd.DataFrame, columns: list[str], production: ReminderPolicy, candidate: ReminderPolicy,
    versions: tuple[str, str], period: Period, margins: ReminderMargins = ReminderMargins(),
) -> SafetyReport:  # fmt: skip
    """The safety report of a reminder policy from the reminders logged in the shadow period."""
    production_version, candidate_version = versions
    n = len(logs)
    criteria = [Criterion("enough evidence", n >= margins.min_reminders,
                          f"{n} logged reminders with known outcome (need >= {margins.min_reminders})")]  # fmt: skip
    sample = {"reminders": n, "patients": logs.patient_key.nunique(), "observed_response_rate": float(logs.responded.mean())}
    report = SafetyReport("reminder_timing", candidate_version, production_version, period, sample, criteria)
    if n == 0:
        return report
    context, hour = logs[columns], logs.local_hour.to_numpy()
    reward, propensity = logs.responded.to_numpy(float), logs.propensity.to_numpy(float)
    rounds = {
        "production": production.logged_rounds(context, hour, reward, propensity),
        "candidate": candidate.logged_rounds(context, hour, reward, propensity),
    }
    boot = asdict(margins.resampling)
    rows = []
    for name, on in rounds.items():
        for label, estimator in (("IPS", ips), ("SNIPS", snips), ("DR", doubly_robust)):
            estimate = with_interval(estimator, on, **boot)
            rows.append({"policy": name, "estimator": label, "value": estimate.value, "95% low": estimate.low,
                         "95% high": estimate.high})  # fmt: skip
    logged = LoggedRounds(reward, propensity, propensity.copy())
    estimate = with_interval(ips, logged, **boot)
    rows.append({"policy": "logging (as sent)", "estimator": "observed", "value": estimate.value,
                 "95% low": estimate.low, "95% high": estimate.high})  # fmt: skip

    def dr_difference(on: LoggedRounds, rows_drawn: np.ndarray | None = None) -> float:
        return doubly_robust(on, rows_drawn) - doubly_robust(rounds["production"], rows_drawn)

    difference = with_interval(dr_difference, rounds["candidate"], **boot)
    criteria.append(Criterion(
        "reminder value non-inferior (doubly robust)", difference.low > -margins.value_margin,
        f"DR value difference {num(difference.value)}, paired 95% CI [{num(difference.low)}, {num(difference.high)}], "
        f"lower end > -{margins.value_margin}",
    ))  # fmt: skip
    hours = np.union1d(production.hours_, candidate.hours_)
    mass = pd.DataFrame({"local_hour": hours})
    for name, policy in (("production", production), ("candidate", candidate)):
        share = policy.action_distribution(context).mean(axis=0)
        mass[f"{name}_mean_probability"] = mass.local_hour.map(dict(zip(policy.hours_, share, strict=True))).fillna(0.0)
    report.tables = {"Off-policy values (shadow period)": pd.DataFrame(rows), "Where each policy sends reminders": mass}
    report.notes.append(
        f"Margin {margins.value_margin} in response rate; {margins.resampling.samples} paired bootstrap resamples of reminders; "
        "values hold for the hours the logs cover."
    )
    return report
