"""Named days as vocabulary shared by the redactor and the leak check: a named day with its year is a date.

"Diwali 2024", "MLK Day 2025", "Thanksgiving 2024" name one day of one year as surely as "2024-11-01" (HIPAA Safe
Harbor: every element of a date but the year). The fixed-date holidays are :mod:`features.deid.calendars`'s (one
home); the holidays whose date moves with the year (lunar, lunisolar, "the fourth Thursday") are listed here. Names
are folded, lower case, for a case-insensitive pattern; the redactor (:mod:`features.deid.more_shapes`) and the
check (:mod:`features.deid.leakshapes`) each look for one before a year in their own way.
"""

from __future__ import annotations

import functools
import re

from features.deid.calendars import any_holiday

#: holidays and named days whose Gregorian date moves from year to year (US federal Monday holidays, Christian,
#: Jewish, Muslim, Hindu, Buddhist and East Asian feasts), folded
MOVABLE_HOLIDAYS = (
    r"thanksgiving(?:[ \t]+day)?|(?:mlk|martin[ \t]+luther[ \t]+king(?:[ \t]+jr\.?)?)(?:[ \t]+jr\.?)?[ \t]+day",
    r"presidents?'?[ \t]+day|memorial[ \t]+day|labou?r[ \t]+day|columbus[ \t]+day|indigenous[ \t]+peoples'?[ \t]+day",
    r"mother'?s[ \t]+day|father'?s[ \t]+day|black[ \t]+friday|cyber[ \t]+monday|super[ \t]+bowl(?:[ \t]+sunday)?",
    r"easter(?:[ \t]+(?:sunday|monday))?|good[ \t]+friday|holy[ \t]+(?:thursday|saturday)|palm[ \t]+sunday",
    r"ash[ \t]+wednesday|mardi[ \t]+gras|shrove[ \t]+tuesday|pentecost|whitsun|ascension[ \t]+day|semana[ \t]+santa",
    r"passover|pesach|rosh[ \t]+hashan?ah?|yom[ \t]+kippur|hanukk?ah|chanukk?ah|purim|sukkot|shavuot",
    r"eid(?:[ \t-]+(?:al|ul|el)[ \t-]*(?:fitr|adha|kabir|saghir))?|ramadan|ramazan|bayram|mawlid|ashura",
    r"diwali|deepavali|divali|holi|navratri|dussehra|durga[ \t]+puja|raksha[ \t]+bandhan|janmashtami|pongal|onam",
    r"vesak|wesak|lunar[ \t]+new[ \t]+year|chinese[ \t]+new[ \t]+year|spring[ \t]+festival|tet|seollal|chuseok",
    r"mid[ \t-]+autumn[ \t]+festival|dragon[ \t]+boat[ \t]+festival|nowruz|norooz|songkran|obon|kwanzaa",
)


@functools.lru_cache(maxsize=1)
def named_days() -> str:
    """Every named day, fixed-date (:func:`features.deid.calendars.any_holiday`) and movable, as one alternation of
    folded names (for a case-insensitive pattern; the fixed days' groups are kept, unread)."""
    return rf"(?:{any_holiday()[0].pattern}|\b(?:{'|'.join(MOVABLE_HOLIDAYS)})\b)"


#: round 22: seasons of fasting or feasting spoken of around medicines ("fasting for Lent", "during Navratri I fast",
#: "Ramadan starts next week so I take metformin at night"), besides :data:`MOVABLE_HOLIDAYS`; folded. Only for reading
#: a found person or place as one of these: no date (a season is no day)
FASTING_SEASONS = (
    r"lent|great[ \t]+lent|advent|ramzan|ramadhan|ramazan|navaratri|karva[ \t]+chauth|karwa[ \t]+chauth|ekadashi",
    r"(?:ramadan|ramzan|eid)[ \t]+(?:mubarak|kareem)|shabbat|sabbath|tisha[ \t]+b['’]?av|paryushana?|uposatha",
    r"nineteen[ \t]+day[ \t]+fast|ganesh[ \t]+chaturthi",
)


@functools.lru_cache(maxsize=1)
def named_day_or_season() -> re.Pattern[str]:
    """A named day (:func:`named_days`) or a fasting season (:data:`FASTING_SEASONS`), case-insensitive, for folded
    text: a person or place found that is one of these whole is the day or season, unless a title or relation word
    stands before it (round 22; "Mr. Ramadan" is a person). Each side reads the words before it in its own way."""
    return re.compile(rf"(?:{named_days()}|\b(?:{'|'.join(FASTING_SEASONS)})\b)", re.IGNORECASE)
