"""The logged reminders' compact frame (issue 18): lossless, and the policy learns the same from it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from adherence.domain import REMINDER_SERVICE
from features import reminders
from features.materialize import training_frame
from features.reminders import compact, concat_compact, context_columns, logged_reminders
from models.personal import PersonalisedReminderPolicy
from models.pyfunc import model_input
from training.datasets import data_until

TEXT = ["age_band", "sex", "insurance", "condition"]
RATES = ["response_rate_60d", "dose_rate_7d", "days_since_last_dose"]
BLOCK = 4_001  # reminders per Feast retrieval in these tests: several blocks, the last one short


@pytest.fixture(scope="module")
def frames(trained_lake: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The logged reminders as ``logged_reminders`` gives them (context read in several blocks), and the
    same rows with their context read in one retrieval, uncompacted (as before issue 18)."""
    until = data_until(trained_lake, None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reminders, "CONTEXT_BLOCK", BLOCK)
        logged = logged_reminders(trained_lake, until)
    entities = logged[["patient_key"]].astype(object).assign(event_timestamp=logged.sent_at)
    wide = training_frame(trained_lake, REMINDER_SERVICE, entities).drop(columns="patient_key")
    return logged, pd.concat([logged[[c for c in logged.columns if c not in wide.columns]], wide], axis=1)


def test_logged_reminders_hold_text_as_categories_and_counts_as_float32_losslessly(
    frames: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    logged, wide = frames
    assert len(logged) > 3 * BLOCK and logged.index.equals(pd.RangeIndex(len(logged)))
    assert logged.sent_at.is_monotonic_increasing
    for name in [*TEXT, "patient_key", "policy"]:
        assert isinstance(logged[name].dtype, pd.CategoricalDtype), name
    assert logged.reminder_id.dtype == object  # an id per row: a category would only add codes
    counts = [c for c in context_columns(logged) if c.startswith(("reminders_", "responses_", "doses_"))]
    assert len(counts) > 50 and all(logged[c].dtype == np.float32 for c in counts)
    assert all(logged[c].dtype == np.float64 for c in RATES)  # rates keep their precision
    assert logged.memory_usage(deep=True).sum() < 0.6 * wide.memory_usage(deep=True).sum()
    # Lossless: widened back, every value (nulls included) is the wide frame's.
    pd.testing.assert_frame_equal(model_input(logged[wide.columns]), model_input(wide), check_dtype=False)


def test_the_policy_learns_and_evaluates_the_same_from_the_compact_frame(frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    logged, wide = frames
    columns = context_columns(logged)
    split = int(len(logged) * 0.7)
    results = []
    for frame in (logged, wide):
        learn, held_out = frame.iloc[:split], frame.iloc[split:]
        policy = PersonalisedReminderPolicy(random_state=0).fit(
            learn[columns], learn.local_hour, learn.responded.astype(float), learn.propensity, groups=learn.patient_key
        )
        estimates = policy.evaluate_off_policy(held_out[columns], held_out.local_hour, held_out.responded.astype(float),
                                               held_out.propensity, n_bootstrap=20, random_state=0)  # fmt: skip
        results.append((policy.action_distribution(held_out[columns]), {k: e.value for k, e in estimates.items()}))
    (compact_choice, compact_values), (wide_choice, wide_values) = results
    np.testing.assert_array_equal(compact_choice, wide_choice)
    assert compact_values == wide_values


def test_blocks_of_categories_stack_over_the_union_of_their_values() -> None:
    first = compact(pd.DataFrame({"band": ["a", "b", "a", "a"], "n": [1, 2, None, 4], "rate": [0.5, 0.25, 1.0, 0.1]}))
    second = compact(pd.DataFrame({"band": ["c", "a", "c", None], "n": [3, 3, 3, 3], "rate": [0.5, 0.5, 0.5, 0.5]}))
    stacked = concat_compact([first, second])
    assert isinstance(stacked.band.dtype, pd.CategoricalDtype) and list(stacked.band.cat.categories) == ["a", "b", "c"]
    assert stacked.band.tolist()[:7] == ["a", "b", "a", "a", "c", "a", "c"] and pd.isna(stacked.band.iloc[7])
    assert stacked.n.dtype == np.float32 and stacked.rate.dtype == np.float64
    assert compact(pd.DataFrame({"n": [2**24 + 1.0, 1.0]})).n.dtype == np.float64  # not exact in float32
    assert compact(pd.DataFrame({"id": ["x", "y", "z"]})).id.dtype == object  # an id, not a category
