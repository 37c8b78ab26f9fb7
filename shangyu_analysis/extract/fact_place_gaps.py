"""Places of a figure that relates its place to the nation, or names a city's project at a clause's opening
(:class:`PlaceGaps`, over :class:`~shangyu_analysis.extract.fact_place_pairs.PlacePairs`; round 33).

- *A gap to the nation carried*: “同比增长3.6%,高于全国平均水平,好的幅度比一季度扩大了0.7个百分点” (fak2_06): a change in
  percentage points of a lead over 全国 named earlier in its sentence relates both places (ruling 3): X、全国.
- *The nation's every N*: “全国每出口4辆汽车就有1辆安徽造” (fak1_05): both figures relate the text's place to the
  nation: X、全国.
- *Partners of a signing*: “中国物流集团等35家央企集团和3家部委所属事业单位相关负责人…参加” (fak1_02, a text of 南岸 in
  重庆): a count of firms or bodies at the text's signing is the text's place, not the unit above it a word names.
- *A city's examples*: “银川市七子连湖示范片区水环境提升等70个项目冬季不停工” (fak2_03): a count after 等 in a clause
  opened by a unit under the text's place is that unit's.
"""

from __future__ import annotations

import bisect

from shangyu_analysis.extract.fact_place_pairs import PlacePairs
from shangyu_analysis.extract.gazetteer import ancestors, gazetteer

_GAP_REACH = 40  # how far before the figure its comparison with the nation may stand
_GAP_WORDS = ("高于全国", "低于全国", "快于全国", "慢于全国", "相当于全国", "好于全国")  # 好于全國12.4個百分點: fao1_05
_SENTENCE_ENDS = "。；;！!？?\n"
_EVERY_REACH = 20  # how far before the figure 全国每 may stand
_EXAMPLE_REACH = 40  # how long the examples before 等 may be
_SIGNING_REACH = 300  # how far before the count the signing may be named
_BODIES = ("企", "单位", "集团", "机构")  # what the partners counted are, right after the count
_CLAUSE_OPEN = frozenset("，,；;。：:\n")
_EXAMPLE_STOPS = frozenset("，,；;。：:\n、")


class PlaceGaps(PlacePairs):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlacePairs`."""

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        simple = self.simple
        if found == "全国":
            return self._nation_every(start, found)
        if found == "-" or "、" in found:
            return found
        if simple.endswith(("百分点", "百分點"), start, end):
            return self._nation_gap(start, para_start, found)
        if simple[end - 1 : end] == "家" and found != self.main and self._signing_partners(start, end, found):
            return self.main or found
        if simple[start - 1 : start] == "等":
            return self._city_examples(start, found) or found
        return found

    def _nation_gap(self, start: int, para_start: int, found: str) -> str:
        """高于全国平均水平,好的幅度比一季度扩大了0.7个百分点 (fak2_06): the lead over the nation, two clauses on."""
        if found == "全国" or found.endswith("全国"):
            return found
        window = self.simple[max(para_start, start - _GAP_REACH) : start]
        cut = max(window.rfind(c) for c in _SENTENCE_ENDS)
        window = window[cut + 1 :]
        at = max(window.rfind(w) for w in _GAP_WORDS)
        if at < 0:
            return found
        # the lead's own gap or value between (高于全国20.5个百分点,…拉动…4个百分点; 高于全国水平(5.2%),比上半年…加快
        # 0.1个百分点, faa2_04): the figure is the place's own change; a ratio's (相当于全国平均水平的80.6%) is not
        between = window[at:]
        if "百分" in between or ("%" in between and not between.startswith("相当于")):
            return found
        return f"{found}、全国"

    def _nation_every(self, start: int, found: str) -> str:
        """全国每出口4辆汽车就有1辆安徽造 (fak1_05): the text's place against the nation."""
        if not self.main or self.main == "全国":
            return found
        at = self.simple.rfind("全国每", max(0, start - _EVERY_REACH), start)
        if at < 0 or any(c in self.simple[at:start] for c in _SENTENCE_ENDS):
            return found
        return f"{self.main}、全国"

    def _city_examples(self, start: int, found: str) -> str | None:
        """银川市七子连湖示范片区水环境提升等70个项目 (fak2_03): the unit opening the clause of the examples."""
        simple = self.simple
        lo = start - _EXAMPLE_REACH
        i = bisect.bisect_left(self.mention_starts, max(0, lo))
        while i < len(self.mentions) and self.mentions[i].start < start:
            m = self.mentions[i]
            i += 1
            if m.start > 0 and simple[m.start - 1] not in _CLAUSE_OPEN:
                continue
            if any(c in _EXAMPLE_STOPS for c in simple[m.end : start]):
                continue
            if m.place == found or not m.code or not self.main_code or m.code == self.main_code:
                return None
            if simple[m.end - 1 : m.end + 1].find("市") < 0:  # 银川市…, written as a city (not 福建石狮…, fu1_06)
                return None
            return m.place if self.main_code in ancestors(m.code) else None
        return None

    def _signing_partners(self, start: int, end: int, found: str) -> bool:
        """35家央企集团和3家部委所属事业单位…参加 (fak1_02): the partners of 南岸's signing, not 重庆's count."""
        if not self.main or not self.main_above:
            return False
        after = self.simple[end : end + 8]
        if not any(w in after for w in _BODIES):
            return False
        if self.simple.find("签约", max(0, start - _SIGNING_REACH), start) < 0:
            return False
        codes = gazetteer().by_name.get(found) or ()
        return any(c in self.main_above for c in codes)
