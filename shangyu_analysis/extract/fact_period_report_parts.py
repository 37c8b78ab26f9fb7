"""Months listed with 分别, a year's plan inside a quarter and 本年 inside a half-year report
(:class:`PeriodReportParts`, round 39, outermost of the period rules).

- *Months listed with 分别.* 其中7月、8月、9月分别同比增长28.4%、63.2%和17.3% (fap1_07_jilin_q3_2020): the k-th
  figure after 分别 takes the k-th month of the list, not the last month named.
- *A year's plan.* 二季度集中开工了重大项目291个,…,年计划投资539.36亿元 (fap2_02_fuzhou_starts_q2_2018): 年计划
  (年度计划) names the year's plan, so the figure takes the year of the quarter or month in force.
- *本年 in a half-year report.* A report whose opening names 上半年 (2023年上半年海南省經濟運作情況新聞發佈會 in
  fap2_05_hainan_h1_2023) gives 本年新開工項目投資同比增長11%: 本年 is the year to date of the report, the half.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_event_breakdowns import PeriodEventBreakdowns
from shangyu_analysis.text.periods import PeriodFact

_MONTHS = re.compile(r"((?:\d{1,2}月[、和及与]){1,11}\d{1,2}月)(?:份)?[^，,。；;\n]{0,16}?分别")
_MONTH_VALUE = re.compile(r"\d{4}M\d{1,2}")
_MONTH_REACH = 60  # characters from the month list to the figure
_PLAN_WORDS = ("年计划投资", "年度计划投资", "年计划完成投资", "年度计划完成投资")
_ABOVE = ("以上", "以下", "及以上", "左右")
_SUB_YEAR = re.compile(r"\d{4}(?:Q[1-4]|M\d{1,2})")
_OPENING = 300  # characters of the opening searched for 上半年


class PeriodReportParts(PeriodEventBreakdowns):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _half_report_seen: bool | None = None  # the opening names 上半年

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        value = fact.value
        if len(value) == 4:
            return self._half_for_this_year(start, para_start, fact) if value.isdigit() else fact
        if value[4:5] not in ("M", "Q"):
            return fact
        if _MONTH_VALUE.fullmatch(value):
            return self._listed_month_at(start, fact)
        if _SUB_YEAR.fullmatch(value):
            # 年计划投资539.36亿元 after 二季度… (fap2_02_fuzhou_starts_q2_2018): the year's plan
            # (not a threshold: 年度計劃投資5000萬元以上項目431個 in fs1_10_yunnan_projects_q2_2022 keeps the quarter)
            simple = self.simple
            if simple[max(0, start - 8) : start].endswith(_PLAN_WORDS) and not simple.startswith(_ABOVE, end):
                return PeriodFact(value[:4], "inferred", "年计划")
        return fact

    def _listed_month_at(self, start: int, fact: PeriodFact) -> PeriodFact:
        """The k-th month of a list read with 分别 for the k-th figure after it (the module docstring)."""
        simple = self.simple
        lo = max(0, start - _MONTH_REACH)
        at = simple.find("分别", lo, start)
        if at < 0:
            return fact
        found = list(_MONTHS.finditer(simple, lo, at + 2))
        m = found[-1] if found else None
        if m is None or m.end() != at + 2:
            return fact
        k = bisect.bisect_left(self.figure_starts, start) - bisect.bisect_left(self.figure_starts, at)
        months = re.findall(r"\d{1,2}", m.group(1))
        if not 0 <= k < len(months) or any(c in simple[at:start] for c in "。；;\n"):
            return fact
        month = int(months[k])
        if not 1 <= month <= 12:
            return fact
        value = f"{fact.value[:4]}M{month}"
        return fact if value == fact.value else PeriodFact(value, "stated", months[k] + "月")

    def _half_for_this_year(self, start: int, para_start: int, fact: PeriodFact) -> PeriodFact:
        """本年 in a half-year report names the half (the module docstring)."""
        simple = self.simple
        if self._half_report_seen is None:
            self._half_report_seen = "上半年" in simple[:_OPENING]
        if not self._half_report_seen:
            return fact
        at = simple.rfind("本年", max(para_start, start - 150), start)
        if at < 0 or "上半年" not in simple[para_start:at]:
            return fact
        return PeriodFact(fact.value + "H1", "stated", "上半年")
