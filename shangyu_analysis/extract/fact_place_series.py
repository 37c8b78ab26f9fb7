"""Places the gazetteer does not know, named by the text itself (:class:`PlaceSeries`, over
:class:`~shangyu_analysis.extract.fact_place_zone_sets.PlaceZoneSets`; round 31).

- *Siblings in a list*: a 、-list with values given 分别 whose other items are known places (“突泉、扎旗、前旗高于全盟平均
  水平,同比分别增长193.5%、99.5%、37.6%”, fai1_02: a league's banners in local short forms) introduces its short items
  (扎旗: two or three characters ending in a unit's suffix) for the whole text, so a list of such names (乌市、中旗分别增长
  24.3%、4.8%) and a clause led by one (扎旗下降62.8%) name them too; regions by direction (苏南、苏中、苏北…分别为9.0%、
  12.3%、18.5%, fai1_07) are such a list alone. The i-th figure of the run after 分别 is the i-th item's (ruling 5).
- *Groups of cities*: 西部七盟市 (fai1_03), 宜荆荆都市圈, 武汉新城 (fai2_07) leading a clause name its figures' place.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_zone_sets import PlaceZoneSets
from shangyu_analysis.extract.gazetteer import place_code
from shangyu_analysis.extract.places import SELF

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、){1,7}[\u4e00-\u9fff]{2,3}")  # a 、-list's candidate items
_UNIT_ENDS = frozenset("旗市县区盟州")
_NOT_FIRST = frozenset("全各本该該其城市新郊县区省州盟旗两三四五六七八九十以向往朝和及与")  # 全市, 城区: no name
_DIRECTIONS = frozenset("东南西北中")
_LAST_FOLLOW = re.compile(r"分别|高于|低于|增长|下降|同比|地区|的|占|[,，]")
_MARK = re.compile(r"[，,；;。：:\n]")
_WINDOW = 80  # how far before a 分别 its list may start
_CLAUSE_STOP = re.compile(r"[。；;\n]")
_STEP = re.compile(r"[0-9.]+\s*(?:%|个百分点|亿元|万元|元|个|倍)?(?:[、和及]|和(?:增长|下降|减少))")
_REACH = 150  # how far back a list or a group may stand from its figure
_GROUP = re.compile(r"[东西南北中]部[一二三四五六七八九十0-9]{1,2}个?(?:盟市|市州|地市|县市|市)")
_CIRCLES = ("都市圈", "城市圈", "新城")  # not 经济圈: 成渝地区双城经济圈, 环成都经济圈 are written whole
# A group leads its clause: after a mark or a time word (一季度西部七盟市), not 占西部七盟市…的36.75% (a share of it) nor
# 融入合肥都市圈 (an object).
_BEFORE_GROUP = frozenset("，,；;。：:\n看度年期的")


class PlaceSeries(PlaceZoneSets):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceZoneSets`."""

    _series: list[tuple[int, int, list[str]]] | None = None  # each list's start, end and items, found once
    _learned: frozenset[str] = frozenset()
    _groups: list[tuple[int, int, str]] | None = None  # each group's start, end and name

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if self._series is None:
            self._prepare()
        if found == "-" or not found:
            return found
        lo = self._stop(start, _REACH)
        named = self._from_series(start, lo) if self._series else None
        if named is None and self._groups:
            named = self._from_group(start, lo, found)
        return named or found

    def _prepare(self) -> None:
        simple = self.simple
        self._series, self._groups = [], []
        if "分别" in simple and "、" in simple:
            self._series, self._learned = _series(simple, self.mentions, self.mention_starts)
        if "部" in simple or "圈" in simple:
            self._groups = _groups(simple)

    def _from_series(self, start: int, lo: int) -> str | None:
        """The item of a 、-list with an unknown name that the figure is given to after 分别, or a learned name
        leading the figure's clause."""
        simple = self.simple
        k = bisect.bisect_right(self._series or [], (start,)) - 1
        if k >= 0:
            at, list_end, items = (self._series or [])[k]
            respectively = simple.rfind("分别", list_end, start)
            if at >= lo and respectively >= 0 and not _CLAUSE_STOP.search(simple, list_end, respectively):
                run = self._run(respectively, start)
                if run and len(run) == len(items) and start in run:
                    return items[run.index(start)]
        if self._learned:
            clause = max(simple.rfind(c, lo, start) for c in "；;。\n,，") + 1
            name = simple[clause : clause + 2]
            if name in self._learned and bisect.bisect_left(self.mention_starts, clause) == bisect.bisect_left(
                self.mention_starts, start
            ):
                return name
        return None

    def _run(self, respectively: int, start: int) -> list[int]:
        """The figures after 分别 joined one to the next as a series (65.3%、52.6%、49.9%和下降9.4%)."""
        starts = self.figure_starts
        i = bisect.bisect_left(starts, respectively)
        if i >= len(starts) or starts[i] > start or _CLAUSE_STOP.search(self.simple, respectively, starts[i]):
            return []
        run = [starts[i]]
        while i + 1 < len(starts) and _STEP.fullmatch(self.simple, starts[i], starts[i + 1]):
            i += 1
            run.append(starts[i])
        return run

    def _from_group(self, start: int, lo: int, found: str) -> str | None:
        """A group of cities leading the figure's clause with no place named between it and the figure."""
        groups = self._groups or []
        k = bisect.bisect_right(groups, (start,)) - 1
        if k < 0:
            return None
        at, group_end, name = groups[k]
        if at < lo or found == name:
            return None
        j = bisect.bisect_left(self.mention_starts, group_end)
        parts = found.split("、")
        if j < len(self.mention_starts) and self.mention_starts[j] < start:
            # only 全区 between (高于全区平均增速0.39个百分点): the group against its province
            between = self.mentions[j : bisect.bisect_left(self.mention_starts, start, j)]
            if len(parts) != 2 or parts[1] != self.main or any(m.code != SELF for m in between):
                return None
        return f"{name}、{parts[1]}" if len(parts) == 2 and parts[1] == self.main else name


def _series(simple: str, mentions: list, mention_starts: list[int]) -> tuple[list, frozenset[str]]:
    """Each 、-list with at least one unknown item (learned from a list with a known sibling, or by direction), and
    the learned names."""
    lists: list[tuple[int, int, list[tuple[str, bool]]]] = []
    for m in _lists_before_respectively(simple):
        first = simple.find("、", m.start())
        starts = range(m.start(), min(m.start() + 3, first - 1))  # 去年苏南、苏中: the list may follow a word
        k = bisect.bisect_left(mention_starts, m.start())
        if k < len(mention_starts) and mention_starts[k] in starts:
            starts = range(mention_starts[k], mention_starts[k] + 1)  # 前三名为德州、聊城: from the known place
        for at in starts:
            if listed := _items(simple, at, m.end(), mentions, mention_starts):
                lists.append(listed)
                break
    learned = {name for _, _, items in lists if any(known for _, known in items) for name, known in items if not known}
    found: list[tuple[int, int, list[str]]] = []
    for at, end, items in lists:
        unknown = [name for name, known in items if not known]
        if not unknown:
            continue
        by_direction = len(unknown) == len(items) and len({n[0] for n in unknown}) == 1
        if all(n in learned for n in unknown) or by_direction:
            found.append((at, end, [name for name, _ in items]))
    return found, frozenset(learned)


def _lists_before_respectively(simple: str) -> list[re.Match[str]]:
    """The 、-list candidates up to 80 characters before each 分别, from a clause mark on (a str.find loop)."""
    found: dict[int, re.Match[str]] = {}
    at = simple.find("分别")
    while at >= 0:
        lo = _MARK.search(simple, max(0, at - _WINDOW), at)
        for m in _LIST.finditer(simple, lo.end() if lo else max(0, at - _WINDOW), at):
            found.setdefault(m.start(), m)
        at = simple.find("分别", at + 2)
    return [found[k] for k in sorted(found)]


def _items(
    simple: str, at: int, end: int, mentions: list, mention_starts: list[int]
) -> tuple[int, int, list[tuple[str, bool]]] | None:
    """The items of a list candidate from ``at``: known places (mentions) or short names; None if not a list of
    places."""
    items: list[tuple[str, bool]] = []
    pos = at
    while True:
        k = bisect.bisect_left(mention_starts, pos)
        if k < len(mentions) and mention_starts[k] == pos and not mentions[k].weak:
            name, stop, known = mentions[k].place, mentions[k].end, True
            if simple[stop : stop + 1] in _UNIT_ENDS and simple[stop + 1 : stop + 2] == "、":
                stop += 1
        else:
            sep = simple.find("、", pos, pos + 4)
            stop = sep if sep > 0 else pos + 2
            name, known = simple[pos:stop], False
            if not _is_short(name) or (sep < 0 and name[1] not in _DIRECTIONS and not _LAST_FOLLOW.match(simple, stop)):
                return None
        items.append((name, known))
        if simple[stop : stop + 1] != "、" or stop >= end:
            break
        pos = stop + 1
    if len(items) < 2:
        return None
    return at, stop, items


def _is_short(name: str) -> bool:
    """A short name of a unit (扎旗, 乌市) or a region by direction (苏南)."""
    if len(name) not in (2, 3) or name[0] in _NOT_FIRST or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    return name[-1] in _UNIT_ENDS or (len(name) == 2 and name[1] in _DIRECTIONS)


def _groups(simple: str) -> list[tuple[int, int, str]]:
    """Each group of cities (西部七盟市, 武汉都市圈) leading its clause, in text order."""
    found = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(simple)]
    for suffix in _CIRCLES:
        at = simple.find(suffix)
        while at >= 0:
            for n in (3, 2):
                name = simple[at - n : at]
                known = place_code(name) is not None
                if suffix == "新城" and (not known or simple[at + 2 : at + 3] == "区"):
                    continue  # 武汉新城 (fai2_07): a known city's new town, not a district 新城区
                if (
                    len(name) == n
                    and _CJK.fullmatch(name[0])
                    and (known or at - n == 0 or not _CJK.match(simple, at - n - 1))
                ):
                    found.append((at - n, at + len(suffix), name + suffix))
                    break
            at = simple.find(suffix, at + 1)
    return sorted(g for g in found if g[0] == 0 or simple[g[0] - 1] in _BEFORE_GROUP)
