"""Model cards: what a model is for, what it learned from, how well, for whom, and its limits.

One Markdown page per registered version, written by training and attached to the run
(``model_card.md``) and to the registered version's description.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from adherence.formatting import format_value, label


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
    #: The naive baseline on the same out-of-time rows, and whether the model beat it (``Verdict.card_lines``).
    baseline: Mapping[str, object] | None = None

    def render(self) -> str:
        """The card as Markdown."""
        lines = [f"# Model card: {self.title}", "", "## Intended use", self.intended_use, "", "**Not for:** " + self.not_for, ""]
        lines += ["## Model", *_bullets(self.details), "", "## Data", *_bullets(self.data), ""]
        lines += [f"## {self.metrics_heading}", *_bullets(self.metrics), ""]
        if self.baseline is not None:
            lines += ["## Naive baseline (same out-of-time rows)", *_bullets(self.baseline), ""]
        if self.subgroups is not None and len(self.subgroups):
            lines += ["## Subgroups", markdown_table(self.subgroups), ""]
        lines += ["## Limits", *(f"- {limit}" for limit in self.limits), ""]
        return "\n".join(lines)


def _bullets(values: Mapping[str, object]) -> list[str]:
    return [f"- **{key}**: {format_value(value)}" for key, value in values.items()]


def markdown_table(frame: pd.DataFrame) -> str:
    """A data frame as a Markdown table."""
    header = "| " + " | ".join(label(str(column)) for column in frame.columns) + " |"
    rule = "|" + "---|" * len(frame.columns)
    rows = ["| " + " | ".join(format_value(value) for value in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


#: The section an erasure adds to (or replaces in) a registered version's card.
ERASURE_HEADING = "## Erasure"


def with_erasure_note(card: str, erased: int, as_of_start: str, as_of_end: str) -> str:
    """``card`` (Markdown) with its erasure section set: how many erased patients the training range held.

    The model is not retrained (GDPR Art. 17 asks that the data be erased, and these
    versions are the record of past decisions); the card says how many patients whose
    feature rows lay in the version's training range (``as_of_start`` to ``as_of_end``)
    have been erased since. Any earlier erasure section is replaced, never repeated.
    """
    body = card.split("\n" + ERASURE_HEADING + "\n", 1)[0].rstrip("\n")
    note = (f"{erased} patient(s) whose feature rows lay in this version's training range ({as_of_start} to "
            f"{as_of_end}) have since been erased (`adherence erase`). The model was not retrained; their rows no "
            "longer exist in any store of the platform.")  # fmt: skip
    return f"{body}\n\n{ERASURE_HEADING}\n{note}\n"
