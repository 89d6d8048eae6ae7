"""Model cards: what a model is for, what it learned from, how well, for whom, and its limits.

One Markdown page per registered version, written by training and attached to the run
(``model_card.md``) and to the registered version's description.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class ModelCard:
    """The content of a model card; ``render`` turns it into Markdown."""

    title: str
    intended_use: str
    not_for: str
    data: Mapping[str, object]
    metrics: Mapping[str, float]
    limits: Sequence[str]
    subgroups: pd.DataFrame | None = None
    details: Mapping[str, object] = field(default_factory=dict)
    metrics_heading: str = "Metrics (held-out, later in time than training)"

    def render(self) -> str:
        """The card as Markdown."""
        lines = [f"# Model card: {self.title}", "", "## Intended use", self.intended_use, "", "**Not for:** " + self.not_for, ""]
        lines += ["## Model", *_bullets(self.details), "", "## Data", *_bullets(self.data), ""]
        lines += [f"## {self.metrics_heading}", *_bullets(self.metrics), ""]
        if self.subgroups is not None and len(self.subgroups):
            lines += ["## Subgroups", markdown_table(self.subgroups), ""]
        lines += ["## Limits", *(f"- {limit}" for limit in self.limits), ""]
        return "\n".join(lines)


def format_value(value: object) -> str:
    """A number as people read it in a report: 4 significant digits, whole counts with separators."""
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        return f"{int(value):,}" if value.is_integer() and abs(value) >= 1000 else f"{value:.4g}"
    return str(value)


def _bullets(values: Mapping[str, object]) -> list[str]:
    return [f"- **{key}**: {format_value(value)}" for key, value in values.items()]


def markdown_table(frame: pd.DataFrame) -> str:
    """A data frame as a Markdown table."""
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "---|" * len(frame.columns)
    rows = ["| " + " | ".join(format_value(value) for value in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])
