"""Mentions that are no subject of the figures after them, for
:class:`~shangyu_analysis.extract.fact_place_sentences.PlaceSentences`: where a unit's outreach event was held
(:func:`event_venue`) and a later item of a list in brackets (:func:`listed_in_aside`)."""

from __future__ import annotations

import re

from shangyu_analysis.extract.places import Mention

# After the place (and the places listed with it): 的 or 等地的 and an event's words, closed by 上/中/后/期间
# (在深圳的招商推介会上, 在成都、北京、保定、聊城等地的专题招商活动中, 在上海、江苏、浙江等地考察对接后).
_EVENT_AFTER = re.compile(
    r"[省市县区]?(?:等地)?的?[^，,。；;！？!?\n在]{0,12}?(?:推介会|洽谈会|博览会|交易会|招商会|活动|对接|考察)(?:上|中|后|期间)"
)
# Between 在 and the place: nothing, or places listed before it (在成都、北京、保定: 北京's 在 is three names back).
_LISTED_BEFORE = re.compile(r"[^，,。；;！？!?\n]{0,24}")


def event_venue(simple: str, m: Mention, start: int) -> bool:
    """True when the mention names where the text's unit held an outreach event, before the figure in its clause
    (在深圳的招商推介会上签订框架性协议项目6个, fx2_09: 肃州's 6 signed in 深圳, not 深圳's), right after 在 or in a
    list that opens after 在."""
    before = simple[m.start - 1 : m.start]
    if before != "在":
        if before not in "、和及与":
            return False
        at = simple.rfind("在", max(0, m.start - 24), m.start)
        if at < 0 or _LISTED_BEFORE.fullmatch(simple, at + 1, m.start) is None:
            return False
    found = _EVENT_AFTER.match(simple, m.end)
    return found is not None and found.end() <= start


_ASIDE_REACH = 40  # how far back the bracket of a listed aside may open


def listed_in_aside(simple: str, m: Mention, start: int) -> bool:
    """True when ``m`` stands inside brackets that close, in its clause, before ``start`` (粵東(海豐縣、湘橋區、
    惠來縣)…各3個;投資類項目9個, fy2_06: the counties only say what the region holds). The sentence rule asks it of
    a later item of a list (after 、; the first is its aside rule's), the paragraph's lead of any."""
    lo = max(0, m.start - _ASIDE_REACH)
    opened = max(simple.rfind("(", lo, m.start), simple.rfind("（", lo, m.start))
    if opened < 0 or max(simple.rfind(")", opened, m.start), simple.rfind("）", opened, m.start)) >= 0:
        return False
    closed = [at for at in (simple.find(")", m.end, start), simple.find("）", m.end, start)) if at >= 0]
    return bool(closed) and _NO_STOP.fullmatch(simple, opened, min(closed)) is not None


_NO_STOP = re.compile(r"[^，,。；;！？!?\n]*")
