"""Round 39 (r39kin): third parties' names before or after kin words that the thirty-eighth black-box round got past one
side or both. Kinds, each read by the redactor and the check:

(a) Khmer kin words before a name, a possessive ("ខ្ញុំ") glued or between or none ("ពូ សុខា", "ម្តាយខ្ញុំ សុភា");
(b) Amharic kin words, the name after one and before one ("ወንድሜ አበበ", "አበበ ወንድሜ", "ታናሽ እህቴ ሰላም");
(c) a kin word of a script with no capitals ending one message and the name opening the patient's next ("আমার ছেলে"
    then "রাহুল ..."), read across the seam;
(d) a Zulu or Xhosa name glued to a capitalised personal prefix ("UThemba Ndlovu", "KaSipho", "NoZodwa");
(e) a title, a family name's particles and its rest, whatever word the rest is ("Mme de la Tour", "M. de Villiers");
(f) a given name that is an English word after a kin word of another language ("Meine Tochter Hope", "Mon fils Grace"),
    or after an English one before a person's verb ("my daughter Grace called");
(g) a Burmese kin word glued to its possessive, a name's honorific and the name ("ကျွန်မသမီးမမြ");
(h) Punjabi kin words in the Shahmukhi script, and a listed name as Urdu letters spell it ("میرا بھرا اکرم");
(i) a capitalised name in letters after a kin word of a script with no capitals ("என் மகன் Karthik");
(j) ordinary words after (and before) those kin words, and Tamil and Kannada kin words before a feast (round 38's
    r38feasts already took the name between: checked here once more).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds
from tests.test_deid_round37_r37seams import _kinds, _published

_SCRIPT = {"given name after a kin word of a script with no capitals", "name after a relation word",
           "name after a kin word of the Arabic script"}
_NGUNI = {"name with a Zulu or Xhosa personal prefix"}
_PARTICLE = {"name with a surname particle"}
_BURMESE = {"name after a Burmese kin word"}

CAUGHT = [
    # (a) Khmer
    ("ពូ សុខា មកលេងថ្ងៃនេះ", "សុខា", _SCRIPT),
    ("ឪពុក វណ្ណា ភ្លេចលេបថ្នាំ", "វណ្ណា", _SCRIPT),
    ("បង ដារា ទិញថ្នាំ", "ដារា", _SCRIPT),
    ("ប្អូន ចាន់ធា មកជួយ", "ចាន់ធា", _SCRIPT),
    ("ប្រពន្ធ ស្រីនី ជួយខ្ញុំ", "ស្រីនី", _SCRIPT),
    ("ប្តី សំណាង ធ្វើការ", "សំណាង", _SCRIPT),
    ("ម្តាយខ្ញុំ សុភា ឈឺ", "សុភា", _SCRIPT),
    # (b) Amharic, both orders
    ("አበበ ወንድሜ መድሃኒቱን ረሳ", "አበበ", _SCRIPT),
    ("ታናሽ እህቴ ሰላም ታመመች", "ሰላም", _SCRIPT),
    ("ወንድሜ አበበ መጣ።", "አበበ", _SCRIPT),
    ("ትናንት ልጄ ዮናስ መጣ", "ዮናስ", _SCRIPT),
    # (d) capitalised Nguni prefixes
    ("UThemba Ndlovu uzongisiza", "Themba", _NGUNI),
    ("KaSipho ufikile", "Sipho", _NGUNI),
    ("NoZodwa uyagula namuhla", "Zodwa", _NGUNI),
    # (e) particles after a title
    ("Nous avons vu Mme de la Tour hier", "Tour", _PARTICLE),
    ("J'ai parlé à M. de Villiers ce matin", "Villiers", _PARTICLE),
    ("Mme du Pont est venue", "Pont", _PARTICLE),
    ("Frau von Weizsäcker kam heute", "Weizsäcker", _PARTICLE),
    # (f) an English word's name after a kin word of another language
    ("Meine Tochter Hope hat angerufen", "Hope", {"name after a relation word"}),
    ("Mon fils Grace est venu", "Grace", {"name after a relation word"}),
    ("Mi hija Faith viene mañana", "Faith", {"name after a relation word"}),
    ("my daughter Grace called", "Grace", {"name after a relation word"}),
    ("My son Will picked it up", "Will", {"name after a relation word"}),
    # (g) Burmese with no space
    ("ကျွန်တော့်သားကိုအောင် ဆေးဝယ်လာတယ်", "အောင်", _BURMESE),
    ("ကျွန်မသမီးမမြ ဖျားနေတယ်", "မမြ", _BURMESE),
    # (h) Shahmukhi
    ("میرا پتر عمران دوائی لے آیا", "عمران", _SCRIPT),
    ("میرا بھرا اکرم آیا", "اکرم", _SCRIPT),
    ("میری دھی فاطمہ بیمار اے", "فاطمہ", _SCRIPT),
    # (i) a name in letters after a kin word of a script with no capitals
    ("என் மகன் Karthik மருந்து வாங்கினான்", "Karthik", _SCRIPT),
    ("मेरे बेटे Rahul ने दवा दी", "Rahul", _SCRIPT),
    ("ወንድሜ Abebe መጣ", "Abebe", _SCRIPT),
    # (j) round 38's feasts: the name between a kin word and a feast, a Tamil kin word with no possessive
    ("மனைவி பிரியா பொங்கல் கொண்டாடினோம்", "பிரியா", _SCRIPT),
    ("ಗಂಡ ರಮೇಶ್ ದೀಪಾವಳಿ ಹಬ್ಬಕ್ಕೆ ಬಂದರು", "ರಮೇಶ್", _SCRIPT),
    ("மனைவி பிரியா வந்தாள்", "பிரியா", _SCRIPT),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_a_name_beside_a_kin_word_goes_and_the_check_sees_it(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("tail", "head", "secret"), [
    ("আজ আমার ছেলে", "রাহুল ওষুধ এনেছে", "রাহুল"),
    ("என் மகன்", "கார்த்திக் மருந்து வாங்கினான்", "கார்த்திக்"),
    ("मेरे बेटे", "अमित ने दवा दी", "अमित"),
])
def test_a_name_opening_the_message_after_a_kin_word_goes(deid, tail, head, secret):
    assert "given name after a kin word of a script with no capitals across two messages" in _kinds([tail, head])
    published = _published(deid, [tail, head])
    assert secret not in " ".join(published), published
    assert not _kinds(published), published


@pytest.mark.verifies("REQ-DEID-001")
def test_an_ordinary_word_opening_the_message_after_a_kin_word_stays(deid):
    assert _published(deid, ["আমার ছেলে", "ওষুধ এনেছে"]) == ["আমার ছেলে", "ওষুধ এনেছে"]
    assert not _kinds(["আমার ছেলে", "ওষুধ এনেছে"])


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "ពូ ទិញថ្នាំ ឱ្យខ្ញុំ",
    "កូន ឈឺ ថ្ងៃនេះ",
    "ወንድሜ መድሃኒቱን ረሳ",
    "ትናንት ወንድሜ መጣ",
    "እናቴ ታመመች።",
    "میرا پتر دوائی لے آیا",
    "ကျွန်တော့်သားကို ဆေးတိုက်တယ်",
    "ကျွန်မသမီးမလာဘူး",
    "मेरे बेटे Paracetamol देता हूँ",
    "Mon fils est venu",
    "my son will call",
    "Le prix est de 5 M de la Banque",
    "My cousin studies at UPenn now",
    "My son took NoDoz again",
])
def test_ordinary_words_beside_those_kin_words_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_round39_kin_readings_cost_in_proportion(deid, index):
    piece = ("ពូ សុខា មកលេង។ አበበ ወንድሜ መጣ። UThemba uyagula. Mme de la Tour est venue. Mon fils Grace est venu. "
             "ကျွန်မသမီးမမြ ဖျားနေတယ်။ میرا بھرا اکرم آیا۔ என் மகன் Karthik வந்தான். ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
    assert free_text_kinds(index, piece)
