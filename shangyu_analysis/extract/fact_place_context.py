"""Place rules that read beyond the figure's sentence (:class:`PlaceContext`, a mixin of
:class:`~shangyu_analysis.extract.fact_places.PlaceRules`; the rules in words: its docstring, rules 1–3):

- a sentence broken over short lines without a stop is read back over them (three lines at most);
- the paragraph's place: its first mention in subject position (浏阳市…。该市…);
- the section heading: a line that is a place name alone, or a place, a colon and a short headline; a table cell that
  is one labels its row.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_clauses import clause_lead
from shangyu_analysis.extract.fact_place_events import event_venue, listed_in_aside
from shangyu_analysis.extract.fact_place_sentences import EXAMPLE, HOLDS, PlaceSentences
from shangyu_analysis.extract.places import COUNTRY

# A line broken inside its sentence: short, and ending without a stop (or a colon, or a heading's mark).
_BROKEN_LINES = 3
_SHORT_LINE = 40
_NO_STOP = re.compile(r"[^。！？!?；;：:\s]$")
_EXAMPLE_REACH = 120  # a paragraph's lead: how far its list of examples may run
# What may stand beside a place name on a line of its own that heads a section: its unit suffix, a colon.
# 黄岛区 |: a table's row label; 平罗:全年50个重点项目上马: a section's headline after its place and a colon
_HEADING_NAME = re.compile(
    r"[市县区州省旗盟]?[:：]?|[市县区州省旗盟]?\s*\||[市县区州省旗盟]?[:：][^\n。！？!?；;]{2,30}"
)
_LINE_START = re.compile(r"\n[ \t\u3000]{0,3}$")  # a name that opens a line (not the text's first: its title)


class PlaceContext(PlaceSentences):
    """Rules on the lines, paragraph and heading around a figure's sentence (``simple``, ``mentions``… come from
    the finder)."""

    def _broken_line_place(self, sent: int, start: int, kind: str | None) -> str | None:
        """The place of a sentence broken over short lines (“曲靖市排名第二 / 突破3000亿大关”, “大理州跻身… / 以1632.99亿元
        的成绩 / 排名第五”): a figure's sentence that opens a line continues the one before when that line is short
        and ends without a stop; up to three such lines back."""
        simple, begin = self.simple, sent
        for _ in range(_BROKEN_LINES):
            if begin == 0 or simple[begin - 1] != "\n":
                return None
            line = simple.rfind("\n", 0, begin - 1) + 1
            if begin - 1 - line > _SHORT_LINE or _NO_STOP.search(simple, line, begin - 1) is None:
                return None
            begin = line
            found = self._sentence_place(begin, start, kind)
            if found:
                return found
        return None

    def _heading_place(self, start: int) -> str | None:
        """The place of the last heading line before ``start`` that is a place name alone (“广州” over its
        list of targets, “惠州” over the next): a section heading, which governs until the next one; a table
        cell that is a place name alone (“黄岛区 |”) labels the cells of its row (the next two lines)."""
        heads = getattr(self, "_place_heads", None)
        if heads is None:
            heads = self._place_heads = []
            simple = self.simple
            for m in self.mentions:
                if (
                    m.code is None
                    or m.weak
                    or m.place == COUNTRY
                    or simple.find("\n", max(0, m.start - 4), m.start) < 0  # no line end just before: no regex
                    or not _LINE_START.search(simple, max(0, m.start - 4), m.start)
                ):
                    continue  # most mentions do not open a line: tested first, on four characters
                line_end = simple.find("\n", m.end)
                rest = simple[m.end : len(simple) if line_end < 0 else line_end].strip()
                if _HEADING_NAME.fullmatch(rest):
                    until = len(simple)
                    if rest.endswith("|"):  # a row label reaches its row's next cells only
                        after = simple.find("\n", line_end + 1) if line_end >= 0 else -1
                        row_end = simple.find("\n", after + 1) if after >= 0 else -1
                        until = row_end if row_end >= 0 else len(simple)
                    heads.append((m.start, m.place, until))
        k = bisect.bisect_left(heads, (start,)) - 1
        return heads[k][1] if k >= 0 and start < heads[k][2] else None

    def _lead_place(self, para_start: int) -> tuple[int, str] | None:
        """The place the paragraph is about and where it is named: its first mention in subject position
        (浏阳市…。该市…)."""
        k = bisect.bisect_left(self.mention_starts, para_start)
        end = self.simple.find("\n", para_start)
        end = len(self.simple) if end < 0 else end
        while k < len(self.mentions) and self.mentions[k].start < min(end, para_start + 120):
            m = self.mentions[k]
            if m.place == COUNTRY and m.start == para_start and self.main != COUNTRY:
                return m.start, COUNTRY  # 我国县域人口多,消费潜力大。…: a paragraph that opens on the country
            if (
                m.place != COUNTRY
                and m.code not in self.main_above
                and clause_lead(self.simple, self.clause_marks, m.start, para_start)
                and (HOLDS.match(self.simple, m.end) or not EXAMPLE.match(self.simple, m.end, m.end + _EXAMPLE_REACH))
                and not (self.simple[m.start - 1 : m.start] in "在、和及与" and event_venue(self.simple, m, end))
                and not (self.simple[m.start - 1 : m.start] in "、(（" and listed_in_aside(self.simple, m, end))
            ):  # 在深圳的招商推介会上签订… (fx2_09): an event's venue leads no paragraph; 珠三角(羅湖區、…)各3個 (fy2_06):
                # nor do places in brackets
                place = self._place_of(m, True)
                if place:
                    return m.start, place
            k += 1
        return None
