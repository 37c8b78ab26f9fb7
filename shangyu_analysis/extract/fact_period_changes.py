"""Changes over a span carried on (:class:`PeriodChanges`, outermost of the period rules). In words:

- *The ends of a span carried on.* A review that writes the years of a change once (地区生产总值由2010年的1.17万亿元
  增加到2015年的1.8万亿元 in fac2_09_neimenggu_review_2016) goes on with changes that write no year (一般公共预算收入由
  1070亿元增加到1963.5亿元,年均增长12.9%; 三次产业结构由9.4:54.5:36.1演进为9:51:40 in the next paragraph): their
  starting level is of the first year (``2010``), their level reached of the last (``2015``), and 年均 right after
  such a change is the average over the years after the first (``2011-2015``), all stated by the change written
  first, up to any other year or part of a year written after it.
- *A multiple of the plan before.* A total compared with the five-year plan before (累计完成固定资产投资5.2万亿元,
  是“十一五”时期的2.6倍,年均增长18% in fac2_09_neimenggu_review_2016; 是“九五”期间的3倍 in
  fv1_03_xizang_fiveyear_review_2005) is of the plan after it: the multiple is ``2011-2015/2006-2010``, the total
  before it and the 年均 after it in its sentence ``2011-2015`` (stated by the plan's name).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_reviews import PeriodReviews
from shangyu_analysis.text.periods import PeriodFact

# a change that writes both its years: 由2010年的1.17万亿元增加到2015年的1.8万亿元
_WRITTEN = re.compile(r"[由从從](\d{4})年的?[^。；;由从從]{1,40}?(?:到|至|为|為)(\d{4})年的?")
_REACH = 700  # the review's paragraphs after the change written first
# what ends the span's reach: another year, part of a year or year named in words
_OTHER = re.compile(r"\d{4}\s?年|今年|去年|上年|明年|上半年|下半年|季度|\d{1,2}月")
_FROM = "由从從"
_TO = re.compile(
    r"[由从從][^，,。；;由从從]{1,40}?(?:增加|提高|提升|增长|增長|上升|下降|扩大|擴大|演进|演進|调整|調整|达|達)?(?:到|至|为|為)$"
)
_ONWARD = re.compile(r"[^，,。；;]{0,30}?(?:到|至|为|為)")
_AVERAGE = re.compile(r"年均(?:增长|增長|提高|下降)?$")
_PLANS = {"九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13, "十四": 14}
_PLAN_WORDS = r"是“?(九|十[一二三四]?)五”?(?:时期|期间|時期|期間)?的"
_PLAN_TIMES = re.compile(_PLAN_WORDS + "$")  # 是“十一五”时期的2.6倍
_PLAN_AFTER = re.compile(r"[，,]" + _PLAN_WORDS + r"[\d.]+倍")  # 5.2万亿元,是“十一五”时期的2.6倍
_PLAN_BEFORE = re.compile(_PLAN_WORDS + r"[\d.]+倍[，,]年均(?:增长|增長)?$")  # …的2.6倍,年均增长18%
_CHANGE_CLAUSE = re.compile(r"[由从從][^，,。；;由从從]{1,40}?(?:到|至|为|為)[^，,。；;]{1,16}[，,]$")


class PeriodChanges(PeriodReviews):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _changes: list[tuple[int, int, int]] | None = None  # (end, first year, last year) of each change written

    def _written_changes(self) -> list[tuple[int, int, int]]:
        """The changes that write both their years, found once per text."""
        if self._changes is None:
            simple = self.simple
            self._changes = (
                [
                    (m.end(), int(m.group(1)), int(m.group(2)))
                    for m in _WRITTEN.finditer(simple)
                    if 2 <= int(m.group(2)) - int(m.group(1)) <= 10
                ]
                if "年的" in simple
                else []
            )
        return self._changes

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if start < 2:
            return fact
        found = self._plan_before(start, end, fact.basis) or self._change_carried(start, end)
        return found if found is not None else fact

    def _change_carried(self, start: int, end: int) -> PeriodFact | None:
        """The period of a figure in a change that writes no year after one that writes both (the module
        docstring), else None."""
        changes = self._written_changes()
        if not changes:
            return None
        i = bisect.bisect_right(changes, (start, 0, 0)) - 1
        if i < 0 or start - changes[i][0] > _REACH:
            return None
        after, first, last = changes[i]
        simple = self.simple
        near = simple[max(after, start - 60) : start]
        if simple[start - 1] in _FROM:
            value = str(first) if _ONWARD.match(simple, end, end + 40) is not None else ""
        elif _TO.search(near):
            value = str(last)
        else:
            average = _AVERAGE.search(near)
            changed = average is not None and _CHANGE_CLAUSE.search(near[: average.start()]) is not None
            value = f"{first + 1}-{last}" if changed else ""
        if not value or _OTHER.search(simple, after, start):
            return None
        # stated in the paragraph that writes the years, inferred in the paragraphs after it
        basis = "inferred" if simple.find("\n", after, start) >= 0 else "stated"
        return PeriodFact(value, basis, f"{first}年" if value == str(first) else f"{last}年")

    def _plan_before(self, start: int, end: int, basis: str) -> PeriodFact | None:
        """The period of a figure compared with the five-year plan before (the module docstring), else None."""
        simple = self.simple
        if simple.find("五", max(0, start - 24), start) < 0 and simple.find("五", end, end + 12) < 0:
            return None  # most figures: no plan's name near
        near = simple[max(0, start - 24) : start]
        if (m := _PLAN_TIMES.search(near)) is not None:
            first = 1951 + 5 * _PLANS[m.group(1)]
            return PeriodFact(f"{first + 5}-{first + 9}/{first}-{first + 4}", "stated", m.group(0))
        if (m := _PLAN_BEFORE.search(near)) is not None:
            basis = "stated"  # the plan compared with is written before the average
        elif (m := _PLAN_AFTER.match(simple, end, end + 24)) is None:
            return None
        first = 1951 + 5 * _PLANS[m.group(1)]
        return PeriodFact(f"{first + 5}-{first + 9}", basis, m.group(0))  # the total's basis: its frame's
