"""Round 40 (r40places): places that the thirty-ninth black-box round and its branches left published, each read by
the redactor and the check:

(a) a street's name after its word in Arabic, Greek and Arabizi with no house number, anybody's ("بشارع النصر",
    "στην οδό Πανεπιστημίου", "share3 el Haram"), and the owner's own street so written;
(b) every number of a Vietnamese or Romanian address's chain ("số 8 ngách 21 ngõ 102", "nr. 3 bl. C4 sc. 2 ap. 9");
(c) an Armenian surname by its shape, with its article or in a case ("Գրիգորյանը", "Հովհաննիսյանից");
(d) a town written in Tamil, declined ("கோயம்புத்தூரில்", "திருச்சிக்கு", "சேலத்திலிருந்து" is no such form);
(f) a town's German adjective before a facility's word ("im Kölner Klinikum", "Dresdner Uniklinik"), a dish named
    after a town staying ("Frankfurter Würstchen": a "Berliner" doughnut stays too, though harmless to take);
(g) a town too small for GeoNames' list after a facility's word and "in", "de", "à", "i" ("Apotheke in Unterföhring",
    "apotek i Bjästa", "pharmacie à Saint-Pryvé"), read from its shape, particles and all ("Apotheke in Neustadt an
    der Aisch"); "farmacia de Guardia" (on duty), "pharmacy in January" stay, and a listed town after a facility's word
    alone stayed an errand's as round 39 kept it ("farmacia en Getafe"; round 41 takes it);
(h) a town's tail after the part a reading took ("<LOCATION> aan den Rijn", "<LOCATION> am Main"): the town's span
    runs on over a GeoNames town's particles and last word, and the check sees a tail left after a placeholder;
(e) ordinary text around them that stays: "الشارع" of prose, "عن طريق الفم", Vietnamese "đường huyết" (blood
    sugar), "Christmas" in Armenian, Tamil "மூன்று வேளை" (three times a day), French "et", German "Tablette nr 2".
"""

from __future__ import annotations

import pytest

from tests import deid_probes as probes

_STREET = {"street named after its word"}
_CHAIN = {"number of an address's chain"}
_ARMENIAN = {"Armenian surname by its shape"}
_TAMIL = {"town in Tamil"}
_ADJECTIVE = {"town's adjective before a facility"}
_SMALL_TOWN = {"small town after a facility's word"}

CAUGHT = [
    # (a) streets after their word: (text, secret, kinds)
    ("ساكنة بشارع النصر من زمان", "النصر", _STREET),
    ("الصيدلية في شارع جمال عبد الناصر، جنب المسجد", "الناصر", _STREET),
    ("η γιαγιά μένει στην οδό Πανεπιστημίου", "Πανεπιστημίου", _STREET),
    ("το φαρμακείο στη Λεωφόρο Κηφισίας 210 είναι ανοιχτό", "Κηφισίας", _STREET),
    ("ehna sakneen f share3 el Haram", "Haram", _STREET),
    ("el saydaleya f shar3 Mohandeseen", "Mohandeseen", _STREET),
    # (b) address chains
    ("mẹ tôi ở số 8 ngách 21 ngõ 102", "102", _CHAIN),
    ("nhà 15 hẻm 7 đường Nguyễn Trãi", "15", _CHAIN),
    ("stau pe strada Florilor nr. 3 bl. C4 sc. 2 ap. 9", "C4", _CHAIN),
    ("adresa: Bd. Unirii nr 11, ap 52", "52", _CHAIN),
    # (c) Armenian surnames
    ("Գրիգորյանը բերեց դեղերը", "Գրիգորյան", _ARMENIAN),
    ("դեղը ստացա Հովհաննիսյանից", "Հովհաննիսյան", _ARMENIAN),
    # (d) Tamil towns
    ("அம்மா கோயம்புத்தூரில் இருக்கிறார்", "கோயம்புத்தூர", _TAMIL),
    ("நாளை திருப்பூருக்கு போகிறேன்", "திருப்பூர", _TAMIL),
    # (f) town adjectives
    ("war gestern im Kölner Klinikum", "Kölner", _ADJECTIVE),
    ("die Dresdner Uniklinik hat angerufen", "Dresdner", _ADJECTIVE),
    ("Rezept in der Bremer Apotheke eingelöst", "Bremer", _ADJECTIVE),
    # (g) small towns after a facility's word
    ("Rezept von der Apotheke in Unterföhring geholt", "Unterföhring", _SMALL_TOWN),
    ("hämtade medicinen på apotek i Bjästa", "Bjästa", _SMALL_TOWN),
    ("passé à la pharmacie à Saint-Pryvé ce matin", "Pryvé", _SMALL_TOWN),
    ("Rezept in der Apotheke in Neustadt an der Aisch eingelöst", "Aisch", _SMALL_TOWN),
]

KEPT = [
    "مشيت في الشارع اليوم وأخذت الدواء عن طريق الفم",
    "đường huyết sáng nay 180, uống metformin 500 mg",
    "Սուրբ Ծննդյան տոնին դեղը վերջացավ",
    "மூன்று வேளை மாத்திரை சாப்பிடுகிறேன்",
    "je prends 2 et 3 comprimés de Doliprane 500",
    "ana 5adt el dawa el sob7",
    "zum Mittag gab es Frankfurter Würstchen und einen Berliner",
    "bitte in Ihrer Apotheke abholen",
    "la farmacia de Guardia abre hoy",
    "the pharmacy in January was closed",
    "took 2 tablets at 8 pm; Tablette nr 2 morgens und nr 3 abends",
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret", "kinds"), CAUGHT)
def test_places_go_for_both_sides(deid, index, text, secret, kinds):
    """(a)-(d): the redactor takes the place; the check sees its kind raw and nothing in the output."""
    probes.assert_free_text_caught(deid, index, text, secret, kinds)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", KEPT)
def test_ordinary_words_beside_the_new_readings_stay(deid, index, text):
    """(e): published as written, and the check is silent."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "street", "secret"), [
    ("أسكن في شارع التحرير منذ سنة", "12 El Tahrir St", "التحرير"),
    ("ana 3ayesh f share3 el Ta7rir", "Tahrir Street", "Ta7rir"),
    ("Μένω στην οδό Ερμού 15", "Ermou Street 15", "Ερμού"),
])
def test_the_owners_street_in_another_script_goes_for_both_sides(deid, text, street, secret):
    """(a) the owner's own street after its word in Arabic, Arabizi or Greek."""
    patient = probes.owner("Omar Hassan", street, "Cairo")
    probes.assert_owner_gone_for_both_sides(deid, patient, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_every_number_of_a_chain_goes(deid, index):
    """(b): no number of the chain is left, the street's name too."""
    out = probes.redacted(deid, "locuiesc pe Str. Lalelelor nr. 7 bl. B2 sc. 1 ap. 14")
    assert not any(part in out for part in (" 7", "B2", " 1 ", "14", "Lalelelor")), out
    out = probes.redacted(deid, "tôi ở số 12 ngõ 45 phố Huế")
    assert not any(part in out for part in ("12", "45", "Huế")), out
    assert not probes.free_text_kinds(index, out), out


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "secret"), [
    ("opgenomen in Alrijne ziekenhuis Alphen aan den Rijn", "Rijn"),
    ("Termin im Klinikum Frankfurt am Main", "Main"),
])
def test_a_towns_tail_goes_with_its_head(deid, index, text, secret):
    """(h): the whole town goes, and the check finds nothing left."""
    probes.assert_gone_and_clean(deid, index, text, secret)


@pytest.mark.verifies("REQ-DEID-001")
def test_the_check_sees_a_towns_tail_after_a_placeholder(index):
    """(h): "<LOCATION> aan den Rijn" is refused; "<LOCATION> de la ville" and "<LOCATION> am Montag" are not."""
    assert "town's tail after a placeholder" in probes.free_text_kinds(index, "Alrijne ziekenhuis <LOCATION> aan den Rijn")
    assert "town's tail after a placeholder" in probes.free_text_kinds(index, "wohne in <CITY> am Main")
    assert not probes.free_text_kinds(index, "il habite <LOCATION> de la ville")
    assert not probes.free_text_kinds(index, "Termin in <LOCATION> am Montag")


@pytest.mark.verifies("REQ-DEID-001")
def test_the_new_place_readings_cost_in_proportion(deid, index):
    """A street after its word in Arabic and Greek, a Romanian chain, an Armenian surname, a Tamil town, a town's
    adjective and a small town after a facility's word, repeated: time in proportion to the length."""
    piece = (f"{CAUGHT[0][0]}; {CAUGHT[2][0]}. {CAUGHT[8][0]}. {CAUGHT[10][0]}. {CAUGHT[12][0]}. {CAUGHT[14][0]}. "
             f"{CAUGHT[17][0]}. ")
    probes.assert_cost_in_proportion(deid, index, piece, sizes=(125, 500))
