"""Pools of a ranking read as of publication (:class:`PeriodAsOfShapes`, round 35, outermost of the period rules).

- *The pool of a ranking.* A count of the places a ranking is drawn from (是全省8个市州唯一一个实现正增长的地区 in
  faa1_04_haixi_h1_2025; 位列全区22个县(市)区第2位 in fah1_02_yinchuan_h1_2023) is how many places there are, not a
  figure of the report's period: ``as_of_publication``.
  A pool followed only by 中 (全省16个市中有13个市…) is not taken: the gold reads those under the report period.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_report_days import PeriodReportDays
from shangyu_analysis.text.periods import PeriodFact

_ASOF = "as_of_publication"
# the kinds of place a ranking's pool counts, right after the count (or ending it: 9市州, 16州市)
_POOL = re.compile(
    r"(?:个|個)?(?:市州|州市|州\(市\)|县\(市|縣\(市|县（市|縣（市|设区市|設區市|新?城区|新?城區|工业大省|工業大省|地市|市(?=中|第|[，,]))"
)
_FIRST = set("个個市州县縣设設新城工地")  # the first characters of the pool words
_WHOLE = ("全省", "全区", "全區", "全国", "全國", "全市", "全州")
# a ranking in the pool (第2位, 第二位, 第一, 首位, 榜首, 前三, 唯一), not an ordinal name (川渝電網第三通道)
_RANK = re.compile(r"第(?:一|\d+[位名]|[二三四五六七八九十]+[位名])|首位|榜首|前[三五十]|唯一")


class PeriodAsOfShapes(PeriodReportDays):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.value == _ASOF or start < 2:
            return fact
        simple = self.simple
        # cheap test first: a pool word starts right after the figure (8个|市州) or ends it (9市州, 16州市)
        if simple[end : end + 1] not in _FIRST and simple[end - 1 : end] not in "州市":
            return fact
        before = simple[start - 2 : start]
        surface = simple[start:end]
        tail = "" if surface[-1].isdigit() else surface.lstrip("0123456789.")
        pool = _POOL.match(tail + simple[end : end + 12])
        if pool is None:
            return fact
        # after 全省/全区…, the ranking may come later in the clause; else it must follow the pool closely
        # (四川省其他18个市州设分会场 counts who took part in an event, read under its day)
        reach = 40 if before in _WHOLE else 15
        after = simple[end + pool.end() - len(tail) : end + pool.end() - len(tail) + reach]
        if _RANK.search(after) is None:
            return fact
        return PeriodFact(_ASOF, "inferred", before + surface)
