"""A city's text read as one of its districts (:func:`own_unit`, wrapping
:func:`shangyu_analysis.extract.own_place.own_unit`; round 30).

A city's report that ranks its districts among the province's (“西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区
22个县(市)区第2位和第6位”, fah1_02) may name one district more often than the city (银川 twice, 西夏区 three times):
the count makes the district the main place. The text's own words say otherwise: 全市 (上半年全市实现地区生产总值) names
the district's city, and every other self word, read in the city's text, names the city or a unit above it (全区 in
宁夏's city is the region), never the district. When the district is named only with a figure in brackets after it,
the city is named too and another county-level unit of the city stands beside the district (a survey of its units),
the text is the city's.

A zone named by its county's full name (罗山县产业集聚区) is the county's text when the text calls itself 我县.
"""

from __future__ import annotations

from shangyu_analysis.extract.gazetteer import gazetteer
from shangyu_analysis.extract.own_place import own_unit as _own_unit
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.places import SELF, Mention


def own_unit(mentions: list[Mention], simple: str, main: Mention | None, title_end: int) -> Mention | None:
    """:func:`~shangyu_analysis.extract.own_place.own_unit`, else the city of the module docstring."""
    found = _own_unit(mentions, simple, main, title_end)
    if found is not None or main is None or main.code is None:
        return found
    gaz = gazetteer()
    unit = gaz.units.get(main.code)
    if unit is not None and main.place != unit.short and main.place.startswith(unit.name):
        return _county_of_zone(mentions, main, unit.short)
    if unit is None or unit.level != 3 or unit.parent not in gaz.units or gaz.units[unit.parent].level != 2:
        return None
    # the district named only in a list of units with their figures in brackets: 西夏区(13.0%)
    if any(simple[m.end : m.end + 1] != "(" for m in mentions if m.code == main.code):
        return None
    city = unit.parent
    words = [m for m in mentions if m.code == SELF]
    city_words = [m for m in words if m.place[-1] == "市"]
    if not city_words or any(self_place(m.place, main.code) != gaz.units[city].short for m in city_words):
        return None  # 全市 in 玉环市's text is 玉环
    # every self word read in the city's text names the city or a unit above it (全区 in 银川's: 宁夏)
    if any(self_place(m.place, city) is None for m in words):
        return None
    named = next((m for m in mentions if m.code == city), None)
    others = {m.code for m in mentions if m.code and m.code != main.code and gaz.units.get(m.code, unit).parent == city}
    if named is None or not others:
        return None
    return named


def _county_of_zone(mentions: list[Mention], main: Mention, county: str) -> Mention | None:
    """The county whose zone is the main place (罗山县产业集聚区, named in the title as where a project stands:
    “…暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式”, fah1_06) when the text calls itself by the county's word
    (拉开了我县2021年第四批10个重点项目建设的帷幕): a zone speaks as 我区, a county as 我县."""
    words = [m for m in mentions if m.code == SELF and m.place[-1] == "县"]
    if not words or any(self_place(m.place, main.code) != county for m in words):
        return None
    return Mention(words[0].start, words[0].end, county, main.code)
