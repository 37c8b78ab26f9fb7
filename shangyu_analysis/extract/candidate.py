"""A candidate numeral as the classifiers see it, and the helpers that fill one in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from shangyu_analysis.schema import FigureKind
from shangyu_analysis.text.classifiers import RESTORED_UNIT
from shangyu_analysis.text.numerals import BASE_UNITS, SCALES

NAN = math.nan


class Retry(StrEnum):
    """Not a reason a numeral is rejected, but a request to ``figures.scan``: match again with a variant of the
    master pattern (a field of its own, so ``Candidate.reason`` is only ever a :class:`RejectReason`)."""

    UNWRAPPED_BREAK = "unwrapped_break"  # 增长11⏎2.5万家 on a short line: two things, match without the line break
    DOWNWARD_RANGE = "downward_range"  # 由2.37到1.94 is two numbers, not a range: match without a range


@dataclass(slots=True)
class Candidate:
    """One candidate numeral: offsets into the text, the parsed figure, or why it is not one."""

    start: int
    end: int
    value: float = NAN
    value_high: float = NAN
    unit: str = ""
    kind: str = FigureKind.OTHER
    scale: float = 1.0
    base_unit: str = ""
    factor: float = 1.0  # unit (without scale) -> base unit
    reason: str | None = None  # why it is not a figure (a RejectReason); None: a figure, unless ``retry`` is set
    retry: Retry | None = None  # match again differently (figures.scan) before deciding anything
    approx_inside: bool = False  # 10多万元, 300余家
    magnitude: bool = False  # 千亿, 万亿级: an order of magnitude, not a count
    bound: str | None = None  # a qualifier decided while classifying (前三名 -> at_most)


def reject(start: int, end: int, reason: str) -> Candidate:
    return Candidate(start, end, reason=reason)


def match_again(start: int, end: int, retry: Retry) -> Candidate:
    """No decision yet: ``figures.scan`` matches the text at ``start`` again with the variant ``retry`` names."""
    return Candidate(start, end, retry=retry)


def unit_fields(cand: Candidate, scale_word: str, base: str) -> None:
    kind, base_unit, factor = BASE_UNITS[base]
    cand.kind, cand.base_unit, cand.factor = kind, base_unit, factor
    cand.scale = SCALES.get(scale_word, 1.0)
    cand.unit = scale_word + ("个" if base == "大" else RESTORED_UNIT.get(base, base))
