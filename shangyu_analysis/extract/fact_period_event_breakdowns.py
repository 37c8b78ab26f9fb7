"""An event's breakdown and a list's year-end results (:class:`PeriodEventBreakdowns`, round 39, outermost of the
period rules): project rulings 8 and 11 (``data/corpus/SOURCES.md``). In words:

- *An event named for its year, its day known from the lead.* 12月1日,全省开发区2023年第四次“三个一批”活动…举行。本次
  “三个一批”活动,全省共签约233个项目 (fap1_01_shanxi_sangeyipi_2023, a text dated to the month only): the figures of the
  event (本次…活动, or after 2023年第四次…活动 in their paragraph) are of the event's day, not the year of its name.
- *A batch's breakdown after 其中.* 此次集中开工的项目中,…是全年扩投资、稳增长的重要力量。其中,创新与产业类项目753个
  (fap2_07_hunan_projectstarts_2023): 全年 of the sentence before tells the batch's weight, not the breakdown's period;
  the breakdown is of the batch's day.
- *A list's year-end results after 去年.* 1月28日,…发布喜讯,去年我省1182个重点项目完成投资10540亿元…;开工项目492个
  (fap1_06_henan_keyprojects_2020): the clauses after 去年 are of that year, not of the day the news was released.
- *A comparison with a year carried over its clauses.* 与2021年相比,项目总数增加423个,总投资增长9%
  (fap1_05_henan_keyprojects_2022): each change of the sentence after 与2021年相比 is ``2022/2021``.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_batch_compares import PeriodBatchCompares
from shangyu_analysis.text.periods import PeriodFact

_REACH = 300
# 本次“三个一批”活动, 2023年第四次“三个一批”活动: the event's name, once or with its year
_EVENT_NAME = re.compile(r"(?:本次|此次|(?P<y>\d{4})年第[一二三四五六七八九十\d]{1,2}[次批])[^。\n，,；;]{0,12}?活动")
_TIME = re.compile(r"\d{4}\s?年|\d{1,2}月|今年|去年|上年|同比|年度|全年|以来|累计|截至|当年")
# 此次集中开工的项目中, 本次签约: the batch named in the sentences before 其中
_THIS_BATCH = re.compile(r"(?:本次|此次|这批)[^。\n]{0,8}?(?:集中|签约|开工|项目)")
_LAST_YEAR = ("去年", "上年")
# a time written after 去年 or 与2021年相比 (年度 of 占年度目标, 年度计划投资 names a target, not a time)
_NEW_TIME = re.compile(r"\d{4}\s?年|\d{1,2}月|今年|去年|上年|同比|以来|累计|截至|当年")
# 与2021年相比, 同2021年相比
_COMPARED = re.compile(r"[与同和较比](\d{4})年(?:相比|比较|相较)?[，,]")
_CLAUSE_OPEN = ("，", ",", "：", ":", "；", ";")
_CHANGES = ("%", "％", "倍", "百分点")
_CHANGE_WORDS = ("增加", "增长", "减少", "下降", "提高", "扩大")


class PeriodEventBreakdowns(PeriodBatchCompares):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        value = fact.value
        if len(value) == 4 and value.isdigit():
            return self._year_of_event(fact, start, para_start)
        if len(value) == 10 and value[4] == "-" and fact.evidence.endswith("日"):
            return self._after_last_year(fact, start)
        return fact

    def _year_of_event(self, fact: PeriodFact, start: int, para_start: int) -> PeriodFact:
        """A year given to a figure of the event's breakdown or of a comparison (the module docstring)."""
        value = fact.value
        simple = self.simple
        sent = self._stop(start)
        compared = self._compared_year(sent, start, value)
        if compared is not None:
            return PeriodFact(f"{value}/{compared}", fact.basis, fact.evidence)
        day = self.__dict__.get("_batch_day")
        if day is not None:
            # 其中,创新与产业类项目753个 after 是全年扩投资… (fap2_07): the batch's day
            if day[:4] == value and fact.evidence == "全年" and fact.basis == "inferred":
                return self._breakdown(fact, start, para_start, sent, day)
            return fact
        if fact.evidence != f"{value}年" or not hasattr(self, "_event_day"):
            return fact
        if "_evb_event" not in self.__dict__:
            event = self._event_day()
            self._evb_event = event[0] if event is not None and len(event[0]) == 10 else None
        event_day = self._evb_event
        if event_day is None or event_day[:4] != value:
            return fact
        # 本次“三个一批”活动,全省共签约233个项目; 2023年第四次“三个一批”活动。其中,“签约一批”项目19个 (fap1_01)
        low = max(para_start, start - _REACH)
        line = simple.rfind("\n", low, start)
        low = line + 1 if line >= 0 else low
        named = [m for m in _EVENT_NAME.finditer(simple, low, start) if m.group("y") in (None, value)]
        if not named:
            return fact
        after = named[-1].end()
        if _TIME.search(simple, after, start) is not None:
            return fact
        return PeriodFact(event_day, fact.basis, fact.evidence)

    def _compared_year(self, sent: int, start: int, value: str) -> str | None:
        """The year a change is compared with (与2021年相比,…总投资增长9%, fap1_05), or None."""
        simple = self.simple
        if simple.find("相比", sent, start) < 0 and simple.find("相较", sent, start) < 0:
            return None
        head = simple[sent:start]
        found = list(_COMPARED.finditer(head))
        m = found[-1] if found else None
        if m is None or not (int(value) - 3 <= int(m.group(1)) < int(value)):
            return None
        rest = head[m.end() :]
        if _NEW_TIME.search(rest) is not None:
            return None
        if not (simple.endswith(_CHANGES, start, start + 12) or any(w in rest[-12:] for w in _CHANGE_WORDS)):
            return None
        return m.group(1)

    def _breakdown(self, fact: PeriodFact, start: int, para_start: int, sent: int, day: str) -> PeriodFact:
        """A breakdown after 其中 of the batch named before it (the module docstring, second rule)."""
        simple = self.simple
        if not simple.startswith("其中", sent) or _TIME.search(simple, sent, start) is not None:
            return fact
        low = max(para_start, sent - _REACH)
        if _THIS_BATCH.search(simple, low, sent) is None:
            return fact
        return PeriodFact(day, "inferred", "")

    def _after_last_year(self, fact: PeriodFact, start: int) -> PeriodFact:
        """A day (the news's) given to a clause after 去年 in its sentence (the module docstring, third rule)."""
        if self.date is None:
            return fact
        simple = self.simple
        sent = self._stop(start)
        at = max(simple.rfind(w, sent, start) for w in _LAST_YEAR)
        if at < 0 or simple.find(fact.evidence, sent, at) < 0:
            return fact
        # 去年我省…, opening its clause; not 较去年提升5位 nor 高于去年同期 (fo1_07, fy1_06): a comparison
        if simple[at - 1 : at] not in _CLAUSE_OPEN or simple.startswith("同期", at + 2):
            return fact
        year = str(self.date.year - 1)
        if fact.value[:4] not in (year, str(self.date.year)) or _NEW_TIME.search(simple, at + 2, start) is not None:
            return fact
        return PeriodFact(year, "stated", simple[at : at + 2])
