"""The text's own place where a count of names misleads (round 25): a provincial capital as a venue, in words of a
province's own (:func:`capital_province`); a city first named as a part of the totals (:func:`whole_of_part`); examples
of a counted class in a lead (:func:`above_counted_examples`); and a province written before a unit whose name it
begins (:func:`without_name_prefixes`, a filter of the mentions).

自治區兩會在呼和浩特召開。…我區發展進程中… (fac2_09_neimenggu_review_2016): the sessions of the region are held in its
capital; the venue is no place of the text (:meth:`FactsFinder._main_place` leaves it out), but with the province's
self words (自治区, 全区, 我区, 全省, 我省) it names the province whose capital it is: 内蒙古. A capital is the first
prefecture of its province in the gazetteer's codes (1501 呼和浩特, 5301 昆明, 3201 南京).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.gazetteer import ancestors, gazetteer
from shangyu_analysis.extract.places import Mention

# a province's own words (a region's 自治区/全区/我区, a province's 全省/我省/本省), read in the text's opening
_PROVINCE_SELF = re.compile(r"自治区|全区|我区|全省|我省|本省")
_OPENING = 600  # how far the opening reaches for those words


def capital_province(mentions: list[Mention], simple: str) -> Mention | None:
    """The province of the one provincial capital the text names, when its opening speaks in a province's own words
    and nothing else gave the text a place; None otherwise."""
    capitals = {m.code for m in mentions if m.code and len(m.code) == 4 and m.code.endswith("01")}
    if len(capitals) != 1 or not _PROVINCE_SELF.search(simple, 0, _OPENING):
        return None
    code = capitals.pop()[:2]
    unit = gazetteer().units.get(code)
    if unit is None:
        return None
    first = next(m for m in mentions if m.code and m.code[:2] == code)
    return Mention(first.start, first.end, unit.short, code)


# 其中,昆明市共签署…: the unit first named as a part of the totals before it
_PART_LEAD = ("其中,", "其中，", "其中")


def whole_of_part(mentions: list[Mention], simple: str, main: Mention | None, title_end: int) -> Mention | None:
    """The province of a prefecture chosen by count whose first mention opens a part of the figures before it, in a
    text whose title names neither, when the text names that province too; None otherwise.

    第7届南博会经贸合作项目签约338个… / 8月17日,…签约仪式在昆明滇池国际会展中心举行,…338个投资项目… / 其中,昆明市共
    签署招商引资正式协议69个 … 投资云南的主力军 (fac1_02_kunming_nanbohui_2023): the fair's totals are the province's,
    of which 昆明's are a part; the count of 昆明 (named again in its own paragraph) does not make the text its own."""
    if main is None or main.code is None or len(main.code) != 4:
        return None
    own = [m for m in mentions if m.code == main.code]
    if not own or any(m.start < title_end for m in mentions if m.code in (main.code, main.code[:2])):
        return None
    first = next(
        (m for m in own if not (simple[m.start - 1 : m.start] == "在" and "举行" in simple[m.end : m.end + 20])), None
    )
    if first is None or not simple[max(0, first.start - 3) : first.start].endswith(_PART_LEAD):
        return None
    return next((m for m in mentions if m.code == main.code[:2]), None)


def without_name_prefixes(mentions: list[Mention], simple: str) -> list[Mention]:
    """Less a place written right before a unit whose full name it begins (新疆兵团: 新疆生产建设兵团, not 新疆 and
    兵团; fab2_08_bingtuan_m1m8_2023 1-8月,新疆兵团固定资产投资增速…: 兵团's): the first is part of the second's name."""
    gaz = gazetteer()
    drop = set()
    for k in range(len(mentions) - 1):
        m, n = mentions[k], mentions[k + 1]
        if m.end == n.start and n.code in gaz.units and gaz.units[n.code].name.startswith(m.place) and m.code != n.code:
            drop.add(k)
    return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions


# 沈阳、大连等3个市: the examples of a counted class of places
_COUNTED_EXAMPLES = re.compile(r"(?:、[^，,。；;、]{1,8}){0,4}等[0-9一二三四五六七八九十]+个")


def above_counted_examples(
    mentions: list[Mention], simple: str, main: Mention | None, title_end: int
) -> Mention | None:
    """The unit above the main place, named in the title, when every title mention of the main place is an example
    of a counted class of places (…辽宁省地区生产总值实现27584.1亿元…部分地区跑赢全国大势,沈阳、大连等3个市规上工业…:
    faa2_10_liaoning_2021, whose lead is taken for its title: 辽宁, not 沈阳); None otherwise."""
    if main is None or main.code is None or main.start >= title_end:
        return None
    own = [m for m in mentions if m.start < title_end and m.code == main.code]
    if not own or not all(_COUNTED_EXAMPLES.match(simple, m.end, m.end + 40) for m in own):
        return None
    above = ancestors(main.code) - {"100000"}
    return next((m for m in mentions if m.start < title_end and m.code in above), None)
