"""Rounding that never overstates (issue #14): a displayed bound, parsed back, never claims more than the bound.

An upper bound (less than, at most) is rounded up at the displayed precision, a lower bound (more than, at
least) down — in the sentence form of both languages, in its Chinese original in English text, and in the
chart form. An approximate input makes an approximate bound, worded as such in both languages.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shangyu_analysis.report.format import format_period, format_value, to_display, value_label
from shangyu_analysis.report.numbers import FLOAT_NOISE, round_directed, simple_fraction
from shangyu_analysis.report.units import english_style
from shangyu_analysis.schema import LOWER_BOUNDS, UPPER_BOUNDS

NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:/\d+)?")
UNITS = ["%", "亿元", "万元", "元", "个", "万平方米", "公顷", "万家", "ratio"]
FRACTION_WORDS = {
    "one half": Fraction(1, 2),
    "one third": Fraction(1, 3),
    "two thirds": Fraction(2, 3),
    "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4),
    "one fifth": Fraction(1, 5),
}


def _parse(token: str) -> float:
    return float(Fraction(token)) if "/" in token else float(token.replace(",", ""))


def _numbers(text: str) -> list[float]:
    found = [_parse(t) for t in NUMBER.findall(text)]
    return found or [float(f) for word, f in FRACTION_WORDS.items() if word in text]


def _safe(shown: float, bound: float, qualifier: str) -> bool:
    """``shown`` does not overstate ``bound``: not above a lower bound, not below an upper bound (float noise aside)."""
    slack = FLOAT_NOISE * max(1.0, abs(bound))
    return shown <= bound + slack if qualifier in LOWER_BOUNDS else shown >= bound - slack


BOUNDS = st.sampled_from(LOWER_BOUNDS + UPPER_BOUNDS)
VALUES = st.floats(min_value=-99_999, max_value=99_999, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(value=VALUES, precision=st.integers(0, 3), qualifier=BOUNDS, unit=st.sampled_from(UNITS))
def test_a_displayed_bound_never_overstates(value, precision, qualifier, unit):
    if unit == "ratio":
        value = abs(value) % 1 or 0.5
    zh = format_value(value, unit, qualifier, precision, "zh")
    assert _safe(_numbers(zh)[0], value, qualifier), (zh, value)
    en = format_value(value, unit, qualifier, precision, "en")
    numbers = _numbers(en)
    style = english_style(unit, value)
    factor = style.factor if style is not None and unit != "ratio" else 1.0
    assert _safe(numbers[0], value * factor, qualifier), (en, value)
    if "(" in en and style is not None and style.show_original:  # the Chinese original in brackets
        assert _safe(numbers[-1], value, qualifier), (en, value)
    for lang in ("zh", "en"):
        chart = value_label(value, unit, precision, qualifier, lang)
        shown, _ = to_display(value, unit, precision, lang)
        assert _safe(_numbers(chart)[0], shown, qualifier), (chart, value)


@settings(max_examples=300, deadline=None)
@given(value=VALUES, precision=st.integers(0, 4), direction=st.sampled_from([None, "down", "up"]))
def test_directed_rounding_is_the_nearest_safe_number(value, precision, direction):
    shown = round_directed(value, precision, direction)
    step = 10.0**-precision
    assert abs(shown - value) <= step * (1 + 1e-9) + FLOAT_NOISE * max(1.0, abs(value))
    if direction == "down":
        assert shown <= value + FLOAT_NOISE * max(1.0, abs(value))
    elif direction == "up":
        assert shown >= value - FLOAT_NOISE * max(1.0, abs(value))
    else:
        assert abs(shown - value) <= step / 2 * (1 + 1e-9)


@pytest.mark.parametrize(
    "value,qualifier,precision,zh,en,chart_en",
    [
        # The three bounds of the review (#11): 8.02 %, 11.78 % and 37.46 % were shown 8.0, 11.8 and 37.5.
        (8.01852, "less_than", 1, "不足8.1%", "less than 8.1%", "<8.1%"),
        (11.7789, "at_least", 1, "至少11.7%", "at least 11.7%", "≥11.7%"),
        (37.4638, "at_least", 1, "至少37.4%", "at least 37.4%", "≥37.4%"),
        # An approximate input (64亿元左右) makes an approximate bound, worded as one.
        (8.01852, "approx_at_most", 1, "约8.1%以下", "about 8.1% or less", "≲8.1%"),
        (15.672, "less_than", 1, "不足15.7%", "less than 15.7%", "<15.7%"),
        # A value on the displayed precision stays as it is, float noise or not (604.5 / (1/3)).
        (
            1813.5000000000002,
            "less_than",
            1,
            "不足1813.5亿元",
            "less than CNY 181.35 billion (1813.5亿元)",
            "<181.35 bn",
        ),
        (680.0, "approx_at_least", 0, "约680亿元以上", "about CNY 68 billion (680亿元) or more", "≳68.0 bn"),
    ],
)
def test_the_review_bounds(value, qualifier, precision, zh, en, chart_en):
    unit = "%" if zh.endswith(("%", "%以下")) else "亿元"
    assert format_value(value, unit, qualifier, precision, "zh") == zh
    assert format_value(value, unit, qualifier, precision, "en") == en
    assert value_label(value, unit, precision, qualifier, "en") == chart_en


def test_a_fraction_is_shown_only_on_the_safe_side():
    assert simple_fraction(0.3335) == Fraction(1, 3)  # nearest, for an exact value
    assert simple_fraction(0.3335, "down") == Fraction(1, 3)  # 1/3 < 0.3335: safe for a lower bound
    assert simple_fraction(0.3335, "up") is None  # 1/3 would understate an upper bound
    assert format_value(0.3335, "ratio", "at_most", 3, "en") == "at most 0.334"
    assert format_value(1 / 3, "ratio", "more_than", 3, "zh") == "超过1/3"


@pytest.mark.parametrize(
    "period,basis,evidence,zh,en",
    [
        ("2020", "stated", "2020年", "2020年", "2020"),
        ("2016–2020", "stated", "“十三五”", "“十三五”(2016–2020年)", "2016–2020 (“十三五”)"),
        ("2021", "stated", "目前", "目前(发稿时)", "as of publication (目前)"),
        ("2020–2021", "stated", "去年以来", "去年以来(2020年起)", "since 2020 (去年以来)"),
        ("2020", "inferred", None, "推测为2020年", "presumably 2020"),
        ("2021–2025", "inferred", None, "推测为2021–2025年", "presumably 2021–2025"),
        (None, "unknown", None, "文中未注明", "no period stated"),
        (float("nan"), None, None, "文中未注明", "no period stated"),
        ("2019", None, None, "2019年", "2019"),  # a table without bases: a period is taken as stated
    ],
)
def test_periods_are_worded_by_their_basis(period, basis, evidence, zh, en):
    assert format_period(period, basis, "zh", evidence) == zh
    assert format_period(period, basis, "en", evidence) == en


def test_round_directed_rejects_an_unknown_direction():
    with pytest.raises(ValueError, match="rounding direction"):
        round_directed(1.25, 1, "sideways")
    assert math.isclose(round_directed(-8.01852, 1, "up"), -8.0) and math.isclose(
        round_directed(-8.01852, 1, "down"), -8.1
    )
