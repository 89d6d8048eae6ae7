"""Round 42, branch r42kin: kin and duty-label names the 41st black-box round published or redacted in part, fixed as
kinds on both sides.

a. Published: a name after a Bulgarian kin word with its article ("Тъщата ми Пенка") and after more Russian and
   Ukrainian in-law cases ("с золовкой Ириной"): ``peoplewords._IN_LAW_KIN_WORDS_WRITTEN``, read by ``inflected_kin``
   and ``leakinflected``.
b. Published: a Greek article between the kin word's possessive and the name ("ο κουνιάδος μου ο Σπύρος"):
   ``peoplewords.INFLECTED_KIN_ARTICLES``, skipped by both sides.
c. Published, the kin word taken for the name: Bengali, Hindi and other Indian in-laws ("আমার ননদ শিরিন"):
   ``peoplewords.SCRIPT_KIN_WORDS_BY_LOCALES``.
d. Published: a name in kana or kanji before an honorific with no cue ("ゆみこさん", "由美子さん"): janome's reading of
   a person's name before the honorific (``script_names.japanese_honorific_name_spans``,
   ``leakscripts.holds_japanese_name_before_an_honorific``); over-redacted: a job's word before "さん" ("看護師さん",
   ``peoplewords.JAPANESE_JOBS_BEFORE_AN_HONORIFIC``).
e. Published: a romaji given name in lower case after "<kin> no" ("musuko no takeshi"): ``ROMAJI_GIVEN_NAMES``.
f. In part: the initials of the one on a Cyrillic duty label ("Дежурный врач: Смирнов И.П."), and the label's word
   taken for a place: ``third_parties.cyrillic_duty_name_spans``, ``leakpeople._cyrillic_duty_named``.
g. Published to the check: "ya" and a listed given name with no other Arabizi ("ya Reem"):
   ``peoplewords.ARABIC_GIVEN_NAMES_IN_LETTERS``.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

IN_CASE = "name in its case after a kin word"
NO_CAPITALS = "given name after a kin word of a script with no capitals"
HONORIFIC = "Japanese name before an honorific"
ROMAJI = "name in romaji after a kin word"
DUTY = "name after a staff duty label"
ARABIZI = "Arabizi name after a kin or role word"

_CAUGHT = [
    # (a) Bulgarian kin words with their article, more Russian and Ukrainian cases
    ("Тъщата ми Пенка ще дойде утре.", "Пенка", IN_CASE),
    ("Снахата ми Деница ме води на лекар.", "Деница", IN_CASE),
    ("Баджанакът ми Ивайло се обади.", "Ивайло", IN_CASE),
    ("Тъстът ми Благой е болен.", "Благой", IN_CASE),
    ("Свекървата ми Гинка донесе лекарствата.", "Гинка", IN_CASE),
    ("С золовкой Ириной ходили в аптеку.", "Ириной", IN_CASE),
    ("Деверю Николаю я позвонил.", "Николаю", IN_CASE),
    # (b) a Greek article before the name
    ("Днес ο κουνιάδος μου ο Σπύρος ήρθε.", "Σπύρος", IN_CASE),
    ("Χθες η νύφη μου η Ελένη μου έφερε φάρμακα.", "Ελένη", IN_CASE),
    ("η πεθερά μου η Ευανθία ήρθε σήμερα", "Ευανθία", IN_CASE),
    ("τον κουνιάδο μου τον Σπύρο πήρα τηλέφωνο", "Σπύρο", IN_CASE),
    # (c) in-laws of scripts with no capitals
    ("আমার ননদ শিরিন ওষুধ এনেছে।", "শিরিন", NO_CAPITALS),
    ("আমার দেবর রাজু ডাক্তারের কাছে নিয়ে গেল।", "রাজু", NO_CAPITALS),
    ("मेरी ननद रीना आई थी।", "रीना", NO_CAPITALS),
    # (d) a Japanese name before an honorific
    ("ゆみこさんが薬を持ってきた。", "ゆみこ", HONORIFIC),
    ("ユミコさんが来た。", "ユミコ", HONORIFIC),
    ("由美子さんが来た。", "由美子", HONORIFIC),
    ("たけしくんが来た。", "たけし", HONORIFIC),
    # (e) a romaji given name in lower case
    ("musuko no takeshi ga kita.", "takeshi", ROMAJI),
    ("musume no yumiko to byouin ni itta.", "yumiko", ROMAJI),
    # (f) Cyrillic duty labels
    ("Дежурный врач: Смирнов И.П.", "И.П", DUTY),
    ("Лечащий врач — Иванова А. С.", "А. С", DUTY),
    ("Черговий лікар: Коваленко О.П.", "Коваленко", DUTY),
    ("Дежурен лекар: Петров", "Петров", DUTY),
    ("Дежурная медсестра: И. П. Смирнова", "Смирнова", DUTY),
    # (g) "ya" and a listed given name with no other Arabizi
    ("ya Reem I took the pills today", "Reem", ARABIZI),
    ("ya Ziad did you get the insulin?", "Ziad", ARABIZI),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret", "kind"), _CAUGHT)
def test_kin_and_duty_names_go_for_both_sides(deid, index, text, secret, kind):
    probes.assert_free_text_caught(deid, index, text, secret, {kind})


def test_the_duty_labels_words_stay_beside_the_name(deid):
    out = probes.redacted(deid, "Дежурный врач: Смирнов И.П.")
    assert out.startswith("Дежурный врач: <PERSON>"), out
    assert "И.П" not in out and "Смирнов" not in out, out


def test_the_kin_word_stays_beside_the_name(deid):
    assert probes.redacted(deid, "আমার ননদ শিরিন ওষুধ এনেছে।").startswith("আমার ননদ <PERSON>")


#: near misses: everyday words after the same kin words, articles, honorifics, labels and "ya"
_KEPT = [
    "мама в больнице.",
    "Тъщата ми е болна от седмица.",
    "Снахата ми каза да пия хапчетата.",
    "ο κουνιάδος μου ο γιατρός είπε να πάρω το φάρμακο",
    "η πεθερά μου η καημένη είναι άρρωστη",
    "আমার শাশুড়ি প্রতিদিন ওষুধ খায়।",
    "मेरी सास को दवा दी।",
    "看護師さんに聞いた。",
    "薬剤師さんが言った。",
    "保育士さんが来た。",
    "お医者さんが言った。",
    "お母さんが来た。",
    "みなさんありがとう。",
    "薬局さんに電話した。",
    "haha no kusuri wo katta.",
    "haha no ai wa fukai.",
    "Дежурный врач: нет",
    "Лечащий врач — на приёме до 18:00",
    "Врач: завтра в 9:00",
    "Дежурный врач сказал принимать по 1 таблетке.",
    "ya Tengo la receta",
    "ya Panadol imekwisha",
    "Дежурный врач назначил метформин 500 мг.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_near_misses_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.parametrize("piece", [
    "Тъщата ми Пенка ще дойде. ο κουνιάδος μου ο Σπύρος ήρθε. ",
    "musuko no takeshi ga kita. ya Reem ok. ",
    "ゆみこさんが来た。看護師さんに聞いた。Дежурный врач: Смирнов И.П. ",
])
def test_cost_of_the_new_readings(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
