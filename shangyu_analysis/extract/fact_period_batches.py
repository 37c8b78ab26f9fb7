"""The period of an event's batch where an earlier time would carry over it, and of an average over the years a
sentence counts (:class:`PeriodBatches`): last checks on the period :class:`~shangyu_analysis.extract.fact_period_events.PeriodEvents` found, after ruling 8 of
``data/corpus/SOURCES.md``. Conventions: ``../shared/corpus/FACTS.md``. In words:

- *The event's day is the nearer time.* In a report on an investment event's day (:mod:`fact_period_events`), a
  figure after the day's words whose period the rules carried from a time written before them (据悉,今年3月初,
  我市已组织了一次项目集中开工活动…。昨日上午,我市又有47个项目分别在7个集中开工仪式现场同日开工: 2020M3 from 3月初)
  is of the event's day, as ruling 8 reads a batch not named for a period; a time written between the day and the
  figure (今年以来, 截至3月底) keeps its own.
- *The event's own figures are of its day.* Where the lead names the batch for a half or quarter (3月20日上午,辽宁省
  举行2023年全省一季度重大项目集中开工动员大会), the batch's figures keep that period, but those of the event itself,
  in a sentence that tells who attended it or where it was held (省及14个市…负责同志出席,…代表400多人参加会议,主会场
  设在…), are of its day, inferred (ruling 8).
- *This batch is of the launch day.* In a report on a batch launched on a day its lead writes (not named for a
  period), a figure whose sentence tells it is of this batch (其中列入本次省市县三级联动开工项目37个; 列入这次开工的项目
  104个; 此外还有254个亿元以上项目同步开工,开工项目358个), after any time written before it in the sentence, is of
  that day, inferred (ruling 8), not of a period carried from an earlier sentence (南昌市2022年一季度开工…; 今年,…).
- *A batch named in the figure's sentence.* A half or quarter written right before the start or signing its
  projects are counted for (记者当天从江西省发改委获悉,全省计划一季度开工的亿元以上重大项目共2051个) names the batch:
  the figure is of it, stated, not of the day the reporter learned it (ruling 8).
- *The year's list in a paragraph away from the launch day.* A figure the rules give the launch day for, whose
  time was 今年/全年/当年 written earlier in its own paragraph, a paragraph that does not write the day (今年可开复工
  项目10536个,…。从省级重点项目情况看,数量达到1000个; not 第一批开工项目4个, this batch), is of that year, inferred: what the text gives for another period
  keeps it (ruling 8).
- *An average over the years counted.* An average (年均) in a sentence that counts the years it is over before it
  (2011年,全县实现地区生产总值82.26亿元,五年年均增长12.9%;…固定资产投资46.93亿元,年均增长21.3%) is over those
  years ending in the year the rules gave (``2007-2011``), as 年均 over a span the paragraph names is.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_days import PeriodDays
from shangyu_analysis.extract.fact_period_marks import FULL_STOP, ISO_DAY, YEAR_ONLY, granularity, simple_before_clause
from shangyu_analysis.text.periods import PeriodFact

_ATTENDED = re.compile(r"出席|参加(?:会议|活动|仪式|大会)|参会|会场设|设[主分]?会场")
_EARLIER_REACH = 400
# 列入本次…开工项目, 这次开工的项目, 同步开工: this batch (the words before the figure in its sentence, or its clause)
_THIS_BATCH = re.compile(
    r"(?:本次|此次|这次|本批|这批)[^，,。；;]{0,12}(?:开工|签约|竣工|投产)|(?:同步|同日|同时|当天|当日)(?:集中)?开工"
)
_YEAR_WORDS = re.compile(r"年度|全年|年内|今年|当年|计划投资")
_NAMES_BATCH = re.compile(r"(?:集中)?(?:开工|签约|开复工)")
_BATCH_WORDS = re.compile(r"批|集中|本次|此次|这次")
_WHOLE_YEAR = ("今年", "全年", "当年")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_YEARS_COUNTED = re.compile(
    r"(?<![\d零一二三四五六七八九十])([二两三四五六七八九十]|十[一二三四五]|\d{1,2})年(?:来|间|中)?年均"
)
_AVERAGE = re.compile(r"年均[^，,。；;]{0,14}$")
_NUMERALS = {
    "两": 2,
    **{c: i for i, c in enumerate("一二三四五六七八九十", 1)},
}  # how far before the event's day the carried time may be written


class PeriodBatches(PeriodDays):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if (
            self.batch_day is not None
            and kind not in ("other", "duration")
            and granularity(found.value) in "HQ"
            and found.value[:4] == self.batch_day[:4]
            and _ATTENDED.search(self.simple, self._stop(start), self._sentence_end(end))
        ):
            return PeriodFact(self.batch_day, "inferred", "")  # …代表400多人参加会议: the event's own figure
        if ISO_DAY.fullmatch(found.value) and (named := self._named_batch(found, start)) is not None:
            return named
        if (
            found.value == self.launch_day
            and found.evidence.startswith(_WHOLE_YEAR)
            and self.simple.find(found.evidence, para_start, start) >= 0
            and not self._day_in(para_start, start, found.value)
            and not _BATCH_WORDS.search(simple_before_clause(self.simple, start))  # 第一批开工项目4个: the day's
        ):
            return PeriodFact(found.value[:4], "inferred", found.evidence)  # 今年…。…数量达到1000个: the year's
        if (batch := self._this_batch(found, start, end, kind)) is not None:
            return batch
        if YEAR_ONLY.fullmatch(found.value) and _AVERAGE.search(self.simple, max(0, start - 18), start):
            return self._years_counted(found, start)
        return found

    def _years_counted(self, found: PeriodFact, start: int) -> PeriodFact:
        """``found`` over the years its sentence counts before it (五年年均增长12.9%): the module docstring."""
        counted = _YEARS_COUNTED.findall(self.simple, self._stop(start), start)
        if not counted:
            return found
        n = counted[-1]
        years = int(n) if n.isdigit() else sum(_NUMERALS[c] for c in n) if len(n) > 1 else _NUMERALS[n]
        last = int(found.value)
        return PeriodFact(f"{last - years + 1}-{last}", found.basis, found.evidence) if years > 1 else found

    def _named_batch(self, found: PeriodFact, start: int) -> PeriodFact | None:
        """The half or quarter its sentence names the figure's batch for (the module docstring); None if none."""
        sentence = self._stop(start)
        k = bisect.bisect_left(self.time_ends, sentence + 1)
        named = None
        while k < len(self.times) and self.times[k].end <= start:
            t = self.times[k]
            if (
                granularity(self.values[k]) in "HQ"
                and self.values[k][:4] == found.value[:4]
                and _NAMES_BATCH.match(self.simple, t.end)
            ):
                named = PeriodFact(self.values[k], "stated", t.words)
            k += 1
        return named

    def _this_batch(self, found: PeriodFact, start: int, end: int, kind: str | None) -> PeriodFact | None:
        """The launch day for a figure of this batch (the module docstring); None for any other."""
        if kind in ("other", "duration") or ISO_DAY.fullmatch(found.value):
            return None
        if not hasattr(self, "_event"):
            self._event = self._event_day()
        day = self.launch_day or (self._event[0] if self._event else None)
        if day is None or found.value[:4] != day[:4] or granularity(found.value) not in "YMQH":
            return None
        sentence = self._stop(start)
        clause_end = _CLAUSE_END.search(self.simple, end, end + 40)
        if _YEAR_WORDS.search(simple_before_clause(self.simple, start)):
            return None  # 年度投资约172亿元, 今年计划投资45.31亿元: the year's plan
        batches = list(_THIS_BATCH.finditer(self.simple, sentence, clause_end.start() if clause_end else end))
        if not batches:
            return None
        batch = batches[-1]
        written = self.simple.rfind(found.evidence, sentence, start) if found.evidence else -1
        if written >= batch.start():
            return None  # a time written after the batch's words: the figure's own
        return PeriodFact(day, "inferred", "")

    def _sentence_end(self, end: int) -> int:
        stop = FULL_STOP.search(self.simple, end, end + 200)
        return stop.start() if stop else min(len(self.simple), end + 200)

    def _of_event_day(self, found: PeriodFact, start: int, kind: str | None) -> PeriodFact:
        result = super()._of_event_day(found, start, kind)
        if result is not found or self._event is None or kind in ("other", "duration"):
            return result
        day, day_start, day_end = self._event
        if (
            start > day_end
            and found.value[:4] == day[:4]
            and not ISO_DAY.fullmatch(found.value)
            and (
                self._carried_frame(found, day_start)
                if not found.evidence
                else self._written_before(found, day_start, start)
            )
        ):
            own = self._stop(start) <= day_start  # the day is written in the figure's sentence
            return PeriodFact(day, "stated" if own else "inferred", self.simple[day_start:day_end] if own else "")
        return found

    def _written_before(self, found: PeriodFact, day_start: int, start: int) -> bool:
        """True when ``found``'s words are written before the event's day (not long before) and not after it."""
        return (
            self.simple.find(found.evidence, day_start, start) < 0
            and self.simple.find(found.evidence, max(0, day_start - _EARLIER_REACH), day_start) >= 0
        )

    def _carried_frame(self, found: PeriodFact, day_start: int) -> bool:
        """True when ``found`` is the lead's month (no half or quarter: a batch's name), written in a sentence of
        the body before the event's day, not in the title (今年3月初,我市已组织了一次项目集中开工活动)."""
        if found.value != self.frame or granularity(found.value) != "M":
            return False
        title_end = self.simple.find("\n")
        for k, t in enumerate(self.times):
            if t.start >= day_start:
                break
            if self.values[k] == found.value and t.start > title_end >= 0:
                return FULL_STOP.search(self.simple, t.end, day_start) is not None
        return False
