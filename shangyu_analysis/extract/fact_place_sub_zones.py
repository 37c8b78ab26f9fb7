"""A new area's sub-area as a zone of its own (:class:`PlaceSubZones`, over
:class:`~shangyu_analysis.extract.fact_place_project_lists.PlaceProjectLists`; round 37, place37).

- *A new area's 片区*: “哈新區平房片區設置了分會場,19個產業項目集中籤約” (fan1_04_harbin_signing_2020): 平房 is a
  district's name, but written between a new area's name (哈新区) and 片区 it names a zone of its own, the place of
  the sub-venue's figures (gold 哈新区平房片区). When the text first names the place found in that shape
  (X新区{place}片区), the whole zone's name is its place, though the district's officials are named later (平房區政府
  區長). A 片区 of a free-trade zone (南沙片区, fy2_10) is not
  this shape: its place stays the district.
"""

from __future__ import annotations

from shangyu_analysis.extract.fact_place_project_lists import PlaceProjectLists

_NEW_AREA = "新区"
_SUB = "片区"
_HEAD = (1, 4)  # how many characters a new area's own name has before 新区 (哈新区, 天府新区)
_NAME_CHARS = "，,。；;：:、\n“\"（()）"  # marks that end a name looking back


class PlaceSubZones(PlaceProjectLists):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceProjectLists`."""

    _sub_zones: dict[str, str] | None = None

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        zones = self._sub_zones
        if zones is None:
            zones = self._sub_zones = self._find_sub_zones()
        return zones.get(found, found) if zones else found

    def _find_sub_zones(self) -> dict[str, str]:
        """place → X新区{place}片区 for the places first named in that shape (one pass, once per text)."""
        simple = self.simple
        if simple.find(_SUB) < 0:
            return {}
        zones: dict[str, str] = {}
        seen: set[str] = set()
        for m in self.mentions:
            if m.place in seen:
                continue
            seen.add(m.place)
            zone = self._zone_of(m.start, m.end) if simple.startswith(_SUB, m.end) else None
            if zone is not None:
                zones[m.place] = zone
        return zones

    def _zone_of(self, start: int, end: int) -> str | None:
        """X新区{name}片区 when the mention at ``start``–``end`` follows a new area's name, else None."""
        simple = self.simple
        if simple[max(0, start - len(_NEW_AREA)) : start] != _NEW_AREA:
            return None
        lo = start - len(_NEW_AREA)
        head = 0
        while head < _HEAD[1] and lo - head - 1 >= 0 and simple[lo - head - 1] not in _NAME_CHARS:
            head += 1
        if head < _HEAD[0]:
            return None
        # the new area's own name runs from the last mark (or paragraph start) before it
        return simple[lo - head : end + len(_SUB)]
