"""Round 35 (r35kin, the leak check's side, its own readings): a relative's name after a kin word in its case, with a
possessive suffix or a clitic, or in another script ("pojalleni Mikalle", "dukrai Rūtai", "syna Pawła", "γιου μου
Νίκου", "qardaşım Elçinin", "oğlum Emre'ye", "akam Olim", "la Montse", "en Pere", "بأخي خالد", "הבן שלי יוסי",
"息子の健太に"), and a pharmacy named after a person ("Demirtaş Eczanesi", "Apotheke Müller", "Farmacia Rossi").

The check reads the text as a list of words with what stands between them and asks of each kin word, article or
pharmacy word what word is beside it, with the same word lists as the redactor (:mod:`features.deid.peoplewords`) and
none of its code (:mod:`features.deid.inflected_kin`).

Round 37 (r37kin): the kin words of more languages in their cases (shared lists: "Siskoltani Liisalta", "s bratom
Petrom", "сестра ми Десислава"), a Swedish, Norwegian or Danish possessive and kin word before a listed given name
("min son Erik"), a kin word of a script with no capitals before a given name of Faker's lists of its locales ("बेटे
अमित को", "என் மகன் ரமேஷ்", "আমার ছেলে রাহুল", "برادرِ من رضا"), and a surname of those scripts left after a name
that went ("<PERSON> رضایی").

Round 38 (r38kin): after a kin word of an Indian script any word of that script that is no ordinary word after one
(:func:`~features.deid.peoplewords.script_kin_ordinary_words`, a medicine's stem) is a name, listed or not ("என் மகன்
கார்த்திக்", "నా కొడుకు శ్రీనివాస్"); a Burmese kin word, its possessive glued before it, and the word after
("ကျွန်တော့်သား ကိုအောင်").

Round 39 (r39kin): Khmer and Amharic kin words read as the Indian scripts' (and Amharic's name before its kin word:
"አበበ ወንድሜ"), Punjabi's in the Shahmukhi script with the Arabic script's, a Burmese kin word glued between its
possessive and a name's honorific ("ကျွန်မသမီးမမြ"), a capitalised name in letters after a kin word of those
scripts ("மகன் Karthik").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from wordfreq import word_frequency

from features.deid import peoplewords as vocab
from features.deid.everydaywords import everyday_word_of_no_name
from features.deid.recognizers import FIRST_NAMES, is_medication, world_towns

_PIECE = re.compile(r"([^\W\d_]+(?:['’‘][^\W\d_]+)*)([^\w]*)")
_BLANKS = (" ", "  ", "\t")


def _low(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


def _plain(word: str) -> str:
    """Lower case, marks dropped ("Demirtaş" is "demirtas"), as the shared lists are keyed."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
                   if not unicodedata.combining(c))


def _head(word: str) -> str:
    """The word before a Turkish case's apostrophe ("Emre'ye")."""
    return re.split("['’‘]", word, maxsplit=1)[0]


def _looks_a_name(word: str) -> bool:
    head = _head(word)
    return len(head) > 1 and head[:1].isupper() and head[1:].islower()


def _name_in_case(word: str) -> bool:
    low = _low(word)
    if not _looks_a_name(word) or low in vocab.INFLECTED_KIN_WORDS or low in vocab.INFLECTED_KIN_POSSESSIVES:
        return False
    head = _head(word)  # a medicine in its case too: "Ibuprofenas", "Eliquisin"
    return not is_medication(word) and all(not is_medication(head[:cut]) for cut in range(5, len(head) + 1))


def _kin_in_case(pieces: list[tuple[str, str]]) -> bool:
    for n, (word, gap) in enumerate(pieces[:-1]):
        if _low(word) not in vocab.INFLECTED_KIN_WORDS or gap not in _BLANKS:
            continue
        at = n + 1
        if _low(pieces[at][0]) in vocab.INFLECTED_KIN_POSSESSIVES and pieces[at][1] in _BLANKS:
            at += 1
        if at + 1 < len(pieces) and _low(pieces[at][0]) in vocab.INFLECTED_KIN_ARTICLES and pieces[at][1] in _BLANKS:
            at += 1  # round 42: a Greek article before the name ("η νύφη μου η Ελένη")
        after = pieces[at + 1][0] if at + 1 < len(pieces) and pieces[at][1] in _BLANKS else ""
        if at < len(pieces) and _name_in_case(pieces[at][0]) and not vocab.no_name_where_it_stands(
                pieces[at][0], pieces[at - 1][0], after):
            return True  # round 40: "annem Beni ara dedi", "moje dcera Zavolej mi": words of no name there
    return False


@functools.cache
def _catalan_name(word: str, article: str) -> bool:
    low = _low(word)
    if low in vocab.CATALAN_GIVEN_NAMES:
        return True
    plain = _plain(word)
    if article == "en" or plain in vocab.SAINT_WORDS or (plain not in FIRST_NAMES and plain not in vocab.everyday_given_names()):
        return False
    if plain in world_towns() or f"{article} {plain}" in world_towns():
        return False
    return all(word_frequency(low, lang) < 1e-4 for lang in ("es", "ca"))


def _catalan_article(pieces: list[tuple[str, str]]) -> bool:
    for n, (word, gap) in enumerate(pieces):
        lowered = word.lower()
        if lowered[:2] in ("n'", "n’", "l'", "l’"):
            rest = word[2:]
            if _looks_a_name(rest) and rest == _head(rest) and _catalan_name(rest, lowered[0] + "'") \
                    and not is_medication(rest):
                return True
            continue
        if n + 1 >= len(pieces) or lowered not in vocab.CATALAN_PERSONAL_ARTICLES or gap not in _BLANKS:
            continue
        name = pieces[n + 1][0]
        if _looks_a_name(name) and name == _head(name) and _catalan_name(name, lowered) and not is_medication(name):
            return True
    return False


def _clitic_kin(word: str, clitics: tuple[str, ...], kin: frozenset[str]) -> bool:
    return word in kin or any(word.startswith(c) and word[len(c):] in kin for c in clitics)


def _other_scripts(text: str) -> bool:
    words = [w.strip(",.;:!?،؟") for w in text.split()]
    hebrew = vocab.HEBREW_GIVEN_NAMES | vocab.script_given_names()
    for n, word in enumerate(words[:-1]):
        after = words[n + 1]
        if _clitic_kin(word, vocab.ARABIC_KIN_CLITICS, vocab.ARABIC_SCRIPT_KIN) and \
                after in vocab.arabic_script_given_names():
            return True
        if _clitic_kin(word, vocab.HEBREW_KIN_CLITICS, vocab.HEBREW_KIN_WORDS):
            if after == vocab.HEBREW_MY and n + 2 < len(words):
                after = words[n + 2]
            if after in hebrew and after not in vocab.HEBREW_KIN_WORDS and after != vocab.HEBREW_MY:  # "שלי": Shelly
                return True
    return False


def _kanji_name_after_no(text: str) -> bool:
    for kin in vocab.JAPANESE_RELATIONS:
        at = text.find(kin + "の")
        while at >= 0:
            rest = text[at + len(kin) + 1:]
            run = 0
            while run < len(rest) and "\u4e00" <= rest[run] <= "\u9fff":
                run += 1
            if (2 <= run <= 3 or (run == 1 and rest[0] in vocab.JAPANESE_ONE_KANJI_NAMES)) and rest[run:].startswith(
                    vocab.JAPANESE_AFTER_A_KANJI_NAME) and rest[:run] not in vocab.JAPANESE_WORDS_AFTER_KIN_NO:
                return True
            at = text.find(kin + "の", at + 1)
    return False


@functools.cache
def _names_a_pharmacy(word: str) -> bool:
    plain = _plain(word)
    if not _looks_a_name(word) or plain in vocab.PHARMACY_NAME_WORDS or is_medication(word):
        return False
    if any(plain in name for name in vocab.PHARMACY_CHAIN_NAMES):  # a chain's word ("Pharmacie Lafayette")
        return False
    if plain in vocab.faker_names("last"):
        return True
    return all(word_frequency(_low(word), lang) < 2e-5 for lang in ("tr", "de", "it", "es", "fr", "sv", "fi", "pl"))


def _pharmacy_after_a_person(pieces: list[tuple[str, str]]) -> bool:
    for (word, gap), (after, _) in itertools.pairwise(pieces):
        if gap not in _BLANKS:
            continue
        if _plain(_head(after)) in vocab.PHARMACY_WORDS_AFTER_A_NAME and _names_a_pharmacy(word):
            return True
        if _plain(word) in vocab.PHARMACY_WORDS_BEFORE_A_NAME and _names_a_pharmacy(_head(after)):
            return True
    return False


def _companion_after_i_with(text: str) -> bool:
    """"我和李娜去了医院": after "I and"/"I with", a family name, a given name of one or two characters that opens with
    no character names lack, and a word a name is followed by."""
    for m in re.finditer("(?:" + "|".join(vocab.CHINESE_I_WITH) + ")([\u4e00-\u9fff]{2,3})", text):
        run = m.group(1)
        if run[0] not in vocab.HAN_SURNAMES_ONE or (run[1] in vocab.HAN_NOT_IN_NAMES
                                                   and run[1] not in vocab.HAN_GIVEN_OPENERS):
            continue
        if any(text.startswith(vocab.HAN_AFTER_A_COMPANION, m.start(1) + size) for size in range(2, len(run) + 1)):
            return True
    return False


def _nordic_kin(pieces: list[tuple[str, str]]) -> bool:
    for (mine, gap), (kin, gap2), (name, _) in zip(pieces, pieces[1:], pieces[2:], strict=False):
        if _plain(mine) in vocab.NORDIC_KIN_POSSESSIVES and _low(kin) in vocab.NORDIC_KIN_AFTER_A_POSSESSIVE and \
                gap in _BLANKS and gap2 in _BLANKS and _looks_a_name(name) and name == _head(name) and (
                _plain(name) in FIRST_NAMES or _plain(name) in vocab.faker_names("first")) and not is_medication(name):
            return True
    return False


def _bare_kin(word: str) -> tuple[tuple[str, ...], bool] | None:
    """The locales of a kin word of a script with no capitals, and whether it came with a Persian ezafe."""
    bare = word
    for mark in vocab.PERSIAN_EZAFE_MARKS:
        if word.endswith(mark):
            bare = word[:-len(mark)]
            break
    if word.replace("\u200c", "") in {w.replace("\u200c", "") for w in vocab.ARABIC_SCRIPT_KIN}:
        return ("fa_IR",), False
    return next(((locales, bare != word) for locales, kin in vocab.SCRIPT_KIN_WORDS_BY_LOCALES.items()
                 if bare in kin), None)


def _block(word: str) -> str:
    return unicodedata.name(word[:1], "").partition(" ")[0] if word else ""


def _unlisted_name(word: str, kin: str, locales: tuple[str, ...]) -> bool:
    """Round 38: a word of the kin word's own Indian script, none of the ordinary words said after one."""
    if locales not in vocab.SCRIPT_KIN_OPEN_LOCALES or len(word) < 2 or _block(word) != _block(kin):
        return False
    if word in vocab.script_kin_ordinary_words() or is_medication(word):
        return False
    return not any(word.startswith(stem) for stem in vocab.SCRIPT_KIN_NO_NAME_STEMS)


#: round 38 (r38feasts): the most blanks between a kin word of a script with no capitals, its possessive and the name:
#: the check reads the published text with each placeholder blanked to one space, so "மனைவி <PERSON> பொங்கல்" is read
#: "மனைவி   பொங்கல்", and the word three blanks on is the one after the name that went, no name after the kin word
_MOST_KIN_BLANKS = 2
_SCRIPT_WORD = re.compile(r"\S+")


def _script_kin(text: str) -> bool:
    spans = [(m.start(), m.end(), m.group().strip(",.;:!?،؟।()\"።፣፤។៕")) for m in _SCRIPT_WORD.finditer(text)]
    words = [word for _, _, word in spans]
    for n, word in enumerate(words):
        found = _bare_kin(word)
        if found is None or (found[0] == ("fa_IR",) and word in vocab.SCRIPT_KIN_WORDS_BY_LOCALES[found[0]]
                             and not found[1]):
            continue  # Persian's plain kin word ("برادر") only with its ezafe
        if found[0] in vocab.SCRIPT_KIN_NAME_BEFORE_LOCALES and n and spans[n][0] - spans[n - 1][1] <= _MOST_KIN_BLANKS \
                and _unlisted_name(words[n - 1], word, found[0]) and _bare_kin(words[n - 1]) is None:
            return True  # round 39: Amharic's name before its kin word ("አበበ ወንድሜ")
        at = n + 1
        if at + 1 < len(words) and words[at] in vocab.SCRIPT_KIN_POSSESSIVES:
            at += 1
        if at >= len(words) or any(spans[k][0] - spans[k - 1][1] > _MOST_KIN_BLANKS for k in range(n + 1, at + 1)):
            continue
        if words[at] in vocab.script_kin_given_names(found[0]) or _unlisted_name(words[at], word, found[0]):
            return True
        spelt = words[at]  # round 39: a name in letters after the kin word ("மகன் Karthik", "ወንድሜ Abebe")
        if len(spelt) >= 2 and spelt[0].isupper() and spelt[1:].islower() and not is_medication(spelt.lower()) and (
                vocab.key(spelt) not in vocab.STAFF_ROLES):
            return True
    return False


_BURMESE_WORD = re.compile("[\u1000-\u109f]+")


def _glued_burmese_kin_name(word: str) -> bool:
    """Round 39 (r39kin): one Burmese word that is a possessive, a kin word, a name's honorific and more, glued
    ("ကျွန်တော့်သားကိုအောင်"): after the honorific no combining mark (the object's "ကို" alone) and no word of
    medicine, a day or a verb."""
    for possessive in vocab.BURMESE_POSSESSIVES:
        if not word.startswith(possessive):
            continue
        rest = word[len(possessive):]
        for kin in vocab.BURMESE_KIN_WORDS:
            for title in vocab.BURMESE_NAME_HONORIFICS:
                name = rest[len(kin) + len(title):]
                if rest.startswith(kin + title) and name and unicodedata.category(name[0])[0] != "M" and not (
                        name.startswith(vocab.BURMESE_WORDS_AFTER_KIN)):
                    return True
    return False


def _burmese_kin(text: str) -> bool:
    """Round 38: a Burmese word that is a kin word of the lists, bare or after a possessive glued before it, then one
    space or two and a word of the script: no particle, and (past a name's honorific) no word of medicine, a day or a
    verb opens it."""
    words = list(_BURMESE_WORD.finditer(text))
    if any(_glued_burmese_kin_name(word.group()) for word in words):
        return True  # round 39: "ကျွန်မသမီးမမြ", no space
    for here, there in itertools.pairwise(words):
        if text[here.end():there.start()].strip(" \t") or there.start() - here.end() > 2:
            continue
        word = here.group()
        bare = next((word[len(p):] for p in vocab.BURMESE_POSSESSIVES if word.startswith(p)), word)
        if bare not in vocab.BURMESE_KIN_WORDS and word not in vocab.BURMESE_KIN_WORDS:
            continue
        after = there.group()
        if after in vocab.BURMESE_PARTICLES_AFTER_KIN:
            continue
        title = next((h for h in vocab.BURMESE_NAME_HONORIFICS if after.startswith(h) and len(after) > len(h)
                      and unicodedata.category(after[len(h)])[0] != "M"), "")
        if not after[len(title):].startswith(vocab.BURMESE_WORDS_AFTER_KIN):
            return True
    return False


@functools.cache
def _cue_words() -> dict[str, str]:
    """Round 42 (r42scripts): the check's map of the cues of :data:`~features.deid.peoplewords.SCRIPT_CUE_WORDS`, in
    lower case, to their locales."""
    return {cue.lower(): locale for locale in vocab.SCRIPT_CUE_WORDS for cue in vocab.SCRIPT_CUE_WORDS[locale]}


def _uncased(word: str, locale: str) -> set[str]:
    low = word.lower()
    return {low} | {low.removesuffix(end) for end in vocab.SCRIPT_CUE_CASE_ENDINGS.get(locale, ())
                    if low.endswith(end) and len(low) - len(end) >= 2}


def _a_capital_of_the_locale(word: str, locale: str) -> bool:
    """Round 43 (r43people): the check's reading of a name after a cue of a script with capitals (Mongolian's
    Cyrillic, :data:`~features.deid.peoplewords.SCRIPT_CUE_CASED_LOCALES`): an upper-case letter of that script
    and then a lower-case one, letters and hyphens only, no medicine ("эмч Ганбаатар", "ах Бат-Эрдэнэ")."""
    if len(word) < 2 or not word[0].isupper() or not word[1].islower() or is_medication(word.lower()):
        return False
    return all(c == "-" or (c.isalpha() and _block(c) == vocab.SCRIPT_CUE_CASED_LOCALES[locale]) for c in word)


def _surname_of(word: str, locale: str, sure: bool) -> bool:
    """Round 42: the check's reading of a surname after a given name that follows a cue: listed (not where only a
    ``sure`` one is asked for) or of its locale's endings, a Persian or Hebrew given name made a surname ("رضایی",
    "אברהמי")."""
    forms = _uncased(word, locale)
    if locale in vocab.SCRIPT_CUE_CASED_LOCALES:
        return not sure and _a_capital_of_the_locale(word, locale)
    if word in vocab.SCRIPT_CUE_VERBS_AFTER_A_NAME or any(
            form.endswith(vocab.SCRIPT_CUE_NOT_SURNAME_ENDINGS) for form in forms):
        return False
    table = vocab.SCRIPT_CUE_SURE_SURNAME_ENDINGS if sure else vocab.SCRIPT_CUE_SURNAME_ENDINGS
    if any(len(form) >= vocab.SCRIPT_CUE_SURNAME_SHORTEST and form.endswith(table.get(locale, ())) for form in forms):
        return True
    if sure:
        return False
    if forms & vocab.script_cue_surnames(locale):
        return True
    given = vocab.script_cue_given_names(locale)
    if locale == "he_IL" and word[-1:] == "י":
        return word[:-1] in {name.translate(vocab.HEBREW_FINAL_LETTERS) for name in given}
    return locale == "fa_IR" and any(word.endswith(end) and word[:-len(end)] in given
                                     for end in vocab.PERSIAN_SURNAME_ENDINGS)


def _script_cue(text: str) -> bool:
    """Round 42 (r42scripts): a cue word of a neighbour, friend, colleague, carer or relative of a script with no
    capitals (or Armenian in lower case), a possessive or none, then a given name of its locale's lists (or, read open,
    any ordinary-less word of an Indian script), or any word and a surname of a sure ending ("ჩემი მეზობელი ზურა
    მაისურაძე"); the blanks a placeholder leaves are at most :data:`_MOST_KIN_BLANKS` between them."""
    spans = [(m.start(), m.end(), m.group().strip(",.;:!?،؟।()\"")) for m in _SCRIPT_WORD.finditer(text)]
    cues = _cue_words()
    for n, (_, _, word) in enumerate(spans):
        low = word.lower()
        two = f"{low} {spans[n + 1][2]}" if n + 1 < len(spans) else ""
        locale = cues.get(two) or cues.get(low)
        if locale is None:
            continue
        at = n + (2 if two in cues else 1)
        owned = at < len(spans) and spans[at][2].lower() in vocab.SCRIPT_CUE_POSSESSIVES
        if low in vocab.SCRIPT_CUE_WORDS_NEEDING_A_POSSESSIVE and not owned:
            continue
        at += owned
        if at >= len(spans) or any(spans[k][0] - spans[k - 1][1] > _MOST_KIN_BLANKS for k in range(n + 1, at + 1)):
            continue
        name = spans[at][2]
        if name.lower() in cues:
            continue
        if _uncased(name, locale) & vocab.script_cue_given_names(locale) or (
                locale in vocab.SCRIPT_CUE_OPEN_LOCALES and _unlisted_name(name, word, (locale,))) or (
                locale in vocab.SCRIPT_CUE_CASED_LOCALES and _a_capital_of_the_locale(name, locale)):
            return True
        if at + 1 < len(spans) and spans[at + 1][0] - spans[at][1] <= _MOST_KIN_BLANKS and name.isalpha() and (
                len(name) >= 2) and _surname_of(spans[at + 1][2], locale, True):
            return True
    return False


def surname_left_after_a_name(text: str) -> bool:
    """"<PERSON> رضایی" (the published text, its placeholders kept): a surname of the scripts with no capitals, or a
    Persian given name with a surname's ending, right after a name that went."""
    if text.isascii() or "<PERSON>" not in text:
        return False
    words = [w.strip(",.;:!?،؟।()\"") for w in text.replace("<PERSON>", " <PERSON> ").split()]
    names = vocab.script_kin_given_names(("fa_IR",))
    for before, word in itertools.pairwise(words):
        if before != "<PERSON>":
            continue
        if word in vocab.script_kin_surnames() or any(
                word.endswith(end) and word[:-len(end)] in names for end in vocab.PERSIAN_SURNAME_ENDINGS):
            return True
        # round 42 (r42scripts): a surname of the cues' locales, listed or of a sure ending ("<PERSON> ბერიძე")
        if word not in vocab.SCRIPT_CUE_VERBS_AFTER_A_NAME and any(
                _surname_of(word, locale, True) or _uncased(word, locale) & vocab.script_cue_surnames(locale)
                for locale in vocab.SCRIPT_CUE_WORDS):
            return True
    return False


#: Round 43 (r43people): the check's reading of a cue word (a Maori kin word's personal article after it or none), a
#: placeholder where a name went and the word after it, or of a cue word, a word and the placeholder after it
_PART = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_CUE_PLACEHOLDER_WORD = re.compile(
    rf"(?<![^\W\d_])(?=(?P<cue>[^\W\d_]+)(?:[ \t]{{1,2}}(?P<article>[^\W\d_]+))??[ \t]{{1,2}}(?:<PERSON>[ \t]{{1,2}}"
    rf"(?P<after>{_PART})|(?P<before>{_PART})[ \t]{{1,2}}<PERSON>)(?![^\W\d_-]))")
#: Round 43: the words after which a name is a third party's (a relation's, a role's, a Maori kin word)
_THIRD_PARTY_CUES = (vocab.RELATIONS | vocab.ENGLISH_RELATIONS | vocab.OWNED_RELATIONS | vocab.STAFF_ROLES
                     | vocab.MAORI_KIN_WORDS)


def name_part_left_beside_a_cued_name(text: str) -> bool:
    """Round 43 (r43people): "meine Mutter <PERSON> Beck", "taku whaea a Mere <PERSON>" (the published text, its
    placeholders kept): a capitalised word, no medicine or cue (any after a Maori article: "Mere"), beside a name
    that went after a relation's, role's or Maori kin word is the part of the name left behind; after the
    placeholder, one that is no everyday word either (the 42nd round published "<PERSON> Beck" and "Mere <PERSON>",
    the check passing them)."""
    for m in _CUE_PLACEHOLDER_WORD.finditer(text):
        cue, article = vocab.key(m.group("cue")), m.group("article")
        maori = article is not None and vocab.key(article) in vocab.MAORI_PERSONAL_ARTICLES and (
            cue in vocab.MAORI_KIN_WORDS)
        if (article is not None and not maori) or cue not in _THIRD_PARTY_CUES:
            continue
        word = m.group("after") or m.group("before")
        if not word[:1].isupper() or not word[1:].replace("-", "").islower() or is_medication(word.lower()):
            continue
        if maori and m.group("before") is not None:
            return True  # after "whaea a" any capitalised word is a name ("Mere", "mère" to the cue lists)
        if vocab.key(word) not in _THIRD_PARTY_CUES and (
                m.group("before") is not None or not everyday_word_of_no_name(word.lower())):
            return True
    return False


def inflected_kin_kinds(text: str) -> list[str]:
    """The kinds of the module docstring's readings whose names ``text`` holds."""
    pieces = [(m.group(1), m.group(2)) for m in _PIECE.finditer(text)]
    kinds = []
    if _kin_in_case(pieces):
        kinds.append("name in its case after a kin word")
    if _catalan_article(pieces):
        kinds.append("given name after a Catalan personal article")
    if _pharmacy_after_a_person(pieces):
        kinds.append("pharmacy named after a person")
    if not text.isascii() and (_other_scripts(text) or _kanji_name_after_no(text)):
        kinds.append("name after a kin word with a clitic or in another script")
    if _nordic_kin(pieces):
        kinds.append("given name after a Nordic possessive and kin word")
    if not text.isascii():
        if _script_kin(text):
            kinds.append("given name after a kin word of a script with no capitals")
        if _script_cue(text):
            kinds.append("name after a cue word of a script with no capitals")
        if max(text) >= "\u1000" and _burmese_kin(text):
            kinds.append("name after a Burmese kin word")
    if not text.isascii() and _companion_after_i_with(text):
        kinds.append("Chinese name after I and")
    return kinds
