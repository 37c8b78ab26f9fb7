"""The day of a batch signed or started at an event, carried to the lists of its projects in later paragraphs
(:class:`PeriodGlossBatches`, round 34), after ruling 8 of ``data/corpus/SOURCES.md``.

- *A batch's breakdown after its lead.* A text whose first paragraph writes an event's day and its batch (2025年9月8日
  下午,第二十五屆投洽會“投資福建”重大項(xiàng)目集中簽約儀式在廈門國際會展中心舉行) goes on to break the batch down
  (其中,外商投資項(xiàng)目21個(gè)、計劃投資445.7億元; 從產(chǎn)業(yè)投向看,制造業(yè)項(xiàng)目40個: fal1_06). A figure of
  projects or their investment the chain left as of publication is of that day, inferred (ruling 8); the reading
  aids of a page (a ``(`` + Latin letters with tone marks + ``)`` run) are folded away before the words are tested.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_span_leads import PeriodSpanLeads
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD_REACH = 200  # the first paragraph's words read for the day and the batch
_DAY = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_BATCH = re.compile(r"集中(?:签约|开工)|(?:签约|开工)(?:仪式|活动)")
_PROJECTS = re.compile(r"项目|计划投资")
_SENTENCE_END = "。！？!?\n"
_SENTENCE_REACH = 120


class PeriodGlossBatches(PeriodSpanLeads):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _gloss_lead: tuple[int, str] | None = None  # (where the first paragraph ends, the batch's day or "")

    def _gloss_batch_day(self) -> tuple[int, str]:
        """The end of the first paragraph and the day of the batch it names ("" when it names none), found once."""
        if self._gloss_lead is None:
            simple = self.simple
            end = simple.find("\n", 0, _LEAD_REACH)
            end = min(len(simple), _LEAD_REACH) if end < 0 else end
            lead = simple[:end]
            day = ""
            if ("签约" in lead or "开工" in lead) and _BATCH.search(PINYIN_GLOSS_RE.sub("", lead)):
                m = _DAY.search(lead)
                if m is not None:
                    day = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            self._gloss_lead = (end, day)
        return self._gloss_lead

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.value != AS_OF:
            return fact
        lead_end, day = self._gloss_batch_day()
        if not day or start < lead_end or fact.basis != "inferred":
            return fact
        simple = self.simple
        begin = max(0, start - _SENTENCE_REACH)
        cut = max(simple.rfind(c, begin, start) for c in _SENTENCE_END)
        before = PINYIN_GLOSS_RE.sub("", simple[max(begin, cut + 1) : start])
        # 其中,外商投資項(xiàng)目21個(gè)、計劃投資445.7億元 (fal1_06): of the batch's day
        if _PROJECTS.search(before):
            return PeriodFact(day, "inferred", fact.evidence)
        return fact
