"""Round 41, branch r41plates: vehicle plates the 40th black-box round saw published or mis-handled, and car names it
saw refused or over-redacted, fixed as kinds on both sides.

a. Published: plates alone by their country's shape with no cue word: Sweden's ("YDS 30K", "ABC 123"), Denmark's
   ("RB 72 310"), Switzerland's serial in two groups ("ZG-449 674"), the Gulf's and Egypt's Arabic letters set apart
   ("أ ب ج ١٢٣٤", "ق ط ع ٤٥٦٧"), Bangladesh's region, class and serial ("ঢাকা মেট্রো-গ ১১-২২৩৩", "Dhaka Metro-Ga
   11-2233") and South Africa's ("CA 123-456", "ND 45678", "BX 12 CD GP") (``worldwords.SWEDISH_PLATE_LETTERS``,
   ``SOUTH_AFRICAN_PLATE_PROVINCES``, ``SOUTH_AFRICAN_PLATE_FIRST``, ``BANGLADESH_PLATE_CLASSES``, ``ORDINAL_LETTERS``;
   redactor ``world_shapes._MORE_PLATES_ALONE``; check ``leakworld._a_plate_of_more_countries_alone``); a test's or a
   supplement's capitals before a value stay ("LDL 130", "ASA 325": ``NOT_A_PLATE_FIRST``).
b. Published: a plate after Danish and Norwegian "skilt" and its forms (``worldwords.PLATE_WORDS``).
c. Published in part: a plate said over two messages ("My plate is" then "ABC 1234" left "ABC")
   (``worldwords.PLATE_COPULAS_AT_A_SEAM``; redactor ``pipeline._a_plate_word_then_a_code`` and
   ``_stop_past_placeholders``; check ``leakcheck._plate_said_over_the_seam``).
d. Wrongly refused and over-redacted: a car's trims read as initials or a name ("Tata Nexon EV Max XZ+ Lux", "Hyundai
   Creta SX(O) Turbo"), in one message or over two (``worldwords.CAR_TRIMS``, ``CAR_MODEL_SET``;
   ``peoplewords.no_name_where_it_stands`` reads a model after a make that is a kin word; ``text._out_of_car_trims``).
e. Over-redacted: a make alone before a word of its repair ("Mercedes is at the garage"; ``worldwords.CAR_SERVICE_WORDS``),
   a make in its case before its model ("Jedu Škodou Octavia RS") (``world_shapes.car_name_spans``), the Arabic words
   of a car and its plate read as a name ("سيارتي رقم", "رقم اللوحة"; ``text._words_of_a_car_or_plate``).
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes
from tests.test_deid_round37_r37seams import _kinds, _published

PLATE = "vehicle plate or access code"

#: (a) plates alone by their country's shape; (b) after "skilt"
_PLATES = [
    ("Parked YTR 47M by the surgery, back with the inhaler soon.", "47M"),
    ("Hon tog FLK 582 till apoteket i morse.", "582"),
    ("Han kørte ZP 48 906 hen til apoteket.", "906"),
    ("Vorhin stand AG-217 843 vor der Praxis.", "843"),
    ("Parkte heute LU 318 772 bei der Apotheke.", "772"),
    ("تركت ر س ط ٨٨٢١ قدام الصيدلية", "٨٨٢١"),
    ("ركنت ٥٦٠٣ ن ص د في الموقف", "٥٦٠٣"),
    ("ركنت ع ب ٣٣٥ جنب المستشفى", "٣٣٥"),
    ("খুলনা মেট্রো-ঘ ২৪-৮৮১৯ হাসপাতালের সামনে", "৮৮১৯"),
    ("Left Chattogram Metro-Kha 15-6604 outside the clinic.", "6604"),
    ("Left CY 504-221 outside the clinic.", "221"),
    ("NP 39201 is outside the pharmacy.", "39201"),
    ("Left DF 27 GH GP outside the clinic.", "GH GP"),
    ("Left KLM 804 MP at the pharmacy.", "804"),
    ("skilt EK 40718 står foran apoteket", "40718"),
    ("Skiltet er PR 55 201, jeg henter medisinen.", "201"),
]


#: (a) what stays beside those shapes: a test's or supplement's value, a dose, a lot, a time, a code after a dose;
#: (d) a car's trims; (e) a make at the garage, a make in its case and its model, the words of a car and its plate
_KEPT = [
    "My LDL 130 and HDL 052 came back fine.",
    "ASA 325 with breakfast, as the GP said.",
    "Vitamin D3 1000 IU and B12 weekly.",
    "Lot ABC 123 on the box, expiry next year.",
    "I took it at 10:30 and again at 22:30.",
    "Take 3 caps of NAC 600 with water.",
    "I walked 12 345 steps and feel fine.",
    "আমি ১০-১২ দিন ওষুধ খেয়েছি",
    "الساعة ١٠ ص أخذت الدواء",
    "Tata Nexon EV Max XZ+ Lux, I keep my pills in it",
    "Our Hyundai Creta SX(O) Turbo takes me to the clinic.",
    "Toyota Corolla Cross 1.8 Hybrid GR Sport 2024 is at the pharmacy.",
    "Mercedes is at the garage, so I walked to the pharmacy.",
    "Audi is at the mechanic again, I took the bus for my refill.",
    "Jedu Škodou Octavia RS do lékárny.",
    "Jela jsem Škodou Fabia do lékárny.",
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [*_PLATES, *((text, None) for text in _KEPT)])
def test_plates_by_their_shape_go_and_readings_and_car_names_stay(deid, index, text, secret):
    """(a, b) No cue word, or Danish and Norwegian "skilt": the country's shape alone says a plate; (a, d, e) neither
    side takes a reading's value, a dose, a lot, a time or a car's name (``secret`` ``None``)."""
    if secret is None:
        probes.assert_free_text_kept(deid, index, text)
    else:
        probes.assert_free_text_caught(deid, index, text, secret, {PLATE})


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("سيارتي رقم ٤٤٧٢١٩", "سيارتي رقم"),
        ("رقم اللوحة ق ط ع ٤٥٦٧", "رقم اللوحة"),
    ],
)
def test_the_arabic_words_of_a_car_and_its_plate_stay(deid, index, text, kept):
    out = probes.redacted(deid, text)
    assert out.startswith(kept + " <"), out
    assert not probes.free_text_kinds(index, out), out


#: (c) a plate said over two messages
_SPLIT_PLATES = [
    (["My plate is", "KRT 5519"], "KRT"),
    (["The registration is", "GH 4471, in case the pharmacy asks"], "GH"),
    (["Kennzeichen:", "WX 3390 steht vor der Apotheke"], "WX"),
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("bodies", "secret"), _SPLIT_PLATES)
def test_a_plate_said_over_two_messages_goes_whole(deid, bodies, secret):
    """(c) The plate's word ends one message and the plate opens the next: its letters go too."""
    assert any(kind.startswith(PLATE) for kind in _kinds(bodies, across=False)), _kinds(bodies, across=False)
    published = _published(deid, bodies)
    assert not any(secret in body for body in published), published


#: (d) a car's row over two messages: its model in one, its trims in the next
_CAR_ROWS = [
    ["My new car is a Tata Nexon", "EV Max XZ+ Lux, I keep my pills in it"],
    ["We bought a Hyundai Creta", "SX(O) Turbo and it takes me to the clinic"],
    ["The car is a Toyota", "Corolla Cross 1.8 Hybrid GR Sport 2024 now"],
]


@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize("bodies", _CAR_ROWS)
def test_a_car_row_over_two_messages_stays(deid, bodies):
    """(d) The trims opening the next message are no initials nor name (no year after them)."""
    as_published = list(_published(deid, bodies))
    assert (as_published, _kinds(bodies, across=False)) == (bodies, set())


@pytest.mark.verifies("REQ-DEID-006")
def test_cost_of_plates_alone_and_car_trims(deid, index):
    probes.assert_cost_in_proportion(
        deid,
        index,
        "Parked YTR 47M; ZP 48 906 and AG-217 843; ر س ط ٨٨٢١; Dhaka Metro-Ga 15-6604; CY 504-221 "
        "and DF 27 GH GP; LDL 130; Tata Nexon EV Max XZ+ Lux; Mercedes is at the garage; Jedu Škodou Octavia RS. ",
        sizes=(125, 500),
    )
