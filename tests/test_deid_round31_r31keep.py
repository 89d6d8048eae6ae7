"""Round 31, r31keep: the thirtieth black-box round's wrong refusals and over-redactions of ordinary messages.

a. Finnish prose refused as a name where a person stands ("olen väsynyt": "olen", I am, is a given name too):
   Finnish, Hungarian, Icelandic, Bulgarian and Tamil are prose languages now (``everydaywords.LANGUAGES``), and the
   stop words of Finnish, Estonian, Irish, Icelandic, Bulgarian, Tamil and more, with own lists of Welsh, Zulu,
   Georgian and Mongolian, are everyday words less the given names and surnames among them
   (``peoplewords.stop_words_that_are_no_names``): "eli", "kai", "aina" stay names, "olen", "oli" are verbs.
b. Everyday words after a greeting or a role word: greetings of more languages (``peoplewords.GREETINGS_ABROAD``:
   "Olá", "Tere", "Sawubona", "Helo", "Dia duit", "გამარჯობა"), a lower-case word of the prose after a greeting
   ("Olá, tomei o remédio"), a verb after a role word ("lekarz podejrzewa", "pielęgniarka mówi":
   ``everydaywords.everyday_word_of_no_name``), Cyrillic finds trimmed of their lower-case everyday words ("мама
   переехала в Тату").
c. The owner's name part that is a word of the message's language: a Han character in an everyday word ("吃药" for
   an owner surnamed Yao), a noun after a possessive ("mon cachet" for a Cachet: ``everydaywords.POSSESSIVE_LEADS``).
d. Medicine brands in other scripts and spellings ("Конкор", "Waran", "Marevanin") and pharmacy chains of Europe,
   Latin America and Asia.
Names beside these words still go.
"""

from __future__ import annotations

import pytest

from features.deid.everydaywords import everyday_word_of_no_name, function_words
from features.deid.peoplewords import everyday_words_abroad
from features.deid.recognizers import is_medication
from tests import deid_probes as probes
from tests.deid_probes import redacted

# --------------------------------------------------------------------------- a, b, d: kept by both sides

KEPT = [
    # Finnish (the round's refused lake) and its neighbours
    "olen syntynyt keväällä", "olen väsynyt", "Olen väsynyt tänään.", "oli huono yö, otin lääkkeet myöhään",
    "olin lääkärissä eilen", "Hei, olen ottanut lääkkeet",
    # Welsh, Estonian, Irish, Icelandic, Hungarian
    "dw i wedi blino heddiw", "Helo, dw i wedi cymryd y tabledi bore yma", "ma võtsin tabletid hommikul",
    "Tere, mul on peavalu", "Dia duit, ghlac mé na táibléid ar maidin", "Halló, ég tók lyfin í morgun",
    "Szia, bevettem a gyógyszert reggel",
    # Bulgarian, Georgian, Mongolian, Zulu, Tamil
    "Здравей, пих лекарството сутринта", "გამარჯობა, წამალი დავლიე", "Сайн байна уу, би эмээ уусан",
    "Sawubona, ngiphuzile amaphilisi namuhla", "வணக்கம், நான் மாத்திரை எடுத்தேன்",
    # a greeting, then a verb; a role word, then a verb
    "Olá, tomei o remédio", "Oi, tomei as pílulas", "lekarz podejrzewa grypę", "pielęgniarka mówi, że wszystko dobrze",
    "lekarka zaleciła odpoczynek", "farmaceuta poradził brać rano",
    # medicine brands and pharmacies
    "Пью Конкор утром", "Принимаю варфарин каждый вечер", "tar Waran varje dag", "otan Marevanin joka päivä",
    "biorę Polocard codziennie", "compré no Drogasil ontem", "fui a Farmatodo por las pastillas",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", KEPT, ids=[f"kept-{n}" for n in range(len(KEPT))])
def test_ordinary_messages_of_more_languages_are_kept_by_both_sides(deid, index, text):
    """Each message is published as written and the check's free-text scan finds nothing in it."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("lekarz Kowalski podejrzewa grypę", "Kowalski"), ("pielęgniarka Ania mówi, że wszystko dobrze", "Ania"),
    ("Olá, Joana, tomei o remédio", "Joana"), ("Mika soitti eilen ja toi lääkkeet", "Mika"),
])
def test_names_beside_those_words_still_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Rhys yma, wedi cymryd y tabledi", "Rhys"), ("Eli toi lääkkeet apteekista", "Eli"),
    ("tyttäreni Niina toi lääkkeet", "Niina"),
])
def test_names_before_welsh_and_finnish_words_go_and_the_output_passes(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
def test_a_cyrillic_find_keeps_its_everyday_words(deid, index):
    out = redacted(deid, "мама переехала в Тату")
    assert out.startswith("мама переехала в ") and "Тату" not in out, out
    assert not probes.free_text_kinds(index, out)


@pytest.mark.verifies("REQ-DEID-003")
def test_stop_words_that_are_names_stay_names():
    everyday = everyday_words_abroad()
    assert {"olen", "oli", "olin", "wedi", "namuhla"} <= everyday
    assert not {"eli", "kai", "aina", "jona", "ole", "mika", "niina"} & everyday
    assert "olen" in function_words("fi") and "kai" not in function_words("fi")
    assert everyday_word_of_no_name("podejrzewa") and everyday_word_of_no_name("zaleciła")
    assert not everyday_word_of_no_name("kowalski") and not everyday_word_of_no_name("ania")
    assert is_medication("Конкор") and is_medication("варфарин") and not is_medication("Мария")


# --------------------------------------------------------------------------- c: the owner's name that is a word

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("name", "text"), [
    ("Yao Ming", "吃药了"), ("Li Yao", "我今天吃药了"), ("Yao Chen", "今天吃藥了嗎"),
    ("Marie Cachet", "j'ai pris mon cachet ce matin"), ("Ana Remedio", "tomei meu remédio hoje de manhã"),
])
def test_the_owners_name_as_a_word_of_the_message_is_kept(deid, name, text):
    probes.assert_owner_word_kept(deid, name, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Yao Ming", "姚先生今天来了", "姚"),
    ("Marie Cachet", "bonjour, ici marie cachet, j'ai pris mon traitement", "cachet"),
])
def test_the_owners_name_where_a_name_stands_still_goes(deid, name, text, secret):
    patient = probes.owner(name)
    out = redacted(deid, text, patient)
    assert secret not in out.replace("j'ai pris", ""), out
    assert probes.owner_check_finds(name, text), text
    assert not probes.owner_check_finds(name, out), out


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(600)
@pytest.mark.parametrize("piece", ["olen väsynyt. Olá, tomei o remédio. lekarz podejrzewa grypę. "
                                   "Пью Конкор утром. Sawubona, ngiphuzile amaphilisi namuhla. "
                                   "мама переехала в Тату. வணக்கம், நான் மாத்திரை எடுத்தேன். "])
def test_the_round31_keep_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
