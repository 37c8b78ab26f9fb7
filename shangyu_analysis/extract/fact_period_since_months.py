"""Spans from a past month, five-year reviews and year-end project reports (:class:`PeriodSinceMonths`, round 36,
outermost of the period rules).

- *From a past month to the report.* A month followed in its sentence by 迄今/至今/以来 (去年11月迄今,集中开工项目
  793个 in fam1_02_hainan_projects_2019) runs to the report's month: ``2018M11-2019M11``.
- *A five-year review's yearly averages.* A 年均 figure (and the comparison in its sentence) after 这五年/过去五年/
  十三五时期 in a text that names the plan takes the plan's years, not the last year written (fam1_07).
- *用N年时间.* The years a span of N years runs, written beside it (2015年达3万亿元,2018年超过4万亿元。用3年时间,迈上
  一个万亿元台阶 in fam1_07_sichuan_13th_fyp_2020): ``2015-2018``.
- *A year-end key-project report.* After 1至11月共完成…投资, the completed investment and completion rates of the
  lists below (完成投资, 占年计划的, 年度计划投资完成率) run to that month, while a list's count of projects (238个产业
  项目完成投资…) keeps the year (ruling 17) (fam1_08_hunan_keyprojects_2024).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_two_years import PeriodTwoYears
from shangyu_analysis.text.periods import PeriodFact

_MONTH = re.compile(r"(\d{4})M(\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_TO_DATE = re.compile(r"(\d{4})M1-M(\d{1,2})")
_SINCE = ("迄今", "至今", "以来")
_FIVE = ("这五年", "這五年", "过去五年", "過去五年", "五年来", "五年來", "十三五时期", "十三五”时期", "十三五期间")
_PLANS = {"十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025)}
_SPAN_USED = re.compile(r"用(\d)年时[间間]")
_YEAR_WRITTEN = re.compile(r"(\d{4})年")
_DONE = re.compile(r"完成[^，,。；;]{0,6}投资|占年计划|完成率")
_PLAN_COUNT = re.compile(r"计划[^，,。；;、]{0,6}项目")
_SENTENCE_MARKS = "。；;\n"


class PeriodSinceMonths(PeriodTwoYears):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        simple = self.simple
        value = fact.value
        if simple.find("用", max(0, start - 16), end) >= 0:
            found = self._span_used(start, end)
            if found:
                return PeriodFact(found, "inferred", fact.evidence)
        if _YEAR.fullmatch(value):
            found = self._five_years(start, int(value)) or self._done(start, value)
            return PeriodFact(found, "inferred", fact.evidence) if found else fact
        month = _MONTH.fullmatch(value)
        if month is not None:
            found = self._since_month(start, int(month.group(1)), int(month.group(2)), value)
            return PeriodFact(found, fact.basis, fact.evidence) if found else fact
        to_date = _TO_DATE.fullmatch(value)
        # 131个计划新开工项目有112个实现开工 (fam1_08): the count of the year's plan keeps the year
        if (
            to_date is not None
            and simple[end - 1 : end] in "个個"
            and _PLAN_COUNT.match(simple, end)
            and not self._in_clause(start, value)
        ):
            return PeriodFact(to_date.group(1), fact.basis, fact.evidence)
        return fact

    def _sentence_start(self, start: int) -> int:
        lo = max(0, start - 300)
        return max(self.simple.rfind(mark, lo, start) for mark in _SENTENCE_MARKS) + 1

    def _in_clause(self, start: int, value: str) -> bool:
        """True when a time of ``value`` is written in the figure's clause."""
        lo = max(self.simple.rfind(mark, max(0, start - 200), start) for mark in "，,；;。\n")
        k = bisect.bisect_right(self.time_ends, start) - 1
        return k >= 0 and self.times[k].start > lo and self.values[k] == value

    def _since_month(self, start: int, year: int, month: int, value: str) -> str | None:
        """去年11月迄今,…793个: from that month to the report's month."""
        if self.date is None or (year, month) >= (self.date.year, self.date.month):
            return None
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k < 0 or self.values[k] != value or start - self.times[k].end > 60:
            return None
        between = self.simple[self.times[k].end : start]
        if "。" in between or not any(w in between for w in _SINCE):
            return None
        tail = f"{self.date.year}M{self.date.month}" if year < self.date.year else f"M{self.date.month}"
        return f"{year}M{month}-{tail}"

    def _five_years(self, start: int, year: int) -> str | None:
        """这五年,…第一产业增加值年均增长3.5%: the plan's years."""
        simple = self.simple
        lo = self._sentence_start(start)
        at = simple.find("年均", max(lo, start - 30), start)
        if at < 0 or any(c in simple[at:start] for c in "达達、"):
            return None  # 年均增长7.1%、达到1.77万亿元 (fal1_02_chengdu_govreport_2021): the level is of the last year
        window = simple[max(0, start - 300) : start]
        if not any(w in window for w in _FIVE):
            return None
        head = simple[:300]
        for name, (first, last) in _PLANS.items():
            if name in head and first <= year <= last:
                return f"{first}-{last}"
        return None

    def _span_used(self, start: int, end: int) -> str | None:
        """用3年时间,迈上一个万亿元台阶: the two years N apart written beside it."""
        simple = self.simple
        at = simple.rfind("用", max(0, start - 16), end)
        if at < 0:
            return None
        used = _SPAN_USED.match(simple, at)
        if used is None or (used.end() < start and simple.find("。", used.end(), start) >= 0):
            return None
        n = int(used.group(1))
        years = [
            (abs(m.start() - at), int(m.group(1))) for m in _YEAR_WRITTEN.finditer(simple, max(0, at - 80), at + 300)
        ]
        best = None
        for _dist, y in sorted(years):
            if any(y2 - y == n for _, y2 in years):
                best = y
                break
            if any(y - y2 == n for _, y2 in years):
                best = y - n
                break
        return f"{best}-{best + n}" if best is not None else None

    def _done(self, start: int, value: str) -> str | None:
        """238个产业项目完成投资2124.6亿元,占年计划的114.6%: to the month the report's 1至11月 names."""
        simple = self.simple
        lo = self._sentence_start(start)
        # in the figure's own clause (76个…项目年度计划投资完成率 in fag2_09: a count before the rate keeps the year)
        clause = max(simple.rfind(mark, max(lo, start - 40), start) for mark in "，,") + 1
        if not _DONE.search(simple, max(lo, clause, start - 40), start):
            return None
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k >= 0 and self.times[k].start >= lo:
            return None  # a time written in the figure's sentence rules
        while k >= 0:
            found = _TO_DATE.fullmatch(self.values[k])
            if found is not None:
                return self.values[k] if found.group(1) == value else None
            if self.values[k] != value:
                return None
            k -= 1
        return None
