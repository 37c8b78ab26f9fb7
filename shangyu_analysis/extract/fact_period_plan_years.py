"""End-year totals told beside 年均增长 in a review of a span, and a yearly list of key projects read under a five-year
plan's name (:class:`PeriodPlanYears`, outermost of the period rules).

- *An end-year total beside 年均增长.* 生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元,年均增长6.9%
  (fak1_06_luan_govreport_2022): a level followed at once by 年均增长 is the span's last year (the span's growth is the
  average's), not the span: the span's end year, ``inferred``.
- *A yearly list under a plan's name.* 2026年,湖北省重点项目清单结合"十五五"规划……首批937个省级重点项目,总投资
  33904亿元,年度计划投资4084亿元 (fak1_04_hubei_keyprojects_2026): the counts and sums of a list of key projects
  are of the year the list is named for (ruling 17), not of the plan the list is matched to: a year written within
  200 characters before the figure and inside the plan's span (``stated``), else, where the sentence tells the year's
  planned investment (年度计划投资), the publication year if inside it (``inferred``).

Only ≤ 8 characters after the figure, or its sentence up to 32 characters after it and ≤ 200 characters before, are read, and only for a
figure whose period already reads as a span of years or a day.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_streaks import PeriodStreaks
from shangyu_analysis.text.periods import PeriodFact

_SPAN = re.compile(r"(\d{4})-(\d{4})")
_AVERAGE_AFTER = ("，年均增长", ",年均增长", "，年均增", ",年均增")
_PLANS = ("五五", "五規劃", "五规划")
_LIST_WORDS = ("项目", "項目")
_LIST_SUMS = ("年度计划投资", "年度計劃投資", "总投资", "總投資")
_PLAN_YEAR = ("年度计划投资",)
_DAY = re.compile(r"(\d{4})-\d{2}-\d{2}")
_YEAR_PLANS = ("年度计划投资", "年度投资计划", "年计划投资", "年度計劃投資", "年度投資計劃", "年計劃投資")
_EVENT_VERBS = ("开工", "签约", "開工", "簽約", "这批", "此批", "本批", "此次", "本次")
_RESERVES = ("储备", "儲備")


def _plan_in(text: str) -> bool:
    """Whether ``text`` tells a year's planned investment (not 全年计划投资, a batch's for the whole year)."""
    for w in _YEAR_PLANS:
        at = text.find(w)
        if at >= 0 and not (w[0] == "年" and text.startswith("全", at - 1)):
            return True
    return False


_YEAR = re.compile(r"(\d{4})年")


class PeriodPlanYears(PeriodStreaks):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        span = _SPAN.fullmatch(found.value)
        if span is None:
            day = _DAY.fullmatch(found.value)
            return (self._plan_list_year(start, day.group(1), found) or found) if day is not None else found
        if self.simple.startswith(_AVERAGE_AFTER, end):
            # 一般公共预算收入147.5亿元,年均增长6.9% (fak1_06_luan_govreport_2022): the span's last year
            return PeriodFact(span.group(2), "inferred", found.evidence)
        first, last = int(span.group(1)), int(span.group(2))
        if last - first == 4 and any(p in found.evidence for p in _PLANS):
            return self._list_year(start, first, last, found) or found
        return found

    def _plan_list_year(self, start: int, year: str, found: PeriodFact) -> PeriodFact | None:
        """确定254个实施类重大项目,总投资1056亿元,年度计划投资251亿元 (fak2_03_ningxia_projects_2025): a list told with
        its year's planned investment is the year's (ruling 17), not the day it is told on; where the sentence tells
        of a batch started or signed (its figures the batch's, ruling 8), only the planned investment itself."""
        sentence = self._stop(start)
        clause = self.simple[sentence : start + 32]
        if not _plan_in(clause) or any(w in clause for w in _RESERVES):
            return None
        if any(w in clause for w in _EVENT_VERBS) and not _plan_in(self.simple[max(sentence, start - 8) : start]):
            return None
        return PeriodFact(year, "inferred", found.evidence)

    def _list_year(self, start: int, first: int, last: int, found: PeriodFact) -> PeriodFact | None:
        """首批937个省级重点项目,总投资33904亿元 after 2026年…结合"十五五"规划 (fak1_04_hubei_keyprojects_2026): the
        year of the list (ruling 17)."""
        sentence = self._stop(start)
        clause = self.simple[sentence : start + 20]
        if not any(w in clause for w in _LIST_WORDS) or not any(w in clause for w in _LIST_SUMS):
            return None
        before = self.simple[max(0, start - 200) : start]
        years = [int(y) for y in _YEAR.findall(before) if first <= int(y) <= last]
        if years:
            return PeriodFact(str(years[-1]), "stated", found.evidence)
        if self.date is not None and first <= self.date.year <= last and _PLAN_YEAR[0] in clause:
            return PeriodFact(str(self.date.year), "inferred", found.evidence)
        return None
