"""A text's own zone named in its title right after its unit (round 40): 惠州仲愷高新區經濟半年報 (faq1_04)."""

from __future__ import annotations

import re

from shangyu_analysis.extract.patterns import PINYIN_GLOSS
from shangyu_analysis.extract.places import Mention

# A zone's own name (two to four characters, no unit's) and its short suffix right after a unit's name in a title:
# 惠州|仲恺|高新区(qū); the text names the zone alone elsewhere (仲恺高新区完成地区生产总值…).
_OWN_ZONE = re.compile(rf"[市县区]?([\u4e00-\u9fff]{{2,4}}?(?:高新区|经开区|新区)){PINYIN_GLOSS}")


def titled_zone(mentions: list[Mention], simple: str, main: Mention | None, title_end: int) -> str | None:
    """The zone a title names right after the main unit (惠州仲恺高新区 → 仲恺高新区) when the text names that zone
    alone too (a zone mention of its own name, no code): the text is the zone's; its code stays the unit's, so 全市
    is still 惠州. None otherwise (惠州 alone, or words that are no zone the text names by itself)."""
    if main is None or main.code is None or main.end >= title_end or "区" not in simple[main.end : main.end + 8]:
        return None
    found = _OWN_ZONE.match(simple, main.end)
    if found is None or found.end(1) > title_end:
        return None
    name = found.group(1)
    return name if any(m.code is None and m.place == name and m.start >= title_end for m in mentions) else None


# A demonstration zone the title or lead opens a clause with (本网讯 12日下午,通州湾示范区2021年一季度重大项目集中签约,
# faq2_04): a zone of its own name (no unit's suffix the mentions know), two to four characters after a mark.
_DEMO_ZONE = re.compile(r"(?:^|(?<=[\s,，。:：“]))([\u4e00-\u9fff]{2,4}示范区)")


def titled_demonstration_zone(simple: str, main: Mention | None, title_end: int) -> str | None:
    """The demonstration zone the title or lead names (通州湾示范区) when the main place was counted outside it (苏州
    of 苏州伟业集团 in the body): the text is the zone's. None when the main place is named in the title or lead."""
    at = simple.find("示范区", 0, title_end)
    if at < 0 or (main is not None and main.start < title_end):
        return None
    found = _DEMO_ZONE.search(simple, max(0, at - 6), at + 3)
    return found.group(1) if found is not None else None
