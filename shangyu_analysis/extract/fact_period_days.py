"""The day of a reported event when the text's date is only a year, or the event is a launch (:class:`PeriodDays`):
refinements of :class:`~shangyu_analysis.extract.fact_period_events.PeriodEvents`' event day. Conventions:
``../shared/corpus/FACTS.md`` and project ruling 8 (``data/corpus/SOURCES.md``). In words:

- *A text dated only by its year* (its ``source.yml`` writes ``date: 2013``, read as 1 January) cannot roll a day
  back into the year before: a lead's 9月8日 is of the date's own year (``2022-09-08``, not ``2021-09-08``), and a day
  written without its month (17日,记者…获悉,在第十七届投洽会上,我区共签约14个项目; 昨日, 今天) names no month the
  text gives, so the event's figures are of the date's year (``2013``), not of the December before it.
- *A launch is an event.* A lead that opens on a day and tells a batch of projects launched or signed that day
  (3日,天津市滨海新区122个重点项目正式开工,总投资1208亿元) reports the day's event as a ceremony does: its figures are
  of that day (ruling 8), also where the rules, from a date early in the year, read the year before for a figure
  that writes no time of its own, or carried to it a part of the year the text first writes only after it
  (12月27日,宜昌市…集中签约仪式…举行。当日签约的27个项目,…26个项目投资额均超过5000万元。…今年7月,宜昌市…成立14个
  招商专班: 26个 is of the day, not of July).
- *A run of titles or harvests is of the years it counts* (实现"二十一连丰"; 苏宿园区继续稳居45家园区榜首,实现"八连冠";
  山区26县考核六连优): the count N before 连丰, 连冠, 连优 (连增, 连涨, 连升, 连降) ends at the year in force, so the
  figure is of the N years up to it (``2004-2024``), as 连续21年 is.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_events import PeriodEvents
from shangyu_analysis.extract.fact_period_marks import FULL_STOP, YEAR_ONLY
from shangyu_analysis.text.numerals import chinese_number
from shangyu_analysis.text.period_shapes import streak_span
from shangyu_analysis.text.periods import PeriodFact

_LAUNCH_REACH = 120  # the lead's first sentence: where a launch day opens the text
# 3日,…122个重点项目正式开工: a day opening the text (or its first line after a title) before a comma
_LAUNCH_DAY = re.compile(
    r"(?:(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日|(?P<rel>昨日|昨天|今天|今日))(?:上午|下午|晚上|晚间|晚)?[，,]"
)
# the launch of a batch of projects in that sentence: 项目正式开工, 项目集中开工, 项目集中签约
_LAUNCH = re.compile(r"项目(?:正式|集中|同时|同步)(?:开工|签约|开竣工|竣工)")
# 2023年二季度…集中开工, 今年第二季度…集中开竣工: a batch named for a part of the year keeps it (ruling 8)
_BATCH = re.compile(r"季度|半年|首季|[春夏秋冬]季|第[一二三四五六七八九十\d]+批")
# 二十一连丰, 八连冠, 六连优: a count of years in a row, in the figure or right after it
_RUN = re.compile(r"([一二三四五六七八九十百\d]{1,4})[连連](?:丰|豐|冠|优|優|增|涨|漲|升|降)")
_RUN_AFTER = re.compile(r"[连連](?:丰|豐|冠|优|優|增|涨|漲|升|降)")


class PeriodDays(PeriodEvents):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if not hasattr(self, "_writes_runs"):
            self._writes_runs = "连" in self.simple or "連" in self.simple  # once a text: most write no run
        if not self._writes_runs or not (
            _RUN_AFTER.search(self.simple, start, end) or _RUN_AFTER.match(self.simple, end)
        ):
            return found
        if not YEAR_ONLY.fullmatch(found.value):
            return found
        run = _RUN.match(self.simple, start, end + 2)
        n = chinese_number(run.group(1)) if run is not None else None
        if n is None or not 2 <= n <= 100 or n != int(n):
            return found
        return PeriodFact(streak_span(int(n), "年", int(found.value), found.value), found.basis, found.evidence)

    def _event_day(self) -> tuple[str, int, int] | None:
        event = super()._event_day()
        if self.date is None:
            return event
        if event is None:
            return None if self.batch_day is not None else self._opening_launch()
        return self._of_year_only(event)

    def _opening_launch(self) -> tuple[str, int, int] | None:
        """The day of a batch of projects launched in the text's opening sentence (the module docstring, second
        rule), with the span of its words; None when the text does not open so."""
        assert self.date is not None
        line = self.simple.find("\n", 0, _LAUNCH_REACH) + 1  # the first line may be a title
        for begin in dict.fromkeys((0, line)):
            m = _LAUNCH_DAY.match(self.simple, begin)
            if m is None:
                continue
            stop = FULL_STOP.search(self.simple, m.end(), m.end() + _LAUNCH_REACH)
            sentence = self.simple[m.end() : stop.start() if stop else m.end() + _LAUNCH_REACH]
            if not _LAUNCH.search(sentence) or _BATCH.search(sentence):
                continue
            day = self._resolve_day(m, self.date)
            return self._of_year_only((day.isoformat(), m.start(), m.end() - 1)) if day else None
        return None

    def _of_year_only(self, event: tuple[str, int, int]) -> tuple[str, int, int]:
        """``event`` read in a text dated only by its year (the module docstring, first rule)."""
        assert self.date is not None
        if not (self.date.month == 1 and self.date.day == 1):
            return event
        day, words, end = event
        if "月" not in self.simple[words:end]:
            return str(self.date.year), words, end  # 17日, 昨日: the month is not given
        if day[:4] == str(self.date.year - 1):
            return str(self.date.year) + day[4:], words, end  # 9月8日: the date's own year
        return event

    def _of_event_day(self, found: PeriodFact, start: int, kind: str | None) -> PeriodFact:
        """As :class:`PeriodEvents` does, and the event's day also for a figure with no time of its own that the
        rules gave the year before the event's from an early date (3日,…122个重点项目正式开工 dated 3 February), or a
        part of the event's year the text writes only after the figure (…今年7月,…成立14个招商专班)."""
        if not hasattr(self, "_event"):
            self._event = self._event_day()
        if self._event is not None and not found.evidence and found.basis == "inferred":
            year = self._event[0][:4]
            if found.value.isdigit() and found.value == str(int(year) - 1):
                found = PeriodFact(year, found.basis, found.evidence)  # the year before, read from an early date
            elif found.value[:4] == year and start < self._first_written(found.value) < len(self.simple):
                found = PeriodFact(year, found.basis, found.evidence)  # a part of the year written only later
        return super()._of_event_day(found, start, kind)

    def _first_written(self, value: str) -> int:
        """Where the text first writes a time of ``value`` (its length when it writes none: a comparison, 2018Q3/2018Q2,
        or a span the rules made)."""
        if not hasattr(self, "_first_of"):
            self._first_of: dict[str, int] = {}
            for t, v in zip(self.times, self.values):
                self._first_of.setdefault(v, t.start)
        return self._first_of.get(value, len(self.simple))
