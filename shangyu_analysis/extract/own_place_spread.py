"""The own place of a text whose title names no unit and whose counties are a list across its province
(:func:`spread_container`, used by :func:`~shangyu_analysis.extract.own_place.main_place`)."""

from __future__ import annotations

from collections import Counter

from shangyu_analysis.extract.gazetteer import ancestors, gazetteer
from shangyu_analysis.extract.places import Mention

# How many prefectures the counties a text names must spread over to be a list of the unit above them, not its place.
_PREFECTURES = 3


def spread_container(strong: list[Mention], best: Mention, counts: Counter[str]) -> Mention | None:
    """The unit above every county-level unit the text names, when those counties lie in at least three prefectures
    and that unit is named at least as often as the most-mentioned county ``best``: a signing's projects listed county
    by county across a province (广东省委…全省高质量发展大会…陽春市方興農業…項目…粵西(陽春市、徐聞縣、化州市)…:
    fy2_06, 广东's signing, not 阳春's). None otherwise."""
    gaz = gazetteer()
    counties = {m.code for m in strong if m.code in gaz.units and gaz.units[m.code].level >= 3}
    prefectures = {gaz.units[c].parent for c in counties}
    if len(prefectures) < _PREFECTURES:
        return None
    above = set.intersection(*(ancestors(c) for c in counties))
    units = [
        m for m in strong if m.code in above and gaz.units[m.code].level >= 1 and counts[m.place] >= counts[best.place]
    ]
    if not units:
        return None
    return max(units, key=lambda m: (gaz.units[m.code].level, counts[m.place], -m.start))  # type: ignore[index]  # in above
