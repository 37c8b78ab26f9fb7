"""Counts of a class of zones or cities (:class:`PlaceClassCounts`, over
:class:`~shangyu_analysis.extract.fact_place_unit_counts.PlaceUnitCounts`; round 39, place39).

- *A count of zones of a class*: “全省10家国家级经开区贯彻落实” (fx2_08_sichuan_devzones_q1_2021), “其中5个国家级、8个自治区级”
  (fap2_04_guangxi_devzones_2023), “全国4个直辖市,黑、吉、辽三省和15个副省级城市” (fap1_08_harbin_industry_h1_2009): the
  figure counts places (ruling 4 of SOURCES.md: counts of places are place ``-``). A count (个/個/家) followed, within a
  short stretch without a clause break, by a class of zones or cities (经开区, 开发区, 园区, 直辖市, 副省级城市…), or by a
  bare level (国家级、/自治区级,) is place ``-``.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_place_unit_counts import PlaceUnitCounts

_CLASS_COUNT_ENDS = ("个", "個", "家")
_CLASS_AFTER = re.compile(
    r"[^,，。;；、:：\n]{0,10}?(?:经开区|經開區|开发区|開發區|开发开放区域|開發開放區域|产业园区|產業園區|工业园区|工業園區"
    r"|特色园区|特色園區|直辖市|直轄市|副省级城市|副省級城市|综合保税区|綜合保稅區|贫困村|貧困村|贫困县|貧困縣|大中城市|村庄|村莊|建制村)"
    r"|(?:国家级|國家級|省级|省級|自治区级|自治區級|市级|市級)[、,，。;；]"
)


class PlaceClassCounts(PlaceUnitCounts):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceUnitCounts`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-":
            return found
        simple = self.simple
        if not simple.endswith(_CLASS_COUNT_ENDS, start, end) or not simple[start : start + 1].isdigit():
            return found
        if _CLASS_AFTER.match(simple, end, end + 16) is not None:
            return "-"
        return found
