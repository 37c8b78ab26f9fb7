"""The day of the event a news report tells of, and the months a project-progress count covers
(:class:`PeriodEvents`): last checks on the period
:meth:`~shangyu_analysis.extract.fact_period_checks.PeriodChecks.period` found. Conventions: ``../shared/corpus/FACTS.md``.
In words:

- *An investment event's figures are of its day.* A report whose lead opens a sentence on the day an investment
  event was held — a signing ceremony, a trade fair, a launch rally (8月9日,西青区…集中签约仪式…举行; 昨日下午,在新郑
  市情说明暨项目签约仪式上,…; 本报讯 第二届江阴发展大会暨2019经贸洽谈会于昨日举行; (记者…)今天上午,2021上海全球投资
  促进大会举行; 在18日启动的第三届…主题活动中; …项目在…举行。…出席开工仪式: the investment word in the next sentence) — tells what was signed or launched that day: a figure the rules give no time of its own (what holds
  when the text is written, or the year carried from the text's date or the lead), or one its sentence gives to the
  event (会上,216个重大产业项目集中签约; 本次大会发布了…14个特色产业园区), is of that day, inferred, and
  stated in the day's own sentence (a year inside the event's name there, 8月26日上午,“2011年河南省…洽谈会…”举行,
  names the event, not the period) and in one that says 当天 or 当日 (当天下午,…签约5个项目,合同总投资额42亿元). 昨日/昨天 is the day before the dateline's day (or the text's date), 今天/今日
  that day, 29日 a day of the dateline's month. A lead that names a half or quarter as the batch (2023年一季度重大
  项目集中开工; a season's: 秋季重点项目集中开工) keeps the batch's period, a size (年产80万吨…项目) none, and a year's
  plan (年度计划投资, 全年, 今年) keeps its year.
- *Projects started by a month's end are counted over the months.* A count or rate of projects started, resumed,
  finished, built or fixed, or what they invested (开复工164项, 开复工率86%, 已有72个开工建设, 确定…重点工程项目1317项,
  累计完成投资67.1亿元), under a stock-taking day at a month's end (截至8月底,…) is counted over the year's months up to
  it (``2016M1-M8``), as what was invested right after 截至8月底 is; the quarters to date when the text's frame is
  that quarter's (``2018Q1``). The count of the year's list the sentence opens on (190个盟级重点项目开复工164项: 190个)
  is not.
- *A year written away from the launch day.* In a text about a batch launched on a day (:mod:`fact_periods`' launch
  day), a figure of a paragraph that does not write the day, whose own sentence writes its year (初步统计,2022年该市春节
  后外出务工人数22.8万人; 该市纳入2022年省大中型建设项目达211个), is of that year, stated, not of the launch day.
- *A year's investment.* An amount right after 年度计划投资, 年度投资(计划) or 当年计划投资 (总投资847.2亿元,年度计划投资
  322.6亿元; 总投资约693亿元,年度投资约172亿元) is the year's plan: the year of the period in force, not the quarter's
  or the launch day's (a share of it, 完成年度计划的17.6%, is not).
- *A change from a base year the paragraph names.* After 与2002年相比 or 由2002年的… earlier in the paragraph (within
  its last 160 characters), a change's starting value (财政总收入由44.4亿元增加到144.4亿元; 占全省的比重由45.4%提高到
  48.9%) is of that base year (``2002``), an average over the years (年均增长26.6%) of the years after it up to the
  period in force (``2003-2007``) and a multiple grown (分别增长1.2倍) a comparison with it (``2007/2002``), where the
  rules gave the period in force (or the year before it, for the start).
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_checks import PeriodChecks
from shangyu_analysis.extract.fact_period_marks import FULL_STOP, ISO_DAY, YEAR_ONLY, simple_before_clause
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD_REACH = 320  # the lead: the first characters of the text (its title, dateline and first sentences)
# 浙江在线11月29日讯, 本报上海4月7日电, 央广网成都3月30日消息: the dateline's day
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日(?:电|讯|消息)")
# the day opening a sentence (after a dateline's byline) before a comma, or 于昨日举行
_EVENT_DAY = re.compile(
    r"(?:(?<=[。！？!?\n)）])|(?<=讯)|(?<=^)|(?<=于)|(?<=[。，,]在))[ \u3000]*"
    r"(?:(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日|(?P<rel>昨日|昨天|今天|今日))"
    r"(?:上午|下午|晚上|晚间|晚)?(?=[，,]|举行|召开|开幕|启动|在)"
)
_EVENT = re.compile(r"举行|召开|开幕|举办|仪式|大会|洽谈会|活动|会上")
_INVESTMENT = re.compile(r"签约|洽谈|招商|开工|投资[^，,。]{0,4}(?:大会|推介会|博览会|峰会)")
# 2023年一季度重大项目集中开工, 2023年市开发区秋季重点项目集中开工: the batch's period, not its day
_BATCH = re.compile(r"季度|半年|首季|[春夏秋冬]季")
_AT_THE_EVENT = re.compile(
    r"(?:(?<=[，,。！？!?\n])|^)会上|(?:本次|此次|这次)(?:大会|会议|活动|仪式|洽谈会|签约|集中签约)"
)
# a year's plan: 年度计划投资172亿元 (a project's 计划投资1731亿元 at a signing is not: fz2_03_fujian_signing_2022)
_YEAR_WORDS = re.compile(r"年度|全年|年内|今年|当年|计划(?!总?投资)")
_MONTH_END = re.compile(r"(?:截至|截止)[^，,。；;]*?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)$")
_PROGRESS = re.compile(r"开工|复工|竣工|投产|建成|确定|完成投资")
_CLAUSE_BEFORE = re.compile(r"[^，,。；;：:！？!?\n]{0,24}$")
_CLAUSE_AFTER = re.compile(r"[^，,。；;：:！？!?\n]{0,3}")  # 已有72个开工建设 (not 190个盟级重点项目开复工164项)
_MONTHS = {"十": 10, "十一": 11, "十二": 12, **{c: i for i, c in enumerate("一二三四五六七八九", 1)}}
_QUARTERS = {"M1-M3": "Q1", "M1-M6": "H1", "M1-M9": "Q1-Q3"}
_YEAR_AMOUNT = re.compile(r"(?:年度|当年)(?:计划)?投资(?:计划)?(?:约为|约|超过|超|近|达到|达|为)?$")
_YEAR_WRITTEN = re.compile(r"\d{4}年度?")
_BAND = re.compile(r"以上的?项目")
_BASE_REACH = 160
_BASE = re.compile(r"(?:与|比)(\d{4})年相比|(?:由|从)(\d{4})年的")
_FROM_TO = re.compile(r"[^，,。；;]{0,16}?(?:到|至|为)")
_AVERAGE = re.compile(r"年均")
_TIMES_GROWN = re.compile(r"增长[^，,。；;]{0,8}$")


class PeriodEvents(PeriodChecks):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rule of the module docstring."""

    _event: tuple[str, int, int] | None  # the event's day, where its words start and end
    batch_day: str | None = None  # the day of the event the lead reports when it names the batch for a period

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value = found.value
        day = value[4:5] == "-" and ISO_DAY.fullmatch(value) is not None
        if day and found.evidence[:1] in ("截", "至") and (month := _MONTH_END.match(found.evidence)) is not None:
            return self._progress(found, month.group(1), start, end)
        year = len(value) == 4 and value.isdigit()
        if (
            "投资" in self.simple[max(0, start - 10) : start]
            and kind != "percent"
            and _YEAR_AMOUNT.search(self.simple, max(0, start - 10), start)
            and value[:4].isdigit()
            and not year
            and "/" not in value
            and (day or value[4:5] != "-")
            and not _BAND.match(self.simple, end)  # 年度计划投资5000万元以上项目431个: a band of the batch's projects
        ):
            return PeriodFact(value[:4], found.basis, found.evidence)  # 年度计划投资322.6亿元: the year's
        if (
            day
            and value == self.launch_day
            and found.basis == "inferred"
            and _YEAR_WRITTEN.fullmatch(found.evidence)
            and found.evidence in self.simple[self._stop(start) : start]
        ):
            return PeriodFact(found.evidence[:4], "stated", found.evidence)  # 初步统计,2022年该市…22.8万人
        if year and (based := self._from_base(found, start, end, para_start)) is not None:
            return based
        return self._of_event_day(found, start, kind)

    def _of_event_day(self, found: PeriodFact, start: int, kind: str | None) -> PeriodFact:
        """``found``, or the day of the event the lead reports (the module docstring)."""
        if not hasattr(self, "_event"):
            self._event = self._event_day()
        if self._event is None or kind in ("other", "duration"):
            return found
        day, day_start, day_end = self._event
        written = self._stop(start) <= day_start < start  # the day is written in the figure's sentence, before it
        own, words = written, self.simple[day_start:day_end] if written else ""
        if not own and self.writes_that_day and self._that_day(start) is not None:
            # 当天下午,荆州市现场签约5个项目,合同总投资额42亿元: 当天 in its sentence writes the event's day
            own, words = True, "当天"
        if (
            not ISO_DAY.fullmatch(found.value)
            and start > day_end
            and _AT_THE_EVENT.search(self.simple, self._stop(start), start)
        ):
            # 会上,216个重大产业项目集中签约; 本次大会发布了上海第二批14个特色产业园区: what the event did
            return PeriodFact(day, "stated" if own else "inferred", words)
        if found.value not in (AS_OF, day[:4]):
            return found
        if found.evidence and not (written and self._names_event(found, day_end, start)):
            return found  # a time of the figure's own (已, 今年以来, a year written)
        if _YEAR_WORDS.search(simple_before_clause(self.simple, start)):
            return found  # 年度计划投资172亿元: the year's plan
        return PeriodFact(day, "stated" if own else "inferred", words)

    def _progress(self, found: PeriodFact, month: str, start: int, end: int) -> PeriodFact:
        """The months up to ``found``'s month end for a count or rate of projects started, finished or fixed by
        then (the module docstring); ``found`` for any other figure."""
        around = _CLAUSE_BEFORE.search(self.simple, max(0, start - 24), start)
        after = _CLAUSE_AFTER.match(self.simple, end)
        words = (around.group(0) if around else "") + (after.group(0) if after else "")
        if not _PROGRESS.search(words):
            return found
        last = int(month) if month.isdigit() else _MONTHS[month]
        months = f"M1-M{last}" if last > 1 else "M1"  # 截至1月底: January
        quarters = f"{found.value[:4]}{_QUARTERS.get(months, months)}"
        value = quarters if self.frame == quarters else f"{found.value[:4]}{months}"
        return PeriodFact(value, found.basis, found.evidence)

    def _from_base(self, found: PeriodFact, start: int, end: int, para_start: int) -> PeriodFact | None:
        """The period of a change from the base year the paragraph names before the figure (the module docstring);
        None when the figure is no such change or no base is named."""
        starting = self.simple[start - 1 : start] in ("由", "从")
        grown = self.simple.startswith("倍", end)
        if not (starting or grown or "年均" in self.simple[max(0, start - 24) : start]):
            return None  # most figures: a substring test first
        later = int(found.value)
        starting = starting and _FROM_TO.match(self.simple, end) is not None
        clause = simple_before_clause(self.simple, start)
        average = _AVERAGE.search(clause) is not None
        grown = grown and _TIMES_GROWN.search(clause) is not None
        if not (starting or average or grown):
            return None
        lo = max(para_start, start - _BASE_REACH)
        bases = [int(m.group(1) or m.group(2)) for m in _BASE.finditer(self.simple, lo, start - 1)]
        base = bases[-1] if bases else None
        if base is None or not base < later - 1:
            return None
        value = str(base) if starting else f"{base + 1}-{later}" if average else f"{later}/{base}"
        return PeriodFact(value, found.basis, found.evidence)

    def _names_event(self, found: PeriodFact, day_end: int, start: int) -> bool:
        """True when ``found`` is a bare year written between the event's day and the figure (8月26日上午,“2011年河南省
        …洽谈会…”举行,我市有10个项目在会上签约): it names the event."""
        return YEAR_ONLY.fullmatch(found.value) is not None and found.evidence in self.simple[day_end:start]

    def _event_day(self) -> tuple[str, int, int] | None:
        """The day of the investment event the lead reports (the module docstring), with the span of its words;
        None when the lead reports none or the text has no date."""
        if self.date is None:
            return None
        lead = self.simple[:_LEAD_REACH]
        dateline = _DATELINE_DAY.search(lead)
        ref = self.date
        if dateline is not None:
            ref = self._day_of(int(dateline.group(1)), int(dateline.group(2)), self.date) or self.date
        for m in _EVENT_DAY.finditer(lead):
            if dateline is not None and m.start() <= dateline.start() < m.end():
                continue
            stop = FULL_STOP.search(self.simple, m.end())
            sentence = self.simple[m.end() : stop.start() if stop else len(self.simple)]
            if not _EVENT.search(sentence):
                continue
            if not _INVESTMENT.search(sentence):  # …项目在长春高新区举行。…出席开工仪式。: the next sentence names it
                # …举行。\n观点新媒体了解到,河南省共签约项目560个 (fab1_10): the next sentence, past the line's end
                after = (
                    FULL_STOP.search(self.simple, stop.end() + (self.simple[stop.end() : stop.end() + 1] == "\n"))
                    if stop
                    else None
                )
                sentence = self.simple[m.end() : after.start() if after else len(self.simple)] if stop else sentence
                if not _INVESTMENT.search(sentence):
                    continue
            day = self._resolve_day(m, ref)
            if _BATCH.search(sentence):
                self.batch_day = day.isoformat() if day else None  # the day of an event whose batch is named
                return None
            words = m.start("rel") if m.group("rel") else m.start("m") if m.group("m") else m.start("d")
            return (day.isoformat(), words, m.end()) if day else None
        return None

    @staticmethod
    def _resolve_day(m: re.Match[str], ref: dt.date) -> dt.date | None:
        if m.group("rel") in ("昨日", "昨天"):
            return ref - dt.timedelta(days=1) if day_known(ref) else None
        if m.group("rel"):
            return ref if day_known(ref) else None  # 今日 in a text dated by its month or year only: no day
        month, day = int(m.group("m") or ref.month), int(m.group("d"))
        if not m.group("m") and day > ref.day:  # 29日 in a text dated on the 2nd: the month before
            month = (ref.month - 2) % 12 + 1
        return PeriodEvents._day_of(month, day, ref)

    @staticmethod
    def _day_of(month: int, day: int, ref: dt.date) -> dt.date | None:
        """The day ``month``/``day`` of ``ref``'s year (of the year before when it would fall after ``ref``)."""
        try:
            found = dt.date(ref.year, month, day)
            return found if found <= ref else dt.date(ref.year - 1, month, day)
        except ValueError:
            return None
