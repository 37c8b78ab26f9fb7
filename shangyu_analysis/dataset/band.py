"""The plausible band of nominal growth a year that an implied growth rate is tested against (crosscheck).

It is built from data, never typed in: the reference table's own stated real growth rates of one series
(GDP, 按可比价计算) and the yearly changes of a price deflator whose source and numbers are recorded in
``data/reference/price_band.yml``::

    low  = (1 + lowest stated real rate)  × (1 + lowest deflator change)  − 1
    high = (1 + highest stated real rate) × (1 + highest deflator change) − 1

Only a series whose reference states a *real* rate has a band; fiscal revenue (nominal by construction) and
incomes (basis not stated) have none, so a growth implied for them is shown but not judged.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from shangyu_analysis.dataset.reference import REFERENCE_DIR, place_info
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml

DEFAULT_BAND = REFERENCE_DIR / "price_band.yml"


@dataclass(frozen=True)
class Band:
    """The band (low, high, % a year nominal) and the numbers it was built from."""

    low: float
    high: float
    real_low: float
    real_high: float
    deflator_low: float
    deflator_high: float
    deflator_years: tuple[int, int]
    series: str
    source: str
    # Where the lowest real rate was read (its year and status), and the low edge with official rates only:
    # a reader must see when an edge rests on a secondary copy (reference README: never merged silently).
    real_low_year: int | None = None
    real_low_status: str = "official"
    low_official: float | None = None
    # The place whose stated rates these are (the deflator is national), how many years state a rate and how many
    # of them only on a secondary page, and price_band.yml's words for the years the band does not describe.
    place: str = ""
    place_en: str = ""
    real_years: int = 0
    real_secondary_years: int = 0
    slow_years: dict | None = None

    @property
    def accept(self) -> tuple[float, float]:
        return self.low, self.high


def deflator_changes(index: dict) -> dict[int, float]:
    """Yearly change of an index, in percent, keyed by the later year."""
    years = sorted(int(y) for y in index)
    values = {int(y): float(v) for y, v in index.items()}
    return {b: 100 * (values[b] / values[a] - 1) for a, b in itertools.pairwise(years) if b == a + 1}


def load_band(reference: pd.DataFrame, path: str | Path | None = None) -> Band:
    """The band from ``path`` (default ``data/reference/price_band.yml``) and the reference table's stated real
    rates of its ``real_growth_series``.

    Raises
    ------
    UserError
        A missing file or field, an index with fewer than two consecutive years, or no stated rate to build from.
    """
    path = Path(path) if path is not None else DEFAULT_BAND
    data = expect(path, read_yaml(path), dict, "(top level)")
    index = expect(path, data.get("index"), dict, "index")
    series = str(data.get("real_growth_series") or "")
    changes = deflator_changes(index)
    if not changes:
        raise UserError(path, "index: needs at least two consecutive years")
    stated = reference[(reference["indicator_id"] == series) & reference["growth_pct"].notna()]
    if stated.empty:
        raise UserError(path, f"real_growth_series: the reference table states no growth rate of {series!r}")
    rates = stated["growth_pct"].astype(float)
    r_lo, r_hi = float(rates.min()), float(rates.max())
    d_lo, d_hi = min(changes.values()), max(changes.values())
    lowest = stated.loc[rates.idxmin()]  # type: ignore[call-overload]  # pandas-stubs: idxmin gives a label of this index
    official = rates[stated["status"] == "official"]
    official_years = set(stated.loc[stated["status"] == "official", "year"])
    info = place_info(reference)
    return Band(
        low=_edge(r_lo, d_lo),
        high=_edge(r_hi, d_hi),
        real_low=r_lo,
        real_high=r_hi,
        deflator_low=d_lo,
        deflator_high=d_hi,
        deflator_years=(min(changes), max(changes)),
        series=series,
        source=str(data.get("publisher", "")),
        real_low_year=int(lowest["year"]),
        real_low_status=str(lowest["status"]),
        low_official=_edge(float(official.min()), d_lo) if not official.empty else None,
        place=info["place"],
        place_en=info["place_en"],
        real_years=stated["year"].nunique(),
        real_secondary_years=len(set(stated["year"]) - official_years),
        slow_years=data.get("slow_years") if isinstance(data.get("slow_years"), dict) else None,
    )


def _edge(real: float, deflator: float) -> float:
    """One edge of the band: a real rate and a deflator change compounded, in percent."""
    return 100 * ((1 + real / 100) * (1 + deflator / 100) - 1)


def strength_of(
    span: tuple[float, float] | None, accept: tuple[float, float] | None, formula: str
) -> tuple[str, float | None]:
    """How much a verdict says (crosscheck's docstring): its strength and the share of ``accept`` the claim allows.
    ``span`` is the range of results the claim allows; ``level_from_increase`` cannot fail in a way that tests
    the average, so it is never informative."""
    if span is None or accept is None:
        return "none", None
    low, high = max(span[0], accept[0]), min(span[1], accept[1])
    width = accept[1] - accept[0]
    share = 1.0 if width <= 0 or math.isinf(width) else max(0.0, min(1.0, (high - low) / width))
    if formula == "level_from_increase":
        return "not_informative", share
    covers = span[0] <= accept[0] and span[1] >= accept[1]
    return ("not_informative" if covers else "informative"), share
