"""Feast definitions: entities, Parquet sources, feature views and feature services.

Self-contained (only Feast, the standard library and the standard-library-only
``adherence.domain``, home of the feature-service names and the hour-history windows), because ``features.store`` copies
this file into each lake's repo folder (``<lake>/feature_repo*/``) where the standard
``feast`` CLI imports it. There the sources resolve to ``<lake>/features/`` next to the
repo folder; ``ADHERENCE_FEATURES_DIR`` overrides that. Python callers use
``build_definitions(features_dir)`` instead of the module-level objects.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from feast import Entity, FeatureService, FeatureView, Field, FileSource, ValueType
from feast.types import Float64, Int64, PrimitiveFeastType, String

from adherence.domain import DOSE_HOUR_DAYS, DROPOFF_SERVICE, HOUR_HISTORY_DAYS, REMINDER_SERVICE, SUPPLY_SERVICE

#: A daily snapshot is valid until the next one is due (plus slack for late materialisation).
SNAPSHOT_TTL = timedelta(days=2)
NOT_PII = {"pii": "false"}
OWNER = "adherence-ml"
RHYTHM_DAYS = 60  # as features.engineering.RHYTHM_DAYS (this file imports no other feature code)
SEQUENCE_DAYS = 60  # as features.engineering.SEQUENCE_DAYS

# (name, type, description) of every feature, per feature view.
FeatureSpec = tuple[str, PrimitiveFeastType, str]
PATIENT_ACTIVITY: tuple[FeatureSpec, ...] = (
    *(
        (f"doses_{n}d", Int64, f"dose events (med_scan + pillbox_opened) in the {n} days before the snapshot")
        for n in (3, 7, 14, 30)
    ),
    *(
        (f"dose_rate_{n}d", Float64, f"doses_{n}d / (doses_per_day x days observed in the window, at most {n})")
        for n in (3, 7, 14, 30)
    ),
    ("days_since_last_dose", Float64, "days from the last dose event to the snapshot; null if none yet"),
    ("longest_gap_30d", Int64, "longest run of whole UTC days without a dose event in the last 30 days"),
    ("dose_rate_trend", Float64, "dose_rate_7d minus the dose rate of the 14 days before those 7"),
    ("app_opens_7d", Int64, "app_open events in the last 7 days"),
    ("pack_scans_30d", Int64, "distinct packs (serial numbers) first scanned by the patient in the last 30 days"),
    # Relative to the patient's own history: the usual rhythm is days 8..60 before the snapshot.
    (f"doses_{RHYTHM_DAYS}d", Int64, f"dose events in the {RHYTHM_DAYS} days before the snapshot"),
    ("dose_days_7d", Int64, "UTC days with at least one dose event among the last 7"),
    (f"dose_days_{RHYTHM_DAYS}d", Int64, f"UTC days with at least one dose event among the last {RHYTHM_DAYS}"),
    ("doses_7d_vs_own", Float64, "daily mean of dose events over the last 7 days / the patient's own daily mean over "
     f"days 8..{RHYTHM_DAYS} before the snapshot (1 = usual rhythm); null without doses in that period"),
    ("app_opens_7d_vs_own", Float64, "daily mean of app opens over the last 7 days / the patient's own daily mean over "
     f"days 8..{RHYTHM_DAYS}; null without app opens in that period"),
    ("gap_vs_own", Float64, "days_since_last_dose / the patient's own typical gap (days observed in the last "
     f"{RHYTHM_DAYS}, at most {RHYTHM_DAYS}, per day with a dose); null without a dose day in the window"),
    ("dose_hour_shift_7d", Float64, "hours (0-12) between the circular mean time of day of the last 7 days' dose events "
     f"and that of days 8..{RHYTHM_DAYS}; null without doses in either period"),
    ("dose_hour_spread_7d", Float64, "1 - mean resultant length of the last 7 days' dose times of day (0 = always the "
     "same time, 1 = spread around the clock); null without doses"),
    ("dose_hour_spread_own", Float64, f"the same over days 8..{RHYTHM_DAYS}: the patient's usual regularity"),
    # The daily sequence a sequence model reads (doses_lag_01 is the snapshot's own UTC day).
    *(
        (f"doses_lag_{k:02d}", Int64, f"dose events on the UTC day {k - 1} days before the snapshot's day; "
         "null before the patient's first observed day")
        for k in range(1, SEQUENCE_DAYS + 1)
    ),
)
# The clinical view in its two parts. From the enrolment record: the patient's profile and the time on therapy.
PATIENT_PROFILE: tuple[FeatureSpec, ...] = (
    ("age_band", String, "age at enrolment, generalised to a 10-year band (90+ top-coded)"),
    ("sex", String, "F, M or X"),
    ("condition", String, "treated condition"),
    ("doses_per_day", Int64, "prescribed doses per day"),
    ("comorbidity_count", Int64, "number of comorbidities"),
    ("prior_hospitalizations_12m", Int64, "hospitalisations in the 12 months before enrolment"),
    ("insurance", String, "insurance type"),
    ("days_on_therapy", Float64, "days from enrolment to the snapshot"),
)
# From the sensor readings: the last one before the snapshot and the recent trend.
PATIENT_SENSOR: tuple[FeatureSpec, ...] = (
    ("last_sensor_kind", String, "kind of the last sensor reading before the snapshot"),
    ("last_sensor_value", Float64, "value of the last sensor reading before the snapshot"),
    ("days_since_last_sensor", Float64, "days from the last sensor reading to the snapshot"),
    ("sensor_trend_14d", Float64, "least-squares slope (units per day) of daily mean sensor values, last 14 days"),
)
PATIENT_CLINICAL: tuple[FeatureSpec, ...] = (*PATIENT_PROFILE, *PATIENT_SENSOR)
BUCKETS = {"morning": "06-10h", "midday": "11-15h", "evening": "16-22h"}
PATIENT_REMINDERS: tuple[FeatureSpec, ...] = (
    ("reminders_7d", Int64, "reminders sent in the last 7 days (notification fatigue)"),
    ("reminders_60d", Int64, "reminders whose 120-minute outcome window closed in the last 60 days"),
    ("response_rate_60d", Float64, "share of those reminders followed by a dose event within 120 minutes"),
    *(
        feature
        for bucket, hours in BUCKETS.items()
        for feature in (
            (f"reminders_{bucket}_60d", Int64, f"reminders sent at local {hours} with outcome known, last 60 days"),
            (f"response_rate_{bucket}_60d", Float64, f"response rate of reminders sent at local {hours}, last 60 days"),
        )
    ),
    # The patient's own hour-by-hour history: what a personalised policy pools toward the population.
    *(
        feature
        for hour in range(24)
        for feature in (
            (f"reminders_h{hour:02d}_{HOUR_HISTORY_DAYS}d", Int64,
             f"reminders sent at local {hour:02d}h with outcome known, last {HOUR_HISTORY_DAYS} days"),
            (f"responses_h{hour:02d}_{HOUR_HISTORY_DAYS}d", Int64,
             "of those, followed by a dose event within 120 minutes"),
            # The patient's own daily rhythm: where chronotype shapes both, dose times point at the answering hour.
            (f"doses_h{hour:02d}_{DOSE_HOUR_DAYS}d", Int64,
             f"dose events (med_scan + pillbox_opened) at local {hour:02d}h in the patient's time zone, "
             f"last {DOSE_HOUR_DAYS} days"),
        )
    ),
)
#: The registry's answers to a pack scan, each counted and rated per series and day (as features.engineering's
#: SUPPLY_SERIES_SQL does), with what the answer means where its name does not say it.
REGISTRY_ANSWERS = {"suspect": "", "unknown": "", "decommissioned": "", "active": " (not yet dispensed)"}
SUPPLY_SERIES: tuple[FeatureSpec, ...] = (
    ("scans", Int64, "pack scans of the batch in the region during the UTC day"),
    *((answer, Int64, f"scans answered '{answer}'{meaning} by the registry that day")
      for answer, meaning in REGISTRY_ANSWERS.items()),
    *((f"{answer}_rate", Float64, f"{answer} / scans; null on a day without scans") for answer in REGISTRY_ANSWERS),
    ("suspect_unknown_rate", Float64, "(suspect + unknown) / scans"),
    ("baseline_mean_14d", Float64, "mean suspect_unknown_rate over the 14 previous days (days with scans)"),
    ("baseline_std_14d", Float64, "sample std of suspect_unknown_rate over the 14 previous days"),
    ("baseline_scans_14d", Int64, "scans over the 14 previous days"),
    ("suspect_unknown_zscore", Float64, "(suspect_unknown_rate - baseline mean) / baseline std; null if std is 0"),
)
VIEWS: dict[str, tuple[str, tuple[FeatureSpec, ...]]] = {
    "patient_activity": ("Daily adherence activity per patient: dose counts, rates, gaps, trend, app use.", PATIENT_ACTIVITY),
    "patient_clinical": ("Daily clinical context per patient: profile, days on therapy, last sensor reading.", PATIENT_CLINICAL),
    "patient_reminders": ("Daily reminder fatigue, response rates by local hour and dose times by local hour per patient.",
                          PATIENT_REMINDERS),
    "supply_series": ("Daily registry answers to pack scans per batch and region, with a 14-day baseline.", SUPPLY_SERIES),
}


def _fields(specs: tuple[FeatureSpec, ...]) -> list[Field]:
    return [Field(name=name, dtype=dtype, description=text, tags=dict(NOT_PII)) for name, dtype, text in specs]


def build_definitions(features_dir: Path) -> dict[str, Any]:
    """Every Feast object, with sources reading ``features_dir/<view>.parquet``."""
    # Absolute but not resolved: features/ is a link to the current generation (adherence.publish),
    # and the sources must follow it to the next one, not stay on this one's folder.
    features_dir = Path(os.path.abspath(features_dir))  # noqa: PTH100
    def entity(name: str, join_key: str, description: str, tags: Mapping[str, str]) -> Entity:
        return Entity(name=name, join_keys=[join_key], value_type=ValueType.STRING, description=description,
                      tags=dict(tags), owner=OWNER)  # fmt: skip

    patient = entity("patient", "patient_key", "A patient, known only by patient_key: a keyed pseudonym "
                     "(HMAC-SHA256 of the MRN), not an identity.", {"pii": "pseudonym"})  # fmt: skip
    # Feast entities take one join key each: the supply series is keyed by two entities.
    batch = entity("supply_batch", "batch_number",
                   "A manufacturing batch (GS1 AI 10); with supply_region it keys a supply series.", NOT_PII)
    region = entity("supply_region", "region",
                    "ISO 3166-2 subdivision where packs were scanned; with supply_batch it keys a supply series.", NOT_PII)
    views = {}
    for name, (text, specs) in VIEWS.items():
        source = FileSource(
            name=f"{name}_source",
            path=str(features_dir / f"{name}.parquet"),
            timestamp_field="event_timestamp",
            description=f"Parquet snapshots of {name}, one row per entity and UTC day end.",
            tags=dict(NOT_PII),
            owner=OWNER,
        )
        views[name] = FeatureView(
            name=name,
            entities=[batch, region] if name == "supply_series" else [patient],
            ttl=SNAPSHOT_TTL,
            schema=_fields(specs),
            source=source,
            online=True,
            description=text,
            tags={**NOT_PII, "grain": "daily"},
            owner=OWNER,
        )
    activity, clinical, reminders, supply = (views[name] for name in VIEWS)
    services = [
        FeatureService(
            name=DROPOFF_SERVICE,
            features=[activity, clinical],
            description="Features of the 30-day therapy drop-off classifier.",
            tags={**NOT_PII, "model": "dropoff"},
            owner=OWNER,
        ),
        FeatureService(
            name=SUPPLY_SERVICE,
            features=[supply],
            description="Features of the supply-chain anomaly ensemble, per batch and region.",
            tags={**NOT_PII, "model": "anomaly"},
            owner=OWNER,
        ),
        FeatureService(
            name=REMINDER_SERVICE,
            features=[
                reminders,
                activity[["dose_rate_7d", "days_since_last_dose", "app_opens_7d"]],
                # Who the patient is shapes when they answer (work hours, morning routines of older patients).
                clinical[["age_band", "sex", "insurance", "condition", "doses_per_day"]],
            ],
            description="Context of the reminder-timing bandit.",
            tags={**NOT_PII, "model": "reminder"},
            owner=OWNER,
        ),
    ]
    objects: dict[str, Any] = {"patient": patient, "supply_batch": batch, "supply_region": region}
    objects.update({f"{name}_view": view for name, view in views.items()})
    objects.update({service.name: service for service in services})
    return objects


def _default_features_dir() -> Path:
    configured = os.environ.get("ADHERENCE_FEATURES_DIR")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "features"


# Module-level objects for the `feast` CLI, which discovers definitions by scanning globals.
globals().update(build_definitions(_default_features_dir()))
