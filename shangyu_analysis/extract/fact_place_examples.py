"""Mentions that only start an example's name (防城港马鞍岭1、2号旅游码头工程等57个项目): used by
:class:`~shangyu_analysis.extract.facts.FactsFinder` to leave them out of the text's own place when its title or
lead names them only so."""

from __future__ import annotations

from shangyu_analysis.extract.fact_place_sentences import EXAMPLE, HOLDS, PLACES_AFTER
from shangyu_analysis.extract.places import Mention

_EXAMPLE_REACH = 400  # EXAMPLE reads at most nine items of 40 characters


def starts_example(simple: str, m: Mention) -> bool:
    """True when ``m`` starts the name of an example listed before 等 (防城港马鞍岭1、2号旅游码头工程等57个项目列入
    2013年自治区层面…计划, fw1_05: a project of a city in the region's list, no more the text's place than 柳工 is),
    not a list of places (大渡口、九龙坡…等区县) nor a place that holds the list (南宁市有…等81个项目)."""
    if simple.find("等", m.end, m.end + _EXAMPLE_REACH) < 0 or HOLDS.match(simple, m.end):
        return False
    found = EXAMPLE.match(simple, m.end)
    return found is not None and not PLACES_AFTER.match(simple, found.end())
