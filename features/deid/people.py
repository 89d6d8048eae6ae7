"""Third parties' and staff's names the twelfth black-box round published past the check, read by the redactor:
surnames after a staff role of another language or an abbreviation ("zuster ngata", "медсестра петрова", "np - abara"),
names after a relation word with an article, possessive or particle ("il mio figlio giacomo", "anak saya si budi"),
names after thanks, a copy line or a sign-off ("thx to Oluwaseun", "cc: D. Vanterpool"), names written backwards
("nhoJ htimS") or behind a right-to-left override, names in structured text (JSON, YAML, XML, CSV, vCard, markdown
links), beside an emoji or in a hashtag, in a list set apart by slashes ("Ana/Ben/Carlos"), and payees' names of two
words ("zelle it to derek hollis").

Recall first: a word in such a place that is no word of English (the redactor's vocabulary), of the languages' function
words and everyday verbs (:mod:`features.deid.peoplewords`), no medicine and no clinical word goes, whoever it names.
The leak check reads the same places with its own patterns (:mod:`features.deid.leakpeople`).

The module also tells which of the other recognizers' finds are ordinary words of other languages that are also given
names ("Tomo la pastilla", "una rosa") or a role word itself ("Dra.", "Schwester"): :meth:`PeopleReader.kept`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable

from features.deid.carriers import CarrierReader
from features.deid.contactwords import (
    DEVICE_NAME_CUES,
    DEVICE_NAME_WORDS,
    DEVICE_OWNER_JOINS,
    MAIL_HEADER_LABELS,
    SERVICES,
)
from features.deid.everydaywords import (
    everyday_word_of_no_name,
    function_words,
    known_word,
    malay_word_after_its_possessive,
    prose_language,
    prose_words_of_no_name,
)
from features.deid.normalize import COMBINING_MARKS, fold_text
from features.deid.peoplewords import (
    AFTER_INITIALS,
    ARTICLES,
    AUXILIARIES_BEFORE_A_PARTICIPLE,
    BARE_INITIALS_CUES,
    BEFORE_INITIALS,
    CAPITAL_PAIR_NO_NAMES,
    CODE_WORDS,
    COMPANY_VERBS,
    DUTY_PARTICLES,
    DUTY_WORDS_ABROAD,
    ENGLISH_RELATIONS,
    FACILITY_WORDS,
    FAMILY_FORM_WORDS,
    FOREIGN_WORDS_THAT_ARE_NAMES,
    GREETING_PHRASES,
    GREETINGS_ABROAD,
    HONORIFICS_AFTER,
    HONORIFICS_BEFORE,
    HONORIFICS_BEFORE_CAPITALISED,
    IBERIAN_SURNAME_ENDING,
    IBERIAN_TITLES,
    INITIALS_COPULA_AFTER,
    INITIALS_COPULAS,
    IRISH_SURNAME_PARTICLES,
    KIN_BEFORE_COPULA_INITIALS,
    KIN_WORDS,
    KNOWN_BRANDS,
    LOWER_CASE_PREPOSITIONS,
    MARRIED_NAME_ENDINGS,
    NAME_CUES_BEFORE,
    NEVER_NAMES,
    NOT_INITIALS,
    OWNED_RELATIONS,
    PATRONYMIC_ENDINGS,
    PERSON_KEYS,
    PERSON_PREPOSITIONS,
    PERSON_VERBS,
    PERSON_VERBS_ABROAD,
    PERSON_VERBS_OF_GOING,
    PLACE_CODES,
    PLACE_PHRASE_LEADS,
    PLACE_PHRASE_WORDS,
    POSSESSIVES,
    POSSESSIVES_OF_THOSE,
    RELATIONS,
    RELATIONS_AFTER_A_POSSESSIVE,
    ROLES_AFTER_THE,
    SIGN_OFF_CUES,
    SIGN_OFF_PHRASES,
    SIGN_OFF_WORDS,
    STAFF_ROLES,
    TITLE_TAIL_WORDS,
    TITLE_TAILS,
    TITLES_AFTER_ARTICLES,
    TITLES_BEFORE_WORD_SURNAMES,
    TRADES_AFTER,
    TRADES_BEFORE,
    TWO_WORD_ROLES,
    VERB_OBJECT_LEADS,
    VERBS_THAT_ARE_NAMES,
    VERBS_THAT_ARE_PARTICLES,
    WORD_SURNAMES,
    WORDLIKE_GIVEN_NAMES,
    arabic_script_given_names,
    as_written,
    brand_key,
    company_form_ends,
    company_forms_by_first,
    company_suffixes,
    everyday_words_abroad,
    key,
    known_brand,
    opening_words_of_no_name,
    owned_by_kin,
)
from features.deid.readingwords import NAMED_MEDICINE_BRANDS, PACK_CUE_WORDS
from features.deid.recognizers import (
    COMMON_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    faker_names,
    is_clinical_word,
    is_medication,
    world_towns,
)
from features.deid.records import record_name_spans
from features.deid.spans import NAME_WORD, Span
from features.deid.termwords import CARE_WORDS_THAT_ARE_NAMES, DIAGNOSIS_ABBREVIATIONS

#: below the other recognizers' scores: where a span of theirs holds one of these, theirs is kept whole
_SCORE = 0.45
#: a device's, a networked computer's or a Wi-Fi network's name: pieces of letters and digits joined by "-", "_" or
#: "." ("DEREK-HOLLIS-PC", "laptop-okafor.local", "QUINTERO_HOME_5G"), not in an e-mail address or a link
_DEVICE_NAME = re.compile(r"(?<![\w@/.'’-])[A-Za-z0-9'’]+(?:[-_.][A-Za-z0-9'’]+){1,5}(?![\w@'’-])")
_DEVICE_PIECE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


#: round 19: a run of letters and digits, glued by "-", "_" or "." or by a capital after a small letter
#: ("TheGarciaFamily", "PS5-Yarbrough"); its pieces; a device word's name cue and what follows it (a run or a quoted
#: name); the network's name in a Wi-Fi QR payload ("WIFI:S:Haraldsen Hytte;T:WPA;…"); a device word, "de"/"of" and
#: its owner's capitalised name ("Apple Watch de Mthunzi")
_GLUED_RUN, _GLUED_PIECE = (re.compile(r"(?<![\w@/.'’-])[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){0,5}(?![\w@'’-])"),
                             re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+"))
#: a name cue and the run or quoted name after it
_CUED_DEVICE = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{'|'.join(sorted(DEVICE_NAME_CUES, key=len, reverse=True))})(?![^\W\d_]))"
    r"[ \t]*(?:[:=][ \t]*|(?:is|named|called)[ \t]+)?"
    r"(?:['\"“‘](?P<quoted>[^'\"”’\n]{1,40})['\"”’]|(?P<run>[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){0,5}))")
#: a Wi-Fi QR payload's network name
_WIFI_QR = re.compile(r"(?i:WIFI:(?:[A-Z]:[^;\n]{0,64};){0,4}S:)(?P<quoted>[^;\n]{1,40})")
_DEVICE_OWNER = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{'|'.join(sorted(DEVICE_NAME_WORDS, key=len, reverse=True))})[0-9]*)"
    rf"[ \t]+(?i:{'|'.join(sorted(DEVICE_OWNER_JOINS, key=len, reverse=True))})[ \t]+(?P<name>[A-Z][^\W\d_]+)")


def _device_word(piece: str) -> bool:
    return piece.lower().rstrip("0123456789") in DEVICE_NAME_WORDS or piece.lower() in DEVICE_NAME_WORDS


def _glued_device_names(text: str, is_name: Callable[[str], bool]) -> list[Span]:
    """Round 19: the names in a device's, computer's or network's name read piece by piece, the pieces split at a
    capital after a small letter too ("TheGarciaFamily", "KowalczykDom", "jmartinez-laptop"): in a run with a device
    word (:data:`~features.deid.contactwords.DEVICE_NAME_WORDS`) or after a name cue ("ssid=", "host", "network
    '…'", a Wi-Fi QR payload's "S:"), a piece the name lists hold (an initial glued before a surname too), or of four
    letters or more that may be a name (``is_name``: no English word, no medicine: "PS5-Yarbrough"); and the
    capitalised name after a device word and "de" or "of" ("Apple Watch de Mthunzi")."""
    found: list[Span] = []
    runs: list[tuple[int, str, bool]] = []
    if any(c in text for c in "-_.") or re.search("[a-z][A-Z]", text):
        runs += [(m.start(), m.group(), False) for m in _GLUED_RUN.finditer(text)
                 if re.search("[-_.]|[a-z][A-Z]", m.group())]
    for pattern in (_CUED_DEVICE, _WIFI_QR):
        for m in pattern.finditer(text):
            group = "quoted" if m["quoted"] is not None else "run"
            runs.append((m.start(group), m[group], True))
    for start, run, cued in runs:
        pieces = list(_GLUED_PIECE.finditer(run))
        strong = cued or any(_device_word(p.group()) for p in pieces)
        if not strong:
            continue
        for p in pieces:
            word = p.group().lower()
            if len(word) < 3 or not word.isalpha() or _device_word(word) or word in COMMON_WORDS:
                continue
            bare = word.removesuffix("s")
            listed = any(w in FIRST_NAMES or w in LAST_NAMES for w in (word, bare)) or (
                len(word) >= 6 and word[1:] in LAST_NAMES)
            if listed or (len(word) >= 4 and is_name(p.group()) and is_name(bare)):
                found.append(("PERSON", start + p.start(), start + p.end(), _SCORE))
    found += [("PERSON", *m.span("name"), _SCORE) for m in _DEVICE_OWNER.finditer(text) if is_name(m["name"])]
    return found


def _device_names(text: str) -> list[Span]:
    """The pieces of a device's or network's name (:data:`_DEVICE_NAME` with a word of
    :data:`~features.deid.contactwords.DEVICE_NAME_WORDS` among its pieces) that the name lists hold as a given name or
    surname, a possessive "'s" or "s" glued on or not ("Rhiannons-iPhone"): a person's (round 18)."""
    found: list[Span] = []
    for m in _DEVICE_NAME.finditer(text):
        pieces = list(_DEVICE_PIECE.finditer(m.group()))
        if not any(p.group().lower() in DEVICE_NAME_WORDS for p in pieces):
            continue
        for p in pieces:
            word = re.sub(r"['’]?s$", "", p.group().lower()) if p.group().lower() not in FIRST_NAMES | LAST_NAMES \
                else p.group().lower()
            if len(word) >= 3 and word.isalpha() and word not in DEVICE_NAME_WORDS and word not in COMMON_WORDS \
                    and (word in FIRST_NAMES or word in LAST_NAMES):
                found.append(("PERSON", m.start() + p.start(), m.start() + p.end(), _SCORE))
    return found

#: a word of letters, with inner apostrophes or hyphens ("aide-soignante", "d'souza")
_WORD = re.compile(NAME_WORD)
#: what may stand between a role, relation or cue word and the next word: one or two spaces, or a mark (".", ":",
#: "-", a dash, ",") with a space on either side at most ("dr. okafor", "rn: ngata", "np - abara", "ma fille, léa")
_GAP = re.compile(r"[ \t]{1,2}|[ \t]?(?:[.:,\-–—][ \t]?){1,2}")
#: Russian and Ukrainian verb endings: a lower-case word with one after a role word is a verb ("сказала"), no surname
_CYRILLIC_VERB = re.compile(r"(?:ла|ли|ло|ет|ит|ут|ют|ат|ят|ть|ся|сь|ал|ил|ел)\Z")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: how many possessives, articles and particles may stand between a relation word and the name
_MOST_PARTICLES = 3
#: words between thanks and the name ("thank you so much to Oluwaseun")
_THANKS_FILLER = frozenset({"you", "u", "to", "so", "much", "again", "from", "for", "a", "lot", "very"})
#: a sign-off at a line's start ("— Derek", "-- D. Hollis", "~Oluwaseun")
_SIGN_LINE = re.compile(r"(?m)^[ \t]*(?:—|–|--|~)[ \t]*(?=[^\W\d_])")
#: a lower-case word ending in one capital: a capitalised name written backwards ("nhoJ", "htimS")
#: an X12 EDI name segment of a person (entity type 1): "NM1*IL*1*DOE*JOHN*Q~", any of "*", "|", "^" between elements
_EDI_PERSON = re.compile(r"(?<![^\W_])NM1(?P<s>[*|^])[A-Za-z0-9]{1,3}(?P=s)1(?P=s)"
                         r"(?P<names>[^*|^~\n]{0,60}(?:(?P=s)[^*|^~\n]{0,60}){0,2})", re.IGNORECASE)
#: SQL's VALUES and the quoted literals after it, to the statement's end ("INSERT INTO contacts VALUES ('Orla', ...)")
_SQL_VALUES = re.compile(r"(?<![^\W_])values[ \t\n]*\(", re.IGNORECASE)
_SQL_LITERAL = re.compile(r"'(?P<value>[^'\n;]{1,80})'|\"(?P<dq>[^\"\n;]{1,80})\"")
#: how far after VALUES its literals are read (a statement of many rows: each row is read where it starts)
_SQL_REACH = 2000
#: a firm's name's words: words of letters and "&" ("Kowalczyk & Sons Plumbing")
_FIRM_TOKEN = re.compile(r"&|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: what stands between the words of a firm's name: a space or two, or a comma before a legal form ("Okafor, Inc.")
_FIRM_GAP = re.compile(r"\.?[ \t]{1,2}|\.?,[ \t]")
#: words that join two names in a firm's name ("Smith & Nephew", "Hijos y Nietos")
_FIRM_JOINS = frozenset({"&", "and", "y", "e", "et", "und", "en", "i"})
#: how many words before a trade or form a firm's name is looked for
_FIRM_NAME_WORDS = 3
#: capitalised words and joins just before and after another recognizer's find, read for a brand ("Johnson & Johnson")
_BRAND_REACH = 40
_BRAND_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’.\-]*[ \t]+|&[ \t]+|and[ \t]+)+\Z")
_BRAND_RUN_AFTER = re.compile(r"(?:[ \t]+(?:&|and|[A-Z][\w'’.\-]*))+|'s")
#: the words a firm's reading starts at: trades, and the first words of company forms
_FIRM_CUES = TRADES_AFTER | TRADES_BEFORE | company_form_ends()
#: initials: two or three capitals with a dot after each, or bare, apart from other letters and dots ("J.R.", "DW")
_INITIALS = re.compile(r"(?<![^\W_])(?<!\.)(?:[A-Z]\.[ \t]?[A-Z](?:\.[ \t]?[A-Z])?(?:\.(?![^\W_]|\.)|(?![^\W_]|\.))"
                       r"|[A-Z]{2,3}(?![^\W_])(?!\.(?:[^\W_]|\.)))")  # round 31: a sentence's stop may follow: "is CJ."
#: what stands between initials and the word beside them ("my son (T.K.) called", "DW, my neighbour")
_BESIDE_INITIALS = re.compile(r"[ \t]*[(),:\-–—]?[ \t]*")
_INITIALS_CUES = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | BEFORE_INITIALS
_BACKWARDS = re.compile(r"(?<![^\W\d_])[a-z]{2,}[A-Z](?![^\W\d_])")
#: a right-to-left override or isolate and what it turns, up to its end or the line's
_OVERRIDE = re.compile("[\u202e\u2067][^\n\u202c\u2069]*[\u202c\u2069]?")
#: round 44 (r44fixes): what an override turns that is a phone's figures, typed as a phone, not a name
#: ("\u202e3539353450\u202c" came out as "<PERSON>")
_TURNED_PHONE = re.compile("[\u202e\u2067](?=(?:[^\\d\n\u202c\u2069]*\\d){7})[\\d \t().+-]+[\u202c\u2069]?")
#: structured text: a quoted or bare key, then ":" or "=", then a quoted value; an element; a markdown link to an
#: address; a vCard name line; a YAML or "key: value" line
_QUOTED_VALUE = re.compile(r"[\"']?(?P<key>[A-Za-z_][\w\-]{0,40})[\"']?[ \t]*[:=][ \t]*"
                           r"[\"'](?P<value>[^\"'\n<>{}\[\]]{1,80})[\"']")
_ELEMENT = re.compile(r"<(?P<key>[A-Za-z_][\w\-]{0,40})(?:[ \t][^<>\n]*)?>(?P<value>[^<>\n]{1,80})</(?P=key)>")
_LINK = re.compile(r"\[(?P<value>[^\[\]\n]{1,80})\]\((?:mailto|tel|sms|callto):", re.IGNORECASE)
_VCARD = re.compile(r"(?m)^(?P<key>(?i:FN|N))(?:;[^:\n]*)?:(?P<value>[^\n]{1,120})")
_KEY_LINE = re.compile(r"(?m)^[ \t\-*]*(?P<key>[A-Za-z_][\w\-]{0,40})[ \t]*[:=][ \t]*(?P<value>[^\n\"'{}\[\]<>]{1,80})")
#: where a bare value ends: two spaces, a dash, a comma or semicolon, a bar, a bracket or a written escape
_VALUE_END = re.compile(r"[ \t]{2,}|[—–,;|()\\]| - ")
#: keys that name a person only with another piece beside them ("caregiver_name"; "product_name" is none)
_GENERIC_KEYS = frozenset({"name", "n", "given", "family", "fn"})
#: a word glued after an emoji or after a health worker's emoji and a space ("👩‍⚕️Okafor", "🩺 Mbeki")
_AFTER_EMOJI = re.compile("(?:[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f\u200d\u2695\u2640\u2642]*)[ \t]?"
                          r"(?P<name>[^\W\d_][^\W\d_'’\-]+)")
_HASHTAG = re.compile(r"(?<![\w#])#(?P<tag>[^\W_][\w]{2,50})")
#: words of letters set apart by slashes ("Ana/Ben/Carlos")
_SLASH_LIST = re.compile(r"(?<![\w/])[^\W\d_]{2,}(?:/[^\W\d_]{2,}){1,8}(?![\w/])")
_CAMEL_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: payment services (the third-party reader's list, shortened) and what stands between one and the payee
_PAY_SERVICE = frozenset({"zelle", "venmo", "cashapp", "cash", "paypal", "revolut", "gpay", "chime", "monzo", "bizum",
                          "gcash", "interac", "wise", "swish", "vipps", "mobilepay", "tikkie", "twint"})
_PAY_FILLER = frozenset({"it", "to", "me", "the", "money", "copay", "back", "pls", "please", "him", "her", "them",
                         "for", "at", "send", "sent", "pay", "paid", "via", "on", "by", "with", "app", "my", "a", "an",
                         "through", "thru", "over", "request", "requested", "from", "and", "or", "just", "i", "you",
                         "can", "will", "should", "need", "needs", "owe", "owes", "more"})
_PAID_VERBS = frozenset({"paid", "pay", "pays", "sent", "send", "sends", "owe", "owes", "zelled", "venmoed",
                         "transferred", "transfer", "paying", "sending"})
_BEFORE_SERVICE = frozenset({"via", "on", "through", "by", "with", "over", "thru", "using", "in"})
_PAY_REACH = 8
#: the sign-off phrases of other languages by their last word's key, each as its words' keys ("kasih": "terima kasih")
_PHRASES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in SIGN_OFF_PHRASES:
    _PHRASES_BY_LAST.setdefault(key(_phrase.split()[-1]), []).append(tuple(key(w) for w in _phrase.split()))
_HONORIFIC_KEYS = frozenset(key(w) for w in HONORIFICS_BEFORE | HONORIFICS_BEFORE_CAPITALISED)
#: round 24: the Spanish and Portuguese titles of address, as keys (not everyday words: "Don" is a name too)
_IBERIAN_KEYS = frozenset(key(w) for w in IBERIAN_TITLES)
#: the words one of the readings by word starts at
#: the last words of the two-word roles ("home help"): a relation reading starts at one
_TWO_WORD_LAST = frozenset(TWO_WORD_ROLES)
#: round 31: a word of the Arabic script begins with one of its letters
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_CUES = (STAFF_ROLES | RELATIONS | ENGLISH_RELATIONS | OWNED_RELATIONS | SIGN_OFF_CUES | _PAY_SERVICE | HONORIFICS_AFTER
         | _HONORIFIC_KEYS | PERSON_VERBS | PERSON_VERBS_ABROAD | PERSON_PREPOSITIONS | frozenset(_PHRASES_BY_LAST)
         | _TWO_WORD_LAST | TITLES_AFTER_ARTICLES | _IBERIAN_KEYS | PERSON_VERBS_OF_GOING)


#: the endings of a patronymic and of a Hungarian married name as :func:`key` reads them ("ivanovna", "szabone"): the
#: words a text holds are looked at one by one only when one of its keys ends so
_NAME_ENDINGS = tuple(key(e) for e in PATRONYMIC_ENDINGS + MARRIED_NAME_ENDINGS)


def _ends_as_name(word: str) -> bool:
    """A word of five letters or more that ends as a patronymic or a Hungarian married name ("Ивановна", "Szabóné")."""
    folded = word.lower()  # round 38: a pack's cue is none ("Použitelné do: 11/2027")
    return len(folded) >= 5 and folded.endswith(PATRONYMIC_ENDINGS + MARRIED_NAME_ENDINGS) and (
        folded not in PACK_CUE_WORDS)

#: abbreviated days of the week, which follow a name in a time ("Dr Patel Thu at 2") rather than continue it
_DAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})

#: the particles of a surname ("van der vlist", "de la cruz", "bin said")
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "bin",
                             "ibn", "al", "el", "ter", "ten", "dos", "das"})


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _whole_word_keys(text: str, start: int, end: int) -> list[str]:
    """The keys of the words ``text[start:end]`` lies in, whole: the NER reads another script transliterated and its
    find, mapped back, may cut a word ("ليوم" of "اليوم", today; round 22)."""
    while start > 0 and _in_a_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_a_word(text[end]):
        end += 1
    if text[start:end].isascii():
        return [key(w.group()) for w in _words(text[start:end])]
    return [key(w) for w in _SCRIPT_WORD.findall(text, start, end)]


#: a word of a script whose vowel signs are combining marks (Devanagari "ली": "ल" and "ी"), read whole (round 23)
_SCRIPT_WORD = re.compile(rf"(?:[^\W\d_]|{COMBINING_MARKS})+")


def _in_a_word(char: str) -> bool:
    """A letter or a combining mark (a vowel sign of Devanagari and its kin is no letter to ``str.isalpha``: a find
    that ends before one is cut inside its word; round 23)."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


def _camel(word: str) -> bool:
    """A capital after a small letter: a brand's or device's name ("InPen", "OneTouch"), no person's."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _capitalised(word: str) -> bool:
    return (word[0].isupper() and not word.isupper()) or (word.isupper() and len(word) > 1 and not word.isascii())


def _given_name_going(text: str, words: list[re.Match[str]], keys: list[str], i: int) -> int | None:
    """Round 35: the index of a capitalised given name of Faker's lists, no medicine, one space before ``words[i]``, a
    verb of going, taking or forgetting (:data:`PERSON_VERBS_OF_GOING`, or an auxiliary before such a participle: "è
    andata", "est allée"): a person, though the name be a word elsewhere ("Ana fue a la farmacia", "Allen ging zur
    Apotheke"); else None. Round 37: or of saying and bringing ("Pilar said"), with a short place phrase between name
    and verb ("Jan at the pharmacy said": :data:`PLACE_PHRASE_LEADS`), a given name that is a common English word
    only opening a sentence (:data:`WORDLIKE_GIVEN_NAMES`: "Grace said")."""
    def spaced(a: int, b: int) -> bool:
        return text[words[a].end():words[b].start()] in (" ", "\t")

    verb = keys[i] in PERSON_VERBS_OF_GOING or (
        keys[i] in AUXILIARIES_BEFORE_A_PARTICIPLE and i + 1 < len(keys) and keys[i + 1] in PERSON_VERBS_OF_GOING
        and spaced(i, i + 1))
    if not verb:
        return None
    n = i - 1
    if keys[n] not in FIRST_NAMES | WORDLIKE_GIVEN_NAMES:  # "Jan at the pharmacy said": the name before the phrase
        n = next((m for m in range(i - 2, max(-1, i - 2 - PLACE_PHRASE_WORDS), -1)
                  if keys[m + 1] in PLACE_PHRASE_LEADS and words[m + 1].group().islower() and words[m].group()[:1].isupper()
                  and all(spaced(a, a + 1) for a in range(m, i))
                  and all(w.group()[1:].islower() for w in words[m + 1:i])), n)  # "aus der Apotheke": a noun's capital
    name = words[n].group()
    opens = n == 0 or re.search(r"[.!?\n]", text[words[n - 1].end():words[n].start()]) is not None
    known = keys[n] in FIRST_NAMES or (keys[n] in WORDLIKE_GIVEN_NAMES and opens)
    if known and name[:1].isupper() and spaced(n, n + 1) and not is_medication(name.lower()) \
            and not (len(name) > 1 and name.isupper() and not words[i].group().isupper()) \
            and keys[n] not in RELATIONS | NAMED_MEDICINE_BRANDS and not (n > 0 and keys[n - 1] in POSSESSIVES) \
            and keys[n] not in opening_words_of_no_name():  # round 37: "Hoy tomo", "Dann ging ich", "Ora vado"
        return n  # not "Oma nimmt", "my Allegra ran out": kin, a brand, a thing; nor "the MAR says" (an abbreviation)
    return None


#: round 38: two capitals in a row, of which a pair of names in capitals has some ("NOWAK JAN", "KOVÁCS ISTVÁN")
_TWO_CAPITALS = re.compile(r"[A-Z][^\W\d_a-z]")
#: a run of letters, read for a pair of names in capitals
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: round 42 (r42plates): a dash and figures right after a word in capitals (a plate's or a code's letters: "LEA-1234")
_A_DASH_AND_FIGURES = re.compile(r"-\d")


#: round 31: a word of a message's prose, read for its language
_PROSE_WORD = re.compile(r"[^\W\d_]+")


class PeopleReader:
    """The readings of the module docstring, with the redactor's English vocabulary (``is_word``: a word in lower
    case that is English, common, a regular inflection of one, or clinical)."""

    def __init__(self, is_word: Callable[[str], bool]) -> None:
        self.is_word = is_word
        self.everyday = everyday_words_abroad() | _HONORIFIC_KEYS | HONORIFICS_AFTER | OWNED_RELATIONS | SIGN_OFF_WORDS
        self.carriers = CarrierReader(lambda word, lower_ok: self.is_name(word, lower_ok=lower_ok), is_word)

    # ------------------------------------------------------------------ which words may be a name
    def is_name(self, word: str, *, lower_ok: bool = True) -> bool:
        """Whether ``word`` may be a name here: two letters or more, no English or everyday word, no medicine; a word
        in lower case only where ``lower_ok``; a lower-case Cyrillic word with a verb's ending is none."""
        folded = word.lower()
        if len(word) < 2 or key(word) in self.everyday or self.is_word(folded) or is_medication(folded) or (
                folded in DIAGNOSIS_ABBREVIATIONS):  # "with CHF" (round 22)
            return False
        head = re.split("['’]", folded)[0]
        if head != folded and len(head) > 1 and (self.is_word(head) or key(head) in self.everyday):
            return False  # "he'll", "it's"
        if word.islower():
            return lower_ok and not (_CYRILLIC.match(word) and _CYRILLIC_VERB.search(folded))
        return True

    def spans(self, text: str) -> list[Span]:
        """Every reading's ``("PERSON", start, end, score)`` in ``text`` (as written)."""
        found: list[Span] = []
        present = {key(w) for w in set(_WORD.findall(text))}
        if present & _CUES or _SIGN_LINE.search(text):  # the words read one by one only where a cue is
            words = _words(text)
            keys = [key(w.group()) for w in words]
            if present & (STAFF_ROLES | TITLES_AFTER_ARTICLES):
                found += self._after_roles(text, words, keys)
            if present & (RELATIONS | ENGLISH_RELATIONS | OWNED_RELATIONS | _TWO_WORD_LAST):
                found += self._after_relations(text, words, keys)
            found += self._after_sign_offs(text, words, keys)
            if present & _PAY_SERVICE:
                found += self._payees(text, words, keys)
            if present & (HONORIFICS_AFTER | _HONORIFIC_KEYS | _IBERIAN_KEYS):
                found += self._by_honorifics(text, words, keys)
            if present & (PERSON_VERBS | PERSON_VERBS_ABROAD | PERSON_PREPOSITIONS | PERSON_VERBS_OF_GOING) or not (
                    present.isdisjoint(FIRST_NAMES)):
                found += self._uncued(text, words, keys)
        if any(k.endswith(_NAME_ENDINGS) or k.rpartition("-")[2] in HONORIFICS_AFTER for k in present):
            found += self._by_name_endings(text, _words(text))
        found += self.carriers.spans(text, present)
        if _INITIALS.search(text):
            found += self._initials(text)
        if not present.isdisjoint(_FIRM_CUES):
            found += self._firms(text)
        found += [("PERSON", *m.span(), _SCORE) for m in _BACKWARDS.finditer(text)]
        if "\u202e" in text or "\u2067" in text:
            found += [("PHONE_NUMBER" if _TURNED_PHONE.fullmatch(m.group()) else "PERSON", *m.span(), _SCORE)
                      for m in _OVERRIDE.finditer(text)]
        if any(c in text for c in ":=<[\n"):
            found += self._structured(text)
        if "NM1" in text or "nm1" in text or "values" in text or "VALUES" in text or "Values" in text:
            found += self._rows(text)
        if "#" in text:
            found += self._hashtags(text)
        if "-" in text or "_" in text or "." in text:
            found += _device_names(text)
        found += _glued_device_names(text, self.is_name)
        found += record_name_spans(text, self.is_name)
        if "/" in text:
            found += self._slash_lists(text)
        if _TWO_CAPITALS.search(text):
            found += self._capital_name_pairs(text)
        if not text.isascii():
            found += [("PERSON", *m.span("name"), _SCORE) for m in _AFTER_EMOJI.finditer(text)
                      if self.is_name(m["name"], lower_ok=False)]
        return found

    def _capital_name_pairs(self, text: str) -> list[Span]:
        """Round 38: two words in capitals, one space apart, one a given name of Faker's lists, both of three letters or
        more and such as may be a name (no English word, medicine or month): a name in capitals in either order, with
        a cue or none ("WOJCIECHOWSKA HALINA", "NOWAK JAN", "KOVÁCS ISTVÁN", "HALINA WOJCIECHOWSKA"); a town's two
        words ("SAN ANTONIO") stay."""
        found: list[Span] = []
        for a, b in itertools.pairwise(_LETTER_RUN.finditer(text)):
            first, second = a.group(), b.group()
            if not (first.isupper() and second.isupper() and text[a.end():b.start()] in (" ", "\t")):
                continue
            if _A_DASH_AND_FIGURES.match(text, b.end()):
                continue  # (round 42, r42plates: a plate's or a code's letters, "VW Golf GTI LEA-1234")
            keys = (key(first), key(second))
            if min(map(len, keys)) < 3 or FIRST_NAMES.isdisjoint(keys) or any(
                    k in CAPITAL_PAIR_NO_NAMES and k not in FIRST_NAMES for k in keys):  # "NOWAK JAN", not "JAN FEB"
                continue
            if all(self.is_name(w, lower_ok=False) or ((k in FIRST_NAMES or k in LAST_NAMES) and not is_medication(k))
                   for w, k in zip((first, second), keys, strict=True)) \
                    and fold_text(f"{first} {second}").lower() not in world_towns():  # "NOWAK JAN": "jan" is a word
                found.append(("PERSON", a.start(), b.end(), _SCORE))
        return found

    def _next(self, text: str, words: list[re.Match[str]], i: int) -> int | None:
        """The index of the word after word ``i`` when only a :data:`_GAP` stands between them."""
        if i + 1 >= len(words) or not _GAP.fullmatch(text, words[i].end(), words[i + 1].start()):
            return None
        return i + 1

    def _name_from(self, text: str, words: list[re.Match[str]], j: int, *, lower_ok: bool) -> tuple[int, int] | None:
        """The span of the name at word ``j``: the word if it may be one, and a capitalised name word right after a
        capitalised one ("Kahu Ngata")."""
        word = words[j].group()
        if word in IRISH_SURNAME_PARTICLES and j + 1 < len(words) and re.fullmatch(
                r"[ \t]", text[words[j].end():words[j + 1].start()]) and _capitalised(
                following := words[j + 1].group()) and self.is_name(following, lower_ok=False):
            return words[j].start(), words[j + 1].end()  # "Father Ó Súilleabháin"
        if not self.is_name(word, lower_ok=lower_ok):
            return None
        end = words[j].end() - (2 if word[-2:] in ("'s", "’s") else 0)  # "Marcia's account": the name only
        n = j + 1
        while n < len(words) and words[n].group().lower() in _NAME_PARTICLES and re.fullmatch(
                r"[ \t]", text[words[n - 1].end():words[n].start()]):
            n += 1  # "eliane van der vlist"
        if (n < len(words) and re.fullmatch(r"[ \t]", text[words[n - 1].end():words[n].start()])
                and words[n].group().lower() not in _DAY_ABBREVIATIONS  # "Dr Patel Thu at 2": a day
                and (_capitalised(word) or n > j + 1) and (_capitalised(words[n].group()) or n > j + 1)
                and self.is_name(words[n].group(), lower_ok=n > j + 1)):
            end = words[n].end()
        return words[j].start(), end

    # ------------------------------------------------------------------ staff
    def _past_tail(self, text: str, words: list[re.Match[str]], keys: list[str], j: int) -> int | None:
        """The word after a title's tail that starts at word ``j`` (:data:`TITLE_TAILS`: "jueza de guardia X", "guardia
        civil X"), ``j`` where none starts there."""
        for size in range(TITLE_TAIL_WORDS, 0, -1):
            if tuple(keys[j:j + size]) in TITLE_TAILS and all(
                    self._next(text, words, n) == n + 1 for n in range(j, j + size - 1)):
                return self._next(text, words, j + size - 1)
        return j

    def _after_roles(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        found: list[Span] = []
        for i, k in enumerate(keys):
            if (k in STAFF_ROLES or (k in TITLES_AFTER_ARTICLES and i and keys[i - 1] in ARTICLES)) and (
                    j := self._next(text, words, i)) is not None and (j := self._past_tail(text, words, keys, j)) is not None:
                if keys[j] in ARTICLES and (nxt := self._next(text, words, j)) is not None:
                    j = nxt  # "la enfermera la ruiz"
                if everyday_word_of_no_name(words[j].group()):
                    continue  # round 31: "lekarz podejrzewa grypę", "pielęgniarka mówi": the sentence's verb
                if (span := self._name_from(text, words, j, lower_ok=True)) is not None:
                    found.append(("PERSON", *span, _SCORE))
                elif (n := self._word_given_and_surname(text, words, keys, j)) is not None:
                    found.append(("PERSON", words[j].start(), words[n].end(), _SCORE))  # "Nurse Grace Young" (round 38)
                elif k in TITLES_BEFORE_WORD_SURNAMES and keys[j] in WORD_SURNAMES:
                    found.append(("PERSON", words[j].start(), words[j].end(), _SCORE))  # "Nurse Green" (round 22)
        return found

    def _word_given_and_surname(self, text: str, words: list[re.Match[str]], keys: list[str], j: int) -> int | None:
        """Round 38: the index of a capitalised surname (of Faker's lists or :data:`WORD_SURNAMES`, or any word that
        may be a name) right after word ``j``, a capitalised given name that is also a word ("Nurse Grace Young",
        "pharmacist Hope Lane", "Dr Faith Long"): after a role both are the person's; else None."""
        n = self._next(text, words, j)
        if n is None or (keys[j] not in FIRST_NAMES and keys[j] not in WORDLIKE_GIVEN_NAMES):
            return None
        given, surname = words[j].group(), words[n].group()
        if not (given[:1].isupper() and given[1:].islower() and surname[:1].isupper() and surname[1:].islower()):
            return None
        if is_medication(given.lower()) or is_medication(surname.lower()):
            return None
        surnamed = keys[n] in LAST_NAMES or keys[n] in WORD_SURNAMES
        return n if surnamed or self.is_name(surname, lower_ok=False) else None

    # ------------------------------------------------------------------ firms named after a person
    def _firms(self, text: str) -> list[Span]:
        """The person's name in a firm's name (the fifteenth round: "Kowalczyk & Sons Plumbing", "Okonkwo Logistics",
        "Przybylski's Bakery", "Boulangerie Lefebvre", "Schmitt & Söhne GmbH"): up to three capitalised words before a
        trade (:data:`TRADES_AFTER`) or a company form (Faker's, :func:`company_suffixes`), or up to two after a trade
        said first (:data:`TRADES_BEFORE`), when one of them may be a name, or is a known surname or given name before a
        form or a family's form ("Baker & Sons"), or carries a possessive ("Joe's Diner"). A brand that employs
        thousands (:func:`known_brand`: "Walgreens Pharmacy", "Johnson & Johnson Inc") is kept."""
        tokens = list(_FIRM_TOKEN.finditer(text))
        keys = ["and" if t.group() == "&" else key(t.group()) for t in tokens]
        forms = company_forms_by_first()
        found: list[Span] = []
        for i, k in enumerate(keys):
            form = next((f for f in forms.get(k, ()) if tuple(keys[i:i + len(f)]) == f and not (
                len(f) == 1 and len(k) <= 3 and tokens[i].group().islower())), None)
            if k in TRADES_AFTER or form is not None:
                family = form is not None and any(w in FAMILY_FORM_WORDS for w in form)
                names = self._firm_words(text, tokens, range(i - 1, max(-1, i - 1 - _FIRM_NAME_WORDS), -1))
                names.reverse()
                strong = form is not None
            elif k in TRADES_BEFORE:
                family = strong = False
                names = self._firm_words(text, tokens, range(i + 1, min(len(tokens), i + 3)))
            else:
                continue
            words = [t.group() for t in names if t.group().lower() not in _FIRM_JOINS]
            if not words:
                continue
            span = (names[0].start(), names[-1].end())
            whole = text[min(span[0], tokens[i].start()):max(span[1], tokens[i + len(form or (k,)) - 1].end())]
            if known_brand(text[span[0]:span[1]], whole, family_name=len(words) == 1 and key(words[0]) in LAST_NAMES):
                continue
            if any(self.is_name(w, lower_ok=False) or (w[-2:] in ("'s", "’s") and len(w) > 3) or family or (
                    strong and key(w) in (FIRST_NAMES | LAST_NAMES)) for w in words):
                found.append(("PERSON", *span, _SCORE))
        return found

    def _in_brand(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in a run of capitalised words and joins that is a brand of
        :data:`KNOWN_BRANDS` of two words or more ("Johnson & Johnson", "Procter & Gamble"), or of one with its trade
        ("Tesco Pharmacy"): the NER reads such a brand as people or a place. A brand of one word alone is a family name
        as often ("Lilly called", "Ford picked me up"), not kept."""
        left = _BRAND_RUN_BEFORE.search(text, max(0, start - _BRAND_REACH), start)
        right = _BRAND_RUN_AFTER.match(text, end, end + _BRAND_REACH)
        before = brand_key(left.group()).split() if left else []
        found = brand_key(text[start:end]).split()
        finds = [found]
        if len(found) > 2 and (found[-1] in TRADES_AFTER or (found[-1],) in company_suffixes()):
            finds.append(found[:-1])  # "Novo Nordisk Inc": the brand without its form
        after = brand_key(right.group()).split() if right else []
        return any((len(run) > 1 and " ".join(run) in KNOWN_BRANDS) or (  # not "Lilly", "Ford" alone
                   len(run) == 2 and run[0] in KNOWN_BRANDS and run[1] in TRADES_AFTER)  # "Tesco Pharmacy"
                   for find in finds for i in range(len(before) + 1) for j in range(len(after) + 1)
                   for run in [before[len(before) - i:] + find + after[:j]])

    def _firm_words(self, text: str, tokens: list[re.Match[str]], order: range) -> list[re.Match[str]]:
        """The capitalised words (and joins between two of them) of a firm's name, from the word next to its trade or
        form outward in ``order``, each set apart by :data:`_FIRM_GAP` from the one before."""
        taken: list[re.Match[str]] = []
        last = None
        for n in order:
            token = tokens[n]
            word = token.group()
            near = tokens[last] if last is not None else tokens[n + 1 if order.step < 0 else n - 1]
            a, b = (token, near) if order.step < 0 else (near, token)
            if not _FIRM_GAP.fullmatch(text, a.end(), b.start()):
                break
            k = key(word)
            joined = word.lower() in _FIRM_JOINS and bool(taken) and word != "i"
            named = word[0].isupper() and k not in TRADES_AFTER and k not in TRADES_BEFORE and not (
                taken and taken[-1].group().lower() not in _FIRM_JOINS and k in ARTICLES)
            if not (joined or named):
                break
            taken.append(token)
            last = n
        while taken and taken[-1].group().lower() in _FIRM_JOINS:
            taken.pop()
        return taken

    # ------------------------------------------------------------------ initials
    def _initials(self, text: str) -> list[Span]:
        """A third party's initials (the fifteenth round: "J.R. from church drives me", "my son (T.K.) called", "DW my
        neighbour"): dotted ones with a person's word after them (:data:`AFTER_INITIALS`: "from", "my", a verb a person
        does) or a relation, role or asking word before them; bare capitals only before a possessive and a relation or
        role word. Abbreviations (:data:`NOT_INITIALS`: "U.S.", "B.I.D.", "BP") and, bare, postal codes are none."""
        found: list[Span] = []
        for m in _INITIALS.finditer(text):
            token = m.group()
            letters = "".join(c for c in token if c.isalpha()).lower()
            bare = "." not in token
            if letters in NOT_INITIALS or (bare and letters in PLACE_CODES):
                continue
            gap = _BESIDE_INITIALS.match(text, m.end())
            after = [key(w.group()) for w in itertools.islice(_WORD.finditer(text, gap.end() if gap else m.end()), 2)]
            after_at = _WORD.match(text, gap.end()) if gap else None
            if after_at is None:
                after = []
            head = text[max(0, m.start() - 30):m.start()]
            before = list(_WORD.finditer(head))
            cue = key(before[-1].group()) if before and _BESIDE_INITIALS.fullmatch(head, before[-1].end()) else ""
            if bare:  # "DW my neighbour"; "grandson TJ", "nurse KM" (round 22: a relation or role word before)
                person = (len(after) == 2 and after[0] in POSSESSIVES and after[1] in _INITIALS_CUES) or (
                    cue in BARE_INITIALS_CUES) or self._named_by_a_copula(head, before, cue, after)
            else:
                person = bool(after and after[0] in AFTER_INITIALS) or cue in _INITIALS_CUES
            if person:
                found.append(("PERSON", m.start(), m.end(), _SCORE))
        return found

    @staticmethod
    def _named_by_a_copula(head: str, before: list[re.Match[str]], cue: str, after: list[str]) -> bool:
        """Round 31: bare capitals after a kin word and "is"/"was" ("my grandson is DJ", "my niece is AJ and she
        drives"), with nothing, "and" or a person's word after them ("my son is IT support" stays)."""
        if cue not in INITIALS_COPULAS or len(before) < 2 or key(before[-2].group()) not in KIN_BEFORE_COPULA_INITIALS:
            return False
        if not re.fullmatch(r"[ \t]{1,2}", head[before[-2].end():before[-1].start()]):
            return False
        return not after or after[0] in AFTER_INITIALS or after[0] in INITIALS_COPULA_AFTER

    # ------------------------------------------------------------------ relations
    def _after_relations(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """A name after a relation word: possessives, articles, particles and a comma may stand between; a name in
        lower case only where one of those (or a possessive or article before the relation word) is a cue. An English
        relation word counts only with a possessive before it."""
        found: list[Span] = []
        for i, k in enumerate(keys):
            two = k in TWO_WORD_ROLES and i > 0 and keys[i - 1] in TWO_WORD_ROLES[k]  # "home help", "au pair"
            b = i - 2 if two else i - 1
            before = b >= 0 and (keys[b] in (POSSESSIVES | ARTICLES) or owned_by_kin(keys[b]) or (
                keys[b] == "the" and (k in ROLES_AFTER_THE or two))) and _GAP.fullmatch(  # "neighbour's boy"
                text, words[b].end(), words[b + 1].start()) is not None
            if not (k in RELATIONS or k in OWNED_RELATIONS or ((k in ENGLISH_RELATIONS or two) and before)):
                continue
            cue = before or k in OWNED_RELATIONS  # "oğlum emre": the possessive is in the word
            j = self._next(text, words, i)
            for _ in range(_MOST_PARTICLES):
                if j is None:
                    break
                if "," in text[words[j - 1].end():words[j].start()]:
                    cue = True
                if keys[j] not in POSSESSIVES and keys[j] not in ARTICLES:
                    break
                cue = True
                j = self._next(text, words, j)
            if j is None or ((k in ENGLISH_RELATIONS or two) and k not in RELATIONS | OWNED_RELATIONS and not cue):
                continue
            if "," in text[words[j - 1].end():words[j].start()]:
                cue = True
            if _ARABIC_LETTER.match(words[j].group()) and words[j].group() not in arabic_script_given_names():
                continue  # round 31: the script has no capitals: only a listed name ("مادرم قرص‌هایش را خورد" stays)
            if k in OWNED_RELATIONS and keys[j] in function_words("tr"):
                continue  # round 31: "oğlum beni hastaneye götürdü": a Turkish pronoun, though "Beni" is a name
            if malay_word_after_its_possessive(keys[j - 1], words[j].group()):
                continue  # round 35: "Adik saya makan Panadol": the sentence's verb
            if (span := self._name_from(text, words, j, lower_ok=cue)) is not None:
                found.append(("PERSON", *span, _SCORE))
            elif k in OWNED_RELATIONS and keys[j] in FIRST_NAMES:  # "pesaram ali": also a Portuguese word
                found.append(("PERSON", *words[j].span(), _SCORE))
            elif k in KIN_WORDS and _capitalised(words[j].group()) and keys[j] in FIRST_NAMES and keys[j] in RELATIONS:
                found.append(("PERSON", *words[j].span(), _SCORE))  # round 23: "Auntie Mae" ("mae" is "mãe" folded)
        return found

    # ------------------------------------------------------------------ thanks, copies, sign-offs
    def _after_sign_offs(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """Capitalised names and initials after thanks, "cc", "per" or a sign-off ("Regards, Derek"), or at a line
        that starts with a dash or a tilde."""
        starts = [i for i, k in enumerate(keys) if k in SIGN_OFF_CUES or any(
            tuple(keys[i + 1 - len(p):i + 1]) == p for p in _PHRASES_BY_LAST.get(k, ()))]
        dashes = {m.end() for m in _SIGN_LINE.finditer(text)}
        starts += [i - 1 for i, w in enumerate(words) if w.start() in dashes]
        found: list[Span] = []
        for i in starts:
            j: int | None = i + 1
            while j is not None and j < len(words) and keys[j] in _THANKS_FILLER and (i < 0 or j - i <= 3):
                j = j + 1 if j + 1 < len(words) else None
            if j is None or j >= len(words) or (i >= 0 and len(text[words[i].end():words[j].start()]) > 6):
                continue
            if (span := self._initials_and_names(text, words, j)) is not None:
                found.append(("PERSON", *span, _SCORE))
        return found

    def _initials_and_names(self, text: str, words: list[re.Match[str]], j: int) -> tuple[int, int] | None:
        """Up to three capitalised words or initials from word ``j`` on, at least one a name ("D. Vanterpool")."""
        start = end = words[j].start()
        named = False
        for n in range(j, min(j + 3, len(words))):
            word = words[n].group()
            if n > j and not re.fullmatch(r"\.?[ \t]{1,2}", text[end:words[n].start()]):
                break
            if len(word) == 1 and word.isupper():
                end = words[n].end() + (1 if text[words[n].end():words[n].end() + 1] == "." else 0)
                continue
            if not (_capitalised(word) and self.is_name(word, lower_ok=False)):
                break
            named, end = True, words[n].end()
        return (start, end) if named else None

    # ------------------------------------------------------------------ honorifics, names with no cue
    def _by_honorifics(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """A name, in any case, after an honorific said before it ("anh minh", "bà hoa", "shri rahul") or the one or
        two words before an honorific said after it ("hüseyin amca", "péter bácsi", "rahul bhaiya", "ali rıza amca")."""
        found: list[Span] = []
        for i, k in enumerate(keys):
            title = words[i].group().lower()
            j = self._next(text, words, i) if title in HONORIFICS_BEFORE or title in HONORIFICS_BEFORE_CAPITALISED \
                else None
            if j is not None:
                j = self._past_tail(text, words, keys, j)  # "la jueza de guardia Grzelak"
            if j is not None and keys[j] in ARTICLES:
                j = self._next(text, words, j)  # "tên là tuấn"
            if j is not None and (span := self._name_from(
                        text, words, j, lower_ok=title not in HONORIFICS_BEFORE_CAPITALISED)) is not None:
                found.append(("PERSON", *span, _SCORE))
            if k in HONORIFICS_AFTER and i > 0 and (span := self._words_before(text, words, i)) is not None:
                found.append(("PERSON", *span, _SCORE))
            if k in _IBERIAN_KEYS and (n := self._next(text, words, i)) is not None and self._addressed(words[n].group()):
                found.append(("PERSON", *words[n].span(), _SCORE))
        return found

    def _addressed(self, word: str) -> bool:
        """Whether ``word``, after a Spanish or Portuguese title of address (round 24: "la señora pilar", "seu joaquim",
        "el señor ramírez"), is a name: capitalised and a name, or in lower case a given name or a surname in "-ez" that
        is no word (the titles are words too: "seu remédio", "dona de casa")."""
        folded = word.lower()
        if not word.islower():
            return self.is_name(word, lower_ok=False)
        if folded in FIRST_NAMES or key(word) in FIRST_NAMES:  # "pilar", "maria": words of a dictionary too
            return key(word) not in self.everyday and not is_medication(folded)
        return len(folded) > len(IBERIAN_SURNAME_ENDING) + 2 and folded.endswith(IBERIAN_SURNAME_ENDING) and self.is_name(
            word)

    def _words_before(self, text: str, words: list[re.Match[str]], i: int) -> tuple[int, int] | None:
        """The one or two words that may be a name just before word ``i``, a single space between each."""
        start = None
        for n in (i - 1, i - 2):
            if n < 0 or not re.fullmatch(r"[ \t]", text[words[n].end():words[n + 1].start()]) or not self.is_name(
                    words[n].group()):
                break
            start = words[n].start()
        return (start, words[i - 1].end()) if start is not None else None

    def _by_name_endings(self, text: str, words: list[re.Match[str]]) -> list[Span]:
        """Names told by their ending or by an honorific glued on with a hyphen: a capitalised patronymic and the
        capitalised name before it ("Мария Ивановна"), a Hungarian married name and the name after it ("Kovácsné
        Anna", "Szabóné"), and the name before "-san", "-ji", "-ssi" ("Tanaka-san", "Sharma-ji")."""
        found: list[Span] = []
        for i, w in enumerate(words):
            word = w.group()
            head, hyphen, tail = word.rpartition("-")
            if hyphen and key(tail) in HONORIFICS_AFTER and self.is_name(head.split("-")[0]):
                found.append(("PERSON", w.start(), w.start() + len(head), _SCORE))
                continue
            if not (_capitalised(word) and _ends_as_name(word) and self.is_name(word, lower_ok=False)):
                continue
            start, end = w.span()
            for n in (i - 1, i + 1):  # "Мария Ивановна Петрова", "Kovácsné Anna", "Szabó Jánosné"
                if 0 <= n < len(words) and re.fullmatch(r"[ \t]", text[min(w.end(), words[n].end()):max(
                        w.start(), words[n].start())]) and _capitalised(words[n].group()) and self.is_name(
                        words[n].group(), lower_ok=False):
                    start, end = min(start, words[n].start()), max(end, words[n].end())
            found.append(("PERSON", start, end, _SCORE))
        return found

    def _uncued(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """Names with no role or relation word: the one or two words before a verb a person does ("Nwachukwu picked it
        up", "Okonkwo-Bright called"), the word after a preposition a person follows ("went with Nwachukwu", "per
        solberg"), and a known given name with a word that may be a name after it ("ingrid solberg")."""
        found: list[Span] = []
        plain = prose_words_of_no_name([w.group().lower() for w in words])
        for i, k in enumerate(keys):
            if (k in PERSON_VERBS_ABROAD and i > 0 and _capitalised(words[i - 1].group()) and re.fullmatch(
                    r"[ \t]", text[words[i - 1].end():words[i].start()]) and self.is_name(words[i - 1].group())):
                found.append(("PERSON", *words[i - 1].span(), _SCORE))  # "Смирнов принёс", "Σπανού πήρε"
            if i > 0 and (n := _given_name_going(text, words, keys, i)) is not None:
                found.append(("PERSON", *words[n].span(), _SCORE))  # round 35: "Ana fue", "Allen ging"
            if k in PERSON_VERBS and i > 0 and keys[i - 1] not in SERVICES and not _camel(words[i - 1].group()) and (
                    i < 2 or keys[i - 2] not in _BEFORE_A_THING) and (  # "my Dexcom says", "MomLinda says"
                    span := self._words_before(text, words, i)) is not None:
                found.append(("PERSON", *span, _SCORE))
            if k in PERSON_PREPOSITIONS and not _a_rate(text, words[i]) and (j := self._next(text, words, i)) is not None \
                    and keys[j] not in SERVICES and not _camel(words[j].group()) and (span := self._name_from(
                        text, words, j, lower_ok=k in LOWER_CASE_PREPOSITIONS or (
                            k == "with" and i > 0 and keys[i - 1] in COMPANY_VERBS))) is not None:
                found.append(("PERSON", *span, _SCORE))
            if (k in FIRST_NAMES and k not in self.everyday and not self.is_word(k) and not is_medication(k)
                    and (j := self._next(text, words, i)) is not None and keys[j] not in FIRST_NAMES
                    and self.is_name(words[j].group()) and not _plain_before(text, words, i, plain)):
                found.append(("PERSON", words[i].start(), words[j].end(), _SCORE))
        return found

    # ------------------------------------------------------------------ payees
    def _payees(self, text: str, words: list[re.Match[str]], keys: list[str]) -> list[Span]:
        """One or two words that may be a name within a few words after a payment service ("zelle it to derek
        hollis"), or between a verb of paying and "via"/"on" before one ("paid maria lopez via cashapp")."""
        found: list[Span] = []
        for i, k in enumerate(keys):
            if k not in _PAY_SERVICE:
                continue
            for j in range(i + 1, min(i + _PAY_REACH, len(words))):
                if keys[j] in _PAY_FILLER or keys[j] in _PAY_SERVICE:
                    continue
                if (span := self._one_or_two(text, words, j)) is not None:
                    found.append(("PERSON", *span, _SCORE))
                break
            if i >= 2 and keys[i - 1] in _BEFORE_SERVICE:
                for j in range(i - 2, max(i - _PAY_REACH, -1), -1):
                    if keys[j] in _PAID_VERBS:
                        n = j + 1
                        while n < i - 1 and keys[n] in _PAY_FILLER:
                            n += 1  # "send it to"
                        if (span := self._one_or_two(text, words, n)) is not None:
                            found.append(("PERSON", *span, _SCORE))
                        break
        return found

    def _one_or_two(self, text: str, words: list[re.Match[str]], j: int) -> tuple[int, int] | None:
        if j >= len(words) or not self.is_name(words[j].group()):
            return None
        end = words[j].end()
        if (j + 1 < len(words) and re.fullmatch(r"[ \t]{1,2}", text[end:words[j + 1].start()])
                and self.is_name(words[j + 1].group())):
            end = words[j + 1].end()
        return words[j].start(), end

    # ------------------------------------------------------------------ structured text, emoji, hashtags
    def _structured(self, text: str) -> list[Span]:
        """The values of person keys in JSON, YAML, XML, vCard and CSV, and markdown links to an address, when a word
        of theirs may be a name."""
        found: list[Span] = []
        for pattern in (_QUOTED_VALUE, _ELEMENT, _VCARD):
            for m in pattern.finditer(text):
                if person_key(m["key"]) and self._holds_name(m["value"]):
                    found.append(("PERSON", *m.span("value"), _SCORE))
        for m in _KEY_LINE.finditer(text):
            start = m.start("value")
            value = _VALUE_END.split(m["value"])[0].rstrip()
            if person_key(m["key"]) and self._holds_name(value):
                found.append(("PERSON", start, start + len(value), _SCORE))
        if "[" in text:
            found += [("PERSON", *m.span("value"), _SCORE) for m in _LINK.finditer(text) if self._holds_name(m["value"])]
        if "\n" in text:
            found += [("PERSON", s, e, _SCORE) for s, e in csv_person_cells(text) if self._holds_name(text[s:e])]
        return found

    def _rows(self, text: str) -> list[Span]:
        """Names in rows of records no key names (the fifteenth round): the name elements of an X12 EDI person segment
        ("NM1*IL*1*DOE*JOHN", capitals or not) and SQL's quoted literals after VALUES that hold a word that may be a
        name ("INSERT INTO contacts VALUES ('Orla','McCandlish')")."""
        found: list[Span] = []
        if "nm1" in text.lower():
            for m in _EDI_PERSON.finditer(text):
                start = m.start("names")
                for piece in m["names"].split(m["s"]):
                    if any(c.isalpha() for c in piece):
                        found.append(("PERSON", start, start + len(piece), _SCORE))
                    start += len(piece) + 1
        end = 0
        for m in _SQL_VALUES.finditer(text):
            stop = text.find(";", m.end())
            limit = min(stop if stop >= 0 else len(text), m.end() + _SQL_REACH)
            for lit in _SQL_LITERAL.finditer(text, max(m.end(), end), limit):
                group = "value" if lit["value"] is not None else "dq"
                if self._holds_name(lit[group].replace("_", " ")):
                    found.append(("PERSON", *lit.span(group), _SCORE))
            end = limit
        return found

    def _holds_name(self, value: str) -> bool:
        return not value.lstrip().startswith("<") and any(
            self.is_name(w.group()) for w in _WORD.finditer(value))

    def _slash_lists(self, text: str) -> list[Span]:
        """Every capitalised word that may be a name, or is a known given name, of a list of capitalised words set apart
        by slashes that holds a known given name ("Ana/Ben/Carlos": the last one too)."""
        found: list[Span] = []
        for m in _SLASH_LIST.finditer(text):
            pieces = list(_WORD.finditer(text, m.start(), m.end()))
            if all(_capitalised(p.group()) for p in pieces) and any(
                    key(p.group()) in FIRST_NAMES and self.is_name(p.group(), lower_ok=False) for p in pieces):
                found += [("PERSON", *p.span(), _SCORE) for p in pieces
                          if self.is_name(p.group(), lower_ok=False) or key(p.group()) in FIRST_NAMES]
        return found

    def _hashtags(self, text: str) -> list[Span]:
        """The capitalised pieces of a hashtag that may be a name ("#thanksDerek", "#TeamOkafor": the name only)."""
        found: list[Span] = []
        for m in _HASHTAG.finditer(text):
            pieces = list(_CAMEL_PIECE.finditer(text, m.start("tag"), m.end("tag")))
            if len(pieces) > 1:
                found += [("PERSON", *p.span(), _SCORE) for p in pieces
                          if _capitalised(p.group()) and self.is_name(p.group(), lower_ok=False)]
        return found

    # ------------------------------------------------------------------ the other recognizers' over-redaction
    def kept(self, text: str, start: int, end: int) -> bool:
        """Whether another recognizer's name or place at ``text[start:end]`` is an ordinary word to keep: a role word
        ("Dra.", "Schwester", "physio"), or a word of other languages that is also a given name
        (:data:`FOREIGN_WORDS_THAT_ARE_NAMES`) in lower case, or first in its sentence with a function word after it
        ("Tomo la pastilla"), with no relation or role word just before it, or in lower case and made of everyday words
        of those languages alone ("doctora dijo")."""
        found = _words(text[start:end])
        if not found:
            return False
        if self._in_brand(text, start, end):
            return True
        keys = [key(w.group()) for w in found]
        before = _words(text[max(0, start - 30):start])
        whose = bool(before) and key(before[-1].group()) in _WHOSE  # "his son Cash", "mi amiga rosa"
        if self._kin_or_sign_off(text, start, end, keys):
            return True
        if all(as_written(w.group()) in GREETINGS_ABROAD for w in found):
            return True  # round 31: "Olá,", "Tere,", "Sawubona,", "Dia duit": a greeting, the name after it apart
        if self._a_greeting_phrase(text, start, end, keys):
            return True  # round 35: "Kia ora", "Talofa lava": a greeting of two words
        if len(found) > 1 and any(k in STAFF_ROLES or k in RELATIONS for k in keys) and all(
                k in STAFF_ROLES or k in RELATIONS or everyday_word_of_no_name(w.group())
                for k, w in zip(keys, found, strict=True)):
            return True  # round 31: "farmaceuta poradził": a role and the sentence's verb, no name
        if any(k in DUTY_WORDS_ABROAD for k in keys) and all(
                k in STAFF_ROLES or k in FACILITY_WORDS or k in DUTY_WORDS_ABROAD or k in DUTY_PARTICLES for k in keys):
            return True  # round 41: "Pharmacien de garde", "Nöbetçi Eczane": a duty label, no name
        if len(found) == 1 and self._everyday_after_a_cue(text, start, end, before):
            return True  # round 31: "Olá, tomei o remédio": a verb of the prose after a greeting, in lower case
        said = [*([key(before[-1].group())] if before else []), *keys][-2:]
        if len(keys) <= 2 and len(said) == 2 and said[0] in POSSESSIVES_OF_THOSE and said[1] in RELATIONS_AFTER_A_POSSESSIVE:
            return True  # "mein Mann holt": my husband (round 23), where "Dr. Mann" stays a name
        if len(keys) >= 2 and self._a_verb_that_is_a_particle(text, end, keys, before):
            return True  # "ich bin müde", "im März bin ich" (round 23), where "ich bin Anna" is a name
        if all(k in STAFF_ROLES for k in keys) or all(k in NEVER_NAMES for k in keys) or (
                not whose and all(k in _PAY_SERVICE and k != "cash" for k in keys)) or (
                text[start:end].islower() and all(k in _CUE_WORDS for k in keys)
                and any(k in RELATIONS or k in POSSESSIVES for k in keys)):  # "ma fille": "de la" may be a name's
            return True
        if text[start:end] == text[start:end].lower() and all(len(k) > 1 and k in self.everyday for k in (
                keys if text[start:end].isascii() else _whole_word_keys(text, start, end))):
            return True  # "la doctora dijo", "قال اليوم": in lower case or a script with no capitals, every word one of
            # the languages' everyday words
            # (single letters are no such word: "m_a_r_c_u_s" is a name spelled out)
        if self._everyday_sentence(text, start, end, keys, before, whose):
            return True
        first, rest = keys[0], keys[1:]
        after = _WORD.match(text, found[0].end() + start + 1) if text[start + found[0].end():][:1] == " " else None
        if first in VERBS_THAT_ARE_NAMES and not whose and all(k in self.everyday for k in rest) and (
                rest or (after is not None and key(after.group()) in self.everyday)):
            return True  # "Tomo la pastilla", "mamá toma sus pastillas" (round 37: not "mi hijo Tomo me ayuda")
        kin = bool(before) and key(before[-1].group()) in RELATIONS  # "esposa | toma la vitamina"
        verbs = [i for i, (k, w) in enumerate(zip(keys, found, strict=True))
                 if (i or kin) and k in VERBS_THAT_ARE_NAMES and w.group().islower()]
        plain = [k in self.everyday or k in VERBS_THAT_ARE_NAMES for k in keys]
        if len(keys) > 2 and keys[-2] in VERB_OBJECT_LEADS and found[-1].group().islower():
            plain[-1] = True  # the object's noun: "la vitamina"
        if verbs and all(plain[1:]) and (
                keys[0] in opening_words_of_no_name() or ((keys[0] in RELATIONS or kin) and all(
                    i + 1 < len(keys) and keys[i + 1] in VERB_OBJECT_LEADS for i in verbs))):
            return True  # round 37: the NER's "ya tomé la", "Lo tomé", "esposa toma la vitamina": the verb of taking
        if whose or any(k in _WHOSE for k in keys):
            return False
        # "una rosa", "paz y amor": in lower case, the words that are no function word all foreign words that are also
        # names, a function word of the language in the find or beside it
        content = [k for k in keys if k not in _BEFORE_A_NOUN]
        beside = [key(w.group()) for w in before[-1:]] + ([key(after.group())] if after is not None else [])
        return (text[start:end].islower() and bool(content) and all(k in FOREIGN_WORDS_THAT_ARE_NAMES for k in content)
                and (len(content) < len(keys) or any(k in _BEFORE_A_NOUN for k in beside)))


    @staticmethod
    def _everyday_after_a_cue(text: str, start: int, end: int, before: list[re.Match[str]]) -> bool:
        """Round 31: whether the one lower-case word at ``text[start:end]`` right after a greeting or a name's cue
        ("olá", "hi", "dear": :data:`NAME_CUES_BEFORE`, :data:`GREETINGS_ABROAD`) is a word of the message's prose
        language (:func:`~features.deid.everydaywords.prose_language`, :func:`~features.deid.everydaywords.known_word`)
        and no given name: "Olá, tomei o remédio" (I took the medicine) is no greeting of a Tomei; "Olá, maria" stays a
        name (a given name)."""
        word = text[start:end]
        if not word.islower() or not before or not (
                key(before[-1].group()) in NAME_CUES_BEFORE or as_written(before[-1].group()) in GREETINGS_ABROAD):
            return False
        language = prose_language([w.lower() for w in _PROSE_WORD.findall(text, max(0, start - 60), end + 60)])
        return language is not None and known_word(word, language) and word not in faker_names("first") and (
            fold_text(word) not in faker_names("first"))

    def _everyday_sentence(self, text: str, start: int, end: int, keys: list[str], before: list[re.Match[str]],
                           whose: bool) -> bool:
        """Whether a find in lower case is words of a sentence of everyday words, some of them also names (round 22:
        "aaj subah dawai bhool gaya", "tomei o remédio de", "vidonge vyangu jana usiku"): two words or more, each an
        everyday word or one of :data:`~features.deid.termwords.CARE_WORDS_THAT_ARE_NAMES`, and one of them or the
        word just before an everyday word of three letters or more; never a single word ("my son lena"), never after a
        relation or possessive word."""
        if whose or len(keys) < 2 or not text[start:end].islower():
            return False
        if not all(k in self.everyday or k in CARE_WORDS_THAT_ARE_NAMES for k in keys):
            return False
        said = [*keys, key(before[-1].group())] if before and before[-1].group().islower() else keys
        return any(len(k) > 2 and k in self.everyday for k in said)

    def trimmed(self, text: str, start: int, end: int) -> int:
        """The end of another recognizer's name at ``text[start:end]`` without the words at its end that continue the
        sentence rather than the name: an abbreviated day ("Dr Patel Thu at 2") or an everyday word of another
        language that is no given name or surname ("Dott. Rossi Oggi ho preso"); the first word always stays."""
        found = _words(text[start:end])
        while len(found) > 1:
            last = found[-1].group()
            k = key(last)
            if not (k in _DAY_ABBREVIATIONS or (k in self.everyday and k not in FIRST_NAMES and k not in LAST_NAMES
                                                 and len(k) > 3)):
                break
            found.pop()
        return start + found[-1].end() if found else end

    @staticmethod
    def _a_greeting_phrase(text: str, start: int, end: int, keys: list[str]) -> bool:
        """Round 35: whether the words found at ``text[start:end]`` lie inside a greeting of two words
        (:data:`~features.deid.peoplewords.GREETING_PHRASES`: "<Kia> ora", "<Kia ora>", "Talofa <lava>"), the word
        after or before the find read whole."""
        after, before = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None, _words(
            text[max(0, start - 24):start])
        pairs = [tuple(keys)]
        if len(keys) == 1 and after is not None:
            pairs.append((keys[0], key(after.group())))
        if len(keys) == 1 and before and text[start - 1:start] == " ":
            pairs.append((key(before[-1].group()), keys[0]))
        return any(pair in GREETING_PHRASES for pair in pairs)

    @staticmethod
    def without_a_greeting(text: str, start: int, end: int) -> int:
        """Round 32: the start of another recognizer's name at ``text[start:end]`` past the greetings of other
        languages it opens with (:data:`GREETINGS_ABROAD`: "Sawubona Thandi", "Szia Kati" are a greeting and a name);
        the last word always stays."""
        found = _words(text[start:end])
        at = 0
        while at < len(found) - 1 and as_written(found[at].group()) in GREETINGS_ABROAD:
            at += 1
        return start + found[at].start() if found else start

    def _a_verb_that_is_a_particle(self, text: str, end: int, keys: list[str], before: list[re.Match[str]]) -> bool:
        """Whether a find of two words or more opens or closes with a verb that is also a name's particle, its pronoun
        beside it (:data:`VERBS_THAT_ARE_PARTICLES`: "ich bin müde", "März bin ich"), the other words everyday ones
        (round 23)."""
        after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if before and (key(before[-1].group()), keys[0]) in VERBS_THAT_ARE_PARTICLES:
            rest = keys[1:]
        elif after is not None and (keys[-1], key(after.group())) in VERBS_THAT_ARE_PARTICLES:
            rest = keys[:-1]
        else:
            return False
        return all(k in self.everyday or k in NEVER_NAMES for k in rest)

    def _kin_or_sign_off(self, text: str, start: int, end: int, keys: list[str]) -> bool:
        """Whether a find is a relation or kin word with only everyday words of its language ("Oma nimmt", "annem
        ilacını aldı"), sign-off words only ("Pozdrawiam", "Terima", "Cảm"), or a mail header's label ("Von:")."""
        kin = [k for k in keys if k in RELATIONS or k in OWNED_RELATIONS or k in HONORIFICS_AFTER or k in _HONORIFIC_KEYS]
        if kin and all(k in self.everyday and (k in kin or k not in FIRST_NAMES) for k in keys):
            return True
        if all(k in SIGN_OFF_WORDS for k in keys):
            return True
        return text[end:end + 3].lstrip(" \t").startswith(":") and text[start:end].lower() in MAIL_HEADER_LABELS


_CUE_WORDS = RELATIONS | POSSESSIVES | ARTICLES | STAFF_ROLES
#: words that say whose someone is: a name may follow them
_WHOSE = RELATIONS | ENGLISH_RELATIONS | STAFF_ROLES | POSSESSIVES
#: words before a noun that say whose or which: the word after them, before a verb, is a thing or a role ("my Dexcom
#: says", "the nurse-san said")
_BEFORE_A_THING = _WHOSE | ARTICLES | frozenset({"the", "a", "an", "this", "that", "your", "our", "his", "her"})
#: Spanish, Portuguese and Italian words before or after a noun ("una rosa", "mucho dolor", "paz y calma")
_BEFORE_A_NOUN = frozenset({"un", "una", "uno", "unos", "unas", "el", "la", "las", "los", "lo", "de", "del", "con", "sin",
                            "y", "e", "en", "por", "mucha", "mucho", "poca", "poco", "tengo", "tiene", "hay", "mas",
                            "muy", "su", "sus", "tu", "esta", "este", "uma", "um", "o", "a", "da", "do", "com", "em",
                            "para", "que", "es", "al", "pero", "como"})


def person_key(name: str) -> bool:
    """Whether a key of structured text holds a person's name: one of :data:`PERSON_KEYS`, or has a piece that is
    (other than "name" alone: "caregiver_name", not "product_name")."""
    folded = name.lower()
    if folded in PERSON_KEYS:
        return True
    pieces = [p for p in re.split(r"[_\-]|(?<=[a-z])(?=[A-Z])", name) if p]
    return len(pieces) > 1 and any(p.lower() in PERSON_KEYS - _GENERIC_KEYS for p in pieces)


def csv_person_cells(text: str) -> Iterable[tuple[int, int]]:
    """The spans of the cells under a person key's column in comma-, semicolon- or tab-separated text whose first
    line is a header ("name,phone" then "Derek Hollis,555…")."""
    lines = text.split("\n")
    header = lines[0]
    delimiter = next((d for d in ",;\t|" if d in header), None)
    if delimiter is None:
        return []
    columns = [i for i, cell in enumerate(header.split(delimiter)) if person_key(cell.strip(" \"'\r"))]
    if not columns:
        return []
    spans = []
    at = len(header) + 1
    for line in lines[1:]:
        cells = line.split(delimiter)
        offset = at
        for i, cell in enumerate(cells):
            if i in columns and cell.strip(" \"'\r"):
                inner = cell.strip(" \"'\r")
                s = offset + cell.index(inner)
                spans.append((s, s + len(inner)))
            offset += len(cell) + 1
        at += len(line) + 1
    return spans


#: a label's words: letters set apart by anything else or by a capital inside ("ngata-am@1", "NgataAm1")
_LABEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def label_names_someone(label: str) -> bool:
    """Whether a policy label holds a word of three letters or more that no code holds: no common English word, no
    code word (:data:`CODE_WORDS`), staff role, medicine or clinical word ("ngata-am@1": a staff surname with no role
    word before it). A label with one is no code and is pseudonymised (a code's words are a small, known set)."""
    known = COMMON_WORDS | CODE_WORDS | STAFF_ROLES
    return any(len(word) >= 3 and word.lower() not in known and not is_clinical_word(word.lower())
               and not is_medication(word.lower()) for word in _LABEL_WORD.findall(label))


def _a_rate(text: str, word: re.Match[str]) -> bool:
    """Whether the preposition ``word`` says a rate, a count among the three pieces before it ("2 kartą per dieną",
    "1 tablet per giorno", "3x per dag"): the word after it is a unit of time in some language, not a person."""
    return word.group().lower() == "per" and any(c.isdigit() for c in " ".join(text[:word.start()].split()[-3:]))


def _plain_before(text: str, words: list[re.Match[str]], i: int, plain: frozenset[str]) -> bool:
    """Round 34: whether the given name ``words[i]`` is a word of the message's Malay, Tagalog, Swahili or Hinglish
    prose (``plain``: :func:`~features.deid.everydaywords.prose_words_of_no_name`), in lower case or opening a sentence,
    and the word after it one too or capitalised (a medicine's brand): "saya lupa makan ubat", "Sudah makan Panadol"."""
    word, after = words[i].group(), words[i + 1].group()
    opens = not i or any(c in ".!?:;\n" for c in text[words[i - 1].end():words[i].start()])
    return word.lower() in plain and (word.islower() or (opens and word[1:].islower())) and (
        after.lower() in plain or after[:1].isupper())
