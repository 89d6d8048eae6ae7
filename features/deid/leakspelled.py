"""The leak check's own reading, round 13, of the owner's name spelled out or respelled and of a lunar birthday.

What the eleventh black-box round published with the check passing: the name in Morse code, spelled with words
between its letters ("w dot e dot x", "W as in Walter", "Whiskey Echo X-ray"), in another romanisation ("Chevtchouk"
for Shevchuk) or anglicised from Irish ("OBrien" for Ní Bhriain), and the birthday as a lunar date ("農曆二月初八").
The check shares vocabulary only with the redactor (:mod:`features.deid.spellwords`, :mod:`features.deid.calendars`)
and reads it its own way: whole words turned into letters and looked through, no spans; nothing here imports the
redactor's :mod:`features.deid.owner_spelled`.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS

from features.deid import spellwords as vocab
from features.deid.calendars import (
    BORN_ON_NAMES,
    DAY_OF_MONTH_WORDS,
    DAY_SHIFT_WORDS,
    DAYS_FROM_MONTH_END,
    LUNAR_CUES,
    MONTH_FIRST_WORDS,
    ORDINALS_BEFORE_LAST,
    lunar_birthdays,
    lunar_numbers,
    month_words,
)
from features.deid.contactwords import SAID_ADDRESS_JOINERS
from features.deid.everydaywords import ARABIZI_WORDS
from features.deid.normalize import AT_SIGN_ALTERNATION, DOT_WORD_ALTERNATION
from features.deid.peoplewords import ARABIZI_WORDS_AFTER_KIN
from features.deid.soundalike import heard_as_owner, letter_script, owner_name_keys, read_by_sound

_MORSE_CHUNK = re.compile("[" + re.escape("".join(vocab.MORSE_SIGNS)) + r"/| \t]+")
_SIGNS = str.maketrans(vocab.MORSE_SIGNS)
_WORDS = re.compile(r"x-ray|[^\W\d_]+")
_ONLY_MARKS = re.compile(r"[^\w]*")
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NOT_CONSONANT = re.compile(r"[^bcdfgjklmnpqrstvxz]")


def morse_letters(text: str) -> list[str]:
    """The letters each run of Morse code in ``text`` spells (its dots and dashes in any of their signs, letters set
    apart by spaces, "/" or "|"), glued."""
    if not any(sign in text for sign in ".·•"):
        return []
    out = []
    for m in _MORSE_CHUNK.finditer(text):
        pieces = re.split(r"[/| \t]+", m.group().translate(_SIGNS))
        if sum(1 for p in pieces if p) >= 3 and ("-" in m.group() or "–" in m.group() or "−" in m.group()):
            out.append("".join(vocab.MORSE.get(p, "") for p in pieces if p))
    return out


def word_spelled_letters(text: str) -> list[str]:
    """The letters each run of spelled words in ``text`` spells: one letter, a spelling-alphabet word or a letter "as
    in" a word, with only marks or gap words ("dot", "dash") between them."""
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORDS.finditer(text)]
    runs: list[str] = []
    current = ""
    last_end = -1
    skip = 0
    for i, (word, start, end) in enumerate(words):
        if skip:
            skip -= 1
            last_end = end
            continue
        glued = last_end >= 0 and _ONLY_MARKS.fullmatch(text, last_end, start) is not None
        letter = word if len(word) == 1 and word.isascii() else vocab.SPELLING_WORDS.get(word)
        if current and glued and word in vocab.SPELLING_GAP_WORDS:
            last_end = end
            continue
        if letter is None or not glued:
            if len(current) >= 3:
                runs.append(current)
            current = ""
        if letter is not None:
            current += letter
            following = tuple(w for w, _, _ in words[i + 1:i + 4])
            skip = next((len(p) + 1 for p in vocab.AS_IN_WORDS if following[:len(p)] == p and len(following) > len(p)), 0)
        last_end = end
    if len(current) >= 3:
        runs.append(current)
    return runs


def holds_spelled_name(text: str, names: Iterable[str]) -> bool:
    """Whether a name of three letters or more is spelled in ``text`` in Morse code or with words."""
    long_names = [n for n in names if len(n) >= 3]
    if not long_names:
        return False
    spelled = morse_letters(text)
    if len(_WORDS.findall(text)) >= 3:
        spelled += word_spelled_letters(text)
    return any(n in letters for letters in spelled for n in long_names)


def _one_way(word: str) -> str:
    for written, said in vocab.RESPELLINGS:
        word = word.replace(written, said)
    return word


def holds_respelled_name(text: str, names: Iterable[str], common: frozenset[str]) -> bool:
    """Whether a word of ``text`` (Latin, or IPA and other scripts read by anyascii) is a name part of five letters or
    more written another way (:data:`vocab.RESPELLINGS`: "Chevtchouk" for "shevchuk", "/ˈwɛkslər/" for "wexler"), or an
    Irish surname with another particle or anglicised ("OBrien", "O'Brien" for "bhriain" after "ni")."""
    names = list(names)
    keyed = {_one_way(n): n for n in names if len(n) >= vocab.FEWEST_RESPELLED_LETTERS and n.isalpha()}
    irish = [w[0] + w[2:] if w[1:2] == "h" and w[0] in vocab.LENITED else w
             for p, w in pairwise(names) if p in vocab.IRISH_PARTICLES and len(w) >= 4]
    if not keyed and not irish:
        return False
    plain = text if text.isascii() else anyascii(text)
    lowered = plain.lower()
    if not any(k[-2:].lower() in lowered for k in keyed) and not any(b[:2] in lowered for b in irish):
        return False
    for m in _LETTERS.finditer(lowered):
        word = m.group()
        if len(word) < 4 or word in common or not (plain[m.start()].isupper() or not text.isascii()):
            continue  # a name is capitalised, or written in IPA or with marks ("/ˈwɛkslər/")
        if _one_way(word) in keyed and keyed[_one_way(word)] != word:
            return True
        bare = word.replace("'", "")
        for rest in [bare, *(bare[len(p):] for p in vocab.IRISH_PARTICLES if bare.startswith(p))]:
            if len(rest) >= 4 and rest not in common and any(
                    rest[0] == b[0] and _NOT_CONSONANT.sub("", rest) == _NOT_CONSONANT.sub("", b) for b in irish):
                return True
    return False


def holds_lunar_birthday(text: str, dob: datetime.date) -> bool:
    """Whether ``text`` holds a word for the lunar calendar and, two numbers in a row within twenty characters,
    the lunar month and day of ``dob`` (either order)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in LUNAR_CUES):
        return False
    dates = lunar_birthdays(dob)
    return any(b[0] - a[1] <= 20 and ((a[2], b[2]) in dates or (b[2], a[2]) in dates)
               for a, b in pairwise(lunar_numbers(text)))


# --------------------------------------------------------------------------- round 14

_LOWER_WORD = re.compile(r"[a-z]+")
_GAP_OF_A_NAME = re.compile(r"[ \t_'.-]{1,3}")
_SAID_AGAIN = re.compile(r"(.)\1+")
_AS_ONE_VOWEL = str.maketrans(dict.fromkeys(vocab.SOUNDED_VOWELS, "a"))


@functools.lru_cache(maxsize=65536)
def by_ear(word: str) -> str:
    """What the check hears of one lower-case word: :data:`vocab.SOUNDS_ALIKE` read in order, the silent letter dropped
    after the first, vowels one and a letter said twice once ("salasar" and "salazar" are heard alike)."""
    for written, said in vocab.SOUNDS_ALIKE:
        word = word.replace(written, said)
    heard_word = word[:1] + word[1:].replace(vocab.SILENT_LETTER, "")
    return _SAID_AGAIN.sub(r"\1", heard_word.translate(_AS_ONE_VOWEL))


def _joined_by_ear(words: Iterable[str]) -> str:
    return _SAID_AGAIN.sub(r"\1", "".join(by_ear(w) for w in words))


@functools.lru_cache(maxsize=4096)
def _heard_name_pieces(name_words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """How the check hears each name word, and two or three in a row each apart, five letters and three consonants or
    more."""
    words = [w for w in name_words if w.isalpha()]
    alone: set[str] = set()
    in_a_row: set[tuple[str, ...]] = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + vocab.MOST_SOUNDED_WORDS) + 1):
            heard_words = tuple(by_ear(w) for w in words[i:j])
            if sum(map(len, words[i:j])) >= vocab.FEWEST_SOUNDED_LETTERS and \
                    sum(c != "a" for c in "".join(heard_words)) >= vocab.FEWEST_SOUNDED_CONSONANTS:
                if j == i + 1:
                    alone.add(heard_words[0])
                else:
                    in_a_row.add(heard_words)
    return frozenset(alone), frozenset(in_a_row)


@functools.lru_cache(maxsize=4096)
def _heard_openings(name_words: tuple[str, ...]) -> frozenset[str]:
    """How a respelling's first word may sound: a beginning of a name word heard, or the first of a run's words."""
    alone, in_a_row = _heard_name_pieces(name_words)
    return frozenset({h[:n] for h in alone for n in range(1, len(h) + 1)} | {r[0] for r in in_a_row})


def holds_name_by_ear(text: str, name_words: tuple[str, ...], common: frozenset[str]) -> bool:
    """Whether one word of ``text`` (any case, no cue), or up to three in a row with only a space or a sign between
    them, sounds as one name word of the owner's ("salasar" for Salazar, "wall ace" for Wallace), or as many name words
    in a row, each as its own ("ana dias" for Ana Diaz): five letters or more, six for one word alone, which is no
    common word ("wall"); no word of one letter or function word is read with others ("her man")."""
    alone, in_a_row = _heard_name_pieces(name_words)
    if not alone and not in_a_row:
        return False
    lowered = (text if text.isascii() else anyascii(text)).lower()
    found = [(m.group(), m.start(), m.end()) for m in _LOWER_WORD.finditer(lowered)]
    openings = _heard_openings(name_words)
    for i, (word, _, end) in enumerate(found):
        if by_ear(word) not in openings:
            continue
        if len(word) >= vocab.FEWEST_SOUNDED_WORD_LETTERS and word not in common and by_ear(word) in alone:
            return True
        if len(word) < 2 or word in STOP_WORDS:
            continue
        run = [word]
        for more, start, more_end in found[i + 1:i + vocab.MOST_SOUNDED_WORDS]:
            if len(more) < 2 or more in STOP_WORDS or not _GAP_OF_A_NAME.fullmatch(lowered, end, start):
                break
            run.append(more)
            end = more_end
            if sum(map(len, run)) >= vocab.FEWEST_SOUNDED_LETTERS and (
                    _joined_by_ear(run) in alone or tuple(by_ear(w) for w in run) in in_a_row):
                return True
    return False


#: round 41 (r41arabizi): a run of Latin letters and digits, and the Arabizi digits (:data:`vocab.ARABIZI_DIGIT_SOUNDS`)
_LETTERS_AND_DIGITS = re.compile(r"[a-z0-9]+")
_ARABIZI_DIGITS = frozenset(vocab.ARABIZI_DIGIT_SOUNDS)
_ARABIZI_NO_NAME = ARABIZI_WORDS | ARABIZI_WORDS_AFTER_KIN


def _arabizi_heard(word: str) -> tuple[str, str]:
    """``(consonants, whole)`` of a lower-case word read as Arabizi: its first letter ("a" for a vowel) and the
    consonants after it; and all its letters with "e" as "i" and "u" as "o"; a doubled letter once in each. A hamza or
    ain opening the word is the vowel after it, or "a" ("3li", "3omar")."""
    head, rest = word[:1], word[1:]
    if head in ("2", "3"):
        head, rest = (rest[:1], rest[1:]) if rest[:1] and rest[0] in vocab.ARABIZI_VOWELS else ("a", rest)
    letters = "".join(vocab.ARABIZI_DIGIT_SOUNDS.get(c, c) for c in head + rest)
    bare = ("a" if letters[:1] in vocab.ARABIZI_VOWELS else letters[:1]) + "".join(
        c for c in letters[1:] if c not in vocab.ARABIZI_VOWELS)
    whole = letters.replace("e", "i").replace("u", "o").replace("y", "i")
    return _SAID_AGAIN.sub(r"\1", bare), _SAID_AGAIN.sub(r"\1", whole)


def holds_arabizi_name(text: str, name_words: tuple[str, ...]) -> bool:
    """Round 41 (r41arabizi): whether a word holding an Arabizi digit beside a letter and no everyday Arabizi word is
    a name word of the owner's (or two joined) read as Arabizi: the same consonants where the name word keeps
    :data:`vocab.ARABIZI_FEWEST_CONSONANTS` or more ("M7mod" for Mahmoud, "5aled" for Khaled), else the same
    letters ("3li" for Ali; "3la", on, is none)."""
    if not any(c in _ARABIZI_DIGITS for c in text):
        return False
    words = [w for w in name_words if w.isalpha() and len(w) >= 3]
    names = [_arabizi_heard(w) for w in [*words, *(a + b for a, b in pairwise(words))]]
    for word in _LETTERS_AND_DIGITS.findall(text.lower()):
        if word.isalpha() or word.isdigit() or word in _ARABIZI_NO_NAME or not re.search("[a-z][2356789]|[2356789][a-z]",
                                                                                           word):
            continue
        heard = _arabizi_heard(word)
        if not heard[1].isalpha():
            continue
        if any((heard[0] == bare and len(bare) > vocab.ARABIZI_FEWEST_CONSONANTS) or heard[1] == whole
               for bare, whole in names):
            return True
    return False


#: round 42 (r42owner): the check's own reading of an Arabic name and of an Arabizi word as one skeleton: anyascii's
#: letters of the stored name and the Arabizi word's letters and digits, each made one class where the two spell a
#: sound apart ("7" and anyascii's "h" for ح, "g" and "j" for ج, "q" and "k" for ق); hamza and ain are vowel seats
_ARABIZI_CLASSES = (("kh", "x"), ("5", "x"), ("gh", "8"), ("sh", "c"), ("ch", "c"), ("dh", "d"), ("th", "t"),
                    ("7", "h"), ("6", "t"), ("9", "s"), ("g", "j"), ("q", "k"), ("2", "'"), ("3", "'"), ("`", "'"))
_LONG_VOWELS = str.maketrans({"w": "u", "o": "u", "y": "i", "e": "i", "a": None, "'": None})


def _abjad_arabizi_skeleton(letters: str) -> tuple[str, str]:
    """``(bare, marked)`` of lower-case Latin letters (anyascii's reading of an Arabic name part, or an Arabizi word):
    the first letter ("a" for a vowel or a vowel's seat) and the letters after it in :data:`_ARABIZI_CLASSES`, each
    said once; bare without its vowels, marked with its long vowels ("u", "i"), neither with an "a"."""
    for written, said in _ARABIZI_CLASSES:
        letters = letters.replace(written, said)
    head, rest = letters[:1], letters[1:]
    if head in "'aeiou" or (head in "wy" and rest[:1] in ("", *"'aeiou")):
        head = "a"
    marked = _SAID_AGAIN.sub(r"\1", head + rest.translate(_LONG_VOWELS))
    return _SAID_AGAIN.sub(r"\1", head + "".join(c for c in rest if c not in "aeiouwy'")), marked


@functools.lru_cache(maxsize=1024)
def _abjad_names_heard(parts: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset(_abjad_arabizi_skeleton(re.sub("[^a-z'`]", "", anyascii(p).lower()))
                     for p in parts if len(p) >= 3 and all("\u0621" <= c <= "\u064a" for c in p))


def holds_arabizi_of_abjad_name(text: str, stored_parts: frozenset[str]) -> bool:
    """Round 42 (r42owner): whether an Arabizi word (a digit beside a letter, no everyday Arabizi word) is a name part
    the owner's row holds in Arabic letters ("M7mod" for محمود, "5aled" for خالد, "3li" for علي): the same skeleton
    (:func:`_abjad_arabizi_skeleton`) with its long vowels, or bare where the part keeps four letters or more so or
    has no long vowel to tell ("3la", on, is no علي)."""
    if not any(c in _ARABIZI_DIGITS for c in text):
        return False
    names = _abjad_names_heard(stored_parts)
    if not names:
        return False
    for word in _LETTERS_AND_DIGITS.findall(text.lower()):
        if word.isalpha() or word.isdigit() or word in _ARABIZI_NO_NAME or not re.search("[a-z][2356789]|[2356789][a-z]",
                                                                                           word):
            continue
        bare, marked = _abjad_arabizi_skeleton(word)
        if any(marked == m or (bare == b and (len(b) > vocab.ARABIZI_FEWEST_CONSONANTS or b == m)) for b, m in names):
            return True
    return False


#: round 43 (r43owner): the check's words between the pieces of an address said in words, and a piece (a word or
#: what a redactor left for one)
_JOINED_BY = "(?:" + "|".join(sorted(map(re.escape, SAID_ADDRESS_JOINERS), key=len, reverse=True)) + ")"
_PIECE = r"(?:[\w+-]+|<[A-Z_]+>)"
_AT_SAID_WORD = rf"(?:at|{AT_SIGN_ALTERNATION})"


@functools.lru_cache(maxsize=1024)
def _said_address_with(name_words: tuple[str, ...]) -> re.Pattern[str] | None:
    names = "|".join(re.escape(w) for w in name_words if len(w) >= 3 and w.isalpha())
    if not names:
        return None
    return re.compile(
        rf"(?i)(?<![\w<])(?:{names})[ \t]+{_JOINED_BY}[ \t]+{_PIECE}"  # "june underscore <PERSON>"
        rf"|(?<![\w+-]){_PIECE}[ \t]+{_JOINED_BY}[ \t]+(?:{names})(?![\w>])"  # "<PERSON> dot june"; a piece from its
        # start only (tried from inside a long word, each start would read the word to its end: a square of its length)
        rf"|(?<![\w<])(?:{names})[ \t]+{_AT_SAID_WORD}[ \t]+{_PIECE}(?:\.\w|[ \t]+(?:{DOT_WORD_ALTERNATION})[ \t]+\w)"
        rf"|(?<![\w<])(?:{names})[ \t]+{_AT_SAID_WORD}[ \t]+<(?:URL|EMAIL)>")  # "june at <PERSON> dot net"


def holds_name_in_said_address(text: str, name_words: tuple[str, ...]) -> bool:
    """Round 43 (r43owner): whether one of the owner's name parts, in any case, stands in an e-mail address said in
    words: joined to another piece by a word for ".", "_" or "-" ("june underscore hughes", "june dot <PERSON>"), or
    before "at" or a word for "@" and a domain said with its dot ("june at hughes dot net", "june at <URL>"): a given
    name that is a month ("june", "april") is the owner's there, never the month."""
    pattern = _said_address_with(name_words)
    return pattern is not None and pattern.search(text) is not None


#: round 43 (r43owner): a plain Latin word the check compares with a name part stored in Arabic letters
_PLAIN_LATIN_WORD = re.compile(r"(?<![\w'])[A-Za-z]{3,}(?![\w'])")
#: the fewest letters of a plain Latin word in lower case read so (a capitalised one: three)
_FEWEST_LOWER_LATIN_OF_ABJAD = 5


def holds_latin_of_abjad_name(text: str, stored_parts: frozenset[str], common: frozenset[str]) -> bool:
    """Round 43 (r43owner): whether a plain Latin word (capitalised, or of five letters or more in lower case; no
    common or function word) is a name part the owner's row holds in Arabic letters ("Mahmoud" and "Mahmud" for محمود,
    "abdelrahman" for عبدالرحمن): the skeleton of :func:`_abjad_arabizi_skeleton` with its long vowels, or bare where
    the part keeps :data:`~features.deid.spellwords.ARABIZI_FEWEST_CONSONANTS` consonants or more so (one more in lower
    case); an "e" of the Latin word may be a short vowel Arabic leaves unwritten ("Khaled" for خالد)."""
    names = _abjad_names_heard(stored_parts)
    if not names:
        return False
    for found in _PLAIN_LATIN_WORD.finditer(text):
        word = found.group()
        lower = word.lower()
        if lower in STOP_WORDS or lower in common or (word.islower() and len(word) < _FEWEST_LOWER_LATIN_OF_ABJAD):
            continue
        bare, marked = _abjad_arabizi_skeleton(lower)
        # an "e" may be a short vowel Arabic leaves unwritten ("Khaled"), an "ou" the "و" it writes ("Yousef")
        unwritten = lower[:1] + lower[1:].replace("e", "")
        long_forms = {marked, *(_abjad_arabizi_skeleton(w)[1] for w in (unwritten, unwritten.replace("ou", "w")))}
        fewest = vocab.ARABIZI_FEWEST_CONSONANTS if word[:1].isupper() else vocab.ARABIZI_FEWEST_CONSONANTS + 1
        if any(long in long_forms or (bare == b and len(b) >= fewest) for b, long in names):
            return True
    return False


#: round 43 (r43owner): what parts the words of a message for the check's reading by sound in another script: blanks,
#: figures and signs; a hyphen stays inside a word ("Hiu-dơ")
_NOT_A_WORD = re.compile(r"[\s\d.,!?;:()\[\]{}\"'“”‘’«»<>/@#_=+*&%$|~^。、，！？：；・·…]+")


def holds_name_heard_in_another_script(text: str, stored_name: str) -> bool:
    """Round 43 (r43owner): whether a word of another script (a Vietnamese Latin word with its syllables joined) is one
    of the owner's name parts heard by its sound ("ヒューズです", "Հյուզն", "ฮิวจ์ส", "Hiu-dơ", "هیوز", "Хьюз" for Hughes):
    the shared comparison :func:`~features.deid.soundalike.heard_as_owner` over the check's own words, each piece of
    one script (a mark with its letter)."""
    if text.isascii() or not owner_name_keys(stored_name):
        return False
    for chunk in _NOT_A_WORD.split(text):
        scripts = [letter_script(c) for c in chunk]
        for i, script in enumerate(scripts):  # a mark or a hyphen belongs to the letter before it
            scripts[i] = script or (scripts[i - 1] if i else None)
        for _, group in itertools.groupby(zip(chunk, scripts, strict=True), key=lambda pair: pair[1]):
            word = "".join(c for c, _ in group).strip("-")
            if word and read_by_sound(word) and heard_as_owner(word, stored_name) is not None:
                return True
    return False


#: round 42 (r42owner): the check's own sound classes of a name part heard in Latin letters (anyascii's reading of a
#: part stored in another script, or a Latin word): one class for each row, vowels and glides unheard
_HEARD_IN_LATIN = {**dict.fromkeys("pf", "p"), **dict.fromkeys("bv", "b"), **dict.fromkeys("td", "t"),
                   **dict.fromkeys("sz", "s"), **dict.fromkeys("kgcq", "k"), "j": "j", "m": "m", "n": "n", "l": "l",
                   "r": "r"}
_ASPIRATES = re.compile("(?<=[pbtdkgcs])h|(?<=[cs])h")
#: a Latin word with its capital, and what stands before it: a part as stored or a placeholder
_CAPITALISED_LATIN = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{2,}(?![^\W\d_])")
_PLACEHOLDER_BEFORE = re.compile(r"<[A-Z_]+>$")


def _heard_in_latin(letters: str) -> str:
    """Lower-case Latin letters by :data:`_HEARD_IN_LATIN`, an aspirate's "h" and "ch"'s "j" sound one, each class said
    once ("phatema" and "Fatima" are "ptm", "aichdi" and "Jaidee" "jt")."""
    letters = _ASPIRATES.sub("", letters.replace("ch", "j"))
    return _SAID_AGAIN.sub(r"\1", "".join(_HEARD_IN_LATIN.get(c, "") for c in letters))


@functools.lru_cache(maxsize=1024)
def _stored_parts_heard(parts: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset((p, k) for p in parts if not any(c.isascii() or "LATIN" in unicodedata.name(c, "")
                                                      for c in p if c.isalpha())
                     and len(k := _heard_in_latin(anyascii(p).lower())) >= 2)


def holds_latin_form_of_stored_name(text: str, stored_parts: frozenset[str], common: frozenset[str]) -> bool:
    """Round 42 (r42owner): whether a capitalised Latin word (no common word) is heard as a name part the owner's row
    holds in another script ("Begum" for বেগম, "Jaidee" for ใจดี): the same classes (:func:`_heard_in_latin`), three
    or more, or two right after another part as stored or a placeholder ("<PERSON> Jaidee"); a word of ``common``
    is none."""
    heard = _stored_parts_heard(stored_parts)
    if not heard:
        return False
    for m in _CAPITALISED_LATIN.finditer(text):
        if m.group().lower() in STOP_WORDS or m.group().lower() in common:
            continue
        key = _heard_in_latin(m.group().lower())
        before = text[:m.start()].rstrip()
        for part, classes in heard:
            if key == classes and (len(key) >= 3 or _PLACEHOLDER_BEFORE.search(before) is not None or any(
                    before.endswith(other) for other, _ in heard if other != part)):
                return True
    return False


_UPSIDE_DOWN_SIGNS = frozenset(vocab.UPSIDE_DOWN)
_UPSIDE_DOWN_RUN = re.compile("[A-Za-z" + re.escape("".join(vocab.UPSIDE_DOWN)) + "]{3,}")


def holds_upside_down_name(text: str, name_words: Iterable[str]) -> bool:
    """Whether a word holding a letter turned upside down (:data:`vocab.UPSIDE_DOWN`) is, read from its end or as it
    stands with its letters turned back, a name word of three letters or more ("ɥʇᴉɯS" for Smith)."""
    if text.isascii() or not _UPSIDE_DOWN_SIGNS.intersection(text):
        return False
    names = {n for n in name_words if len(n) >= 3}
    for m in _UPSIDE_DOWN_RUN.finditer(text):
        word = m.group()
        if not _UPSIDE_DOWN_SIGNS.intersection(word):
            continue
        back = [vocab.UPSIDE_DOWN.get(c) or vocab.UPSIDE_DOWN_ASCII.get(c, c) for c in word]
        if "".join(back).lower() in names or "".join(reversed(back)).lower() in names:
            return True
    return False


_FIGURE_OR_WORD = re.compile(r"\d+|[^\W\d_]+")
_SIGNS_BETWEEN_FIGURES = re.compile(r"[ \t/.,\-]{1,5}")
_THREE_SINGLE_FIGURES = re.compile(r"(?<!\d)\d(?:[ \t/.,\-]{1,5}\d(?!\d)){2}")


def holds_spaced_birthday(text: str, dob: datetime.date, birth_words: frozenset[str]) -> bool:
    """Whether single figures set apart by spaces or signs, within eight words after a birth word or four before one,
    read together hold the birthday's month and day in four figures (either order), or are its month and day without
    zeros with or without the year ("bday 1 1 1 7", "born 0 4 / 0 3", "dob 3 4 5 8")."""
    if not _THREE_SINGLE_FIGURES.search(text):
        return False
    lowered = anyascii(text).lower() if not text.isascii() else text.lower()
    found = list(_FIGURE_OR_WORD.finditer(lowered))
    cues = [i for i, m in enumerate(found) if m.group() in birth_words or m.group().startswith(("cumple", "geburtstag"))]
    if not cues:
        return False
    four = {dob.strftime("%m%d"), dob.strftime("%d%m")}
    bare = {f"{a}{b}{y}" for a, b in ((dob.month, dob.day), (dob.day, dob.month))
            for y in ("", dob.strftime("%y"), str(dob.year))}
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and len(found[j].group()) == 1 and found[j].group().isdigit() and \
                len(found[j + 1].group()) == 1 and found[j + 1].group().isdigit() and \
                _SIGNS_BETWEEN_FIGURES.fullmatch(lowered, found[j].end(), found[j + 1].start()):
            j += 1
        if j - i >= 2:
            figures = "".join(m.group() for m in found[i:j + 1])
            year = found[j + 1].group() if j + 1 < len(found) and found[j + 1].group().isdigit() else ""
            if (any(f in figures for f in four) or figures in bare or figures + year in bare) and any(
                    i - 8 <= c <= j + 4 for c in cues):
                return True
        i = j + 1
    return False


#: the words that may stand between a day's words and its month ("of", "the", "de", "im"), and before a phrase
_MONTH_LINKS = frozenset(("of", "the", "in", "de", "del", "im", "des", "di", "du", "month", "el", "le", "la"))
#: the check's cheap look for a word of :data:`DAYS_FROM_MONTH_END` or :data:`MONTH_FIRST_WORDS`, with accents or not
_FROM_END_LOOK = re.compile(r"(?i:last|final|[uú]ltim|derni|letzt|pen[uú]lt|first|1st|prim|premi|erst)")
_TYING_WORDS = frozenset(("of", "in", "im", "di", "de", "del", "des", "du"))
_LEADING_ARTICLES = frozenset(("the", "el", "le", "la", "l", "del", "al", "dem", "der", "den", "du", "de", "des", "il"))
_DAY_COUNTS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}


def _told_from_end(toks: list[str], j: int) -> tuple[int, int] | None:
    """``(the first token of the ordinal phrase ending at ``j``, days before the month's last or -1 for its first)``."""
    word = toks[j]
    if word in MONTH_FIRST_WORDS:
        return j, -1
    if toks[max(0, j - 2):j + 1] == ["last", "but", "one"]:
        return j - 2, 1
    if j >= 1 and f"{toks[j - 1]}-{word}" in DAYS_FROM_MONTH_END:
        return j - 1, DAYS_FROM_MONTH_END[f"{toks[j - 1]}-{word}"]
    if word not in DAYS_FROM_MONTH_END:
        return None
    if j >= 2 and toks[j - 1] in ("to", "from") and toks[j - 2] in ORDINALS_BEFORE_LAST:
        return j - 2, DAYS_FROM_MONTH_END[word] + ORDINALS_BEFORE_LAST[toks[j - 2]]
    return j, DAYS_FROM_MONTH_END[word]


def _days_moved(toks: list[str], first: int) -> tuple[int, int]:
    """``(where a "day before" or "two days after" before token ``first`` begins, the days it moves)``, or no move."""
    i = first
    while i > 0 and first - i < 2 and toks[i - 1] in _LEADING_ARTICLES:
        i -= 1
    if i < 2 or toks[i - 1] not in DAY_SHIFT_WORDS:
        return first, 0
    way = DAY_SHIFT_WORDS[toks[i - 1]]
    if toks[i - 2] in DAY_OF_MONTH_WORDS:
        return i - 2, way
    if toks[i - 2] == "days" and i >= 3 and toks[i - 3] in _DAY_COUNTS:
        return i - 3, way * _DAY_COUNTS[toks[i - 3]]
    return first, 0


def holds_month_end_birthday(text: str, dob: datetime.date, birth_words: frozenset[str]) -> bool:
    """Whether the birthday is told from its month's end or start near a birth word ("the last day of May",
    "second-to-last day of June", "the day before the last day of February", "el penultimo dia de junio"): a month
    word, before it (over "of", "the") a day word and an ordinal from the end (or "first"), and a day either side."""
    if not _FROM_END_LOOK.search(text):
        return False
    lowered = anyascii(text).lower() if not text.isascii() else text.lower()
    toks = _FIGURE_OR_WORD.findall(lowered)
    cues = [i for i, t in enumerate(toks) if t in birth_words or t.startswith(("cumple", "geburtstag"))]
    if not cues:
        return False
    for k, tok in enumerate(toks):
        if tok.isdigit() or len(tok) < 3 or tok in _MONTH_LINKS or not (months := month_words().months_of(tok)):
            continue
        j = k - 1
        while j >= 0 and k - j <= 3 and toks[j] in _MONTH_LINKS:
            j -= 1
        if j < 0 or not _TYING_WORDS.intersection(toks[j + 1:k]):
            continue
        if toks[j] in DAY_OF_MONTH_WORDS:
            j -= 1
        told = _told_from_end(toks, j) if j >= 0 else None
        if told is None:
            continue
        first, moved = _days_moved(toks, told[0])
        if not any(first - 10 <= c <= k + 5 for c in cues):
            continue
        for month in months:
            for year in (2023, 2024):  # a common year and a leap year: February's last is the 28th or the 29th
                end = calendar.monthrange(year, month)[1]
                day = datetime.date(year, month, 1 if told[1] < 0 else max(1, end - told[1])) + datetime.timedelta(days=moved)
                if (day.month, day.day) == (dob.month, dob.day):
                    return True
    return False


def holds_born_on_name(text: str, dob: datetime.date) -> bool:
    """Whether ``text`` names someone by the day of ``dob`` with no birth word needed ("a leapling" for 29 February)."""
    names = BORN_ON_NAMES.get((dob.month, dob.day))
    return names is not None and re.search(rf"(?i:\b(?:{names})\b)", text) is not None
