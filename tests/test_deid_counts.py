"""Counts of the patients table that hold an identifier (the fourteenth black-box round: a producer's
``comorbidity_count`` of 95129, the owner's ZIP, or ``prior_hospitalizations_12m`` of 19511117, the owner's birth
date, were published as they were: 6 of 6). The redactor top-codes the counts (:data:`generalize.COUNT_TOPS`); the
check reads a whole number in a patient's own row as that patient's ZIP, phone, MRN or birth date
(``OwnerForms.number_kinds``), so a redactor that forgot the top-coding is refused."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from features.deid import generalize
from features.deid.leakcheck import LeakError, OwnerForms
from features.deid.pipeline import check_output, deidentify
from features.silver import read_table
from tests.conftest import TEST_PSEUDONYM_KEY

KEY = TEST_PSEUDONYM_KEY


def _forms(zip5: str = "95129", dob: datetime.date = datetime.date(1951, 11, 17)) -> OwnerForms:
    return OwnerForms.of({"mrn": "MRN-00417723", "full_name": "Ana Diaz", "date_of_birth": dob,
                          "phone": "(933) 791-7232", "email": None, "street_address": "27 Penhallow Street",
                          "city": "Houston", "zip5": zip5})


@pytest.mark.verifies("REQ-DEID-002")
def test_counts_above_their_ceiling_are_top_coded_and_counted() -> None:
    assert generalize.top_coded([0, 3, None, 31, 32, 95129], 31) == ([0, 3, None, 31, 31, 31], 2)
    assert generalize.top_coded([], 52) == ([], 0)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("value", "kind"), [
    (95129, "zip5"), (19511117, "date_of_birth"), (11171951, "date_of_birth"), (17111951, "date_of_birth"),
    (111751, "date_of_birth"), (511117, "date_of_birth"), (9337917232, "phone"), (7917232, "phone"),
    (417723, "mrn")])
def test_a_number_in_the_owners_row_is_read_as_the_owners_identifier(value: int, kind: str) -> None:
    assert kind in _forms().number_kinds(value)


@pytest.mark.verifies("REQ-DEID-005")
def test_a_zip_with_a_leading_zero_stored_as_a_number_is_read_without_it() -> None:
    assert _forms(zip5="02134").number_kinds(2134) == {"zip5"}
    assert _forms(dob=datetime.date(1948, 3, 4)).number_kinds(3041948) == {"date_of_birth"}


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("value", [0, 3, 31, 52, 138, 1951, 1117, 95128, 19511118, 2024, 10457])
def test_counts_readings_and_other_numbers_are_no_owner_identifier(value: int) -> None:
    assert _forms().number_kinds(value) == set()


def _plant(lake: Path, column: str, row: int, value: int) -> dict[str, object]:
    """Write ``value`` into ``column`` of the ``row``-th Silver patient; return that patient's row."""
    path = next((lake / "silver" / "patients").glob("*.parquet"))
    patients = pq.read_table(path)
    values = patients.column(column).to_pylist()
    values[row] = value
    pq.write_table(patients.set_column(patients.column_names.index(column), column,
                                       pa.array(values, patients.column(column).type)), path)
    return patients.slice(row, 1).to_pylist()[0]


@pytest.mark.verifies("REQ-DEID-002", "REQ-DEID-005")
def test_a_zip_or_birth_date_stored_as_a_count_is_top_coded_and_a_redactor_without_it_is_refused(
        tiny_lake: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    shutil.copytree(tiny_lake, lake)
    zip_owner = _plant(lake, "comorbidity_count", 0, 0)
    zip_value = int(str(zip_owner["zip5"]))
    _plant(lake, "comorbidity_count", 0, zip_value)
    born = _plant(lake, "prior_hospitalizations_12m", 1, 0)["date_of_birth"]
    assert isinstance(born, datetime.date)
    dob_value = int(f"{born:%Y%m%d}")
    _plant(lake, "prior_hospitalizations_12m", 1, dob_value)

    report = deidentify(lake, KEY)
    published = pq.read_table(lake / "deidentified" / "patients").to_pylist()
    assert max(r["comorbidity_count"] for r in published) == generalize.COUNT_TOPS["comorbidity_count"]
    assert max(r["prior_hospitalizations_12m"] for r in published) == generalize.COUNT_TOPS["prior_hospitalizations_12m"]
    assert {zip_value, dob_value}.isdisjoint(v for r in published for v in r.values())
    assert "comorbidity_count: 1 values above 31 top-coded to 31" in report["column_transformations"]
    assert "top-coded" in (lake / "reports" / "deidentification.md").read_text()
    assert check_output(lake, read_table(lake, "patients"), KEY).clean

    def untopped(staged: Path) -> None:  # what a redactor that forgot the ceilings would publish
        path = next((staged / "patients").glob("*.parquet"))
        table = pq.read_table(path)
        for column, value in (("comorbidity_count", zip_value), ("prior_hospitalizations_12m", dob_value)):
            values = table.column(column).to_pylist()
            values[values.index(generalize.COUNT_TOPS[column])] = value
            table = table.set_column(table.column_names.index(column), column, pa.array(values, table.column(column).type))
        pq.write_table(table, path)

    again = tmp_path / "again"
    shutil.copytree(tiny_lake, again)
    _plant(again, "comorbidity_count", 0, zip_value)
    _plant(again, "prior_hospitalizations_12m", 1, dob_value)
    with pytest.raises(LeakError) as caught:
        deidentify(again, KEY, before_leak_check=untopped)
    kinds = {(h.table, h.column, h.kind) for h in caught.value.report.hits}
    assert ("patients", "comorbidity_count", "owner's zip5 stored as a number") in kinds, kinds
    assert ("patients", "prior_hospitalizations_12m", "owner's date_of_birth stored as a number") in kinds, kinds
    assert str(zip_value) not in json.dumps(caught.value.report.as_dict())
    assert not (again / "deidentified").exists()
