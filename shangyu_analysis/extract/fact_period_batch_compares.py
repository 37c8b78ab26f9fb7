"""A batch compared with the year before's and a batch carried to a later paragraph (:class:`PeriodBatchCompares`,
round 38, outermost of the period rules): project rulings 8 and 11 (``data/corpus/SOURCES.md``). In words:

- *A batch compared with the year before's.* A change or multiple of the event's batch against last year's
  (较去年第二批集中开工的民生项目总投资提高209%; 单体项目平均总投资额达8.32亿元,是去年的1.7倍 in
  fao2_06_xian_batch2_2018) is the comparison ``day/year-1``, not the event's day alone nor the year before; an
  amount's increase (比去年同期开工项目平均规模增加1.3亿元, fae2_02) keeps the event's day.
- *本次/此次/这批 carry the batch's day.* A breakdown in a later paragraph that names the event's batch (本次集中开工的
  大项目占比高。投资10亿元至50亿元的项目62个 in fao2_06) is of the event's day, where the rules read it as of publication.
- *An earlier batch told before the text's own event.* 继1月9日集中签约…后,今天,…再次举行…集中签约仪式,现场签约项目26个
  (fao1_01_xiangjiang_signing_2016): the figures after 今天 are of the text's day, not the earlier batch's.
- *An announced investment in a signing text's lead.* 中国储能技术有限公司拟投资50亿元 opening fao1_01, a text telling a
  signing of 今天: the amount is of the signing's day, not a year the rules inferred from a review further on.
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_quarter_lists import PeriodQuarterLists
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

# the clause compares with last year's (batch): 较去年第二批…提高, 是去年的1.7倍
_LAST_YEAR = ("较去年", "比去年", "是去年", "較去年", "比上年", "较上年", "較上年")
_RATES = ("%", "％", "倍", "百分点", "百分點")
# 拟投资50亿元 in a signing text's lead (fao1_01_xiangjiang_signing_2016)
_ANNOUNCED = ("拟投资", "擬投資", "拟投资约", "擬投資約")
_SIGNING = ("签约", "簽約")
_LEAD = 320
_CLAUSE_MARKS = "，,；;。！？\n"
# 本次集中开工的, 此次签约, 这批项目: the event's batch named again
_THIS_BATCH = re.compile(
    r"(?:本次|此次|这批|這批)[^。\n]{0,6}?(?:集中|签约|簽約|开工|開工|项目|項目)"
    r"|第[一二三四五六七八九十\d]批集中(?:开工|開工|签约|簽約|开复工|開復工)了?"  # 目前,第一批集中开工了35个 (fn1_03)
)
_TIME = re.compile(r"\d{4}\s?年|\d{1,2}月|今年|去年|上年|同比|年度|全年|以来|累计|截至")
_CARRY = 160  # characters back, within the paragraph, to look for 本次
# 继1月9日集中签约…后,今天,: an earlier batch before the text's own event of today
_EARLIER = re.compile(r"继(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?后[，,]\s*(?:今天|今日)")


class PeriodBatchCompares(PeriodQuarterLists):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _earlier_batches: list[re.Match[str]] | None = None  # 继…后,今天 of the text, found once

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        value = fact.value
        day = self.__dict__.get("_batch_day")  # set (with a known date) by PeriodBatchDays
        if day is not None and value != "-":
            prior = str(int(day[:4]) - 1)
            rate = self.simple[start:end].endswith(_RATES)  # 增加1.3億元 (fae2_02) is an amount of the event's day
            if rate and value in (day, prior) and self._against_last_year(start):
                return PeriodFact(f"{day}/{prior}", fact.basis, fact.evidence)
            if value == AS_OF and self._names_this_batch(start, para_start):
                return PeriodFact(day, "inferred", "")
        if len(value) == 10 and value[4] == "-":
            return self._after_earlier_batch(fact, start)
        if fact.basis == "inferred" and start < _LEAD and self.simple.endswith(_ANNOUNCED, max(0, start - 4), start):
            return self._announced(fact, day)
        return fact

    def _announced(self, fact: PeriodFact, day: str | None) -> PeriodFact:
        """An amount a company announces to invest (拟投资50亿元) in a signing text: the signing's day."""
        if not day_known(self.date):
            return fact
        assert self.date is not None
        lead = self.simple[:_LEAD]
        if not any(w in lead for w in _SIGNING):
            return fact
        if day is None and ("今天" in lead or "今日" in lead):
            day = self.date.isoformat()
        return fact if day is None else PeriodFact(day, "inferred", "")

    def _against_last_year(self, start: int) -> bool:
        """Whether the figure's clause compares with last year's (the module docstring, first rule)."""
        simple = self.simple
        low = max(0, start - 60)
        clause = max(simple.rfind(c, low, start) for c in _CLAUSE_MARKS) + 1
        head = simple[max(clause, low) : start]
        return any(w in head for w in _LAST_YEAR)

    def _names_this_batch(self, start: int, para_start: int) -> bool:
        """Whether 本次/此次 names the event's batch in the paragraph before the figure with no time between."""
        low = max(para_start, start - _CARRY)
        if self.simple.find("\n", low, start) >= 0:
            low = self.simple.rfind("\n", low, start) + 1
        named = [m.start() for m in _THIS_BATCH.finditer(self.simple, low, start)]
        return bool(named) and _TIME.search(self.simple, named[-1], start) is None

    def _after_earlier_batch(self, fact: PeriodFact, start: int) -> PeriodFact:
        """A day of an earlier batch (继1月9日…后,今天,) given to a figure after 今天: the text's day instead."""
        if self._earlier_batches is None:
            self._earlier_batches = list(_EARLIER.finditer(self.simple)) if "继" in self.simple else []
        before = [m for m in self._earlier_batches if start - 200 <= m.end() <= start]
        if not before or not day_known(self.date):
            return fact
        assert self.date is not None
        m = before[-1]
        if any(self.simple.find(c, m.end(), start) >= 0 for c in "。！？\n"):
            return fact
        try:
            earlier = dt.date(self.date.year, int(m.group(1)), int(m.group(2))).isoformat()
        except ValueError:
            return fact
        if fact.value != earlier or _TIME.search(self.simple, m.end(), start) is not None:
            return fact
        return PeriodFact(self.date.isoformat(), "stated", "今天")
