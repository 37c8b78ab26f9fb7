"""A review governed by a lead that names its span (:class:`PeriodSpanLeads`, outermost of the period rules).

- *A span lead over a review.* A work report's review opens with a lead at the head of a line that names how many
  years it looks back on (过去四年,六安发展站上新的历史起点 / 四年来,全市上下… in fak1_06_luan_govreport_2022; 一、过去
  五年工作回顾 / 五年来,我们… in fm1_04_henan_govreport_2023; 回顾过去五年,…). The
  figures of the review whose period is that span (年均增长7.7%, 新增规上工业企业490户, 累计接待游客1.93亿人次 →
  ``2018-2021``) are governed by the lead: ``stated`` (ruling 1: "过去五年，……" followed by the section's figures),
  even under a run-in heading line (坚持发展为要,综合实力显著增强). Only the basis changes, and only for a figure
  whose period already reads as a span of as many years as the lead names; a year or part of a year (the end-year
  totals, 生产总值达到1923.5亿元 → ``2021``, and a level right before its 年均) keeps its basis, and so does a figure
  of a 连续 streak (its own span) and a figure under a span word that is the subject of 是 (过去五年,是…的五年).

The leads are found once per text (a line's first 12 characters); a figure is placed among them by bisection.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_plan_years import PeriodPlanYears
from shangyu_analysis.text.periods import PeriodFact

_NUMBERS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_N = r"([两三四五六七八九十]|[2-9]|10)"
# at the head of a line, set off by its comma or as a review's heading: 过去四年, / 四年来, / 回顾过去五年, /
# 一、过去五年工作回顾; not the subject of 是 (过去五年,是全椒发展历程中…的五年 in fi1_01_quanjiao_govreport_2021)
_LEAD = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]、)?(?:回[顾顧])?(?:(?:过去|過去)的?" + _N + r"年|" + _N + r"年[来來])"
    r"(?:[，,](?!是)|工作回[顾顧])",
    re.M,
)
_LEVEL = ("，年均", ",年均")  # 一般公共预算收入147.5亿元,年均增长6.9%: the level reached is of the end year
_STREAK = ("连续", "連續")  # 连续6年粮食总产稳定在…,播种面积保持在1.6亿亩: the streak's own span
_SPAN = re.compile(r"(\d{4})-(\d{4})")


class PeriodSpanLeads(PeriodPlanYears):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _span_leads: tuple[list[int], list[int]] | None = None  # (where each lead starts, the years it names)

    def _span_lead_list(self) -> tuple[list[int], list[int]]:
        """The span leads of the text, found once."""
        if self._span_leads is None:
            simple = self.simple
            starts: list[int] = []
            years: list[int] = []
            if "年" in simple:
                for m in _LEAD.finditer(simple):
                    word = m.group(1) or m.group(2)
                    starts.append(m.start())
                    years.append(_NUMBERS[word] if word in _NUMBERS else int(word))
            self._span_leads = (starts, years)
        return self._span_leads

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.basis != "inferred":
            return fact
        if len(fact.value) == 9 and self._under_span_lead(start, end, fact.value):
            # 过去四年,… / 坚持发展为要,综合实力显著增强 / …年均增长7.7% (fak1_06_luan_govreport_2022): stated
            return PeriodFact(fact.value, "stated", fact.evidence)
        return fact

    def _under_span_lead(self, start: int, end: int, value: str) -> bool:
        """Whether a figure of a span of years follows a span lead naming as many years."""
        span = _SPAN.fullmatch(value)
        if span is None:
            return False
        simple = self.simple
        if simple.startswith(_LEVEL, end) or any(w in simple[max(0, start - 30) : start] for w in _STREAK):
            return False
        starts, years = self._span_lead_list()
        at = bisect.bisect_right(starts, start) - 1
        return at >= 0 and years[at] == int(span.group(2)) - int(span.group(1)) + 1
