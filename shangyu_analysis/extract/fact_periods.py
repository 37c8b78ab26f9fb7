"""The period rules of a figure's facts (the rules in words: :mod:`shangyu_analysis.extract.facts`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.fact_period_parts import (
    FROM,
    TO,
    aside,
    from_to,
    opens_sentence,
    out_of_scope,
    scoped,
    span_part,
)
from shangyu_analysis.text.periods import (
    AS_OF,
    REFERENCE_YEARS,
    UNKNOWN,
    PeriodFact,
    TimeExpression,
    find_times,
    plan_years,
    resolve,
    streak_from,
    year_of,
)

FULL_STOP = re.compile(r"[。！？!?\n]")
_LEAD = 400
_OPENING = 8
# A frame opens its clause: “2022年,面对…”, “回顾2024年,”, a title “2022年云和县…公报”, a first numbered heading
# (一、2025年和“十四五”时期工作回顾); not “迎来2024年建设…”.
_FRAME_LEAD = re.compile(r"(?:^|[，,。；;：:！!\n“\s#>]|回顾|在|\n[一二三四五六七八九十]、)$")
_NOT_STATED = frozenset({"same"})
_YEAR_ONLY = re.compile(r"\d{4}")
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")  # 經(jīng)濟: a reading aid, not the line's words
_BYLINE = re.compile(r"本报记者|记者 |《[^》\n]{2,12}》[（(]\d{4}年")
_FIRST_BODY = re.compile(r"(?m)^[^\n]{30,}$")  # the first paragraph of the body (a line of 30+ characters)
_ALREADY = re.compile(r"已|现有")
_DATA_NEXT = re.compile(r"(?:的|全年)?(?:GDP|地区生产总值|经济)?(?:数据|成绩单|年报|统计公报|经济运行)")
_CLAUSE_TAIL = re.compile(r"[^，,。；;：:！？!?\n]*$")
_OVER_SPAN = re.compile(r"年均|累计")
_YEAR_PART = re.compile(r"(\d{4})((?:H|Q)\d)?")  # a year, a half or a quarter: what 两年平均 can span
_PLANNED = re.compile(r"(?<![完成占])(?<!占年度)(?<!完成年度)计划(?!目标)")  # 占年度计划的40.6%: a share of it
_ESTIMATE = re.compile(r"预计(?![到至]?\d{4}|[到至今明]年)")  # 预计全省…达: not 预计2025年 (a target)
_HISTORY = re.compile(r"(?:出现于|诞生于|始于|成立于|早在)$")  # 出现于2013年: when something first happened
_NOT_SPANNED = frozenset({"same", "compare", "target", "within", "streak", "day", "asof"})
_NOT_INHERITED = frozenset({"same", "compare", "target", "within", "back", "since", "streak", "day", "asof"})
_COUNTED_YEARS = frozenset({"within"})  # 用3年时间: the years are counted, not written (inferred)
_RATE = re.compile(r"增速|增长")
# 2021年,广西经济运行持续恢复。初步预计,…: a time before a comma frames its own sentence, not the next (inferred there)
_FRAME_COMMA = re.compile(r"[，,]")
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n]")
_TOTAL_INVESTMENT = re.compile(r"总投资(?:额|规模)?(?:约为|约|超过|超|近|达到|达)?$")
_OF_A_PROJECT = re.compile(r"[\d.,]+[^\d的，,。；;]{0,4}的")
_SINCE_LATER = re.compile(r"[^，,。；;！？!?\n]{0,40}以来")
_PROJECT_NAME = re.compile(r"[^，,。；;：:！？!?\n、()（）]{0,20}?(?:项目|工程)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPAN = re.compile(r"\d{4}-\d{4}")
_THIS_EVENT = re.compile(
    r"(?:本次|此次|这次|当日|当天)(?:集中)?(?:开工|签约|开工的|签约的)"
)  # an event the text reports
# 上半年…持平后, : what came before (以后: a time to come)
# 分别比一季度两年平均和2019年上半年增速高…: the periods compared with (比 alone also opens 比重, 比上年)
_COMPARED_WITH = re.compile(r"(?:快于|慢于|高于|低于|好于|分别比)[^，,。；;：:！？!?\n\d]{0,12}$")
# 全年计划投资83.3亿元, 年内计划完成投资284亿元, 宁夏2021年计划实施…1140个以上: a plan for the whole year
_YEAR_PLAN = re.compile(r"(?:全年|年内|\d{4}年)计划|年内")  # 年内投资37亿元: within the year, no plan word
_AFTER_IT = re.compile(r"[^，,。；;：:！？!?\n]{0,20}(?<!以)后[，,]")


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


def _clause_end(simple: str, pos: int) -> int:
    found = _CLAUSE_MARK.search(simple, pos, pos + 40)
    return found.start() if found else min(len(simple), pos + 40)


def simple_before_clause(simple: str, pos: int) -> str:
    """The words of the clause before ``pos``."""
    found = _CLAUSE_TAIL.search(simple, max(0, pos - 24), pos)
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
    if t.match.group("bare") == "以来" and (not t.match.group("year") or not _CLAUSE_MARK.match(simple, t.end)):
        # 自3月份以来已连续4个月, 扭转了自2020年三季度以来连续7个季度…: where a run starts, not the period the text
        # is about; 2023年以来，… opening its clause is
        return False
    if _AFTER_IT.match(simple, t.end) or _COMPARED_WITH.search(simple, max(0, t.start - 20), t.start):
        # 这也是上半年经济增速与全国持平后,再次超过全国: what came before, not the period the text is about; nor are
        # the periods compared with (同比增长8.1%,分别快于一季度、2016年全年2.3个、7个百分点)
        return False
    return before.count("(") + before.count("（") <= before.count(")") + before.count("）")


_SHORT_LINE = re.compile(
    r"(?m)^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])"
)
_LEVELS = ((re.compile(r"\s*第[一二三四五六七八九十]+[章节部分]"), 0), (re.compile(r"\s*[一二三四五六七八九十]+、"), 1))


def _level(simple: str, line_start: int) -> int:
    """A numbered heading's level (第一章 0, 一、 1, （一） 2); 9 for a line that is no numbered heading (a short
    line such as 2019年主要预期目标:, whose scope any numbered heading ends)."""
    for pattern, level in _LEVELS:
        if pattern.match(simple, line_start):
            return level
    return 2 if _SHORT_LINE.match(simple, line_start) else 9


_HEADING_WORDS = re.compile(r"(?:主要)?(?:工作)?(?:回顾|主要工作|预期目标|主要目标|总体要求|工作目标)")


def _in_heading(simple: str, t: TimeExpression) -> bool:
    """True when the expression is in a short line without a full stop or comma (2022年主要工作和成效), or a
    numbered one without a full stop (一、奋发有为,2018年迈出铿锵步伐)."""
    line_start = simple.rfind("\n", 0, t.start) + 1
    line_end = simple.find("\n", t.end)
    line = _PINYIN.sub("", simple[line_start : len(simple) if line_end < 0 else line_end]).strip()
    if _SHORT_LINE.match(line):  # 一、奋发有为,2018年迈出铿锵步伐: a numbered heading may hold a comma
        return len(line) <= 30 and not any(mark in line for mark in "。；;")
    return len(line) <= 24 and not any(mark in line for mark in "。，,；;") and not _phrase_a_line(simple, line_start)


def _phrase_a_line(simple: str, line_start: int) -> bool:
    """True when the short line at ``line_start`` is one of a text written a phrase a line (“2021年云南全省及16州市
    / 地区生产总值(GDP)数据 / 目前已经全部出炉”): the lines right before and after it are short ones too."""
    if line_start < 2:
        return False
    before = simple[simple.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    after_end = simple.find("\n", line_start)
    if after_end < 0:
        return False
    nxt = simple.find("\n", after_end + 1)
    after = simple[after_end + 1 : len(simple) if nxt < 0 else nxt].strip()
    return 0 < len(before) <= 24 and 0 < len(after) <= 24 and not before.endswith((":", "："))


def _heads(t: TimeExpression, simple: str) -> bool:
    """True when the time expression is in a heading: a short line without a full stop, or words such as
    2014年工作回顾 / 2019年主要预期目标 (a heading run into the text)."""
    if t.kind != "point":
        return False
    return _HEADING_WORDS.match(simple, t.end, t.end + 8) is not None or _in_heading(simple, t)


_TO_ANY = re.compile(TO.pattern.rstrip("$"))  # 从2015年的…提高到…: a change from a starting point
_FROM_NEAR = re.compile(r"(?:从|由)[^，,。；;从由到至]{0,4}$")  # 由全省第48位: the scope's words may intervene


def _year_before_aside(simple: str, value: str, start: int) -> str:
    """较上年同期(3.2%)回升: the value in parentheses right after 上年同期 is that period's, a year before."""
    if simple[start - 1 : start] not in ("(", "（") or not _SAME_PERIOD.search(simple, max(0, start - 8), start - 1):
        return value
    shape = _SHIFTABLE.fullmatch(value)
    return f"{int(shape.group(1)) - 1}{shape.group(2)}" if shape else value


_SAME_PERIOD = re.compile(r"(?:上年|去年)同期$")
_SHIFTABLE = re.compile(r"(\d{4})((?:H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?)")


def _from_or_to(simple: str, value: str, after: int, start: int) -> str:
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


def _granularity(value: str) -> str:
    return "".join(ch for ch in value if ch.isalpha())[:1] or "Y"


class PeriodRules:
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: resolves the text's time expressions once
    (``simple``, ``date``, ``figure_starts`` and ``_stop`` come from the finder) and gives each figure its period."""

    # set by the finder's __init__
    simple: str
    date: dt.date | None
    figure_starts: list[int]
    stops: list[int]

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
            year = year_of(current) if current else (year_of(self.frame) if self.frame else reviewed)
            value = resolve(t, year, self.date, current)
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
            if (
                self.frame is None
                and value != UNKNOWN
                and t.kind == "point"
                and t.start < lead_end
                and not t.match.group("upto")
                and _FRAME_LEAD.search(self.simple, max(0, t.start - 3), t.start)
                and (not strict or t.start < title_end or body[0] <= t.start < body[1] or _in_heading(self.simple, t))
            ):
                self.frame = value  # 过去一年,… opening a work report frames it, though it names the year before
            elif (
                self.frame is None
                and rel in ("去年", "上年")
                and value != UNKNOWN
                and (t.start < title_end or body[0] <= t.start < body[1])
                and _DATA_NEXT.match(self.simple, t.end)
            ):
                self.frame = current = value  # 各县均已公布去年GDP数据: the lead names the year the data are of
            if _under_opener(self.simple, t, previous):
                self.programme_years.add(len(self.values) - 1)  # 截至目前,2020年加強版百大項目…: no period
            elif value != UNKNOWN and self._goes_on_about(t, value, opener):
                current = value
            elif t.match.group("this") == "全年" and current and _granularity(current) == "M":
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
        self.launch_day = self._launch_day(lead_end)
        # whether the text writes the words the rules of period() look for at all (most texts do not: each rule
        # would search every figure's sentence for nothing)
        self.writes_plans = "计划" in self.simple or "年内" in self.simple
        self.writes_that_day = "当天" in self.simple or "当日" in self.simple
        self.heads = [
            k
            for k, t in enumerate(self.times)  # the title is not a heading: a bulletin's year is inferred
            # the title is not a heading, but a numbered line taken for one is (一、2019年…计划执行情况 opening a text)
            if self.values[k] != UNKNOWN
            and (t.start >= title_end or _SHORT_LINE.match(self.simple, 0) or self._run_in_heading(t))
            and _heads(t, self.simple)
            and not self._headline(t)
        ]
        self.head_ends = [self.times[k].end for k in self.heads]
        # _SHORT_LINE opens with ^, so its finditer would try every position of the text; the first line is
        # matched alone, the others as the same pattern after a line break, which ``re`` skips to in C.
        first = _SHORT_LINE.match(self.simple)
        after_break = re.compile("\n" + _SHORT_LINE.pattern.removeprefix("(?m)"), _SHORT_LINE.flags)
        self.heading_lines = [0] * (first is not None) + [
            m.start() + 1 for m in after_break.finditer(self.simple, first.end() if first else 0)
        ]
        self.heading_levels = [_level(self.simple, pos) for pos in self.heading_lines]
        if self.frame is None and written is not None:
            self.frame = str(written)
        for k, t in enumerate(self.times):
            if t.start >= title_end or self.in_force[k] is not None or not self.frame_is_lead:
                break
            if t.kind == "streak":  # a title's 連續三個月 ends where the lead's 1月至10月 ends: 2022M8-M10
                self.values[k] = resolve(t, year_of(self.frame), self.date, self.frame)

    def _goes_on_about(self, t: TimeExpression, value: str, opener: tuple[TimeExpression, str] | None) -> bool:
        """True when ``t`` sets the period in force (:func:`_updates`, less the references below)."""
        return (
            _updates(t, self.simple)
            and not self._aside_this_year(t, value)
            and not self._inside_framed_sentence(t, value, opener)
        )

    def _opens_with_year(self, t: TimeExpression, value: str) -> bool:
        return t.kind == "point" and value != UNKNOWN and opens_sentence(self.simple, t)

    def _inside_framed_sentence(self, t: TimeExpression, value: str, opener: tuple[TimeExpression, str] | None) -> bool:
        """True when ``t`` names another year inside a sentence that a year opens before a comma (2022年,经开区入选…,
        在2021年度全国217家国家级开发区综合考评中位列第13位…。/ 奇瑞汽车连续19年…: up to 2022): a reference of
        its own clauses, not the period the next sentences go on about; a year opening a clause is one."""
        return (
            opener is not None
            and not _CLAUSE_MARK.match(self.simple, t.start - 1)  # ,2019年大幅飆升,…,2020年突破: a story's steps
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
            and not _FRAME_COMMA.match(self.simple, t.end)
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
            if t.kind != "day" or not _DAY.fullmatch(self.values[k]):
                continue
            stop = FULL_STOP.search(self.simple, t.end)
            end = stop.start() if stop else len(self.simple)
            if "开工" not in self.simple[self.simple.rfind("\n", 0, t.start) + 1 : end]:
                continue
            parts = range(k + 1, bisect.bisect_right(self.time_ends, end))
            return None if any(_granularity(self.values[j]) in "HQ" for j in parts) else self.values[k]
        return None

    def _run_in_heading(self, t: TimeExpression) -> bool:
        """True when ``t`` opens heading words run into a text on one line after its first sentences (…请予审议,
        并请各位政协委员和其他列席人员提出意见。 2022年工作回顾 刚刚过去的一年,…): the whole line is no title."""
        return (
            _HEADING_WORDS.match(self.simple, t.end, t.end + 8) is not None
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

    def _passing_reference(self, k: int) -> bool:
        """True when the expression ``k`` names another year than the text's frame inside its sentence (雖已遠勝去年
        上半年 in a text about 2021): a reference for its own clauses, not a period the next sentences go on about."""
        t = self.times[k]
        return (
            t.kind == "point"
            and scoped(t)
            and not opens_sentence(self.simple, t)
            and year_of(self.values[k]) != (year_of(self.frame) if self.frame else None)
        )

    def _headline(self, t: TimeExpression) -> bool:
        """True when ``t`` is in an unnumbered short line that holds a figure (廣西去年GDP增長7.5%): a news
        subtitle that tells a result, not a heading over the paragraphs after it."""
        line_start = self.simple.rfind("\n", 0, t.start) + 1
        line_end = self.simple.find("\n", t.end)
        line_end = len(self.simple) if line_end < 0 else line_end
        k = bisect.bisect_left(self.figure_starts, t.end)
        return (
            k < len(self.figure_starts)
            and self.figure_starts[k] < line_end
            and _in_heading(self.simple, t)
            and not _SHORT_LINE.match(self.simple, line_start)
            and not self.simple[line_start:line_end].rstrip().endswith((":", "："))
        )

    def _carried(self, pos: int) -> str | None:
        """The period in force at ``pos`` as carried into a paragraph that names none: at the frame's
        granularity (a quarterly report carries its quarter; a yearly text the year of a month range)."""
        k = bisect.bisect_right(self.time_ends, pos) - 1
        value = self.in_force[k] if k >= 0 else None
        if value is None:
            return self.frame
        if self.frame and _granularity(value) != _granularity(self.frame):
            # a half-year report that went on about its second quarter carries its half (2022H1), not the year
            return self.frame if year_of(value) == year_of(self.frame) else str(year_of(value))
        return value

    def _nearest(self, lo: int, hi: int, skip: frozenset) -> int | None:
        """The last time expression in [lo, hi] of a kind not in ``skip``; one in parentheses that close
        before ``hi`` is an aside (（2015和2016年同期增速分别为…）) and is passed over, unless it is a span
        (实施方案（2024—2027年）: the plan's years)."""
        k = bisect.bisect_right(self.time_ends, hi) - 1
        while k >= 0 and self.times[k].start >= lo:
            t = self.times[k]
            if (
                t.kind not in skip
                and self.values[k] != UNKNOWN
                and (t.kind == "span" or not aside(self.simple, t.end, hi))
            ):
                return k
            k -= 1
        return None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        """The period of the figure at ``start`` (:meth:`_period`); a starting level (规上企业从153家发展到268家,
        排名由第5位跃居第3位) given the year in force is of the year before it: where the change started from."""
        found = self._period(start, end, para_start, kind)
        if self.writes_plans and _YEAR_ONLY.match(found.value) and (plan := self._year_plan(start)) is not None:
            # of the year in force, written in its clause (全年, 年内) or its sentence (2021年计划): not a batch's day
            return PeriodFact(found.value[:4], "stated", plan)
        day = self._that_day(start) if self.writes_that_day else None
        if day is not None and found.value[:4] == day[:4]:
            return PeriodFact(day, "stated", "当天")  # 5月21日,…推进会…举行。当天,宁夏第二批287个重大项目开工建设
        if (
            self.launch_day is not None
            and found.value == self.launch_day[:4]
            and not found.evidence.startswith(("今年", "当年", "全年"))  # words that name the whole year
            and "年度" not in simple_before_clause(self.simple, start)
        ):
            # 10月7日召开的安徽2023年全省第四批重大项目开工动员会: the batch's figures are of its day (a year's plan,
            # 年度计划投资457.5亿元, and 今年…前三批 stay the year's)
            found = PeriodFact(self.launch_day, found.basis, found.evidence)
        if (
            self.simple[start - 1 : start] in ("从", "由")
            and kind != "percent"
            and _YEAR_ONLY.fullmatch(found.value)
            and not found.evidence.startswith(("比", "较", "与", "同", "是"))  # 是2012年的2.2倍,排位从第24位: 2012's
            and _TO_ANY.search(self.simple, end, _clause_end(self.simple, end))
        ):
            return PeriodFact(str(int(found.value) - 1), "inferred", found.evidence)  # that year is not written
        return found

    def _that_day(self, start: int) -> str | None:
        """The day that 当天 or 当日 in the figure's sentence refers back to, written before it in its paragraph
        (5月21日,…推进会…举行。当天,宁夏第二批287个重大项目开工建设); None when no day is written there
        (当日开工的… in a report that writes no day is of its date, inferred)."""
        # the marks are looked for after the line's start only: a mark a text never writes (！) would otherwise be
        # looked for back to the text's start for every figure
        before = self.simple.rfind("\n", 0, start) + 1
        own = max(before - 1, *(self.simple.rfind(mark, before, start) for mark in "。！？")) + 1
        if "当天" not in self.simple[own:start] and "当日" not in self.simple[own:start]:
            return None
        k = bisect.bisect_right(self.time_ends, start) - 1
        while k >= 0 and self.times[k].start >= before:
            if self.times[k].kind == "day" and _DAY.fullmatch(self.values[k]):
                return self.values[k]
            k -= 1
        return None

    def _year_plan(self, start: int) -> str | None:
        """The words of a plan for a whole year that the figure at ``start`` is part of: 全年计划 or 年内计划 in its
        clause, a year's plan (宁夏2021年计划实施…重大项目1140个以上,完成投资1500亿元) in its sentence; 年度计划
        is left to the period in force (占年度计划的40.6% is a share reached by then)."""
        clause = _YEAR_PLAN.search(simple_before_clause(self.simple, start))
        if clause is not None and not clause.group(0)[0].isdigit():
            return clause.group(0)
        line = self.simple.rfind("\n", 0, start)
        sentence = self.simple[max(line, self.simple.rfind("。", line + 1, start)) + 1 : start]
        written = re.search(r"\d{4}年计划", sentence)
        return written.group(0) if written else None

    def _period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
        simple = self.simple
        k: int | None  # an index of self.times; None when _nearest finds none
        para_start = self._sentence_floor(para_start, start)
        k = bisect.bisect_left(self.time_ends, end)  # a figure inside a streak (连续44个月) spans it
        if (
            k < len(self.times)
            and self.times[k].kind == "streak"
            and self.times[k].start < start <= end <= self.times[k].end
            and self.values[k] != UNKNOWN
        ):
            # stated when its sentence writes the period it ends in (2025年,…连续四年; 1—5月,…连续3个月)
            j = self._nearest(max(para_start, self._stop(start)), self.times[k].start, _NOT_INHERITED - {"since"})
            # or the start it runs from (自2020年三季度以来连续7个季度)
            ends = j is not None and (
                year_of(self.values[j]) == year_of(self.values[k]) or self.values[k].startswith(f"{self.values[j]}-")
            )
            return PeriodFact(self.values[k], "stated" if ends else "inferred", self.times[k].words)
        if kind == "other" and _PROJECT_NAME.match(simple, end):
            # 年产10万吨高纯多晶硅项目, 2×66万千瓦热电联产项目: the size in a project's name is no flow of a period
            return PeriodFact(AS_OF, "inferred", "")
        sent = own = max(para_start, self._stop(start))
        while sent > para_start and simple.startswith("其中", sent):  # 其中… continues the sentence before
            sent = max(para_start, self._stop(sent - 1))
        k = self._nearest(sent, start, _NOT_STATED)
        while k is not None and (
            out_of_scope(simple, self.times[k], start)
            or (self.times[k].kind == "target" and FROM.search(simple, max(0, start - 2), start))
            or k in self.programme_years
        ):
            # a comparison governs its own clause; 到2027年…比重由66.8%提升至75%: 66.8% is where the target starts
            k = self._nearest(sent, self.times[k].start, _NOT_STATED)
        if k is not None:
            t = self.times[k]
            value = self.values[k]
            sided = False
            if t.kind == "compare":
                j = self._nearest(para_start, t.start, _NOT_INHERITED)
                if j is not None and _AFTER_IT.match(simple, self.times[j].end):
                    j = None  # 上半年…持平后,…比上半年加快: the earlier period is no later side
                later = self.values[j] if j is not None else self._carried(t.start)
                compared = resolve(t, year_of(later) if later else None, self.date, later)
                value = _from_or_to(simple, compared, t.end, start)
                # 是2012年的2.2倍,排位从第24位跃升到第18位: a side, its year not written by the figure (较一季度(-10.8%)
                # is: the value in parentheses right after the compared period)
                sided = value != compared and simple[start - 1 : start] not in ("(", "（")
            if (
                value != UNKNOWN
                and t.kind == "point"
                and simple[t.start - 1 : t.start] in ("由", "从")
                and _TO_ANY.search(simple, t.end, start)
            ):
                return self._after_start(t, value, para_start, start)  # 由2005年的5:1缩小到2.6:1
            if value != UNKNOWN:
                moved = from_to(simple, value, t, start)  # 近两年…从274家增至639家: the span's first or last year
                sided = sided or (moved != value and t.kind == "back")  # 2021年至2024年,…从38%: both ends written
                value = self._average_span(self._one_each(moved, t, start), para_start, start)
                value = _year_before_aside(simple, value, start)
                # read from the sentence a 其中 sentence continues, the period is not written in the figure's own
                stated = t.kind not in _COUNTED_YEARS and t.start >= own and not sided
                if (
                    t.kind == "back"
                    and not t.match.group("bn4")  # 五年净增608万户: the change over the years
                    and (reached := span_part(simple, value, t, start, kind)) != value
                ):
                    # 过去五年…主要经济指标突破了两万亿: the state at the span's end, a year not written
                    return PeriodFact(reached, "inferred", t.words)
                return PeriodFact(value, "stated" if stated else "inferred", t.words)
        if (this := _THIS_EVENT.search(simple, sent, start)) and (event := self._event_period(start, this)) is not None:
            # 本次集中开工的项目估算总投资额4269亿元: of the event's day, or of the batch it names
            return self._governed(PeriodFact(event, "inferred", ""), start)
        k = self._nearest(para_start, sent, _NOT_SPANNED)
        if k is not None and simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从"):
            k = self._nearest_not_start(para_start, self.times[k].start, _NOT_SPANNED)  # 从2015年的: a starting point
        if (
            k is not None
            and simple[self.times[k].end : self.times[k].end + 1] in ("，", ",")
            and self._own_sentence_year(k)
        ):
            # 五年来,…。2021年,三大优势产业总产值分别达到…。建成人才公寓536套: back to the span
            k = self._nearest_not_start(para_start, self.times[k].start, _NOT_SPANNED)
            k = k if k is not None and self.times[k].kind == "back" else None
        if k is not None and self.times[k].kind == "back":  # 二十年来,…面积从7.3…拓展至39…
            return PeriodFact(
                span_part(simple, self.values[k], self.times[k], start, kind), "inferred", self.times[k].words
            )
        k = self._nearest(para_start, sent, _NOT_INHERITED)
        while k is not None and (
            simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从")  # 由2015年第33位: a starting point
            or self._not_carried_on(self.times[k])
            or (self.times[k].match.group("rel") in REFERENCE_YEARS and self._passing_reference(k))
            or k in self.programme_years
        ):
            k = self._nearest(para_start, self.times[k].start, _NOT_INHERITED)
        if k is not None:
            t = self.times[k]
            if self._lead_sentence(t.start, para_start) and not _FRAME_COMMA.match(simple, t.end):
                return PeriodFact(self.values[k], "stated", t.words)
            value = self._two_years(self.values[k], para_start, start)
            if self.since_starts and t.kind == "point" and _YEAR_ONLY.fullmatch(value):
                value = self._since_start(value, start)  # 2019年以来,…。…累计完成投资6988亿元
            return self._governed(PeriodFact(value, "inferred", t.words), start)
        if self.lead_span is not None and not self.frame_is_lead and start > self.lead_span[0].end:
            span, value = self.lead_span  # 五年来,…。综合实力大幅提升。生产总值突破6万亿元: the span's last year
            return PeriodFact(span_part(simple, value, span, start, kind), "inferred", span.words)
        if not self.frame_is_lead and (self.date is not None or self._timeless_before(start)):
            return self._as_written(sent, start, kind)
        carried = self._carried(start)
        if carried is not None:
            return self._governed(PeriodFact(carried, "inferred", ""), start)
        return PeriodFact()

    def _not_carried_on(self, t: TimeExpression) -> bool:
        """True when the point ``t`` is one a later sentence does not go on about: where a run starts inside its
        clause (经过2014年一季度以来的13个季度后,…。分产业看,第一产业增加值320亿元: the half in force), or a period
        compared with (分别快于一季度、2016年全年2.3个、7个百分点。…能源工业增加值增长8.1%)."""
        return t.kind == "point" and (
            (t.match.group("bare") == "以来" and t.match.group("year") and not _CLAUSE_MARK.match(self.simple, t.end))
            or _COMPARED_WITH.search(self.simple, max(0, t.start - 20), t.start) is not None
        )

    def _own_sentence_year(self, k: int) -> bool:
        """True when the expression ``k`` is the last year of a span written before it in its paragraph, and
        opens its sentence before a comma (五年来,…。2021年,…分别达到75亿元…。): a frame of that sentence only."""
        t = self.times[k]
        if t.kind != "point" or not _FRAME_COMMA.match(self.simple, t.end) or self._stop(t.start) != t.start:
            return False
        j = self._nearest_not_start(self.simple.rfind("\n", 0, t.start) + 1, t.start, _NOT_SPANNED)
        return j is not None and self.times[j].kind == "back" and self.values[j].endswith(f"-{self.values[k]}")

    def _nearest_not_start(self, lo: int, hi: int, skip: frozenset) -> int | None:
        """:meth:`_nearest`, passing over starting points (从2015年的940亿元: where a change starts)."""
        k = self._nearest(lo, hi, skip)
        while k is not None and self.simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从"):
            k = self._nearest(lo, self.times[k].start, skip)
        return k

    def _after_start(self, t: TimeExpression, value: str, para_start: int, start: int) -> PeriodFact:
        """A figure after the starting point ``t`` of a change (从2015年的940亿元提高到1242亿元,年均增长5.1%): under
        a span the paragraph names (过去五年,是…的五年。) the level reached is of its last year, an average or total
        (年均, 累计) in the figure's clause of the span, stated (从2015年 writes where it starts); else the period
        in force."""
        k = self._nearest_not_start(para_start, t.start, _NOT_SPANNED)
        if k is not None and self.times[k].kind in ("back", "plan", "span"):
            span = self.values[k]
            clause = _CLAUSE_TAIL.search(self.simple, max(t.end, start - 24), start)
            if _OVER_SPAN.search(clause.group(0) if clause else ""):
                return PeriodFact(span, "stated", t.words)
            return PeriodFact(span.rsplit("-", 1)[-1], "inferred", self.times[k].words)
        return PeriodFact(self._carried(start) or value, "inferred", "")

    def _as_written(self, sent: int, start: int, kind: str | None) -> PeriodFact:
        """A figure of a text not framed by its lead, with no period in its paragraph: what holds when the text is
        written (``as_of_publication``; stated when its sentence says 已/现有), nothing for a length or a time in a
        story, but a growth rate takes the period the text named before it."""
        if not self.times and self.date is not None and self.date.month <= 3:
            # a text dated January to March that names no time at all (a work report's review: 成功创建各级文明村镇
            # 181个…新建改扩建幼儿园7所) reports on the year just ended
            return PeriodFact(str(self.date.year - 1), "inferred", "")
        named = self._named_before(start)
        if kind == "percent" and named is not None and _RATE.search(self.simple, sent, start):
            # 增速…南阳(6.3%) after “今年上半年,河南省GDP同比增长5.7%”: a growth rate is a flow over the period
            # the text went on about, not a state when it is written
            return self._governed(PeriodFact(named, "inferred", ""), start)
        if kind in ("other", "duration"):
            return PeriodFact()  # a length or a time in a story: nothing says when
        if named is not None and _DAY.fullmatch(named):
            # 截至4月10日,全市共落实…重点项目481个。…产业项目…共307个: counted up to the day the text took stock
            return self._governed(PeriodFact(named, "inferred", ""), start)
        already = _ALREADY.search(self.simple, sent, start)  # 已集聚各类金融机构430余家: the sentence says so
        return PeriodFact(AS_OF, "stated", already.group(0)) if already else PeriodFact(AS_OF, "inferred", "")

    def _named_before(self, start: int) -> str | None:
        """The period in force at ``start`` when the text named one before it (not its frame by default)."""
        k = bisect.bisect_right(self.time_ends, start) - 1
        return self.in_force[k] if k >= 0 else None

    def _event_period(self, start: int, this: re.Match[str]) -> str | None:
        """The period of the event a text reports (本次集中开工): the last day written before ``start`` (12月25日,
        a dateline's 2月22日), or the part of a year its sentence names as the batch (5月18日,2023年二季度湖北省
        重大项目集中开工活动举行: ``2023Q2``); None when no day is written, but 当日开工的 (the day itself) in a
        report that writes none (…集中开工活动26日举行) is of the day it is dated."""
        k = bisect.bisect_right(self.time_ends, start) - 1
        while k >= 0 and (self.times[k].kind != "day" or self.values[k] == UNKNOWN):
            k -= 1
        if k < 0:
            return self.date.isoformat() if self.date and this.group(0).startswith("当") else None
        stop = FULL_STOP.search(self.simple, self.times[k].end)
        end = min(stop.start() if stop else len(self.simple), start)
        for j in range(k + 1, bisect.bisect_right(self.time_ends, end)):
            if self.times[j].kind == "point" and _granularity(self.values[j]) in "HQ":
                return self.values[j]
        return self.values[k]

    def _timeless_before(self, start: int) -> bool:
        """True when an undated text names no time at all before ``start``: its counts are what holds when it is
        written (``as_of_publication`` needs no date), while one that wrote 今年 or 上半年 meant a period the
        missing date would have resolved (left ``-``)."""
        return not self.times or self.times[0].start >= start

    def _average_span(self, value: str, para_start: int, start: int) -> str:
        """年均增长6.2% after 十三五末 (2020): an average (or a total: 累计) over the years the paragraph spans
        (这五年, 十三五: 2016-2020) that end in the figure's year; 两年平均: :meth:`_two_years`."""
        clause = _CLAUSE_TAIL.search(self.simple, max(para_start, start - 24), start)
        words = clause.group(0) if clause else ""
        if "两年平均" in words:
            return self._two_years(value, para_start, start)
        if not _YEAR_ONLY.fullmatch(value):
            return value
        if not _OVER_SPAN.search(words):
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
        clause = _CLAUSE_TAIL.search(self.simple, max(para_start, start - 24), start)
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
        if "-" not in value:
            return value  # not a range
        years = re.fullmatch(r"(\d{4})-(\d{4})", value)
        if years:
            return self._one_year_each(value, int(years.group(1)), int(years.group(2)), t.end, start)
        part = re.fullmatch(r"(\d{4})([QM])(\d+)-[QM](\d+)", value)
        if part is None:
            return value
        first, last = int(part.group(3)), int(part.group(4))
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
        if respectively < 0 or _CLAUSE_MARK.search(self.simple, respectively, start):
            return value  # no 分别 in the figure's own clause
        clause_end = _CLAUSE_MARK.search(self.simple, start)
        end = clause_end.start() if clause_end else len(self.simple)
        lo = bisect.bisect_left(self.figure_starts, respectively)
        run = self.figure_starts[lo : bisect.bisect_left(self.figure_starts, end)]
        if len(run) != last - first + 1 or start not in run:
            return value
        return str(first + run.index(start))

    def _lead_sentence(self, pos: int, para_start: int) -> bool:
        """True when ``pos`` is in a sentence with no figure that opens its paragraph or follows its lead words
        (“2018年涪城全区经济社会发展取得显著成效。” governs the paragraph that follows; the caller leaves out a time
        before a comma, “2021年,…持续恢复。”, which frames its own sentence only)."""
        stop = FULL_STOP.search(self.simple, pos)
        end = stop.end() if stop else len(self.simple)
        begin = self._stop(pos)
        if begin - para_start > 60:
            return False
        k = bisect.bisect_left(self.figure_starts, begin)
        return not (k < len(self.figure_starts) and self.figure_starts[k] < end)

    def _governed(self, period: PeriodFact, start: int) -> PeriodFact:
        """An inferred period is stated when the heading above the figure states it (2014年工作回顾, a
        short line 2019年主要预期目标:); the text's own year is the year before in an estimate (预计全省地区生产总值
        达4.58万亿元) written in its first quarter: the preliminary results of the year just ended; a plan (计划播种面积)
        inherited into part of a year is of the whole year."""
        sentence = self._stop(start)
        if (
            "总投资" in self.simple[max(0, start - 8) : start]  # a substring test first: most figures are not
            and period.value != AS_OF
            and _TOTAL_INVESTMENT.search(self.simple, max(0, start - 8), start)
            and not self.launch_text
            and not _OF_A_PROJECT.match(self.simple, start)
        ):
            # 确定70个州级重点项目,总投资5505亿元: what a list of projects will cost, not a period's flow (in a
            # text about projects launched together, 集中开工, it is the batch's; 总投资60亿元的…项目 is the year's)
            return PeriodFact(AS_OF, "inferred", "")
        if (
            self.date is not None
            and self.date.month <= 3
            and period.value == str(self.date.year)
            and _ESTIMATE.search(self.simple, sentence, start)
        ):
            return PeriodFact(str(self.date.year - 1), "inferred", period.evidence)
        if (_granularity(period.value) in "HQM" or _DAY.fullmatch(period.value)) and _PLANNED.search(
            self.simple, sentence, start
        ):
            # 全市计划播种面积1128万亩 in a first-quarter report: the year's plan, not the quarter's
            period = PeriodFact(str(year_of(period.value)), period.basis, period.evidence)
        h = bisect.bisect_right(self.head_ends, start) - 1
        if h < 0:
            return period
        head_end = self.head_ends[h]
        # the next numbered heading ends its scope, unless it is below the heading's own level: 一、2017年工作回顾
        # governs its parts （一）经济发展稳中快进…; one naming two periods (一、2021年和过去五年工作回顾) does not say
        # which one its parts are about
        line_start = self.simple.rfind("\n", 0, head_end) + 1
        line_end = self.simple.find("\n", head_end)
        lo = bisect.bisect_left(self.time_ends, line_start)
        hi = bisect.bisect_left(self.time_ends, line_end if line_end >= 0 else len(self.simple))
        level = _level(self.simple, line_start) if hi - lo == 1 else 9
        line = bisect.bisect_right(self.heading_lines, head_end)
        while line < len(self.heading_lines) and self.heading_lines[line] < start:
            if self.heading_levels[line] <= level:
                return period
            line += 1
        if year_of(self.values[self.heads[h]]) == year_of(period.value):
            return PeriodFact(period.value, "stated", self.times[self.heads[h]].words)
        return period
