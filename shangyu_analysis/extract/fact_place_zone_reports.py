"""A development zone's own report (:class:`PlaceZoneReports`, over
:class:`~shangyu_analysis.extract.fact_place_domestic.PlaceDomestic`; round 38, place38).

- *A report that opens on its zone*: “江苏海门经济开发区,经过15年的开发建设,…2007年全区实现地区生产总值85.4亿元,
  同比增长52%;实现工业产品应税销售收入86.5亿元…” (fao2_08_haimen_devzone_2007): the text's subject is the zone,
  named first and followed by a comma; its 全区/本区 is the zone, not the city the zone's name holds (the main place,
  海门). When the found place is the main place, the text opens on a zone whose name holds it, and the figure's
  sentence has 全区/本区/开发区 before it, the zone (without its province) is the figure's place.
- *A zone named with its province*: “湖南湘江新区再次举行重大投资商座谈会…现场签约项目26个” (fao1_01_xiangjiang_signing_2016):
  the annotators name a zone without its province (湘江新区, as 海门经济开发区 above); a municipality's zone (天津经开区)
  keeps its name, the municipality being its city.
- *A project's zone*: “中国储能技术有限公司拟投资50亿元,在宁乡高新区建设储能技术与创新科技研发制造中心”
  (fao1_01_xiangjiang_signing_2016): an investment followed by 在 <a zone> 建设/打造 is that zone's.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_place_domestic import PlaceDomestic

_ZONE_OPENS = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}省|江苏|浙江|广东|山东|河南|河北|湖南|湖北|安徽|福建|江西|四川)?"
    r"([\u4e00-\u9fff]{2,8}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区))[,，]"
)
_SELF_WORDS = ("全区", "本区", "开发区")
_SENTENCE_ENDS = "。!?!?\n"
_REACH = 300  # how far back the figure's sentence is read
_PROVINCES = (
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "广西",
    "内蒙古",
    "宁夏",
    "新疆",
    "西藏",
)
_ZONE_ENDS = ("新区", "开发区", "高新区", "经开区")
_PROJECT_ZONE = re.compile(
    r"在([\u4e00-\u9fff]{2,10}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|园区|经济区|新区))"
    r"(?:建设|打造|新建|布局|建)"
)
_INVESTED = "投资"


class PlaceZoneReports(PlaceDomestic):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceDomestic`."""

    _zone_report_name: str | bool | None = False  # False: not yet looked for

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = self._zone_of_project(start, end, super().place(start, end, para_start, kind))
        if found.startswith(_PROVINCES) and found.endswith(_ZONE_ENDS) and "、" not in found:
            short = found[3:] if found.startswith(("黑龙江", "内蒙古")) else found[2:]
            if len(short) >= 4:
                return short
        main = self.main
        if not main or found != main:
            return found
        zone = self._zone_report_name
        if zone is False:
            hit = _ZONE_OPENS.match(self.simple, 0, 40)
            zone = hit.group(1) if hit is not None and main in hit.group(1) else None
            self._zone_report_name = zone
        if not zone:
            return found
        simple = self.simple
        lo = max(0, start - _REACH)
        begin = max(simple.rfind(c, lo, start) for c in _SENTENCE_ENDS) + 1
        begin = max(begin, lo)
        if not any(simple.find(w, begin, start) >= 0 for w in _SELF_WORDS):
            return found
        return str(zone)

    def _zone_of_project(self, start: int, end: int, found: str) -> str:
        """拟投资50亿元,在宁乡高新区建设 (fao1_01): the zone the project is built in."""
        simple = self.simple
        if simple[end : end + 1] not in (",", "，") or simple[end + 1 : end + 2] != "在":
            return found
        if simple.find(_INVESTED, max(0, start - 6), start) < 0:
            return found
        hit = _PROJECT_ZONE.match(simple, end + 1, end + 24)
        return hit.group(1) if hit is not None else found
