"""The day a reporter learnt the figures is not the day of their event (:class:`PeriodReportDays`, round 35).

- *A bare reporting day.* A text that opens on a day written without its month and then names its source
  (17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元: fv2_04_mawei_cifit_2013) dates
  the report, not the event it tells: a figure the rules gave that day is of the day's month (``2013M9``,
  ``inferred``), the event's own day being unwritten.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_since_ends import PeriodSinceEnds
from shangyu_analysis.text.periods import PeriodFact

# 17日,记者从区经贸局获悉, at the head of a line near the text's start: a day with no month, then a reporter's source
_REPORT_DAY = re.compile(r"(?:^|\n)(\d{1,2})日[,，]记者[^。\n]{0,60}?(?:获悉|了解到)")
_HEAD = 300  # the title and the lead: where the reporting day opens the text
_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


class PeriodReportDays(PeriodSinceEnds):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _report_day: int | None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
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
