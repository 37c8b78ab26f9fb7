"""The period rules over spans, comparisons and events (:class:`PeriodSpans`): averages and totals over a span,
two-year averages, totals since a run starts, one period each in a list, the side of a comparison a figure is of,
the day of an event a text reports (the rules in words: :mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_frames import PeriodFrames
from shangyu_analysis.extract.fact_period_marks import (
    CLAUSE_MARK,
    CLAUSE_TAIL,
    FULL_STOP,
    ISO_DAY,
    YEAR_ONLY,
    granularity,
)
from shangyu_analysis.extract.fact_period_parts import TO, YEAR_SPAN
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import (
    UNKNOWN,
    TimeExpression,
    plan_years,
)

OVER_SPAN = re.compile(r"年均|累计")
_YEAR_PART = re.compile(r"(\d{4})(H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?")  # a year or a part of it: what 两年平均 spans
_FROM_NEAR = re.compile(r"(?:从|由)[^，,。；;从由到至]{0,4}$")  # 由全省第48位: the scope's words may intervene


def year_before_aside(simple: str, value: str, start: int) -> str:
    """较上年同期(3.2%)回升: the value in parentheses right after 上年同期 is that period's, a year before."""
    if simple[start - 1 : start] not in ("(", "（") or not _SAME_PERIOD.search(simple, max(0, start - 8), start - 1):
        return value
    shape = _SHIFTABLE.fullmatch(value)
    return f"{int(shape.group(1)) - 1}{shape.group(2)}" if shape else value


_SAME_PERIOD = re.compile(r"(?:上年|去年)同期$")
_FROM_SAME_PERIOD = re.compile(r"[由从](?:上年|去年)同期的?$")
_SHIFTABLE = re.compile(r"(\d{4})((?:H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?)")
_MONTHS_SPAN = re.compile(r"(\d{4})([QM])(\d+)-[QM](\d+)")  # 2021M2-M5, 2021Q1-Q3: a range the figures take one each


def year_before_start(simple: str, value: str, start: int) -> str | None:
    """三次产业结构由上年同期的5.3∶45.2∶49.5调整为…, 比重由去年同期的12.8%上升至15.3%: a starting level of the same
    period a year before (``2021H1`` for ``2022H1``); None when the figure is not one."""
    if simple[start - 1 : start] not in ("的", "期") or not _FROM_SAME_PERIOD.search(simple, max(0, start - 8), start):
        return None
    shape = _SHIFTABLE.fullmatch(value)
    return f"{int(shape.group(1)) - 1}{shape.group(2)}" if shape else None


def side_of_comparison(simple: str, value: str, after: int, start: int) -> str:
    """A comparison's earlier side for the figure after 从/由 in its scope, its later side for the one after
    …到/至 (是2012年的2.2倍,排位从第24位跃升到第18位: 2012 and 2020); the comparison itself otherwise."""
    if "/" not in value:
        return value
    later, earlier = value.split("/", 1)
    before = simple[max(after, start - 8) : start]
    if _FROM_NEAR.search(before) or before in ("(", "（"):  # 较一季度(-10.8%): the earlier period's own value
        return earlier
    if TO.search(before) and ("从" in simple[after:start] or "由" in simple[after:start]):
        return later
    return value


class PeriodSpans(PeriodFrames):
    """The rules of :class:`~shangyu_analysis.extract.fact_periods.PeriodRules` over spans, lists and events."""

    def _event_period(self, start: int, this: re.Match[str]) -> str | None:
        """The period of the event a text reports (本次集中开工): the last day written before ``start`` (12月25日,
        a dateline's 2月22日), or the part of a year its sentence names as the batch (5月18日,2023年二季度湖北省
        重大项目集中开工活动举行: ``2023Q2``); None when no day is written, but 当日开工的 (the day itself) in a
        report that writes none (…集中开工活动26日举行) is of the day it is dated."""
        k = bisect.bisect_right(self.time_ends, start) - 1
        while k >= 0 and (self.times[k].kind != "day" or self.values[k] == UNKNOWN):
            k -= 1
        if k < 0:
            if this.group(0).startswith("当"):
                return self.date.isoformat() if day_known(self.date) else None  # a month-only date is no day
            return self.launch_batch  # 重庆18日举行2023年一季度…集中开工活动: the batch, when no day is written
        stop = FULL_STOP.search(self.simple, self.times[k].end)
        end = min(stop.start() if stop else len(self.simple), start)
        for j in range(k + 1, bisect.bisect_right(self.time_ends, end)):
            if self.times[j].kind == "point" and granularity(self.values[j]) in "HQ":
                return self.values[j]
        return self.values[k]

    def _average_span(self, value: str, para_start: int, start: int) -> str:
        """年均增长6.2% after 十三五末 (2020): an average (or a total: 累计) over the years the paragraph spans
        (这五年, 十三五: 2016-2020) that end in the figure's year; 两年平均: :meth:`_two_years`."""
        clause = CLAUSE_TAIL.search(self.simple, max(para_start, start - 24), start)
        words = clause.group(0) if clause else ""
        if "两年平均" in words:
            return self._two_years(value, para_start, start)
        if not YEAR_ONLY.fullmatch(value):
            return value
        if not OVER_SPAN.search(words):
            return self._since_start(value, start) if self.since_starts else value
        k = bisect.bisect_right(self.time_ends, start) - 1
        while k >= 0 and self.times[k].start >= para_start:
            t = self.times[k]
            span = self.values[k]
            if t.kind == "plan" and t.match.group("pend"):
                first, last = plan_years(10 + "一二三四五六七八九".index(t.match.group("pn")) + 1)
                span = f"{first}-{last}"
            if t.kind in ("plan", "back", "span", "since") and span.endswith(f"-{value}"):
                return span
            k -= 1
        return self._since_start(value, start) if self.since_starts else value

    def _two_years(self, value: str, para_start: int, start: int) -> str:
        """两年平均增长7.8% (a two-year average against the same period two years before, 与2019年同期相比) compares
        the period with that one: 2021H1 → ``2021H1/2019H1`` (a comparison with a named earlier period)."""
        clause = CLAUSE_TAIL.search(self.simple, max(para_start, start - 24), start)
        if "两年平均" not in (clause.group(0) if clause else "") or not (part := _YEAR_PART.fullmatch(value)):
            return value
        year, within = int(part.group(1)), part.group(2) or ""
        return f"{value}/{year - 2}{within}"

    def _since_start(self, value: str, start: int) -> str:
        """A total (累计 earlier in the figure's sentence) in a text that named where a run starts (自2006年…以来,
        2019年以来) is over the years since then: 截至去年底,…累计完成固定资产投资额1608.5亿元,其中亿元以上投产项目
        221个 → ``2006-2016`` (``value``, a year, is the period the other rules give it)."""
        r = bisect.bisect_right(self.since_starts, (start, 0)) - 1
        if r < 0 or self.since_starts[r][1] >= int(value):
            return value
        k = bisect.bisect_right(self.time_ends, start) - 1  # 累计 after the last time written before the figure
        lo = max(self._stop(start), self.time_ends[k] if k >= 0 else 0)
        return f"{self.since_starts[r][1]}-{value}" if self.simple.find("累计", lo, start) >= 0 else value

    def _one_each(self, value: str, t: TimeExpression, start: int) -> str:
        """2至5月数字顺序为31.6%、19.9%、11.0%和7.8%: as many figures as months (or quarters) after a range
        in its sentence take one each, in order."""
        if "-" not in value or "前" in t.words:
            return value  # not a range; 今年前三个月 (fz2_09_xining_devzone_q1_2024) is months to date, not one each
        years = YEAR_SPAN.fullmatch(value)
        if years:
            return self._one_year_each(value, int(years.group(1)), int(years.group(2)), t.end, start)
        part = _MONTHS_SPAN.fullmatch(value)
        if part is None:
            return value
        first, last = int(part.group(3)), int(part.group(4))
        if first == 1 and last == 2:
            return (
                value  # 1—2月份,…分别增长50.4%和80.1% (fam1_01_chongqing_q1_2021): 1-2月 is one release, not two months
            )
        k = bisect.bisect_right(self.stops, start)
        stop = self.stops[k] if k < len(self.stops) else len(self.simple)
        lo, hi = bisect.bisect_left(self.figure_starts, t.end), bisect.bisect_left(self.figure_starts, stop)
        run = self.figure_starts[lo:hi]
        if (
            len(run) != last - first + 1
            or start not in run
            or any(m in self.simple[run[0] : run[-1]] for m in "，,；;")
        ):
            # one each only for a list (31.6%、19.9%和7.8%), not figures of several clauses
            return value
        return f"{part.group(1)}{part.group(2)}{first + run.index(start)}"

    def _one_year_each(self, value: str, first: int, last: int, after: int, start: int) -> str:
        """2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元: a 分别 list of as many figures as the
        span has years gives one year to each, in order (each ；-clause with its own 分别)."""
        respectively = self.simple.rfind("分别", after, start)
        if respectively < 0 or CLAUSE_MARK.search(self.simple, respectively, start):
            return value  # no 分别 in the figure's own clause
        # the run is the figures from 分别 to the clause's end; only a run of as many as the span has years counts, so
        # the clause's end is looked for up to the figure after that many (a text with no marks reads no further)
        lo = bisect.bisect_left(self.figure_starts, respectively)
        after_run = lo + last - first + 1
        if after_run > len(self.figure_starts):
            return value
        limit = self.figure_starts[after_run] if after_run < len(self.figure_starts) else len(self.simple)
        clause_end = CLAUSE_MARK.search(self.simple, start, limit)
        if clause_end is None and after_run < len(self.figure_starts):
            return value  # the clause goes on past one figure more than the span has years
        end = clause_end.start() if clause_end else limit
        run = self.figure_starts[lo : bisect.bisect_left(self.figure_starts, end)]
        if len(run) != last - first + 1 or start not in run:
            return value
        return str(first + run.index(start))

    def _that_day(self, start: int) -> str | None:
        """The day that 当天 or 当日 in the figure's sentence refers back to, written before it in its paragraph
        (5月21日,…推进会…举行。当天,宁夏第二批287个重大项目开工建设); "" when the sentence says 当天 but no day is
        written there (the text's event day, found by the other rules); None when the sentence does not say it."""
        # the marks are looked for after the line's start only: a mark a text never writes (！) would otherwise be
        # looked for back to the text's start for every figure
        before = self._line_start(start)
        own = max(before - 1, *(self.simple.rfind(mark, before, start) for mark in "。！？")) + 1
        if "当天" not in self.simple[own:start] and "当日" not in self.simple[own:start]:
            return None
        k = bisect.bisect_right(self.time_ends, start) - 1
        while k >= 0 and self.times[k].start >= before:
            if self.times[k].kind == "day" and ISO_DAY.fullmatch(self.values[k]):
                return self.values[k]
            k -= 1
        return ""

    def _day_in(self, lo: int, hi: int, value: str) -> bool:
        """True when a time expression between ``lo`` and ``hi`` (a paragraph) writes the day ``value``."""
        first, last = bisect.bisect_left(self.time_ends, lo), bisect.bisect_right(self.time_ends, hi)
        return any(self.values[k] == value and self.times[k].start >= lo for k in range(first, last))

    def _written_day(self, value: str) -> bool:
        return ISO_DAY.fullmatch(value) is not None and any(
            t.kind == "day" and v == value for t, v in zip(self.times, self.values)
        )
