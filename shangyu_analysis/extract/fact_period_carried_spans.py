"""A month span not lost to its own 其中 month (:class:`PeriodCarriedSpans`, round 40, outermost of the period rules).

- *The span over its 其中 month.* 1—8月,全省規(guī)模以上工業(yè)增加值同比增長(zhǎng)8.4%,…。其中,8月全省…增長(zhǎng)8.7%。
  then a new paragraph 分重點(diǎn)行業(yè)看,…同比增長(zhǎng)42.7% (faq1_08_yunnan_m1m8_2022): the month named after 其中 is a
  sub-clause of the span, so a later paragraph that names no month of its own reads as the span (2022M1-M8), not as
  the last month named.
- *A change 与 a part of the year 相比.* 與一季度相比,全區GDP同比增速提高8.7個百分點 and 與1月至5月相比,規上工業總產值增速
  提升3.2個百分點 in a half-year report (faq1_04_zhongkai_hitech_h1_2023): the points of change are the period in
  force over the part compared with (``2023H1/2023Q1``, ``2023H1/2023M1-M5``).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_report_parts import PeriodReportParts
from shangyu_analysis.text.periods import DASHES, PeriodFact

_SINGLE_MONTH = re.compile(r"(\d{4})M(\d{1,2})")
_SPAN_BEFORE_SUB = re.compile(r"1(?:月份?)?[" + DASHES + r"~〜至](\d{1,2})月(?:份)?")
_SPAN_REACH = 300
# 与一季度相比, 與1月至5月相比, 同上半年相比 at the head of the figure's clause
_COMPARED_PART = re.compile(
    r"[与同较和](?:(?P<q>一季度|上半年|前三季度)|(?P<m1>1)月?(?:份)?[" + DASHES + r"~〜至](?P<m2>\d{1,2})月(?:份)?)"
    r"(?:相比|相较|比较)[，,]"
)
_PART_VALUE = {"一季度": "Q1", "上半年": "H1", "前三季度": "Q1-Q3"}
_CLAUSE_ENDS = "。；;\n"
_COMPARED_REACH = (
    40  # characters from 相比 to the figure  # characters before the paragraph searched for the span and its 其中 month
)


class PeriodCarriedSpans(PeriodReportParts):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _compare_words_seen: bool | None = None  # the text has 相比 and 百分点 at all (one scan per text)

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if self._compare_words_seen is None:
            self._compare_words_seen = "相比" in self.simple and "百分点" in self.simple
        if self._compare_words_seen and "/" not in fact.value and fact.value[:4].isdigit():
            fact = self._compared_part(start, fact)
        if fact.value[4:5] != "M":
            return fact
        # a comparison's base (比1—7月提高12.4) keeps its own part: only the first part is the carried month
        head, slash, rest = fact.value.partition("/")
        if fact.basis != "inferred" and not slash:
            return fact
        m = _SINGLE_MONTH.fullmatch(head)
        if m is None or (fact.evidence and not slash):
            return fact
        month = m.group(2)
        simple = self.simple
        lo = max(0, para_start - _SPAN_REACH)
        sub = simple.rfind("其中", lo, para_start)
        if sub < 0 or not simple.startswith(("," + month + "月", "，" + month + "月", month + "月"), sub + 2):
            return fact
        # the paragraph's lead span of the same end month before 其中 (增速与1—7月持平 after it is a comparison)
        lead = _SPAN_BEFORE_SUB.search(simple, max(lo, simple.rfind("\n", lo, sub) + 1), sub)
        if lead is None or lead.group(1) != month or month == "1":
            return fact
        value = f"{m.group(1)}M1-M{month}" + slash + rest
        return PeriodFact(value, fact.basis, fact.evidence or lead.group(0))

    def _compared_part(self, start: int, fact: PeriodFact) -> PeriodFact:
        """A change after 与一季度相比 / 与1月至5月相比 (the module docstring)."""
        simple = self.simple
        lo = max(0, start - _COMPARED_REACH)
        at = simple.rfind("相比", lo, start)
        if at < 0 or not simple.startswith("百分点", simple.find("个", start, start + 12) + 1):
            return fact
        found = list(_COMPARED_PART.finditer(simple, max(0, at - 12), at + 3))
        m = found[-1] if found else None
        if m is None or m.end() != at + 3 or any(c in simple[m.end() : start] for c in _CLAUSE_ENDS):
            return fact
        year = fact.value[:4]
        part = _PART_VALUE[m.group("q")] if m.group("q") else f"M1-M{m.group('m2')}"
        base = year + part
        if base == fact.value or not fact.value.startswith(year):
            return fact
        return PeriodFact(f"{fact.value}/{base}", fact.basis, fact.evidence)
