"""The lead of a list of numbered points (一是…。二是…。): the sentence before the first point, which names the period
the points report on (1—5月重庆高新区工业经济扩量提质成效明显. 一是规模总量快速增长。…二是优势产业持续放量。电子信息产业
实现产值142.6亿元; 重庆市经信委2014年聚焦项目引进…,全市工业项目进展顺利。\\n一是上下联动开展招商引资。…签订项目90个).

Project-wide ruling 1: a lead that governs what follows states the period of every figure it governs, to the end of
its list. A list of points 一是, 二是, … is governed by the sentence just before its first point, when that sentence holds
no figure (a lead, not an ordinary sentence whose period the points would only carry on): a figure in a point, whose
period is inferred by the other rules and equals a period that lead names, states it. The list runs on in its line,
and over the lines that open on a point (二是…, 三是…); a line that does not open on one ends it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.text.periods import TimeExpression

LOOK_BACK = 1500  # how far before a figure its list's first point is looked for
LEAD_LENGTH = 200  # the longest lead sentence read
_FIRST_POINT = re.compile(r"(?:^|(?<=[。！？!?.\s]))[ \u3000]*一是")
_POINT_LINE = re.compile(r"\n[ \u3000]*[一二三四五六七八九十]+是")
_POINT = re.compile(r"(?:^|(?<=[。！？!?.\s]))[ \u3000]*[一二三四五六七八九十]+是")
_LEAD_KINDS = frozenset({"point", "back", "span"})


def first_point(simple: str, start: int) -> int | None:
    """Where the list of points the figure at ``start`` stands in opens (its 一是), or None when it stands in none:
    the last 一是 at a sentence's start in the ``LOOK_BACK`` characters before it, with every line between them
    opening on a point."""
    lo = max(0, start - LOOK_BACK)
    found = None
    for m in _FIRST_POINT.finditer(simple, lo, start):
        found = m
    if found is None:
        return None
    first = found.end() - 2
    breaks = simple.count("\n", first, start)
    if breaks and len(_POINT_LINE.findall(simple, first, start)) != breaks:
        return None
    return first


def lead_of_points(simple: str, first: int) -> tuple[int, int] | None:
    """The sentence just before the first point at ``first`` (blank space and line breaks between them passed over),
    as (begin, end), or None when there is none or it is longer than ``LEAD_LENGTH``."""
    end = first
    while end > 0 and simple[end - 1] in " \u3000\n\t":
        end -= 1
    if end == 0:
        return None
    begin = end - 1
    while begin > 0 and FULL_STOP.match(simple, begin - 1) is None:
        begin -= 1
    if end - begin > LEAD_LENGTH:
        return None
    return begin, end


def points_lead(
    simple: str,
    start: int,
    value: str,
    *,
    times: list[TimeExpression],
    values: list[str],
    time_ends: list[int],
    figure_starts: list[int],
) -> TimeExpression | None:
    """The time expression in the lead of the list of points the figure at ``start`` stands in that names ``value``,
    when that lead holds no figure and the figure's own point names no period before it (二是供给稳健。上半年,三次产业
    …。全区农林牧渔业增加值同比增长7.9%: the point's own lead); None otherwise."""
    if simple.find("一是", max(0, start - LOOK_BACK), start) < 0:  # a substring test first: most figures are in none
        return None
    first = first_point(simple, start)
    if first is None or (lead := lead_of_points(simple, first)) is None:
        return None
    begin, end = lead
    own = first
    for m in _POINT.finditer(simple, first, start):
        own = m.start()
    j = bisect.bisect_left(time_ends, own + 1)
    if j < len(times) and times[j].start < start:
        return None
    k = bisect.bisect_left(figure_starts, begin)
    if k < len(figure_starts) and figure_starts[k] < end:
        return None
    k = bisect.bisect_left(time_ends, begin + 1)
    while k < len(times) and times[k].start < end:
        if times[k].start >= begin and times[k].kind in _LEAD_KINDS and values[k] == value:
            return times[k]
        k += 1
    return None
