"""Counts of a province's parks (:class:`PlaceParks`, over
:class:`~shangyu_analysis.extract.fact_place_region_names.PlaceRegionNames`; round 29).

A count written right before the parks it counts (“1-4月,全省15个产业园区入驻企业1213个”, fag2_08; “今年上半年,11个
重点园区…”, fag2_04; “13个重点园区中12个园区营收实现增长”, fx2_03) is a count of places: place ``-``, as a count of
zones is (ruling 4 of SOURCES.md; :class:`~shangyu_analysis.extract.fact_place_counts.PlaceCounts`), with 全省
before it too (the gold of 海南's park reports). A cluster (产业园区集群) is no count of parks, nor a park's kind
(特色产业园区: read both ways in the gold, left as it was). A pinyin gloss inside the words (個(gè)重點(diǎn)園區(qū))
is skipped.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_place_region_names import PlaceRegionNames
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

_COUNT_ENDS = frozenset("个個家")
_PARKS = re.compile(r"(?:重点|省级重点|产业|工业和信息产业|工业)?园区(?!集群)")
_REACH = 40  # the window after the count read for its parks


class PlaceParks(PlaceRegionNames):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceRegionNames`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-" or kind != "count" or self.simple[end - 1 : end] not in _COUNT_ENDS:
            return found
        after = self.simple[end : end + _REACH]
        if "园区" not in after:  # str.find first: few counts name parks
            return found
        if "(" in after:
            after = PINYIN_GLOSS_RE.sub("", after)
        return "-" if _PARKS.match(after) else found
