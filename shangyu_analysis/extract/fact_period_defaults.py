"""The period a figure takes when no time is written near it (:class:`PeriodDefaults`): the one carried into its
paragraph, what holds when the text is written, and what turns an inferred period into another or a stated one (a
heading above it, an estimate, a plan, a total investment) (the rules in words: :mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_headings import heading_level
from shangyu_analysis.extract.fact_period_marks import FRAME_COMMA, ISO_DAY, granularity
from shangyu_analysis.extract.fact_period_points import points_lead
from shangyu_analysis.extract.fact_period_spans import PeriodSpans
from shangyu_analysis.text.dates import early_in_year
from shangyu_analysis.text.periods import (
    AS_OF,
    PeriodFact,
    TimeExpression,
    year_of,
)

_ALREADY = re.compile(r"已|现有")
# 占年度计划的40.6%: a share of it. The look-behinds stand after 计划 (over it): before it, ``re`` could not skip to
# 计划 and tried them at every position of the sentence (~40x slower)
_PLANNED = re.compile(r"计划(?<![完成占]计划)(?<!占年度计划)(?<!完成年度计划)(?!目标)")
_ESTIMATE = re.compile(r"预计(?![到至]?\d{4}|[到至今明]年)")  # 预计全省…达: not 预计2025年 (a target)
_RATE = re.compile(r"增速|增长")
_TOTAL_INVESTMENT = re.compile(r"总投资(?:额|规模)?(?:约为|约|超过|超|近|达到|达)?$")
_OF_A_PROJECT = re.compile(r"[\d.,]+[^\d的，,。；;]{0,4}的")
# \n, \n据介绍,, \n刚刚过去的 (刚刚过去的2015年,…: the year just ended, named as the paragraph's lead)
# 分市州看,在经济总量方面,今年前三季度,…: two short lead-ins (a breakdown's, a topic's) before the paragraph's period
_TWO_LEAD_INS = re.compile(r"\n[ \u3000]*[^\d。！？!?\n，,；;]{2,6}[，,][^\d。！？!?\n，,；;]{2,8}[，,]$")
_PARAGRAPH_OPENS = re.compile(r"\n[ \u3000“\"]*(?:[^\d。！？!?\n，,；;]{2,6}[，,]|(?:刚刚)?过去的)?$")
# 工业:生产平稳增长。上半年,规上工业…: a run-in heading (a topic, a colon, a verdict) opens the paragraph before its lead
# 工业持续增长。前三季度,全市…: a verdict alone (4-12 characters, no figure, no comma) lets the period after it lead
# the paragraph too (the verdict is its topic); a numbered item's (二是供给稳健。上半年,…) is a point of a list, whose
# lead is the list's
# 海南省人民政府秘书长、新闻发言人胡光辉介绍说,上半年,… (省统计局有关负责人分析,; 通报称,): a speaker's lead-in of any
# length opens the paragraph too, and so does a reporter's source (记者近日从张掖市统计部门了解到,今年上半年,…), also as the text's first words, and a
# statistics source (据统计,一季度,…; 根据地区生产总值统一核算结果,前三季度,全区…)
_SOURCE = re.compile(r"(?:^|\n)[ \u3000]*(?:据|根据|據)[^\d。！？!?\n，,；;]{2,20}[，,]$")
# 南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,…; 本报讯(记者 段晓瑞): a dateline and its byline open the paragraph
_DATELINE = re.compile(
    r"(?:^|\n)[^。！？!?\n，,；;]{0,24}(?:电|讯|訊|消息)[ \u3000]*[(（][^()（）\n]{0,24}[)）][ \u3000]*$"
)
_SPEAKER = re.compile(r"(?:^|\n)[^\d。！？!?\n，,；;]{2,28}(?:介绍说|介绍|表示|指出|说|了解到|分析|称|透露|认为)[，,]$")
# 年度计划投资5000万元以上项目431个: a band of projects by their plan, counted (its bound and what follows)
_BAND = re.compile(r"以上的?项目")
_BAND_BOUND = re.compile(r"[\d.]+[^\d\s，,。；;、]{0,3}以上的?项目\d")
_LIST_POINT = re.compile(r"[ \u3000]*[一二三四五六七八九十]+是")  # 二是供给稳健。上半年,…: a point of a list
RUN_IN_HEADING = re.compile(r"\n[^\d。！？!?\n，,；;:：]{1,8}[:：][^\d。！？!?\n，,；;:：]{1,12}。$")
VERDICT = re.compile(r"\n[ \u3000]*(?![一二三四五六七八九十]+是)[^\d。！？!?\n，,；;:： \u3000]{4,12}。$")


class PeriodDefaults(PeriodSpans):
    """The default periods of :class:`~shangyu_analysis.extract.fact_periods.PeriodRules`."""

    def _carried(self, pos: int) -> str | None:
        """The period in force at ``pos`` as carried into a paragraph that names none: at the frame's
        granularity (a quarterly report carries its quarter; a yearly text the year of a month range)."""
        k = bisect.bisect_right(self.time_ends, pos) - 1
        value = self.in_force[k] if k >= 0 else None
        if value is None:
            return self.frame
        if self.frame and granularity(value) != granularity(self.frame):
            # a half-year report that went on about its second quarter carries its half (2022H1), not the year
            return self.frame if year_of(value) == year_of(self.frame) else str(year_of(value))
        return value

    def _as_written(self, sent: int, start: int, kind: str | None) -> PeriodFact:
        """A figure of a text not framed by its lead, with no period in its paragraph: what holds when the text is
        written (``as_of_publication``; stated when its sentence says 已/现有), nothing for a length or a time in a
        story, but a growth rate takes the period the text named before it."""
        if not self.times and early_in_year(self.date):
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
        if named is not None and ISO_DAY.fullmatch(named):
            # 截至4月10日,全市共落实…重点项目481个。…产业项目…共307个: counted up to the day the text took stock
            return self._governed(PeriodFact(named, "inferred", ""), start)
        already = _ALREADY.search(self.simple, sent, start)  # 已集聚各类金融机构430余家: the sentence says so
        return PeriodFact(AS_OF, "stated", already.group(0)) if already else PeriodFact(AS_OF, "inferred", "")

    def _named_before(self, start: int) -> str | None:
        """The period in force at ``start`` when the text named one before it (not its frame by default)."""
        k = bisect.bisect_right(self.time_ends, start) - 1
        return self.in_force[k] if k >= 0 else None

    def _timeless_before(self, start: int) -> bool:
        """True when an undated text names no time at all before ``start``: its counts are what holds when it is
        written (``as_of_publication`` needs no date), while one that wrote 今年 or 上半年 meant a period the
        missing date would have resolved (left ``-``)."""
        return not self.times or self.times[0].start >= start

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
            early_in_year(self.date)
            and period.value == str(self.date.year)
            and _ESTIMATE.search(self.simple, sentence, start)
        ):
            return PeriodFact(str(self.date.year - 1), "inferred", period.evidence)
        if (
            (granularity(period.value) in "HQM" or ISO_DAY.fullmatch(period.value))
            and (plan := _PLANNED.search(self.simple, sentence, start)) is not None
            and not self._plan_band(plan.end(), start)
        ):
            # 全市计划播种面积1128万亩 in a first-quarter report: the year's plan, not the quarter's
            period = PeriodFact(str(year_of(period.value)), period.basis, period.evidence)
        lead = self._section_lead(start) if period.basis == "inferred" else None
        if lead is not None and self.values[lead] == period.value:
            # 一、经济运行平稳\n一季度,全市地区生产总值完成242.0亿元…\n分产业看,…: the section's lead governs it
            return PeriodFact(period.value, "stated", self.times[lead].words)
        if period.basis == "inferred" and (
            point := points_lead(
                self.simple,
                start,
                period.value,
                times=self.times,
                values=self.values,
                time_ends=self.time_ends,
                figure_starts=self.figure_starts,
            )
        ):
            return PeriodFact(period.value, "stated", point.words)  # 1—5月…成效明显。一是…。二是…: the list's lead
        h = bisect.bisect_right(self.head_ends, start) - 1
        if h < 0:
            return period
        head_end = self.head_ends[h]
        # the next numbered heading ends its scope, unless it is below the heading's own level: 一、2017年工作回顾
        # governs its parts （一）经济发展稳中快进…; one naming two periods (一、2021年和过去五年工作回顾) does not say
        # which one its parts are about
        line_start = self._line_start(head_end)
        line_end = self.simple.find("\n", head_end)
        lo = bisect.bisect_left(self.time_ends, line_start)
        hi = bisect.bisect_left(self.time_ends, line_end if line_end >= 0 else len(self.simple))
        level = heading_level(self.simple, line_start) if hi - lo == 1 else 9
        line = bisect.bisect_right(self.heading_lines, head_end)
        while line < len(self.heading_lines) and self.heading_lines[line] < start:
            if self.heading_levels[line] <= level:
                return period
            line += 1
        head = self.values[self.heads[h]]
        if year_of(head) == year_of(period.value) and (head == period.value or not ISO_DAY.fullmatch(period.value)):
            # a heading naming the year states a part of it, not a day (今年贵州省第一批…集中开工 over 1月11日's)
            return PeriodFact(period.value, "stated", self.times[self.heads[h]].words)
        return period

    def _paragraph_lead(self, t: TimeExpression, lead_in: int = 6) -> bool:
        """True when ``t`` is the clause that opens its paragraph before a comma, alone or after a short lead-in
        (2023年,全区…。…; 据介绍,1月至10月,…), a source's (根据地区生产总值统一核算结果,前三季度,…), a speaker's of any
        length (…胡光辉介绍说,上半年,…) or a run-in heading (工业:生产平稳增长。上半年,…), or that opens the first
        sentence with a figure after lead sentences with none: it governs the paragraph, whose figures state its period
        (ruling 1; looked at in the 34 characters before ``t`` only, 120 for the lead sentences)."""
        return (
            t.kind in ("point", "back")
            and not t.match.group("this")
            and FRAME_COMMA.match(self.simple, t.end) is not None
            and (
                t.start == 0
                or _PARAGRAPH_OPENS.search(self.simple, max(0, t.start - 2 - lead_in), t.start) is not None
                or _TWO_LEAD_INS.search(self.simple, max(0, t.start - 20), t.start) is not None
                or RUN_IN_HEADING.search(self.simple, max(0, t.start - 23), t.start) is not None
                or VERDICT.search(self.simple, max(0, t.start - 23), t.start) is not None
                or _SPEAKER.search(self.simple, max(0, t.start - 34), t.start) is not None
                or _SOURCE.search(self.simple, max(0, t.start - 26), t.start) is not None
                or _DATELINE.search(self.simple, max(0, t.start - 60), t.start) is not None
                or self._after_lead_sentences(t)
            )
        )

    def _after_lead_sentences(self, t: TimeExpression) -> bool:
        """True when ``t`` opens a sentence after the paragraph's first sentences, which hold no figure (今年以来,因气候
        条件总体较好,…农业生产形势稳定。上半年,全省夏粮总产量453.5万吨): it opens the paragraph's figures (looked at in
        the 120 characters before ``t`` only)."""
        line = self.simple.rfind("\n", max(0, t.start - 120), t.start) + 1
        if (
            (line == 0 and t.start > 120)
            or line == t.start
            or self.simple[t.start - 1] not in "。！？!?"
            or _LIST_POINT.match(self.simple, line) is not None
        ):
            return False
        k = bisect.bisect_left(self.figure_starts, line)
        return not (k < len(self.figure_starts) and self.figure_starts[k] < t.start)

    def _plan_band(self, plan: int, start: int) -> bool:
        """True when the figure at ``start`` bounds or counts a band of projects by their plan (年度计划投资5000万元
        以上项目431个, 年度计划投资1亿元以上项目228个): the batch's projects, not the year's plan (looked at in the
        clause after the plan word, and the two characters after the figure)."""
        return _BAND.search(self.simple, plan, start) is not None or _BAND_BOUND.match(self.simple, start) is not None

    def _section_lead(self, start: int) -> int | None:
        """The time expression that opens, before a comma, the first paragraph under the numbered heading above
        ``start`` (一、经济运行平稳,实现良好开局 / 一季度,全市…): the section's lead (project-wide ruling 1), which
        governs it to the next numbered heading; None when there is none."""
        line = bisect.bisect_right(self.heading_lines, start) - 1
        if line < 0:
            return None
        body = self.simple.find("\n", self.heading_lines[line]) + 1
        k = bisect.bisect_right(self.time_ends, body)
        if body == 0 or k >= len(self.times) or self.times[k].start >= start:
            return None
        t = self.times[k]
        opens = self._line_start(t.start) == body and self._paragraph_lead(t)
        return k if opens else None
