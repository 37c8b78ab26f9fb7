"""A text that surveys the counties of the unit above its most-named county, or the cities of the province above its
most-named city (:func:`surveyed_unit`): the unit's, not the county's or the city's (own_place's main place counts
names, and a ranking names every county or city)."""

from __future__ import annotations

import re
from collections import Counter

from shangyu_analysis.extract.gazetteer import gazetteer
from shangyu_analysis.extract.places import Mention

# The counties of a unit, all of them (对三季度各区县招商引资成效进行分类排名, 各县(市、区)): the text surveys them.
_EACH_COUNTY = re.compile(r"各(?:区县|县区|县市区|区市县|县（市、区）|县\(市、区\))")
# …and the cities of a province (今年前三季度13个设区市地区生产总值数据出炉, 从各设区市来看, 各省辖市).
_EACH_CITY = re.compile(r"各(?:设区市|地市|市州|省辖市)|[0-9一二三四五六七八九十]+个(?:设区市|地市|省辖市)")
_OPENING = 800  # a survey says so in its title or lead
_SIBLINGS = 5  # counties of the one unit named, at least, for a survey
_OWN_TEXT = 3  # a county named more often is the text's own (它在全市各区县中排名第一)


def surveyed_unit(mentions: list[Mention], simple: str, main: Mention | None) -> Mention | None:
    """The unit above a county main place, when the opening speaks of that unit's counties, all of them (各区县,
    各县(市、区)), or the province above a city main place, when it speaks of all its cities (各设区市, 13个设区市), and the text names at least ``_SIBLINGS`` of them, the main place no more than ``_OWN_TEXT``
    times: a ranking of 重庆's districts (…对三季度各区县招商引资成效进行分类排名…渝北区、巴南区…) is 重庆's, its
    全市 too, not the district named most. None otherwise."""
    gaz = gazetteer()
    if main is None or main.code not in gaz.units or gaz.units[main.code].level not in (2, 3):
        return None
    level = gaz.units[main.code].level
    found = (_EACH_COUNTY if level == 3 else _EACH_CITY).search(simple, 0, _OPENING)
    if found is None:
        return None
    parent = gaz.units[main.code].parent
    counties = Counter(
        m.code
        for m in mentions
        if m.code in gaz.units and gaz.units[m.code].level == level and gaz.units[m.code].parent == parent
    )
    if len(counties) < _SIBLINGS or counties[main.code] > _OWN_TEXT or parent not in gaz.units:
        return None
    return Mention(found.start(), found.end(), gaz.units[parent].short, parent)
