"""The text's own place: two shapes that misled it (round 27).

- A city that names an international fair held in it: “2019厦门国际投资贸易洽谈会暨丝路投资大会启幕第二天,山西省投资
  环境推介会暨项目对接会在厦门召开。178个山西招商引资重大项目发布” (fae1_07): 厦门 heads the fair's name, where the
  event is held, not what the text is about (山西's projects); like a venue (在厦门召开), it is no candidate for the
  text's own place while anything else is named (:func:`fair_host`).
- A sidecar's place that is a province's short name shared by a prefecture elsewhere (海南: 海南省, and 青海's
  海南藏族自治州; fad1_06, a 海南 bulletin that says only 全省): the province (:func:`sidecar_code`), not the most
  specific unit of that name, else 全省 reads as 青海.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.gazetteer import gazetteer, place_code
from shangyu_analysis.extract.places import Mention

# the rest of a fair's name after 国际: its trade words, then the kind of fair, no clause mark between
_FAIR = re.compile(r"国际[^\s，,。；;：:、“”（）()]{0,10}?(?:洽谈会|博览会|交易会)")


def fair_host(simple: str, m: Mention) -> bool:
    """True when the mention heads an international fair's name (厦门国际投资贸易洽谈会)."""
    return simple.startswith("国际", m.end) and _FAIR.match(simple, m.end) is not None


def sidecar_code(place: str) -> str | None:
    """The code of a sidecar's short ``place``: the province of that short name when there is one (海南), else
    :func:`~shangyu_analysis.extract.gazetteer.place_code`'s most specific unit."""
    gaz = gazetteer()
    provinces = [c for c in gaz.by_name.get(place, ()) if gaz.units[c].level == 1]
    return provinces[0] if provinces else place_code(place)
