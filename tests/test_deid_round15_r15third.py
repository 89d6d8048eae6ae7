"""De-identification, fifteenth round (third parties), the kinds an outside tester published with messages the project
had not written: people named after rarer relation and role words ("my nanny Rosalind", "mi nora Lucía", "the lodger
Fenwick", "my neighbour's boy Tiarnan"), names in structured rows no key names (X12 EDI "NM1*IL*1*DOE*JOHN", SQL
"VALUES ('Orla','McCandlish')", "kin_name=Thaddeus_Okafor"), a third party's initials ("J.R. from church drives me", "my
son (T.K.) called", "DW my neighbour") and firms named after a person that tell where someone works ("Kowalczyk & Sons
Plumbing", "Okonkwo Logistics", "Boulangerie Lefebvre"), while brands that employ thousands are kept ("Walgreens
Pharmacy", "Johnson & Johnson").

Each is removed by the redactor (:mod:`features.deid.people`) and seen by the leak check's own reading
(:mod:`features.deid.leakpeople`) in the text as written and not in the output; ordinary medication text that looks
alike is kept by both. All names and firms here are invented."""

from __future__ import annotations

import pytest

from features.deid.peoplewords import ENGLISH_RELATIONS, company_suffixes, known_brand
from tests.deid_probes import (
    assert_cost_in_proportion,
    assert_free_text_caught,
    assert_free_text_kept,
    free_text_kinds,
)


# --------------------------------------------------------------------------- 1. rarer relation and role words
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my nanny Rosalind picks up the kids", "Rosalind"),
    ("my nanny rosalind picks up", "rosalind"),                     # lower case after a possessive
    ("mi nora Lucía me trae las pastillas", "Lucía"),               # Portuguese, Catalan, Galician daughter-in-law
    ("minha nora Graciete ligou", "Graciete"),
    ("our tenant Bartholomew collected the parcel", "Bartholomew"),
    ("the lodger Fenwick brought my meds", "Fenwick"),
    ("our lodger, Fenwick, called", "Fenwick"),
    ("my flatmate Ingrid reminds me", "Ingrid"),
    ("my godfather Eustace is visiting", "Eustace"),                 # kin words as English builds them
    ("my stepson Declan drove me to the pharmacy", "Declan"),
    ("my step-daughter Imogen picked them up", "Imogen"),
    ("my great-aunt Hortense sent a card", "Hortense"),
    ("my ex-wife Clothilde has the kids", "Clothilde"),
    ("my sister-in-law Wilhelmina brought soup", "Wilhelmina"),
    ("my fiance Raffaele came", "Raffaele"),
    ("the home help Tamsin came today", "Tamsin"),                   # two-word roles
    ("my au pair Linnea helps", "Linnea"),
    ("the neighbour's boy Tiarnan fetched my refill", "Tiarnan"),    # a relation's possessive as "my"
    ("my cousin's wife Ottilie rang", "Ottilie"),
    ("my accountant Okwuosa sent the forms", "Okwuosa"),             # occupations (Faker's job titles)
    ("the surveyor Adebayo came round", "Adebayo"),
    ("mia cognata Ermelinda porta le medicine", "Ermelinda"),        # the rarer kin words of other languages
    ("mein Stiefsohn Wendelin hilft", "Wendelin"),
    ("moja synowa Bożena przyniosła leki", "Bożena"),
    ("моя свекровь Зинаида принесла таблетки", "Зинаида"),
    ("la nounou Ghislaine arrive", "Ghislaine"),
])
def test_names_after_rarer_relation_and_role_words_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "the neighbour's boy fetched my refill", "my au pair helps in the mornings", "the home help came today",
    "my accountant sent the forms", "the surveyor came round", "my nanny picks up the kids on friday",
    "mi nora me trae las pastillas", "the tenant upstairs is loud", "the nanny State is annoying",
    "my fiancé and I take our pills", "my stepson is coming tomorrow", "my godmother sent a card",
])
def test_rarer_relation_and_role_words_alone_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


def test_kin_words_are_built_and_occupations_read():
    """The kin words are built (step-, half-, great-, god-, ex-, -in-law), and the occupations come from Faker's job
    titles' head nouns, not a hand list of the tester's examples."""
    for word in ("stepson", "step-son", "half-brother", "great-grandmother", "goddaughter", "ex-husband",
                 "daughter-in-law", "nanny", "lodger", "surveyor", "archivist", "optician"):
        assert word in ENGLISH_RELATIONS, word
    for thing in ("processor", "controller", "clothing"):
        assert thing not in ENGLISH_RELATIONS, thing


# --------------------------------------------------------------------------- 2. names in structured rows
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("NM1*IL*1*DOE*JOHN****MI*123", "JOHN"),                           # X12 EDI
    ("NM1*QC*1*KOWALCZYK*GRZEGORZ~", "KOWALCZYK"),
    ("nm1|il|1|mccandlish|orla||", "mccandlish"),
    ("INSERT INTO contacts VALUES ('Orla','McCandlish')", "McCandlish"),  # SQL
    ("insert into caregivers (first, last) values ('Tobiah', 'Wexford-Lindqvist');", "Lindqvist"),
    ('INSERT INTO kin (id, name, rel) VALUES (7, "Seamus Brannigan", "son"), (8, "Aoife Brannigan", "daughter");',
     "Aoife"),
    ("caregiver,Orla McCandlish,daughter", "McCandlish"),                # CSV, no header
    ("contactName=orlaMcCandlish", "McCandlish"),                        # key=value, camel case
    ("nextOfKin: OrlaMcCandlish", "McCandlish"),
    ("kin_name=Thaddeus_Okafor", "Okafor"),
    ("relativeName: Bronagh Devlin", "Devlin"),
    ("NK1|1|MCCANDLISH^ORLA|DAU", "MCCANDLISH"),                         # HL7 in capitals
    ("UPDATE contacts SET last_name = 'McCandlish' WHERE id = 3", "McCandlish"),
])
def test_names_in_structured_rows_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "NM1*PR*2*AETNA*****PI*60054~",                  # an organisation (entity type 2), no person
    "my BP values (morning) were fine", "INSERT INTO doses VALUES ('metformin', 500, 'morning')",
    "values ('ok', 'yes')", "kin_name=none",
])
def test_rows_without_names_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- 3. initials of third parties
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("J.R. from church drives me", "J.R"),
    ("my son (T.K.) called", "T.K"),
    ("DW my neighbour helps", "DW"),
    ("DW, my neighbour, helps", "DW"),
    ("M.B. picked up my meds", "M.B"),
    ("my daughter A.J. came by", "A.J"),
    ("ask K.L. at the pharmacy", "K.L"),
    ("went with R. T. to the pharmacy", "R. T"),
    ("A.J.M. my carer is off today", "A.J.M"),
    ("my nanny (E.V.) helps", "E.V"),
    ("JK my stepson called", "JK"),
])
def test_initials_of_third_parties_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret, {"initials of a third party"})


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took it at 9 A.M. from the box", "B.I.D. my doctor said", "BP my doctor said is high", "TX my son lives there",
    "OK my son said fine", "the ER was busy, my son drove", "PT my therapist says",
])
def test_abbreviations_are_no_initials(deid, index, text):
    assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- 4. firms named after a person
@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("she works at Kowalczyk & Sons Plumbing", "Kowalczyk"),
    ("my husband is at Okonkwo Logistics", "Okonkwo"),
    ("MY HUSBAND IS AT OKONKWO LOGISTICS", "OKONKWO"),
    ("my daughter works for Brannigan Roofing Ltd", "Brannigan"),
    ("she is a cashier at Przybylski's Bakery", "Przybylski"),
    ("my son works at Nguyen Bros Auto Repair", "Nguyen"),
    ("I clean at McCandlish Dental", "McCandlish"),
    ("he is a driver for Baker & Sons", "Baker"),                     # a family's form: a word of English too
    ("he manages Haddad Brothers Transport", "Haddad"),
    ("she works at Abernathy, Inc.", "Abernathy"),                    # a legal form after a comma
    ("trabaja en Construcciones Etxeberria", "Etxeberria"),           # a trade said first
    ("er arbeitet bei Schmitt & Söhne GmbH", "Schmitt"),
    ("elle travaille chez Boulangerie Lefebvre", "Lefebvre"),
    ("lavora alla Panetteria Esposito", "Esposito"),
    ("pracuje w Piekarnia Wiśniewski", "Wiśniewski"),
    ("trabalha na Transportadora Figueiredo e Filhos", "Figueiredo"),
])
def test_firms_named_after_a_person_go(deid, index, text, secret):
    assert_free_text_caught(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "she works at Walgreens Pharmacy", "my husband works at Johnson & Johnson", "my daughter is at Procter & Gamble",
    "he works at Tyson Foods", "the Walt Disney Company hired him", "picked up at CVS Pharmacy",
    "Kaiser Pharmacy called about my refill", "my son works in logistics at a big company",
    "I went to the bakery and the pharmacy", "he works at Home Depot", "the Mayo Clinic is great",
    "she works at the hospital", "I take 500 mg bid, e.g. with food", "the Dexcom Store sent a new sensor",
    "Tesco Pharmacy had it", "GoodRx Pharmacy coupon worked", "Novo Nordisk Inc sent a letter",
    "I went to Trader Joe's Market",
])
def test_brands_and_trades_alone_stay(deid, index, text):
    assert_free_text_kept(deid, index, text)


def test_a_brand_that_is_a_family_name_is_kept_only_whole():
    """The rule for brands: a firm whose name is a listed brand of two words or more, or a listed one-word brand that
    is no family name, or written whole with its trade, is the brand; a family name alone before a trade is a family's
    firm ("Campbell Plumbing", not "Campbell Soup")."""
    assert known_brand("Johnson & Johnson", "Johnson & Johnson Inc", family_name=False)
    assert known_brand("Kaiser", "Kaiser Pharmacy", family_name=True)
    assert known_brand("Walgreens", "Walgreens Pharmacy", family_name=False)
    assert not known_brand("Campbell", "Campbell Plumbing", family_name=True)
    assert not known_brand("Okonkwo", "Okonkwo Logistics", family_name=False)
    assert ("and", "sons") in company_suffixes() and ("gmbh",) in company_suffixes()
    assert not {("e", "g"), ("me",), ("and",)} & company_suffixes()


def test_a_state_code_ends_no_firm(deid):
    """Faker's Dutch "N.V." is Nevada's code too: a town before it is no firm's name (the simulator's addresses)."""
    out = deid.redact(["I moved, new address is 9376 Pruitt Drive, Ericmouth NV 89006."], [None]).texts[0]
    assert "<PERSON>" not in out and "<CITY>" in out, out


def test_the_redacted_firm_keeps_its_trade(deid, index):
    out = deid.redact(["my husband is at Okonkwo Logistics"], [None]).texts[0]
    assert out == "my husband is at <PERSON> Logistics"
    assert not free_text_kinds(index, out)


# --------------------------------------------------------------------------- costs
@pytest.mark.parametrize("piece", [
    "J.R. from A.B. my C.D. ", "Okonkwo & Sons & Baker Logistics ", "NM1*IL*1*AB*CD*EF*GH ",
    "VALUES ('Orla', 'Ann' ", "my neighbour's boy's nanny's ",
])
def test_the_new_readings_cost_time_in_proportion(deid, index, piece):
    assert_cost_in_proportion(deid, index, piece)
