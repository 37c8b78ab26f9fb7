"""The end value of a change from one value to another (:class:`MeasureChanges`, round 25).

地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元 (fac2_09_neimenggu_review_2016; 人均生產總值由7070美元增加到
1.15萬美元, 一般公共預算收入由1070億元增加到1963.5億元): the value after 增加到 (提高到, 下降到…) is the same measure
as the value after 由 in its clause, not 其他:…增加到; read only where the chain read ``其他``.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measure_shapes import MeasureShapes
from shangyu_analysis.extract.measures import OTHER

# …增加到2015年的 / 提高到 right before the figure: the end of a change
_CHANGED_TO = re.compile(r"(?:增加|提高|上升|增长|扩大|减少|下降|降低|降|升)(?:到|至)(?:\d{4}年(?:底|末)?的?)?$")
_CLAUSE_MARK = re.compile(r"[，,；;。\n]")
_REACH = 40  # the clause's words back to its 由 value


class MeasureChanges(MeasureShapes):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, after
    :meth:`MeasureShapes.measure`, only where it read ``其他``."""

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        last_start, last = self._previous
        term = super().measure(subject, kind, unit, start, sentence_start)
        if not term.startswith(OTHER) or last_start < 0 or last.startswith(OTHER) or last == "-":
            return term
        if start - last_start > _REACH or not _CHANGED_TO.search(self.simple, max(last_start, start - 14), start):
            return term
        words = self.simple[max(0, last_start - 8) : start]
        if "由" not in words[:8] or _CLAUSE_MARK.search(words, 8):
            return term  # the value before is the 由 value of the same clause
        self._previous = (start, last)
        return last
