"""The fourteenth black-box round's dates with no day: a month with its year ("admitted 11/2024", "2024-11", "Nov '24",
"III.2025", "desde marzo de 2025", "в июле 1966"; 16 of 22 published), the owner's birth month and year ("born 05/1995",
"born 11/51", "b. oct/58"; 13 of 17) and a named day with its year ("Diwali 2024", "MLK Day 2025"; 6 of 15). HIPAA Safe
Harbor removes every element of a date but the year, so the month goes with its year (``<DATE>`` takes a whole date).
The redactor (:func:`features.deid.more_shapes.month_year_recognizer`) takes them out and the check
(:func:`features.deid.leakshapes.has_month_year`, its own reading) sees them in the raw text and not in the output;
doses, scores, ratios and a year alone stay."""

from __future__ import annotations

import pytest

from features.deid.leakshapes import has_month_year
from tests.deid_probes import assert_cost_grows_linearly, assert_shape_caught, assert_shape_kept, redacted

KIND = "month and year of a date"



@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("admitted 11/2024 for chf", "11/2024"), ("refills picked up 03/2025 04/2025", "03/2025"),
    ("since 2024-11 on the new pump", "2024-11"), ("back in 11-2024", "11-2024"), ("last seen 11.2024", "11.2024"),
    ("started 2025/03", "2025/03"), ("Nov '24 was rough", "'24"), ("since Mar. '25", "'25"),
    ("Krankenhaus III.2025", "III.2025"), ("desde marzo de 2025 tomo la pastilla", "2025"),
    ("seit März 2023 nehme ich das", "2023"), ("od lipca 2022 biorę lek", "2022"), ("since November 2024", "2024"),
    ("sejak Maret 2024 minum obat", "2024"), ("depuis octobre 2019 je prends", "2019"),
    ("lo operaron en agosto del 2021", "2021"), ("aug/1999 was the stroke", "aug/1999"),
])
def test_anyones_month_and_year_is_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, KIND)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("I was born 05/1995", "05/1995"), ("birth 1951-11", "1951-11"), ("geb. 12.1979", "12.1979"),
    ("born 11/51", "11/51"), ("b. oct/58", "oct/58"), ("DOB nov/1951", "nov/1951"), ("b. 4/90", "4/90"),
    ("born 12-76 in lagos", "12-76"), ("nací en noviembre de 1951", "1951"), ("родился в июле 1966", "1966"),
    ("sinh tháng 8 năm 1962", "1962"), ("nata a settembre 1947", "1947"), ("dob: 7/43", "7/43"),
])
def test_a_birth_month_and_year_is_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, KIND)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("Diwali 2024 at my sisters", "2024"), ("MLK Day 2025 clinic closed", "2025"), ("Holi 2025", "2025"),
    ("Lunar New Year 2025 trip", "2025"), ("Juneteenth 2025", "2025"), ("Día de los Muertos 2024", "2024"),
    ("Thanksgiving 2024 I fell", "2024"), ("Eid al-Fitr 2025", "2025"), ("Christmas 2023 was in hospital", "2023"),
    ("Easter Sunday 2022 the stroke", "2022"), ("Rosh Hashanah 2024", "2024"), ("since Memorial Day '23", "'23"),
])
def test_a_named_day_with_its_year_is_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, KIND)


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took 12.5 mg at night", "1/2 tab twice a day", "pain 8/10 today", "BP 140/90 this am", "diagnosed in 2024",
    "COVID-19 shot", "PHQ-9 answers 1/2/1/0/0/1/2/0/1", "INR 2.10", "A1c 6.8", "Type 2 diabetes since 2019",
    "holiday party was fun", "walked 2000 steps", "ratio 4/1", "in the year 2025", "dose 10/2000 iu",
    "took 5/2025 mg", "about 3.5 hrs", "2.5/5 mg alternating", "scored 12/20 on the quiz",
])
def test_doses_scores_and_a_year_alone_are_kept(deid, text):
    assert_shape_kept(deid, text, KIND)


@pytest.mark.verifies("REQ-DEID-005")
def test_the_month_and_year_readings_run_in_linear_time(deid):
    pieces = ("03/2025 ", "Nov '24 ", "Diwali 2024 ", "born 11/", "2024-", "III.", "marzo de ")
    for piece in pieces:
        assert_cost_grows_linearly(lambda n, piece=piece: has_month_year(piece * n))
        assert_cost_grows_linearly(lambda n, piece=piece: redacted(deid, piece * n))


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize(("text", "secret"), [
    ("amma er 94 ára", "94"), ("senelei 94 metai", "94"), ("tá sí 94 bliain d'aois", "94"), ("nanna għandha 94 sena", "94"),
    ("দাদি ৯৪ বছর", "৯৪"), ("әжем 94 жаста", "94"), ("տատս 94 տարեկան է", "94"), ("አያቴ 94 ዓመቷ ነው", "94"),
    ("эмээ 94 настай", "94"), ("vanaema on 96 aastane", "96"), ("бабуля, 101 рік", "101"), ("nenek 93 tahun", "93"),
    ("ბებია 97 წლის არის", "97"), ("bibi ana 95 miaka", "95"), ("دادی ۹۲ ساله است", "۹۲"), ("dede 98 yaşında", "98"),
])
def test_an_age_over_89_before_the_word_for_years_of_many_languages_is_caught(deid, text, secret):
    assert_shape_caught(deid, text, secret, "age over 89")


@pytest.mark.verifies("REQ-DEID-005")
@pytest.mark.parametrize("text", [
    "took 100 answers", "94 shoes in the closet", "glucose 94 ára", "she is 45 ára",
    "seit 95 Jahren verheiratet", "90 late doses", "100 salt tabs", "walked 94 laps",
])
def test_figures_before_other_words_or_young_ages_are_kept(deid, text):
    assert_shape_kept(deid, text, "age over 89")


@pytest.mark.verifies("REQ-DEID-005")
def test_the_cldr_year_words_are_generated_from_babel():
    from features.deid.agewords import CLDR_YEAR_WORDS, generate_year_words
    assert generate_year_words() == CLDR_YEAR_WORDS
