"""Places of the columns of a table written one cell a line, and of a zone the lead defines a short form for
(:class:`PlaceTables`, over :class:`~shangyu_analysis.extract.fact_places.PlaceRules`; round 23).

A table whose header ends on two or more lines that are each a place name alone (臺北市 / 內湖區, c05: 表 3-5
臺北市及內湖區產業結構及商業登記家數統計表), then rows of a label and one value a line per column (製造業 / 357 /
54), gives each value the place of its column: the first value of a row the first place (357: 台北), the second
the second (54: 内湖), not the text's main place for them all. Only a row of exactly as many values as places,
after its header within ``_TABLE_REACH`` characters, is read so.

A zone the lead defines a short form for and the text then calls by it (:mod:`.fact_place_short_forms`: 柴達木循環經濟
試驗區(簡稱試驗區), fv1_09) is the text's place wherever its main place was read.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_short_forms import as_zone, defined_zone
from shangyu_analysis.extract.fact_places import PlaceRules
from shangyu_analysis.extract.places import SELF

_TABLE_REACH = 3000  # how far after its header a table's row may stand
# two or more lines that are each a unit's name (台北市 / 内湖区), right before a blank line or a value
_HEADER_RUN = re.compile(r"\n((?:[\u4e00-\u9fff]{1,4}[省市县区]\n){2,})(?=\n|[0-9])")
_VALUE_LINE = re.compile(r"[ \t]*[-+]?[0-9][0-9,.]*[ \t]*%?[ \t]*")  # a cell that is one number (1,812)


class PlaceTables(PlaceRules):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring, before
    :meth:`PlaceRules.place` (which it calls for every figure)."""

    _layout: tuple[list[tuple[int, tuple[str, ...]]], str] | None = None  # the text's table headers and short zone

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        layout = self._layout
        if layout is None:  # read once a text: most texts have neither, and pay a tuple test per figure
            layout = self._layout = (
                self._find_column_heads(),
                defined_zone(self.simple, self.mentions, self.mention_starts),
            )
        heads, zone = layout
        if zone and self.main and self.main in found:
            return as_zone(found, self.main, zone)
        if not heads:
            return found
        k = bisect.bisect_right(heads, (start, ())) - 1
        if k < 0 or start - heads[k][0] > _TABLE_REACH:
            return found
        column = self._column_of(start, end, len(heads[k][1]))
        return heads[k][1][column] if column is not None else found

    def _find_column_heads(self) -> list[tuple[int, tuple[str, ...]]]:
        """(where the header ends, its places) of each run of two or more lines that are each one unit's name (one
        scan of the text, once: a table's header is rare)."""
        heads = []
        for run in _HEADER_RUN.finditer(self.simple):
            at, names = run.start(1), run.group(1).split()
            shorts = []
            for name in names:
                shorts.append(self._short_of(at, name))
                at += len(name) + 1
            heads.append((run.end() - 1, tuple(shorts)))
        return heads

    def _short_of(self, at: int, name: str) -> str:
        """The short name of a header's unit: its mention's (内湖区 → 内湖), else the name less its suffix (台北市:
        a unit the gazetteer lacks)."""
        k = bisect.bisect_left(self.mention_starts, at)
        mentions = self.mentions
        if k < len(mentions) and mentions[k].start == at and mentions[k].code not in (None, SELF):
            return mentions[k].place
        return name[:-1]

    def _column_of(self, start: int, end: int, columns: int) -> int | None:
        """The column of a value that is a line alone, in a row of exactly ``columns`` value lines; else None."""
        simple = self.simple
        line_start = simple.rfind("\n", 0, start) + 1
        line_end = simple.find("\n", end)
        line_end = len(simple) if line_end < 0 else line_end
        if not _VALUE_LINE.fullmatch(simple, line_start, line_end):
            return None
        before, at = 0, line_start  # value lines right before this one, in its row
        while before <= columns and at > 0:
            previous = simple.rfind("\n", 0, at - 1) + 1
            if not _VALUE_LINE.fullmatch(simple, previous, at - 1):
                break
            before, at = before + 1, previous
        after, at = 0, line_end  # …and right after it
        while after <= columns and at < len(simple):
            following = simple.find("\n", at + 1)
            following = len(simple) if following < 0 else following
            if not _VALUE_LINE.fullmatch(simple, at + 1, following):
                break
            after, at = after + 1, following
        return before if before + after + 1 == columns else None
