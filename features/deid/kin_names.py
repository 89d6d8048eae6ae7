"""Round 25 (the redactor's side): third parties' names that are everyday words, or that stand after a kin word of
Vietnamese, which a black-box tester got past both sides.

* After a title of address (:data:`~features.deid.peoplewords.ADDRESS_TITLES`: "doña", "seu", "tía", "grandma",
  "aunt"), a word in lower case is a name where it is a given name, even an everyday one ("doña remedios", "seu zé",
  "seu chico", "dona rosa"): but no function word ("dona de casa"), and after a title that is a word itself ("seu"
  your, "dona" owner, "don") no word said as often as "dia" or "amor" ("seu dia"). After an English title a given
  name that is an English word ("grandma sue", "grandpa bill", "aunt may") is a name only where a verb, a clause's
  punctuation or the end follows ("aunt may is visiting"; "grandma will pick it up" stays).
* After a kin word (:data:`~features.deid.peoplewords.KIN_BEFORE_A_NAMED_VERB`: "hija", "filho", "son"), a given name
  that is an everyday word is a name where a verb follows it (:data:`~features.deid.peoplewords.VERB_AFTER_A_NAME`):
  "mi hija dolores viene", "my son bill called"; "mi hija tiene dolores" stays. After either, a given name that is
  one of those verbs is the verb unless another follows ("mi abuela toma Kardegic" stays).
* After a Vietnamese kin word (:data:`~features.deid.peoplewords.VIETNAMESE_KIN`), a possessive, "tên" (named) or
  "là" (is) between or not, a capitalised name of up to three words ("con gái tôi là Lan", "anh trai Tuấn", "chị
  Mai"), with or without marks; after a kin word that is a word of English or Spanish too ("me", "con", "em") only a
  given name a list holds; in lower case only after "tên" ("bà ngoại tên hoa").

Round 26: a capitalised word, everyday or not, after a Greek or Tagalog kin title ("yiayia Eleni", "Tita Baby", "Kuya
Jun"; "Ate" only capitalised) or a romanised kunya's head ("abu Samir"), an Arabic word after "أبو"/"أم" ("أبو سمير";
after "أم", also "or", none with "ال"); two given names in lower case joined by "y", "e", "and", "und", "et", said
seldom as words of English or the joiner's language, beside a preposition of company or a person's verb ("lupe y chayo
me ayudan", "hablé con mari y pepe"); a listed Vietnamese name in lower case after a kin word written with its marks,
before a verb ("cô lan đưa thuốc").

The check reads the same places with its own code (:mod:`features.deid.leakkin`).

Round 38 (r38kin): a name glued to the Nguni personal prefix or copula with no kin word before it ("nguThandiwe
Zulu", "noZodwa"), and its capitalised surname. Round 39 (r39kin): the prefix capitalised too ("UThemba Ndlovu"); a
title, a family name's particles and its rest ("Mme de la Tour"); a given name that is an English word after a kin
word of another language ("Mon fils Grace").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from wordfreq import word_frequency

from features.deid.everydaywords import function_words
from features.deid.peoplewords import (
    ADDRESS_TITLES,
    ARABIC_SCRIPT_KIN,
    ARTICLE_PARTICLES,
    ENGLISH_KIN_TITLES,
    ENGLISH_RELATIONS,
    ENGLISH_WORD_NAMES,
    JOINER_LANGUAGES,
    KIN_BEFORE_A_NAMED_VERB,
    KIN_POSSESSIVES_BEFORE_A_NAME,
    KIN_TITLES_BEFORE_A_CAPITAL,
    KIN_TITLES_ONLY_CAPITALISED,
    KUNYA_HEADS,
    KUNYA_HEADS_ALSO_WORDS,
    NAME_JOINERS,
    NGUNI_KIN_WORDS,
    NGUNI_NAME_PREFIXES,
    NGUNI_POSSESSIVES,
    NGUNI_SURNAME_MOST_ENGLISH_FREQUENCY,
    PAIR_NAME_MOST_FREQUENCY,
    PAIR_PREPOSITIONS,
    PAIR_VERBS,
    RELATIONS,
    ROMANISED_KUNYA_HEADS,
    SHORT_GIVEN_NAMES,
    SURNAME_PARTICLES,
    TITLES_BEFORE_A_PARTICLE,
    URDU_MARKS_AFTER_A_NAME,
    VERB_AFTER_A_NAME,
    VERB_OBJECT_LEADS,
    VERBS_THAT_ARE_NAMES,
    VIETNAMESE_BEFORE_NAME,
    VIETNAMESE_BEFORE_NAME_WORDS,
    VIETNAMESE_KIN,
    VIETNAMESE_KIN_ALSO_WORDS,
    VIETNAMESE_KIN_WITH_MARKS,
    VIETNAMESE_NAME_WORDS,
    VIETNAMESE_VERBS_AFTER_A_NAME,
    VIETNAMESE_VERBS_WITH_MARKS,
    WEAK_ADDRESS_TITLES,
    WEAK_TITLE_NAME_FREQUENCY,
    WELSH_HYPHENED_KIN,
    WORDLIKE_GIVEN_NAMES,
    an_arabic_script_kin_word,
    arabic_script_given_names,
    as_written,
    everyday_given_names,
    faker_names,
    key,
    vietnamese_names,
)
from features.deid.recognizers import FIRST_NAMES, LAST_NAMES, english_given_names, is_medication
from features.deid.spans import Span

_SCORE = 0.85
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: what may stand between a title and the name, or between two words of a phrase: a space or two, a title's dot
_GAP = re.compile(r"\.?[ \t]{1,2}")
#: round 37: the word or figure after a verb, one or two spaces before it
_WORD_OR_FIGURE = re.compile(r"[ \t]{1,2}(\d+|[^\W\d_]+)")
#: what ends a clause after a name: its end, or punctuation
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")


@functools.cache
def _function_words() -> frozenset[str]:
    return function_words("en") | function_words("es") | function_words("pt")


def _given(low: str) -> bool:
    """A given name of the lists, and no relation word ("lola", grandmother in Tagalog, is one)."""
    return (low in everyday_given_names() or low in FIRST_NAMES or low in ENGLISH_WORD_NAMES) and low not in RELATIONS


_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


def _a_capitalised_name_word(word: str) -> bool:
    """Capitalised, the rest in lower case, two letters or more ("Baby", "Jun"; not "BP", not "x")."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and "'" not in word and "’" not in word


@functools.cache
def _kin_function_words() -> frozenset[str]:
    return _function_words() | function_words("tl") | function_words("el")


@functools.cache
def _a_pair_name(low: str, joiner: str) -> bool:
    """A given name of the lists (or a short form of one), no function word, said seldom as a word of English or of
    the joiner's languages."""
    if low in _kin_function_words() or len(low) < 3:  # a relation of another language may be one ("mari")
        return False
    if low not in everyday_given_names() and low not in FIRST_NAMES:
        return False
    return max(word_frequency(low, lang) for lang in ("en", *JOINER_LANGUAGES.get(joiner, ()))) < PAIR_NAME_MOST_FREQUENCY


def _verb_follows(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Whether a verb a person does follows word ``j`` (a clitic, a common finite verb, an English word in "-ed")."""
    if j + 1 >= len(words) or not _GAP.fullmatch(text, words[j].end(), words[j + 1].start()):
        return False
    after = key(words[j + 1].group())
    return after in VERB_AFTER_A_NAME or (after.endswith("ed") and len(after) > 3)


def _taken_object_follows(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Round 37: whether an object follows the verb of taking ``words[j]`` (:data:`VERBS_THAT_ARE_NAMES`): a figure
    ("toma 2 pastillas"), a medicine, or an article, determiner or possessive (:data:`VERB_OBJECT_LEADS`) with no
    verb a person does after it (so "mi hijo tomas la llamó", a clitic before a verb, is a name)."""
    after = _WORD_OR_FIGURE.match(text, words[j].end())
    if after is None:
        return False
    if after.group(1)[:1].isdigit() or is_medication(after.group(1).lower()):
        return True
    if key(after.group(1)) not in VERB_OBJECT_LEADS:
        return False
    then = _WORD_OR_FIGURE.match(text, after.end())
    return then is None or not (key(then.group(1)) in VERB_AFTER_A_NAME or then.group(1).lower().endswith("ed"))


def _surname_then_a_verb(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Session 25: after the given name at word ``j``, a lower-case surname of Faker's lists (common words too:
    "lee", "brown"), then a person's verb ("my daughter christian lee will pick up": the simulator's own lake left
    "lee" beside the name another reading took, and the check refused the lake); not the clause's end ("grandma rose
    early")."""
    n = j + 1
    if n >= len(words) or not _GAP.fullmatch(text, words[j].end(), words[n].start()):
        return False
    return lower_case_surname(words[n].group()) and _verb_follows(text, words, n)


def lower_case_surname(word: str) -> bool:
    """A surname of Faker's lists written in lower case (common words too: "lee", "young"), no function word of
    English, Spanish or Portuguese ("de", "la")."""
    return word.islower() and key(word) in faker_names("last") and key(word) not in _function_words()


def _clause_ends(text: str, words: list[re.Match[str]], j: int) -> bool:
    return bool(_CLAUSE_END.match(text, words[j].end()))


#: round 31: a word of the Arabic script, a zero-width non-joiner inside it or not ("خاله‌ام")
#: round 32: a Nguni kin noun, a possessive word or none, and a name with its personal prefix or none ("umama
#: uNomsa", "udadewethu uThandi", "ugogo wami uZodwa"); the name's capital part is the group ``name``
_NGUNI_KIN_NAME = re.compile(
    r"(?i:(?<![^\W\d_])(?:" + "|".join(sorted(NGUNI_KIN_WORDS, key=len, reverse=True)) + r"))"
    r"(?:[ \t]{1,2}(?i:" + "|".join(sorted(NGUNI_POSSESSIVES, key=len, reverse=True)) + r"))?"
    r",?[ \t]{1,2}(?:" + "|".join(NGUNI_NAME_PREFIXES) + r")?(?P<name>[A-Z][a-z]{2,})(?![^\W\d_])")


def nguni_kin_name_spans(text: str, is_word: Callable[[str], bool]) -> list[Span]:
    """Round 32: the name after a Zulu, Xhosa, Ndebele or Swazi kin noun
    (:data:`~features.deid.peoplewords.NGUNI_KIN_WORDS`), a possessive between or none, written with the personal
    prefix ("umama uNomsa", "udadewethu uThandi") or without it ("ugogo Zodwa"): the capital part goes, the prefix
    stays. A capitalised English or everyday word after it stays ("umama Monday")."""
    return [("PERSON", m.start("name"), m.end("name"), _SCORE) for m in _NGUNI_KIN_NAME.finditer(text)
            if m.group("name").lower() not in _function_words() and not is_word(m.group("name").lower())]


#: round 38: a name glued to the Nguni personal prefix or copula, no kin word before it ("nguThandiwe Zulu",
#: "noZodwa"), and a capitalised surname after it or none
#: round 39 (r39kin): the prefix capitalised too where it opens a sentence ("UThemba Ndlovu", "KuSipho", "NoZodwa")
_NGUNI_PREFIXED_NAME = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    (*NGUNI_NAME_PREFIXES, *(p.capitalize() for p in NGUNI_NAME_PREFIXES))) + r")(?P<name>[A-Z][a-z]{2,})"
                                  r"(?![^\W\d_])(?:[ \t](?P<surname>[A-Z][a-z]{2,})(?![^\W\d_]))?")


def nguni_prefixed_name_spans(text: str, is_word: Callable[[str], bool]) -> list[Span]:
    """Round 38: a name with the personal prefix or copula of Zulu, Xhosa, Ndebele or Swazi glued before it, with no
    kin word ("nguThandiwe Zulu", "kuSipho", "noZodwa"): the capital part and a capitalised surname after it go, the
    prefix stays; an English word after the prefix stays."""
    found: list[Span] = []
    for m in _NGUNI_PREFIXED_NAME.finditer(text):
        if is_word(m.group("name").lower()) or (m.group()[0].isupper() and len(m.group("name")) < 4):
            continue  # round 39: after a capitalised prefix a name of four letters or more (a brand: "NoDoz")
        surname = m.group("surname")
        end = m.end("surname") if surname and (not is_word(surname.lower()) or word_frequency(
            surname.lower(), "en") < NGUNI_SURNAME_MOST_ENGLISH_FREQUENCY) else m.end("name")  # round 40: "Zulu"
        found.append(("PERSON", m.start("name"), end, _SCORE))
    return found


def word_name_after_kin_abroad_spans(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
    """Round 39 (r39kin): a capitalised given name that is an English word
    (:data:`~features.deid.peoplewords.WORDLIKE_GIVEN_NAMES`: "Hope", "Grace", "Faith") right after a kin word of
    another language (:data:`~features.deid.peoplewords.RELATIONS`, English's left out): "Meine Tochter Hope", "Mon
    fils Grace"; no English sentence has an English word capitalised there, and German's nouns ("Hoffnung") are none.
    After an English kin word, a person's verb after it too ("My son Will picked it up", "my daughter Grace called")."""
    return [("PERSON", *words[j].span(), _SCORE) for j in range(1, len(words))
            if keys[j] in WORDLIKE_GIVEN_NAMES and words[j].group().istitle() and (
                (keys[j - 1] in RELATIONS and keys[j - 1] not in ENGLISH_RELATIONS)
                or (keys[j - 1] in ENGLISH_RELATIONS and _verb_follows(text, words, j)))
            and _GAP.fullmatch(text, words[j - 1].end(), words[j].start())]


def particle_surname_spans(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
    """Round 39 (r39kin): a title of :data:`~features.deid.peoplewords.TITLES_BEFORE_A_PARTICLE`, one or two particles
    of a family name and its capitalised rest, whatever word that is ("Mme de la Tour", "M. de Villiers", "Frau von
    Weizsäcker"): the particles and the rest go; one letter only as "M.", and an article alone after the
    title ("Madame la Présidente") is no particle."""
    found: list[Span] = []
    for i, k in enumerate(keys[:-2]):
        if k not in TITLES_BEFORE_A_PARTICLE or (len(k) == 1 and (words[i].group() != "M" or not text.startswith(
                ". ", words[i].end()))):
            continue  # "M. de Villiers"; not "5 M de la Banque"
        j = i + 1
        while j < min(i + 3, len(words) - 1) and keys[j] in SURNAME_PARTICLES and _GAP.fullmatch(
                text, words[j - 1].end(), words[j].start()):
            j += 1
        if j == i + 1 or (j == i + 2 and keys[i + 1] in ARTICLE_PARTICLES) or not _GAP.fullmatch(
                text, words[j - 1].end(), words[j].start()):
            continue
        rest = words[j].group()
        if len(rest) >= 2 and rest[0].isupper() and not rest.isupper() and not is_medication(rest.lower()):
            found.append(("PERSON", words[i + 1].start(), words[j].end(), _SCORE))
    return found


_ARABIC_SCRIPT_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3\u200c]+")


def _arabic_script_kin(text: str) -> list[Span]:
    """Round 31: a relative's given name after a kin word of the Arabic script
    (:data:`~features.deid.peoplewords.ARABIC_SCRIPT_KIN`: "دخترم مریم", "ابني محمد", "بیٹی عائشہ"): a given name of
    the lists (:func:`~features.deid.peoplewords.arabic_script_given_names`), or any word of the script before an Urdu
    mark of a name ("بیٹی شازیہ نے"); a second listed name after it goes too. The script has no capitals to tell a
    name, so an everyday word after the kin word stays ("مادرم قرص‌هایش را خورد")."""
    names = arabic_script_given_names()
    words = list(_ARABIC_SCRIPT_WORD.finditer(text))
    found: list[Span] = []
    for i, w in enumerate(words[:-1]):
        if not an_arabic_script_kin_word(w.group()):
            continue
        n = words[i + 1]
        if not re.fullmatch(r"[ \t]{1,2}", text[w.end():n.start()]) or n.group() in ARABIC_SCRIPT_KIN:
            continue
        marked = i + 2 < len(words) and words[i + 2].group() in URDU_MARKS_AFTER_A_NAME and bool(
            re.fullmatch(r"[ \t]{1,2}", text[n.end():words[i + 2].start()]))
        if n.group() not in names and not (marked and len(n.group()) > 2):
            continue
        end = n.end()
        if i + 2 < len(words) and words[i + 2].group() in names and re.fullmatch(" ", text[end:words[i + 2].start()]):
            end = words[i + 2].end()
        found.append(("PERSON", n.start(), end, _SCORE))
    return found


class KinNameReader:
    """The readings of the module docstring, with the redactor's English vocabulary (``is_word``) and its test of a
    word that may be a name (``is_name``)."""

    def __init__(self, is_word: Callable[[str], bool], is_name: Callable[[str], bool]) -> None:
        self.is_word = is_word
        self.is_name = is_name

    def spans(self, text: str) -> list[Span]:
        """``("PERSON", start, end, score)`` of the names of the module docstring in ``text``."""
        words = list(_WORD.finditer(text))
        keys = [key(w.group()) for w in words]
        present = set(keys)
        found: list[Span] = []
        if not present.isdisjoint(NGUNI_KIN_WORDS):  # round 32: "umama uNomsa", "udadewethu uThandi"
            found += nguni_kin_name_spans(text, self.is_word)
        if any(not w.group().islower() and not w.group().istitle() for w in words):  # "nguThandiwe", "UThemba"
            found += nguni_prefixed_name_spans(text, self.is_word)
        if not present.isdisjoint(ADDRESS_TITLES) or not present.isdisjoint(KIN_BEFORE_A_NAMED_VERB):
            found += self._titled(text, words, keys)
        if not present.isdisjoint({k.split()[0] for k in VIETNAMESE_KIN}):
            found += self._vietnamese(text, words, keys)
        if not present.isdisjoint(WELSH_HYPHENED_KIN):  # round 31: "Mam-gu Gwen" is "mamgu Gwen"
            keys = [keys[i - 1] + k if k in WELSH_HYPHENED_KIN and i and keys[i - 1] == WELSH_HYPHENED_KIN[k]
                    and text[words[i - 1].end():words[i].start()] == "-" else k for i, k in enumerate(keys)]
            present = set(keys)
        if not present.isdisjoint(KIN_TITLES_BEFORE_A_CAPITAL) or not present.isdisjoint(ROMANISED_KUNYA_HEADS):
            found += self._kin_titled(text, words, keys)
        if not present.isdisjoint(KUNYA_HEADS):
            found += self._kunya(text, words)
        if not present.isdisjoint(WORDLIKE_GIVEN_NAMES) and not (
                present.isdisjoint(RELATIONS) and present.isdisjoint(ENGLISH_RELATIONS)):
            found += word_name_after_kin_abroad_spans(text, words, keys)  # round 39: "Mon fils Grace"
        if not present.isdisjoint(SURNAME_PARTICLES) and not present.isdisjoint(TITLES_BEFORE_A_PARTICLE):
            found += particle_surname_spans(text, words, keys)  # round 39: "Mme de la Tour"
        if not present.isdisjoint(NAME_JOINERS):
            found += self._paired(text, words, keys)
        if not text.isascii() and _ARABIC_WORD.search(text):
            found += _arabic_script_kin(text)
        if not present.isdisjoint(SHORT_GIVEN_NAMES) and not present.isdisjoint(KIN_BEFORE_A_NAMED_VERB):
            found += self._short_name_after_kin(text, words, keys)
        return found

    @staticmethod
    def _short_name_after_kin(text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """Round 31: a capitalised given name of two letters (:data:`~features.deid.peoplewords.SHORT_GIVEN_NAMES`)
        after a kin word, a person's verb after it ("my son Bo picked it up", "my grandson Ty called")."""
        return [("PERSON", *words[j].span(), _SCORE) for j in range(1, len(words))
                if keys[j] in SHORT_GIVEN_NAMES and keys[j - 1] in KIN_BEFORE_A_NAMED_VERB
                and words[j].group()[:1].isupper() and words[j].group()[1:].islower()
                and _GAP.fullmatch(text, words[j - 1].end(), words[j].start()) and _verb_follows(text, words, j)]

    # ------------------------------------------------------------------ round 26: kin titles, kunyas, pairs
    def _kin_titled(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """A capitalised word after a Greek or Tagalog kin title or a romanised kunya's head ("papou Giorgos", "Tita
        Baby", "Kuya Jun", "abu Samir"), an everyday word too; "ate" only as "Ate"; no function word, no word all in
        capitals ("tita BP"); a second capitalised name word after it goes too."""
        found: list[Span] = []
        for i, k in enumerate(keys[:-1]):
            if k not in KIN_TITLES_BEFORE_A_CAPITAL and k not in ROMANISED_KUNYA_HEADS:
                continue
            if k in KIN_TITLES_ONLY_CAPITALISED and not words[i].group()[:1].isupper():
                continue
            j = i + 1
            if keys[j] in KIN_POSSESSIVES_BEFORE_A_NAME and j + 1 < len(words) and words[j].group().islower() \
                    and _GAP.fullmatch(text, words[i].end(), words[j].start()):
                i, j = j, j + 1  # round 28: "bibi yangu Nyokabi"
            word = words[j].group()
            if not _GAP.fullmatch(text, words[i].end(), words[j].start()) or not _a_capitalised_name_word(word):
                continue
            if keys[j] in _kin_function_words() or (k not in KIN_TITLES_BEFORE_A_CAPITAL and not self.is_name(word)):
                continue  # after "umm", "abu" (a filler, a word) only a name: "umm Tylenol?" stays
            if is_medication(keys[j]):
                continue  # round 28: "gave Grandma Tylenol"
            end = words[j].end()
            n = j + 1
            if n < len(words) and re.fullmatch(r"[ \t]", text[end:words[n].start()]) and _a_capitalised_name_word(
                    words[n].group()) and self.is_name(words[n].group()):
                end = words[n].end()
            found.append(("PERSON", words[j].start(), end, _SCORE))
        return found

    @staticmethod
    def _kunya(text: str, words: list[re.Match[str]]) -> list[Span]:
        """The name after the head of an Arabic kunya ("أبو سمير", "أم أحمد"): an Arabic word that is no function word;
        after "أم" (also "or") none that has the article ("أم الدواء")."""
        found: list[Span] = []
        stops = function_words("ar")
        for i, w in enumerate(words[:-1]):
            head = w.group()
            if head not in KUNYA_HEADS or not re.fullmatch(r"[ \t]{1,2}", text[w.end():words[i + 1].start()]):
                continue
            name = words[i + 1].group()
            if not _ARABIC_WORD.fullmatch(name) or name in stops or len(name) < 2 or (
                    head in KUNYA_HEADS_ALSO_WORDS and name.startswith("ال")):
                continue
            found.append(("PERSON", *words[i + 1].span(), _SCORE))
        return found

    def _paired(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """Two given names in lower case joined by "y", "e", "and", "und", "et" ("lupe y chayo me ayudan", "hablé con
        mari y pepe"), each a given name of the lists said seldom as a word, no function word, with a preposition
        of company before the pair or a person's verb after it."""
        found: list[Span] = []
        for i in range(1, len(words) - 1):
            if keys[i] not in NAME_JOINERS or not words[i].group().islower():
                continue
            a, b = i - 1, i + 1
            if not all(_GAP.fullmatch(text, words[m].end(), words[m + 1].start()) for m in (a, i)):
                continue
            if not all(words[m].group().islower() and _a_pair_name(keys[m], keys[i]) for m in (a, b)):
                continue
            before = a > 0 and keys[a - 1] in PAIR_PREPOSITIONS and bool(
                _GAP.fullmatch(text, words[a - 1].end(), words[a].start()))
            after = b + 1 < len(words) and (keys[b + 1] in PAIR_VERBS or keys[b + 1] in VERB_AFTER_A_NAME) and bool(
                _GAP.fullmatch(text, words[b].end(), words[b + 1].start()))
            if before or after:
                found += [("PERSON", *words[a].span(), _SCORE), ("PERSON", *words[b].span(), _SCORE)]
        return found

    # ------------------------------------------------------------------ titles of address, kin words
    def _titled(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        found: list[Span] = []
        for i, k in enumerate(keys[:-1]):
            j = i + 1
            if not _GAP.fullmatch(text, words[i].end(), words[j].start()):
                continue
            word = words[j].group()
            low = keys[j]
            if not word.islower() or "'" in word or "’" in word:
                continue
            if not _given(low) and not (low in english_given_names() and k in KIN_BEFORE_A_NAMED_VERB
                                        and _surname_then_a_verb(text, words, j)):
                continue  # round 30: a given name that is a word, its surname, a verb ("my daughter hope young will")
            if low in VERB_AFTER_A_NAME and not _verb_follows(text, words, j) and not _surname_then_a_verb(text, words, j):
                continue  # "mi abuela toma Kardegic": a verb where a name would be (Toma); not "my son will young will call"
            if low in VERBS_THAT_ARE_NAMES and _taken_object_follows(text, words, j):
                continue  # round 37: "mi madre toma la metformina": the verb, its object after it
            if k in ADDRESS_TITLES and self._word_name(k, low) and _surname_then_a_verb(text, words, j):
                found.append(("PERSON", words[j].start(), words[j + 1].end(), _SCORE))
            elif k in ADDRESS_TITLES and self._addressed(text, words, k, j, low):
                found.append(("PERSON", *self._with_surname(text, words, j), _SCORE))
            elif k in KIN_BEFORE_A_NAMED_VERB and (low not in _function_words() or low in ENGLISH_WORD_NAMES) and (
                    _verb_follows(text, words, j) or _surname_then_a_verb(text, words, j)):
                last = j if _verb_follows(text, words, j) else j + 1  # the surname too, where the verb is after it
                found.append(("PERSON", words[j].start(), words[last].end(), _SCORE))
        return found

    def _addressed(self, text: str, words: list[re.Match[str]], title: str, j: int, low: str) -> bool:
        """Whether the given name ``low`` (word ``j``) after ``title`` is a name (see the module docstring)."""
        if low in ENGLISH_WORD_NAMES or (title in ENGLISH_KIN_TITLES and self.is_word(low)):
            return _verb_follows(text, words, j) or _clause_ends(text, words, j)
        if low in _function_words():
            return False
        return title not in WEAK_ADDRESS_TITLES or max(
            word_frequency(low, "es"), word_frequency(low, "pt")) < WEAK_TITLE_NAME_FREQUENCY

    def _word_name(self, title: str, low: str) -> bool:
        """Whether the given name ``low`` after ``title`` is an English word too ("grace", "christian")."""
        return low in ENGLISH_WORD_NAMES or (title in ENGLISH_KIN_TITLES and self.is_word(low))

    def _with_surname(self, text: str, words: list[re.Match[str]], j: int) -> tuple[int, int]:
        """Word ``j``, and the surname after it where one of the name lists holds it ("doña remedios garcía")."""
        n = j + 1
        if n < len(words) and _GAP.fullmatch(text, words[j].end(), words[n].start()):
            low = key(words[n].group())
            if low in LAST_NAMES and low not in _function_words() and not self.is_word(low):
                return words[j].start(), words[n].end()
        return words[j].span()

    # ------------------------------------------------------------------ Vietnamese
    def _vietnamese(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        found: list[Span] = []
        known = vietnamese_names()
        i = 0
        while i < len(words):
            size = next((n for n in (2, 1) if i + n <= len(words) and " ".join(keys[i:i + n]) in VIETNAMESE_KIN
                         and all(_GAP.fullmatch(text, words[m].end(), words[m + 1].start())
                                 for m in range(i, i + n - 1))), 0)
            first = words[i].group()
            if not size or not (first.islower() or i == 0 or text[:words[i].start()].rstrip()[-1:] in ".!?\n"):
                i += 1
                continue
            kin = " ".join(keys[i:i + size])
            also_word = kin in VIETNAMESE_KIN_ALSO_WORDS and first.isascii()
            j, named = i + size, False
            for _ in range(VIETNAMESE_BEFORE_NAME_WORDS):  # "tôi", "của tôi", "tên", "là"
                if j < len(words) and keys[j] in VIETNAMESE_BEFORE_NAME and words[j].group().islower() \
                        and _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
                    named = named or (keys[j] == "ten" and not also_word)  # "tên" (named); "la" is Spanish too
                    j += 1
            end = None
            for n in range(j, min(j + VIETNAMESE_NAME_WORDS, len(words))):
                word = words[n].group()
                low = keys[n].replace("đ", "d")
                if n > j and not re.fullmatch(r"[ \t]", text[words[n - 1].end():words[n].start()]):
                    break
                if n == j and not _GAP.fullmatch(text, words[n - 1].end(), words[n].start()):
                    break
                listed = low in known or keys[n] in known or low in FIRST_NAMES
                capital = word[:1].isupper()
                verb_after = n == j and n + 1 < len(words) and keys[n + 1] in VIETNAMESE_VERBS_AFTER_A_NAME and bool(
                    _GAP.fullmatch(text, words[n].end(), words[n + 1].start()))
                if (capital and (listed or (not also_word and self.is_name(word)))) or (
                        n == j and named and word.islower() and listed) or (
                        # round 26: "cô lan đưa thuốc": the kin word with its marks, a listed name, a verb after it
                        verb_after and word.islower() and listed and size == 1 and as_written(first) in
                        VIETNAMESE_KIN_WITH_MARKS and as_written(words[n + 1].group()) in VIETNAMESE_VERBS_WITH_MARKS):
                    end = words[n].end()
                    continue
                break
            if end is not None:
                found.append(("PERSON", words[j].start(), end, _SCORE))
            i += size
        return found
