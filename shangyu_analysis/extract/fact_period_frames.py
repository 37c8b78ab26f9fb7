"""The period set-up of a text (:class:`PeriodFrames`): its time expressions resolved in order, the period in force
after each, the frame its title or lead sets and its headings (the rules in words:
:mod:`shangyu_analysis.extract.fact_periods`). Its mixins: the lead's frame, a batch's launch day and the headlines in
:mod:`~shangyu_analysis.extract.fact_period_opening`; which times set the period in force in
:mod:`~shangyu_analysis.extract.fact_period_in_force`; the marks the period rules share in
:mod:`~shangyu_analysis.extract.fact_period_marks`."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.fact_period_headings import (
    HEADING_WORDS,
    NUMBERED_LINE,
    heading_level,
    is_heading,
)
from shangyu_analysis.extract.fact_period_in_force import _HISTORY, PeriodInForce
from shangyu_analysis.extract.fact_period_marks import FULL_STOP, YEAR_ONLY, granularity, simple_before
from shangyu_analysis.extract.fact_period_opening import PeriodOpening
from shangyu_analysis.text.periods import (
    UNKNOWN,
    TimeExpression,
    find_times,
    resolve,
    streak_from,
    year_of,
)

_LEAD = 400
_BYLINE = re.compile(r"本报记者|记者 |《[^》\n]{2,12}》[（(]\d{4}年")
_FIRST_BODY = re.compile(r"(?m)^[^\n]{30,}$")  # the first paragraph of the body (a line of 30+ characters)
_DATA_NEXT = re.compile(r"(?:的|全年)?(?:GDP|地区生产总值|经济)?(?:数据|成绩单|年报|统计公报|经济运行)")
_SINCE_LATER = re.compile(r"[^，,。；;！？!?\n]{0,40}以来")
_PARTS = ("h", "q3", "q", "qq", "m1", "m", "d", "bare", "upto")


def _under_opener(simple: str, t: TimeExpression, opener: TimeExpression | None) -> bool:
    """True when ``t`` is a bare year that names a programme (截至目前,2020年加強版百大項目已開工480個: a word
    follows it) in a sentence that a stock-taking time opens before a comma (截至目前, 截至三季度,): the opener
    stays the period of the sentence."""
    if opener is None or t.kind != "point":
        return False
    if not (opener.kind == "asof" or (opener.kind in ("point", "day") and opener.match.group("upto"))):
        return False
    if not t.match.group("year") or any(t.match.group(g) for g in _PARTS):
        return False
    if not ("\u4e00" <= simple[t.end : t.end + 1] <= "\u9fff"):
        return False  # 2020年,…: a frame of its own
    lo = max(0, opener.start - 1)
    return (
        (opener.start == 0 or simple[lo] in "。！？!?\n \u3000")
        and simple[opener.end : opener.end + 1] in "，,"
        and FULL_STOP.search(simple, opener.end, t.start) is None
    )


_TITLE_HEADING = re.compile(r"[ \u3000]*——")  # a subtitle: ——吉林市上半年经济社会高质量发展综述
_BANNER_END = re.compile(r"[ \u3000]*\n")  # a line that is only a period: the banner 今年前三季度
_PLAN_TITLE = re.compile(r"[^，,。；;：:\n\d]{0,16}发展计划[ \u3000]*(?:\n|$)")  # the line ends on the plan's name


class PeriodFrames(PeriodOpening, PeriodInForce):
    """The set-up of :class:`~shangyu_analysis.extract.fact_periods.PeriodRules`: resolves the text's time
    expressions once (``simple``, ``date``, ``figure_starts`` and ``_stop`` come from the finder)."""

    # set by the finder's __init__
    simple: str
    date: dt.date | None
    figure_starts: list[int]
    stops: list[int]
    line_starts: list[int]  # 0 and the position after every line end, in order

    def _line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (``simple.rfind("\\n", 0, pos) + 1``), looked up: a text written as
        one long line would have every figure read back to its start."""
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def _blank(self, lo: int, hi: int) -> bool:
        """True when ``simple[lo:hi]`` holds only spaces (``not simple[lo:hi].strip(" \\u3000")``), read back from
        ``hi`` without copying the stretch."""
        simple = self.simple
        while hi > lo and simple[hi - 1] in " \u3000":
            hi -= 1
        return hi <= lo

    if TYPE_CHECKING:

        def _stop(self, pos: int, reach: int = 200) -> int: ...

        def _sentence_floor(self, para_start: int, start: int) -> int: ...

    def _ahead(self, value: str) -> bool:
        """Whether a year is after the text's own: a plan's (部署启动2023年…预申报工作 in fad1_04, August 2022),
        not the year a text that names only it is about."""
        year = year_of(value)
        return self.date is not None and year is not None and year > self.date.year

    def _resolve_times(self, title_end: int) -> None:
        """Resolve every time expression in text order, keeping the period in force: the last point
        (a year, half, quarter or month the text goes on about) outside parentheses that is not a
        reference to another year (去年…). The text's frame is the first such point of its title or lead
        (the first ~400 characters after the title; a date such as a meeting's is not a frame)."""
        self.times = find_times(self.simple)
        self.launch_text = "集中开工" in self.simple or "签约活动" in self.simple[:200]  # a batch (or a signing)
        # where runs start: 2019年以来, 自2006年苏州宿迁两市…以来 (the start and 以来 in one clause)
        self.since_starts = [
            (t.start, int(t.match.group("sy") or t.match.group("year")))
            for t in self.times
            if (t.match.group("since") and not self.simple.startswith("连续", t.end))  # 自2010年以来连续5年: a streak's
            or (
                t.kind == "point"
                and t.match.group("year")
                and simple_before(self.simple, t.start) in ("自", "从")
                and _SINCE_LATER.match(self.simple, t.end)
            )
        ]
        self.time_ends = [t.end for t in self.times]
        written = self.date.year if self.date else None
        lead_end = title_end + _LEAD
        first_body = _FIRST_BODY.search(self.simple, title_end)
        body = first_body.span() if first_body else (0, 0)
        # A newspaper report (a byline, 《人民日报》（2025年…）) tells what holds when it is written: only its title,
        # first paragraph or a heading frames it; a bulletin or a work report is framed by its lead.
        strict = _BYLINE.search(self.simple, 0, title_end + 300) is not None
        self.frame: str | None = None
        self.values: list[str] = []
        self.in_force: list[str | None] = []  # the period in force just after each expression
        self.programme_years: set[int] = set()  # bare years naming a programme under a stock-taking opener
        current = None
        previous: TimeExpression | None = None  # the expression before t
        opener: tuple[TimeExpression, str] | None = None  # the last year opening its sentence before a comma
        # 一、过去五年工作回顾 / 五年来,… opening a work report that writes no year: the years it reviews frame it
        self.lead_span = self._lead_span(lead_end, written, strict)
        reviewed = int(self.lead_span[1][-4:]) if self.lead_span is not None else written
        for t in self.times:
            year = self._base_year(t, current, reviewed)
            # 湘潭县2023年政府工作报告 (delivered in December 2022): the year it is delivered for, not the year its
            # review is about (no period of the text)
            value = UNKNOWN if self._report_year(t, title_end) else resolve(t, year, self.date, current)
            rel = t.match.group("rel")
            if year and rel in ("上年", "上一年") and simple_before(self.simple, t.start) in ("由", "从"):
                value = str(year - 1)  # 三次产业结构由上年的17.3:41.2:41.5调整为…: the year before the one in force
            if (
                t.kind == "streak"
                and previous is not None
                and previous.end == t.start
                and previous.match.group("bare") == "以来"
                and previous.match.group("year")
            ):
                value = streak_from(t, self.values[-1])  # 自2020年三季度以来连续7个季度: counted from its start
            self.values.append(value)
            if self.frame is None and value != UNKNOWN and t.start < lead_end:
                self.frame = self._lead_frame(t, value, strict, title_end, body)
            if (
                self.frame is None
                and (rel in ("去年", "上年") or (t.kind == "point" and YEAR_ONLY.fullmatch(value) is not None))
                and value != UNKNOWN
                and (t.start < title_end or body[0] <= t.start < body[1])
                and _DATA_NEXT.match(self.simple, t.end)
            ):
                # 各县均已公布去年GDP数据, 江苏各地2022年GDP数据陆续公布: the lead names the year the data are of
                self.frame = current = value
            if _under_opener(self.simple, t, previous):
                self.programme_years.add(len(self.values) - 1)  # 截至目前,2020年加強版百大項目…: no period
            elif value != UNKNOWN and (self._goes_on_about(t, value, opener) or self._names_frame(t, value)):
                current = value
            elif t.match.group("this") == "全年" and current and granularity(current) == "M":
                current = str(year_of(current))  # 2024年10月,…。全年GDP增长6%,…连续8个月: back to the whole year
            self.in_force.append(current)
            previous = t
            opener = (t, value) if self._opens_with_year(t, value) else opener
        points = [
            v
            for t, v in zip(self.times, self.values)
            if t.kind == "point"
            and year_of(v)
            and not _HISTORY.search(self.simple, max(0, t.start - 3), t.start)
            and simple_before(self.simple, t.start) not in ("由", "从")  # 从2015年的940亿元提高到: a starting point
        ]
        if self.frame is None and not strict and len({year_of(v) for v in points}) == 1 and not self._ahead(points[0]):
            self.frame = points[0]  # a text that names one year is about it (甘谷县政府2020年将…)
        self.frame_is_lead = self.frame is not None
        self.launch_day, self.launch_batch = self._launch_day(lead_end), self._launch_batch(lead_end)
        # whether the text writes the words the rules of period() look for at all (most texts do not: each rule
        # would search every figure's sentence for nothing)
        self.writes_plans = "计划" in self.simple or "年内" in self.simple
        self.writes_that_day = "当天" in self.simple or "当日" in self.simple
        self.writes_to_build = any(words in self.simple for words in ("拟建", "拟新建", "建成后", "投产后", "达产后"))
        self.heads = [
            k
            for k, t in enumerate(self.times)  # the title is not a heading: a bulletin's year is inferred
            # the title is not a heading, but a numbered line taken for one is (一、2019年…计划执行情况 opening a text),
            # and so are a review's subtitle (——吉林市上半年经济社会高质量发展综述) and a plan's title on a line of its
            # own (咸阳市2023年国民经济和社会发展计划) and a title that is only a period (the banner 今年前三季度): they
            # name what the text under them is about
            if self.values[k] != UNKNOWN
            and (
                t.start >= title_end
                or NUMBERED_LINE.match(self.simple, 0)
                or self._run_in_heading(t)
                or _TITLE_HEADING.match(self.simple, self._line_start(t.start), t.start) is not None
                or _PLAN_TITLE.match(self.simple, t.end) is not None
                or (_BANNER_END.match(self.simple, t.end) is not None and self._line_start(t.start) == t.start)
                or HEADING_WORDS.match(self.simple, t.end, t.end + 8) is not None
            )
            and is_heading(t, self.simple)
            and not self._headline(t)
        ]
        self.head_ends = [self.times[k].end for k in self.heads]
        # NUMBERED_LINE opens with ^, so its finditer would try every position of the text; the first line is
        # matched alone, the others as the same pattern after a line break, which ``re`` skips to in C.
        first = NUMBERED_LINE.match(self.simple)
        after_break = re.compile("\n" + NUMBERED_LINE.pattern.removeprefix("(?m)"), NUMBERED_LINE.flags)
        self.heading_lines = [0] * (first is not None) + [
            m.start() + 1 for m in after_break.finditer(self.simple, first.end() if first else 0)
        ]
        self.heading_levels = [heading_level(self.simple, pos) for pos in self.heading_lines]
        if self.frame is None and written is not None:
            self.frame = str(written)
        for k, t in enumerate(self.times):
            if t.start >= title_end or self.in_force[k] is not None or not self.frame_is_lead:
                break
            if t.kind == "streak":  # a title's 連續三個月 ends where the lead's 1月至10月 ends: 2022M8-M10
                self.values[k] = resolve(t, year_of(self.frame), self.date, self.frame)
