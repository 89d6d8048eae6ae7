"""Drop-off: production and candidate on the same patients, against the outcomes that followed.

Criteria of the gate (margins are parameters, stated in the report):

1. **enough evidence**: at least ``evidence.outcomes`` labelled decisions and
   ``evidence.positives`` drop-offs among them;
2. **discrimination non-inferior** (primary): one-sided test that the candidate's ROC AUC
   is no more than ``auc_margin`` below production's (alpha 0.05), with the larger of
   DeLong's standard error and a patient-level bootstrap's (a patient's decisions on
   several days are correlated; DeLong assumes they are not);
3. **calibration not worse**: the upper end of the paired 95% interval of the Brier
   difference is below ``brier_margin``;
4. **reach at capacity not worse**: the lower end of the paired interval of the
   recall-at-capacity difference is above ``-recall_margin``;
5. **no subgroup left behind**: in no sex / age band / condition group with enough
   outcomes is the candidate's AUC more than ``subgroup_margin`` below production's with
   the paired 95% interval of the difference below zero (a group is assessed with
   ``subgroup_evidence``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from adherence.domain import DROPOFF_LABEL as LABEL
from adherence.formatting import format_value as num
from models.metrics import expected_calibration_error, recall_at_capacity
from shadow.compare import Evidence, Resampling, decision_agreement, delong, non_inferiority, paired_bootstrap
from shadow.report import Criterion, Period, SafetyReport

SUBGROUPS = ("sex", "age_band", "condition")


@dataclass(frozen=True)
class DropoffMargins:
    """How much worse a candidate may be and still count as at least equivalent (in the order of the criteria)."""

    #: Labelled decisions needed for enough evidence, and drop-offs among them.
    evidence: Evidence = Evidence(outcomes=200, positives=20)
    #: ROC AUC (0-1) the candidate may lie below production in the one-sided non-inferiority test (alpha 0.05).
    auc_margin: float = 0.02
    #: Brier score difference (candidate - production; mean squared probability error) the upper end of its
    #: paired 95% interval must stay below.
    brier_margin: float = 0.005
    #: Recall at capacity (0-1) the candidate may lose: the lower end of the paired 95% interval of the recall
    #: difference must stay above minus this.
    recall_margin: float = 0.05
    #: Share of the patients the intervention can reach (0-1): recall is measured in that top share of risk.
    capacity: float = 0.1
    #: ROC AUC a subgroup's candidate may lie below production's: beyond it, with the difference's 95% DeLong
    #: interval below zero as well, the subgroup fails the gate.
    subgroup_margin: float = 0.05
    #: Labelled decisions a subgroup needs to be assessed, and drop-offs among them.
    subgroup_evidence: Evidence = Evidence(outcomes=100, positives=10)
    #: The paired bootstrap over patients (all of a patient's decisions together).
    resampling: Resampling = Resampling(samples=500)


def compare(
    frame: pd.DataFrame, margins: DropoffMargins = DropoffMargins()
) -> tuple[list[Criterion], dict[str, pd.DataFrame], dict[str, Any]]:
    """Criteria, tables and headline figures for ``frame``.

    ``frame`` columns: the label, ``production_risk``, ``candidate_risk``,
    ``production_intervene``, ``candidate_intervene`` and the subgroup columns.
    """
    y = frame[LABEL].to_numpy()
    production, candidate = frame.production_risk.to_numpy(float), frame.candidate_risk.to_numpy(float)
    n, positives = len(y), int(y.sum())
    enough = margins.evidence.enough(n, positives) and positives < n
    criteria = [Criterion("enough evidence", enough,
                          f"{num(n)} decisions with known outcome, {num(positives)} of them followed by a drop-off "
                          f"(need >= {margins.evidence.outcomes} and >= {margins.evidence.positives})")]  # fmt: skip
    agreement = decision_agreement(frame.production_intervene.to_numpy(), frame.candidate_intervene.to_numpy())
    headline: dict[str, Any] = {"outcomes": n, "drop_offs": positives, **agreement}
    tables: dict[str, pd.DataFrame] = {}
    if not enough or positives == n:
        return criteria, tables, headline

    # Decisions about one patient on different days are correlated: intervals resample patients.
    boot = {**asdict(margins.resampling), "groups": frame.patient_key.to_numpy()}
    auc_p, auc_c, diff, se = delong(y, production, candidate)
    auc = paired_bootstrap(y, production, candidate, roc_auc_score, "ROC AUC", **boot)
    se = max(se, auc.standard_error)  # DeLong treats decisions as independent; take the wider of the two
    test = non_inferiority(diff, se, margins.auc_margin)
    criteria.append(Criterion(
        "discrimination non-inferior (ROC AUC, primary)", test.passed,
        f"AUC {num(auc_c)} vs {num(auc_p)}: difference {num(diff)}, one-sided 95% lower bound {num(test.lower_bound)} "
        f"> -{margins.auc_margin} (the test; the paired table shows the two-sided 95% CI "
        f"[{num(diff - 1.96 * se)}, {num(diff + 1.96 * se)}]; standard error {num(se)}: the larger of DeLong's and the "
        f"patient bootstrap's; p={num(test.p_value)})",
    ))  # fmt: skip
    brier = paired_bootstrap(y, production, candidate, brier_score_loss, "Brier", **boot)
    criteria.append(Criterion(
        "calibration not worse (Brier)", brier.high < margins.brier_margin,
        f"Brier {num(brier.candidate)} vs {num(brier.production)}: difference {num(brier.difference)}, "
        f"95% CI [{num(brier.low)}, {num(brier.high)}], upper end < {margins.brier_margin}",
    ))  # fmt: skip

    def recall(labels: np.ndarray, risk: np.ndarray) -> float:
        return recall_at_capacity(labels, risk, margins.capacity)

    reach = paired_bootstrap(y, production, candidate, recall, f"recall at top {margins.capacity:.0%}", **boot)
    criteria.append(Criterion(
        f"reach at capacity not worse (recall at top {margins.capacity:.0%})", reach.low > -margins.recall_margin,
        f"recall {num(reach.candidate)} vs {num(reach.production)}: difference {num(reach.difference)}, "
        f"95% CI [{num(reach.low)}, {num(reach.high)}], lower end > -{margins.recall_margin}",
    ))  # fmt: skip
    extra = [
        paired_bootstrap(y, production, candidate, average_precision_score, "PR AUC", **boot),
        paired_bootstrap(y, production, candidate, expected_calibration_error, "expected calibration error", **boot),
    ]
    tables["Paired comparison (candidate - production)"] = pd.DataFrame([
        {"metric": "ROC AUC", "production": auc_p, "candidate": auc_c, "difference": diff,
         "95% low": diff - 1.96 * se, "95% high": diff + 1.96 * se},
        *({"metric": d.metric, "production": d.production, "candidate": d.candidate, "difference": d.difference,
           "95% low": d.low, "95% high": d.high} for d in (brier, reach, *extra)),
    ])  # fmt: skip
    subgroups = _subgroups(frame, margins)
    tables["Subgroups"] = subgroups
    # A subgroup is left behind when its AUC falls by more than the margin *and* the fall is
    # beyond chance (the paired 95% interval lies below zero): small groups are noisy.
    harmed = subgroups.assessed & (subgroups.auc_difference < -margins.subgroup_margin) & (subgroups.auc_difference_95_high < 0)
    worse = subgroups[harmed]
    assessed = int(subgroups.assessed.sum())
    # Any significant loss is shown to the reviewer, even one within the margin that the gate lets pass.
    flags = [f"{r.group} = {r.value}: candidate AUC lower by {num(-r.auc_difference)} (95% CI upper end "
             f"{num(r.auc_difference_95_high)}, wholly below zero) on {num(r.n)} decisions; within the "
             f"{margins.subgroup_margin} margin, so the gate does not fail on it"
             for r in subgroups[subgroups.assessed & subgroups.significantly_worse & ~harmed].itertuples()]  # fmt: skip
    criteria.append(Criterion(
        "no subgroup left behind", worse.empty and assessed > 0,
        f"{assessed} subgroups with enough outcomes; "
        + ("none" if worse.empty else ", ".join(f"{r.group}={r.value}" for r in worse.itertuples()))
        + f" with candidate AUC more than {margins.subgroup_margin} below production and significantly lower (DeLong, 95%)",
    ))  # fmt: skip
    headline.update({"auc_production": auc_p, "auc_candidate": auc_c, "auc_difference": diff, "auc_se": se,
                     "flags": flags})  # fmt: skip
    return criteria, tables, headline


def _subgroups(frame: pd.DataFrame, margins: DropoffMargins) -> pd.DataFrame:
    rows = []
    for column in SUBGROUPS:
        for value, part in frame.groupby(column, observed=True):
            y = part[LABEL].to_numpy()
            positives = int(y.sum())
            both = 0 < positives < len(y)
            if both:
                auc_p, auc_c, difference, se = delong(y, part.production_risk.to_numpy(), part.candidate_risk.to_numpy())
            else:
                auc_p = auc_c = difference = se = float("nan")
            rows.append({
                "group": column, "value": value, "n": len(y), "drop_offs": positives,
                "assessed": margins.subgroup_evidence.enough(len(y), positives) and both,
                "auc_production": auc_p, "auc_candidate": auc_c, "auc_difference": difference,
                "auc_difference_95_low": difference - 1.96 * se, "auc_difference_95_high": difference + 1.96 * se,
                "significantly_worse": bool(difference + 1.96 * se < 0),
                "ece_production": expected_calibration_error(y, part.production_risk.to_numpy()),
                "ece_candidate": expected_calibration_error(y, part.candidate_risk.to_numpy()),
            })  # fmt: skip
    return pd.DataFrame(rows)


def figures(frame: pd.DataFrame) -> dict[str, Figure]:
    """Score distributions and reliability of both models over the shadow period."""
    from sklearn.calibration import calibration_curve

    distribution, axis = plt.subplots(figsize=(6, 4))
    bins = [i / 40 for i in range(41)]
    axis.hist(frame.production_risk, bins=bins, alpha=0.6, label="production")
    axis.hist(frame.candidate_risk, bins=bins, alpha=0.6, label="candidate")
    axis.set(xlabel="predicted drop-off risk", ylabel="decisions", title="Score distributions (shadow period)", yscale="log")
    axis.legend()
    reliability, axis = plt.subplots(figsize=(5, 5))
    for name in ("production", "candidate"):
        observed, predicted = calibration_curve(frame[LABEL], frame[f"{name}_risk"], n_bins=10, strategy="quantile")
        axis.plot(predicted, observed, marker="o", label=name)
    axis.plot([0, 1], [0, 1], color="grey", linestyle=":")
    axis.set(xlabel="mean predicted risk", ylabel="observed drop-off rate", title="Reliability (shadow period)")
    axis.legend()
    return {"score_distributions": distribution, "reliability": reliability}


def build_report(
    frame: pd.DataFrame, candidate: str, production: str, period: Period, pending: int,
    margins: DropoffMargins = DropoffMargins(),
) -> SafetyReport:  # fmt: skip
    """The safety report of a drop-off candidate from its labelled shadow decisions."""
    criteria, tables, headline = compare(frame, margins)
    sample = {"decisions_with_outcome": len(frame), "decisions_pending_outcome": pending,
              "patients": frame.patient_key.nunique(), "decisions_followed_by_drop_off": headline["drop_offs"],
              "decision_agreement": headline["agreement"], "flips_to_intervene": headline["flips_to_intervene"],
              "flips_to_no_intervention": headline["flips_to_no_intervention"]}  # fmt: skip
    notes = [
        f"Margins: AUC {margins.auc_margin}, Brier {margins.brier_margin}, recall {margins.recall_margin}, "
        f"subgroup AUC {margins.subgroup_margin}; capacity {margins.capacity:.0%}; "
        f"{margins.resampling.samples} paired bootstrap resamples of patients (all their decisions together).",
        "Outcomes are derived from later Silver events as the contract defines them; decisions whose 44-day "
        "follow-up is not observed yet are pending and excluded.",
    ]
    report = SafetyReport("dropoff", candidate, production, period, sample, criteria, tables, notes=notes,
                          flags=headline.get("flags", []))  # fmt: skip
    if len(frame) and frame[LABEL].nunique() == 2:
        report.figures = figures(frame)
    return report
