"""Round 40 (r40kin, the leak check's side, its own readings): a third party named right after a kin word that the
name lists do not hold: a capitalised word after a kin word of the Latin-script lists, an article between or none,
said seldom as a word of the kin word's languages ("mi comadre Chela", "mi nieta la Fer"); a capitalised word after a
romaji kin word and "no" ("otto no Takeshi"); a name in Latin letters after a kin word of Thai, Khmer or Lao ("ลุง
Somsak"); a Khmer name glued to its kin word ("ពូសុខាមកយកថ្នាំ"); a given name, an Irish surname's particle and its
rest ("Seán Mac Giolla"); and, in the published text, a surname left after a name that went with its Nguni prefix
("u<PERSON> Zulu").

The check reads the text as a list of words with what stands between them, with the same word lists as the redactor
(:mod:`features.deid.peoplewords`) and none of its code (:mod:`features.deid.kin_abroad`).
"""

from __future__ import annotations

import functools
import re

from features.deid import peoplewords as vocab
from features.deid.everydaywords import word_frequency
from features.deid.recognizers import FIRST_NAMES, is_medication

_PIECE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)([^\w]*)")
_BLANKS = (" ", "  ", "\t")
_KIN = vocab.KIN_WORDS_ABROAD
_VERBS = vocab.VERBS_WHERE_A_NAME_WOULD_STAND
#: what the check splits a text of a script with no spaces between words into (spaces and clause marks)
_SCRIPT_PIECE = re.compile(r"[^\s,.;:!?()\[\]<>\"។៕]+")
_KHMER = re.compile("[\u1780-\u17ff]+")
_KHMER_LETTER = re.compile("[\u1780-\u17b3]")
_NGUNI_SURNAME_LEFT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    (*vocab.NGUNI_NAME_PREFIXES, *(p.capitalize() for p in vocab.NGUNI_NAME_PREFIXES))) + r")<PERSON>[ \t]{1,2}"
                                 r"([A-Z][a-z]{2,})(?![^\W\d_])")


def _title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


@functools.cache
def _said_in(kin: str) -> tuple[str, ...]:
    """English and the languages of the shared list in which the kin word ``kin`` is an everyday word."""
    return ("en", *(lang for lang in vocab.KIN_WORD_LANGUAGES if lang != "en" and word_frequency(kin, lang) >= 1e-6))


@functools.cache
def _names_after(kin: str, word: str) -> bool:
    plain = vocab.key(word)
    if not _title_case(word) or is_medication(plain) or plain in vocab.STAFF_ROLES or plain in _KIN or (
            plain in vocab.ARTICLES_BEFORE_A_KIN_NAME) or plain in vocab.FACILITY_WORDS or plain in _VERBS:
        return False
    listed = plain in FIRST_NAMES or plain in vocab.IBERIAN_SHORT_NAMES
    bound = vocab.KIN_LISTED_NAME_MOST_FREQUENCY if listed else vocab.KIN_NAME_MOST_FREQUENCY
    return max(word_frequency(word.lower(), lang) for lang in _said_in(kin)) < bound


def _kin_then_a_name(pieces: list[tuple[str, str]]) -> bool:
    for n in range(len(pieces) - 1):
        word, gap = pieces[n]
        kin = vocab.key(word)
        if kin not in _KIN or gap not in _BLANKS:
            continue
        at = n + 1
        if at + 1 < len(pieces) and pieces[at][0] in vocab.ARTICLES_BEFORE_A_KIN_NAME and pieces[at][1] in _BLANKS:
            at += 1  # "mi nieta la Fer"
        after = pieces[at + 1][0] if at + 1 < len(pieces) else ""
        if _names_after(kin, pieces[at][0]) and not vocab.no_name_where_it_stands(pieces[at][0], word, after):
            return True  # (round 40, lead: "mama Zavolej mi", "abuela Llámame mañana" are calls, no names)
    return False


def _romaji(pieces: list[tuple[str, str]]) -> bool:
    for n in range(len(pieces) - 2):
        if vocab.key(pieces[n][0]) in vocab.ROMAJI_KIN_WORDS and pieces[n][1] in _BLANKS and (
                pieces[n + 1][0].lower() == vocab.ROMAJI_GENITIVE and pieces[n + 1][1] in _BLANKS):
            name = pieces[n + 2][0]
            if _title_case(name) and vocab.key(name) not in vocab.ROMAJI_THINGS_AFTER_KIN_NO and not is_medication(
                    name.lower()):
                return True
            if name.islower() and vocab.key(name) in vocab.ROMAJI_GIVEN_NAMES:
                return True  # round 42: a given name typed in lower case ("musuko no takeshi")
    return False


def _letters_after_script_kin(text: str) -> bool:
    pieces = list(_SCRIPT_PIECE.finditer(text))
    for n in range(len(pieces) - 1):
        kin = pieces[n].group()
        if kin.isascii() or not (kin in vocab.KIN_BEFORE_A_LATIN_NAME or any(
                kin.startswith(lead) and kin[len(lead):] in vocab.KIN_BEFORE_A_LATIN_NAME
                for lead in vocab.THAI_BEFORE_TITLES)):
            continue
        at = n + 1
        if pieces[at].group() in vocab.SCRIPT_KIN_POSSESSIVES and at + 1 < len(pieces):
            at += 1
        name = pieces[at].group()
        if text[pieces[at - 1].end():pieces[at].start()] in _BLANKS and name.isascii() and name.isalpha() and (
                _title_case(name) and not is_medication(name.lower()) and vocab.key(name) not in vocab.STAFF_ROLES):
            return True
    return False


def _khmer_glued(text: str) -> bool:
    stops = vocab.KHMER_NOT_NAME_STARTS + vocab.KHMER_AMHARIC_WORDS_AFTER_KIN + vocab.KHMER_WORDS_AFTER_A_GLUED_NAME
    for run in _KHMER.finditer(text):
        word = run.group()
        for kin in vocab.KHMER_KIN_BEFORE_A_GLUED_NAME:
            if not word.startswith(kin):
                continue
            rest = word[len(kin):]
            rest = rest.removeprefix("របស់ខ្ញុំ").removeprefix("ខ្ញុំ")
            if not _KHMER_LETTER.match(rest) or rest.startswith(stops) or rest.startswith(
                    vocab.KHMER_KIN_BEFORE_A_GLUED_NAME):
                break
            cut = [at for stop in vocab.KHMER_WORDS_AFTER_A_GLUED_NAME
                   if (at := rest.find(stop, vocab.KHMER_GLUED_NAME_SHORTEST)) >= 0 and _KHMER_LETTER.match(rest, at)]
            if min(cut, default=len(rest)) >= vocab.KHMER_GLUED_NAME_SHORTEST:
                return True
            break
    return False


def _irish_particle(pieces: list[tuple[str, str]]) -> bool:
    """A capitalised given name (listed, or no English word), an Irish surname's particle, its capitalised rest."""
    for n in range(len(pieces) - 2):
        given, gap = pieces[n]
        particle, after = pieces[n + 1]
        if particle not in vocab.IRISH_SURNAME_PARTICLES or gap not in _BLANKS or after not in _BLANKS:
            continue
        if not _title_case(given) or not (vocab.key(given) in FIRST_NAMES or word_frequency(
                given.lower(), "en") < vocab.KIN_NAME_MOST_FREQUENCY):
            continue
        if _title_case(pieces[n + 2][0]):
            return True
    return False


def nguni_surname_left(text: str) -> bool:
    """Published text: a capitalised surname left after a name that went with its Nguni prefix ("u<PERSON> Zulu"),
    unless it is an English word said often ("u<PERSON> Will")."""
    return "<PERSON>" in text and any(
        word_frequency(m.group(1).lower(), "en") < vocab.NGUNI_SURNAME_MOST_ENGLISH_FREQUENCY
        for m in _NGUNI_SURNAME_LEFT.finditer(text))


def kin_abroad_kinds(text: str) -> list[str]:
    """The kinds of the module docstring's readings whose names ``text`` holds (the Nguni surname left is read on
    the published text with its placeholders: :func:`nguni_surname_left`)."""
    pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(text)]
    kinds = []
    if _kin_then_a_name(pieces):
        kinds.append("name after a kin word abroad")
    if _romaji(pieces):
        kinds.append("name in romaji after a kin word")
    if _irish_particle(pieces):
        kinds.append("name with an Irish surname particle")
    if not text.isascii():
        if _letters_after_script_kin(text):
            kinds.append("name in letters after a kin word of Thai, Khmer or Lao")
        if max(text) >= "\u1780" and _khmer_glued(text):
            kinds.append("name glued to a Khmer kin word")
    return kinds
