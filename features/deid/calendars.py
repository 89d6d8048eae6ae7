"""A date of birth as people also write it: in other calendars, as a spreadsheet serial, as a holiday.

A patient may give their birthday in the calendar of their community (Hijri, Solar Hijri, Hebrew,
Thai Buddhist era), paste it from a spreadsheet cell that shows the date's serial
number, or call it by the holiday it falls on ("born on Christmas Day"). Each is the same
identifier as ``1934-07-21``. This module only computes those forms from the stored date; the
redactor (pass 1, :mod:`features.deid.text`) and the leak check (:mod:`features.deid.leakcheck`)
each look for them in a text in their own way.

Calendar conversions are ``convertdate``'s (arithmetical Islamic calendar, the astronomical Persian
calendar, the Hebrew calendar); the Thai solar calendar is the
Gregorian one with the Buddhist era's year (Gregorian + 543). The Islamic calendar a community
uses may differ from the arithmetical one by a day or two (moon sighting, Umm al-Qura): days one
either side are counted as well. The Indian national calendar is left out: its years (1822 to 1922 for
births from 1900 to 2000) look like Gregorian years, and it is seldom used for a birthday.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

from convertdate import hebrew, islamic, persian

#: Day 0 of the spreadsheet serial date (Excel's 1900 system, as Lotus 1-2-3 counted it, and LibreOffice)
_SERIAL_EPOCH = datetime.date(1899, 12, 30)
_BUDDHIST_ERA_OFFSET = 543


@dataclass(frozen=True)
class CalendarDate:
    """The date of birth in one calendar: its year, and the days of the month it may be written with."""

    calendar: str
    year: int
    days: tuple[int, ...]


@functools.lru_cache(maxsize=4096)
def birthday_in_calendars(dob: datetime.date) -> tuple[CalendarDate, ...]:
    """``dob`` in the Islamic (Hijri, a day either side), Persian (Solar Hijri), Hebrew and Thai Buddhist-era
    calendars. The Gregorian date itself is left to the callers' own date forms."""
    y, m, d = dob.year, dob.month, dob.day
    hijri = {islamic.from_gregorian(*(dob + datetime.timedelta(days=k)).timetuple()[:3]) for k in (-1, 0, 1)}
    found = [CalendarDate("islamic", year, tuple(sorted(day for yy, _, day in hijri if yy == year)))
             for year in sorted({yy for yy, _, _ in hijri})]
    for name, (year, _, day) in (("persian", persian.from_gregorian(y, m, d)), ("hebrew", hebrew.from_gregorian(y, m, d))):
        found.append(CalendarDate(name, int(year), (int(day),)))
    found.append(CalendarDate("buddhist", y + _BUDDHIST_ERA_OFFSET, (d,)))
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def compact_birthdays(dob: datetime.date) -> frozenset[str]:
    """``dob`` as six digits: DDMMYY, MMDDYY and YYMMDD ("040358", "030458", "580304" for 1958-03-04)."""
    day, month, year = f"{dob.day:02d}", f"{dob.month:02d}", f"{dob.year % 100:02d}"
    return frozenset((day + month + year, month + day + year, year + month + day))


def spreadsheet_serial(dob: datetime.date) -> int:
    """The serial number a spreadsheet shows for ``dob`` (days since 1899-12-30: 1934-07-21 is 12621)."""
    return (dob - _SERIAL_EPOCH).days


# Holidays on a fixed day of the Gregorian year, as people name them (folded, lower case).
_HOLIDAYS: dict[tuple[int, int], str] = {
    (1, 1): r"new[ \t]+year'?s(?:[ \t]+day)?|hogmanay[ \t]+morning|neujahr|nouvel[ \t]+an|ano[ \t]+nuevo",
    (2, 2): r"groundhog[ \t]+day|candlemas",
    (2, 14): r"valentine'?s(?:[ \t]+day)?|saint[ \t]+valentin|san[ \t]+valentin",
    (3, 17): r"st\.?[ \t]+patrick'?s(?:[ \t]+day)?|saint[ \t]+patrick'?s(?:[ \t]+day)?|paddy'?s[ \t]+day",
    (4, 1): r"april[ \t]+fools'?(?:[ \t]+day)?",
    (5, 5): r"cinco[ \t]+de[ \t]+mayo",
    (6, 19): r"juneteenth",
    (7, 1): r"canada[ \t]+day",
    (7, 4): r"independence[ \t]+day|(?:the[ \t]+)?fourth[ \t]+of[ \t]+july|july[ \t]+4th",
    (7, 14): r"bastille[ \t]+day|quatorze[ \t]+juillet",
    (10, 31): r"hallowe'?en",
    (11, 1): r"all[ \t]+saints'?(?:[ \t]+day)?|toussaint",
    (11, 11): r"veterans'?[ \t]+day|armistice[ \t]+day|remembrance[ \t]+day",
    (12, 24): r"christmas[ \t]+eve|xmas[ \t]+eve|heiligabend|nochebuena",
    (12, 25): r"christmas(?:[ \t]+day)?|xmas(?:[ \t]+day)?|noel|navidad|weihnachten|natale",
    (12, 26): r"boxing[ \t]+day|st\.?[ \t]+stephen'?s(?:[ \t]+day)?",
    (12, 31): r"new[ \t]+year'?s[ \t]+eve|hogmanay|silvester|nochevieja|saint[ \t]+sylvestre",
}
#: words that say a day is someone's birthday
BIRTH_CUE = r"born|birthday|bday|b-day|birth|dob|d\.o\.b|turns?|turning|geboren|ne[ée]?|nacid[oa]|nato|nata"


@functools.lru_cache(maxsize=64)
def holiday_pattern(month: int, day: int) -> re.Pattern[str] | None:
    """The names of the fixed-date holiday on ``month``/``day``, or None (case-insensitive, folded text)."""
    names = _HOLIDAYS.get((month, day))
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE) if names else None
