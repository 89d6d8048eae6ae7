"""Round 22: person names a black-box tester found published with the leak check passing, each kind both ways (the
redactor takes it out, the check sees it in the raw text and nothing in the output; the ordinary sentence near it
stays). The owner's given name by a short form outside the nickname table (a prefix, an ending, a diminutive, the
given names' syllables or initials joined, digits for letters); the owner's name in another script; a name after a
Chinese, Japanese or Korean relation word or glued to a field's cue; a third party's bare initials after a relation
or role word; a care title's surname that is an everyday word ("Nurse Green", "Dr. Judge")."""

from __future__ import annotations

import re

import pytest

from features.deid.leakcheck import _COMMON
from features.deid.leakscripts import holds_related_cjk_name
from features.deid.leakshort import holds_short_form
from features.deid.script_names import related_cjk_name_spans, script_name_spans
from features.deid.short_forms import short_form_spans
from tests import deid_probes as probes

SHORT_FORMS = [
    ("Oluwaseun Adeyemi", "Seun called about the refill", "Seun"),
    ("Shivani Raghunathan", "Shiv will pick up the pills tomorrow", "Shiv"),
    ("Shivakumar Iyer", "please tell Shiv the dose changed", "Shiv"),
    ("Zbigniew Kowalczyk", "Zbyszek missed two doses this week", "Zbyszek"),
    ("María José Ortega", "Majo forgot her evening pills", "Majo"),
    ("María José Ortega", "MJ forgot her evening pills", "MJ"),
    ("Dmitri Volkov", "Dimka skipped the evening dose", "Dimka"),
    ("Tomasz Nowak", "Tomek takes it with breakfast", "Tomek"),
    ("Ivan Petrov", "Ivanushka refilled on Monday", "Ivanushka"),
    ("Sebastian Ruiz", "Bastian says the nausea is gone", "Bastian"),
    ("Juan Carlos Mendez", "Juanito took the tablets late", "Juanito"),
    ("Gabriella Conti", "ask Gabri whether the rash came back", "Gabri"),
    ("Maximilian Okafor", "hi Max, the pharmacy called", "Max"),
    ("John Carter", "J0hn took it late again", "J0hn"),
    ("Maria Lopez", "M4ria took it late again", "M4ria"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), SHORT_FORMS)
def test_the_owners_short_form_goes(deid, name, text, secret):
    probes.assert_owner_caught(deid, probes.owner(name), text, secret)


KEPT_SHORT = [
    ("Maximilian Okafor", "the max dose is 40 mg a day"),
    ("Maximilian Okafor", "Max dose reached, call the clinic"),
    ("Candace Obi", "Candy and soda raise the sugar"),
    ("Tomasz Nowak", "Tom the pharmacist was helpful"),
    ("Maria Lopez", "took 5 ML of the syrup"),
    ("Shivani Raghunathan", "she was shivering at night"),
]


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), KEPT_SHORT)
def test_an_everyday_word_that_is_a_short_form_stays_without_a_cue(deid, name, text):
    patient = probes.owner(name)
    assert not holds_short_form(text, re.findall(r"[a-z]+", name.lower().replace("í", "i").replace("é", "e")), _COMMON)
    assert not short_form_spans(text, name)
    assert "name by a short form of a given name" not in probes.owner_kinds(patient, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["grandson TJ will pick up the refill", "my daughter JR will call you",
                                  "my son, KM, drops the pills by", "ask my neighbour DW about the box"])
def test_bare_initials_after_a_relation_or_role_word_go(deid, text):
    secret = re.findall(r"\b[A-Z]{2}\b", text)[0]
    probes.assert_third_party_caught(deid, text, secret, {"initials of a third party"})


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("nurse brown called about the refill", "brown"),
                                              ("Nurse Green called twice", "Green"),
                                              ("Dr. Judge reviewed the labs", "Judge"),
                                              ("Dr. Baker changed the dose", "Baker"),
                                              ("ask doctor white about it", "white"),
                                              ("Nurse Frost says hi", "Frost")])
def test_a_care_titles_everyday_word_surname_goes(deid, text, secret):
    probes.assert_third_party_caught(deid, text, secret, {"staff name after a role word"})


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("text", "kind"), [
    ("my sister MS flared again", "initials of a third party"), ("go with UPS tomorrow", "initials of a third party"),
    ("my son has an MRI today", "initials of a third party"), ("my son has high BP", "initials of a third party"),
    ("the nurse line was busy", "staff name after a role word"), ("doctor visit on Monday", "staff name after a role word"),
    ("Nurse practitioner called", "staff name after a role word"),
    ("I eat brown rice and green tea", "staff name after a role word")])
def test_an_abbreviation_after_a_relation_word_or_a_thing_after_a_title_stays(deid, text, kind):
    assert kind not in probes.third_party_kinds(text)
    assert probes.redacted(deid, text) == text


RELATED_CJK = [("我儿子李明会来取药", "李明"), ("联系人王芳", "王芳"), ("女儿王芳明天来拿药", "王芳"),
               ("老公陈建国说他忘了", "陈建国"), ("息子の健太が薬を取りに来ます", "健太"), ("娘の由美さんが電話しました", "由美"),
               ("兄のケンタくんが来た", "ケンタ"), ("딸 지은이가 약을 가지러 와요", "지은"), ("아들 민준씨가 전화했어요", "민준"),
               ("할머니, 수아야 약 먹어", "수아")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), RELATED_CJK)
def test_a_name_after_a_cjk_relation_word_goes(deid, text, secret):
    assert holds_related_cjk_name(text), text
    assert probes.redacted(deid, text).count(secret) == 0
    out = probes.redacted(deid, text)
    assert not holds_related_cjk_name(re.sub(r"<[A-Z_]+>", " ", out)), out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["女儿高兴极了", "儿子马上来", "妈妈周日来", "母の薬が切れた", "母の病院は遠い",
                                  "娘のスマホが壊れた", "엄마 약국은 닫았어요", "엄마 나이가 많아요", "我儿子会来取药"])
def test_cjk_relation_words_before_no_name_stay(text):
    assert not holds_related_cjk_name(text), text
    assert not related_cjk_name_spans(text), text


SCRIPTS = [("Wei Zhang", "张伟今天没吃药", "张伟"), ("Wei Zhang", "张先生今天没吃药", "张"),
           ("Xiaoming Li", "小明今天没吃药", "小明"), ("Xiaoming Li", "李小明来过了", "李小明"),
           ("Yuki Tanaka", "田中さんは薬を飲みました", "田中"), ("Hiroshi Sato", "佐藤です、よろしく", "佐藤"),
           ("Priya Raman", "பிரியா மருந்து எடுத்தார்", "பிரியா"), ("Priya Raman", "ராமன் வந்தார்", "ராமன்"),
           ("Omar Haddad", "عمر نسي الدواء", "عمر"), ("Jiwoo Kim", "김지우 약을 먹었어요", "김지우"),
           ("Jiwoo Kim", "지우가 왔어요", "지우"), ("Seoyeon Lee", "이서연입니다", "이서연"),
           ("Ivan Petrov", "Петров забыл таблетки", "Петров"), ("Rahul Sharma", "शर्मा जी आए", "शर्मा")]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("name", "text", "secret"), SCRIPTS)
def test_the_owners_name_in_another_script_goes(deid, name, text, secret):
    probes.assert_owner_caught(deid, probes.owner(name), text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize(("name", "text"), [("Jiwoo Kim", "김치를 먹었어요"), ("Priya Raman", "மருந்து எடுத்தார்"),
                                            ("Yuki Tanaka", "中田さんは来ない"), ("Wei Zhang", "三张纸和一杯水"),
                                            ("Omar Haddad", "نسي الدواء")])
def test_script_text_without_the_owners_name_stays(name, text):
    """Neither side's round-22 reading sees the owner here (other readings of the redactor's own judge "张" of "三张纸"
    and the start of "نسي" names: left, README)."""
    patient = probes.owner(name)
    assert not probes.owner_kinds(patient, text), probes.owner_kinds(patient, text)
    assert not script_name_spans(text, name), script_name_spans(text, name)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["我儿子李明会来 ", "息子の健太が ", "딸 지은이가 ", "grandson TJ will ", "Nurse Green called ",
                                   "Seun and Majo ", "张伟 田中 ", "பிரியா "])
def test_the_round22_name_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece)
    patient = probes.owner("María José Zhang")
    probes.assert_cost_grows_linearly(lambda n: short_form_spans(piece * n, patient.full_name))
    probes.assert_cost_grows_linearly(lambda n: holds_short_form(piece * n, ("maria", "jose", "zhang"), _COMMON))
    probes.assert_cost_grows_linearly(lambda n: probes.owner_kinds(patient, piece * n))
