"""Round 37 (r37kin): names after kin words the thirty-sixth black-box round got past both sides: Finnish ablative with
a possessive ("Siskoltani Liisalta"), Slovak and Slovene instrumental ("s bratom Petrom"), the Bulgarian clitic
possessive ("сестра ми Десислава"), the Persian ezafe ("برادرِ من رضا"), Hindi, Tamil and Bengali kin words, a
Persian surname after a name ("<PERSON> رضایی"), the Balearic article ("Na Margalida"), and for the check "min son
Erik"; and the over-redactions beside kin words (a medicine, a verb, the kin word itself). Names in the scripts with no
capitals are read only where Faker's lists of the locale hold them, so medicines and verbs after a kin word stay.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

_IN_ITS_CASE = {"name in its case after a kin word"}
_CATALAN = {"given name after a Catalan personal article"}
_NORDIC = {"given name after a Nordic possessive and kin word", "name where a person stands"}
_SCRIPT = {"given name after a kin word of a script with no capitals", "name after a relation word",
           "name after a kin word of the Arabic script", "name after a kin word with a clitic or in another script"}
_KIN_KINDS = _IN_ITS_CASE | _CATALAN | _NORDIC | _SCRIPT | {"surname of another script after a name"}

#: (text, the name, the kinds the check may read): the round's own and the same kinds in other languages and forms
CAUGHT = [
    ("Siskoltani Liisalta sain lääkkeet.", "Liisalta", _IN_ITS_CASE),
    ("Veljeltäni Mikolta sain reseptin.", "Mikolta", _IN_ITS_CASE),
    ("Šla som s bratom Petrom do lekárne.", "Petrom", _IN_ITS_CASE),
    ("Šel sem z bratom Petrom v lekarno.", "Petrom", _IN_ITS_CASE),
    ("Byla jsem s babičkou Janou v lékárně.", "Janou", _IN_ITS_CASE),
    ("Dala sam sinu Marku lijekove.", "Marku", _IN_ITS_CASE),
    ("Išla sam sa sestrom Jelenom u apoteku.", "Jelenom", _IN_ITS_CASE),
    ("Дала сам сестри Јелени лекове.", "Јелени", _IN_ITS_CASE),
    ("сестра ми Десислава ми купи лекарствата.", "Десислава", _IN_ITS_CASE),
    ("дъщеря ми Цветелина взе рецептата.", "Цветелина", _IN_ITS_CASE),
    ("Mwanangu Amri amekunywa dawa.", "Amri", _IN_ITS_CASE),
    ("Na Margalida em va portar les pastilles.", "Margalida", _CATALAN),
    ("Min son Erik.", "Erik", _NORDIC),
    ("Jag pratade med min dotter Anna igår.", "Anna", _NORDIC),
    ("min søn Mikkel", "Mikkel", _NORDIC),
    ("برادرِ من رضا داروها را آورد.", "رضا", _SCRIPT),
    ("پسرم علی رضایی دارو آورد.", "رضایی", _SCRIPT),
    ("मैंने बेटे अमित को दवा दी।", "अमित", _SCRIPT),
    ("मेरे बेटे सुरेश ने दवा लाई।", "सुरेश", _SCRIPT),
    ("माझा मुलगा गणेश औषध घेतो.", "गणेश", _SCRIPT),
    ("મારો દીકરો અનિલ દવા લાવ્યો.", "અનિલ", _SCRIPT),
    ("என் மகன் ரமேஷ் மருந்து வாங்கினார்.", "ரமேஷ்", _SCRIPT),
    ("আমার ছেলে রাহুল ওষুধ এনেছে।", "রাহুল", _SCRIPT),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_a_relatives_name_after_a_kin_word_goes(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["پسرم <PERSON> رضایی دارو آورد.", "دخترم <PERSON> احمدی آمد."])
def test_the_check_sees_a_surname_left_after_a_name(index, text):
    assert "surname of another script after a name" in free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "с сыном Парацетамол",
    "Дал сыну Ибупрофен вчера.",
    "أعطيت ابني باراسيتامول",
    "ابني باراسيتامول",
    "मैंने बेटे को पैरासिटामोल दी।",
    "আমার ছেলে প্যারাসিটামল খেয়েছে।",
    "پسرم استامینوفن خورد.",
    "برادرِ من دارو آورد.",
    "میری بیٹی پیراسیٹامول لیتی ہے",
    "Mtoto wangu amekunywa dawa.",
    "Poikani otti lääkkeet.",
    "Byla jsem u babičky.",
    "Dala sam sinu Brufen.",
    "min son tar Alvedon",
])
def test_medicines_verbs_and_kin_words_beside_kin_words_stay(deid, index, text):
    assert probes.redacted(deid, text) == text
    assert not free_text_kinds(index, text) & _KIN_KINDS


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "kin"), [
    ("Poikani Matti toi lääkkeet.", "Poikani"),
    ("min sønn Erik hentet medisinen.", "sønn"),
    ("আমার ছেলে রাহুল ওষুধ এনেছে।", "আমার ছেলে"),
    ("Vnučka babičky Jany.", "babičky"),
])
def test_the_kin_word_stays_when_the_name_goes(deid, text, kin):
    out = probes.redacted(deid, text)
    assert kin in out and "<PERSON>" in out


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "Siskoltani Liisalta. s bratom Petrom. сестра ми Десислава. min son Erik. मेरे बेटे सुरेश ने. "
    "என் மகன் ரமேஷ். আমার ছেলে প্যারাসিটামল. پسرم علی رضایی. Na Margalida. ",
])
def test_the_round37_kin_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
