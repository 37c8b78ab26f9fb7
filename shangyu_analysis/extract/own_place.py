"""A text's own place among its mentions (:func:`~shangyu_analysis.extract.places.find_places`): the main place
(:func:`main_place`), the unit its title names above it (:func:`title_container`), the unit its own words name
(:func:`own_unit`: 全县, 本市), its own zone (:func:`own_zone`) and what 全市/我县 name (:func:`self_place`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from shangyu_analysis.extract.gazetteer import (
    Gazetteer,
    ancestors,
    descends,
    gazetteer,
    place_code,
    trie_pattern,
)
from shangyu_analysis.extract.own_place_spread import spread_container
from shangyu_analysis.extract.places import COUNTRY, SELF, ZONE, Mention

_ZONE_END = re.compile(f"{ZONE.pattern}$")


def main_place(mentions: list[Mention], title_end: int) -> Mention | None:
    """The text's own place: the most specific unit named in its title (the first ``title_end``
    characters; of several, the most mentioned, unless a unit above them all is named there more often than all of
    them together: that unit (湖北县域…仙桃市…大冶市: 湖北); a zone of it or of a unit below it named in the title instead:
    泉州开发区, 安徽巢湖经济开发区 in a lead naming 合肥; one zone and no unit: 西安经开区全国排名上升5位, the zone with
    its city's code; 安巢经開區113個項目…, the zone with no code), else the most-mentioned county-level unit or zone
    (unless it is named once and a unit above it more often: 皖西霍山县…安徽从…安徽62个县, 安徽), else the most-mentioned
    unit; a county short name seen only twice counts when nothing else does. A title that
    lists several zones (芜湖高新区、新芜经开区、芜湖经济技术开发区入围…) is about the unit they are in: no zone is
    the text's place then. A text that names no unit but zones is its most-mentioned zone's (成都高新区)."""
    gaz = gazetteer()
    named = [m for m in mentions if m.code not in (SELF, None) and m.place != COUNTRY]
    strong = [m for m in named if not m.weak] or named
    if not strong:
        return _only_zone(mentions)
    zones = [m for m in mentions if m.start < title_end and _is_zone(gaz, m.code)]
    if (
        len({m.place for m in zones}) > 1
    ):  # 芜湖市芜湖高新区、新芜经开区…入围全省前30强: a list of zones is its unit's, not one's
        strong = [m for m in strong if not _is_zone(gaz, m.code)] or strong
    in_title = [m for m in strong if m.start < title_end]
    if not in_title and (zone := _title_zone(zones)) is not None:
        return zone  # 西安经开区全国排名上升5位: a title that names one zone and no unit is the zone's
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
        found = re.fullmatch(rf"(.+?)[省市县区]?{ZONE.pattern}", zone.place) if zone is not None else None
        code = place_code(found.group(1)) if found else None
        if zone is not None and code is not None and (code == chosen.code or descends(gaz, code, chosen.code)):  # type: ignore[arg-type]  # named: codes not None
            return Mention(zone.start, zone.end, zone.place, code)
        return chosen
    counts = Counter(m.place for m in strong)
    best = max(strong, key=lambda m: (gaz.units[m.code].level >= 3, counts[m.place], -m.start))  # type: ignore[index]  # named: codes not None
    if gaz.units[best.code].level >= 3 and (spread := spread_container(strong, best, counts)) is not None:  # type: ignore[index]  # named: codes not None
        return spread  # 陽春市…徐聞縣…羅定市: a list of counties across 广东 (fy2_06)
    if counts[best.place] == 1:
        # 皖西霍山县…安徽从…安徽62个县: a county named once as an example in a text about the unit above it, named
        # more often, is not the text's own place: that unit is
        above = [m for m in strong if counts[m.place] > 1 and descends(gaz, best.code, m.code)]  # type: ignore[arg-type]  # named: codes not None
        return max(above, key=lambda m: (counts[m.place], -m.start)) if above else best
    return best


def _only_zone(mentions: list[Mention]) -> Mention | None:
    """The zone of a text that names no unit, only zones and self words (今年前三季度 / 成都高新区实现…全区…全市):
    the most-mentioned zone (of several as often, the first), with the code of the unit its name starts with."""
    counts = Counter(m.place for m in mentions if m.code is None)
    if not counts:
        return None
    top = max(counts.values())
    return _title_zone([next(m for m in mentions if m.code is None and counts[m.place] == top)])


def _title_zone(zones: list[Mention]) -> Mention | None:
    """The one zone a title names (西安经开区), with the code of the unit its name starts with (西安), or none when it
    starts with no unit (安巢经开区: still the text's zone); None when the title names several zones or none."""
    if len({m.place for m in zones}) != 1 or zones[0].code is not None:
        return None
    found = re.fullmatch(rf"(.+?)[省市县区]?{ZONE.pattern}", zones[0].place)
    code = _zone_code(found.group(1)) if found else None
    return Mention(zones[0].start, zones[0].end, zones[0].place, code)


def _zone_code(head: str) -> str | None:
    """The code of the unit a zone's name starts with: its whole head (西安 of 西安经开区), else the most specific
    unit named inside it (郑州 of 郑州航空港产业集聚区: 全省 in its text is 河南; 上虞 of 杭州湾上虞经开区, not 杭州)."""
    code = place_code(head)
    if code is not None:
        return code
    units, best = gazetteer().units, None
    for i in range(len(head) - 1):
        for end in range(len(head), i + 1, -1):
            found = place_code(head[i:end])
            if found is not None and (best is None or units[found].level >= units[best].level):
                best = found
    return best


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
# A county's own bodies named by the bare suffix (在县委的坚强领导下, 在县人大、县政协的监督支持下): a county's work report.
_OWN_BODIES = re.compile(r"[县区旗](?:委|政府|人大|政协)")
_BEFORE_BODIES = re.compile(r"[^\u4e00-\u9fff]|[在、和及与]")  # …after a mark or a joining word, not 市县政府
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:！？!?\n])$")


def own_unit(mentions: list[Mention], simple: str, main: Mention | None, title_end: int) -> Mention | None:
    """The text's own unit when its self words (全县, 全省…) say the main place is at another level:

    - a zone (the main place) written as one with a county-level unit in brackets (经开区(头屯河区)): that unit;
    - a county-level word (全区, 本县; not one naming the main place or a unit above it: 全区 in 广西壮族自治区's or
      崇左市's text) when the main place is above county level or none: the county short name
      of that suffix the text writes in its opening, under the main place (江苏…钟楼答卷…全区), or, with no main
      place, right before the word (缙云全县上下), else the one of that suffix in the opening (我区…中德(金坛)创新产业区);
      with no such word, the county's bodies named by the bare suffix count as one (在县委的坚强领导下 in 临高's report,
      which names only 海南 and, twice, 临高);
    - a city word that opens its clause (全市上下) when the main place is a province the title does not name: the one
      city under it the opening names (辽宁…大连…全市: 大连's report);
    - province or city words only (全省) when the title does not name the main place, no self word names it,
      and one opens its clause (全省上下…, not 占全市 or 居全省第3): the unit above the main place that they name
      (长沙 named once in a review of 全省: 湖南);
    - a province or city word followed by its counties (全市各区县, 全省县(市、区)) when the main place is a county
      named after the title, at most twice: the text surveys that unit's counties and is the unit's (全市各区县GDP增速…忠县 → 重庆).
    None when the self words agree with the main place (or there are none)."""
    gaz = gazetteer()
    if main is not None and _ZONE_END.search(main.place) and (joint := _joint_unit(mentions, simple, main)):
        return joint
    words = [m for m in mentions if m.code == SELF]
    main_code = main.code if main else None
    main_level = gaz.units[main_code].level if main_code in gaz.units else 0
    # 全区 in 广西壮族自治区's text (or a city's under it) is the region, as self_place reads it: no county's word
    county_words = [
        m
        for m in words
        if m.place[-1] in _COUNTY_SUFFIXES and (main_code is None or not self_place(m.place, main_code))
    ]
    if main_level < 3 and not county_words:  # 在县委的坚强领导下: a county's bodies speak for it as 全县 would
        county_words = [
            Mention(x.start(), x.start() + 1, simple[x.start()], SELF)
            for x in _OWN_BODIES.finditer(simple, 0, _OPENING)
            if x.start() == 0 or _BEFORE_BODIES.match(simple, x.start() - 1)
        ]
    if county_words and main_level < 3:
        return _county_of_words(county_words, simple, main_code)
    if not words:
        return None
    if main is not None and main_level == 3 and main.start >= title_end and _named_rarely(mentions, main):
        # 全市各区县GDP增速…忠县: a text that surveys a unit's counties is that unit's, not one county's (a county's
        # own text names it again and again)
        surveyed = {self_place(m.place, main_code) for m in words if _ITS_COUNTIES.match(simple, m.end)}
        if len(surveyed) == 1 and (unit := surveyed.pop()) and unit != main.place and (code := place_code(unit)):
            return Mention(words[0].start, words[0].end, unit, code)
    if main_level == 1 and main.start >= title_end and (city := _city_of_words(mentions, simple, words, main_code)):  # type: ignore[union-attr]  # level 1: main is set
        return city
    if (
        main is not None
        and main.start >= title_end
        and main_code in gaz.units
        and all(self_place(m.place, main_code) != main.place for m in words)
    ):
        named = [self_place(m.place, main_code) for m in words if _OPENS_CLAUSE.search(simple, 0, m.start)]
        above = [p for p in named if p]
        if above and len(set(above)) == 1:
            # the unit above the main place, by its code: a short name may be a deeper unit's too (海南: 海南州)
            code = next((c for c in ancestors(main_code) if gaz.units[c].short == above[0]), None)
            return Mention(words[0].start, words[0].end, above[0], code) if code else None
    return None


def _city_of_words(mentions: list[Mention], simple: str, words: list[Mention], province: str | None) -> Mention | None:
    """The one city under the province ``province`` that the opening names, when a city word opens its clause
    (各位代表…辽宁考察…嘱托大连…全市上下: 大连's work report, not 辽宁's), by name or as the unit its zones or its
    counties' zones are named from (我市11个产业集聚区…驻马店装备产业集聚区、上蔡县产业集聚区: 驻马店); None otherwise."""
    if not any(m.place[-1] == "市" and _OPENS_CLAUSE.search(simple, 0, m.start) for m in words):
        return None
    gaz = gazetteer()
    cities: dict[str, Mention] = {}
    for m in mentions:
        if m.start >= _OPENING:
            break
        code = m.code
        if code is None and (code := _zone_city(m.place)) in gaz.units and gaz.units[code].level == 3:
            code = gaz.units[code].parent  # 上蔡县产业集聚区: a county's zone is its city's
        if code in gaz.units and gaz.units[code].level == 2 and gaz.units[code].parent == province:
            cities.setdefault(code, Mention(m.start, m.end, gaz.units[code].short, code))
    return next(iter(cities.values())) if len(cities) == 1 else None


def _zone_city(place: str) -> str | None:
    """The code of the unit a zone the text introduces is named from (驻马店装备产业集聚区: 驻马店), or None."""
    found = re.fullmatch(rf"(.+?)[省市县区]?{ZONE.pattern}", place)
    return _zone_code(found.group(1)) if found else None


# A city's own zone named by the bare suffix of its unit (2023年市开发区秋季重点项目集中开工): not part of a name
# (城市开发区, 全市开发区: a class of zones, the city's) but after a year, a mark or a joining word.
_OWN_ZONE = re.compile(r"(?:^|[^\u4e00-\u9fff]|(?<=[年暨和及与的]))市(?:经济技术开发区|经济开发区|经开区|开发区)")

# A text that opens on a bare zone word as its subject (开发区是我区经济发展的主战场): the zone of the text's county.
_BARE_ZONE_OPENS = re.compile(r"\s*(开发区|经开区|高新区)(?:是|作为|已成为|成为)")

# A zone that is one with a county-level unit, written with it in brackets: 经开区(头屯河区).
_JOINT = re.compile(r"(?:经开区|高新区|开发区|新区|园区)[(（]$")


def _joint_unit(mentions: list[Mention], simple: str, zone: Mention) -> Mention | None:
    """The county-level unit the text's zone is written as one with in its opening (乌鲁木齐经济技术开发区…经开区
    (头屯河区)坚持…: 头屯河, as the annotators name the zone-district's figures); None when there is none."""
    gaz = gazetteer()
    for m in mentions:
        if m.start >= _OPENING:
            break
        if (
            m.start > 0
            and simple[m.start - 1] in "(（"
            and simple[m.end : m.end + 1] in (")", "）")
            and m.code in gaz.units
            and gaz.units[m.code].level == 3
            and (zone.code is None or descends(gaz, m.code, zone.code))
            and _JOINT.search(simple, max(0, m.start - 4), m.start)
        ):
            return m
    return None


def own_zone(simple: str, title_end: int, main_code: str | None) -> str | None:
    """The text's zone when its title names a city's own zone by the bare word 市 (市开发区秋季重点项目集中开工 in
    连云港's news: 连云港开发区, as the annotators name a zone), the main place being a city; or when the text opens
    on a bare zone word as its subject, the main place being a county (开发区是我区经济发展的主战场 in 金坛's news:
    金坛开发区; a county's one zone, where a province's text opening so, 开发区成陕招商主阵地, is on its class of
    zones); else None."""
    gaz = gazetteer()
    if main_code not in gaz.units:
        return None
    if gaz.units[main_code].level == 3 and (bare := _BARE_ZONE_OPENS.match(simple)) is not None:
        return gaz.units[main_code].short + bare.group(1)
    if gaz.units[main_code].level != 2:
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
