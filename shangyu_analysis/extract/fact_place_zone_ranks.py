"""Zones paired with their ranks (:class:`PlaceZoneRanks`, over
:class:`~shangyu_analysis.extract.fact_place_zone_reports.PlaceZoneReports`; round 38, place38).

- *A list of zones and 分别列 their ranks*: “江苏省还有昆山经济技术开发区、江宁经济技术开发区、…、苏州浒墅关经济技术开发区8家经开区
  上榜,分别列第四名、第八名、…、第二十九名” (fao2_09_jiangsu_devzones_2023): the ranks pair with the zones in order; each
  rank is its zone's, by the full name the text writes (昆山经济技术开发区, not 昆山经开区 nor the whole list). Only when
  the clause before 分别 lists as many zones (each ending in a zone word) as the ranks after it.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_place_zone_reports import PlaceZoneReports

_RESPECTIVELY = "分别"
_REACH = 200  # how far back 分别 and the zones' clause may stand
_RANK_VERBS = ("位列", "位居", "排名", "列", "居", "排", "为", "是")
_CLAUSE_ENDS = "，,；;。：:！!？?\n"
_ZONE_NAME = re.compile(
    r"(.{2,14}?(?:经济技术开发区|高新技术产业开发区|经济开发区|工业园区|高新区|经开区|开发区|新区))"
)
_LEADS = ("还有", "另有", "其中", "以及", "包括", "有")
_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}省")


class PlaceZoneRanks(PlaceZoneReports):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceZoneReports`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        simple = self.simple
        if simple[start : start + 1] != "第" or simple.find(_RESPECTIVELY, max(para_start, start - _REACH), start) < 0:
            return found
        return self._ranked_zone(start, max(para_start, start - _REACH)) or found

    def _ranked_zone(self, start: int, lo: int) -> str | None:
        """The zone of the rank at ``start`` in a 分别列 list, or None."""
        simple = self.simple
        at = simple.rfind(_RESPECTIVELY, lo, start)
        ranks_from = at + len(_RESPECTIVELY)
        for verb in _RANK_VERBS:
            if simple.startswith(verb, ranks_from):
                ranks_from += len(verb)
                break
        ranks_text = simple[ranks_from:start]
        if any(c in ranks_text for c in _CLAUSE_ENDS):
            return None
        index = ranks_text.count("、")
        if ranks_text and not ranks_text.endswith("、"):
            return None
        stop = len(simple)
        for c in _CLAUSE_ENDS:
            k = simple.find(c, start, start + _REACH)
            if 0 <= k < stop:
                stop = k
        count = simple.count("、", ranks_from, stop) + 1
        # the zones' clause: from the clause opening before 分别 to its comma
        clause_end = at
        while clause_end > lo and simple[clause_end - 1] in "，, ":
            clause_end -= 1
        clause_start = max(simple.rfind(c, lo, clause_end) for c in _CLAUSE_ENDS) + 1
        items = simple[max(clause_start, lo) : clause_end].split("、")
        if len(items) != count or index >= count:
            return None
        name = self._listed_zone(items[index], first=index == 0)
        if name is None or any(self._listed_zone(x, first=False) is None for x in items[1:]):
            return None
        return name

    @staticmethod
    def _listed_zone(item: str, first: bool) -> str | None:
        """The zone's name of one list item: its leading words (江苏省还有) and trailing words (8家经开区上榜) cut."""
        if first:
            for lead in _LEADS:
                k = item.rfind(lead)
                if k >= 0:
                    item = item[k + len(lead) :]
                    break
            item = _PROVINCE.sub("", item)
        hit = _ZONE_NAME.match(item)
        if hit is None or any(c.isdigit() for c in hit.group(1)):
            return None
        return hit.group(1)
