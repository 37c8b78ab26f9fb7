"""The period of a breakdown paragraph (:class:`PeriodBreakdowns`): a last check on the period
:class:`~shangyu_analysis.extract.fact_period_batches.PeriodBatches` found. Conventions: ``../shared/corpus/FACTS.md``.
In words:

- *A breakdown goes on about the part of the year just reported.* A paragraph that opens on a breakdown's lead (从行业
  来看, 从建设阶段看, 分行业看, 分市州看) and writes no time before the figure breaks down the figures the text
  reported just before it: where the period in force there is a part of the text's year (2019年全省重点建设项目
  共计196个,…,1-8月共完成投资1750.07亿元。/ 从行业来看,产业发展项目完成投资752.49亿元,为年计划的71.85%), the
  figure is of that part (``2019M1-M8``), inferred, not of the whole year the rules carry into a paragraph that names
  none.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_batches import PeriodBatches
from shangyu_analysis.extract.fact_period_marks import YEAR_ONLY, granularity
from shangyu_analysis.text.periods import PeriodFact

# 从行业来看, 从建设阶段看, 分行业看, 分市州来看 opening a paragraph, before a comma
_BREAKDOWN_LEAD = re.compile(r"[ \u3000]*(?:从|分|按)[^\d。！？!?\n，,；;：:]{1,8}(?:来看|看)[，,：:]")


class PeriodBreakdowns(PeriodBatches):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if found.basis != "inferred" or found.evidence or not YEAR_ONLY.fullmatch(found.value):
            return found
        lead = _BREAKDOWN_LEAD.match(self.simple, para_start)
        if lead is None:
            return found
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k < 0 or self.times[k].start >= para_start:
            return found  # a time written in the paragraph before the figure: the rules read it
        before = self.in_force[k]
        if before is None or before[:4] != found.value or granularity(before) not in "HQM":
            return found
        return PeriodFact(before, "inferred", "")
