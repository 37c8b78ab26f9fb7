"""A number with no unit or scale (1.81, 102.1, 2.0版, [2]): a label, a date part, or a ratio/index in context.

Split from :mod:`~shangyu_analysis.extract.rules` (module size); the rules call :func:`bare_number`.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate, reject, unit_fields
from shangyu_analysis.extract.context import clause_before, in_quotes, sentence_before
from shangyu_analysis.schema import FigureKind, RejectReason
from shangyu_analysis.text.normalise import to_simplified

_ASCII_LETTER = re.compile(r"[A-Za-z]")
# 2×66万千瓦, 2×660MW: the number of generating units before the times sign and the capacity of each.
_GENERATING_UNITS_AFTER = re.compile(r"[ \t]?×[ \t]*[0-9.]+[ \t]*(?:[万萬]千瓦|千瓦|兆瓦|MW|GW)")
# 102.1(上年=100): an index written before its base.
_INDEX_BASE_AFTER = re.compile(r"[ \t]*[(（][^()（）=＝]{1,10}[=＝][ \t]*(?:100|１００)[ \t]*[)）]")


def bare_number(cand: Candidate, arabic: str | None, text: str, mt: str, after: str) -> Candidate:  # noqa: PLR0911 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """A number with no unit: a label, a date part, or a ratio/index in the right context."""
    start, end = cand.start, cand.end
    if arabic is None:
        return reject(start, end, RejectReason.BARE_NUMBER)
    if (after[:1] and after[:1] in "月日时時点點") or after.startswith(("季度", "周年")):
        return reject(start, end, RejectReason.DATE)
    if after[:1] and (after[:1] in "版届期代批轮级号" or _ASCII_LETTER.match(after)):
        return reject(start, end + 1, RejectReason.LABEL)  # 2.0版, 5G: the label's own character is listed too
    if "×" in after[:2] and _GENERATING_UNITS_AFTER.match(mt, end) and cand.value == int(cand.value) <= 20:
        unit_fields(cand, "", "台")  # 2×66万千瓦热电联产项目: two generating units (台, as data/corpus part L fl2_03)
        return cand
    if "+" in (after[:1], mt[start - 1 : start]):
        return reject(start, end, RejectReason.LABEL)
    if mt[start - 1 : start] == "=":
        return reject(start, end, RejectReason.DENOMINATOR)  # (上年=100): the base of an index
    if mt[start - 1 : start] in ("[", "［", "【") and mt[end : end + 1] in ("]", "］", "】"):
        return reject(start, end, RejectReason.LABEL)  # …居全省县(市)第一 [2]: a citation marker, not an index
    if in_quotes(text, start, end) is None:
        clause = to_simplified(clause_before(mt, start, 40))
        # 倍差为1.81，比上年缩小0.04: a change clause whose sentence is about a ratio.
        if fp.RATIO_CONTEXT.search(clause) or (
            fp.CHANGE_END.search(clause) and fp.RATIO_CONTEXT.search(to_simplified(sentence_before(mt, start)))
        ):
            cand.unit, cand.kind, cand.base_unit = "ratio", FigureKind.RATIO, "ratio"
            return cand
        if fp.INDEX_CONTEXT.search(clause) or _INDEX_BASE_AFTER.match(mt, end):
            cand.unit, cand.kind, cand.base_unit = "index", FigureKind.INDEX, "index"
            return cand
    bare = reject(start, end, RejectReason.BARE_NUMBER)
    bare.value = cand.value  # kept: a list may give it a unit (分别为0.15、1.34个百分点; extract/lists.py)
    return bare
