"""The cascade of period rules 1–3 (:class:`PeriodCascade`): the time expression a figure's sentence, paragraph
or text gives it, tried in order, first match wins (the rules in words: :mod:`shangyu_analysis.extract.fact_periods`;
:class:`~shangyu_analysis.extract.fact_periods.PeriodRules` refines what it finds)."""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_leads import NOT_INHERITED, NOT_SPANNED, NOT_STATED, PeriodLeads
from shangyu_analysis.extract.fact_period_marks import AFTER_IT, CLAUSE_MARK, CLAUSE_TAIL
from shangyu_analysis.extract.fact_period_parts import (
    FROM,
    TO,
    class_threshold,
    from_to,
    out_of_scope,
    span_part,
)
from shangyu_analysis.extract.fact_period_spans import (
    OVER_SPAN,
    side_of_comparison,
    year_before_aside,
)
from shangyu_analysis.text.periods import (
    AS_OF,
    REFERENCE_YEARS,
    UNKNOWN,
    PeriodFact,
    TimeExpression,
    resolve,
    year_of,
)

_COUNTED_YEARS = frozenset({"within"})  # 用3年时间: the years are counted, not written (inferred)
_TO_BE_BUILT = re.compile(r"(?:拟建设|拟新建|拟建|(?:建成|投产|达产)后)[^，,。；;！？!?\n]*$")
_EVERY_YEAR = re.compile(r"每年[^，,。；;！？!?\n\d]{0,16}$")  # 每年完成投资1万亿元以上: a standing plan, no year's
_PROJECT_NAME = re.compile(r"[^，,。；;：:！？!?\n、()（）]{0,20}?(?:项目|工程)")
_THIS_EVENT = re.compile(
    r"(?:本次|此次|这次|当日|当天)(?:集中)?(?:开竣工|开工|竣工|签约)"
)  # an event the text reports (此次集中开竣工项目25个: projects started and finished that day)


def _clause_end(simple: str, pos: int) -> int:
    found = CLAUSE_MARK.search(simple, pos, pos + 40)
    return found.start() if found else min(len(simple), pos + 40)


_TO_ANY = re.compile(TO.pattern.rstrip("$"))  # 从2015年的…提高到…: a change from a starting point


class PeriodCascade(PeriodLeads):
    """The rules of :class:`~shangyu_analysis.extract.fact_periods.PeriodRules` tried in order (:meth:`_period`)."""

    def _run_from_part(self, k: int) -> bool:
        """True when the expression ``k`` is a part of the year a run starts from inside its clause (自一季度以来逐月
        攀升): the run goes on to the period in force, which the figure after it is of."""
        t = self.times[k]
        return (
            t.kind == "point"
            and t.match.group("bare") == "以来"
            and not t.match.group("year")
            and self.simple[t.start - 1 : t.start] in ("自", "从")
            and self.in_force[k] is not None
            and year_of(self.in_force[k]) == year_of(self.values[k])
        )

    def _period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see fact_periods' docstring)
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
            j = self._nearest(max(para_start, self._stop(start)), self.times[k].start, NOT_INHERITED - {"since"})
            # or the start it runs from (自2020年三季度以来连续7个季度)
            ends = j is not None and (
                year_of(self.values[j]) == year_of(self.values[k]) or self.values[k].startswith(f"{self.values[j]}-")
            )
            return PeriodFact(self.values[k], "stated" if ends else "inferred", self.times[k].words)
        if kind == "money" and class_threshold(self.simple, start, end):
            # 超1000億元的區12個, 500億元—1000億元區間縣域24個, 低于100億元縣域50個: the bound of a class of places
            # is no value of a period (the count of the class has one)
            return PeriodFact()
        if self.writes_to_build and _TO_BE_BUILT.search(simple, max(0, start - 60), start):
            # 拟建设2条…生产线、1条4GW…生产线; 该项目建成投产后年发电量近10亿千瓦时: what a project is to build or
            # yield once built, no period's
            return PeriodFact()
        if kind == "other" and _PROJECT_NAME.match(simple, end):
            # 年产10万吨高纯多晶硅项目, 2×66万千瓦热电联产项目: the size in a project's name is no flow of a period
            return PeriodFact(AS_OF, "inferred", "")
        if simple.find("每年", max(0, start - 18), start) >= 0 and _EVERY_YEAR.search(
            simple, max(0, start - 18), start
        ):
            # 计划每年滚动谋划推进1000个以上省重大项目,每年完成投资1万亿元以上: what a standing plan sets for every
            # year, written in no year's terms: what holds when the text is written
            return PeriodFact(AS_OF, "inferred", "")
        sent = own = max(para_start, self._stop(start))
        while sent > para_start and simple.startswith("其中", sent):  # 其中… continues the sentence before
            sent = max(para_start, self._stop(sent - 1))
        k = self._nearest(sent, start, NOT_STATED)
        while k is not None and (
            out_of_scope(simple, self.times[k], start)
            or (self.times[k].kind == "target" and FROM.search(simple, max(0, start - 2), start))
            or k in self.programme_years
        ):
            # a comparison governs its own clause; 到2027年…比重由66.8%提升至75%: 66.8% is where the target starts
            k = self._nearest(sent, self.times[k].start, NOT_STATED)
        if k is not None:
            t = self.times[k]
            value = self.values[k]
            if self._run_from_part(k):
                value = self.in_force[k] or value  # 外贸进出口自一季度以来逐月攀升,同比增长40%: the run up to the half
            sided = False
            if t.kind == "compare":
                j = self._nearest(para_start, t.start, NOT_INHERITED)
                if j is not None and AFTER_IT.match(simple, self.times[j].end):
                    j = None  # 上半年…持平后,…比上半年加快: the earlier period is no later side
                later = self.values[j] if j is not None else self._carried(t.start)
                compared = resolve(t, year_of(later) if later else None, self.date, later)
                value = side_of_comparison(simple, compared, t.end, start)
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
                value = year_before_aside(simple, value, start)
                # read from the sentence a 其中 sentence continues, the period is not written in the figure's own
                # a 其中 sentence breaks down the one a paragraph's own lead opens (一季度,全县…。其中,…): stated
                stated = (t.kind not in _COUNTED_YEARS and not sided) and (
                    t.start >= own or self._breakdown_lead(t, para_start, value)
                )
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
        k = self._nearest(para_start, sent, NOT_SPANNED)
        if k is not None and simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从"):
            k = self._nearest_not_start(para_start, self.times[k].start, NOT_SPANNED)  # 从2015年的: a starting point
        if (
            k is not None
            and simple[self.times[k].end : self.times[k].end + 1] in ("，", ",")
            and self._own_sentence_year(k)
        ):
            # 五年来,…。2021年,三大优势产业总产值分别达到…。建成人才公寓536套: back to the span
            k = self._nearest_not_start(para_start, self.times[k].start, NOT_SPANNED)
            k = k if k is not None and self.times[k].kind == "back" else None
        if k is not None and self.times[k].kind == "back":  # 二十年来,…面积从7.3…拓展至39…
            t = self.times[k]
            value = span_part(simple, self.values[k], t, start, kind)
            # 五年来,…。引进过亿元项目94个: the span opening the paragraph states what was done over it (a level at its
            # end is of a year not written); so does one opening a paragraph's first sentence that holds no figure
            # (过去五年是我市发展历程上极不平凡的五年。…地区生产总值年均增长24%; not 这是…的五年。)
            stated = value == self.values[k] and (self._paragraph_lead(t) or self._span_lead_sentence(t, para_start))
            return PeriodFact(value, "stated" if stated else "inferred", t.words)
        k = self._nearest(para_start, sent, NOT_INHERITED)
        while k is not None and (
            simple[self.times[k].start - 1 : self.times[k].start] in ("由", "从")  # 由2015年第33位: a starting point
            or self._not_carried_on(self.times[k])
            or (self.times[k].match.group("rel") in REFERENCE_YEARS and self._passing_reference(k))
            or k in self.programme_years
        ):
            k = self._nearest(para_start, self.times[k].start, NOT_INHERITED)
        if k is not None:
            return self._inherited(k, para_start, start)
        if self.lead_span is not None and not self.frame_is_lead and start > self.lead_span[0].end:
            span, value = self.lead_span  # 五年来,…。综合实力大幅提升。生产总值突破6万亿元: the span's last year
            return PeriodFact(span_part(simple, value, span, start, kind), "inferred", span.words)
        if self.launch_batch is not None and not self.frame_is_lead:
            # 重庆18日举行2023年一季度重大项目集中开工活动,…。354个重大项目中,…: the batch the text reports
            return self._governed(PeriodFact(self.launch_batch, "inferred", ""), start)
        if not self.frame_is_lead and (self.date is not None or self._timeless_before(start)):
            return self._as_written(sent, start, kind)
        carried = self._carried(start)
        if carried is not None:
            return self._governed(PeriodFact(carried, "inferred", ""), start)
        return PeriodFact()

    def _after_start(self, t: TimeExpression, value: str, para_start: int, start: int) -> PeriodFact:
        """A figure after the starting point ``t`` of a change (从2015年的940亿元提高到1242亿元,年均增长5.1%): under
        a span the paragraph names (过去五年,是…的五年。) the level reached is of its last year, an average or total
        (年均, 累计) in the figure's clause of the span, stated (从2015年 writes where it starts); else the period
        in force."""
        k = self._nearest_not_start(para_start, t.start, NOT_SPANNED)
        if k is not None and self.times[k].kind in ("back", "plan", "span"):
            span = self.values[k]
            clause = CLAUSE_TAIL.search(self.simple, max(t.end, start - 24), start)
            if OVER_SPAN.search(clause.group(0) if clause else ""):
                return PeriodFact(span, "stated", t.words)
            return PeriodFact(span.rsplit("-", 1)[-1], "inferred", self.times[k].words)
        return PeriodFact(self._carried(start) or value, "inferred", "")
