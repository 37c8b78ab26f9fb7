"""The day a reporter learnt the figures; the plan year of a clause before (:class:`PeriodReportDays`, round 35).

- *A bare reporting day.* A text that opens on a day written without its month and then names its source
  (17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元: fv2_04_mawei_cifit_2013) dates
  the report, not the event it tells: a figure the rules gave that day is of the day's month (``2013M9``,
  ``inferred``), the event's own day being unwritten.
- *今年 of the clause before.* In a batch's breakdown whose clauses each end on the year's plan (其中,战略新兴项目15项,
  总投资99.31亿元,今年计划投资27.92亿元;现代服务业项目12项,总投资103.09亿元: faf1_08_langfang_projects_2022), the
  今年 of 今年计划投资 dates that clause's plan only: the next clause's count and total are of the batch, as the
  sentence's first count is (``2022Q2``), not of the year.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_list_leads import PeriodListLeads
from shangyu_analysis.text.periods import PeriodFact

# 17日,记者从区经贸局获悉, at the head of a line near the text's start: a day with no month, then a reporter's source
_REPORT_DAY = re.compile(r"(?:^|\n)(\d{1,2})日[,，]记者[^。\n]{0,60}?(?:获悉|了解到)")
_HEAD = 300  # the title and the lead: where the reporting day opens the text
_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_CLAUSE_REACH = 300  # the sentence's words before the figure
_COUNT = re.compile(r"\d+(?:项|个)")  # a count of projects


class PeriodReportDays(PeriodListLeads):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _report_day: int | None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.evidence == "今年" and fact.basis == "stated":
            return self._plan_clause(fact, start, end, para_start, kind)
        if len(fact.value) != 10:
            return fact
        day = self.__dict__.get("_report_day", -1)
        if day == -1:
            m = _REPORT_DAY.search(self.simple, 0, _HEAD)
            day = self._report_day = int(m.group(1)) if m else None
        if day is None:
            return fact
        m = _DAY.fullmatch(fact.value)
        if m is None or int(m.group(3)) != day:
            return fact
        # 在第十七届投洽会上,我区共签约14个项目 (fv2_04): of the reporting day's month, not the day
        return PeriodFact(f"{m.group(1)}M{int(m.group(2))}", "inferred", fact.evidence)

    def _plan_clause(self, fact: PeriodFact, start: int, end: int, para_start: int, kind: str | None) -> PeriodFact:
        """The batch's period where 今年 dated only the clause before's plan (今年计划投资27.92亿元;…项目12项)."""
        simple = self.simple
        begin = max(para_start, start - _CLAUSE_REACH)
        cut = max(simple.rfind(c, begin, start) for c in "；;")
        if cut < 0 or simple.find("今年", cut, start) >= 0:
            return fact
        year = simple.rfind("今年", begin, cut)
        if year < 0 or not simple.startswith("今年计划投资", year):
            return fact
        head = max(simple.rfind(c, begin, year) for c in "。\n")
        first = _COUNT.search(simple, head + 1, year) if head >= 0 else None
        if first is None:
            return fact
        # 现代服务业项目12项,总投资103.09亿元 (faf1_08): of the batch, as 其中,战略新兴项目15项 is (2022Q2)
        again = super().period(first.start(), first.end(), para_start, kind)
        return fact if again.basis == "stated" else again
