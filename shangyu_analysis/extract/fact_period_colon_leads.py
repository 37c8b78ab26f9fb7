"""A period set off after a lead-in that ends in a colon (:class:`PeriodColonLeads`, round 35, basis35).

- *A lead-in's colon.* A source or a release that opens its paragraph and ends in a colon (华经产业研究院数据显示:
  前三季度,安徽省实现GDP总量31874.8亿元…。其中,第一产业增加值1932.4亿元: fae2_09_anhui_q1q3_2021; 自治區統計局最新
  消息:今年1—2月,…: fag1_05) sets the period after it off exactly as its comma does (ruling 15: 记者从…获悉,上半年,…):
  the period governs the paragraph, a 其中 sentence after `。` too, all `stated`. Only the paragraph's head is
  read (at most 80 characters of lead-in, no sentence end, no figure before the period), so a colon that
  announces a list later in a paragraph (…主要呈现五大特点:) is not taken.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import FRAME_COMMA
from shangyu_analysis.extract.fact_period_since_ends import PeriodSinceEnds
from shangyu_analysis.text.periods import TimeExpression

# the words a source's lead-in ends with before its colon (simplified and traditional)
_ENDS = ("核算", "获悉", "獲悉", "显示", "顯示", "介绍", "介紹", "结果", "結果", "了解到", "消息", "数据", "數據")
# the lead-in: the paragraph's head up to the colon, with no sentence end, clause break or other colon
_LEAD_IN = re.compile(r"(?:^|\n)[^。！？!?\n；;:：]{2,80}$")
_REACH = 84


class PeriodColonLeads(PeriodSinceEnds):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def _paragraph_lead(self, t: TimeExpression, lead_in: int = 6) -> bool:
        return super()._paragraph_lead(t, lead_in) or self._after_colon_lead_in(t)

    def _after_colon_lead_in(self, t: TimeExpression) -> bool:
        """True when ``t`` is set off right after a source's colon at the head of its paragraph (looked at in the
        84 characters before ``t`` only)."""
        simple = self.simple
        if (
            t.start < 3
            or simple[t.start - 1] not in ":："
            or not simple.endswith(_ENDS, max(0, t.start - 4), t.start - 1)
            or t.kind not in ("point", "back")
            or t.match.group("this")
            or FRAME_COMMA.match(simple, t.end) is None
        ):
            return False
        head = _LEAD_IN.search(simple, max(0, t.start - _REACH), t.start - 1)
        if head is None:
            return False
        k = bisect.bisect_left(self.figure_starts, head.start())
        return not (k < len(self.figure_starts) and self.figure_starts[k] < t.start)
