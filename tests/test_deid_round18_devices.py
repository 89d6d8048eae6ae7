"""The seventeenth black-box round's leftover of device and network names (round 18, kind b): a piece of a device's,
a networked computer's or a Wi-Fi network's name ("DEREK-HOLLIS-PC", "laptop-okafor.local", "QUINTERO_HOME_5G")
that the name lists hold is a person's: the redactor takes it out and the check (its own pattern,
:func:`features.deid.leakcheck.device_name_names_someone`) sees it left; the owner's name part goes anywhere inside
such a name; names of makers and providers ("NETGEAR-5G", "TP-Link_5G") and device serials' shapes stay names of
nobody."""

from __future__ import annotations

import pytest

from features.deid.leakcheck import device_name_names_someone
from tests.deid_probes import assert_free_text_caught, assert_owner_caught, owner, redacted

DEVICES = [
    ("my phone hollis-iphone keeps dropping", "hollis"),
    ("the printer laptop-okafor.local is offline", "okafor"),
    ("wifi network OKAFOR-5G", "OKAFOR"),
    ("SSID: QUINTERO_HOME_5G password on the fridge", "QUINTERO"),
    ("synced from DEREK-HOLLIS-PC last night", "HOLLIS"),
    ("paired the meter with maria-ipad", "maria"),
]


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize(("text", "name"), DEVICES)
def test_a_name_in_a_device_or_network_name_goes(deid, index, text, name):
    assert device_name_names_someone(text), text
    assert_free_text_caught(deid, index, text, name)


@pytest.mark.verifies("REQ-DEID-001")
@pytest.mark.parametrize("text", ["my phone wexler-iphone died", "SSID: WEXLER_GUEST", "printer at wexler.local"])
def test_the_owners_name_in_a_device_name_goes(deid, text):
    assert_owner_caught(deid, owner("Walter Wexler"), text, "exler")


@pytest.mark.verifies("REQ-DEID-002")
@pytest.mark.parametrize("text", ["wifi: NETGEAR-5G", "reset the router, the TP-Link_5G one", "my home-made soup",
                                  "the follow-up at home", "insulin-pen.local is the pump's host"])
def test_makers_and_words_in_a_device_name_stay(deid, text):
    assert not device_name_names_someone(text), text
    assert redacted(deid, text) == text
