"""The text an extraction runs on: the original, its folded twin, paragraphs, date, footer."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.text.normalise import fold_width

if TYPE_CHECKING:
    from shangyu_analysis.text import Article

_NEWLINE = re.compile("\n")


class SourceText:
    """The text, its folded twin, and the structure the row fields need."""

    sections: list[str | None]  # the heading over each paragraph (None before the first, and in plain text)

    def __init__(self, source: str | Article) -> None:
        if isinstance(source, str):
            self.text, self.mt = source, _match_text(source)
            self.date, self.footer, self.place = None, None, None
            first = source.find("\n")
            self.title_end = len(source) if first < 0 else first
            starts, self.para_index, self.sections = [0], [1], [None]
            line = 1
            for nl in _NEWLINE.finditer(source):
                line += 1
                starts.append(nl.end())
                self.para_index.append(line)
                self.sections.append(None)
            self.para_starts, self.para_ends = starts, [*starts[1:], len(source)]
        else:
            self.text, self.mt = source.text, source.match_text
            self.date, self.footer, self.place = source.date, source.footer_span, source.place
            at = source.text.find(source.title) if source.title else -1
            self.title_end = at + len(source.title) if at >= 0 else 0
            paragraphs = sorted(source.paragraphs, key=lambda p: p.start)
            self.para_starts = [p.start for p in paragraphs]
            self.para_ends = [p.end for p in paragraphs]
            self.para_index = [p.index for p in paragraphs]
            self.sections = [p.section for p in paragraphs]

    def paragraph_of(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.para_starts, offset) - 1
        return k if k >= 0 and offset < self.para_ends[k] else None


def _match_text(text: str) -> str:
    """``fold_width(text)``, skipped when no full-width character the patterns need is present."""
    return fold_width(text) if fp.NEEDS_FOLD.search(text) else text
