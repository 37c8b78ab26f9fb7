"""Ranks named for a ranking's year and a review's year headings (:class:`PeriodRankedYears`, round 38, outermost
of the period rules).

- *A ranking's year.* A text that opens on a ranking named for one year (2023年国家级经济技术开发区综合发展水平
  考核评价结果 in fao2_09_jiangsu_devzones_2023) gives its ranks (分别列第四名、第八名…) that year, not the
  publication: the SOURCES_fao2 decision (ranks take the ranking's year; shares and counts their data year, which
  stays with the other rules). Only ranks the other rules left as of publication are taken; 年度 names a data year.
- *A year heading on its own line.* In a review in data points a heading ●2020年 on its own line reaches the lines
  of figures under it, up to the next ● heading (●2020年 / 全省电子信息等五大支柱产业的营业收入超过4万亿元 in
  fao1_07_sichuan_review_2021).
- *二季度 in a half-year report.* A report whose opening names 上半年 (2025年上半年河北省工業經濟發展情況新聞發布會
  in fao2_02_hebei_industry_h1_2025) tells of the half; a 二季度 read in passing (一季度開局良好,二季度頂壓前行,
  上半年總體平穩向好) does not reach a later paragraph that names no quarter: its figures take the half.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_single_projects import PeriodSingleProjects
from shangyu_analysis.text.periods import AS_OF, PeriodFact

# the opening's ranking named for one year (not 年度: the data year)
_RANKING = re.compile(
    r"(\d{4})\s?年(?!度)[^。\n，,；;]{0,30}?(?:评价结果|評價結果|评估结果|評估結果|排名|排行榜|榜单|榜單)"
)
_OPENING = 300  # characters of the opening searched for the ranking
_RANK = re.compile(r"第[一二三四五六七八九十百零〇\d]+[名位]?")
# round 39: a rank without 第 (排名152位, 较去年跃升94位) and a ranking's pool (在参评的全国217家经开区中排名第94位)
_RANK_WORDS = ("排名", "排位", "跃升", "提升", "上升", "前进", "前移", "下降", "后退", "位列", "列")
_POOL = re.compile(r"[^，,。；;\n]{0,12}中[^，,。；;\n]{0,4}(?:排名|排位|位列|居)")
# a heading line: ●2020年 alone on its line
_HEADING = re.compile(r"^●\s?(\d{4})\s?年\s*$", re.M)
_HEADING_REACH = 300  # characters a heading reaches
_OWN_QUARTER = re.compile(r"二季度|第二季度|二季|[4-6]月")


class PeriodRankedYears(PeriodSingleProjects):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _ranked_year_found: tuple[str | None, list[int], list[str]] | None = None  # (ranking year, heading ends, years)

    def _ranked_year_marks(self) -> tuple[str | None, list[int], list[str]]:
        """The opening ranking's year and the year headings of the text, found once per text."""
        if self._ranked_year_found is None:
            simple = self.simple
            head = simple[:_OPENING]
            m = _RANKING.search(head) if ("排" in head or "榜" in head or "结果" in head or "結果" in head) else None
            ends: list[int] = []
            years: list[str] = []
            if "●" in simple:
                for h in _HEADING.finditer(simple):
                    ends.append(h.end())
                    years.append(h.group(1))
            self._ranked_year_found = (m.group(1) if m else None, ends, years)
        return self._ranked_year_found

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.value.endswith("Q2") and len(fact.value) == 6:
            return self._half_for_quarter(start, para_start, fact)
        if fact.value != AS_OF:
            return fact
        year, ends, years = self._ranked_year_marks()
        simple = self.simple
        if year is not None and (_RANK.fullmatch(simple, start, end) or self._ranked_unnumbered(start, end)):
            return PeriodFact(year, "inferred", "ranking year")
        if ends:
            i = bisect.bisect_right(ends, start) - 1
            if i >= 0 and start - ends[i] <= _HEADING_REACH and "●" not in simple[ends[i] : start]:
                return PeriodFact(years[i], "stated", years[i] + "年")
        return fact

    def _ranked_unnumbered(self, start: int, end: int) -> bool:
        """A rank named without 第 or the pool of a ranking (round 39, fap2_04_guangxi_devzones_2023: 排名152位,
        较去年跃升94位; 在参评的全国217家经开区中排名第94位, 在西部47家国家级经开区中排名第13位)."""
        simple = self.simple
        last = simple[end - 1]
        if last in "位名":
            return simple[max(0, start - 4) : start].endswith(_RANK_WORDS)
        return last == "家" and _POOL.match(simple, end) is not None

    def _half_for_quarter(self, start: int, para_start: int, fact: PeriodFact) -> PeriodFact:
        """The half for a second quarter carried into a paragraph of a half-year report (the module docstring)."""
        simple = self.simple
        if "上半年" not in simple[:_OPENING] or para_start < _OPENING // 2:
            return fact
        if _OWN_QUARTER.search(simple, para_start, start) or "季" in simple[para_start:start]:
            return fact
        return PeriodFact(fact.value[:4] + "H1", "inferred", "上半年")
