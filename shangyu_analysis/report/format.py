"""The one formatter of the reports: numbers, values with units and qualifiers, markers and unit labels.

A number is written the same way in the narrative, the notebook tables and the charts:

- :func:`format_value`, the sentence form: ``zh`` keeps the article's own units (``156.72亿元``, ``16.7%``,
  ``第9位``, ``约52.9万平方米``); ``en`` converts to units an English reader knows and keeps the Chinese
  original in parentheses where the conversion changes the number (``CNY 15.67 billion (156.72亿元)``,
  ``13,000``, ``about 529,000 m² (52.9万平方米)``);
- :func:`value_label`, the compact form of a chart's bar (``≈52.9万平方米`` / ``≈529k m²``), with
  :func:`axis_value` and :func:`unit_label` for the axis it stands on.

Qualifiers say what the article claims: approximate (约 / about), lower bounds (超过 / more than,
至少 / at least), upper bounds (不超过 / at most, 不足 / less than), approximate bounds (约…以上 / about …
or more: a bound computed with an approximate figure) and ranges (``6–8万元``); a chart marks them with
:func:`qualifier_marker`. A bound is rounded so that it never overstates (:mod:`.numbers`): an upper bound
up, a lower bound down, at the precision displayed — in the text form, its Chinese original and the chart
form alike. :func:`format_period` words a period by how it is known (stated, inferred, unknown). The words
come from :mod:`shangyu_analysis.report.labels`, the units from the unit table (:mod:`shangyu_analysis.schema.units`).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from shangyu_analysis.report.labels import check_lang, enum_label, label
from shangyu_analysis.report.numbers import (
    direction_of,
    format_number,
    ordinal_en,
    simple_fraction,
)
from shangyu_analysis.report.numbers import (
    strip_zeros as _strip_zeros,
)
from shangyu_analysis.report.units import ChartForm, EnglishForm, canonical_unit, chart_form, english_style
from shangyu_analysis.schema import PeriodBasis, Qualifier, qualifier_spec
from shangyu_analysis.schema.missing import is_missing
from shangyu_analysis.schema.units import unit_forms
from shangyu_analysis.text.period_value import Period

__all__ = [
    "QUALIFIERS",
    "axis_value",
    "canonical_unit",
    "direction_of",
    "format_number",
    "format_period",
    "format_value",
    "ordinal_en",
    "qualifier_marker",
    "qualifier_name",
    "short_unit",
    "simple_fraction",
    "to_display",
    "unit_label",
    "value_label",
]

QUALIFIERS = Qualifier.values()
_FRACTION_WORDS_EN = {
    Fraction(1, 2): "one half",
    Fraction(1, 3): "one third",
    Fraction(2, 3): "two thirds",
    Fraction(1, 4): "one quarter",
    Fraction(3, 4): "three quarters",
    Fraction(1, 5): "one fifth",
}


def _converted_decimals(unit_style: EnglishForm, precision: int) -> int:
    """Decimals of the English number so no digit of the published figure is lost (≤ 2 for billions)."""
    shift = -round(math.log10(unit_style.factor)) if unit_style.factor != 1 else 0
    decimals = max(0, precision + shift)
    return min(decimals, 2) if shift > 0 else decimals


def _plain(value: float, unit: str, precision: int, lang: str, direction: str | None = None) -> str:
    """One number with its unit, no qualifier (the building block of :func:`format_value`)."""
    if unit == "rank":
        return f"第{round(value)}位" if lang == "zh" else ordinal_en(round(value))
    if unit == "ratio":
        fraction = simple_fraction(value, direction)
        if fraction is not None:
            if lang == "en" and fraction in _FRACTION_WORDS_EN:
                return _FRACTION_WORDS_EN[fraction]
            return f"{fraction.numerator}/{fraction.denominator}"
        return format_number(value, precision, lang, direction=direction)
    if lang == "zh":
        return f"{format_number(value, precision, lang, direction=direction)}{unit}"
    style = english_style(unit, value)
    if style is None:  # an unknown unit: keep it, bracketed, so the reader sees what the article said
        number = format_number(value, precision, lang, direction=direction)
        return f"{number} ({unit})" if unit else number
    number = format_number(value * style.factor, _converted_decimals(style, precision), lang, direction=direction)
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
    """Format one figure for the report's text and tables.

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
        ``"zh"`` or ``"en"``; anything else is a :class:`~shangyu_analysis.errors.UserError`.
    value_high : float, optional
        The high end of a range.

    Returns
    -------
    str
        ``156.72亿元`` / ``CNY 15.67 billion (156.72亿元)``; ``约64亿元`` / ``about CNY 6.4 billion
        (64亿元)``; ``第9位`` / ``9th``; ``超过1/3`` / ``more than one third``.
    """
    check_lang(lang)
    unit = canonical_unit(unit)
    qualifier = qualifier or "exact"
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {QUALIFIERS}")
    if precision is None or is_missing(precision):
        precision = len(_strip_zeros(f"{float(value):.2f}").partition(".")[2])
    precision = int(precision)
    if value_high is not None and not is_missing(value_high):
        text = _join_range(unit, precision, value, value_high, lang)
    else:
        direction = direction_of(qualifier)
        text = _plain(value, unit, precision, lang, direction)
        forms = unit_forms(unit)
        if lang == "en" and forms is not None and forms.english.show_original:
            text += f" ({format_number(value, precision, 'zh', direction=direction)}{unit})"
    return label(f"qualifier_phrase.{qualifier}", lang, x=text)


def _join_range(unit: str, precision: int, value: float, value_high: float, lang: str) -> str:
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
    return f"{_plain(value, unit, precision, lang)}–{_plain(value_high, unit, precision, lang)}"


def qualifier_marker(qualifier: str | None) -> str:
    """``≈``, ``>``, ``≥`` … for chart labels; empty for exact values and ranges."""
    return qualifier_spec(qualifier).marker


def qualifier_name(qualifier: str | None, lang: str) -> str:
    """The qualifier in words for table columns and legends (``approximate`` / ``约数``)."""
    return enum_label(qualifier or "exact", lang, Qualifier)


_AS_OF_WORDS = ("目前", "截至目前", "至今", "现有", "当前")  # a stock at the time of writing


def format_period(period: object, basis: str | None, lang: str, evidence: object = None) -> str:
    """A period in words, by how it is known (:class:`~shangyu_analysis.schema.PeriodBasis`).

    ``stated`` shows the period, with the page's words when they are not just the year (``2016–2020
    (“十三五”)``; ``as of publication (目前)``; ``since 2020 (去年以来)``); ``inferred`` says ``presumably
    2020`` / ``推测为2020年``; ``unknown`` (or no period at all) says ``no period stated`` / ``文中未注明``.
    A missing basis is taken as stated when there is a period (tables published before bases existed).
    """
    check_lang(lang)
    parsed = Period.parse(None if is_missing(period) else period)
    text = parsed.text
    word = "" if is_missing(evidence) else str(evidence).strip()
    if not text or basis == PeriodBasis.UNKNOWN:
        return label("period_phrase.unknown", lang)
    shown = label("period_phrase.year", lang, period=text) if parsed.in_whole_years else text
    if basis == PeriodBasis.INFERRED:
        return label("period_phrase.inferred", lang, period=shown)
    if word in _AS_OF_WORDS:
        return label("period_phrase.as_of", lang, word=word)
    if word.endswith("以来") and re.match(r"\d{4}", text):  # the period starts with its first year
        return label("period_phrase.since", lang, word=word, start=text[:4])
    if word and word != label("period_phrase.year", "zh", period=text):
        return label("period_phrase.worded", lang, word=word, period=shown)
    return shown


# --- the compact form of charts ---------------------------------------------------------------------------
def short_unit(unit: str | None, lang: str) -> ChartForm:
    """How a chart shows ``unit`` (aliases accepted) in ``lang``; an unknown unit is shown as it is (zh) or bare (en)."""
    check_lang(lang)
    return chart_form(unit, lang)


def to_display(value: float, unit: str, precision: int, lang: str) -> tuple[float, int]:
    """Value and decimals in the chart's unit (no precision is invented or lost)."""
    shown = short_unit(unit, lang)
    decimals = max(0, int(precision) + shown.decimals_shift)
    # Billions keep at most 2 decimals, as the narrative writes them (CNY 66.73 billion).
    return value * shown.factor, min(decimals, 2) if shown.decimals_shift > 0 else decimals


def axis_value(value: float, unit: str | None, lang: str) -> float:
    """The number a chart plots on the axis labelled by :func:`unit_label` (亿元 → billions in English)."""
    return float(value) * short_unit(unit, lang).factor


def unit_label(unit: str | None, lang: str) -> str:
    """A chart axis's unit (``亿元`` / ``CNY billion``; ``数量(家)`` / ``firms``)."""
    return short_unit(unit, lang).label


def _chart_number(value: float, decimals: int, lang: str, direction: str | None = None) -> str:
    return format_number(value, decimals, lang, grouping=abs(value) >= 10000, direction=direction)


def value_label(
    value: float, unit: str, precision: int, qualifier: str, lang: str, value_high: float | None = None
) -> str:
    """A bar label: marker + number (+ unit suffix), e.g. ``≈52.9万平方米`` or ``>33.3%``."""
    shown, decimals = to_display(value, unit, precision, lang)
    text = _chart_number(shown, decimals, lang, direction_of(qualifier) if qualifier != "range" else None)
    if qualifier == "range" and value_high is not None and not is_missing(value_high):
        text += "–" + _chart_number(to_display(value_high, unit, precision, lang)[0], decimals, lang)
    return qualifier_marker(qualifier) + text + short_unit(unit, lang).suffix
