"""Measures :class:`~shangyu_analysis.extract.fact_measures.MeasureRules` reads too coarsely (:class:`MeasurePairs`).

- A pair of values after one term of town and country: 城乡居民人均可支配收入达5.27万元、2.67万元 (fj1_03) is the
  town's value first and the country's second (城镇…, 农村居民人均可支配收入), as the gold reads such pairs; so is a
  term cut at a page's reading aid (城鎮(zhèn)居民人均可支配收入6657元: fq1_12).
- A term a page's reading aid cut in two (固定資產(chǎn)投資81.23億元: 固定资产投资, not 投资额) is the term of its
  clause read without the aid.
- A count in 个 or 项 right after a count of projects, in its sentence or one that names 项目 (项目共30项,其中:建设项目
  27项(省级6项、市级5项、县级16项)), breaks that count down: 项目数量, not 其他:省级.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measures import MeasureRules
from shangyu_analysis.extract.measures import OTHER, measure_term
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE

_INCOME_TERMS = frozenset({"居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"})
# The pair's term: 城乡(常住)居民人均可支配收入 (fj1_03, fl1_03), 城镇和农村常住居民人均可支配收入 (fl1_02),
# 城镇、农村居民人均可支配收入 (fq1_02); a page's reading aids (城乡(xiāng)) may stand inside it.
_GLOSS = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))?"
_PAIR_TERM = re.compile(rf"(?:城乡|城镇{_GLOSS}(?:和|与|及|、)农村){_GLOSS}(?:常住)?居民{_GLOSS}人均可支配收入")
_PAIR_REACH = 60  # how far before a figure its pair's term may stand, within the sentence
# A money value of the pair (5.27万元, 34731元), and what may stand between the pair's term and a value: words of a
# verb or a year (分别达到, 从2015年的…提高到), never a sentence's or clause's end.
_MONEY = re.compile(r"[0-9][0-9.,]*\s*(?:万亿|亿|万|千)?\s*元")
_BETWEEN = re.compile(r"[^。；;！!？?\n]*")
# The town's or the country's term cut at a page's reading aid (城鎮(zhèn)居民人均可支配收入6657元, 農(nóng)村居民…: fq1_12),
# its words right before the figure.
_GLOSSED_ONE = re.compile(
    rf"(?:城{_GLOSS}(镇)|农{_GLOSS}(村)){_GLOSS}(?:常住)?居民{_GLOSS}人均可支配收入[^，,。；;0-9]{{0,6}}$"
)
_GLOSSED_REACH = 40
# A count of projects broken down after one (项目共30项,其中:建设项目27项(省级6项、市级5项、县级16项): fx2_01;
# 从项目行业分布看,工业36个、农业2个: fv2_09): how far back the count broken down may stand, and a sentence's end.
_BREAKDOWN_REACH = 150
_SENTENCE_END = re.compile(r"[。！!？?\n]")
# The next value of a list right after the figure (5.27万元、2.67万元; 8.2万元和4.6万元)
_NEXT_VALUE = re.compile(r"\s*(?:、|和|与|及|,|，)\s*[0-9]")


class MeasurePairs(MeasureRules):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, each after
    :meth:`MeasureRules.measure` and only where it read a coarser term (or a 其他 count)."""

    _last_count: tuple[int, str | None, str] = (-1, None, "")  # the last count's start, unit and measure

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        term = super().measure(subject, kind, unit, start, sentence_start)
        if kind == "count":
            if term.startswith(OTHER) and self._breaks_down_projects(unit, start, sentence_start):
                term = "项目数量"
                self._previous = (start, term)
            self._last_count = (start, unit, term)
        if term in _INCOME_TERMS and kind == "money":
            paired = self._pair_member(start, sentence_start)
            if (
                paired is None
                and term == "居民人均可支配收入"
                and self.simple.find("(", max(0, start - _GLOSSED_REACH), start) >= 0
            ):
                paired = self._glossed_one(start, sentence_start)
            if paired is not None:
                self._previous = (start, paired)
                return paired
        # find, not a slice and in: no string built for each figure
        if not term.startswith(OTHER) and self.simple.find("(", max(0, start - _GLOSSED_REACH), start) >= 0:
            whole = self._glossed_whole(term, kind, unit, start, sentence_start)
            if whole is not None:
                self._previous = (start, whole)
                return whole
        return term

    def _breaks_down_projects(self, unit: str | None, start: int, sentence_start: int) -> bool:
        """True for a count in 个 or 项 that follows a count of projects in the same unit, within its sentence or a
        sentence that names 项目 before it (省级6项、市级5项 after 建设项目27项: fx2_01)."""
        last_start, last_unit, last_term = self._last_count
        if unit not in ("个", "项") or last_term != "项目数量" or last_unit != unit:
            return False
        if last_start < 0 or start - last_start > _BREAKDOWN_REACH:
            return False
        if _SENTENCE_END.search(self.simple, last_start, start) is None:
            return True
        return "项目" in self.simple[max(sentence_start, start - _BREAKDOWN_REACH) : start]

    def _glossed_whole(
        self, term: str, kind: str | None, unit: str | None, start: int, sentence_start: int
    ) -> str | None:
        """固定資產(chǎn)投資81.23億元 (fq1_12), 進(jìn)出口總額突破9萬億元 (fn2_04): a term its clause names whole once a page's
        reading aid is read out, where the words after the aid alone read another term or none (投资额, 出口总额)."""
        raw = self.simple[max(sentence_start, start - _GLOSSED_REACH) : start]
        raw = raw[max(raw.rfind(mark) for mark in "，,；;。") + 1 :]
        glosses = list(PINYIN_GLOSS_RE.finditer(raw))
        if not glosses:
            return None
        whole = measure_term(PINYIN_GLOSS_RE.sub("", raw), kind, unit)[0]
        if whole is None or whole == term:
            return None
        cut = measure_term(raw[glosses[-1].end() :], kind, unit)[0]
        return whole if cut in (term, None) else None

    def _glossed_one(self, start: int, sentence_start: int) -> str | None:
        """城镇(zhèn)居民人均可支配收入6657元: the town's term its reading aid cut off."""
        m = _GLOSSED_ONE.search(self.simple, max(sentence_start, start - _GLOSSED_REACH), start)
        if m is None:
            return None
        return "城镇居民人均可支配收入" if m.group(1) else "农村居民人均可支配收入"

    def _pair_member(self, start: int, sentence_start: int) -> str | None:
        """城镇… for the first (third) value after a pair's term, 农村… for the second (fourth); None when the figure
        is not one of a pair (a single value after 城乡…: the pair's total is no member)."""
        lo = max(sentence_start, start - _PAIR_REACH)
        window = self.simple[lo:start]
        found = max(_PAIR_TERM.finditer(window), key=lambda m: m.start(), default=None)  # the last one before it
        if found is None:
            return None
        between = window[found.end() :]
        if not _BETWEEN.fullmatch(between):
            return None
        before = len(_MONEY.findall(between))
        if before > 3:
            return None
        if before % 2 == 0 and not _NEXT_VALUE.match(self.simple, self._figure_end(start)):
            return None  # a single value: no pair
        return "城镇居民人均可支配收入" if before % 2 == 0 else "农村居民人均可支配收入"

    def _figure_end(self, start: int) -> int:
        """The end of the money value at ``start`` (its 元), or ``start`` when none is there."""
        m = _MONEY.match(self.simple, start)
        return m.end() if m else start
