"""Number formatting in both languages: the published figure survives, qualifiers are said."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shangyu_analysis.errors import UserError
from shangyu_analysis.report.format import (
    QUALIFIERS,
    axis_value,
    canonical_unit,
    format_number,
    format_value,
    ordinal_en,
    qualifier_marker,
    qualifier_name,
    simple_fraction,
    unit_label,
    value_label,
)


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        ((156.72, "亿元", "exact", 2), "156.72亿元", "CNY 15.67 billion (156.72亿元)"),
        ((64, "亿元", "approx", 0), "约64亿元", "about CNY 6.4 billion (64亿元)"),
        ((1000, "亿元", "more_than", 0), "超过1000亿元", "more than CNY 100 billion (1000亿元)"),
        ((8, "亿元", "at_least", 0), "至少8亿元", "at least CNY 800 million (8亿元)"),
        ((604.5, "亿元", "exact", 1), "604.5亿元", "CNY 60.45 billion (604.5亿元)"),
        ((16.7, "%", "exact", 1), "16.7%", "16.7%"),
        ((68309, "元", "exact", 0), "68309元", "CNY 68,309"),
        ((9, "rank", "exact", 0), "第9位", "9th"),
        ((1 / 3, "ratio", "more_than", 4), "超过1/3", "more than one third"),
        ((1.3, "万家", "exact", 1), "1.3万家", "13,000"),
        ((52.9, "万平方米", "approx", 1), "约52.9万平方米", "about 529,000 m² (52.9万平方米)"),
        ((163.6, "公顷", "exact", 1), "163.6公顷", "163.6 hectares"),
        ((148, "家", "exact", 0), "148家", "148"),
        ((5, "个", "at_most", 0), "不超过5个", "at most 5"),
        ((5, "个", "less_than", 0), "不足5个", "less than 5"),
    ],
)
def test_format_value_matches_the_style_of_both_languages(args, zh, en):
    assert format_value(*args, "zh") == zh
    assert format_value(*args, "en") == en


def test_range_shares_one_unit():
    assert format_value(6, "万元", "range", 0, "zh", value_high=8) == "6–8万元"
    assert format_value(6, "万元", "range", 0, "en", value_high=8) == "CNY 60,000–80,000 (6–8万元)"
    assert format_value(3, "rank", "range", 0, "en", value_high=7) == "3rd–7th"


def test_aliases_and_unknown_units():
    assert canonical_unit("yi_yuan") == "亿元"
    assert format_value(93.69, "yi_yuan", None, 2, "zh") == "93.69亿元"
    # An unknown unit is kept rather than dropped: the reader still sees what the article said.
    assert format_value(3, "只羊", "exact", 0, "en") == "3 (只羊)"
    assert format_value(261.8, "亿美元", "exact", 1, "en") == "USD 26.18 billion (261.8亿美元)"
    assert format_value(2155, "台", "exact", 0, "en") == "2,155"


def test_precision_none_uses_the_value():
    assert format_value(75.6, "亿元", "exact", None, "zh") == "75.6亿元"
    assert format_value(46.0, "个", "exact", float("nan"), "zh") == "46个"


def test_bad_arguments_raise():
    # A bad language is the user's mistake (a notebook parameter): one UserError for every formatter.
    with pytest.raises(UserError, match="unknown language 'fr'; expected zh or en"):
        format_value(1, "%", "exact", 0, "fr")
    for call in (
        lambda: format_number(1, 0, "fr"),
        lambda: unit_label("亿元", "de"),
        lambda: value_label(1, "%", 0, "exact", "jp"),
        lambda: qualifier_name("approx", "fr"),
    ):
        with pytest.raises(UserError, match="unknown language"):
            call()
    with pytest.raises(ValueError, match="qualifier"):
        format_value(1, "%", "roughly", 0, "en")


def test_ordinals_and_fractions():
    assert [ordinal_en(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
    ]
    assert simple_fraction(0.333333) == 1 / 3 or str(simple_fraction(0.333333)) == "1/3"
    assert simple_fraction(0.41) is None
    assert format_value(0.41, "ratio", "exact", 3, "en") == "0.410"
    assert format_value(1.7955, "ratio", "exact", 2, "zh") == "1.80"


def test_labels_and_markers():
    assert qualifier_marker("approx") == "≈" and qualifier_marker("more_than") == ">"
    assert qualifier_marker("exact") == "" and qualifier_marker("range") == ""  # a range shows low–high
    assert qualifier_name("approx", "en") == "approximate" and qualifier_name("approx", "zh") == "约数"
    assert qualifier_name(None, "zh") == "确数"
    assert unit_label("亿元", "en") == "CNY billion" and unit_label("亿元", "zh") == "亿元"
    assert axis_value(156.72, "亿元", "en") == pytest.approx(15.672)
    assert axis_value(156.72, "亿元", "zh") == 156.72
    # Chart axes: words for pseudo-units and counters, from the label table.
    assert unit_label("rank", "zh") == "位次" and unit_label("rank", "en") == "rank"
    assert unit_label("家", "zh") == "数量(家)" and unit_label("家", "en") == "firms"
    assert unit_label("座", "en") == "count"  # a counter never puts Chinese on an English axis
    assert unit_label("yi_yuan", "en") == "CNY billion"  # aliases too


def test_the_chart_form_agrees_with_the_text_form():
    """A bar label and the narrative write the same published figure (compact vs sentence form)."""
    assert (
        value_label(156.72, "亿元", 2, "exact", "zh") == "156.72亿元" == format_value(156.72, "亿元", "exact", 2, "zh")
    )
    assert value_label(64, "亿元", 0, "approx", "zh") == "≈64亿元"
    assert (
        value_label(68309, "元", 0, "exact", "en") == "68,309"
        and format_value(68309, "元", "exact", 0, "en") == "CNY 68,309"
    )


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


@given(
    value=st.floats(min_value=0.01, max_value=99_999, allow_nan=False).map(lambda v: round(v, 2)),
    unit=st.sampled_from(["亿元", "万元", "元", "%", "家", "万家", "公顷", "万平方米"]),
    qualifier=st.sampled_from([q for q in QUALIFIERS if q != "range"]),
)
def test_every_format_keeps_the_published_figure(value, unit, qualifier):
    """zh shows the published number; en shows it or its exact conversion (no silent rounding)."""
    zh = format_value(value, unit, qualifier, 2, "zh")
    assert float(format_number(value, 2, "zh")) in _numbers(zh)
    en = format_value(value, unit, qualifier, 2, "en")
    numbers = _numbers(en)
    factor = {"亿元": 0.1 if value >= 10 else 100, "万元": 1e4, "万家": 1e4, "万平方米": 1e4}.get(unit, 1)
    assert any(
        math.isclose(n, round(value, 2)) or math.isclose(n, round(value * factor, 2), rel_tol=1e-3) for n in numbers
    ), (en, value)


def test_trillions_stay_trillions():
    assert format_value(1.8, "万亿元", "more_than", 1, "en") == "more than CNY 1.8 trillion (1.8万亿元)"


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (12.5, "万千瓦", "125 MW (12.5万千瓦)"),  # 1万千瓦 = 10,000 kW = 10 MW
        (3.2, "亿度", "0.32 TWh (3.2亿度)"),  # 1亿度 = 1e8 kWh = 0.1 TWh
        (250, "万标箱", "2,500,000 TEU (250万标箱)"),
        (5, "成", "50% (5成)"),
        (642, "列", "642"),
        (3, "个工作日", "3 working days"),
        (1.2, "GWh", "1.2 GWh"),
    ],
)
def test_units_of_other_regional_texts_read_in_english(value, unit, expected):
    assert format_value(value, unit, "exact", None, "en") == expected
