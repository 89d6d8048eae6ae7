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
import warnings
from dataclasses import dataclass

from babel import Locale, localedata
from convertdate import coptic, gregorian, hebrew, islamic, persian
from lunardate import LunarDate

from features.deid.normalize import fold_text
from features.deid.patterns import first_character_gate

#: Day 0 of the spreadsheet serial date (Excel's 1900 system, as Lotus 1-2-3 counted it, and LibreOffice)
_SERIAL_EPOCH = datetime.date(1899, 12, 30)
_BUDDHIST_ERA_OFFSET = 543
#: the Ethiopian year is the Coptic year (Anno Martyrum) plus 276: the two calendars share their months and days
_ETHIOPIAN_AFTER_COPTIC = 276


@dataclass(frozen=True)
class CalendarDate:
    """The date of birth in one calendar: its year, and the days of the month it may be written with."""

    calendar: str
    year: int
    days: tuple[int, ...]


# The day of the March equinox at Tehran's meridian, as convertdate's astronomical Persian calendar reckons it
# (``persian.equinox_jd``: the first day of the Solar Hijri year), for the Gregorian years from
# _EQUINOX_FIRST_YEAR on, one digit a year: 19 March plus that many days. convertdate computes each from the
# VSOP87 theory of the Earth's orbit in pure Python, 8 ms a year and two or three years a date, so that this one
# conversion was two fifths of the redactor's CPU on the bench's owners (every forked worker computes it anew);
# read from this table, the same days cost nothing. Generated with convertdate and checked against it in the tests;
# years outside it are computed as before.
_EQUINOX_FIRST_YEAR = 1850
_EQUINOX_DAYS_AFTER_19_MARCH = (
    "1111111111111111110111011111111111011111111111011111221122112211221122112211221112111211121112111211"
    "1211121112111111111111111111111111111111111111011101110111011101110111011101110011001100110011001100"
    "110011001100010001000100010001000100010001000000001"
)
_astronomical_equinox_jd = persian.equinox_jd


def tehran_march_equinox_jd(gregorian_year: int) -> int:
    """The Julian day number of the March equinox at Tehran in ``gregorian_year``: ``persian.equinox_jd``'s value,
    from the table where it holds the year."""
    at = gregorian_year - _EQUINOX_FIRST_YEAR
    if 0 <= at < len(_EQUINOX_DAYS_AFTER_19_MARCH):
        return int(gregorian.to_jd(gregorian_year, 3, 19) + 0.5) + int(_EQUINOX_DAYS_AFTER_19_MARCH[at])
    return int(_astronomical_equinox_jd(gregorian_year))


# convertdate's Persian conversions look the equinox up by this module-level name at each call
persian.equinox_jd = tehran_march_equinox_jd


@functools.lru_cache(maxsize=4096)
def birthday_in_calendars(dob: datetime.date) -> tuple[CalendarDate, ...]:
    """``dob`` in the Islamic (Hijri, a day either side), Persian (Solar Hijri), Hebrew, Thai Buddhist-era, Coptic and
    Ethiopian calendars. The Gregorian date itself is left to the callers' own date forms."""
    y, m, d = dob.year, dob.month, dob.day
    hijri = {islamic.from_gregorian(*(dob + datetime.timedelta(days=k)).timetuple()[:3]) for k in (-1, 0, 1)}
    found = [CalendarDate("islamic", year, tuple(sorted(day for yy, _, day in hijri if yy == year)))
             for year in sorted({yy for yy, _, _ in hijri})]
    # round 31 (r31days): the Coptic and Ethiopian calendars (the same months and days; the Ethiopian year is the
    # Coptic one plus 276: 4 March 1958 is 25 Yekatit 1950, "የካቲት 25 1950 ዓ.ም")
    coptic_year, _, coptic_day = coptic.from_gregorian(y, m, d)
    found += [CalendarDate("coptic", int(coptic_year), (int(coptic_day),)),
              CalendarDate("ethiopian", int(coptic_year) + _ETHIOPIAN_AFTER_COPTIC, (int(coptic_day),))]
    with warnings.catch_warnings():  # convertdate's Hebrew conversion calls its own deprecated month_days
        warnings.filterwarnings("ignore", "month_days is deprecated", DeprecationWarning)
        in_hebrew = hebrew.from_gregorian(y, m, d)
    for name, (year, _, day) in (("persian", persian.from_gregorian(y, m, d)), ("hebrew", in_hebrew)):
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


# round 31 (r31days): the national, independence and fixed-date feast days of many countries a birthday was said by
# ("born on Rizal Day", "lahir pada Hari Kemerdekaan", "γεννήθηκα τον Δεκαπενταύγουστο", "sündisin vabariigi
# aastapäeval"), in their own languages (folded: Greek, Cyrillic and others as :func:`fold_text` writes them) and in
# English, in :data:`_HOLIDAYS` with the rest (a name of a day kept on several dates, "Independence Day", is each
# date's: the owner's birthday is read when it is one of them). The generic names of a day of independence:
_INDEPENDENCE = (r"independence[ \t]+day|national[ \t]+day|"
                 # round 34 (r34days): Portuguese ("nasci no feriado da Independência")
                 r"(?:feriado|dia)[ \t]+da[ \t]+independencia|"
                 # round 32: with its country after it ("Día de la Independencia del Perú")
                 r"(?:d[ií]a|fiesta)[ \t]+de[ \t]+la[ \t]+independencia(?:[ \t]+(?:del|de)[ \t]+[a-z]{3,})?|"
                 r"(?:jour|fete)[ \t]+de[ \t]+l'?independance|unabhangigkeitstag|den[ \t]+nezavisimosti|"
                 r"yaum[ \t-]+al[ \t-]+istiqlal|eid[ \t-]+al[ \t-]+istiqlal|hari[ \t]+kemerdekaan|hari[ \t]+merdeka")
#: the new year of Cambodia, Laos, Myanmar and the Punjab, kept on 13 or 14 April by the year and the country
_NEW_YEAR_IN_APRIL = (r"choul[ \t]+chnam(?:[ \t]+thmey)?|chaul[ \t]+chnam(?:[ \t]+thmey)?|choulchhnaamthmei|"
                      r"khmer[ \t]+new[ \t]+year'?s?(?:[ \t]+day)?|cambodian[ \t]+new[ \t]+year'?s?(?:[ \t]+day)?|"
                      r"(?:boun[ \t]+)?pi[ \t]+mai(?:[ \t]+lao)?|lao[ \t]+new[ \t]+year|thingyan|vaisakhi|baisakhi")
#: round 33 (r33days): a "second" before a name of Christmas Day that the 26th's name holds ("zweiter Weihnachtstag",
#: "annen juledag", "2. juledag"): the 25th's name is read only with none of these before it
_NOT_THE_SECOND = r"(?<!zweiten[ \t])(?<!zweiter[ \t])(?<!zweite[ \t])(?<!annen[ \t])(?<!andre[ \t])(?<!anden[ \t])(?<!2\.[ \t])"
#: round 33 (r33days): the German Christmas days by their ordinal ("am ersten Weihnachtstag", "2. Weihnachtsfeiertag",
#: "Weihnachts-Feiertag") and the Norwegian and Danish "juledag" ("første juledag", "annen juledag"), folded
_CHRISTMAS_DAY_WORD = r"weihnachts[ \t-]?(?:feier[ \t-]?)?tag(?:e?s)?"
_JULEDAG = r"jule[ \t-]?dag(?:en)?"
#: round 39 (r39words): the Swedish and Norwegian verbs that take "på" of a person ("väntar på Lucia", "hälsade på
#: Lucia", "tittar på", "litar på", "tänker på", "ringde på"), folded: "på Lucia" after one is the person, not the feast
_NOT_AFTER_A_VERB_OF_PA = "".join(
    rf"(?<!{verb}[ \t])" for verb in (
        "vanta", "vantar", "vantade", "vent", "venter", "ventet", "halsa", "halsar", "halsade", "titta", "tittar",
        "tittade", "lita", "litar", "litade", "tanka", "tanker", "tankte", "tenke", "tenker", "tenkte", "ringa",
        "ringer", "ringde", "ropa", "ropar", "ropade", "hoppas", "skrek", "skriker", "kallade", "kallar", "se", "ser",
        "sag", "sakna", "saknar", "saknade"))
# Holidays on a fixed day of the Gregorian year, as people name them (folded, lower case).
_HOLIDAYS: dict[tuple[int, int], str] = {
    # round 24: the Italian, French, Portuguese, Polish and Dutch New Year's Day
    (1, 1): r"tet[ \t]+duong[ \t]+lich|"
            r"new[ \t]+year'?s(?:[ \t]+day)?|hogmanay[ \t]+morning|neujahr|nouvel[ \t]+an|ano[ \t]+nuevo|capodanno|"
            r"jour[ \t]+de[ \t]+l'an|ano[ \t]+novo|nowy[ \t]+rok|nieuwjaarsdag|ganjitsu",
    (2, 2): r"groundhog[ \t]+day|candlemas",
    # round 24 (r24fest2): festivals of East and South Asia, Czech, French and Portuguese names, national days
    (7, 7): r"tanabata|star[ \t]+festival",
    (3, 3): r"hinamatsuri|hina[ \t-]+matsuri",
    (4, 13): "|".join((
        r"songkran(?:[ \t]+day)?|thai[ \t]+new[ \t]+year'?s?(?:[ \t]+day)?",
        _NEW_YEAR_IN_APRIL,
    )),
    (4, 14): "|".join((
        r"pohela[ \t]+boishakh|pahela[ \t]+baishakh|bengali[ \t]+new[ \t]+year'?s?(?:[ \t]+day)?",
        rf"{_NEW_YEAR_IN_APRIL}|puthandu|tamil[ \t]+new[ \t]+year|aluth[ \t]+avurudu|"
            r"sinhala[ \t]+(?:and[ \t]+tamil[ \t]+)?new[ \t]+year|vishu",
    )),
    (2, 21): r"ekushey(?:[ \t]+february)?|(?:language[ \t]+)?martyrs'?[ \t]+day|"
             r"international[ \t]+mother[ \t]+language[ \t]+day|shaheed[ \t]+dibos[h]?",
    (10, 1): r"guoqing(?:[ \t]*jie)?|national[ \t]+day[ \t]+of[ \t]+china",
    (8, 15): "|".join((
        r"ferragosto|assumption[ \t]+day|gwangbokjeol|liberation[ \t]+day[ \t]+of[ \t]+korea",
        r"swatantrata[ \t]+d[iy][vw][ae]s|azadi[ \t]+d[iy][vw][ae]s|dekapentaygoyst\w*|dekapentavgoust\w*|"
            r"dekapentavgust\w*|koimis[hi]?s?[ \t]+t[hi]s[ \t]+theotoko[uy]|tis[ \t]+panagias|mariae?[ \t]+himmelfahrt|"
            r"assomption|wniebowziecie|nanebevzeti|asuncion[ \t]+de[ \t]+la[ \t]+virgen|assuncao|nagykaboldogasszony",
        # round 33 (r33days): the Croatian and Slovene Assumption in their cases ("na Veliku Gospu", "veliki šmaren"),
        # the Polish Army Day and Assumption, India's Independence Day as "fifteen August" in romanised Hindi and in
        # Devanagari (folded "pmdrh agst"), "Swatantrata Diwas" in Devanagari (folded)
        r"velik(?:a|u|e|oj|om)[ \t]+gosp(?:a|u|e|i|om)|velik(?:i|em|ega)[ \t]+smarn\w*|"
            r"(?:swiet[oaue]|dzien|dnia)[ \t]+wojska[ \t]+polskiego|matki[ \t]+boskiej[ \t]+zielnej|"
            r"pandrah?[ \t]+(?:august|agast|agust)|p[mn]drh[ \t]+agst|svt[mn]trta[ \t]+divs|"
            r"shu?usen[ \t-]?kinen[ \t-]?bi",
    )),
    (10, 3): r"gaecheonjeol|tag[ \t]+der[ \t]+deutschen[ \t]+einheit",
    (10, 9): r"hangeul[ \t]+day|hangul[ \t]+day|hangeulnal",
    (10, 12): r"d[ií]a[ \t]+de[ \t]+la[ \t]+hispanidad|fiesta[ \t]+nacional[ \t]+de[ \t]+espana|"
              r"(?:d[ií]a[ \t]+de[ \t]+la[ \t]+)?hispanidad|d[ií]a[ \t]+del[ \t]+pilar|fiestas?[ \t]+del[ \t]+pilar",
    # round 25 (r25dates): Vietnamese national and fixed-date days, folded ("sinh ngày Quốc khánh": 2 September;
    # "Giải phóng miền Nam", "ngày Thống nhất": 30 April; "Quốc tế Thiếu nhi": 1 June), and the Polish
    # national days ("Święto Niepodległości": 11 November)
    (9, 2): r"quoc[ \t]+khanh|tet[ \t]+[dđ]oc[ \t]+lap|ngay[ \t]+[dđ]oc[ \t]+lap",
    (4, 30): r"walpurgis(?:nacht|[ \t]+night)|"
             r"giai[ \t]+phong[ \t]+mien[ \t]+nam|ngay[ \t]+thong[ \t]+nhat|thong[ \t]+nhat[ \t]+[dđ]at[ \t]+nuoc",
    (6, 1): r"quoc[ \t]+te[ \t]+thieu[ \t]+nhi|tet[ \t]+thieu[ \t]+nhi",
    (10, 20): r"ngay[ \t]+phu[ \t]+nu[ \t]+viet[ \t]+nam",
    (11, 20): r"ngay[ \t]+nha[ \t]+giao(?:[ \t]+viet[ \t]+nam)?",
    (11, 11): r"martinstag|st\.?[ \t]+martin'?s[ \t]+day|martinmas|"
              r"veterans'?[ \t]+day|armistice[ \t]+day|remembrance[ \t]+day|swi[eę]to[ \t]+niepodleg[lł]osci|"
              r"dzien[ \t]+niepodleg[lł]osci|singles'?[ \t]+day",
    (9, 7): r"sete[ \t]+de[ \t]+setembro",
    (6, 23): r"sankt[ \t]+hans(?:[ \t]*aften)?|sankthansaften|st\.?[ \t]+john'?s[ \t]+eve",
    (4, 27): "|".join((
        r"koningsdag|king'?s[ \t]+day|kings[ \t]+day",
        r"freedom[ \t]+day|vryheidsdag|usuku[ \t]+lwenkululeko",
    )),
    (5, 17): "|".join((
        r"syttende[ \t]+mai",
        r"grunnlovsdag\w*|norway'?s[ \t]+(?:national|constitution)[ \t]+day|constitution[ \t]+day",
    )),
    (6, 10): r"dia[ \t]+de[ \t]+portugal",
    (4, 25): "|".join((
        r"anzac[ \t]+day|festa[ \t]+della[ \t]+liberazione",
        r"dia[ \t]+da[ \t]+liberdade|vinte[ \t]+e[ \t]+cinco[ \t]+de[ \t]+abril|revolucao[ \t]+dos[ \t]+cravos|"
            r"liberation[ \t]+day",
    )),
    # round 30 (r30numbers): the Dutch, German, Polish and Italian Valentine's Day
    (2, 14): "|".join((
        r"valentine'?s(?:[ \t]+day)?|saint[ \t]+valentin|san[ \t]+valentin|valentijnsdag|valentinstag|"
            r"walentynki|san[ \t]+valentino|(?:dia|d[ií]a)[ \t]+de[ \t]+(?:san[ \t]+)?valent[ií]n",
        r"hari[ \t]+(?:kekasih|valentine|valentin|kasih[ \t]+sayang)|araw[ \t]+ng[ \t]+(?:mga[ \t]+)?puso|"
            r"saint[ \t-]+valentin|agio[uy]?[ \t]+valentino[uy]?|alla[ \t]+hjartans[ \t]+dag|sevgililer[ \t]+gunu|"
            r"ystavanpaiva|sobrapaev|valentin(?:s)?dag(?:en)?",
    )),
    (3, 17): r"st\.?[ \t]+patrick'?s(?:[ \t]+day)?|saint[ \t]+patrick'?s(?:[ \t]+day)?|paddy'?s[ \t]+day",
    (4, 1): r"april[ \t]+fools'?(?:[ \t]+day)?",
    (5, 5): r"cinco[ \t]+de[ \t]+mayo|kodomo[ \t]+no[ \t]+hi",  # round 24: the Japanese Children's Day
    (6, 19): r"juneteenth",
    (7, 1): "|".join((
        r"canada[ \t]+day",
        r"fete[ \t]+du[ \t]+canada",
    )),
    (7, 4): r"independence[ \t]+day|(?:the[ \t]+)?fourth[ \t]+of[ \t]+july|july[ \t]+4th|"
            # round 33 (r33days)
            r"(?:the[ \t]+)?glorious[ \t]+(?:fourth|4th)|july[ \t]+fourth",
    (7, 14): r"bastille[ \t]+day|quatorze[ \t]+juillet",
    (10, 31): r"hallowe'?en|samhain|cadilar[ \t]+bayram\w*|cadilar[ \t]+gecesi",
    (11, 1): r"all[ \t]+saints'?(?:[ \t]+day)?|toussaint|samhain",
    # round 23: the Polish Christmas Eve in its cases ("w Wigilię", "Wigilii"), Christmas ("Boże Narodzenie"), the
    # Dutch and Italian Christmas Eve
    # round 33 (r33days): the German Christmas Eve written apart or hyphenated ("Heilig-Abend", "am Heiligen Abend"), the
    # Nordic and Finnish ("juleaften", "julafton", "jouluaattona")
    (12, 24): r"heilig(?:e[nmr]?)?[ \t-]?abends?|juleaften(?:en)?|julaften(?:en)?|julafton(?:en)?|jouluaat\w*|"
              r"christmas[ \t]+eve|xmas[ \t]+eve|nochebuena|wigili[aei]{0,2}|kerstavond|"
              r"vigilia[ \t]+di[ \t]+natale|stedr(?:y|eho|em|ym)[ \t]+(?:den|dne|dni|dnem|vecer|vecera|veceru)|"
              r"veille[ \t]+de[ \t]+noel|nuit[ \t]+de[ \t]+noel|vespera[ \t]+de[ \t]+natal|noite[ \t]+de[ \t]+natal",
    (12, 25): r"giang[ \t]+sinh|(?<!orthodox )(?:christmas(?:[ \t]+day)?|xmas(?:[ \t]+day)?)|noel|navidad|weihnachten|natale|"
              r"boze(?:go)?[ \t]+narodzeni[ea]|kerstmis|eerste[ \t]+kerstdag|"
              # round 33 (r33days): by its German and Nordic ordinal ("am ersten Weihnachtstag", "første juledag"),
              # the Austrian "Christtag", the Swedish "juldagen", the Finnish "joulupäivänä"
              rf"(?:(?:erste[nrs]?|1\.)[ \t]+)?{_NOT_THE_SECOND}{_CHRISTMAS_DAY_WORD}|christtag(?:e?s)?|"
              rf"(?:(?:forste|1\.)[ \t]+)?{_NOT_THE_SECOND}{_JULEDAG}|juldag(?:en)?|joulupaiva\w*",
    (12, 26): r"boxing[ \t]+day|st\.?[ \t]+stephen'?s(?:[ \t]+day)?|"
              # round 33 (r33days): the second Christmas day (German, Norwegian, Danish, Swedish, Finnish), St
              # Stephen's in German, Czech, Slovak and Polish ("na Štěpána", "na Szczepana": the name alone is a man's) and
              # Croatian ("na Svetog Stjepana"), folded
              rf"(?:zweite[nrs]?|2\.)[ \t]+{_CHRISTMAS_DAY_WORD}|stefan(?:i|s)?tag(?:e?s)?|stephanstag(?:e?s)?|"
              rf"(?:annen|andre|anden|2\.)[ \t]+{_JULEDAG}|annandag(?:en)?(?:[ \t]+jul)?|tapaninpaiva\w*|"
              r"(?:na|den)[ \t]+(?:svateho[ \t]+)?(?:stepana|stefana)|svateho[ \t]+(?:stepana|stefana)|"
              r"svet(?:i|og|oga|om|omu|oj)[ \t]+stjepan(?:a|u|om)?|na[ \t]+(?:swietego[ \t]+)?szczepana|"
              r"swietego[ \t]+szczepana",
    # round 24: the Polish, Italian and Dutch New Year's Eve
    (12, 31): r"new[ \t]+year'?s[ \t]+eve|hogmanay|silvester|nochevieja|saint[ \t-]+sylvestre|sylwester|"
              r"san[ \t]+silvestro|oudejaarsavond|oudjaar|omisoka|"
              r"lyl[th][ \t]+r'?s[ \t]+(?:a?l)?sn[th]|`?shy[th][ \t]+r'?s[ \t]+(?:a?l)?sn[th]",
    # round 13: named days that are no public holiday but a day of the year all the same (Wikipedia's lists of
    # observances by date; "Samhain" is said of 31 October and of 1 November)
    (1, 6): "|".join((
        r"epiphany|three[ \t]+kings'?[ \t]+day|dia[ \t]+de[ \t]+(?:los[ \t]+)?reyes|dreikonigstag|befana|"
            r"dia[ \t]+de[ \t]+reis|tri[ \t]+kral[uy]",
        r"epifania|epiphanie|theofaneia|theophania|ta[ \t]+fota|loppiainen|trettondedag(?:[ \t]+jul)?|"
            r"trettondagen|helligtrekongersdag|driekoningen|heilige[ \t]+drei[ \t]+konige|trzech[ \t]+kroli|"
            r"vizkereszt|la[ \t]+befana|(?:giorno|festa)[ \t]+della[ \t]+befana|reyes[ \t]+magos|"
            r"dia[ \t]+de[ \t]+(?:los[ \t]+)?santos[ \t]+reyes",
    )),
    (1, 25): r"burns[ \t]+night",
    # round 22: the Christmas of the churches that keep the Julian calendar (7 January in the Gregorian)
    (1, 7): r"(?:orthodox|russian|coptic|ethiopian|serbian|ukrainian)[ \t]+(?:christmas|xmas)(?:[ \t]+day)?|"
            r"rozhdestvo|genna|ganna",
    (2, 29): r"leap[ \t-]*(?:year[ \t-]+)?day|leap[ \t-]+year[ \t-]+birthday|schalttag|dia[ \t]+bisiesto",
    (3, 1): r"st\.?[ \t]+david'?s(?:[ \t]+day)?|samiljeol|sam[ \t-]?il[ \t-]?jeol|"
            r"(?:march[ \t]+1st[ \t]+|independence[ \t]+)movement[ \t]+day",
    (3, 8): r"quoc[ \t]+te[ \t]+phu[ \t]+nu|(?:international[ \t]+)?women'?s[ \t]+day|festa[ \t]+della[ \t]+donna",
    (3, 14): r"pi[ \t-]+day",
    (4, 22): r"earth[ \t]+day",
    (4, 23): r"st\.?[ \t]+george'?s(?:[ \t]+day)?|sant[ \t]+jordi",
    (5, 1): r"may[ \t-]+day|quoc[ \t]+te[ \t]+lao[ \t]+[dđ]ong|"
            r"beltane|tag[ \t]+der[ \t]+arbeit|fete[ \t]+du[ \t]+travail|vappu|vapunpaiva",
    (5, 4): r"star[ \t]+wars[ \t]+day|may[ \t]+the[ \t]+fourth",
    (6, 16): "|".join((
        r"bloomsday",
        r"youth[ \t]+day",
    )),
    (6, 24): "|".join((
        r"midsummer(?:'?s)?[ \t]+day|st\.?[ \t]+john'?s[ \t]+day|johannistag|"
            r"saint[ \t-]+jean[ \t-]+baptiste|st[ \t-]+jean[ \t-]+baptiste|fete[ \t]+nationale[ \t]+du[ \t]+quebec",
        r"jaanipaev\w*|d[ií]a[ \t]+de[ \t]+san[ \t]+juan|dia[ \t]+de[ \t]+sao[ \t]+joao|festa[ \t]+de[ \t]+sao[ \t]+joao",
        # round 39 (r39words): the saint's day said by the words before the saint, who is a given name alone (a town
        # too: "em São João", "en San Juan" stay places): the Portuguese article of a feast ("no São João", "pelo São
        # João", "festas de São João"), the Spanish and Catalan night, eve and feast of St John and "por San Juan",
        # the French article of a saint's feast ("la Saint-Jean"), folded
        r"(?:no|do|pelo|ao|festas[ \t]+de|noite[ \t]+de|vespera[ \t]+de)[ \t]+sao[ \t]+joao|"
        r"(?:(?:noche|fiestas?|v[ií]spera|verbena)[ \t]+de|por)[ \t]+san[ \t]+juan|"
        r"(?:(?:nit|revetlla|festa|dia)[ \t]+de|per)[ \t]+sant[ \t]+joan|la[ \t]+saint[ \t-]+jean",
    )),
    (11, 2): r"all[ \t]+souls'?(?:[ \t]+day)?|d[ií]a[ \t]+de[ \t]+(?:los[ \t]+)?(?:muertos|difuntos)|"
             r"dia[ \t]+de[ \t]+finados|allerseelen|jour[ \t]+des[ \t]+morts|dia[ \t]+dos[ \t]+(?:mortos|finados)|"
             r"finados|dusicky",
    (11, 5): r"guy[ \t]+fawkes'?(?:[ \t]+(?:night|day))?|bonfire[ \t]+night",
    (11, 30): r"st\.?[ \t]+andrew'?s(?:[ \t]+day)?",
    (12, 13): r"st\.?[ \t]+lucy'?s(?:[ \t]+day)?|luciadagen|"
              # round 39 (r39words): Lucia, a given name too, by a Swedish or Norwegian word of time before it ("på
              # Lucia", "inför Lucia"; not after a verb that takes "på" of a person: "väntar på Lucia"), the Italian
              # feast of Santa Lucia, folded
              rf"{_NOT_AFTER_A_VERB_OF_PA}pa[ \t]+lucia|(?:infor|fore|under)[ \t]+lucia|lucia(?:dag|morgon|natt)\w*|"
              r"(?:giorno|festa|notte|vigilia)[ \t]+di[ \t]+santa[ \t]+lucia|per[ \t]+santa[ \t]+lucia",
    # round 30 (r30numbers): days a birthday was said by that the lists lacked ("my birthday is on Nowruz", "born on
    # D-Day"): Nowruz on the March equinox (21 March as people keep it), the days of wars' ends and national days
    (3, 21): r"nowruz|norooz|nowrouz|noruz|nauruz|navruz|nevruz|newroz|nauryz|eid[ \t]+(?:e|-e)?[ \t]*nowruz",
    (6, 6): "|".join((
        r"d-day|d[ \t]day",
        r"sveriges[ \t]+nationaldag|svenska[ \t]+flaggans[ \t]+dag|national[ \t]+day",
    )),
    (5, 8): r"v-?e[ \t]+day|victory[ \t]+in[ \t]+europe[ \t]+day",
    (5, 9): r"den[ \t]+pobedy|victory[ \t]+day|dzien[ \t]+zwyciestwa",
    (12, 7): r"pearl[ \t]+harbou?r[ \t]+(?:remembrance[ \t]+)?day",
    (1, 26): r"australia[ \t]+day",
    (2, 6): r"waitangi[ \t]+day",
    (12, 5): r"sinterklaas(?:avond)?|pakjesavond",
    (12, 6): "|".join((
        r"nikolaustag|st\.?[ \t]+nicholas'?[ \t]+day|saint[ \t]+nicholas'?[ \t]+day|mikulas",
        # round 33 (r33days): the Czech and Slovak "na Mikuláše", the Polish "na Mikołaja" (the name's case alone
        # is a man's), the Dutch
        # "Sint-Nicolaasdag" and "Sinterklaas" (kept on the 5th in the Netherlands, on the 6th in Flanders: both)
        r"(?:na|den)[ \t]+(?:svateho[ \t]+)?mikulas[ea]|svateho[ \t]+mikulas[ea]|"
            r"sint[ \t-]*nicolaas(?:dag|feest)?|sint[ \t-]*niklaasdag|sinterklaas(?:dag)?|"
            r"na[ \t]+(?:swietego[ \t]+)?mikolaja|swietego[ \t]+mikolaja",
        r"itsenaisyyspaiva\w*|finnish[ \t]+independence[ \t]+day|independence[ \t]+day",
    )),
    (12, 21): r"shab[ \t-]+(?:e[ \t-]+)?yalda|yalda[ \t]+night",
    # round 31 (r31days): national, independence and feast days of many countries (see above :data:`_INDEPENDENCE`);
    # where a day had a name already, its national names are joined to it above
    (12, 30): r"rizal[ \t]+day|araw[ \t]+ni[ \t]+rizal",
    # round 32 (r32ages): the days a birthday was said by in another language than the table's: Japan's Culture Day,
    # the Dutch King's Day in English, Mexico's "día del Grito", the Turkish Halloween, the Finnish May Day inflected
    # ("vappuna"), Georgia's and Armenia's independence days in their languages (folded), the Arabic New Year's Eve
    (11, 3): r"culture[ \t]+day|bunka[ \t]+no[ \t]+hi|"
             # round 33 (r33days): the Japanese imperial days in romaji (their kanji are
             # :data:`features.deid.holidaywords.SCRIPT_FESTIVALS`'): Meiji's day (3 November), the Shōwa emperor's
             # birthday (29 April), the day of the war's end (15 August)
             r"meiji[ \t-]?setsu",
    (4, 29): r"tench?ou?[ \t-]?setsu|showa[ \t]+no[ \t]+hi|showa[ \t]+day",
    (5, 26): r"damouk'?ideblobis[ \t]+dghe\w*|georgian[ \t]+independence[ \t]+day",
    (9, 21): r"ankakhow?t'?yan[ \t]+or\w*|armenian[ \t]+independence[ \t]+day",
    (6, 12): r"araw[ \t]+ng[ \t]+kalayaan|den[ \t]+rossii|russia[ \t]+day|dia[ \t]+dos[ \t]+namorados",
    (8, 14): r"(?:yaum|youm|yom|jashn)[ \t-]+e[ \t-]+azadi|pakistan'?s?[ \t]+(?:independence|national)[ \t]+day",
    (8, 17): r"hut[ \t]+ri|tujuh[ \t]*belasan|hari[ \t]+proklamasi|agustusan",
    (8, 31): r"hari[ \t]+kebangsaan",
    (6, 17): r"thjodhatidardag\w*|thjodhatid|iceland(?:ic|'?s)?[ \t]+national[ \t]+day|lydveldisdag\w*",
    (2, 24): r"(?:eesti[ \t]+)?vabariigi[ \t]+aastapaev\w*|iseseisvuspaev\w*",
    (2, 4): r"nidahas[ \t]+dinaya",
    (2, 16): r"valstybes[ \t]+atkurimo[ \t]+diena",
    (3, 11): r"nepriklausomybes[ \t]+atkurimo[ \t]+diena",
    (3, 19): r"(?:festa[ \t]+di[ \t]+)?san[ \t]+giuseppe|d[ií]a[ \t]+de[ \t]+san[ \t]+jos[eé]|"
             r"st\.?[ \t]+joseph'?s[ \t]+day|saint[ \t]+joseph'?s[ \t]+day|festa[ \t]+del[ \t]+papa",
    (3, 23): r"pakistan[ \t]+day|(?:yaum|youm|yom)[ \t-]+e[ \t-]+pakistan|pakistan[ \t]+resolution[ \t]+day",
    (3, 25): r"eikosti[ \t]+pempti[ \t]+martio[uy]|ikosti[ \t]+pempti[ \t]+martio[uy]|evangelismo[us]?|"
             r"annunciation|lady[ \t]+day",
    (3, 26): r"(?:shadhinota|swadhinata|shadhinata)[ \t]+dibos[h]?",
    (5, 3): r"swieto[ \t]+konstytucji(?:[ \t]+3[ \t]+maja)?|constitution[ \t]+day",
    (5, 25): r"revolucion[ \t]+de[ \t]+mayo|veinticinco[ \t]+de[ \t]+mayo",
    (6, 2): r"festa[ \t]+della[ \t]+repubblica|republic[ \t]+day",
    (6, 5): r"grundlovsdag\w*|constitution[ \t]+day",
    (7, 20): r"grito[ \t]+de[ \t]+independencia",
    (7, 21): r"(?:fete|feest)[ \t]+nationale?[ \t]+belge|nationale[ \t]+feestdag|belgian[ \t]+national[ \t]+day",
    (7, 28): r"fiestas[ \t]+patrias",
    (8, 1): r"bundesfeier(?:tag)?|fete[ \t]+nationale[ \t]+suisse|swiss[ \t]+national[ \t]+day|national[ \t]+day",
    (8, 9): r"singapore'?s?[ \t]+national[ \t]+day|national[ \t]+day",
    (8, 20): r"szent[ \t]+istvan[ \t]+nap\w*|allamalapitas\w*",
    (8, 24): r"den'?[ \t]+nezalezhnosti",
    (9, 16): r"d[ií]a[ \t]+del[ \t]+grito|noche[ \t]+del[ \t]+grito|grito[ \t]+de[ \t]+dolores|"
             r"hari[ \t]+malaysia|malaysia[ \t]+day",
    (9, 18): r"fiestas[ \t]+patrias",
    (9, 24): r"heritage[ \t]+day|braai[ \t]+day",
    (10, 2): r"gandhi[ \t]+jayanti",
    (10, 26): r"nationalfeiertag|national[ \t]+day",
    (10, 28): r"ochi[ \t]+day|(?:imera|epeteios)[ \t]+to[uy][ \t]+ochi|oxi[ \t]+day",
    (10, 29): r"cumhuriyet[ \t]+bayram\w*|republic[ \t]+day",
    (11, 18): r"proklamesanas[ \t]+diena|latvi(?:a|an)[ \t]+independence[ \t]+day|national[ \t]+day",
    (12, 1): r"ziua[ \t]+nationala(?:[ \t]+a[ \t]+romaniei)?|marea[ \t]+unire|national[ \t]+day",
    (12, 2): r"eid[ \t]+al[ \t]+etihad|(?:uae|emirati)[ \t]+national[ \t]+day|national[ \t]+day",
    (12, 8): r"immacolata(?:[ \t]+concezione)?|inmaculada[ \t]+concepcion|immaculate[ \t]+conception",
    (12, 12): r"jamhuri[ \t]+day|d[ií]a[ \t]+de[ \t]+(?:la[ \t]+virgen[ \t]+de[ \t]+)?guadalupe",
    (12, 16): r"bijoy[ \t]+dibos[h]?|victory[ \t]+day|day[ \t]+of[ \t]+reconciliation|reconciliation[ \t]+day",
    (12, 18): r"qatar[ \t]+national[ \t]+day|national[ \t]+day",
    (1, 19): r"timkat|timket",
    (9, 11): r"enkutatash|ethiopian[ \t]+new[ \t]+year'?s?(?:[ \t]+day)?",
    (9, 27): r"meskel|meskal",
}
#: the days of independence (or national days said so) of :data:`_HOLIDAYS`' countries and more: each is read by the
#: generic names of :data:`_INDEPENDENCE` as well
_INDEPENDENCE_DAYS: tuple[tuple[int, int], ...] = (
    (2, 4), (2, 24), (3, 6), (3, 25), (3, 26), (5, 26), (6, 12), (6, 17), (6, 25), (7, 5), (7, 9), (7, 20), (7, 28),
    (8, 6), (8, 10), (8, 14), (8, 15), (8, 17), (8, 24), (8, 25), (8, 31), (9, 15), (9, 16), (9, 18), (9, 21),
    (9, 30), (10, 1), (11, 9), (11, 28), (11, 30), (12, 12),
    # round 34 (r34days): Brazil's day of independence and Portugal's of its restoration
    (9, 7), (12, 1))
for _date in _INDEPENDENCE_DAYS:
    _HOLIDAYS[_date] = f"{_HOLIDAYS[_date]}|{_INDEPENDENCE}" if _date in _HOLIDAYS else _INDEPENDENCE

def _join_named_days(table: dict[tuple[int, int], str]) -> None:
    """Adds ``table``'s names to :data:`_HOLIDAYS`, each date's names after those it already has."""
    _HOLIDAYS.update({date: f"{_HOLIDAYS[date]}|{names}" if date in _HOLIDAYS else names
                      for date, names in table.items()})


#: round 34 (r34days): the named days of the countries whose named days the 33rd black-box round found missing (Czech
#: and Slovak, Polish, Portuguese and Brazilian, Romanian, Spanish, Korean and Japanese in Latin letters, Finnish), by
#: their everyday names and cases, folded, lower case: Christmas by its Czech, Slovak and Polish ordinals ("Boží hod
#: vánoční", not "velikonoční", Easter Sunday; "pierwszy dzień świąt", not "Wielkanocnych"), the Romanian "Revelion"
#: (the night of 31 December) and "Crăciun" (not "Ajunul Crăciunului" nor "a doua zi de Crăciun"), the Spanish "día de
#: la Virgen del Pilar", the Portuguese and Brazilian national days, the saints' and national days of each country. A
#: saint whose name is also a place (San Isidro, Santo António, Sfânta Maria: a hospital) is read only with a word of
#: a day before it. Joined to :data:`_HOLIDAYS`' names of the same date below.
_NAMED_DAYS_BY_COUNTRY: dict[tuple[int, int], str] = {
    (1, 1): r"anul[ \t]+nou|(?:sfantul|sf\.)[ \t]+vasile|uudenvuodenpaiv\w*|novy[ \t]+rok|novy[ \t]+roku|novom[ \t]+roku",
    (1, 6): r"boboteaz[ae]|tri[ \t]+kral(?:e|ove|u|ich)|loppiai\w*",
    (1, 7): r"(?:sfantul|sf\.)[ \t]+ion",
    (1, 24): r"ziua[ \t]+unirii(?:[ \t]+principatelor(?:[ \t]+romane)?)?|mica[ \t]+unire",
    (2, 5): r"d[ií]a[ \t]+de[ \t]+la[ \t]+constituci[oó]n|runebergin[ \t]+paiv\w*",
    (2, 11): r"kigen[ \t-]?setsu|kenkoku[ \t-]?kinen[ \t-]?(?:no[ \t-]?)?hi|national[ \t]+foundation[ \t]+day",
    (2, 14): r"ystavanpaiv\w*",
    (2, 24): r"dragobete",
    (2, 28): r"d[ií]a[ \t]+de[ \t]+andaluc[ií]a|kalevalan[ \t]+paiv\w*",
    (3, 1): r"martisor\w*",
    (3, 8): r"dzien[ \t]+kobiet|ziua[ \t]+femeii|mezinarodni[ \t]+den[ \t]+zen|"
            r"d[ií]a[ \t]+(?:internacional[ \t]+)?de[ \t]+la[ \t]+mujer|dia[ \t]+(?:internacional[ \t]+)?da[ \t]+mulher",
    (4, 5): r"sikmogil",
    (4, 21): r"(?:dia|feriado)[ \t]+de[ \t]+tiradentes",
    (4, 23): r"(?:sfantul|sf\.)[ \t]+gheorghe",
    (5, 21): r"(?:sfintii[ \t]+)?constantin[ \t]+si[ \t]+elena",
    (5, 1): r"svat(?:ek|ku)[ \t]+prace|sviat(?:ok|ku)[ \t]+prace|swiet[oa][ \t]+pracy|ziua[ \t]+muncii|"
            r"d[ií]a[ \t]+del[ \t]+trabaj(?:o|ador)|fiesta[ \t]+del[ \t]+trabajo|dia[ \t]+do[ \t]+trabalh(?:o|ador)",
    (5, 8): r"den[ \t]+vitezstvi|den[ \t]+osvobozeni|den[ \t]+vitazstva(?:[ \t]+nad[ \t]+fasizmom)?",
    (5, 26): r"dzien[ \t]+matki",
    (6, 1): r"dzien[ \t]+dziecka|ziua[ \t]+copilului|den[ \t]+deti",
    (6, 13): r"(?:dia|festa|feriado)[ \t]+de[ \t]+santo[ \t]+antonio",
    (6, 23): r"dzien[ \t]+ojca",
    (6, 24): r"sanziene(?:le|lor)?",
    (7, 5): r"cyrila[ \t]+a[ \t]+metod(?:eje|a)",
    (7, 6): r"(?:upaleni|den)[ \t]+(?:mistra[ \t]+)?jana[ \t]+husa",
    (7, 7): r"(?:d[ií]a|fiestas?)[ \t]+de[ \t]+san[ \t]+fermin",
    (7, 17): r"jeheonjeol|constitution[ \t]+day",
    (7, 20): r"(?:sfantul|sf\.)[ \t]+ilie",
    (7, 25): r"santiago[ \t]+apostol|d[ií]a[ \t]+de[ \t]+santiago",
    (8, 15): r"sfanta[ \t]+maria[ \t]+mare|adormirea[ \t]+maicii[ \t]+domnului",
    (8, 29): r"(?:vyrocie[ \t]+)?slovenskeho[ \t]+narodneho[ \t]+povstania",
    (9, 1): r"den[ \t]+ustavy",
    (9, 11): r"diada[ \t]+(?:nacional[ \t]+)?de[ \t]+catalunya|onze[ \t]+de[ \t]+setembre",
    (9, 28): r"den[ \t]+ceske[ \t]+statnosti|(?:na|den)[ \t]+(?:svateho[ \t]+)?vaclava|svateho[ \t]+vaclava",
    (10, 3): r"national[ \t]+foundation[ \t]+day",
    (10, 5): r"implantacao[ \t]+da[ \t]+republica",
    (10, 12): r"(?:d[ií]a[ \t]+de[ \t]+la[ \t]+|fiestas?[ \t]+de[ \t]+la[ \t]+)?virgen[ \t]+del[ \t]+pilar|"
              r"(?:nuestra[ \t]+)?senora[ \t]+del[ \t]+pilar|pilarica|d[ií]a[ \t]+de[ \t]+la[ \t]+raza|"
              r"d[ií]a[ \t]+de[ \t]+(?:cristobal[ \t]+)?colon|"
              r"(?:dia[ \t]+de[ \t]+)?nossa[ \t]+senhora[ \t]+(?:de[ \t]+)?aparecida|dia[ \t]+da[ \t]+padroeira",
    (10, 26): r"(?:sfantul|sf\.)[ \t]+dumitru",
    (10, 28): r"den[ \t]+vzniku[ \t]+(?:samostatneho[ \t]+)?ceskoslovensk\w*(?:[ \t]+statu)?",
    (11, 1): r"wszystkich[ \t]+swietych|vsech[ \t]+svatych|todos[ \t]+(?:los|os)[ \t]+santos|ognissanti",
    (11, 2): r"zaduszki|dzien[ \t]+zaduszny",
    (11, 15): r"proclamacao[ \t]+da[ \t]+republica",
    (11, 17): r"den[ \t]+boje[ \t]+za[ \t]+svobodu(?:[ \t]+a[ \t]+demokracii)?|den[ \t]+studentstva",
    (11, 20): r"dia[ \t]+da[ \t]+consciencia[ \t]+negra",
    (11, 30): r"andrzejki|(?:sfantul|sf\.)[ \t]+andrei",
    (12, 1): r"restauracao[ \t]+da[ \t]+independencia",
    (12, 6): r"d[ií]a[ \t]+de[ \t]+la[ \t]+constituci[oó]n|mos[ \t]+nicolae|(?:sfantul|sf\.)[ \t]+nicolae",
    (12, 24): r"ajun(?:ul)?[ \t]+(?:de[ \t]+)?craciun(?:ului)?",
    (12, 25): r"boz(?:i|iho|im)[ \t]+hod(?:u|em)?(?![ \t]+velikono)(?:[ \t]+vanocn\w*)?|"
              r"(?:prvn\w*|1\.)[ \t]+svat(?:ek|ku|kem)[ \t]+vanocn\w*|(?:prv[yeo]\w*|1\.)[ \t]+sviat(?:ok|ku)[ \t]+vianocn\w*|"
              r"(?:pierwsz(?:y|ego|ym)|1\.)[ \t]+(?:dzien|dnia|dniu)[ \t]+swiat(?![ \t]+wielkanoc)|"
              r"(?<!ajunul[ \t])(?<!ajun[ \t]de[ \t])(?<!doua[ \t]zi[ \t]de[ \t])craciun(?:ul|ului)?|kidok[ \t]+tansinil|"
              r"vanoc(?:e|ich|um|emi)|vianoc(?:e|iach|am|ami)",
    (12, 26): r"(?:druh\w*|2\.)[ \t]+svat(?:ek|ku|kem)[ \t]+vanocn\w*|(?:druh\w*|2\.)[ \t]+sviat(?:ok|ku)[ \t]+vianocn\w*|"
              r"(?:drug(?:i|iego|im)|2\.)[ \t]+(?:dzien|dnia|dniu)[ \t]+swiat(?![ \t]+wielkanoc)|"
              r"a[ \t]+doua[ \t]+zi[ \t]+de[ \t]+craciun",
    (12, 28): r"(?:d[ií]a[ \t]+de[ \t]+los[ \t]+)?santos[ \t]+inocentes|d[ií]a[ \t]+de[ \t]+(?:los[ \t]+)?inocentes",
    (12, 31): r"revelion\w*|uudenvuodenaat\w*|(?:na|w|we)[ \t]+sylwestra|(?:na|o)[ \t]+silvestra|"
              r"silvestrovsk\w*[ \t]+noc\w*",
}
_join_named_days(_NAMED_DAYS_BY_COUNTRY)

#: round 35 (r35days): the named days of more countries the 34th black-box round found missing beside a birth word, by
#: their everyday names and cases (folded as :func:`fold_text` writes them, and, for the check's readings, which keep
#: Cyrillic and "đ", as written in lower case with marks dropped): Serbia's slavas and feasts ("rođen na Đurđevdan",
#: "Vidovdana", "Božić", 7 January and 25 December: Serbian and Croatian), Chile's, Peru's and Mexico's ("día de la
#: Revolución", "día de las Madres", the 10 May of Mexico), Ghana's ("Republic Day", 1 July; "Founders' Day"), the US
#: federal and civic days ("Flag Day", "Inauguration Day", "Patriot Day"), Mongolia's Naadam ("Наадмын өдөр"), France's
#: "prise de la Bastille" and "Armistice", Thailand's (Chakri, Coronation Day, 4 May since 2019 and 5 May before,
#: Chulalongkorn Day), Indonesia's ("Tujuhbelasan", "Hari Kartini", "Hari Pahlawan", "Sumpah Pemuda"), the Philippines'
#: ("Araw ng Kagitingan", "Bonifacio Day", "Pasko", not Easter's "Pasko ng Pagkabuhay"), India's ("Republic Day",
#: "Gantantra Diwas", "Bal Diwas", "Teachers' Day", "Ambedkar Jayanti"), Nigeria's ("Democracy Day", 12 June and 29 May
#: before 2019), Kenya's ("Madaraka", "Mashujaa", "Moi Day") and Brazil's ("Dia dos Namorados", "São Sebastião").
_NAMED_DAYS_OF_MORE_COUNTRIES: dict[tuple[int, int], str] = {
    (5, 6): r"(?:dj|d|đ)ur(?:dj|d|đ)evdan\w*|ђурђевдан\w*|djurdjevdan\w*",
    (6, 28): r"vidovdan\w*|видовдан\w*",
    (1, 7): r"bozic(?:a|u|em)?|божић\w*|(?:sveti|svetog|sv\.)[ \t]+(?:jovan|jovana)|jovanjdan\w*",
    (12, 25): r"bozic(?:a|u|em)?|божић\w*|pasko(?![ \t]+ng[ \t]+pagkabuhay)",
    (1, 27): r"savindan\w*|(?:sveti|svetog|sv\.)[ \t]+sav[ae]|светог[ \t]+саве|савиндан\w*",
    (11, 8): r"mitrovdan\w*|митровдан\w*",
    (12, 19): r"nikoljdan\w*|никољдан\w*",
    (7, 12): r"petrovdan\w*|петровдан\w*",
    (8, 2): r"ilindan\w*|илиндан\w*",
    (11, 21): r"ar(?:an)?(?:dj|d|đ)elovdan\w*|аранђеловдан\w*",
    (2, 15): r"sretenj\w*|сретењ\w*",
    (9, 19): r"d[ií]a[ \t]+de[ \t]+las[ \t]+glorias[ \t]+del[ \t]+ej[eé]rcito",
    (5, 21): r"d[ií]a[ \t]+de[ \t]+las[ \t]+glorias[ \t]+navales|combate[ \t]+naval[ \t]+de[ \t]+iquique",
    (8, 30): r"(?:d[ií]a[ \t]+de[ \t]+)?santa[ \t]+rosa[ \t]+de[ \t]+lima",
    (6, 29): r"d[ií]a[ \t]+de[ \t]+san[ \t]+pedro[ \t]+y[ \t]+san[ \t]+pablo",
    (11, 20): r"d[ií]a[ \t]+de[ \t]+la[ \t]+revoluci[oó]n(?:[ \t]+mexicana)?",
    (2, 24): r"d[ií]a[ \t]+de[ \t]+la[ \t]+bandera",
    (5, 10): r"d[ií]a[ \t]+de[ \t]+las[ \t]+madres",
    (2, 2): r"d[ií]a[ \t]+de[ \t]+la[ \t]+candelaria",
    (7, 1): r"republic[ \t]+day",
    (9, 21): r"founders?'?[ \t]+day|kwame[ \t]+nkrumah(?:'?s)?[ \t]+(?:memorial[ \t]+day|birthday)",
    (8, 4): r"founders?'?[ \t]+day",
    (1, 20): r"inauguration[ \t]+day|dia[ \t]+de[ \t]+sao[ \t]+sebastiao",
    (6, 14): r"flag[ \t]+day",
    (9, 11): r"patriot[ \t]+day",
    (7, 11): r"naadam\w*|naadm\w*|наадам\w*|наадм\w*",
    (7, 14): r"(?:la[ \t]+)?prise[ \t]+de[ \t]+la[ \t]+bastille",
    (11, 11): r"(?:jour[ \t]+de[ \t]+l'?)?armistice",
    (4, 6): r"chakri(?:[ \t]+memorial)?[ \t]+day",
    (5, 4): r"coronation[ \t]+day|chatra?[ \t]+mongkhon|chatramongkol",
    (5, 5): r"coronation[ \t]+day|chatra?[ \t]+mongkhon|chatramongkol",
    (10, 23): r"chulalongkorn[ \t]+(?:memorial[ \t]+)?day|piya[ \t]+maharaj(?:[ \t]+day)?",
    (12, 10): r"thai[ \t]+constitution[ \t]+day",
    (8, 17): r"tujuh[ \t]*belasan|hut[ \t]+ri|hari[ \t]+proklamasi",
    (4, 21): r"hari[ \t]+kartini",
    (11, 10): r"hari[ \t]+pahlawan",
    (10, 28): r"(?:hari[ \t]+)?sumpah[ \t]+pemuda",
    (12, 22): r"hari[ \t]+ibu",
    (10, 1): r"hari[ \t]+kesaktian[ \t]+pancasila",
    (6, 1): r"hari[ \t]+(?:lahir(?:nya)?[ \t]+)?pancasila|madaraka(?:[ \t]+day)?",
    (5, 2): r"hari[ \t]+pendidikan(?:[ \t]+nasional)?",
    (4, 9): r"araw[ \t]+ng[ \t]+kagitingan|day[ \t]+of[ \t]+valou?r",
    (11, 30): r"bonifacio[ \t]+day|araw[ \t]+ni[ \t]+bonifacio",
    (8, 21): r"ninoy[ \t]+aquino[ \t]+day",
    (12, 24): r"bisperas[ \t]+ng[ \t]+pasko",
    (1, 26): r"republic[ \t]+day|gantantra[ \t]+di[vw]as|ganatantra[ \t]+di[vw]as",
    (11, 14): r"bal[ \t]+di[vw]as|nehru[ \t]+jayanti",
    (9, 5): r"teachers?'?[ \t]+day|shikshak[ \t]+di[vw]as",
    (4, 14): r"ambedkar[ \t]+jayanti",
    (1, 23): r"netaji[ \t]+jayanti|parakram[ \t]+di[vw]as",
    (6, 12): r"democracy[ \t]+day",
    (5, 29): r"democracy[ \t]+day",
    (10, 20): r"mashujaa(?:[ \t]+day)?|kenyatta[ \t]+day",
    (10, 10): r"moi[ \t]+day|utamaduni[ \t]+day",
}
_join_named_days(_NAMED_DAYS_OF_MORE_COUNTRIES)

#: words that say a day is someone's birthday
#: round 31 (r31days): words of birth and birthday of more languages, folded, lower case, whole words: Malay and
#: Indonesian, Tagalog, romanised Hindi and Urdu, Greek, Icelandic, Estonian, Finnish, Afrikaans, Zulu and Xhosa,
#: Swahili, Russian, Turkish, Romanian, Hungarian, Croatian and Serbian, Latvian and Lithuanian, Amharic (as folded):
#: each side reads them beside a named day (:data:`BIRTH_CUE`, the check's own set of birth words)
MORE_BIRTH_WORDS: tuple[str, ...] = (
    "lahir", "dilahirkan", "kelahiran", "ultah", "ipinanganak", "isinilang", "kaarawan", "kapanganakan", "paidaish",
    "paidaishi", "paida", "salgirah", "saalgirah", "janamdin", "janmdin", "janmadin", "gennithika", "gennithike",
    "gennithikes", "gennimenos", "gennimeni", "genethlia", "faedd", "faeddur", "faeddist", "afmaeli", "afmaelid",
    "afmaelisdagur", "afmaelisdaginn", "sundisin", "sundis", "sundinud", "sunnipaev", "sunnipaeval", "synnyin",
    "syntynyt", "syntyi", "syntymapaiva", "syntymapaivani", "gebore", "verjaarsdag", "ngazalwa", "wazalwa", "uzalwe",
    "nilizaliwa", "alizaliwa", "kuzaliwa", "rodilsya", "rodilas", "rozhdeniya", "narodyvsya", "narodylasya",
    "dogdum", "dogdu", "dogum", "dogumgunu", "dogumgunum", "nascut", "nascuta", "nastere", "szulettem", "szuletett",
    "szuletesnap", "szuletesnapom", "rodjen", "rodjena", "roden", "rodena", "rodendan", "rodjendan", "dzimis",
    "dzimusi", "dzimu", "gimiau", "gimusi", "gimtadienis", "teweledku", "teweledech", "teweleda", "fodt", "fodd", "fodde",
    "fodselsdag", "fodelsedag", "bursdag", "bursdagen",
    # round 32 (r32ages): Arabic, Georgian, Armenian and Welsh, folded ("ولدت" wldt, "დავიბადე", "ծնվել", "ganwyd")
    "wldt", "wld", "mwlwd", "mwlwdh", "myldy", "davibade", "daibada", "tsnvel", "tsnvets", "ganwyd", "geni", "foddes",
    "ngeni", "penblwydd", "syntyneen",
    # round 33 (r33days): the Hindi birth and birthday in Devanagari, folded ("जन्म" jnm, "जन्मदिन" jnmdin)
    "jnm", "janm", "jnmdin",
    # round 35 (r35days): the Serbian and Croatian birth words as the check reads them ("rođen", with its "đ"), in
    # Serbian Cyrillic, and the Mongolian "төрсөн" (born; folded "torson", "төрсөн өдөр" a birthday)
    "rođen", "rođena", "rođendan", "рођен", "рођена", "рођендан", "torson", "төрсөн")
#: round 31 (r31days): birthday phrases of two words, folded ("ulang tahun", "hari jadi", "doğum günü")
MORE_BIRTH_PHRASES: tuple[str, ...] = ("ulang tahun", "hari jadi", "hari lahir", "dogum gunu", "den rozhdeniya",
                                       "zi de nastere", "ziua de nastere", "siku ya kuzaliwa", "araw ng kapanganakan")
BIRTH_CUE = (r"born|birthday|bday|b-day|birth|dob|d\.o\.b|turns?|turning|geboren|ne[ée]?|nacid[oa]|nato|nata|"
             r"urodzin\w*|urodzi[lł]\w*|urodzon[aey]|"  # round 23: Polish ("urodziny w Wigilię", "urodził się")
             r"compleanno|cumpleanos|" + "|".join((*MORE_BIRTH_WORDS, *MORE_BIRTH_PHRASES)).replace(" ", r"[ \t]+"))


#: round 14: words that name a person by the day they were born on, with no birth word needed ("I'm a leapling")
BORN_ON_NAMES: dict[tuple[int, int], str] = {
    (2, 29): r"leaplings?|leapers?|leap[ \t-]*(?:year|day)[ \t-]+(?:bab(?:y|ies)|kids?|child(?:ren)?|birthday)|"
             r"leap[ \t-]*bab(?:y|ies)|schaltjahrkind\w*",
}

#: round 14: a day told from its month's end ("the last day of May", "second-to-last day of June", "el penultimo dia de
#: junio", "le dernier jour de mai", "am letzten Tag im Mai"), and a day either side of it ("the day before the last
#: day of February"): the words, folded and lower case, and how many days before the month's last each one says
DAYS_FROM_MONTH_END: dict[str, int] = {
    "last": 0, "final": 0, "ultimo": 0, "ultima": 0, "dernier": 0, "derniere": 0, "letzte": 0, "letzten": 0,
    "letzter": 0, "letztes": 0, "penultimate": 1, "penultimo": 1, "penultima": 1, "avant-dernier": 1,
    "avant-derniere": 1, "vorletzte": 1, "vorletzten": 1, "vorletzter": 1, "antepenultimate": 2, "antepenultimo": 2,
    "antepenultima": 2}
#: "second to last", "next-to-last", "third from last", "last but one": what the words before "last" add to it
ORDINALS_BEFORE_LAST: dict[str, int] = {"second": 1, "2nd": 1, "next": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
#: "first day of March", "primer dia de", "premier jour de", "ersten Tag im": the month's first day
MONTH_FIRST_WORDS: frozenset[str] = frozenset((
    "first", "1st", "primer", "primero", "primera", "premier", "premiere", "erste", "ersten", "erster", "primo"))
#: words for a day between the ordinal and the month ("day", "dia", "jour", "Tag", "giorno")
DAY_OF_MONTH_WORDS: frozenset[str] = frozenset(("day", "dia", "jour", "tag", "tage", "tages", "giorno"))
#: a day before (-1) or after (+1) another ("the day before the last day of February", "el dia antes del")
DAY_SHIFT_WORDS: dict[str, int] = {
    "before": -1, "after": 1, "antes": -1, "despues": 1, "avant": -1, "apres": 1, "vor": -1, "nach": 1, "prima": -1,
    "dopo": 1}


#: round 33 (r33days): names of a day that are no safe date word alone, read only as a birthday beside a birth word:
#: the Finnish May Day in its cases ("synnyin vappuna", the essive; "vapunpäivänä"). Round 33 read them for the owner
#: only (both sides' owner readings, :func:`holiday_pattern`); round 34 (r34days): a day and a month of birth is an
#: identifier whoever's it is, so both sides' readings of anybody's birthday by a festival read them too
#: (:data:`features.deid.holidaywords.BIRTHDAY_ONLY_FESTIVALS`): "olen syntynyt vappuna" goes, "vappuna otin lääkkeet"
#: stays. Never a named day with a year (:func:`any_holiday`). Round 34 also reads "Columbus Day" so: a movable day
#: since 1971 (the second Monday of October), it was 12 October before, as the day still is in Spain and Latin America.
BIRTHDAY_ONLY_HOLIDAYS: dict[tuple[int, int], str] = {
    (5, 1): r"vappu(?:na|un|a)|vapun|vapunpaiv\w+|vappupaiv\w*",
    (10, 12): r"columbus[ \t]+day",
}


@functools.lru_cache(maxsize=64)
def holiday_pattern(month: int, day: int) -> re.Pattern[str] | None:
    """The names of the fixed-date holiday on ``month``/``day`` (those read for the owner alone,
    :data:`BIRTHDAY_ONLY_HOLIDAYS`, too), or None (case-insensitive, folded text)."""
    names = "|".join(n for n in (_HOLIDAYS.get((month, day)), BIRTHDAY_ONLY_HOLIDAYS.get((month, day))) if n)
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE) if names else None


# Month names of every language CLDR knows (babel: wide and abbreviated, format and stand-alone, the genitive
# "sausio", "հունվարի" included), lower case as written and folded as the text is folded ("مارس" -> "mrs", "қаңтар"
# -> "qangtar", apostrophes of the transliteration dropped: "פברואר" -> "fvrvr"); a word may name a month in one
# language and another in the next: it keeps every month it names.
# Inflected forms CLDR does not list ("januarja", "janvārī") are read by their first five letters, when those name
# one month only; an Arabic or Hebrew proclitic glued before the month ("במרץ" "in March") is dropped.
_STEM = 5
_FEWEST_LETTERS = 3


@dataclass(frozen=True)
class MonthWords:
    """Month words (lower case, as written and folded) -> the months they name; stems of five letters likewise."""

    words: dict[str, frozenset[int]]
    stems: dict[str, frozenset[int]]

    def months_of(self, word: str) -> frozenset[int]:
        """The months ``word`` (lower case) names: as listed, after a proclitic of one or two letters, or by stem."""
        for candidate in (word, word[1:], word[2:]):
            if len(candidate) >= _FEWEST_LETTERS and candidate in self.words:
                return self.words[candidate]
        return self.stems.get(word[:_STEM], frozenset()) if len(word) >= _STEM + 1 else frozenset()


@functools.lru_cache(maxsize=1)
def month_words() -> MonthWords:
    """The month-word table of every CLDR language (built once per process, about two seconds)."""
    words: dict[str, set[int]] = {}
    for language in localedata.locale_identifiers():
        if "_" in language:  # a territory's month names are its language's
            continue
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    for form in {name.lower().rstrip("."), fold_text(name).lower().rstrip(".").replace("'", "")}:
                        if len(form) >= _FEWEST_LETTERS and form.isalpha():
                            words.setdefault(form, set()).add(number)
    for word, number in MUTATED_MONTH_WORDS.items():  # round 32: "o Fawrth"
        if " " not in word:
            words.setdefault(word, set()).add(number)
    stems: dict[str, set[int]] = {}
    for word, numbers in words.items():
        if len(word) >= _STEM and word.isascii():
            stems.setdefault(word[:_STEM], set()).update(numbers)
    return MonthWords({w: frozenset(n) for w, n in words.items()},
                      {s: frozenset(n) for s, n in stems.items() if len(n) == 1})


# ------------------------------------------------------------------ a day and a month as ordinals or positions
#: words for the numbers 1 to 12, cardinal and ordinal, in English, German, Italian, Spanish, French and Portuguese
#: (folded, lower case; index + 1 is the number): "born on the fourth of the third", "vierter dritter",
#: "l'undici aprile", "l'undicesimo giorno di aprile"
_NUMBER_WORDS: tuple[str, ...] = (
    "one first erste erster ersten eins uno primo prima un premier premiere primero primera um primeiro",
    "two second zwei zweite zweiter zweiten due secondo seconda dos segundo segunda deux deuxieme dois",
    "three third drei dritte dritter dritten tre terzo terza tres tercero tercera trois troisieme terceiro",
    "four fourth vier vierte vierter vierten quattro quarto quarta cuatro cuarto cuarta quatre quatrieme quatro",
    "five fifth funf funfte funfter funften cinque quinto quinta cinco cinq cinquieme",
    "six sixth sechs sechste sechster sechsten sei sesto sesta seis sexto sexta sixieme",
    "seven seventh sieben siebte siebter siebten sette settimo settima siete septimo septima sept septieme sete setimo",
    "eight eighth acht achte achter achten otto ottavo ottava ocho octavo octava huit huitieme oito oitavo",
    "nine ninth neun neunte neunter neunten nove nono nona nueve noveno novena neuf neuvieme",
    "ten tenth zehn zehnte zehnter zehnten dieci decimo decima diez dix dixieme dez",
    "eleven eleventh elf elfte elfter elften undici undicesimo undicesima once onceavo onze onzieme",
    "twelve twelfth zwolf zwolfte zwolfter zwolften dodici dodicesimo dodicesima doce duodecimo douze douzieme doze",
)
#: round 32 (r32ages): the days of the month as ordinal words of more languages, folded, lower case (index + 1 is the
#: day; a day of several words by its first: the Welsh "unfed ar ddeg" by "unfed"): Welsh, Finnish (and its essive "on
#: the sixth": "kuudentena"), Swedish, Norwegian and Danish, Dutch, Estonian, Polish and Czech genitives, Turkish
#: ("y cyntaf o Fawrth", "kuudes joulukuuta", "den sjätte mars", "de zesde december", "szóstego grudnia")
_DAY_ORDINALS: tuple[str, ...] = (
    "cyntaf ensimmainen ensimmaisena forsta forste eerste esimene esimesel pierwszy pierwszego prvniho birinci",
    "ail toinen toisena andra andre tweede teine teisel drugi drugiego druheho ikinci",
    "trydydd trydedd kolmas kolmantena tredje derde kolmandal trzeci trzeciego tretiho ucuncu",
    "pedwerydd pedwaredd neljas neljantena fjarde fjerde vierde neljandal czwarty czwartego ctvrteho dorduncu",
    "pumed viides viidentena femte vijfde viiendal piaty piatego pateho besinci",
    "chweched kuudes kuudentena sjatte sjette zesde kuuendal szosty szostego sesteho altinci",
    "seithfed seitsemas seitsemantena sjunde syvende sjuende zevende seitsmendal siodmy siodmego sedmeho yedinci",
    "wythfed kahdeksas kahdeksantena attonde ottende attende achtste kaheksandal osmy osmego osmeho sekizinci",
    "nawfed yhdeksas yhdeksantena nionde niende negende uheksandal dziewiaty dziewiatego devateho dokuzuncu",
    "degfed kymmenes kymmenentena tionde tiende kumnendal dziesiaty dziesiatego desateho onuncu",
    "unfed yhdestoista elfte ellevte elfde",
    "deuddegfed kahdestoista tolfte tolvte twaalfde",
    "kolmastoista trettonde trettende dertiende",
    "neljastoista fjortonde fjortende veertiende",
    "pymthegfed viidestoista femtonde femtende vijftiende",
    "kuudestoista sextonde sekstende zestiende",
    "seitsemastoista sjuttonde syttende zeventiende",
    "deunawfed kahdeksastoista artonde attende achttiende",
    "yhdeksastoista nittonde nittende negentiende",
    "ugeinfed kahdeskymmenes tjugonde tjuende tyvende twintigste",
    "tjugoforsta enogtyvende eenentwintigste", "tjugoandra toogtyvende tweeentwintigste",
    "tjugotredje treogtyvende drieentwintigste", "tjugofjarde fireogtyvende vierentwintigste",
    "tjugofemte femogtyvende vijfentwintigste", "tjugosjatte seksogtyvende zesentwintigste",
    "tjugosjunde syvogtyvende zevenentwintigste", "tjugoattonde otteogtyvende achtentwintigste",
    "tjugonionde niogtyvende negenentwintigste", "kolmaskymmenes trettionde tredivte trettiende dertigste",
    "trettioforsta enogtredivte eenendertigste",
)
#: round 32: the Welsh months as they stand after "o" (of) and other words that mutate them softly ("y cyntaf o
#: Fawrth": the first of March), folded; CLDR writes them unmutated
MUTATED_MONTH_WORDS: dict[str, int] = {"fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "dachwedd": 11,
                                       "ragfyr": 12}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ENGLISH_TENS_ORDINALS = {20: "twentieth", 30: "thirtieth"}
_ENGLISH_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@functools.lru_cache(maxsize=64)
def number_words(n: int) -> frozenset[str]:
    """The words (folded, lower case) that may write the day or month ``n`` in a birthday: its figures with an ordinal
    ending ("4th", "4e", "4o"), its words 1 to 12 (:data:`_NUMBER_WORDS`) and Roman numeral, English ordinals to 31
    ("twenty-first" as "twentyfirst" and "twenty first" as its two words' last: "first"); round 32: the day's ordinal
    words of Welsh, Finnish, Swedish, Danish and Norwegian, Dutch, Estonian, Polish, Czech and Turkish
    (:data:`_DAY_ORDINALS`: "y cyntaf o Fawrth", "kuudes joulukuuta")."""
    words = {str(n), f"{n:02d}"} | {f"{n}{s}" for s in ("st", "nd", "rd", "th", "e", "er", "eme", "o", "a")}
    if 1 <= n <= 31:
        words |= set(_DAY_ORDINALS[n - 1].split())
    if 1 <= n <= 12:
        words |= set(_NUMBER_WORDS[n - 1].split()) | ({_ROMAN[n - 1]} if len(_ROMAN[n - 1]) > 1 else set())
    if n == 13:
        words.add("thirteenth")
    elif 14 <= n <= 19:
        words.add({14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
                   19: "nineteenth"}[n])
    elif n in _ENGLISH_TENS_ORDINALS:
        words.add(_ENGLISH_TENS_ORDINALS[n])
    elif n > 20:
        words.add(("twenty" if n < 30 else "thirty") + _ENGLISH_UNIT_ORDINALS[n % 10 - 1])
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def any_holiday() -> tuple[re.Pattern[str], tuple[tuple[int, int], ...]]:
    """Every fixed-date holiday of :data:`_HOLIDAYS` as one pattern (case-insensitive, folded text) and the dates of
    its groups: the ``i``-th group (``lastindex`` ``i``) is the holiday on the ``i - 1``-th date. A holiday tied to a
    birth ("a Christmas baby") is a birthday whoever's it is; next to a birth word, the owner's if it is its date."""
    dates = tuple(_HOLIDAYS)
    names = "|".join(f"({_HOLIDAYS[date]})" for date in dates)
    return re.compile(rf"\b{first_character_gate(names, re.IGNORECASE)}(?:{names})\b", re.IGNORECASE), dates


# ------------------------------------------------------------------ the Chinese (Korean, Vietnamese) lunar birthday
#: words that say a day is of the lunisolar calendar: English, Chinese (simplified and traditional), Japanese, Korean,
#: Vietnamese (with and without its marks)
LUNAR_CUES: tuple[str, ...] = ("lunar", "农历", "農曆", "农曆", "阴历", "陰曆", "阴曆", "旧历", "舊曆", "旧暦", "음력",
                               "âm lịch", "am lich", "âm lich")
#: Chinese numerals of a lunar month or day ("正月" the first month, "冬月" the eleventh, "腊月" the twelfth, "初八" the
#: eighth day, "廿三" the 23rd)
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
_LUNAR_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)|[初廿卅十正冬腊臘一二两三四五六七八九]{1,3}|[a-z]+",
                           re.IGNORECASE)


def _cjk_value(run: str) -> int | None:
    """The value of a Chinese numeral of a lunar month or day (1 to 30), or None."""
    if run in _CJK_MONTH_NAMES:
        return _CJK_MONTH_NAMES[run]
    run = run.removeprefix("初").replace("廿", "二十").replace("卅", "三十")
    tens, _, units = run.rpartition("十")
    if "十" not in run:
        return _CJK_DIGITS.get(run) if len(run) == 1 else None
    value = (_CJK_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CJK_DIGITS.get(units, 0) if units else 0)
    return value if 1 <= value <= 30 and (not tens or tens in _CJK_DIGITS) and (not units or units in _CJK_DIGITS) \
        else None


@functools.lru_cache(maxsize=1)
def _small_number_words() -> dict[str, int]:
    """Words of the numbers 1 to 31 (:func:`number_words`) -> value; a word of two values keeps the smaller."""
    values: dict[str, int] = {}
    for n in range(31, 0, -1):
        values.update(dict.fromkeys(number_words(n), n))
    return values


def lunar_numbers(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, value)`` of each number of 1 to 31 in ``text`` a lunar date may be written with: figures with or
    without an ordinal ending ("8", "8th"), English and other words (:func:`number_words`: "eighth", "second") and
    Chinese numerals ("二", "初八", "十五", "廿三", "正")."""
    found = []
    words = _small_number_words()
    for m in _LUNAR_NUMBER.finditer(text):
        token = m.group()
        if token[0].isdigit():
            value: int | None = int(token.rstrip("stndrhSTNDRH"))
        elif token.isascii():
            value = words.get(token.lower())
        else:
            value = _cjk_value(token)
        if value is not None and 1 <= value <= 31:
            found.append((m.start(), m.end(), value))
    return found


@functools.lru_cache(maxsize=4096)
def lunar_birthdays(dob: datetime.date) -> frozenset[tuple[int, int]]:
    """``(month, day)`` of ``dob`` in the Chinese lunisolar calendar (``lunardate``, 1900 to 2099), a day either side
    as well (the Korean and Vietnamese calendars, reckoned at other meridians, may differ by a day)."""
    found = set()
    for shift in (-1, 0, 1):
        try:
            lunar = LunarDate.from_solar_date(*(dob + datetime.timedelta(days=shift)).timetuple()[:3])
        except ValueError:  # outside the library's years
            continue
        found.add((lunar.month, lunar.day))
    return frozenset(found)
