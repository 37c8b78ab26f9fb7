"""The sentence around a figure and where its clause starts: the context its row carries, bounded."""

from __future__ import annotations

import re
from collections.abc import Sequence

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_LAST_SENTENCE_MARK = re.compile(r"[。！？；!?;\n](?=[^。！？；!?;\n]*$)")
_CLAUSE_MARK = re.compile(r"[，。！？；：、,!?;:\n（）()]")
_LAST_CLAUSE_MARK = re.compile(r"[，。！？；：、,!?;:\n（）()](?=[^，。！？；：、,!?;:\n（）()]*$)")


def sentence_spans(text: str, starts: Sequence[int], reach: int = 150) -> list[tuple[int, int]]:
    """(start, end) of the sentence around each offset in ``starts`` (ascending).

    A sentence ends at 。！？；or a line end. Context is bounded whatever the text's shape (one long
    line, no punctuation at all): a sentence reaching more than ``reach`` characters before or after
    the offset is clipped at the clause mark (，、：…) nearest that limit, or at the limit itself, so a
    sentence is at most about ``2 * reach`` characters and output grows linearly with the text.
    Consecutive offsets in one sentence share the span.
    """
    spans: list[tuple[int, int]] = []
    current = (-1, -1)
    for pos in starts:
        if not current[0] <= pos < current[1]:
            floor, ceiling = max(0, pos - reach), min(len(text), pos + reach)
            m = _LAST_SENTENCE_MARK.search(text, floor, pos)
            if m:
                start = m.end()
            else:  # clipped: start after the first clause mark past the limit
                clause = _CLAUSE_MARK.search(text, floor, pos)
                start = clause.end() if clause and floor > 0 else floor
            end = _SENTENCE_END.search(text, pos, ceiling)
            if end:
                stop = end.end()
            elif ceiling == len(text):
                stop = ceiling
            else:  # clipped: stop at the last clause mark before the limit
                clause = _LAST_CLAUSE_MARK.search(text, pos, ceiling)
                stop = clause.end() if clause else ceiling
            current = (start, max(stop, pos + 1))
        spans.append(current)
    return spans


def clause_start(text: str, pos: int, floor: int) -> int:
    """Offset just after the last clause mark (，、：…) before ``pos``, not before ``floor``."""
    floor = max(floor, pos - 60)
    m = _LAST_CLAUSE_MARK.search(text, floor, pos)
    return m.end() if m else floor
