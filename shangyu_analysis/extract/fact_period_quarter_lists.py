"""A quarter's rates compared with the year before's whole year and the same quarter, streaks of recent quarters and
a list whose one member names its own months (:class:`PeriodQuarterLists`, round 38, outermost of the period rules).

- *上年全年和上年同期.* 一季度,全省GDP…同比增长6.3%,分别高于上年全年和上年同期0.5个、0.2个百分点,也高于全国
  0.9个百分点 (fao1_06_hubei_q1_2025): the first member compares the quarter with the year before's whole year
  (``2025Q1/2024``), the second with the same quarter (the quarter, ``2025Q1``), and a gap after them in the
  sentence (也高于全国) is the quarter's too, not the 上年 the cascade carried. The quarter is the period of the
  figure before the cue in its sentence.
- *近N个季度.* 实现近12个季度最高增速 (same text): a streak of the N quarters up to the quarter in force
  (``2022Q2-2025Q1``).
- *A member with its own months.* 规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8% (same text): only the
  member naming 1-2月 takes those months; the others, and the figures of the sentences after it in the paragraph up
  to the next time word, keep the period in force before it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_ranked_years import PeriodRankedYears
from shangyu_analysis.text.periods import PeriodFact

_WHOLE_SAME = ("上年全年和上年同期", "上年全年和去年同期", "去年全年和去年同期")
_CUE_REACH = 30  # characters between the cue and its list's figure
_NEAR_QUARTERS = re.compile(r"近(\d{1,2})个季度")
_QUARTER = re.compile(r"(\d{4})Q([1-4])")
_PLAIN = re.compile(r"\d{4}(?:Q[1-4]|H[12]|Q1-Q3|M\d{1,2}(?:-M\d{1,2})?)")
# a list member with its own months: 、1-2月规上服务业营业收入分别
_OWN_MONTHS = re.compile(r"、((?:\d{1,2}[-—至~])?\d{1,2}月份?)[^，,。；;、：:\n\d]{1,20}?分别")
_TIME_WORDS = re.compile(r"\d{1,2}月|季度|半年|\d{4}年|全年|以来")
_STOPS = "。；;！？!?\n"
_REACH = 300


class PeriodQuarterLists(PeriodRankedYears):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _quarter_list_done: dict[int, PeriodFact] | None = None  # the facts given, by figure start
    _own_month_lists: list[tuple[int, int, int]] | None = None  # (start, 分别 end, member index) of each list
    _quarter_list_cues = False  # whether the text has any of the shapes

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if self._quarter_list_done is None:
            simple = self.simple
            self._quarter_list_done = {}
            self._own_month_lists = []
            if "分别" in simple:
                for m in _OWN_MONTHS.finditer(simple):
                    lo = max(simple.rfind(c, max(0, m.start() - 60), m.start()) for c in "，,。；;：:\n") + 1
                    self._own_month_lists.append((m.start(), m.end(), simple.count("、", lo, m.start()) + 1))
            self._quarter_list_cues = "年全年" in simple or "个季度" in simple or bool(self._own_month_lists)
        if not self._quarter_list_cues:  # most texts: none of the shapes
            return fact
        fact = (
            self._whole_and_same(start, fact)
            or self._near_quarters(start, end, fact)
            or self._own_months(start, para_start, fact)
            or fact
        )
        self._quarter_list_done[start] = fact
        return fact

    def _before(self, pos: int, lo: int) -> PeriodFact | None:
        """The fact given to the last figure in ``lo``–``pos`` with a plain period."""
        done = self._quarter_list_done or {}
        k = bisect.bisect_left(self.figure_starts, pos) - 1
        while k >= 0 and self.figure_starts[k] >= lo:
            prev = done.get(self.figure_starts[k])
            if prev is not None and _PLAIN.fullmatch(prev.value):
                return prev
            k -= 1
        return None

    def _whole_and_same(self, start: int, fact: PeriodFact) -> PeriodFact | None:
        simple = self.simple
        if simple.find("年全年", max(0, start - 120), start) < 0:
            return None
        window = simple[max(0, start - 120) : start]
        cut = max(window.rfind(c) for c in _STOPS) + 1
        at = max(window.rfind(w) for w in _WHOLE_SAME)
        if at < cut:
            return None
        cue = start - len(window) + at
        base = self._before(cue, start - len(window) + cut)
        if base is None or not _QUARTER.fullmatch(base.value):
            return None
        gap = simple[cue + len(_WHOLE_SAME[0]) : start]
        if len(gap) <= _CUE_REACH and "，" not in gap and "," not in gap:
            if "、" not in gap:
                return PeriodFact(f"{base.value}/{int(base.value[:4]) - 1}", "stated", "上年全年")
            return PeriodFact(base.value, "stated", "上年同期") if gap.count("、") == 1 else None
        # a gap after the pair in its sentence (也高于全国0.9个百分点): the quarter, not the carried 上年
        if fact.value == str(int(base.value[:4]) - 1) and not _TIME_WORDS.search(gap.replace("上年同期", "")):
            return PeriodFact(base.value, "stated", base.evidence)
        return None

    def _near_quarters(self, start: int, end: int, fact: PeriodFact) -> PeriodFact | None:
        if start < 1 or self.simple[start - 1] != "近":
            return None
        m = _NEAR_QUARTERS.match(self.simple, start - 1)
        q = _QUARTER.fullmatch(fact.value)
        if m is None or m.end() != end or q is None:
            return None
        last = int(q.group(1)) * 4 + int(q.group(2)) - 1
        first = last - int(m.group(1)) + 1
        return PeriodFact(f"{first // 4}Q{first % 4 + 1}-{fact.value}", "stated", m.group(0))

    def _own_months(self, start: int, para_start: int, fact: PeriodFact) -> PeriodFact | None:
        lists = self._own_month_lists
        if not lists:
            return None
        i = bisect.bisect_right(lists, (start,)) - 1
        if i < 0 or start - lists[i][1] > _REACH or lists[i][0] < para_start:
            return None
        list_start, list_end, member = lists[i]
        base = self._before(list_start, para_start)
        if base is None or fact.value == base.value:
            return None
        simple = self.simple
        between = simple[list_end:start]
        if not any(c in between for c in _STOPS):
            # in the list's sentence: a member other than the one naming its months keeps the period before
            cut = max(between.rfind("分别"), 0)
            if between[cut:].count("、") == member:
                return None
            return PeriodFact(base.value, base.basis, base.evidence)
        if "\n" in between or _TIME_WORDS.search(between):
            return None
        own = (self._quarter_list_done or {}).get(self._member_start(list_end, member))
        if own is None or fact.value != own.value:
            return None
        return PeriodFact(base.value, base.basis, base.evidence)

    def _member_start(self, pos: int, member: int) -> int:
        """The start of the figure of the member naming its months (the list's figure ``member`` after ``pos``)."""
        k = bisect.bisect_left(self.figure_starts, pos)
        simple = self.simple
        while k < len(self.figure_starts) and self.figure_starts[k] - pos <= _CUE_REACH:
            s = self.figure_starts[k]
            if simple.count("、", pos, s) == member:
                return s
            k += 1
        return -1
