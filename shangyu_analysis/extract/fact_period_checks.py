"""Last checks on a figure's period (:class:`PeriodChecks`), after the rules of
:mod:`shangyu_analysis.extract.fact_periods` gave it one. Conventions: ``../shared/corpus/FACTS.md``. In words:

- *The units a comparison ranges over.* A count of places or zones followed by 中 (在浙江90个县(市、区)中,
  16个州市中, 全省11个市中太原…, 9个县中有8个) names the set the sentence picks from, not something done in a
  period: a standing count (project ruling 4), ``as_of_publication``, inferred, unless a time is written before it
  in its sentence (上半年,全省16个市中有13个市…: the count of that period's comparison).
- *The cost of projects just counted.* 总投资 right after a count of projects started, signed, finished or put into
  production in a period (计划开工项目10项,总投资56.2亿元; 本次集中签约项目共计31个,计划总投资145.96亿元; 新开工
  亿元以上项目16个、总投资56.67亿元) is what those projects cost: it takes the count's period (a year's list, a
  batch's day) where the rules would read it as a standing cost (``as_of_publication``). A list's projects by kind
  (续建项目21个,总投资1671亿元) and projects to come (拟于2-3年开工建设的) keep the standing cost.
- *A two-year average.* 两年平均增长/增速 in the figure's clause compares the period with the same one two years
  before (``2021Q1-Q3/2019Q1-Q3``) whichever rule found the period (a headline 两年平均增速9.5%!, a sentence
  that carries the quarters from the one before) In a whole year it is the average growth over the two years,
  as 年均 over a span is (两年平均增长6.2% in a 2021 bulletin: ``2020-2021``), unless its clause names the year compared
  with (与2020年相比,两年平均增长2.5%: ``2022/2020``).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_marks import simple_before_clause
from shangyu_analysis.extract.fact_periods import PeriodRules
from shangyu_analysis.text.periods import AS_OF, PeriodFact

# 90个县(市、区)中, 31个省区市中, 15家开发区中有: a set of places or zones picked from (not 中小企业, 中心)
_UNITS_AMONG = re.compile(
    r"[个家]?(?:县|市|州|省|区|开发区|经开区|园区|省份|地市|市州|州市|县区|县市|省区市|县市区)"
    r"(?:[(（][^)）]{1,8}[)）])?中(?![小心央部间型])"
)
# 计划开工项目10项,总投资56.2亿元: the cost of the projects just counted
_COUNT_THEN_TOTAL = re.compile(
    r"(\d+(?:\.\d+)?)(?:多|余)?[个项][，,、](?:计划)?总投资(?:额|规模)?(?:约为|约|超过|超|近|达到|达)?$"
)
# 新开工亿元以上项目16个, 集中签约项目共计31个 (not 拟于2-3年开工建设的重点项目300个: projects to come)
_EVENT_WORDS = re.compile(r"开工|签约|竣工|投产")
_TWO_YEARS = re.compile(r"两年平均(?:增长|增速|增幅)")
_WHOLE_YEARS = re.compile(r"(\d{4})/(\d{4})")  # 2021/2019, as the rules of the span read 两年平均 in a year
_YEAR_OR_PART = re.compile(r"(\d{4})((?:H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?)")
_NOT_TIMES = frozenset({"same"})  # 同比 names no period


class PeriodChecks(PeriodRules):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, applied to
    the period :meth:`PeriodRules.period` found."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if (
            found.value != AS_OF
            and _UNITS_AMONG.match(self.simple, end)
            and self._nearest(self._stop(start), start, _NOT_TIMES) is None
        ):
            return PeriodFact(AS_OF, "inferred", "")
        if found.value == AS_OF and not found.evidence:
            count = _COUNT_THEN_TOTAL.search(self.simple, max(0, start - 24), start)
            done = simple_before_clause(self.simple, count.start(1)) if count is not None else ""
            if count is not None and _EVENT_WORDS.search(done) and "拟" not in done:
                counted = super().period(count.start(1), count.end(1), para_start, None)
                if counted.value != AS_OF and counted.value != "-":
                    return PeriodFact(counted.value, counted.basis, counted.evidence)
        if "两年平均" not in self.simple[max(0, start - 24) : start]:  # the clause lies within those 24 characters
            return found
        return self._two_year_average(found, start)

    def _two_year_average(self, found: PeriodFact, start: int) -> PeriodFact:
        """The period of a two-year average (the module docstring) in the clause before ``start``."""
        if not _TWO_YEARS.search(simple_before_clause(self.simple, start)):
            return found
        if found.evidence.startswith(("与", "比", "较")):
            return found  # 与2020年相比,两年平均增长2.5%: compared with the year written
        if (whole := _WHOLE_YEARS.fullmatch(found.value)) and int(whole.group(1)) - int(whole.group(2)) == 2:
            return PeriodFact(f"{int(whole.group(1)) - 1}-{whole.group(1)}", found.basis, found.evidence)
        if (two := _YEAR_OR_PART.fullmatch(found.value)) and not two.group(2):
            return PeriodFact(f"{int(two.group(1)) - 1}-{two.group(1)}", found.basis, found.evidence)
        if two:
            return PeriodFact(f"{found.value}/{int(two.group(1)) - 2}{two.group(2)}", found.basis, found.evidence)
        return found
