"""The Silver data contract as data: every table, column, type and vocabulary.

One declarative description serves the reader (validation), the simulator's tests
and the documentation. See ``SILVER_CONTRACT.md`` in the design folder for prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["string", "int", "double", "timestamp", "date"]

CONDITIONS = (
    "type2_diabetes",
    "hypertension",
    "hyperlipidemia",
    "asthma",
    "hiv",
    "heart_failure",
    "other",
)
SEXES = ("F", "M", "X")
INSURANCES = ("commercial", "medicare", "medicaid", "uninsured", "other")
EVENT_TYPES = ("med_scan", "pillbox_opened", "sensor_reading", "app_open")
REGISTRY_STATES = ("active", "dispensed", "decommissioned", "suspect", "unknown")
SENSOR_KINDS = ("glucose_mg_dl", "systolic_bp_mm_hg", "peak_flow_l_min")
CHANNELS = ("push", "sms")
AUTHORS = ("patient", "care_team")
DOSE_EVENT_TYPES = ("med_scan", "pillbox_opened")
SCAN_ONLY = ("med_scan",)
#: The event type that carries a reading in ``sensor_kind`` and ``sensor_value``.
SENSOR_EVENT = "sensor_reading"


@dataclass(frozen=True)
class PlausibleRange:
    """The values a home device of one sensor kind can report; a reading outside is quarantined (a unit
    mix-up such as glucose in mmol/L under ``glucose_mg_dl``, a typo, a faulty device), not believed."""

    minimum: float
    maximum: float
    #: Where the bounds come from.
    source: str


#: One range per sensor kind (``SENSOR_KINDS``), inclusive at both ends.
SENSOR_RANGES: dict[str, PlausibleRange] = {
    "glucose_mg_dl": PlausibleRange(20, 600, "the reporting range of home blood-glucose meters: below 20 they show "
                                    "LO, above 600 HI, never a number (e.g. the LifeScan OneTouch owner's booklet: "
                                    "results above 600 mg/dL are displayed as HI)"),
    "systolic_bp_mm_hg": PlausibleRange(40, 299, "upper: the cuff-pressure measurement range of home oscillometric "
                                        "monitors, 0-299 mmHg (Omron upper-arm monitors' specifications); lower: the "
                                        "project's clinical judgement, a systolic pressure below 40 mmHg is shock, "
                                        "not a home reading"),
    "peak_flow_l_min": PlausibleRange(30, 800, "the scales of mechanical peak flow meters to EN ISO 23747: low range "
                                      "30-400 L/min, standard range 60-800 L/min (Clement Clarke Mini-Wright)"),
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    """One column of a Silver table and the rules its values must follow."""

    name: str
    kind: Kind
    nullable: bool = False
    phi: bool = False
    unique: bool = False
    vocabulary: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    pattern: str | None = None
    description: str = ""
    #: Event types whose rows may carry a value (``events`` only); None: any row.
    event_types: tuple[str, ...] | None = None
    #: Free text a person wrote (a message's body): it may be empty; it is not an identifier itself.
    free_text: bool = False
    #: An ISO 3166-2 subdivision code (``US-CA``, ``GB-ENG``; a bare 2 letters is a US state): it must name one.
    subdivision: bool = False

    @property
    def identifier(self) -> bool:
        """A value that names one patient or record (an MRN, a phone, an id): never empty or blank, since
        de-identification matches a patient's own identifiers in their messages by these values."""
        return self.kind == "string" and (self.unique or (self.phi and not self.free_text))


TABLES: dict[str, tuple[Column, ...]] = {
    "patients": (
        Column("mrn", "string", phi=True, unique=True, description="medical record number"),
        Column("full_name", "string", phi=True),
        Column("date_of_birth", "date", phi=True),
        Column("sex", "string", vocabulary=SEXES),
        Column("phone", "string", phi=True),
        Column("email", "string", nullable=True, phi=True),
        Column("street_address", "string", phi=True),
        Column("city", "string", phi=True),
        Column("state", "string", pattern=r"^([A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$", subdivision=True),
        Column("zip5", "string", phi=True, pattern=r"^\d{5}$"),
        Column("timezone", "string", description="IANA time zone name"),
        Column("enrolled_at", "timestamp"),
        Column("condition", "string", vocabulary=CONDITIONS),
        Column("product_gtin", "string", pattern=r"^\d{14}$"),
        Column("doses_per_day", "int", minimum=1, maximum=4),
        Column("comorbidity_count", "int", minimum=0),
        Column("prior_hospitalizations_12m", "int", minimum=0),
        Column("insurance", "string", vocabulary=INSURANCES),
    ),
    "events": (
        Column("event_id", "string", unique=True),
        Column("mrn", "string", phi=True),
        Column("event_type", "string", vocabulary=EVENT_TYPES),
        Column("event_time", "timestamp"),
        Column("device_id", "string", nullable=True, phi=True),
        Column("raw_datamatrix", "string", nullable=True, event_types=SCAN_ONLY),
        Column("gtin", "string", nullable=True, pattern=r"^\d{14}$", event_types=SCAN_ONLY),
        Column("serial_number", "string", nullable=True, event_types=SCAN_ONLY),
        Column("batch_number", "string", nullable=True, event_types=SCAN_ONLY),
        Column("expiry_date", "date", nullable=True, event_types=SCAN_ONLY),
        Column("registry_state", "string", nullable=True, vocabulary=REGISTRY_STATES, event_types=SCAN_ONLY),
        Column("region", "string", nullable=True, pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$", subdivision=True),
        Column("sensor_kind", "string", nullable=True, vocabulary=SENSOR_KINDS),
        Column("sensor_value", "double", nullable=True),
    ),
    "reminders": (
        Column("reminder_id", "string", unique=True),
        Column("mrn", "string", phi=True),
        Column("sent_at", "timestamp"),
        Column("local_hour", "int", minimum=0, maximum=23),
        Column("channel", "string", vocabulary=CHANNELS),
        Column("policy", "string"),
        Column("propensity", "double", minimum=0.0, maximum=1.0, exclusive_minimum=True),
    ),
    "messages": (
        Column("message_id", "string", unique=True),
        Column("mrn", "string", phi=True),
        Column("sent_at", "timestamp"),
        Column("author", "string", vocabulary=AUTHORS),
        Column("body", "string", phi=True, free_text=True, description="free text; may contain identifiers"),
    ),
}

#: Tables whose ``mrn`` must name a patient in ``patients``.
PATIENT_CHILD_TABLES = ("events", "reminders", "messages")


def column(table: str, name: str) -> Column:
    """Look up one column's rule by table and column name."""
    for col in TABLES[table]:
        if col.name == name:
            return col
    raise KeyError(f"{table}.{name} is not in the Silver contract")


def is_subdivision(code: str) -> bool:
    """Whether ``code`` names an ISO 3166-2 subdivision in pycountry's copy of the standard (``US-CA``,
    ``GB-ENG``, ``FR-75C``); a bare two letters is read as a US state or territory (``CA``, ``DC``, ``PR``).

    A code retired by an ISO 3166-2 newsletter (``FR-75``, Paris before 2021) names nothing now and is refused.
    """
    import pycountry  # loads its JSON on first use: only validation pays for it

    return pycountry.subdivisions.get(code=f"US-{code}" if len(code) == 2 else code) is not None
