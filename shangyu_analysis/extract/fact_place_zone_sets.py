"""Sets of zones and a batch's sentence (:class:`PlaceZoneSets`, over
:class:`~shangyu_analysis.extract.fact_place_zone_words.PlaceZoneWords`; round 31).

- *A city's zones together*: “該市9个经济技术开发区(经开区)实现外贸进出口额5981.9亿元” (fai2_02) is the city's.
- *Two zones as one*: 南昌经开区、临空区, written so twice (fq2_08), are the text's place together.
- *A batch's sentence*: 集中开工的重大项目总投资3760.6亿元 after a sentence ranking cities (faa1_03) is the text's place's.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_zone_words import PlaceZoneWords
from shangyu_analysis.extract.gazetteer import gazetteer, place_code
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

_REACH = 150  # how far back in its sentence a batch's words may stand
_ZONES = re.compile(r"(?:[该該本全]|[\u4e00-\u9fff]{2})市[0-9一二三四五六七八九十]{1,2}个(?:经济技术开发区|经开区)")
_ZONE_SUFFIXES = ("经开区", "开发区")
_SIBLING_ZONE = re.compile(r"、([\u4e00-\u9fff]{2,3}区)")
# A batch's own sentence: 集中开工的重大项目总投资3760.6亿元 (faa1_03), 集中签约的10个项目总投资42.95亿元 (faf1_02).
_BATCH = re.compile(r"(?:此次|本次|这次|当天|当日)?集中(?:开工|签约|投产|竣工)")


class PlaceZoneSets(PlaceZoneWords):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceZoneWords`."""

    _zones_city: str | None = None
    _pair: str | None = None  # the text's zone with the sibling zone its text always joins to it
    _zone_sets_ready = False

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if not self._zone_sets_ready:
            self._zone_sets_ready = True
            self._prepare_zone_sets()
        if found == "-" or not found:
            return found
        if self._zones_city and (
            found == self.main or (found.endswith(_ZONE_SUFFIXES) and found[:2] in ("该市", "該市"))
        ):
            return self._zones_city
        if self._pair and found == self.main and not self._alone(start):
            return self._pair
        if self.main and found != self.main and "、" not in found and self._batch_sentence(start):
            return self.main
        return found

    def _prepare_zone_sets(self) -> None:
        simple = self.simple
        main = self.main
        if main and main.endswith(_ZONE_SUFFIXES) and _ZONES.search(simple):
            code = place_code(main[:-3])
            unit = gazetteer().units.get(code) if code else None
            self._zones_city = unit.short if unit else None
        # 南昌经开区、临空区(…)举行… and later 2018年南昌经开区、临空区园区总收入 (fq2_08): two zones named together at
        # least twice, the text's zone first, are the text's place together.
        if not main or not main.endswith("区") or "、" not in simple:
            return
        plain = (
            PINYIN_GLOSS_RE.sub("", simple) if "(" in simple else simple
        )  # 南昌經(jīng)開區(qū): a pinyin gloss skipped
        at = plain.find(main + "、")
        sibling = _SIBLING_ZONE.match(plain, at + len(main)) if at >= 0 else None
        if sibling and place_code(sibling.group(1)) is None and plain.count(main + sibling.group()) >= 2:
            self._pair = main + sibling.group()

    def _alone(self, start: int) -> bool:
        """True when the figure's sentence names the text's zone without its sibling (南昌经开区的…两项指标…排名第一)."""
        sent = self._stop(start, _REACH)
        k = bisect.bisect_left(self.mention_starts, sent)
        while k < len(self.mentions) and self.mention_starts[k] < start:
            m = self.mentions[k]
            after = m.end
            if self.simple.startswith("(", after) and (gloss := PINYIN_GLOSS_RE.match(self.simple, after)):
                after = gloss.end()  # 南昌經(jīng)開區(qū)、臨空區
            if m.place == self.main and self.simple[after : after + 1] != "、":
                return True
            k += 1
        return False

    def _batch_sentence(self, start: int) -> bool:
        """True when the figure's sentence opens on a batch's words (集中开工的…) and names no place before it: the
        batch's totals are the text's own place's, not the place a sentence before ranked (滁州市100个…的前三位)."""
        sent = self._stop(start, _REACH)
        if not _BATCH.match(self.simple, sent):
            return False
        k = bisect.bisect_left(self.mention_starts, sent)
        return k >= len(self.mention_starts) or self.mention_starts[k] >= start
