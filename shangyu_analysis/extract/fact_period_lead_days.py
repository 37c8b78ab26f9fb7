"""The day of a batch of projects started or signed, found in the lead where the other rules find none
(:class:`PeriodLeadDays`, outermost of the period rules): project ruling 8 (``data/corpus/SOURCES.md``). In words:

- *A day in the lead of a batch's news.* A lead telling a batch started or signed (集中开工, 集中签约, 签约仪式) writes
  the event's day in a clause of its own, after a comma or with no month (为庆祝…100周年,6月30日,…举行2021年第三批项目
  集中开工仪式 in faf2_06_chuxiong_projects_2021; 昨日上午,…重点项目集中开工仪式举行 in fn2_06; 重大项目集中签约仪式
  8日举行 in faj1_01; …集中签约动工活动于8月28日举办 in fy2_05; 3月10日,香河县16个亿元以上项目集中开工 in fai1_04;
  15日一早,…准备着大规模开工建设 in faa2_06). The day is the text's own or a few days before it.
- *A figure of the batch.* A figure the rules read as of publication, or as the event's year with no time written, in
  a sentence naming the batch (禄丰市集中开工项目共35项,总投资25.70亿元; 本次集中簽約項目共266個; 此次集中開工的…20個重點
  項目; 从此次集中签约的项目类别看,外商投资项目21个; 也在当天开工) is of the event's day (ruling 8), inferred, unless
  a stock (截至, 累计, 目前) or a time is written in its clause.
- *A batch named for its year alone* (元谋县2021年第三批集中开工项目共23项 in faf2_06) is of the event's day
  (ruling 11), as the batch-day rules read it where they find the day.
- *当年 naming a cohort of firms* (全市63户当年新建投产企业中有18户产值超亿元 under the title 上半年全市规上工业生产增势
  向好 in fah2_02_yichun_industry_h1_2024): the figures of its paragraph read by 当年 are of the title's part of the year.
- *The year's plan of a batch* (年度计划完成投资3.41亿元, 年内计划完成投资9.9亿元 in faf2_06) is of the event's year.

Once per text: the lead (≤ 400 characters) is searched for the day. Per figure: its sentence (≤ 200 characters back,
≤ 40 ahead), only for a figure read as of publication or a bare year.
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.extract.fact_period_cumulations import PeriodCumulations
from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEAD = 400
_BATCH = re.compile(r"集中(?:签约|开工|开复工|开竣工|启动)|签约(?:仪式|活动)|开工(?:仪式|活动)")
# 6月30日, 8日举行, 于8月28日举办, 昨日上午 (not a dateline's 9月8日电)
_DAY = re.compile(r"(?<![\d月])(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?!电|讯|消息|[\d])|(?P<rel>昨日|昨天|今天|今日)")
_HELD = re.compile(r"举[行办辦]|舉[行辦]|开工|签约|启动")
_UP_TO = ("至", "止", "到")  # 截至, 截止, 到: the day a stock is taken
_DAYS_BEFORE = 7  # how long before the text's date the event may be
# the figure's sentence names the batch
_OF_BATCH = (
    "集中开工",
    "集中签约",
    "集中开复工",
    "集中开竣工",
    "集中启动",
    "此次",
    "本次",
    "当天",
    "开工项目",
    "签约项目",
)
_STANDING = re.compile(r"截至|截止|累计|目前|以来|\d{4}年|\d{1,2}月|今年|当年|年度|全年|年内|计划完成")
_YEAR_NAME = re.compile(r"(\d{4})年第[一二三四五六七八九十\d]+批[^，,。；;]{0,12}集中(?:开工|签约|开复工|开竣工)")
_COHORT = ("新建", "新投产", "新增", "新入规", "新纳统")  # 当年新建投产企业: firms of the year
_YEAR_PLAN = re.compile(r"(?:年度|年内)计划完成投资(?:约|为|达)?$")


class PeriodLeadDays(PeriodCumulations):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value = found.value
        if not (value == AS_OF or (len(value) == 4 and value.isdigit())):
            return found
        if found.evidence == "当年" and len(value) == 4 and (cohort := self._cohort_part(value, start, para_start)):
            # 全市63户当年新建投产企业中有18户产值超亿元 under the title 上半年全市规上工业生产增势向好
            # (fah2_02_yichun_industry_h1_2024): 当年 names the firms' cohort, the report's part of the year holds
            return PeriodFact(value + cohort, found.basis, found.evidence)
        if "_lead_day" not in self.__dict__:
            self._lead_day = self._find_lead_day()
        day = self._lead_day
        if day is None or (value != AS_OF and value != day[:4]):
            return found
        return self._of_lead_day(found, start, day)

    def _of_lead_day(self, found: PeriodFact, start: int, day: str) -> PeriodFact:
        """The event's day (or year) for a figure of the batch (the module docstring), else ``found``."""
        value = found.value
        begin = self._stop(start)
        before = self.simple[begin:start]
        if value == AS_OF and _YEAR_PLAN.search(before) is not None:
            # 年度计划完成投资3.41亿元 (faf2_06_chuxiong_projects_2021): the year's plan of the batch
            return PeriodFact(day[:4], "inferred", "")
        if found.basis == "stated" and (named := _YEAR_NAME.search(before)) is not None:
            if named.group(1) == day[:4] and _STANDING.search(before, named.end()) is None:
                # 元谋县2021年第三批集中开工项目共23项 (faf2_06_chuxiong_projects_2021): ruling 11, the event's day
                return PeriodFact(day, "inferred", "")
            return found
        if found.basis != "inferred" or found.evidence:
            return found
        stop = FULL_STOP.search(self.simple, start, start + 40)
        sentence = self.simple[begin : stop.start() if stop else start + 40]
        in_title = len(self.line_starts) > 1 and start < self.line_starts[1]
        # a title telling the batch: 楚雄州197个重点项目开工总投资183亿元 (faf2_06_chuxiong_projects_2021)
        told = any(w in sentence for w in _OF_BATCH) or (in_title and _HELD.search(sentence) is not None)
        if not told or _STANDING.search(before) is not None:
            return found
        # 禄丰市集中开工项目共35项,总投资25.70亿元 under 6月30日,…举行2021年第三批项目集中开工仪式
        # (faf2_06_chuxiong_projects_2021): a figure of the batch is of the event's day (ruling 8)
        return PeriodFact(day, "inferred", "")

    def _find_lead_day(self) -> str | None:
        """The day of the batch the lead tells started or signed (the module docstring); None when the other rules
        found it (their batch day) or the lead tells none."""
        if not day_known(self.date) or getattr(self, "_batch_day", None) is not None:
            return None
        assert self.date is not None
        lead = self.simple[:_LEAD]
        if _BATCH.search(lead) is None:
            return None
        for m in _DAY.finditer(lead):
            stop = FULL_STOP.search(lead, m.end())
            if (
                _HELD.search(lead, m.end(), stop.start() if stop else len(lead)) is None
                or lead[m.start() - 1 : m.start()] in _UP_TO
            ):
                continue  # 截至3月31日,已开工137个 (fy1_06_hengshui_projects_2025): a stock-taking day, no event
            day = self._day_at(m)
            if day is not None and dt.timedelta(0) <= self.date - day <= dt.timedelta(days=_DAYS_BEFORE):
                return day.isoformat()
            return None
        return None

    def _cohort_part(self, year: str, start: int, para_start: int) -> str | None:
        """The title's part of the year when 当年 before the figure in its paragraph names a cohort of firms."""
        at = self.simple.rfind("当年", max(para_start, start - 300), start)
        if at < 0 or not self.simple.startswith(_COHORT, at + 2):
            return None
        return self._title_part(year)

    def _day_at(self, m: re.Match[str]) -> dt.date | None:
        """The date ``m`` writes, of the text's year (and month when it writes none)."""
        assert self.date is not None
        rel = m.group("rel")
        if rel:
            return self.date - dt.timedelta(days=1) if rel in ("昨日", "昨天") else self.date
        month = int(m.group("m")) if m.group("m") else self.date.month
        try:
            return dt.date(self.date.year, month, int(m.group("d")))
        except ValueError:
            return None
