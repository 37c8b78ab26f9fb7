"""A province's parks as a class, not one zone (:func:`named_zones`, wrapping
:func:`shangyu_analysis.extract.place_zones.named_zones`; round 30).

A province's short name right before a park's generic word (“今年江西工业园区经济坚实起步”, the title “江西工业园区实现全行业
盈利”, fah2_04) names all the province's parks, as 全省工业园区 does in the same text: no zone of that name exists, and
the gold gives such a report's figures the province (江西), as it gives 安徽省开发区 the province. Such a mention is read
as the province's name.
"""

from __future__ import annotations

from shangyu_analysis.extract.gazetteer import gazetteer
from shangyu_analysis.extract.place_zones import named_zones as _named_zones
from shangyu_analysis.extract.places import Mention

_CLASS_WORDS = ("工业园区", "产业园区")  # a park's generic word, not a zone's name
# The short suffixes the annotators write for a zone's full one, and those full ones (longest first).
_FULL = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区",)}


def named_zones(mentions: list[Mention], simple: str) -> list[Mention]:
    """:func:`~shangyu_analysis.extract.place_zones.named_zones`, a province's class of parks read as the province."""
    found = _named_zones(mentions, simple)
    gaz = None
    unwritten = [short for short in _FULL if short not in simple]  # str.find once per text
    for i, m in enumerate(found):
        if unwritten and m.code is None and m.place.endswith(tuple(unwritten)):
            # 营口辽河经济开发区 (fah1_05), 洋浦经济开发区 (fx2_03): a text that never writes the short suffix keeps its
            # zone's full name in the gold (the text's own spelling; 常州经开区 where the text writes it, fk1_11)
            span = simple[m.start : m.end]
            full = next((w for w in _FULL[m.place[-3:]] if span.endswith(w)), None)
            if full is not None:
                found[i] = m._replace(place=m.place[:-3] + full)
            continue
        if m.code is not None or not m.place.endswith(_CLASS_WORDS):  # endswith first: few zones are parks
            continue
        head = m.place[: -len("工业园区")]
        gaz = gaz or gazetteer()
        codes = gaz.by_name.get(head.removesuffix("省")) or []
        code = next((c for c in codes if gaz.units[c].level == 1), None)
        if code is not None:
            found[i] = Mention(m.start, m.start + len(head), gaz.units[code].short, code, m.weak)
    return found
