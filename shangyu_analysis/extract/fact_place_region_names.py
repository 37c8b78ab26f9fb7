"""A province's region named by its own name and 地区 as a clause's subject (:class:`PlaceRegionNames`, over
:class:`~shangyu_analysis.extract.fact_place_aliases.PlaceAliases`; round 29).

“分区域看,长株潭地区生产总值16835.0亿元,比上年增长8.0%;湘南地区生产总值7800.4亿元,增长7.7%;大湘西地区…;洞庭湖
地区…” (fag2_03, a 湖南 bulletin): a name the gazetteer does not hold, right after a clause's start (or 包括…在内的) and before 地区
and its measure (生产总值, 的, 占比), is a region of the text's place (ruling 5 of SOURCES.md's places: a zone the text
introduces as a place). It gives its name to the figures of its sentence (within 150 characters) that would be the
text's own place's: 长株潭地区的2019年地区生产总值占据了湖南全省地区生产总值的约42.34%, 该地区生产总值全省占比约43.36%.
Generic words before 地区 (农村, 贫困, 沿海, 东部…) and self or time words (全省, 该, 全年) name no region.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_aliases import PlaceAliases
from shangyu_analysis.extract.gazetteer import place_code

_REACH = 150  # how far back in its sentence a figure's region may stand
_NAMED = re.compile(r"(?:^|[，,；;。：:\n]|看|在内的)([\u4e00-\u9fff]{2,3})地区(?=生产总值|的|占比)")
_NOT_NAMES = frozenset("全本我该各其此同当今去上下前后")  # 全省地区, 该地区, 同期地区…: no region's name
_NOT_ENDS = frozenset("年月季期度区市县省州盟旗个")  # 一季度地区, 全市地区, 有六个地区: time, unit or count words
_GENERIC = frozenset(
    ("贫困", "农村", "城镇", "城市", "沿海", "沿边", "边境", "民族", "重点", "其他", "部分", "山区", "东部", "中部",
     "西部", "东北", "发达", "欠发达", "周边", "受灾", "灾区", "试点", "所在", "相关", "外地", "本地", "内地")
)  # fmt: skip


class PlaceRegionNames(PlaceAliases):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceAliases`."""

    _region_names: list[tuple[int, str]] | None = None  # each named region's end and name, found once a text

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found != self.main or not found or found == "-":
            return found
        if self._region_names is None:
            simple = self.simple
            self._region_names = _region_names(simple) if "地区" in simple else []
        if not self._region_names:
            return found
        k = bisect.bisect_right(self._region_names, (start, "")) - 1
        if k < 0:
            return found
        at, name = self._region_names[k]
        return name if at >= self._stop(start, _REACH) else found


def _region_names(simple: str) -> list[tuple[int, str]]:
    """Each named region's end and name: a name also written before 地区的 or 地区占比 (长株潭地区的2019年…), or one
    of a sentence's several names before 地区 (长株潭地区…;湘南地区…), not a word before the measure 地区生产总值 alone
    (人均地区生产总值, 根据地区生产总值统一核算结果)."""
    found = [m for m in _NAMED.finditer(simple) if _is_region(m.group(1))]
    named = {m.group(1) for m in found if not simple.startswith("生产总值", m.end())}
    by_sentence: dict[int, set[str]] = {}
    for m in found:
        by_sentence.setdefault(max(simple.rfind("。", 0, m.start()), simple.rfind("\n", 0, m.start())), set()).add(
            m.group(1)
        )
    named.update(name for names in by_sentence.values() if len(names) > 1 for name in names)
    return [(m.end(), m.group(1)) for m in found if m.group(1) in named]


def _is_region(name: str) -> bool:
    """True when ``name`` before 地区 names a region: not a self or time word, a unit or a generic word."""
    return (
        name[0] not in _NOT_NAMES
        and name[-1] not in _NOT_ENDS
        and name not in _GENERIC
        and name[-2:] not in _GENERIC
        and place_code(name) is None
    )
