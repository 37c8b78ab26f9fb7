"""The day of a batch written as a day of the month in the lead (:class:`PeriodBatchLeads`, round 37, outermost of the
period rules): project rulings 8 and 11 (``data/corpus/SOURCES.md``). In words:

- *D日 in the lead, the batch's day.* A lead that writes its event's day as a day of the month alone, after a dateline
  or at the opening, and tells in that sentence of a batch started or signed (黑龙江日报10月11日讯 …金秋,10日,第四次产业
  项目集中开工仪式在海伦市举行,此次共有138个产业项目开工建设 in fan1_01_suihua_starts_2012; 2012年是…第二年,17日,绥化市
  首批217个产业项目同时开工 in fan1_02_suihua_firstbatch_2012; 本报海口11月26日电 (记者…)18日,…(第七批)集中开工和签约
  in fam1_02_hainan_projects_2019) dates the batch: the day is of the dateline's month (else the text's) and the text's
  year, never a year carried from the title (去年11月迄今 in fam1_02). The figures of that sentence read as the year, as of
  publication or as the dateline's day take the event's day, stated; figures after it read as the dateline's day (in any
  year) take the event's day too, or its year where a plan is written in their clause (计划年底前完成投资105亿元).
- *A signed project's amount.* In a text telling of a batch signed, a project's amount written right after 签约额 or
  总投资 in a clause telling it signed (思哲睿醫療機械人項目簽約額3億元 in fan1_04_harbin_signing_2020; 与中核汇能有限公司
  签约的兴隆风电场项目,总投资11亿元 in fan1_03_muling_signing_2019) is of the signing: the batch's day where the rules know
  it, else the text's year (近日…集中签约仪式: no day given), not as of publication.
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_list_colons import PeriodListColons
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD = 320
_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日(?:电|讯|電|訊|消息)")
_DAY = re.compile(r"(?<![\d月])(\d{1,2})日[，,]")
_EVENT = re.compile(
    r"集中(?:开工|签约|開工|簽約|开复工|开竣工|启动|啟動)|同时开工|同時開工|开工仪式|開工儀式|签约仪式|簽約儀式"
)
_SIGNING = re.compile(r"集中签约|集中簽約|签约仪式|簽約儀式|签约活动|簽約活動")
_SIGNED_AMOUNT = ("签约额", "簽約額", "签约金额", "簽約金額", "总投资", "總投資")
_SIGNED = ("签约", "簽約")
_PLAN = re.compile(r"计划|計劃|年底|年内|年內|全年|累计|累計|以来|以來")
_ENDS = "。！？!?\n"
_CARRIED = re.compile(r"as_of_publication|\d{4}(?:M\d{1,2})?")  # a year or a month carried to a title's figure


class PeriodBatchLeads(PeriodListColons):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    # (event day, start of D日, end of its sentence, the dateline's -MM-DD or "", end of a title naming the batch or 0)
    _batch_lead: tuple[str, int, int, str, int] | None

    def _find_batch_lead(self) -> tuple[str, int, int, str, int] | None:
        """The batch's day written as D日 in the lead (the module docstring, first rule)."""
        if "_batch_lead" in self.__dict__:
            return self._batch_lead
        self._batch_lead = None
        date = self.date
        if not day_known(date) or date is None:
            return None
        simple = self.simple
        line = _DATELINE.search(simple, 0, _LEAD)
        begin = line.end() if line is not None else 0
        d = _DAY.search(simple, begin, _LEAD)
        if d is None or (line is not None and d.start() - begin > 80):
            return None
        stop = min((i for i in (simple.find(c, d.end(), d.end() + 150) for c in _ENDS) if i >= 0), default=-1)
        if stop < 0 or _EVENT.search(simple, d.end(), stop) is None:
            return None
        month, base = (int(line.group(1)), int(line.group(2))) if line is not None else (date.month, date.day)
        year = date.year if month <= date.month else date.year - 1
        day = int(d.group(1))
        if not 0 <= base - day <= 10:
            return None
        try:
            event = dt.date(year, month, day).isoformat()
        except ValueError:
            return None
        dateline = f"-{month:02d}-{base:02d}" if line is not None else ""
        title = simple.find("\n", 0, _LEAD)
        named = title > 0 and _EVENT.search(simple, 0, title) is not None and _DAY.search(simple, 0, title) is None
        self._batch_lead = (event, d.start(), stop, dateline, title if named and title < (line or d).start() else 0)
        return self._batch_lead

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if found.value == "-":
            return found
        lead = self._find_batch_lead()
        if lead is not None and start < lead[4] and found.basis == "inferred" and _CARRIED.fullmatch(found.value):
            # the title of the batch's news (绥化第四批产业项目集中开工 138个项目总投资262.3亿元, fan1_01): the event's day
            return PeriodFact(lead[0], "inferred", "")
        if lead is not None and start > lead[1]:
            event, at, stop, dateline, _ = lead
            shifted = bool(dateline) and found.value.endswith(dateline) and len(found.value) == 10
            read = shifted or found.value in (AS_OF, event[:4], str(self.date))
            if start < stop and read and not self._plan_in_batch_clause(start):
                return PeriodFact(event, "stated", self.simple[at : at + 3].rstrip("，,"))
            if shifted and found.value != event:
                if self._plan_in_batch_clause(start):
                    return PeriodFact(event[:4], found.basis, found.evidence)
                return PeriodFact(event, found.basis, found.evidence)
        if found.value == AS_OF:
            return self._signed_batch_amount(found, start)
        return found

    def _plan_in_batch_clause(self, start: int) -> bool:
        """Whether a plan or a total to date (计划年底前, 累计) is written in the figure's clause before it."""
        low = max(0, start - 40)
        clause = max(max(self.simple.rfind(c, low, start) for c in "，,；;。\n") + 1, low)
        return _PLAN.search(self.simple, clause, start) is not None

    def _signed_batch_amount(self, found: PeriodFact, start: int) -> PeriodFact:
        """A signed project's amount (the module docstring, second rule)."""
        simple = self.simple
        before = simple[max(0, start - 6) : start]
        if not before.endswith(_SIGNED_AMOUNT) or not day_known(self.date) or self.date is None:
            return found
        low = max(0, start - 80)
        head = max(simple.rfind(c, low, start) for c in _ENDS) + 1
        if not any(simple.find(s, max(head, low), start) >= 0 for s in _SIGNED):
            return found
        if _SIGNING.search(simple, 0, _LEAD) is None:
            return found
        lead = self._find_batch_lead()
        day = lead[0] if lead is not None else getattr(self, "_batch_day", None) or self.__dict__.get("_lead_day")
        day = day or str(self.date.year)
        return PeriodFact(day, "inferred", "")
