"""Counts of a region's units (:class:`PlaceUnitCounts`, over
:class:`~shangyu_analysis.extract.fact_place_zone_ranks.PlaceZoneRanks`; round 38, place38).

- *A count of cities or counties*: “广西及14个地级市前三季度主要经济指标已经全部公布” (fao1_08_guangxi_race_2024), “2021年云南
  全省及16州市地区生产总值” (fi2_07_yunnan_16_prefectures_2021), “7城GDP增速超全省平均水平” (fan2_06_guangdong_q3_2020):
  the figure counts places (ruling 4 of SOURCES.md: counts of places are place ``-``), as the gold does for 78个县(市),
  14個市州, 13市 (66 rows against one). A count right before a class of units (地级市, 市州, 州市, 盟市, 县(市…), or
  written as N市/N城/N州市 itself, is place ``-``.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_place_zone_ranks import PlaceZoneRanks

_COUNT_ENDS = ("个", "個")
_UNITS_AFTER = re.compile(r"(?:地级市|地級市|市州|州市|盟市|县\(市|縣\(市|县市区|縣市區|县区|縣區|区县|區縣)")
_UNIT_SURFACE = re.compile(r"[0-9一二三四五六七八九十两]{1,3}(?:市|城|州市|地市)")


class PlaceUnitCounts(PlaceZoneRanks):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceZoneRanks`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-":
            return found
        simple = self.simple
        if simple.endswith(_COUNT_ENDS, start, end):
            if _UNITS_AFTER.match(simple, end, end + 4) is not None and simple[start : start + 1].isdigit():
                return "-"
            return found
        if _UNIT_SURFACE.fullmatch(simple, start, end) is not None:
            return "-"
        return found
