"""A part of a year carried from the figure before to a rate of the yearly plan or a 其中 breakdown
(:class:`PeriodCarried`, outermost of the period rules).

- *A rate of the yearly plan.* 1至6月完成投资977.6亿元,占全年计划的52.4% (ft1_05_gansu_industry_h1_2024) or
  382个民营企业投资项目年度计划投资完成率68.62% after 年度计划投资完成率84.48% of 前三季度 (fag2_09_yunnan_projects_q3_2025):
  the share of the year's plan done is of the months done so far, not of the year the words 全年计划 name. Read as that
  bare year, it takes the part of the same year of the figure before in its paragraph, or of the last such rate
  (within ``_RATE_REACH``).
- *A 其中 breakdown.* 1—8月,全省完成工业投资…同比增长15.5%。其中煤、焦、冶、電四大傳統產業完成投資1236.4億元
  (fag1_04_shanxi_industry_m1m8_2013): a sentence opening 其中 with no time of its own breaks down the figure before;
  read as the bare year, it takes that figure's part of the same year (ruling 1: a 其中 sentence belongs to its section).

The periods returned are remembered in order (the figures of a text are asked in order); nothing is scanned but the
few characters before the figure.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_batch_names import PeriodBatchNames
from shangyu_analysis.text.periods import PeriodFact

# 占全年计划的, 完成年度投资计划的, 年度计划投资完成率(超过), 超過計劃投資額 (words before the rate, folded to simple)
_PLAN_RATE = re.compile(
    r"(?:(?:全年|年度)(?:投资)?计划(?:投资)?(?:额)?的|计划(?:投资)?完成率(?:超过|达到|达|为|均高于|均超过)?|"
    r"超过(?:全年)?计划投资额?)(?:近|约)?$"
)
_PLAN_TAIL = 24  # the characters before a figure that may hold those words
_RATE_REACH = 600  # how far back the last rate of the yearly plan carries
_PART = re.compile(r"\d{4}(?:M\d{1,2}(?:-M\d{1,2})?|Q\d(?:-Q\d)?|H[12])")
_OWN_TIME = re.compile(r"\d{4}年|\d{1,2}月|季度|上半年|下半年|今年|全年|年度|以来|截至|当年|去年")
_BREAKDOWN = "其中"
_YEARLY_LIST = "年度计划"
_PLAN = "计划"
_LIST_REACH = 30
_PARAGRAPH_REACH = 300
_TARGET = "目标"
_TARGET_REACH = 10


def _part_of(value: str, year: str) -> bool:
    return value.startswith(year) and _PART.fullmatch(value) is not None


class PeriodCarried(PeriodBatchNames):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if not hasattr(self, "_figure_before"):
            self._figure_before: tuple[int, int, str] = (-1, -1, "")
            self._last_plan_rate: tuple[int, str] = (-1, "")
        value = found.value
        tail = self.simple[max(start - _PLAN_TAIL, 0) : start]
        is_rate = tail.find("计划") >= 0 and _PLAN_RATE.search(tail) is not None
        line = self.line_starts[bisect.bisect_right(self.line_starts, start) - 1]
        if len(value) == 4 and value.isdigit() and 0 <= self._figure_before[0] < start:
            found = self._carry_part(found, start, end, line, is_rate)
        if is_rate and _PART.fullmatch(found.value) is not None:
            self._last_plan_rate = (start, found.value)
        if start > self._figure_before[0]:
            self._figure_before = (start, line, found.value)
        return found

    def _carry_part(self, found: PeriodFact, start: int, end: int, line: int, is_rate: bool) -> PeriodFact:
        """The part of the year carried to a rate of the yearly plan or a 其中 breakdown (the module docstring)."""
        before = self._figure_before
        year = found.value
        simple = self.simple
        if is_rate:
            return self._of_plan_rate(found, start, line)
        if not _part_of(before[2], year):
            return found
        if before[1] != line:
            return self._next_paragraph(found, start, line, before)
        sentence = self._stop(start)
        if not simple.startswith(_BREAKDOWN, sentence) or _OWN_TIME.search(simple, sentence, start) is not None:
            return found
        if simple.find(_TARGET, end, end + _TARGET_REACH) >= 0:
            return found  # 圓滿完成省委30%的考核目標 (fag1_04): a target is not a figure of the months done
        if simple.find(_YEARLY_LIST, start, start + _LIST_REACH) >= 0:
            return (
                found  # 其中,382个民营企业投资项目年度计划… (faf2_08): a yearly list's count is of the year (ruling 17)
            )
        return PeriodFact(before[2], found.basis, found.evidence)

    def _of_plan_rate(self, found: PeriodFact, start: int, line: int) -> PeriodFact:
        """A rate of the yearly plan read as the year: the last such rate's part of it, or the figure's before."""
        year, before, last_rate = found.value, self._figure_before, self._last_plan_rate
        if start - last_rate[0] <= _RATE_REACH and _part_of(last_rate[1], year):
            return PeriodFact(last_rate[1], found.basis, found.evidence)
        if before[1] == line and _part_of(before[2], year):
            return PeriodFact(before[2], found.basis, found.evidence)
        return found

    def _next_paragraph(self, found: PeriodFact, start: int, line: int, before: tuple[int, int, str]) -> PeriodFact:
        """A paragraph with no time of its own, right after one of a part of the year, goes on with that part."""
        if found.basis != "inferred" or found.evidence or start - line > _PARAGRAPH_REACH:
            return found
        if self.simple.find(_PLAN, max(start - _PLAN_TAIL, line), start) >= 0:
            return found  # 全市计划播种面积1128万亩 (c04_daqing_q1_2017): a plan is of the year
        if self.simple.find(_YEARLY_LIST, start, start + _LIST_REACH) >= 0:
            return found  # 820个基础设施项目年度计划… (faf2_08): a yearly list's count is of the year (ruling 17)
        k = bisect.bisect_right(self.line_starts, start) - 1
        if k < 1 or self.line_starts[k - 1] != before[1] or _OWN_TIME.search(self.simple, line, start) is not None:
            return found
        return PeriodFact(before[2], found.basis, found.evidence)
