"""A zone's text naming it by its bare suffix (:class:`PlaceZoneWords`, over
:class:`~shangyu_analysis.extract.fact_place_parks.PlaceParks`; round 29).

In a text whose own place is a zone (西安高新区), a sentence whose subject is the zone's bare suffix (“令人关注的是,
上半年高新区汽车制造业产值增长48.6%”, fab1_03) is the zone's, even when an earlier sentence spoke of the city
(全市占比达50.4%) and the paragraph's place went on as the city: the bare suffix names the text's zone, as 全区 names
a county. Only when the figure would be the zone's own city, the suffix stands in the figure's sentence before it, and
no place is named between the suffix and the figure.
"""

from __future__ import annotations

import bisect

from shangyu_analysis.extract.fact_place_parks import PlaceParks

_SUFFIXES = ("高新区", "经开区", "开发区")  # a zone's bare suffix the text may name it by
_REACH = 150  # how far back in its sentence the suffix may stand


class PlaceZoneWords(PlaceParks):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceParks`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        main = self.main
        if not main or found == main or not found or found == "-" or not main.startswith(found):
            return found
        suffix = next((s for s in _SUFFIXES if main.endswith(s)), None)
        if suffix is None:
            return found
        at = self.simple.rfind(suffix, self._stop(start, _REACH), start)
        if at < 0:
            return found
        k = bisect.bisect_left(self.mention_starts, at)
        if k < len(self.mention_starts) and self.mention_starts[k] < start:
            return found  # a place between the suffix and the figure (or the suffix in a zone's full name)
        return main
