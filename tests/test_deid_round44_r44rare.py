"""Round 44, branch r44rare: kinds in rare languages that the 43rd round saw published or over-redacted, each fixed
as a kind on both sides. The kinds:

a. Published: an age over 89 in figures beside a word of age of Igbo ("n'afọ 93", "93 afọ ya"), Hausa ("shekara
   96", "shekarunsa 98"), Kurdish ("95 salî ye", "92 salî bû"), Tajik ("97 сола", "93-сола"), Quechua ("91 watan",
   "94 watayuq") and Tigrinya ("ዓመቱ 94", "92 ዓመቱ"): ``agewords.ROUND44_AGE_WORDS_BEFORE_A_FIGURE`` and
   ``ROUND44_AGE_WORDS_AFTER_A_FIGURE`` in the shared age-word tables (redactor ``calendar_shapes.cued_age_spans``,
   check ``leakcalendars.has_cued_age``).
b. Published: a third party's name after a word of a neighbour or a friend in Uyghur ("قوشنام ئابدۇرېھىم تۇرسۇن"),
   Dzongkha ("ངའི་ཁྱིམ་མཚེས་ བསྟན་འཛིན་རྡོ་རྗེ་", a name of two parts written as one word) and Faroese ("grannin mín
   Jógvan við Á", a surname of a particle and a capital): ``peoplewords.SCRIPT_CUE_WORDS`` with their names
   (``UYGHUR_NAMES``, ``DZONGKHA_NAME_PARTS``, ``SCRIPT_CUE_SURNAME_PARTICLES``), read by
   ``inflected_kin._after_a_script_cue`` and, on its own, ``leakinflected._script_cue``.
c. Over-redacted: sports teams, television shows and places of worship named after a person or a place, and a
   Kurdish and a Hausa phrase the NER read as a name ("Manchester United", "Coronation Street", "Golden Temple",
   "Dermanên xwe", "tana shan"): ``termwords.NAMED_THINGS``, kept by the redactor's ``text._in_a_named_thing`` (a
   street too now) and the check's ``leakpeople._NAMED_THING_LOOK``; a person named beside one still goes.

Kept: ages of 89 and under and counts of pills in the same languages, the cue words with no name after them, and
ordinary sentences about teams, shows, mass and Sunday.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

#: (a) ages over 89 beside a word of age of Igbo, Hausa, Kurdish, Tajik, Quechua and Tigrinya: (text, the figure)
_AGES = [
    ("Nne m nọ n'afọ 93 ugbu a", "93"),
    ("Nna nne m dị afọ 97.", "97"),
    ("93 afọ ya", "93"),
    ("Kakata tana da shekara 96 yanzu", "96"),
    ("Shekarunsa 98 kuma yana lafiya", "98"),
    ("Bavê min 92 salî bû", "92"),
    ("Бобоям 97 сола шуданд", "97"),
    ("Модарам 93-сола аст", "93"),
    ("Mamaymi 91 watan kachkan", "91"),
    ("Taytay 94 watayuq", "94"),
    ("ኣደይ ዓመቱ 94 ኣሎ", "94"),
    ("ኣቦይ 92 ዓመቱ ኢዩ", "92"),
]

#: (b) a third party's name after a Uyghur, Dzongkha or Faroese cue: (text, a part of the name)
_THIRD_PARTIES = [
    ("مېنىڭ قوشنام ئابدۇرېھىم تۇرسۇن دورىنى ئەكەلدى", "تۇرسۇن"),
    ("قوشنام گۈلنار ئىمىن بۈگۈن كەلدى", "گۈلنار"),
    ("دوستۇم ئەركىن", "ئەركىن"),
    ("ئاغىنەم ئىلھام قادىر دورا ئېلىپ بەردى.", "قادىر"),
    ("ངའི་ཁྱིམ་མཚེས་ བསྟན་འཛིན་རྡོ་རྗེ་ གིས་སྨན་ཁྱེར་ཡི།", "རྡོ་རྗེ"),
    ("ཁྱིམ་མཚེས་ ཀརྨ་ ཚེ་རིང་ གིས་ང་ལུ་རོགས་རམ་འབད་ཡི།", "ཚེ་རིང"),
    ("ངའི་ཆ་རོགས་ པདྨ་ལྷ་མོ།", "ལྷ་མོ"),
    ("grannin mín Jógvan við Á kom við heilivágnum", "við Á"),
    ("Grannkonan mín Rakul Joensen ringdi", "Joensen"),
    ("Í gjár kom grannkonan Rakul í Gerðinum", "Gerðinum"),
    ("My neighbour John Smith took me to watch Manchester United", "Smith"),
]

#: kept: ages of 89 and under, counts of pills, cues with no name, and named things of (c)
_KEPT = [
    "Min 95 heb vexwar",
    "Ez 95 heban dixwim",
    "Bavê min 85 salî ye",
    "Ман 97 дона дору гирифтам",
    "Ман 20 сола ҳастам",
    "91 hampita upyani",
    "shekara 2026 ta zo",
    "قوشنام بۈگۈن كەلدى",
    "ངའི་ཁྱིམ་མཚེས་ གིས་སྨན་ཁྱེར་ཡི།",
    "Vinur mín hjálpti mær",
    "I watched Manchester United play after my pills",
    "We saw Real Madrid and the Boston Red Sox on TV",
    "Orlando Pirates won again",
    "I missed my dose during Grey's Anatomy",
    "Coronation Street was on when I took it",
    "The Simpsons made me forget my tablets",
    "We watched the simpsons",
    "I took my pills, then watched man utd lose.",
    "We visited Notre-Dame yesterday",
    "I prayed at the Golden Temple",
    "Is the golden temple open on Sunday?",
    "I forgot my pill before mass",
    "After Mass I took my insulin.",
    "El domingo olvidé la pastilla",
    "Dermanên xwe vexwar",
    "ngaki na dermanên xwe",
    "tana shan magani kullum",
    "Yana shan magani da safe",
]


@pytest.mark.parametrize(("text", "secret"), _AGES + _THIRD_PARTIES)
def test_ages_and_third_parties_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.parametrize("text", _KEPT)
def test_ordinary_sentences_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


def test_a_street_named_like_a_show_still_goes(deid, index):
    """A real address on a street of a show's name is an address: the number and street go."""
    probes.assert_free_text_caught(deid, index, "I live at 14 Coronation Street, Leeds", "14 Coronation")


def test_cost_in_proportion(deid, index):
    piece = " ".join((_AGES[0][0], _THIRD_PARTIES[0][0], _THIRD_PARTIES[7][0], _KEPT[10], _KEPT[24])) + " "
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
