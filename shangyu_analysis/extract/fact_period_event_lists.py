"""Where a report's day is no investment event's day, and a list of projects on offer (:class:`PeriodEventLists`):
checks on :class:`~shangyu_analysis.extract.fact_period_events.PeriodEvents`' event day (round 24 of the facts
rules). Conventions: ``../shared/corpus/FACTS.md`` and project rulings 8 and 17 (``data/corpus/SOURCES.md``). In
words:

- *A press conference is no investment event.* A lead that opens on the day the reporter learned the figures at a
  press conference (12月14日,记者从市政府新闻办举行的…系列新闻发布会上获悉,当前,全市重点推进的招商引资项目30个,
  总投资额约591亿元: fab2_09_taiyuan_investment_2023) reports what stands when it is told, not what an event signed
  or launched that day: its figures keep what the rules found (``as_of_publication`` for the standing list), not the
  day of the conference.
- *Projects on offer are a standing list.* In a report on an investment event's day, a paragraph away from the day's
  own that presents the projects a place offers to investors (在出团之前,云南省招商局精心挑选了总投资超千亿元的71个
  省级重点招商项目在泛珠网上进行了集中发布。其中,现代农业项目4个,总投资5.8亿元: fw1_06_yunnan_fanzhu_2011; its
  heading 超千亿元的71个省级项目招商) tells a list that stands, not what was signed that day: a figure the rules read
  as what holds when the text is written keeps it.
- *A stock-taking day in the event's sentence.* A day without its month after the event's day (26日,记者…获悉,截至
  25日,长春市已在第十二届中国-东北亚博览会上签约合作项目15个,计划投资金额111.3亿元: fab1_08_changchun_signing_2019)
  is the day the signings are counted to: the event's figures are of it (its own sentence's ``已`` stated), not of
  the day the reporter learned them.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_marks import FULL_STOP
from shangyu_analysis.extract.fact_period_short_years import PeriodShortYears
from shangyu_analysis.text.periods import AS_OF, PeriodFact

_LEARNED = re.compile(r"获悉|了解到|得知")  # the reporter learned it (记者从…新闻发布会上获悉)
_ON_OFFER = re.compile(r"招商(?:引资)?项目|项目招商")  # 71个省级重点招商项目, 71个省级项目招商
# 当天进行现场"云签约"的7个项目…,总投资额达170亿元 (fx2_10_panzhihua_signing_2020): the day's signing
_SIGNED = re.compile(r"签约|当天|当日")
_UP_TO_DAY = re.compile(r"(?<!月)(?:截至|截止)(\d{1,2})日")  # 截至25日: a day of the event's month
_REACH = 300  # the figure's line before it, and a few characters after (a heading's 项目招商)


class PeriodEventLists(PeriodShortYears):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _upto = -1  # where 截至25日 (a day without its month) is written in the event's sentence

    def _event_day(self) -> tuple[str, int, int] | None:
        event = super()._event_day()
        if event is None:
            return None
        stop = FULL_STOP.search(self.simple, event[2])
        sentence = self.simple[event[2] : stop.start() if stop else event[2] + _REACH]
        if "发布会" in sentence and _LEARNED.search(sentence):
            return None  # 12月14日,记者从…新闻发布会上获悉 (fab2_09): the day the reporter learned it
        upto = _UP_TO_DAY.search(sentence) if "截" in sentence else None
        if upto is not None and 0 < int(upto.group(1)) < int(event[0][8:]):
            # 26日,记者…获悉,截至25日,长春市已在…博览会上签约合作项目15个 (fab1_08): the stock-taking day
            self._upto = event[2] + upto.start()
            return (f"{event[0][:8]}{int(upto.group(1)):02d}", event[1], event[2])
        return event

    def _of_event_day(self, found: PeriodFact, start: int, kind: str | None) -> PeriodFact:
        if (
            self._upto >= 0
            and found.evidence == "已"
            and 0 < start - self._upto < 80
            and self._stop(start) <= self._upto
        ):
            # 截至25日,长春市已…签约合作项目15个,计划投资金额111.3亿元 (fab1_08): 已 is of the stock-taking day
            words = self.simple[self._upto : self.simple.find("日", self._upto) + 1]
            return PeriodFact(self._event[0], "stated", words) if self._event else found
        if found.value != AS_OF or self.simple.find("招商", max(0, start - _REACH), start + 8) < 0:
            return super()._of_event_day(found, start, kind)  # most figures: a substring test first
        line = self.line_starts[bisect.bisect_right(self.line_starts, start) - 1]
        if not hasattr(self, "_event"):
            self._event = self._event_day()
        event = self._event
        if event is not None and line <= event[1]:
            return super()._of_event_day(found, start, kind)  # the day's own paragraph
        if _ON_OFFER.search(self.simple, max(line, start - _REACH), start + 8) and not _SIGNED.search(
            self.simple, max(line, self._stop(start)), start
        ):
            return found  # 71个省级重点招商项目 (fw1_06): a list on offer, not the day's signing
        return super()._of_event_day(found, start, kind)
