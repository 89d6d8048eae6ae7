"""Round 9 (A) of the black-box findings: the owner's identifiers in other forms — the street by its distinctive
word with or without the house number, the town by another name, demonym, typo or airport code, and the surname
left as a tail after the e-mail's local part."""

from __future__ import annotations

import datetime
from dataclasses import asdict

import pytest

from features.deid.leakcheck import OwnerForms
from features.deid.text import PatientIdentifiers


def _owner(name: str, street: str, city: str, email: str = "someone@example.com",
           dob: datetime.date = datetime.date(1950, 3, 4)) -> PatientIdentifiers:
    return PatientIdentifiers("MRN-00417723", name, dob, "(555) 123-4567", email, street, city, "IL", "62704")


ES = _owner("Ximena Villalobos", "Calle Feria 33", "Sevilla")
RU = _owner("Dmitri Volkov", "ul. Tverskaya 7", "Moskva")
US = _owner("Bernadette Quigley", "77 Penhallow Lane", "Wexford", "bquigley66@aol.com")
FR = _owner("Gwenaelle Le Gall", "8 rue des Glycines", "Quimper")
IT = _owner("Concetta Lombardo", "Via Garibaldi 21", "Palermo")
BR = _owner("Raimundo Nonato Bezerra", "Rua Padre Valdevino 450", "Fortaleza")
DE = _owner("Ludmila Hartkopf", "Ehrenstraße 12", "Köln")
HI = _owner("Kawika Kahananui", "1450 Ala Moana Blvd", "Honolulu", "kawika.k@hawaiiantel.net")
IN = _owner("Priya Raghunathan", "12 Residency Road", "Bengaluru")



def _forms(owner: PatientIdentifiers) -> OwnerForms:
    return OwnerForms.of(asdict(owner))


def _switch_off_the_redactors_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    from features.deid import text as redactor
    monkeypatch.setattr(redactor, "_other_place_spans", lambda _folded, _owner: [])


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "gone"), [
    (ES, "vivo en Feria 33, 2º izq", "Feria"),
    (ES, "c. Feria 33 bajo", "Feria"),
    (ES, "Feria nº 33", "Feria"),
    (RU, "I live at Tverskaya 7", "Tverskaya"),
    (RU, "живу Тверская 7", "7"),
    (RU, "Tverskaya str. 7 kv 12", "Tverskaya"),
    (RU, "живу на Тверской 7", "7"),
    (US, "penhallow 77 is the house", "penhallow"),
    (US, "I live on Penhallow now", "Penhallow"),
    (US, "corner of Penhallow & Main", "Penhallow"),
    (US, "handle BQuigley66-Penhallow", "Penhallow"),
    (FR, "8 Glycines, Quimper", "Glycines"),
    (FR, "toujours aux Glycines", "Glycines"),
    (BR, "moro na Valdevino 450", "Valdevino"),
    (DE, "wohne in der Ehrenstraße", "Ehrenstra"),
    (DE, "wohne Ehrenstrasse", "Ehrenstrasse"),
    (DE, "Ehrenstr. 12 im 3. Stock", "Ehrenstr"),
])
def test_the_owners_street_by_its_distinctive_word(deid, monkeypatch, owner, text, gone):
    out = deid.redact([text], [owner]).texts[0]
    assert gone not in out and "<ADDRESS>" in out, out
    assert not _forms(owner).kinds_in(out), out
    _switch_off_the_redactors_fix(monkeypatch)
    assert _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "gone"), [
    (RU, "back in Moskau tomorrow", "Moskau"),
    (RU, "Moscou ce soir", "Moscou"),
    (IT, "Palermu è bella", "Palermu"),
    (IT, "Palerme demain", "Palerme"),
    (FR, "retour à Kemper", "Kemper"),
    (FR, "je suis quimpéroise", "quimp"),
    (FR, "les Quimpérois", "Quimp"),
    (BR, "sou fortalezense", "fortalezense"),
    (IN, "Banglore traffic is bad", "Banglore"),
    (ES, "Sevilha amanhã", "Sevilha"),
    (HI, "landed in hnl", "hnl"),
    (DE, "landed at CGN", "CGN"),
    (IT, "atterrata a PMO", "PMO"),
    (ES, "vuelvo a SVQ", "SVQ"),
    (IN, "landing BLR at 6", "BLR"),
    (IN, "Bengalooru", "Bengalooru"),
])
def test_the_owners_town_by_another_name(deid, monkeypatch, owner, text, gone):
    out = deid.redact([text], [owner]).texts[0]
    assert gone not in out and "<CITY>" in out, out
    assert not _forms(owner).kinds_in(out), out
    _switch_off_the_redactors_fix(monkeypatch)
    assert _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("text", ["my venmo @Kawika-Kahananui", "Kawika-Kahananui family", "mahalo, Kawika-Kahananui"])
def test_the_surname_glued_after_the_email_local_part_goes_too(deid, text):
    out = deid.redact([text], [HI]).texts[0]
    assert "ahananui" not in out.lower(), out
    assert not _forms(HI).kinds_in(out), out
    # the check sees a name part that lost its first letters to a placeholder
    assert _forms(HI).kinds_in("my venmo @<EMAIL>ahananui")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("owner", "text"), [
    (FR, "glycine 500 mg at night"), (IT, "for pain take 2 tabs"), (FR, "glycerin suppository"),
    (IN, "resident doctor said 5 mg"),
    (RU, "metformin 500 mg twice"), (BR, "FOR 3 DAYS TAKE 1 TAB"), (DE, "Ramipril 5 mg morgens"),
    (US, "the lane was icy, BP 142/91"), (IT, "she looks paler, Hb 9.1"),
])
def test_clinical_text_near_the_owners_place_forms_stays(deid, owner, text):
    assert deid.redact([text], [owner]).texts[0] == text
    assert not _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text", "gone"), [
    (DE, "Lyudmila called about the refill", "Lyudmila"),
    (HI, "it's Kahanaui again", "Kahanaui"),
    (IT, "ask Lombardi at the desk", "Lombardi"),
])
def test_the_owners_long_name_part_one_letter_off(deid, monkeypatch, owner, text, gone):
    out = deid.redact([text], [owner]).texts[0]
    assert gone not in out and "<PERSON>" in out, out
    assert not _forms(owner).kinds_in(out), out
    from features.deid import text as redactor
    monkeypatch.setattr(redactor, "_one_edit_spans", lambda _folded, _owner: [])
    assert _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize(("owner", "text"), [
    (DE, "Metformin 500 mg, Ramipril 5 mg"), (HI, "Tramadol 50 mg as needed"), (IT, "Lorazepam at night"),
])
def test_drug_names_near_the_owners_name_stay(deid, owner, text):
    assert deid.redact([text], [owner]).texts[0] == text
    assert not _forms(owner).kinds_in(text)


IT_BORN_APRIL_11 = _owner("Concetta Lombardo", "Via Garibaldi 21", "Palermo", dob=datetime.date(1936, 4, 11))


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("owner", "text"), [
    (DE, "born March the 4th"), (DE, "I was born on the 4th, March"), (DE, "born in March, on the 4th"),
    (DE, "bday: 3rd month 4th day"), (DE, "my bday is the fourth of the third"), (DE, "day 4 of month 3 is my birthday"),
    (DE, "born on III/4"), (DE, "Geburtstag: vierter dritter"), (DE, "bday 4th/3rd"),
    (IT_BORN_APRIL_11, "sono nata l'undici aprile"), (IT_BORN_APRIL_11, "compleanno: l'undicesimo giorno di aprile"),
])
def test_the_owners_birthday_as_ordinals_or_positions(deid, monkeypatch, owner, text):
    out = deid.redact([text], [owner]).texts[0]
    assert "<DATE>" in out, out
    assert not _forms(owner).kinds_in(out), out
    from features.deid import text as redactor
    monkeypatch.setattr(redactor, "_ordinal_birthday_spans", lambda _view, _folded, _owner: [])
    assert _forms(owner).kinds_in(text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", ["born in 1950, took 4 tabs today", "took the third tab at 4", "take 3 tabs on day 4",
                                  "third dose on the fourth day"])
def test_numbers_that_are_not_the_owners_birthday_stay(deid, text):
    assert deid.redact([text], [DE]).texts[0] == text
    assert not _forms(DE).kinds_in(text)
