import datetime as dt

import pytest
from biip.gs1_messages import GS1Message
from hypothesis import given
from hypothesis import strategies as st

from features.gs1 import DataMatrixError, PackIdentity, format_datamatrix, gtin_is_valid, make_gtin, parse_datamatrix

alnum = st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=20)
packs = st.builds(
    PackIdentity,
    gtin=st.text(alphabet="0123456789", min_size=13, max_size=13).map(make_gtin),
    serial_number=alnum,
    batch_number=alnum,
    expiry_date=st.dates(dt.date(2001, 1, 1), dt.date(2049, 12, 31)),
)


@given(packs, st.booleans())
def test_datamatrix_round_trips_in_both_forms(pack: PackIdentity, bracketed: bool) -> None:
    assert parse_datamatrix(format_datamatrix(pack, bracketed=bracketed)) == pack


@given(packs)
def test_fnc1_form_is_what_biip_reads_from_the_bracketed_form(pack: PackIdentity) -> None:
    hri = format_datamatrix(pack, bracketed=True)
    assert GS1Message.parse_hri(hri).value == format_datamatrix(pack, bracketed=False)


@pytest.mark.verifies("REQ-DATA-004")
def test_check_digit_matches_a_published_gtin() -> None:
    assert make_gtin("0950600013435") == "09506000134352"  # GS1's own example GTIN
    assert gtin_is_valid("09506000134352")
    assert not gtin_is_valid("09506000134353")
    assert not gtin_is_valid("0950600013435")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("(01)09506000134353(17)270531(10)L1(21)S1", "check digit"),
        ("(01)09506000134352(10)L1", "lacks application identifier"),
        ("not a barcode", "unparsable"),
        ("(01)09506000134352(17)271399(10)L1(21)S1", "unparsable"),
    ],
)
@pytest.mark.verifies("REQ-DATA-004")
def test_unreadable_datamatrix_is_rejected_with_a_reason(value: str, fragment: str) -> None:
    with pytest.raises(DataMatrixError, match=fragment):
        parse_datamatrix(value)


PACK = PackIdentity("09506000134352", "Qx7(K2)pLmR", "AB12", dt.date(2027, 1, 1))
AMBIGUOUS = "(01)09506000134352(17)270101(10)AB12(21)Qx7(K2)pLmR"


@given(packs, st.booleans(), st.sampled_from(["]d2", "]C1", "]Q3", ""]))
def test_symbology_identifiers_are_stripped(pack: PackIdentity, bracketed: bool, prefix: str) -> None:
    assert parse_datamatrix(prefix + format_datamatrix(pack, bracketed=bracketed)) == pack


@pytest.mark.parametrize("value", [AMBIGUOUS, "(01)09506000134352(17)270101(10)AB12(21)Qx7((K2pLmR"])
@pytest.mark.verifies("REQ-DATA-004")
def test_a_parse_that_drops_part_of_the_string_is_refused(value: str) -> None:
    with pytest.raises(DataMatrixError, match="ambiguous"):
        parse_datamatrix(value)


def test_the_producers_parse_settles_an_ambiguous_string_when_it_encodes_to_it() -> None:
    assert parse_datamatrix(AMBIGUOUS, PACK) == PACK
    assert parse_datamatrix("]d2" + AMBIGUOUS, PACK) == PACK
    other = PackIdentity("09506000134352", "Qx7((K2pLmR", "AB12", dt.date(2027, 1, 1))
    assert parse_datamatrix("(01)09506000134352(17)270101(10)AB12(21)Qx7((K2pLmR", other) == other
    with pytest.raises(DataMatrixError, match="ambiguous"):  # the producer's fields do not encode to it
        parse_datamatrix(AMBIGUOUS, PackIdentity("09506000134352", "Qx7", "AB12", dt.date(2027, 1, 1)))


def test_fields_in_any_order_and_end_of_month_expiry_round_trip() -> None:
    value = "(21)S9(01)09506000134352(10)L1(17)270200"
    assert parse_datamatrix(value) == PackIdentity("09506000134352", "S9", "L1", dt.date(2027, 2, 28))
    assert parse_datamatrix(value, PackIdentity("09506000134352", "S9", "L1", dt.date(2027, 2, 28))).serial_number == "S9"
