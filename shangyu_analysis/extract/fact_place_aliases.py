"""A unit named with its other name in brackets, a project named from a place (:class:`PlaceAliases`, over
:class:`~shangyu_analysis.extract.fact_place_counts.PlaceCounts`; round 28).

- A place written right before a bracket that holds another place (“一季度,南昌县(小蓝经开区)一般公共预算收入完成
  27.39亿元”, fad1_03: the county and the zone it runs as one) is the figure's subject: the bracket names the same
  unit's other name, so the place outside the bracket is the figure's (南昌县), not the one inside it.
- A figure read as the text's own place in a sentence after a project whose name opens on a lower place (“建设钦州中马
  粮油加工项目,年加工油料150万吨”, fw1_05; “总投资10亿元的株洲民用轻型直升机制造项目,投产后预计可年产各型直升机50架”,
  faf2_02) is that project's, so that place's: the nearest mention before the figure in its sentence, followed by a
  project's name (…项目, …工程) that ends before the figure.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_ahead import _PROJECT
from shangyu_analysis.extract.fact_place_counts import PlaceCounts
from shangyu_analysis.extract.places import COUNTRY, SELF

_OPENS = frozenset("(（")
_CLOSES = frozenset(")）")
_PROJECT_REACH = 150  # how far back a project's sentence may open
_LISTED = frozenset("、和及与至-")  # a mention in a list or a route, not one project's name
_BATCH = re.compile(r"[0-9０-９]+(?:个|個|家|项|項)|等|(?:项目|項目|工程).*(?:项目|項目|工程)")
_PROJECTS_AFTER = re.compile(r".{0,6}?(?:项目|項目)")
_ALIAS_REACH = 80  # how far before its figure the bracketed name may stand
# the bracket holds a zone the unit runs (小蓝经开区), not a city that hosts a named event (广西(北海)园林园艺博览会, fw1_05)
_ZONE_ENDS = ("开区", "開區", "新区", "新區", "园区", "園區", "经济区", "經濟區", "试验区", "試驗區", "合作区", "合作區")  # fmt: skip


class PlaceAliases(PlaceCounts):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceCounts`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-" or "、" in found:
            return found
        if found == self.main:
            return self._project_named(start, end) or found
        starts = self.mention_starts
        k = bisect.bisect_left(starts, start) - 1
        if k < 1:
            return found
        mentions = self.mentions
        inner = mentions[k]
        if inner.place != found or start - inner.end > _ALIAS_REACH or not found.endswith(_ZONE_ENDS):
            return found
        simple = self.simple
        if simple[inner.start - 1 : inner.start] not in _OPENS or simple[inner.end : inner.end + 1] not in _CLOSES:
            return found
        outer = mentions[k - 1]
        if outer.end != inner.start - 1 or outer.code in (None, SELF) or outer.place == found:
            return found
        # the figure's clause after the bracket names no other place or stop (a later clause's subject is its own)
        if any(c in simple[inner.end : start] for c in "。;；\n"):
            return found
        return outer.place

    def _project_named(self, start: int, end: int) -> str | None:
        """The lower place whose project's name ends before the figure in its sentence, nearest it; None if none."""
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        if start - m.end > _PROJECT_REACH or m.weak or m.code in (None, SELF) or m.place in (COUNTRY, self.main):
            return None
        if m.code in self.main_above or m.start < self._stop(start, _PROJECT_REACH):
            return None
        simple = self.simple
        name = _PROJECT.match(simple, m.end)
        if name is None or name.end() + 1 >= start or simple[m.start - 1 : m.start] in _LISTED:
            return None
        # one project, then its own measure: not a list (…、当雄…项目等, faa2_09), a route (岳阳龙湾至长沙广福段, faf2_02),
        # a batch (等121个重大项目, fac1_05) or a count of projects after it (项目1365个, 27个项目集中开工, fj2_09, faf1_02)
        if _BATCH.search(simple, m.end, start) or _PROJECTS_AFTER.match(simple, end):
            return None
        return m.place
