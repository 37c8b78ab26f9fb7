"""Where a figure is: the gazetteer (``data/gazetteer.csv``) and the place mentions of one text.

The gazetteer holds China's provinces, prefectures and county-level units with their short names (上虞区 →
上虞; ``data/gazetteer.source.yml`` says where it comes from and how short names are made). A text's
mentions (:func:`find_places`) are

- every full name (南京市江宁区 gives 南京 and 江宁), and every province or prefecture short name (苏州, 浙江);
- a county-level short name when the text also writes its full name, or right after its province or
  prefecture (山东宁津, 湖北宣恩): alone it is too often an ordinary word (长安, 和平); in a text that names no
  county-level unit otherwise, one named at least twice counts as evidence for the main place (南浔…);
- 全国 (and 国内, 我国), 本港 (香港), 全疆 (新疆), and the words a text uses for itself: 全县/全市/全省/本市/我县…, which
  name the text's main place or the unit above it whose suffix they use (全市 in a district's text is its
  city);
- the places a text introduces: a name ending in 开发区, 经开区, 高新区, 新区, 产业园区, 工业(园)区, 保税区 or 试验区
  (杭州湾上虞经开区), or a region's word 经济圈, 经济带, 开发带 or 大通道 (环首都绿色经济圈, 义甬舟开放大通道), named
  as the annotators name it by :func:`~shangyu_analysis.extract.place_zones.named_zones` (其中合肥经开区 → 合肥经开区;
  安徽省开发区 is 安徽's zones; a period before the name is none of it: 上半年经开区 is 经开区, the text's zone).

Each mention carries its unit's code, so a mention can be told apart as the main place, one of its
ancestors (江苏 for 苏州: usually a scope, 获评江苏省…), or another place.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple

from shangyu_analysis.extract.gazetteer import (
    Gazetteer,
    ancestors,
    county_short_pattern,
    descends,
    gazetteer,
    place_code,
    place_en,
)

COUNTRY = "全国"
SELF = "self"  # a mention of the text's own place (全县, 本市, 我区)
__all__ = [
    "COUNTRY",
    "SELF",
    "Mention",
    "ancestors",
    "find_places",
    "place_code",
    "place_en",
]


class Mention(NamedTuple):
    start: int
    end: int
    place: str  # the short name (for SELF, the words: 全县, 本市)
    code: str | None  # None for a zone the text introduces, or SELF
    weak: bool = False  # a county short name seen only twice alone: evidence for the main place only


# One pass for the words that are not gazetteer names: the country, Hong Kong's 本港, a text's own 全县/本市.
# It opens with the class of their first characters, so ``re`` skips every other position in C, then tells
# them apart by look-behind on that character (the shape of ``gazetteer.trie_pattern``; 3x a plain alternation).
_WORDS = re.compile(
    r"[全我国内本该](?:(?<=全)国|(?<=我)国|(?<=国)内|(?<=内)地|(?<=本)港|(?<=全)港|(?<=全)疆"
    r"|(?<=[全本我该])[县市区省旗州](?!级|委|长|政府|人大|政协|直))"
)
_NATION_WORDS = frozenset({"全国", "我国", "国内", "内地"})
# 经济区 names a zone (廊坊临空经济区, fn1_01), not after a class's word (我省各市經濟區, 八大经济区).
# The class of first characters, then look-behind on it (the shape of ``gazetteer.trie_pattern``): ``re`` skips in
# C to those characters; the plain alternation 经济技术开发区|高新技术产业开发区|经开区|…|(?<![经\n])开区 was 3.5x slower
# (its look-behind branch made ``re`` try every position). Branches of one first character keep their order.
ZONE = re.compile(
    r"[经高开新产工大保验](?:(?<=经)(?:济技术开发区|开区|济圈|济带|(?<![市省县各大]经)济区)|(?<=高)(?:新技术产业开发区|新区)|(?<=开)(?:发区|发带)"
    r"|(?<=新)区|(?<=产)业(?:集聚区|园区)|(?<=工)业园?区|(?<=大)通道|(?<=保)税区|(?<=[试实]验)区"
    r"|(?<![经\n]开)(?<=开)区(?![域间]))"  # 长春汽开区 (fz1_11): a trade's character and 开区, the short of 汽车经济技术开发区
)
# …and a period before it (上半年经开区规上工业增加值: the zone of the text, not one named 上半年经开区), or 本次/此次
# (本次义甬舟开放大通道签约项目: this time's, no part of the name).
_NAME_START = re.compile(
    r"[^\u4e00-\u9fff]|[的在和与及为是将把从对居超]|(?<=[区])|(?<=半年|全年|今年|去年|季度|月份|本次|此次|这次)"
    r"|(?<=来自|根据|依据|按照|关于|通过|围绕|对于|由于|随着|经过|作为|据悉|其中)"  # 来自新区发改委 (fz1_09), 其中高新区 (fv2_09): none of the name
)
# A class of zones, not one by name: 全国经开区, 中部地区国家级经开区, 国家级开发区.
_GENERIC_ZONE = re.compile(r"全国|全省|各|[^\n]*(?:国家级|省级|地区)")
# A region a policy names by an area's name of two characters and 地区 and its own words of two to four (成渝地区双城
# 经济圈, fy2_08; 共建成渝地区双城经济圈 too): the whole is its name, not the words after 区 alone (双城经济圈).
_REGION_OF_AREA = re.compile(r"[\u4e00-\u9fff]{2}地区[\u4e00-\u9fff]{2,4}$")


# A mirror's pinyin gloss after a character (內(nèi)蒙古, 自治區(qū)): it breaks the name it stands in.
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def find_places(simple: str) -> list[Mention]:
    """Every place mention of a text (``simple``: folded and simplified), in text order; in a text whose mirror
    glosses characters with pinyin (對內(nèi)蒙古的重要指示), the names are read with the glosses left out and each
    mention spans its name with the glosses inside it."""
    glosses = [g.span() for g in _GLOSS.finditer(simple)] if "(" in simple else []
    if not glosses:
        return _find_places(simple)
    kept, at = [], 0  # the text's pieces between glosses, and where each kept character stands in ``simple``
    for start, end in glosses:
        kept.append((at, start))
        at = end
    kept.append((at, len(simple)))
    where = [i for lo, hi in kept for i in range(lo, hi)]
    where.append(len(simple))
    return [
        m._replace(start=where[m.start], end=where[m.end - 1] + 1)
        for m in _find_places("".join(simple[lo:hi] for lo, hi in kept))
    ]


def _find_places(simple: str) -> list[Mention]:  # noqa: C901, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """Every place mention of a text without glosses (see :func:`find_places`).

    Three cheap scans instead of one over ~6,000 names: province and prefecture names (a prefix-tree
    regex of ~700), county-level full names over the reversed text (reversed, they all start with 县, 区,
    市 or 旗, so the scan skips to those), and the short names of the counties found so (or named right
    after a unit above them: 山东宁津).
    """
    gaz = gazetteer()
    raw = [(m.start(), m.end(), m.group(0)) for m in gaz.upper.finditer(simple)]
    backwards, size = simple[::-1], len(simple)
    raw += [(size - m.end(), size - m.start(), m.group(0)[::-1]) for m in gaz.county_full.finditer(backwards)]
    raw = _longest_first(raw)
    names = {name for _, _, name in raw}  # each distinct name looked up once below
    found = {code for name in names for code in gaz.by_name[name] if gaz.units[code].level == 3}
    shorts = {gaz.units[code].short: code for code in found if gaz.units[code].short != gaz.units[code].name}
    extra = []
    if shorts:
        extra = [(m.start(), m.end(), m.group(0)) for m in re.finditer("|".join(map(re.escape, shorts)), simple)]
    unders = {name: [gaz.below[code] for code in gaz.by_name[name] if gaz.below.get(code)] for name in names}
    for _start, end, name in raw:  # 山东宁津, 湖北宣恩县: a county short name right after a unit above it
        for under in unders[name]:
            for size in (2, 3, 4):
                if simple[end : end + size] in under:
                    extra.append((end, end + size, simple[end : end + size]))
    mentions: list[Mention] = []
    alone: dict[str, tuple[str, str] | None] = {}  # name -> (short, code) of a mention that follows none
    for start, end, name in _longest_first(raw + extra):
        previous = mentions[-1] if mentions and mentions[-1].end == start else None
        if previous is None:  # the common case, the same for every mention of one name: looked up once
            if name not in alone:
                alone[name] = _alone(gaz, name, shorts)
            if alone[name] is not None:  # tuple.__new__: Mention(...) without its Python-level __new__
                mentions.append(_NEW(Mention, (start, end, *alone[name], False)))  # type: ignore[misc]  # tested not None just above
            continue
        codes = gaz.by_name.get(name) or [shorts.get(name)] if name in shorts else gaz.by_name.get(name)  # type: ignore[list-item]  # name is in shorts there
        if codes is None or codes == [None]:
            under = gaz.below.get(previous.code, {}) if previous is not None else {}  # type: ignore[arg-type]  # a None code finds {}
            codes = [under[name]] if name in under else None
            if codes is None:
                continue
        code = codes[0] if len(codes) == 1 else _pick(gaz, codes, previous)
        if previous is not None and descends(gaz, code, previous.code):  # type: ignore[arg-type]  # None is no code: never an ancestor
            mentions[-1] = Mention(previous.start, end, gaz.units[code].short, code)  # 湖北宣恩县: one mention
        else:
            mentions.append(Mention(start, end, gaz.units[code].short, code))
    if not any(gaz.units[m.code].level == 3 for m in mentions):  # type: ignore[index]  # every mention so far has a gazetteer code  # a county short name named twice (南浔发展…)
        matches = list(county_short_pattern().finditer(simple))
        seen = Counter(m.group(0) for m in matches)
        starts, ends = [m.start for m in mentions], [m.end for m in mentions]  # sorted, disjoint
        mentions += [
            Mention(m.start(), m.end(), m.group(0), gaz.county_short[m.group(0)][0], True)
            for m in matches
            if seen[m.group(0)] >= 2
            and len(gaz.county_short[m.group(0)]) == 1
            and not _overlaps(starts, ends, m.start(), m.end())
        ]
    for m in _WORDS.finditer(simple):  # thousands in a long text: tuple.__new__, as above
        word = m.group(0)
        if word in _NATION_WORDS:
            mentions.append(_NEW(Mention, (m.start(), m.end(), COUNTRY, "100000", False)))
        elif word in ("本港", "全港"):
            mentions.append(_NEW(Mention, (m.start(), m.end(), "香港", "810000", False)))
        elif word == "全疆":  # 占全疆一半: the whole of Xinjiang, named by its one-character name
            mentions.append(_NEW(Mention, (m.start(), m.end(), "新疆", "65", False)))
        else:
            mentions.append(_NEW(Mention, (m.start(), m.end(), word, SELF, False)))
    for m in ZONE.finditer(simple):  # the suffix first, then its name back to a mark or a particle
        lo = m.start() - 10
        head = simple[max(0, lo) : m.start()]
        cut = max((x.end() for x in _NAME_START.finditer(head)), default=0)
        if m.group(0) in ("经济圈", "经济带") and (whole := _REGION_OF_AREA.search(head)) and whole.start() < cut:
            # 成渝地区双城经济圈 (fy2_08): a region named by an area (地区) and its own words, one name
            mentions.append(
                Mention(max(0, lo) + whole.start(), m.end(), simple[max(0, lo) + whole.start() : m.end()], None)
            )
            continue
        if m.start() - (max(0, lo) + cut) >= 2 and not _GENERIC_ZONE.match(simple, max(0, lo) + cut, m.start()):
            mentions.append(Mention(max(0, lo) + cut, m.end(), simple[max(0, lo) + cut : m.end()], None))
    # a coded mention first: it wins a tie with a zone of the same span (郑州经济技术开发区); None meets no code
    mentions.sort(key=lambda m: (m.start, m.end, m.code is None, m.place, m.code or "", m.weak))
    return _drop_overlaps(mentions)


_NEW = tuple.__new__


def _alone(gaz: Gazetteer, name: str, shorts: dict[str, str]) -> tuple[str, str] | None:
    """(short name, code) of a mention of ``name`` that follows no other mention; None when it names no unit."""
    codes = gaz.by_name.get(name) or [shorts.get(name)] if name in shorts else gaz.by_name.get(name)  # type: ignore[list-item]  # name is in shorts there
    if codes is None or codes == [None]:
        return None
    code = codes[0] if len(codes) == 1 else _pick(gaz, codes, None)
    return gaz.units[code].short, code


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, disjoint spans (``starts``, ``ends``)."""
    k = bisect.bisect_right(ends, start)  # the first span that ends after ``start``
    return k < len(starts) and starts[k] < end


def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans in text order, of overlapping ones the longest (苏州工业园区 over 苏州)."""
    kept: list[tuple[int, int, str]] = []
    # Plain tuple order (no key function: a third of the time). Of spans with one start the shorter comes
    # first and the longer replaces it below, so the longest is kept as with the longest first.
    for span in sorted(spans):
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping mentions the longest wins (a zone over the district inside its name)."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _pick(gaz: Gazetteer, codes: list[str], previous: Mention | None) -> str:
    """Of several units with one name, the one under the previous mention, else the highest level."""
    if previous is not None and previous.code not in (None, SELF):
        under = [c for c in codes if descends(gaz, c, previous.code)]
        if under:
            return under[0]
    return min(codes, key=lambda c: gaz.units[c].level)
