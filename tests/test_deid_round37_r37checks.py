"""Round 37 (r37checks): a national number's check part set apart from it by a blank, a dash or " - ", the UK's
National Insurance number in lower case with blanks, and crypto-currency addresses read on the text as written.

The 36th black-box round published, with the check passing, a PESEL's last figure ("<PHONE> 6"), a DNI's and a RUT's
check letter after a dash ("<ID> - A", "<PHONE> - K"), a PPSN's " T", a Chinese resident ID's " X", a Cartão de
Cidadão's " 8 ZX7", and "qq 123456 c"; and "1951年に生まれました" (Japanese, "born in 1951") was redacted as an
identifier, its transliteration fitting a Bitcoin address's shape.
"""

from __future__ import annotations

import pytest

from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    assert_gone_and_clean,
    free_text_kinds,
    redacted,
)

#: (message, its check part set apart from the number): the part goes with the number
CHECK_PARTS_SET_APART = [
    ("PESEL mamy 4410071234 6", " 6"),
    ("Mi DNI es 12345678 - A", "- A"),
    ("Mi RUT es 12.345.678 - K", "- K"),
    ("El RUT de mi papá es 12345678 - 5.", "- 5"),
    ("my PPS is 1234567 T", " T"),
    ("Seán's PPS number 1234567 TW, thanks", " TW"),
    ("身份证号 11010519491231002 X", " X"),
    ("身份证号码是11010519491231002 X，谢谢", " X"),
    ("Cartão de Cidadão 1234567 8 ZX7", "ZX7"),
    ("o número é 1234567 8 zx7 obrigado", "zx7"),
    ("Sean will collect, 1234567 t.", " t."),
    ("Mein Ausweis: 4410071234 – 6", "– 6"),
    ("Tia Rosa: 12345678 - a, por favor", "- a"),
    ("1234567 T is his number", " T "),
]

#: texts the redactor of round 36 published, the check passing: now refused
PUBLISHED_CHECK_PARTS = [
    "PESEL mamy <PHONE> 6",
    "Mi DNI es <ID> - A",
    "Mi RUT es <PHONE> - K",
    "my PPS <ID> T",
    "身份证号 <ID> X",
    "<PHONE> 8 ZX7",
    "Numer: <PHONE> – 6.",
    "kod <ZIP> - b",
    "Su cédula <ID> - k, gracias",
    "PPS <ID> tw",
    "<MRN> Q is on the card",
    "Su RUT es <PHONE> - k gracias",
]

#: (message, what follows the phone as written): the ordinary follow-ups of a phone stay, and the check passes them
ORDINARY_AFTER_A_PHONE = [
    ("call me on 555 123 4567 a day", " a day"),
    ("call 020 7946 0958 8 am", " 8 am"),
    ("call 555 123 4567 ok", " ok"),
    ("call 555 123 4567 A day ahead", " A day ahead"),
    ("call 555 123 4567 I think", " I think"),
    ("ring 555 123 4567 xx", " xx"),
    ("zadzwoń 555 123 456 w domu", " w domu"),
    ("llama al 555 123 456 y pregunta", " y pregunta"),
    ("chiamami al 333 123 4567 e poi vieni", " e poi vieni"),
    ("ring 555 123 4567 2 times if no answer", " 2 times if no answer"),
    ("call 555 123 4567 - I will be home", " - I will be home"),
]

#: the check passes these after a number's placeholder
ORDINARY_AFTER_A_PLACEHOLDER = [
    "call <PHONE> x 2",
    "call <PHONE> ext 12",
    "call <PHONE> or <PHONE>",
    "<PHONE> - 5 pm",
    "<PHONE> 2 times a day",
    "ring <PHONE> ah",
    "<ZIP> 2 steps",
    "llamar al <PHONE> o al <PHONE>",
]

#: (message, number): the UK's National Insurance number in any case, with blanks
NI_NUMBERS = [
    ("my NI is qq 123456 c", "123456"),
    ("NI number ab 12 34 56 c", "12 34 56"),
    ("national insurance: jk 65 43 21 d thanks", "65 43 21"),
    ("his ni no. is Ab 123456 C", "123456"),
    ("nin qq123456c", "qq123456c"),
]

#: CJK years and sentences whose transliteration fits a crypto-currency address's shape: kept as written
CJK_NO_ADDRESS = [
    "1951年に生まれました",
    "1962年に生まれ、1995年に結婚しました",
    "我是1951年出生的",
    "1951년에 태어났어요",
    "3月に1回だけ病院に行きました",
]

#: (message, address): crypto-currency addresses (invented, of a real address's shape) go, glued to CJK words too
ADDRESSES = [
    ("send to bc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3ca", "bc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3ca"),
    ("send to bc1qm4x7c9d2e5f8g0h3j6k9l2n4p7q0r3s5t8u6v", "bc1qm4x7c9d2e5f8g0h3j6k9l2n4p7q0r3s5t8u6v"),
    ("ltc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3ca please", "ltc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3ca"),
    ("btc 1Kq7zVbNw3TgRxPo2HfYdM9sLcJ4uE6aW", "1Kq7zVbNw3TgRxPo2HfYdM9sLcJ4uE6aW"),
    ("mi billetera 3QJmV3qfvL9SuYo34YihAf3sRCW3qSinyC gracias", "3QJmV3qfvL9SuYo34YihAf3sRCW3qSinyC"),
    ("送金先は1Kq7zVbNw3TgRxPo2HfYdM9sLcJ4uE6aWです", "1Kq7zVbNw3TgRxPo2HfYdM9sLcJ4uE6aW"),
    ("ビットコインはbc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3caに送って", "bc1qw5p8xk2v7nq3h9djx4zs0ftk6ylm8r2ug5e3ca"),
    ("送金先：１Ｋｑ７ｚＶｂＮｗ３ＴｇＲｘＰｏ２ＨｆＹｄＭ９ｓＬｃＪ４ｕＥ６ａＷ", "Ｋｑ７ｚＶｂＮｗ"),
]


#: (how both sides read it, message, secret): "gone" the redactor removes the secret and the check passes the output;
#: "caught" the check also reads a national number in the raw message; "kept" published as written, nothing refused
READINGS = [
    *(("gone", text, part) for text, part in CHECK_PARTS_SET_APART),
    *(("caught", text, secret) for text, secret in NI_NUMBERS),
    *(("kept", text, "") for text in CJK_NO_ADDRESS),
    *(("gone", text, address) for text, address in ADDRESSES),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("how", "text", "secret"), READINGS)
def test_check_parts_ni_numbers_and_addresses_as_both_sides_read_them(deid, index, how, text, secret):
    if how == "kept":
        assert_free_text_kept(deid, index, text)
    elif how == "caught":
        assert_free_text_caught(deid, index, text, secret, {"national identity number"})
    else:
        assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("published", "refused"), [*((text, True) for text in PUBLISHED_CHECK_PARTS),
                                                    *((text, False) for text in ORDINARY_AFTER_A_PLACEHOLDER)])
def test_the_check_refuses_a_check_part_left_after_a_placeholder_and_nothing_ordinary(index, published, refused):
    assert ("identifier glued to a placeholder" in free_text_kinds(index, published)) is refused
    if not refused:
        assert not free_text_kinds(index, published)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "tail"), ORDINARY_AFTER_A_PHONE)
def test_what_ordinarily_follows_a_phone_stays(deid, index, text, tail):
    out = redacted(deid, text)
    assert out.endswith("<PHONE>" + tail), out
    assert not free_text_kinds(index, out), (out, free_text_kinds(index, out))


def test_the_check_part_reading_cost_grows_linearly(deid, index):
    assert_cost_in_proportion(deid, index, "PESEL 4410071234 6; DNI 12345678 - A; call 555 123 4567 a day; "
                              "1951年に生まれました; ni qq 123456 c. ", sizes=(125, 500))
