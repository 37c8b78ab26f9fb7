"""Chinese numeral parsing and the unit/qualifier tables."""

from __future__ import annotations

import pytest

from shangyu_analysis.text.numerals import (
    BASE_UNITS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    chinese_number,
    is_magnitude_only,
    split_trailing_scale,
)


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("五", 5),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("三千二百零五", 3205),
        ("一千五", 1500),
        ("两千三百", 2300),
        ("三万五", 35000),
        ("十二万五千", 125000),
        ("两万亿", 2e12),
        ("千亿", 1e11),
        ("一亿二千万", 1.2e8),
        ("二〇二〇", 2020),
        ("五点五", 5.5),
        ("十七", 17),
        ("百", 100),
        ("万", 1e4),
        ("兩", 2),
    ],
)
def test_chinese_number(numeral, value):
    assert chinese_number(numeral.replace("兩", "两")) == pytest.approx(value)


@pytest.mark.parametrize("numeral", ["三四", "十百", "五点", "五点十", "零万"])
def test_malformed_numerals_are_none(numeral):
    assert chinese_number(numeral) is None


@pytest.mark.parametrize(
    "numeral, parts",
    [
        ("两千亿", ("两千", "亿")),
        ("两万亿", ("两", "万亿")),
        ("两千三百万", ("两千三百", "万")),
        ("万亿", ("", "万亿")),
        ("十二万五千", ("十二万五千", "")),
        ("八", ("八", "")),
    ],
)
def test_split_trailing_scale(numeral, parts):
    assert split_trailing_scale(numeral) == parts


@pytest.mark.parametrize("numeral, expected", [("千亿", True), ("万", True), ("十万", False), ("两千", False)])
def test_is_magnitude_only(numeral, expected):
    assert is_magnitude_only(numeral) is expected


def test_tables_use_known_labels():
    kinds = {
        "money",
        "percent",
        "percentage_point",
        "count",
        "area",
        "rank",
        "ratio",
        "multiple",
        "index",
        "duration",
        "other",
    }
    assert {kind for kind, _, _ in BASE_UNITS.values()} <= kinds
    qualifiers = {"approx", "more_than", "at_least", "at_most"}
    assert set(PREFIX_QUALIFIERS.values()) <= qualifiers and set(SUFFIX_QUALIFIERS.values()) <= qualifiers
    assert BASE_UNITS["公顷"][1:] == ("m²", 1e4) and BASE_UNITS["成"][1:] == ("%", 10.0)


@pytest.mark.parametrize("numeral", ["万万", "亿亿万", "十万万"])
def test_repeated_magnitudes_are_none_not_errors(numeral):
    assert chinese_number(numeral) is None
