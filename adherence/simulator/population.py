"""Enrolled patients: identities (PHI, from Faker), clinical covariates and the hidden
traits that drive their behaviour (risk, routine, reminder preferences)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
from faker import Faker
from faker.providers.address.en_US import Provider as AddressProvider

from features.contract import CONDITIONS
from features.gs1 import make_gtin

# State -> (population weight, IANA zone). Small states are kept so that HIPAA's
# restricted low-population ZIP3 prefixes occur.
STATES: dict[str, tuple[float, str]] = {
    "CA": (12.0, "America/Los_Angeles"),
    "TX": (9.0, "America/Chicago"),
    "FL": (7.0, "America/New_York"),
    "NY": (6.0, "America/New_York"),
    "PA": (4.0, "America/New_York"),
    "IL": (4.0, "America/Chicago"),
    "OH": (3.5, "America/New_York"),
    "GA": (3.2, "America/New_York"),
    "NC": (3.2, "America/New_York"),
    "MI": (3.0, "America/Detroit"),
    "AZ": (2.2, "America/Phoenix"),
    "WA": (2.3, "America/Los_Angeles"),
    "CO": (1.8, "America/Denver"),
    "MN": (1.7, "America/Chicago"),
    "NE": (0.6, "America/Chicago"),
    "NM": (0.6, "America/Denver"),
    "NV": (0.9, "America/Los_Angeles"),
    "WY": (0.3, "America/Denver"),
    "NH": (0.4, "America/New_York"),
    "VT": (0.2, "America/New_York"),
}
# Safe Harbor ZIP3 prefixes with fewer than 20,000 people, by the state they lie in.
RESTRICTED_ZIP3 = {
    "WY": ("821", "823", "830", "831"),
    "NM": ("878", "879", "884"),
    "NV": ("890", "893"),
    "NH": ("036",),
    "VT": ("059",),
    "NE": ("692",),
    "MN": ("556",),
    "TX": ("790",),
    "NY": ("102",),
}
CONDITION_WEIGHTS = np.array([0.26, 0.24, 0.16, 0.12, 0.06, 0.08, 0.08])
# Mean age and the usual number of daily doses per condition.
CONDITION_AGE = {
    "type2_diabetes": 61,
    "hypertension": 63,
    "hyperlipidemia": 60,
    "asthma": 38,
    "hiv": 44,
    "heart_failure": 71,
    "other": 50,
}
CONDITION_DOSES = {
    "type2_diabetes": (0.45, 0.45, 0.1, 0.0),
    "hypertension": (0.7, 0.3, 0.0, 0.0),
    "hyperlipidemia": (0.9, 0.1, 0.0, 0.0),
    "asthma": (0.3, 0.6, 0.0, 0.1),
    "hiv": (0.85, 0.15, 0.0, 0.0),
    "heart_failure": (0.3, 0.4, 0.2, 0.1),
    "other": (0.4, 0.3, 0.2, 0.1),
}
# Hidden additive risk of disengagement per condition (asymptomatic conditions are riskier).
CONDITION_RISK = {
    "type2_diabetes": 0.1,
    "hypertension": 0.3,
    "hyperlipidemia": 0.45,
    "asthma": 0.35,
    "hiv": -0.3,
    "heart_failure": -0.1,
    "other": 0.2,
}
INSURANCE_RISK = {"commercial": 0.0, "medicare": 0.05, "medicaid": 0.35, "uninsured": 0.8, "other": 0.2}
SENSOR_BY_CONDITION = {
    "type2_diabetes": ("glucose_mg_dl", 0.7),
    "hypertension": ("systolic_bp_mm_hg", 0.6),
    "heart_failure": ("systolic_bp_mm_hg", 0.6),
    "asthma": ("peak_flow_l_min", 0.5),
}
PRODUCTS_PER_CONDITION = 2


@dataclass(frozen=True)
class Population:
    """Patients as Silver sees them (``silver``) and the hidden traits (``traits``), row-aligned."""

    silver: pd.DataFrame
    traits: pd.DataFrame
    products: pd.DataFrame  # product_gtin, condition


def make_products(rng: np.random.Generator) -> pd.DataFrame:
    """Two branded products per condition, with valid GTIN-14s (US pharma prefix 003)."""
    rows = []
    for condition in CONDITIONS:
        for _ in range(PRODUCTS_PER_CONDITION):
            payload = "003" + "".join(rng.choice(list("0123456789"), 10))
            rows.append({"product_gtin": make_gtin(payload), "condition": condition})
    return pd.DataFrame(rows)


def _phone(rng: np.random.Generator, n: int) -> np.ndarray:
    area = rng.integers(201, 990, n)
    exchange = rng.integers(200, 1000, n)
    line = rng.integers(0, 10000, n)
    return np.array([f"({a}) {e}-{x:04d}" for a, e, x in zip(area, exchange, line, strict=True)])


def _zip5(rng: np.random.Generator, states: np.ndarray) -> np.ndarray:
    zips = []
    for state in states:
        restricted = RESTRICTED_ZIP3.get(state)
        if restricted and rng.random() < 0.15:
            zips.append(f"{rng.choice(restricted)}{rng.integers(0, 100):02d}")
        else:
            low, high = AddressProvider.states_postcode[state]
            zips.append(f"{rng.integers(low, high + 1):05d}")
    return np.array(zips)


def make_population(n: int, start: dt.date, days: int, rng: np.random.Generator, fake: Faker) -> Population:
    """Draw ``n`` patients enrolled before or during the simulated window."""
    products = make_products(rng)
    condition = rng.choice(CONDITIONS, n, p=CONDITION_WEIGHTS)
    sex = rng.choice(["F", "M", "X"], n, p=[0.51, 0.485, 0.005])
    age = np.clip(np.array([rng.normal(CONDITION_AGE[c], 13) for c in condition]), 18, 97).astype(int)
    age[rng.random(n) < 0.01] = rng.integers(90, 98)  # a few very old patients (Safe Harbor groups 90+)
    weights = np.array([w for w, _ in STATES.values()])
    state = rng.choice(list(STATES), n, p=weights / weights.sum())
    # 60% were already on therapy when the window opens; the rest enrol during its first 60%.
    enrol_day = np.where(rng.random(n) < 0.6, -rng.integers(1, 365, n), rng.integers(0, max(1, int(days * 0.6)), n))
    enrolled_at = (
        pd.Timestamp(start, tz="UTC")
        + pd.to_timedelta(enrol_day, "D")
        + pd.to_timedelta(rng.integers(13 * 60, 23 * 60, n), "min")
    )
    dob = [dt.date(start.year, 1, 1) - dt.timedelta(days=int(a * 365.25 + rng.integers(0, 365))) for a in age]
    doses = np.array([rng.choice(4, p=CONDITION_DOSES[c]) + 1 for c in condition])
    insurance = np.where(
        age >= 65,
        rng.choice(["medicare", "commercial", "other"], n, p=[0.8, 0.15, 0.05]),
        rng.choice(["commercial", "medicaid", "uninsured", "other"], n, p=[0.62, 0.22, 0.1, 0.06]),
    )
    comorbidities = rng.poisson(0.4 + np.maximum(age - 40, 0) / 20)
    hospitalisations = rng.poisson(0.15 + 0.12 * comorbidities + 0.3 * (condition == "heart_failure"))
    gtin = np.array([rng.choice(products.loc[products.condition == c, "product_gtin"].to_numpy()) for c in condition])

    first, last, street, city = [], [], [], []
    for s in sex:
        first.append(
            fake.first_name_female() if s == "F" else fake.first_name_male() if s == "M" else fake.first_name_nonbinary()
        )
        last.append(fake.last_name())
        street.append(fake.street_address())
        city.append(fake.city())
    middle = np.where(rng.random(n) < 0.1, [f" {fake.random_uppercase_letter()}." for _ in range(n)], "")
    full_name = [f"{f}{m} {surname}" for f, m, surname in zip(first, middle, last, strict=True)]
    email_domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"], n)
    email = [
        f"{f.lower()}.{surname.lower().replace(' ', '')}{rng.integers(1, 99)}@{d}" if rng.random() < 0.85 else None
        for f, surname, d in zip(first, last, email_domain, strict=True)
    ]
    mrn = rng.choice(np.arange(10_000_000, 99_999_999), n, replace=False).astype(str)

    silver = pd.DataFrame(
        {
            "mrn": mrn,
            "full_name": full_name,
            "date_of_birth": dob,
            "sex": sex,
            "phone": _phone(rng, n),
            "email": email,
            "street_address": street,
            "city": city,
            "state": state,
            "zip5": _zip5(rng, state),
            "timezone": [STATES[s][1] for s in state],
            "enrolled_at": enrolled_at,
            "condition": condition,
            "product_gtin": gtin,
            "doses_per_day": doses,
            "comorbidity_count": comorbidities,
            "prior_hospitalizations_12m": hospitalisations,
            "insurance": insurance,
        }
    )
    traits = _hidden_traits(silver, age, enrol_day, first, rng)
    return Population(silver=silver, traits=traits, products=products)


def _hidden_traits(
    silver: pd.DataFrame, age: np.ndarray, enrol_day: np.ndarray, first: list[str], rng: np.random.Generator
) -> pd.DataFrame:
    """What drives behaviour but is never written to Silver."""
    n = len(silver)
    condition, insurance = silver.condition.to_numpy(), silver.insurance.to_numpy()
    risk = (
        np.array([CONDITION_RISK[c] for c in condition])
        + np.array([INSURANCE_RISK[i] for i in insurance])
        + 0.25 * (silver.doses_per_day.to_numpy() - 1)
        + 0.12 * silver.comorbidity_count.to_numpy()
        + 0.25 * silver.prior_hospitalizations_12m.to_numpy()
        + 0.5 * (age < 35)
        + 0.2 * (age > 78)
        + rng.normal(0, 0.5, n)
    )
    sensor = [SENSOR_BY_CONDITION.get(c) for c in condition]
    has_sensor = np.array([s is not None and rng.random() < s[1] for s in sensor])
    # Reminder preference: older patients answer in the morning, working-age commercial
    # patients in the evening; everyone with personal noise.
    evening = (insurance == "commercial") & (age < 60)
    preferred = np.where(age >= 65, 8.0, np.where(evening, 19.5, 12.0)) + rng.normal(0, 1.6, n)
    return pd.DataFrame(
        {
            "mrn": silver.mrn.to_numpy(),
            "first_name": first,
            "age": age,
            "enrol_day": enrol_day,
            "risk": risk,
            "adherence_engaged": 1 / (1 + np.exp(-(2.6 - 0.45 * risk + rng.normal(0, 0.45, n)))),
            "has_pillbox": rng.random(n) < 0.35,
            "has_sensor": has_sensor,
            "sensor_kind": [s[0] if s is not None and h else None for s, h in zip(sensor, has_sensor, strict=True)],
            "sensor_baseline": rng.normal(0, 1, n),
            "app_rate": rng.gamma(2.0, 0.6, n),
            "morning_person": rng.random(n) < 0.6,
            "routine_shift_min": rng.normal(0, 75, n),
            "reminders_enabled": rng.random(n) < 0.85,
            "channel": rng.choice(["push", "sms"], n, p=[0.7, 0.3]),
            "bracketed_scanner": rng.random(n) < 0.5,
            "pharmacy_lag_days": rng.integers(5, 30, n),
            "preferred_hour": np.clip(preferred, 6, 22),
            "response_peak": rng.uniform(0.3, 0.75, n),
            "response_width": rng.uniform(1.5, 3.5, n),
            "response_floor": rng.uniform(0.02, 0.1, n),
        }
    )
