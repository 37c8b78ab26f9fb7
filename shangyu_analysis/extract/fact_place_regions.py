"""Places of a region a text names by its function or its part of a province (:class:`PlaceRegions`, over
:class:`~shangyu_analysis.extract.fact_place_tables.PlaceTables`; round 26).

A clause whose subject is a region named by its function (重庆's 都市功能核心区, 城市发展新区, 渝东北生态涵养发展区:
fad1_08), an economic region or zone of a province (环成都经济圈, 川西北生态示范区: fac1_04) or a part of a province
named by a direction (苏南地区, 苏中地区: fac1_08), right before its measure (实现, 实际使用, 地区生产总值, 的), gives
that region to the figures of its ；-clause (or sentence): the text introduces it as a place, as a zone (ruling 5 of
SOURCES.md's places). The region stands right after a clause's start (a mark, 其中, a quarter or a month), and no
other place stands between it and the figure. A share of the province's total in that clause (占全省总量的62.1%) is
the region's and the province's (苏南、江苏).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_tables import PlaceTables
from shangyu_analysis.extract.gazetteer import place_code
from shangyu_analysis.extract.places import SELF

_REACH = 150  # how far back a figure's region may stand (its ；-clause, within its sentence)
# a region after a clause's start: its own words and a suffix of a functional or economic region (城市发展新区,
# 环成都经济圈), or a province's part by a direction (苏南地区 → 苏南), right before the measure it is the subject of
_REGION = re.compile(
    r"(?:^|[，,；;。\n]|其中|季度|[0-9]月|年)"
    r"([\u4e00-\u9fff]{2,8}?(?:功能核心区|功能拓展区|发展新区|发展区|生态示范区|经济区|经济圈)"
    r"|[\u4e00-\u9fff][东南西北中](?=地区(?:实际|实现|完成)))"
    r"(?:地区)?(?=以?实现|的|地区生产总值|实际|完成)"
)
_LEAD = re.compile(r"(?:其中|[一二三四]季度|上半年|下半年|前三季度|全年)+")  # words before a clause's subject
# a series of values after 分别为 (产值分别为3468.98亿元、3327.05亿元、2198.67亿元) to the next clause mark
_SERIES_END = re.compile(r"[，,。；;\n）)]")
_SERIES_ITEM = re.compile(r"[0-9第][0-9.]*[^、]{0,8}")
_LIST_GLUE = frozenset(("、", "和", "及", "与"))  # between two places of a list
_SERIES_REACH = 60  # how far before its series a list of places may stand
_WORDS = ("功能", "发展新区", "发展区", "示范区", "经济区", "经济圈", "地区实", "地区完成")  # a region's words
_SELF = frozenset("全本我该")  # 全市经济区: no name


class PlaceRegions(PlaceTables):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceTables` (which it calls for every figure)."""

    _has_regions: bool | None = None  # whether the text names any such region at all (one scan a text)

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        lead = self.simple.rfind("分别为", max(0, start - 80), start)
        if lead >= 0:
            listed = self._listed_place(lead, start)
            if listed:
                return listed
        if self._has_regions is None:
            simple = self.simple  # str.find for the suffixes first: most texts name no such region
            self._has_regions = any(word in simple for word in _WORDS) and _REGION.search(simple) is not None
        if not self._has_regions or found == "-":
            return found
        simple = self.simple
        lo = self._stop(start, _REACH)
        lo = max(lo, simple.rfind("；", lo, start) + 1, simple.rfind(";", lo, start) + 1)
        last = None
        for m in _REGION.finditer(simple, max(lo - 1, 0), start):  # the mark before lo starts a clause
            last = m
        if last is None:
            return found
        name = last.group(1)
        opening = _LEAD.match(name)
        if opening and len(name) - opening.end() >= 2:
            name = name[opening.end() :]  # 其中环成都经济圈, 一季度城市发展新区: the region, not its clause's lead
        if name[0] in _SELF or (len(name) == 2 and place_code(name)):
            return found  # 全市…经济区; 海南地区: a unit the gazetteer names is no part of a province
        k = bisect.bisect_left(self.mention_starts, last.end())
        if k >= len(self.mention_starts) or self.mention_starts[k] >= start:
            return name
        between = self.mentions[k]
        if (
            between.code == SELF
            and simple[between.start - 1] == "占"
            and found != name
            and "、" not in found
            and (k + 1 == len(self.mention_starts) or self.mention_starts[k + 1] >= start)
        ):
            return f"{name}、{found}"  # 苏南地区…占全省总量的62.1% (fac1_08): the region's share of the province
        return found  # another place stands between the region and the figure: that place's

    def _listed_place(self, lead: int, start: int) -> str | None:
        """The place of a value of a series after 分别为 whose clause follows a clause that ends on a list of as many
        places: 产值总量前三名为烟台、青岛、东营,产值分别为3468.98亿元、3327.05亿元、2198.67亿元 (fac2_11): the i-th
        value is the i-th place's (a rank's places valued after 为); else None."""
        simple = self.simple
        stop = _SERIES_END.search(simple, start, start + 120)
        if stop is None:
            return None
        items = simple[lead + 3 : stop.start()].split("、")
        if len(items) < 2 or not all(_SERIES_ITEM.fullmatch(item) for item in items):
            return None
        index = simple.count("、", lead + 3, start)
        back = max(0, lead - 40)
        comma = max(simple.rfind("，", back, lead), simple.rfind(",", back, lead))
        if comma < 0:
            return None
        mentions, starts = self.mentions, self.mention_starts
        k = bisect.bisect_left(starts, comma) - 1  # the last place before the clause's comma
        if k < 0 or mentions[k].end != comma or comma - mentions[k].start > _SERIES_REACH:
            return None  # the clause before must end on a place
        run = [mentions[k]]
        while k > 0 and simple[mentions[k - 1].end : mentions[k].start] in _LIST_GLUE:
            k -= 1
            run.append(mentions[k])
        if len(run) != len(items) or mentions[k].code is None:
            return None
        return run[len(run) - 1 - index].place
