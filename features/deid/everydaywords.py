"""Everyday words of the languages patients write, from wordfreq's frequency lists (Speer et al., wordfreq 3.1,
"small" lists: words of a Zipf frequency of 3 or more, once in a million words or more, in Wikipedia, subtitles,
news, books, web text and social media of each language).

Why: the NER model is English; it reads Spanish, Portuguese or German prose written in lower case as a name
("me duelen las piernas", "me pican los ojos": round 24, `<PERSON>` for the legs and the eyes). Lower-case words that
are all everyday words of one language, none of them a given name or a family name, are prose of that language, not a
person. The lists are loaded on first use, one language at a time (about 35,000 words and 35 ms each)."""

from __future__ import annotations

import functools
import importlib

from wordfreq import get_frequency_dict, zipf_frequency

#: the languages whose lists are read: those of the patients' messages that black-box rounds wrote in Latin letters
LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "nl", "pl", "ca", "ro", "cs", "sv", "da", "nb", "tr", "id", "fil")
#: spaCy's language packages by wordfreq's code where they differ (Filipino is spaCy's Tagalog)
_SPACY_LANGUAGE = {"fil": "tl"}
#: the least frequency of an everyday word: once in a million words (Zipf 3)
LEAST_FREQUENCY = 1e-6


@functools.cache
def everyday_words(language: str) -> frozenset[str]:
    """The words of ``language`` (an ISO 639 code of :data:`LANGUAGES`) used once in a million words or more, lower
    case. Raises ``LookupError`` (wordfreq's) for a language wordfreq has no list of."""
    return frozenset(word for word, frequency in get_frequency_dict(language, "small").items()
                     if frequency >= LEAST_FREQUENCY)


def one_languages_prose(words: list[str]) -> str | None:
    """The first language of :data:`LANGUAGES` in which every word of ``words`` (lower case) is an everyday word, or
    ``None``. The caller rules out names: wordfreq counts "maria" and "smith" among the everyday words too."""
    for language in LANGUAGES:
        common = everyday_words(language)
        if all(word in common for word in words):
            return language
    return None


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language`` (articles, pronouns, particles: "las", "mir", "der"), lower case: words
    that Faker's name lists also hold as somebody's name, but that in prose of their language are none."""
    module = importlib.import_module(f"spacy.lang.{_SPACY_LANGUAGE.get(language, language)}.stop_words")
    return frozenset(word.lower() for word in module.STOP_WORDS)


# --------------------------------------------------------------------------- round 25: a name's piece in its everyday sense

#: the languages a message's prose is read in when a name's piece may be one of its function words ("min mamma" in
#: Swedish, "de dokter van het ziekenhuis", "non ho mai", "denk an mich"): English has its own rules (function words
#: that are given names count only capitalised)
PROSE_LANGUAGES = tuple(language for language in LANGUAGES if language != "en")
#: the least share of a text's words that are everyday words of a language for the text to be that language's prose
LEAST_PROSE_SHARE = 0.6
#: the fewest words a text needs for its language to be told
FEWEST_PROSE_WORDS = 3
#: short units written after a figure that are also pieces of names ("30 min" for a Min-jun, "5 mi" for a Mi-rae)
UNITS_AFTER_A_FIGURE = frozenset({"min", "mins", "mi", "km", "kg", "mg", "ml", "cm", "mm", "hr", "hrs", "sec", "lb",
                                  "lbs", "gal", "oz", "tan", "ban", "bun", "bao"})
#: Japanese everyday nouns in romaji that are also given names ("yuki ga futte": snow is falling; "hana ga saita": the
#: flowers opened; "sora ga aoi"), read as the noun before a particle
ROMAJI_EVERYDAY_NOUNS = frozenset({
    "yuki", "hana", "sora", "umi", "hikari", "kaze", "natsu", "haru", "aki", "fuyu", "hoshi", "tsuki", "ame", "sakura",
    "momo", "nami", "yume", "ai", "kumo", "midori", "mizu", "yama", "kawa", "mori", "hino", "asa", "yoru", "niji",
    "ringo", "kiku", "ran", "ren", "shin", "kei", "yu", "rin", "mai", "mei", "hoshino", "tsubasa", "aoi", "akane",
})
#: the particles after a Japanese noun in romaji
ROMAJI_PARTICLES = frozenset({"ga", "wa", "wo", "o", "ni", "no", "mo", "de", "ya", "to", "kara", "made", "yori"})
#: words before a month's name, besides :data:`~features.deid.monthnames.MONTH_PREPOSITIONS`, that make a capitalised
#: name's piece the month ("im Mai", "Anfang Mai", "letzten Mai", "en mayo"): none is a cue of a person
MONTH_LEADS = frozenset({"im", "letzten", "letzter", "nachsten", "diesen", "vergangenen", "vorigen", "jeden", "en",
                         "em", "de", "del", "di", "du", "le", "w", "v", "fin", "inicios", "principios", "finales",
                         "mediados", "last", "next", "early", "late", "mid", "this", "every"})


def prose_language(words: list[str]) -> str | None:
    """The language of :data:`PROSE_LANGUAGES` whose prose ``words`` (lower case, as written) are: at least
    :data:`LEAST_PROSE_SHARE` of :data:`FEWEST_PROSE_WORDS` or more everyday words of it, and more of its function
    words that English lacks ("der", "mir", "seit", "y", "mes") than English function words it lacks ("the", "for":
    every language's list holds English words, so the everyday share alone takes "ask for Morgen at the front desk"
    for Dutch); of several, the one with most such words. ``None`` for English prose, a mixture, or too few words."""
    words = [w for w in words if w.isalpha()]
    if len(words) < FEWEST_PROSE_WORDS:
        return None
    english = function_words("en")
    best: tuple[int, str] | None = None
    for language in PROSE_LANGUAGES:
        own = function_words(language)
        mine = sum(w in own and w not in english for w in words)
        if mine and mine > sum(w in english and w not in own for w in words) and (
                sum(w in everyday_words(language) for w in words) >= LEAST_PROSE_SHARE * len(words)) and (
                best is None or mine > best[0]):
            best = (mine, language)
    return best[1] if best else None


#: the least Zipf frequency (wordfreq's large lists, where a language has one) of a word :func:`known_word` knows:
#: about once in three million words, which takes in the clinical nouns ("Hypertonie" is 2.99)
LEAST_KNOWN_ZIPF = 2.5


def known_word(word: str, language: str) -> bool:
    """Whether ``word`` (lower case, as written) is a word of ``language``: an everyday word, or one of wordfreq's
    fuller list once in three million words or more (read word by word: its lists load on first use)."""
    return word in everyday_words(language) or zipf_frequency(word, language) >= LEAST_KNOWN_ZIPF


def vietnamese_word(word: str) -> bool:
    """Whether ``word`` (lower case, its marks as written) is an everyday Vietnamese word written with its marks
    ("vẫn", "ăn", "bích"): folded, it may be a name's piece ("van", "an", "bich"), written so it is the word."""
    return not word.isascii() and word in everyday_words("vi")


def everyday_sense(word: str, before: str, after: str, words: list[str]) -> bool:
    """Whether a name's piece written in lower case, ``word`` (its marks as written), stands in an everyday sense
    between the words ``before`` and ``after`` (lower case, "" at an end) of a text whose words are ``words``: a
    Vietnamese word with its marks ("tôi vẫn uống thuốc"), a unit after a figure ("30 min"), a Japanese noun before a
    particle ("yuki ga futte"), or a function word of the text's prose language ("min mamma är sjuk", "non ho mai
    dimenticato"). The caller still reads it as the name where a cue or another piece of the name stands beside it."""
    if vietnamese_word(word):
        return True
    if before.isdigit() and word in UNITS_AFTER_A_FIGURE:
        return True
    if word in ROMAJI_EVERYDAY_NOUNS and after in ROMAJI_PARTICLES:
        return True
    language = prose_language(words)
    return language is not None and word in function_words(language)


def month_sense(word: str, before: str, after: str) -> bool:
    """Whether a capitalised name's piece ``word`` (lower case) is a month's name where it stands: after a word of
    "since", "until", "in" or "early" of a month ("im Mai", "seit Mai", "Anfang Mai"), after a day's figure ("3. Mai")
    or before a year ("Mai 2024")."""
    from features.deid.monthnames import MONTH_PREPOSITIONS, month_forms

    if word not in month_forms():
        return False
    return (before in MONTH_PREPOSITIONS or before in MONTH_LEADS or before.isdigit()
            or (after.isdigit() and len(after) == 4))
