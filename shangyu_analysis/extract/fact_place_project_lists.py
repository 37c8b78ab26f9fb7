"""Place names inside a list of project names (:class:`PlaceProjectLists`, over
:class:`~shangyu_analysis.extract.fact_place_venues.PlaceVenues`; round 36, place36).

- *Projects listed by name, then counted*: “邵虹基板玻璃、…、衡陽綠色鹽堿產業基地、新能源動力和儲能產業基地5個項目年度計劃
  投資完成率超100%” (fam1_08_hunan_keyprojects_2024): 衡陽 is part of a project's name, not the place of the count
  or of its rate (湖南, the place before the list). When the figure's clause holds a list (、) closed by N个项目 and the
  place found is named inside a list item that is more than that name (衡陽綠色鹽堿產業基地, not 长寿区 of
  “两江新区、长寿区上榜2个项目”, fv1_12), the figure is read as if it stood at the list's start.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_venues import PlaceVenues

# The count that closes a list of projects: (等)5个项目, 等139个基础设施项目, 等4個項目.
_COUNTED = re.compile(r"等?[0-9一二三四五六七八九十两百]+[个個][^、，,。；;]{0,8}?[项項]目")
_CLAUSE_ENDS = "。！？!?；;，,：:\n"
_REACH = 200  # how far a clause may run either side of the figure
# What may follow a place's name in a list item that is only that place (长寿区, 九台市).
_UNIT_TAILS = "省市县縣区區州盟旗"
_HAS = "有共的等"


class PlaceProjectLists(PlaceVenues):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceVenues`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-" or "、" in found:
            return found
        simple = self.simple
        lo = max(para_start, start - _REACH)
        head = simple[lo:start]
        if head.find("、") < 0:
            return found
        clause = lo + max(head.rfind(c) for c in _CLAUSE_ENDS) + 1
        hi = min(len(simple), end + _REACH)
        tail = simple[end:hi]
        stop = min((i for i in (tail.find(c) for c in _CLAUSE_ENDS) if i >= 0), default=len(tail))
        counted = _COUNTED.search(simple, clause, end + stop)
        if counted is None or simple.find("、", clause, counted.start()) < 0:
            return found
        seg_end = counted.start()
        k = bisect.bisect_left(self.mention_starts, clause)
        inside = False
        while k < len(self.mentions) and self.mentions[k].start < seg_end:
            m = self.mentions[k]
            k += 1
            if m.place != found:
                continue
            b = simple.find("、", m.end, seg_end)
            rest = simple[m.end : seg_end if b < 0 else b]
            if (len(rest) <= 1 and rest.strip(_UNIT_TAILS) == "") or rest.lstrip(_UNIT_TAILS)[:1] in _HAS:
                # the item is the place itself (长寿区 of 两江新区、长寿区上榜2个项目), or the place has the listed
                # projects (南宁市有20GWh锂电池项目、…等81个项目, fz2_02_guangxi_starts_q1_2022)
                return found
            inside = True
        if not inside:
            # the place was named in an earlier list of the same sentence (衡陽綠色…基地…5個項目…；岳陽乙烯…等4個項目,
            # fam1_08): read from that list's start
            clause = self._earlier_list(found, clause, lo)
            if clause < 0:
                return found
        # the layers below remember the last figure's place (PlacePairs): this look-up is no figure of theirs
        saved = {key: value for key, value in vars(self).items() if isinstance(value, tuple)}
        again = super().place(clause, clause, para_start, kind)
        vars(self).update(saved)
        return again

    def _earlier_list(self, found: str, clause: int, lo: int) -> int:
        """The clause start of an earlier list item (in the same sentence, after ``lo``) naming ``found`` inside a
        project's name, the list closed by N个项目 before ``clause``; -1 when there is none."""
        simple = self.simple
        k = bisect.bisect_left(self.mention_starts, clause) - 1
        while k >= 0 and self.mentions[k].start >= lo and self.mentions[k].place != found:
            k -= 1
        if k < 0 or self.mentions[k].start < lo:
            return -1
        m = self.mentions[k]
        if simple.find("。", m.end, clause) >= 0:
            return -1
        counted = _COUNTED.search(simple, m.end, clause)
        if counted is None or simple.find("、", m.end, counted.start()) < 0:
            return -1
        rest = simple[m.end : counted.start()]
        if rest.lstrip(_UNIT_TAILS)[:1] in _HAS or rest.lstrip(_UNIT_TAILS)[:1] == "、":
            return -1
        head = simple[lo : m.start]
        return lo + max(head.rfind(c) for c in _CLAUSE_ENDS) + 1
