"""The leak check: no identifier of any Silver patient may appear in a de-identified output.

Every identifier value of ``silver/patients`` (MRN, full name and each name part of three
letters or more, phone, e-mail, street address, city, ZIP, date of birth in common written
formats) is turned into a sequence of case-folded word tokens and kept in one dictionary
``token sequence -> kind``. A scanned string is tokenised the same way and each of its
n-grams (for the few lengths identifiers have) is looked up: word-bounded, case-folded
matching with set look-ups, linear in the text scanned, independent of the number of
identifiers. Phone numbers are compared digits-only: every phone-shaped run of digits and
separators in a string is reduced to its digits and looked up.

Only distinct values of a column are scanned. A hit is reported as (table, column, kind,
number of distinct values) — never the value, which would put PHI in logs.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import zoneinfo
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from features.contract import TABLES

_TOKEN = re.compile(r"[^\W_]+")
_PLACEHOLDER = re.compile(r"<[A-Z]+>")  # the text engine's typed placeholders, e.g. <PERSON>
PLACEHOLDER_OF_KIND = {
    "mrn": "MRN", "name": "PERSON", "email": "EMAIL", "street_address": "ADDRESS", "city": "CITY",
    "zip5": "ZIP", "date_of_birth": "DATE", "phone": "PHONE",
}
_PHONE_SHAPE = re.compile(r"(?<!\d)\+?\d(?:[\s().\-–/]{0,3}\d){6,14}(?!\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
IDENTIFIER_COLUMNS = ("mrn", "full_name", "date_of_birth", "phone", "email", "street_address", "city", "zip5")


def tokens(text: str) -> tuple[str, ...]:
    """Case-folded word tokens (letters and digits) of ``text``, placeholders left out."""
    return tuple(_TOKEN.findall(_PLACEHOLDER.sub(" ", text).casefold()))


def phone_digits(text: str) -> set[str]:
    """Digits of every phone-shaped run in ``text`` (a leading US country code 1 removed)."""
    found = set()
    for match in _PHONE_SHAPE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        found.add(digits[1:] if len(digits) == 11 and digits.startswith("1") else digits)
    return found


def date_spellings(dob: dt.date) -> list[str]:
    """Common written forms of a date."""
    month = _MONTHS[dob.month - 1]
    y, m, d = dob.year, dob.month, dob.day
    return [
        f"{y:04d}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y:04d}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y:04d}",
        f"{m:02d}/{d:02d}/{y % 100:02d}", f"{m}/{d}/{y % 100:02d}", f"{y:04d}{m:02d}{d:02d}",
        f"{month} {d}, {y}", f"{month[:3]} {d}, {y}", f"{d} {month} {y}", f"{d} {month[:3]} {y}",
    ]


def _public_values() -> frozenset[str]:
    """Values from public vocabularies (never identifiers): contract vocabularies, IANA zones."""
    values = {v for cols in TABLES.values() for col in cols for v in (col.vocabulary or ())}
    return frozenset(values | zoneinfo.available_timezones())


@dataclass(frozen=True)
class LeakHit:
    """Identifiers of one kind found in one column (the values themselves are never kept)."""

    table: str
    column: str
    kind: str
    values: int

    def describe(self) -> str:
        return f"{self.table}.{self.column}: {self.values} value(s) contain a patient {self.kind}"


@dataclass
class LeakReport:
    """What was scanned and what was found."""

    hits: list[LeakHit] = field(default_factory=list)
    scanned_columns: int = 0
    scanned_values: int = 0

    @property
    def clean(self) -> bool:
        return not self.hits

    def as_dict(self) -> dict[str, object]:
        return {
            "clean": self.clean,
            "scanned_columns": self.scanned_columns,
            "scanned_distinct_values": self.scanned_values,
            "hits": [{"table": h.table, "column": h.column, "kind": h.kind, "values": h.values} for h in self.hits],
        }


class LeakError(RuntimeError):
    """The leak check found identifiers in an output; the message names only where and what kind."""

    def __init__(self, report: LeakReport):
        self.report = report
        super().__init__("identifiers found in de-identified output: " + "; ".join(h.describe() for h in report.hits))


class IdentifierIndex:
    """Every identifier of the Silver patients, indexed for word-bounded look-ups."""

    def __init__(self, patients: pa.Table):
        grams: dict[tuple[str, ...], str] = {}

        def add(kind: str, values: Iterable[str | None]) -> None:
            for value in values:
                if value:
                    key = tokens(value)
                    if key:
                        grams.setdefault(key, kind)

        data = {name: patients.column(name).to_pylist() for name in IDENTIFIER_COLUMNS}
        add("mrn", data["mrn"])
        add("email", data["email"])
        add("street_address", data["street_address"])
        add("city", data["city"])
        add("zip5", data["zip5"])
        add("name", data["full_name"])
        add("name", (part for name in data["full_name"] for part in tokens(name) if sum(c.isalpha() for c in part) >= 3))
        add("date_of_birth", (text for dob in data["date_of_birth"] if dob is not None for text in date_spellings(dob)))
        self.grams = grams
        self.lengths = sorted({len(key) for key in grams})
        self.phones = {digits for phone in data["phone"] if phone for digits in phone_digits(phone)}
        self.phones |= {re.sub(r"\D", "", phone)[-10:] for phone in data["phone"] if phone}
        self.public = _public_values()

    def kinds_in(self, text: str, authored: frozenset[str] = frozenset()) -> set[str]:
        """Kinds of identifier found in ``text`` (empty if none).

        ``authored``: words the program itself wrote into ``text`` (a report's headings and
        notes); a match made only of such words is the program's prose, not a patient's
        identifier, even when some patient is called Key, Page or Young.
        """
        found: set[str] = set()
        if text in self.public:
            return found
        toks = tokens(text)
        for length in self.lengths:
            for i in range(len(toks) - length + 1):
                gram = toks[i : i + length]
                kind = self.grams.get(gram)
                if kind is not None and not (authored and all(word in authored for word in gram)):
                    found.add(kind)
        if any(ch.isdigit() for ch in text) and phone_digits(text) & self.phones:
            found.add("phone")
        return found

    def redact(self, text: str, counts: Counter[str]) -> str:
        """Replace every identifier of any patient in ``text`` by its placeholder; add to ``counts``.

        The pipeline's last free-text pass: what the text engine left (e.g. a third person
        who shares a patient's surname) is removed rather than failing the leak check.
        """
        spans: list[tuple[int, int, str]] = []
        for match in _PHONE_SHAPE.finditer(text):
            if phone_digits(match.group()) & self.phones:
                spans.append((match.start(), match.end(), "phone"))
        words = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)
                 if not _inside_placeholder(text, m.start())]
        i = 0
        while i < len(words):
            for length in reversed(self.lengths):
                key = tuple(w[2] for w in words[i : i + length])
                kind = self.grams.get(key) if len(key) == length else None
                if kind is not None:
                    spans.append((words[i][0], words[i + length - 1][1], kind))
                    i += length - 1
                    break
            i += 1
        if not spans:
            return text
        out, last = [], 0
        for start, end, kind in sorted(spans):
            if start < last:
                continue
            out.append(text[last:start] + f"<{PLACEHOLDER_OF_KIND[kind]}>")
            counts[PLACEHOLDER_OF_KIND[kind]] += 1
            last = end
        out.append(text[last:])
        return "".join(out)

    def scan_values(self, table: str, column: str, values: Iterable[str],
                    authored: frozenset[str] = frozenset()) -> list[LeakHit]:  # fmt: skip
        """Hits (one per kind) among ``values`` of ``table.column`` (``authored``: see ``kinds_in``)."""
        counts: dict[str, int] = {}
        for value in values:
            for kind in self.kinds_in(value, authored):
                counts[kind] = counts.get(kind, 0) + 1
        return [LeakHit(table, column, kind, n) for kind, n in sorted(counts.items())]

    def scan_table(self, name: str, table: pa.Table, report: LeakReport) -> None:
        """Scan every string column of ``table`` (distinct values only), adding to ``report``."""
        for column_name in table.column_names:
            column = table.column(column_name)
            if pa.types.is_dictionary(column.type):
                column = column.cast(column.type.value_type)
            if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
                continue
            distinct = [v for v in pc.unique(column).to_pylist() if v is not None]
            report.scanned_columns += 1
            report.scanned_values += len(distinct)
            report.hits.extend(self.scan_values(name, column_name, distinct))


def _inside_placeholder(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "<" and _PLACEHOLDER.match(text, start - 1) is not None


def scan_folder(
    index: IdentifierIndex, root: Path, report: LeakReport | None = None, authored: frozenset[str] = frozenset()
) -> LeakReport:
    """Scan every Parquet table (one folder per table) and every text file under ``root``.

    ``authored`` applies to the text files (see ``IdentifierIndex.kinds_in``), never to tables.
    """
    report = report or LeakReport()
    root = Path(root)
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(root)
        if path.suffix == ".parquet":
            index.scan_table(str(relative.parent), pq.read_table(path), report)
        elif path.suffix in (".json", ".md", ".txt", ".csv", ".yaml", ".yml"):
            scan_text(index, str(relative), path.read_text(encoding="utf-8"), report, authored)
    return report


def scan_text(
    index: IdentifierIndex, name: str, text: str, report: LeakReport, authored: frozenset[str] = frozenset()
) -> None:
    """Scan a text document (e.g. a report) line by line (``authored``: see ``IdentifierIndex.kinds_in``)."""
    lines = [line for line in text.splitlines() if line.strip()]
    report.scanned_columns += 1
    report.scanned_values += len(lines)
    report.hits.extend(index.scan_values(name, "(text)", lines, authored))


def authored_words(*modules: object) -> frozenset[str]:
    """Every word in the source of ``modules``: what a report those modules write may say on its own."""
    words: set[str] = set()
    for module in modules:
        words.update(tokens(inspect.getsource(module)))  # type: ignore[arg-type]
    return frozenset(words)
