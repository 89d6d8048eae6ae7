"""Round 43, branch r43people: third parties' names the 42nd black-box round saw published or redacted in part, fixed
as kinds on both sides.

a. Published, both sides missing it: a role word with its article glued on, Romanian ("doctorul", "farmacistul",
   "asistentul", "doctorița"), Bulgarian ("докторът", "лекарката"), Albanian ("doktori", "infermierja") and Danish or
   Norwegian ("doktoren"), before a surname: ``peoplewords.STAFF_ROLES``, read by the redactor's role reading
   (``people``) and the check's ("staff name after a role word", ``leakpeople``). Romanian clitic pronouns after one
   ("farmacistul mi-a dat") are no name (``everydaywords.everyday_word_of_no_name``).
b. Published: a name after a doctor's, nurse's, friend's or kin word of Kannada (read open, as its kin words are),
   Mongolian in Cyrillic (read by its capitals) and Pashto (read by the Arabic script's given names, a father's given
   name or a listed surname after it): ``peoplewords.SCRIPT_CUE_WORDS`` ("kn_IN", "mn_MN", "ps_AF"),
   ``SCRIPT_CUE_CASED_LOCALES``, ``SCRIPT_CUE_ARABIC_LOCALES``, read by ``inflected_kin._after_a_script_cue`` and
   ``leakinflected._script_cue``; Somali given names in the Arabic script after a kin word
   (``peoplewords._MORE_ARABIC_SCRIPT_NAMES``); Georgian given names with no surname after a cue
   (``SCRIPT_CUE_GIVEN_NAMES``).
c. In part: the surname left once the given name went (or the given name once the surname went) beside a name taken
   after a relation's, role's or Maori kin word ("meine Mutter <PERSON> Beck", "taku whaea a Mere <PERSON>",
   "مادرشوهرم <PERSON> احمدی"): the redactor's ``inflected_kin.surname_after_a_cued_name`` and
   ``given_name_before_a_cued_name`` (used by ``text``), the check's ``leakinflected.name_part_left_beside_a_cued_name``
   (kind "part of a name left beside one taken after a cue") and ``surname_left_after_a_name``.
Kept: role and kin words before ordinary words ("doctorul a spus", "врач сказал", "эмч маргааш ирнэ").
"""

from __future__ import annotations

import pytest

from features.deid.inflected_kin import given_name_before_a_cued_name, surname_after_a_cued_name
from features.deid.leakinflected import name_part_left_beside_a_cued_name
from tests import deid_probes as probes

#: (a) a role word with its article, then a surname: (text, surname)
_ROLES_WITH_ARTICLES = [
    ("Mesajul de la doctorul Popescu", "Popescu"),
    ("Mesajul de la doctorul Popescu: luați pastila seara.", "Popescu"),
    ("farmacistul Dumitrescu a sunat", "Dumitrescu"),
    ("Am vorbit azi cu asistentul Marinescu.", "Marinescu"),
    ("Farmacista Georgescu a spus să iau două.", "Georgescu"),
    ("докторът Петров каза", "Петров"),
    ("Докторът Петров каза да пия вода.", "Петров"),
    ("Говорих с лекарката Димитрова вчера.", "Димитрова"),
    ("Лекарят Иванова ми каза", "Иванова"),
    ("doktori Hoxha më tha", "Hoxha"),
    ("Infermierja Berisha erdhi sot.", "Berisha"),
    ("doktoren Hansen ringde", "Hansen"),
    ("Jeg snakket med legen Nilsen.", "Nilsen"),
    ("Врач: Петров", "Петров"),
]

#: (b) a name after a cue word of Kannada, Mongolian, Pashto, a Somali name after an Arabic kin word, a Georgian given
#: name alone: (text, the name's words)
_SCRIPT_CUES = [
    ("ಡಾಕ್ಟರ್ ಸುರೇಶ್ ಹೆಗ್ಡೆ ಹೇಳಿದರು", ("ಸುರೇಶ್", "ಹೆಗ್ಡೆ")),
    ("ನಮ್ಮ ವೈದ್ಯರು ರಾಜೇಶ್ ಶೆಟ್ಟಿ ಔಷಧ ಕೊಟ್ಟರು", ("ರಾಜೇಶ್", "ಶೆಟ್ಟಿ")),
    ("ನನ್ನ ಡಾಕ್ಟರ್ ರಮೇಶ್", ("ರಮೇಶ್",)),
    ("эмч Ганбаатар Дорж надад хэлсэн", ("Ганбаатар", "Дорж")),
    ("Эмч Болд надад эм өгсөн", ("Болд",)),
    ("Миний эгч Оюунчимэг өчигдөр ирсэн.", ("Оюунчимэг",)),
    ("Миний ах Бат-Эрдэнэ ирсэн", ("Бат-Эрдэнэ",)),
    ("زما ډاکټر احمد شاه کریمي وویل", ("احمد", "شاه", "کریمي")),
    ("زما ورور محمود خان راغی", ("محمود", "خان")),
    ("زما ملګری ایمل احمدزی راغی", ("ایمل", "احمدزی")),
    ("ابن عمي فارح ورسمي جاء", ("فارح", "ورسمي")),
    ("أختي هودان جاءت أمس", ("هودان",)),
    ("ابن عمي حرسي فارح", ("حرسي", "فارح")),
    ("ჩემი მეზობელი ზვიადი მოვიდა", ("ზვიადი",)),
    ("ჩემი მეგობარი ირაკლი მოვიდა", ("ირაკლი",)),
    ("ექიმი გოჩა", ("გოჩა",)),
    ("ჩემი დეიდა მზია", ("მზია",)),
]

#: (c) whole names after a cue whose parts must all go, end to end: (text, the name's words)
_WHOLE_NAMES = [
    ("meine Mutter Jane Beck kommt morgen", ("Jane", "Beck")),
    ("Gestern war meine Mutter Jane Beck beim Arzt.", ("Jane", "Beck")),
    ("Ka haere mai tōku whaea a Mere Parata apōpō", ("Mere", "Parata")),
    ("مادرشوهرم فریبا احمدی دیروز آمد", ("فریبا", "احمدی")),
    ("پدرزنم حسین کریمی آمد", ("حسین", "کریمی")),
    ("خواهرشوهرم نسرین آمد", ("نسرین",)),
]

#: ordinary sentences of the same languages, role and kin words before ordinary words
_KEPT = [
    "doctorul a spus să iau pastila",
    "Doctorul a spus să beau apă.",
    "Farmacistul a sunat ieri.",
    "farmacistul mi-a dat pastilele",
    "врач сказал пить воду",
    "моя мама сказала",
    "Лекарят каза да пия вода",
    "Лекарят каза да почивам.",
    "Doktori më tha të pi ujë",
    "doktoren sa att jag ska vila",
    "Doktoren sa at jeg skulle hvile.",
    "Meine Mutter hat heute angerufen.",
    "эмч хэлсэн",
    "Эмч маргааш ирнэ",
    "ಡಾಕ್ಟರ್ ಹೇಳಿದರು",
    "ಡಾಕ್ಟರ್ ಇಂದು ಬಂದರು",
    "ನನ್ನ ಗಂಡ ಬಂದರು",
    "زما ډاکټر وویل",
    "زما ورور راغی",
    "زما پلار روغ دی",
    "مادرشوهرم گفت بیا",
    "مادرزنم گفت فردا می‌آید",
    "أختي جاءت أمس",
    "ჩემი მეზობელი დღეს მოვიდა",
]


def _gone_on_both_sides(deid, index, text: str, parts: tuple[str, ...]) -> None:
    """The check sees a name in ``text``; the redactor leaves none of ``parts``; the check sees nothing after."""
    assert probes.free_text_kinds(index, text), text
    out = probes.redacted(deid, text)
    assert not any(part in out for part in parts), out
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "surname"), _ROLES_WITH_ARTICLES)
def test_a_surname_after_a_role_with_its_article_is_caught(deid, index, text, surname):
    probes.assert_free_text_caught(deid, index, text, surname, {"staff name after a role word"})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "parts"), _SCRIPT_CUES)
def test_a_name_after_a_cue_of_kannada_mongolian_pashto_somali_georgian_is_caught(deid, index, text, parts):
    _gone_on_both_sides(deid, index, text, parts)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "parts"), _WHOLE_NAMES)
def test_every_part_of_a_name_after_a_cue_goes(deid, index, text, parts):
    _gone_on_both_sides(deid, index, text, parts)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_role_and_kin_words_before_ordinary_words_are_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: (c) the redactor's reading of a part left beside a name another reading took: (text, the name's span as taken,
#: the span once the part is read)
_PARTS_BESIDE = [
    ("meine Mutter Jane Beck kommt", "Jane", "Jane Beck"),
    ("Mesajul de la doctorul Ana Popescu", "Ana", "Ana Popescu"),
    ("taku whaea a Mere Parata apōpō", "Parata", "Mere Parata"),
    ("Kei te whakaora taku koro a Hemi Tawhiri", "Tawhiri", "Hemi Tawhiri"),
    ("مادرشوهرم فریبا احمدی دیروز آمد", "فریبا", "فریبا احمدی"),
    ("my aunt Aroha Ngata called", "Aroha", "Aroha Ngata"),
]
#: and where nothing beside the name is part of it
_NOTHING_BESIDE = [
    ("Mein Sohn Paul Montag kommt nicht.", "Paul"),
    ("I met Jane Beck today", "Jane"),
    ("meine Mutter Jane hat angerufen", "Jane"),
    ("I saw a Mere Parata", "Parata"),
    ("my son Tom Tylenol", "Tom"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "taken", "whole"), _PARTS_BESIDE)
def test_the_redactor_takes_the_part_left_beside_a_cued_name(text, taken, whole):
    start = text.index(taken)
    end = start + len(taken)
    grown = given_name_before_a_cued_name(text, start), surname_after_a_cued_name(text, start, end)
    assert text[grown[0]:grown[1]] == whole


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "taken"), _NOTHING_BESIDE)
def test_the_redactor_takes_nothing_beside_a_name_of_no_cue_or_before_an_everyday_word(text, taken):
    start = text.index(taken)
    end = start + len(taken)
    assert (given_name_before_a_cued_name(text, start), surname_after_a_cued_name(text, start, end)) == (start, end)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("published", "left"), [
    ("meine Mutter <PERSON> Beck kommt morgen", True),
    ("Mesajul de la doctorul <PERSON> Popescu", True),
    ("Ka haere mai tōku whaea a Mere <PERSON> apōpō", True),
    ("my aunt <PERSON> Ngata called", True),
    ("meine Mutter <PERSON> kommt morgen", False),
    ("meine Mutter <PERSON> Tabletten", False),
    ("I saw <PERSON> Beck", False),
    ("I saw a Mere <PERSON>", False),
    ("my son <PERSON> and I", False),
])
def test_the_check_sees_the_part_left_beside_a_cued_name(published, left):
    assert name_part_left_beside_a_cued_name(published) is left


@pytest.mark.verifies("REQ-DEID-003")
def test_cost_in_proportion(deid, index):
    piece = " ".join(text for text, _ in _ROLES_WITH_ARTICLES[:4] + _SCRIPT_CUES[:6] + _WHOLE_NAMES[:3]) + " " + \
        " ".join(_KEPT[:6]) + "\n"
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
