"""Counts and sums since an earlier year to a month's end (:class:`PeriodSinceEnds`, round 34).

- *Since a year, to a month's end.* A sentence that opens its time with 截至M月底 and then YYYY年以来 (截至9月底,
  2021年以来我省签约的央地合作项目已开工218个(其中投产64个),开工率78.99%,累计完成投资2206.38亿元: fal2_03) counts
  what stands at the month's end: a count or a rate is of that day (``2023-09-30``), a cumulated sum (累计, 完成投资)
  of the months from the year's January to that month (``2021M1-2023M9``), both stated, not the span of years.
"""

from __future__ import annotations

import calendar
import re

from shangyu_analysis.extract.fact_period_season_batches import PeriodSeasonBatches
from shangyu_analysis.text.periods import PeriodFact

_SINCE_END = re.compile(r"截至(?:((?:19|20)\d\d)年)?(\d{1,2})月底[，,]?((?:19|20)\d\d)年以来")
_SENTENCE_ENDS = "。！？!?\n"
_REACH = 200  # the sentence's words before the figure
_SUM = re.compile(r"累计|完成投资|完成额")
_SPAN = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")


class PeriodSinceEnds(PeriodSeasonBatches):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        span = _SPAN.fullmatch(fact.value)
        if span is None:
            return fact
        simple = self.simple
        begin = max(para_start, start - _REACH)
        if simple.find("以来", begin, start) < 0 or simple.find("截至", begin, start) < 0:
            return fact
        cut = max(simple.rfind(c, begin, start) for c in _SENTENCE_ENDS)
        m = _SINCE_END.search(simple, max(begin, cut + 1), start)
        if m is None or m.group(3) != span.group(1):
            return fact
        year, month = int(m.group(1) or span.group(2)), int(m.group(2))
        if year != int(span.group(2)) or not 1 <= month <= 12:
            return fact
        clause = max(simple.rfind(c, m.end(), start) for c in "，,；;")
        if _SUM.search(simple, max(m.end(), clause + 1), start):
            # 累计完成投资2206.38亿元 (fal2_03): the months to the month's end
            return PeriodFact(f"{m.group(3)}M1-{year}M{month}", "stated", m.group(0))
        # 已开工218个(其中投产64个),开工率78.99% (fal2_03): what stands at the month's end
        last = calendar.monthrange(year, month)[1]
        return PeriodFact(f"{year}-{month:02d}-{last:02d}", "stated", m.group(0))
