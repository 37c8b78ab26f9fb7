"""The period of a territory's or a site's area (:class:`PeriodAreas`): a last check on the period
:class:`~shangyu_analysis.extract.fact_period_splits.PeriodSplits` found. Conventions:
``../shared/corpus/FACTS.md``. In words:

- *An area is what a place is.* The area of a territory or a site, written right before the figure (管辖面积61平方
  公里; 行政管辖面积171平方公里,核心区面积27.5平方公里; 试验区总面积为25.6万平方公里; 总规划面积超过50平方公里;
  总占地面积75万平方米; a bare 面积 after a comma for square kilometres: 珠山镇下辖…,面积160多
  平方公里), is what holds when the text is written (``as_of_publication``, inferred; project ruling 4), not a flow
  of the period in force — unless its clause writes a time before it (2014年,…) or tells a change or a flow (新增、新建、
  新开工、累计、完成…面积; 建成区面积从7.3平方公里拓展至39平方公里). A sown, sold or built area (播种面积, 销售面积,
  施工面积) names no territory and keeps its period; nor does a floor area (总建筑面积), left to the rules.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import simple_before_clause
from shangyu_analysis.extract.fact_period_splits import PeriodSplits
from shangyu_analysis.text.periods import AS_OF, UNKNOWN, PeriodFact

# the words of a territory's or a site's area right before the figure
_SITE_AREA = re.compile(
    r"(?:(?:管辖|行政区域|行政|辖区|国土|总|占地|核心区|规划)面积|(?<=[，,：:])面积)"
    r"(?:为|达到|达|约为|约|超过|超|近|共)?$"
)
_AREA_UNIT = re.compile(r"(?:平方公里|平方千米|平方米|公顷)$")  # not 亩: a sown total (总面积达2.06亿亩)
_KM2 = re.compile(r"(?:平方公里|平方千米)$")
_FLOW = re.compile(r"新增|新建|开工|竣工|累计|完成|增加|扩大|拓展|播种|种植|销售|施工|从|由")


class PeriodAreas(PeriodSplits):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if "面积" not in self.simple[max(0, start - 10) : start] or found.value in (AS_OF, UNKNOWN):
            return found  # a substring test first: most figures are no area
        area = _SITE_AREA.search(self.simple, max(0, start - 10), start)
        unit = _AREA_UNIT.search(self.simple, start, end)
        if area is None or unit is None or (area.group(0).startswith("面积") and not _KM2.search(unit.group(0))):
            return found
        clause = simple_before_clause(self.simple, start)
        if _FLOW.search(clause):
            return found
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k >= 0 and self.times[k].start >= start - len(clause):
            return found  # 2014年,全市…面积: a time written in its clause
        return PeriodFact(AS_OF, "inferred", "")
