"""The day of a batch named for a season or the year alone, written as a bare day opening its paragraph
(:class:`PeriodSeasonBatches`, round 34), after rulings 8 and 11 of ``data/corpus/SOURCES.md``.

- *A bare day opening the batch's paragraph.* A paragraph that opens with a day without its month and tells of a
  batch named for a season or for the year (22日,新疆兵團第三師圖木舒克市舉行2022年春季重大項目集中開復(fù)工儀式。
  此次集中開復(fù)工項目292個,總投資572億元: fal2_06) counts that batch: its figures the chain read as the named year
  are of the event's day (ruling 11: a season is no period), the month the text's date's (the day not after the
  date's, else the month before), stated in that paragraph; the paragraphs after it that write no time of their
  own (據了解,本次開復工項目…包含市政項目68個) carry the day, inferred. A figure after 年度/今年/全年/计划 in its
  clause (年度計劃投資283億元) keeps the year (ruling 8: what the text gives for another period keeps it).
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_gloss_batches import PeriodGlossBatches
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import PeriodFact

# \n22日,…舉行2022年春季重大項目集中開復工儀式: a bare day opening a paragraph, a season- or year-named batch
_OPENING = re.compile(r"\n(\d{1,2})日(?:上午|下午|晚上)?[，,]")
_SEASON_BATCH = re.compile(
    r"((?:19|20)\d\d)年(?:[春夏秋冬]季)?[^。\n，,季半批]{0,12}集中(?:开复工|开工|签约|开竣工)(?:仪式|活动|大会)?"
)
_EVENT_REACH = 80  # how far the batch's name may stand from the opening day
_OWN_TIME = re.compile(r"年度|今年|全年|当年|计划")
_TIME_WORDS = ("年", "月", "日", "季度")
_CLAUSE_ENDS = "，,。；;\n"


class PeriodSeasonBatches(PeriodGlossBatches):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _season_days: list[tuple[int, int, str, str]] | None = None  # (paragraph start, end, year named, day)

    def _season_day_list(self) -> list[tuple[int, int, str, str]]:
        """The paragraphs opening with a bare day and a season- or year-named batch, found once."""
        if self._season_days is None:
            found: list[tuple[int, int, str, str]] = []
            simple = self.simple
            date = self.date
            if day_known(date) and "日" in simple and ("开" in simple or "签约" in simple):
                for m in _OPENING.finditer(simple):
                    head = PINYIN_GLOSS_RE.sub("", simple[m.end() : m.end() + _EVENT_REACH])
                    batch = _SEASON_BATCH.search(head)
                    if batch is None or int(batch.group(1)) != date.year:
                        continue
                    day = dt.date(date.year, date.month, 1)
                    if int(m.group(1)) > date.day:
                        day = (day - dt.timedelta(days=1)).replace(day=1)
                    try:
                        day = day.replace(day=int(m.group(1)))
                    except ValueError:
                        continue
                    end = simple.find("\n", m.end())
                    found.append((m.start() + 1, len(simple) if end < 0 else end, batch.group(1), day.isoformat()))
            self._season_days = found
        return self._season_days

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if len(fact.value) != 4 or fact.basis == "unknown":
            return fact
        for first, last, year, day in self._season_day_list():
            if fact.value != year or start < first:
                continue
            simple = self.simple
            clause = max(simple.rfind(c, max(first, start - 60), start) for c in _CLAUSE_ENDS)
            if _OWN_TIME.search(simple, max(first, clause + 1, start - 60), start):
                return fact
            if start < last:
                # 此次集中開復(fù)工項目292個 (fal2_06): of the batch's day, its paragraph writes it
                return PeriodFact(day, "stated", fact.evidence)
            between = simple[last:start]
            if len(between) <= 300 and not any(w in between for w in _TIME_WORDS):
                # 據了解,本次開復工項目…包含市政項目68個 (fal2_06): the day carried, inferred
                return PeriodFact(day, "inferred", fact.evidence)
        return fact
