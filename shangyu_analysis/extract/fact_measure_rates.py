"""Rates the chain leaves without a measure (``-``): a growth written without its measure's words
(:class:`MeasureRates`, round 30).

- A bare rate word right after a figure (一般公共预算收入完成27.39亿元,增幅9.8%: fad1_03; 地区生产总值2034.2亿元!
  增长11.1%: fq1_07) is the growth of that figure's measure (``其他:<name>增速`` when that is ``其他``).
- A rate in brackets after a vocabulary term (其中,地区生产总值(7.5%)、规模以上工业增加值(12.7%): fah1_02) is that
  term's growth.
- Rates in brackets after places, the measure written after the list (西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别
  位列…: fah1_02) take the measure after the list.
- A rate in brackets after a place or average it is compared with (增速分别高于全国(5.5%)、全区(6.5%): fah1_02;
  比全国平均水平(3.0%)高15.5个百分点: fx1_02), or a bare 增速 of a place after a race (宁国排在第5,增速达到5.3%:
  f19_09; 紧随其后的是甘孜州,增速6.9%: fah2_09), is the growth last named, within 150 characters.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measure_changes import MeasureChanges
from shangyu_analysis.extract.measures import OTHER, growth_terms, measure_term, vocabulary
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

# the words from a figure to a bare rate right after it: 27.39亿元,增幅 / 2034.2亿元!\n增长 / 亿元\n同比增长
_AFTER_FIGURE_RATE = re.compile(
    r"[-+\d.,]+\s*(?:万亿|亿|万)?(?:元|美元)?\s*[,，、!！\n]\s*(?:同比)?(?:增幅|增速|增长)(?:为|达到|达)?\s*"
)
_RATE_SUBJECT = re.compile(r"(?:同比)?(?:增幅|增速|增长)?")
# a race's bare 增速 (宁国排在第5,增速达到5.3%; 增速分别为7.2%、7%): the words right before the figure
_BARE_RATE = re.compile(r"增速(?:达到|达|为|分别为|分别达)?(?:[\d.]+\s*%、)*$")
_COMPARED = re.compile(r"(?:高于|低于|快于|慢于|比|较)[\u4e00-\u9fff、和]{1,10}[(（]$")
_MARK = re.compile(r"[，,、；;：:。！!\n(（)）]")
# after a rate in brackets: more places with theirs (和灵武市(8.2%)), then the measure up to 分别 or a clause's mark
_BRACKET_LIST = re.compile(
    r"[\d.]+\s*%[)）](?:[和、与及][\u4e00-\u9fff]{1,8}[(（][\d.]+\s*%[)）])*([^，,。；;、(（]{2,16}?)分别"
)
_REACH = 150  # how far back the growth last named may stand
# a race's next place with its bare change (其后是绵阳,同比增长6.6%: fah2_09): the sentence's words before the figure
_PLACE_CHANGE = re.compile(
    r"(?:其[后後]是|[紧緊]随其[后後]的是|随[后後]是|之[后後]是)[\u4e00-\u9fff]{2,6}[,，](?:同比)?(?:增长|增速)(?:为|达到|达)?"
)
# the last of a list of values in brackets after places, joined by 和 (大冶(930.71亿元)和枝江(: fn1_04)
_LAST_IN_LIST = re.compile(r"[^()（）、，,。；;\n]{1,16}[)）](?:和|与|及)[\u4e00-\u9fff]{1,8}[(（]")


class MeasureRates(MeasureChanges):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, after
    :meth:`MeasureChanges.measure`, only on a percentage the chain read as ``-``."""

    _rate_seen: tuple[int, str] = (-1, "")  # the last figure read as a growth term: its start and term

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        last_start, last = self._previous
        term = super().measure(subject, kind, unit, start, sentence_start)
        found = None
        if term == "-" and kind == "percent":
            found = self._rate_term(subject, kind, unit, start, last_start, last)
        elif term == "-" and kind == "money":
            found = self._line_term(kind, unit, start)
        if (
            term == "-"
            and found is None
            and last not in ("", "-")
            and self.simple[start - 1 : start] in ("(", "（")
            and 0 < start - last_start <= 40
            and _LAST_IN_LIST.fullmatch(self.simple, last_start, start)
        ):
            found = last  # 大冶(930.71亿元)和枝江(900.72亿元) (fn1_04): the measure of the one before
        if found is not None:
            term = found
            self._previous = (start, term)
        if term in growth_terms():
            self._rate_seen = (start, term)
        return term

    def _rate_term(
        self, subject: str, kind: str | None, unit: str | None, start: int, last_start: int, last: str
    ) -> str | None:
        simple = self.simple
        if (
            last_start >= 0
            and last != "-"
            and last not in growth_terms()
            and 0 < start - last_start <= 40
            and _RATE_SUBJECT.fullmatch(subject.strip())
            and _AFTER_FIGURE_RATE.fullmatch(PINYIN_GLOSS_RE.sub("", simple[last_start:start]))
        ):
            # 一般公共预算收入完成27.39亿元,增幅9.8% (fad1_03): the growth of the figure just before
            terms = vocabulary().terms
            if last in terms:
                return terms[last].growth
            return f"{last}增速" if last.startswith(OTHER) and not last.endswith("增速") else None
        seen_start, seen = self._rate_seen
        recent = seen if 0 < start - seen_start <= _REACH else None
        if simple[start - 1 : start] in ("(", "（"):
            before = simple[max(0, start - 24) : start - 1]
            cut = max((m.end() for m in _MARK.finditer(before)), default=0)
            if before[cut:] and (named := measure_term(before[cut:] + "增速", kind, unit)[0]) in growth_terms():
                return named  # 地区生产总值(7.5%) (fah1_02)
            if (after := _BRACKET_LIST.match(simple, start, start + 120)) is not None:
                named = measure_term(after.group(1), kind, unit)[0]
                if named in growth_terms():
                    return named  # 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别 (fah1_02)
            if recent and _COMPARED.search(simple, max(0, start - 14), start):
                return recent  # 增速分别高于全国(5.5%) (fah1_02)
        if recent and _PLACE_CHANGE.fullmatch(PINYIN_GLOSS_RE.sub("", simple[self._stop(start, 40) : start])):
            return recent  # 其后是绵阳,同比增长6.6% (fah2_09)
        if recent and _BARE_RATE.search(simple, max(0, start - 24), start):
            return recent  # 宁国排在第5,增速达到5.3% (f19_09)
        return None

    def _line_term(self, kind: str | None, unit: str | None, start: int) -> str | None:
        """The money term that ends the line right before a figure on a line of its own (全省实现地区生产总值\n
        27146.76亿元: fi2_07); None otherwise."""
        if self.simple[start - 1 : start] != "\n":
            return None
        line = self.simple[max(0, start - 31) : start - 1]
        line = line[line.rfind("\n") + 1 :]
        if not line or any(c.isdigit() for c in line):
            return None
        return measure_term(PINYIN_GLOSS_RE.sub("", line), kind, unit)[0]
