"""A candidate numeral as the classifiers see it, and the helpers that fill one in."""

from __future__ import annotations

import math
from dataclasses import dataclass

from shangyu_analysis.schema import FigureKind
from shangyu_analysis.text.classifiers import RESTORED_UNIT
from shangyu_analysis.text.numerals import BASE_UNITS, SCALES

NAN = math.nan
# Not reasons a numeral is rejected, but signals to ``figures.scan`` to match again differently.
DOWNWARD_RANGE = "downward_range"  # 由2.37到1.94 is two numbers, not a range
UNWRAPPED_BREAK = "unwrapped_break"  # 增长11⏎2.5万家 on a short line: two things


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
    reason: str | None = None
    approx_inside: bool = False  # 10多万元, 300余家
    magnitude: bool = False  # 千亿, 万亿级: an order of magnitude, not a count
    bound: str | None = None  # a qualifier decided while classifying (前三名 -> at_most)


def reject(start: int, end: int, reason: str) -> Candidate:
    return Candidate(start, end, reason=reason)


def unit_fields(cand: Candidate, scale_word: str, base: str) -> None:
    kind, base_unit, factor = BASE_UNITS[base]
    cand.kind, cand.base_unit, cand.factor = kind, base_unit, factor
    cand.scale = SCALES.get(scale_word, 1.0)
    cand.unit = scale_word + ("个" if base == "大" else RESTORED_UNIT.get(base, base))
