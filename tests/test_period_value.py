"""The Period value type: a period string parsed once (text/period_value.py, issue #23)."""

from __future__ import annotations

import math

import pytest

from shangyu_analysis.text.period_value import Period, period_years
from shangyu_analysis.text.period_words import period_name


@pytest.mark.parametrize(
    ("text", "kind", "years"),
    [
        ("2020", "year", (2020, 2020)),
        ("2020H1", "within_year", (2020, 2020)),
        ("2021Q1-Q3", "within_year", (2021, 2021)),
        ("2021M1-M5", "within_year", (2021, 2021)),
        ("2020M11-2021M2", "within_year", (2020, 2021)),
        ("2016-2020", "span", (2016, 2020)),
        ("2016–2020", "other", (2016, 2020)),  # a catalog's en dash: not a FACTS shape, its years still count
        ("2020/2015", "comparison", (2015, 2020)),
        ("2021-02-23", "day", (2021, 2021)),
        ("as_of_publication", "as_of", None),
        ("-", "unknown", None),
        ("", "unknown", None),
        ("十三五", "other", None),
    ],
)
def test_every_shape_parses_to_its_kind_and_years(text, kind, years):
    period = Period.parse(text)
    assert (period.kind, period.years) == (kind, years)
    assert period_years(text) == years


def test_blank_values_are_unknown():
    for blank in (None, math.nan, float("nan"), "  "):
        assert Period.parse(blank).kind == "unknown"
        assert period_years(blank) is None


def test_the_parts_of_a_period_within_a_year():
    period = Period.parse("2020M11-2021M2")
    assert (period.unit, period.first, period.last, period.last_year) == ("M", 11, 2, 2021)
    quarter = Period.parse("2021Q2")
    assert (quarter.unit, quarter.first, quarter.last) == ("Q", 2, None)


def test_a_comparison_has_its_two_sides_in_order():
    period = Period.parse("2020H1/2019H1")
    assert period.later is not None and period.earlier is not None
    assert (period.later.text, period.earlier.text) == ("2020H1", "2019H1")
    assert period.named_years == (2020, 2019)
    assert Period.parse("2020").later is None


def test_whole_years_are_those_that_end_with_a_year():
    assert Period.parse("2020").in_whole_years and Period.parse("2016–2020").in_whole_years
    assert not Period.parse("2020H1").in_whole_years and not Period.parse("as_of_publication").in_whole_years


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("2021Q1-Q3", "2021年前三季度", "2021 Q1–Q3"),
        ("2020M11-2021M2", "2020年11月至2021年2月", "2020 Nov – 2021 Feb"),
        ("2020H1/2019H1", "2020年上半年比2019年上半年", "2020 H1 vs 2019 H1"),
        ("2016-2020", "2016—2020年", "2016–2020"),
        ("2021-02-23", "2021年2月23日", "2021-02-23"),
        ("2016–2020", "2016–2020", "2016–2020"),
    ],
)
def test_period_words_read_the_parsed_period(text, zh, en):
    assert (period_name(text, "zh"), period_name(text, "en")) == (zh, en)
