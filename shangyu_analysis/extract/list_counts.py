"""Counts that name what the words right before them already name (round 9 of the figure grammar).

- A count right after a 、-list whose last member is joined by 和/及/与 counts that list: 通遼市、…、巴彥淖爾市和阿盟
  6個盟市 (data/corpus part V fv1_06) names six, counts six. Figure ruling 6 (data/corpus/SOURCES.md) reads it as a
  non-figure, as it does the plain 、-list (context.counts_listed_before, which takes 巴彥淖爾市和阿盟 for one member).
- A Chinese numeral and a measure word before an administrative suffix is a place's name, not a count: 九台市 and
  二道区 (长春, fv2_09) read as 九台 (nine machines) and 二道 (two courses) without it.

Both look at a bounded window before or after the count (linear time).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.schema import RejectReason
from shangyu_analysis.text.normalise import to_simplified

_HAN = r"[\u4e00-\u9fff]"
# The list: members of one to ten characters joined by 、, the last two by 和/及/与, ending right at the count.
_JOINED_LIST = re.compile(
    rf"(?<![0-9.%％、])(?P<items>(?:{_HAN}{{1,10}}、)+{_HAN}{{1,10}}?[和及与]{_HAN}{{1,10}})[ \t]*$"
)
_LIST_REACH = 80  # characters before the count that the list may fill
_JOINS = ("和", "及", "与")
_RAW_JOINS = ("和", "及", "与", "與")
# 九台市, 二道区, 七台河 is not (河 is no suffix): the suffixes of an administrative name.
_ADMIN_SUFFIXES = frozenset("市区區县縣旗镇鎮乡鄉")
# Measure words that do count cities and counties (三个市, 两座县城, 五市县, 三地市): these keep the count.
_COUNTING_MEASURES = (
    frozenset({"个", "個", "座", "大", "类", "類", "级", "級", "批", "地", "州", "盟"}) | _ADMIN_SUFFIXES
)


def counts_joined_list(mt: str, start: int, value: float) -> bool:
    """True when the count at ``start`` sums up the 、…和 list right before it (增长力、扩展力和改革力三个维度)."""
    raw = mt[max(0, start - _LIST_REACH) : start]
    # the cheap test, before simplifying (only 與 simplifies to a join, nothing to 、): no final join, no such list
    if "、" not in raw or not any(j in raw[-12:] for j in _RAW_JOINS):
        return False
    before = to_simplified(raw)
    tail = before[-12:]
    if "、" not in before or not any(j in tail for j in _JOINS):
        return False
    m = _JOINED_LIST.search(before)
    if m is None or m.group("items").endswith("等"):  # …和…等九大领域: 等 leaves the list open (a count, not a recap)
        return False
    items = m.group("items")
    last = items[items.rfind("、") + 1 :]
    return value == items.count("、") + 1 + any(j in last for j in _JOINS)


def names_a_place(mt: str, end: int, numeral: str, base: str) -> bool:
    """True for 九台市, 二道区: a Chinese numeral and a measure word that open an administrative name."""
    return bool(numeral) and len(base) == 1 and base not in _COUNTING_MEASURES and mt[end : end + 1] in _ADMIN_SUFFIXES


def named_before(mt: str, cand: Candidate, numeral: str, base: str) -> str | None:
    """Why a count (its unit a count's, no scale) is no figure by the two rules above, or None."""
    if counts_joined_list(mt, cand.start, cand.value):
        return RejectReason.ENUMERATION
    if names_a_place(mt, cand.end, numeral, base):  # not 四成县 (a share: the caller passes counts only)
        return RejectReason.LABEL
    return None
