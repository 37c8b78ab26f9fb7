"""Cumulative rates listed month by month, a stock at a quarter's end, counts of the places a comparison runs over,
a part of the year carried on, 今年以来 under a title naming a part (:class:`PeriodCumulations`, outermost of the
period rules).

- *Cumulative rates listed month by month.* 2-7月,烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%
  (fai2_05_yunnan_industry_m8_2016): each rate is the span from January to its month, the first to the first month
  named, spelled by ruling 9 (``2016M1-M2``, ``2016Q1``, ``2016M1-M4``, ``2016M1-M5``, ``2016H1``, ``2016M1-M7``).
- *A stock at a quarter's end.* 一季度末,牛存欄699.7萬頭,同比增長6.5% (fai1_01_neimenggu_q1_2020; also fab1_06,
  fac2_06, fy2_01): a stock (存栏, 余额) told at the end of a quarter is of that quarter's last day (ruling 19:
  ``2020-03-31``), not of the quarter.
- *Counts of the places a comparison runs over.* 从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平
  (fai1_02_xinganmeng_m1_m2_2021): the count of the places is the standing number, not a figure of the period
  (``as_of_publication``, ruling 4).
- *A part of the year carried to a paragraph without time.* 前三季度,新疆工业生产保持平稳… then a paragraph
  在40个工业行业大类中,有26个行业增加值实现增长,占65% (fag1_07_xinjiang_q1q3_2014): a figure with no time in its
  paragraph, read as the text's year, goes on with the part of the year (上半年, 前三季度) opening a sentence of the
  paragraph or two before, when no year or month is written after it (``2014Q1-Q3``).
- *今年以来 under a title naming a part.* Title 上半年高新技术产业平稳发展 over 今年以来,…同比增长8.19%
  (fah2_03_jiangxi_hightech_h1_2012): the report's part of the year is in force (ruling 20 leaves 今年以来 under a
  report period to ruling 9): ``2012H1``.

Nothing is scanned but the figure's sentence up to the figure (≤ 200 characters), a few characters after it, the title
(once per text) or ≤ 600 characters before a paragraph without time, and only for a figure whose period already
reads as the months, quarter, year or count concerned.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_reports import PeriodReports
from shangyu_analysis.text.periods import PeriodFact

_MONTHS = re.compile(r"(\d{4})M(\d{1,2})-M(\d{1,2})")
_EACH = "分别为"
_TOTALS = ("累计", "累計")
_SEPARATORS = frozenset("，,、")
_SPANS = {3: "Q1", 6: "H1", 9: "Q1-Q3"}
_QUARTER_ENDS = {"一季度末": "03-31", "二季度末": "06-30", "三季度末": "09-30"}
_STOCKS = ("存栏", "存欄", "余额", "餘額")
_QUARTER = re.compile(r"(\d{4})(?:Q[1-3]|H1)")
_COUNT_VIEW = re.compile(r"[^，,。；;\d]{1,8}看")
_PART_OPENERS = {"上半年": "H1", "前三季度": "Q1-Q3"}
_TITLE_PARTS = {"上半年": "H1", "前三季度": "Q1-Q3", "一季度": "Q1"}
_TITLE_REACH = 80  # a title longer than this is a first paragraph, no heading
_YEAR_IN_TITLE = re.compile(r"(\d{4})年")
_OPENER_REACH = 600  # how far back a paragraph opening with a part of the year is looked for
_OPENER_PARAGRAPHS = 2  # and over how many paragraphs


def _nth_from_end(text: str, ch: str, n: int) -> int:
    """Where the ``n``-th ``ch`` from the end of ``text`` stands."""
    at = len(text)
    for _ in range(n):
        at = text.rfind(ch, 0, at)
    return at


def _to_month(year: str, last: int) -> str:
    """The span from January to ``last`` of ``year``, spelled by ruling 9."""
    if last == 1:
        return f"{year}M1"
    if last == 12:
        return year
    return year + _SPANS.get(last, f"M1-M{last}")


class PeriodCumulations(PeriodReports):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value = found.value
        if len(value) >= 9 and value[4] == "M" and (span := _MONTHS.fullmatch(value)) is not None:
            sentence = self._stop(start)
            each = self.simple.rfind(_EACH, sentence, start)
            if each >= 0 and any(self.simple.find(w, sentence, each) >= 0 for w in _TOTALS):
                # 2-7月,…增加值累计降幅分别为7.5%,7.8%,… (fai2_05_yunnan_industry_m8_2016): January to each month
                first, last = int(span.group(2)), int(span.group(3))
                listed = self.simple[each + len(_EACH) : start]
                month = first + sum(ch in _SEPARATORS for ch in listed)
                if month <= last and "。" not in listed:
                    return PeriodFact(_to_month(span.group(1), month), found.basis, found.evidence)
        elif (day := _QUARTER_ENDS.get(found.evidence[-4:])) is not None and _QUARTER.fullmatch(value):
            at = self.simple.rfind(found.evidence, self._stop(start), start)
            if at >= 0 and any(self.simple.find(w, at, start) >= 0 for w in _STOCKS):
                # 一季度末,牛存欄699.7萬頭,同比增長6.5% (fai1_01_neimenggu_q1_2020): the quarter's last day
                return PeriodFact(f"{value[:4]}-{day}", found.basis, found.evidence)
        elif found.evidence == "" and found.basis == "inferred" and len(value) == 4 and value.isdigit():
            part = self._part_opener(para_start)
            if part is not None and self.date is not None and self.date.year == int(value):
                # 前三季度,新疆工业生产保持平稳… then 在40个工业行业大类中,有26个行业增加值实现增长
                # (fag1_07_xinjiang_q1q3_2014): a paragraph with no time of its own goes on with the part of the year
                # that opened the one before
                return PeriodFact(value + part, "inferred", found.evidence)
        elif found.evidence.endswith("以来") and len(value) == 4 and value.isdigit():
            part = self._title_part(value)
            if part is not None:
                # title 上半年高新技术产业平稳发展 over 今年以来,…同比增长8.19% (fah2_03_jiangxi_hightech_h1_2012): the
                # report's period in force, not the year (ruling 20 leaves 今年以来 under a report period to ruling 9)
                return PeriodFact(value + part, found.basis, found.evidence)
        if (
            self.simple.startswith("个", end - 1)
            and start > 0
            and self.simple[start - 1] == "从"
            and value != "as_of_publication"
            and _COUNT_VIEW.match(self.simple, end) is not None
        ):
            # 从6个旗县市增速看 (fai1_02_xinganmeng_m1_m2_2021): the places counted stand, ruling 4
            return PeriodFact("as_of_publication", "inferred", found.evidence)
        return found

    def _title_part(self, year: str) -> str | None:
        """The one part of the year (``H1``, ``Q1-Q3``, ``Q1``) a short title names, of ``year`` or no year."""
        cached: dict[str, str | None] = self.__dict__.setdefault("_title_parts", {})
        if year not in cached:
            end = self.line_starts[1] if len(self.line_starts) > 1 else len(self.simple)
            title = self.simple[:end] if end <= _TITLE_REACH else ""
            parts = [code for word, code in _TITLE_PARTS.items() if word in title]
            years = set(_YEAR_IN_TITLE.findall(title))
            cached[year] = parts[0] if len(parts) == 1 and years <= {year} else None
        return cached[year]

    def _part_opener(self, para_start: int) -> str | None:
        """The part of the year (``H1``, ``Q1-Q3``) opening a sentence of the paragraph or two before ``para_start``
        (上半年, / 前三季度,), the last such; None when another time is written between."""
        lo = max(0, para_start - _OPENER_REACH)
        window = self.simple[lo:para_start]
        if window.count("\n") > _OPENER_PARAGRAPHS + 1:
            lo = para_start - len(window) + _nth_from_end(window, "\n", _OPENER_PARAGRAPHS + 1) + 1
            window = self.simple[lo:para_start]
        best, part, size = -1, None, 0
        for word, code in _PART_OPENERS.items():
            at = window.rfind(word)
            while at >= 0 and not (
                (at == 0 or window[at - 1] in "\n。") and window.startswith(("，", ","), at + len(word))
            ):
                at = window.rfind(word, 0, at)
            if at > best:
                best, part, size = at, code, len(word)
        after = window[best + size :]
        if part is None or "年" in after or "月" in after:
            return None  # no opener, or a year or month written after it (比上年, 6月)
        return part
