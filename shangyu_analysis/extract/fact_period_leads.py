"""The leads a figure's period is read from (:class:`PeriodLeads`): the time expression nearest before it, and
whether a paragraph's lead, a list's lead or a lead sentence states it (the rules in words:
:mod:`shangyu_analysis.extract.fact_periods`, rule 2)."""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_defaults import PeriodDefaults
from shangyu_analysis.extract.fact_period_marks import CLAUSE_MARK, COMPARED_WITH, FRAME_COMMA, FULL_STOP, YEAR_ONLY
from shangyu_analysis.extract.fact_period_parts import aside, opens_sentence, scoped
from shangyu_analysis.text.periods import UNKNOWN, PeriodFact, TimeExpression, year_of

# the kinds of time expression each step of the period rules passes over
NOT_STATED = frozenset({"same"})
NOT_SPANNED = frozenset({"same", "compare", "target", "within", "streak", "day", "asof"})
NOT_INHERITED = frozenset({"same", "compare", "target", "within", "back", "since", "streak", "day", "asof"})
_PLAN_TARGET = re.compile(r"[^，,。；;\d]{0,12}目标")  # “十四五”规划控制目标: the plan's target, not its years
_LIST_COLON = re.compile(r"[^。！？!?\n，,；;]*?[:：](?=\S)")  # 主要预期目标是: a lead, in its clause
_SENTENCE_REACH = 1000  # a lead sentence longer than this is read as holding the figure after it


class PeriodLeads(PeriodDefaults):
    """The nearest time expressions and leads of :class:`~shangyu_analysis.extract.fact_periods.PeriodRules`."""

    def _wider_paragraph(self, para_start: int, start: int) -> int | None:
        """Where the paragraph of the figure at ``start`` really starts when it continues text before ``para_start``:
        a paragraph opening on 其中 breaks down the paragraph before (…今年上半年全省縣域經濟實現較快增長。…11268.4億元。
        \n其中,第一產業增加值1238.2億元); one that starts inside a line (a text with no title line, whose first sentence
        was taken for its title: 記者…了解到,今年上半年,張掖市經濟保持穩步增長態勢。根據…,全市完成地區生產總值252.52億元)
        goes on from that line's start, and so does a ；-clause of such a line's sentence (其中,第一產業增加值42.44億元,
        增長10%;第二產業增加值57.94億元: stated as its first clause is). Read from there, the figure takes the basis
        that reading gives for the same period; None when the paragraph continues nothing."""
        if para_start == 0:
            return None
        if self.simple.startswith("其中", para_start):
            return self._line_start(para_start - 1)
        after_clause = self.simple[para_start - 1] in "；;"  # a ；-clause continues its sentence (ruling 1)
        if self.simple[para_start - 1] != "\n" and (para_start <= self._stop(start) or after_clause):
            return self._line_start(para_start)
        return None

    def _led_paragraph(self, t: TimeExpression, para_start: int, value: str) -> bool:
        """True when ``t`` is a word that names no year (全年, 年末) in a paragraph whose lead names the same period
        (2019年,全县上下…。全年实现地区生产总值…。其中,第一产业增加值99455.3万元): the lead governs it (ruling 1)."""
        if not t.match.group("this"):
            return False
        k = bisect.bisect_right(self.time_ends, para_start)
        lead = self.times[k] if k < len(self.times) and self.times[k].start < t.start else None
        return lead is not None and lead is not t and self.values[k] == value and self._paragraph_lead(lead)

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

    def _inherited(self, k: int, para_start: int, start: int) -> PeriodFact:
        """The period the figure at ``start`` takes from the expression ``k`` earlier in its paragraph (rule 2)."""
        simple = self.simple
        t = self.times[k]
        if (self._lead_sentence(t.start, para_start) and not FRAME_COMMA.match(simple, t.end)) or self._list_lead(
            t, start
        ):
            return PeriodFact(self.values[k], "stated", t.words)
        value = self._two_years(self.values[k], para_start, start)
        if self.since_starts and t.kind == "point" and YEAR_ONLY.fullmatch(value):
            value = self._since_start(value, start)  # 2019年以来,…。…累计完成投资6988亿元
        found = self._governed(PeriodFact(value, "inferred", t.words), start)
        if found.value == value and (self._paragraph_lead(t) or self._led_paragraph(t, para_start, value)):
            # 2023年,北京市地区生产总值增长5.2%…。…: the paragraph's lead states the period of every figure of its
            # paragraph (ruling 1 as parts Q–U read it), after a verdict alone too (指标保持较高增速。上半年,延边州GDP
            # 实现404.8亿元…。社会消费品零售总额…分别增长16.8%、33.3%: the verdict is the paragraph's topic)
            return PeriodFact(value, "stated", t.words)
        return found

    def _breakdown_lead(self, t: TimeExpression, para_start: int, value: str) -> bool:
        """True when ``t``, in the sentence a 其中 sentence breaks down, is its paragraph's lead (一季度,全县…。其中,…) or a
        whole year's word under a lead naming the year: the 其中 sentence states its period (ruling 1). A period run
        into its subject with no comma (三、固定资产投资 / 前三季度全区固定资产投资额同比增长8.2%。其中,…) is no lead
        (ruling 16): its 其中 is inferred."""
        return self._paragraph_lead(t) or self._led_paragraph(t, para_start, value)

    def _not_carried_on(self, t: TimeExpression) -> bool:
        """True when the point ``t`` is one a later sentence does not go on about: where a run starts inside its
        clause (经过2014年一季度以来的13个季度后,…。分产业看,第一产业增加值320亿元: the half in force), a part picked
        out right after 其中 (…增长1.9%,其中6月份增长5.4%。从重点行业看,…: the half in force), or a period
        compared with (分别快于一季度、2016年全年2.3个、7个百分点。…能源工业增加值增长8.1%); nor the plan whose target
        is reached (提前一年达到“十四五”规划控制目标。引进到位资金超5300亿元: the year in force)."""
        if t.kind == "plan":
            return _PLAN_TARGET.match(self.simple, t.end) is not None
        return t.kind == "point" and (
            (t.match.group("bare") == "以来" and t.match.group("year") and not CLAUSE_MARK.match(self.simple, t.end))
            or self.simple.endswith("其中", 0, t.start)  # 增长1.9%,…,其中6月份增长5.4%: a part picked out
            or COMPARED_WITH.search(self.simple, max(0, t.start - 20), t.start) is not None
        )

    def _own_sentence_year(self, k: int) -> bool:
        """True when the expression ``k`` is the last year of a span written before it in its paragraph, and
        opens its sentence before a comma (五年来,…。2021年,…分别达到75亿元…。): a frame of that sentence only."""
        t = self.times[k]
        if t.kind != "point" or not FRAME_COMMA.match(self.simple, t.end) or self._stop(t.start) != t.start:
            return False
        j = self._nearest_not_start(self._line_start(t.start), t.start, NOT_SPANNED)
        return j is not None and self.times[j].kind == "back" and self.values[j].endswith(f"-{self.values[k]}")

    def _nearest_not_start(self, lo: int, hi: int, skip: frozenset) -> int | None:
        """:meth:`_nearest`, passing over starting points (从2015年的940亿元: where a change starts)."""
        k = self._nearest(lo, hi, skip)
        while k is not None and self.simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从"):
            k = self._nearest(lo, self.times[k].start, skip)
        return k

    def _list_lead(self, t: TimeExpression, start: int) -> bool:
        """True when ``t`` opens a list's lead that a colon ends, before any figure (今年经济社会发展的主要预期目标是:
        全省地区生产总值增长6.5%,…。一般公共预算总收入增长5%,…): the lead governs the list's sentences after it in
        its paragraph, which state its period (the colon is looked for in the 30 characters after ``t`` only)."""
        colon = _LIST_COLON.search(self.simple, t.end, min(start, t.end + 30))
        if colon is None:
            return False
        k = bisect.bisect_left(self.figure_starts, t.end)
        return not (k < len(self.figure_starts) and self.figure_starts[k] < colon.start())

    def _span_lead_sentence(self, t: TimeExpression, para_start: int) -> bool:
        """True when ``t`` is in the first sentence of its paragraph, which a span back opens and holds no figure
        (过去五年是我市发展历程上极不平凡的五年。: ``t`` may be its closing 的五年; not 这是…的五年。)."""
        line = self._line_start(t.start)
        first = bisect.bisect_right(self.time_ends, line)  # the paragraph's first time expression
        return (
            self.times[first].kind == "back"
            and self._blank(line, self.times[first].start)
            and self._stop(t.start) <= line
            and self._lead_sentence(t.start, para_start)
        )

    def _lead_sentence(self, pos: int, para_start: int) -> bool:
        """True when ``pos`` is in a sentence with no figure that opens its paragraph or follows its lead words
        (“2018年涪城全区经济社会发展取得显著成效。” governs the paragraph that follows; the caller leaves out a time
        before a comma, “2021年,…持续恢复。”, which frames its own sentence only)."""
        begin = self._stop(pos)
        if begin - para_start > 60:
            return False
        k = bisect.bisect_left(self.figure_starts, begin)
        if k == len(self.figure_starts):
            return True
        figure = self.figure_starts[k]
        # the sentence holds no figure when it ends before the next figure does; looked for up to that figure only
        # (at most _SENTENCE_REACH on; nothing is found for a figure before pos): searched to the sentence's end, a text
        # with no full stop was quadratic
        return FULL_STOP.search(self.simple, pos, min(figure, pos + _SENTENCE_REACH)) is not None
