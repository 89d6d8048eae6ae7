"""Month names of the world's languages and calendars, as vocabulary shared by the redactor and the leak check.

A date of service or of birth is a Safe Harbor identifier in any language: "১৪ মার্চ", "14 Machi", "kovo 14 d.",
"14 Μαρτίου", "۱۴ اسفند". The Gregorian month names come from CLDR through Babel (every locale, territories too:
Levantine Arabic "آذار" is ``ar_SY``'s; wide and abbreviated, format and stand-alone, so genitives such as "kovo",
"marta", "Μαρτίου" are in), generated once into :mod:`features.deid.monthnames_data` (reading Babel's 1,147 locales
costs three seconds a process; a test regenerates the table and compares). Babel ships the Gregorian calendar only:
the Solar Hijri, Hebrew and Hijri months are typed below from CLDR's calendar data for ``fa``, ``he`` and ``ar``.

Only names, no reading: the redactor (:mod:`features.deid.world_shapes`) and the check
(:mod:`features.deid.leakworld`) each look for a day beside one in their own way.
"""

from __future__ import annotations

import functools
from pathlib import Path

#: the languages whose abbreviated month names are kept too (the abbreviations of the others are short words of
#: little-known languages that are English words or units often enough: "pm", "was", "see", "dad", "ton")
MAIN_LANGUAGES = frozenset({
    "en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sk", "hu", "fi", "et", "lv", "lt", "tr", "id", "ms",
    "sw", "fil", "eu", "ca", "gl", "ro", "hr", "sr", "sl", "bg", "ru", "uk", "be", "el", "he", "ar", "fa", "ur",
    "hi", "bn", "th", "vi", "ko", "zh", "ja", "hy", "ka", "mn", "sv", "da", "nb", "nn", "is", "ga", "cy", "sq",
    "mk", "kk", "uz", "az",
})
#: the fewest characters a kept name has (Babel's narrow and two-letter forms are initials)
FEWEST = 3
#: names of other languages kept only with this many letters or more (wide names of four letters or fewer are words
#: of English or Swahili too often: "moja", "masa", "here")
FEWEST_OTHER = 5
#: names that are everyday words first: never read as a month ("Set 2 alarms", "2 out of 3", "2 here")
NOT_MONTHS = frozenset({"set", "out", "here", "ago", "gen", "mag", "dame", "mee", "mae", "mas", "masa", "mata", "moja",
                        "zin", "sun", "can", "was", "see", "man", "ton", "tom", "may be"})

#: month names of other scripts whose transliteration (anyascii) is a word of a Latin-script message: "сент" is
#: "sent" ("zelle sent 20 dollars"), "дек" "dek", "сер" "ser"; a reader of the transliteration leaves them
TRANSLITERATED_WORDS = frozenset({
    "ber", "cher", "dag", "des", "doct", "ema", "lip", "lis", "mam", "nau", "noe", "sak", "sau", "sen", "sent", "silo",
    "sit", "tam", "tra", "ver", "stu", "sek", "hok", "kas", "kra", "seto", "sich", "shil", "trav", "serp", "maya", "mau",
    "dise", "epre", "dets", "zhel", "vesk", "svar", "prel", "grud", "cun", "dujo", "janu"})
#: the Latin names of three letters read as a month (capitalised): full names ("Mei" Indonesian and Dutch May, "maj"
#: Polish and Swedish) and the English abbreviations; the other three-letter forms are abbreviations that are words
#: or brands too often ("2 Mac computers", "5 Led bulbs", "2 pro")
SHORT_NAMES = frozenset({"mei", "mai", "maj", "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
                         "nov", "dec"})
#: Latin names that are English words too: a month only capitalised ("we march 2 miles", "in 2 august halls")
CAPITALISED_ONLY = frozenset({"march", "mars", "may", "august", "mart", "june", "april", "mai"})

#: month names of other calendars, month by month (CLDR ``calendar type="persian"`` of ``fa`` and ``fa_AF``,
#: ``"hebrew"`` of ``he``, ``"islamic"`` of ``ar``); names of two letters ("دی", "אב") and everyday words ("صفر"
#: zero) left out
OTHER_CALENDARS: tuple[tuple[str, ...], ...] = (
    ("فروردین", "حمل", "תשרי", "محرم"),
    ("اردیبهشت", "ثور", "חשוון", "חשון"),
    ("خرداد", "جوزا", "כסלו", "ربيع"),
    ("تیر", "سرطان", "טבת"),
    ("مرداد", "اسد", "שבט", "جمادى"),
    ("شهریور", "سنبله", "אדר"),
    ("مهر", "میزان", "ניסן", "رجب"),
    ("آبان", "عقرب", "אייר", "شعبان"),
    ("آذر", "قوس", "סיוון", "סיון", "رمضان"),
    ("جدی", "תמוז", "شوال"),
    ("بهمن", "دلو"),
    ("اسفند", "حوت", "אלול"),
)
#: round 42 (r42owner): the Hebrew calendar's months of :data:`OTHER_CALENDARS` ("ניסן", "אדר"), read in a date
#: with its day and year in letters ("בי"ד בניסן תשי"ח")
HEBREW_MONTHS: tuple[str, ...] = tuple(n for month in OTHER_CALENDARS for n in month if "\u05d0" <= n[0] <= "\u05ea")
#: the months of the Hebrew, Hijri and Solar Hijri calendars written in Latin letters ("14 Tishrei", "Kislev 3",
#: "12 Muharram", "Esfand 5"): convertdate's names (``hebrew.MONTHS``, ``islamic.MONTHS``, ``persian.MONTHS``, their
#: one-word names with marks dropped) and the spellings families write; month by month as :data:`OTHER_CALENDARS`.
#: Names of three letters or fewer ("Av", "Tir", "Dey") are left out as the CLDR table's are
ROMANISED_OTHER_CALENDARS: tuple[tuple[str, ...], ...] = (
    ("tishrei", "tishri", "tishrey", "muharram", "moharram", "muharam", "farvardin"),
    ("cheshvan", "heshvan", "marcheshvan", "chesvan", "safar", "ordibehesht"),
    ("kislev", "kislew", "khordad"),
    ("tevet", "teveth", "teves"),
    ("shevat", "shvat", "mordad", "amordad"),
    ("adar", "shahrivar"),
    ("nisan", "nissan", "rajab", "rajjab"),
    ("iyar", "iyyar", "shaban", "sha'ban", "shaaban", "aban"),
    ("sivan", "ramadan", "ramazan", "ramzan", "ramadhan", "azar"),
    ("tammuz", "tamuz", "shawwal", "shawal", "shavval"),
    ("bahman",),
    ("elul", "esfand"),
)
#: Hijri and Hebrew months of two words, each word as written in Latin letters: the first ("Rabi", "Jumada",
#: "Dhul", "Adar") and, after an article or none ("al-", "ul", "ath-", "us-"), the second ("Awwal", "Thani",
#: "Hijjah", "Bet"): "12 Rabi al-Awwal", "Jumada al-Thani 3", "Rabiul Akhir 9", "10 Dhul Hijjah", "Adar II 14";
#: after convertdate's ``islamic.MONTHS`` and ``hebrew.MONTHS`` and their common spellings
TWO_WORD_MONTH_HEADS = ("rabi", "rabee", "rabie", "rabiu", "rabiul", "rabiulawal", "jumada", "jumadi", "jamadi", "jumad",
                        "jamada", "dhu", "dhul", "dhil", "zul", "zu", "zil", "thul", "adar", "menachem")
TWO_WORD_MONTH_TAILS = ("awwal", "awal", "avval", "auwal", "ula", "oola", "ulaa", "thani", "thaani", "sani", "saani",
                        "thaniyah", "thaniya", "akhir", "akhar", "akhirah", "akhira", "akher", "qadah", "qada", "qaadah",
                        "qidah", "qi'dah", "qa'dah", "qaada", "hijjah", "hijja", "hijah", "hajj", "bet", "beth",
                        "sheni", "aleph", "alef", "rishon", "av", "ii", "i")
#: the articles between the two words ("al-", "ul", "el", "ath-", "us-", "as-"); the second may be glued to one
TWO_WORD_MONTH_ARTICLES = ("al", "ul", "el", "il", "ath", "as", "us", "ol")
#: case endings a month name may take in a date ("martxoaren 14a" Basque genitive, "14 მარტს" Georgian dative,
#: "14 Mart'ta" Turkish locative, "március 14-én"), tried when the word itself is no name
ENDINGS = ("aren", "ren", "ean", "an", "ko", "ს", "ის", "ში", "'ta", "'da", "'te", "'de", "’ta", "’da", "ta", "da", "te",
           "de", "ban", "ben", "ին", "ի", "ю", "і", "е")
#: one-letter proclitics glued before a Hebrew or Arabic month ("במרץ" in March, "بمارس", "ومارس")
PROCLITICS = frozenset("בלמהוכوبلفك")


#: round 25 (r25dates): Japanese months and days in romaji (Hepburn, long vowels doubled, with a macron or written
#: short: "juugatsu", "jūgatsu", "jugatsu"), month by month and day by day: "shichigatsu nanoka" (7 July), "sangatsu
#: mikka" (3 March). A month is its number's reading and "gatsu"; the days 1 to 10, 14, 20 and 24 have their own
#: words, the others are the number's reading and "nichi" ("juugo-nichi", "nijuuichi nichi", "15-nichi", "3-ka")
ROMAJI_MONTH_NUMBERS: tuple[str, ...] = (
    "ichi", "ni", "san", "shi", "go", "roku", "shichi", "hachi", "ku", "juu/jū/ju", "juuichi/jūichi/juichi",
    "juuni/jūni/juni")
ROMAJI_DAY_WORDS: dict[int, tuple[str, ...]] = {
    1: ("tsuitachi",), 2: ("futsuka",), 3: ("mikka",), 4: ("yokka",), 5: ("itsuka",), 6: ("muika",),
    7: ("nanoka", "nanuka"), 8: ("youka", "yōka", "yooka"), 9: ("kokonoka",), 10: ("tooka", "tōka", "toka"),
    14: ("juuyokka", "jūyokka", "juyokka"), 20: ("hatsuka",), 24: ("nijuuyokka", "nijūyokka", "nijuyokka")}
#: the readings of 1 to 9 and of the tens before "nichi" (a day of the month said by its number)
ROMAJI_UNITS: tuple[str, ...] = ("ichi", "ni", "san", "yon|shi", "go", "roku", "nana|shichi", "hachi", "kyuu|kyū|ku")
ROMAJI_TENS: tuple[str, ...] = ("juu|jū|ju", "nijuu|nijū|niju", "sanjuu|sanjū|sanju")
#: the month and day suffixes after figures or readings ("7-gatsu 7-ka", "3gatsu 15nichi")
ROMAJI_MONTH_SUFFIX = "gatsu|gatu"
ROMAJI_DAY_SUFFIXES = "nichi|niti|ka"


def romaji_month_words() -> tuple[str, ...]:
    """Every Japanese month in romaji of :data:`ROMAJI_MONTH_NUMBERS` ("shichigatsu", "jūnigatsu"), lower case."""
    return tuple(f"{number}{suffix}" for spellings in ROMAJI_MONTH_NUMBERS for number in spellings.split("/")
                 for suffix in ROMAJI_MONTH_SUFFIX.split("|"))


def romaji_day_words() -> tuple[str, ...]:
    """Every day of the month in romaji said by its own word (:data:`ROMAJI_DAY_WORDS`) or by its number's reading
    and "nichi" (1 to 31, :data:`ROMAJI_UNITS` and :data:`ROMAJI_TENS`), lower case, longest first."""
    units = [unit.split("|") for unit in ROMAJI_UNITS]
    numbers = [spelling for unit in units for spelling in unit]
    for ten, tens in enumerate(ROMAJI_TENS, start=1):
        for tens_word in tens.split("|"):
            numbers.append(tens_word)
            numbers += [tens_word + spelling for unit in units[:9 if ten < 3 else 1] for spelling in unit]
    words = {f"{number}{gap}{suffix}" for number in numbers for gap in ("", "-", " ") for suffix in ("nichi", "niti")}
    words |= {word for words in ROMAJI_DAY_WORDS.values() for word in words}
    return tuple(sorted(words, key=len, reverse=True))


#: round 22: the words of "since", "from" and "until" before a month's name in the languages of the messages
#: ("seit Mai", "ab Juni", "desde mayo", "depuis juin", "od maja", "sejak Mei"): a month's name after one of these is
#: the month, no person (a month and no year is no date element to remove; "seit Mai nehme ich Metformin"); no word
#: of "in", "to" or "at" ("en Mayo", "do Maja" may be a clinic's or a person's name: recall first)
MONTH_PREPOSITIONS = frozenset({
    "seit", "ab", "bis", "anfang", "ende", "mitte", "since", "until", "till", "through", "desde", "hasta", "depuis",
    "jusqu", "dal", "dalla", "fino", "sinds", "vanaf", "od", "sejak", "sampai", "hingga", "até", "ate", "från", "sedan",
    "siden",
    # round 37: "en mars", "début avril", "fin Mayo", "mi-mars", "courant avril", "in April", "im Mai", "em maio": the
    # words of "in" and of a month's beginning, middle and end (a given name that is a month stays one after a relation
    # word: "ma fille Avril")
    "en", "début", "debut", "fin", "mi", "courant", "dès", "in", "im", "em", "inizio", "metà", "meta", "principios",
    "mediados", "finales", "começo", "inicio", "início", "meados",
})


def generate_month_forms() -> dict[str, tuple[int, ...]]:
    """Every Gregorian month name CLDR knows (lower case as written, a trailing dot dropped) -> the months it names,
    by the rules above (the source of :mod:`features.deid.monthnames_data`)."""
    from babel import Locale, localedata

    forms: dict[str, set[int]] = {}
    for identifier in localedata.locale_identifiers():
        language = identifier.split("_")[0]
        months = Locale.parse(identifier).months
        widths = ("wide", "abbreviated") if language in MAIN_LANGUAGES else ("wide",)
        fewest = FEWEST if language in MAIN_LANGUAGES else FEWEST_OTHER
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in months[context][width].items():
                    form = name.lower().rstrip(".")
                    if len(form) >= fewest and " " not in form and not any(c.isdigit() for c in form) \
                            and form not in NOT_MONTHS:
                        forms.setdefault(form, set()).add(number)
    return {form: tuple(sorted(numbers)) for form, numbers in sorted(forms.items())}


@functools.lru_cache(maxsize=1)
def month_forms() -> dict[str, tuple[int, ...]]:
    """The generated CLDR table and the other calendars' months: lower case as written -> the months named."""
    from features.deid.monthnames_data import MONTH_FORMS

    forms = {form: set(numbers) for form, numbers in MONTH_FORMS.items()}
    for number, names in [*enumerate(OTHER_CALENDARS, start=1), *enumerate(ROMANISED_OTHER_CALENDARS, start=1)]:
        for name in names:
            forms.setdefault(name, set()).add(number)
    return {form: tuple(sorted(numbers)) for form, numbers in forms.items()}


def write_data(path: str) -> None:
    """Write :func:`generate_month_forms` as the Python module at ``path``."""
    lines = ['"""Generated by ``features.deid.monthnames.write_data`` from Babel\'s CLDR data: do not edit."""', "",
             "MONTH_FORMS: dict[str, tuple[int, ...]] = {"]
    lines += [f"    {form!r}: {numbers!r}," for form, numbers in generate_month_forms().items()]
    lines.append("}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - regenerate the data module
    write_data(__file__.replace("monthnames.py", "monthnames_data.py"))
