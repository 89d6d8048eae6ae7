"""Free-text messages between patients and their care team, with identifiers embedded
the way people actually write them (any case, many phone and date formats)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from faker import Faker

PATIENT_TEMPLATES = (
    "Hi, this is {full_name}. I missed my evening dose yesterday, is that ok?",
    "hey its {first_lower}, my new number is {phone}",
    "My date of birth is {dob}, you asked for it on the form.",
    "I moved, new address is {address}, {city} {state} {zip}.",
    "Can you send the refill note to {email}? Thanks, {first}",
    "This is {first} {last} (MRN {mrn}), the pharmacy says my prescription is on hold.",
    "I'm {age} and the pills make me dizzy in the morning.",
    "My daughter {other_name} will pick up the pack, her phone is {other_phone}.",
    "Feeling much better this week, glucose was steady. - {first}",
    "Took my meds late today, busy at work.",
    "The app keeps logging me out. call me at {phone} please",
    "{last_upper} here, DOB {dob}, I lost my pillbox charger",
    "Ran out of pills on friday, pharmacy on {street} was closed.",
    "I am {age} years old and live alone at {address}, a visit would help.",
)
CARE_TEAM_TEMPLATES = (
    "Hi {first}, this is {other_name} from the care team. How are you feeling on the new dose?",
    "Dear {full_name}, your refill is ready. Reply STOP to opt out.",
    "{first}, we noticed a few missed doses this week. Anything we can help with?",
    "Confirming your details: DOB {dob}, phone {phone}, MRN {mrn}.",
    "Hello {first_lower}, please call {other_phone} to book your tele-consult.",
    "Reminder for {full_name} ({age} y/o): bring your meter to the visit.",
    "We mailed the new pillbox to {address}, {city}.",
    "Great job staying on track this month!",
)


def _phone_variants(phone: str, rng: np.random.Generator) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    a, e, n = digits[:3], digits[3:6], digits[6:]
    formats = (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", digits, f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}")
    return formats[rng.integers(len(formats))]


def _date_variants(date: dt.date, rng: np.random.Generator) -> str:
    formats = (
        f"{date.month:02d}/{date.day:02d}/{date.year}",
        f"{date.month}/{date.day}/{date.year}",
        date.isoformat(),
        date.strftime("%B %d, %Y"),
        date.strftime("%b %d %Y"),
        f"{date.day} {date.strftime('%B')} {date.year}",
        f"{date.month}/{date.day}/{date.strftime('%y')}",
    )
    return formats[rng.integers(len(formats))]


def write_messages(
    patients: pd.DataFrame,
    traits: pd.DataFrame,
    active_days: np.ndarray,
    start: dt.date,
    id_prefix: str,
    rng: np.random.Generator,
    fake: Faker,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Messages (``silver/messages`` rows, ``sent_at`` naive local) and the identifiers written into them."""
    rows: list[dict[str, object]] = []
    written: list[dict[str, str]] = []
    counts = rng.poisson(0.045 * active_days)
    for i in np.nonzero(counts)[0]:
        patient, trait = patients.iloc[i], traits.iloc[i]
        first = trait.first_name
        last = patient.full_name.split(" ")[-1]
        first_day = max(0, int(trait.enrol_day))
        for _ in range(counts[i]):
            author = "patient" if rng.random() < 0.6 else "care_team"
            template = PATIENT_TEMPLATES if author == "patient" else CARE_TEAM_TEMPLATES
            text = template[rng.integers(len(template))]
            values = {
                "full_name": patient.full_name,
                "first": first,
                "last": last,
                "first_lower": first.lower(),
                "last_upper": last.upper(),
                "phone": _phone_variants(patient.phone, rng),
                "dob": _date_variants(patient.date_of_birth, rng),
                "email": patient.email or f"{first.lower()}@example.org",
                "address": patient.street_address,
                "street": " ".join(patient.street_address.split(" ")[1:3]),
                "city": patient.city,
                "state": patient.state,
                "zip": patient.zip5,
                "mrn": patient.mrn,
                "age": str(trait.age),
                "other_name": fake.name(),
                "other_phone": _phone_variants(fake.numerify("(###) ###-####"), rng),
            }
            used = {key: value for key, value in values.items() if "{" + key + "}" in text}
            body = text.format(**used)
            if author == "patient" and rng.random() < 0.15:
                body = body.lower()  # people type in lower case
            message_id = f"{id_prefix}{len(rows) + 1:06d}"
            day = int(rng.integers(first_day, first_day + max(1, int(active_days[i]))))
            sent = pd.Timestamp(start) + pd.Timedelta(days=day, minutes=int(rng.integers(7 * 60, 22 * 60)))
            rows.append({"message_id": message_id, "row": i, "sent_local": sent, "author": author, "body": body})
            written.extend(
                {"mrn": patient.mrn, "source": "messages", "record_id": message_id, "kind": key, "value": value}
                for key, value in used.items()
            )
    return pd.DataFrame(rows), pd.DataFrame(written, columns=["mrn", "source", "record_id", "kind", "value"])
