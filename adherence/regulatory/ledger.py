"""The privacy-budget ledger: ε spent per dataset and per partner, signed into the audit log.

``DIR/releases/ledger.json`` holds, per dataset, its total ε budget (fixed when the dataset's first
release is made) and every release: partner, query, ε, δ, and the spend before and after it. Each
release is also a signed ``dp_release`` entry in the lake's audit log, which carries the SHA-256 of the
ledger as that release left it. The ledger refuses to charge anything while its sums disagree with the
audit log's, or while the file is not the one the last entry signed (a ledger edited to forget a
release cannot free budget). Sums are exact decimals, so ten releases of 0.1 spend exactly 1.0.

Charging happens under an exclusive lock, before the release is published: a crash after the
charge loses budget, never privacy.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from adherence.audit import AuditLog
from adherence.publish import failpoint
from adherence.regulatory import write_atomic

AUDIT_KIND = "dp_release"
DEFAULT_TOTAL_EPSILON = 3.0
#: The largest total budget a dataset may be given. Beyond ε ≈ 10 the guarantee is nominal: e^10 ≈ 22,000
#: is the factor by which one patient may change the odds of any outcome (Dwork & Roth 2014, §3.5; the
#: US Census Bureau's 2020 redistricting release, among the largest in practice, spent about 17 in total).
MAX_TOTAL_EPSILON = 10.0
LEDGER_NAME = "ledger.json"


class BudgetExceededError(RuntimeError):
    """The release would take the dataset past its total ε budget."""


class LedgerError(RuntimeError):
    """The ledger cannot be trusted or changed as asked (disagrees with the audit log, budget conflict)."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def exact(value: float | str | Decimal) -> Decimal:
    """A float as the decimal it was written as (``0.1`` → ``Decimal('0.1')``)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclass(frozen=True)
class Charge:
    """One release as the ledger recorded it."""

    release_id: str
    dataset: str
    partner: str
    query: str
    epsilon: float
    delta: float
    spent_before: float
    spent_after: float
    total_epsilon: float
    time: str  # UTC, when the budget was charged

    @property
    def remaining(self) -> float:
        return float(exact(self.total_epsilon) - exact(self.spent_after))

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Ledger:
    """The ledger file of one lake, checked against its audit log."""

    def __init__(self, folder: Path, audit: AuditLog):
        self.folder = Path(folder)
        self.path = self.folder / LEDGER_NAME
        self.audit = audit
        #: Releases an interrupted run had charged and signed, written into the ledger by this one (never published).
        self.finished: list[str] = []

    def read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"datasets": {}}
        try:
            data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LedgerError(f"{self.path} cannot be read ({exc}); restore it from the copy the audit log signed") from exc
        if not isinstance(data, dict) or not isinstance(data.get("datasets"), dict):
            raise LedgerError(f"{self.path} is not a ledger (no 'datasets' object); restore it")
        return data

    def spent(self, dataset: str, partner: str | None = None) -> Decimal:
        """ε spent so far on ``dataset`` (by ``partner`` alone, if given), as the ledger records it."""
        releases = self.read()["datasets"].get(dataset, {}).get("releases", [])
        return sum((exact(r["epsilon"]) for r in releases if partner is None or r["partner"] == partner), Decimal(0))

    def _charges(self) -> list[dict[str, Any]]:
        """Every ``dp_release`` payload of the verified audit log, oldest first."""
        if self.audit.never_written():
            return []  # a new lake: the first release begins the log (and its anchor)
        verification = self.audit.verify()
        if not verification.ok:
            raise LedgerError(
                f"the audit log does not verify (entry {verification.first_bad}: {verification.reason}); no release until it does"
            )
        return [entry["payload"] for entry in self.audit.entries() if entry["kind"] == AUDIT_KIND]

    @staticmethod
    def _audited(charges: list[dict[str, Any]], dataset: str) -> tuple[Decimal, int, str | None]:
        """ε and releases the audit log's ``charges`` hold for ``dataset``, and the ledger hash its last release signed."""
        mine = [charge for charge in charges if charge.get("dataset") == dataset]
        signed = charges[-1].get("ledger_sha256") if charges else None
        return sum((exact(charge["epsilon"]) for charge in mine), Decimal(0)), len(mine), signed

    def _finish_interrupted(self, data: dict[str, Any], charges: list[dict[str, Any]]) -> dict[str, Any]:
        """The ledger with a release the audit log signed but a killed process never wrote into it.

        A release signs the ledger's next content into the audit log, then writes it: a kill in
        between leaves the log one release ahead. That release is rebuilt from its signed entry and
        accepted only if the rebuilt ledger hashes to what the entry signed; anything else is left
        for the checks to refuse.
        """
        recorded = sum(len(entry["releases"]) for entry in data["datasets"].values())
        if len(charges) != recorded + 1:
            return data
        payload = dict(charges[-1])
        signed = payload.pop("ledger_sha256", None)
        dataset = str(payload.get("dataset"))
        rebuilt = json.loads(json.dumps(data))
        entry = rebuilt["datasets"].setdefault(dataset, {"total_epsilon": payload.get("total_epsilon"), "releases": []})
        entry["releases"].append(payload)
        text = json.dumps(rebuilt, indent=2, sort_keys=True) + "\n"
        if sha256(text) != signed:
            return data
        write_atomic(self.path, text)
        for leftover in self.folder.glob(f".{LEDGER_NAME}.*.tmp"):
            leftover.unlink(missing_ok=True)  # the killed writer's temporary copy
        self.finished.append(str(payload.get("release_id")))
        return rebuilt

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / ".ledger.lock").open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def charge(
        self, dataset: str, partner: str, query: str, epsilon: float, delta: float, *,
        total_epsilon: float | None = None, details: dict[str, Any] | None = None,
    ) -> Charge:
        """Record a release of ``epsilon`` on ``dataset``, or raise ``BudgetExceededError`` with the figures."""
        with self._locked():
            charges = self._charges()  # the audit log verified once per charge
            data = self._finish_interrupted(self.read(), charges)
            entry, spent, total, after = self._admissible(data, charges, dataset, epsilon, total_epsilon)
            releases = entry["releases"]
            charge = Charge(
                release_id=f"rel-{len(releases) + 1:04d}-{query}", dataset=dataset, partner=partner, query=query,
                epsilon=epsilon, delta=delta, spent_before=float(spent), spent_after=float(after),
                total_epsilon=float(total), time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            )  # fmt: skip
            releases.append({**charge.as_dict(), **(details or {})})
            data["datasets"][dataset] = entry
            text = json.dumps(data, indent=2, sort_keys=True) + "\n"
            # The audit entry signs the ledger's new content; it is written first, so a crash in between
            # leaves the budget charged and the ledger refusing until it is repaired, never spent unrecorded.
            self.audit.append(AUDIT_KIND, {**charge.as_dict(), **(details or {}), "ledger_sha256": sha256(text)})
            failpoint("ledger-signed")
            write_atomic(self.path, text)
            return charge

    def check(self, dataset: str, epsilon: float, total_epsilon: float | None = None) -> None:
        """Raise what ``charge`` would raise, charging nothing: run before the costly and noisy work."""
        with self._locked():
            charges = self._charges()
            self._admissible(self._finish_interrupted(self.read(), charges), charges, dataset, epsilon, total_epsilon)

    def _admissible(
        self, data: dict[str, Any], charges: list[dict[str, Any]], dataset: str, epsilon: float, total_epsilon: float | None
    ) -> tuple[dict[str, Any], Decimal, Decimal, Decimal]:
        """The dataset's entry, ε spent, total and ε after this release, once every check has passed."""
        if total_epsilon is not None and not 0 < total_epsilon <= MAX_TOTAL_EPSILON:
            raise LedgerError(f"--total-epsilon must be above 0 and at most {MAX_TOTAL_EPSILON:g}, got {total_epsilon!r}")
        entry = data["datasets"].get(dataset)
        if entry is None:
            entry = {"total_epsilon": total_epsilon if total_epsilon is not None else DEFAULT_TOTAL_EPSILON, "releases": []}
        elif total_epsilon is not None and exact(total_epsilon) != exact(entry["total_epsilon"]):
            raise LedgerError(
                f"dataset {dataset!r} has a total budget of ε = {entry['total_epsilon']} in the ledger since its first "
                f"release; it cannot be changed to {total_epsilon}"
            )
        releases = entry["releases"]
        spent = sum((exact(r["epsilon"]) for r in releases), Decimal(0))
        audited, audited_count, signed = self._audited(charges, dataset)
        if (audited, audited_count) != (spent, len(releases)):
            raise LedgerError(
                f"the ledger records {len(releases)} releases (ε = {spent}) on {dataset!r} but the signed audit log "
                f"{audited_count} (ε = {audited}); no release until they agree"
            )
        current = hashlib.sha256(self.path.read_bytes()).hexdigest() if self.path.exists() else None
        if current != signed:
            raise LedgerError(
                f"{self.path} is not the ledger the audit log's last {AUDIT_KIND} entry signed (changed outside "
                "`adherence release`); no release until it is restored"
            )
        total = exact(entry["total_epsilon"])
        after = spent + exact(epsilon)
        if after > total:
            raise BudgetExceededError(
                f"release refused: ε = {epsilon} would bring dataset {dataset!r} to ε = {after} of its total budget "
                f"{total} (already spent {spent} in {len(releases)} releases; {total - spent} remains)"
            )
        return entry, spent, total, after

    def summary(self) -> dict[str, Any]:
        """Per dataset: total, spent, remaining, and spent per partner."""
        out = {}
        for dataset, entry in self.read()["datasets"].items():
            spent = self.spent(dataset)
            partners: dict[str, Decimal] = {}
            for release in entry["releases"]:
                partners[release["partner"]] = partners.get(release["partner"], Decimal(0)) + exact(release["epsilon"])
            out[dataset] = {
                "total_epsilon": float(exact(entry["total_epsilon"])),
                "spent": float(spent),
                "remaining": float(exact(entry["total_epsilon"]) - spent),
                "releases": len(entry["releases"]),
                "per_partner": {partner: float(value) for partner, value in sorted(partners.items())},
            }
        return out
