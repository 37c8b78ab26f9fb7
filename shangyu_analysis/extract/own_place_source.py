"""The text's own place: a province's office the reporter learned the news from (round 29).

“近日,记者从云南省发展和改革委员会获悉,今年1至9月,1775个省级重大项目…对全省投资的支撑率为37.76%…昭通市永善县码口
大兴中型灌区…” (fag2_09): a news source is left out of the count of names (a district's 人民政府官网 before a zone's
figures), but a province's office that reports on 全省 is the text's own: the counties after it are named inside
its projects' names and would win the count (永善). :func:`source_province` keeps the office's province when the
count, less the source, falls on a unit below it and the text writes 全省.
"""

from __future__ import annotations

from shangyu_analysis.extract.gazetteer import descends, gazetteer
from shangyu_analysis.extract.places import Mention


def source_province(main: Mention | None, sources: list[Mention], simple: str) -> Mention | None:
    """The province among the news sources ``sources`` that the main place ``main`` (found without them) lies
    under, when ``main`` is below a city's level and the text speaks of 全省; else None."""
    gaz = gazetteer()
    if main is None or main.code not in gaz.units or gaz.units[main.code].level < 3 or "全省" not in simple:
        return None
    for m in sources:
        if m.code in gaz.units and gaz.units[m.code].level == 1 and descends(gaz, main.code, m.code):
            return m
    return None
