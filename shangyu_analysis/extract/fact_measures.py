"""The measure of each figure of a text's facts (:class:`MeasureRules`). Conventions: ``../shared/corpus/FACTS.md``.

Measure
    The vocabulary term of ``data/measures.yml`` its subject words name (:func:`measure_term`), else of the
    clause before it, else, for a change (增长5%, 分别增长 11.7%, 同口径下降19.4%, 其中6月份增长5.4%) right after another figure, the growth term of that
    figure's measure (none: of the measure its sentence names: 地区生产总值比上年同期保持两位数增长,分别增长 11.7%; so is
    a change of places given 分别: 铜仁、黔南、六盘水分别增长 9.9%、9.8%); a bare 增速 (高于全国平均增速的地市…) the growth term of the figure just before it; a value in
    parentheses after a place that follows one in that shape (南阳(6.3%)、漯河(7.3%)) the measure of the one
    before; a rate in brackets after the place a growth is compared with (同比增长8.7%,增速位列金华第一,…分别高于全省
    (6.3%)) the sentence's last growth term, ranks in between or not; otherwise ``其他:<subject>``. A growth term named as such (GDP增速) is itself. A change of an index
    is the index (CPI上涨1.4%); 年均增长 of a term is its growth term; a count in 家 of a trade (制造业54家, not 新材料产业) is 企业数量; a count in 项 or 个 before a noun of projects (700個重點項目) or after a project's stage
    (实际开工37项, 未复工5项, 终止两项) is 项目数量 when its sentence names 项目; a page's inline pinyin
    (經(jīng)濟) is not part of the words, and a subject cut at one is whole again with the words before it (地區(qū)生產(chǎn)
    總值…同比增長5.7%: 地区生产总值增速). A money figure right before the projects it sizes is 投资额 (100億元以上工業大項目4個).
    A money figure whose clause holds only place names, verbs, spaces and an opening bracket (长丰突破600亿元, 毕节超过 1500
    亿元, 黔东南、安顺低于 1000 亿元, 13个设区市中,苏州(5186.64亿元)、南京(…): the list's first value; 领先于宿迁的894.4亿元)
    takes the last money term of its paragraph; so does a club's threshold (跻身千亿县, 突破3000亿元大关, 2000亿元的关口,
    2000亿元梯队), else the last one of the 3,000 characters before the paragraph. A percentage of places named alone
    (临高县12.2%, 苏州、无锡、南通的增速分别为1.9%、4.9%, 淮安市以7.0%的增长率) is the rate just named before it, else,
    with 增速 or 增长率 around it, the growth of that money term; after 以 the measure may follow the figure (以5615亿元地区生产总值).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from shangyu_analysis.extract.measures import (
    FIRM_UNITS,
    OTHER,
    counted_term,
    growth_terms,
    measure_term,
    money_term,
    other_name,
    term_spans,
    vocabulary,
)
from shangyu_analysis.extract.places import Mention
from shangyu_analysis.text.normalise import fold_names

# A change with no measure of its own (同比增长5%, 同口径下降19.4%: like for like, part S fs2_07; of a month:
# 其中6月份增长5.4%, fs2_06).
_BARE_CHANGE = re.compile(
    r"(?:[0-9]{1,2}月份?)?(?:分别)?(?:同比|同口径|比上年|比去年|按年|可比|按可比价格计算)?(?:增长|下降|增加|减少|上升|下跌|回落|提高|[增升跌降])?"
)
# How far back a figure's paragraph is read for the money term it is a threshold of (a text written as one long line
# would have every such figure read the whole text before it)
_TERM_REACH = 3000
_NO_WORDS = re.compile(r"[\d\s.,，、%％|:：-]*")
_GENERIC_SUBJECT = re.compile(r"(?:其中|总量|总数|共|共有|累计|数量|家数|达|超|近|约)*")
_AFTER_FIGURE = re.compile(r"[-+\d.,\s]+(?:万亿|亿|万|千)?(?:元|美元|%|个百分点)?(?:的)?(?:同比)?")
_PLACE_VERBS = re.compile(
    r"(?:[县市区]|成功|迈上|突破|达到|达|超过|超|为|以|和|与|、|也|均|都|已|首次|站稳|跻身|位于|低于|领先于|落后于|的|\s|[(（])*"
)
# …and a change of places given 分别 (铜仁、黔南、六盘水分别增长 9.9%、9.8%): the change of the sentence's measure.
_PLACES_CHANGE = re.compile(rf"(?:[、和与及\s]|[0-9.]+\s*%)*分别{_BARE_CHANGE.pattern}\s*(?:[0-9.]+\s*%\s*、\s*)*")
_GLOSSED_REACH = 24  # characters before a subject cut at a reading aid: its name's head, glosses and all
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")  # 經(jīng)濟: a page's reading aid
_LAST_COMMA = re.compile(r".*[，,；;]", re.S)
# A money figure that names a club's threshold: 千亿县, 3000亿元大关, 2000亿元的关口, “1000亿行列”, 2万亿元新台阶.
_THRESHOLD = re.compile(
    r"[-+\d.,\s〇一二三四五六七八九十百千万亿两]+(?:元|美元)?[”\"]?级?"
    r"(?:的?(?:大关|关口|门槛)|新?台阶|梯队|”?行列|俱乐部|县|强县|城市)"
)
# A money figure right before the projects it sizes (100億元以上工業(yè)大項目4個, 億元項目413個).
_PROJECT_AFTER = re.compile(r"[^，,。；;：:！!？?、\n]{0,16}?项目")
# A count's noun that names projects (700個重點項目, 120个省重点建设项目), read up to a 的, a conjunction or a list's
# 、 (whose words may name another noun).
_PROJECTS_NEXT = re.compile(r"[^，,。；;：:！!？?、\n的和与及]{1,14}?项目")
# A project's stage named right before a count (实际开工37项, 未复工5项, 终止两项, 提前竣工4项).
_PROJECT_STAGE = re.compile(r"(?:开工|复工|竣工|终止|投产|签约|在建|续建|开建)$")
# The words of a percentage of places named alone (苏州、无锡、南通的增速分别为1.9%、 4.9%, 临高县12.2%, 宿迁市和扬州市则分别以
# 6.6%; the later values of 池州、六安、芜湖市分别增长13.6%、10.2%、10.1%: fk1_04, the rate of the first), and a
# rate's word before it or right after it (以6.6%和6.2%的增速).
_PLACES_RATE = re.compile(r"(?:[县市区]|的|以|则|为|和|与|、|分别|增速|增长率|其中|同比增长|增长|\s|[0-9.]+\s*%)*")
_RATE_WORD = re.compile(r"增速|增长率")
_RATE_AFTER = 16
_RATE_REACH = 120  # how far back the rate a bare 增速 speaks of may stand
_BARE_RATE = re.compile(r"增速")
# A rate in brackets after the place a growth is compared with: 分别高于全省(6.3%).
_COMPARED_IN_BRACKETS = re.compile(r"(?:高于|低于|快于|慢于)[\u4e00-\u9fff]{1,8}[(（]$")
# From a figure in parentheses after a place to the next: 6.3%)、漯河(
_NEXT_IN_LIST = re.compile(r"[^()（）、，,。；;\n]{1,16}[)）]、[\u4e00-\u9fff]{1,8}[(（]")
# A table written one cell a line (“黄岛区 |”), and the line before its first cell: its caption.
_CELL_RUN = re.compile(r"(?m)^([^\n|]{2,60})\n(?:[^\n|]{0,30}\|[ \t]*\n)+")


def captions(simple: str) -> list[tuple[int, str]]:
    """(where, caption) of each table written one cell a line: the line before its first cell
    (“全省137个县(市、区)2016年度GDP排列:”, “按GDP规模:”), which names what its cells measure."""
    if "|" not in simple:
        return []
    return [(m.start(), m.group(1)) for m in _CELL_RUN.finditer(simple)]


@lru_cache(maxsize=4096)  # a pure function of its words: subjects and clauses repeat
def _paired(subject: str, clause: str, kind: str | None, unit: str | None) -> str | None:
    """城镇、农村居民人均可支配收入分别为…: the first item (城镇) takes the term of the last one with its own
    first word (城镇居民人均可支配收入)."""
    synonyms = vocabulary().synonyms
    for start, end in term_spans(clause):
        word = clause[start:end]
        for n in (2, 3, 4):
            if len(subject) >= n and (swapped := subject[-n:] + word[n:]) in synonyms and swapped != word:
                return measure_term(swapped, kind, unit)[0]
    return None


@lru_cache(maxsize=8192)  # subjects repeat (增加值, 利润…): folded and stripped of reading aids once each
def _plain(subject: str) -> str:
    """``subject`` with traditional names folded and a page's pinyin reading aids (經(jīng)濟) left out."""
    folded = fold_names(subject)
    return _PINYIN.sub("", folded) if "(" in folded else folded  # most subjects have no reading aid: no regex call


class MeasureRules:
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the measure of each figure (``simple``,
    ``mentions``, ``table_titles``… come from the finder)."""

    # set by the finder's __init__
    simple: str
    mentions: list[Mention]
    mention_starts: list[int]
    table_titles: list[tuple[int, str]]
    _last_term: tuple[int, str | None]  # the sentence's start and its last vocabulary term
    _previous: tuple[int, str]  # the last figure's start and measure
    _last_rate: tuple[int, str]  # the start of the sentence of the last growth term, and that term

    if TYPE_CHECKING:

        def _stop(self, pos: int, reach: int = 200) -> int: ...

    def _only_places(self, start: int, verbs: re.Pattern[str] = _PLACE_VERBS) -> bool:
        """True when the words of a figure's clause are place names and ``verbs`` only (肥东成功迈上, 天长和无为突破):
        the figure is the paragraph's measure of those places."""
        before = self.simple[self._stop(start, 60) : start]
        lo = start - len(before) + max(before.rfind("，"), before.rfind(","), before.rfind("；"), before.rfind(";")) + 1
        k = bisect.bisect_left(self.mention_starts, lo)
        words, cut, named = [], lo, False
        while k < len(self.mentions) and self.mentions[k].start < start:
            m = self.mentions[k]
            words.append(self.simple[cut : m.start])
            cut, named = m.end, True
            k += 1
        words.append(self.simple[cut:start])
        return named and verbs.fullmatch(_PINYIN.sub("", "".join(words))) is not None

    def _place_rate(self, start: int, last: str, last_start: int) -> str | None:
        """The rate of places named alone before it (洋浦以增速14.2%位列第一,临高县12.2%: the rate just named; 苏州、
        无锡、南通的增速分别为1.9%: the growth of the money term last named, in its paragraph or the text before)."""
        if last in growth_terms() and start - last_start <= _RATE_REACH:
            return last
        if not _RATE_WORD.search(self.simple, self._stop(start, 60), start + _RATE_AFTER):
            return None
        para = self.simple.rfind("\n", max(0, start - _TERM_REACH), start) + 1 or max(0, start - _TERM_REACH)
        base = money_term(self.simple[para:start]) or money_term(self.simple[max(0, para - 3000) : para])
        terms = vocabulary().terms
        return terms[base].growth if base in terms else None

    def _table_title(self, start: int) -> str | None:
        """The title of the table a bare cell stands in (表3-5 …商业登记家数统计表), within 2,000 characters."""
        k = bisect.bisect_right(self.table_titles, (start, "")) - 1
        return self.table_titles[k][1] if k >= 0 and start - self.table_titles[k][0] < 2000 else None

    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:
        """The measure of the figure at ``start`` (:meth:`_measure`); a value in parentheses after a place that
        follows one in the same shape (南阳(6.3%)、漯河(7.3%)) has the measure of the one before."""
        last_start, last = self._previous
        growths = growth_terms()
        if (
            last_start >= 0
            and self.simple[start - 1 : start]
            in ("(", "（")  # the cheap test: _NEXT_IN_LIST ends on an opening bracket
            and _NEXT_IN_LIST.fullmatch(self.simple, last_start, start)
        ):
            term = last
        else:
            term = self._measure(subject, kind, unit, start, sentence_start)
            if (
                term.startswith(OTHER)
                and term.endswith("增速")
                and last in growths
                and start - last_start <= _RATE_REACH
                and _BARE_RATE.search(_plain(subject or ""))
            ):
                term = last  # 有14地GDP增速高于…5.7%。高于全国平均增速的地市分别是:南阳(6.3%): the rate just named
            if (
                term.startswith(OTHER)
                and kind == "percent"
                and _COMPARED_IN_BRACKETS.search(self.simple, max(0, start - 12), start)
                and self._last_rate[0] == sentence_start
            ):
                term = self._last_rate[1]  # 同比增长8.7%…分别高于全省(6.3%)、金华(6.7%): the rate it is compared with
            if term.startswith(OTHER) and kind == "percent" and self._only_places(start, _PLACES_RATE):
                term = self._place_rate(start, last, last_start) or term
        self._previous = (start, term)
        if term in growths:
            self._last_rate = (sentence_start, term)
        return term

    def _measure(self, subject: str, kind: str | None, unit: str | None, start: int, sentence_start: int) -> str:  # noqa: C901, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
        """The vocabulary term of the figure's subject, else of the clause before it, else (a bare change
        such as 同比增长5%) the growth term of the sentence's last vocabulary measure; else 其他:<subject>."""
        simple_subject = _plain(subject or "")
        if _NO_WORDS.fullmatch(simple_subject):
            simple_subject = ""  # a table cell's subject is the cell before it (1,812 → "812"): no words
        term, growth = measure_term(simple_subject, kind, unit)
        if (
            term is None
            and simple_subject
            and (cut := self.simple.rfind(")" + simple_subject[:2], sentence_start, start)) >= 0
        ):
            # 全縣完成地區(qū)生產(chǎn)總值…同比增長5.7%: a subject cut at a page's reading aid is whole without it
            whole = _PINYIN.sub("", self.simple[max(sentence_start, cut - _GLOSSED_REACH) : cut + 1])
            term = measure_term(fold_names(whole) + simple_subject, kind, unit)[0]
        if term is not None:
            self._last_term = (sentence_start, term)  # the sentence's last vocabulary term
            return term
        generic = kind != "count" or _GENERIC_SUBJECT.fullmatch(simple_subject) is not None
        if generic:  # a count's subject is the noun after it (七大方面): not the clause before
            raw = _PINYIN.sub("", self.simple[self._stop(start, 60) : start])
            comma = _LAST_COMMA.match(raw)  # the clause: after the last ，；
            clause = raw[comma.end() :] if comma else raw
            term = _paired(simple_subject, clause, kind, unit) if len(simple_subject) <= 4 else None
            if term is None:
                term, growth2 = measure_term(clause, kind, unit)
                growth = growth or growth2
        previous = self._last_term[1] if self._last_term[0] == sentence_start else None
        if (
            term is None
            and growth
            and (_BARE_CHANGE.fullmatch(simple_subject) or self._only_places(start, _PLACES_CHANGE))
        ):
            if previous:  # 同比增长5%: the sentence's last vocabulary measure changed
                vocab = vocabulary().terms
                base = next((t for t, m in vocab.items() if m.growth == previous), previous)
                term = vocab[base].growth if base in vocab else None
            else:  # 公布第三季GDP，按年升5.4%: the measure named earlier in the sentence
                term = measure_term(self.simple[self._stop(start, 120) : start], kind, unit)[0]
        if term is None and kind == "count" and (generic or unit in FIRM_UNITS):  # 其中96家: firms named before
            term = counted_term(self.simple[self._stop(start, 120) : start], unit)
        if term is None and kind == "count" and unit in ("个", "项") and _PROJECTS_NEXT.match(self.simple, start):
            term = "项目数量"  # 700個重點項目, 120个省重点建设项目: the projects the count's noun names
        if term is None and kind == "count" and _PROJECT_STAGE.search(simple_subject):
            # 计划开工39项,实际开工37项,未按期开工两项: a count of projects at a stage, named in its sentence
            term = counted_term(self.simple[self._stop(start, 120) : start], unit)
        if term is None and not simple_subject.strip() and (title := self._table_title(start)):
            term = measure_term(title, kind, unit)[0] or (kind == "count" and counted_term(title, unit)) or None
        if (
            term is None
            and kind == "count"
            and unit in FIRM_UNITS
            and simple_subject.endswith("业")
            and not simple_subject.endswith("产业")
        ):
            # 制造业54家, 批发零售业1,632家: the firms of a trade; 新材料产业148家 names the entity (FACTS.md)
            term = "企业数量"
        if term is None and kind == "money" and ("项目" in simple_subject or _PROJECT_AFTER.match(self.simple, start)):
            term = "投资额"  # 亿元以上项目, 100億元以上工業大項目4個, 新簽約億元項目: the size of a project
        if term is None and simple_subject.endswith("以"):  # 昆山市以5615.34亿元地区生产总值、5.8%的同比增速
            after = _AFTER_FIGURE.match(self.simple, start)
            words = self.simple[after.end() : after.end() + 12] if after else ""
            term, growth3 = measure_term(
                words[: min((words.find(m) for m in "，,、；;。" if m in words), default=12)], kind, unit
            )
            if term is None and growth3 and words.startswith("增速") and previous:
                vocab = vocabulary().terms
                term = vocab[previous].growth if previous in vocab else None
        if term is None and kind == "money" and _THRESHOLD.match(self.simple, start):
            # 跻身千亿县, 突破3000亿元大关, 2000亿元梯队: a club's threshold is of the measure the paragraph
            # (else the text before it) last named in money
            para = self.simple.rfind("\n", max(0, start - _TERM_REACH), start) + 1 or max(0, start - _TERM_REACH)
            term = money_term(self.simple[para:start]) or money_term(self.simple[max(0, para - 3000) : para])
        if term is None and kind == "money" and self._only_places(start):
            line = self.simple.rfind("\n", max(0, start - _TERM_REACH), start) + 1 or max(0, start - _TERM_REACH)
            term = money_term(self.simple[line:start])  # 长丰突破600亿元
        if term is not None:
            self._last_term = (sentence_start, term)  # the sentence's last vocabulary term
            return term
        if self._last_term[0] != sentence_start:
            self._last_term = (sentence_start, None)
        return other_name(subject if simple_subject else "", growth)
