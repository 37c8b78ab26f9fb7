"""What a stated one-year rate implies for the years before it (crosscheck's ``level_year_before``), the breaks
it reveals, and the threshold of an end level carried from an annual increase. Not verdicts: numbers to discuss,
each with its arithmetic."""

from __future__ import annotations

import math
from typing import Protocol

import pandas as pd

from shangyu_analysis.schema import CrossCheckRow, cross_check_rows

INF = math.inf


class YearBeforeRow(Protocol):
    """One row of :func:`year_before`'s frame, as ``itertuples`` gives it (for the type checker)."""

    check_id: str
    claim_id: str
    claim_year: int
    claim_value: float
    prior_year: int
    prior_level: float
    prior_growth_pct: float
    unit: str
    arithmetic: str


def growth(later: float, earlier: float, years: int) -> float:
    """100 × ((later / earlier) ** (1 / years) − 1), with the limits of an open bound (∞, a level ≤ 0)."""
    if earlier <= 0 or later == INF:
        return INF
    if later <= 0 or earlier == INF:
        return -100.0
    return 100 * ((later / earlier) ** (1 / years) - 1)


def _g(value: float) -> str:
    """A stored number as its shortest text (97.67, 68309, 7.3)."""
    return f"{value:.10g}"


def year_before(checks: pd.DataFrame) -> pd.DataFrame:
    """For each growth row whose reference states a rate that is not real, the level of the year before the
    reference year (``level_year_before``) and the average growth from the claim to it: what the stated rate
    implies for the years between, if it is at current prices (the caveat stays)."""
    rows = []
    use = checks[
        (checks["formula"] == "average_growth")
        & checks["stated_growth_pct"].notna()
        & (checks["stated_basis"] != "real")
        & (checks["claim_qualifier"] == "exact")
    ]
    for row in cross_check_rows(use):
        prior_year = int(row.reference_year) - 1
        if prior_year <= row.claim_year:
            continue
        level = row.reference_value / (1 + row.stated_growth_pct / 100)
        decimals = 0 if row.reference_value >= 10_000 else 2  # yuan to the yuan, 亿元 to two decimals

        rate = growth(level, row.claim_value, prior_year - int(row.claim_year))
        rows.append(
            {
                "check_id": row.check_id,
                "claim_id": row.claim_id,
                "claim_year": int(row.claim_year),
                "claim_value": float(row.claim_value),
                "prior_year": prior_year,
                "prior_level": level,
                "prior_growth_pct": rate,
                "unit": row.unit,
                "arithmetic": f"{_g(row.reference_value)} / (1 + {_g(row.stated_growth_pct)} / 100) = "
                f"{level:.{decimals}f}; 100 × (({level:.{decimals}f} / {_g(row.claim_value)})^"
                f"(1/{prior_year - int(row.claim_year)}) − 1) = {rate:.2f}",
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "check_id",
            "claim_id",
            "claim_year",
            "claim_value",
            "prior_year",
            "prior_level",
            "prior_growth_pct",
            "unit",
            "arithmetic",
        ],
    )
    frame.attrs = dict(checks.attrs)  # the place and page the sentences about these rows name
    return frame


def carried_threshold(row: CrossCheckRow) -> tuple[float, str]:
    """For a ``level_from_increase`` row: the reference value below which it fails (the claim's low end of the
    end level − years × increase) and that arithmetic, so "any plausible value passes" is not said of it."""
    years = int(row.claim_year) - int(row.reference_year)
    threshold = row.accept_low - years * row.claim_value
    return threshold, f"{row.accept_low:g} − {years} × {row.claim_value:g} = {threshold:g}"


def breaks(before: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`year_before` whose implied level is below the claim's own level: the series falls
    between the claim's year and the year before the reference value. Not a verdict but a break to discuss
    (a boundary change, a like-for-like adjustment of the stated rate, a one-off policy)."""
    return before[before["prior_level"] < before["claim_value"]]
