"""The period set-up of a text (:class:`PeriodFrames`): its time expressions resolved in order, the period in force
after each, the frame its title or lead sets, its headings and a batch's launch day (the rules in words:
:mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.fact_period_headings import (
    HEADING_WORDS,
    NUMBERED_LINE,
    heading_level,
    in_heading,
    is_heading,
)
from shangyu_analysis.extract.fact_period_parts import BASE_NEXT, opens_sentence, part_follows
from shangyu_analysis.text.periods import (
    REFERENCE_YEARS,
    UNKNOWN,
    TimeExpression,
    find_times,
    resolve,
    streak_from,
    year_of,
)

FULL_STOP = re.compile(r"[。！？!?\n]")
_LEAD = 400
# A frame opens its clause: “2022年,面对…”, “回顾2024年,”, a title “2022年云和县…公报”, a first numbered heading
# (一、2025年和“十四五”时期工作回顾); not “迎来2024年建设…”.
# A title “我省上半年宏观经济持续较快增长” frames its text too: 我省/全省 (the text's own place) opens it; so does a
# period right after a byline's parenthesis (南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南…).
_FRAME_LEAD = re.compile(
    r"(?:(?:^|[，,。；;：:！!\n“\s#>)）])(?:[我全本][省市区县])?|回顾|在|\n[一二三四五六七八九十]、)$"
)
_QUARTERS_TO = {"03-31": "Q1", "06-30": "H1", "09-30": "Q1-Q3"}  # a stock-taking day ending the quarters to date
_WHOLE_YEAR = frozenset({"全年", "这一年", "一年来"})
_BYLINE = re.compile(r"本报记者|记者 |《[^》\n]{2,12}》[（(]\d{4}年")
_FIRST_BODY = re.compile(r"(?m)^[^\n]{30,}$")  # the first paragraph of the body (a line of 30+ characters)
_DATA_NEXT = re.compile(r"(?:的|全年)?(?:GDP|地区生产总值|经济)?(?:数据|成绩单|年报|统计公报|经济运行)")
CLAUSE_TAIL = re.compile(r"[^，,。；;：:！？!?\n]*$")
_HISTORY = re.compile(r"(?:出现于|诞生于|始于|成立于|早在)$")  # 出现于2013年: when something first happened
# 2021年,广西经济运行持续恢复。初步预计,…: a time before a comma frames its own sentence, not the next (inferred there)
FRAME_COMMA = re.compile(r"[，,]")
CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n]")
_SINCE_LATER = re.compile(r"[^，,。；;！？!?\n]{0,40}以来")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPAN = re.compile(r"\d{4}-\d{4}")
YEAR_ONLY = re.compile(r"\d{4}")
# 上半年…持平后, : what came before (以后: a time to come)
# 分别比一季度两年平均和2019年上半年增速高…: the periods compared with (比 alone also opens 比重, 比上年)
# a list of them too: 分别比2020年、2019年同期高0.1个、5.8个百分点 (2019年 is compared with, as 2020年 is; 较去年全年和今年1-2月)
COMPARED_WITH = re.compile(
    r"(?:快于|慢于|高于|低于|好于|分别比|相当于)(?:\d{4}年[、和及与]|[^，,。；;：:！？!?\n\d]){0,12}$|[比较][上去]年全年[、和及与]$"
)
AFTER_IT = re.compile(r"[^，,。；;：:！？!?\n]{0,20}(?<!以)后[，,]")
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


def simple_before_clause(simple: str, pos: int) -> str:
    """The words of the clause before ``pos``."""
    found = CLAUSE_TAIL.search(simple, max(0, pos - 24), pos)
    return found.group(0) if found else ""


def simple_before(simple: str, pos: int) -> str:
    return simple[pos - 1 : pos] if pos > 0 else ""


def _updates(t: TimeExpression, simple: str) -> bool:
    """True when the time expression sets the period the text goes on about (a stock-taking day, 截至4月10日,
    does too: what follows is counted up to it; so does a day that opens its sentence before a comma)."""
    if t.kind == "day":
        # 截至4月10日, or a day opening its sentence before a comma (2025年11月29日，浏阳…焰火秀上演。): what follows
        # is of that day
        return bool(t.match.group("upto")) or (
            (t.start == 0 or simple[t.start - 1] in "。！？!?\n") and simple[t.end : t.end + 1] in "，,"
        )
    if t.kind != "point" or (t.match.group("rel") in REFERENCE_YEARS):
        return False
    if t.match.group("this"):
        return False
    before = simple[max(0, t.start - 40) : t.start]
    if before.endswith(("由", "从")):
        return False  # 由2005年的5:1缩小到2.6:1: a starting point, not the year the text is about
    if _HISTORY.search(before):
        return False  # 最早的千亿县出现于2013年: when something first happened, not the year the text is about
    if t.match.group("bare") == "以来" and (not t.match.group("year") or not CLAUSE_MARK.match(simple, t.end)):
        # 自3月份以来已连续4个月, 扭转了自2020年三季度以来连续7个季度…: where a run starts, not the period the text
        # is about; 2023年以来，… opening its clause is
        return False
    if AFTER_IT.match(simple, t.end) or COMPARED_WITH.search(simple, max(0, t.start - 20), t.start):
        # 这也是上半年经济增速与全国持平后,再次超过全国: what came before, not the period the text is about; nor are
        # the periods compared with (同比增长8.1%,分别快于一季度、2016年全年2.3个、7个百分点; 相当于2005年的3倍)
        return False
    return before.count("(") + before.count("（") <= before.count(")") + before.count("）")


def granularity(value: str) -> str:
    return "".join(ch for ch in value if ch.isalpha())[:1] or "Y"


_REPORT_TITLE = re.compile(r"[^\n，,。\d]{0,8}政府工作报告")
_TITLE_HEADING = re.compile(r"[ \u3000]*——")  # a subtitle: ——吉林市上半年经济社会高质量发展综述
_BANNER_END = re.compile(r"[ \u3000]*\n")  # a line that is only a period: the banner 今年前三季度
_PLAN_TITLE = re.compile(r"[^，,。；;：:\n\d]{0,16}发展计划[ \u3000]*(?:\n|$)")  # the line ends on the plan's name


class PeriodFrames:
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

    def _resolve_times(self, title_end: int) -> None:
        """Resolve every time expression in text order, keeping the period in force: the last point
        (a year, half, quarter or month the text goes on about) outside parentheses that is not a
        reference to another year (去年…). The text's frame is the first such point of its title or lead
        (the first ~400 characters after the title; a date such as a meeting's is not a frame)."""
        self.times = find_times(self.simple)
        self.launch_text = "集中开工" in self.simple  # a text about projects launched together (a batch)
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
        if self.frame is None and not strict and len({year_of(v) for v in points}) == 1:
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

    def _lead_frame(
        self, t: TimeExpression, value: str, strict: bool, title_end: int, body: tuple[int, int]
    ) -> str | None:
        """The frame that ``t``, in the text's lead, sets: a point opening its clause (过去一年,… opening a work
        report frames it, though it names the year before; in a newspaper report only in its title, first paragraph
        or a heading; not the base of a comparison: 在去年较快增长的基础上), or the quarters to date for a stock-taking at a quarter's end before any figure of the body
        (截至3月底,我区安排的90个重点建设项目,已有72个开工建设: ``2018Q1``; 截至9月底,已累计完成投资885.8亿元 after
        a batch's figures is none)."""
        framing = not strict or t.start < title_end or body[0] <= t.start < body[1]
        if t.kind != "point" or not (framing or in_heading(self.simple, t)):
            return None
        if not t.match.group("upto"):
            k = len(self.values) - 1  # ``t``'s index: its value was just appended
            if YEAR_ONLY.fullmatch(value) and part_follows(self.simple, self.times, k):
                return None  # 今年我市前三季度: the part frames the text
            # the part written with its year frames the text wherever it stands in the lead (开展2021年全市二季度…)
            opens = _FRAME_LEAD.search(self.simple, max(0, t.start - 5), t.start) or (
                k > 0 and part_follows(self.simple, self.times, k - 1)
            )
            return value if opens and not BASE_NEXT.match(self.simple, t.end) else None
        k = bisect.bisect_left(self.figure_starts, title_end)
        if (
            framing
            and value[5:] in _QUARTERS_TO
            and ISO_DAY.fullmatch(value)
            and (k == len(self.figure_starts) or self.figure_starts[k] > t.start)
        ):
            return value[:4] + _QUARTERS_TO[value[5:]]
        return None

    def _base_year(self, t: TimeExpression, current: str | None, reviewed: int | None) -> int | None:
        """The year ``t`` is resolved in: the period in force's, the frame's, else the year the text reviews; but a
        word for a whole year that names none (全年, 这一年, 一年来) in a text dated January to March that named no
        year before it is the year just ended (全年地区生产总值完成82.86亿元 in a work report's review dated
        February 2024: 2023, stated: 全年 is written in the figure's sentence)."""
        if current:
            return year_of(current)
        if self.frame:
            return year_of(self.frame)
        if (
            t.match.group("this") in _WHOLE_YEAR
            and reviewed
            and self.lead_span is None
            and self.date is not None
            and self.date.month <= 3
        ):
            return reviewed - 1
        return reviewed

    def _goes_on_about(self, t: TimeExpression, value: str, opener: tuple[TimeExpression, str] | None) -> bool:
        """True when ``t`` sets the period in force (:func:`_updates`, less the references below)."""
        return (
            _updates(t, self.simple)
            and not self._aside_this_year(t, value)
            and not self._inside_framed_sentence(t, value, opener)
        )

    def _names_frame(self, t: TimeExpression, value: str) -> bool:
        """True when 去年 names the year the text's lead frames it in (据介绍,去年全年全市新签约亿元项目413个 in a
        January text about 2022): not a reference to another year, but the year the text goes on about."""
        return t.kind == "point" and t.match.group("rel") == "去年" and self.frame is not None and value == self.frame

    def _opens_with_year(self, t: TimeExpression, value: str) -> bool:
        return t.kind == "point" and value != UNKNOWN and opens_sentence(self.simple, t)

    def _inside_framed_sentence(self, t: TimeExpression, value: str, opener: tuple[TimeExpression, str] | None) -> bool:
        """True when ``t`` names another year inside a sentence that a year opens before a comma (2022年,经开区入选…,
        在2021年度全国217家国家级开发区综合考评中位列第13位…。/ 奇瑞汽车连续19年…: up to 2022): a reference of
        its own clauses, not the period the next sentences go on about; a year opening a clause is one."""
        return (
            opener is not None
            and not CLAUSE_MARK.match(self.simple, t.start - 1)  # ,2019年大幅飆升,…,2020年突破: a story's steps
            and year_of(opener[1]) != year_of(value)
            and FULL_STOP.search(self.simple, opener[0].end, t.start) is None
        )

    def _aside_this_year(self, t: TimeExpression, value: str) -> bool:
        """True when 今年 in a text its lead frames in another year is no frame of its own (2019年,安巢经开区…。今年
        5月重点项目集中开工,42个项目…。/ 园区新增国家高新技术企业12家: 2019's): not followed by a comma, it tells
        of its own sentence only."""
        return (
            t.match.group("rel") == "今年"
            and self.frame is not None
            and year_of(self.frame) != year_of(value)
            and not FRAME_COMMA.match(self.simple, t.end)
        )

    def _launch_day(self, lead_end: int) -> str | None:
        """The day a batch of projects is launched on (集中开工), when the lead's sentence that writes it names no
        half or quarter as the batch (记者从10月7日召开的安徽2023年全省第四批重大项目开工动员会上了解到); a
        quarter's batch (2020年第四季度…集中开工) is that quarter's."""
        if not self.launch_text:
            return None
        for k, t in enumerate(self.times):
            if t.start >= lead_end:
                break
            if t.kind != "day" or not ISO_DAY.fullmatch(self.values[k]):
                continue
            stop = FULL_STOP.search(self.simple, t.end)
            end = stop.start() if stop else len(self.simple)
            if self.simple.find("开工", self._line_start(t.start), end) < 0:
                continue
            parts = range(k + 1, bisect.bisect_right(self.time_ends, end))
            return None if any(granularity(self.values[j]) in "HQ" for j in parts) else self.values[k]
        return None

    def _launch_batch(self, lead_end: int) -> str | None:
        """The half or quarter the lead names as a batch launched together (重庆18日举行2023年一季度重大项目集中
        开工活动: a day with no month, no time) in its sentence with 开工 after it: what 此次集中开工 is of when the
        text writes no day."""
        if not self.launch_text:
            return None
        for k in range(bisect.bisect_left(self.time_ends, lead_end)):
            t = self.times[k]
            stop = FULL_STOP.search(self.simple, t.end)
            if (
                t.kind == "point"
                and granularity(self.values[k]) in "HQ"
                and "开工" in self.simple[t.end : stop.start() if stop else None]
            ):
                return self.values[k]
        return None

    def _report_year(self, t: TimeExpression, title_end: int) -> bool:
        """True when ``t`` is the year in a work report's title (湘潭县2023年政府工作报告)."""
        return t.start < title_end and _REPORT_TITLE.match(self.simple, t.end) is not None

    def _run_in_heading(self, t: TimeExpression) -> bool:
        """True when ``t`` opens heading words run into a text on one line after its first sentences (…请予审议,
        并请各位政协委员和其他列席人员提出意见。 2022年工作回顾 刚刚过去的一年,…): the whole line is no title."""
        return (
            HEADING_WORDS.match(self.simple, t.end, t.end + 8) is not None
            and self.simple[t.start - 1 : t.start] in (" ", "\u3000")
            and FULL_STOP.search(self.simple, 0, t.start) is not None
        )

    def _lead_span(self, lead_end: int, written: int | None, strict: bool) -> tuple[TimeExpression, str] | None:
        """The span of years (``2018-2022``) a text reviews when the first time expression of its lead is one
        (一、过去五年工作回顾 / 过去的五年极不寻常。五年来,…) and the text writes no year at all: a work report's
        review, whose levels are of the span's last year and whose totals and averages of the span."""
        if strict or not self.times or self.times[0].kind != "back" or self.times[0].start >= lead_end:
            return None
        if self.times[0].match.group("bn4") or any(t.match.group("year") for t in self.times):
            return None
        value = resolve(self.times[0], written, self.date, None)
        return (self.times[0], value) if _SPAN.fullmatch(value) else None

    def _headline(self, t: TimeExpression) -> bool:
        """True when ``t`` is in an unnumbered short line that holds a figure (廣西去年GDP增長7.5%): a news
        subtitle that tells a result, not a heading over the paragraphs after it."""
        line_start = self._line_start(t.start)
        line_end = self.simple.find("\n", t.end)
        line_end = len(self.simple) if line_end < 0 else line_end
        k = bisect.bisect_left(self.figure_starts, t.end)
        return (
            k < len(self.figure_starts)
            and self.figure_starts[k] < line_end
            and in_heading(self.simple, t)
            and not NUMBERED_LINE.match(self.simple, line_start)
            and not self.simple[line_start:line_end].rstrip().endswith((":", "："))
        )
