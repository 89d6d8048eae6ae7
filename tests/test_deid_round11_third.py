"""De-identification, eleventh round (third parties and staff): names after a relation word in Armenian, Gurmukhi,
Gujarati, Bengali, Telugu, Kannada, Sinhala, Khmer, Ge'ez and Yiddish; names spelled letter by letter; payment handles;
lower-case surnames after a staff role and staff surnames in shared policy labels; small towns in lower case. Each
shape-based kind is redacted by the redactor and seen by the leak check's own reading in the text as written; the
words, medicines and shorthand beside them stay."""

from __future__ import annotations

import pytest

from features.deid.leakcheck import _staff_name_in_code
from features.deid.pipeline import is_policy_code
from features.deid.third_parties import more_script_name_spans, names_staff
from tests.deid_probes import redacted, third_party_kinds

# --------------------------------------------------------------------------- names after a relation word, more scripts

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "relation", "gone"), [
    ("Որդիս Արամը բերեց դեղերը", "Որդիս", "Արամը"),                          # Armenian
    ("իմ աղջիկը Անի Պետրոսյան կգա վաղը", "աղջիկը", "Պետրոսյան"),
    ("ਮੇਰਾ ਪੁੱਤਰ ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਕੱਲ੍ਹ ਆਵੇਗਾ", "ਪੁੱਤਰ", "ਹਰਪ੍ਰੀਤ"),                  # Gurmukhi
    ("ਗੁਆਂਢੀ: ਗੁਰਮੀਤ ਕੌਰ", "ਗੁਆਂਢੀ", "ਗੁਰਮੀਤ"),
    ("મારો દીકરો રાજેશ દવા લાવશે", "દીકરો", "રાજેશ"),                            # Gujarati
    ("আমার ছেলে রাহুল কাল আসবে", "ছেলে", "রাহুল"),                              # Bengali
    ("నా కొడుకు రవి రేపు వస్తాడు", "కొడుకు", "రవి"),                             # Telugu
    ("ನನ್ನ ಮಗಳು ಲಕ್ಷ್ಮಿ ನಾಳೆ ಬರುತ್ತಾಳೆ", "ಮಗಳು", "ಲಕ್ಷ್ಮಿ"),                      # Kannada
    ("මගේ පුතා නිමල් හෙට එයි", "පුතා", "නිමල්"),                               # Sinhala
    ("កូនប្រុសខ្ញុំ សុខា នឹងមក", "កូនប្រុសខ្ញុំ", "សុខា"),                           # Khmer, spaced
    ("ប្រពន្ធខ្ញុំចន្ទា", "ប្រពន្ធខ្ញុំ", "ចន្ទា"),                                   # Khmer, glued
    ("ወደይ ተስፋይ ጽባሕ ይመጽእ", "ወደይ", "ተስፋይ"),                                   # Tigrinya
    ("ወንድ ልጄ አበበ ነገ ይመጣል", "ወንድ", "አበበ"),                                  # Amharic, two-word relation
    ("ጎረቤቴ፡አልማዝ፡ነገ", "ጎረቤቴ", "አልማዝ"),                                      # Ge'ez word separators
    ("מײַן זון משה וועט קומען", "זון", "משה"),                                 # Yiddish, pointed
    ("מיין טאכטער רבקה איז דא", "טאכטער", "רבקה"),                              # Yiddish, unpointed
])
def test_names_after_a_relation_word_in_more_scripts(deid, text, relation, gone):
    out = redacted(deid, text)
    assert gone not in out and "<PERSON>" in out, out
    assert any(text[s:e].startswith(gone) or gone in text[s:e] for _, s, e, _ in more_script_name_spans(text)), text


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "ਮੇਰਾ ਪੁੱਤਰ ਕੱਲ੍ਹ ਆਵੇਗਾ",            # "my son will come tomorrow": no name after the relation word
    "আমার ছেলে আজ আসবে",
    "ወደይ ጽባሕ ይመጽእ",
    "Որդիս եկավ",                        # Armenian in lower case after the relation word: a verb, no name
    "metformin 500 mg ਦਵਾਈ",
])
def test_words_after_a_relation_word_that_are_no_name_stay(text):
    assert more_script_name_spans(text) == []


# --------------------------------------------------------------------------- names spelled letter by letter

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("my son M.a.r.c.u.s picks up", "M.a.r.c.u.s"),
    ("ask for M-a-r-c-u-s at the desk", "M-a-r-c-u-s"),
    ("m_a_r_c_u_s will call", "m_a_r_c_u_s"),
    ("her name is M a r c u s", "M a r c u s"),
    ("spell it K. A. H. U. please", "K. A. H. U"),
    ("the aide is T*s*o*s*i*e", "T*s*o*s*i*e"),
    ("neighbour: Y / a / z / z / i / e", "Y / a / z"),
    ("Ž-o-f-i-a from church", "Ž-o-f-i-a"),
    ("сосед П.е.т.р.о.в", "П.е.т.р.о.в"),
])
def test_names_spelled_letter_by_letter(deid, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert "name spelled letter by letter" in third_party_kinds(text)  # the check's own reading of the text as written
    assert "name spelled letter by letter" not in third_party_kinds(out), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "take 1 tab p.o. q.d. and b.i.d.", "y n y y n this week", "x x x x", "at 8 a.m. - 8 p.m.",
    "vitamins A, B, C, D daily", "A.S.A.P. please", "I am OK", "dose at 9 a.m. and 9 p.m. with food",
    "m e t f o r m i n", "see you at 5 pm", "A B C D E vitamins", "s p o k e n slowly", "h e l p",
])
def test_shorthand_tallies_and_medicines_are_no_spelled_name(deid, text):
    assert "name spelled letter by letter" not in third_party_kinds(text)
    assert "<PERSON>" not in redacted(deid, text)


# --------------------------------------------------------------------------- payment handles

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("pay me back on $KahuNgata", "KahuNgata"),
    ("cash app $marcus_t88", "marcus_t88"),
    ("cashapp: $Tsosie-Fam", "Tsosie-Fam"),
    ("zelle it to marcustsosie88 please", "marcustsosie88"),
    ("Zelle … marcustsosie88", "marcustsosie88"),
    ("venmo @kahu-ngata for the copay", "kahu-ngata"),
    ("send it by Venmo to KahuNgata tonight", "KahuNgata"),
    ("paypal me at jdoe_1975", "jdoe_1975"),
    ("revolut: @marcus.t", "marcus.t"),
])
def test_payment_handles(deid, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert {"cashtag", "payment handle"} & set(third_party_kinds(text)), text
    assert not {"cashtag", "payment handle"} & set(third_party_kinds(out)), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "kept"), [
    ("paid the copay with zelle yesterday", "yesterday"), ("my copay was $20 by venmo", "$20"),
    ("zelle sent 20 dollars on 12/3", "20 dollars"), ("it would be wise to take it with food", "take it with food"),
    ("the $USD price went up", "$USD"), ("venmo me the copay tmrw pls", "the copay tmrw pls"),
])
def test_sums_and_words_after_a_payment_service_stay(deid, text, kept):
    out = redacted(deid, text)
    assert kept in out and "<ID>" not in out, out
    assert not {"cashtag", "payment handle"} & set(third_party_kinds(text)), text


# --------------------------------------------------------------------------- staff surnames in lower case

@pytest.mark.verifies("REQ-DEID-003", "REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("pharmacist yazzie said take it with food", "yazzie"),
    ("dr. nakamura changed my dose", "nakamura"),
    ("nurse okafor called", "okafor"),
    ("the cardiologist mbeki wants labs", "mbeki"),
    ("ask therapist tsinajinnie about it", "tsinajinnie"),
    ("Dr nwachukwu's office called", "nwachukwu"),
    ("podiatrist begaye checked my feet", "begaye"),
])
def test_lower_case_surnames_after_a_staff_role(deid, text, secret):
    out = redacted(deid, text)
    assert secret not in out, out
    assert "staff name in lower case" in third_party_kinds(text)
    assert "staff name in lower case" not in third_party_kinds(out), out


@pytest.mark.verifies("REQ-DEID-006", "REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "pharmacist recommended taking it with food", "nurse practitioner said fine", "the doctor visit went well",
    "nurse pls call me back", "dr appointment moved", "pharmacist gave me metformin", "the nurse line was busy",
])
def test_english_words_after_a_staff_role_stay(deid, text):
    assert "<PERSON>" not in redacted(deid, text)
    assert "staff name in lower case" not in third_party_kinds(text)


class _NoOwners:
    """An identifier index that finds nothing: what is left is the label's own shape."""

    def embeds_identifier(self, value: str) -> bool:
        return False


@pytest.mark.verifies("REQ-DEID-004", "REQ-DEID-005")
@pytest.mark.parametrize("label", ["nurse-yazzie@2", "dr_nakamura-v1", "rph.okafor:3", "Nurse-Begaye@1"])
def test_staff_surnames_in_shared_policy_labels(label):
    assert names_staff(label)
    assert not is_policy_code(label, _NoOwners())  # type: ignore[arg-type]
    assert _staff_name_in_code(label)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("label", ["explore-09@1", "fixed-09", "reminder@3", "nurse-09@1", "explore-18@1"])
def test_codes_without_a_staff_name_stay_codes(label):
    assert not names_staff(label) and not _staff_name_in_code(label)
    assert is_policy_code(label, _NoOwners())  # type: ignore[arg-type]


# --------------------------------------------------------------------------- small towns in lower case

@pytest.mark.verifies("REQ-DEID-003")
@pytest.mark.parametrize(("text", "secret"), [
    ("lives in chinle now", "chinle"),
    ("drove to kayenta for refills", "kayenta"),
    ("my sister in tuba city has my pills", "tuba city"),
    ("tuba city clinic was closed", "tuba city"),
    ("moving near kayenta next month", "kayenta"),
    ("she works at window rock hospital", "window rock"),
    ("back from shiprock yesterday", "shiprock"),
])
def test_small_towns_in_lower_case(deid, text, secret):
    assert secret not in redacted(deid, text)


@pytest.mark.verifies("REQ-DEID-006")
@pytest.mark.parametrize("text", [
    "i feel tired and dizzy in the morning", "hope the refill comes soon", "at home in bed",
    "took my metformin with orange juice", "my city has a new pharmacy", "mobile app keeps crashing",
    "walked 2/3 of a mile", "i was in a den of nurses", "hola, la casa is quiet", "back in a mile or so",
])
def test_ordinary_lower_case_words_are_no_town(deid, text):
    assert "<CITY>" not in redacted(deid, text)
