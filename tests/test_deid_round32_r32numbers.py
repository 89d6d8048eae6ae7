"""Round 32, branch r32numbers: phones said in words that the thirty-first black-box round (and earlier helpers) found
published, each fixed as a kind on both sides.

a. The owner's phone in Japanese kana digit readings glued to the words around it ("電話はゴーゴーゴー、…ナナです":
   the particle "は" and the copula "です" were read as part of the digit word), in one message and split over two;
   hiragana too. :func:`features.deid.normalize.katakana_digits_as_figures` reads a word as a run of one script and
   drops a glued copula; the seam look (:func:`features.deid.normalize.is_number_word`) reads a kana word of readings.
b. Phones said in the tens, teens and hundreds of languages that glue them (Finnish "kaksikymmentäkolme", Hungarian
   "negyvennégy", Georgian "ორმოცდათხუთმეტი", Afrikaans "drie-en-twintig"; :func:`features.deid.digitwords.
   glued_number_values`), Afrikaans digit words, Azerbaijani tens ("qırx dörd", "on yeddi"), Welsh tens ("pedwar deg
   pedwar") and Ukrainian tens.
c. A phone over THREE messages, the middle one nothing but a number (:func:`features.deid.pipeline.seam_redacted`,
   ``IdentifierIndex.scan_message_seams``), and a phone in Spanish and French pair words ("cuarenta y cuatro",
   "quarante-quatre") split over two messages: the redactor takes both pieces out, the check labels the pair a phone
   (it once said "age over 89").
d. Anybody's phone in those spellings: the check reads a run of seven figures or more said in words as a phone
   whoever's it is, as the redactor does.
Kept: doses, counts, times and everyday words in those languages.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import owner
from tests.test_deid_round31_r31numbers import _check_kinds, _seam_redacted

# --------------------------------------------------------------------------- a. kana digit readings

OWN_PHONE_IN_KANA = [
    ("電話はゴーゴーゴー、イチニサン、ヨンヨンイチナナです", "ヨンヨンイチナナ"),
    ("電話番号はゴーゴーゴーのイチニサンのヨンヨンイチナナだよ", "ヨンヨンイチナナ"),
    ("でんわは ごーごーごー、いちにさん、よんよんいちななです", "よんよんいちなな"),
    ("ばんごうは ご ご ご いち に さん よん よん いち なな", "よん よん いち なな"),
]


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "イチゴを三つ食べました", "いちにちにさんかい くすりをのみます", "ナナとハチを数えた", "ゴーゴーカレーを食べたです",
    # (round 42: "ナナさんはハチ公を見た" was here; "ナナさん" is a name before an honorific, r42kin takes it)
])
def test_a_kana_words_that_are_no_phone_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- b. tens, teens and hundreds said glued

OWN_PHONE_IN_TENS = [
    ("ჩემი ნომერია ხუთას ორმოცდათხუთმეტი, ას ოცდასამი, ორმოცდაოთხი, ჩვიდმეტი", "ჩვიდმეტი"),
    ("my number is vyf vyf vyf een twee drie vier vier een sewe", "sewe"),
    ("bel my by vyfhonderd vyf-en-vyftig, honderd drie-en-twintig, vier-en-veertig, sewentien", "sewentien"),
    ("numeroni on viisisataaviisikymmentäviisi satakaksikymmentäkolme neljäkymmentäneljä seitsemäntoista",
     "seitsemäntoista"),
    ("soita viisi viisi viisi, kaksikymmentäkolme, neljäkymmentäneljä, seitsemäntoista", "kaksikymmentäkolme"),
    ("a számom ötszázötvenöt százhuszonhárom negyvennégy tizenhét", "negyvennégy"),
    ("hívj: öt öt öt, egy kettő három, negyvennégy, tizenhét", "negyvennégy"),
    ("rhif ffôn pump pump pump, un dau tri, pedwar deg pedwar, un deg saith", "pedwar deg pedwar"),
    ("nömrəm beş yüz əlli beş, yüz iyirmi üç, qırx dörd, on yeddi", "qırx dörd"),
    ("nömrəm beş beş beş bir iki üç qırx dörd on yeddi", "qırx dörd"),
    ("мій номер п'ятсот п'ятдесят п'ять, сто двадцять три, сорок чотири, сімнадцять", "сорок чотири"),
    *OWN_PHONE_IN_KANA,
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), OWN_PHONE_IN_TENS)
def test_ab_the_owners_phone_in_kana_tens_and_hundreds_goes_for_both_sides(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(), text, secret)


# --------------------------------------------------------------------------- d. anybody's phone in those spellings

ANYBODYS_PHONE_IN_TENS = [
    ("ჩემი დის ნომერი: ხუთას ოთხმოცდათორმეტი, თექვსმეტი, სამოცდაშვიდი, ოცდაერთი", "სამოცდაშვიდი"),
    ("broer se nommer nul agt twee, vyf vyf vyf, een twee drie vier", "vyf vyf vyf"),
    ("siskon numero nolla neljä, kuusikymmentäseitsemän, kaksikymmentäyksi, viisikymmentäneljä",
     "kuusikymmentäseitsemän"),
    ("a fiam száma: hatvanhét, kétszázhuszonegy, nyolcvankilenc, tizenöt", "kétszázhuszonegy"),
    ("rhif fy mrawd: dim saith, chwech deg saith, dau ddeg un, wyth deg naw", "chwech deg saith"),
    ("qardaşımın nömrəsi sıfır doxsan yeddi, iyirmi bir, səksən doqquz, on beş", "səksən doqquz"),
    ("сестра: нуль дев'яносто сім, сто двадцять три, сорок п'ять, шістдесят сім", "шістдесят сім"),
    ("la doctora: seis cinco uno, ocho ocho dos, cuatro cuatro uno siete", "ocho ocho dos"),
    ("母の番号はゼロキュウゼロ、イチニサンヨン、ゴーロクナナハチです", "イチニサンヨン"),
    ("ははの でんわ ぜろきゅうぜろ いちにさんよん ごーろくななはち", "いちにさんよん"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), ANYBODYS_PHONE_IN_TENS)
def test_d_anybodys_phone_in_tens_and_digit_words_goes_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "I took two tablets twice, three times a week",
    "kaksi tablettia kolme kertaa päivässä, neljäkymmentä minuuttia",
    "otin kaksikymmentä yksikköä insuliinia kello kahdeksan",
    "Vettem két tablettát és három kapszulát, negyven perc múlva",
    "ორი აბი დღეში სამჯერ, ოცდაათი წუთი",
    "Mae gen i dau o blant a tri o gŵn, pedwar deg oed",
    "iki həb gündə üç dəfə, qırx dəqiqə",
    "ek drink twee pille drie keer per week",
    "ek het vyf-en-twintig minute gestap en twee pille gedrink",
])
def test_bd_doses_counts_and_times_in_those_languages_stay(deid, index, text):
    # the numbers stay (the tagger's reading of other words, "kello" as a name, is no number's and no kind of this file)
    assert "<PHONE>" not in probes.redacted(deid, text), probes.redacted(deid, text)
    assert not probes.free_text_kinds(index, text), probes.free_text_kinds(index, text)


# --------------------------------------------------------------------------- c. three messages; pair words over two

OVER_MESSAGES = [
    (["電話はゴーゴーゴーイチニサン", "ヨンヨンイチナナです"], "two"),
    (["ゴーゴーゴー、イチニサン", "ヨンヨン、イチナナ。よろしく"], "two"),
    (["my number is five five five one", "two three", "four four one seven call me"], "three"),
    (["mi número: cinco cinco cinco uno", "dos tres", "cuatro cuatro uno siete"], "three"),
    (["call me on 555 1", "23", "4417 thanks"], "three"),
    (["電話はゴーゴーゴーイチ", "ニサン", "ヨンヨンイチナナです"], "three"),
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("bodies", "count"), OVER_MESSAGES)
def test_ac_the_check_refuses_a_phone_in_kana_or_over_three_messages(bodies, count):
    kinds = _check_kinds(bodies)
    assert any("phone" in kind and kind.endswith(f"across {count} messages") for kind in kinds), kinds


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "count"), OVER_MESSAGES)
def test_ac_the_pipelines_redactor_takes_every_piece_out(deid, bodies, count):
    out, counts = _seam_redacted(deid, bodies)
    assert counts["PHONE"] >= 1 and all("<PHONE>" in text for text in out), (count, out)
    assert not _check_kinds(out), (out, _check_kinds(out))


PAIRS_OVER_TWO = [
    ["mi número es quinientos cincuenta y cinco, ciento veintitrés", "cuarenta y cuatro, diecisiete"],
    ["mon numéro est cinq cent cinquante-cinq, cent vingt-trois", "quarante-quatre, dix-sept"],
    ["mon numéro: cinq cinq cinq, un deux trois", "quarante-quatre dix-sept"],
    ["llámame al cinco cinco cinco, uno dos", "tres, cuarenta y cuatro, diecisiete"],
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", PAIRS_OVER_TWO)
def test_c_pair_words_over_two_messages_go_and_the_check_calls_them_a_phone(deid, bodies):
    kinds = _check_kinds(bodies)
    assert "phone-shaped number in words across two messages" in kinds, kinds
    assert not any(kind.startswith("age") for kind in kinds), kinds
    out, counts = _seam_redacted(deid, bodies)
    assert counts["PHONE"] == 1 and all("<PHONE>" in text for text in out), out
    assert not _check_kinds(out), (out, _check_kinds(out))


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("bodies", [
    ["I took one", "two", "three pills today"],
    ["slept till seven", "eight", "nine hours? no"],
    ["caminé cuarenta y", "cinco minutos hoy"],
    ["me tomé dos", "tres", "y cuatro más, gracias"],
    ["薬をのんだ", "イチ", "よろしく"],
])
def test_c_number_words_over_messages_that_make_no_phone_pass(deid, bodies):
    assert not any(kind.endswith(("across two messages", "across three messages")) for kind in _check_kinds(bodies))
    out, counts = _seam_redacted(deid, bodies)
    assert out == bodies and not counts, out


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "電話はゴーゴーゴー、イチニサン、ヨンヨンイチナナです ぜろきゅうぜろ いちにさんよん ",
    "ხუთას ორმოცდათხუთმეტი ას ოცდასამი viisisataaviisikymmentäviisi negyvennégy tizenhét vyf-en-vyftig "
    "pedwar deg pedwar un deg saith qırx dörd on yeddi cuarenta y cuatro quarante-quatre ",
])
def test_the_round32_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
