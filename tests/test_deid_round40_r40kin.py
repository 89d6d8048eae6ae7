"""Round 40 (r40kin): third parties named right after a kin word that the name lists do not hold, which the
thirty-ninth black-box round got past one side or both. The rule, in every language: after a kin word (articles,
possessives or particles between), a capitalised word, or a word of a script with no capitals, is a name unless it is
an everyday word of that language. Kinds, each read by the redactor and the check:

(a) Japanese in romaji, a kin word and "no" before the name ("tsuma no Yumiko");
(b) a Japanese given name of one kanji after "<relation>の" ("妻の恵が");
(c) a capitalised name no list holds after a kin word of the Latin script, an article between or none ("mi comadre
    Yoli", "mi tía la Tencha", "meu primo o Zeca");
(d) a name in Latin letters after a kin word of Thai, Khmer or Lao ("ลุง Prasert", "ពូ Sokha");
(e) a Persian given name that is an everyday word too after a kin word with its possessive ("خواهرم ستاره");
(f) a Khmer name glued to its kin word, up to the verb glued after it ("ពូវណ្ណាមកយកថ្នាំ");
(g) the surname after a Nguni-prefixed given name, even where it is an English word ("nguThabo Zulu");
(h) a given name, an Irish surname's particle and its rest ("Máire Nic Giolla Phádraig", "Eoin Ó Briain");
(i) the words that must stay: lower-case nouns after a kin word and an article, a thing after "<relation>の", Thai and
    Khmer clauses after a kin word, a romaji noun, a capitalised everyday word after a kin word.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_ROMAJI = {"name in romaji after a kin word"}
_ABROAD = {"name after a kin word abroad"}
_SCRIPT_LETTERS = {"name in letters after a kin word of Thai, Khmer or Lao"}
_KANJI = {"name after a kin word with a clitic or in another script"}
_KHMER_GLUED = {"name glued to a Khmer kin word"}
_IRISH = {"name with an Irish surname particle"}

CAUGHT = [
    # (a) romaji
    ("tsuma no Yumiko ga kusuri o motte kita", "Yumiko", _ROMAJI),
    ("musume no Aoi ni okuri mashita", "Aoi", _ROMAJI),
    ("ojiichan no Hiroshi wa byouin ni iru", "Hiroshi", _ROMAJI),
    ("imouto no Mao-chan ga tetsudatte kureta", "Mao", _ROMAJI),
    # (b) one kanji
    ("妻の恵が迎えに来ます", "恵", _KANJI),
    ("息子の翔くんが薬を持ってきた", "翔", _KANJI),
    ("兄の誠は今日来ない", "誠", _KANJI),
    # (c) Latin-script kin words, an article or none
    ("mi comadre Yoli me llevó al doctor", "Yoli", _ABROAD),
    ("mi tía la Tencha trajo las pastillas", "Tencha", _ABROAD),
    ("meu primo o Zeca trouxe o remédio", "Zeca", _ABROAD),
    ("mi ahijada Yesi recoge la receta", "Yesi", _ABROAD),
    ("meine Schwägerin die Anni bringt die Tabletten", "Anni", _ABROAD),
    ("mia cognata la Giuli ha portato le medicine", "Giuli", _ABROAD),
    # (d) Thai, Khmer, Lao kin words, a name in letters
    ("ลุง Prasert มารับยาแทน", "Prasert", _SCRIPT_LETTERS),
    ("ป้า Wanida โทรมาเมื่อเช้า", "Wanida", _SCRIPT_LETTERS),
    ("ពូ Sokha មកយកថ្នាំ", "Sokha", _SCRIPT_LETTERS),
    ("ລຸງ Bounmy ມາເອົາຢາ", "Bounmy", _SCRIPT_LETTERS),
    # (f) Khmer glued
    ("ពូវណ្ណាមកយកថ្នាំ", "វណ្ណា", _KHMER_GLUED),
    ("មីងចន្ធូទៅទិញថ្នាំ", "ចន្ធូ", _KHMER_GLUED),
    # (h) Irish particles
    ("Máire Nic Giolla Phádraig rang about the refill", "Giolla", _IRISH),
    ("my nephew Ciarán Mac Giolla Bhríde will collect", "Bhríde", _IRISH),
    ("Eoin Ó Briain dropped off the pills", "Briain", _IRISH),
]


@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_a_name_after_a_kin_word_goes_and_the_check_sees_it(deid, index, text, secret, kinds) -> None:
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.parametrize(("text", "secret"), [
    ("خواهرم ستاره داروها را آورد", "ستاره"),
    ("دخترم نرگس دیروز آمد", "نرگس"),
    ("عمه‌ام مهتاب قرص‌ها را خرید", "مهتاب"),
])
def test_a_persian_name_that_is_a_word_goes_after_a_kin_word(deid, index, text, secret) -> None:
    """(e) Persian given names that are everyday words (star, narcissus, moonlight), after a kin word with its
    possessive suffix (and a zero-width non-joiner): both sides read them from the shared list."""
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.parametrize(("text", "secret"), [
    ("nguThabo Zulu ozolanda amaphilisi", "Zulu"),
    ("ngicela unikeze uLindiwe Zulu amaphilisi", "Zulu"),
])
def test_the_surname_after_a_nguni_prefixed_name_goes(deid, index, text, secret) -> None:
    """(g) the surname is an English word ("Zulu"); it goes with the given name, and the check sees one left after
    a name that went ("u<PERSON> Zulu")."""
    probes.assert_gone_and_clean(deid, index, text, secret)
    assert "surname left after a Nguni-prefixed name" in probes.free_text_kinds(index, "ngu<PERSON> Zulu uzofika")
    assert "surname left after a Nguni-prefixed name" not in probes.free_text_kinds(index, "u<PERSON> Will come")


def test_the_khmer_name_ends_where_the_verb_starts(deid) -> None:
    """(f) the name glued to the kin word goes; the verb and the medicine glued after it stay."""
    out = probes.redacted(deid, "ពូវណ្ណាមកយកថ្នាំ")
    assert "វណ្ណា" not in out and out.endswith("មកយកថ្នាំ"), out


@pytest.mark.parametrize("text", [
    "mi nieta la farmacia cerró temprano",
    "夫の薬がなくなりました",
    "ลุงกินยาแล้ว",
    "ពូទៅផ្សារ",
    "pasé por la farmacia con mi hija",
])
def test_ordinary_words_after_a_kin_word_stay(deid, index, text) -> None:
    """(i) a noun in lower case after a kin word and an article, a thing after "<relation>の", a Thai or Khmer clause
    glued to a kin word: neither side takes them."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.parametrize(("text", "word"), [
    ("mi hija Está enferma desde ayer", "Está"),
    ("mi abuela Metformina no toma", "Metformina"),
    ("otto no Kusuri ga nai", "Kusuri"),
    ("blood type O Negative on the chart", "Negative"),
    ("my mother Alzheimer's is worse this week", "Alzheimer"),
    ("mi abuelo Toma su insulina de noche", "Toma"),
    ("mi nieta la Farmacia del Ahorro no abre", "Farmacia"),
])
def test_a_capitalised_everyday_word_after_a_kin_word_is_no_name_of_these_readings(deid, index, text, word) -> None:
    """(i) a capitalised everyday word of the kin word's language, a medicine, a romaji thing, a blood type, an
    English kin word before a term, a person's verb that is a given name too: the new readings take none of them on
    either side (other readings may read the sentence otherwise)."""
    from features.deid.kin_abroad import kin_abroad_spans
    from features.deid.leakkinabroad import kin_abroad_kinds

    assert not [text[a:b] for _, a, b, _ in kin_abroad_spans(text) if word in text[a:b]]
    assert not kin_abroad_kinds(text)


def test_the_new_readings_cost_in_proportion(deid, index) -> None:
    piece = ("otto no Takeshi ga kita. mi nieta la Fer vino. ลุง Somsak มา ពូសុខាមកយកថ្នាំ "
             "Seán Mac Giolla rang. nguThabo Zulu ozofika. 夫の健が来た。 ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
