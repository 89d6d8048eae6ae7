"""Round 38 (r38ids): identity cards and passports after their word, Poland's card by its shape, addresses of other
crypto-currencies glued to CJK words, postcodes before a town's placeholder or a town in capitals, phones said in
Polish and Russian numbers in groups (in part in figures), and a PESEL's lone check figure before a word.

The 37th black-box round published, with the check passing, Poland's "dowód osobisty ABC 123456" (as "ABC <ZIP>") and
"dowód to ayz 412733", a TRON address glued to Han text, Sweden's "903 26 <LOCATION>", a phone said as "pięćset
dwanaście 345 678", and the "6" of "4410071234 6 to mój PESEL". The redactor now takes each, and the check reads each
on its own (``leakworld``, ``leakcheck``).
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_gone_and_clean,
    free_text_kinds,
)

NATIONAL = {"national identity number"}

#: (message, secret): an identity card's or a passport's number after its word, any language (invented numbers)
PAPERS = [
    ("dowód osobisty ABC 123456", "ABC"),
    ("mój dowód to ayz 412733 proszę", "ayz"),
    ("seria i numer dowodu: XYZ 998877", "XYZ"),
    ("nr dowodu KLM 556677, dziękuję", "KLM"),
    ("CI seria XB nr 123456", "XB"),
    ("občanský průkaz č. 123456789", "123456789"),
    ("Reisepass C01X00T47 liegt bei mir", "C01X00T47"),
    ("паспорт 45 06 123456", "123456"),
    ("személyi igazolvány 123456AB", "123456AB"),
    ("numer paszportu EA1234567", "EA1234567"),
    ("ABC 123456 to mój dowód", "ABC"),
]

#: texts the redactor of round 37 published, the check passing: now refused
PUBLISHED = [
    ("dowód osobisty ABC <ZIP>", "identity paper's series beside a placeholder"),
    ("Adress: <ADDRESS>, 903 26 <LOCATION>", "postcode before a town's placeholder"),
    ("PSČ 110 00 <LOCATION>", "postcode before a town's placeholder"),
    ("<ADDRESS>, 00-950 <LOCATION>", "postcode before a town's placeholder"),
]

#: (message, secret): addresses of other coins (invented, of a real address's shape), glued to CJK words too
ADDRESSES = [
    ("我的地址TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE谢谢", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"),
    ("私のアドレスはLTpYZG19YmfvY2bBDYtCKpunVRw7nVgRHWです", "LTpYZG19YmfvY2bBDYtCKpunVRw7nVgRHW"),
    ("請匯款到0x52908400098527886E0F7030069857D2E4169EE7謝謝", "52908400098527886E0F"),
]

#: (message, secret): postcodes before a town's placeholder or a town in capitals, and phones said in numbers in groups
GONE = [
    ("Adress: Storgatan 5, 903 26 <LOCATION>", "903 26"),
    ("Adress: Storgatan 5, 903 26 UMEÅ", "UMEÅ"),
    ("PSČ 110 00 <LOCATION>", "110 00"),
    ("numer pięćset dwanaście 345 678", "dwanaście"),
    ("mój telefon pięćset dwanaście trzysta czterdzieści pięć sześćset siedemdziesiąt osiem", "pięćset"),
    ("4410071234 6 to mój PESEL", " 6"),
]

#: everyday texts near these shapes: published as written, the check passing them
KEPT = [
    "EUR 123456 zapłaciłem",
    "ciśnienie 120 80 BPM dziś",
    "in 2019 <LOCATION> was great",
    "biorę dwieście pięćdziesiąt mg dwa razy dziennie",
    "I will pass 2 tablets and pas de problème",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("how", "text", "secret"), [
    *(("caught", text, secret) for text, secret in PAPERS),
    *(("opaque", text, secret) for text, secret in ADDRESSES),
    *(("gone", text, secret) for text, secret in GONE),
    *(("kept", text, "") for text in KEPT),
])
def test_papers_addresses_postcodes_and_said_phones_as_both_sides_read_them(deid, index, how, text, secret):
    if how == "kept":
        assert_free_text_kept(deid, index, text)
    elif how == "caught":
        assert_free_text_caught(deid, index, text, secret, NATIONAL)
    elif how == "opaque":
        assert_free_text_caught(deid, index, text, secret, {"opaque identifier"})
    else:
        assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("published", "kind"), PUBLISHED)
def test_the_check_refuses_what_round_37_left_beside_a_placeholder(index, published, kind):
    assert kind in free_text_kinds(index, published)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["numer pięćset dwanaście 345 678", "пятьсот двенадцать триста сорок пять 678",
                                  "mój telefon 4410071234 6 to mój PESEL"])
def test_the_check_reads_phones_in_groups_and_lone_check_figures(index, text):
    kinds = free_text_kinds(index, text)
    assert kinds, kinds
    if "PESEL" in text:
        assert "identifier glued to a placeholder" in free_text_kinds(index, "<PHONE> 6 to mój PESEL")


def test_the_round_38_readings_cost_grows_linearly(deid, index):
    assert_cost_in_proportion(deid, index, "dowód osobisty ABC 123456; 我的地址TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE谢谢 "
                              "903 26 <LOCATION>, pięćset dwanaście 345 678; 4410071234 6 to mój PESEL. ",
                              sizes=(125, 500))
