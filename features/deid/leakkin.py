"""Round 25 (the leak check's side, its own readings): a given name that is an everyday word after a title of address
or before a verb after a kin word ("doña remedios", "seu chico", "grandma sue picked it up", "mi hija dolores viene"),
and a name after a Vietnamese kin word ("con gái tôi là Lan", "chị Mai gọi", "anh trai Tuan").

The check reads the text as a list of lower-case words with what stands between them, and asks of each title or kin
word what the words after it are, with the same word lists as the redactor (:mod:`features.deid.peoplewords`) and
none of its code (:mod:`features.deid.kin_names`).

Round 26: a capitalised word after a Greek or Tagalog kin title ("yiayia Eleni", "Tito Boy", "Ate Joy") or a kunya's
head ("أبو سمير", "umm Ahmed"); two given names in lower case joined by "y"/"and" beside a preposition of company or a
person's verb ("lupe y chayo me ayudan"); a listed given name, a surname's particles and its capitalised rest ("Pieter de
Haan"); a listed Vietnamese name in lower case after a kin word with its marks, before a verb ("cô lan đưa thuốc").

Round 38: a capitalised name glued to a Zulu or Xhosa personal prefix or copula, no kin word needed ("nguThandiwe");
round 39, the prefix capitalised too ("UThemba Ndlovu", "KuSipho").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from wordfreq import word_frequency

from features.deid import peoplewords as vocab
from features.deid.everydaywords import function_words
from features.deid.peoplewords import as_written, key
from features.deid.peoplewords import faker_names as _faker_names
from features.deid.readingwords import LIST_JOINERS
from features.deid.recognizers import FIRST_NAMES, english_given_names, is_medication

_PIECE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)([^\w]*)")
_ENGLISH_TITLES = frozenset({"grandma", "grandpa", "granny", "grandad", "granddad", "grandpop", "gramma", "grampa",
                             "gramps", "nana", "nanna", "gran", "aunt", "auntie", "aunty", "uncle"})
_ENDS_A_CLAUSE = frozenset(".,;:!?)\n")


@functools.cache
def _stop_words() -> frozenset[str]:
    return function_words("en") | function_words("es") | function_words("pt")


_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


@functools.cache
def _title_stops() -> frozenset[str]:
    return _stop_words() | function_words("tl") | function_words("el")


@functools.cache
def _seldom_a_word_given_name(low: str, joiner: str) -> bool:
    """A given name the lists hold (or a short form), no stop word, said seldom as a word in the languages
    of the pairs (:data:`~features.deid.peoplewords.PAIR_NAME_MOST_FREQUENCY`)."""
    if len(low) < 3 or low in _title_stops():  # a relation word of another language may be one ("mari")
        return False
    if low not in vocab.everyday_given_names() and low not in FIRST_NAMES:
        return False
    languages = ("en", *vocab.JOINER_LANGUAGES.get(joiner, ()))
    return all(word_frequency(low, lang) < vocab.PAIR_NAME_MOST_FREQUENCY for lang in languages)


def _a_given_name(low: str) -> bool:
    """In a name list, and no relation word of any language ("lola" is a grandmother in Tagalog)."""
    if low in vocab.RELATIONS or low in vocab.ENGLISH_RELATIONS:
        return False
    return low in vocab.everyday_given_names() or low in FIRST_NAMES or low in vocab.ENGLISH_WORD_NAMES


#: Faker's surnames of every locale, lower case (words among them: "young", "lee", "brown")
FAKER_SURNAMES = _faker_names("last")


def _a_lower_case_surname(word: str) -> bool:
    """A surname of Faker's lists in lower case, no English function word ("young", "lee")."""
    return word.islower() and word in FAKER_SURNAMES and word not in function_words("en")


def _after_an_arabic_script_kin_word(text: str) -> bool:
    """Round 31: a kin word of the Arabic script (:data:`~features.deid.peoplewords.ARABIC_SCRIPT_KIN`: "پسرم",
    "بنتي", "بیٹا") and, one space or two after it, a listed given name of the script ("پسرم علی", "بنتي سارة") or any
    word of three letters or more with an Urdu mark of a name after it ("بیٹا عمران نے"); read word by word from the
    text split on what is no letter of the script."""
    names = vocab.arabic_script_given_names()
    tokens = re.split("([^\u0621-\u064a\u0671-\u06d3\u200c]+)", text)
    # tokens: word, gap, word, gap, ...: a word at an even index
    for at in range(0, len(tokens) - 2, 2):
        if not vocab.an_arabic_script_kin_word(tokens[at]) or tokens[at + 1] not in (" ", "  ", "\t"):
            continue
        name = tokens[at + 2]
        if name in names and name not in vocab.ARABIC_SCRIPT_KIN:
            return True
        if (at + 4 < len(tokens) and tokens[at + 3] in (" ", "  ") and tokens[at + 4] in vocab.URDU_MARKS_AFTER_A_NAME
                and len(name) >= 3 and name not in vocab.ARABIC_SCRIPT_KIN):
            return True
    return False


def _after_a_staff_word_of_another_script(text: str) -> bool:
    """Round 34: a staff word of Hebrew, Arabic, Urdu or Hindi (:data:`~features.deid.peoplewords.SCRIPT_STAFF_WORDS`:
    "הרוקחת", "الصيدلي", "डॉक्टर") and, a space after it, a listed name of those scripts
    (:func:`~features.deid.peoplewords.script_given_names`) or any other word before a verb of saying or giving or a
    Hindi or Urdu subject's mark (:data:`~features.deid.peoplewords.SCRIPT_WORDS_AFTER_A_NAME`: "האחות רונית אמרה",
    "नर्स सुनीता ने"); read word by word from the text split on its spaces."""
    words = [w.strip(",.:;!?،؟") for w in text.split()]
    names = vocab.script_given_names()
    for staff, word, after in zip(words, words[1:], [*words[2:], ""], strict=False):
        if staff not in vocab.SCRIPT_STAFF_WORDS or not word or word in vocab.SCRIPT_STAFF_WORDS \
                or word in vocab.SCRIPT_WORDS_AFTER_A_NAME or word in vocab.STAFF_RESPECT_WORDS:
            continue
        if word in names or (after in vocab.SCRIPT_WORDS_AFTER_A_NAME and len(word) >= 2):
            return True
    return False


class KinLook:
    """The check's readings of the module docstring, with its English vocabulary (``is_word``: lower case) and its
    test of a capitalised word that may be a name (``may_name``)."""

    def __init__(self, is_word: Callable[[str], bool], may_name: Callable[[str], bool]) -> None:
        self.is_word = is_word
        self.may_name = may_name

    def kinds(self, text: str) -> list[str]:
        """The kinds of the readings (the module docstring's and round 26's) whose names ``text`` holds."""
        pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(text)]
        if not pieces:
            return []
        readings: tuple[tuple[Callable[[list[tuple[str, str]]], bool], str], ...] = (
            (self._titled, "given name after a title or kin word"),
            (self._vietnamese, "name after a Vietnamese kin word"),
            (self._after_a_kin_title, "name after a kin title or a kunya"),  # round 26
            (self._pair_of_given_names, "two given names joined in lower case"),
            (self._particle_surname, "name with a surname particle"),
            (self._short_name_after_kin, "short given name after a kin word"),  # round 31
            (self._after_a_nguni_kin_word, "name after a Zulu or Xhosa kin word"),  # round 32
            (self._nguni_prefixed_name, "name with a Zulu or Xhosa personal prefix"),  # round 38
            (self._after_a_greeting_abroad, "name after a greeting of another language"))  # round 32
        found = [kind for read, kind in readings if read(pieces)]
        if not text.isascii() and _after_an_arabic_script_kin_word(text):
            found.append("name after a kin word of the Arabic script")  # round 31
        if not text.isascii() and _after_a_staff_word_of_another_script(text):
            found.append("name after a staff word of another script")  # round 34
        return found

    def _after_a_greeting_abroad(self, pieces: list[tuple[str, str]]) -> bool:
        """Round 32: a greeting of another language (:data:`~features.deid.peoplewords.GREETINGS_ABROAD`), a space or a
        comma, and a capitalised word that may be a name and is no English word ("Sawubona Thandi", "Szia Kati")."""
        for n, (word, gap) in enumerate(pieces[:-1]):
            after = pieces[n + 1][0]
            greeting = as_written(word) in vocab.GREETINGS_ABROAD or (  # round 35: "Kia ora Aroha"
                n > 0 and (key(pieces[n - 1][0]), key(word)) in vocab.GREETING_PHRASES
                and pieces[n - 1][1] == " ")
            if greeting and gap in (" ", ", ", "  ") and len(after) >= 3 and (
                    after[0].isupper() and after[1:].islower() and as_written(after) not in vocab.GREETINGS_ABROAD
                    and not self.is_word(after.lower()) and self.may_name(after)):
                return True
        return False

    def _after_a_nguni_kin_word(self, pieces: list[tuple[str, str]]) -> bool:
        """Round 32: a Zulu, Xhosa, Ndebele or Swazi kin noun, a possessive word or none, then a word that is a
        capitalised name with a personal prefix in lower case before it or none ("umama uNomsa", "udadewethu
        uThandi", "ugogo wami Zodwa"); no English word."""
        for n, (word, gap) in enumerate(pieces[:-1]):
            if word.lower() not in vocab.NGUNI_KIN_WORDS or gap.strip(" ,"):
                continue
            at = n + 1
            if pieces[at][0].lower() in vocab.NGUNI_POSSESSIVES and at + 1 < len(pieces) and not pieces[at][1].strip():
                at += 1
            name = pieces[at][0]
            for prefix in ("", *vocab.NGUNI_NAME_PREFIXES):
                rest = name[len(prefix):]
                if name.startswith(prefix) and len(rest) >= 3 and rest[0].isupper() and rest[1:].islower() and (
                        not self.is_word(rest.lower())):
                    return True
        return False

    def _nguni_prefixed_name(self, pieces: list[tuple[str, str]]) -> bool:
        """Round 38: a name glued to the personal prefix or copula of Zulu, Xhosa, Ndebele or Swazi, no kin word before
        it needed ("nguThandiwe Zulu", "kuSipho", "noZodwa"; round 39: the prefix capitalised too, "UThemba"): the rest
        a capitalised word that is no English word."""
        for word, _ in pieces:
            if len(word) < 4 or word.islower() or word.istitle():
                continue
            for prefix in vocab.NGUNI_NAME_PREFIXES:
                rest = word[len(prefix):]
                if (word.startswith(prefix) or (word[:len(prefix)] == prefix.capitalize() and len(rest) >= 4)) and (
                        len(rest) >= 3 and rest[0].isupper()) and (  # round 39: "UThemba"; not the brand "NoDoz"
                        rest[1:].islower() and rest.isascii() and not self.is_word(rest.lower())):
                    return True
        return False

    @staticmethod
    def _particle_surname(pieces: list[tuple[str, str]]) -> bool:
        """Round 26: a capitalised given name of the lists, one or two lower-case particles, and a capitalised word
        ("Pieter de Haan", "Jan van der Berg", "Anna ter Horst"): the surname's rest is a name's piece. Round 39: a
        title of address in place of the given name ("Mme de la Tour", "M. de Villiers", "Sr. da Silva")."""
        for n in range(len(pieces) - 2):
            first, gap = pieces[n]
            titled = key(first) in vocab.TITLES_BEFORE_A_PARTICLE and (
                len(first) > 1 or (first == "M" and gap == ". "))
            if gap not in (" ", "  ", ". ") or not (first[:1].isupper() and first[1:] == first[1:].lower()) or not (
                    key(first) in FIRST_NAMES or titled) or (gap == ". " and not titled):
                continue  # round 39: a title before the particles ("Mme de la Tour", "M. de Villiers")
            if titled and key(first) not in FIRST_NAMES and pieces[n + 1][0] in vocab.ARTICLE_PARTICLES and (
                    pieces[n + 2][0] not in vocab.SURNAME_PARTICLES):
                continue  # "Madame la Présidente": an article, no particle
            at = n + 1
            while at < min(n + 3, len(pieces) - 1) and pieces[at][0] in vocab.SURNAME_PARTICLES and pieces[at][1] in (
                    " ", "  "):
                at += 1
            rest = pieces[at][0]
            if at == n + 2 and pieces[n + 1][0] in LIST_JOINERS and is_medication(rest.lower()):
                continue  # round 37: a brand that is a given name, "y" and a medicine ("Telma y Ecosprin")
            if at > n + 1 and len(rest) >= 2 and rest[0].isupper() and rest[1:].islower():
                return True
        return False

    def _after_a_kin_title(self, pieces: list[tuple[str, str]]) -> bool:
        """Round 26: a capitalised word after a Greek or Tagalog kin title or a romanised kunya's head ("yiayia Eleni",
        "Tito Boy", "Ate Joy", "umm Ahmed"; "Ate" only capitalised), or an Arabic word after an Arabic kunya's head
        ("أبو سمير"; after "أم", "or" too, no word with "ال")."""
        for n in range(len(pieces) - 1):
            word, gap = pieces[n]
            if gap not in (" ", "  ", "\t"):
                continue
            title, name = key(word), pieces[n + 1][0]
            if title in vocab.WELSH_HYPHENED_KIN and n and pieces[n - 1][1] == "-" and key(
                    pieces[n - 1][0]) == vocab.WELSH_HYPHENED_KIN[title]:
                title = vocab.WELSH_HYPHENED_KIN[title] + title  # round 31: "Mam-gu Gwen" is "mamgu Gwen"
            if title in vocab.KIN_TITLES_BEFORE_A_CAPITAL and key(name) in vocab.KIN_POSSESSIVES_BEFORE_A_NAME \
                    and name.islower() and n + 2 < len(pieces) and pieces[n + 1][1] in (" ", "  ", "\t"):
                name = pieces[n + 2][0]  # round 28: a Swahili possessive between ("bibi yangu Nyokabi")
            if title in vocab.KIN_TITLES_BEFORE_A_CAPITAL or title in vocab.ROMANISED_KUNYA_HEADS:
                if title in vocab.KIN_TITLES_ONLY_CAPITALISED and word[:1].islower():
                    continue
                if len(name) >= 2 and name[0].isupper() and name[1:].islower() and key(name) not in _title_stops() \
                        and not is_medication(key(name)) and (
                        title in vocab.KIN_TITLES_BEFORE_A_CAPITAL or self.may_name(name)):  # "umm Tylenol?" stays
                    return True
            elif word in vocab.KUNYA_HEADS and _ARABIC.fullmatch(name) and len(name) >= 2 \
                    and name not in function_words("ar") \
                    and not (word in vocab.KUNYA_HEADS_ALSO_WORDS and name.startswith("ال")):
                return True
        return False

    @staticmethod
    def _pair_of_given_names(pieces: list[tuple[str, str]]) -> bool:
        """Round 26: two given names in lower case joined by "y", "e", "and", "und", "et", each said seldom as a word,
        with a preposition of company before ("con mari y pepe") or a person's verb after ("lupe y chayo me ayudan")."""
        keys = [key(w) for w, _ in pieces]
        for n in range(1, len(pieces) - 1):
            if keys[n] not in vocab.NAME_JOINERS or any(pieces[m][1] not in (" ", "  ") for m in (n - 1, n)):
                continue
            if not all(pieces[m][0].islower() and _seldom_a_word_given_name(keys[m], keys[n]) for m in (n - 1, n, n + 1)
                       if m != n):
                continue
            company = n >= 2 and keys[n - 2] in vocab.PAIR_PREPOSITIONS and pieces[n - 2][1] in (" ", "  ")
            verb = n + 2 < len(pieces) and pieces[n + 1][1] in (" ", "  ") and (
                keys[n + 2] in vocab.PAIR_VERBS or keys[n + 2] in vocab.VERB_AFTER_A_NAME)
            if company or verb:
                return True
        return False

    def _short_name_after_kin(self, pieces: list[tuple[str, str]]) -> bool:
        """Round 31: a kin word, then a capitalised given name of two letters ("Bo", "Jo", "Ty") and a person's verb
        ("my son Bo picked it up"; "my son took BP readings" has none)."""
        for n in range(1, len(pieces) - 1):
            name = pieces[n][0]
            if len(name) == 2 and name[0].isupper() and name[1].islower() and key(name) in vocab.SHORT_GIVEN_NAMES \
                    and key(pieces[n - 1][0]) in vocab.KIN_BEFORE_A_NAMED_VERB and pieces[n - 1][1] in (" ", "  ") \
                    and self._then_a_verb(pieces, n):
                return True
        return False

    @staticmethod
    def _then_a_verb(pieces: list[tuple[str, str]], n: int) -> bool:
        """A person's verb after piece ``n``: one space (or two) between, a clitic, a finite verb, a word in "-ed"."""
        if n + 1 >= len(pieces) or pieces[n][1].strip(" \t.") or not pieces[n][1]:
            return False
        after = key(pieces[n + 1][0])
        return after in vocab.VERB_AFTER_A_NAME or (len(after) > 3 and after.endswith("ed"))

    def _titled(self, pieces: list[tuple[str, str]]) -> bool:
        for n in range(len(pieces) - 1):
            word, gap = pieces[n]
            title = key(word)
            if title not in vocab.ADDRESS_TITLES and title not in vocab.KIN_BEFORE_A_NAMED_VERB:
                continue
            if gap.strip(" \t.") or not gap or len(gap) > 3:
                continue
            name = pieces[n + 1][0]
            low = key(name)
            if low in vocab.VIETNAMESE_BEFORE_NAME and as_written(word) in vocab.VIETNAMESE_KIN_WITH_MARKS:
                continue  # round 41: "bố vợ tôi tên là": Vietnamese "wife" and "my", no Portuguese "vó" and a name
            if (title in vocab.KIN_BEFORE_A_NAMED_VERB and name.islower() and low in english_given_names()
                    and n + 2 < len(pieces) and pieces[n + 1][1] in (" ", "  ")
                    and _a_lower_case_surname(pieces[n + 2][0]) and self._then_a_verb(pieces, n + 2)):
                return True  # round 30: "my daughter hope young will call": a given name, its surname, a verb
            if name != name.lower() or "'" in name or "’" in name or not _a_given_name(low):
                continue
            ends = n + 1 == len(pieces) - 1 or bool(set(pieces[n + 1][1]) & _ENDS_A_CLAUSE)
            verb = self._then_a_verb(pieces, n + 1)
            if low in vocab.VERB_AFTER_A_NAME and not verb:
                continue  # "mi abuela toma Kardegic": a person's verb where the name would stand
            if low in vocab.VERBS_THAT_ARE_NAMES and self._object_taken(pieces, n + 1):
                continue  # round 37: "mi madre toma la metformina", "meu pai toma o remédio": the verb and its object
            if title in vocab.ADDRESS_TITLES:
                if low in vocab.ENGLISH_WORD_NAMES or (title in _ENGLISH_TITLES and self.is_word(low)):
                    if verb or ends:
                        return True
                elif low not in _stop_words() and (title not in vocab.WEAK_ADDRESS_TITLES or (
                        word_frequency(low, "pt") < vocab.WEAK_TITLE_NAME_FREQUENCY
                        and word_frequency(low, "es") < vocab.WEAK_TITLE_NAME_FREQUENCY)):
                    return True
            elif verb and (low not in _stop_words() or low in vocab.ENGLISH_WORD_NAMES):
                return True
        return False

    def _object_taken(self, pieces: list[tuple[str, str]], n: int) -> bool:
        """Round 37: whether the verb of taking ``pieces[n]`` has its object after it, one space between: a medicine,
        or a word of :data:`~features.deid.peoplewords.VERB_OBJECT_LEADS` after which no person's verb stands (a clitic
        before a verb: "mi hijo tomas la llamó" is a name). (A figure is in no piece: "toma 2 pastillas" has no verb
        after the name's place, so it was never read as one.)"""
        if n + 1 >= len(pieces) or pieces[n][1] not in (" ", "  ", "\t"):
            return False
        lead = pieces[n + 1][0]
        if is_medication(lead.lower()):
            return True
        return key(lead) in vocab.VERB_OBJECT_LEADS and not self._then_a_verb(pieces, n + 1)

    def _vietnamese(self, pieces: list[tuple[str, str]]) -> bool:
        listed = vocab.vietnamese_names()
        keys = [key(w) for w, _ in pieces]
        for n in range(len(pieces)):
            for size in (2, 1):
                phrase = " ".join(keys[n:n + size])
                if phrase not in vocab.VIETNAMESE_KIN or n + size >= len(pieces):
                    continue
                if any(pieces[m][1] not in (" ", "\t") for m in range(n, n + size)):
                    continue
                first = pieces[n][0]
                opens = n == 0 or bool(set(pieces[n - 1][1]) & set(".!?\n"))
                if not (first.islower() or opens):
                    continue
                plain = phrase in vocab.VIETNAMESE_KIN_ALSO_WORDS and first.isascii()
                at, told = n + size, False
                most = n + size + vocab.VIETNAMESE_BEFORE_NAME_WORDS
                while at < min(len(pieces) - 1, most) and keys[at] in vocab.VIETNAMESE_BEFORE_NAME \
                        and pieces[at][0].islower() and pieces[at - 1][1] in (" ", "\t"):
                    # "con la cena" is Spanish; "là" and "tên" with their marks are Vietnamese ("con gái tôi là hương")
                    told = told or (keys[at] == "ten" and not plain) or as_written(pieces[at][0]) in ("là", "tên")
                    at += 1
                if at > n + size and keys[at] in vocab.VIETNAMESE_KIN and pieces[at][0].islower():
                    if at + 1 >= len(pieces) or pieces[at][1] not in (" ", "\t"):
                        break  # round 41: "mẹ tôi là anh <PERSON>": an address word after the copula, its name gone
                    at += 1  # "là anh Trần Văn Minh": the name is after the address word
                if pieces[at - 1][1].strip(" \t.,:"):
                    continue
                name = pieces[at][0]
                low = keys[at].replace("đ", "d")
                known = low in listed or keys[at] in listed or low in FIRST_NAMES
                if (name[:1].isupper() and (known or (not plain and self.may_name(name)))) or (
                        told and name.islower() and known):
                    return True
                if (size == 1 and as_written(first) in vocab.VIETNAMESE_KIN_WITH_MARKS and name.islower() and known
                        and at + 1 < len(pieces) and pieces[at][1] in (" ", "\t")
                        and as_written(pieces[at + 1][0]) in vocab.VIETNAMESE_VERBS_WITH_MARKS):
                    return True  # round 26: "cô lan đưa thuốc", "chú hùng gọi"
                break
        return False
