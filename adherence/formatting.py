"""One place that renders numbers and names for people and for JSON: the CLI, the model cards
and the safety reports all go through it, so a figure reads the same everywhere.

- ``format_value``: a number as a report shows it (4 significant digits; whole numbers with
  thousands separators; ``n/a`` for a missing value, never ``NaN``).
- ``json_safe``: a structure ready for ``json.dumps`` with ``allow_nan=False``: floats rounded
  to 4 significant digits, NaN and infinities as ``null``, NumPy scalars as Python numbers.
- ``label``: a column or key name as words (``auc_difference_95_high`` → "AUC difference,
  95% CI upper end"); ``GLOSSARY`` explains the names that need more than words.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any

SIGNIFICANT = 4

#: Names that the plain word split would not make clear, in the words a reviewer reads.
LABELS: dict[str, str] = {
    "auc_production": "AUC production",
    "auc_candidate": "AUC candidate",
    "auc_difference": "AUC difference (candidate − production)",
    "auc_difference_95_low": "AUC difference, 95% CI lower end",
    "auc_difference_95_high": "AUC difference, 95% CI upper end",
    "ece_production": "ECE production",
    "ece_candidate": "ECE candidate",
    "n": "decisions",
    "drop_offs": "decisions followed by drop-off",
    "assessed": "enough outcomes to judge",
    "significantly_worse": "significantly worse (CI below 0)",
    "95% low": "95% CI lower end",
    "95% high": "95% CI upper end",
    "roc_auc": "ROC AUC",
    "pr_auc": "PR AUC",
    "ece": "expected calibration error",
    "dr": "doubly robust",
    "ips": "IPS",
    "snips": "SNIPS",
}

#: Short explanations of abbreviations, printed under a report's tables.
GLOSSARY: dict[str, str] = {
    "AUC": "area under the ROC curve (0.5 is chance, 1 is perfect ranking)",
    "ECE": "expected calibration error: mean gap between predicted risk and observed rate",
    "CI": "confidence interval (paired bootstrap over patients unless stated)",
    "decisions": "one answer about one patient on one day; a patient has one per day of the period",
}


def _is_missing(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | numbers.Integral) and not math.isfinite(float(value))


def format_value(value: object) -> str:
    """A value as people read it in a report or on a terminal."""
    if value is None or _is_missing(value):
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        number = float(value)
        if number.is_integer() and abs(number) >= 1000:
            return f"{int(number):,}"
        if number != 0 and abs(number) < 1e-3:
            return "0" if abs(number) < 5e-5 else f"{number:.4f}"  # no 8.567e-05: a reviewer reads 0.0001
        return f"{number:,.{SIGNIFICANT}g}" if abs(number) < 1e4 else f"{number:,.0f}"
    return str(value)


def round_number(value: float, digits: int = SIGNIFICANT) -> float | None:
    """``value`` to ``digits`` significant digits; None for NaN and infinities."""
    if not math.isfinite(value):
        return None
    if value == 0:
        return 0.0
    return round(value, max(0, digits - 1 - math.floor(math.log10(abs(value)))))


def json_safe(value: Any, digits: int = SIGNIFICANT) -> Any:
    """``value`` with every float rounded and NaN or infinity as None (strict JSON)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return round_number(float(value), digits)
    if isinstance(value, Mapping):
        return {str(key): json_safe(item, digits) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [json_safe(item, digits) for item in value]
    return str(value)


def label(name: str) -> str:
    """A column or key name in words."""
    if name in LABELS:
        return LABELS[name]
    tokens = {"auc": "AUC", "ece": "ECE", "pr": "PR", "roc": "ROC", "ci": "CI", "dr": "DR", "ips": "IPS"}
    return " ".join(tokens.get(word, word) for word in name.split("_"))
