"""Round 35 (r35kin, the redactor's side): a relative's name after a kin word in its case, with a possessive suffix or
a clitic, or in another script, which the thirty-fourth black-box round got past both sides.

* After a kin word of :data:`~features.deid.peoplewords.INFLECTED_KIN_WORDS` ("pojalleni", "dukrai", "syna",
  "wnuczki", "γιου", "qardaşım", "oğlum", "сыном", "дочке", "akam"), a possessive of
  :data:`~features.deid.peoplewords.INFLECTED_KIN_POSSESSIVES` or none ("γιου μου"), a capitalised word is the name
  in its case ("Mikalle", "Rūtai", "Pawła", "Νίκου", "Elçinin", "Emre'ye": the part before the apostrophe), and a
  capitalised word right after it the surname; no medication. A word in lower case after the kin word stays
  ("pojalleni lääkkeet", "syna apteka").
* The Catalan personal article before a given name ("la Montse", "el Jordi", "en Pere", "na Maria", "n'Aina"): a name
  of :data:`~features.deid.peoplewords.CATALAN_GIVEN_NAMES`, or after "la", "el" and "na" a given name of the lists
  that is no town ("la Paz", "el Salvador" stay) and no everyday word of Spanish or Catalan ("la Luz").
* An Arabic kin word with a clitic glued before it ("بأخي خالد", "لابني محمد") and a listed name after it; a Hebrew kin
  word, "שלי" or none, and a Hebrew given name ("הבן שלי יוסי", "לבתי נועה").
* Two or three kanji after a Japanese kin word's "の" and before a particle or an honorific ("息子の健太に"), no
  everyday word (:data:`~features.deid.peoplewords.JAPANESE_WORDS_AFTER_KIN_NO`: "息子の学校に" stays).
* A surname before "Eczanesi", "Apotheke", "Apotek" or after "Apotheke", "Farmacia", "Pharmacie", "Apteka"
  ("Demirtaş Eczanesi", "Apotheke Müller", "Farmacia Rossi"): a capitalised word that is no word pharmacies are named
  for (:data:`~features.deid.peoplewords.PHARMACY_NAME_WORDS`: "Merkez Eczanesi", "Farmacia Centrale" stay) and no
  word of a chain's name ("Pharmacie Lafayette").

Round 37 (r37kin): more kin words in their cases (Finnish "siskoltani", Slovak and Slovene "bratom", Czech
"babičky", Serbian and Croatian "sinu", "сестри", Bulgarian "сестра" with its clitic "ми", Swahili "mwanangu"); a
given name of the lists after a Swedish, Norwegian or Danish possessive and kin word ("min son Erik"); in the scripts
with no capitals (Devanagari, Bengali, Tamil, Gujarati, Odia, Persian after its ezafe) a given name of Faker's lists of
the kin word's locales after the kin word and a possessive ("मेरे बेटे सुरेश ने", "என் மகன் ரமேஷ்", "برادرِ من رضا"),
and a surname of their lists or a Persian surname made of a given name ("رضایی") after it; a medicine or verb after
such a kin word, and the kin word itself, are no name whoever read them as one (:func:`script_kin_name_span`).

Round 38 (r38kin): Armenian kin words (shared with the cased reading: "Իմ որդին Արամը"); after a kin word of an
Indian script (Telugu, Kannada, Malayalam and Gurmukhi added) any word of that script that is no ordinary word after
one (stop words, care words, listed verbs and medicines) is a name, listed or not ("என் மகன் கார்த்திக்", "నా కొడుకు
శ్రీనివాస్"); a Burmese kin word with its possessive glued before it and the word after ("ကျွန်တော့်သား ကိုအောင်");
a surname of those scripts after a "<PERSON>" written in the text.

Round 39 (r39kin): Khmer and Amharic kin words read open as the Indian scripts' ("ពូ សុខា", "ወንድሜ አበበ"), and in
Amharic the word before the kin word too ("አበበ ወንድሜ", "ሰላም እህቴ"); Punjabi's kin words in the Shahmukhi script with
the Arabic script's ("میرا پتر عمران"); a Burmese kin word with its possessive, a name's honorific and the name glued
("ကျွန်မသမီးမမြ"); a capitalised name in letters after a kin word of a script with no capitals ("மகன் Karthik").

The check reads the same places with its own code (:mod:`features.deid.leakinflected`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from wordfreq import word_frequency

from features.deid.everydaywords import everyday_word_of_no_name
from features.deid.peoplewords import (
    ARABIC_KIN_CLITICS,
    ARABIC_SCRIPT_KIN,
    BURMESE_KIN_WORDS,
    BURMESE_NAME_HONORIFICS,
    BURMESE_PARTICLES_AFTER_KIN,
    BURMESE_POSSESSIVES,
    BURMESE_WORDS_AFTER_KIN,
    CATALAN_GIVEN_NAMES,
    CATALAN_PERSONAL_ARTICLES,
    CHINESE_I_WITH,
    ENGLISH_RELATIONS,
    HAN_AFTER_A_COMPANION,
    HAN_GIVEN_OPENERS,
    HAN_NOT_IN_NAMES,
    HAN_SURNAMES_ONE,
    HEBREW_GIVEN_NAMES,
    HEBREW_KIN_CLITICS,
    HEBREW_KIN_WORDS,
    HEBREW_MY,
    INFLECTED_KIN_ARTICLES,
    INFLECTED_KIN_POSSESSIVES,
    INFLECTED_KIN_WORDS,
    JAPANESE_AFTER_A_KANJI_NAME,
    JAPANESE_ONE_KANJI_NAMES,
    JAPANESE_RELATIONS,
    JAPANESE_WORDS_AFTER_KIN_NO,
    MAORI_KIN_WORDS,
    MAORI_PERSONAL_ARTICLES,
    NORDIC_KIN_AFTER_A_POSSESSIVE,
    NORDIC_KIN_POSSESSIVES,
    OWNED_RELATIONS,
    PERSIAN_EZAFE_MARKS,
    PERSIAN_SURNAME_ENDINGS,
    PHARMACY_CHAIN_NAMES,
    PHARMACY_NAME_WORDS,
    PHARMACY_WORDS_AFTER_A_NAME,
    PHARMACY_WORDS_BEFORE_A_NAME,
    RELATIONS,
    SAINT_WORDS,
    SCRIPT_CUE_ARABIC_LOCALES,
    SCRIPT_CUE_CASE_ENDINGS,
    SCRIPT_CUE_CASED_LOCALES,
    SCRIPT_CUE_EVERYDAY_FREQUENCY,
    SCRIPT_CUE_EVERYDAY_WORDS,
    SCRIPT_CUE_NOT_SURNAME_ENDINGS,
    SCRIPT_CUE_OPEN_LOCALES,
    SCRIPT_CUE_POSSESSIVES,
    SCRIPT_CUE_SURE_SURNAME_ENDINGS,
    SCRIPT_CUE_SURNAME_ENDINGS,
    SCRIPT_CUE_SURNAME_PARTICLES,
    SCRIPT_CUE_SURNAME_SHORTEST,
    SCRIPT_CUE_VERBS_AFTER_A_NAME,
    SCRIPT_CUE_WORDS,
    SCRIPT_CUE_WORDS_NEEDING_A_POSSESSIVE,
    SCRIPT_KIN_NAME_BEFORE_LOCALES,
    SCRIPT_KIN_NO_NAME_STEMS,
    SCRIPT_KIN_OPEN_LOCALES,
    SCRIPT_KIN_POSSESSIVES,
    SCRIPT_KIN_WORDS_BY_LOCALES,
    STAFF_ROLES,
    arabic_script_given_names,
    as_written,
    everyday_given_names,
    faker_names,
    key,
    script_cue_given_names,
    script_cue_surnames,
    script_given_names,
    script_kin_given_names,
    script_kin_ordinary_words,
    script_kin_surnames,
    script_of,
)
from features.deid.recognizers import FIRST_NAMES, is_medication, world_towns
from features.deid.spans import Span

_SCORE = 0.85
_WORD = re.compile(r"[^\W\d_]+(?:['’‘][^\W\d_]+)*")
_SPACE = re.compile(r"[ \t]{1,2}")
_APOSTROPHES = "'’‘"
#: how often a given name after "la"/"el"/"na" may be said as a word of Spanish or Catalan ("luz", "paz": words)
_ARTICLE_NAME_MOST_FREQUENCY = 1e-4
#: how often a capitalised word beside a pharmacy's word may be said in the languages of those words and still be a
#: surname where no list holds it ("Demirtaş")
_PHARMACY_NAME_MOST_FREQUENCY = 2e-5
_PHARMACY_LANGUAGES = ("tr", "de", "it", "es", "fr", "sv", "fi", "pl")
_CHAIN_WORDS = frozenset(word for name in PHARMACY_CHAIN_NAMES for word in name)  # "Pharmacie Lafayette" a chain
_JAPANESE_NAME = re.compile("(?:" + "|".join(sorted(JAPANESE_RELATIONS, key=len, reverse=True)) + ")の"
                            r"(?P<name>[\u4e00-\u9fff]{2,3}|[" + "".join(sorted(JAPANESE_ONE_KANJI_NAMES)) + "])(?="
                            + "|".join(JAPANESE_AFTER_A_KANJI_NAME) + ")")  # round 40: one kanji too ("夫の健が")


def _stem(word: str) -> str:
    """``word`` before an apostrophe ("Emre'ye" is "Emre")."""
    for mark in _APOSTROPHES:
        word = word.split(mark, 1)[0]
    return word


def _capitalised(word: str) -> bool:
    stem = _stem(word)
    return len(stem) >= 2 and stem[0].isupper() and stem[1:].islower()


def is_an_inflected_kin_word(word: str) -> bool:
    """``word`` is a kin word of :data:`~features.deid.peoplewords.INFLECTED_KIN_WORDS` ("pojalleni"): no name."""
    return as_written(word) in INFLECTED_KIN_WORDS


def _a_name_in_its_case(word: str) -> bool:
    """A capitalised word, no medication, in its case or not ("Eliquis", "Ibuprofenas"), no kin word or possessive."""
    low, stem = as_written(word), _stem(word)
    if not _capitalised(word) or low in INFLECTED_KIN_WORDS or low in INFLECTED_KIN_POSSESSIVES:
        return False
    return not is_medication(word) and not any(is_medication(stem[:k]) for k in range(len(stem), 4, -1))


def _after_inflected_kin(text: str, words: list[re.Match[str]]) -> list[Span]:
    found: list[Span] = []
    for i, w in enumerate(words):
        if as_written(w.group()) not in INFLECTED_KIN_WORDS:
            continue
        j = i + 1
        if j < len(words) and as_written(words[j].group()) in INFLECTED_KIN_POSSESSIVES and _SPACE.fullmatch(
                text, words[i].end(), words[j].start()):
            i, j = j, j + 1
        if j + 1 < len(words) and as_written(words[j].group()) in INFLECTED_KIN_ARTICLES and _SPACE.fullmatch(
                text, words[i].end(), words[j].start()):
            i, j = j, j + 1  # round 42 (r42kin): Greek's article before the name ("ο κουνιάδος μου ο Σπύρος")
        if j >= len(words) or not _SPACE.fullmatch(text, words[i].end(), words[j].start()):
            continue
        if not _a_name_in_its_case(words[j].group()):
            continue
        end = words[j].start() + len(_stem(words[j].group()))
        if j + 1 < len(words) and _SPACE.fullmatch(text, words[j].end(), words[j + 1].start()) and \
                _a_name_in_its_case(words[j + 1].group()):
            end = words[j + 1].start() + len(_stem(words[j + 1].group()))
        found.append(("PERSON", words[j].start(), end, _SCORE))
    return found


@functools.cache
def _article_name(low: str, article: str) -> bool:
    """A given name the Catalan article may stand before: one of Catalan's, or after "la", "el", "na" a listed one
    that is no town and no everyday word. A word of "saint" is none (round 39: "la Saint-Sylvestre", a feast)."""
    if low in CATALAN_GIVEN_NAMES:
        return True
    if article == "en" or low in SAINT_WORDS or (low not in FIRST_NAMES and low not in everyday_given_names()):
        return False
    towns = world_towns()
    if low in towns or f"{article} {low}" in towns:
        return False
    return max(word_frequency(low, lang) for lang in ("es", "ca")) < _ARTICLE_NAME_MOST_FREQUENCY


def _after_a_catalan_article(text: str, words: list[re.Match[str]]) -> list[Span]:
    found: list[Span] = []
    for i, w in enumerate(words):
        word = w.group()
        if word[:2].lower() in ("n'", "l'", "n’", "l’") and _capitalised(word[2:]):  # "n'Aina", "l'Oriol"
            if _article_name(key(word[2:]), word[0].lower() + "'") and not is_medication(word[2:]):
                found.append(("PERSON", w.start() + 2, w.end(), _SCORE))
            continue
        article = word.lower()
        if article not in CATALAN_PERSONAL_ARTICLES or i + 1 >= len(words):
            continue
        name = words[i + 1]
        if _SPACE.fullmatch(text, w.end(), name.start()) and _capitalised(name.group()) and "'" not in name.group() \
                and _article_name(key(name.group()), article) and not is_medication(name.group()):
            found.append(("PERSON", name.start(), name.end(), _SCORE))
    return found


def _unglued(word: str, clitics: tuple[str, ...], kin: frozenset[str]) -> bool:
    """``word`` is a kin word of ``kin`` with one of ``clitics`` glued before it."""
    return any(word.startswith(c) and word[len(c):] in kin for c in clitics)


def _in_other_scripts(text: str) -> list[Span]:
    """The Arabic kin word with a clitic, the Hebrew kin word (module docstring), read on the text's spaces."""
    found: list[Span] = []
    tokens = list(re.finditer(r"[^\s,.;:!?،؟]+", text))
    arabic, hebrew = arabic_script_given_names(), HEBREW_GIVEN_NAMES | script_given_names()
    for i, t in enumerate(tokens[:-1]):
        word = t.group()
        j = i + 1
        if _unglued(word, ARABIC_KIN_CLITICS, ARABIC_SCRIPT_KIN):
            if tokens[j].group() in arabic and _SPACE.fullmatch(text, t.end(), tokens[j].start()):
                found.append(("PERSON", tokens[j].start(), tokens[j].end(), _SCORE))
        elif word in HEBREW_KIN_WORDS or _unglued(word, HEBREW_KIN_CLITICS, HEBREW_KIN_WORDS):
            if tokens[j].group() == HEBREW_MY and j + 1 < len(tokens):
                j += 1
            if tokens[j].group() in hebrew and tokens[j].group() not in HEBREW_KIN_WORDS | {HEBREW_MY}:
                found.append(("PERSON", tokens[j].start(), tokens[j].end(), _SCORE))
    return found


@functools.cache
def _pharmacy_surname(word: str) -> bool:
    """A capitalised word beside a pharmacy's word that names a person: no word pharmacies are named for, no word of a
    chain's name; a surname of the lists or a word said seldom in the pharmacy words' languages."""
    low = key(word)
    if not _capitalised(word) or low in PHARMACY_NAME_WORDS or low in _CHAIN_WORDS or is_medication(word):
        return False
    return low in faker_names("last") or max(
        word_frequency(as_written(word), lang) for lang in _PHARMACY_LANGUAGES) < _PHARMACY_NAME_MOST_FREQUENCY


def _pharmacy_named_after_someone(text: str, words: list[re.Match[str]]) -> list[Span]:
    found: list[Span] = []
    for i, w in enumerate(words[:-1]):
        after = words[i + 1]
        if not _SPACE.fullmatch(text, w.end(), after.start()):
            continue
        if key(_stem(after.group())) in PHARMACY_WORDS_AFTER_A_NAME and _pharmacy_surname(w.group()):
            found.append(("PERSON", w.start(), w.end(), _SCORE))
        elif key(w.group()) in PHARMACY_WORDS_BEFORE_A_NAME and _pharmacy_surname(_stem(after.group())):
            found.append(("PERSON", after.start(), after.start() + len(_stem(after.group())), _SCORE))
    return found


_WORD_AFTER = re.compile(r"[ \t]([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]$")


def an_everyday_pharmacy_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is words pharmacies are named for beside a pharmacy's word ("<Hayat> Eczanesi", "Yeni
    Eczane", "Farmacia <Centrale>"), whoever read them as a name: they stay."""
    words = _WORD.findall(text, start, end)
    if not words or any(key(w) not in PHARMACY_NAME_WORDS for w in words):
        return False
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(after and key(_stem(after.group(1))) in PHARMACY_WORDS_AFTER_A_NAME) or bool(
        before and key(before.group(1)) in PHARMACY_WORDS_BEFORE_A_NAME)


_HAN = re.compile("[\u4e00-\u9fff]")


def _chinese_companions(text: str) -> list[Span]:
    """A companion's name after "我和"/"我跟" (:data:`~features.deid.peoplewords.CHINESE_I_WITH`): a one-character
    family name, one or two characters of a given name (the first no character names lack), and a word a name is
    followed by (:data:`~features.deid.peoplewords.HAN_AFTER_A_COMPANION`): "我和李娜去了医院" ("李娜")."""
    found: list[Span] = []
    for cue in CHINESE_I_WITH:
        at = text.find(cue)
        while at >= 0:
            start = at + len(cue)
            given = text[start + 1:start + 2]
            if text[start:start + 1] and text[start] in HAN_SURNAMES_ONE and given and (
                    given not in HAN_NOT_IN_NAMES or given in HAN_GIVEN_OPENERS):  # "王小明"
                for size in (2, 3):
                    name = text[start:start + size]
                    if len(name) == size and all(_HAN.match(c) for c in name) and text.startswith(
                            HAN_AFTER_A_COMPANION, start + size):
                        found.append(("PERSON", start, start + size, _SCORE))
                        break
            at = text.find(cue, at + 1)
    return found


def _a_nordic_name(word: str) -> bool:
    low = key(word)
    return _capitalised(word) and (low in FIRST_NAMES or low in faker_names("first")) and not is_medication(word)


def _after_nordic_kin(text: str, words: list[re.Match[str]]) -> list[Span]:
    """"min son Erik", "mitt barnbarn Elsa": a possessive, a kin word, a listed given name and a listed surname."""
    found: list[Span] = []
    for i in range(len(words) - 2):
        if key(words[i].group()) not in NORDIC_KIN_POSSESSIVES or as_written(words[i + 1].group()) not in \
                NORDIC_KIN_AFTER_A_POSSESSIVE or not all(_SPACE.fullmatch(text, words[k].end(), words[k + 1].start()) for k in
                                            (i, i + 1)) or not _a_nordic_name(words[i + 2].group()):
            continue
        end = words[i + 2].end()
        if i + 3 < len(words) and _SPACE.fullmatch(text, end, words[i + 3].start()) and _capitalised(
                words[i + 3].group()) and key(words[i + 3].group()) in faker_names("last"):
            end = words[i + 3].end()
        found.append(("PERSON", words[i + 2].start(), end, _SCORE))
    return found


_SCRIPT_TOKEN = re.compile(r"[^\s,.;:!?،؟।|()\[\]<>\"။၊።፣፤។៕]+")
#: the marks of a subject after a name in Hindi and Urdu ("बेटे पैरासिटामोल ने" would be odd: before one, a word is a name)
_SUBJECT_MARKS = frozenset(("ने", "نے"))


def _without_ezafe(word: str) -> str:
    for mark in PERSIAN_EZAFE_MARKS:
        if word.endswith(mark) and len(word) > len(mark) + 1:
            return word[:-len(mark)]
    return word


def _script_kin_locales(word: str) -> tuple[str, ...] | None:
    """The Faker locales whose given names may follow ``word`` as a kin word of a script with no capitals (Persian's
    plain kin word only with its ezafe: "برادرِ"), or ``None``."""
    if word.strip("\u200c") in ARABIC_SCRIPT_KIN:
        return ("fa_IR",)
    bare = _without_ezafe(word)
    for locales, kin in SCRIPT_KIN_WORDS_BY_LOCALES.items():
        if bare in kin and (locales != ("fa_IR",) or bare != word):
            return locales
    return None


@functools.cache
def _all_script_names() -> frozenset[str]:
    return frozenset().union(*(script_kin_given_names(locales) for locales in SCRIPT_KIN_WORDS_BY_LOCALES),
                             script_given_names(), arabic_script_given_names())


def _a_script_surname(word: str, locales: tuple[str, ...]) -> bool:
    """A surname of the lists, or (Persian, Urdu) a given name with a surname's ending ("رضایی", "احمدی")."""
    if word in script_kin_surnames():
        return True
    names = script_kin_given_names(("fa_IR",))
    return locales == ("fa_IR",) and any(word.endswith(e) and word[:-len(e)] in names for e in PERSIAN_SURNAME_ENDINGS)


def _an_open_name(word: str, kin: str, locales: tuple[str, ...]) -> bool:
    """Round 38: after a kin word of an Indian script, a word of the same script is a name unless an ordinary word
    (:func:`~features.deid.peoplewords.script_kin_ordinary_words`) or a medicine in its case ("மருந்தை")."""
    return locales in SCRIPT_KIN_OPEN_LOCALES and len(word) >= 2 and script_of(word) == script_of(kin) and (
        word not in script_kin_ordinary_words()) and not word.startswith(SCRIPT_KIN_NO_NAME_STEMS) and (
        not is_medication(word))


def _a_name_of_a_cased_script(word: str) -> bool:
    """Round 39 (r39kin): a capitalised word of a script with capitals (Latin, Cyrillic, Greek) after a kin word of a
    script with none: a name as the writer spells it in letters ("மகன் Karthik", "ወንድሜ Abebe"), no medicine and no
    staff role ("Doctor")."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and not is_medication(word) and (
        key(word) not in STAFF_ROLES)


def _after_script_kin(text: str) -> list[Span]:
    """A kin word of a script with no capitals, a possessive or none, a given name of its locales' lists, and a
    surname after it (module docstring)."""
    found: list[Span] = []
    tokens = list(_SCRIPT_TOKEN.finditer(text))
    for i, t in enumerate(tokens):
        locales = _script_kin_locales(t.group())
        if locales is None:
            continue
        if locales in SCRIPT_KIN_NAME_BEFORE_LOCALES and i and _SPACE.fullmatch(text, tokens[i - 1].end(), t.start()) \
                and _an_open_name(tokens[i - 1].group(), t.group(), locales):
            found.append(("PERSON", *tokens[i - 1].span(), _SCORE))  # round 39: "አበበ ወንድሜ" (Abebe my brother)
        j = i + 1
        while j < len(tokens) and tokens[j].group() in SCRIPT_KIN_POSSESSIVES and j <= i + 1:
            j += 1
        if j >= len(tokens) or (tokens[j].group() not in script_kin_given_names(locales) and not _an_open_name(
                tokens[j].group(), t.group(), locales) and not _a_name_of_a_cased_script(tokens[j].group())):
            continue
        end = tokens[j].end()
        if j + 1 < len(tokens) and _SPACE.fullmatch(text, end, tokens[j + 1].start()) and _a_script_surname(
                tokens[j + 1].group(), locales):
            end = tokens[j + 1].end()
        found.append(("PERSON", tokens[j].start(), end, _SCORE))
    return found


@functools.cache
def _cue_locales() -> dict[str, str]:
    """Round 42 (r42scripts): each cue of :data:`~features.deid.peoplewords.SCRIPT_CUE_WORDS` (lower case) and its
    locale."""
    return {cue.lower(): locale for locale, cues in SCRIPT_CUE_WORDS.items() for cue in cues}


def _forms(word: str, locale: str) -> tuple[str, ...]:
    """Round 42: ``word`` in lower case, and less each case ending of its locale ("გიორგიმ", "սարգսյանը")."""
    low = word.lower()
    return (low, *(low[:-len(e)] for e in SCRIPT_CUE_CASE_ENDINGS.get(locale, ()) if low.endswith(e)
                   and len(low) > len(e) + 1))


def _a_cue_surname(word: str, locale: str, sure: bool) -> bool:
    """Round 42: a surname of ``locale``'s lists or of its endings (only the sure ones where ``sure``), in a case or
    none; a Persian given name with a surname's ending; a Hebrew one with "-י" ("אברהמי")."""
    endings = (SCRIPT_CUE_SURE_SURNAME_ENDINGS if sure else SCRIPT_CUE_SURNAME_ENDINGS).get(locale, ())
    if word in SCRIPT_CUE_VERBS_AFTER_A_NAME:
        return False
    if locale in SCRIPT_CUE_CASED_LOCALES:
        return not sure and _capitalised_in_the_locales_script(word, locale)
    for form in _forms(word, locale):
        if form.endswith(SCRIPT_CUE_NOT_SURNAME_ENDINGS):
            return False
        if (not sure and form in script_cue_surnames(locale)) or (
                len(form) >= SCRIPT_CUE_SURNAME_SHORTEST and form.endswith(endings)):
            return True
    if sure:
        return False
    if locale in SCRIPT_CUE_ARABIC_LOCALES and word in script_cue_given_names(locale):
        return True  # round 43: a father's given name after the given name ("فارح ورسمي", "محمود احمد")
    if locale == "he_IL":
        return word.endswith("י") and word[:-1] in {n.translate(_HEBREW_PLAIN) for n in script_cue_given_names(locale)}
    return locale == "fa_IR" and _a_script_surname(word, ("fa_IR",))


_HEBREW_PLAIN = str.maketrans("ךםןףץ", "כמנפצ")


def _a_cue_given_name(word: str, cue: str, locale: str) -> bool:
    """Round 42: a given name of ``locale``'s lists, in a case or none, or in a script read open a word of it that is
    no ordinary word after a kin word."""
    return any(form in script_cue_given_names(locale) for form in _forms(word, locale)) or (
        locale in SCRIPT_CUE_OPEN_LOCALES and _an_open_name(word, cue, (locale,))) or (
        locale in SCRIPT_CUE_CASED_LOCALES and _capitalised_in_the_locales_script(word, locale))


def _capitalised_in_the_locales_script(word: str, locale: str) -> bool:
    """Round 43 (r43people): a capitalised word of the script of ``locale`` (one of
    :data:`~features.deid.peoplewords.SCRIPT_CUE_CASED_LOCALES`), hyphened parts allowed ("Бат-Эрдэнэ"): after a
    Mongolian cue a name, as the script's capitals tell ("эмч Ганбаатар"; "эмч хэлсэн", the doctor said, stays)."""
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and word[0].isupper() and word[1:2].islower() and (
        script_of(word) == SCRIPT_CUE_CASED_LOCALES[locale]) and not is_medication(word.lower())


def _past_a_surname_particle(text: str, tokens: list[re.Match[str]], at: int, locale: str, end: int) -> int:
    """Round 44 (r44rare): where ``tokens[at]`` is a particle of
    :data:`~features.deid.peoplewords.SCRIPT_CUE_SURNAME_PARTICLES` of ``locale`` and a capitalised word follows it
    ("Jógvan <við Á>"), the end of that word (the particle's surname goes with the given name); else ``end``."""
    particles = SCRIPT_CUE_SURNAME_PARTICLES.get(locale, frozenset())
    if at + 1 < len(tokens) and tokens[at].group().lower() in particles and tokens[at + 1].group()[:1].isupper() and (
            _SPACE.fullmatch(text, tokens[at].end(), tokens[at + 1].start())):
        return tokens[at + 1].end()
    return end


def _after_a_script_cue(text: str) -> list[Span]:
    """Round 42 (r42scripts): a cue of :data:`~features.deid.peoplewords.SCRIPT_CUE_WORDS` (one word or two), a
    possessive or none, a given name and the surname after it ("ჩემი მეზობელი <გიორგი ბერიძე>", "השכנה שלי <רחל
    לוי>", "իմ ընկերը <արամ պետրոսյան>"); a word no list holds before a surname of a sure ending ("<ზურა
    მაისურაძე>")."""
    found: list[Span] = []
    tokens = list(_SCRIPT_TOKEN.finditer(text))
    cues = _cue_locales()
    for i, t in enumerate(tokens):
        word = t.group().lower()
        pair = f"{word} {tokens[i + 1].group()}" if i + 1 < len(tokens) else ""
        if pair in cues:
            locale, j = cues[pair], i + 2
        elif word in cues:
            locale, j = cues[word], i + 1
        else:
            continue
        mine = j < len(tokens) and tokens[j].group().lower() in SCRIPT_CUE_POSSESSIVES
        if word in SCRIPT_CUE_WORDS_NEEDING_A_POSSESSIVE and not mine:
            continue
        j += mine
        if j >= len(tokens) or tokens[j].group().lower() in cues or not _SPACE.fullmatch(
                text, tokens[j - 1].end(), tokens[j].start()):
            continue
        given = tokens[j]
        after = tokens[j + 1] if j + 1 < len(tokens) and _SPACE.fullmatch(
            text, given.end(), tokens[j + 1].start()) else None
        if _a_cue_given_name(given.group(), t.group(), locale):
            end = _past_cue_surnames(text, tokens, j, locale)
            if end == given.end():  # no surname of the lists: a particle's surname ("Jógvan <við Á>", round 44)
                end = _past_a_surname_particle(text, tokens, j + 1, locale, end)
        elif after is not None and len(given.group()) >= 2 and given.group().isalpha() and _a_cue_surname(
                after.group(), locale, True):
            end = after.end()
        else:
            continue
        found.append(("PERSON", given.start(), end, _SCORE))
    return found


#: Round 43 (r43people): the most surnames read after a given name that follows a cue ("زما ډاکټر <احمد شاه کریمي>")
_MOST_CUE_SURNAMES = 2


def _past_cue_surnames(text: str, tokens: list[re.Match[str]], j: int, locale: str) -> int:
    """Round 43 (r43people): where the name that opens at token ``j`` (a given name after a cue) ends: past up to
    :data:`_MOST_CUE_SURNAMES` surnames of ``locale`` right after it, each one space on ("<احمد شاه کریمي>": the
    42nd round left "کریمي" once "شاه" ended the name)."""
    n = j
    while n - j < _MOST_CUE_SURNAMES and n + 1 < len(tokens) and _SPACE.fullmatch(
            text, tokens[n].end(), tokens[n + 1].start()) and _a_cue_surname(tokens[n + 1].group(), locale, False):
        n += 1
    return tokens[n].end()


def _a_kin_word_proper(word: str) -> bool:
    return as_written(word) in INFLECTED_KIN_WORDS or as_written(word) in NORDIC_KIN_AFTER_A_POSSESSIVE or (
        _script_kin_locales(word) is not None) or _without_ezafe(word) in SCRIPT_KIN_WORDS_BY_LOCALES[("fa_IR",)] or (
        word in HEBREW_KIN_WORDS) or (  # round 41: "<חמי יוסף>" (my father-in-law Yosef): the kin word stays
        not word.isascii() and word.lower() in _cue_locales())  # round 42: "<ჩემი მეზობელი>", "<השכנה> שלי"


def _a_kin_word_anywhere(word: str) -> bool:
    low = as_written(word)
    return low in INFLECTED_KIN_WORDS or low in INFLECTED_KIN_POSSESSIVES or word in SCRIPT_KIN_POSSESSIVES or (
        _script_kin_locales(word) is not None) or _without_ezafe(word) in SCRIPT_KIN_WORDS_BY_LOCALES[("fa_IR",)] or (
        word in HEBREW_KIN_WORDS) or (not word.isascii() and (
            word.lower() in _cue_locales() or word.lower() in SCRIPT_CUE_POSSESSIVES))


def _everyday_after_a_cue(text: str, start: int, first: str, cue: str) -> bool:
    """Round 42 (r42scripts): whether ``first``, the first word of a find right after the cue ``cue``, is an everyday
    word there, no name: no given name of the cue's locale, no sure surname after it, and a word of
    :data:`~features.deid.peoplewords.SCRIPT_CUE_EVERYDAY_WORDS` or said often in Persian or Hebrew ("ჩემი მეზობელი
    დღეს <მოვიდა>", "همسایه‌ام <امروز> آمد")."""
    locale = _cue_locales()[cue.lower()]
    if _a_cue_given_name(first, cue, locale):
        return False
    after = _SCRIPT_TOKEN.search(text, start + len(first))
    if after is not None and _a_cue_surname(after.group(), locale, True):
        return False
    language = {"fa_IR": "fa", "he_IL": "he"}.get(locale)
    return first in SCRIPT_CUE_EVERYDAY_WORDS or (
        language is not None and word_frequency(first, language) >= SCRIPT_CUE_EVERYDAY_FREQUENCY)


def script_kin_name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Round 37: a span whoever read as a name, past the kin words and possessives it opens with ("<Poikani Matti>",
    "<আমার ছেলে রাহুল>"), or ``None`` where nothing is left or, in a script with no capitals, it stands right after a
    kin word and its first word is no given name of the lists (a medicine or a verb: "ابني باراسيتامول", "پسرم
    استامینوفن خورد", "बेटे को पैरासिटामोल दी")."""
    tokens = list(_SCRIPT_TOKEN.finditer(text, start, end))  # (the span's own words: linear in the text)
    n = 0
    if tokens and as_written(tokens[0].group()) in NORDIC_KIN_AFTER_A_POSSESSIVE and (
            mine := _WORD_BEFORE.search(text, max(0, start - 40), start)) and key(mine.group(1)) in \
            NORDIC_KIN_POSSESSIVES:
        n = 1  # "min <sønn Erik>"
    while n < len(tokens) and _a_kin_word_anywhere(tokens[n].group()) and key(tokens[n].group()) not in FIRST_NAMES:
        n += 1  # ("Mamie", Polish "to mum", is a given name too: no kin word here)
    if not any(_a_kin_word_proper(t.group()) for t in tokens[:n]):
        n = 0  # possessives alone ("Mano", Lithuanian "my", a given name too) are no kin word to drop
    if (tokens and n == len(tokens)) or (tokens and not tokens[0].group().isascii() and all(
            t.group() in SCRIPT_KIN_POSSESSIVES for t in tokens)):  # round 38: "<મારી> દીકરી"
        return None
    if tokens and "\u1000" <= tokens[0].group()[0] <= "\u109f":
        return _burmese_name_span(text, tokens, start, end)
    if n:
        start = tokens[n].start()
    first = tokens[n].group() if tokens else ""
    if not first or first.isascii():
        return start, end
    before = [t for t in _SCRIPT_TOKEN.finditer(text, max(0, start - 60), start)]
    while before and before[-1].group() in SCRIPT_KIN_POSSESSIVES | INFLECTED_KIN_POSSESSIVES | _SUBJECT_MARKS | {
            "को", "کو"}:
        before.pop()
    cue = before[-2] if len(before) > 1 and before[-1].group().lower() in SCRIPT_CUE_POSSESSIVES else (
        before[-1] if before else None)  # round 42: "השכנה שלי <הביאה>"
    if all(t.group() in SCRIPT_CUE_EVERYDAY_WORDS for t in tokens[n:]) or (
            cue is not None and cue.group().lower() in _cue_locales() and _everyday_after_a_cue(
                text, start, first, cue.group())):
        return None  # round 42: "ჩემი მეზობელი დღეს <მოვიდა>", "همسایه‌ام <امروز> آمد"
    if first[0].lower() != first[0].upper():  # a cased script: a medicine right after a kin word ("сыну Ибупрофен")
        kin = bool(before) and as_written(before[-1].group()) in INFLECTED_KIN_WORDS
        return None if kin and end <= start + len(first) and is_medication(first) else (start, end)
    if not before or (locales := _script_kin_locales(before[-1].group())) is None:
        return start, end
    if first in _all_script_names() or _an_open_name(first, before[-1].group(), locales):
        return start, _name_end(tokens[n:], end)  # round 38: not the medicine or verb after the name
    after = _SCRIPT_TOKEN.search(text, start + len(first))
    if after and after.group() in _SUBJECT_MARKS:
        return start, end  # "بیٹی شازیہ نے": before a subject's mark, any word is a name
    return None


#: Round 39: the scripts of India, which have no capitals to tell a name by (:func:`script_words_of_no_name`)
_INDIC_SCRIPTS = frozenset(("DEVANAGARI", "BENGALI", "TAMIL", "GUJARATI", "ORIYA", "TELUGU", "KANNADA", "MALAYALAM",
                            "GURMUKHI"))


def script_words_of_no_name(text: str, start: int, end: int) -> bool:
    """Round 39: whether a find whoever read as a person or place in a script of India is only ordinary words, none a
    listed given name: a feast or a medicine in its case (:data:`~features.deid.peoplewords.SCRIPT_KIN_NO_NAME_STEMS`)
    or a word of :func:`~features.deid.peoplewords.script_kin_ordinary_words` ("<होली पर दवा भूल> गई", "పండుగ <రోజు
    మందు>", "<দুর্গাপূজার সময়>"). The NER reads these scripts transliterated and takes a run of words for a name
    after a feast or after any word; a name among them keeps the find ("होली पर राहुल आया")."""
    words = [t.group() for t in _SCRIPT_TOKEN.finditer(text, start, end)]
    return bool(words) and all(
        script_of(w) in _INDIC_SCRIPTS and w not in _all_script_names() and (
            w in script_kin_ordinary_words() or w.startswith(SCRIPT_KIN_NO_NAME_STEMS)) for w in words)


def _name_end(tokens: list[re.Match[str]], end: int) -> int:
    """Round 38: the end of the name that opens ``tokens`` (a span after a kin word of a script with no capitals):
    before the first ordinary word, medicine or subject's mark after it ("<ಪ್ರಕಾಶ್> ಔಷಧಿ ತಂದನು")."""
    for before, token in itertools.pairwise(tokens):
        word = token.group()
        if word in script_kin_ordinary_words() or word in _SUBJECT_MARKS or word.startswith(SCRIPT_KIN_NO_NAME_STEMS):
            return before.end()
    return end


_BURMESE_KIN = re.compile("(?:" + "|".join(sorted(map(re.escape, BURMESE_POSSESSIVES), key=len, reverse=True)) + ")?(?:"
                          + "|".join(sorted(BURMESE_KIN_WORDS, key=len, reverse=True)) + r")[ \t]{1,2}([\u1000-\u109f]+)")


def _a_burmese_name(word: str) -> bool:
    """Round 38: the word after a Burmese kin word: a name unless a particle, or (past an honorific opening it: "မ"
    before a verb is "not") a word of :data:`~features.deid.peoplewords.BURMESE_WORDS_AFTER_KIN` opens it."""
    if word in BURMESE_PARTICLES_AFTER_KIN:
        return False
    for honorific in BURMESE_NAME_HONORIFICS:
        rest = word[len(honorific):]
        if word.startswith(honorific) and rest and not unicodedata.category(rest[0]).startswith("M"):
            return not rest.startswith(BURMESE_WORDS_AFTER_KIN)
    return not word.startswith(BURMESE_WORDS_AFTER_KIN)


_BURMESE_WORD_BEFORE = re.compile("([\u1000-\u109f]+)[ \t]{1,2}$")
_BURMESE_KIN_WORD = re.compile("(?:" + "|".join(sorted(map(re.escape, BURMESE_POSSESSIVES), key=len, reverse=True))
                               + ")?(?:" + "|".join(sorted(BURMESE_KIN_WORDS, key=len, reverse=True)) + ")")


def _burmese_name_span(text: str, tokens: list[re.Match[str]], start: int, end: int) -> tuple[int, int] | None:
    """Round 38: a span of Burmese whoever read as a name: past the kin word it opens with, or after one before it,
    the one word of :func:`_a_burmese_name` ("<ကျွန်တော့်သား ကိုအောင်>"), or ``None`` ("<ကျွန်တော့်သား ဆေးသောက်တယ်>")."""
    if _BURMESE_KIN_WORD.fullmatch(tokens[0].group()):
        tokens = tokens[1:]
    elif not ((kin := _BURMESE_WORD_BEFORE.search(text, max(0, start - 40), start)) and _BURMESE_KIN_WORD.fullmatch(
            kin.group(1))):
        return start, end
    if not tokens or not _a_burmese_name(tokens[0].group()):
        return None
    return tokens[0].start(), tokens[0].end()


#: round 39 (r39kin): a Burmese kin word glued after its possessive and before a name's honorific and the name, no space
#: anywhere ("ကျွန်တော့်သားကိုအောင်", "ကျွန်မသမီးမမြ")
_BURMESE_GLUED_KIN = re.compile("(?<![\u1000-\u109f])(?:" + "|".join(sorted(map(re.escape, BURMESE_POSSESSIVES), key=len,
                                                                             reverse=True)) + ")(?:"
                                + "|".join(sorted(BURMESE_KIN_WORDS, key=len, reverse=True)) + ")(?P<name>(?:"
                                + "|".join(BURMESE_NAME_HONORIFICS) + ")[\u1000-\u109f]+)")


def _glued_burmese_name(name: str) -> bool:
    """Round 39: the honorific and name glued after a possessive and kin word: something after the honorific that is no
    combining mark (so "ကို", the object's mark, with nothing after, is none) and no word of
    :data:`~features.deid.peoplewords.BURMESE_WORDS_AFTER_KIN` ("သားကိုဆေးတိုက်", gave the son medicine)."""
    honorific = next(h for h in BURMESE_NAME_HONORIFICS if name.startswith(h))
    rest = name[len(honorific):]
    return bool(rest) and not unicodedata.category(rest[0]).startswith("M") and not rest.startswith(
        BURMESE_WORDS_AFTER_KIN)


def _after_burmese_kin(text: str) -> list[Span]:
    """Round 38: "ကျွန်တော့်သား ကိုအောင်" (my son Ko Aung): a Burmese kin word, its possessive glued before it or none,
    a space, and a word of the script that :func:`_a_burmese_name` reads as a name (the script has no capitals)."""
    found: list[Span] = []
    for m in _BURMESE_KIN.finditer(text):
        if (m.start() == 0 or not "\u1000" <= text[m.start() - 1] <= "\u109f") and _a_burmese_name(m.group(1)):
            found.append(("PERSON", m.start(1), m.end(1), _SCORE))
    found += [("PERSON", *m.span("name"), _SCORE) for m in _BURMESE_GLUED_KIN.finditer(text)
              if _glued_burmese_name(m.group("name"))]  # round 39: "ကျွန်မသမီးမမြ"
    return found


_AFTER_A_NAME = re.compile(r"[ \t]{1,2}([^\s,.;:!?،؟।|()\[\]<>\"]+)")
_AFTER_A_PLACEHOLDER = re.compile(r"<PERSON>" + _AFTER_A_NAME.pattern)


def _surname_after_a_placeholder(text: str) -> list[Span]:
    """Round 38: "<PERSON> رضایی" written in the text itself (a message pasted from a published one): a surname of
    the scripts with no capitals after it, or a Persian given name with a surname's ending, goes (round 42: or one of
    :data:`~features.deid.peoplewords.SCRIPT_CUE_WORDS`' locales' lists or sure endings: "<PERSON> ბერიძე")."""
    return [("PERSON", m.start(1), m.end(1), _SCORE) for m in _AFTER_A_PLACEHOLDER.finditer(text)
            if _a_script_surname_after_a_name(m.group(1))]


def _a_script_surname_after_a_name(word: str) -> bool:
    """Round 43 (r43people), drawn from :func:`_surname_after_a_placeholder`: a word of a script other than Latin
    that is a surname right after a name (a Persian surname, or one of the cues' locales' lists or sure endings)."""
    return not word.isascii() and (_a_script_surname(word, ("fa_IR",)) or any(
        _a_cue_surname(word, locale, True) or (word.lower() in script_cue_surnames(locale) and (
            word not in SCRIPT_CUE_VERBS_AFTER_A_NAME)) for locale in SCRIPT_CUE_WORDS))


#: Round 43 (r43people): the words a name right after which is a third party's, so that a capitalised word after
#: that name is the surname (a relation, a role)
_CUES_BEFORE_A_NAME = RELATIONS | ENGLISH_RELATIONS | OWNED_RELATIONS | STAFF_ROLES | MAORI_KIN_WORDS
#: Round 43: the word right before a span, one or two blanks before it
_WORD_BEFORE_A_SPAN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]{1,2}$")
#: Round 43: how far before a span its cue word is looked for, in characters
_MOST_CUE_LETTERS = 40
#: Round 43: a word of letters, two parts hyphened at most ("Beck", "Ngata", "Smith-Jones")
_LETTERS_AND_A_HYPHEN = re.compile(r"[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)?")


def surname_after_a_cued_name(text: str, start: int, end: int) -> int:
    """Round 43 (r43people): where a person's span at ``text[start:end]`` ends once the surname left right after it
    is taken: a surname of a script with no capitals (:func:`_a_script_surname_after_a_name`: "مادرشوهرم <فریبا>
    احمدی"), or, after a relation's or role's word (:data:`_CUES_BEFORE_A_NAME`), a capitalised word that is no
    everyday word, medicine or cue ("meine Mutter <Jane> Beck": the 42nd round published "<PERSON> Beck" where the NER
    took the given name alone); ``end`` where there is none."""
    after = _AFTER_A_NAME.match(text, end)
    if after is None:
        return end
    word = after.group(1)
    if _a_script_surname_after_a_name(word):
        return after.end(1)
    if _a_cue_before(text, start) is None or not _a_capitalised_name_part(word) or (
            key(word) in _CUES_BEFORE_A_NAME or everyday_word_of_no_name(word.lower())):
        return end
    return after.end(1)


def given_name_before_a_cued_name(text: str, start: int) -> int:
    """Round 43 (r43people): where a person's span that opens at ``start`` opens once the given name left right before
    it is taken: a capitalised word, no medicine or cue, between a relation's or role's word and the span, or any
    capitalised word after a Maori kin word and its personal article ("taku whaea a Mere <Parata>": the 42nd round
    published "Mere", which is also "mère" to the cue lists, once the NER took the surname alone); ``start`` where
    there is none."""
    before = _WORD_BEFORE_A_SPAN.search(text, max(0, start - _MOST_CUE_LETTERS), start)
    if before is None:
        return start
    cue = _a_cue_before(text, before.start())
    word = before.group(1)
    if cue is None or not _a_capitalised_name_part(word) or (not cue and key(word) in _CUES_BEFORE_A_NAME):
        return start
    return before.start()


def _a_capitalised_name_part(word: str) -> bool:
    """Round 43: a capitalised word of letters (two parts hyphened at most) that is no medicine."""
    return len(word) >= 2 and _LETTERS_AND_A_HYPHEN.fullmatch(word) is not None and word[0].isupper() and (
        word[1:].replace("-", "").islower()) and not is_medication(word.lower())


def _a_cue_before(text: str, start: int) -> bool | None:
    """Round 43: whether a word of :data:`_CUES_BEFORE_A_NAME` stands right before ``start``: None where none does,
    True where it is a Maori kin word and its personal article ("whaea a", before which any capitalised word is a
    name), False where it is another cue."""
    before = _WORD_BEFORE_A_SPAN.search(text, max(0, start - _MOST_CUE_LETTERS), start)
    if before is not None and key(before.group(1)) in MAORI_PERSONAL_ARTICLES:
        kin = _WORD_BEFORE_A_SPAN.search(text, max(0, before.start() - _MOST_CUE_LETTERS), before.start())
        return True if kin is not None and key(kin.group(1)) in MAORI_KIN_WORDS else None
    return False if before is not None and key(before.group(1)) in _CUES_BEFORE_A_NAME else None


def inflected_kin_spans(text: str) -> list[Span]:
    """``("PERSON", start, end, score)`` of the names of the module docstring in ``text``."""
    words = list(_WORD.finditer(text))
    found = _after_inflected_kin(text, words) + _after_a_catalan_article(text, words)
    found += _pharmacy_named_after_someone(text, words) + _after_nordic_kin(text, words)
    if not text.isascii():
        found += _after_script_kin(text) + _after_a_script_cue(text)
        if "<PERSON>" in text:
            found += _surname_after_a_placeholder(text)
        if max(text) >= "\u1000" and (_BURMESE_KIN.search(text) or _BURMESE_GLUED_KIN.search(text)):
            found += _after_burmese_kin(text)
        found += _in_other_scripts(text) + _chinese_companions(text)
        found += [("PERSON", m.start("name"), m.end("name"), _SCORE) for m in _JAPANESE_NAME.finditer(text)
                  if m.group("name") not in JAPANESE_WORDS_AFTER_KIN_NO]
    return found
