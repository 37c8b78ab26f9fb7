"""A province's zones taken together and a 兵团 division's city (:class:`PlaceCollectives`, over
:class:`~shangyu_analysis.extract.fact_place_gaps.PlaceGaps`; round 34).

- *A province's zones together*: “上半年,黑龙江开发区实现地区生产总值2158亿元” (fal2_04): a province's name with a bare
  zone word (开发区, 经开区, 园区) names all its zones together, so their figures are the province's (as fai2_02's 该市9个
  经开区 are the city's). A city's or a municipality's (天津开发区, 北京经开区, 泉州开发区) is one zone and stays.
- *A 兵团 division's city*: “新疆兵团第三师图木舒克市举行…集中开复工仪式。此次集中开复工项目292个” (fal2_06): a figure read as
  兵团's while the nearest place before it is one of 兵团's county-level cities (图木舒克, 阿拉尔) is that city's.
- *A rank among the nation's units*: “地区生产总值…达到1.77万亿元,在全国城市排名上升2位至第7位,人均地区生产总值突破10万元”
  (fal1_02): 全国 opening a ranking (在全国城市排名, 在国内大陆各省市区排名, faa1_10) is the field of the rank, not the place of
  the figures after 排名 in its sentence: they are the ranked unit's, the place named before 全国 (else the text's).
- *A club's threshold*: “22个城区公共财政预算收入超过10亿元” (fah1_04), “其中9个市州的增速达到或超过6%” (fah2_09): an
  amount a counted set of places crosses defines the club, place ``-`` (ruling 2 of SOURCES.md, FACTS.md).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_gaps import PlaceGaps
from shangyu_analysis.extract.gazetteer import gazetteer, place_code
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

_ZONE_WORDS = ("开发区", "经开区", "园区")
_MUNICIPALITIES = frozenset(("11", "12", "31", "50"))  # 北京, 天津, 上海, 重庆: their 开发区 is one zone
_CORPS = "兵团"
_CORPS_CITIES = "6590"  # the code prefix of 兵团's county-level cities (石河子, 阿拉尔, 图木舒克, …)
_CITY_REACH = 300  # how far before the figure the division's city may stand
_NATION = "100000"
_RANK_WORDS = ("排名", "排位")
_RANK_GAP = 12  # how far after 全国 its 排名 may stand (在国内大陆各省市区排名)
_RANK_REACH = 120  # how far before the figure the ranking 全国 may stand
_SENTENCE_ENDS = "。；;！!？?\n"
_CLUB_REACH = 40  # how far before the threshold the count of places may stand
_CLUB_ENDS = frozenset("，,。；;！!？?\n")
# the count of places, then the rest of its clause up to a crossing verb right before the figure
_CLUB = re.compile(
    r"[0-9一二三四五六七八九十两]{1,3}[个個](?:县\(市、区\)|县\(区\)|市县|市州|盟市|地级市|城区|县|市|区)"
    r"(?:[^，,。；;！!？?\n个個]{0,24}?)(?:超过|突破|达到或超过|逾|过|超)$"
)


def _province_of_zones(name: str) -> str | None:
    """黑龙江开发区 → 黑龙江: a province (not a municipality) with a bare zone word; None otherwise."""
    for word in _ZONE_WORDS:
        if name.endswith(word):
            code = place_code(name[: -len(word)])
            if code and code not in _MUNICIPALITIES:
                unit = gazetteer().units.get(code)
                if unit and unit.level == 1:
                    return unit.short
    return None


class PlaceCollectives(PlaceGaps):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceGaps`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == _CORPS:
            return self._division_city(start) or found
        if found == "全国":
            return self._ranked_unit(start, para_start) or found
        if found != "-" and self._club_threshold(start):
            return "-"
        if found.endswith(_ZONE_WORDS) or "区、" in found:
            parts = found.split("、")
            if any(p.endswith(_ZONE_WORDS) for p in parts):
                new = [_province_of_zones(p) or p for p in parts]
                return "、".join(dict.fromkeys(new))  # 黑龙江开发区、黑龙江 (占黑龙江的36.02%): 黑龙江 once
        return found

    def _division_city(self, start: int) -> str | None:
        """The 兵团 city standing last before the figure, within reach (图木舒克市 in 第三师图木舒克市, fal2_06)."""
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        if m.code and m.code.startswith(_CORPS_CITIES) and start - m.end <= _CITY_REACH:
            return m.place
        return None

    def _ranked_unit(self, start: int, para_start: int) -> str | None:
        """The unit ranked “在全国城市排名…” before the figure in its sentence (fal1_02): the place before 全国, else
        the text's; None when 全国 opens no ranking or another place stands between it and the figure."""
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        if m.code != _NATION or start - m.end > _RANK_REACH:
            return None
        simple = self.simple
        head = simple[m.end : m.end + _RANK_GAP + 2]
        at = min((i for i in (head.find(w) for w in _RANK_WORDS) if i >= 0), default=-1)
        if at < 0 or m.end + at >= start:
            return None  # 在全国97家综合保税区中排名第15 (fy1_08): 97家 stands before 排名
        between = simple[m.end : start]
        if any(c in between for c in _SENTENCE_ENDS):
            return None
        while k > 0:
            k -= 1
            before = self.mentions[k]
            if before.start < para_start or m.start - before.end > _RANK_REACH:
                break
            if any(c in simple[before.end : m.start] for c in _SENTENCE_ENDS):
                break
            if before.code == _NATION:
                continue
            return self.main if before.code == "self" else before.place
        return self.main

    def _club_threshold(self, start: int) -> bool:
        """True when a crossing verb right before the figure closes a clause that opens on a count of places
        (22个城区…超过10亿元, fah1_04): the amount defines a club of places."""
        simple = self.simple
        last = simple[start - 1 : start]
        if last not in "过過超破逾)":
            return False
        lo = max(0, start - _CLUB_REACH)
        window = simple[lo:start]
        cut = max(window.rfind(c) for c in _CLUB_ENDS)
        window = window[cut + 1 :]
        if "个" not in window and "個" not in window:
            return False
        plain = PINYIN_GLOSS_RE.sub("", window) if "(" in window else window
        plain = plain.replace("區", "区").replace("縣", "县").replace("過", "过").replace("達", "达")
        if plain.endswith(("全部突破", "全部超过", "都突破", "都超过")):
            return False  # 浙江90个县(市、区)GDP全部突破100亿元 (fi1_08): every unit of the province, its own
        if ("个县域" in plain or "個县域" in plain) and ("总量" in plain or "合计" in plain):
            return False  # 146个县域经济总量首次突破3万亿元 (fo1_01): their total (not 91个县(市、区)经济总量超百亿, fj2_01)
        return _CLUB.search(plain) is not None
