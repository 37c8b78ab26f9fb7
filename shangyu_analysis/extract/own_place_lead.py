"""The title of a text whose first line is a body paragraph (round 36, place36).

- *A lead paragraph in the title's place*: “2019年第一季度,陇南市共签约招商引资项目38个,…同期增长30%。九县区到位资金
  均为正增长,武都区、康县、文县增幅分别达到183%…” (fam2_07_longnan_signing_q1_2019): the text has no headline, so its
  first line (a whole paragraph) stood as the title and the most specific unit in it (武都, one of the city's counties
  in a later sentence's breakdown) became the text's own place; every 陇南市 figure was read as 武都. A headline holds no
  。; when the first line does and its first sentence names a unit, only that sentence is the title.
"""

from __future__ import annotations

from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

# A headline is short; a first line this long with a 。 inside is a paragraph (the shortest such lead seen: 60 chars).
_LEAD_MIN = 60


def lead_title_end(mentions: list[Mention], simple: str, title_end: int) -> int:
    """The end of the first sentence of a first line that is a body paragraph (a 。 before its end, at least
    ``_LEAD_MIN`` long) when that sentence names one unit, outside quotes (an event's name: “2011年河南省承接产业…
    洽谈会”, fu2_03_zhoukou_signing_2011) and not as a venue (在郑州…举行); else ``title_end`` unchanged. Several
    units in that sentence (广西…重庆市, faa1_10_nanning_gdp_2018) leave the title whole."""
    if title_end < _LEAD_MIN:
        return title_end
    cut = simple.find("。", 0, title_end - 1)
    if cut < 0:
        return title_end
    named = set()
    for m in mentions:
        if m.start >= cut:
            break
        if m.code in (SELF, None) or m.place == COUNTRY or m.weak:
            continue
        head = simple[: m.start]
        if head.count("“") > head.count("”") or simple[m.start - 1 : m.start] == "在":
            return title_end
        named.add(m.place)
    return cut + 1 if len(named) == 1 else title_end
