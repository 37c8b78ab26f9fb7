"""Measures of shapes the chain reads as ``其他`` or ``-`` (:class:`MeasureLists`, round 31).

- Rates of places listed after a lead sentence that names the measure (全盟县域规模以上工业增加值…同比增长30.2%。从6个旗县市
  增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降
  66.5%: fai1_02) are the growth last named in their paragraph, not 其他:同比增速 or 其他:乌市增速.
- A count of projects named 工程 or at a stage (甘肃天祝36个重大工程吹响集中开建, 天祝县重点调蓄水源工程等36个: fai1_05;
  其中新开工44项,竣工37项: fz2_02; 100亿元以上的有7个: fm1_02) is 项目数量 when 项目 or 工程 stands near.
- A growth of a part of the period or of a bare comparison (其中第三季度增长8.3%: fae2_08; 其中3月当月同比增长8.3%:
  fz2_10; 实现地区生产总值1689.5亿元,按可比价格计算同比增长9.7%: fz1_05) is the growth last named in its paragraph.
- A bare 增加值 after a clause that names the sector (农业生产总体平稳,增加值16.75亿元; 服务业逐步恢复,增加值113.26亿元:
  fah1_03) is that sector's value added.
- A money figure whose unit's 元 stands after a page's reading aid (地區(qū)生產(chǎn)總值3065375萬(wàn)元,增長(zhǎng)4.4%:
  fai2_01) is money; its subject, cut at a reading aid, is whole again with the glosses folded away.
- A money value in brackets after a place (其中,嘉兴平湖市(1008.7亿元)、: fi1_08), the threshold of a band of places
  (超过200亿元的有49个: fj2_01) or values listed after 分别为/分别是 (黔西南位于1000亿元至1500亿元之间,分别为 1310.35、:
  fq2_09; 分别是宜都(963.04亿元): fn1_04) take the money term last named within 300 characters.
- A club of counties (浙江千亿县: fi1_05; 江苏“千亿县”: fs2_04) is one of 地区生产总值.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_measure_outputs import MeasureOutputs
from shangyu_analysis.extract.measures import OTHER, growth_terms, measure_term, money_term, vocabulary
from shangyu_analysis.extract.patterns import PINYIN_GLOSS_RE
from shangyu_analysis.text.normalise import fold_names

# a change right before a rate of a list (同比分别增长193.5%、 / 49.9%和下降 / 阿尔山下降)
_LIST_CHANGE = re.compile(r"(?:增长|下降|增加|减少|提高|回落|上升)(?:[\d.]+\s*%\s*(?:、|和|及)(?:增长|下降)?)*$")
_BARE_SUBJECTS = ("", "同比", "和", "分别", "同比分别", "和同比")
# the words of a clause of places and their changes (乌市、中旗分别增长24.3%、4.8%)
_PLACES_CHANGE = re.compile(r"(?:[、和与及\s]|同比|分别|增长|下降|[\d.]+\s*%)*")
# names joined by 、 with their changes given 分别 (乌市、突泉、阿尔山分别增长23.6%、)
_NAMES_CHANGE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,5}[、和与及])+[\u4e00-\u9fff]{1,5}(?:同比)?分别(?:增长|下降)(?:[\d.]+\s*%\s*[、和及](?:增长|下降)?)*"
)
_RATE_REACH = 300  # the growth last named, within its paragraph
# after a count: its noun of projects or works, reading aids folded (36个重大工程, 32個(gè)重點(diǎn)項目)
_WORKS_NEXT = re.compile(
    r"[\d.,]+\s*[个項项個][^，,。；;：:！!？?、\n的和与及]{0,10}?(?:(?:开工|竣工|签约|开建)的[^，,。；;：:！!？?、\n的]{0,8}?)?"
    r"(?:工程|项目)"
)
_STAGE = re.compile(r"(?:新?开工|竣工|开建|开复工|復工|开竣工|已开工)$")
_BAND = re.compile(r"(?:以上|以下)的有$")
_WORKS_BEFORE = re.compile(r"工程|项目")
_WORKS_REACH = 150
# a unit whose 元 stands after the reading aid: 3065375萬(wàn)元
_GLOSSED_MONEY = re.compile(r"[\d.,]+\s*(?:万亿|亿|万)\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)元")
_GLOSSED_REACH = 40
# a threshold of a band of places: the words after the value (200亿元的有49个, 1000億元的區12個, 500億元—1000億元區間)
_BAND_AFTER = re.compile(r"[\d.,]+\s*(?:万亿|亿|万)元(?:以上)?(?:的有|的[区县市]|的县域|区间)")
_BAND_REACH = 300
# a club of counties by their output: 千亿县, 千亿”县, 千亿级县
_CLUB = re.compile(r"[\d.〇一二三四五六七八九十百千万亿两]+元?[”\"]?级?(?:县|强县)")
# values listed after 分别为 (分别为 1310.35、1098.90、) or after a place in brackets (分别是宜都()
_LISTED = re.compile(
    r"(?:分别为|分别是|依次为)\s*(?:[\u4e00-\u9fff]{1,8}[(（]|(?:[\d.]+\s*(?:万亿|亿|万)?元?\s*[、和]\s*)*)$"
)
# a part of the period or a bare comparison as a rate's whole subject (第三季度, 一季度同比, 3月当月, 按可比价格计算)
_PART_SUBJECT = re.compile(
    r"(?:其中)?(?:第?[一二三四1-4]季度|[上下]半年|前[一二三]季度|\d{1,2}月(?:份|当月)?|当月|单季)?"
    r"(?:按可比价格?计算|同比|名义|比上年|同比上年)*"
)
_CHANGE_WORD = re.compile(r"(?:增长|下降|增速|增幅)了?$")
_CLAUSE_MARKS = "，,；;"
# a sector named in the clause before a bare 增加值, and its term
_SECTORS = (
    ("农业", "第一产业增加值"),
    ("第一产业", "第一产业增加值"),
    ("服务业", "第三产业增加值"),
    ("第三产业", "第三产业增加值"),
    ("工业", "工业增加值"),
)


class MeasureLists(MeasureOutputs):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, after
    :meth:`MeasureOutputs.measure`."""

    _growth_seen: tuple[int, str] = (-1, "")  # the last figure read as a growth term: its start and term

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        glossed = (
            kind == "count" and self.simple[start : start + 1].isdigit() and _GLOSSED_MONEY.match(self.simple, start)
        )
        if glossed:
            kind, unit = "money", "元"  # 3065375萬(wàn)元 (fai2_01): money, its 元 after the reading aid
        before = self._previous  # the figure before this one: its start and measure
        term = super().measure(subject, kind, unit, start, sentence_start)
        found = None
        if term == "-" and kind == "count" and unit in ("个", "项"):
            found = self._works_count(subject, start)  # 46個(gè)集中開工的重點(diǎn)項目 (faf1_04)
        elif term == "-" and kind == "money":
            found = self._band_value(start)
        elif term.startswith(OTHER):
            if kind == "percent" and term.endswith("增速"):
                found = (
                    self._list_rate(subject, start, before)
                    or self._part_rate(subject, start, before)
                    or self._glossed_term(subject, kind, unit, start, sentence_start)
                )
            elif kind == "money" and subject.strip() == "增加值":
                found = self._sector_value(start, sentence_start)
            elif kind == "count" and unit in ("个", "项"):
                found = self._works_count(subject, start)
            elif glossed:
                found = self._glossed_term(subject, kind, unit, start, sentence_start)
            elif kind == "money":
                found = self._listed_value(start)
        if found is not None:
            term = found
            self._previous = (start, term)
        if term in growth_terms():
            self._growth_seen = (start, term)
        return term

    def _list_rate(self, subject: str, start: int, before: tuple[int, str]) -> str | None:
        """The growth last named in the paragraph, for a rate of a list of places (同比分别增长193.5%, 乌市、中旗分别增长
        24.3%, then 阿尔山下降66.5%: fai1_02)."""
        seen_start, seen = self._growth_seen
        if seen_start < 0 or not 0 < start - seen_start <= _RATE_REACH:
            return None
        if "\n" in self.simple[seen_start:start]:
            return None
        if not _LIST_CHANGE.search(self.simple, max(0, start - 40), start):
            return None
        if _CHANGE_WORD.sub("", subject.strip()) in _BARE_SUBJECTS:
            return seen
        words = self.simple[self._stop(start, 60) : start]
        clause = words[max(words.rfind(m) for m in _CLAUSE_MARKS) + 1 :]
        if _NAMES_CHANGE.fullmatch(clause):
            return seen  # 乌市、中旗分别增长24.3%、4.8% (fai1_02)
        if before[1] == seen and start - before[0] <= 20 and self._only_places(start, _PLACES_CHANGE):
            return seen  # …4.8%;阿尔山下降66.5% (fai1_02): the next place of the list
        return None

    def _part_rate(self, subject: str, start: int, before: tuple[int, str]) -> str | None:
        """The growth last named in the paragraph, for a rate whose subject is only a part of the period or a bare
        comparison (其中第三季度增长8.3%: fae2_08; 按可比价格计算同比增长9.7%: fz1_05)."""
        words = _CHANGE_WORD.sub("", subject.strip())
        if not words or not _PART_SUBJECT.fullmatch(words):
            return None
        seen_start, seen = self._growth_seen
        last_start, last = before
        terms = vocabulary().terms
        if 0 < start - last_start <= 60 and "。" not in self.simple[last_start:start]:
            if last in growth_terms():
                return last  # 一季度同比增长7.2%,二季度增长8.1% (fae2_08)
            if last in terms and terms[last].growth:
                return terms[last].growth  # 实现地区生产总值1689.5亿元,按可比价格计算同比增长9.7% (fz1_05)
        if seen_start < 0 or not 0 < start - seen_start <= _RATE_REACH or "\n" in self.simple[seen_start:start]:
            return None
        return seen

    def _sector_value(self, start: int, sentence_start: int) -> str | None:
        """The value added of the sector the clause before a bare 增加值 names (农业生产总体平稳,增加值16.75亿元: fah1_03)."""
        words = self.simple[max(sentence_start, start - 40) : start]
        cut = max(words.rfind(m) for m in _CLAUSE_MARKS)
        if cut < 0:
            return None
        clause = words[max(words.rfind(m, 0, cut) for m in _CLAUSE_MARKS) + 1 : cut]
        return next((term for sector, term in _SECTORS if sector in clause), None)

    def _works_count(self, subject: str, start: int) -> str | None:
        """项目数量 for a count of 工程 or 项目 (36个重大工程: fai1_05), at a stage (竣工37项: fz2_02), in a size band
        (100亿元以上的有7个: fm1_02) or closing a list of them (…工程等36个) when 项目 or 工程 stands just before."""
        after = self.simple[start : start + 48]
        if _WORKS_NEXT.match(PINYIN_GLOSS_RE.sub("", after) if "(" in after else after):
            return "项目数量"
        words = PINYIN_GLOSS_RE.sub("", subject.strip())
        if not (words.endswith("等") or _STAGE.search(words) or _BAND.search(self.simple, max(0, start - 6), start)):
            return None
        if _WORKS_BEFORE.search(self.simple, max(0, start - _WORKS_REACH), start):
            return "项目数量"
        return None

    def _band_value(self, start: int) -> str | None:
        """The money term last named within 300 characters, for a value in brackets after a place (其中,嘉兴平湖市
        (1008.7亿元)、: fi1_08) or a threshold of a band of places (超过200亿元的有49个: fj2_01; 超1000億元的區12個:
        fo1_03)."""
        if not (_BAND_AFTER.match(self.simple, start, start + 40) or self._only_places(start)):
            return None
        return money_term(PINYIN_GLOSS_RE.sub("", self.simple[max(0, start - _BAND_REACH) : start]))

    def _listed_value(self, start: int) -> str | None:
        """地区生产总值 for a club of counties (浙江千亿县: fi1_05; 江苏“千亿县”: fs2_04); the money term last named within
        300 characters for values listed after 分别为 (黔西南位于1000亿元至1500亿元之间,分别为 1310.35、: fq2_09;
        分别是宜都(963.04亿元): fn1_04)."""
        if _CLUB.match(self.simple, start, start + 12):
            return "地区生产总值"
        if not _LISTED.search(self.simple, max(0, start - 40), start):
            return None
        return money_term(PINYIN_GLOSS_RE.sub("", self.simple[max(0, start - _BAND_REACH) : start]))

    def _glossed_term(
        self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int
    ) -> str | None:
        """The term of a subject cut at a reading aid, the glosses before it folded away (地區(qū)生產(chǎn)總值: fai2_01);
        a rate after it is that term's growth."""
        words = _CHANGE_WORD.sub("", fold_names(PINYIN_GLOSS_RE.sub("", subject.strip())))
        if len(words) < 2:
            return None
        cut = self.simple.rfind(")" + words[:2], max(sentence_start, start - 120), start)
        if cut < 0:
            return None
        whole = PINYIN_GLOSS_RE.sub("", self.simple[max(sentence_start, cut - _GLOSSED_REACH) : cut + 1]) + words
        if kind == "percent":
            found = measure_term(whole + "增长", kind, unit)[0]
            return found if found in growth_terms() else None
        return measure_term(whole, kind, unit)[0]
