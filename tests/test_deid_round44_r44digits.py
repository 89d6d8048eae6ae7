"""Round 44, branch r44digits: the owner's phone said digit by digit in number words of languages no table held
(Kyrgyz, Tajik, Samoan, Quechua, Kurmanji, Tigrinya, Tongan, Yiddish, Igbo, Faroese, Luxembourgish, Uyghur), which
the 43rd black-box round saw published whole or in part.

Kinds (each caught: the redactor takes it, the check sees it in the raw text and nothing in the output):

a. The owner's phone said one word a digit in any language, read by its pattern of repeats alone: a run of words apart
   by blanks, commas or hyphens, as long as the phone's digits (or their last seven or more), the same word where the
   same digit stands, different words where different digits do; the digits repeating twice at least, the words short
   and no function word (``digitwords.PATTERN_STOP_WORDS``). Redactor: ``owner_numbers.owner_phone_pattern_spans``;
   check: ``leakpattern.said_in_the_phones_pattern`` (its own reading), kind "own phone said in its digits' pattern".
b. The owner's phone in those languages' digit words where its digits hardly repeat, and a third party's phone after a
   phone word: the words in ``digitwords`` (``LATIN_DIGIT_WORDS``: Samoan, Tongan, Quechua, Kurmanji, Faroese,
   Luxembourgish; ``SCRIPT_DIGIT_WORDS``: Kyrgyz, Tajik, Tigrinya, Yiddish, Uyghur), read by the shared conversion.

Kept (published as written, unflagged, or left alone by both readings): ordinary sentences of ten words or more in
those languages, and lists of doses whose counts repeat.
"""

from __future__ import annotations

import pytest

from features.deid.leakpattern import said_in_the_phones_pattern
from features.deid.owner_numbers import owner_phone_pattern_spans
from tests import deid_probes as probes
from tests.deid_probes import owner

#: (a) (the owner's phone, a message saying it, a word of it that must go)
_BY_PATTERN = [
    ("(904) 390-4345", "Менин телефонум: тогуз нөл төрт, үч тогуз нөл, төрт үч төрт беш.", "беш"),
    ("(904) 390-4345", "чалып коюңузчу үч тогуз нөл төрт үч төрт беш", "тогуз"),
    ("(661) 277-3316", "Рақами ман шаш шаш як ду ҳафт ҳафт се се як шаш аст", "ҳафт"),
    ("(898) 523-6806", "VALU IVA VALU Lima lua tolu ono valu selo ono, faʻamolemole valaau mai", "selo"),
    ("(212) 440-0919", "o la'u telefoni fa fa selo selo iva tasi iva", "tasi"),
    ("(733) 818-2200", "Telefonniyqa qanchis kimsa kimsa pusaq huk pusaq iskay iskay ch'usaq ch'usaq kachkan",
     "pusaq"),
    ("(481) 250-0166", "Hejmara min: çar-heşt-yek du-pênc-sifir sifir-yek-şeş-şeş", "pênc"),
    ("(481) 250-0166", "car hest yek du penc sifir sifir yek ses ses ji kerema xwe telefon bike", "hest"),
    ("(557) 155-7090", "ቁጽሪ ተሌፎነይ ሓሙሽተ ሓሙሽተ ሸውዓተ ሓደ ሓሙሽተ ሓሙሽተ ሸውዓተ ዜሮ ትሽዓተ ዜሮ እዩ።", "ትሽዓተ"),
    ("(314) 159-2665", "Ko ʻeku fika telefoni ko e tolu taha fā taha nima hiva ua ono ono nima", "hiva"),
    ("(121) 799-6063", "Fika telefoni: taha, ua, taha, fitu, hiva, hiva, ono, noa, ono, tolu.", "fitu"),
    ("(818) 800-2424", "מיין נומער איז אכט איינס אכט אכט נול נול צוויי פיר צוויי פיר", "צוויי"),
    ("(818) 800-2424", "רופט מיך: אַכט איינס אַכט אַכט נול נול צװײ פֿיר צװײ פֿיר", "פֿיר"),
    ("(303) 404-5050", "Nọmba m bụ atọ efu atọ anọ efu anọ ise efu ise efu", "anọ"),
    ("(616) 229-9001", "Telefonnummarið hjá mær er seks ein seks tveir tveir níggju níggju null null ein", "níggju"),
    ("(727) 338-8114", "Meng Nummer ass siwen zwee siwen dräi dräi aacht aacht eent eent véier", "véier"),
    ("(909) 665-5123", "توققۇز نۆل توققۇز ئالتە ئالتە بەش بەش بىر ئىككى ئۈچ مېنىڭ نومۇرىم", "ئالتە"),
]

#: (b) the owner's phone with one repeat only, read by the new table words
_BY_TABLES = [
    ("(497) 382-8650", "ring til mín: fýra níggju sjey trý átta tveir átta seks fimm null, takk", "sjey"),
    ("(497) 382-8650", "Rufft mech un: véier néng siwen dräi aacht zwee aacht sechs fënnef null", "fënnef"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("phone", "text", "secret"), _BY_PATTERN + _BY_TABLES)
def test_the_owners_phone_in_any_languages_digit_words_goes(deid, phone, text, secret):
    probes.assert_owner_gone_for_both_sides(deid, owner(phone=phone), text, secret)


#: (b) a third party's phone after a phone word, and a word of it that must go
_THIRD_PARTIES = [
    ("досумдун телефону: нөл жети жети бир эки үч төрт беш алты жети", "алты"),
    ("рақами бародарам нол нӯҳ се як ду чор панҷ шаш ҳафт ҳашт", "панҷ"),
    ("le numera a loʻu uso: selo fitu tolu lua fa lima ono fitu valu iva", "selo"),
    ("turaypa telefonnin: ch'usaq isqun kimsa huk iskay tawa pichqa suqta qanchis pusaq", "suqta"),
    ("hejmara birayê min: sifir pênc yek du çar şeş heft heşt neh sifir", "heşt"),
    ("ቁጽሪ ሓወይ ዜሮ ትሽዓተ ሰለስተ ሓደ ክልተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ", "ኣርባዕተ"),
    ("ko e fika telefoni ʻa hoku tokoua: noa fitu tolu nima hiva ono valu fitu tolu nima", "noa"),
    ("מיין ברודערס נומער: נול זיבן דריי איינס צוויי פיר פינף זעקס זיבן אכט", "זעקס"),
    ("nummarið hjá bróður mínum: null sjey trý fimm seks fýra átta níggju tveir ein", "fýra"),
    ("d'Nummer vu mengem Brudder: null siwen dräi véier fënnef sechs aacht néng zwee eent", "néng"),
    ("ئاكامنىڭ نومۇرى نۆل توققۇز ئۈچ بىر ئىككى تۆت بەش ئالتە يەتتە سەككىز", "سەككىز"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _THIRD_PARTIES)
def test_a_third_partys_phone_in_the_new_digit_words_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number in digit words"})


#: ordinary sentences and dose lists of those languages, ten words or more
_PROSE = [
    "Ман имрӯз субҳ доруи худро нӯшидам, аммо бегоҳ фаромӯш кардам ва фардо ба духтур меравам.",
    "Eg tók heilivágin í morgun, men eg gloymdi hann í kvøld, og í morgin fari eg til læknan.",
    "эки таблетка эртең менен, эки таблетка кечинде, бир таблетка түштө, эки таблетка уктаар алдында",
]
#: more of them, left alone by both readings of the pattern (the NER's own guesses in them are another matter)
_MORE_PROSE = [
    *_PROSE,
    "Мен бүгүн эртең менен дарымды ичтим, бирок кечинде унутуп калдым окшойт, доктурга барам.",
    "Na ou inuina laʻu vailaʻau i le taeao, ae ua galo ia te aʻu i le afiafi.",
    "Kunan p'unchaw hampiyta upyarqani, ichaqa tutapi qunqarqani, paqarin hampiqman risaq nispa yuyaykuni.",
    "Min îro sibê dermanê xwe vexwar, lê êvarê ji bîr kir û sibê ez ê biçim cem doktor.",
    "ሎሚ ንግሆ ፈውሰይ ወሲደ ኣለኹ ግን ምሸት ረሲዐዮ ጽባሕ ናብ ሓኪም ክኸይድ እየ",
    "Naʻá ku inu hoku faitoʻo he pongipongí ka naʻá ku ngalo ʻi he efiafí ni.",
    "איך האב גענומען מיין מעדיצין אין דער פרי אבער איך האב פארגעסן אין אוונט",
    "Aṅụrụ m ọgwụ m n'ụtụtụ taa mana echefuru m ya n'abalị, echi m ga-aga hụ dọkịta.",
    "Ech hunn haut de Moien meng Medikamenter geholl, mee owes hunn ech se vergiess, muer ginn ech bei den Dokter.",
    "مەن بۈگۈن ئەتىگەن دورامنى ئىچتىم، لېكىن كەچتە ئۇنتۇپ قالدىم، ئەتە دوختۇرغا بارىمەن.",
    "lua fualaau i le taeao, lua fualaau i le afiafi, tasi fualaau i le aoauli, lua i le po",
    "iskay pastilla tutapi, iskay pastilla chawpi p'unchawpi, huk pastilla tutamanta, iskay pastilla",
]
_PHONES = sorted({"(555) 123-4417", *(phone for phone, _, _ in _BY_PATTERN)})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _PROSE)
def test_prose_and_doses_stay(deid, index, text):
    probes.assert_owner_text_kept(deid, owner(), text)
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _MORE_PROSE)
def test_neither_reading_of_the_pattern_hears_a_phone_in_prose(text):
    for phone in _PHONES:
        assert not owner_phone_pattern_spans(text, phone), phone
        assert not said_in_the_phones_pattern(text, phone), phone


@pytest.mark.verifies("REQ-DEID-003")
def test_cost_in_proportion(deid, index):
    piece = " ".join([_BY_PATTERN[0][1], _PROSE[0], _THIRD_PARTIES[2][0], _PROSE[2]]) + "\n"
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
