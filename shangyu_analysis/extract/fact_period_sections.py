"""How far a section's lead states the period (:class:`PeriodSections`, round 23 of the facts rules, project rulings 1,
13 and 14; ``data/corpus/SOURCES.md``). In words:

- *A lead's own paragraph.* A period that opens, before a comma, the first paragraph under a numbered heading (一、…
  / 上半年,全县…) states the period of that paragraph's figures. A later paragraph of the section that opens on an
  ordinary sentence carrying the period over (上半年,全县实现农林牧渔业增加值…。 / 全县生猪出栏52670头,增长6.8%: the
  lead is in an earlier paragraph) is ``inferred``, as the gold reads it over 31 rows of seven files listed under
  ruling 14; nor does a lead inside a numbered item (1、第一产业增长平稳。上半年,…) govern the next item (2、第二产业
  增幅领先。第二产业增加值96.85亿元). A later paragraph that goes on breaking the lead's figures down (分产业看,…;
  从产业结构看,…; 其中,…) or names the lead's period by a word with no year (全年阿左旗生产总值增长6.5%) is still
  governed by it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_lead_ins import PeriodLeadIns

# 分产业看, 分行业看, 从产业结构看, 从重点行业来看, 具体来看, 其中: a paragraph that breaks the lead's figures down
_BREAKS_DOWN = re.compile(
    r"[ \u3000]*(?:分[^，,。；;\n]{1,6}(?:看|来看|來看)|从[^，,。；;\n]{1,8}(?:看|来看)|從[^，,。；;\n]{1,8}(?:看|來看)"
    r"|具体来看|具體來看|其中|这其中|這其中)"
)


class PeriodSections(PeriodLeadIns):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def _section_lead(self, start: int) -> int | None:
        k = super()._section_lead(start)
        if k is None:
            return None
        line = self._line_start(start)
        if line <= self.times[k].start or _BREAKS_DOWN.match(self.simple, line) is not None:
            return k  # the lead's own paragraph, or one that breaks its figures down (分产业看,第一产业增加值…)
        # 一、综合 / 2019年,全旗户籍总人口…。 / 初步核算,…全年阿左旗生产总值增长6.5%。其中,… (fz1_10_alashanzuoqi_
        # bulletin_2019): a word naming the lead's period with no year, in the paragraph before the figure
        j = bisect.bisect_left(self.time_ends, line + 1)
        if j < len(self.times) and self.times[j].start < start and self.times[j].match.group("this"):
            return k if self.values[j] == self.values[k] else None
        # 一、农业生产稳中向好 / 上半年,全县实现…增加值18100万元…。 / 全县生猪出栏52670头 (fj2_05_liulin_h1_2024): a
        # later paragraph that carries the period over from an ordinary sentence, not from a lead of its own
        return None
