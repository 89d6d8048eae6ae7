"""Round 42, branch r42scripts: third parties' whole names after a cue word in scripts with no capitals (or written in
lower case), which the 41st black-box round saw published or only partly redacted, fixed as kinds on both sides.

a. Published or in part: a given name and a surname after a neighbour's, friend's, colleague's, carer's, staff or kin
   word of Georgian, Persian, Hebrew, Armenian (and Armenian names in Cyrillic), Tamil, Gujarati, Odia and Sinhala
   ("ჩემი მეზობელი გიორგი ბერიძე", "همسایه‌ام رضا کریمی", "חבר שלי יוסי אברהמי", "իմ ընկերը արամ պետրոսյան"):
   ``peoplewords.SCRIPT_CUE_WORDS`` and the surnames' lists and endings, read by ``inflected_kin._after_a_script_cue``
   (redactor) and ``leakinflected._script_cue`` (check); a surname left after a name that went is seen by both
   (``_surname_after_a_placeholder``, ``surname_left_after_a_name``). Names are generated from Faker's lists of each
   locale (seeded), and names Faker lacks are written in.
b. Published: a Thai name glued after a neighbour's or a colleague's word and "ชื่อ" ("เพื่อนบ้านชื่อสมชาย ใจดี"):
   ``peoplewords.THAI_KIN_WORDS``.
c. Over-redacted: the cue itself and everyday words after it read as a name or a town ("ჩემი მეზობელი დღეს მოვიდა",
   "همسایه‌ام امروز آمد", "השכנה שלי הביאה"): ``inflected_kin.script_kin_name_span``,
   ``peoplewords.SCRIPT_CUE_EVERYDAY_WORDS``, ``SCRIPT_CUE_EVERYDAY_FREQUENCY``.
"""

from __future__ import annotations

import re

import pytest
from faker import Faker

from features.deid.inflected_kin import inflected_kin_spans
from features.deid.leakinflected import inflected_kin_kinds, surname_left_after_a_name
from features.deid.peoplewords import script_cue_given_names
from tests import deid_probes as probes

CUE_KIND = "name after a cue word of a script with no capitals"

#: (a) whole names after a cue, end to end: (text, given name, surname)
_WHOLE_NAMES = [
    ("ჩემი მეზობელი გიორგი ბერიძე მეხმარება წამლებში", "გიორგი", "ბერიძე"),
    ("ჩემი მეზობელი ზურა მაისურაძე წამლებს მიყიდის", "ზურა", "მაისურაძე"),
    ("ჩემი მეგობარი ნინო კვარაცხელია დღეს მოვიდა", "ნინო", "კვარაცხელია"),
    ("ჩემი კოლეგა ლაშა ჯაფარიძე", "ლაშა", "ჯაფარიძე"),
    ("همسایه‌ام رضا کریمی داروهایم را آورد", "رضا", "کریمی"),
    ("همکارم علی رضایی قرص‌ها را آورد", "علی", "رضایی"),
    ("دوستم مریم احمدی به من زنگ زد", "مریم", "احمدی"),
    ("השכנה שלי רחל לוי הביאה לי את התרופות", "רחל", "לוי"),
    ("חבר שלי יוסי אברהמי עזר לי", "יוסי", "אברהמי"),
    ("השכן שלי דוד כהן", "דוד", "כהן"),
    ("իմ ընկերը արամ պետրոսյան օգնեց", "արամ", "պետրոսյան"),
    ("ընկերս դավիթ սարգսյանը դեղերը բերեց", "դավիթ", "սարգսյան"),
    ("мой сосед арам петросян помог", "арам", "петросян"),
    ("என் நண்பர் ராஜேஷ் குமார் மருந்து வாங்கினார்", "ராஜேஷ்", "குமார்"),
    ("મારા પાડોશી રમેશ પટેલ દવા લાવ્યા", "રમેશ", "પટેલ"),
    ("ମୋ ସାଙ୍ଗ ରମେଶ ପଟ୍ଟନାୟକ ଔଷଧ ଆଣିଲେ", "ରମେଶ", "ପଟ୍ଟନାୟକ"),
    ("මගේ යාළුවා නිමල් පෙරේරා බෙහෙත් ගෙනාවා", "නිමල්", "පෙරේරා"),
    ("මගේ අසල්වැසියා සුනිල් ජයසිංහ බෙහෙත් ගෙනාවා", "සුනිල්", "ජයසිංහ"),
    # (b) Thai, the name glued after the cue and "named"
    ("เพื่อนบ้านชื่อสมชาย ใจดี ช่วยซื้อยา", "สมชาย", "ใจดี"),
    ("เพื่อนร่วมงานสมศรี รักไทย มาเยี่ยม", "สมศรี", "รักไทย"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "given", "surname"), _WHOLE_NAMES)
def test_a_whole_name_after_a_cue_goes_on_both_sides(deid, index, text, given, surname):
    seen = probes.free_text_kinds(index, text)
    assert seen, text
    out = probes.redacted(deid, text)
    assert given not in out and surname not in out, out
    assert not probes.free_text_kinds(index, out), (out, probes.free_text_kinds(index, out))


#: (a) the locales Faker keeps names for, each with a cue and a possessive of its own, in the order written
_CUES = {
    "ka_GE": "ჩემი მეზობელი {} წამალს მომიტანს",
    "fa_IR": "همسایه‌ام {} قرص‌ها را آورد",
    "he_IL": "החבר שלי {} הביא לי תרופות",
    "hy_AM": "իմ հարևանը {} օգնեց",
    "or_IN": "ମୋ ସାଙ୍ଗ {} ଆଜି ଆସିଲା",
    "si_LK": "මගේ යාළුවා {} අද ආවා",
    "gu_IN": "મારો મિત્ર {} આજે આવ્યો",
}
_NAMES_PER_LOCALE = 25


def _generated(locale: str) -> list[tuple[str, str, str]]:
    """Seeded given name and surname pairs of Faker's ``locale`` in its cue's sentence, lower case (Armenian is written
    so in the round's rows), one word each, the given name one the lists hold (Faker's less the stop words)."""
    fake = Faker(locale)
    fake.seed_instance(42)
    found: list[tuple[str, str, str]] = []
    while len(found) < _NAMES_PER_LOCALE:
        given, surname = fake.first_name().lower(), fake.last_name().lower()
        if " " in given + surname or given not in script_cue_given_names(locale):
            continue
        found.append((_CUES[locale].format(f"{given} {surname}"), given, surname))
    return found


def _published(text: str) -> str:
    """``text`` with the redactor's person readings of this module's kind replaced by a placeholder."""
    spans = sorted((start, end) for _, start, end, _ in inflected_kin_spans(text))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + "<PERSON>" + text[end:]
    return text


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("locale", sorted(_CUES))
def test_generated_names_after_a_cue_go_whole_and_are_seen(locale):
    for text, given, surname in _generated(locale):
        assert CUE_KIND in inflected_kin_kinds(text), text
        out = _published(text)
        words = re.findall(r"\S+", out.replace("<PERSON>", " "))
        assert given not in words and surname not in words, out
        assert CUE_KIND not in inflected_kin_kinds(out.replace("<PERSON>", " ")), out


#: (a) Georgian names Faker lacks, before a surname of a sure ending ("-შვილი", "-ძე"), in the ergative too
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "name"), [
    ("ჩემი მეზობელი თიკო გელაშვილი ყოველდღე მირეკავს", "თიკო გელაშვილი"),
    ("მეგობარმა ზვიადმა ხარაძემ წამალი მომიტანა", "ზვიადმა ხარაძემ"),
    ("ჩემი კოლეგა ვახტანგ ჩიქოვანი", "ვახტანგ ჩიქოვანი"),
])
def test_a_georgian_name_goes_whole_after_a_cue(text, name):
    assert CUE_KIND in inflected_kin_kinds(text)
    assert name in [text[start:end] for _, start, end, _ in inflected_kin_spans(text)]


#: (a) a surname left after a name that went ("<PERSON> ბერიძე"): both sides take it
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ["ჩემი კოლეგა <PERSON> ჯაფარიძე", "חבר <PERSON> אברהמי עזר לי",
                                  "իմ ընկերը <PERSON> պետրոսյան", "මගේ යාළුවා <PERSON> ගුණසේකර"])
def test_a_surname_left_after_a_name_is_seen_and_taken(text):
    assert surname_left_after_a_name(text), text
    assert "<PERSON>" in _published(text).replace("<PERSON>", "", 1), _published(text)


#: (a) near misses of the readings: "בן" (son, aged; Faker's Ben) no given name after a kin word, a Hebrew verb that
#: Faker's surnames hold no surname, a Georgian verb of a surname's ending none either
@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "taken"), [
    ("אבא שלי בן 80 ומרגיש טוב", []),
    ("חבר שלי יוסי עזר לי", ["יוסי"]),
    ("ჩემი მეზობელი ნინო წასულია", ["ნინო"]),
    ("دوست دارم رضا را ببینم", []),
])
def test_words_after_a_cue_or_a_name_that_are_no_name(text, taken):
    spans = [text[start:end] for _, start, end, _ in inflected_kin_spans(text)]
    assert sorted(set(spans)) == taken, spans
    assert (CUE_KIND in inflected_kin_kinds(text)) == bool(taken), text


#: (c) clean sentences of those scripts with the same cues: nothing is taken and nothing is seen
_CLEAN = [
    "ჩემი მეზობელი დღეს მოვიდა",
    "ჩემი მეზობელი ავადაა",
    "ჩემი მეგობარი წამალს მომიტანს ხვალ",
    "ჩემი მეზობელი",
    "همسایه‌ام امروز آمد",
    "دوستم قرص‌هایم را از داروخانه گرفت",
    "دوست دارم قرص را صبح بخورم",
    "השכנה שלי הביאה לי את התרופות",
    "החבר שלי אמר לי לקחת את הכדור בבוקר",
    "เพื่อนบ้านช่วยซื้อยาให้",
    "իմ ընկերը դեղատուն գնաց",
    "என் நண்பர் மருந்து வாங்கி வந்தார்",
    "મારો મિત્ર દવા લાવ્યો",
    "ମୋ ସାଙ୍ଗ ଆଜି ଆସିଲା",
    "මගේ යාළුවා අද බෙහෙත් ගෙනාවා",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _CLEAN)
def test_clean_sentences_after_a_cue_stay(deid, index, text):
    assert (probes.redacted(deid, text), probes.free_text_kinds(index, text)) == (text, set())


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["ჩემი მეზობელი გიორგი ბერიძე მოვიდა. ", "חבר שלי יוסי אברהמי עזר לי. ",
                                   "իմ ընկերը արամ պետրոսյան օգնեց. "])
def test_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
