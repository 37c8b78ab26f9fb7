"""A lead line ending in a colon over an enumerated list (:class:`PeriodListLeads`, round 35, basis35).

- *A colon lead over 一是/二是… paragraphs.* A line that names its period and ends in a colon (據了解,今年上半年,重慶市
  工業經濟主要呈現五大特點:, fah2_08_chongqing_industry_h1_2016) governs the enumerated paragraphs that follow it
  (一是規模半年首破萬億元。上半年,…。其中,製造業産值10150億元; 三是産量保持增長。…。全市生産微型計算機2932萬台):
  ruling 1 names "a clause ending in `：`" as a lead that governs what follows, to the end of its list. A figure
  of those paragraphs whose period is the lead's, read as `inferred` (a later sentence of its paragraph), is
  `stated`. The list ends at the first line that does not open with an enumerator (一是, 第二, (三), 四、, 5.).
  The leads and their lists are found once per text, in one pass over its time expressions; a figure then
  costs a bisect.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_colon_leads import PeriodColonLeads
from shangyu_analysis.text.periods import PeriodFact

# an enumerated paragraph's opener: 一是, 第二,, (三), （四）, 五、, 6. / 6、
_ITEM = re.compile(
    r"[ \u3000]*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])"
)
# a lead sentence that counts the points it goes on to list (记者从发布会上了解到,一季度海南经济发展主要呈现五大亮点。
# then 一是…, 二是…: fak1_01_hainan_q1_2024)
_POINTS = re.compile(r"[两二三四五六七八九十几]大?(?:个)?(?:方面|特点|亮点|特征|变化)。$")
_LEAD_TAIL = 80  # how far the colon may stand after the lead's period


class PeriodListLeads(PeriodColonLeads):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _list_leads: list[tuple[int, int, str, str]] | None = None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.basis != "inferred":
            return fact
        leads = self._list_leads
        if leads is None:
            leads = self._list_leads = self._find_list_leads()
        if not leads:
            return fact
        k = bisect.bisect_right(leads, (start, 1 << 62)) - 1
        if k < 0:
            return fact
        _, stop, value, words = leads[k]
        if start >= stop or value != fact.value:
            return fact
        return PeriodFact(fact.value, "stated", words)

    def _find_list_leads(self) -> list[tuple[int, int, str, str]]:
        """(first item's start, list's end, period, words) of every colon lead over an enumerated list."""
        simple, starts = self.simple, self.line_starts
        found: list[tuple[int, int, str, str]] = []
        seen_line = -1
        for t, value in zip(self.times, self.values):
            if t.kind != "point" or t.match.group("this"):
                continue
            i = bisect.bisect_right(starts, t.start) - 1
            if i == seen_line:
                continue  # only a line's first period leads it
            seen_line = i
            if i + 1 >= len(starts):
                continue
            line_end = starts[i + 1] - 1  # the newline
            if line_end - t.end > _LEAD_TAIL or not self._announces_list(t.end, line_end):
                continue
            j = i + 1
            while j < len(starts) and _ITEM.match(simple, starts[j]):
                j += 1
            if j > i + 1:
                stop = starts[j] if j < len(starts) else len(simple)
                found.append((starts[i + 1], stop, value, t.words))
        return found

    def _announces_list(self, lo: int, line_end: int) -> bool:
        """True when the line ends in a colon, or in a full stop after a count of points (主要呈现五大亮点。)."""
        last = self.simple[line_end - 1 : line_end]
        if last in (":", "："):
            return True
        return last == "。" and _POINTS.search(self.simple, lo, line_end) is not None
