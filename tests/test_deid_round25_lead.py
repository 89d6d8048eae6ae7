"""Round 25, the lead's fixes after the fresh-clone CI of the merged branches:

a. a given name that is also a person's verb, right after a title of address or a kin word, is the verb where no
   other verb follows it ("mi abuela toma Kardegic 75": Toma is a given name, "toma" takes), on both sides; a name
   that is no verb, or the verb followed by another, is still a name;
b. a find of the English NER that is a name spelled letter by letter or initials is never "everyday words of the
   message's language" (single letters are words of many languages): "her name is M a r c u s" still goes.
"""

from __future__ import annotations

import pytest

from features.deid.leakcheck import third_party_shapes
from tests.deid_probes import redacted

KIN = "given name after a title or kin word"


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["mi abuela toma Kardegic 75 y Levothyrox", "la abuela toma sus pastillas",
                                  "mi tía toma metformina 850", "el abuelo toma Sintrom"])
def test_a_persons_verb_after_a_title_is_no_name_on_either_side(deid, text):
    assert ("<PERSON>" in redacted(deid, text), KIN in third_party_shapes(text)) == (False, False), text


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("doña remedios viene mañana", "remedios"),
                                              ("mi hija dolores viene hoy", "dolores")])
def test_a_given_name_after_a_title_still_goes(deid, text, secret):
    out = redacted(deid, text)
    assert (secret in out, KIN in third_party_shapes(text)) == (False, True), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [("her name is M a r c u s", "M a r c u s"),
                                              ("spell it K. A. H. U. please", "K. A. H. U"),
                                              ("la vecina se llama R o s a", "R o s a")])
def test_a_name_spelled_letter_by_letter_is_no_everyday_word(deid, text, secret):
    assert secret not in redacted(deid, text)
