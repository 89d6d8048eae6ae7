"""Round 26 (branch r26names): the owner's and third parties' names the twenty-sixth black-box round got PUBLISHED past
both sides, each kind both ways (the redactor takes the name out, the check sees it in the raw text and nothing in the
output), and the over-redaction of a kin's verb:

1. the owner's hypocorisms the nickname tables lacked ("Kees" for Cornelis, "Bia" for Ana Beatriz, "Zé" for José,
   "Takis", "Gigi", "Sepp", "Kuba", "Gosia"...), and one that is a word in lower case beside a person's cue ("dile a
   nacho"); "I ate a nacho" stays to the check;
2. names after Greek, Tagalog and Arabic kin titles and kunyas ("yiayia Eleni", "Tito Boy", "Ate Joy", "أبو سمير");
   "I ate lunch", "هل أخذت الدواء أم لا" stay;
3. two given names in lower case joined by "y"/"and" with a person's verb or a preposition of company ("lupe y chayo me
   ayudan", "hablé con mari y pepe"); "mar y sol me encantan", "sal y pimienta" stay;
4. a particle surname's rest and a double-barrelled surname's second half ("Pieter de Haan", "panią Nowicką-Kowal");
5. a kin's verb the NER read as a name ("grandpa drew a picture", "grandma rose early") stays; "grandma Rose called"
   still goes.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner, owner_kinds, redacted

# --------------------------------------------------------------------------- 1. the owner's hypocorisms

OWNER_NICKNAMES = [
    ("Cornelis de Vries", "Kees belde gisteren", "Kees"),
    ("Ana Beatriz Souza", "a Bia tomou o remédio", "Bia"),
    ("José Silva", "o Zé esqueceu o remédio", "Zé"),
    ("Panagiotis Papadopoulos", "Takis forgot his pills", "Takis"),
    ("Nikolaos Papadopoulos", "Nikos forgot", "Nikos"),
    ("Luigi Rossi", "Gigi ha dimenticato la pillola", "Gigi"),
    ("Giuseppe Rossi", "Beppe non ha preso niente", "Beppe"),
    ("Antonio Souza", "o Tonho esqueceu", "Tonho"),
    ("Francisco Souza", "o Xico esqueceu", "Xico"),
    ("Concepción López", "Conchi vino ayer", "Conchi"),
    ("Josef Huber", "Sepp hat vergessen", "Sepp"),
    ("Jakub Nowak", "Kuba zapomniał", "Kuba"),
    ("Małgorzata Nowak", "Gosia zapomniała", "Gosia"),
    ("Ignacio Pérez", "dile a nacho que venga", "nacho"),
    ("Ignacio Pérez", "habla con nacho mañana", "nacho"),
    ("Ignacio Pérez", "nacho me dijo que no", "nacho"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), OWNER_NICKNAMES)
def test_the_owners_hypocorism_goes_for_both_sides(deid, name, text, secret):
    probes.assert_owner_caught(deid, owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["I ate a nacho with cheese", "the nacho plate was cold", "un nacho con queso"])
def test_a_nickname_that_is_a_word_with_no_cue_is_no_name_to_the_check(text):
    assert not owner_kinds(owner("Ignacio Pérez"), text), owner_kinds(owner("Ignacio Pérez"), text)


# --------------------------------------------------------------------------- 2. kin titles and kunyas

KIN_TITLED = [
    ("yiayia Eleni is sick", "Eleni"),
    ("papou Giorgos called yesterday", "Giorgos"),
    ("Tita Baby brought the meds", "Baby"),
    ("Tito Boy drove me", "Boy"),
    ("Kuya Jun picked me up", "Jun"),
    ("Ate Joy called", "Joy"),
    ("Lola Caring is 80", "Caring"),
    ("أبو سمير جاء اليوم", "سمير"),
    ("أم أحمد اتصلت", "أحمد"),
    ("abu Samir came today", "Samir"),
    ("umm Ahmed called", "Ahmed"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), KIN_TITLED)
def test_a_name_after_a_kin_title_or_a_kunya_goes(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"name after a kin title or a kunya"})


KIN_TITLE_KEPT = ["I ate lunch late", "tita is fine now", "mi lola está bien", "هل أخذت الدواء أم لا",
                  "kuya is at work", "umm Tylenol maybe?"]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", KIN_TITLE_KEPT)
def test_a_kin_title_before_no_name_stays(deid, index, text):
    assert "name after a kin title or a kunya" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- 3. two given names in lower case

PAIRS = [("lupe y chayo me ayudan", "chayo"), ("hablé con mari y pepe", "pepe"), ("con lupe y chayo", "lupe")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), PAIRS)
def test_two_given_names_joined_in_lower_case_go(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"two given names joined in lower case"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["sal y pimienta", "mar y sol me encantan", "rosa y blanca son colores",
                                  "pan y agua", "con leche y azúcar"])
def test_everyday_words_joined_stay(deid, index, text):
    assert "two given names joined in lower case" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- 4. surnames' pieces

SURNAMES = [
    ("ayer vino Pieter de Haan", "Haan", {"name with a surname particle"}),
    ("I saw Anna de Haan at church", "Haan", {"name with a surname particle"}),
    ("Jan van der Berg called", "Berg", {"name with a surname particle"}),
    ("rozmawiałam z panią Nowicką-Kowal wczoraj", "Kowal", {"name beside an honorific"}),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), SURNAMES)
def test_a_surnames_rest_goes_with_the_name(deid, text, secret, kinds):
    probes.assert_third_party_caught(deid, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Guillain-Barré syndrome after the flu", "la dosis de la mañana"])
def test_a_hyphened_eponym_or_particles_with_no_name_stay(deid, index, text):
    assert "name with a surname particle" not in probes.third_party_kinds(text)
    probes.assert_free_text_kept(deid, index, text)


HYPHENED = [("Anna Nowicka-Kowal", 0, 12, (0, 18)), ("Anna Nowicka-Kowal-Wiśniewska", 0, 12, (0, 29)),
            ("Nowicka-Kowal", 8, 13, (0, 13)), ("Pieter de Haan", 0, 9, (0, 14)), ("Jan van der Berg", 0, 3, (0, 16))]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "start", "end", "whole"), HYPHENED)
def test_a_persons_span_takes_the_rest_of_its_surname(text, start, end, whole):
    """What the NER left of a double-barrelled or particle surname goes with the span ("<Anna Nowicka>-Kowal")."""
    from features.deid.text import _with_surname_rest

    assert _with_surname_rest(text, start, end) == whole


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["we flew to Rio de Janeiro", "vivo en Santiago de Chile"])
def test_a_town_with_a_particle_stays_a_town(deid, text):
    """A person's span is not stretched over a town another reading found ("<Rio> de Janeiro" stays a town whole)."""
    out = redacted(deid, text)
    assert "Janeiro" not in out and "Chile" not in out and "<PERSON>" not in out, out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "start", "end"), [("Anna de la mañana", 0, 4), ("Anna-", 0, 4), ("Anna de 5", 0, 4)])
def test_no_surname_rest_after_a_particle_before_no_capital(text, start, end):
    from features.deid.text import _with_surname_rest

    assert _with_surname_rest(text, start, end) == (start, end)


# --------------------------------------------------------------------------- 4b. the owner's Chinese given name

CJK_PET = [("林家豪", "阿豪今天没吃药", "豪"), ("林家豪", "小豪来了", "豪"), ("林家豪", "豪哥来了", "豪"),
           ("林家豪", "家 豪今天没吃药", "豪"), ("張志明", "阿明今天沒吃藥", "明")]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text", "secret"), CJK_PET)
def test_the_owners_chinese_given_name_as_a_pet_name_goes(deid, name, text, secret):
    probes.assert_owner_caught(deid, owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [("陈一时", "我等了一小时"), ("李文心", "请小心服药"), ("林家豪", "我回家了"),
                                            ("周文姨", "阿姨来了")])
def test_everyday_words_like_a_pet_name_stay(deid, name, text):
    assert redacted(deid, text, owner(name)) == text
    assert not owner_kinds(owner(name), text), owner_kinds(owner(name), text)


# --------------------------------------------------------------------------- 4c. Vietnamese in lower case

@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("cô lan đưa thuốc", "lan"), ("dì mai đến", "mai"),
                                              ("chú hùng gọi", "hùng")])
def test_a_lower_case_name_after_a_marked_vietnamese_kin_word_before_a_verb_goes(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"name after a Vietnamese kin word"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["chú ý uống thuốc", "cô ấy đến", "co lan dua thuoc roi"])
def test_a_vietnamese_kin_word_before_a_word_stays_to_the_kin_reading(text):
    assert "name after a Vietnamese kin word" not in probes.third_party_kinds(text)


# --------------------------------------------------------------------------- 5. a kin's verb

@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["grandpa drew a picture", "grandma rose early", "my dad drew the curtains"])
def test_a_kins_verb_is_no_name(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("grandma Rose called", "Rose"), ("grandma rose called", "rose")])
def test_a_kins_name_before_a_verb_still_goes(deid, text, secret):
    assert secret not in redacted(deid, text)


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", ["Tita Baby y lupe y chayo me ayudan, Pieter de van der Haan-Kowal-Nowak ",
                                   "أبو أم أبو سمير abu umm Ate Joy de de de la la Haan "])
def test_the_new_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
