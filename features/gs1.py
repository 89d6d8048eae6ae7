"""GS1 identifiers on medicine packs: GTIN check digits and DataMatrix element strings.

Parsing is done by ``biip`` (a maintained GS1 library); this module adds what the
platform needs on top: formatting a pack's element string the way scanners emit it,
stripping scanners' symbology identifiers (``]d2``, ``]C1``, ``]Q3``), and a round-trip
rule. A parse is accepted only if its fields, encoded again, give back the scanned
string, so a field is never silently cut short. In the bracketed form a serial may
itself hold parentheses (``(21)Qx7(K2)pLmR``), which no parser can split for certain:
the producer's own parsed columns settle it when they encode to the scanned string;
otherwise the value is refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from biip.checksums import gs1_standard_check_digit
from biip.gs1_messages import GS1Message

from features.silver_sources import unquoted

GROUP_SEPARATOR = "\x1d"  # FNC1 as transmitted by scanners between variable-length fields
#: A scanner's symbology identifier (ISO/IEC 15424): ``]``, a code letter, a modifier.
SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


class DataMatrixError(ValueError):
    """A DataMatrix element string that cannot be read as a medicine pack.

    The message never holds the string or a part of it: a scan's fields may hold anything a producer
    put there (a phone number shifted into a batch), and the caller shows the string by its shape.
    """


@dataclass(frozen=True)
class PackIdentity:
    """What a pack's DataMatrix says: product, serial, batch and expiry."""

    gtin: str
    serial_number: str
    batch_number: str
    expiry_date: dt.date


def gtin_check_digit(payload: str) -> int:
    """The GS1 mod-10 check digit for the first 13 digits of a GTIN-14."""
    return gs1_standard_check_digit(payload)


def gtin_is_valid(gtin: str) -> bool:
    """True when ``gtin`` is 14 digits whose last digit is the right check digit."""
    return len(gtin) == 14 and gtin.isdigit() and gtin_check_digit(gtin[:13]) == int(gtin[13])


def make_gtin(payload13: str) -> str:
    """Append the check digit to a 13-digit payload."""
    return payload13 + str(gtin_check_digit(payload13))


def format_datamatrix(pack: PackIdentity, *, bracketed: bool) -> str:
    """The element string a scanner reports, human-readable ``(01)…`` or FNC1-separated."""
    expiry = pack.expiry_date.strftime("%y%m%d")
    if bracketed:
        return f"(01){pack.gtin}(17){expiry}(10){pack.batch_number}(21){pack.serial_number}"
    # Fixed-length fields first, variable-length ones separated by GS.
    return f"01{pack.gtin}17{expiry}10{pack.batch_number}{GROUP_SEPARATOR}21{pack.serial_number}"


def scanned_text(value: str) -> str:
    """The element string without surrounding blanks, symbology identifier or leading FNC1."""
    return SYMBOLOGY_PREFIX.sub("", value.strip()).lstrip(GROUP_SEPARATOR)


def encodes_to(pack: PackIdentity, value: str) -> bool:
    """True when ``pack``'s four fields, in some order, are exactly the scanned element string."""
    text = scanned_text(value)
    expiries = [pack.expiry_date.strftime("%y%m%d")]
    if (pack.expiry_date + dt.timedelta(days=1)).day == 1:
        expiries.append(pack.expiry_date.strftime("%y%m00"))  # day 00: the end of the month
    for expiry in expiries:
        fields = [("01", pack.gtin), ("17", expiry), ("10", pack.batch_number), ("21", pack.serial_number)]
        for order in itertools.permutations(fields):
            if text.startswith("("):
                if "".join(f"({ai}){field}" for ai, field in order) == text:
                    return True
            elif "".join(ai + field for ai, field in order) == text.replace(GROUP_SEPARATOR, ""):
                return True
    return False


def in_century_window(expiry: dt.date, today: dt.date | None = None) -> bool:
    """True when ``expiry``'s year is the one a two-digit ``YY`` stands for: GS1 General Specifications
    section 7.12 reads YY in the century that puts it from 49 years before this year to 50 after.
    A producer's expiry in any other century (0027, 2127 for ``27``) does not encode the scan."""
    year = (today or dt.date.today()).year
    return -49 <= expiry.year - year <= 50


def parse_datamatrix(value: str, producer: PackIdentity | None = None) -> PackIdentity:
    """Parse one element string in either form; raise ``DataMatrixError`` naming the problem.

    ``producer`` is how the producer parsed it, if it did: accepted when it encodes to the
    scanned string (which settles an ambiguous bracketed form). Otherwise biip's parse must
    encode back to it.
    """
    if producer is not None and encodes_to(producer, value) and in_century_window(producer.expiry_date):
        return producer
    text = scanned_text(value)
    try:
        # Bracketed human-readable form, or the raw form with GS (FNC1) separators.
        message = GS1Message.parse_hri(text) if text.startswith("(") else GS1Message.parse(text)
    except Exception as exc:  # biip raises several types; all mean "unreadable"
        raise DataMatrixError(f"unparsable GS1 DataMatrix: {unquoted(str(exc))}") from exc
    elements = message.element_strings
    if text.startswith("("):
        again, scanned = "".join(f"({element.ai.ai}){element.value}" for element in elements), text
    else:
        again, scanned = "".join(element.ai.ai + element.value for element in elements), text.replace(GROUP_SEPARATOR, "")
    if again != scanned:
        raise DataMatrixError(
            "ambiguous GS1 DataMatrix: its fields as parsed do not encode back to it, so part of it would be dropped "
            "(a field holding parentheses?), and no parsed columns from the producer encode to it"
        )
    fields = {element.ai.ai: element for element in elements}
    missing = [ai for ai in ("01", "21", "10", "17") if ai not in fields]
    if missing:
        raise DataMatrixError(f"GS1 DataMatrix lacks application identifier(s) {missing}")
    gtin_field, expiry_field = fields["01"], fields["17"]
    if gtin_field.gtin is None:
        raise DataMatrixError(f"GS1 DataMatrix: {unquoted(str(gtin_field.gtin_error))}")
    if expiry_field.date is None:
        raise DataMatrixError("GS1 DataMatrix: its expiry (17) is not a date")
    return PackIdentity(
        gtin=gtin_field.value,
        serial_number=fields["21"].value,
        batch_number=fields["10"].value,
        expiry_date=expiry_field.date,
    )


def parse_many(values: Iterable[str]) -> dict[str, PackIdentity]:
    """Parse each distinct value once; the result maps every input string to its pack."""
    return {value: parse_datamatrix(value) for value in set(values)}
