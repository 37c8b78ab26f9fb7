"""Where a figure is: the gazetteer (``data/gazetteer.csv``) and the place mentions of one text.

The gazetteer holds China's provinces, prefectures and county-level units with their short names (上虞区 →
上虞; ``data/gazetteer.source.yml`` says where it comes from and how short names are made). A text's
mentions (:func:`find_places`) are

- every full name (南京市江宁区 gives 南京 and 江宁), and every province or prefecture short name (苏州, 浙江);
- a county-level short name when the text also writes its full name, or right after its province or
  prefecture (山东宁津, 湖北宣恩): alone it is too often an ordinary word (长安, 和平); in a text that names no
  county-level unit otherwise, one named at least twice counts as evidence for the main place (南浔…);
- 全国 (and 国内, 我国), 本港 (香港), and the words a text uses for itself: 全县/全市/全省/本市/我县…, which
  name the text's main place or the unit above it whose suffix they use (全市 in a district's text is its
  city);
- the places a text introduces: a name ending in 开发区, 经开区, 高新区, 新区 or 产业园区 (杭州湾上虞经开区), named
  as the annotators name it by :func:`~shangyu_analysis.extract.place_filters.named_zones` (其中合肥经开区 → 合肥经开区;
  安徽省开发区 is 安徽's zones).

Each mention carries its unit's code, so a mention can be told apart as the main place, one of its
ancestors (江苏 for 苏州: usually a scope, 获评江苏省…), or another place.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from shangyu_analysis.extract.gazetteer import (
    Gazetteer,
    ancestors,
    county_short_pattern,
    descends,
    gazetteer,
    place_code,
    place_en,
    trie_pattern,
)

COUNTRY = "全国"
SELF = "self"  # a mention of the text's own place (全县, 本市, 我区)
__all__ = [
    "COUNTRY",
    "SELF",
    "Mention",
    "ancestors",
    "find_places",
    "main_place",
    "own_unit",
    "own_zone",
    "place_code",
    "place_en",
    "self_place",
    "title_container",
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
    r"[全我国内本该](?:(?<=全)国|(?<=我)国|(?<=国)内|(?<=内)地|(?<=本)港|(?<=全)港"
    r"|(?<=[全本我该])[县市区省旗州](?!级|委|长|政府|人大|政协|直))"
)
_NATION_WORDS = frozenset({"全国", "我国", "国内", "内地"})
_ZONE = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|产业园区)")
_ZONE_END = re.compile(f"{_ZONE.pattern}$")
_NAME_START = re.compile(r"[^\u4e00-\u9fff]|[的在和与及为是将把从对居超]|(?<=[区])")
# A class of zones, not one by name: 全国经开区, 中部地区国家级经开区, 国家级开发区.
_GENERIC_ZONE = re.compile(r"全国|全省|各|[^\n]*(?:国家级|省级|地区)")


def find_places(simple: str) -> list[Mention]:  # noqa: C901, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """Every place mention of a text (``simple``: folded and simplified), in text order.

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
        else:
            mentions.append(_NEW(Mention, (m.start(), m.end(), word, SELF, False)))
    for m in _ZONE.finditer(simple):  # the suffix first, then its name back to a mark or a particle
        lo = m.start() - 10
        head = simple[max(0, lo) : m.start()]
        cut = max((x.end() for x in _NAME_START.finditer(head)), default=0)
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


def main_place(mentions: list[Mention], title_end: int) -> Mention | None:
    """The text's own place: the most specific unit named in its title (the first ``title_end``
    characters; of several, the most mentioned, unless a unit above them all is named there more often than all of
    them together: that unit (湖北县域…仙桃市…大冶市: 湖北); a zone of it or of a unit below it named in the title instead:
    泉州开发区, 安徽巢湖经济开发区 in a lead naming 合肥), else the most-mentioned county-level unit or zone,
    else the most-mentioned unit; a county short name seen only twice counts when nothing else does. A title that
    lists several zones (芜湖高新区、新芜经开区、芜湖经济技术开发区入围…) is about the unit they are in: no zone is
    the text's place then."""
    gaz = gazetteer()
    named = [m for m in mentions if m.code not in (SELF, None) and m.place != COUNTRY]
    strong = [m for m in named if not m.weak] or named
    if not strong:
        return None
    zones = [m for m in mentions if m.start < title_end and _is_zone(gaz, m.code)]
    if (
        len({m.place for m in zones}) > 1
    ):  # 芜湖市芜湖高新区、新芜经开区…入围全省前30强: a list of zones is its unit's, not one's
        strong = [m for m in strong if not _is_zone(gaz, m.code)] or strong
    in_title = [m for m in strong if m.start < title_end]
    if in_title:
        # Counts only break ties between places of the title's most specific level: counted only then.
        top = max(gaz.units[m.code].level for m in in_title)  # type: ignore[index]  # named: codes not None
        tied = {m.place for m in in_title if gaz.units[m.code].level == top}  # type: ignore[index]  # named: codes not None
        counts = Counter(m.place for m in strong if m.place in tied) if len(tied) > 1 else Counter()
        chosen = max(in_title, key=lambda m: (gaz.units[m.code].level, counts[m.place], -m.start))  # type: ignore[index]  # named: codes not None
        if len(tied) > 1 and (container := _container_of(in_title, tied)) is not None:
            return container  # 湖北县域…仙桃市…大冶市: several units of the title's level, their unit named more
        # a zone of that unit named in the title (泉州开发区共有…), or of a unit below it (安徽巢湖经济开发区 in a
        # lead that names 合肥): the text is the zone's; it keeps the unit's code
        zone = zones[0] if len({m.place for m in zones}) == 1 and zones[0].code is None else None
        found = re.fullmatch(rf"(.+?)[省市县区]?{_ZONE.pattern}", zone.place) if zone is not None else None
        code = place_code(found.group(1)) if found else None
        if zone is not None and code is not None and (code == chosen.code or descends(gaz, code, chosen.code)):  # type: ignore[arg-type]  # named: codes not None
            return Mention(zone.start, zone.end, zone.place, code)
        return chosen
    counts = Counter(m.place for m in strong)
    return max(strong, key=lambda m: (gaz.units[m.code].level >= 3, counts[m.place], -m.start))  # type: ignore[index]  # named: codes not None


def _container_of(in_title: list[Mention], tied: set[str]) -> Mention | None:
    """The unit above every one of several places of the title's most specific level, when the title names it
    more often than all of them together (湖北县域经济…湖北百强县…仙桃市…大冶市: a survey of 湖北's counties, not
    仙桃's text); of several such units, the lowest. None otherwise."""
    gaz = gazetteer()
    codes = {m.code for m in in_title if m.place in tied}
    above = set.intersection(*(ancestors(c) for c in codes))
    named = sum(m.code in above for m in in_title)
    if named <= sum(m.place in tied for m in in_title):
        return None
    return max(
        (m for m in in_title if m.code in above),
        key=lambda m: (gaz.units[m.code].level, -m.start),  # type: ignore[index]  # in above: codes not None
    )


def _is_zone(gaz: Gazetteer, code: str | None) -> bool:
    """True for a zone the text introduces (no code) or one the gazetteer lists (芜湖经济技术开发区)."""
    return code is None or (code in gaz.units and _ZONE_END.search(gaz.units[code].name) is not None)


def self_place(word: str, main_code: str | None) -> str | None:
    """The unit that 全县/全市/本区/全省… names in a text about ``main_code``: the main place or the first unit
    above it whose full name ends in the word's suffix (全市 in 渝中区's text is 重庆)."""
    gaz = gazetteer()
    suffix, code = word[-1], main_code
    while code in gaz.units:
        unit = gaz.units[code]
        if unit.name.endswith(suffix) or (suffix == "市" and unit.level == 2):
            return unit.short
        code = unit.parent
    return None


# A count of a unit's own units right after its name: 云南16州(市), 山东137个县, 浙江90个县(市、区).
_ITS_UNITS = re.compile(r"(?:省|市)?(?:共有|的)?[0-9一二三四五六七八九十百]+个?(?:县|州|市|区|地市|城市|县市区|区县)")


def title_container(mentions: list[Mention], simple: str, title_end: int) -> Mention | None:
    """The unit a title counts the units of (云南16州(市)GDP数据出炉!大理州跻身…: 云南, not 大理): a text about
    a province's or a city's units is the province's or the city's."""
    gaz = gazetteer()
    for m in mentions:
        if m.start >= title_end:
            break
        if m.code in gaz.units and gaz.units[m.code].level < 3 and not m.weak and _ITS_UNITS.match(simple, m.end):
            return m
    return None


_COUNTY_SUFFIXES = "县区旗"
_ITS_COUNTIES = re.compile(r"各?(?:区县|县区|县市区|县\(市、区\))")  # 全市各区县, 全省县(市、区): the unit's counties
_OPENING = 2000  # a text names its own county early (title, lead) if at all
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:！？!?\n])$")


def own_unit(mentions: list[Mention], simple: str, main: Mention | None, title_end: int) -> Mention | None:
    """The text's own unit when its self words (全县, 全省…) say the main place is at another level:

    - a county-level word (全区, 本县) when the main place is above county level or none: the county short name
      of that suffix the text writes in its opening, under the main place (江苏…钟楼答卷…全区), or, with no main
      place, right before the word (缙云全县上下), else the one of that suffix in the opening (我区…中德(金坛)创新产业区);
    - province or city words only (全省) when the title does not name the main place, no self word names it,
      and one opens its clause (全省上下…, not 占全市 or 居全省第3): the unit above the main place that they name
      (长沙 named once in a review of 全省: 湖南);
    - a province or city word followed by its counties (全市各区县, 全省县(市、区)) when the main place is a county
      named after the title, at most twice: the text surveys that unit's counties and is the unit's (全市各区县GDP增速…忠县 → 重庆).
    None when the self words agree with the main place (or there are none)."""
    gaz = gazetteer()
    words = [m for m in mentions if m.code == SELF]
    if not words:
        return None
    main_code = main.code if main else None
    main_level = gaz.units[main_code].level if main_code in gaz.units else 0
    county_words = [m for m in words if m.place[-1] in _COUNTY_SUFFIXES]
    if county_words and main_level < 3:
        return _county_of_words(county_words, simple, main_code)
    if main is not None and main_level == 3 and main.start >= title_end and _named_rarely(mentions, main):
        # 全市各区县GDP增速…忠县: a text that surveys a unit's counties is that unit's, not one county's (a county's
        # own text names it again and again)
        surveyed = {self_place(m.place, main_code) for m in words if _ITS_COUNTIES.match(simple, m.end)}
        if len(surveyed) == 1 and (unit := surveyed.pop()) and unit != main.place and (code := place_code(unit)):
            return Mention(words[0].start, words[0].end, unit, code)
    if (
        main is not None
        and main.start >= title_end
        and main_code in gaz.units
        and all(self_place(m.place, main_code) != main.place for m in words)
    ):
        named = [self_place(m.place, main_code) for m in words if _OPENS_CLAUSE.search(simple, 0, m.start)]
        above = [p for p in named if p]
        if above and len(set(above)) == 1:
            code = place_code(above[0])
            return Mention(words[0].start, words[0].end, above[0], code) if code else None
    return None


# A city's own zone named by the bare suffix of its unit (2023年市开发区秋季重点项目集中开工): not part of a name
# (城市开发区, 全市开发区: a class of zones, the city's) but after a year, a mark or a joining word.
_OWN_ZONE = re.compile(r"(?:^|[^\u4e00-\u9fff]|(?<=[年暨和及与的]))市(?:经济技术开发区|经济开发区|经开区|开发区)")


def own_zone(simple: str, title_end: int, main_code: str | None) -> str | None:
    """The text's zone when its title names a city's own zone by the bare word 市 (市开发区秋季重点项目集中开工 in
    连云港's news: 连云港开发区, as the annotators name a zone), the main place being a city; else None."""
    gaz = gazetteer()
    if main_code not in gaz.units or gaz.units[main_code].level != 2:
        return None
    if _OWN_ZONE.search(simple, 0, title_end) is None:
        return None
    return gaz.units[main_code].short + "开发区"


def _named_rarely(mentions: list[Mention], main: Mention) -> bool:
    """True when the main place is named at most twice."""
    return sum(m.code == main.code for m in mentions) <= 2


def _county_of_words(words: list[Mention], simple: str, main_code: str | None) -> Mention | None:
    """The county short name a text about a county (its words: 全县, 全区…) writes: see :func:`own_unit`. Only
    the names under the main place in the text's opening are looked for (one cached pattern each), or, with
    none, the words just before a self word: never every county name over the whole text."""
    gaz = gazetteer()
    suffixes = {m.place[-1] for m in words}
    if main_code is None:
        spans = [
            (m.start - size, m.start, simple[m.start - size : m.start])
            for m in words
            for size in (2, 3, 4)
            if m.start >= size and simple[m.start - size : m.start] in gaz.county_short
        ]
        if (
            not spans
        ):  # 开发区是我区经济发展的主战场…中德(金坛)创新产业区: the one county of that suffix the opening names
            spans = [(x.start(), x.end(), x.group(0)) for x in _all_counties().finditer(simple[:_OPENING])]
    else:
        pattern = _counties_under(main_code)
        opening = simple[:_OPENING]
        spans = [(x.start(), x.end(), x.group(0)) for x in pattern.finditer(opening)] if pattern else []
    found: Counter = Counter()
    first: dict[str, tuple[int, int]] = {}
    for start, end, name in spans:
        codes = [
            c
            for c in gaz.county_short.get(name, ())
            if gaz.units[c].name[-1] in suffixes and (main_code is None or descends(gaz, c, main_code))
        ]
        if len(codes) == 1:
            found[codes[0]] += 1
            first.setdefault(codes[0], (start, end))
    if len(found) != 1:
        return None  # none, or several counties: not one text's own
    code = next(iter(found))
    return Mention(*first[code], gaz.units[code].short, code)


@lru_cache(maxsize=1)
def _all_counties() -> re.Pattern[str]:
    """One prefix-tree pattern of every county short name (for a text whose main place is none)."""
    return re.compile(trie_pattern(set(gazetteer().county_short)))


@lru_cache(maxsize=64)
def _counties_under(code: str) -> re.Pattern[str] | None:
    """One prefix-tree pattern of the county short names under the unit ``code``."""
    names = set(gazetteer().below.get(code, {})) & set(gazetteer().county_short)
    return re.compile(trie_pattern(names)) if names else None
