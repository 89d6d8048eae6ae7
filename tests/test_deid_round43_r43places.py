"""Round 43, branch r43places: streets and towns the 42nd black-box round saw published or wrongly refused, fixed as
kinds on both sides.

a. Published: a third party's street with a house number after an address's or living's cue and a copula or a
   possessive between ("Moje adresa je Bučarova 4a/9", "Adresa mi je Ilica 25", "Η διεύθυνσή μου είναι Ποσειδώνος
   54", "Μένω στην Ερμού 12", "Osoite: Mannerheimintie 5", "Мой адрес — Ленина 12"): shared tables
   ``placewords.STREET_CUES`` (Greek, Finnish, Basque, Croatian cues) and ``placewords.STREET_CUE_LINKS``; redactor
   ``place_shapes._CUED_STREET``, check ``leakplaces._CUED_NAME_NUMBER`` (kind "street with no street word").
b. Published: the owner's town by its official Māori name ("Kirikiriroa" for Hamilton, "Tāmaki Makaurau" for
   Auckland, "Te Whanganui-a-Tara" for Wellington): ``townnicknames.OFFICIAL_DUAL_NAMES``, read through
   ``places.city_codes`` by the redactor's owner pass and the check's owner grams.
c. Published: a town before an Urdu or Arabic facility's word, maybe past "کے"/"کی"/"میں" ("لاہور ہسپتال", "کراچی
   کے ہسپتال"): ``placewords.ARABIC_SCRIPT_WORDS_BETWEEN_TOWN_AND_FACILITY``; redactor
   ``place_shapes._arabic_script_town_before``, check ``leakplaces._arabic_script_town_precedes``.
d. Published: a Cyrillic town GeoNames lacks right after a facility's word, with no "в" or "г." before it ("в
   больнице Кукуевка"): redactor ``place_shapes._cyrillic_town``, check ``leakplaces._cyrillic_town_after``.
e. Wrongly refused: Basque "Aste Nagusian" (the great week) read as the owner's street "Kale Nagusia 14": Basque
   street kinds and a street's "main" are ``places.STREET_TYPE_WORDS``, no street alone.
f. Published or refused: the owner's street in Khmer, Lao or Urdu said in part ("ខ្ញុំនៅផ្លូវ ២៧១", "ຮ່ອມ ໑໒", "علامہ
   اقبال روڈ", "گلبرگ"): ``worldwords.SCRIPT_STREET_KINDS`` (a kind's word alone is none, with its number it is),
   ``worldwords.URDU_STREET_KIND_WORDS``; redactor ``text._script_street_number_spans`` and ``text._abjad_street_name``
   with Urdu's letters, check ``leakcheck._script_street_kind_keys`` and its ``_ABJAD_LETTERS``.
g. Kept by both sides: street and address words in ordinary sentences, "main street" as a figure of speech, a
   facility's word alone, a span of time after a town ("Μένω στην Αθήνα 2 χρόνια" keeps its "2 χρόνια").
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_STREET = {"street with no street word"}
_ABROAD = {"town beside a facility's word abroad"}

#: (a) cued streets with a copula or possessive; (c) Urdu and Arabic towns before the facility; (d) Cyrillic towns
_CAUGHT = [
    ("Moje adresa je Bučarova 4a/9.", "Bučarova", _STREET),
    ("Adresa mi je Ilica 25, pošaljite lijekove tamo.", "Ilica", _STREET),
    ("Η διεύθυνσή μου είναι Ποσειδώνος 54, Αθήνα.", "Ποσειδώνος", _STREET),
    ("Μένω στην Ποσειδώνος 54.", "Ποσειδώνος", _STREET),
    ("Διεύθυνση: Ερμού 12", "Ερμού", _STREET),
    ("Osoite: Mannerheimintie 5 B 12", "Mannerheimintie", _STREET),
    ("Мой адрес — Ленина 12", "Ленина", _STREET),
    ("Mój adres to Długa 5/7", "Długa", _STREET),
    ("Лежал в больнице Кукуевка неделю.", "Кукуевка", _ABROAD),
    ("میں لاہور ہسپتال گیا تھا", "لاہور", _ABROAD),
    ("ذهبت إلى الزرقاء مستشفى", "الزرقاء", _ABROAD),
]


@pytest.mark.parametrize(("text", "secret", "kinds"), _CAUGHT)
def test_round43_place_caught(deid, index, text, secret, kinds):
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


_KEPT = [
    "Adresa je správně, děkuji.",
    "Moje adresa je stejná jako minule.",
    "My address has not changed.",
    "Μένω στο κέντρο της πόλης.",
    "Η οδός ήταν κλειστή σήμερα.",
    "La calle mayor estaba llena de gente.",
    "The main street was busy today.",
    "It's not exactly main street stuff.",
    "I took 2 pills on the street today.",
    "В больнице Мне сказали отдыхать.",
    "ذهبت إلى المستشفى اليوم",
    "Kia ora, he pai te rā.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_round43_place_words_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


_MAORI = [
    ("Hamilton", "Kirikiriroa is lovely this time of year.", "Kirikiriroa"),
    ("Hamilton", "Back home in kirikiriroa now", "kirikiriroa"),
    ("Auckland", "Kei Tāmaki Makaurau ahau e noho ana.", "Makaurau"),
    ("Wellington", "Noho ai au ki Te Whanganui-a-Tara", "Whanganui"),
]


@pytest.mark.parametrize(("city", "text", "secret"), _MAORI)
def test_round43_owner_town_by_its_maori_name_caught(deid, city, text, secret):
    patient = probes.owner("Aroha Ngata", "12 Queen Street", city)
    probes.assert_owner_caught(deid, patient, text, secret)


@pytest.mark.parametrize(("city", "text"), [
    ("Auckland", "Kia ora, he pai te rā."),
    ("Hamilton", "Ka kite anō, e hoa, he roa te rā."),
])
def test_round43_owner_maori_words_kept(deid, city, text):
    probes.assert_owner_text_kept(deid, probes.owner("Aroha Ngata", "12 Queen Street", city), text)


def test_round43_basque_great_week_no_owner_street(deid):
    patient = probes.owner("Miren Etxeberria", "Kale Nagusia 14", "Bilbo")
    probes.assert_owner_text_kept(deid, patient, "Aste Nagusian ez dut botika hartu.")
    probes.assert_owner_caught(deid, patient, "Nire helbidea Kale Nagusia 14 da.", "Nagusia")


def test_round43_owner_street_in_khmer_and_lao_caught(deid):
    khmer = probes.owner("Sok Dara", "ផ្លូវព្រះមុនីវង្ស ១២៣", "ភ្នំពេញ")
    probes.assert_owner_caught(deid, khmer, "ខ្ញុំរស់នៅ ផ្លូវព្រះមុនីវង្ស ១២៣ ភ្នំពេញ", "មុនីវង្ស")
    lao = probes.owner("Somphone Keo", "ຖະໜົນ ລ້ານຊ້າງ 45", "ວຽງຈັນ")
    probes.assert_owner_caught(deid, lao, "ຂ້ອຍຢູ່ ຖະໜົນ ລ້ານຊ້າງ 45 ວຽງຈັນ", "ລ້ານຊ້າງ")


_SCRIPT_STREETS = [
    ("Sok Dara", "ផ្ទះលេខ ១២ ផ្លូវ ២៧១", "ភ្នំពេញ", "ខ្ញុំនៅផ្លូវ ២៧១", "២៧១"),
    ("Sok Dara", "ផ្ទះលេខ ១២ ផ្លូវ ២៧១", "ភ្នំពេញ", "ខ្ញុំរស់នៅផ្លូវ271 ជិតផ្សារ", "271"),
    ("Somphone Keo", "ຮ່ອມ 12 ຖະໜົນ ລ້ານຊ້າງ", "ວຽງຈັນ", "ຂ້ອຍຢູ່ຮ່ອມ ໑໒", "໑໒"),
    ("Ali Khan", "علامہ اقبال روڈ 45", "لاہور", "میں علامہ اقبال روڈ پر رہتا ہوں", "اقبال"),
    ("Ali Khan", "مکان نمبر 12، گلی نمبر 4، گلبرگ", "لاہور", "میں گلبرگ میں رہتا ہوں", "گلبرگ"),
]


@pytest.mark.parametrize(("name", "street", "city", "text", "secret"), _SCRIPT_STREETS)
def test_round43_owner_street_in_its_script_by_part_caught(deid, name, street, city, text, secret):
    probes.assert_owner_caught(deid, probes.owner(name, street, city), text, secret)


@pytest.mark.parametrize(("name", "street", "city", "text"), [
    ("Sok Dara", "ផ្ទះលេខ ១២ ផ្លូវ ២៧១", "ភ្នំពេញ", "ផ្លូវទៅផ្សារវែងណាស់"),
    ("Sok Dara", "ផ្ទះលេខ ១២ ផ្លូវ ២៧១", "ភ្នំពេញ", "ខ្ញុំលេបថ្នាំ ២ គ្រាប់"),
    ("Somphone Keo", "ຖະໜົນ ລ້ານຊ້າງ 45", "ວຽງຈັນ", "ຖະໜົນມີລົດຫຼາຍ"),
    ("Ali Khan", "علامہ اقبال روڈ 45", "لاہور", "میں روڈ پر تھا"),
])
def test_round43_owner_street_kind_alone_kept(deid, name, street, city, text):
    probes.assert_owner_text_kept(deid, probes.owner(name, street, city), text)


#: one piece of the kinds above, caught and kept, for the cost test
_PIECE = ("Moje adresa je Bučarova 4a/9. Μένω στην Ποσειδώνος 54. Лежал в больнице Кукуевка неделю. "
          "میں لاہور ہسپتال گیا تھا The main street was busy today.\n")


def test_round43_cost_of_places(deid, index):
    probes.assert_cost_in_proportion(deid, index, _PIECE, sizes=(125, 500))
