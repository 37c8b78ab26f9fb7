"""Months of statistical reports and bulletins (:class:`PeriodMonths`, under :class:`PeriodBatchDays` in the period rules). In words:

- *One month inside a report of months to date.* A report of the months to date (今年前7月, 1至8月) often tells the
  last month alone in a 其中 (其中,7月全省规模以上工业增加值增长9.4%,比6月提高5.9个百分点 in fae2_06_yunnan_m7_2022):
  that month is a part of the report, not its frame. The figures after it that write no period (从三大工业门类看,
  采矿业增加值同比增长11.8%) are of the report's months again (``2022M1-M7``), not of July alone; in a quarter's
  report (一季度,全市规模以上工业增加值同比增长3.9%,其中,1-2月同比增长11.9%,3月下降10.9%。全市35个工业行业 in
  fv1_05_shanghai_q1_2022) they are of the quarter (``2022Q1``), not of March.
- *The months to a month's end after 今年以来.* A paragraph that opens 今年以来 and then takes stock 至10月底 (今年以来,
  该县…。至10月底,全县完成财政收入4.91亿元…。招商引资新签及续建项目52个,引资额达527.86亿元 in fq2_07_yangxian_2017)
  counts its later sentences over the same months (``2017M1-M10``, as SOURCES.md reads 截至5月底 with 今年以来), not
  over the whole year the lead alone would give.
- *A standing share of a province's institutions.* A share of the province's laboratories, centres or firms a city
  holds (贵阳…集聚全省86.79%的重点实验室、82.52%的工程技术研究中心 in fae2_04_guiyang_hightech_2016) is a standing
  state, ``as_of_publication`` (inferred), not the year of the review around it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_averages import PeriodAverages
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_REACH = 300
_ONE_MONTH = re.compile(r"(\d{4})M(\d{1,2})(/.*)?$")
# 集聚全省86.79%的重点实验室: a city's share of its province's institutions
_HOLDS = re.compile(r"(?:集聚|聚集|汇聚|拥有)(?:了)?全(?:省|市|区|国)")
# 至10月底, (opening a clause; not 截至 a day, nor 10月底前 a deadline)
_RUN_TO = re.compile(r"(?:^|[。，,；;\n])至(\d{1,2})月底[，,](?!前)")
_PART_OF = {"3": ("一季度", "Q1"), "6": ("上半年", "H1"), "9": ("前三季度", "Q1-Q3")}  # the last month of a part
_HOLD_STOP = "。;；\n"


class PeriodMonths(PeriodAverages):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value = found.value
        if "M" not in value:
            if found.basis == "inferred" and self.simple.startswith("%的", end - 1):
                return self._held_share(found, start)
            if found.evidence in ("今年以来", "") and len(value) == 4 and value.isdigit():
                return self._to_month_end(found, start)
            return found
        m = _ONE_MONTH.match(value)
        if m is None:
            return found
        # carried with no words (采矿业增加值同比增长11.8%) or the month's own, or only the words of a change on another part (比上半年提高)
        if (found.basis == "inferred" and (not found.evidence or found.evidence == f"{int(m.group(2))}月")) or (
            m.group(3) and "月" not in found.evidence
        ):
            return self._months_to_date(found, m, start)
        return found

    def _months_to_date(self, found: PeriodFact, m: re.Match[str], start: int) -> PeriodFact:
        """The report's months to date after a 其中 that told its last month alone (the module docstring)."""
        rest = m.group(3) or ""
        if rest and "M" in rest and "-" not in rest:
            return found  # 比6月提高: a change on the month before stays the month's
        n = m.group(2)
        lo = max(0, start - _REACH)
        simple = self.simple
        at = simple.rfind(f"{n}月", lo, start)
        if at < 0 or n == "1":
            return found
        # the month is told after a 其中 in its sentence (其中,7月全省…; 其中,1-2月…,3月下降10.9%)
        opens = simple.find("其中", max(simple.rfind(c, lo, at) for c in "。\n") + 1, at)
        if opens < 0:
            return found
        span = re.search(rf"前{n}个?月|1(?:月份?)?(?:-|—|－|～|~|至|到){n}月", simple[lo:opens])
        if span is not None:
            return PeriodFact(f"{m.group(1)}M1-M{n}{rest}", found.basis, found.evidence)
        # a quarter's or a half's report (一季度,…。其中,…3月下降10.9%): its part of the year (fv1_05_shanghai_q1_2022)
        part = _PART_OF.get(n)
        if part is None or simple.find(part[0], lo, opens) < 0:
            return found
        return PeriodFact(f"{m.group(1)}{part[1]}{rest}", found.basis, found.evidence)

    def _to_month_end(self, found: PeriodFact, start: int) -> PeriodFact:
        """The months of the year to 至10月底 taken after a 今年以来 lead in the paragraph (the module docstring)."""
        simple = self.simple
        # the line's start (para_start may be a sentence's): the lead and the stock-taking are in its line
        line = self.line_starts[bisect.bisect_right(self.line_starts, start) - 1]
        lo = max(line, start - _REACH)
        if simple.find("月底", lo, start) < 0:
            return found
        runs = list(_RUN_TO.finditer(simple, lo, start))
        if not runs or runs[-1].group(1) == "1":
            return found
        last = runs[-1]
        if simple.find("今年以来", max(line, last.start() - _REACH), last.start()) < 0:
            return found
        return PeriodFact(f"{found.value}M1-M{last.group(1)}", found.basis, found.evidence)

    def _held_share(self, found: PeriodFact, start: int) -> PeriodFact:
        """``as_of_publication`` for a share of the province's institutions a city holds (the module docstring)."""
        if found.value in (AS_OF, "-"):
            return found
        lo = max(0, start - 80)
        window = self.simple[lo:start]
        cut = max(window.rfind(c) for c in _HOLD_STOP)
        if _HOLDS.search(window, cut + 1) is None:
            return found
        return PeriodFact(AS_OF, "inferred", "")
