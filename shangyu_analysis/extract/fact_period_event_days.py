"""The day of an event a report names by its day of the month alone (:class:`PeriodEventDays`, outermost of the
period rules). In words:

- *A day of the month with no month, the text's own day.* A news report opens with the day its event happened on,
  written as 3日 with no month (客家摇篮江西省赣州市3日举行重大项目联合开工会,联合开工项目242个 in
  fad1_04_ganzhou_starts_2022, dated 2022-08-03; 记者4日从河北省唐山市政府了解到,通过线上视频连线签约…总投资616亿元的
  17个项目日前签约 in fad2_04_caofeidian_signing_2020; 15日一早…准备着大规模开工建设 in faa2_06_lhasa_starts_2020).
  When that day is the text's date's and its sentence tells of projects started or signed (开工, 签约), the event is
  of that day: a figure the other rules leave as of publication (no time written for it) is of the day, inferred
  (stated in the sentence that writes the day when the day is the event's own: 3日举行); not a yearly rate (每年)
  or a total over years (累计) written just before the figure.
- *A change since the start of the year.* 比年初 (比重比年初增加0.71个百分点 in fac2_11_heze_hightech_h1_2015; 占比比年初
  增加百分点前三名分别为威海、聊城、德州,增幅分别为0.87、…) compares the period in force with the level at the start of the
  year, the end of the year before (ruling 5: ``2015H1/2014``), for the figures after it in its sentence.
- *截至目前 carried on.* A sentence that opens with 截至目前 tells what holds when the text is written, and so do the
  sentences after it in its paragraph up to the next time written (截至目前,昭通…六州市的项目落地率均达到或超过30%…。
  全省375亿元到位资金中,昆明市到位217.2亿元 in fac1_01_yunnan_signing_h1_2015: ``as_of_publication``, inferred), not
  the period the paragraph opened with.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_changes import PeriodChanges
from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.text.periods import AS_OF, PeriodFact, year_of

_LEAD = 400  # where the day must stand: the title and the lead
_BARE_DAY = re.compile(r"(?<![月\d])(\d{1,2})日")
_EVENT = ("开工", "签约", "开竣工")
# not what was done that day: a yearly rate (计划每年滚动谋划推进1000个以上省重大项目 in fr2_01_zhejiang_projects_2023) or
# a total over years (近十余年曹妃甸累计投入资金近5000亿元 in fad2_04_caofeidian_signing_2020)
_NOT_THAT_DAY = ("每年", "累计")
_SINCE_REACH = 60  # 比年初 before the figure, in its sentence
_NOW_REACH = 150  # 截至目前 carried on within its paragraph
_NOW = ("截至目前", "截止目前", "到目前为止", "目前")
_OPENS = "。\n,，"  # what 截至目前 opening a clause stands after (not 发展到目前的1735个, 是目前安徽唯一)
_HELD = ("举行", "举办", "召开")  # 3日举行: the day is the event's own


class PeriodEventDays(PeriodChanges):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _bare_day: tuple[str, int, int, bool] | None = None  # (day, sentence start, end, held)
    _bare_day_read: bool = False  # whether _bare_day has been looked for

    def _day_of_event(self) -> tuple[str, int, int, bool] | None:
        """The text's own day written as a bare day of the month in its lead with an event in its sentence, found
        once per text, else None."""
        if not self._bare_day_read:
            self._bare_day_read = True
            simple, date = self.simple, self.date
            if date is not None and "日" in simple[:_LEAD]:
                for m in _BARE_DAY.finditer(simple, 0, _LEAD):
                    if int(m.group(1)) != date.day:
                        continue
                    start = self._stop(m.start(), m.start())
                    stop = FULL_STOP.search(simple, m.end())
                    end = stop.start() if stop else len(simple)
                    if any(simple.find(w, start, end) >= 0 for w in _EVENT):
                        held = simple.startswith(_HELD, m.end())
                        self._bare_day = (date.isoformat(), start, end, held)
                    break
        return self._bare_day

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        since = self._since_year_start(start, fact)
        if since is not None:
            return since
        if year_of(fact.value) is not None and self._after_now(start):
            return PeriodFact(AS_OF, "inferred", "截至目前")
        if fact.value != AS_OF or fact.evidence:
            return fact  # most figures: a period found, or as of publication by 已/现有
        found = self._day_of_event()
        if found is None:
            return fact
        near = self.simple[max(0, start - 30) : start]
        if any(w in near for w in _NOT_THAT_DAY):
            return fact
        day, lo, hi, held = found
        basis = "stated" if held and lo <= start < hi else "inferred"
        return PeriodFact(day, basis, day)

    def _since_year_start(self, start: int, fact: PeriodFact) -> PeriodFact | None:
        """A figure after 比年初 in its sentence compared with the year before (the module docstring), else None."""
        simple = self.simple
        at = simple.find("年初", max(0, start - _SINCE_REACH), start)
        # not 比年初的四成几 (c03_hk_trade_retail_2021: the level then, a figure of its own)
        if at < 1 or simple[at - 1] not in "比较較" or simple.startswith("的", at + 2) or "/" in fact.value:
            return None
        year = year_of(fact.value)
        if year is None or FULL_STOP.search(simple, at, start) is not None:
            return None
        return PeriodFact(f"{fact.value}/{year - 1}", fact.basis, simple[at - 1 : at + 2])

    def _after_now(self, start: int) -> bool:
        """Whether the last time written before the figure is 截至目前 in an earlier sentence of its paragraph."""
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k < 0:
            return False
        t = self.times[k]
        simple = self.simple
        # 截至目前 opening its sentence, not 发展到目前的1735个 or 目前安徽唯一 inside one
        if t.kind != "asof" or not t.words.startswith(_NOW) or (t.start and simple[t.start - 1] not in _OPENS):
            return False
        if t.words == "目前" and not simple.startswith((",", "，"), t.end):
            return False  # 目前, opening a clause; not 目前安徽唯一
        if start - t.end > _NOW_REACH or simple.find("。", t.end, start) < 0:
            return False
        # its paragraph, up to a question or a quotation (这意味着什么?…“不过,新进位的4个‘千亿县’ in fs2_04)
        return not any(simple.find(c, t.end, start) >= 0 for c in "\n?？“")
