"""The nineteenth black-box round's names and ages told otherwise (round 20), each both ways: the redactor takes it out
and the check sees it in the raw text and nothing in the output. The year a person older than 89 finished school
("class of 1951": a year that says the age, as a year of birth does), a surname after a judge's title that is an
English word the check knows ("Judge Harlow"), a Korean full name before a copula ("김민준입니다") and a name in Han
characters after a field's cue ("患者 山田太郎", "联系人：王小明"). Near misses stay."""

from __future__ import annotations

import datetime
import re

import pytest

from features.deid.leakscripts import holds_cued_cjk_name
from features.deid.leakshapes import has_old_class_year
from features.deid.script_names import cued_cjk_name_spans
from tests import deid_probes as probes

#: a class year whose graduates (at about 18) are 93 this year, and one whose graduates are 60
OLD_CLASS = datetime.date.today().year - 75
YOUNG_CLASS = datetime.date.today().year - 42


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", [f"Grandpa, class of {OLD_CLASS}, came by", f"she graduated in {OLD_CLASS - 3}",
                                  f"Class of '{OLD_CLASS % 100:02} reunion", f"Abitur {OLD_CLASS}, then nursing"])
def test_the_class_year_of_a_person_over_89_goes(deid, index, text):
    secret = str(OLD_CLASS % 100).zfill(2)
    assert has_old_class_year(text), text
    probes.assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [f"class of {YOUNG_CLASS} reunion", "class of drugs", "a class of 1950s cars",
                                  "graduated 3 times"])
def test_a_class_year_of_someone_younger_stays(deid, index, text):
    assert not has_old_class_year(text), text
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("Judge Harlow signed the order", "Harlow"),
                                              ("the hearing is before Justice Fields", "Fields"),
                                              ("ask judge Bramble about it", "Bramble")])
def test_a_surname_after_a_judges_title_goes(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"name beside an honorific"})


CJK = [("안녕하세요, 김민준입니다", "김민준"), ("저는 박서연이에요", "박서연"), ("보호자는 남궁민수입니다", "남궁민수"),
       ("患者 山田太郎", "山田太郎"), ("联系人：王小明，电话已更新", "王小明"), ("紧急联系人 李娜", "李娜")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), CJK)
def test_a_korean_or_han_name_after_its_cue_goes(deid, text, secret):
    assert holds_cued_cjk_name(text), text
    out = probes.redacted(deid, text)
    assert secret not in out, out
    assert not holds_cued_cjk_name(re.sub(r"<[A-Z_]+>", " ", out)), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["감사합니다", "오늘은 괜찮습니다", "할머니는 구십삼세입니다",
                                  "患者服用药物后头痛", "联系人：请回电话给药房"])
def test_korean_and_han_text_with_no_name_stays(text):
    assert not holds_cued_cjk_name(text), text
    assert not cued_cjk_name_spans(text), text


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["김민준입니다 ", "患者 山田 ", "class of 1930 ", "Judge Harlow "])
def test_the_round20_name_readings_cost_time_in_proportion(piece):
    probes.assert_cost_grows_linearly(lambda n: cued_cjk_name_spans(piece * n))
    probes.assert_cost_grows_linearly(lambda n: holds_cued_cjk_name(piece * n))
    probes.assert_cost_grows_linearly(lambda n: has_old_class_year(piece * n))
