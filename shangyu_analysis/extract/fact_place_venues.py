"""A venue that is the subject of its own event (:class:`PlaceVenues`, over
:class:`~shangyu_analysis.extract.fact_place_collectives.PlaceCollectives`; round 35).

- *A district holding its own event*: “廣州南沙…南沙片區…重點項目簽約及集中開工動員活動”9日在廣州南沙舉行,共開工29個項目”
  (fy2_10_nansha_starts_q1_2020): the venue rule (``venue`` in fact_place_names) leaves 在…南沙舉行 aside and the figures
  fall back to the title's city 广州; but the event is named after that very unit earlier in its sentence and the unit
  lies inside the city found, so the figures after the venue (in the same sentence) are the unit's.
"""

from __future__ import annotations

import bisect

from shangyu_analysis.extract.fact_place_collectives import PlaceCollectives
from shangyu_analysis.extract.fact_place_names import venue
from shangyu_analysis.extract.gazetteer import place_code

# How far the figure may stand after the venue (共開工29個項目,總投資459.72億元…, 簽約30個項目…: one clause run).
_VENUE_REACH = 60
_SENTENCE_ENDS = "。！？!?；;\n"
# How far back the sentence may name the unit before the venue (a long event name in quotes).
_NAMED_REACH = 120


class PlaceVenues(PlaceCollectives):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceCollectives`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-" or "、" in found:
            return found
        return self._own_venue(start, para_start, found) or found

    def _own_venue(self, start: int, para_start: int, found: str) -> str | None:
        """The unit of the last mention before the figure when it is 在…X舉行, X lies inside the place found, and
        the same sentence names X before (the event is X's own); else None."""
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 1:
            return None
        m = self.mentions[k]
        simple = self.simple
        if m.start < para_start or start - m.end > _VENUE_REACH or simple[m.start - 1 : m.start] != "在":
            return None
        code = m.code
        if not code or code == "self" or m.weak:
            return None
        outer = place_code(found)
        if not outer or len(code) <= len(outer) or not code.startswith(outer):
            return None
        between = simple[m.end : start]
        if any(c in between for c in _SENTENCE_ENDS) or not venue(simple, m):
            return None
        lo = max(para_start, m.start - _NAMED_REACH)
        head = simple[lo : m.start]
        cut = max(head.rfind(c) for c in _SENTENCE_ENDS)
        lo += cut + 1
        j = k - 1
        while j >= 0 and self.mentions[j].start >= lo:
            if self.mentions[j].code == code:
                return m.place
            j -= 1
        return None
