"""A zone the lead defines a short form for (:func:`defined_zone`, read by
:class:`~shangyu_analysis.extract.fact_place_tables.PlaceTables`; round 23).

A lead that names a zone and the short form the text calls it by (2008中國青海柴達木循環經濟試驗區(簡稱試驗區): fv1_09),
then writes that short form again and again (試驗區總面積為25.6萬平方公里, 2007年,試驗區實現地區生產總值201.6億元),
is about the zone: its figures are the zone's (柴达木循环经济试验区, its name after the unit that opens it), not its
province's, which the title names. Only the first ``_LEAD`` characters are read for the definition (a 简称 is found
by ``str.find`` first), and the short form must be written at least ``_USES`` times after it.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.places import SELF, Mention

_LEAD = 400
_USES = 2
# a zone's name, then its short form in brackets: …循环经济试验区(简称试验区), …开发区（简称“经开区”）
_DEFINED = re.compile(
    r"([\u4e00-\u9fff]{2,16}?(?:试验区|实验区|开发区|经开区|高新区|新区|保税区|园区))[(（]简称[“\"]?([\u4e00-\u9fff]{2,6})[”\"]?[)）]"
)


def defined_zone(simple: str, mentions: list[Mention], mention_starts: list[int]) -> str:
    """The zone the lead defines a short form for, under its name after the units that open it (中国青海|柴达木循环经济
    试验区); "" when there is none, or the text does not use the short form."""
    at = simple.find("简称", 0, _LEAD)
    if at < 0:
        return ""
    defined = _DEFINED.search(simple, max(0, at - 20), at + 12)
    if defined is None or simple.count(defined.group(2), defined.end()) < _USES:
        return ""
    name_start = defined.start(1)
    k = bisect.bisect_left(mention_starts, defined.start(1))
    while k < len(mentions) and mentions[k].start < defined.end(1):
        if mentions[k].code not in (None, SELF):
            name_start = max(name_start, mentions[k].end)
        k += 1
    name = simple[name_start : defined.end(1)]
    return name if len(name) > len(defined.group(2)) else ""


def as_zone(found: str, main: str, zone: str) -> str:
    """``found`` with the text's main place read as the zone (2007年,試驗區實現…: the zone; 占全國的13%: the zone and
    the country)."""
    return "、".join(zone if name == main else name for name in found.split("、"))
