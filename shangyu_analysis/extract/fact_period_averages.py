"""Two-year averages of a whole year and counts of projects on offer (:class:`PeriodAverages`, next to outermost of the
period rules). In words:

- *A two-year average of a year.* 两年平均增长/增速 in the figure's clause compares the year with the year two years
  before (project ruling 10, ``2021/2019``), as it does for a half or quarters (``2021H1/2019H1``): 两年平均增长5.9%
  in a 2021 bulletin (fs1_07_shandong_targets_2022; fu1_05_fengqing_bulletin_2021, fk2_13_guangxi_review_2022) is
  ``2021/2019``, not the span ``2020-2021`` the later checks of :mod:`fact_period_checks` read for a whole year.
- *A count of projects on offer.* The projects a place offers to investors (福建推出149項省級重點招商項目,總投資約為
  1222億元…其中,工業項目49項,總投資321.2億元 in fk2_11_fujian_projects_2009; 71个省级重点招商项目…其中,现代农业项目
  4个 in fw1_06_yunnan_fanzhu_2011) are a standing list, as their 总投资 already is: a count of them with no time
  written near it is ``as_of_publication`` (inferred), not a month or an event's day the rules carried to it, unless
  a batch launched or signed (签约, 开工, 竣工, 当天) is told from the list's line to the count.
- *The cost of a yearly list's projects just counted.* 总投资 right after a count of a list's projects (续建项目10项,
  总投资531.5亿元 in fq2_10_shijiazhuang_projects_2019; 基础设施项目247个,总投资1310亿元 in ft1_03_jiangxi_projects_2023;
  交通项目38个 / 总投资1297亿元 in fu1_06_quanzhou_keyprojects_q1_2024) is what the counted projects cost: it takes the
  year or part of a year the count was found to have (project ruling 17: the year the list is named for), where the
  rules read it as a standing cost. A count with no such period (a day, ``as_of_publication``, projects on offer)
  and projects to come (拟于2-3年开工建设的重点项目300个) leave it alone.
- *A size inside a project's name.* A capacity written in a project's, a line's or a plant's name (新疆晶晖新材料有限公司
  年产10万吨高纯多晶硅项目, 喀什华电2×66万千瓦热电联产项目 in fl2_03_xinjiang_projects_q1_2024; 吉化120万吨乙烯项目 in
  fq1_05_jilin_halfyear_2023) names the project (project ruling 7): it has no time, ``-`` (unknown), not the period
  of the news around it.
- *A year of the Republic heading a table's row.* In a text that counts years in the Republic of China's calendar
  (民國 100 年 11 月), a table laid out one cell a line under a 年度 header starts each row with the bare year (年度 /
  二級產業人數 / … then 85 / 18,031 / 37.73％ in c05_neihu_industry): the row's figures are of that year (85 → ``1996``,
  year 1 = 1912), stated by it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_event_days import PeriodEventDays
from shangyu_analysis.extract.fact_period_marks import simple_before_clause
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_TWO_YEARS = re.compile(r"两年平均(?:增长|增速|增幅)")
_SPAN_OF_TWO = re.compile(r"(\d{4})-(\d{4})")
_ON_OFFER = re.compile(r"招商(?:引资)?项目|项目招商")  # 149项省级重点招商项目, 71个省级项目招商
# a batch launched or signed (集中开工的…招商引资项目77个, 重点招商项目…开竣工活动, 平均每天开工4个…招商引资项目)
_SIGNED = re.compile(r"签|开工|竣工|投产|当天|当日|每天")
_REACH = 300
# 续建项目10项,总投资; 前期项目3项(市级2项、县级1项)。总投资; 其他项目478个 / 总投资: the count just before
_COUNT_THEN_TOTAL = re.compile(
    r"(\d+(?:\.\d+)?)(?:多|余)?[个项](?:[(（][^)）]{1,24}[)）])?[，,、。;；]?\s*(?:计划|协议|概算)?总投资(?:额|规模)?"
    r"(?:约为|约|超过|超|近|达到|达)?\s*$"
)
_YEAR_OR_PART = re.compile(r"\d{4}(?:H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?")
# 10万吨, 66万千瓦, 5GW, 750千伏, 40万立方米, 20万锭, 1420万条: a capacity
_CAPACITY = re.compile(r"(?:吨|千瓦|GW|GWh|MW|千伏|立方米|万锭|万条)$")
_CAPACITY_ENDS = frozenset("吨瓦Wh伏米锭条")  # a one-character test before the regex
# …高纯多晶硅项目, …输变电工程, …碳纤维原丝生产线: the name goes on to the project within its clause
_NAMED = re.compile(r"[^，,。；;、\n]{0,18}?(?:项目|工程|生产线|装置)")
_ROW_YEAR = re.compile(r"\d{2,3}")  # 85, 100: a bare year of the Republic on its own line


class PeriodAverages(PeriodEventDays):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _republic: bool | None = None  # whether the text writes 民国 (found once)

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if self._republic is None:
            self._republic = "民国" in self.simple
        if self._republic and (row := self._row_year(start)) is not None:
            return row
        if (
            self.simple[end - 1 : end] in _CAPACITY_ENDS
            and found.value != "-"
            and _CAPACITY.search(self.simple, max(start, end - 3), end)
            and _NAMED.match(self.simple, end)
        ):
            return PeriodFact("-", "unknown", "")
        if found.value == AS_OF and not found.evidence and self.simple.find("总投资", max(0, start - 16), start) >= 0:
            return self._list_cost(found, start, para_start)
        if kind == "count" and found.basis == "inferred" and not found.evidence and found.value not in (AS_OF, "-"):
            return self._on_offer(found, start, end)
        # cheap tests first: a span of two whole years, 两年平均 within the 24 characters of the clause
        if (
            len(found.value) != 9
            or not (span := _SPAN_OF_TWO.fullmatch(found.value))
            or int(span.group(2)) - int(span.group(1)) != 1
            or "两年平均" not in self.simple[max(0, start - 24) : start]
            or found.evidence.startswith(("与", "比", "较"))
            or not _TWO_YEARS.search(simple_before_clause(self.simple, start))
        ):
            return found
        later = int(span.group(2))
        return PeriodFact(f"{later}/{later - 2}", found.basis, found.evidence)

    def _on_offer(self, found: PeriodFact, start: int, end: int) -> PeriodFact:
        """A count of projects on offer (the module docstring) is a standing count."""
        low = max(0, start - _REACH)
        if self.simple.find("招商", low, end + 16) < 0 or self.simple.find("项目", max(0, start - 12), end + 12) < 0:
            return found  # most counts: substring tests first
        offers = list(_ON_OFFER.finditer(self.simple, low, end + 16))
        if not offers:
            return found
        line = self.line_starts[bisect.bisect_right(self.line_starts, offers[-1].start()) - 1]
        if _SIGNED.search(self.simple, max(low, line), end + 16):
            return found
        return PeriodFact(AS_OF, "inferred", "")

    def _row_year(self, start: int) -> PeriodFact | None:
        """The year of the Republic that starts the table row of ``start`` (the module docstring), if any."""
        blank = self.simple.rfind("\n\n", max(0, start - 120), start)
        if blank < 0 or self.simple.find("年度", max(0, blank - _REACH), blank) < 0:
            return None
        first, newline, _ = self.simple[blank + 2 : start].partition("\n")
        label = first.strip()
        if not newline or not _ROW_YEAR.fullmatch(label) or not 0 < int(label) <= 150:
            return None
        return PeriodFact(str(1911 + int(label)), "stated", label)

    def _list_cost(self, found: PeriodFact, start: int, para_start: int) -> PeriodFact:
        """总投资 of the projects just counted (the module docstring) takes the count's year or part of a year."""
        count = _COUNT_THEN_TOTAL.search(self.simple, max(0, start - 48), start)
        if count is None or "拟" in simple_before_clause(self.simple, count.start(1)):
            return found  # 拟于2-3年开工建设的重点项目300个 (fm1_03): projects to come keep the standing cost
        counted = self.period(count.start(1), count.end(1), para_start, "count")  # this chain: projects on offer
        if _YEAR_OR_PART.fullmatch(counted.value):
            return PeriodFact(counted.value, counted.basis, counted.evidence)
        return found
