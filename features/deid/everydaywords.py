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

from wordfreq import get_frequency_dict

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
