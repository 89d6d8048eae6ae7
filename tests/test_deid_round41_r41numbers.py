"""Round 41, branch r41numbers: the owner's ZIP and phone and anybody's phone said in number words with hundreds and
thousands, in English teens and tens, in figures and words mixed, over a pause or two messages, and an e-mail said
in Romanian, as the 40th round published them; each kind read by both sides through the shared conversion
(``normalize.said_digits_as_figures``) or by each side's own reading.

a. Published: numbers said in groups with a unit multiplied by the word after it (Turkish "yüz", "bin", Romanian
   "sute", "mii", "o sută", Indonesian "ratus", "puluh", "ribu", "belas", Ukrainian "тисячі", Arabizi "miyye") and the
   teens, tens and hundreds of Romanian, Indonesian and Arabizi said alone ("patruzeci și cinci", "seratus",
   "tultumiyye", "khamsa w 3ashrin"): ``digitwords.MORE_GROUP_NUMBER_WORDS``, ``UNIT_TIMES_WORDS``,
   ``ONE_BEFORE_A_MULTIPLIER``, ``NUMBER_AND_WORDS``, read in ``normalize._joined_groups``.
b. Published: English teens and tens among digit words, hyphenated too ("nine-seven-two-twelve", "forty-four
   seventeen").
c. Published: a phone in groups of figures with digit words among them ("503 two 88 1934":
   ``normalize._a_phones_length_mixed``).
d. Published: a phone in figures and number words with hundreds over two messages ("0722 trei sute", "45 67":
   ``normalize.is_number_word`` reads the multipliers at a seam).
e. Published: a phone whose first groups alone are too short for one, the rest after a word that goes on with it
   ("612 345 y luego 67 89": ``text.phone_over_a_pause_spans``, ``leakshapes.phone_over_a_pause``).
f. Published and over-redacted: a Romanian e-mail said with "la" after a handle whose dot is said
   (``normalize._PREPOSITION_AT_BEFORE_A_DOMAIN``), and "Emailul" opening it taken for a person
   (``peoplewords.NEVER_NAMES``); a postcode after Indonesian and Romanian words for it
   (``worldwords.POSTCODE_WORDS``).
g. Over-redacted: "hundred" after a number word read as an age of a hundred ("two hundred milligrams",
   ``shapes._no_measure_nor_number_before``).
h. Published: the last digit word of an Arabizi phone, its figure aligned inside an earlier word ("... wa7ed sab3a":
   ``text.spoken_phone_spans``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner
from tests.test_deid_round37_r37seams import _kinds, _published

#: (a, b, h) the owner's phone ((555) 123-4417) or ZIP said in number words with hundreds, thousands, teens and tens
_OWNERS_NUMBERS = [
    ("telefonum beş yüz elli beş, yüz yirmi üç, dört bin dört yüz on yedi", "on yedi", {}),
    ("numărul meu: cinci sute cincizeci și cinci, o sută douăzeci și trei, patruzeci și patru șaptesprezece",
     "șaptesprezece", {}),
    ("nomor saya lima ratus lima puluh lima seratus dua puluh tiga empat ribu empat ratus tujuh belas", "lima ratus",
     {}),
    ("мій номер п'ятсот п'ятдесят п'ять, сто двадцять три, чотири тисячі чотириста сімнадцять", "сімнадцять", {}),
    ("my number is five-five-five, one-two-three, forty-four seventeen", "five-five-five", {}),
    ("raqmi khamsa khamsa khamsa, miyye w tlata w 3ashrin, arba3a arba3a wa7ed sab3a", "sab3a", {}),
    ("my zip is nine-seven-two-twelve", "twelve", {"zip5": "97212"}),
    ("codul poștal: șaptezeci și șapte mii doi", "șapte mii", {}),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret", "changed"), _OWNERS_NUMBERS)
def test_the_owners_numbers_in_groups_of_words_go(deid, text, secret, changed):
    probes.assert_owner_gone_for_both_sides(deid, owner(**changed), text, secret)


#: (a, b, c, e, f) anybody's phone, e-mail or postcode so said
_ANYBODYS = [
    ("sunați-mă la șapte sute douăzeci și trei, patru sute cincizeci și șase, optzeci și nouă", "nouă"),
    ("telefonum beş yüz otuz iki, yedi yüz yirmi, üç bin dört yüz elli altı", "elli altı"),
    ("hubungi saya di tujuh ratus dua puluh tiga, empat ratus lima puluh enam, delapan puluh sembilan", "sembilan"),
    ("nomor hp saya nol delapan satu dua, seribu dua ratus tiga puluh empat, lima enam tujuh delapan", "seribu"),
    ("kalo ra9mi sab3 miyye w tlata w 3ashrin, tultumiyye, tis3a tamanya", "tultumiyye"),
    ("call me on nine-seven-two-twelve-thirty-four-fifty-six", "fifty-six"),
    ("text me: seven-one-eight, five-five-five, twelve thirty-four", "thirty-four"),
    ("call me on 503 two 88 1934", "1934"),
    ("llámame al 612 345 y luego 67 89", "67 89"),
    ("sunați la 744 321 și apoi 65 87", "65 87"),
    ("Emailul meu este mihai punct ionescu la yahoo punct com", "ionescu"),
    ("kode pos 55161, dekat apotek", "55161"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _ANYBODYS)
def test_anybodys_numbers_so_said_go(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


#: (d) a phone in figures and number words over two messages of one patient
_SPLIT = [
    (["numărul meu e 0722 trei sute", "45 67 dacă nu răspund"], "45 67"),
    (["nomor saya 0812 tujuh ratus", "45 67 ya"], "45 67"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "secret"), _SPLIT)
def test_a_phone_in_figures_and_hundreds_over_two_messages_goes(deid, bodies, secret):
    published = _published(deid, bodies)
    assert secret not in " ".join(published), published
    assert any(kind.endswith("across two messages") for kind in _kinds(bodies)), _kinds(bodies)


#: (f, g) what those readings must leave: a dose in hundreds, a time, and "Emailul" opening a sentence
_KEPT = [
    "I take two hundred milligrams twice a day",
    "the last dose was at nineteen hundred",
    "Emailul meu este andrei.stan@gmail.com",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_hundreds_and_the_romanian_email_word_stay(deid, text):
    out = probes.redacted(deid, text)
    assert "<AGE>" not in out and "<PERSON>" not in out, out
    assert out.split()[0] == text.split()[0], out


@pytest.mark.verifies("REQ-DEID-003")
def test_cost_of_numbers_in_groups_of_words(deid, index):
    piece = ("numărul meu: cinci sute cincizeci și cinci, o sută douăzeci și trei, patruzeci și patru șaptesprezece; "
             "nomor saya tujuh ratus dua puluh tiga empat ribu empat ratus tujuh belas, 503 two 88 1934, "
             "612 345 y luego 67 89, iau trei pastile pe zi. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
