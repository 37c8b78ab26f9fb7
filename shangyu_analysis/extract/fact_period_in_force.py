"""Which time expressions set the period in force (:class:`PeriodInForce`, a mixin of
:class:`~shangyu_analysis.extract.fact_period_frames.PeriodFrames`): the year a time is resolved in, and the
references (another year inside a framed sentence, 今年 aside, a starting point, a period compared with) that leave
the period in force as it is (the rules in words: :mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_marks import AFTER_IT, CLAUSE_MARK, COMPARED_WITH, FRAME_COMMA, FULL_STOP
from shangyu_analysis.extract.fact_period_parts import opens_sentence
from shangyu_analysis.text.periods import REFERENCE_YEARS, UNKNOWN, TimeExpression, year_of

_WHOLE_YEAR = frozenset({"全年", "这一年", "一年来"})
_HISTORY = re.compile(r"(?:出现于|诞生于|始于|成立于|早在)$")  # 出现于2013年: when something first happened


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


class PeriodInForce:
    """The year each time expression is resolved in, and whether it sets the period in force."""

    # set by the finder's __init__ and PeriodFrames._resolve_times
    simple: str
    date: dt.date | None
    frame: str | None
    lead_span: tuple[TimeExpression, str] | None

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
