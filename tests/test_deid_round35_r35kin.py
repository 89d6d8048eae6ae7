"""Round 35 (r35kin): a relative's name after a kin word in its case, with a possessive suffix or a clitic, or in
another script; the Catalan personal article before a given name; a pharmacy named after a person. Published by the
thirty-fourth black-box round ("pojalleni Mikalle", "dukrai Rūtai", "syna Pawła", "wnuczki Zosi", "γιου μου Νίκου",
"qardaşım Elçinin", "la Montse", "بأخي خالد", "息子の健太に", "akam Olim", "Demirtaş Eczanesi"): the redactor takes the
name (:mod:`features.deid.inflected_kin`), and the check refuses it with its own reading
(:mod:`features.deid.leakinflected`) where the redactor is off. The owner's pet names the tables lacked ("Feri" for
Ferenc, "Coni" for Constanza: :mod:`features.deid.aliases`) and a kanji given name typed in kana ("はなこ" for 花子,
by Faker's Japanese pairs of kanji and kana). Pharmacies named for everyday words ("Hayat Eczanesi") stay.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

_IN_ITS_CASE = {"name in its case after a kin word"}
_CATALAN = {"given name after a Catalan personal article"}
_PHARMACY = {"pharmacy named after a person"}
_OTHER_SCRIPT = {"name after a kin word with a clitic or in another script"}
_COMPANION = {"Chinese name after I and"}


#: (text, the name, the kind the check reads): the round's own and the same kinds in other languages and cases
CAUGHT = [
    ("Annoin pojalleni Mikalle lääkkeet eilen.", "Mikalle", _IN_ITS_CASE),
    ("Daviau dukrai Rūtai vaistus.", "Rūtai", _IN_ITS_CASE),
    ("Poprosiłam syna Pawła o receptę.", "Pawła", _IN_ITS_CASE),
    ("Dałam wnuczki Zosi tabletki.", "Zosi", _IN_ITS_CASE),
    ("Έδωσα στον γιου μου Νίκου τα χάπια.", "Νίκου", _IN_ITS_CASE),
    ("qardaşım Elçinin dərmanlarını aldım.", "Elçin", _IN_ITS_CASE),
    ("akam Olim dorixonaga bordi", "Olim", _IN_ITS_CASE),  # ("dori olib keldi" alone is refused: not this reading)
    ("Vein tyttärelleni Annalle reseptin.", "Annalle", _IN_ITS_CASE),
    ("Adtam a fiamnak Petinek a gyógyszert.", "Petinek", _IN_ITS_CASE),
    ("Andsin pojale Mardile tabletid.", "Mardile", _IN_ITS_CASE),
    ("Dal jsem synovi Petrovi léky.", "Petrovi", _IN_ITS_CASE),
    ("Я ходил в аптеку с сыном Петей.", "Петей", _IN_ITS_CASE),
    ("Дала дочке Маше таблетки.", "Маше", _IN_ITS_CASE),
    ("Передала синові Тарасу ліки.", "Тарасу", _IN_ITS_CASE),
    ("Oğlum Emre'ye ilaçlarını verdim.", "Emre", _IN_ITS_CASE),
    ("sūnui Jonui nupirkau vaistus", "Jonui", _IN_ITS_CASE),
    ("Napisałam do córki Kasi wczoraj.", "Kasi", _IN_ITS_CASE),
    ("Poszłam z synem Markiem do apteki.", "Markiem", _IN_ITS_CASE),
    ("ukam Jasur dorixonaga bordi", "Jasur", _IN_ITS_CASE),
    ("La Montse em va portar les pastilles.", "Montse", _CATALAN),
    ("El Jordi va anar a la farmàcia.", "Jordi", _CATALAN),
    ("En Pere m'ha portat el medicament.", "Pere", _CATALAN),
    ("n'Aina m'ha portat les pastilles", "Aina", _CATALAN),
    ("ذهبت بأخي خالد إلى الصيدلية", "خالد", _OTHER_SCRIPT),
    ("ذهبت لابني محمد", "محمد", _OTHER_SCRIPT),
    ("הבן שלי יוסי הביא את התרופות", "יוסי", _OTHER_SCRIPT),
    ("לבתי נועה יש מרשם", "נועה", _OTHER_SCRIPT),
    ("息子の健太に薬を頼んだ。", "健太", _OTHER_SCRIPT),
    ("娘の花子が薬を取りに行った", "花子", _OTHER_SCRIPT),
    ("我和李娜去了医院", "李娜", _COMPANION),
    ("我跟王小明一起去药房", "小明", _COMPANION),
    ("昨天我与陈静买了药", "陈静", _COMPANION),
    ("Demirtaş Eczanesi'nden aldım.", "Demirtaş", _PHARMACY),
    ("Apotheke Müller hat zu.", "Müller", _PHARMACY),
    ("Farmacia Rossi è chiusa.", "Rossi", _PHARMACY),
    ("Pharmacie Lefèvre fermée aujourd'hui.", "Lefèvre", _PHARMACY),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_a_relatives_name_in_its_case_or_script_and_a_pharmacys_person_go(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Ferenc Kovács", "Feri vagyok, kérem a gyógyszert", "Feri"),
    ("István Nagy", "Itt Pista, kérem a receptet", "Pista"),
    ("Constanza Muñoz", "Hola, soy la Coni, necesito la receta", "Coni"),
    ("Macarena Rojas", "Hola, soy la Maca, necesito la receta", "Maca"),
    ("佐藤 花子", "はなこです。薬をください", "はなこ"),
    ("佐藤 花子", "ハナコです。薬をください", "ハナコ"),
])
def test_the_owners_nickname_and_kana_go_for_both_sides(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("佐藤 花子", "はなが咲きました。薬をください"),  # a reading of two kana is a word ("はな", flower): not read
    ("Constanza Muñoz", "Hola, necesito la receta de Concor"),
])
def test_words_beside_the_owners_pet_names_are_kept(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "my son picks up the pills",
    "my daughter takes Eliquis",
    "syna apteka",
    "oğlum ilaçlarını aldı",
    "сыном лекарства",
    "mi hija me trae las pastillas",
    "meine Tochter holt die Tabletten",
    "ma fille m'apporte les comprimés",
    "minha filha traz os remédios",
    "mijn zoon haalt de pillen",
    "Boots and Walgreens are open.",
    "Farmacia Cruz Verde",
    "Apotheke am Markt hat zu.",
    "Merkez Eczanesi'nden aldım.",
    "el Sintrom de la mañana",
    "息子の学校に行った",
    "我跟朋友一起去药房",
    "Hayat Eczanesi açık.",
    "Yeni Eczane kapalı.",
    "Farmacia Centrale è aperta.",
    "Je suis passée à la Pharmacie Lafayette.",
])
def test_kin_talk_chains_and_medicines_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["pojalleni lääkkeet", "dukrai Ibuprofenas"])
def test_a_kin_word_or_a_medicine_in_its_case_is_no_name(deid, index, text):
    # the kin word itself was taken by another reading ("<pojalleni> lääkkeet"); a medicine in its case stays
    assert probes.redacted(deid, text) == text
    assert not free_text_kinds(index, text) & (_IN_ITS_CASE | _CATALAN | _PHARMACY | _OTHER_SCRIPT)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "Annoin pojalleni Mikalle lääkkeet. syna apteka. La Montse em va portar. Demirtaş Eczanesi'nden. Hayat "
    "Eczanesi. ذهبت بأخي خالد הבן שלי יוסי 息子の健太に薬 ",
])
def test_the_round35_kin_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
