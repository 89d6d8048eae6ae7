"""Round 31, branch r31numbers: numbers the thirtieth black-box round published (or over-redacted) on main.

1. The owner's phone said in the digit words of languages the shared digit words lacked (Bulgarian, Welsh, romanised
   Dari; Hungarian's "két") and more of the same kind (Serbian and Macedonian in Cyrillic, Belarusian, Albanian,
   Azerbaijani and Uzbek, Amharic, Georgian, Armenian; Pashto, Thai, Amharic, Hausa, Somali and Igbo romanised):
   :mod:`features.deid.digitwords`, read by both sides through the shared conversion.
2. A phone said in words and split over a patient's two consecutive messages: the seam readings of both sides
   (:func:`features.deid.pipeline.seam_redacted`, ``IdentifierIndex.scan_message_seams``) now take number words.
3. Latin America's plates (Mexico "ABC-123-D", "placas 123-ABC", "patente AB 123 CD") and identity numbers (CURP,
   RFC, RUT, CPF), written in groups too: :mod:`features.deid.world_shapes` and :mod:`features.deid.leakworld`.
4. Drug codes read as identifiers: "DIN 02242705" as a phone, "imprint WATSON 3202" as a town and ZIP. A drug's
   national code of its length after its word, and a pill's marking after its word, stay on both sides; a phone after
   them in the same message still goes.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pyarrow as pa
import pytest

from features.deid.leakcheck import LeakReport
from features.deid.pipeline import seam_redacted
from tests import deid_probes as probes
from tests.deid_probes import owner, redacted

# --------------------------------------------------------------------------- 1. digit words of more languages

OWN_PHONE_SAID = [
    "my phone is пет пет пет едно две три четири четири едно седем",
    "телефонът ми е пет, пет, пет - едно, две, три - четири, четири, едно, седем",
    "hívj: öt öt öt egy két három négy négy egy hét",
    "ffoniwch fi ar pump pump pump un dau tri pedwar pedwar un saith",
    "rhif ffôn: pump, pump, pump, un, dau, tri, pedwar, pedwar, un, saith",
    "shomara-ye man panj panj panj yak du se chahar chahar yak haft",
    "numri im: pesë pesë pesë një dy tre katër katër një shtatë",
    "мој број је пет пет пет један два три четири четири један седам",
    "мой нумар пяць пяць пяць адзін два тры чатыры чатыры адзін сем",
    "ስልኬ አምስት አምስት አምስት አንድ ሁለት ሶስት አራት አራት አንድ ሰባት",
    "ჩემი ნომერი ხუთი ხუთი ხუთი ერთი ორი სამი ოთხი ოთხი ერთი შვიდი",
    "իմ համարը հինգ հինգ հինգ մեկ երկու երեք չորս չորս մեկ յոթ",
    "lambata biyar biyar biyar daya biyu uku hudu hudu daya bakwai",
    "nambarkaygu waa shan shan shan kow laba saddex afar afar kow toddoba",
    "my number is ha ha ha nueng song saam sii sii nueng chet",
    "zama shmera pinza pinza pinza yaw dwa dre tsalor tsalor yaw owa",
    "nomba m bu ise ise ise otu abuo ato ano ano otu asaa",
    "nömrəm beş beş beş bir iki üç dörd dörd bir yeddi",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", OWN_PHONE_SAID)
def test_1_the_owners_phone_said_in_more_languages_goes_for_both_sides(deid, text):
    probes.assert_owner_gone_for_both_sides(deid, owner(), text, text.split()[-1])


ANYBODYS_PHONE_SAID = [
    "брат ми: нула осем осем, девет едно две, три четири пет",
    "sefr haft noh, panj panj panj, yak du se chahar",
    "suun paet nueng song sam si ha hok jet paet",
    "ቁጥሩ ዜሮ ዘጠኝ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት",
    "zero hulet arat amist amist amist and hulet sost arat",
    "sifili takwas biyu, biyar biyar biyar, daya biyu uku hudu",
    "tetë zero zero, një dy tre, katër pesë gjashtë shtatë",
    "dim saith wyth, chwech naw dau, tri pedwar pump un",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("text", ANYBODYS_PHONE_SAID)
def test_1_anybodys_phone_said_in_more_languages_goes_for_both_sides(deid, index, text):
    probes.assert_free_text_caught(deid, index, text, text.split()[-1], {"phone-shaped number in digit words"})


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "my insulin pump is dim and I see no song on the app",
    "I do not see the sun, no pet, so pat the dog and go",
    "Mae gen i dau o blant a tri o gŵn, diolch",
    "Un dau tri, off we go to take the pills",
    "Vettem két tablettát és három kapszulát",
    "man du ta tabletka khordam, se roz",
    "Kam dy fëmijë dhe tre nipër, tetë vjeç",
    "ano ang ise mo sa ato",
    "the jet set had a pad thai and a pet at the hok",
    "Пия две таблетки сутрин и три вечер",
    "a tête-à-tête pese a todo",
    "no tort, just the daya and tara show",
])
def test_1_everyday_words_of_those_languages_stay(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)
    probes.assert_owner_text_kept(deid, owner(), text)


# --------------------------------------------------------------------------- 2. a phone said in words over two messages

T0 = datetime.datetime(2025, 3, 1, 9, 0)


def _messages(bodies: list[str]) -> pa.Table:
    return pa.table({"message_id": [f"m{i}" for i in range(len(bodies))], "patient_key": [probes.OWNER_KEY] * len(bodies),
                     "sent_at": pa.array([T0 + datetime.timedelta(minutes=m) for m in range(len(bodies))],
                                         pa.timestamp("us")),
                     "author": ["patient"] * len(bodies), "body": bodies})


def _check_kinds(bodies: list[str]) -> set[str]:
    report = LeakReport()
    probes.owner_check_index("Avraham Mizrahi").scan_table("messages", _messages(bodies), report)
    return {hit.kind for hit in report.hits}


def _seam_redacted(deid, bodies: list[str]) -> tuple[list[str], Counter[str]]:
    patient = owner()
    counts: Counter[str] = Counter()
    out = seam_redacted(deid, deid.redact(bodies, [patient] * len(bodies)).texts, ["MRN-00417723"] * len(bodies),
                        [T0 + datetime.timedelta(minutes=m) for m in range(len(bodies))], [patient] * len(bodies), counts)
    return out, counts


SPLIT_IN_WORDS = [
    ["my number is five five five one two", "three four four one seven call me"],
    ["mi número es cinco cinco cinco uno dos tres", "cuatro cuatro uno siete, gracias"],
    ["call me on 555 one two three", "four four one seven"],
    ["my phone is pump pump pump un dau", "tri pedwar pedwar un saith"],
    ["телефон пет пет пет едно две три", "четири четири едно седем"],
    ["meine Nummer: fünf fünf fünf eins zwei drei", "vier vier eins sieben."],
]


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("bodies", SPLIT_IN_WORDS)
def test_2_the_check_refuses_a_phone_in_words_split_over_two_messages(bodies):
    assert any(kind.endswith("across two messages") for kind in _check_kinds(bodies)), _check_kinds(bodies)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", SPLIT_IN_WORDS)
def test_2_the_pipelines_redactor_takes_both_pieces_in_words_out(deid, bodies):
    out, counts = _seam_redacted(deid, bodies)
    assert counts["PHONE"] == 1 and all("<PHONE>" in text for text in out), out
    assert not _check_kinds(out), (out, _check_kinds(out))


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("bodies", [
    ["I took one", "two hours later I felt fine"],
    ["took my pills, no", "do not worry"],
    ["slept till seven", "eight hours of sleep, great"],
    ["my sugar was one twenty", "three hours after lunch"],
])
def test_2_number_words_of_two_messages_that_make_no_identifier_pass(deid, bodies):
    assert not any(kind.endswith("across two messages") for kind in _check_kinds(bodies))
    out, counts = _seam_redacted(deid, bodies)
    assert out == bodies and not counts, out


# --------------------------------------------------------------------------- 3. Latin America's plates and ID numbers

PLATES = [
    ("mi carro tiene placas 123-ABC", "123-ABC"), ("my car ABC-123-D is outside", "ABC-123-D"),
    ("placa XYZ-45-67 del coche", "XYZ-45-67"), ("la patente AB 123 CD es mía", "123"),
    ("chapa AC 456 DE", "456"), ("patente ABC 123, gracias", "ABC 123"), ("placa do carro BRA2E19", "BRA2E19"),
    ("estacioné el auto AB123CD afuera", "AB123CD"), ("mi auto BB-CC-12 en Santiago", "BB-CC-12"),
    ("placas: JKL-987-Z", "JKL-987-Z"), ("tablilla HDF-123", "HDF-123"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), PLATES)
def test_3_latin_american_plates_go_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "vehicle plate or access code")


IDS = [
    ("CURP: GOMR850312HDFRRL09", "850312"), ("mi curp es gomr850312hdfrrl09 gracias", "850312"),
    ("mi curp: GOMR 850312 HDFRRL09", "850312"), ("curp GOMR-850312-HDFRRL-09", "850312"),
    ("la receta a nombre de PELA720105MJCRPN07", "720105"), ("RFC GOMR850312AB3", "850312"),
    ("mi rfc es PELA 720105 KT2", "720105"), ("RUT 12.345.678-5", "345"), ("mi rut es 12345678-K", "12345678"),
    ("CPF 123.456.789-09", "456"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), IDS)
def test_3_latin_american_identity_numbers_go_for_both_sides(deid, text, secret):
    probes.assert_shape_caught(deid, text, secret, "national identity number")


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "tomo metformina 850 mg dos veces al día", "la cita es el MAR-12-24 por la mañana", "my BP 145 HR 88 today",
    "the code ABC-123 on the box", "las placas de la presión salieron bien", "took 2 tabs at 8, felt OK",
])
def test_3_ordinary_codes_and_sentences_stay(deid, text):
    assert not {"vehicle plate or access code", "national identity number"} & set(probes.shape_kinds(text)), text
    assert "<ID>" not in redacted(deid, text), redacted(deid, text)


# --------------------------------------------------------------------------- 4. drug codes after their words

@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "DIN 02242705 is on the box", "the DIN: 02242705 matches",
    "CIP 3400934998331 sur la boîte", "code CIP 3400934998331", "AIC 012345678 sulla scatola", "CNK 1234567",
    "the pill says WATSON 3202 on it", "imprint WATSON 3202, white round", "white oval pill WATSON 3202",
    "my pill is marked TEVA 3109", "tablet with imprint M 367", "the tablet says IP 109",
    "NDC 0093-7180-56 refill please", "lot 4417023 expires soon", "PZN 01234567",
])
def test_4_drug_codes_after_their_words_stay_for_both_sides(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("DIN 02242705, call me at 555 867 5309", "867 5309"), ("DIN 5558675309 is my cell", "5558675309"),
    ("imprint WATSON 3202; my cell is 713-555-0188", "555-0188"), ("CIP 713 555 0188", "555 0188"),
])
def test_4_a_phone_beside_or_after_a_drug_word_still_goes(deid, index, text, secret):
    probes.assert_free_text_caught(deid, index, text, secret, {"phone-shaped number"})


# --------------------------------------------------------------------------- cost

@pytest.mark.verifies("REQ-DEID-004")
@pytest.mark.parametrize("piece", [
    "пет пет пет едно две три pump pump un dau tri panj yak du se chahar haft suun paet nueng hok "
    "placas 123-ABC ABC-123-D GOMR 850312 HDFRRL09 PELA720105MJCRPN07 RUT 12.345.678-5 DIN 02242705 "
    "imprint WATSON 3202 pill says TEVA 3109 ",
])
def test_the_round31_readings_cost_in_proportion(deid, index, piece):
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
