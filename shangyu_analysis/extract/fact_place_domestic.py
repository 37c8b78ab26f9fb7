"""国内 as a modifier, not the nation (:class:`PlaceDomestic`, over
:class:`~shangyu_analysis.extract.fact_place_project_names.PlaceProjectNames`; round 37, place37).

- *国内 qualifying a noun*: “其中国家预算资金、国内贷款、自筹资金…均保持较快增长,利用外资下降43.9%”
  (fan2_05_sichuan_m1m4_2016) and “与国内外500强等大企业大集团签署合作协议125项,与国内各大总部基地…签署合作协议120项”
  (fan1_01_suihua_starts_2012): 国内贷款 (a source of funds), 国内外500强 and 国内各大… (partners at home and abroad)
  qualify a noun; the figure stays the text's own (四川, 绥化), not 全国. When the place found is 全国, last named before
  the figure as 国内 directly followed by one of those words, and the text has its own place, that place is the
  figure's.
"""

from __future__ import annotations

import bisect

from shangyu_analysis.extract.fact_place_project_names import PlaceProjectNames

_NATION = "全国"
_DOMESTIC = "国内"
_QUALIFIED = ("贷款", "外", "各", "知名", "大型", "企业", "资金")  # 国内贷款, 国内外, 国内各大, 国内知名企业
_REACH = 300  # how far back the nation's last mention is looked for


class PlaceDomestic(PlaceProjectNames):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :class:`PlaceProjectNames`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        main = self.main
        if found != _NATION or not main or main == _NATION:
            return found
        lo = max(0, start - _REACH)
        k = bisect.bisect_left(self.mention_starts, start) - 1
        while k >= 0 and self.mentions[k].start >= lo and self.mentions[k].place != found:
            k -= 1
        if k < 0 or self.mentions[k].start < lo:
            return found
        m = self.mentions[k]
        simple = self.simple
        if simple[m.start : m.end] != _DOMESTIC or not simple.startswith(_QUALIFIED, m.end):
            return found
        return main
