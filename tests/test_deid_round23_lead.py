"""Round 23, the lead's merge: the tapers read by their steps alone (r23keep) took digits said one by one in order
("nine eight seven, six five, four three two one") for a taper counting down by one, and the check no longer saw
them (two earlier rounds' tests failed after the merge). Seven single figures or more counting by one are an
identifier's digits; the longest such taper dispensed, methylprednisolone's 6-5-4-3-2-1, is still kept."""

from __future__ import annotations

import pytest

from tests import deid_probes as probes


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("my code is 9 8 7 6 5 4 3 2 1", "5 4 3"),
    ("her number one two three four five six seven", "four five"),
    ("numurs deviņi astoņi septiņi seši pieci četri trīs", "pieci"),
])
def test_figures_in_order_counting_by_one_are_no_taper(deid, index, text, secret):
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["Medrol dose pack 6 5 4 3 2 1 tablets a day", "taper 6-5-4-3-2-1 tabs",
                                  "prednisone 60 50 40 30 20 10 mg", "4 4 3 3 2 2 1 1 tablets"])
def test_tapers_by_their_steps_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", [
    "MRN: rf3562135 / DOB: Feb 22 1964 - missed my evening dose of insulin, 12 units.",
    "caregiver: note: she missed her evening dose of insulin",
])
def test_prose_of_several_key_value_pairs_is_no_yaml_line(text):
    """A plain YAML value holds no ": " (YAML 1.2), so a message of several "key: value" is prose, not a YAML line
    whose value runs to its end: neither side reads the rest of the sentence as the field's value (the r23names YAML
    reading took "missed my evening dose of insulin, 12 units" for an MRN)."""
    from features.deid.fields import markup_field_spans
    from features.deid.leakfields import field_kinds

    assert markup_field_spans(text) == []
    assert "identifier in a YAML or XML field" not in field_kinds(text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["mrn: 'A1: 77120045'", "caregiver: Ana Lima", "- phone: 555 123 4417"])
def test_a_yaml_line_is_still_read(text):
    from features.deid.fields import markup_field_spans
    from features.deid.leakfields import field_kinds

    assert markup_field_spans(text)
    assert "identifier in a YAML or XML field" in field_kinds(text)


@pytest.mark.verifies("REQ-DEID-002")
def test_an_hl7_ids_assigning_authority_is_no_name_to_the_check():
    """PID-3 is an id (CX): "123^^^H" is the id and its assigning authority, no family name (the check read "H" as a
    middle name in a redacted PID segment and refused)."""
    from features.deid.leakfields import field_kinds

    assert "name in an HL7 provider field" not in field_kinds("PID|1||123^^^H||<PERSON>||<PHONE>|F|||<ADDRESS>")
    assert "name in an HL7 provider field" in field_kinds("PV1|1|O|CARD^201^1||||4412^HOLLOWAY^GRACE^^^DR")
