"""Number formatting and small labels in the two report languages (``zh`` and ``en``).

One function formats every figure the reports show, :func:`format_value`, so a number is written
the same way in the narrative, the tables and the chart labels:

- ``zh`` keeps the article's own units: ``156.72亿元``, ``16.7%``, ``第9位``, ``约52.9万平方米``;
- ``en`` converts to units an English reader knows and keeps the Chinese original in parentheses
  where the conversion changes the number: ``CNY 15.67 billion (156.72亿元)``, ``13,000``,
  ``about 529,000 m² (52.9万平方米)``.

Qualifiers say what the article claims: approximate (约 / about), lower bounds (超过 / more than,
至少 / at least), upper bounds (不超过 / at most, 不足 / less than) and ranges (``6–8万元``).
"""

from __future__ import annotations

import math
from fractions import Fraction

from shangyu_analysis.report.units import COUNTERS, UNIT_ALIASES, UNITS, UnitStyle, canonical_unit, english_style

__all__ = [
    "COUNTERS", "LANGS", "QUALIFIERS", "QUALIFIER_MARKERS", "UNITS", "UNIT_ALIASES", "UnitStyle", "axis_value",
    "canonical_unit", "format_number", "format_value", "ordinal_en", "qualifier_marker", "qualifier_name",
    "simple_fraction", "unit_label",
]

LANGS = ("zh", "en")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most", "range")

# A qualifier wraps the formatted number: {x} is the number with its unit.
_QUALIFIER_PATTERNS = {
    "zh": {
        "exact": "{x}",
        "approx": "约{x}",
        "more_than": "超过{x}",
        "less_than": "不足{x}",
        "at_least": "至少{x}",
        "at_most": "不超过{x}",
        "range": "{x}",
    },
    "en": {
        "exact": "{x}",
        "approx": "about {x}",
        "more_than": "more than {x}",
        "less_than": "less than {x}",
        "at_least": "at least {x}",
        "at_most": "at most {x}",
        "range": "{x}",
    },
}

# Short markers for chart labels and tables: a reader sees at a glance that a value is not exact.
QUALIFIER_MARKERS = {
    "exact": "",
    "approx": "≈",
    "more_than": ">",
    "less_than": "<",
    "at_least": "≥",
    "at_most": "≤",
    "range": "~",
}

_QUALIFIER_NAMES = {
    "zh": {
        "exact": "确数",
        "approx": "约数",
        "more_than": "下限(超过)",
        "less_than": "上限(不足)",
        "at_least": "下限(至少)",
        "at_most": "上限(不超过)",
        "range": "区间",
    },
    "en": {
        "exact": "exact",
        "approx": "approximate",
        "more_than": "lower bound (more than)",
        "less_than": "upper bound (less than)",
        "at_least": "lower bound (at least)",
        "at_most": "upper bound (at most)",
        "range": "range",
    },
}


_FRACTION_WORDS_EN = {
    Fraction(1, 2): "one half",
    Fraction(1, 3): "one third",
    Fraction(2, 3): "two thirds",
    Fraction(1, 4): "one quarter",
    Fraction(3, 4): "three quarters",
    Fraction(1, 5): "one fifth",
}


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def format_number(value: float, precision: int, lang: str, *, grouping: bool | None = None) -> str:
    """``value`` with ``precision`` decimals; English groups thousands (``68,309``), Chinese does not."""
    _check_lang(lang)
    precision = max(0, int(precision))
    if grouping is None:
        grouping = lang == "en"
    text = f"{float(value):,.{precision}f}" if grouping else f"{float(value):.{precision}f}"
    return "0" if text in ("-0", "-0.0") else text


def _strip_zeros(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def ordinal_en(number: int) -> str:
    """``1`` → ``1st``, ``9`` → ``9th``, ``12`` → ``12th``, ``22`` → ``22nd``."""
    number = int(number)
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def simple_fraction(value: float) -> Fraction | None:
    """The fraction with a denominator ≤ 12 that ``value`` rounds from, or None (0.3333 → 1/3)."""
    if not 0 < value < 1:
        return None
    fraction = Fraction(value).limit_denominator(12)
    return fraction if math.isclose(float(fraction), value, abs_tol=5e-4) else None


def _converted_decimals(unit_style: UnitStyle, precision: int) -> int:
    """Decimals of the English number so no digit of the published figure is lost (≤ 2 for billions)."""
    shift = -round(math.log10(unit_style.factor)) if unit_style.factor != 1 else 0
    decimals = max(0, precision + shift)
    return min(decimals, 2) if shift > 0 else decimals


def _plain(value: float, unit: str, precision: int, lang: str) -> str:
    """One number with its unit, no qualifier (the building block of :func:`format_value`)."""
    if unit == "rank":
        return f"第{int(round(value))}位" if lang == "zh" else ordinal_en(int(round(value)))
    if unit == "ratio":
        fraction = simple_fraction(value)
        if fraction is not None:
            if lang == "en" and fraction in _FRACTION_WORDS_EN:
                return _FRACTION_WORDS_EN[fraction]
            return f"{fraction.numerator}/{fraction.denominator}"
        return format_number(value, precision, lang)
    if lang == "zh":
        return f"{format_number(value, precision, lang)}{unit}"
    style = english_style(unit, value)
    if style is None:  # an unknown unit: keep it, bracketed, so the reader sees what the article said
        return f"{format_number(value, precision, lang)} ({unit})" if unit else format_number(value, precision, lang)
    number = format_number(value * style.factor, _converted_decimals(style, precision), lang)
    if style.factor < 1:
        number = _strip_zeros(number)
    return f"{style.prefix}{number}{style.suffix}"


def format_value(
    value: float,
    unit: str | None,
    qualifier: str | None,
    precision: int | None,
    lang: str,
    value_high: float | None = None,
) -> str:
    """Format one figure for the report.

    Parameters
    ----------
    value : float
        The number in ``unit`` (for ``range``, the low end).
    unit : str or None
        The article's unit (``亿元``, ``%``, ``家``, ``rank``, ``ratio`` …); aliases such as
        ``yi_yuan`` are accepted.
    qualifier : str or None
        One of :data:`QUALIFIERS`; None means exact.
    precision : int or None
        Decimals to display in the article's unit; None means as few as the value needs (≤ 2).
    lang : str
        ``"zh"`` or ``"en"``.
    value_high : float, optional
        The high end of a range.

    Returns
    -------
    str
        ``156.72亿元`` / ``CNY 15.67 billion (156.72亿元)``; ``约64亿元`` / ``about CNY 6.4 billion
        (64亿元)``; ``第9位`` / ``9th``; ``超过1/3`` / ``more than one third``.
    """
    _check_lang(lang)
    unit = canonical_unit(unit)
    qualifier = qualifier or "exact"
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {QUALIFIERS}")
    if precision is None or (isinstance(precision, float) and math.isnan(precision)):
        precision = len(_strip_zeros(f"{float(value):.2f}").partition(".")[2])
    precision = int(precision)
    has_high = value_high is not None and not (isinstance(value_high, float) and math.isnan(value_high))
    if has_high:
        low = _plain(value, unit, precision, lang)
        high = _plain(value_high, unit, precision, lang)
        text = _join_range(low, high, unit, precision, value, value_high, lang)
    else:
        text = _plain(value, unit, precision, lang)
        style = UNITS.get(unit)
        if lang == "en" and style is not None and style.show_original:
            text += f" ({format_number(value, precision, 'zh')}{unit})"
    return _QUALIFIER_PATTERNS[lang][qualifier].format(x=text)


def _join_range(low, high, unit, precision, value, value_high, lang) -> str:
    """``6–8万元`` (one unit for both ends), falling back to ``low–high`` when units differ."""
    if lang == "zh" and unit not in ("rank", "ratio"):
        return f"{format_number(value, precision, lang)}–{format_number(value_high, precision, lang)}{unit}"
    style = english_style(unit, value_high)
    if lang == "en" and style is not None and unit not in ("rank", "ratio"):
        decimals = _converted_decimals(style, precision)
        ends = [format_number(v * style.factor, decimals, lang) for v in (value, value_high)]
        if style.factor < 1:
            ends = [_strip_zeros(e) for e in ends]
        text = f"{style.prefix}{ends[0]}–{ends[1]}{style.suffix}"
        if style.show_original:
            text += f" ({format_number(value, precision, 'zh')}–{format_number(value_high, precision, 'zh')}{unit})"
        return text
    return f"{low}–{high}"


def qualifier_marker(qualifier: str | None) -> str:
    """``≈``, ``>``, ``≥`` … for chart labels; empty for exact values."""
    return QUALIFIER_MARKERS.get(qualifier or "exact", "")


def qualifier_name(qualifier: str | None, lang: str) -> str:
    """The qualifier in words for table columns and legends (``approximate`` / ``约数``)."""
    return _QUALIFIER_NAMES[_check_lang(lang)].get(qualifier or "exact", str(qualifier))


def unit_label(unit: str | None, lang: str) -> str:
    """A unit for an axis or a column heading (``亿元`` / ``CNY billion``)."""
    _check_lang(lang)
    unit = canonical_unit(unit)
    if lang == "zh":
        return {"rank": "位次", "ratio": "比例"}.get(unit, unit)
    if unit in ("rank", "ratio"):
        return {"rank": "rank", "ratio": "share"}[unit]
    style = UNITS.get(unit)
    return style.label_en if style is not None else unit


def axis_value(value: float, unit: str | None, lang: str) -> float:
    """The number a chart should plot on the axis labelled by :func:`unit_label` (亿元 → billions)."""
    unit = canonical_unit(unit)
    if lang == "en" and unit in UNITS:
        return float(value) * UNITS[unit].factor
    return float(value)
