"""The day of a batch signed, started or launched at a news event (:class:`PeriodBatchDays`, outermost of the period
rules): project rulings 8 and 11 (``data/corpus/SOURCES.md``). In words:

- *The event's day from 今天 in a dateline's lead.* A lead that writes its day as 今天 after a dateline
  (東方網3月31日消息:今天上午,2020年上海市重大產業項目集中簽約…活動 in fae1_08_shanghai_signing_2020) or as 今天 with the
  day in brackets (今天(1月18日)上午,…宝山区一批重大项目集中启动 in fae1_09_baoshan_projects_2022) gives the event's day
  where the other rules find none.
- *A batch named for its year alone is of the event's day* (ruling 11). 2020年上海市重大产業項目集中簽約暨…活動 or
  2023年招商引资项目集中签约暨落位项目启动活动上,64个项目集中签约 (fz1_11_changchun_signing_2023) names the year the batch
  belongs to, not the period its figures cover: a figure whose year is that name's is of the event's day.
- *A figure of the batch in a sentence telling it signed or started* (本次集中启动项目45个,总投资逾350亿元 in fae1_09;
  活動現場,總投資約1618億元的28個重大產業項目進行了集中簽約 in fae1_08) is of the event's day (ruling 8), where the rules
  carried the event's year to it or read it as a standing size, unless a time is written in its clause.
- *A batch named for a quarter* (湖北四季度重大项目集中开工 heading fae2_07_hubei_projects_q4_2021, 11月5日…举行…集中开工)
  takes its quarter (ruling 8: 2019年第四季度…集中开工 → ``2019Q4``), not the day of the ceremony within it.
- *The text's own day read a year early.* A dateline's day written again after a review of the year before
  (太原2月27日 … 2017年,晋中率先推行… then 2月27日,晋中市举行招商引资项目集中签约仪式 in fae1_06_jinzhong_signing_2018)
  is the event's day of the text's year: the figures the rules gave that day, or a whole year (全年), of the year before
  take the event's year.
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.extract.fact_period_months import PeriodMonths
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD = 320
# 3月31日消息:今天上午, 今天(1月18日)上午: the event's day written as 今天 in the lead
_TODAY = re.compile(
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯|消息)[:：]\s*(?:今天|今日)"
    r"|(?:今天|今日)[(（](?P<m2>\d{1,2})月(?P<d2>\d{1,2})日[)）])"
)
# 本报讯(记者 李如意)日前,…进行重点项目签约 (fad2_08): an event of the text's own day
_LATELY = re.compile(r"讯[ \u3000]*(?:[(（][^)）\n]{0,16}[)）])?[ \u3000]*日前[，,]")
# \n4月1日上午,西藏2022年第一批…45个重点项目集中开复工 (faa2_05): a day opening the first line of the body
_OPENING_DAY = re.compile(r"\n(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上)?[，,]")
_BATCH_EVENT = re.compile(r"集中(?:签约|开工|开竣工|开复工|竣工|启动)|签约(?:活动|仪式)|开工(?:活动|仪式)")
# the batch in the figure's sentence before it: 集中签约, 集中启动, 签约的27个项目
_SIGNED = re.compile(r"签约|集中开工|集中启动|集中开竣工")
_YEAR_NAME = re.compile(r"\d{4}年")
# 湖北四季度重大项目集中开工, 2019年第四季度重大项目集中开工
_QUARTER_BATCH = re.compile(r"(?:第)?([一二三四1-4])季度[^。\n，,]{0,16}?集中(?:开工|签约|开竣工|竣工)")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TIME_IN_CLAUSE = re.compile(r"\d{4}年|\d{1,2}月|今年|当年|年度|全年|年内|以来|累计|截至")


class PeriodBatchDays(PeriodMonths):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if not hasattr(self, "_batch_day"):
            self._find_batch_day()
        day = self._batch_day
        if day is None or found.value == "-":
            return found
        if self._quarter is not None and found.value == day:
            return PeriodFact(self._quarter, found.basis, found.evidence)
        year = day[:4]
        if (
            self._early is not None
            and start > self._early
            and found.value.startswith(str(int(year) - 1))
            and (found.value[4:] == day[4:] or (found.value.isdigit() and found.evidence == "全年"))
        ):
            return PeriodFact(year + found.value[4:], found.basis, found.evidence)
        # a year, or a month carried from an earlier event (继首批…今年5月在中博会发布 … 我省共有8个项目进行现场签约, fae1_07);
        # a quarter, a half or months to date keep the batch's or the report's period
        if self._quarter is not None or not (
            found.value in (AS_OF, year) or (found.value.startswith(year + "M") and "-" not in found.value)
        ):
            return found
        if found.basis == "stated" and _YEAR_NAME.fullmatch(found.evidence or ""):
            return self._named_year(found, start, day)
        if found.basis == "inferred" and self._in_batch_sentence(start):
            return PeriodFact(day, "inferred", "")
        return found

    def _find_batch_day(self) -> None:
        """The event's day (the rules' own or 今天 in the lead), the quarter a batch is named for, and where a day of
        the text read a year early is written (the module docstring)."""
        self._batch_day: str | None = None
        self._quarter: str | None = None
        self._early: int | None = None
        if not day_known(self.date):
            return
        event = self._event_day() if hasattr(self, "_event_day") else None
        day = event[0] if event is not None else self._today_in_lead()
        if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return
        lead = self.simple[:_LEAD]
        if _BATCH_EVENT.search(lead) is None and _SIGNED.search(lead) is None and event is None:
            return
        self._batch_day = day
        title_end = self.simple.find("\n", 0, _LEAD)
        if title_end > 0 and (q := _QUARTER_BATCH.search(self.simple, 0, title_end)) is not None:
            n = _QUARTERS[q.group(1)]
            if (int(day[5:7]) - 1) // 3 + 1 == n:
                self._quarter = f"{day[:4]}Q{n}"
        shifted = f"{int(day[:4]) - 1}{day[4:]}"
        for t, v in zip(self.times, self.values):
            if v == shifted and "年" not in self.simple[t.start : t.end]:
                self._early = t.start
                break

    def _today_in_lead(self) -> str | None:
        """今天 in the lead with the day written (the module docstring, first rule), as the text's date."""
        assert self.date is not None
        m = _TODAY.search(self.simple, 0, _LEAD)
        if m is None:
            return self._other_day_in_lead()
        month, d = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        if (month, d) != (self.date.month, self.date.day):
            return None
        return dt.date(self.date.year, month, d).isoformat()

    def _other_day_in_lead(self) -> str | None:
        """日前 after a byline, or a day opening the body, in a lead telling a batch signed or started."""
        assert self.date is not None
        lately = _LATELY.search(self.simple, 0, _LEAD)
        opening = _OPENING_DAY.search(self.simple, 0, _LEAD) if lately is None else None
        m = lately or opening
        if m is None:
            return None
        stop = min((i for i in (self.simple.find(c, m.end(), m.end() + 120) for c in "。！？\n") if i >= 0), default=-1)
        told = _SIGNED if lately is not None else _BATCH_EVENT  # 日前…进行重点项目签约
        if told.search(self.simple, m.end(), stop if stop > 0 else m.end() + 120) is None:
            return None
        if lately is not None:
            return self.date.isoformat()
        assert opening is not None
        try:
            day = dt.date(self.date.year, int(opening.group(1)), int(opening.group(2)))
        except ValueError:
            return None
        return day.isoformat() if day <= self.date else None

    def _named_year(self, found: PeriodFact, start: int, day: str) -> PeriodFact:
        """A year naming the batch's event (2020年…集中签约…活动) gives the event's day (ruling 11)."""
        at = self.simple.rfind(found.evidence, max(0, start - 300), start)
        if at < 0:
            return found
        name = self.simple[at : at + 40]
        stop = min((i for i in (name.find(c) for c in "。，,；;\n") if i >= 0), default=len(name))
        if _BATCH_EVENT.search(name, 0, stop) is None or self._time_in_clause(start, at + len(found.evidence)):
            return found  # 2019年第一批…集中开工仪式…年度计划投资503.4亿元 (fab1_04): the year's plan keeps its year
        return PeriodFact(day, "stated", found.evidence)

    def _in_batch_sentence(self, start: int) -> bool:
        """Whether the figure's sentence tells the batch signed or started before it, with no time in its clause."""
        begin = self._stop(start, 300)
        stop = FULL_STOP.search(self.simple, start, start + 40)
        after = stop.start() if stop else start + 40
        if _SIGNED.search(self.simple, begin, after) is None:
            return False
        return not self._time_in_clause(start) and not _YEAR_NAME.search(self.simple, begin, start)

    def _time_in_clause(self, start: int, after: int = 0) -> bool:
        """Whether a time (年度, 今年, 2月, 累计) is written in the figure's clause before it (after ``after``)."""
        low = max(0, start - 40, after)
        clause = max(max(self.simple.rfind(c, low, start) for c in "，,；;。\n") + 1, low)
        return _TIME_IN_CLAUSE.search(self.simple, clause, start) is not None
