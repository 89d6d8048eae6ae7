"""The domain's definitions that several stages share, each stated once.

The outcomes the platform predicts are defined by the Silver contract (``features.outcomes``
computes them), but the models, training, serving and shadow all need the same numbers: the
model scores only patients still on therapy, serving answers with that flag, training and
shadow follow each as-of date for the label's horizon. A rule written in two places drifts
(issue 17), so it lives here, in plumbing every stage may import (``models`` may not import
``features``). Standard library only: the Feast definitions (``features/store/definitions.py``),
which the ``feast`` CLI loads from the lake's repo folder, import the feature-service names
from here without pulling in the platform.
"""

from __future__ import annotations

#: Days after the as-of date in which a drop-off counts towards the label.
DROPOFF_HORIZON_DAYS = 30
#: A patient with no dose event for this many days has dropped off (the contract's rule); a patient
#: whose last dose is fewer days ago is on therapy, the population the drop-off model scores.
DROPOFF_GAP_DAYS = 14
#: A reminder was responded to when a dose event follows within this many minutes.
RESPONSE_WINDOW_MINUTES = 120
#: The oldest age that may be published as a number. HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C))
#: aggregates every age over 89 into "90 or older", and with it every element of the date of
#: birth, the year included. The redactor, its age recognizers and the independent leak check all
#: read the limit from here, so the rule cannot drift between them.
OLDEST_AGE_KEPT = 89
#: Days of a patient's own hour-by-hour history (``reminders_hHH_{N}d``, ``responses_hHH_{N}d``,
#: ``doses_hHH_{N}d``): ``features.engineering`` counts it and the Feast definitions name it, both
#: from here. Long, because a patient's daily rhythm is stable and each hour sees few reminders.
HOUR_HISTORY_DAYS = 120
#: Days of a patient's own dose events by local hour (``doses_hHH_{N}d``), the daily rhythm the reminder
#: policy's gate may read. Longer than the reminder history: a patient takes a dose or two every day
#: whatever the reminders did, so the rhythm's evidence is plentiful, and the dose-hour shares are no
#: reminder outcome (the per-patient baseline, which reads only the reminder history, is unchanged).
DOSE_HOUR_DAYS = 240
#: The drop-off label's column: named after its horizon, so the name cannot outlive a change of it.
DROPOFF_LABEL = f"dropped_within_{DROPOFF_HORIZON_DAYS}d"

#: Feast feature services, one per model (``features/store/definitions.py`` defines their features).
DROPOFF_SERVICE = "dropoff_v1"
SUPPLY_SERVICE = "anomaly_v1"
REMINDER_SERVICE = "reminder_v1"
FEATURE_SERVICES = (DROPOFF_SERVICE, SUPPLY_SERVICE, REMINDER_SERVICE)
