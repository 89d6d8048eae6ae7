"""Train, evaluate off-policy and register the reminder-timing bandit.

1. Every logged reminder whose 120-minute outcome window closed before ``until``, its
   outcome (a dose event within 120 minutes, as the contract derives it) and the
   patient's ``reminder_v1`` features at the moment it was sent (point in time).
2. Split by ``sent_at``: the policy learns from the earlier logs; its value is estimated
   on the later ones with IPS, SNIPS and doubly-robust estimators (bootstrap intervals)
   against the logging policy's observed value.
3. Plots, model card, lineage; registered as ``reminder_timing`` with alias ``challenger``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import matplotlib.pyplot as plt
import mlflow
import pandas as pd
from matplotlib.figure import Figure

from adherence.audit import AuditLog
from adherence.domain import REMINDER_SERVICE as FEATURE_SERVICE
from adherence.domain import RESPONSE_WINDOW_MINUTES
from adherence.settings import Settings
from features.reminders import context_columns, logged_reminders
from models.baselines import PatientBestHour, reminder_verdict
from models.cards import ModelCard
from models.off_policy import Estimate, doubly_robust, ips, retarget, snips, with_interval
from models.personal import PersonalisedReminderPolicy
from models.pyfunc import ReminderModel
from models.reminder import ReminderPolicy
from training import tracking
from training.datasets import data_until

log = logging.getLogger(__name__)
NAME = "reminder_timing"


@dataclass(frozen=True)
class ReminderConfig:
    """Choices of one training run; every field is logged as a parameter."""

    until: dt.date | None = None
    evaluation_share: float = 0.3
    exploration: float = 0.05  # probability set aside for exploration (models.personal)
    uniform_share: float = PersonalisedReminderPolicy().uniform_share  # of it spread uniformly: every hour keeps >= 0.01 / 17
    temperature: float = PersonalisedReminderPolicy().temperature  # the model's default; see models.reminder
    alpha: float = PersonalisedReminderPolicy().alpha
    n_bootstrap: int = 300
    seed: int = 0


def train(settings: Settings, config: ReminderConfig = ReminderConfig(), audit: AuditLog | None = None) -> tracking.Registered:
    """Run the whole pipeline; returns the registered version and its off-policy estimates."""
    until = data_until(settings.lake, config.until)
    rows = logged_reminders(settings.lake, until)
    cut = rows.sent_at.quantile(1 - config.evaluation_share)
    columns = context_columns(rows)
    # The context is taken out once and the rest keeps the logged columns; rows are oldest first, so each
    # period is a slice (a view) of both, where a boolean mask and every ``held_out[columns]`` copied them.
    context, rows = rows[columns], rows.drop(columns=columns)
    split = int(rows.sent_at.searchsorted(cut))
    learn, held_out = rows.iloc[:split], rows.iloc[split:]
    learn_context, held_context = context.iloc[:split], context.iloc[split:]
    del context
    if learn.empty or held_out.empty:
        raise ValueError("too few logged reminders to split into learning and evaluation periods")
    log.info("reminder: %d learning, %d evaluation reminders; %d context columns", len(learn), len(held_out), len(columns))

    client = tracking.configure(settings, NAME)
    with mlflow.start_run(run_name=f"reminder-until-{until}", tags=tracking.owner_tags()) as run:
        tracking.log_config(config, until, evaluation_start=str(cut))
        tracking.log_lineage(settings.lake, FEATURE_SERVICE, (rows.sent_at.min(), rows.sent_at.max()), until)
        policy = PersonalisedReminderPolicy(
            exploration=config.exploration, temperature=config.temperature, alpha=config.alpha, random_state=config.seed,
            uniform_share=config.uniform_share,
        ).fit(learn_context, learn.local_hour, learn.responded.astype(float), learn.propensity, groups=learn.patient_key)
        mlflow.log_params({"prior": policy.prior, "rhythm_templates": len(getattr(policy, "templates_", ())),
                           "gate_inputs": ",".join(getattr(policy, "gate_inputs_", ())),
                           "prior_strength": policy.prior_strength_, "bandwidth_hours": policy.bandwidth_,
                           "rhythm_clusters": policy.n_clusters_, "dose_hour_weight_nats": round(policy.dose_weight_, 4)})
        estimates = policy.evaluate_off_policy(
            held_context, held_out.local_hour, held_out.responded.astype(float), held_out.propensity,
            n_bootstrap=config.n_bootstrap, random_state=config.seed,
        )  # fmt: skip
        baseline = _baseline_estimates(policy, (learn, learn_context), (held_out, held_context), config)
        verdict = reminder_verdict(estimates["dr"].value, baseline["dr"].value)
        metrics = _flatten(estimates) | {f"baseline_{k}": v for k, v in _flatten(baseline).items()}
        metrics.update({"rows_learn": len(learn), "rows_evaluation": len(held_out), "hours": len(policy.hours_)})
        mlflow.log_metrics(metrics)
        mlflow.log_param("hours", ",".join(map(str, policy.hours_)))
        tracking.log_figures({"hour_distribution": _hour_figure(policy, held_out, held_context)})
        card = _card(policy, config, estimates, len(learn), cut)
        example = held_context.head(5)
        version, bootstrapped = tracking.log_and_register(
            client, name=NAME, wrapper=ReminderModel(policy), input_example=example, card=card, audit=audit,
            verdict=verdict, params={"seed": 0},
        )  # fmt: skip
        warned = tracking.baseline_warning(NAME, version, verdict, bootstrapped)
        for text in warned:
            log.warning(text)
        return tracking.Registered(NAME, version, run.info.run_id, metrics, bootstrapped, warned, verdict.tag)


def _baseline_estimates(
    policy: ReminderPolicy, learn: tuple[pd.DataFrame, pd.DataFrame], held_out: tuple[pd.DataFrame, pd.DataFrame],
    config: ReminderConfig,
) -> dict[str, Estimate]:
    """IPS, SNIPS and DR values of the per-patient baseline (each patient's best logged hour in
    the history their context carries, shrunk toward the population) on the same held-out
    reminders, with the same reward model and bootstrap seeds as the policy's, so the two
    values are comparable. ``learn`` and ``held_out``: each period's logged columns and its
    context, row-aligned."""
    (logged, context), (evaluated, evaluated_context) = learn, held_out
    baseline = PatientBestHour().fit(context, logged.local_hour, logged.responded)
    rounds = policy.logged_rounds(evaluated_context, evaluated.local_hour, evaluated.responded.astype(float),
                                  evaluated.propensity)  # fmt: skip
    distribution = pd.DataFrame(baseline.distribution(evaluated_context), columns=baseline.hours_)
    retargeted = retarget(rounds, distribution.reindex(columns=policy.hours_, fill_value=0.0).to_numpy())
    return {name: with_interval(estimator, retargeted, samples=config.n_bootstrap, seed=config.seed)
            for name, estimator in (("ips", ips), ("snips", snips), ("dr", doubly_robust))}  # fmt: skip


def _flatten(estimates: dict[str, Estimate]) -> dict[str, float]:
    flat = {}
    for name, estimate in estimates.items():
        flat.update({f"ope_{name}": estimate.value, f"ope_{name}_low": estimate.low, f"ope_{name}_high": estimate.high})
    return flat


def _hour_figure(policy: ReminderPolicy, held_out: pd.DataFrame, context: pd.DataFrame) -> Figure:
    """Where the logging policy sent reminders, where this policy would (from ``context``, row-aligned with
    ``held_out``), and the observed response by hour."""
    logged = held_out.local_hour.value_counts(normalize=True).reindex(policy.hours_, fill_value=0.0)
    chosen = policy.action_distribution(context).mean(axis=0)
    response = held_out.groupby("local_hour").responded.mean().reindex(policy.hours_)
    figure, axis = plt.subplots(figsize=(8, 4))
    width = 0.4
    axis.bar(policy.hours_ - width / 2, logged.to_numpy(), width, label="logging policy")
    axis.bar(policy.hours_ + width / 2, chosen, width, label="this policy (mean probability)")
    twin = axis.twinx()
    twin.plot(policy.hours_, response.to_numpy(), color="black", marker="o", label="observed response rate")
    axis.set(xlabel="local hour", ylabel="share of reminders", title="Reminder hours (evaluation period)")
    twin.set_ylabel("response rate")
    axis.legend(loc="upper left")
    twin.legend(loc="upper right")
    return figure


def _policy_text(policy: PersonalisedReminderPolicy) -> str:
    """One sentence on how the fitted policy pools a patient's own responses."""
    if policy.prior == "templates":
        return (f"each patient's posterior over {len(policy.templates_)} daily-rhythm response curves (weights fitted by "
                "NPMLE on one history per patient; a gate from dose-hour shares and clinical categories) given their own "
                "responses by hour; softmax over the posterior mean, exploration by each hour's posterior probability "
                "of being the best (Thompson sampling's, exact), over a uniform floor")  # fmt: skip
    return ("each patient's own responses by hour (kernel-smoothed across hours) pooled toward a disjoint LinUCB "
            "population curve by empirical Bayes; softmax over posterior mean + alpha sd, exploration directed to the "
            "hours likely to beat the best, over a uniform floor")  # fmt: skip


def _prior_details(policy: PersonalisedReminderPolicy) -> dict[str, object]:
    """The card's lines on the fitted prior: what was estimated from the logs."""
    if policy.prior == "templates":
        return {"rhythm templates kept (NPMLE weight > 0)": len(policy.templates_),
                "gate inputs (none: the population's template weights)": ", ".join(policy.gate_inputs_) or "none",
                "gate's held-out gain (nats per history; 0: no gate)": round(policy.dose_weight_, 4)}  # fmt: skip
    return {"prior strength (pseudo-reminders)": policy.prior_strength_, "smoothing bandwidth (hours)": policy.bandwidth_,
            "rhythm clusters (1: the population curve)": policy.n_clusters_,
            "dose-hour prior's held-out gain (nats per history; 0: no weight)": round(policy.dose_weight_, 4)}  # fmt: skip


def _card(
    policy: PersonalisedReminderPolicy, config: ReminderConfig, estimates: dict[str, Estimate], n_learn: int, cut: object
) -> ModelCard:
    dr, logging_value = estimates["dr"], estimates["logging"]
    return ModelCard(
        title="reminder_timing (local hour of a patient's reminder)",
        intended_use=(
            "Choose the local hour of each patient's medication reminder, drawing from an exploring distribution and "
            "returning the exact propensity of the drawn hour, which must be logged with the reminder."
        ),
        not_for="Deciding whether to remind at all, or the content or channel of the reminder.",
        details={"policy": _policy_text(policy), **_prior_details(policy),
                 "hours": ", ".join(map(str, policy.hours_)), "exploration": config.exploration,
                 "share of it spread uniformly": config.uniform_share,
                 "temperature": config.temperature, "feature service": FEATURE_SERVICE},
        data={"learning reminders": n_learn, "evaluation reminders": dr.n, "evaluation starts": cut,
              "reward": f"a dose event within {RESPONSE_WINDOW_MINUTES} minutes after the reminder"},
        metrics={"DR value": dr.value, "DR 95% low": dr.low, "DR 95% high": dr.high,
                 "IPS value": estimates["ips"].value, "SNIPS value": estimates["snips"].value,
                 "logging policy value": logging_value.value, "DR lift": estimates["dr_lift"].value,
                 "DR lift 95% low": estimates["dr_lift"].low},
        limits=[
            "Values are off-policy estimates from logged propensities; they hold only for hours the logs cover.",
            "Hours never logged cannot be learned; the action set is the logged hours.",
            "Response is measured by device events: a dose taken without a scan counts as no response.",
            f"Exploration takes {config.exploration:.0%} of the probability, by design: {config.uniform_share:.0%} of it spread "
            "over all hours, the rest over the hours the patient's evidence leaves in doubt.",
        ],
    )  # fmt: skip
