"""A batch named for a month or quarter in the lead, and a yearly plan's counts and completion rates
(:class:`PeriodBatchNames`, outermost of the period rules): project rulings 8 and 17 (``data/corpus/SOURCES.md``).

- *A batch named for a month or a quarter in the lead.* 德州招商引资项目5月份集中开工暨签约仪式 (faf1_02_yucheng_signing_2021)
  or 舉行2022年中部區縣二季度重點項目集中開工活動 (faf1_08_langfang_projects_2022) names the period of its batch (ruling 8:
  a batch named for a FACTS.md period takes that period). The batch's figures the rules read as the ceremony's day (or
  the dateline's), or as the event's year inferred, take that month or quarter, unless a time is written in their
  clause (今年計劃投資79.24億元 keeps the year). The ceremony's day must lie in the period named.
- *A state at a month's end* (ruling 19): 3月末,全县本外币存贷余额440.95亿元 (fae2_01_youyang_q1_2025) read as that month
  takes its last day; 截至6月底, 累计 or 以来 before it is a span to that day and keeps what the rules found; 年末 keeps
  the year. A quarter's end (一季度末) is left: the gold reads it both ways (fac2_06 the day; c04, fab1_06 the quarter).
- *A yearly plan's counts and completion rates.* 1775个省级重大项目年度计划投资完成率62.62% (faf2_08_yunnan_keyprojects_h1_2025):
  the count of the yearly list is of the year (ruling 17; not a count picked out by its rate, 等139个…完成率超过80%); the completion rate of the yearly plan read as one month
  (a month carried from 6月初 before it) is the months to date of that month (``2025H1``).
"""

from __future__ import annotations

import calendar
import re

from shangyu_analysis.extract.fact_period_batch_days import PeriodBatchDays
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD = 320
_EVENT = r"[^。\n，,]{0,16}?集中(?:开工|签约|开竣工|开复工|竣工|启动)"
# 二季度重点项目集中开工, 第一季度…集中签约
_QUARTER_NAME = re.compile(r"(?:第)?([一二三四1-4])季度" + _EVENT)
# 5月份集中开工暨签约 (月份: a bare 5月 before a day is the ceremony's date)
_MONTH_NAME = re.compile(r"(\d{1,2})月份" + _EVENT)
_PLACE_COUNTED = ("市", "县", "区", "州", "镇")
_OWN_DAY = re.compile(r"截至|截止|\d日")
# 占总投资20%以上 (fr2_01), 代表400多人参加会议 (fu1_01): a share or the people at the ceremony are not the batch's size
_NOT_SIZES = ("%", "人")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TIME_IN_CLAUSE = re.compile(r"\d{4}年|\d{1,2}月|今年|当年|年度|全年|年内|年计划|每年|以来|累计|截至|目前")
# 截至3月24日,四川581个在建重点项目已全部复工 (fm1_02): a day written in the sentence is the figure's own
_CLAUSE_MARKS = "，,;；。！？!?\n:："
_YEARLY_PLAN = "年度计划"
# 年度计划投资完成率, 年度计划完成率: the rate follows; 完成年度计划 or 年度计划投资1390亿元 is another shape
_PLAN_RATE = re.compile(r"(?:投资)?完成率")
_RATE = re.compile(r"完成率(?:超过|达到|达|为)?$")
# 6月末,生猪存栏5.57万头: a state at a month's end (ruling 19)
_MONTH_END = re.compile(r"(\d{1,2})月(?:末|底)")
_SPAN_WORDS = ("截至", "截止", "到", "至", "累计", "以来")
_MONTH_VALUE = re.compile(r"(\d{4})M(\d{1,2})")


class PeriodBatchNames(PeriodBatchDays):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if found.value == "-":
            return found
        if not hasattr(self, "_batch_name"):
            self._find_batch_name()
        if self._batch_name is not None:
            named = self._of_batch_name(found, start, end)
            if named is not None:
                return named
        return self._of_month_end(self._of_yearly_plan(found, start, end), start)

    def _find_batch_name(self) -> None:
        """The month or quarter a batch of the lead is named for, if the ceremony's day lies in it."""
        self._batch_name: str | None = None
        day = getattr(self, "_batch_day", None)
        if day is None and self.date is not None and day_known(self.date):
            # 5月26日電…26日,…舉行…二季度重點項目集中開工活動 (faf1_08): no event day found, the text's own day
            day = self.date.isoformat()
        if day is None:
            return
        year, month = day[:4], int(day[5:7])
        lead = self.simple[:_LEAD]
        if (q := _QUARTER_NAME.search(lead)) is not None:
            n = _QUARTERS[q.group(1)]
            if (month - 1) // 3 + 1 == n:
                self._batch_name = f"{year}Q{n}"
        elif (m := _MONTH_NAME.search(lead)) is not None and int(m.group(1)) == month:
            self._batch_name = f"{year}M{month}"

    def _of_batch_name(self, found: PeriodFact, start: int, end: int) -> PeriodFact | None:
        """The batch's period for a figure read as a day of its month, or as its year inferred (module docstring)."""
        name = self._batch_name
        assert name is not None
        year = name[:4]
        value = found.value
        of_day = len(value) == 10 and value.startswith(year) and self._in_batch_name(value)
        of_year = value in (year, AS_OF) and found.basis != "stated"
        # 瀘州等20個市州…設分會場 (fy2_07_sichuan_starts_q4_2016): the places holding the ceremony keep its day
        if not (of_day or of_year) or value == name or self.simple[end : end + 1] in _PLACE_COUNTED:
            return None
        if self.simple[end - 1 : end] in _NOT_SIZES:
            return None
        lo = max(0, start - 60)
        clause = self.simple[lo:start]
        cut = max(clause.rfind(c) for c in _CLAUSE_MARKS)
        if _TIME_IN_CLAUSE.search(clause[cut + 1 :]) is not None:
            return None
        if of_day and _OWN_DAY.search(clause, max(clause.rfind(c) for c in "。！？!?\n") + 1) is not None:
            return None
        return PeriodFact(name, "inferred", found.evidence)

    def _in_batch_name(self, day: str) -> bool:
        name = self._batch_name
        assert name is not None
        month = int(day[5:7])
        if name[4] == "Q":
            return (month - 1) // 3 + 1 == int(name[5])
        return month == int(name[5:])

    def _of_yearly_plan(self, found: PeriodFact, start: int, end: int) -> PeriodFact:
        """A yearly list's count is of the year; its completion rate read as one month is of the months to date."""
        simple = self.simple
        if simple.startswith("个", end - 1):
            after = simple[end : end + 24]
            at = after.find(_YEARLY_PLAN)
            if (
                at >= 0
                and _PLAN_RATE.match(after, at + len(_YEARLY_PLAN)) is not None
                and not any(c in after[:at] for c in _CLAUSE_MARKS)
                and not simple.startswith("等", start - 1)
                and found.value[:4].isdigit()
                and found.value != found.value[:4]
            ):
                return PeriodFact(found.value[:4], found.basis, found.evidence)
            return found
        m = _MONTH_VALUE.fullmatch(found.value)
        if m is None or simple.find(_YEARLY_PLAN, max(0, start - 16), start) < 0:
            return found
        if _RATE.search(simple, max(0, start - 8), start) is None:
            return found
        n = int(m.group(2))
        if n < 2:
            return found
        span = {3: "Q1", 6: "H1", 12: ""}.get(n, f"M1-M{n}")
        return PeriodFact(m.group(1) + span, found.basis, found.evidence)

    def _of_month_end(self, found: PeriodFact, start: int) -> PeriodFact:
        """A figure read as the month whose end its sentence names before it takes that end's day."""
        value = found.value
        if len(value) < 6 or value[4] != "M" or "-" in value:
            return found
        simple = self.simple
        lo = max(0, start - 60)
        at = simple.rfind("月", lo, start)
        if at < 0:
            return found
        lo = self._stop(start, 60)  # the figure's sentence, at most 60 characters back
        window = simple[lo:start]
        if "末" not in window and "底" not in window:
            return found
        ends = _MONTH_END.findall(window)
        if not ends or any(w in window for w in _SPAN_WORDS):
            return found
        year = int(value[:4])
        month = int(ends[-1])
        if value != f"{year}M{month}" or not 1 <= month <= 12:
            return found
        return PeriodFact(f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", "stated", f"{month}月末")
