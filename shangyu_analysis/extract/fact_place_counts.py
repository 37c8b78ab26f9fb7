"""Counts of zones and a partner's projects (:class:`PlaceCounts`, over
:class:`~shangyu_analysis.extract.fact_place_regions.PlaceRegions`; round 27).

- A count written right before the zones it counts, with their class (国家级, 省级及以上) but no other word between
  (“湖南省78家省级及以上开发区发展势头良好”, faa1_02; “全省10家国家级经开区贯彻落实”, fx2_08; “我省已建有高新区20家,
  其中国家高新区6家”, fad1_05) is a count of places: place ``-`` (ruling 4 of SOURCES.md: counts of zones too). A
  cluster or a park's word (产业园区集群, 特色产业园区) is no zone's count.
- A firm that signs projects with a place (“中国能源建设集团与吉林市签下3个项目,总投资205亿元”, fac2_10): the
  projects are the place's, the partner after 与 (which :class:`PlaceRules` reads as an object), when the subject
  before 与 is a firm, not a place.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_regions import PlaceRegions

_COUNT_ENDS = frozenset("家个個")
# the zones right after their count: a class, then the zones' word, then no word that makes it a cluster
_ZONES = re.compile(
    r"(?:国家级|國家級|省级及以上|省級及以上|省级以上|省級以上|省级|省級|国家|國家|重点省级|重點省級)?"
    r"(?:高新技术产业开发区|经济技术开发区|開發區|开发区|经开区|經開區|高新区|高新區|产业集聚区|產業集聚區)"
    r"(?!集群|名单)"
)
# a breakdown of zones by class, the count after them: 其中国家高新区6家、省级高新区14家 (fad1_05)
_ZONES_BEFORE = re.compile(r"(?:其中|、)(?:国家级?|國家級?|省级|省級)(?:高新区|高新區|开发区|開發區|经开区|經開區)$")
_HELD = frozenset("的批立有")  # 芜湖市的15家开发区, 获批8家, 设立56家, 拥有: a holder's zones, its own (fo2_05, fm2_07)
_FIRM_PARTNER = re.compile(r"(?:集团|集團|公司|央企)(?:与|與)$")
_SIGNED = re.compile(r"签下|签约|签署|签订|簽下|簽約|簽署|簽訂")
_SUBJECT_REACH = 120  # how far back the sentence's opening unit may stand
_OFFICE = frozenset("委政人长厅局")  # 山东省委, 省政府, 人大, 省长, 商务厅, 统计局: an office, not the unit's figures
_PARTNER_REACH = 40  # how far before its figure the signing may stand


class PlaceCounts(PlaceRegions):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceRegions`."""

    _openers: list[int] | None = None  # the mentions (indices) of units above the text's own that open a line
    _opener_starts: list[int] = []  # noqa: RUF012  # where they start (set with _openers)

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-":
            return found
        simple = self.simple
        if kind == "count" and simple[end - 1 : end] in _COUNT_ENDS and self._zone_word(start, end):
            # 全省64家经开区 (fm2_07: 广东's) but 全省10家国家级经开区 (fx2_08: -): the gold reads both ways; kept
            held = simple[start - 1 : start] in _HELD or simple[start - 2 : start] == "全省"
            if (not held and _ZONES.match(simple, end)) or _ZONES_BEFORE.search(simple, max(0, start - 9), start):
                return "-"
        if found == self.main and self.main_above:
            above = self._above_subject(start)
            if above:
                return above
        lo = max(start - _PARTNER_REACH, 0)  # str.find first: few clauses sign anything
        if simple.find("签", lo, start) < 0 and simple.find("簽", lo, start) < 0:
            return found
        lo = max(self._stop(start, _PARTNER_REACH), lo)
        signed = _SIGNED.search(simple, lo, start)
        if signed is not None:
            partner = self._partner(lo, signed.start())
            if partner:
                return partner
        return found

    def _zone_word(self, start: int, end: int) -> bool:
        """Whether a zone's last character (区, 區) stands within a zone's name after or right before the count."""
        simple = self.simple
        return simple[start - 1 : start] in ("区", "區") or any(c in simple[end : end + 12] for c in ("区", "區"))

    def _above_subject(self, start: int) -> str | None:
        """The unit above the text's own place that opens the figure's sentence right after a line start, with no
        other place before the figure and no office after it (山东省委书记): 山东省集中开工的720个重大项目 (fv2_05).
        The openers are found once a text (few texts have any), the figure's sentence bisected only then."""
        if self._openers is None:
            simple = self.simple
            self._openers = [
                k
                for k, m in enumerate(self.mentions)
                if m.code in self.main_above
                and m.place != "全国"
                and (m.start == 0 or simple[m.start - 1] == "\n")
                and simple[m.end : m.end + 1] not in _OFFICE
            ]
            self._opener_starts = [self.mentions[k].start for k in self._openers]
        if not self._openers:
            return None
        at = bisect.bisect_right(self._opener_starts, start) - 1
        if at < 0:
            return None
        k = self._openers[at]
        m = self.mentions[k]
        if m.start < start - _SUBJECT_REACH or self._stop(start, _SUBJECT_REACH) != m.start:
            return None
        if k + 1 < len(self.mentions) and self.mentions[k + 1].start < start:
            return None
        return m.place

    def _partner(self, lo: int, signed: int) -> str | None:
        """The place named right after <firm>与 and right before the signing verb at ``signed``, if any."""
        k = bisect.bisect_left(self.mention_starts, lo)
        while k < len(self.mentions) and self.mentions[k].start < signed:
            m = self.mentions[k]
            if m.end == signed and _FIRM_PARTNER.search(self.simple, max(0, m.start - 3), m.start):
                return m.place
            k += 1
        return None
