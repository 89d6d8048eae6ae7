"""Round 8 of the black-box findings: the owner's town and street disguised, third-party names glued, CJK surnames
with an honorific, streets in other scripts and with numbers in words, and clinical words that were over-redacted."""

from __future__ import annotations

import datetime
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers, TextDeidentifier

PLACED = PatientIdentifiers("MRN-00417723", "Maria Josefina Lopez", datetime.date(1957, 3, 14), "(555) 123-4567",
                            "maria.lopez@example.com", "123 Maple Grove Apt 4B", "Springfield", "IL", "62704")


@pytest.fixture(scope="module")
def deid() -> TextDeidentifier:
    return TextDeidentifier()


def _forms(owner: PatientIdentifiers) -> OwnerForms:
    return OwnerForms.of(asdict(owner))


# ------------------------------------------------------------------ the owner's town and street disguised

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "gone"), [
    ("I moved back to Spr1ngf1eld last year", "Spr1ngf1eld"),
    ("greetings from $pringfield", "$pringfield"),
    ("SPR1NGF13LD pharmacy is closed", "SPR1NGF13LD"),
    ("we are on M4ple Gr0ve now", "M4ple"),
    ("my street: M4pleGr0ve", "M4pleGr0ve"),
    ("town is S-p-r-i-n-g-f-i-e-l-d", "S-p-r-i-n-g"),
    ("town is S p r i n g f i e l d ok", "S p r i n g"),
    ("town is S.p.r.i.n.g.f.i.e.l.d.", "S.p.r.i.n.g"),
    ("street M a p l e G r o v e", "M a p l e"),
])
def test_the_owners_town_and_street_in_digits_for_letters_or_spelled_apart(deid, monkeypatch, text, gone):
    out = deid.redact([text], [PLACED]).texts[0]
    assert gone not in out and ("<CITY>" in out or "<ADDRESS>" in out), out
    assert not _forms(PLACED).kinds_in(out), out
    # the check reads them on its own: with the redactor's readings switched off it still refuses
    from features.deid import text as redactor
    monkeypatch.setattr(redactor, "_place_words", lambda _owner: ())
    monkeypatch.setattr(redactor, "_disguised_place_spans", lambda _folded, _owner: [])
    assert _forms(PLACED).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["B12 1000 mcg daily", "took 2 tabs at 8pm", "HbA1c 7.1", "spring is here",
                                  "K 20 mEq daily", "s p o k e n slowly"])
def test_text_near_the_owners_place_words_stays(deid, text):
    assert deid.redact([text], [PLACED]).texts[0] == text
    assert not _forms(PLACED).kinds_in(text)
