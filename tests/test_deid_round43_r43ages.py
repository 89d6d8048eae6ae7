"""Round 43, branch r43ages: ages over 89 (HIPAA Safe Harbor) that the 42nd black-box round saw published or refused
(blocking), each fixed as a kind on both sides. The kinds:

a. Published: an age in figures beside a word of age of Malayalam ("93 വയസ്സായി", the stem "വയസ" with its endings
   glued; "പ്രായം 96"), Pashto ("۹۳ کلنه ده"), Somali ("waxaan ahay 91 jir", "93 sano jir", "da'diisu waa 94"), Maori
   ("e 93 ōku tau") and Malagasy ("93 taona"): ``agewords.MORE_AGE_WORDS_AFTER_A_FIGURE`` /
   ``MORE_AGE_WORDS_BEFORE_A_FIGURE`` (redactor ``calendar_shapes.cued_age_spans``, check
   ``leakcalendars.has_cued_age``) and ``AGE_WORDS`` ("taona": ``more_shapes`` and ``leakshapes``).
b. Refused, blocking: figures in Khmer, Lao and Burmese numerals with the word for years glued to the next word
   ("၉၅ နှစ်ရှိပြီ", "ອາຍຸ໙໓ປີແລ້ວ"), and the Khmer word of age read as a name glued to a kin word
   ("ជីដូនខ្ញុំអាយុ៩៣"): ``agewords.SCRIPTS_WITHOUT_BLANKS`` (both sides read such words glued),
   ``peoplewords.KHMER_WORDS_AFTER_A_GLUED_NAME``.
c. Published or missed by the check: ages in number words of Zulu and Xhosa after a word of years ("uneminyaka
   engamashumi ayisishiyagalolunye nantathu") and of Swahili after "miaka" ("ana miaka tisini na tatu"):
   ``agewords.OLD_AGE_NUMBER_WORDS`` (``_round43_number_words``), read by ``calendar_shapes.number_word_age_spans``
   and ``leakcalendars.has_number_word_age``.
d. Published: Vietnamese hundreds with "linh"/"lẻ" or "mười" ("một trăm linh năm tuổi"): ``agewords.VIETNAMESE_UNITS``.
e. Published: an age split over two messages the German or the French way ("Oma wird dreiund", then "neunzig";
   "quatre-vingt", then "-treize ans"): ``pipeline._split_ages_redacted``, ``leakcalendars.split_age_across_a_seam``.

Kept: ages of 89 and under, doses, counts and days in the same languages. Decided: a count of years since an event
that is not the person's age ("married 91 years ago", "miaka tisini iliyopita") is no age and is kept where the
readings see a span ("ago", "iliyopita", "edlule"); a count of years with no such word after an age's word is read as
an age (recall first).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.test_deid_round37_r37seams import _kinds, _published

#: (a) figures beside a word of age of Malayalam, Pashto, Somali, Malagasy and Maori: (text, the figure)
_FIGURES = [
    ("എന്റെ അമ്മൂമ്മയ്ക്ക് 93 വയസ്സായി", "93"),
    ("അച്ഛന് 91 വയസ്സുണ്ട്", "91"),
    ("93 വയസ്സുള്ള മുത്തശ്ശി", "93"),
    ("മുത്തശ്ശന്റെ പ്രായം 96 ആണ്", "96"),
    ("അപ്പൂപ്പന് ഇപ്പോൾ 97 വയസ്സ്.", "97"),
    ("വയസ്സ് 92, ഷുഗർ ഉണ്ട്", "92"),
    ("زما نیا ۹۳ کلنه ده", "۹۳"),
    ("زه 91 کلن یم", "91"),
    ("زما انا ۹۶ کلنه ده او ناروغه ده", "۹۶"),
    ("نیکه مې 100 کلن شو", "100"),
    ("ayeeyaday waa 93 sano jir", "93"),
    ("waxaan ahay 91 jir", "91"),
    ("da'diisu waa 94", "94"),
    ("Aabbahay wuxuu yahay 92 jir.", "92"),
    ("Ayeeyo waa 96 sano jir, waxayna qaadataa daawo", "96"),
    ("93 taona ny renibeko", "93"),
    ("efa 91 taona izy", "91"),
    ("Efa 95 taona i Dadabe.", "95"),
    ("Ny renibeko dia 92 taona", "92"),
    ("e 93 oku tau", "93"),
    ("e 95 ōna tau", "95"),
    ("ko taku kuia e 91 ōna tau", "91"),
    ("E 97 ōna tau, ā, kei te ora tonu ia.", "97"),
    ("Kua 94 ōku tau.", "94"),
]

#: (b) figures in Khmer, Lao and Burmese numerals, the words glued
_SCRIPT_FIGURES = [
    ("ជីដូនខ្ញុំអាយុ៩៣ឆ្នាំហើយ", "៩៣"),
    ("ជីដូនខ្ញុំអាយុ ៩៣ ឆ្នាំ", "៩៣"),
    ("យាយខ្ញុំអាយុ៩៧ឆ្នាំ។", "៩៧"),
    ("អាយុ៩៥ឆ្នាំ", "៩៥"),
    ("ពូសុខាអាយុ៩២ឆ្នាំ", "៩២"),
    ("ពូសុខាអាយុ៩២ឆ្នាំ", "សុខា"),
    ("အဘိုးက ၉၅ နှစ်ရှိပြီ", "၉၅"),
    ("အဘွားအသက်၉၃နှစ်", "၉၃"),
    ("အဖိုး အသက် ၉၈ နှစ်ပါ။", "၉၈"),
    ("ແມ່ຕູ້ອາຍຸ໙໓ປີແລ້ວ", "໙໓"),
    ("ພໍ່ຕູ້ຂອງຂ້ອຍອາຍຸ ໙໖ ປີແລ້ວ", "໙໖"),
]

#: (c, d) number words of Zulu, Xhosa, Swahili and Vietnamese: (text, a word of the number)
_WORDS = [
    ("ugogo uneminyaka engamashumi ayisishiyagalolunye nantathu", "nantathu"),
    ("umkhulu wami uneminyaka engamashumi ayisishiyagalolunye nesithupha manje", "nesithupha"),
    ("Ugogo wami uneminyaka engamashumi ayisishiyagalolunye nesikhombisa.", "nesikhombisa"),
    ("Umakhulu uneminyaka engamashumi alithoba anesithathu", "alithoba"),
    ("ana miaka tisini na tatu", "tisini"),
    ("bibi yangu ana miaka tisini na nane sasa", "tisini"),
    ("Babu yangu ana miaka tisini na tano, bado ana nguvu.", "tisini"),
    ("babu ana umri wa miaka mia moja", "mia moja"),
    ("Bibi ana umri wa miaka mia moja na mbili", "mbili"),
    ("bà tôi một trăm lẻ hai tuổi", "trăm"),
    ("ông tôi năm nay một trăm linh năm tuổi", "linh"),
    ("cụ nhà tôi một trăm mười lăm tuổi rồi", "mười"),
    ("Bà nội tôi năm nay một trăm lẻ ba tuổi.", "lẻ"),
    ("ông ngoại một trăm linh một tuổi rồi", "linh"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _FIGURES + _SCRIPT_FIGURES + _WORDS)
def test_old_ages_go_for_both_sides(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


#: near misses in the same languages: ages of 89 and under, doses, counts, days, spans of years
_KEPT = [
    "അമ്മൂമ്മയ്ക്ക് 85 വയസ്സായി",
    "زما نیکه ۸۵ کلن دی",
    "ayeeyo waa 85 sano jir",
    "waxaan qaataa 93 kiniin",
    "e 85 ōku tau",
    "e 93 ōku pire",
    "លោកតាខ្ញុំអាយុ ៨៥ ឆ្នាំ",
    "ខ្ញុំលេបថ្នាំ ៩៣ គ្រាប់",
    "အဘွား အသက် ၈၅ နှစ်",
    "ແມ່ຕູ້ອາຍຸ ໘໕ ປີ",
    "ngidla amaphilisi amabili",
    "bibi ana miaka themanini na tano",
    "bà tôi tám mươi lăm tuổi",
    "ഇന്ന് 93 ഗുളിക ബാക്കി ഉണ്ട്",
    "وړاندې ۹۳ ورځې درمل واخیستل",
    "Waxaan qaatay 93 mg maanta.",
    "E 93 ngā pire i toe.",
    "ខ្ញុំមានថ្នាំ ៩៣ គ្រាប់",
    "ຂ້ອຍກິນຢາ ໙໓ ເມັດ",
    "ဆေး ၉၃ လုံး ကျန်သေးတယ်",
    "Ngiphuza amaphilisi angu-93 ngenyanga",
    "Nimebakiwa na vidonge tisini na tatu",
    "Tôi còn một trăm lẻ hai viên thuốc",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_young_ages_doses_and_counts_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


#: (e) an age split over two messages the German or the French way: (messages, both published)
_SEAMS = [
    (["Meine Oma wird dreiund", "neunzig Jahre alt"], ["Meine Oma wird <AGE>", "<AGE> alt"]),
    (["Opa ist sieben und", "neunzig und noch fit"], ["Opa ist <AGE>", "<AGE> und noch fit"]),
    (["Mein Vater ist vier-", "undneunzig."], ["Mein Vater ist <AGE>-", "<AGE>."]),
    (["ma grand-mère a quatre-vingt", "-treize ans"], ["ma grand-mère a <AGE>", "-<AGE> ans"]),
    (["mon père a quatre-vingt-", "dix-sept ans"], ["mon père a <AGE>-", "<AGE> ans"]),
    (["mamie a quatre vingt", "quinze ans maintenant"], ["mamie a <AGE>", "<AGE> ans maintenant"]),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "published"), _SEAMS)
def test_an_age_split_the_german_or_french_way_goes(deid, bodies, published):
    assert "age over 89 across two messages" in _kinds(bodies)
    out = _published(deid, bodies)
    assert out == published, out
    assert not _kinds(out, across=False), _kinds(out, across=False)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", [
    ["Ich nehme drei", "neunzig Minuten später"],
    ["ma mère a quatre-vingt", "dix comprimés par jour"],
    ["Oma ist dreiund", "achtzig Jahre alt"],
])
def test_a_count_or_a_younger_age_over_two_messages_stays(deid, bodies):
    assert "age over 89 across two messages" not in _kinds(bodies)
    assert _published(deid, bodies) == bodies


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.timeout(120)
@pytest.mark.parametrize("piece", [
    "അച്ഛന് 91 വയസ്സുണ്ട്, زه 91 کلن یم, waxaan ahay 91 jir, e 93 ōku tau, 93 taona, អាយុ៩៣ឆ្នាំហើយ, "
    "uneminyaka engamashumi ayisishiyagalolunye nantathu, ana miaka tisini na tatu, một trăm linh năm tuổi. ",
])
def test_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
