"""The one helper of the facts-rule tests: a text's figures as surface → (place, measure, period, basis)."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text


def facts_by_surface(text: str, date: dt.date | None = None) -> dict[str, tuple]:
    """Each figure's facts, keyed by its surface (a later figure of the same surface wins)."""
    frame = extract_figures(parse_text(text, date=date))
    return {
        s: (p, m, q, b)
        for s, p, m, q, b in zip(
            frame["surface"], frame["place"], frame["measure"], frame["period"], frame["period_basis"]
        )
    }
