"""Measures of rates given 分别 after a list of measures, and of a synonym the vocabulary lacks
(:class:`MeasureRespective`, round 38).

- Rates given 分别 after the measures they belong to (完成地区生产总值1540亿元,完成财政总收入219亿元,同比分别增长11%、8%:
  fao1_01; 社会消费品零售总额、固定资产投资、出口额分别增长7.3%、6.6%、22.4%: fao1_06) take, in order, the growth terms
  of the last measures named before 分别 in their sentence, one measure a rate, not 其他:同比增速.
- A value on a line that goes on from a heading (●全省GDP⏎从2012年的2.39万亿元⏎增加到2020年的4.86万亿元; ●三次产业结构⏎
  由2012年的13.8∶52.8∶33.4⏎调整到…: fao1_07) is the measure the heading names.
- A money value a place reaches 以 in a race (柳州和桂林则分别以2246.45亿元、1806.89亿元,继续稳居第2、3位: fao1_08;
  南京和无锡分别以4718.70亿元和3789.21亿元位列第二: fr1_09) is the money term last named within 300 characters.
- A count of people added after a population (年末户籍人口273393人,比上年新增1547人: fao1_03; 常住人口766579,比上年末
  增加2028人: fq1_06; 自然增长人口1011人: fz1_10) is 人口增量.
- The second of two ranks given together (继续稳居第2、3位: fao1_08) is a rank like the first, 排名.
- An amount signed (签约总额达1234.1亿元: fab2_01; 签约总金额128.5亿元: fah1_08; 协议金额超10亿元: fac1_02; 现场签约97个
  项目,总金额达297.23亿元: fx1_08) is the projects' investment, 投资额 (ruling 18), where the vocabulary names only
  签约额 and 签约金额.
- 全社会固定资产投入 (fao2_08) is 固定资产投资 written with 投入 for 投资; its rate is 固定资产投资增速.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from shangyu_analysis.extract.fact_measure_lists import MeasureLists
from shangyu_analysis.extract.measures import OTHER, growth_terms, measure_term, money_term, term_spans, vocabulary
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE
from shangyu_analysis.text.normalise import fold_names

# the rates of a list given 分别, up to the figure (同比分别增长11%、 / 分别增长7.3%、6.6%、)
_RESPECTIVE_RATES = re.compile(r"分别(?:增长|下降|提高|增加|上升)了?\s*((?:[\d.]+\s*%\s*[、和]\s*)*)$")
# the rates from the figure on (7.3%、6.6%、22.4%)
_RATES_ON = re.compile(r"[\d.]+\s*%(?:\s*[、和]\s*[\d.]+\s*%)*")
_RESPECTIVE_REACH = 200  # from the sentence start, at most, to the figure
_INPUT = "固定资产投入"
# a line that goes on from the line before (从2012年的, 由2012年的, 增加到2020年的, 调整到)
_GOES_ON = re.compile(r"(?:从|由|(?:增加|提高|调整|上升|增长|提升|优化)(?:到|至|为))")
_HEADING_MARKS = "●☆■◆▲★○"
_HEADING_BACK = 3  # lines back, at most, to the heading
# a value reached 以 in a race (以2246.45亿元, 分别以2246.45亿元、1806.89亿元)
_RACE_BY = re.compile(r"以\s*(?:[\d.]+\s*(?:万亿|亿|万)元?\s*[、和]\s*)*$")
_RACE_REACH = 300
# the words of an added count of people (比上年新增, 比上年末增加, 净增) and the population named before it
_ADDED = re.compile(r"(?:比上年末?|较上年末?|比上年同期)?(?:新增|增加|净增)")
_POPULATION_REACH = 40
# an amount signed, as its subject ends (签约总额, 签约总金额, 协议金额, 签约资金), or a bare total after 签约
_SIGNED = re.compile(r"(?:签约|协议)(?:总额|总金额|金额|资金|额)$")
_TOTAL = re.compile(r"(?:总金额|总额)$")
_SIGNED_REACH = 60
_RANK_PAIR = re.compile(r"第[\d一二三四五六七八九十]{1,3}、$")


class MeasureRespective(MeasureLists):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, after
    :meth:`MeasureLists.measure`."""

    line_starts: list[int]  # set by the finder: 0 and the position after every line end

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        term = super().measure(subject, kind, unit, start, sentence_start)
        found = None
        if (
            kind == "percent"
            and (term == "-" or term.startswith(OTHER) or term in growth_terms())
            and self.simple.find("分别", max(sentence_start, start - 60), start) >= 0
        ):
            found = self._respective_rate(start, sentence_start)
        elif (term == "-" or term.startswith(OTHER)) and kind == "count" and unit in ("人", "位"):
            found = self._people_or_rank(subject, unit, start)
        elif kind == "money" and term.startswith(OTHER) and self._signed(subject, start, sentence_start):
            found = "投资额"  # 签约总额达1234.1亿元 (fab2_01): ruling 18
        elif term == "-" or term.startswith(OTHER):
            found = self._heading_term(kind, unit, start)
            if found is None and kind == "money" and _RACE_BY.search(self.simple, max(0, start - 40), start):
                found = money_term(self.simple[max(0, start - _RACE_REACH) : start])
        if found is None and _INPUT in subject and (term == "-" or term.startswith(OTHER)):
            # 实现全社会固定资产投入24.2亿元,同比增长32.8% (fao2_08): 投入 for 投资
            found = measure_term(subject.replace(_INPUT, "固定资产投资"), kind, unit)[0]
        if found is None:
            return term
        self._previous = (start, found)
        return found

    def _respective_rate(self, start: int, sentence_start: int) -> str | None:
        """The growth term of the measure a rate given 分别 stands for, counted in order (fao1_01, fao1_06)."""
        window = self.simple[max(sentence_start, start - _RESPECTIVE_REACH) : start]
        rates = _RESPECTIVE_RATES.search(window)
        if rates is None:
            return None
        index = rates.group(1).count("%")
        run = _RATES_ON.match(self.simple, start, start + 80)
        if run is None:
            return None
        count = index + run.group().count("%")
        if count < 2:
            return None
        lead = window[: rates.start()]
        if "(" in lead:
            lead = PINYIN_GLOSS_RE.sub("", lead)  # 固定資產(chǎn)投資 (fk2_13): a mirror's glosses break the words
        vocab = vocabulary()
        named = [(lead[a:b], vocab.synonyms.get(lead[a:b])) for a, b in term_spans(lead)]
        found = [(word, term) for word, term in named if term is not None]
        if len(found) < count or len({term for _, term in found[-count:]}) < count:
            return None
        word, term = found[len(found) - count + index]
        # a measure without a growth term: its rate is 其他 named as written (出口额分别增长…22.4%: 其他:出口额增速)
        return vocab.terms[term].growth or f"{OTHER}{word}增速"

    def _heading_term(self, kind: str | None, unit: str | None, start: int) -> str | None:
        """The measure a heading names, for a value on a line that goes on from it (●全省GDP⏎从2012年的2.39万亿元:
        fao1_07)."""
        line = bisect_right(self.line_starts, start) - 1
        if line < 1 or not _GOES_ON.match(self.simple, self.line_starts[line], start):
            return None
        for back in range(line - 1, max(-1, line - 1 - _HEADING_BACK), -1):
            text = self.simple[self.line_starts[back] : self.line_starts[back + 1]].strip()
            if text[:1] in _HEADING_MARKS:
                return measure_term(text[1:], kind, unit)[0]
            if not _GOES_ON.match(text):
                return None
        return None

    def _people_or_rank(self, subject: str, unit: str | None, start: int) -> str | None:
        """人口增量 for people added after a population (比上年新增1547人: fao1_03); 排名 for 第2、3位 (fao1_08)."""
        if unit == "位":
            return "排名" if _RANK_PAIR.search(self.simple, max(0, start - 6), start) else None
        words = subject.strip()
        if words.endswith("增长人口"):
            return "人口增量"  # 自然增长人口1011人 (fz1_10)
        if not _ADDED.fullmatch(words):
            return None
        return "人口增量" if "人口" in self.simple[max(0, start - _POPULATION_REACH) : start] else None

    def _signed(self, subject: str, start: int, sentence_start: int) -> bool:
        """An amount signed: 签约总额 (fab2_01), 协议金额 (fac1_02), or 总金额 after 签约 in its sentence (fx1_08)."""
        words = fold_names(subject.strip())
        if _SIGNED.search(words):
            return True
        return (
            bool(_TOTAL.search(words))
            and self.simple.find("签约", max(sentence_start, start - _SIGNED_REACH), start) >= 0
        )
