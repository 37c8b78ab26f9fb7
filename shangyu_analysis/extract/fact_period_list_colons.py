"""A lead ending in a colon that names its period (:class:`PeriodListColons`, round 36, outermost of the period rules).

- *A list's lead.* A clause that names its period and ends in a colon announces what follows it in its paragraph
  (據悉,今年黑龍江省百大項目呈現五個特點:一是項目多項目好。總投資100億元以上項目19個,… in
  fam2_05_heilongjiang_projects_2020): ruling 1 ("a clause ending in `：`") makes every figure it governs, to the
  end of the paragraph, `stated`, the sentences after `。` too. Only the basis changes, and only of a figure whose
  period is read (not ``-`` or as of publication). Not taken: a colon between figures (a ratio, 2.6：1), a colon
  that ends its line (a heading with its own rules), 其中: (a breakdown of the sentence before it, ruling 1's
  `inferred`), a clause longer than 80 characters, and a year's figure under a lead that names a part of the year
  (上半年,高新区…呈现总体平稳、稳中向好态势:新增…4个 read under ``2022`` in faj2_07_suzhou_hightech_h1_2022).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_since_months import PeriodSinceMonths
from shangyu_analysis.text.periods import PeriodFact

# a colon that is not inside a ratio or a time (2.6：1, 10:30) and does not end its line
_COLON = re.compile(r"(?<![\d\s])\s*[：:](?![\d\s])")
# the period words a lead names (simplified and traditional)
_PERIOD = re.compile(
    r"\d{4}\s?年|[今去上本当當明]年|[一二三四]季度|前三季|[上下]半年|\d{1,2}[—\-－至~]\d{1,2}月|[1-9]\d?月(?!\d{1,2}日)"
    r"|十[一二三四]五|五年[来來]|以[来來]|全年"
)
_PART = re.compile(r"季度|季|半年|月")  # a lead naming a part of the year
_CLAUSE_ENDS = "。！？!?；;\n"
_KEEP = ("as_of_publication", "-")


class PeriodListColons(PeriodSinceMonths):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    # (colon, end of its paragraph, whether it names a part of the year) of each lead
    _colon_list_leads: tuple[list[int], list[int], list[bool]] | None = None

    def _colon_leads(self) -> tuple[list[int], list[int], list[bool]]:
        """The colons that end a lead naming its period, with the ends of their paragraphs, found once per text."""
        if self._colon_list_leads is None:
            simple = self.simple
            colons: list[int] = []
            ends: list[int] = []
            parts: list[bool] = []
            if "：" in simple or ":" in simple:
                for m in _COLON.finditer(simple):
                    k = m.start()
                    head = max(simple.rfind(c, max(0, k - 80), k) for c in _CLAUSE_ENDS)
                    if head < 0 and k > 80:
                        continue  # a clause longer than 80 characters
                    clause = simple[head + 1 : k]
                    named = _PERIOD.search(clause)
                    if clause.endswith("其中") or named is None:
                        continue
                    end = simple.find("\n", k)
                    colons.append(k)
                    ends.append(len(simple) if end < 0 else end)
                    parts.append(_PART.search(named.group()) is not None)
            self._colon_list_leads = (colons, ends, parts)
        return self._colon_list_leads

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.basis != "inferred" or fact.value in _KEEP:
            return fact
        colons, ends, parts = self._colon_leads()
        i = bisect.bisect_left(colons, start) - 1
        if i < 0 or ends[i] < start:
            return fact
        if parts[i] and not any(c in fact.value for c in "HQM"):
            return fact  # a year's figure under a lead naming a part of the year
        return PeriodFact(fact.value, "stated", fact.evidence)
