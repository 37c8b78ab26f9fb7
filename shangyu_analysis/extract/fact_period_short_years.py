"""A year written with two digits (round 23): 南宁18年实现GDP总量4341.4亿元, 在18年底,全市常住人口… in a text
written in 2019 (faa1_10_nanning_gdp_2018): 18年 is 2018, the year of the figures after it in its paragraph.

TIME reads only four-digit years, so such a text fell back on its date (2019) or on what holds when it is
written. A two-digit NN年 is a year only when 20NN is the text's year or one of the two before it, and when it is
no count of years: 连续18年, 时隔12年, 经过20年的发展, 10年前, 18年来, 近10年, 2017至18年 are spans or counts.
The year holds from it to the end of its paragraph (≤ 300 characters) unless a four-digit point comes between;
a figure the chain gave the text's date year, or what holds when it is written (not a count: 14个地级市 stays a
standing count), takes it instead.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import YEAR_ONLY
from shangyu_analysis.extract.fact_period_sections import PeriodSections
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_SHORT = re.compile(r"(?<![\d.])(\d{2})年(?![来间以代度前新多的后])")
_COUNTED = ("连续", "連續", "时隔", "時隔", "经过", "經過", "过去", "過去")  # 连续18年: a count of years
_REACH = 300


class PeriodShortYears(PeriodSections):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    _short_years: tuple[list[int], list[int]] | None = None

    def _short(self) -> tuple[list[int], list[int]]:
        """Where each two-digit year is written (its 年's end) and its year, found once per text."""
        if self._short_years is None:
            ends: list[int] = []
            years: list[int] = []
            written = self.date.year if self.date else None
            simple = self.simple
            if written is not None and _SHORT.search(simple) is not None:
                for m in _SHORT.finditer(simple):
                    year = 2000 + int(m.group(1))
                    pos = m.start()
                    if not written - 2 <= year <= written:
                        continue
                    if simple[pos - 1 : pos] in ("近", "这", "第", "了", ")", "至", "-", "到", "~") or simple.endswith(
                        _COUNTED, max(0, pos - 2), pos
                    ):
                        continue
                    ends.append(m.end())
                    years.append(year)
            self._short_years = (ends, years)
        return self._short_years

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        ends, years = self._short()
        i = bisect.bisect_right(ends, start) - 1
        if i < 0 or ends[i] <= para_start or start - ends[i] > _REACH:
            return fact
        year = str(years[i])
        value = fact.value
        if value == year or not (
            (value == AS_OF and kind != "count") or (YEAR_ONLY.fullmatch(value) and value == str(self.date.year))  # type: ignore[union-attr]
        ):
            return fact
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k >= 0 and self.times[k].start >= ends[i] and self.times[k].match.group("year"):
            return fact  # a four-digit year written after it: that one holds
        return PeriodFact(year, "stated", self.simple[ends[i] - 3 : ends[i]])
