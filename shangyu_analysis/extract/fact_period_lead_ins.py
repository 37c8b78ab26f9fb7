"""A period set off after a statistics or attribution lead-in (:class:`PeriodLeadIns`, project ruling 15): the
lead-in names where the data comes from (记者从…获悉, …数据显示, 根据…核算结果, 據…介紹, a dateline before it), and
the period after it, set off by its comma, governs the paragraph like "上半年，全市…" does: its figures, a 其中
sentence after `。` too, are `stated`. (Ruling 16, the other side: a period that opens its paragraph with no comma
(三、固定资产投资 / 前三季度全区固定资产投资额同比增长8.2%。其中,…) is its own sentence's, and no rule reads it as a
lead: the later sentences carry it over, `inferred`.)"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_bases import PeriodBases
from shangyu_analysis.extract.fact_period_marks import FRAME_COMMA
from shangyu_analysis.text.periods import TimeExpression

# the words a lead-in ends with before its comma (初步核算, 获悉, 显示, 介绍, 结果, 了解到, 表示, 消息: simplified and
# traditional); the clause may carry a release day (國家統計局陝西調查總隊10月20日發布住戶調查結果顯示,今年前三季度)
_ENDS = ("核算", "获悉", "獲悉", "显示", "顯示", "介绍", "介紹", "结果", "結果", "了解到", "表示", "消息")
# round 23: a release of data (24日,泉州市发布统计数据,上半年,…。其中,…: faa1_06_quanzhou_h1_2025) and a check by the
# statistics office (经国家统计局核定,前三季度,…。分产业看,…: fl1_10_jiangxi_q1-q3_2018) are lead-ins too (ruling 15)
_LEAD_IN_ENDS = (*_ENDS, "核定", "数据", "數據")
# the lead-in clause: after the paragraph's start or a full stop, with a dateline day (8月27日,) or not, at most 80
# characters with no colon (通报前三季度池州市经济运行情况:根据…结果,前三季度,…: fu2_10_chizhou_q3_2023, a lead
# after an announcement's colon, whose gold reads its 其中 line inferred); a pinyin reading in parentheses may
# stand after a character (統(tǒng)計)
_LEAD_IN = re.compile(r"(?:^|[\n。！？!?])[^。！？!?\n；;:：]{2,80}[，,]$")
_REACH = 90
_INTRO = 240  # how far back the paragraph's start is looked for


class PeriodLeadIns(PeriodBases):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def _paragraph_lead(self, t: TimeExpression, lead_in: int = 6) -> bool:
        return super()._paragraph_lead(t, lead_in) or self._after_lead_in(t)

    def _after_lead_in(self, t: TimeExpression) -> bool:
        """True when ``t`` is set off by a comma right after a lead-in at the head of its paragraph (4月21日,记者从
        河北省政府新闻办…新闻发布会上获悉,一季度,全省实现生产总值9559.8亿元…。分产业看,第一产业增加值548.4亿元:
        fu2_01_hebei_q1_2022); looked at in the 90 characters before ``t`` only."""
        simple = self.simple
        before = simple[max(0, t.start - 4) : t.start - 1]
        if (
            t.start < 3
            or simple[t.start - 1] not in "，,"
            or not before.endswith(_LEAD_IN_ENDS)
            or t.kind not in ("point", "back")
            or t.match.group("this")
            or FRAME_COMMA.match(simple, t.end) is None
        ):
            return False
        lead_in = _LEAD_IN.search(simple, max(0, t.start - _REACH), t.start)
        if lead_in is None:
            return False
        # after the paragraph's first sentences with no figure (10月24日,今年我市前三季度经济数据出炉。根据地区生产总值
        # 统一核算结果,前三季度,全市…: ft2_10_yiwu_q3_2023), a one-sentence introduction: the lead-in still heads it
        line = simple.rfind("\n", max(0, t.start - _INTRO), t.start) + 1
        if line == 0 and t.start > _INTRO:
            return False
        k = bisect.bisect_left(self.figure_starts, line)
        return not (k < len(self.figure_starts) and self.figure_starts[k] < t.start)
