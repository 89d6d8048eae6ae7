"""Round 32, r32people: the owner's names in the cases and pet names the readings lacked, and relatives' names after
Zulu and Xhosa kin words.

a. The owner's name part of four letters in a case ending of Finnish, Estonian or Hungarian ("Ainolle", "Ainosta" for
   Aino, "Annanak" for Anna), a Slavic case of a four-letter part in "a" ("Анны", "Janou", "Ольги": a soft sign folded
   to an apostrophe is read through), and a surname in the Turkish family plural with its cases ("Yılmazlar",
   "Yılmazlardan"): the round-12 readings took parts of five letters or more and endings of five letters at most.
   The given name in katakana or Greek beside the surname stays caught; the owner's street in Greek letters with a chi
   for its "h" ("Πενχάλοου" for Penhallow) is read by its sounds with the chi as an "h" too.
b. The owner's pet names: the tables' new entries ("Raju" for Rajesh, "Ninuka" for Nino, "Мэгги" for Margaret, "Ano"
   for Anna where a person stands); a pet ending after a nickname or less its last vowel ("Димочка" from Dima,
   "Наташенька" from Natasha) or after a given name's last syllables ("Lupis", "Lupita" for Guadalupe); a Japanese
   pet name in kana, the name's first morae before "ちゃん"/"くん" ("セッちゃん" for Setsuko, "ケンちゃん" for Kenji) or
   a nickname alone in katakana ("ハル" for Haruko). The family's "おばあちゃん", "あかちゃん", "Lupus", "Take" stay.
c. A name after a Zulu, Xhosa, Ndebele or Swazi kin noun, with the personal prefix "u-" or without ("umama uNomsa",
   "udadewethu uThandi", "umfowethu Sipho"): the name goes, the prefix and the kin word stay. Welsh kin words with
   their mutations ("fy nai Osian", "fy nghefnder Rhodri", "ei thad Emrys", "fy nith Eluned") lead a name too. A
   greeting of another language the NER took with the name ("Sawubona Thandi") stays, the name goes, and the check
   reads the name.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

# --------------------------------------------------------------------------- a. the owner's name in more cases


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Aino Virtanen", "Ainolle tuli lääke", "Ainolle"),
    ("Aino Virtanen", "terveisiä Ainosta", "Ainosta"),
    ("Aino Virtanen", "Ainolla on kipuja", "Ainolla"),
    ("Kadri Tamm", "Kadriga rääkisin eile", "Kadriga"),
    ("Anna Nagy", "Annanak kell a gyógyszer", "Annanak"),
    ("Anna Nagy", "Annával voltam tegnap", "Annával"),
    ("Anna Ivanova", "у Анны всё хорошо", "Анны"),
    ("Jana Novak", "Janou jsem mluvil", "Janou"),
    ("Olga Petrova", "у Ольги всё хорошо", "Ольги"),
    ("Mehmet Yılmaz", "Yılmazlar evde", "Yılmazlar"),
    ("Mehmet Yılmaz", "Yılmazlardan selam", "Yılmazlar"),
    ("Mehmet Öztürk", "Öztürkler geldi", "Öztürkler"),
    ("Avraham Mizrahi", "ミズラヒ・アヴラハムです。薬が必要です", "アヴラハム"),
    ("Avraham Mizrahi", "Είμαι ο Αβραάμ", "Αβραάμ"),
])
def test_a_the_owners_name_in_a_case_goes_for_both_sides(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Nina Smith", "Nine pills left"),
    ("Anna Smith", "Annual checkup today"),
])
def test_a_a_word_beside_a_short_name_is_kept(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["μένω στην οδό Πενχάλοου", "Μένω στην Πενχάλοου 27"])
def test_a_the_owners_street_in_greek_with_a_chi_for_its_h_goes(deid, text):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(), text, "Πενχάλοου")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["πήρα το φάρμακο το πρωί"])
def test_a_another_greek_street_is_kept(deid, text):
    probes.assert_owner_text_kept(deid, probes.owner(), text)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_another_greek_street_goes_as_anybodys(deid):
    """Round 40 (r40places): "μένω στην οδό Χαλκίδος" was kept here as no street of the owner's; a street after its
    word is anybody's address and goes (the old expectation was wrong under HIPAA's street addresses)."""
    assert "Χαλκίδος" not in probes.redacted(deid, "μένω στην οδό Χαλκίδος", probes.owner())


# --------------------------------------------------------------------------- b. the owner's pet names


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Haruko Tanaka", "ハルです。薬をください", "ハル"),
    ("Haruto Tanaka", "ハルより", "ハル"),
    ("Setsuko Tanaka", "セッちゃんです", "セッ"),
    ("Kenji Sato", "ケンちゃんより", "ケン"),
    ("Kenji Sato", "娘のけんくんが来た", "けん"),
    ("Margaret Smith", "Это Мэгги, нужны лекарства", "Мэгги"),
    ("Rajesh Kumar", "Raju here, need refill", "Raju"),
    ("Nino Beridze", "Ninuka here, need refill", "Ninuka"),
    ("Tamar Beridze", "Tamuna aq var", "Tamuna"),
    ("Davit Beridze", "Datiko aq var", "Datiko"),
    ("Anna Novak", "Ano here, need refill", "Ano"),
    ("Anna Novak", "Anička tady", "Anička"),
    ("Guadalupe Ortiz", "Lupis aquí, necesito medicina", "Lupis"),
    ("Natalia Ivanova", "Наташенька здесь", "Наташенька"),
    ("Dmitri Ivanov", "Димочка здесь", "Димочка"),
])
def test_b_the_owners_pet_name_goes_for_both_sides(deid, name, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("name", "text"), [
    ("Haruko Tanaka", "はるが来ました。おばあちゃんです"),
    ("Kenji Sato", "赤ちゃんとおばあちゃんが来た"),
    ("Anna Novak", "Año nuevo, same meds"),
    ("Guadalupe Ortiz", "Lupus flare again"),
    ("Takeshi Sato", "Take the pills at noon"),
])
def test_b_a_word_like_a_pet_name_is_kept(deid, name, text):
    probes.assert_owner_text_kept(deid, probes.owner(name), text)


# --------------------------------------------------------------------------- c. Zulu, Xhosa and Welsh kin words


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("umama uNomsa uzofika namuhla", "Nomsa"),
    ("udadewethu uThandi ushayile", "Thandi"),
    ("umfowethu Sipho ulethe imithi", "Sipho"),
    ("utata uLwazi uyagula", "Lwazi"),
    # Welsh, the kin word maybe mutated
    ("fy nai Osian yn dod heddiw", "Osian"),
    ("fy nghefnder Rhodri yn ffonio", "Rhodri"),
    ("fy nith Eluned yn helpu", "Eluned"),
    ("ei thad Emrys yn sâl", "Emrys"),
])
def test_c_a_name_after_a_nguni_or_welsh_kin_word_goes_and_the_check_sees_it(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("Sawubona Thandi, unjani?", "Thandi"),
    ("Sawubona Sipho, ngiyaphila", "Sipho"),
    ("Szia Kati, hogy vagy?", "Kati"),
])
def test_c_a_name_after_a_greeting_goes_and_the_greeting_stays(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret)
    assert probes.redacted(deid, text).startswith(text.split()[0] + " <"), probes.redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", ["umama uzofika namuhla", "udadewethu ushayile izolo", "umama Monday uzofika",
                                  "Sawubona, unjani?", "fy nai yn dod heddiw", "anti inflammatory pills"])
def test_c_a_nguni_kin_word_alone_is_kept(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("piece", [
    "Ainolle tuli lääke. μένω στην οδό Πενχάλοου. "
    "у Анны всё хорошо. Yılmazlardan selam. Lupis aquí. Наташенька здесь. セッちゃんです。ハルより。"
    "娘のけんくんが来た。おばあちゃんです。umama uNomsa uzofika. udadewethu ushayile. Sawubona Thandi, unjani? ",
])
def test_the_round_32_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
