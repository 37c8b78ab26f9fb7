"""Numbers in a list that write their unit once, at the end.

- 分别为0.15、-5.64、1.34个百分点; 分别拉动增长2.1和2.4个百分点: each bare number takes the unit
  of the figure that closes the list;
- 低了4、5%: two consecutive whole numbers joined by 、 are a colloquial range (4–5%).

Runs over the classified candidates of :func:`shangyu_analysis.extract.figures.scan`, where a bare
number is a candidate rejected as ``bare_number`` that kept its value.
"""

from __future__ import annotations

import math
import re

from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.extract.families import MINUS_SIGNS, take_sign
from shangyu_analysis.schema import RejectReason

_LIST_SEPARATOR = re.compile(r"[ \t]*(?:、|和|与|與|及)[ \t]*[-−]?")  # a minus belongs to the next member


def _is_bare(cand: Candidate) -> bool:
    return cand.reason == RejectReason.BARE_NUMBER and not math.isnan(cand.value)


def _joined(found: list[Candidate], k: int, mt: str) -> bool:
    """Whether ``found[k]`` follows ``found[k - 1]`` across a list separator only."""
    return _LIST_SEPARATOR.fullmatch(mt, found[k - 1].end, found[k].start) is not None


def share_units(found: list[Candidate], mt: str) -> list[Candidate]:
    """``found`` with list members given the closing figure's unit (in text order, one pass)."""
    out: list[Candidate] = []
    k = 0
    while k < len(found):
        if not _is_bare(found[k]):
            out.append(found[k])
            k += 1
            continue
        end = k + 1  # the run of bare numbers found[k:end], then the figure that closes the list
        while end < len(found) and _is_bare(found[end]) and _joined(found, end, mt):
            end += 1
        closing = found[end] if end < len(found) and _joined(found, end, mt) else None
        if closing is None or closing.reason is not None or not math.isnan(closing.value_high):
            out.extend(found[k:end])
        elif end - k == 1 and _colloquial_range(found[k], closing, mt):
            closing.start, closing.value_high, closing.value = found[k].start, closing.value, found[k].value
        else:
            for member in found[k:end]:
                _take_unit(member, closing, mt, out[-1].end if out else -1)
                out.append(member)
        k = end
    return out


def _colloquial_range(low: Candidate, high: Candidate, mt: str) -> bool:
    return (
        mt[low.end : high.start].strip() == "、"
        and low.value.is_integer()
        and high.value.is_integer()
        and high.value == low.value + 1
        and high.scale == 1.0
    )


def _take_unit(member: Candidate, closing: Candidate, mt: str, previous_end: int) -> None:
    member.reason = None
    member.unit, member.scale, member.kind = closing.unit, closing.scale, closing.kind
    member.base_unit, member.factor = closing.base_unit, closing.factor
    if member.start > 0 and mt[member.start - 1] in MINUS_SIGNS:
        take_sign(member, mt, previous_end)
