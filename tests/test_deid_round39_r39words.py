"""Round 39 (r39words): ordinary words the 38th black-box round found over-redacted, each kept with a real name in the
same place still going.

(a) Feasts of Latin script named for a saint who is a given name too, read by the words before them (calendars.
    _HOLIDAYS: "på Lucia", "no São João", "noche de San Juan", "la Saint-Sylvestre"; holidaywords.FASTING_SEASONS: any
    French "la Saint-X"); the NER's find of the feast's own words ("Dia de <São João>") is the feast; a word of "saint"
    is no given name after a Catalan article, for both sides (peoplewords.SAINT_WORDS).
(b) Words of the scripts of India read as a person after a feast or any word ("<होली पर दवा भूल> गई", "పండుగ <రోజు
    మందు>"): a find of only ordinary words is none (inflected_kin.script_words_of_no_name); "पर दवा" read "pr dva" was a
    Russian street numbered "dva" (recognizers._a_russian_street_numbered).
(c) Verbs and roles of no name (peoplewords.ORDINARY_WORDS_OF_NO_NAME): "Farmaceutka", "Dottoressa" keep their place
    before the name that goes, "Llamé a <Avril>", "Copay", isiXhosa "Ndinguye", the Hebrew past of taking and giving
    ("לקחתי כדור", "נתתי").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

#: (a) feasts that stay, in several languages and positions
FEASTS_KEPT = [
    "Jag tar min medicin på Lucia.",
    "Inför Lucia glömde jag tabletterna.",
    "Vou buscar o remédio no São João.",
    "Dia de São João tomei o remédio.",
    "Je prends mes comprimés à la Saint-Sylvestre.",
    "J'ai oublié ma dose à la Saint-Martin.",
    "J'ai oublié ma dose à la Toussaint.",
    "Tomei o remédio na Páscoa.",
    "Biorę leki w Boże Narodzenie.",
    "Ich hole die Tabletten am Nikolaustag ab.",
    "La noche de San Juan olvidé la pastilla.",
    "Fiesta de San Juan: olvidé la pastilla.",
    "Per Santa Lucia ho dimenticato le pillole.",
]

#: (b) words of the scripts of India that stay
SCRIPT_WORDS_KEPT = [
    "होली पर दवा भूल गई",
    "कल पर दवा भूल गई",
    "દિવાળી પર દવા ભૂલી ગઈ",
    "పండుగ రోజు మందు మర్చిపోయాను",
    "మా అమ్మ పండుగ రోజు మందు మర్చిపోయింది",
    "দুর্গাপূজার সময় ওষুধ খেতে ভুলে গেছি",
]

#: (c) verbs and roles of no name that stay
WORDS_KEPT = [
    "Farmaceutka powiedziała, że mam brać dwie tabletki.",
    "Copay was $10 this month.",
    "My Copay is too high.",
    "Ndinguye othatha amayeza.",
    "Ho visto la dottoressa ieri.",
    "Tata ndinguye othatha amayeza.",
    "נתתי לה את הכדורים.",
    "לקחתי כדור אחד.",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", FEASTS_KEPT + SCRIPT_WORDS_KEPT + WORDS_KEPT)
def test_the_ordinary_word_stays_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: names in the same places, which the check sees in the raw text: (text, the name, the kinds, a word that stays)
CAUGHT = [
    ("Lucia brought my pills.", "Lucia", {"name where a person stands"}, None),
    ("Ho parlato con Lucia ieri.", "Lucia", None, "parlato con"),
    ("J'habite à Saint-Martin.", "Saint-Martin", None, "J'habite"),
    ("La Montse em va portar les pastilles.", "Montse", {"given name after a Catalan personal article"}, None),
    ("मेरा बेटा राहुल होली पर दवा भूल गया", "राहुल", None, "होली पर दवा भूल गया"),
    ("আমার ছেলে রাহুল দুর্গাপূজার সময় ওষুধ ভুলে গেছে", "রাহুল", None, "দুর্গাপূজার সময়"),
    ("Farmaceutka Kowalska dała mi leki.", "Kowalska", {"staff name after a role word"}, "Farmaceutka"),
    ("Dottoressa Bianchi ha detto di prenderle.", "Bianchi", {"staff name after a role word"}, "Dottoressa"),
    ("La dottoressa Bianchi mi ha dato le pillole.", "Bianchi", {"staff name after a role word"}, "La dottoressa"),
    ("c'era la dottoressa Bianchi in farmacia.", "Bianchi", {"staff name after a role word"}, "c'era la dottoressa"),
    ("Copay Johnson called.", "Johnson", None, None),
    ("הבן שלי יוסי לקח את התרופות.", "יוסי", None, "לקח את התרופות"),
    ("Я живу на пр. Мира д. 12", "Мира", {"street or block address"}, None),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds", "stays"), CAUGHT)
def test_a_name_beside_those_words_still_goes(deid, index, text, secret, kinds, stays):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)
    assert stays is None or stays in probes.redacted(deid, text)


#: names the redactor alone reads in those places (the check's own gaps, not this round's): (text, name, word that stays)
GONE = [
    ("Jag väntar på Lucia.", "Lucia", None),
    ("Vou buscar o remédio em São João.", "João", "Vou buscar"),
    ("Mi hermano San Juan no vino.", "Juan", "Mi hermano"),
    ("होली पर राहुल आया", "राहुल", None),
    ("Llamé a Avril para las pastillas.", "Avril", "Llamé a"),
    ("Hablé con Marta ayer.", "Marta", "Hablé con"),
    ("דני הביא לי את התרופות.", "דני", "הביא"),
    ("пр Мира двенадцать", "Мира", None),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "stays"), GONE)
def test_the_redactor_still_takes_the_name(deid, index, text, secret, stays):
    probes.assert_gone_and_clean(deid, index, text, secret)
    assert stays is None or stays in probes.redacted(deid, text)


def test_a_saints_word_is_no_catalan_given_name_for_the_check(index):
    assert "given name after a Catalan personal article" not in free_text_kinds(index, "a la Saint-Jean")


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", ["Jag tar min medicin på Lucia. Dia de São João tomei o remédio. à la Saint-Jean. "
                                   "होली पर दवा भूल गई. Dottoressa Bianchi ha detto. Llamé a Avril. "])
def test_the_round39_word_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
