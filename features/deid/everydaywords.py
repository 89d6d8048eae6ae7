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
import re
import unicodedata
from collections.abc import Callable

from wordfreq import get_frequency_dict, zipf_frequency

#: the languages whose lists are read: those of the patients' messages that black-box rounds wrote in Latin letters
LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "nl", "pl", "ca", "ro", "cs", "sv", "da", "nb", "tr", "id", "fil",
             # round 31: Finnish ("olen väsynyt" was refused), Hungarian, Icelandic, Bulgarian and Tamil, whose
             # lists wordfreq and spaCy both have (Estonian, Irish, Welsh, Georgian, Mongolian and Zulu have no
             # wordfreq list; see :data:`~features.deid.peoplewords.STOP_WORD_LANGUAGES_LESS_NAMES`)
             "fi", "hu", "is", "bg", "ta")
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


@functools.cache
def _frequencies(language: str) -> dict[str, float]:
    return get_frequency_dict(language, "small")


def word_frequency(word: str, language: str) -> float:
    """Round 30: how often ``word`` is written in ``language`` (wordfreq's "small" list, looked up as written, no
    tokenising: Japanese and Chinese words as a dictionary cut them), 0 for a word the list lacks."""
    return _frequencies(language).get(word, 0.0)


def one_languages_prose(words: list[str]) -> str | None:
    """The first language of :data:`LANGUAGES` in which every word of ``words`` (lower case) is an everyday word, or
    ``None``. The caller rules out names: wordfreq counts "maria" and "smith" among the everyday words too."""
    for language in LANGUAGES:
        common = everyday_words(language)
        if all(word in common for word in words):
            return language
    return None


@functools.cache
def folded_everyday_words(language: str) -> frozenset[str]:
    """Round 31: the everyday words of ``language`` without their marks ("väsynyt" as "vasynyt"), as the redactor's NER
    reads a folded text."""
    return frozenset(_without_marks(word) for word in everyday_words(language))


def _without_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def one_languages_folded_prose(words: list[str]) -> str | None:
    """Round 31: :func:`one_languages_prose` of ``words`` written without their marks ("olen vasynyt", Finnish "I am
    tired", as the NER reads a folded text): the first language of the words of no English, each an everyday word of
    it with its marks dropped. ``None`` where all are ASCII everyday words of none or where a word has marks."""
    if not all(word.isascii() for word in words):
        return None
    for language in LANGUAGES:
        common = folded_everyday_words(language)
        if all(word in common for word in words):
            return language
    return None


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language`` (articles, pronouns, particles: "las", "mir", "der"), lower case: words
    that Faker's name lists also hold as somebody's name, but that in prose of their language are none; of the
    languages of :data:`~features.deid.peoplewords.STOP_WORD_LANGUAGES_LESS_NAMES`, only those that are no name."""
    module = importlib.import_module(f"spacy.lang.{_SPACY_LANGUAGE.get(language, language)}.stop_words")
    from features.deid.peoplewords import STOP_WORD_LANGUAGES_LESS_NAMES, key, stop_words_that_are_no_names

    if language in STOP_WORD_LANGUAGES_LESS_NAMES:  # round 31: Finnish "eli", "kai", "aina" are given names too
        kept = stop_words_that_are_no_names()
        return frozenset(word.lower() for word in module.STOP_WORDS if key(word) in kept)
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
    # round 26: nouns of place and time that are surnames elsewhere ("soto ni", "outside"; "naka de")
    "soto", "uchi", "naka", "mae", "ato", "ue", "shita", "ima", "kyou", "kinou", "ashita", "kesa", "konban",
})
#: the particles after a Japanese noun in romaji
ROMAJI_PARTICLES = frozenset({"ga", "wa", "wo", "o", "ni", "no", "mo", "de", "ya", "to", "kara", "made", "yori"})
#: words before a month's name, besides :data:`~features.deid.monthnames.MONTH_PREPOSITIONS`, that make a capitalised
#: name's piece the month ("im Mai", "Anfang Mai", "letzten Mai", "en mayo"): none is a cue of a person
MONTH_LEADS = frozenset({"im", "letzten", "letzter", "nachsten", "diesen", "vergangenen", "vorigen", "jeden", "en",
                         "em", "de", "del", "di", "du", "le", "w", "v", "fin", "inicios", "principios", "finales",
                         "mediados", "last", "next", "early", "late", "mid", "this", "every"})
#: round 43 (r43owner): English words after a month's name that say the month, not a person called so ("April
#: showers", "June gloom", "May flowers", "April Fools"): its weather, its season and its days
MONTH_FOLLOWERS = frozenset({"showers", "shower", "rain", "rains", "gloom", "weather", "sun", "sunshine", "heat", "frost",
                             "snow", "flowers", "blossoms", "fool", "fools", "wedding", "weddings", "bride", "brides",
                             "holidays", "holiday", "vacation", "break", "term", "semester", "deadline", "issue",
                             "edition", "sales", "bills", "bill", "rent", "refill", "refills", "appointment", "visit"})


#: round 27: words after which a lower-case word of Spanish, Portuguese, Italian or French prose is a noun and no
#: person: verbs of having, wanting, needing and feeling, and quantifiers ("tengo dolores de cabeza", "quiero paz",
#: "no hay luz", "mi sento serena", "j'ai des douleurs"); a person after such a verb takes a preposition ("quiero a
#: Paz") or stands capitalised. Plural articles are left out: "los mendoza" is a family
NOUN_LEADS: dict[str, frozenset[str]] = {language: frozenset(words.split()) for language, words in {
    "es": "tengo tienes tiene tenemos tienen tenía tenia tuve tuvo hay había habia quiero quiere queremos quería "
          "queria necesito necesita necesitamos siento sientes siente sentí senti mucho mucha muchos muchas poco poca "
          "pocos pocas más mas menos tanto tanta tantos tantas sin demasiado demasiada demasiados demasiadas",
    "pt": "tenho tens tem temos têm tinha tive teve há quero quer queremos queria preciso precisa precisamos sinto "
          "sente senti muito muita muitos muitas pouco pouca poucos poucas mais menos tanto tanta tantos tantas sem",
    "it": "ho hai abbiamo hanno avevo voglio vuole vogliamo volevo sento senti sente molto molta molti molte poco "
          "poca pochi poche più piu meno tanto tanta tanti tante senza troppo troppa troppi troppe",
    "fr": "ai avons avez avais veux veut voulons voulais sens sent beaucoup peu plus moins tant trop sans",
    # round 41 (r41over): the Nordic quantifiers ("inga biverkningar", no side effects; "ingen feber")
    "sv": "inga ingen inget några många få",
    "da": "ingen intet nogle mange få",
    "nb": "ingen intet noen mange få",
}.items()}


#: round 31: possessives after which a lower-case word of the prose's language is the noun it owns ("j'ai pris mon
#: cachet", my tablet, for an owner named Cachet; "mein pflaster", "mi pastilla"); a person after a possessive takes a
#: relation word between ("mon amie Rose") or stands capitalised
POSSESSIVE_LEADS: dict[str, frozenset[str]] = {language: frozenset(words.split()) for language, words in {
    "fr": "mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs",
    "es": "mi mis tu tus su sus nuestro nuestra nuestros nuestras",
    "pt": "meu minha meus minhas teu tua seu sua nosso nossa",
    "it": "mio mia miei mie tuo tua suo sua nostro nostra",
    "de": "mein meine meinen meinem meiner dein deine sein seine ihr ihre unser unsere",
    "nl": "mijn jouw zijn haar ons onze",
    "pl": "mój moja moje moich twój twoja swój swoja",
    "sv": "min mitt mina din ditt dina sin sitt sina",
    "da": "min mit mine din dit dine sin sit sine",
    "nb": "min mitt mine din ditt dine sin sitt sine",
}.items()}


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


def everyday_in(word: str, language: str | None) -> bool:
    """Whether ``word`` (lower case) is an everyday word of ``language``, the language of the prose it stands in
    (:func:`prose_language` of its text, worked out by the caller once per text: a caller reading many words of one
    text keeps it linear); ``None``, no language told, is none. One reading for both sides (session 25's pinyin name
    that is a Polish word, "mama ma lata"; round 28's street glued to a verb of the prose, "a glicemia deu 180")."""
    return language is not None and word in everyday_words(language)


#: the least Zipf frequency (wordfreq's large lists, where a language has one) of a word :func:`known_word` knows:
#: about once in three million words, which takes in the clinical nouns ("Hypertonie" is 2.99)
LEAST_KNOWN_ZIPF = 2.5


#: round 41 (r41over): a word opening a sentence, and the word right after it
_OPENING_WORD_THEN = re.compile(r"(?:^|(?<=[.!?\n])[ \t]*)([^\W\d_]+)[ \t]+([^\W\d_]+)")


def opens_its_prose_as_a_function_word(text: str, word: str) -> bool:
    """Round 41 (r41over): whether ``word`` (as written, capitalised) stands in ``text`` only opening a sentence, as a
    word of the text's prose language (:func:`prose_language`) a noun follows (:data:`NOUN_LEADS`), with a lower-case
    word of the language after it that is no function word ("Inga biverkningar idag": Swedish "none", no Inga; "Inga
    har tagit" and "Inga." stay a name). One reading for both sides: the owner's nickname that is such a word."""
    lower = word.lower()
    openings = [m for m in _OPENING_WORD_THEN.finditer(text) if m.group(1) == word]
    if not openings or len(openings) != text.count(word):
        return False
    language = prose_language(re.findall(r"[^\W\d_]+", text.lower()))
    if language is None or lower not in NOUN_LEADS.get(language, ()):
        return False
    return all(m.group(2).islower() and m.group(2) not in function_words(language) and known_word(m.group(2), language)
               and not _a_verb_after_a_subject(m.group(2)) for m in openings)


#: round 41 (r41over): Nordic verbs a name opening a sentence has after it ("Inga tog", "Inga glömde": a person)
_NORDIC_STRONG_VERBS = frozenset({"tog", "tar", "kom", "kommer", "gick", "går", "gjorde", "gör", "fick", "får", "sa",
                                  "sade", "såg", "ser", "åt", "äter", "bor", "tok", "gikk", "kunne", "ville", "skulle",
                                  "tager", "gik", "fik", "spiste", "ringer", "glemte", "glömmer"})


def _a_verb_after_a_subject(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a verb in the past or a strong verb right after a sentence's subject (the
    weak past's "-de", "-te", "-dde" of the Nordic languages: "glömde", "ringde", "glemte"), where a name stands."""
    return word in _NORDIC_STRONG_VERBS or word.endswith(("de", "te"))


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
    if (word in SWAHILI_WORDS and swahili_prose(words)) or (word in ARABIZI_WORDS and arabizi_prose(words)):
        return True  # round 26: "ana homa leo" (she has a fever today), "ana nseet el dawa" (I forgot the medicine)
    language = prose_language(words)
    if language is None:
        return False
    return word in function_words(language) or (before in NOUN_LEADS.get(language, ()) and known_word(word, language)) \
        or (before in POSSESSIVE_LEADS.get(language, ()) and known_word(word, language))


def month_sense(word: str, before: str, after: str) -> bool:
    """Whether a capitalised name's piece ``word`` (lower case) is a month's name where it stands: after a word of
    "since", "until", "in" or "early" of a month ("im Mai", "seit Mai", "Anfang Mai"), after a day's figure ("3. Mai")
    or before a year ("Mai 2024"); round 43: before a word of :data:`MONTH_FOLLOWERS` ("April showers")."""
    from features.deid.monthnames import MONTH_PREPOSITIONS, month_forms

    if word not in month_forms():
        return False
    return (before in MONTH_PREPOSITIONS or before in MONTH_LEADS or before.isdigit()
            or (after.isdigit() and len(after) == 4) or after in MONTH_FOLLOWERS)


# --------------------------------------------------------------------------- round 26: Vietnamese, Swahili, romaji

def folded_vietnamese(word: str) -> str:
    """``word`` without its Vietnamese marks, "đ" read "d" ("đường" → "duong"), as a message typed without them
    writes it."""
    bare = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in bare if not unicodedata.combining(c))


@functools.cache
def vietnamese_folded_words() -> frozenset[str]:
    """The everyday Vietnamese words (wordfreq's list, syllable by syllable) written without their marks ("duong",
    "huyet", "hom", "uong", "thuoc"): how a message typed without the marks spells them."""
    return frozenset(folded_vietnamese(w) for w in everyday_words("vi"))


#: Vietnamese compounds of medication care and of every day whose syllables are also names' pieces or are read as a
#: name's ("Đường huyết" is blood sugar, "thứ Năm" Thursday): written with their marks, lower case; each is read with
#: its marks or without them (:func:`vietnamese_compounds`), in any case
VIETNAMESE_COMPOUNDS = frozenset({
    "đường huyết", "đường máu", "tiểu đường", "huyết áp", "huyết áp cao", "huyết áp thấp", "mỡ máu", "tim mạch",
    "hôm nay", "hôm qua", "hôm kia", "ngày mai", "sáng nay", "sáng mai", "trưa nay", "chiều nay", "chiều qua",
    "tối nay", "tối qua", "đêm qua", "tuần này", "tuần trước", "tuần sau", "tháng này", "tháng trước", "năm nay",
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "bác sĩ", "y tá", "dược sĩ",
    "nhà thuốc", "bệnh viện", "phòng khám", "tái khám", "uống thuốc", "quên uống", "tăng liều", "giảm liều",
    "liều thuốc", "tiêm insulin", "kháng sinh", "đau đầu", "chóng mặt", "mệt mỏi", "buồn nôn", "khó thở",
    "cao huyết áp", "đo đường", "đo huyết áp", "sức khỏe", "sức khoẻ", "bình thường", "cảm ơn", "cám ơn",
    # round 26: festivals, whose words are names' pieces too ("Tết Nguyên Đán", "Trung Thu")
    "bảo hiểm", "bảo hiểm y tế", "bộ y tế", "sở y tế", "trạm y tế", "y tế",
    "tết", "tết nguyên đán", "nguyên đán", "trung thu", "tết trung thu", "giáng sinh", "rằm", "rằm tháng giêng",
})
#: Vietnamese pronouns and function words that a name list also holds ("Toi", "Minh" aside, which is a given name
#: first): read as the word even unmarked and capitalised at a sentence's start
VIETNAMESE_FUNCTION_WORDS = frozenset({
    "tôi", "toi", "mình", "chúng", "hôm", "nay", "qua", "vẫn", "cũng", "đã", "đang", "sẽ", "rồi", "không", "chưa",
    "có", "là", "và", "nhưng", "thì", "vì", "nên", "mỗi", "mấy", "bị", "được", "rất", "quá", "lại", "còn",
})
#: the least share of a text's words that are Vietnamese words (with their marks or without) for it to be Vietnamese
LEAST_VIETNAMESE_SHARE = 0.6


@functools.cache
def vietnamese_compounds() -> frozenset[str]:
    """:data:`VIETNAMESE_COMPOUNDS` with their marks and without them ("duong huyet", "thu nam"), lower case."""
    return VIETNAMESE_COMPOUNDS | frozenset(folded_vietnamese(c) for c in VIETNAMESE_COMPOUNDS)


def vietnamese_prose(words: list[str]) -> bool:
    """Whether ``words`` (lower case, as written) are Vietnamese prose, typed with its marks or without: at least
    :data:`FEWEST_PROSE_WORDS` words, :data:`LEAST_VIETNAMESE_SHARE` of them Vietnamese words (medicines' names
    among them: "Tôi uống Metformin và Amlodipine mỗi sáng"), and one written with
    Vietnamese marks or two, folded, that English lacks ("duong huyet hom nay"; "to do an ban" is none)."""
    words = [w for w in words if w.isalpha()]
    if len(words) < FEWEST_PROSE_WORDS:
        return False
    folded = vietnamese_folded_words()
    ours = [w for w in words if w in everyday_words("vi") or folded_vietnamese(w) in folded]
    if len(ours) < LEAST_VIETNAMESE_SHARE * len(words):
        return False
    english = everyday_words("en")
    return any(not w.isascii() for w in ours) or sum(w not in english for w in ours) >= 2


#: Swahili words of medication messages (wordfreq has no Swahili list): the medicine, times of day, readings, taking
#: and forgetting, asking, thanks and the small words between them ("nimesahau dawa leo asubuhi", "sukari iko juu").
#: Kin words ("mama", "baba", "bibi") are left out: a name follows them.
SWAHILI_WORDS = frozenset({
    "dawa", "madawa", "kidonge", "vidonge", "tembe", "sindano", "insulini", "leo", "jana", "kesho", "juzi",
    "asubuhi", "mchana", "jioni", "usiku", "saa", "sasa", "bado", "tena", "kila", "siku", "wiki", "mwezi", "mara",
    "moja", "mbili", "tatu", "nne", "tano", "sukari", "presha", "damu", "shinikizo", "homa", "kichwa", "tumbo",
    "maumivu", "kizunguzungu", "uchovu", "mgonjwa", "daktari", "hospitali", "kliniki", "duka", "famasia", "kunywa",
    "kumeza", "nimekunywa", "nilikunywa", "nimemeza", "nilimeza", "nimesahau", "nilisahau", "umesahau", "sahau",
    "naomba", "nahitaji", "imeisha", "zimeisha", "nyingine", "zaidi", "kidogo", "sana", "asante", "tafadhali",
    "habari", "nzuri", "sawa", "ndiyo", "hapana", "mimi", "wewe", "yeye", "sisi", "yangu", "wangu", "zangu", "langu",
    "iko", "yuko", "juu", "chini", "ni", "na", "ya", "wa", "za", "la", "kwa", "katika", "baada", "kabla", "chakula",
    "kula", "maji", "nina", "sina", "nimechoka", "ninajisikia", "vizuri", "vibaya", "kipimo", "kupima", "nimepima",
    "sijapata", "nimepata", "lakini", "pia", "au", "kwamba", "hii", "hiyo", "nimeamka", "nimelala",
    # the verb "to have" by person ("ana homa": she has a fever; Ana is a given name too)
    "ana", "una", "tuna", "mna", "wana", "huna", "hatuna",
    # round 43 (r43over): the numbers that are no given name ("vidonge kumi", ten pills, read as a name; not "sita",
    # "saba", "tisa", "mia", names too), a number and new ("namba yangu ni mpya": "ni mpya" read as a name)
    "nane", "kumi", "ishirini", "thelathini", "arobaini", "hamsini", "namba", "mpya", "nambari", "simu", "hizi",
    "hizo", "vyangu", "vyote", "vyako",
})
#: Arabic written in Latin letters and digits ("ana nseet el dawa", I forgot the medicine): pronouns, the article and
#: words of medication care; "ana" is "I", a given name too
ARABIZI_WORDS = frozenset({
    "ana", "enta", "enti", "inta", "inti", "howa", "huwa", "heya", "hiya", "e7na", "ehna", "7na", "el", "il", "al",
    "dawa", "dawaa", "adwiya", "el-dawa", "yom", "el-yom", "elyom", "lyoum", "lyom", "nseet", "nsit", "naseet",
    "akhadt", "5adt", "akhad", "khadt", "ta3ban", "t3ban", "ta3bana", "mareed", "mareeda", "sokkar", "sukkar", "daght",
    "sob7", "sabah", "el-sob7", "masa", "bel", "lel", "fe", "fi", "mesh", "mish", "ma", "la", "la2", "aywa",
    "shukran", "yalla", "khalas", "inshallah", "alhamdulillah", "el7amdulillah", "bukra", "embare7", "mbare7", "ba3d",
    "abl", "2abl", "kol", "kull", "3ashan", "3shan", "lazem", "lazim", "el-doctor", "doctor", "el-saydaleya", "habba",
    "7abba", "7aba", "5alas", "tani", "kaman", "shwaya", "ktir", "kteer", "3andi", "andi",
})
#: the least share of a text's words that are :data:`ARABIZI_WORDS` for it to be Arabic in Latin letters
LEAST_ARABIZI_SHARE = 0.6
#: the least share of a text's words that are :data:`SWAHILI_WORDS` for it to be Swahili prose
LEAST_SWAHILI_SHARE = 0.5


def swahili_prose(words: list[str]) -> bool:
    """Whether ``words`` (lower case) are Swahili prose of medication care: :data:`FEWEST_PROSE_WORDS` words or more,
    half of them :data:`SWAHILI_WORDS` and one of those no English word ("nilikunywa dawa jioni", "ana homa leo")."""
    words = [w for w in words if w.isalpha()]
    ours = [w for w in words if w in SWAHILI_WORDS]
    return (len(words) >= FEWEST_PROSE_WORDS and len(ours) >= LEAST_SWAHILI_SHARE * len(words)
            and sum(w not in everyday_words("en") for w in ours) >= 1)


#: one romaji word: Hepburn syllables only ("kinou", "futta", "saita", "kusuri"; "brought", "the", "la" are none),
#: each syllable read one way only (a lone "n" before no vowel, a doubled consonant before its twin), so that a
#: word that is none fails in linear time
ROMAJI_WORD = (r"(?:(?:sh|ch|ts|[kgzdnhbpmr]y|[kgsztdnhbpmrfjwy])?[aeiou]|n(?![aeiouy])"
               r"|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))+")
#: the least share of a text's words that are romaji for it to be romaji prose
LEAST_ROMAJI_SHARE = 0.8


def romaji_prose(words: list[str], is_romaji: Callable[[str], bool]) -> bool:
    """Whether ``words`` (lower case) are Japanese written in romaji: :data:`FEWEST_PROSE_WORDS` words or more,
    :data:`LEAST_ROMAJI_SHARE` of them romaji (``is_romaji``: the caller's match of :data:`ROMAJI_WORD`) and a word
    before a particle ("hana ga saita", "kinou yuki ga futta")."""
    words = [w for w in words if w.isalpha()]
    return (len(words) >= FEWEST_PROSE_WORDS and sum(map(is_romaji, words)) >= LEAST_ROMAJI_SHARE * len(words)
            and any(w in ROMAJI_PARTICLES and i for i, w in enumerate(words)))


#: words that open a letter before the one addressed ("Beste dokter", "Beste Jan", "Lieve Anna", "Geachte heer"):
#: some are given names too (Beste is a Turkish one), none is a name where a message opens with it
LETTER_OPENINGS = frozenset({
    "beste", "geachte", "lieve", "liebe", "lieber", "geehrte", "geehrter", "caro", "cara", "cari", "care", "querido",
    "querida", "queridos", "estimado", "estimada", "prezado", "prezada", "cher", "chère", "chers", "drogi", "droga",
    "szanowny", "szanowna", "kære", "kjære", "bäste", "käre", "kära", "sayın", "dear", "dearest",
})


def arabizi_prose(words: list[str]) -> bool:
    """Whether ``words`` (lower case, letters and digits) are Arabic written in Latin letters: :data:`FEWEST_PROSE_WORDS`
    or more, :data:`LEAST_ARABIZI_SHARE` of them :data:`ARABIZI_WORDS` and two of those no English word."""
    ours = [w for w in words if w in ARABIZI_WORDS]
    return (len(words) >= FEWEST_PROSE_WORDS and len(ours) >= LEAST_ARABIZI_SHARE * len(words)
            and sum(w not in everyday_words("en") for w in ours) >= 2)


# --------------------------------------------------------------------------- round 30: a short verb and its object

#: short verbs of having that stand between a kin word or a pronoun and a noun, by the languages (wordfreq's codes)
#: they are verbs of, that are also a possessive or a given name elsewhere ("ma" is French "my", "Ima" a given name):
#: Polish "tata ma cukrzycę" (dad has diabetes), Czech and Slovak "táta má vysoký tlak", Serbo-Croatian and Slovene
#: "mama ima dijabetes"
HAVE_VERBS: dict[str, tuple[str, ...]] = {"ma": ("pl",), "má": ("cs", "sk"), "ima": ("sh", "sl"),
                                          "mają": ("pl",), "mají": ("cs",), "imaju": ("sh",), "imajo": ("sl",)}


def object_of_a_have_verb(verb: str, words: list[str]) -> bool:
    """Whether ``words`` (as written) after ``verb`` (lower case) are the object of a verb of having of
    :data:`HAVE_VERBS`: one word or more, each in lower case and a word of one of the verb's languages
    (:func:`known_word`), none ending in "a": the object takes the accusative ("ma grypę", "má cukrovku", "ima
    gripu"), a name after the verb stands as written, in the nominative of its "-a" ("mama ma ania", "zosia", "ana":
    read as before, recall first). The caller rules out a given name it knows too."""
    languages = HAVE_VERBS.get(verb, ())
    return bool(languages and words) and all(w.islower() and not w.endswith("a") for w in words) and any(
        all(known_word(w, language) for w in words) for language in languages)


# --------------------------------------------------------------------------- round 31: a lower-case word of no name

#: the languages whose everyday words (wordfreq's lists) a lower-case word after a role or a relation word is read in,
#: beside :data:`LANGUAGES`: Russian, Ukrainian, Greek and Macedonian in their own scripts
LOWER_CASE_WORD_LANGUAGES = (*LANGUAGES, "ru", "uk", "el", "mk")
#: a lower-case verb of Polish, Czech or Slovak in the past tense, in Latin letters ("zaleciła", "poradził", "mówili"):
#: rare words each, but never a name in lower case
_LATIN_SLAVIC_PAST = re.compile(r"[a-ząćęłńóśźżčďěňřšťůýž]{3,}(?:ił|iła|ał|ała|ył|yła|ął|ęła|eł|ali|ili|yli|eli|"
                                r"ował|owała|owali|ala|ila|yla|ela|oval|ovala)")


#: endings of Russian, Ukrainian and Bulgarian surnames and patronymics (Faker's lists are in Latin letters)
_CYRILLIC_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ов", "ев", "ин", "ский", "ская", "цкий", "цкая", "енко",
                             "ович", "евич", "овна", "евна", "ична")


#: endings of Polish, Czech and Slovak pet names that wordfreq counts among everyday words ("ania", "kasia", "zosia",
#: "janek", "olka"): never read as a plain word
#: Round 43 (r43people): Romanian's clitic pronouns glued to an auxiliary ("mi-a spus", "i-a dat", "m-a sunat"),
#: said right after a role with its article ("farmacistul mi-a dat", "asistenta i-a spus"): no name
_ROMANIAN_CLITIC_FORMS = frozenset((
    "mi-a", "m-a", "i-a", "l-a", "le-a", "ne-a", "v-a", "s-a", "ți-a", "ţi-a", "ti-a", "mi-au", "m-au", "i-au", "l-au",
    "le-au", "ne-au", "v-au", "s-au", "ți-au", "ti-au", "mi-ar", "i-ar", "m-ar", "l-ar", "ne-ar", "s-ar", "v-ar", "le-ar",
    "mi-e", "i-e", "ne-e"))
_PET_NAME_ENDINGS = ("sia", "nia", "zia", "cia", "ka", "ek", "ula", "usia", "unia", "uś", "ša", "ška")


@functools.cache
def _names_of_faker() -> frozenset[str]:
    """Faker's given names and surnames, with the romanised names its Japanese and Chinese locales keep apart
    (``last_romanized_names``: "nakamura", "suzuki", "sato", which wordfreq's lists of several languages also hold,
    so that without them "dr. nakamura dijo" read the surname as an everyday word)."""
    from features.deid.peoplewords import faker_names, faker_person_lists  # imported late: it imports this module

    romanised = frozenset(name.lower() for name in faker_person_lists("romanized_names"))
    return faker_names("first") | faker_names("last") | romanised


def everyday_word_of_no_name(word: str) -> bool:
    """Round 31: whether ``word``, written in lower case, is an everyday word of one of
    :data:`LOWER_CASE_WORD_LANGUAGES` or a Polish, Czech or Slovak verb in the past tense, and no given name or surname
    of Faker's lists (as written or without its marks): after a role or a relation word it is the sentence's verb or
    noun, no one's name ("lekarz podejrzewa grypę", "pielęgniarka mówi", "lekarka zaleciła"), where "lekarz kowalski"
    stays a name."""
    if not word.islower() or len(word) < 3:
        return False
    if word in _ROMANIAN_CLITIC_FORMS:
        return True
    names = _names_of_faker()
    if word in names or _without_marks(word) in names or word.endswith(_CYRILLIC_SURNAME_ENDINGS) or (
            word.endswith(_PET_NAME_ENDINGS)):
        return False
    return _LATIN_SLAVIC_PAST.fullmatch(word) is not None or any(
        word in everyday_words(language) for language in LOWER_CASE_WORD_LANGUAGES)


# --------------------------------------------------------------------------- round 34: a sentence's first word

#: round 34: the languages of wordfreq whose everyday words the words after a sentence's first word of time are read
#: in, beside :data:`LOWER_CASE_WORD_LANGUAGES`: Latvian, Lithuanian, Serbo-Croatian, Slovene, Slovak and Malay
SENTENCE_AFTER_OPENER_LANGUAGES = (*LOWER_CASE_WORD_LANGUAGES, "lv", "lt", "sh", "sl", "sk", "ms")
#: round 34: the days around today in the spellings CLDR lacks (Ukrainian "вчора" beside CLDR's "учора", Croatian
#: "jucer" typed without its mark is left out: a word of no mark is read as CLDR writes it only)
_MORE_DAY_WORDS = "вчора ввечері вранці уранці сьогодні"
#: round 34: auxiliaries and verbs of having or being that open a sentence before a participle or a verb, by the
#: wordfreq language the word after them is read in ("Ho dimenticato", "Am uitat", "Sam zaboravila", "Jsem zapomněla"):
#: a capitalised one is no name there; before a capitalised word it is read as written
SENTENCE_AUXILIARIES: dict[str, frozenset[str]] = {language: frozenset(words.split()) for language, words in {
    "it": "ho hai ha abbiamo avete hanno sono sei è siamo", "ro": "am ai au avem aţi ați sunt", "sh": "sam si je smo ste",
    "cs": "jsem jsi jsme jste", "sk": "som si sme ste", "sl": "sem si smo ste", "pl": "jestem", "lv": "esmu esi esam",
    "pt": "tenho tens temos tinha", "es": "he has ha hemos", "uk": "я ми", "ru": "я мы"}.items()}


@functools.cache
def day_words() -> frozenset[str]:
    """Round 34: the words of the days around today, of every language CLDR has (Babel's relative day fields: the day
    before yesterday, yesterday, today, tomorrow, the day after), lower case as written, one word each (Latvian
    "vakar", Croatian "jučer", Romanian "mâine", Ukrainian "учора", Welsh "heddiw"; read through Babel's public
    ``localedata.get_locale_data``, which resolves CLDR's aliases), and :data:`_MORE_DAY_WORDS`: a
    sentence's first word of time, no one's name where it opens a sentence (the caller leaves out given names)."""
    from babel import localedata

    words = set(_MORE_DAY_WORDS.split())
    for identifier in localedata.locale_identifiers():
        if "_" in identifier:
            continue
        fields = localedata.get_locale_data(identifier).get("date_fields", {})
        for width in ("day", "day-short"):
            relative = fields[width].get("relative", {}) if width in fields else {}
            words.update(w.lower() for w in relative.values() if w.isalpha())
    return frozenset(words)


def words_of_one_language(words: list[str]) -> bool:
    """Round 34: whether ``words`` (lower case) are all everyday words of one language of
    :data:`SENTENCE_AFTER_OPENER_LANGUAGES` (the rest of a sentence after its first word of time: "aizmirsu",
    "sam zaboravila"), none a given name or surname of Faker's lists longer than three letters."""
    names = _names_of_faker()
    if not words or any(len(w) > 3 and (w in names or _without_marks(w) in names) for w in words):
        return False
    return any(all(w in everyday_words(language) for w in words) for language in SENTENCE_AFTER_OPENER_LANGUAGES)


# --------------------------------------------------------------------------- round 34: prose whose words are names elsewhere

#: Hindi and Urdu written in Latin letters ("Hinglish"; wordfreq has no list of it): the small words, verbs of taking
#: and giving, times of day and words of medication care of messages ("Apollo wale ne Telma aur Ecosprin dono diye",
#: "kal raat dawai lena bhool gaya"; round 37: the verbs' present forms, "roz leta hoon"); "dono" (both) is a
#: Japanese honorific too, "kal" and "raat" given names. Kin
#: words and honorifics ("mummy", "bhaiya", "ji") are left out: a name stands beside them.
_HINGLISH = """
    aur ne ko ka ki ke se mein me maine mujhe mera meri mere humne unhone usne woh wo yeh ye hai hain tha thi the ho
    hua hui hue gaya gayi gaye diya diye liya liye lena leni lene lo karo karna kiya kiye kal aaj parso raat subah
    shaam dopahar din le li di dawai dawaai goli goliyan nahi nahin haan bhi sirf abhi phir fir dono sab kuch thoda
    zyada bahut khatam khana khane baad pehle bhool bhul yaad wale wala wali waale dukaan dukan paise rupaye sasta sasti
    mehenga mehngi mila mili mile milta milti chahiye laga lagi lage dard bukhar chakkar neend theek thik achha accha
    acha hoga hogi raha rahi rahe roz rozana har baar ek teen char paanch ab tab jab kab kyun kya kaise bola boli
    bataya batayi lagta lagti tak par pe wapas waapas
    leta leti lete hoon hun hu hoo rahta rahti karta karti deta deti khata khati peeta peeti"""
HINGLISH_WORDS = frozenset(_HINGLISH.split())
#: the least share of a text's words that are :data:`HINGLISH_WORDS` for it to be Hinglish prose
LEAST_HINGLISH_SHARE = 0.5
#: Faker's locales of the people who write Malay or Indonesian and Tagalog (wordfreq's everyday words of
#: :func:`prose_words_of_no_name`, names among them): that language's own given names and surnames stay names in its
#: prose ("Siti", "Budi" in Malay; Spanish and English names in Tagalog). The lists of Swahili and Hinglish are the
#: writer's own, names left out
_OWN_NAME_LOCALES: dict[str, tuple[str, ...]] = {"id": ("id_ID",), "fil": ("en_US", "es_MX", "es_ES")}


def hinglish_prose(words: list[str]) -> bool:
    """Round 34: whether ``words`` (lower case) are Hinglish: :data:`FEWEST_PROSE_WORDS` words or more,
    :data:`LEAST_HINGLISH_SHARE` of them :data:`HINGLISH_WORDS` and two of those no English word ("wale ne diya")."""
    words = [w for w in words if w.isalpha()]
    ours = [w for w in words if w in HINGLISH_WORDS]
    return (len(words) >= FEWEST_PROSE_WORDS and len(ours) >= LEAST_HINGLISH_SHARE * len(words)
            and sum(w not in everyday_words("en") for w in ours) >= 2)


#: how often a given name or surname of another people must be written in Malay or Tagalog to be read there as the
#: word ("makan", eat, 8e-4; "lupa", forget): "rahul" (2e-6), "siti", "ahmad" (3e-4 at most) stay names
LEAST_NAME_AS_WORD = 3e-4


@functools.cache
def _plain_words_of(language: str) -> frozenset[str]:
    """The everyday words of Malay and Indonesian (``"id"``) or Tagalog (``"fil"``) less that people's own names and
    less any other name of Faker's lists the language writes less often than :data:`LEAST_NAME_AS_WORD`."""
    from features.deid.peoplewords import faker_names, faker_person_lists  # imported late: it imports this module

    spoken = ("id", "ms") if language == "id" else (language,)
    words = _malay_words() if language == "id" else everyday_words(language)
    own = {name.lower() for part in ("first_name", "last_name")
           for name in faker_person_lists(part, _OWN_NAME_LOCALES[language])}
    names = faker_names("first") | faker_names("last")
    rare = {w for w in words & names if max(word_frequency(w, code) for code in spoken) < LEAST_NAME_AS_WORD}
    return words - own - rare


#: round 35: the possessives of Malay and Indonesian, after which a word of the language's prose in lower case is no
#: name ("Adik saya makan Panadol": my little sibling eats Panadol)
MALAY_POSSESSIVES = frozenset({"saya", "aku", "ku", "kami", "kita", "daku"})
#: how often such a word must be written in Malay or Indonesian to be read as the word there
LEAST_VERB_AFTER_A_POSSESSIVE = 1e-4


def malay_word_after_its_possessive(possessive: str, word: str) -> bool:
    """Round 35: whether ``word`` (as written) right after ``possessive`` (lower case) is a Malay or Indonesian
    everyday word in lower case that is no name of that people's (:func:`_plain_words_of`: "makan", "minum", "lupa";
    "anak saya si budi" keeps Budi a name), written once in ten thousand words or more
    (:data:`LEAST_VERB_AFTER_A_POSSESSIVE`: "makan" 1e-3, "minum" 2e-4; "rizal", "dewi", "bayu" stay names)."""
    return possessive in MALAY_POSSESSIVES and word.islower() and word in _plain_words_of("id") and max(
        word_frequency(word, "id"), word_frequency(word, "ms")) >= LEAST_VERB_AFTER_A_POSSESSIVE


@functools.cache
def _malay_words() -> frozenset[str]:
    return everyday_words("id") | everyday_words("ms")


def prose_words_of_no_name(words: list[str]) -> frozenset[str]:
    """Round 34: the words of the language ``words`` (lower case, as written: a whole message) are prose of, where that
    is Malay or Indonesian, Tagalog (:func:`prose_language`), Swahili (:func:`swahili_prose`) or Hinglish
    (:func:`hinglish_prose`), less that language's own given names and surnames (Faker's, :data:`_OWN_NAME_LOCALES`):
    everyday words there that are somebody's name elsewhere ("lupa makan ubat malam tadi": Makan a given name; "Jana
    usiku": yesterday night, Jana a given name; Hinglish "dono", both, a Japanese honorific). Empty for other prose."""
    if swahili_prose(words):
        return SWAHILI_WORDS
    if hinglish_prose(words):
        return HINGLISH_WORDS
    language = prose_language(words) or ("id" if _malay_prose(words) else "")
    if language not in _OWN_NAME_LOCALES:
        return frozenset()
    return _plain_words_of(language)


def _malay_prose(words: list[str]) -> bool:
    """Malay or Indonesian prose with none of spaCy's Indonesian stop words ("semalam makan ubat lambat"):
    :data:`FEWEST_PROSE_WORDS` words or more, :data:`LEAST_PROSE_SHARE` of them Malay or Indonesian everyday words and
    half of them none of English."""
    words = [w for w in words if w.isalpha()]
    ours = [w for w in words if w in _malay_words()]
    return (len(words) >= FEWEST_PROSE_WORDS and len(ours) >= LEAST_PROSE_SHARE * len(words)
            and 2 * sum(w not in everyday_words("en") for w in ours) >= len(words))


# --------------------------------------------------------------------------- round 40: a word heard as a short name

#: round 40: the wordfreq languages written in each script the owner readings hear words of by their sounds (the first
#: and last code point of the script's block): a word of one of them is read in its own language first
_SCRIPT_LANGUAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("\u0400", "\u052f", ("ru", "uk", "bg", "mk")), ("\u0370", "\u03ff", ("el",)), ("\u1f00", "\u1fff", ("el",)),
    ("\u0590", "\u05ff", ("he",)), ("\u0600", "\u06ff", ("fa", "ar", "ur")), ("\u0750", "\u077f", ("fa", "ar", "ur")))
#: round 40: the most letters of an owner's word that is a short name to the sound readings ("Mark", "Nina", "Park",
#: "Birch"): three sound groups that many everyday words of other scripts also make ("امروز", today, is Mark's "NLK";
#: "больше", more, is Park's "PLK"); a longer word's sounds are rarely an everyday word's
LONGEST_SHORT_NAME = 5
#: the letters an owner's word and a word of another script are spelt with, as :func:`spelt` compares them: vowels,
#: the glides and "h" (an abjad writes a vowel as one of them or leaves it out), the lip sounds (one script's "v" is
#: another's "b", "w" or a vowel: "רבקה" for Rivka, "לוין" for Levin) and apostrophes are none
_UNSPELT = re.compile(r"[aeiouywhbpfv'`]+")
#: round 40: the Latin spellings that write one sound in two letters, read as one ("kh" of "Хьюстон" is an "h"), and
#: the letters other scripts write for one another made one: the hissing and dental ones ("رضا" is "rḍ'" for Reza) and
#: the velar ones; a word is told from a name only where even these readings differ (recall first)
_SPELT_SAME = (("kh", "h"), ("ph", "p"), ("th", "t"), ("dh", "t"), ("sh", "t"), ("zh", "t"), ("ch", "k"), ("ck", "k"),
               ("qu", "k"), ("x", "kt"), ("c", "k"), ("q", "k"), ("g", "k"), ("d", "t"), ("z", "t"), ("s", "t"))


def spelt(word: str, kh: str = "h") -> str:
    """Round 40: the consonants ``word`` (any script, read with anyascii) is spelt with, lower case, each doubled one
    once: what a word of another script and an owner's name part must share for the one to be the other written in
    that script ("مارک" and "Марк" are "mrk" as Mark is; "امروز", today, is "mrz"). A "kh" is read as ``kh`` ("h":
    the "Х" of "Хьюстон"; "k": the "כ" of "כהן", Cohen)."""
    from anyascii import anyascii

    letters = re.sub(r"[^a-z'`]", "", anyascii(word).lower()).removesuffix("h")  # a final "ה" is a vowel: "רבקה"
    letters = letters.replace("kh", "q" if kh == "k" else kh)  # (a "q" is read as a "k" below)
    for written, said in _SPELT_SAME:
        letters = letters.replace(written, said)
    return re.sub(r"(.)\1+", r"\1", _UNSPELT.sub("", letters))


def _script_languages(word: str) -> tuple[str, ...]:
    first = word[:1]
    return next((languages for low, high, languages in _SCRIPT_LANGUAGES if low <= first <= high), ())


def everyday_in_its_script(word: str) -> bool:
    """Round 40 (lead): whether ``word``, of a script of :data:`_SCRIPT_LANGUAGES` (Cyrillic, Greek, Hebrew, Arabic),
    is an everyday word of one of the languages written in it: two such words glued are prose, not a name as another
    script writes English ("забув ліки", forgot the medicine, sounds as "Kovalchuk" glued); False for other scripts,
    and for a word not in lower case: a script with no case (Arabic, Hebrew) tells no name from a word this way ("عبد
    الرحمن" is a surname of two everyday words), and a capitalised word may be one."""
    return word.islower() and _everyday_in_a_language_of_its_script(word)


def _everyday_in_a_language_of_its_script(word: str) -> bool:
    """Whether ``word`` in lower case is an everyday word of a language written in its script (False for a script
    of none of :data:`_SCRIPT_LANGUAGES`)."""
    lower = word.lower()
    return any(lower in everyday_words(language) for language in _script_languages(word))


def heard_as_a_word_of_its_own(word: str, spellings: frozenset[str]) -> bool:
    """Round 40: whether ``word``, written in another script and heard as one of the owner's short name parts (of
    :data:`LONGEST_SHORT_NAME` letters or fewer, whose :func:`spelt` forms are ``spellings``), is an everyday word of
    a language written in that script that spells none of them (its consonants begin with none: "Марком", "парке"
    are Mark and Park in a case, recall first): "امروز" (Persian "today") for a Mark, "больше" (Russian "more") for a
    Park stay. One reading for both sides: the redactor's :func:`~features.deid.text._script_sound_spans` and the
    check's ``_heard_kinds``."""
    if not _everyday_in_a_language_of_its_script(word):
        return False
    owns = {spelt(word), spelt(word, kh="k")}  # also past one proclitic letter of Hebrew or Arabic ("ליוסף", to Yosef)
    return not any(own.startswith(s) or own[1:].startswith(s) for own in owns for s in spellings if s)


# --------------------------------------------------------------------------- round 41 (r41arabizi): abjad words of no name
#: Arabic words that open an idiom, and the word that closes it, which are no name there: "لحسن الحظ" (fortunately;
#: "حسن" is Hassan too), "لسوء الحظ" (unfortunately), "بحسن نية" (in good faith)
ABJAD_IDIOM_TAILS: dict[str, frozenset[str]] = {
    "لحسن": frozenset({"الحظ", "حظي", "حظه", "حظها"}), "ولحسن": frozenset({"الحظ"}), "لسوء": frozenset({"الحظ"}),
    "بحسن": frozenset({"نية", "النية"})}
_ABJAD_LETTER = re.compile("[\u05d0-\u05ea\u0621-\u064a]")


def abjad_word_of_no_name(word: str, after: str = "") -> bool:
    """Round 41 (r41arabizi): whether a Hebrew or Arabic ``word`` (``after``: the word after it) is an everyday word that
    an owner's name is heard in, read so on both sides: a proclitic letter or two glued to a function word of its
    language ("הכל", the all, for a Cohen; "ורק", and only, for a Park; "وهو") that is no name itself ("כהן", Cohen, is
    "כ" and "הן"), or the opening word of an idiom (:data:`ABJAD_IDIOM_TAILS`: "لحسن الحظ", fortunately, for a
    Hassan)."""
    if after in ABJAD_IDIOM_TAILS.get(word, ()):
        return True
    if not _ABJAD_LETTER.match(word):
        return False
    from features.deid.peoplewords import script_given_names, without_abjad_proclitics

    stops = function_words("he" if word[0] <= "\u05ea" else "ar")
    return any(bare in stops for bare in without_abjad_proclitics(word, 2)) and word not in script_given_names()


_ABJAD_WORD_AND_NEXT = re.compile("([\u05d0-\u05ea\u0621-\u064a]+)(?=(?:[ \t]+([\u05d0-\u05ea\u0621-\u064a]+))?)")


def abjad_words_of_no_name_blanked(text: str) -> str:
    """``text`` with each word of :func:`abjad_word_of_no_name` made spaces (for readings of the owner's name)."""
    if not _ABJAD_LETTER.search(text):
        return text
    return _ABJAD_WORD_AND_NEXT.sub(
        lambda m: " " * len(m.group(1)) if abjad_word_of_no_name(m.group(1), m.group(2) or "") else m.group(1), text)
