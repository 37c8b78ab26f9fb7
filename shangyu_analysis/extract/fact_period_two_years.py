"""Two-year averages the checks of :mod:`~shangyu_analysis.extract.fact_period_checks` miss (:class:`PeriodTwoYears`,
round 36, outermost of the period rules).

- *A two-year average further along its sentence.* 两年平均/两年均 compares a half, quarters or months with the
  same part two years before (project ruling 10, ``2021H1/2019H1``) also when the figure is not right after it: the
  short form 两年均增长24% (fal2_04_heilongjiang_devzones_h1_2021), a list 两年平均分别增长23.6%、14.3%、21.8%、15.4%
  (fac1_03_suqian_industry_h1_2021), a remark between 两年平均增速由降转升,增长4.6% (fz1_02_beijing_h1_2021).
  The figure is a rate (%) or a gap (个百分点); the average must open the figure's sentence part (no 。；) within 60
  characters, with no other comparison (同比, 比上年, 与…相比, 高于一季度) or other kind of figure (比重, 排名, 连续)
  between it and the figure. Whole years are left to the checks (``2020-2021``).
- *Last year as a point of reference.* 去年 read as the figure's period where it only names what the figure is set
  against: 工业延续去年的良好发展势头,全省规上工业增加值增长6.1% (fak1_01_hainan_q1_2024), 在去年大幅下降基础上又
  下降9.1% (fak2_06_shandong_h1_2022), 为去年全年的4.8倍,火电增发电量104亿千瓦时 (fal1_05_yunnan_h1_2023). The
  figure takes the period that holds where 去年 is written, when that is of the year after; not a figure right
  after it (为去年全年的4.8倍, 由上年的9.6%提高到10.8%: last year's own figure).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_asof_shapes import PeriodAsOfShapes
from shangyu_analysis.text.periods import PeriodFact

_PART = re.compile(r"(\d{4})(H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)")
_MARKS = ("两年平均", "两年均")
# another comparison or another kind of figure between the average and the figure: 同比, 高于一季度0.3个百分点,
# 占全省比重61.1%, 连续9个月
_OTHER = ("同比", "比上年", "较上年", "与", "季度", "半年", "月", "比重", "占", "排名", "连续", "持续")
_STOPS = "。；;\n"
_LAST_YEAR = ("去年", "去年全年", "上年")
_REF_BEFORE = ("在", "为", "延续", "相当于")  # 在去年…基础上, 为去年全年的, 延续去年的


class PeriodTwoYears(PeriodAsOfShapes):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.evidence in _LAST_YEAR and fact.basis == "stated":
            return self._reference_year(fact, start, para_start, kind)
        value = fact.value
        # cheap tests first: a part of a year with no comparison yet, 两年 in the 60 characters before
        if "/" in value or ("Q" not in value and "H" not in value and "M" not in value):
            return fact
        if self.simple[end - 1 : end] != "%" and not self.simple.endswith("百分点", start, end):
            return fact  # growth rates and their gaps only
        window = self.simple[max(0, start - 60) : start]
        if "两年" not in window:
            return fact
        cut = max(window.rfind(stop) for stop in _STOPS) + 1
        window = window[cut:]
        at = max(window.rfind(mark) for mark in _MARKS)
        if at < 0 or fact.evidence.startswith(("与", "比", "较")):
            return fact
        between = window[at + 3 :]
        if any(word in between for word in _OTHER):
            return fact
        part = _PART.fullmatch(value)
        if part is None:
            return fact
        return PeriodFact(f"{value}/{int(part.group(1)) - 2}{part.group(2)}", fact.basis, fact.evidence)

    def _reference_year(self, fact: PeriodFact, start: int, para_start: int, kind: str | None) -> PeriodFact:
        """The period where a 去年 of reference is written (the module docstring), else ``fact``."""
        simple = self.simple
        at = simple.rfind(fact.evidence, max(para_start, start - 60), start)
        if at < 1:
            return fact
        after = at + len(fact.evidence)
        if start - after < 4 or simple.endswith(("由", "从"), max(0, at - 1), at):
            return fact  # 为去年全年的4.8倍, 由上年的9.6%提高到: the figure of last year itself
        if not simple.endswith(_REF_BEFORE, max(0, at - 4), at) and simple[after : after + 1] != "的":
            return fact
        held = super().period(at, at, para_start, kind)
        if held.value[:4].isdigit() and int(held.value[:4]) == int(fact.value[:4]) + 1:
            return held
        return fact
