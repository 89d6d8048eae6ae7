"""Round 40, the lead: where the merged branches' readings met.

a. Two everyday words of one script glued sound as an owner's name written as another script writes English
   ("забув ліки", forgot the medicine, heard as "Kovalchuk"): r40scripts' glued loanword reading, on both sides, now
   leaves a pair of everyday words of their script's language.
b. A Persian compound kin word ("زن‌برادرم", my brother's wife; "پسرعمویم", my cousin): the name after it is a
   relative's, the whole of a two-part given name goes, and the check sees it with the non-joiner kept or dropped
   (the 40th black-box round's rerun saw "زن‌برادرم محمد مهدی" publish "مهدی").
"""
from __future__ import annotations

import pytest

from tests import deid_probes as probes

KOVALCHUK = probes.owner("Олександр Ковальчук", "вул. Шевченка 17", "Вінниця")
BONDARENKO = probes.owner("Oleksandr Kovalchuk", "vul. Franka 9", "Lviv")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("patient", [KOVALCHUK, BONDARENKO])
@pytest.mark.parametrize("text", ["Вчора забув ліки вдома", "забула ліки на роботі", "Сьогодні забув ліки, вибачте"])
def test_a_everyday_words_glued_are_no_owner_name(deid, patient, text):
    probes.assert_owner_text_kept(deid, patient, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("patient", "text", "secret"), [
    (KOVALCHUK, "Ковальчук забув ліки", "Ковальчук"),
    (BONDARENKO, "Ковальчук забув ліки", "Ковальчук"),
])
def test_a_the_owner_beside_them_still_goes(deid, patient, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("زن‌برادرم محمد مهدی دارو را آورد", "مهدی"),
    ("زنبرادرم علی رضا امروز آمد", "علی"),
    ("پسرعمویم حسین نسخه را گرفت", "حسین"),
    ("دخترخاله‌ام مریم زنگ زد", "مریم"),
])
def test_b_a_name_after_a_persian_compound_kin_word_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "забув ліки вдома, زن‌برادرم محمد مهدی آمد. ", sizes=(125, 500))
