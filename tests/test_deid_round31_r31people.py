"""Round 31, r31people: relatives' names after kin words of other languages, the owner's pet names the tables lacked,
and the owner's street written in Hebrew or Arabic letters.

a. A given name after a kin word of the Arabic script (Persian "دخترم", Arabic "ابني", Urdu "بیٹی": the possessive
   glued, or said before) was read by the check only where the relation tables held the kin word, and any word after
   a Persian one was a name ("مادرم قرص‌هایش را خورد" was refused); both sides now read a listed given name of the
   script (or any word before an Urdu mark of a name) and no other word. Welsh kin words ("fy merch Cerys", "Nain
   Eirlys", "Mam-gu Gwen") lead a capitalised name as the Greek and Tagalog ones do. "oğlum beni ..." (a pronoun)
   stays. A given name's sound in hiragana after a Japanese kin word's "の" ("姉のさくらが") and bare initials after a
   kin word and "is" ("my grandson is DJ") and a given name of two letters before a verb ("my son Bo picked it up")
   go too.
b. The owner's pet names of many languages ("bea", "Memo", "Gunna") and a pet name with its head or tail word ("billy
   boy", "lil bob").
c. The owner's street word in Hebrew or Arabic letters ("רחוב הרצל" for Herzl Street).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

# --------------------------------------------------------------------------- a. kin words with a possessive


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("دخترم مریم امروز دارو را آورد", "مریم"),
    ("مادربزرگم شیرین مریض است", "شیرین"),
    ("خاله‌ام زهرا دیروز آمد", "زهرا"),
    ("ابني محمد جاء اليوم", "محمد"),
    ("بنتي سارة اتصلت", "سارة"),
    ("میری بیٹی عائشہ نے دوائی دی", "عائشہ"),
    ("میری امی شازیہ نے فون کیا", "شازیہ"),
    ("fy merch Cerys yn ffonio", "Cerys"),
    ("Nain Eirlys is coming", "Eirlys"),
    ("ei ferch Mari called", "Mari"),
    ("Mam-gu Gwen", "Gwen"),
    ("姉のさくらが薬を持ってきた", "さくら"),
    ("my grandson is DJ", "DJ"),
    ("my daughter is CJ.", "CJ"),
    ("my nephew is RJ and he helps", "RJ"),
    ("my son Bo picked up the meds", "Bo"),
    ("my daughter Jo drove me", "Jo"),
    ("my sister Di said hi", "Di"),
])
def test_a_name_after_a_kin_word_goes_and_the_check_sees_it(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "ابني يأخذ الدواء كل يوم",
    "دخترم امروز دارو را آورد",
    "oğlum beni hastaneye götürdü",
    "kızım ilaçlarımı getirdi",
    "fy merch yn dod heddiw",
    "Nain yn sâl heddiw",
    "娘が薬を持ってきた",
    "娘のほうが薬を持ってきた",
    "my son is IT support",
    "my son is DJ at a club",
    "the courier is UPS",
    "checked my BP. all fine",
    "my son took BP readings",
    "my son is ok today",
])
def test_a_kin_word_before_an_everyday_word_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["مادرم قرص‌هایش را خورد", "پدرم داروهایش را فراموش کرد"])
def test_a_persian_kin_word_before_a_plural_noun_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- b. the owner's pet names


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("William Carter", "this is billy boy, need a refill", "billy"),
    ("Beatrice Hall", "bea here, refill please", "bea"),
    ("Mehmet Yilmaz", "memo burada, ilaç lazım", "memo"),
    ("Guðrún Jónsdóttir", "Gunna hér, vantar lyf", "Gunna"),
    ("Robert Smith", "lil bob here, need refill", "bob"),
])
def test_the_owners_pet_name_goes_for_both_sides(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Robert Smith", "pay the big bob now"),
    ("Beatrice Hall", "a bee stung me in the garden"),
])
def test_a_pet_name_in_its_everyday_sense_is_kept(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


# --------------------------------------------------------------------------- c. the street in Hebrew or Arabic letters


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "secret"), [
    ("אני גר ברחוב הרצל", "הרצל"),
    ("أسكن في شارع هرتسل", "هرتسل"),
])
def test_the_owners_street_in_hebrew_or_arabic_letters_goes(deid, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(street="12 Herzl Street"), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
def test_another_street_in_hebrew_is_kept(deid):
    probes.assert_owner_text_kept(deid, probes.owner(street="12 Herzl Street"), "אני גר ברחוב הגפן")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "دخترم مریم امروز دارو را آورد. ابني محمد جاء. میری بیٹی عائشہ نے دوائی دی. fy merch Cerys yn ffonio. "
    "this is billy boy, lil bob here. אני גר ברחוב הרצל. oğlum beni götürdü. my son is TJ. Mam-gu Gwen. ",
])
def test_the_round_31_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
