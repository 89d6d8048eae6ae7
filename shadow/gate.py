"""The promotion gate: ``champion`` moves only for a candidate whose shadow report passed and
that beat its naive baseline out of time (version tag ``beats_baseline``, set by training).

A reviewer may override a failed or missing report, but only with a written reason; the
override, the reason and every alias move are recorded (registry tags and the signed
audit log). ``rollback`` puts the previous champion back, recorded the same way.
"""

from __future__ import annotations

import json

from mlflow import MlflowClient

from adherence.audit import AuditLog
from models.registry import (
    BEATS_BASELINE_TAG,
    CHAMPION,
    AliasMove,
    alias_history,
    move_alias,
    registered_name,
    resolve,
    version_for,
)

GATE_TAG = "shadow.gate"
REPORT_TAG = "shadow.report"
SUMMARY_TAG = "shadow.summary"


class PromotionRefusedError(RuntimeError):
    """The gate refuses to move the champion (the message says why)."""


def record_report(client: MlflowClient, model: str, version: str, passed: bool, report_path: str, summary: dict) -> None:
    """Attach a shadow report's verdict to the candidate's registered version."""
    name = registered_name(model)
    client.set_model_version_tag(name, version, GATE_TAG, "passed" if passed else "failed")
    client.set_model_version_tag(name, version, REPORT_TAG, report_path)
    brief = {k: summary[k] for k in ("production_version", "period", "passed", "recommendation")}
    client.set_model_version_tag(name, version, SUMMARY_TAG, json.dumps(brief, default=str)[:4900])


def promote(
    client: MlflowClient, model: str, candidate: str, *, actor: str, audit: AuditLog,
    override: bool = False, reason: str | None = None,
) -> AliasMove:  # fmt: skip
    """Make ``candidate`` the champion if its shadow report passed, or on a reasoned override.

    Returns the alias move recorded in the registry (as ``rollback`` does); its ``reason`` says
    whether the gate passed or how it was overridden, and why."""
    name = registered_name(model)
    version = resolve(client, name, candidate)
    number = str(version.version)
    current = version_for(client, name, CHAMPION)
    if current is not None and str(current.version) == number:
        raise PromotionRefusedError(f"{name} v{number} is already the champion")
    verdict = version.tags.get(GATE_TAG)
    below_baseline = version.tags.get(BEATS_BASELINE_TAG) == "false"
    if below_baseline and not override:
        raise PromotionRefusedError(
            f"{name} v{number} does not beat its naive baseline out of time ({BEATS_BASELINE_TAG}=false; see its model "
            "card): a one-line rule did as well; --override --reason '...' to promote it anyway"
        )
    if override:
        if not reason or not reason.strip():
            raise PromotionRefusedError("an override needs --reason: say why the gate is overridden")
        why = f"OVERRIDE by {actor} (shadow gate: {verdict or 'no report'}): {reason.strip()}"
    elif verdict != "passed":
        where = f" ({version.tags[REPORT_TAG]})" if REPORT_TAG in version.tags else ""
        if verdict is None:
            problem = f"has no shadow report{where}; run `adherence shadow report` first"
        else:  # the report exists: what it found is the reason, not a missing report
            problem = f"failed its shadow report{where}: see its failed criteria there"
        raise PromotionRefusedError(f"{name} v{number} {problem}, or --override --reason '...'")
    else:
        why = f"shadow gate passed ({version.tags.get(REPORT_TAG, '?')})"
    extra = {"override": override, "gate": verdict or "none", BEATS_BASELINE_TAG: version.tags.get(BEATS_BASELINE_TAG, "unknown")}
    move = move_alias(client, name, CHAMPION, number, reason=why, actor=actor, audit=audit, extra=extra)
    client.set_model_version_tag(name, number, "promotion", "override" if override else "gate")
    if override:
        client.set_model_version_tag(name, number, "override_reason", reason.strip()[:4900])  # type: ignore[union-attr]
    return move


def rollback(client: MlflowClient, model: str, *, actor: str, audit: AuditLog, reason: str) -> AliasMove:
    """Point ``champion`` back at the version it held before its last move."""
    name = registered_name(model)
    moves = [m for m in alias_history(client, name) if m.alias == CHAMPION]
    if not moves or moves[-1].previous is None:
        raise PromotionRefusedError(f"{name} has no earlier champion to roll back to")
    previous = moves[-1].previous
    why = f"ROLLBACK from v{moves[-1].version}: {reason}"
    return move_alias(client, name, CHAMPION, previous, reason=why, actor=actor, audit=audit, extra={"rollback": True})
