"""Output and rank figures the chain reads too coarsely (:class:`MeasureOutputs`, round 30).

- The output of above-scale industry written with its verb or a bare 产值 after the industry's name (全市规模工业完成总产值
  10888亿元: fah2_08; 浦东规模以上工业完成产值10306亿元: fz1_09; 规模工业年产值突破200亿元: fu1_04) is 规上工业总产值,
  not the 规上工业增加值 the bare name 规模以上工业 stands for; so is 规上企业完成产值90.6亿元 (fq2_07) read as ``其他``.
- A count in 位 that stands in brackets after a name or after 居/列/排/强 (驻马店装备产业集聚区(31位): fw2_03; 居50~100位
  的有7家: fw2_03; 中国企业500强247位: fw1_08) is a rank, 排名, not a count of people (3位院士).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measure_rates import MeasureRates
from shangyu_analysis.extract.measures import OTHER, measure_term

_INDUSTRY = re.compile(r"规模以上工业|规上工业|规模工业|规上企业|规模以上企业")
_OUTPUT_REACH = 40  # from the industry's name to the figure
_VERB = re.compile(r"(?:完成|实现)(?=总?产值)")
_RANK_BEFORE = re.compile(r"(?:[(（]|居|列|排|排在|位列|强)$")


class MeasureOutputs(MeasureRates):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, after
    :meth:`MeasureRates.measure`."""

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        term = super().measure(subject, kind, unit, start, sentence_start)
        found = None
        if kind == "money" and (term == "规上工业增加值" or (term.startswith(OTHER) and "产值" in term)):
            found = self._output_term(term, kind, unit, start)
        elif (
            kind == "count"
            and unit == "位"
            and term != "排名"
            and _RANK_BEFORE.search(self.simple, max(0, start - 2), start)
        ):
            found = "排名"  # 产业集聚区(31位), 居50~100位 (fw2_03): a rank
        if found is None:
            return term
        self._previous = (start, found)
        return found

    def _output_term(self, term: str, kind: str | None, unit: str | None, start: int) -> str | None:
        """规上工业总产值 when 产值 follows the industry's name without 增加值 (规模以上工业完成产值10306亿元: fz1_09)."""
        before = self.simple[max(0, start - _OUTPUT_REACH) : start]
        if "产值" not in before:
            return None
        named = None
        for match in _INDUSTRY.finditer(before):
            named = match  # the last name of the industry
        if named is None:
            return None
        words = before[named.end() :]
        if "增加值" in words or "产值" not in words or "。" in words:
            return None
        if term.startswith(OTHER):
            found = measure_term(_VERB.sub("", before[named.start() :].split("，")[0].split(",")[0]), kind, unit)[0]
            return found if found == "规上工业总产值" else None
        return "规上工业总产值"
