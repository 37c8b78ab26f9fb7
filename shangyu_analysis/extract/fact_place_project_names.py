"""A single project's figures at the county that heads its quoted name (:class:`PlaceProjectNames`, over
:class:`~shangyu_analysis.extract.fact_place_sub_zones.PlaceSubZones`; round 37, place37).

- *A county's project in a prefecture's text*: “签约的项目中,“台江县年产20万吨再生资源综合循环利用项目”作为黔东南州代表
  项目进行线上签约,项目投资额11.35亿元。该项目为…黔东南州重点招商引资项目,由台江县人民政府…签约,项目用地110亩…带动
  就业400人。” (fan2_03_qiandongnan_signing_q1_2022): the project's investment, land, output and jobs are the
  county's (gold 台江), though the prefecture is named as the project's sponsor between. When the place found is a
  unit above the county that opens a quoted project name (“X县…项目”) earlier in the paragraph, and the figure's
  sentence is that project's (it holds the quote, or opens with 该项目), the county is the place.
"""

from __future__ import annotations

import bisect

from shangyu_analysis.extract.fact_place_sub_zones import PlaceSubZones
from shangyu_analysis.extract.gazetteer import descends, gazetteer

_REACH = 300  # how far back the quoted project name may stand
_OPEN, _CLOSE = "“", "”"
_PROJECT = "项目"
_THIS = "该项目"
_SENTENCE_ENDS = "。！？!?\n"
_COUNTY = 3  # a county-level unit's level in the gazetteer
_NAME_LEN = 40  # the longest quoted project name read


class PlaceProjectNames(PlaceSubZones):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceSubZones`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found == "-" or "、" in found:
            return found
        simple = self.simple
        lo = max(para_start, start - _REACH)
        q = simple.rfind(_OPEN, lo, start)
        if q < 0:
            return found
        close = simple.find(_CLOSE, q + 1, min(start, q + _NAME_LEN))
        if close < 0 or not simple.endswith(_PROJECT, q + 1, close):
            return found
        sentence = max(simple.rfind(c, lo, start) for c in _SENTENCE_ENDS) + 1
        if sentence > q and not simple.startswith(_THIS, sentence):
            return found
        if sentence > q and simple.find(_OPEN, sentence, start) >= 0:
            return found
        return self._county_of(q + 1, close, found) or found

    def _county_of(self, name_start: int, name_end: int, found: str) -> str | None:
        """The county-level unit opening the quoted name at ``name_start`` when it lies under ``found``."""
        gaz = gazetteer()
        found_code = next((c for c in gaz.by_name.get(found, ()) if gaz.units[c].level < _COUNTY), None)
        if found_code is None:
            return None
        k = bisect.bisect_left(self.mention_starts, name_start)
        if k == len(self.mentions):
            return None
        m = self.mentions[k]
        if m.start != name_start or m.end > name_end or m.code not in gaz.units:
            return None
        if gaz.units[m.code].level == _COUNTY and descends(gaz, m.code, found_code):
            return m.place
        return None
