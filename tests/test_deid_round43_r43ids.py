"""Round 43, branch r43ids: identifiers by their shape that the 42nd black-box round saw published or refused, and
banks' codes and firms' bare domains it saw over-redacted, fixed as kinds on both sides.

a. Myanmar's NRC, romanised or in Burmese (Unicode or Zawgyi), any case, blanks or none, its class in brackets or
   slashes ("12/BAHANA(N)123456", "၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆", "12/BAHANA/N/123456"):
   published, unseen by the check (redactor ``world_shapes.numbered_id_spans``, check ``leakworld._a_burmese_nrc``;
   the citizen's classes in ``worldwords.BURMESE_NRC_CLASSES``); a dose's fraction and a reading stay.
b. Twenty figures of a card: Tanzania's NIDA glued or in its groups ("19850314-12345-00001-23") and Italy's tessera
   sanitaria glued ("80380000100123456789"), a blank, dash or dot between groups: the check refused them as a
   phone's shape and the redactor left them (``numbered_id_spans``, check ``leakworld._twenty_figures``); after a
   lot's or a batch's word they stay.
c. Nepal's provincial plates in Devanagari or romanised, with the province's word or its short form, or three dashed
   groups alone ("प्रदेश १-०२-००१ प ५६७८", "Bagmati Pradesh 01-002 Pa 1234"): published in Devanagari, unseen by the
   check romanised (``worldwords.NEPALI_PROVINCE_WORDS``; ``numbered_id_spans``, check
   ``leakworld._a_nepali_provincial_plate``); a province's figures in prose stay.
d. Victoria's and Queensland's plates and Swiss plates of cantons that are words, after a car's or a plate's word
   ("rego 1AB 2CD", "Queensland plate 123 ABC", "Kennzeichen BE 123456"): taken on main already, held here; the
   same letters and figures with no cue (a verb, a dose, steps) stay.
e. A bank's SWIFT or BIC code beside its word names a bank, no person: kept by both sides ("SWIFT code: NEDSZAJJ" was
   "<PERSON> code: <PERSON>"), unless an account's number is beside it, when it goes and the check sees it
   (``worldwords.BANK_CODE_WORDS``; ``world_shapes.bank_code_spans``, check ``leakworld._a_bank_code_beside_an_account``).
f. A firm's bare domain is no link nor e-mail ("boots.com" was "<URL>", "Contact us at boots.com" was "Contact
   <EMAIL>"): ``world_shapes.brand_domain_spans`` keeps a known firm's domain; a pronoun or a word of shopping before
   "at" is no mailbox on either side (``contactwords.WORDS_OF_NO_MAILBOX``); a person's address and site still go.
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

NATIONAL = "national identity number"
PLATE = "vehicle plate or access code"
BANK_CODE = "bank's code beside an account"

#: (a) Myanmar's NRC: (text, a piece that must go)
_NRCS = [
    ("My NRC is 12/BAHANA(N)123456 thanks", "123456"),
    ("မှတ်ပုံတင် ၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆ ပါ", "၁၂၃၄၅၆"),
    ("၁၂/ဥကမ (နိုင်) ၁၂၃၄၅၆", "ဥကမ"),
    ("My mother's NRC: 7/PaTaNa(N)098765, please update the chart.", "098765"),
    ("5/MAMANA (N) 234567", "MAMANA"),
    ("Her card is 14/PATHANA(E)345678.", "345678"),
    ("NRC no. 12 / DAGANA (N) 654321 ok?", "654321"),
    ("my nrc 1/bahana(naing)234567", "234567"),
    ("12/BAHANA 123456", "BAHANA"),
    ("12/OUKAMA(N) 123456 is my NRC", "OUKAMA"),
    ("NRC ၁၂/ဗဟန(ႏိုင္)၁၂၃၄၅၆", "၁၂၃၄၅၆"),
    ("NRC: 12/BAHANA(N) 123 456", "123 456"),
    ("NRC 12/BAHANA/N/123456", "123456"),
]
#: (b) twenty figures of Tanzania's NIDA and Italy's tessera sanitaria
_TWENTY = [
    ("NIDA 19850314123450000123", "19850314"),
    ("my NIDA number is 19850314-12345-00001-23", "00001"),
    ("NIDA: 19850314 12345 00001 23", "12345"),
    ("namba yangu ya NIDA ni 19900101-23456-00002-14.", "23456"),
    ("Kitambulisho: 19900101234560000214", "0214"),
    ("19900101-23456-00002-14", "19900101"),
    ("tessera sanitaria 80380000100123456789", "80380"),
    ("La tessera sanitaria 80380000300123456789 è scaduta", "80380"),
    ("codice tessera: 80380-00030-12345-67890.", "67890"),
    ("NIDA 19850314.12345.00001.23", "00001"),
    ("NIDA 19850314 - 12345 - 00001 - 23", "12345"),
]
#: (c) Nepal's provincial plates
_NEPALI_PLATES = [
    ("my plate is Bagmati Pradesh 01-002 Pa 1234", "1234"),
    ("गाडी नम्बर प्रदेश १-०२-००१ प ५६७८", "५६७८"),
    ("Pradesh 3-01-001 Cha 0001 is my bike", "0001"),
    ("प्र ३-०१-००१ च ०००१", "०००१"),
    ("मेरो स्कुटर प्र.३-०१-००१ च ०००१ हो", "३-०१"),
    ("बागमती प्रदेश ०३-००२ प १२३४", "१२३४"),
    ("३-०१-००१ च ०००१ मेरो बाइक", "०००१"),
    ("My scooter, Gandaki Pradesh 4-02-003 Ka 5678, was towed.", "5678"),
    ("Lumbini Province 5-01-001 Ja 9999", "9999"),
    ("Ba Pra 01-002 Pa 1234", "1234"),
    ("प्रदेश ३ - ०१ - ००१ च ०००१", "०००१"),
]
#: (d) Victoria's, Queensland's and Swiss plates after a cue
_CUED_PLATES = [
    ("my car is 1AB 2CD", "2CD"),
    ("rego 1AB 2CD", "1AB"),
    ("My rego is 1AB-2CD, it's a white Corolla", "2CD"),
    ("Victorian number plate: 1AB 2CD.", "1AB"),
    ("Queensland plate 123 ABC", "ABC"),
    ("registration 123 ABC", "ABC"),
    ("My ute's plate is 123 ABC.", "123"),
    ("Qld rego 123-ABC parked outside", "ABC"),
    ("Parked my ute, plates 123-ABC, outside the chemist", "123"),
    ("my plate BE 123456", "123456"),
    ("car GE 12345", "12345"),
    ("Auto SO 1234", "1234"),
    ("Kennzeichen BE 123456", "123456"),
    ("plaque GE 12345 devant la pharmacie", "12345"),
    ("plaque d'immatriculation GE 12345", "GE"),
    ("targa SO 1234", "1234"),
    ("Mein Auto BE 123 456 steht vor der Apotheke", "456"),
    ("The number plate was ZH 123456", "123456"),
]
#: (e) a bank's code beside an account's number
_BANK_CODES_BESIDE_AN_ACCOUNT = [
    ("IBAN DE89370400440532013000 BIC COBADEFFXXX", "COBADEFF"),
    ("account 12345678 SWIFT CHASUS33", "CHASUS33"),
    ("BIC COBADEFFXXX, IBAN DE89 3704 0044 0532 0130 00", "COBADEFF"),
]

#: near misses of each kind: (a) a dose's fraction, a reading, a ratio's letters; (b) twenty figures after a lot's or
#: batch's word, a dose and a time; (c) a province's figures in prose; (d) the plates' letters and figures with no cue;
#: (e) banks' codes alone; (f) firms' bare domains, after a pronoun or a word of shopping too
_KEPT = [
    "take 1/2 tab 3 times",
    "BP 120/80 at 12:30",
    "Ratio 3/ABC(N) is a test result",
    "lot 12345678901234567890",
    "Lot 80380000100123456789 on the box",
    "Batch: 19900101-23456-00002-14",
    "Take 125 mg at 10:30, then 2 tabs.",
    "Madhya Pradesh 2019 trip",
    "प्रदेश १ मा ५ जिल्ला छन्",
    "Pradesh 2 hospitals have 3-4 beds per ward",
    "Pradesh no. 1 has 14 districts",
    "प्रदेश २ को अस्पतालमा ३ दिन बसेँ",
    "We will BE there",
    "BE 5 minutes early tomorrow.",
    "SO 1234 steps later I was tired.",
    "I take 123 ABC units",
    "take 1 tab 2 times",
    "at 10:30 GE",
    "SWIFT code: NEDSZAJJ",
    "My bank's BIC is DEUTDEFF500",
    "swift code HSBCHKHHHKH for the transfer",
    "BIC: BNPAFRPPXXX",
    "swift: HSBCHKHH",
    "Send to NEDSZAJJ via SWIFT",
    "Please send it to boots.com customer care",
    "Contact us at boots.com or call",
    "I bought it at boots.com yesterday.",
    "Order online at walgreens.com or in store",
    "I shop at superdrug.com and lloydspharmacy.com",
    "www.cvs.com/ has my refills",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _NRCS + _TWENTY)
def test_numbered_ids_go(deid, index, text, secret):
    """(a, b) Myanmar's NRC and twenty figures of a card: the check sees a national number, the redactor takes it
    whole, as an identifier."""
    probes.assert_free_text_caught(deid, index, text, secret, {NATIONAL})
    assert "<ID>" in probes.redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _NEPALI_PLATES + _CUED_PLATES)
def test_plates_go(deid, index, text, secret):
    """(c, d) Nepal's provincial plates, and Victoria's, Queensland's and Swiss plates after a cue: the check sees a
    plate, the redactor takes it."""
    probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), _BANK_CODES_BESIDE_AN_ACCOUNT)
def test_a_bank_code_beside_an_account_goes(deid, index, text, secret):
    """(e) Beside an account's number, a bank's code tells whose account: the check sees it, the redactor takes it."""
    probes.assert_free_text_caught(deid, index, text, secret, {BANK_CODE})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", _KEPT)
def test_near_misses_stay(deid, index, text):
    """(a-f) Neither side takes a dose, a reading, a lot, a province in prose, a word in capitals, a bank's code
    alone or a firm's bare domain."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("write to jane at gmail.com", "jane"),
        ("email me at kowalski.anna@gmail.com please", "kowalski"),
        ("I emailed help at boots.com", "help at"),
        ("my site is janekowalski.com", "janekowalski"),
        ("Contact me at kowalski.com", "kowalski"),
    ],
)
def test_a_persons_address_and_site_still_go(deid, index, text, secret):
    """(f) A mailbox that is a name or any other word before "at" still makes an e-mail (recall first), and a domain
    of no known firm is still a link."""
    probes.assert_gone_and_clean(deid, index, text, secret)


#: the piece the cost test repeats: the kinds' cases and their near misses
_COST_PIECE = (
    "NRC 12/BAHANA(N)123456, ၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆; NIDA 19850314-12345-00001-23, tessera 80380000100123456789; "
    "Bagmati Pradesh 01-002 Pa 1234, प्रदेश १-०२-००१ प ५६७८; rego 1AB 2CD, Kennzeichen BE 123456; SWIFT code: "
    "NEDSZAJJ; Contact us at boots.com; take 1/2 tab at 10:30, lot 12345678901234567890. "
)


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_numbered_ids(deid, index):
    probes.assert_cost_in_proportion(deid, index, _COST_PIECE, sizes=(125, 500))
