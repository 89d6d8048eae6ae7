"""Round 34, branch r34ages: ages over 89 in number words that the thirty-third black-box round published, each
generalised, on both sides (the redactor takes the age out, the check sees it in the raw text and nothing in the
published one); and counts of medicine in number words that the redactor read as an age.

a. Number words of more languages with a word of age beside them (:data:`features.deid.agewords.OLD_AGE_NUMBER_WORDS`,
   read by ``calendar_shapes.number_word_age_spans`` and ``leakcalendars.has_number_word_age``): Polish, Czech, Slovak,
   Croatian and Serbian tens in their cases, Uzbek in Latin and Cyrillic letters, Haitian Creole, the Belgian and Swiss
   "nonante", Japanese in kana, and the glued adjectives of age ("dziewięćdziesięciotrzyletnia", "devadesátiletý",
   "deväťdesiatročná", "девяностолетний", "toogthalvfemsårig").
b. A number word with no word of age after a verb of being or turning (``agewords.BARE_NUMBER_WORD_VERBS``): "Farmor
   er toogthalvfems", "mae Nain yn naw deg tri", "babcia skończyła dziewięćdziesiąt dwa".
c. What stays: counts of medicine and measures in number words ("ninety capsules left", "dziewięćdziesiąt kapsułek"),
   a number word after a verb with no person before it ("Der er halvfems i pakken", "Prisen er halvfems"), ages under
   90, spans of time ("il y a nonante ans", "девяносто лет назад"), the Polish birthday song ("Sto lat").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

# --------------------------------------------------------------------------- a. with a word of age

NUMBER_WORD_AGES = [
    # Polish: the tens and units in their cases, after "w wieku" too, and glued adjectives
    ("dziadek zmarł w wieku dziewięćdziesięciu dwóch lat", "dziewięćdziesięciu"),
    ("Babcia ma dziewięćdziesiąt pięć lat i dobrze się trzyma", "dziewięćdziesiąt"),
    ("babcia jest dziewięćdziesięciotrzyletnia", "dziewięćdziesięciotrzy"),
    ("babcia jest dziewięćdziesięciotrzyletnią kobietą", "dziewięćdziesięciotrzy"),
    ("prababcia, dziewięćdziesięcioletnia, mieszka z nami", "dziewięćdziesięcio"),
    # Czech and Slovak
    ("babičce je devadesát čtyři let", "devadesát"), ("dědeček zemřel ve věku devadesáti let", "devadesáti"),
    ("dědeček je devadesátiletý", "devadesáti"), ("babička, devadesátitříletá, bere léky", "devadesáti"),
    ("stará mama má deväťdesiatdva rokov", "deväťdesiatdva"),
    # Croatian and Serbian
    ("baka ima devedeset i dvije godine", "devedeset"), ("djed je umro u dobi od devedeset pet godina", "devedeset"),
    ("бака има деведесет две године", "деведесет"),
    # Uzbek, Latin and Cyrillic
    ("buvim to'qson besh yoshda", "qson"), ("bobom toʻqson ikki yoshda", "toʻqson"), ("бувим тўқсон беш ёшда", "тўқсон"),
    # Haitian Creole
    ("grann mwen gen katreven-kenz an", "katreven"), ("Granpè m gen katreven-dizwit lane", "katreven"),
    # Belgian and Swiss French
    ("Mamie a nonante-trois ans", "nonante"), ("ma grand-mère a nonante et un ans", "nonante"),
    # Japanese in kana, apart and glued
    ("おばあちゃんは きゅうじゅうよん さい です", "きゅうじゅうよん"), ("祖父は きゅうじゅうにさい", "きゅうじゅうに"),
    ("キュウジュウゴ サイ の そぼ", "キュウジュウゴ"), ("おばあちゃんはきゅうじゅうよんさいです", "きゅうじゅうよん"),
    ("キュウジュウゴサイ", "キュウジュウゴ"),
    # Russian and Danish glued adjectives, the Danish misspelt tens with a word of age
    ("дедушка девяностолетний", "девяносто"), ("morfar är toogthalvfemsårig", "toogthalvfems"),
    ("Mormor er seksoghalvfems år", "seksoghalvfems"),
]


# --------------------------------------------------------------------------- b. with no word of age

BARE_AGES = [
    ("Farmor er toogthalvfems og stadig frisk", "toogthalvfems"), ("Farmor er tooghalvfems.", "tooghalvfems"),
    ("Morfar blev halvfems i går", "halvfems"), ("mormor fylder halvfems", "halvfems"),
    ("mae Nain yn naw deg tri", "naw deg"), ("Mae Taid yn naw deg pump ac yn iach", "naw deg"),
    ("babcia skończyła dziewięćdziesiąt dwa", "dziewięćdziesiąt"), ("Babička oslavila třiadevadesát", "třiadevadesát"),
    ("Djed je napunio devedeset pet", "devedeset"), ("Ma grand-mère a nonante-cinq", "nonante"),
    ("Grann mwen gen katreven-kenz.", "katreven"), ("бабушке исполнилось девяносто", "девяносто"),
    ("Mormor är nittiofem och pigg", "nittiofem"), ("Opa is vierennegentig en nog kwiek", "vierennegentig"),
    ("Bestemor ble nittiseks i går", "nittiseks"),
    # Japanese in kana with no counter after a person
    ("祖母は今年できゅうじゅうよん", "きゅうじゅうよん"), ("おじいちゃんはもうきゅうじゅうごだよ", "きゅうじゅうご"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), NUMBER_WORD_AGES + BARE_AGES)
def test_ab_an_age_over_89_in_number_words_with_or_without_a_word_of_age_goes_for_both_sides(deid, index, text,
                                                                                             secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"age over 89"})


# --------------------------------------------------------------------------- c. what stays

KEPT = [
    # counts of medicine and measures (the redactor read "ninety" before "capsules" as an age)
    "ninety capsules left", "only ninety tablets left in the box", "a hundred sachets in the pack",
    "Grandma has ninety capsules left", "ninety-six capsules in the bottle", "a hundred and two drops left",
    "ninety sachets of ORS", "negentig capsules over", "dziewięćdziesiąt kapsułek", "dziewięćdziesiąt tabletek zostało",
    "babcia ma dziewięćdziesiąt tabletek", "devadesát tablet", "Farmor har halvfems piller",
    "Opa is negentig minuten te laat", "nonante minutes d'attente",
    # a verb with no person before it, and ages under 90
    "Der er halvfems i pakken", "Prisen er halvfems kroner", "Prisen er halvfems.", "Det er halvfems",
    "Klokken er halvfems", "Farmor er niogfirs",
    # number words that are everyday words of another language, with no word of age
    "Baka je sada i dobro", "Mamma, ma ci penso io.", "Nenek ada saja.",
    # the Polish birthday song
    "Sto lat, sto lat",
    # spans of time ("ninety years ago": the Russian was read as an age by both sides)
    "девяносто лет назад", "это было девяносто три года назад", "dziewięćdziesiąt lat temu", "devadesát let zpátky",
    "negentig jaar geleden",
    # kana counts and money
    "きゅうじゅうにん の かんじゃ", "ひゃくえん です", "くすりは きゅうじゅう こ あります",
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", KEPT)
def test_c_counts_and_numbers_that_are_no_age_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["il y a nonante ans", "il y a nonante-cinq ans, la maison"])
def test_c_nonante_years_ago_is_no_age(deid, index, text):
    assert "<AGE>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    assert "age over 89" not in probes.free_text_kinds(index, text), probes.free_text_kinds(index, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
def test_the_round34_readings_cost_in_proportion(deid, index):
    piece = ("Farmor er toogthalvfems og ninety capsules; mae Nain yn naw deg tri. babcia jest "
             "dziewięćdziesięciotrzyletnia, きゅうじゅうよんさい. Der er halvfems i pakken ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
