"""The eighteenth black-box round's numbers said in words (round 19), each kind on both sides: the redactor takes it
out, the check's own reading sees it in the raw text and nothing of it in the output.

A. the owner's phone, ZIP and record number said digit by digit in German (with ``Strich``, hyphens, slashes, ASCII
   ``fuenf``, figures among the words), Norwegian, Danish and Icelandic (``en``, ``to`` go on a run), English
   hyphenated digit words and the radio spellings (``wun``, ``fower``, ``fife``, ``ait``);
B. anybody's phone or SSN said with the dash words of more languages (``raya``, ``meno``, ``trait d'union``,
   ``Strich``, ``streepje``, ``myślnik``, ``тире``, ``tire``) or English ``slash``, ``dot``, ``minus``, ``and``, and
   numbers said in pairs or with hundreds between dash words;
C. ages over 89 after a verb of turning of another language, in scores and in decades;
D. a national register number whose first part reads as a date.
Doses, counts and times said with the same words stay."""

from __future__ import annotations

import pytest

from features.deid.normalize import said_digits_as_figures
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_owner_caught,
    owner,
)

PATIENT = owner(phone="(612) 804-5531", zip5="55802")

OWN = [
    ("bitte zurückrufen: sechs eins zwei Strich acht null vier Strich fünf fünf drei eins, danke", "fünf fünf drei"),
    ("Handy Sechs-Eins-Zwei/Acht-Null-Vier/Fünf-Fünf-Drei-Eins", "Fünf-Fünf-Drei"),
    ("meine Postleitzahl ist fünf fünf acht null zwei", "acht null zwei"),
    ("Postleitzahl fuenf-fuenf-acht-null-zwei, Duluth", "acht-null-zwei"),
    ("Postleitzahl 5 5 8 null 2 stimmt", "8 null 2"),
    ("Patientennummer null null vier eins Bindestrich sieben sieben zwei drei", "sieben sieben zwei"),
    ("du når meg på seks en to åtte null fire fem fem tre en", "fem fem tre"),
    ("postnummeret mitt er fem fem åtte null to", "åtte null to"),
    ("dial six-one-two slash eight-zero-four slash five-five-three-one", "five-five-three"),
    ("text me: six wun too ait zero fower fife fife tree wun", "fife fife tree"),
    ("my zip reads five-five-eight-oh-two on the form", "eight-oh-two"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), OWN)
def test_the_owners_number_said_in_digit_words_goes(deid, text, secret):
    assert_owner_caught(deid, PATIENT, text, secret)


THIRD = [
    ("el número de mi sobrino es cuatro cero dos raya siete uno uno raya nueve tres cero ocho", "nueve tres cero"),
    ("il numero del vicino: tre quattro sette meno due due uno meno otto nove zero sei", "otto nove zero"),
    ("le numéro de ma voisine : zéro sept trait d'union vingt-deux trait d'union quarante et un trait d'union "
     "dix-neuf trait d'union soixante", "dix-neuf"),
    ("mon frère : zéro six tiret quinze tiret vingt-sept tiret trente-trois tiret quatre-vingt-huit", "trente-trois"),
    ("die Nummer vom Nachbarn: vier null zwei Strich sieben eins eins Strich neun drei null acht", "neun drei null"),
    ("het nummer van mijn buurman: vier nul twee streepje zeven een een streepje negen drie nul acht", "negen drie"),
    ("numer sąsiada: cztery zero dwa myślnik siedem jeden jeden myślnik dziewięć trzy zero osiem", "trzy zero osiem"),
    ("номер соседа: четыре ноль два тире семь один один тире девять три ноль восемь", "девять три ноль"),
    ("komşunun numarası dört sıfır iki tire yedi bir bir tire dokuz üç sıfır sekiz", "dokuz üç sıfır"),
    ("my neighbour is four oh two slash seven one one slash nine three oh eight", "nine three oh"),
    ("my neighbour is four oh two dot seven one one dot nine three oh eight", "nine three oh"),
    ("my neighbour is four oh two minus seven one one minus nine three oh eight", "nine three oh"),
    ("my neighbour is four-oh-two dash seven-one-one dash nine-three-oh-eight", "nine-three-oh"),
    ("her social is nine eight seven and six five and four three two one", "four three two"),
    ("o número do vizinho é oitocentos e dezessete hífen trezentos e doze hífen quarenta e cinco", "trezentos"),
    ("il numero: duecentoquindici trattino seicentotrentatré trattino quarantuno novantadue", "seicentotrentatré"),
    ("ring naboen på fire null to syv en en ni tre null otte", "ni tre null"),
    ("hringdu í fjórir núll tveir sjö einn einn níu þrír núll átta", "níu þrír"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), THIRD)
def test_anybodys_number_said_with_separator_words_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


AGES = [
    ("Morfar fyller 98 på torsdag", "98"),
    ("Oldemor fylder 101 næste måned", "101"),
    ("Uroma wird 93 am Sonntag", "93"),
    ("mi bisabuela cumple 99 el domingo", "99"),
    ("il bisnonno compie 94 sabato", "94"),
    ("a bisavó faz 97 na sexta", "97"),
    ("my great-aunt is 4 score and 12 and still gardens", "score"),
    ("grandpa is five score and two years old", "score"),
    ("el bisabuelo tiene 9 décadas y media", "décadas"),
    ("the patient is 9 decades + 6 years old", "decades"),
    ("she has lived ten decades and two years", "decades"),
    ("Opa ist neun Jahrzehnte alt", "Jahrzehnte"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), AGES)
def test_an_age_over_89_said_otherwise_goes(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"age over 89"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("rijksregisternummer 57.02.18-244.91 op de kaart", "244.91"),
    ("numéro national 63.10.05-118.40 sur la carte", "118.40"),
    ("CPR-nummer 150364-2291 på sygesikringskortet", "2291"),
])
def test_a_national_number_beginning_with_a_date_goes_whole(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"national number beginning with a date"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "nehme zwei Strich drei Tabletten am Abend, dann eins",
    "tomo dos raya tres pastillas al día",
    "prendo due meno tre compresse al giorno",
    "take two, then one, then one more at bedtime",
    "take one and two and three tablets over three days",
    "en to tre ganger om dagen",
    "I walked to the tree too, three times",
    "four five six seven dot dot dot",
    "5 5 8 mg then one tablet",
    "Opa fyller 85 i år",
    "fyller 95 ml i koppen",
    "der Puls wird 95 beim Treppensteigen",
    "a temperatura faz 95 graus hoje",
    "four score and seven years ago",
    "it took nine decades of research to find it",
    "lot 240315-12 exp 2026",
])
def test_counts_doses_and_near_misses_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
def test_the_shared_conversion_reads_the_new_words():
    assert "6 1 2 8 0 4 5 5 3 1" in said_digits_as_figures("seks en to åtte null fire fem fem tre en")
    assert "6 1 2 8 0 4" in said_digits_as_figures("Sechs-Eins-Zwei Strich Acht-Null-Vier")
    assert "1 2 3 4 5 6 7 8 9" in said_digits_as_figures("one two three and four five and six seven eight nine")
    assert said_digits_as_figures("en to tre") == "en to tre"  # weak words alone make no run


# one piece per reading; all of them in one piece (13 minutes to redact before the alignment went window by window) is
# in tests/test_deid_long_runs.py
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["eins Strich ", "six-one-", "en to ", "fyller 97 ", "4 score and ", "nine decades and ",
                                   "29.07.12-033.28 "])
def test_a_long_run_of_a_new_readings_piece_costs_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece)
