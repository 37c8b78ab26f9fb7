"""Lists of places in a figure's sentence (:class:`PlaceLists`, a mixin of
:class:`~shangyu_analysis.extract.fact_place_sentences.PlaceSentences`): the places a rank names after it, whether a
list's item leads its clause, the places listed before a mention, one place to each figure of a 分别 series, and
the unit a gap in a paired series is to (the rules in words: :mod:`shangyu_analysis.extract.fact_places`)."""

from __future__ import annotations

import bisect
import itertools
import re

from shangyu_analysis.extract.fact_place_clauses import CLAUSE_END, clause_lead
from shangyu_analysis.extract.gazetteer import gazetteer, place_code
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

# The end of a list's item that is a named body, no place (…功能区、, …产业园、), right before a place: that place
# starts the next body's name.
_BODY_BEFORE = frozenset({"区、", "园、", "港、"})
# Between two places of a list: a unit suffix, a value in parentheses, a separator (平湖市(1008.7亿元)、南湖区).
_LIST_SEPARATOR = re.compile(r"[市县区省州旗]?(?:[(（][^()（）\n]{0,24}[)）])?[、和与及]")
_LIST_MARKS = frozenset("、和与及")
# After a rank, the places it names (排第6的是巢湖市, 排在11—20位的分别是怀远、颍上).
_NAMED_AFTER = re.compile(r"的(?:分别|分別|依次)?(?:是|为|為)")  # before an item of a list of places
# From one figure to the next of a pair written like a list of places (第二和第三, 8.3%、8.2%): the first and a mark.
_PAIRED = re.compile(r"[^，,。；;、和及与\s]{1,10}[、和及与]")


# A gap to a list of units with as many values after it, given 分别 (较全国、全省、全市分别高10.4、6.2、6.3个百分点;
# 分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点; 分别低于国、省0.9和0.8个百分点): the i-th value is the gap to the i-th unit.
# …a unit by its name too, with its value in brackets (分别高于全省(6.3%)、金华(6.7%); 浙江省(8.5%)和金华市(17%)).
_UNIT_WORD = r"(?:(?:全国|全省|全市|国|省|市)(?:[(（][0-9.]+%[)）])?|[\u4e00-\u9fff]{2,5}?[(（][0-9.]+%[)）])"
_PAIRED_GAP = re.compile(
    rf"(?:高于|低于|快于|慢于|较|比)({_UNIT_WORD}(?:[、和与及]{_UNIT_WORD})+)(?:平均水平)?(?:分别)?(?:高出|高|低|快|慢)?了?"
    r"((?:[0-9.]+\s*(?:个百分点|%)?\s*[、和及]\s*)*)$"
)
_PAIRED_REACH = 40
# Where such a list of units ends (one pass per text: most texts have none, and then no figure looks further).
_UNIT_LIST = re.compile(rf"(?:高于|低于|快于|慢于|较|比)(?:分别)?{_UNIT_WORD}(?:[、和与及]{_UNIT_WORD})+")


def unit_list_ends(simple: str) -> list[int]:
    """The ends of the lists of units a gap is to near a 分别 (分别高于全国(5.4%)、全省(5.2%), 较全国、全省、全市分别高), in
    text order: a str.find loop over 分别, a short search around each."""
    ends: list[int] = []
    at = simple.find("分别")
    while at >= 0:
        found = _UNIT_LIST.search(simple, max(0, at - _PAIRED_REACH // 2), at + _PAIRED_REACH)
        if found is not None and (not ends or found.end() > ends[-1]):
            ends.append(found.end())
        at = simple.find("分别", at + 2)
    return ends


_SERIES_MARK = re.compile(r"[、和及]")


class PlaceLists:
    """The list rules of :class:`~shangyu_analysis.extract.fact_place_sentences.PlaceSentences`."""

    # set by the finder's __init__
    simple: str
    clause_marks: list[int]
    figure_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    main: str | None
    main_code: str | None
    unit_list_ends: list[int]  # see unit_list_ends()

    def _paired_gap(self, sent: int, start: int) -> str | None:
        """The main place and the unit a gap in a paired series is to (see ``_PAIRED_GAP``); None when the figure
        stands in no such series or the series has more values than units."""
        k = bisect.bisect_right(self.unit_list_ends, start) - 1
        if k < 0 or start - self.unit_list_ends[k] > _PAIRED_REACH:
            return None
        lo = max(sent, start - _PAIRED_REACH)
        found = _PAIRED_GAP.search(self.simple, lo, start) if self.simple.find("分别", lo, start) >= 0 else None
        if found is None or not self.main or not self.main_code:
            return None
        units = [re.sub(r"[(（].*", "", u) for u in _SERIES_MARK.split(found.group(1))]
        i = len(_SERIES_MARK.findall(found.group(2)))
        if i >= len(units):
            return None
        if len(units[i]) > 1 and not units[i].startswith("全"):  # 金华(6.7%): a unit by its name
            code = place_code(units[i])
            named = gazetteer().units[code].short if code in gazetteer().units else None
        else:
            word = units[i] if units[i].startswith("全") else "全" + units[i]
            named = COUNTRY if word == COUNTRY else self_place(word, self.main_code)
        return f"{self.main}、{named}" if named and named != self.main else None

    def _named_after(self, end: int) -> str | None:
        """The places a rank names right after it (排第6的是巢湖市; 排在11—20位的分别是怀远、颍上…): the list after 的是 or
        的分别是; None when no place follows so."""
        simple = self.simple
        found = _NAMED_AFTER.match(simple, end)
        if found is None:
            return None
        k = bisect.bisect_left(self.mention_starts, found.end())
        names: list[str] = []
        pos = found.end()
        while k < len(self.mentions) and self.mentions[k].start == pos:
            m = self.mentions[k]
            if m.weak or m.code in (None, SELF) or m.place == COUNTRY:
                break
            names.append(m.place)
            nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            if nxt is None or not _LIST_SEPARATOR.fullmatch(simple, m.end, nxt.start):
                break
            k, pos = k + 1, nxt.start
        return "、".join(dict.fromkeys(names)) if names else None

    def _leads(self, k: int, sent: int) -> bool:
        """True when mention ``k`` starts its clause; an item of a list (…、长沙经开区, 宁波和温州) when the list's first
        item does: 郑州经开区…排名首超武汉经开区、长沙经开区,…由第5位跃居第3位 ranks 郑州经开区, not the objects."""
        simple, mentions = self.simple, self.mentions
        while k > 0 and simple[mentions[k].start - 1 : mentions[k].start] in _LIST_MARKS:
            before = mentions[k - 1]
            if before.start < sent or not _LIST_SEPARATOR.fullmatch(simple, before.end, mentions[k].start):
                break
            k -= 1
        first = mentions[k].start
        if simple[first - 2 : first] in _BODY_BEFORE:
            return False  # 西安经开功能区、西安关中综合保税区(经开区)两大开放平台: a list of bodies, each named from its city
        return clause_lead(simple, self.clause_marks, first, sent)

    def _listed(self, k: int, place: str, start: int) -> str:
        """``place`` (of mention ``k``) and the places listed before it (平湖市(1008.7亿元)、南湖区(…)、宁海县(…)去年
        首次突破1000亿元; 武汉、宜昌、十堰、荆州项目…均超过千亿元; zones too: 合肥高新区、合肥经开区): a figure after a list
        is about all of them; not one inside the last item's parentheses, nor one of values given 分别 (each its own;
        a 分别 that gives no values, 九龙坡区、大渡口区、涪陵区分别举行…活动,开工签约项目共82个, leaves it all of theirs)."""
        simple, m = self.simple, self.mentions[k]
        if m.code == SELF or m.place == COUNTRY or "、" in place or k == 0 or simple[m.start - 1] not in _LIST_MARKS:
            return place  # (a list's items are joined by 、和与及: most places follow none)
        between = simple[m.end : start]
        if between.count("(") + between.count("（") > between.count(")") + between.count("）"):
            return place
        names = [place]
        while k > 0:
            before = self.mentions[k - 1]
            if before.code == SELF or before.weak or before.place == COUNTRY:
                break
            if not _LIST_SEPARATOR.fullmatch(simple, before.end, self.mentions[k].start):
                break
            names.append(before.place)
            k -= 1
        if "分别" in between and (each := self._one_place_each(names[::-1], simple.find("分别", m.end, start), start)):
            return each
        if len(names) > 1 and (each := self._one_place_each(names[::-1], m.end, start, paired=True)):
            return each  # 宁波和温州排名第二和第三: one each, as with 分别
        return "、".join(dict.fromkeys(reversed(names))) if len(names) > 1 else place

    def _one_place_each(self, names: list[str], respectively: int, start: int, paired: bool = False) -> str | None:
        """池州、六安、芜湖市分别增长13.6%、10.2%、10.1%: as many figures after 分别 in the clause as places listed
        give one place to each, in order; None otherwise. ``paired`` (no 分别): only figures joined as the names
        are, each right after the one before (宁波和温州排名第二和第三). After 分别, several such series, each joined
        as a list (楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三), are one place each in every series."""
        end = CLAUSE_END.search(self.simple, start)
        lo = bisect.bisect_left(self.figure_starts, respectively)
        run = self.figure_starts[lo : bisect.bisect_left(self.figure_starts, end.start() if end else len(self.simple))]
        if len(names) < 2 or start not in run:
            return None
        if len(run) != len(names):
            if paired or len(run) % len(names):
                return None
            series = [run[i : i + len(names)] for i in range(0, len(run), len(names))]
            if not all(_PAIRED.fullmatch(self.simple, a, b) for one in series for a, b in itertools.pairwise(one)):
                return None
            return names[run.index(start) % len(names)]
        if paired and not all(_PAIRED.fullmatch(self.simple, a, b) for a, b in itertools.pairwise(run)):
            return None
        return names[run.index(start)]
