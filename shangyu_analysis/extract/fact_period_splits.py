"""The period of a 其中 breakdown of a batch (:class:`PeriodSplits`): a check on the period
:class:`~shangyu_analysis.extract.fact_period_breakdowns.PeriodBreakdowns` found (round 20 of the facts rules).
Conventions: ``../shared/corpus/FACTS.md`` and project rulings 1 and 8 (``data/corpus/SOURCES.md``). In words:

- *A split is of its total's period.* A sentence that opens on 其中 and writes no time before the figure splits the
  totals of the sentence before it (当日集中开工重大项目共1654个,总投资7478亿元,今年计划完成投资860亿元。其中,重大
  产业项目569个,总投资2667亿元): a count or an amount of it is of the period of the first figure of that sentence
  in the same unit (1654个 → 569个, 7478亿元 → 2667亿元: ``2016Q4``), inferred, not of a time written only after
  that total (今年计划…: ``2016``) nor of an event day the rules carried into the text (2025年,衡水市共安排…项目222个
  … 其中,新开工项目158个: ``2025``, not the launch day). An amount splits the amount of the same words (总投资 →
  总投资, 年预计投资 → 年预计投资, not a threshold 50亿元以上); a split that names a batch (其中列入本次…开工项目37个;
  第一批开工项目4个) is the batch's, left to the rules; and a year is replaced only by a part of it when a time is
  written between the total and the split (the 今年 the rules went on in), and a carried day (no day written for
  it) only by its year or a part of it (当日开工的…公路交通项目共46个…。其中,高速公路项目3个: the batch's ``2020Q1``).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import ISO_DAY, YEAR_ONLY, granularity
from shangyu_analysis.extract.fact_period_named import PeriodNamedBatches
from shangyu_analysis.text.periods import AS_OF, UNKNOWN, PeriodFact

_SPLIT_OPENS = re.compile(r"[ \u3000]*(?:其中|这其中)[，,：:]?")  # 其中,重大产业项目569个
_UNIT = re.compile(r"[^\d.,，\s]*(?:个|项|家|元|公里)$")  # 个, 项, 家, 亿元, 万元: a count or an amount of a batch
_UNIT_LAST = frozenset("个项家元里\n")  # a figure's last character where _UNIT may match (``$``: before a line end too)
_NO_SPLIT = (AS_OF, UNKNOWN)
_BATCH_WORDS = re.compile(r"本次|此次|本批|第[一二三四五六七八九十\d]+批|当日|当天|集中")  # 其中列入本次…开工项目37个
_DAY_WORDS = re.compile(r"[日号天]")  # a day written as the evidence: the split's own day, not a carried one
_TERM = 3  # the words right before an amount compared: 总投资, 预计投资, 划投资 (计划投资)


class PeriodSplits(PeriodNamedBatches):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    _splits_done: dict[int, tuple[str, PeriodFact]]  # figure start → (unit, period found), in text order

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if not hasattr(self, "_splits_done"):
            self._splits_done = {}
        unit = _UNIT.search(self.simple, start, end) if self.simple[end - 1 : end] in _UNIT_LAST else None
        key = unit.group(0) if unit is not None else ""
        if key and found.basis == "inferred" and found.value not in _NO_SPLIT:
            # 其中,重大產業項目569個,總投資2667億元 (fy2_07_sichuan_starts_q4_2016): of 1654个's 2016Q4, not 今年's 2016
            found = self._of_total(found, start, key)
        self._splits_done[start] = (key, found)
        return found

    def _of_total(self, found: PeriodFact, start: int, unit: str) -> PeriodFact:
        """The period of the first figure in ``unit`` of the sentence before a 其中 sentence (the module docstring)."""
        sentence = self._stop(start)
        opening = _SPLIT_OPENS.match(self.simple, sentence)
        if opening is None or sentence == 0 or start - sentence > 120:
            return found
        k = bisect.bisect_left(self.time_ends, start + 1) - 1  # a time written in the split before the figure
        if (k >= 0 and self.times[k].start >= sentence) or _BATCH_WORDS.search(self.simple, sentence, start):
            return found
        before = self._stop(sentence - 1)
        first = bisect.bisect_left(self.figure_starts, before)
        last = bisect.bisect_left(self.figure_starts, sentence)
        term = self.simple[max(0, start - _TERM) : start] if unit.endswith("元") else ""
        for pos in self.figure_starts[first:last]:
            done = self._splits_done.get(pos)
            # 总投资2.13万亿元 … 其中,…市重点项目397个,总投资8106亿元 (fab1_04): an amount in another scale still splits it
            if (
                done is None
                or (done[0] != unit and not (unit[-1] == "元" == done[0][-1:]))
                or (term and self.simple[max(0, pos - _TERM) : pos] != term)
            ):
                continue
            total = done[1].value
            if total in _NO_SPLIT or total[:4] != found.value[:4]:
                return found
            if YEAR_ONLY.fullmatch(found.value) and granularity(total) != "Y":
                j = bisect.bisect_left(self.time_ends, pos + 1)  # the first time ending after the total
                if j >= len(self.times) or self.times[j].start >= sentence:
                    return found  # no time between: the rules had a reason of their own
            elif not (
                ISO_DAY.fullmatch(found.value)
                and not _DAY_WORDS.search(found.evidence)
                and not ISO_DAY.fullmatch(total)
            ):
                return found
            return PeriodFact(total, "inferred", "")
        return found
