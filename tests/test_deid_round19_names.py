"""The eighteenth black-box round's names after titles and in device names (round 19), each both ways (recall first):

a. names after titles of Spanish, French, Italian and German courts, law and engineering ("la magistrada X",
   "le procureur X", "l'avv. X", "il geom. X", "Dipl.-Ing. X"), after a title said in more words ("la jueza de guardia
   X", "el guardia civil X", "la juge d'instruction X", "le lieutenant-colonel X"; ``peoplewords.TITLE_TAILS``), after
   "il pm" (``TITLES_AFTER_ARTICLES``), naval and religious titles ("Seaman X", "Rev. X", "Father Ó X"): the redactor
   takes the name out and the check (``leakpeople.PeopleLook._name_past_title``) sees it left; a title with no name
   after it stays;
b. a surname in a device's, host's or Wi-Fi network's name, glued by CamelCase, "_", "-" or ".", listed or not, after a
   name cue ("ssid=", "host", "network '…'"), in a Wi-Fi QR payload, or after "Watch de" (``contactwords
   .DEVICE_NAME_WORDS``, ``DEVICE_NAME_CUES``, ``DEVICE_OWNER_JOINS``); makers' and products' names stay.
"""

from __future__ import annotations

import pytest

from features.deid import leakcheck
from features.deid.people import _glued_device_names
from tests import deid_probes as probes

# --------------------------------------------------------------------------- a. names after titles

TITLED = [
    ("la magistrada Echeverría dictó sentencia", "Echeverría"),
    ("le procureur Vautrin a requis", "Vautrin"),
    ("la jueza de guardia Arrizabalaga firmó", "Arrizabalaga"),
    ("el juez de paz Etxeberria nos casó", "Etxeberria"),
    ("el guardia civil Urquiaga nos multó", "Urquiaga"),
    ("la juge d'instruction Vautrin convoque", "Vautrin"),
    ("le lieutenant-colonel Delacroix-Vautrin est passé", "Delacroix-Vautrin"),
    ("il pm Santangelo ha chiesto gli atti", "Santangelo"),
    ("l'avv. Guicciardini e il geom. Pellegatta", "Pellegatta"),
    ("l'avv. Guicciardini e il geom. Pellegatta", "Guicciardini"),
    ("l'Ing. Pellegatta ha portato le pillole", "Pellegatta"),
    ("la Mtra. Zubiría me ayudó", "Zubiría"),
    ("Dipl.-Ing. Oberhuber hat angerufen", "Oberhuber"),
    ("Father Ó Ceallacháin blessed the pills", "Ceallacháin"),
    ("Seaman Kowalewski and Ensign Przybyla visited", "Kowalewski"),
    ("Rev. Oyelaran prayed with me", "Oyelaran"),
]


@pytest.mark.verifies("REQ-DEID-001")
def test_the_owners_name_after_a_multi_word_title_goes(deid):
    probes.assert_owner_caught(deid, probes.owner("Itziar Arrizabalaga"), "la jueza de guardia Arrizabalaga me llamó",
                               "Arrizabalaga")


# --------------------------------------------------------------------------- b. names in device names

DEVICES = [
    ("wifi Casa_Etxeberria_5G drops at night", "Etxeberria"),
    ("SSID TheOyelaranFamily is slow", "Oyelaran"),
    ("PILLBOX_KOWALEWSKI_01 beeped twice", "KOWALEWSKI"),
    ("ssid=ZubiriaDom", "Zubiria"),
    ("Santangelo-Pixel8 paired fine", "Santangelo"),
    ("the Xbox-Oberhuber is on", "Oberhuber"),
    ("network 'ROGERS-9912 Vautrin' is down", "Vautrin"),
    ("WIFI:T:WPA;S:Brekkestad Hytte;P:x;;", "Brekkestad"),
    ("Galaxy Watch de Oyelaran paired", "Oyelaran"),
    ("host kpellegatta-desktop.local is up", "pellegatta"),
    ("PrzybylaHouse router restarted", "Przybyla"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "name", "kinds"), [(t, n, None) for t, n in TITLED]
                         + [(t, n, {"name in a device or network name"}) for t, n in DEVICES])
def test_a_name_after_a_title_or_in_a_device_name_goes(deid, index, text, name, kinds):
    """Titles (a) with any kind the check reads; device names (b) with the device kind."""
    probes.assert_free_text_caught(deid, index, text, name, kinds)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["ssid=QuinteroHome is down", "host rquintero-laptop.local"])
def test_another_patients_surname_glued_into_a_network_name_goes(deid, text):
    index = probes.two_patients_index()
    assert "name in a device or network name" in leakcheck.third_party_shapes(text)
    out = probes.redacted(deid, text)
    assert "uintero" not in out, out
    assert not leakcheck.third_party_shapes(out), out
    assert not index._free_text_counts((0, [(out, None)]))[0], out


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["took it at 9 pm Advil helped", "the guardia civil stopped the bus",
                                  "the juez de paz signed it", "la jueza de guardia no vino",
                                  "Rev. the engine slowly", "the pastor was kind",
                                  "my wifi Sucks today", "NETGEAR-5G keeps dropping", "ThinkPad laptop needs charging",
                                  "connected to MacBook-Pro", "iPhone de trabajo", "family dinner at the house",
                                  "the dexcom-g7 sensor paired"])
def test_a_title_or_device_name_with_no_person_stays(deid, index, text):
    probes.assert_free_text_kept(deid, index, text)


# --------------------------------------------------------------------------- long runs

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize("piece", ["ssid=AbCd ", "Ab_Cd-", "wifi 'Ab ", "la jueza de guardia "])
def test_the_new_readings_cost_time_in_proportion(deid, index, piece):
    probes.assert_cost_grows_linearly(lambda n: _glued_device_names(piece * n, lambda w: True))
    probes.assert_cost_grows_linearly(lambda n: leakcheck.glued_device_name_names_someone(piece * n))
    probes.assert_cost_grows_linearly(lambda n: leakcheck.third_party_shapes(piece * n))


@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
def test_a_long_run_of_glued_names_costs_the_pipeline_time_in_proportion(deid, index):
    probes.assert_cost_in_proportion(deid, index, "AbCd_")


# --------------------------------------------------------------------------- c. lakes the check refused

@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["changed from Kurvelo last month, same pill?",
                                  "switched from Lillow to Aubra, same pill?"])
def test_a_medicines_brand_after_a_switch_is_no_person_to_the_check(deid, index, text):
    """``readingwords.NAMED_MEDICINE_BRANDS`` after "from"/"to" with a switching verb before or a pack word after:
    the redactor kept it (round 16) and the check refused it as "a name where a person stands"."""
    probes.assert_free_text_kept(deid, index, text)


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["babu yangu ana dawa nyingi", "dada yangu ana vidonge vingi"])
def test_a_swahili_possessive_is_no_name_to_the_check(index, text):
    """"yangu" (my) after the noun is a possessive (``peoplewords.POSSESSIVES``), no name before the verb "ana"."""
    assert not probes.free_text_kinds(index, text)


@pytest.mark.verifies("REQ-DEID-001")
def test_a_name_after_from_with_no_medicine_still_goes(deid, index):
    probes.assert_free_text_caught(deid, index, "a letter from Okonkwo arrived", "Okonkwo")
