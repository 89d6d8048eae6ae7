"""The twelfth black-box round's over-refusal: ordinary Spanish after a role word ("el doctor dijo que sí") was read by
the leak check as a staff surname in lower case, and one such message stopped a whole lake's publish; the redactor
took "doctora dijo" for a name. Other languages' everyday words (:func:`features.deid.peoplewords.everyday_words_abroad`)
after a role word are no surname on either side; surnames after a role word still go and are still seen."""

from __future__ import annotations

import pytest

from tests.deid_probes import assert_third_party_caught, redacted, third_party_kinds

STAFF = {"staff name in lower case", "staff name after a role word"}



@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", [
    "el doctor dijo que sí", "mi doctor dijo que no, mañana", "el doctor quiere verme", "la doctora dijo que mañana",
    "la enfermera vino hoy", "o médico disse que sim", "der arzt sagte heute nein", "le docteur dit que non",
    "dr. dijo que sí", "la farmacéutica llamó ayer"])
def test_everyday_words_after_a_role_word_are_kept_and_not_refused(deid, text):
    assert redacted(deid, text) == text
    assert not STAFF & set(third_party_kinds(text)), third_party_kinds(text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("el doctor goikoetxea dijo que sí", "goikoetxea"), ("nurse okafor called", "okafor"),
    ("dr. nakamura dijo que sí", "nakamura"), ("la doctora pérez dijo que sí", "pérez")])
def test_surnames_after_a_role_word_still_go_and_are_seen(deid, text, secret):
    assert_third_party_caught(deid, text, secret, STAFF | {"name after a relation or role word"})


@pytest.mark.verifies("REQ-DEID-003")
def test_a_capitalised_surname_redacted_leaves_no_refusal_behind(deid):
    """The check reads placeholders as spaces: "el Dr. <PERSON> dijo" must not read "Dr. dijo" as a surname."""
    out = redacted(deid, "el Dr. Goikoetxea dijo que sí")
    assert "Goikoetxea" not in out and not STAFF & set(third_party_kinds(out)), out


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("piece", ["k dot ", "k (dot) ", "k dot e dot ", "kev at gmail dot "])
def test_letters_and_said_dots_repeated_cost_time_in_proportion(deid, piece):
    """``"k dot " × 100`` held the redactor for more than five minutes before the thirteenth round made the said dot
    atomic (each "dot" was read both as a label and as a dot): 2,000 repeats, with an owner, now take well under a
    second; the bound is generous for a loaded machine and an exponential pattern breaks it by far."""
    import time

    from tests.deid_probes import owner, owner_kinds

    patient = owner("Kevin Okafor")
    started = time.process_time()
    out = redacted(deid, piece * 2000, patient)
    owner_kinds(patient, piece * 2000)
    third_party_kinds(piece * 2000)
    assert time.process_time() - started < 20, piece
    assert out
