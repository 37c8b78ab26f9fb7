"""A month span read as its year, a half-year report or a region's output told on a day, a total to a month's end
(:class:`PeriodReports`, outermost of the period rules). 今年以来 in a dated text is the publication year (ruling 20 as
revised), as the rules before these already read it.

- *A month span read as its year.* 1~2月全省工业园区 as a heading line over 实现工业增加值979.60亿元
  (fah2_04_jiangxi_parks_jan-feb_2017): a figure whose period rests on the words 1~2月 opening a line before it and
  reads as their bare year is of those months (``2017M1-M2``).
- *A half-year report told on a day.* 7月20日,中卫经济“半年报”公布,全市实现地区生产总值257.13亿元
  (fah1_03_zhongwei_h1_2022): the figures of the report are of the half year (``2022H1``), not of the day it was
  published.
- *A total to a month's end.* 截9月底,全县133个重点项目,累计完成投资167.1亿元 (fah1_06_luoshan_projects_2021): a total
  (累计 before it in its sentence) up to the end of a month, read as that month, is of the months from January to it
  (``2021M1-M9``).
- *A region's output told on a day.* 人民网银川7月26日电 (记者 阎梦婕)地区生产总值1267.24亿元,同比增长7.5%
  (fah1_02_yinchuan_h1_2023): the output of a region (生产总值, GDP) read as the day it was told is of the last period
  published by then: the year before in January to March, the first quarter in April to June, the half year in July
  to September, the first three quarters after (``2023H1``, inferred).

Nothing is scanned but the figure's sentence up to the figure (≤ 200 characters), and only for a figure read as a
day or as a month.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_carried import PeriodCarried
from shangyu_analysis.text.periods import DASHES, PeriodFact

_MONTHS = re.compile(r"(\d{1,2})\s?[~～〜" + DASHES + r"至到]\s?(\d{1,2})月(?:份)?")
_DAY = re.compile(r"(\d{4})-(\d{2})-\d{2}")
_HEADING_REACH = 300  # how far back a line opening with the months governs
_HALF_REPORT = "半年报"
_TITLE_REACH = 80
_PART_WORDS = {"Q1": "一季度", "H1": "上半年", "Q1-Q3": "前三季度"}
_MONTH_END = re.compile(r"(\d{1,2})月(?:份)?(?:底|末)")
_TOTALS = ("累计", "累計")
_OUTPUT = re.compile(r"生产总值|生產總值|GDP|地區產值|地区产值")


def _published_by(year: int, month: int) -> str:
    """The last period of a region's output published by ``month`` of ``year``."""
    if month <= 3:
        return str(year - 1)
    return f"{year}" + ("Q1" if month <= 6 else "H1" if month <= 9 else "Q1-Q3")


class PeriodReports(PeriodCarried):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value, evidence = found.value, found.evidence
        if len(value) == 4 and value.isdigit():
            if evidence.endswith("月") and (m := _MONTHS.fullmatch(evidence)) is not None:
                # 1~2月全省工业园区 over its lines (fah2_04_jiangxi_parks_jan-feb_2017): the months, not their year
                first, last = int(m.group(1)), int(m.group(2))
                at = self.simple.rfind(evidence, max(0, start - _HEADING_REACH), start)
                if 1 <= first < last <= 12 and at >= 0 and (at == 0 or self.simple[at - 1] == "\n"):
                    months = f"M{first}-M{last}"
                    return PeriodFact(f"{value}{months}", found.basis, evidence)
        elif len(value) == 10 and (day := _DAY.fullmatch(value)) is not None:
            sentence = self._stop(start)
            if int(day.group(2)) >= 7 and self.simple.find(_HALF_REPORT, sentence, start) >= 0:
                # 7月20日,中卫经济“半年报”公布,全市实现地区生产总值257.13亿元 (fah1_03_zhongwei_h1_2022): the half
                return PeriodFact(f"{day.group(1)}H1", "stated", _HALF_REPORT)
            if _OUTPUT.search(self.simple, sentence, start) is not None:
                # 银川7月26日电…地区生产总值1267.24亿元 (fah1_02_yinchuan_h1_2023): the last period published
                return self._published(int(day.group(1)), int(day.group(2)), found.evidence)
        elif len(value) >= 6 and value[4] == "M" and value[5:].isdigit() and evidence.endswith(("底", "末")):
            month = _MONTH_END.fullmatch(evidence)
            if month is not None and int(month.group(1)) == int(value[5:]) > 1:
                sentence = self._stop(start)
                if any(self.simple.find(w, sentence, start) >= 0 for w in _TOTALS):
                    # 截9月底,…累计完成投资167.1亿元 (fah1_06_luoshan_projects_2021): January to that month
                    return PeriodFact(f"{value[:4]}M1-M{value[5:]}", found.basis, evidence)
        return found

    def _published(self, year: int, month: int, evidence: str) -> PeriodFact:
        """The last period published by the day (inferred), stated where the title names it (我省上半年宏觀經濟…
        over 東北網7月27日訊…實現地區產值(GDP)5067億元 in fr2_11_heilongjiang_h1_2011)."""
        value = _published_by(year, month)
        words = _PART_WORDS.get(value[4:])
        stop = self.simple.find("\n", 0, _TITLE_REACH)
        stated = words is not None and self.simple.find(words, 0, _TITLE_REACH if stop < 0 else stop) >= 0
        return PeriodFact(value, "stated" if stated else "inferred", evidence)
