"""Keyed pseudonyms: the contract's ``patient_key`` and device pseudonyms.

``patient_key`` is fixed by the Silver contract (the intervention engine computes the
same value inside the identifiable zone). Other pseudonyms use HMAC-SHA256 with a
domain-separation prefix, so that no pseudonym of one kind can be confused with, or
reveal, one of another kind made from the same input.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import cast

DEVICE_DOMAIN = b"adherence/device-id/v1\x00"
POLICY_DOMAIN = b"adherence/policy-label/v1\x00"
SHIFT_DOMAIN = b"adherence/export-date-shift/v1\x00"
MAX_SHIFT_WEEKS = 26


def patient_key(mrn: str, key: bytes) -> str:
    """First 32 hex characters of HMAC-SHA256(key, mrn as UTF-8), as the contract says."""
    return hmac.new(key, mrn.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _each_once(values: Iterable[str | None], pseudonym: Callable[[str], str]) -> list[str | None]:
    """Apply ``pseudonym`` to every value, computing each distinct value once; nulls stay null."""
    cache: dict[str, str] = {}
    return [None if value is None else cache.get(value) or cache.setdefault(value, pseudonym(value)) for value in values]


def patient_keys(mrns: Iterable[str], key: bytes) -> list[str]:
    """``patient_key`` of many MRNs (each distinct MRN is hashed once)."""
    return cast(list[str], _each_once(mrns, lambda mrn: patient_key(mrn, key)))  # no null MRNs in, none out


def device_pseudonym(device_id: str, key: bytes) -> str:
    """A keyed pseudonym of an IoT device serial (``dev-`` + 24 hex characters)."""
    return "dev-" + hmac.new(key, DEVICE_DOMAIN + device_id.encode("utf-8"), hashlib.sha256).hexdigest()[:24]


def device_pseudonyms(device_ids: Iterable[str | None], key: bytes) -> list[str | None]:
    """``device_pseudonym`` of many serials; nulls stay null."""
    return _each_once(device_ids, lambda device: device_pseudonym(device, key))


def policy_pseudonym(label: str, key: bytes) -> str:
    """A keyed pseudonym of a reminder policy label (``policy-`` + 24 hex characters): the same
    label always gives the same pseudonym, so policies stay told apart without their words."""
    return "policy-" + hmac.new(key, POLICY_DOMAIN + label.encode("utf-8"), hashlib.sha256).hexdigest()[:24]


def policy_labels(labels: Iterable[str | None], key: bytes, keep: Callable[[str], bool]) -> list[str | None]:
    """Each label kept when ``keep`` says it is a code, else its :func:`policy_pseudonym`; nulls stay null."""
    return _each_once(labels, lambda label: label if keep(label) else policy_pseudonym(label, key))


def shift_weeks(patient_key_value: str, key: bytes) -> int:
    """The secret, per-patient whole-week date shift of the research export: in
    [-MAX_SHIFT_WEEKS, MAX_SHIFT_WEEKS], never 0."""
    digest = hmac.new(key, SHIFT_DOMAIN + patient_key_value.encode("utf-8"), hashlib.sha256).digest()
    index = int.from_bytes(digest[:8], "big") % (2 * MAX_SHIFT_WEEKS)  # 52 nonzero values
    weeks = index - MAX_SHIFT_WEEKS
    return weeks if weeks < 0 else weeks + 1


RESEARCH_DOMAIN = b"adherence/research-id/v1\x00"


def research_id(patient_key_value: str, key: bytes) -> str:
    """The research export's patient pseudonym: unlinkable to ``patient_key`` without the secret."""
    return hmac.new(key, RESEARCH_DOMAIN + patient_key_value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
