"""Read a quantity match of :data:`figure_patterns.CANDIDATE` into numbers: value, range, scale and unit
(:func:`read_quantity`), before :mod:`~shangyu_analysis.extract.rules` consults its context. A line break inside
digits is a PDF wrap only at the end of a long line; 1亿2000万元 and 一亿两千万元 count in their last scale (12000万元).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from shangyu_analysis.extract.candidate import Candidate, Retry, match_again, reject
from shangyu_analysis.schema import RejectReason
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.numerals import SCALES, chinese_number, split_trailing_scale

_WRAPPED_LINE_CHARS = 16  # a line break inside digits is a PDF wrap only at the end of a long line


def _number(arabic: str | None, chinese: str | None) -> tuple[float | None, str, str]:
    """(value, scale split off a Chinese numeral, simplified Chinese numeral or '')."""
    if arabic is not None:
        try:
            return float(arabic), "", ""  # most numbers are plain digits: float() takes them as they are
        except ValueError:  # 1,234 / 68 309 / 11⏎2.3 / 1·8 (the patterns' digits are ASCII: nothing else differs)
            return float("".join(arabic.replace(",", "").replace("·", ".").split())), "", ""
    numeral = to_simplified(chinese)  # type: ignore[arg-type]  # one of arabic, chinese is set
    head, scale = split_trailing_scale(numeral)
    if scale and ("万" in head or "亿" in head):  # 一亿两千万: the whole, counted in its last scale
        whole = chinese_number(numeral)
        return (None if whole is None else whole / SCALES[scale]), scale, numeral
    value = chinese_number(head) if head else 1.0
    return value, scale, numeral


# 三四 (位), 两三 (个), 七八 (成): neighbouring digits written together, a range from the first to the second.
_NEIGHBOUR_DIGITS = {a + b: n for n, (a, b) in enumerate(zip("一两三四五六七八", "二三四五六七八九"), start=1)}


# The groups of a quantity match, read in one call.
_QTY_GROUPS = (
    "q_arabic",
    "q_chinese",
    "q_more",
    "q_num2",
    "q_scale",
    "q_more2",
    "q_unit",
    "q_low",
    "q_scale1",
    "q_unit1",
)


class Quantity(NamedTuple):
    """What the quantity pattern matched, read into numbers (before any context is consulted)."""

    cand: Candidate
    arabic: str | None
    numeral: str  # the simplified Chinese numeral, or ''
    scale_word: str  # 万, 亿… ('' when none)
    base: str  # the unit without its scale ('' when none)


def read_quantity(m: re.Match[str], mt: str) -> Quantity | Candidate:
    """Numbers, scale and unit of a quantity match; a rejected Candidate when they do not make one."""
    start = m.start()
    end = m.end()  # every optional part carries its own leading whitespace: no trailing blanks
    arabic, chinese, more, num2, scale_raw, more2, unit_raw, low, scale1, unit1 = m.group(*_QTY_GROUPS)
    if arabic is not None and ". " in arabic and mt[start - 1 : start] in ("", "\n", " ", "\t"):
        return match_again(start, end, Retry.UNWRAPPED_BREAK)  # 1. 2万家 at a line's start: an item number
    if arabic is not None and "\n" in arabic:
        line_end = start + arabic.index("\n")
        if (
            line_end - (mt.rfind("\n", 0, line_end) + 1) < _WRAPPED_LINE_CHARS or arabic.count(".") > 1
        ):  # 29.764⏎62.27: two numbers in table cells, not one wrapped
            return match_again(start, end, Retry.UNWRAPPED_BREAK)
    value, split_scale, numeral = _number(arabic, chinese)
    neighbours = _NEIGHBOUR_DIGITS.get(numeral) if value is None else None
    if neighbours:  # 分列三四位, 两三个: two neighbouring digits are a range (3-4)
        value = float(neighbours)
    elif value is None:
        return reject(start, end, RejectReason.IDIOM)
    scale_word = to_simplified(scale_raw) if scale_raw else split_scale
    if low is not None:  # 1亿2000万元: counted in the last scale, 12000万元
        value, scale_word = value * 1e4 + float(low), "万"
    base = "".join(to_simplified(unit_raw).split()) if unit_raw else ""  # 个百⏎分点: PDF wrap
    if scale1 is not None:  # 10万~20万元: the low end counted in the high end's scale
        if scale_raw is None or (unit1 is not None and to_simplified(unit1).removesuffix("项目") != base):
            return match_again(start, end, Retry.DOWNWARD_RANGE)  # not one range
        value = value * SCALES[to_simplified(scale1) or split_scale] / SCALES[scale_word]  # 亿元至5亿元: 亿 itself
    cand = Candidate(start, end, value=value)
    cand.approx_inside = bool(more or more2 or "多" in base)
    base = base.replace("多", "")  # 两个多月: approximate, in 个月
    if neighbours:
        cand.value_high = value + 1
    if num2 is not None:
        high = (
            1.0  # 5000万元至亿元: one of the scale that follows
            if not num2
            else float(num2.replace(",", ""))
            if num2[0].isdigit()
            else chinese_number(split_trailing_scale(to_simplified(num2))[0] or "一")
        )
        if high is None or high <= value:
            return match_again(start, end, Retry.DOWNWARD_RANGE)
        cand.value_high = high
    return Quantity(cand, arabic, numeral, scale_word, base)
