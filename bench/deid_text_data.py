"""Labelled patient/care-team messages for the free-text de-identification benchmark.

Generated independently of the platform's simulator with presidio-evaluator's data
generator (``presidio_evaluator.data_generator``: its ``SentenceFaker`` fills templates and
records the span of every value it inserts). Values for *other people* come from
presidio-evaluator's FakeNameGenerator records (the US ones, so real US cities and
multinational names) and from Faker ``en_US``; values for the message's *owner* come from
:class:`OwnerProvider`, which writes the owner's identifiers in a different common format
each time. The templates below are this benchmark's own and are kept apart from the tests.

Template fields ``{{owner_*}}`` are the owner's identifiers; the others are somebody else's
or generic. ``FIELD_TYPES`` gives the label type of every field.
"""

from __future__ import annotations

import datetime
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from faker.providers import BaseProvider
from faker.providers.address.en_US import Provider as _FakerAddress
from presidio_evaluator.data_generator.faker_extensions.datasets import (
    load_fake_person_df,
)
from presidio_evaluator.data_generator.faker_extensions.sentences import SentenceFaker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from features.deid.text import PatientIdentifiers

FIELD_TYPES: dict[str, str] = {
    "owner_name": "PERSON", "owner_first": "PERSON", "owner_last": "PERSON",
    "owner_phone": "PHONE", "owner_email": "EMAIL", "owner_address": "ADDRESS",
    "owner_city": "CITY", "owner_state": "STATE", "owner_zip": "ZIP", "owner_dob": "DATE",
    "owner_mrn": "MRN",
    "name": "PERSON", "first_name": "PERSON", "last_name": "PERSON",
    "phone_number": "PHONE", "email": "EMAIL", "street_name": "ADDRESS", "city": "CITY",
    "state": "STATE", "state_abbr": "STATE", "zipcode": "ZIP", "date_of_birth": "DATE",
    "visit_date": "DATE", "age": "AGE", "other_mrn": "MRN",
}

TEMPLATES: tuple[str, ...] = (
    # the owner's own identifiers
    "Hi, this is {{owner_name}}. My new number is {{owner_phone}}, please update my chart.",
    "My phone changed to {{owner_phone}}. Took metformin 500 mg at 8am, glucose 132 this morning.",
    "Please send the refill to {{owner_address}}, {{owner_city}}, {{owner_state}} {{owner_zip}}.",
    "I moved! New address:\n{{owner_address}}\n{{owner_city}}, {{owner_state}} {{owner_zip}}",
    "Can you confirm my date of birth is {{owner_dob}}? The pharmacy had it wrong.",
    "My MRN is {{owner_mrn}}, I missed two doses of lisinopril this week.",
    "Email me the lab results at {{owner_email}} please. Thanks, {{owner_first}}",
    "{{owner_name}} here, DOB {{owner_dob}}. The pillbox app keeps crashing after I scan.",
    "Hello, I'm {{owner_first}} {{owner_last}} (MRN {{owner_mrn}}). BP was 142/90 after lunch.",
    "this is {{owner_first}}, can someone call me back at {{owner_phone}}? dizzy for 2 days",
    "Confirming: name {{owner_name}}, born {{owner_dob}}, zip {{owner_zip}}.",
    "I forgot my atorvastatin 20mg last night. - {{owner_first}}",
    "Message for the care team from {{owner_name}}: inhaler 2 puffs twice a day is not helping.",
    "My insurance card still shows {{owner_address}} but I live in {{owner_city}} now.",
    ("Is it ok to take ibuprofen 400 mg with my blood thinner? "
     "{{owner_first}} {{owner_last}}, {{owner_phone}}"),
    "Hi team, {{owner_email}} is my new email. Glucose readings: 110, 128, 145.",
    "My daughter will pick up the meds, my dob is {{owner_dob}} if the pharmacy asks.",
    "Please update my file: {{owner_name}}, {{owner_address}}, {{owner_city}} {{owner_zip}}",
    "Thanks for the reminder at 7 pm, it really helps. Best, {{owner_first}}",
    "MRN: {{owner_mrn}} / DOB: {{owner_dob}} - missed my evening dose of insulin, 12 units.",
    ("Who do I call about my refill? My number is {{owner_phone}} and I'm "
     "at home in {{owner_city}}, {{owner_state}}."),
    "{{owner_last}} family here. The scanner did not read the box on Sunday, lot number smudged.",
    "I'm {{age}} and new to all this. {{owner_first}}",
    "Can the nurse call {{owner_phone}} after 5? It's {{owner_first}}.",
    "Hello it's {{owner_first}} {{owner_last}}, born on {{owner_dob}}, I need a new pillbox",
    ("Good morning. {{owner_first}} {{owner_last}} calling about the blood "
     "thinner, reach me on {{owner_phone}}"),
    "Pls update: I now live at {{owner_address}} in {{owner_city}} {{owner_state}} {{owner_zip}}",
    "born {{owner_dob}}, record no. {{owner_mrn}} -- the app logged me out",
    "From {{owner_name}}: dizzy after the new dose of carvedilol 6.25 mg, BP 98/60 at 7:15",
    "{{owner_last}}, {{owner_first}} - DOB {{owner_dob}} - MRN {{owner_mrn}} - requesting refill",
    "Thank you! -{{owner_first}}",
    "Fell behind on Trulicity injections, 2 missed. Sorry. {{owner_first}}",
    "{{owner_name}} / {{owner_phone}} / {{owner_address}}",
    # other people's identifiers
    "Can {{name}} from {{city}} pick up my insulin? She is my niece.",
    "I am {{age}} years old and have trouble opening the caps",
    "Please mail the forms to {{street_name}}, {{city}}, {{state}} {{zipcode}} (my son's place)",
    "Ask for {{last_name}} at the front desk, she knows my case.",
    "Our neighbour {{name}} ({{email}}) drives me to appointments on Thursdays",
    "Spoke to {{first_name}} {{last_name}} yesterday about my A1c of 8.1",
    "I turned {{age}} last week and still take 3 pills a day",
    "Contact: {{name}}, {{street_name}}, {{city}} {{zipcode}}",
    "My ride {{first_name}} can only come at 3:45 on Wednesday",
    "Nurse {{first_name}} told me to hold the water pill for 2 days.",
    "Mom is {{age}} and gets confused about the morning and evening doses.",
    "My caregiver {{name}} will call from {{phone_number}} to schedule the follow-up.",
    "Please add my son {{first_name}} as a contact, his email is {{email}}.",
    "My neighbor {{name}} ({{phone_number}}) can pick up the prescription.",
    "Send a copy to my sister at {{street_name}}, {{city}}, {{state_abbr}} {{zipcode}}.",
    "Dr. {{last_name}} said to lower the dose to 25 mg. Her office number is {{phone_number}}.",
    "My husband {{name}} is {{age}} years old and takes the same pills.",
    "I spoke with {{name}} at the pharmacy on {{visit_date}}, they said the refill is ready.",
    "My mother is {{age}}, her birthday is {{date_of_birth}}, can she join the program?",
    "Emergency contact: {{name}}, {{phone_number}}, {{email}}",
    "We're staying with my brother in {{city}}, {{state}} until {{visit_date}}.",
    "My wife's MRN is {{other_mrn}}, can you check her refills too?",
    "Appointment on {{visit_date}} at 10:30 with {{name}}, ok?",
    "My dad is a {{age}}-year-old with heart failure, he lives at {{street_name}} in {{city}}.",
    # both
    "This is {{owner_name}}, my daughter {{name}} will call from {{phone_number}}.",
    ("{{owner_first}} again - my friend {{first_name}} {{last_name}} lives "
     "at {{street_name}} and can drop off the pillbox."),
    ("Hi {{owner_first}}, this is {{name}} from the care team. Please call "
     "us back at {{phone_number}}."),
    ("Hi {{owner_first}}, this is {{first_name}}, your nurse. Your next "
     "refill is due {{visit_date}}."),
    ("Dear {{owner_name}}, we updated your address to {{owner_address}}. "
     "Call {{phone_number}} with questions."),
    "Hello {{owner_first}}! Reminder: take your metoprolol 50 mg with breakfast. - {{first_name}}",
    ("{{owner_name}} ({{owner_dob}}) is travelling to {{city}}, "
     "{{state_abbr}} and needs a 90 day supply."),
    "Hi {{owner_first}}, Dr. {{last_name}} reviewed your readings from {{visit_date}}, all good.",
    "hey its {{owner_first}}. my grandson {{first_name}} set up the pillbox for me",
    "We moved from {{city}}, {{state_abbr}}. New number {{owner_phone}}, email {{owner_email}}",
    "my birthday is {{owner_dob}} not {{date_of_birth}}, please fix",
    "Please stop texting {{phone_number}}, that was my old phone; use {{owner_phone}}",
    # no identifiers at all
    "Took my metformin at 9, glucose 145 this morning.",
    "Missed my evening dose yesterday, BP 138/88 today. Is that ok?",
    "The app says I scanned 2 doses but I only took 1 tablet of lisinopril 10 mg.",
    "Feeling better, peak flow 380 L/min after 2 puffs of albuterol.",
    "Can I take atorvastatin 40mg at night instead of in the morning?",
    "Pillbox opened at 7:45 am and 8:10 pm, both doses taken.",
    "I walked 30 minutes after dinner, sugar went from 180 to 140.",
    "Running low on Eliquis 5 mg, about 6 tablets left. Refill please.",
    "Side effects: mild nausea for 3 days after starting Ozempic 0.25 mg weekly.",
    "The reminder at 9 works better than 8 for me, thanks!",
    "Biktarvy one tablet daily, I have not missed any this week. Weight 182 lbs.",
    "My Januvia and Farxiga boxes both scanned fine, 2 of 2 doses on Monday.",
    "Sugar was 212 after the birthday cake, I know, I know.",
    "Can I split the 20 mg tablet in half? The pharmacist said to ask you.",
    "New pillbox works great, I set alarms for 8 and 20:00.",
    "A1c came back 7.9, down from 8.4 last time.",
    "Took 1 puff at 6 am, 2 more at noon, peak flow 320.",
    "Blood pressure 150/95 twice this week, should I up the amlodipine?",
    "My Dexcom says 68, ate 4 glucose tabs, now 110.",
    "Is it fine to drink coffee with Synthroid? I wait 30 min.",
    "The DataMatrix on box 3 will not scan, the app shows an error.",
    "Weight up 3 lbs since Monday, ankles swollen, taking Lasix 40 mg.",
    "Viral load undetectable at the last visit, still on one pill a day.",
    "Refill for 90 days please, 3 bottles of 30.",
    "Feeling Great today! Walked 5000 steps and slept 8 hours.",
    "Call the Clinic when you can, the Pharmacy closes at 6 on Saturdays.",
    "Home Health nurse comes on Tuesdays and Fridays now.",
    "Missed dose at 10 pm, took it at 11:30 instead. Glucose 160.",
    "The West clinic said bring the box. Refill 3 of 5 left.",
    "Walked 2 miles around the Lake this morning, felt great.",
    "Took the medicine with food like the Doctor said.",
)

_STREET_ABBREVIATIONS = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr",
                         "Lane": "Ln", "Boulevard": "Blvd", "Court": "Ct", "Apt.": "#",
                         "Suite": "Ste"}


def _choice(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _case(rng: random.Random, value: str, p_lower: float = 0.15, p_upper: float = 0.05) -> str:
    roll = rng.random()
    return value.lower() if roll < p_lower else value.upper() if roll < p_lower + p_upper else value


class OwnerProvider(BaseProvider):
    """Faker provider writing the current owner's identifiers in varying common formats."""

    current: PatientIdentifiers

    def _rng(self) -> random.Random:
        return self.generator.random

    def _parts(self) -> list[str]:
        return self.current.full_name.split()

    def owner_name(self) -> str:
        rng, parts = self._rng(), self._parts()
        first, last = parts[0], parts[-1]
        options = [" ".join(parts), f"{first} {last}", f"{last}, {first}"]
        if len(parts) > 2:
            options.append(f"{first} {parts[1][0]}. {last}")
        return _case(rng, rng.choice(options))

    def owner_first(self) -> str:
        return _case(self._rng(), self._parts()[0])

    def owner_last(self) -> str:
        return _case(self._rng(), self._parts()[-1])

    def owner_phone(self) -> str:
        d = "".join(c for c in self.current.phone if c.isdigit())[-10:]
        a, b, c = d[:3], d[3:6], d[6:]
        return _choice(self._rng(), f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", d,
                       f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}")

    def owner_email(self) -> str:
        email = self.current.email or "nobody@example.com"
        return _choice(self._rng(), email, email.upper(), email.capitalize())

    def owner_address(self) -> str:
        rng = self._rng()
        words = self.current.street_address.split()
        if rng.random() < 0.5:
            words = [_STREET_ABBREVIATIONS.get(w, w) + ("." if rng.random() < 0.3 and w in
                     _STREET_ABBREVIATIONS and w != "Apt." else "") for w in words]
        if rng.random() < 0.3 and any(w in ("Apt.", "Suite", "#", "Ste") for w in words):
            words = words[:-2]  # without the unit
        return _case(rng, " ".join(words))

    def owner_city(self) -> str:
        return _case(self._rng(), self.current.city)

    def owner_state(self) -> str:
        state = self.current.state
        return state if self._rng().random() < 0.7 else _STATE_NAMES.get(state, state)

    def owner_zip(self) -> str:
        rng = self._rng()
        return self.current.zip5 + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.25 else "")

    def owner_dob(self) -> str:
        dob, rng = self.current.date_of_birth, self._rng()
        d, m, y = dob.day, dob.month, dob.year
        ordinal = {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th")
        return _choice(rng, f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
                       dob.isoformat(), f"{d:02d}/{m:02d}/{y}", dob.strftime("%B ") + f"{d}, {y}",
                       dob.strftime("%b ") + f"{d} {y}", f"{d} " + dob.strftime("%B %Y"),
                       dob.strftime("%B ").lower() + f"{d}{ordinal}, {y}", f"{d:02d}.{m:02d}.{y}")

    def owner_mrn(self) -> str:
        mrn, rng = self.current.mrn, self._rng()
        plain = "".join(c for c in mrn if c.isalnum())
        spaced = " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
        return _choice(rng, mrn, mrn.lower(), plain, spaced)

    def other_mrn(self) -> str:
        return _new_mrn(self._rng())

    def visit_date(self) -> str:
        rng = self._rng()
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 500))
        return _choice(rng, day.strftime("%B ") + str(day.day),
                       f"{day.month}/{day.day}/{day.year}",
                       day.strftime("%b ") + f"{day.day}, {day.year}",
                       f"{day.day} " + day.strftime("%B"), day.isoformat())


# Faker lists 51 codes (with DC) but 50 names.
_STATE_NAMES: dict[str, str] = dict(zip(
    [c for c in _FakerAddress.states_abbr if c != "DC"], _FakerAddress.states, strict=True))


def _new_mrn(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return _choice(rng, digits, f"MRN-{digits}", f"{letters}{digits[:7]}",
                   f"{digits[:3]}-{digits[3:6]}-{digits[6:]}")


def new_owner(fake: Faker) -> PatientIdentifiers:
    """A patient with Faker en_US identifiers stored in one of several canonical formats."""
    rng = fake.random
    first = fake.first_name()
    middle = [fake.first_name()] if rng.random() < 0.3 else []
    state = fake.state_abbr(include_territories=False, include_freely_associated_states=False)
    area, exchange, line = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    phone = _choice(rng, f"({area}) {exchange}-{line:04d}", f"+1-{area}-{exchange}-{line:04d}",
                    f"{area}{exchange}{line:04d}")
    last = fake.last_name()
    return PatientIdentifiers(
        mrn=_new_mrn(rng),
        full_name=" ".join([first, *middle, last]),
        date_of_birth=fake.date_of_birth(minimum_age=25, maximum_age=90),
        phone=phone,
        email=None if rng.random() < 0.1 else
        f"{first}.{last}{rng.randint(1, 99)}@{fake.free_email_domain()}".lower(),
        street_address=fake.street_address(),
        city=fake.city(),
        state=state,
        zip5=fake.postcode_in_state(state),
    )


@dataclass(frozen=True)
class LabelledSpan:
    """One inserted value: its type, character span, and whether it is the owner's."""

    entity_type: str
    start: int
    end: int
    owner: bool


@dataclass(frozen=True)
class LabelledMessage:
    text: str
    owner: PatientIdentifiers
    spans: tuple[LabelledSpan, ...]
    template_id: int


def generate(n: int, seed: int = 0, messages_per_owner: int = 4,
             lower_case_ratio: float = 0.05) -> list[LabelledMessage]:
    """``n`` labelled messages; each owner writes about ``messages_per_owner`` of them."""
    random.seed(seed)  # FakeNameGenerator's name formatting uses the global random module
    people = load_fake_person_df()
    us_people = people[people["country_code"] == "US"].astype(str)
    us_people["zipcode"] = us_people["zipcode"].str.zfill(5)  # the CSV lost leading zeros
    us_people = us_people.to_dict(orient="records")
    # presidio-evaluator 0.2.5's own lower_case_ratio only lowers span values, not the text
    fake = SentenceFaker(records=us_people, locale="en_US", lower_case_ratio=0.0)
    fake.add_provider(OwnerProvider)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    # A plain Faker for the owners: the record-backed one would splice record values into
    # composite formats (a record's street into "{{building_number}} {{street_name}}").
    owner_fake = Faker("en_US")
    owner_fake.seed_instance(seed)
    owners = [new_owner(owner_fake) for _ in range(max(1, n // messages_per_owner))]
    messages = []
    for _ in range(n):
        OwnerProvider.current = owner = rng.choice(owners)
        template_id = rng.randrange(len(TEMPLATES))
        sample = fake.parse(TEMPLATES[template_id], template_id=template_id)
        text = sample.full_text
        if rng.random() < lower_case_ratio and len(text.lower()) == len(text):
            text = text.lower()
        spans = tuple(sorted(
            (LabelledSpan(FIELD_TYPES[s.entity_type], s.start_position, s.end_position,
                          s.entity_type.startswith("owner_")) for s in sample.spans),
            key=lambda s: s.start))
        messages.append(LabelledMessage(text, owner, spans, template_id))
    return messages
