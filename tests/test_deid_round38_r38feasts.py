"""Round 38 (r38feasts): feasts after kin words in the scripts with no capitals. The 38th black-box round found a feast
read as a name after a kin word ("மனைவி பொங்கல்", "ಗಂಡ ದೀಪಾವಳಿ": over-redacted; "మా అమ్మ సంక్రాంతి": refused), a name
between a kin word and a feast left or taken with the feast ("মেয়ে সুমি দুর্গাপূজায়"), and the check refusing a name
that went ("மகள் <PERSON> வந்தனர்": it reads the text with each placeholder blanked, and took the word after the name
for the word after the kin word). Now one table of the feasts of South Asia's calendars in their scripts, as stems for
their cases (:data:`~features.deid.holidaywords.SCRIPT_FEAST_STEMS`), is an ordinary word after a kin word for both
sides, and ends the name before it; the check reads a name after a kin word only a blank or two after it.
"""

from __future__ import annotations

import pytest

from features.deid.holidaywords import SCRIPT_FEAST_STEMS
from features.deid.peoplewords import script_kin_given_names
from tests import deid_probes as probes
from tests.deid_probes import free_text_kinds

_SCRIPT = {"given name after a kin word of a script with no capitals"}

#: (text, the name, the feast that stays or None): the round's own and the same kind in other scripts
CAUGHT = [
    ("மனைவி பிரியா பொங்கல்", "பிரியா", "பொங்கல்"),
    ("ভাই রাজু দুর্গাপূজার", "রাজু", None),
    ("ಗಂಡ ರಮೇಶ್ ದೀಪಾವಳಿ", "ರಮೇಶ್", "ದೀಪಾವಳಿ"),
    ("ഭർത്താവ് ബിജു ഓണത്തിന്", "ബിജു", "ഓണത്തിന്"),
    ("భార్య సుజాత ఉగాది", "సుజాత", "ఉగాది"),
    ("അമ്മ ശാന്ത വിഷുവിന്", "ശാന്ത", "വിഷുവിന്"),
    ("மகள் ரம்யா பொங்கலுக்கு", "ரம்யா", "பொங்கலுக்கு"),
    ("মেয়ে সুমি দুর্গাপূজায়", "সুমি", "দুর্গাপূজায়"),
    ("மகள் ரம்யா வந்தனர்", "ரம்யா", None),
    ("மகன் அருண் இருவரும் வந்தனர்", "அருண்", None),
    ("ಮಗಳು ಕಾವ್ಯ ಯುಗಾದಿಗೆ ಬಂದಳು", "ಕಾವ್ಯ", "ಯುಗಾದಿಗೆ"),
    ("ਮੇਰਾ ਭਰਾ ਗੁਰਪ੍ਰੀਤ ਵਿਸਾਖੀ ਤੇ ਆਇਆ", "ਗੁਰਪ੍ਰੀਤ", "ਵਿਸਾਖੀ"),
    ("மகன் ரம்ஜான் வந்தான்", "ரம்ஜான்", None),  # Ramzan is a given name too: no feast of the table
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "feast"), CAUGHT)
def test_a_name_between_a_kin_word_and_a_feast_goes_and_the_feast_stays(deid, index, text, secret, feast):
    probes.assert_free_text_caught(deid, index, text, secret, _SCRIPT)
    assert feast is None or feast in probes.redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [
    "மனைவி பொங்கல்",
    "ভাই দুর্গাপূজার",
    "ഭർത്താവ് ഓണത്തിന്",
    "ಗಂಡ ದೀಪಾವಳಿ",
    "ভাই ঈদের দিন ওষুধ খায়নি",
    "அம்மா தீபாவளிக்கு மருந்து சாப்பிடவில்லை",
])
def test_a_feast_after_a_kin_word_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["మా అమ్మ సంక్రాంతి రోజు మందు వేసుకోలేదు", "மகள் <PERSON> வந்தனர்",
                                  "ഭർത്താവ് <PERSON> ഓണത്തിന്"])
def test_the_check_refuses_no_feast_and_no_word_past_a_name_that_went(deid, index, text):
    assert not free_text_kinds(index, text) & _SCRIPT
    assert not free_text_kinds(index, probes.redacted(deid, text)) & _SCRIPT


def test_no_feast_is_a_listed_name_after_a_kin_word():
    assert not {"पोंगल", "होली"} & script_kin_given_names(("hi_IN", "mr_IN", "ne_NP"))
    assert all(" " not in stem for stem in SCRIPT_FEAST_STEMS)


@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", ["மனைவி பிரியா பொங்கல். ಗಂಡ ದೀಪಾವಳಿ. মেয়ে সুমি দুর্গাপূজায়. மகள் <PERSON> வந்தனர். "])
def test_the_round38_feast_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
