"""What each figure is, for the checks any page gets (:mod:`fact_checks`): its role, its series key, its
period as numbers and the interval its rounding or qualifier allows.

A figure's *role* is read from the words just before it in its clause (from the last ，；。 to the figure):

- ``avg``: an average annual growth rate (年均增长8.4%), period a span of years (or one year Y after 由A年…至Y年
  in its sentence: the span A+1–Y);
- ``cum``: growth since a base year (比2015年增长50%; 增长1.3倍 — a multiple is growth × 100 %), period a
  comparison ``LATER/BASE``, a span from the base (十三五期间 … 比2015年) or a year after it;
- ``yoy``: growth over the same period a year earlier (同比增长, 比上年增长, or a bare 增长 after a level),
  period one year or part of one;
- ``level``: an amount (money, count, area…) that is not an increase (增加, 新增, 净增 … before it);
- anything else takes no part. A negative verb (下降, 减少, 回落) makes the growth negative.

A figure's *key* is its measure with growth words taken off (地区生产总值增速 → 地区生产总值 by the vocabulary's
``growth`` link; 其他:人均生产总值年均增速 → 人均地区生产总值 through the synonyms), so a level and its growth
meet. The interval of a figure is the value widened by half a unit of its last written digit (50% → 49.5–50.5;
8.4% → 8.35–8.45); approximate (约, 左右) widens it to two units or 2 % of the value, whichever is more; a lower
bound (超, 以上) runs to +∞, an upper bound to −∞; a range spans its two ends.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from shangyu_analysis.extract.measures import OTHER, vocabulary
from shangyu_analysis.schema import STATED_QUALIFIERS, FigureRecord, figure_records, opposite
from shangyu_analysis.text.normalise import fold_names

_STOP = "，,；;。！？!?\n"
_NEG = ("下降", "减少", "回落", "降低")
_VERB = r"(?P<verb>增长|增加|提高|上升|增|下降|减少|回落|降低|递增)"
_END = r"(?:了|为|达到?|约|近|超过|超|逾)*$"
_AVG = re.compile(r"(?:年均|年平均|平均每年)(?:增长|增|递增|提高|上升|下降|减少|增速|增幅)?" + _END)
_CUM = re.compile(r"(?:比|较)(?P<base>\d{4})年(?:末|底)?[^，,；;。]{0,6}?" + _VERB + _END)
_YOY = re.compile(r"(?:同比|比上年|较上年|比去年|比上年同期|较上年同期|比去年同期)?" + _VERB + _END)
_INCREMENT = re.compile(r"(?:增加|增长|新增|减少|下降|净增|增收|多|提高|扩大|增|减|超过上年)" + _END)
_FROM_TO = re.compile(r"由(?P<a>\d{4})年[^。；;]*?至(?P<b>\d{4})年")
_NOT_GROWTH = re.compile(r"占|比重|率|贡献|拉动|结构|两年平均")
_DIGITS = re.compile(r"\d+(?:\.(\d+))?")
_SHAPE = re.compile(r"^(?P<y>\d{4})(?P<sub>(?:H[12]|Q[1-4](?:-Q[1-4])?|M\d{1,2}(?:-M\d{1,2})?)?)$")
_SPAN = re.compile(r"^(?P<a>\d{4})-(?P<b>\d{4})$")
_COMPARISON = re.compile(r"^(?P<later>\d{4})/(?P<base>\d{4})$")
_PREFIX = re.compile(r"^(?:全区|全县|全市|全省|全国|全年|全州|全旗|现价|累计)")
_SUFFIX = re.compile(r"(?:年均增速|年均增长|平均增速|增速|增长率|增长|增幅|增加|增量|降幅|下降|总量)$")
LEVEL_KINDS = ("money", "count", "area", "other")
NOT_LEVEL_UNITS = ("%", "pp", "rank", "ratio", "times", "year")


@dataclass(frozen=True)
class Fact:
    """One figure as the generic checks see it."""

    fid: str
    role: str  # level, avg, cum, yoy
    key: str  # the measure without growth words: a vocabulary term or the text's own words
    term: bool  # whether key is a vocabulary term (then a pairing may span paragraphs)
    place: str
    period: str
    year: int  # the year of a level or yoy growth, the later year of cum, the span's end of avg
    sub: str  # the part of the year (H1, Q1-Q3, M1-M5) or ''
    base: int | None  # the base year of cum, the span's start of avg
    value: float  # in the stated unit; growth in % (a multiple for cum of kind multiple), negative for 下降
    low: float
    high: float
    qualifier: str
    unit: str
    kind: str
    paragraph: int
    sentence: str
    real: bool  # the growth may be at comparable prices (可比 in its sentence, or a value-added measure)
    start: int  # offset in the text


def half_unit(surface: str) -> float:
    """Half a unit of the last digit written: 8.4 → 0.05, 50 → 0.5 (a Chinese numeral counts as whole)."""
    match = _DIGITS.search(surface.replace(",", ""))
    return 0.5 * 10.0 ** -(len(match.group(1)) if match and match.group(1) else 0)


def interval(value: float, high: float | None, qualifier: str, half: float) -> tuple[float, float]:
    """The values a stated figure allows (see the module docstring)."""
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("less_than", "at_most"):
        return -math.inf, value
    if qualifier == "range" and high is not None and not pd.isna(high):
        return value - half, float(high) + half
    if qualifier == "approx":
        wide = max(2 * half, 0.02 * abs(value))
        return value - wide, value + wide
    return value - half, value + half


def clause_before(text: str, start: int) -> str:
    """The words of the figure's clause before it (from the last ，；。 or line end)."""
    cut = max(text.rfind(ch, 0, start) for ch in _STOP)
    return text[cut + 1 : start]


def series_key(measure: str) -> tuple[str, bool]:
    """(key, is a vocabulary term): the measure without its growth words (module docstring)."""
    vocab, measure = vocabulary(), fold_names(measure)
    for term, spec in vocab.terms.items():
        if spec.growth == measure:
            return term, True
    if measure in vocab.terms:
        return measure, True
    name = measure.removeprefix(OTHER)
    name = _SUFFIX.sub("", _PREFIX.sub("", name))
    name = _SUFFIX.sub("", name)
    if name in vocab.synonyms:
        return vocab.synonyms[name], True
    return name, False


def _later(
    base: int, shape: re.Match[str] | None, span: re.Match[str] | None, comparison: re.Match[str] | None
) -> int | None:
    """The later year of growth since ``base``: a comparison LATER/base, a span base(+1)–LATER (十三五期间,
    比2015年增长…), or one whole year after the base."""
    if comparison:
        later = int(comparison["later"]) if int(comparison["base"]) == base else None
    elif span:
        later = int(span["b"]) if int(span["a"]) in (base, base + 1) else None
    else:
        later = int(shape["y"]) if shape and not shape["sub"] else None
    return later if later is not None and later > base else None


def _role(
    row: FigureRecord, before: str, period: str, sentence_before: str
) -> tuple[str, int, str, int | None, str] | None:
    """(role, year, sub, base, verb) of a figure, or None when it takes part in no generic check."""
    kind = row.kind
    shape, span, comparison = _SHAPE.match(period), _SPAN.match(period), _COMPARISON.match(period)
    tail = before[-14:]
    if kind == "percent" and (avg := _AVG.search(tail)) and not _NOT_GROWTH.search(tail):
        if span:
            return "avg", int(span["b"]), "", int(span["a"]), avg.group(0)
        since = _FROM_TO.search(sentence_before)  # 由2016年的9.6亿元增加至2021年的20.7亿元,年均增长16.63%
        if shape and not shape["sub"] and since and since["b"] == shape["y"] and int(since["a"]) < int(since["b"]):
            return "avg", int(since["b"]), "", int(since["a"]) + 1, avg.group(0)
    cum = _CUM.search(before)
    if kind in ("percent", "multiple") and cum:
        later = _later(int(cum["base"]), shape, span, comparison)
        if later is not None:
            return "cum", later, "", int(cum["base"]), cum["verb"]
    yoy = _YOY.search(tail)
    if (
        kind == "percent"
        and shape
        and yoy
        and not _NOT_GROWTH.search(tail)
        and not _AVG.search(tail)
        and "年均" not in tail
    ):
        return "yoy", int(shape["y"]), shape["sub"], None, yoy["verb"]
    if (
        kind in LEVEL_KINDS
        and shape
        and row.base_unit not in NOT_LEVEL_UNITS
        and not _INCREMENT.search(tail)
        and row.qualifier != "range"
        and row.value > 0
    ):
        return "level", int(shape["y"]), shape["sub"], None, ""
    return None


def facts_of(figures: pd.DataFrame, text: str) -> list[Fact]:
    """The figures that take part in the generic checks, as :class:`Fact` (duplicates of a repeated sentence once)."""
    facts, seen = [], set()
    for row in figure_records(figures):
        place, period = str(row.place), str(row.period)
        if place in ("-", "", "nan") or "、" in place or row.qualifier not in STATED_QUALIFIERS:
            continue
        before = clause_before(text, int(row.start))
        sentence_start = max(text.rfind(ch, 0, int(row.start)) for ch in "。；;\n") + 1
        role = _role(row, before, period, text[sentence_start : int(row.start)])
        if role is None:
            continue
        kind, year, sub, base, verb = role
        key, term = series_key(str(row.measure))
        if key in ("", "-"):
            continue
        sign = -1.0 if any(verb.startswith(n) or n in verb for n in _NEG) else 1.0
        low, high = interval(float(row.value), row.value_high, row.qualifier, half_unit(str(row.surface)))
        low, high = (low, high) if sign > 0 else (-high, -low)
        qualifier = str(row.qualifier) if sign > 0 else opposite(str(row.qualifier))
        identity = (kind, key, place, period, float(row.value))
        if identity in seen:
            continue
        seen.add(identity)
        real = "可比" in str(row.sentence) or "增加值" in key or key in ("地区生产总值", "人均地区生产总值")
        facts.append(
            Fact(
                str(row.figure_id),
                kind,
                key,
                term,
                place,
                period,
                year,
                sub,
                base,
                sign * float(row.value),
                low,
                high,
                qualifier,
                str(row.unit),
                str(row.kind),
                -1 if pd.isna(row.paragraph) else int(row.paragraph),
                str(row.sentence),
                real,
                int(row.start),
            )
        )
    return facts
