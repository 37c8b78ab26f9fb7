"""Measures of places' changes listed after a growth (:class:`MeasurePlaces`, over
:class:`~shangyu_analysis.extract.fact_measure_pairs.MeasurePairs`).

- A change whose clause names only places (银川市规上工业增加值同比增长16.8%,其中宁东基地增长28%: fv1_01; 东部地区
  生产总值增长6.8%,中部地区增长6.0%,西部地区增长10.3%: fr1_07; 固原市、中卫市实现较快增长,分别增长14.9%和10.6%;
  吴忠市增长9.6%) is a change of the growth just named before it, in its paragraph: that growth's term, not
  ``其他:宁东基地增速``.
- A count in 个 or 项 whose clause names only places, right after a count of projects (当日签约的27个项目…。其中,宜昌高新区
  10个,宜都市3个: fx2_05) breaks that count down by place: 项目数量, not ``其他:宜昌高新区``.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_measure_pairs import MeasurePairs
from shangyu_analysis.extract.measures import OTHER
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

# How far back the growth whose places are listed may stand (a sentence or two of a paragraph).
_GROWTH_REACH = 150
_CLAUSE_REACH = 40  # how far back a place's clause is read
# The words a clause of places' changes holds besides the places: a list's marks, 其中, 分别, a change's verbs, a name
# of an area the gazetteer lacks (宁东基地, 中部地区, 三峡库区), an exclusion in brackets ((不含宁东)).
_PLACES_CLAUSE = re.compile(
    r"(?:[县市区州盟旗]|其中|分别|同比|实现较快增长|实现|增长|增速为|增速|为|、|和|与|及|[,，]|\s|[(（][^()（）]{0,8}[)）]"
    r"|[\u4e00-\u9fff]{2,4}(?:基地|地区|片区|库区|山区)|[0-9.]+\s*%)*"
)
# the clause ends on its change (宁东基地增长), or a list's value after it (分别增长14.9%和)
_CHANGE_END = re.compile(r"(?:增长|增速为?)(?:[0-9.]+\s*%[、和与及])*$")
# A count of projects broken down by place right after one (当日签约的27个项目…。其中,宜昌高新区10个,宜都市3个: fx2_05):
# how far back the count may stand, and the words its clause holds besides the places.
_COUNT_REACH = 150
_COUNT_PLACES = re.compile(r"(?:[县市区州盟旗]|其中|、|和|与|及|\s)*")
_AREA_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:基地|地区|片区|库区|山区)")
_PLACE_WORD = re.compile(r"[县市区州盟旗]|基地|地区")  # a clause that may name a place


class MeasurePlaces(MeasurePairs):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, after
    :meth:`MeasurePairs.measure` and only where it read ``其他``."""

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        rate_start, rate = self._last_rate  # the sentence of the last growth term, and that term
        count_start, count_unit, count_term = self._last_count  # the last count's start, unit and measure
        term = super().measure(subject, kind, unit, start, sentence_start)
        if (
            term.startswith(OTHER)
            and kind == "count"
            and unit in ("个", "项")
            and count_term == "项目数量"
            and count_unit == unit
            and 0 <= start - count_start <= _COUNT_REACH
            and self._only_places(start, _COUNT_PLACES)
        ):
            self._previous = (start, count_term)
            self._last_count = (start, unit, count_term)
            return count_term
        if (
            term.startswith(OTHER)
            and kind == "percent"
            and rate
            and 0 <= start - rate_start <= _GROWTH_REACH
            and "\n" not in self.simple[rate_start:start]
            and self._places_change(start)
        ):
            self._previous = (start, rate)
            self._last_rate = (rate_start, rate)
            return rate
        return term

    def _places_change(self, start: int) -> bool:
        """True when the words from the figure's sentence start (at most 40 characters back, after its last 。；) are
        place names and the words of a change of them only (其中宁东基地增长, 中衛(wèi)市增長, 分别增长)."""
        lo = max(self._stop(start, _CLAUSE_REACH), start - _CLAUSE_REACH)
        raw = self.simple[lo:start]
        raw = raw[max(raw.rfind(mark) for mark in "；;。") + 1 :]
        commas = [i for i, ch in enumerate(raw) if ch in "，,"]
        if commas:  # its clause (其中宁东基地增长), with the one before when it names no place (固原市、中卫市实现较快增长,分别增长)
            cut = commas[-1] + 1
            if not _PLACE_WORD.search(raw, cut):
                cut = commas[-2] + 1 if len(commas) >= 2 else 0
            raw = raw[cut:]
        lo = start - len(raw)
        k = bisect.bisect_left(self.mention_starts, lo)
        words, cut, named = [], lo, False
        while k < len(self.mentions) and self.mentions[k].start < start:
            m = self.mentions[k]
            if m.start >= cut:
                words.append(self.simple[cut : m.start])
                cut, named = m.end, True
            k += 1
        words.append(self.simple[cut:start])
        text = PINYIN_GLOSS_RE.sub("", "".join(words))
        named = named or _AREA_NAME.search(text) is not None
        return named and _CHANGE_END.search(text) is not None and _PLACES_CLAUSE.fullmatch(text) is not None
