"""The period a batch is named for, over the day its 当天 sentence writes (:class:`PeriodNamedBatches`): a check on
the period :class:`~shangyu_analysis.extract.fact_period_breakdowns.PeriodBreakdowns` found (round 20 of the facts
rules). Conventions: ``../shared/corpus/FACTS.md`` and project ruling 8 (``data/corpus/SOURCES.md``). In words:

- *The day's batch is the named batch.* In a text whose lead names its batch for a part of the year (2023年第一季度
  全省扩大有效投资重大项目集中开工活动; 2020年一季度…集中开工), a sentence that counts or sizes what was launched that
  day (当日浙江集中开工268个重大项目,总投资6808亿元; 当天集中开工项目371个) counts the batch: its counts of projects
  and their investment take the period the batch is named for (ruling 8: ``2023Q1``), not the event's day, where
  the day falls in it; the event's own figures (等20个市州…设分会场) keep the day. Basis as ruling 1: ``stated`` when the batch's period is written in the figure's sentence, else
  inferred. A figure of another period (年度计划投资, 截至3月24日) keeps its own.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_breakdowns import PeriodBreakdowns
from shangyu_analysis.extract.fact_period_marks import ISO_DAY, simple_before_clause
from shangyu_analysis.text.periods import PeriodFact

_THAT_BATCH = re.compile(r"当日|当天")  # 当日浙江集中开工268个重大项目: what the day's event launched
_LAUNCHED = re.compile(r"开工|签约|竣工|投产")
# a count or size of projects: 268个重大项目, 总投资6808亿元, 工程项目59个 (not 20个市州…设分会场, 年营业收入100亿元)
_OF_PROJECTS = re.compile(r"项目|投资")
_PROJECTS_AFTER = re.compile(r"[^，,。；;\d]{0,4}项目")
_PART = re.compile(r"(\d{4})(?:Q([1-4])|H([12]))")  # 2023Q1, 2021H2: a batch named for a part of the year
_OWN_DAY = re.compile(r"\d{1,2}日|截至|截止")  # a day of the figure's own (截至3月24日): not the event's
_REACH = 120  # the figure's sentence before it


def _months(batch: str) -> range | None:
    """The months of ``batch`` (``2023Q1`` → 1–3), None when it names no quarter or half."""
    part = _PART.fullmatch(batch)
    if part is None:
        return None
    if part.group(2):
        q = int(part.group(2))
        return range(3 * q - 2, 3 * q + 1)
    h = int(part.group(3))
    return range(6 * h - 5, 6 * h + 1)


class PeriodNamedBatches(PeriodBreakdowns):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        batch = self.launch_batch
        if batch is None or not ISO_DAY.fullmatch(found.value) or _OWN_DAY.search(found.evidence):
            return found
        months = _months(batch)
        if months is None or found.value[:4] != batch[:4] or int(found.value[5:7]) not in months:
            return found
        sentence = self._stop(start, _REACH)
        that_day = _THAT_BATCH.search(self.simple, sentence, start)
        if that_day is None or not _LAUNCHED.search(self.simple, that_day.end(), start):
            return found
        if not _OF_PROJECTS.search(simple_before_clause(self.simple, start)) and not _PROJECTS_AFTER.match(
            self.simple, end
        ):
            return found
        # 当日浙江集中开工268个重大项目 (fr2_01_zhejiang_projects_2023): the batch named 2023年第一季度, not 2023-02-21
        k = bisect.bisect_left(self.time_ends, sentence + 1)
        written = any(self.values[j] == batch for j in range(k, len(self.times)) if self.times[j].start < start)
        return PeriodFact(batch, "stated" if written else "inferred", "")
