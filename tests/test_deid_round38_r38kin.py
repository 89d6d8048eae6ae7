"""Round 38 (r38kin): names after kin words the thirty-seventh black-box round got past the check: in the scripts with
no capitals a word after a kin word is now a name unless it is an ordinary word after one (stop words, care words,
listed verbs and medicines), listed or not (Tamil "கார்த்திக்", Bengali "সুমির", Gujarati "હેતલ"; Telugu, Kannada,
Malayalam and Gurmukhi kin words added, whose locales Faker lists no names for); Armenian kin words (a cased script:
"Իմ որդին Արամը"); Burmese kin words with their possessive glued before them ("ကျွန်တော့်သား ကိုအောင်"); for the
check, a Zulu or Xhosa name glued to its personal prefix or copula ("nguThandiwe Zulu") and a listed given name that
is also a word after a kin word of another language ("Mein Sohn Mercy"); for the redactor, a surname of those scripts
after a "<PERSON>" written in the text ("<PERSON> رضایی"). Ordinary words after the kin words stay.
"""

from __future__ import annotations

import pytest

from features.deid import peoplewords
from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

_SCRIPT = {"given name after a kin word of a script with no capitals", "name after a relation word"}
_IN_ITS_CASE = {"name in its case after a kin word"}
_BURMESE = {"name after a Burmese kin word"}
_NGUNI = {"name with a Zulu or Xhosa personal prefix"}
_KIN_KINDS = _SCRIPT | _IN_ITS_CASE | _BURMESE | _NGUNI | {"name where a person stands"}

#: (text, the name, the kinds the check may read): the round's own and the same kinds in other languages
CAUGHT = [
    ("என் மகன் கார்த்திக் மருந்து வாங்கினான்", "கார்த்திக்", _SCRIPT),
    ("আমার মেয়ে সুমির সাথে", "সুমির", _SCRIPT),
    ("મારી દીકરી હેતલ દવા લાવી", "હેતલ", _SCRIPT),
    ("నా కొడుకు శ్రీనివాస్ మందు తెచ్చాడు", "శ్రీనివాస్", _SCRIPT),
    ("ನನ್ನ ಮಗ ಪ್ರಕಾಶ್ ಔಷಧಿ ತಂದನು", "ಪ್ರಕಾಶ್", _SCRIPT),
    ("എന്റെ മകൻ അനൂപ് മരുന്ന് വാങ്ങി", "അനൂപ്", _SCRIPT),
    ("ਮੇਰਾ ਪੁੱਤਰ ਗੁਰਪ੍ਰੀਤ ਦਵਾਈ ਲਿਆਇਆ", "ਗੁਰਪ੍ਰੀਤ", _SCRIPT),
    ("Իմ որդին Արամը", "Արամ", _IN_ITS_CASE),
    ("Իմ քույրս Անին դեղ բերեց", "Անին", _IN_ITS_CASE),
    ("ကျွန်တော့်သား ကိုအောင်", "ကိုအောင်", _BURMESE),
    ("ငါ့သမီး မမြင့် ဆေးသောက်တယ်", "မမြင့်", _BURMESE),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_a_name_after_a_kin_word_of_a_script_goes(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kind"), [
    ("nguThandiwe Zulu", "Thandiwe", _NGUNI),
    ("Ngiyabonga, nguSipho Dlamini.", "Sipho", _NGUNI),
    ("Ngikhuluma noZodwa namuhla", "Zodwa", _NGUNI),
    ("Mein Sohn Mercy kommt morgen.", "Mercy", {"name after a relation word"}),
    ("mi hijo Mercy viene hoy", "Mercy", {"name after a relation word"}),
])
def test_the_check_sees_a_prefixed_name_and_a_wordlike_name_after_kin(deid, index, text, secret, kind):
    probes.assert_free_text_caught(deid, index, text, secret, kind)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "surname"), [("<PERSON> رضایی آمد", "رضایی"), ("بیٹی <PERSON> احمدی آئی", "احمدی")])
def test_the_redactor_takes_a_surname_after_a_placeholder_in_the_text(deid, index, text, surname):
    out = probes.redacted(deid, text)
    assert surname not in out and not free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "என் மகள் மருந்து வாங்கினாள்",
    "আমার ছেলে প্যারাসিটামল খেয়েছে।",
    "నా కొడుకు మందు తెచ్చాడు",
    "ನನ್ನ ಮಗಳು ಔಷಧಿ ತಂದಳು",
    "എന്റെ മകൾ മരുന്ന് വാങ്ങി",
    "ਮੇਰੀ ਧੀ ਦਵਾਈ ਲਿਆਈ",
    "મારી દીકરી દવા લાવી",
    "ကျွန်တော့်သား ဆေးသောက်တယ်",
    "আমার মা প্রতিদিন ওষুধ খান",
    "என் அப்பா காலையில் மாத்திரை எடுக்கிறார்",
    "మా అమ్మ రోజూ మందు వేసుకుంటుంది",
    "ကျွန်မသမီး မသောက်ဘူး",
    "I use my iPhone daily",
])
def test_ordinary_words_after_kin_words_stay(deid, index, text):
    assert probes.redacted(deid, text) == text
    assert not free_text_kinds(index, text) & _KIN_KINDS


def test_the_nordic_kin_table_is_one():
    assert peoplewords._NORDIC_KIN_WRITTEN is peoplewords.NORDIC_KIN_AFTER_A_POSSESSIVE
    assert {"son", "sønn", "barnbarn"} <= peoplewords.NORDIC_KIN_AFTER_A_POSSESSIVE
    assert "bror" in peoplewords.NORDIC_KIN_WORDS and not {"son", "man", "mor"} & peoplewords.NORDIC_KIN_WORDS


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "என் மகன் கார்த்திக். నా కొడుకు శ్రీనివాస్. ਮੇਰੀ ਧੀ ਦਵਾਈ. Իմ որդին Արամը. ကျွန်တော့်သား ကိုအောင်. "
    "nguThandiwe Zulu. Mein Sohn Mercy. <PERSON> رضایی. ",
])
def test_the_round38_kin_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
