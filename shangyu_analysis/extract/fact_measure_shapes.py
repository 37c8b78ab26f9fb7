"""Measures of four shapes :class:`~shangyu_analysis.extract.fact_measure_places.MeasurePlaces` reads as ``其他`` or
too coarsely (:class:`MeasureShapes`, round 23).

- A verb between a sector and 增加值 (服务业完成增加值269.02亿元: fs2_08; 工业实现增加值1009.88亿元: faa1_01) is the
  sector's value added: the term of the words without the verb (服务业增加值, 工业增加值), and its growth after it.
- A change of a resident population (常住人口725.41万人,比上年增加10.08万人: faa1_10; 比上年末增加0.36萬人: faa2_07)
  is 人口增量, not the population.
- A count of signed projects whose 约 the figure pattern read as “about” (合計簽約98個: fv1_09, subject 合計簽) is a
  count of projects at that stage, as 签约98个 is, when its sentence names 项目.
- A list of size bands of projects, each with its count (其中,1-5億元311個,5-10億元51個…50億元以上10個: fp2_08, after
  签约项目413個): the band is 投资额, its count 项目数量, when 项目 is named just before the list.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measure_places import MeasurePlaces
from shangyu_analysis.extract.measures import OTHER, counted_term, measure_term

# 服务业完成增加值, 工业实现增加值: a verb inside the term's words
_VERB_IN_TERM = re.compile(r"(?:完成|实现)(?=增加值)")
# 比上年增加10.08万人, 比上年末净增2028人: the figure is the change of the population named before it
_POPULATION_CHANGE = re.compile(r"(?:增加|净增|新增|增长)了?$")
_CHANGE_REACH = 14  # the words right before the figure, back to its clause's mark
_CLAUSE_MARK = re.compile(r"[，,；;。\n]")
# a band of money right before a count (1-5億元311個, 50億元以上10個) and a count right after a band (…億元311個)
_BAND_COUNT = re.compile(r"[0-9.]+(?:\s*[-—–~～至到]\s*[0-9.]+)?\s*(?:万亿|亿|万)?元(?:以上|以下)?[0-9]+[个项]")
_AFTER_BAND = re.compile(r"(?:万亿|亿|万)?元(?:以上|以下)?$")
_PROJECTS_REACH = 150  # how far back 项目 names what the bands and counts are of


class MeasureShapes(MeasurePlaces):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, after
    :meth:`MeasurePlaces.measure`, only where it read ``其他``, ``-`` or 常住人口."""

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        term = super().measure(subject, kind, unit, start, sentence_start)
        found = None
        if term.startswith(OTHER) and "增加值" in subject and (plain := _VERB_IN_TERM.sub("", subject)) != subject:
            # 服务业完成增加值269.02亿元 (fs2_08): 服务业增加值, 第三产业增加值
            found = measure_term(plain.replace("增速", "增长"), kind, unit)[0]
        elif term == "常住人口" and kind == "count":
            # 全市常住人口…725.41万人,比上年增加10.08万人 (faa1_10): the population's change
            words = self.simple[max(sentence_start, start - _CHANGE_REACH) : start]
            mark = max((m.end() for m in _CLAUSE_MARK.finditer(words)), default=0)
            if _POPULATION_CHANGE.search(words, mark):
                found = "人口增量"
        elif kind == "count" and term.startswith(OTHER) and term[-1] in "签簽":
            # 合計簽約98個 (fv1_09): 签约 with its 约 read as “about”; projects at a stage
            found = counted_term(self.simple[max(sentence_start, start - 120) : start], unit)
        elif term == "-" and kind in ("money", "count"):
            found = self._band_term(kind, unit, start)
        if found is None:
            return term
        self._previous = (start, found)
        return found

    def _band_term(self, kind: str | None, unit: str | None, start: int) -> str | None:
        """投资额 for a band of money right before its count, 项目数量 for that count (其中,1-5億元311個: fp2_08),
        when 项目 is named just before; None otherwise."""
        simple = self.simple
        if kind == "money":
            if not _BAND_COUNT.match(simple, start):
                return None
        elif unit not in ("个", "项") or not _AFTER_BAND.search(simple, max(0, start - 5), start):
            return None
        if "项目" not in simple[max(0, start - _PROJECTS_REACH) : start]:
            return None
        return "投资额" if kind == "money" else "项目数量"
