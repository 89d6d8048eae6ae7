"""Round 39 (r39numbers): numbers said in words and identity numbers that the 38th black-box round found past the check.

a. Phones read out in Dutch pairs ("nul zes twaalf vierendertig zesenvijftig achtenzeventig"): Dutch digits and its
   glued numbers (unit first, "vierendertig") are shared tables (``digitwords.LATIN_DIGIT_WORDS``,
   ``digitwords.GLUED_NUMBER_PARTS``) both sides read.
b. Phones in Czech and Slovak numbers in groups ("sedm set dvacet tři čtyři sta padesát šest"), a Czech hundred said
   apart after its unit (``digitwords.GROUP_NUMBER_WORDS``, ``digitwords.CZECH_HUNDRED_WORDS``).
c. Cyrillic number words in capitals ("ВОСЕМЬ ДЕВЯТЬСОТ …" left its last groups) and a group in parentheses
   ("восемь (девятьсот шестнадцать) …" left its first): every group goes (``normalize.said_digits_as_figures``);
   Ukrainian, Greek, Turkish and Polish in capitals as a check.
d. Identity numbers: Romania's card with its series' letters and "numărul" ("seria RX numărul 123456"), a passport's
   letter glued to a Chinese, Japanese or Korean word ("护照号E12345678"), Poland's card glued in lower case
   ("abc123456"), a Solana address.
e. Kept: a single reading said in number words ("cukier sto dwadzieścia rano"), Hebrew "מספר זהות" (no person), a
   lot after "seria"; the identifier next to them still goes.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
    redacted,
)

#: (message, a piece of the phone that must go): phones said in words, in several languages, cases and positions
SAID_PHONES = [
    ("bel me op nul zes twaalf vierendertig zesenvijftig achtenzeventig morgen", "vierendertig"),
    ("mijn nummer is nul zes-twaalf-vierendertig-zesenvijftig-achtenzeventig", "zesenvijftig"),
    ("BEL NUL ZES TWAALF VIERENDERTIG ZESENVIJFTIG ACHTENZEVENTIG", "ACHTENZEVENTIG"),
    ("nul zeven één honderdtweeëntwintig drieëndertig vierenveertig, bel maar", "drieëndertig"),
    ("volejte mi sedm set dvacet tři čtyři sta padesát šest sedm set osmdesát devět", "padesát"),
    ("TELEFON SEDM SET DVACET TŘI ČTYŘI STA PADESÁT ŠEST SEDM SET OSMDESÁT DEVĚT", "OSMDESÁT"),
    ("moje číslo je nula, sedm set dvacet tři, čtyři sta padesát šest, sedm set osmdesát devět", "osmdesát"),
    ("číslo: nula deväťsto pätnásť, dvesto štyridsať päť, šesťsto sedemdesiat osem", "sedemdesiat"),
    ("ВОСЕМЬ ДЕВЯТЬСОТ ШЕСТНАДЦАТЬ СТО ДВАДЦАТЬ ТРИ СОРОК ПЯТЬ ШЕСТЬДЕСЯТ СЕМЬ", "ШЕСТЬДЕСЯТ"),
    ("телефон: восемь (девятьсот шестнадцать) сто двадцать три - сорок пять - шестьдесят семь", "девятьсот"),
    ("звоните восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "сорок"),
    ("ТЕЛЕФОН НУЛЬ ШІСТДЕСЯТ СІМ СТО ДВАДЦЯТЬ ТРИ СОРОК П'ЯТЬ ШІСТДЕСЯТ СІМ", "СОРОК"),
    ("ΤΗΛΕΦΩΝΟ ΕΞΙ ΕΝΝΙΑ ΕΠΤΑ ΔΥΟ ΤΡΙΑ ΤΕΣΣΕΡΑ ΠΕΝΤΕ ΕΞΙ ΕΠΤΑ ΟΚΤΩ", "ΤΕΣΣΕΡΑ"),
    ("τηλέφωνο εξακόσια ενενήντα επτά διακόσια τριάντα τέσσερα πενήντα έξι", "πενήντα"),
    ("NUMARAM SIFIR BEŞ YÜZ OTUZ İKİ YÜZ YİRMİ ÜÇ KIRK BEŞ ALTMIŞ YEDİ", "ALTMIŞ"),
    ("ZADZWOŃ NA SZEŚĆSET DWANAŚCIE TRZYSTA CZTERDZIEŚCI PIĘĆ SZEŚĆSET SIEDEMDZIESIĄT OSIEM", "SIEDEMDZIESIĄT"),
]

#: (message, secret): identity numbers and addresses (invented)
IDENTIFIERS = [
    ("seria RX numărul 123456", "RX"),
    ("am pierdut buletinul, seria MX, numarul 654321", "MX"),
    ("buletin seria MX 654321", "654321"),
    ("护照号E12345678", "E12345678"),
    ("我的护照号是E12345678谢谢", "E"),
    ("护照号码：G12345678", "G12345678"),
    ("パスポート番号TK1234567", "TK"),
    ("여권번호 M12345678", "M12345678"),
    ("mam numer abc123456 w systemie", "abc123456"),
    ("send to 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV please", "7EcDhSYG"),
    ("NIK saya 3173014501900001", "3173014501900001"),
]

#: ordinary sentences of those languages: a reading, a dose, a count said in number words, a pack's lot
KEPT = [
    "cukier sto dwadzieścia rano",
    "cukier rano sto dwadzieścia, wieczorem sto czterdzieści",
    "Cukier sto dwadzieścia, ciśnienie w normie",
    "מספר זהות",
    "ik neem twee pillen om acht uur en drie om negen",
    "cukr mám sto dvacet ráno a beru dvě tablety",
    "beru pět set miligramů dvakrát denně",
    "сахар утром сто двадцать, вечером сто сорок",
    "lek seria AB1234 ważny do 2027",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [*SAID_PHONES, *IDENTIFIERS])
def test_a_phone_in_number_words_and_an_identity_number_go_whole_for_both_sides(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", KEPT)
def test_a_reading_in_number_words_and_a_papers_word_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "kept", "secret"), [
    ("מספר זהות שלי 123456789", "מספר זהות", "123456789"),
    ("cukier sto dwadzieścia rano, tel. pięćset dwanaście trzysta czterdzieści pięć sześćset siedemdziesiąt osiem",
     "cukier sto dwadzieścia rano", "czterdzieści"),
])
def test_the_identifier_beside_a_kept_reading_still_goes(deid, index, text, kept, secret):
    out = redacted(deid, text)
    assert kept in out and secret not in out, out
    assert free_text_kinds(index, text)
    assert not free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("piece", [
    "bel nul zes twaalf vierendertig zesenvijftig achtenzeventig of volejte sedm set dvacet tři čtyři sta padesát "
    "šest sedm set osmdesát devět; cukier sto dwadzieścia rano, 护照号E12345678. "])
def test_the_readings_cost_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
