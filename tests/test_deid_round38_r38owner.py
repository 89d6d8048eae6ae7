"""Round 38 (r38owner): the leak check's owner readings wrongly refused ordinary words of other languages against
en_US owners; each refusal blocked a lake.

* misspelt (leak check): a street line's unit word ("Suite") was read as a street word, and "suite" blurs as Finnish
  "soita" and "soitti" do; a street or town word that blurs to two consonants ("Hollow": "hala") is any language's
  word; a word the text's own language uses every day ("kävin", I visited, for a Kevin) is no misspelling (nor one
  letter off a name).
* abjad, kana or Tamil (leak check): an abjad word is read letter by letter, so two letters ("ت" and "ص" of "اتصل",
  call) are no one "ts" sound, which made a Shelly; one letter so written ("צ") still is.
* Indic script or Thai (leak check): an "m" (an anusvara) stands for a name's "n" only before a consonant ("সময়",
  time, was a Sean); a street or town word of two consonants ("Cove": "খাব", I will eat) is not looked for there.
* phones in Arabic and Finnish number words in groups: the redactor takes them and the check names the phone in the
  raw text, not the owner's name.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    free_text_kinds,
    owner,
    owner_and_check_finds,
    owner_kinds,
    redacted,
)

#: en_US owners of a simulated lake (invented: name, street, town)
KYLE = owner("Kyle U. Petersen", "9930 Joy Hollow Suite 517", "Sherriport")
SHELLY = owner("Shelly W. Ramirez", "76104 Marsh Crescent", "Dennishaven")
ANDREA = owner("Andrea Jones", "6208 Williams Courts Suite 345", "Masseyshire")
SEAN = owner("Sean Green", "60975 Jessica Squares", "East Sallybury")
STEVEN = owner("Steven Hayes", "76430 Cindy Cove", "South Nicholas")
KEVIN = owner("Kevin Wallace", "9342 Lori Bypass Suite 711", "East Sandra")
ORTIZ = owner("Tomas Ortiz", "12 Penhallow Street", "Houston")
JENSEN = owner("Mark Jensen", "12 Penhallow Street", "Houston")

#: (owner, an ordinary message of another language): published as written, the check (owner's too) passing it
ORDINARY = [
    # round 39: "Tampereen yliopistollinen sairaala" names a town, which goes now (tests/test_deid_round39_r39places)
    (KYLE, "Hoitaja soitti Marevanista"),
    (ANDREA, "Soita minulle huomenna, kiitos"),
    (SHELLY, "اتصل على الصيدلية غدا من فضلك"),
    (SHELLY, "اتصلت بالطبيب أمس"),
    (SEAN, "দুর্গাপূজার সময় Ecosprin 75 খাইনি"),
    (STEVEN, "আমি গতকাল রাতে ওষুধ খেতে ভুলে গেছি, সময় মতো খাব"),
]

#: (owner, an ordinary message the redactor still over-redacts, left): the check passes the text as written
CHECK_PASSES = [
    (KEVIN, "Kävin terveyskeskuksessa, hoitaja sanoi että verenpaine oli hyvä"),
    (KEVIN, "Kävin apteekissa eilen illalla ja ostin lääkkeet"),
    (SEAN, "दिवाली के समय दवा नहीं ली"),
    (KYLE, "Ystäväni soitti eilen, hullu päivä"),
]

#: (owner, message, its piece of the owner's): still the owner's, read by the check
STILL_THE_OWNERS = [
    (KYLE, "Peetersen called about the refill", "name, street or town misspelt"),
    (KYLE, "I live in Sheriport now", "name, street or town misspelt"),
    (ANDREA, "Masseyshyre pharmacy has it", "name, street or town misspelt"),
    (SHELLY, "أنا شيلي", "name in an abjad, kana or Tamil"),
    (SHELLY, "رامیرز هنا", "name in an abjad, kana or Tamil"),
    (ORTIZ, "שמי אורטיץ", "name in an abjad, kana or Tamil"),
    (SEAN, "আমার নাম শন", "name, street or town in an Indic script or Thai"),
    (JENSEN, "मेरा नाम जेंसन है", "name, street or town in an Indic script or Thai"),
]

#: a phone in Arabic or Finnish number words in groups, its owner: the redactor takes it, the check names the phone
PHONES_IN_WORDS = [
    (SHELLY, "اتصل على صفر خمسة خمسة، واحد اثنان ثلاثة، أربعة خمسة ستة سبعة", "سبعة"),
    (SHELLY, "اتصل بي على الرقم صفر تسعة واحد، اثنان اثنان ثلاثة، أربعة أربعة خمسة خمسة", "خمسة"),
    (ANDREA, "soita nolla neljä nolla, yksi kaksi kolme, neljä viisi kuusi seitsemän", "seitsemän"),
    (ANDREA, "numeroni on nolla viisi nolla yksi kaksi kolme neljä viisi kuusi seitsemän", "kuusi"),
]


@pytest.mark.parametrize(("patient", "text"), ORDINARY)
def test_ordinary_words_of_other_languages_are_no_owners(deid, patient, text):
    assert redacted(deid, text, patient) == text
    assert not owner_and_check_finds(patient, text), owner_and_check_finds(patient, text)


@pytest.mark.parametrize(("patient", "text"), CHECK_PASSES)
def test_the_check_passes_ordinary_words_the_owner_misspelt_or_in_an_indic_script(patient, text):
    assert not owner_kinds(patient, text), owner_kinds(patient, text)


@pytest.mark.parametrize(("patient", "text", "kind"), STILL_THE_OWNERS)
def test_the_owners_misspelt_or_in_another_script_still_read(patient, text, kind):
    assert kind in owner_kinds(patient, text), owner_kinds(patient, text)


@pytest.mark.parametrize(("patient", "text", "word"), PHONES_IN_WORDS)
def test_phone_in_arabic_or_finnish_number_words_taken(deid, index, patient, text, word):
    out = redacted(deid, text, patient)
    assert word not in out and "<PHONE>" in out, out
    assert "phone-shaped number in digit words" in free_text_kinds(index, text)
    assert not owner_kinds(patient, text), owner_kinds(patient, text)
    assert not owner_and_check_finds(patient, out), owner_and_check_finds(patient, out)


def test_cost_in_proportion(deid, index):
    assert_cost_in_proportion(deid, index, "Tampereen sairaala soitti, সময় মতো খাব, اتصل على الصيدلية. ",
                              sizes=(125, 500))
