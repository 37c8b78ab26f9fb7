"""Cross-checks: each article claim a reference series bears on (:func:`context.article_claims`: the page's
claims.yml, or by measure), set against the reference values of the page's place, with the arithmetic shown, a
verdict and the caveats that apply (notebooks 05 and 04).

Pairs
-----
A level claim (an output, a revenue, an income) is paired with the nearest reference year before it and the nearest after
it, one row per status and value at that year (official and secondary are never merged); a reference value of the
claim's own year is compared directly. A claim whose series has no reference value in reach gets one row.

Formulas (:data:`FORMULAS`; every row names its own)
------------------------------------------------------
- ``average_growth``: the average annual growth the pair implies, nominal (two current-price levels). A claim
  stated as a bound gives a bound: "more than 500 in year t" after 400 in t − 2 gives "more than 11.80 % a year",
  before 600 in t + 3 gives "less than 6.27 % a year". An approximate claim is taken at its value.
- ``same_year``: the claim's difference from a reference value of its own year, in percent.
- ``level_from_increase``: an average annual increase (年均增加) carried from a reference value inside its
  period to the period's end, compared with the article's own claim of that end level.
- ``different_measure``: the related series measures something else (gross output against value added): no
  arithmetic.
- ``level_year_before`` (:func:`year_before`, not a verdict): the level of the year before a reference value,
  from its stated growth — meaningful only if that rate is at current prices, so never for a real rate.

Verdicts
--------
- **consistent**: the range of results the claim allows meets the accepted range — for a growth, the plausible
  band (:mod:`.band`: the reference's own stated real GDP growth combined with a cited deflator range,
  ``data/reference/price_band.yml``); for a level carried forward, the article's claim of that level; for the same
  year, the reference value within :data:`SAME_YEAR_TOLERANCE`.
- **inconsistent**: the two ranges do not meet.
- **not checkable**: no reference value of the series in reach (none at all; for an average annual increase,
  none inside its period), a series that measures something else, or a growth of a series for which the
  reference states no real rate (``no_band``: fiscal revenue, incomes), so no band can be built from the data.

Strength (``strength``, :class:`~shangyu_analysis.schema.VerdictStrength`): a verdict is ``not_informative`` when
any plausible value would pass — the claim's range covers the whole accepted range (an open bound such as "more
than 1000" usually does), or the comparison cannot fail by construction (``level_from_increase`` applies a
five-year average to the years after a reference value: it fails only for an increase far below the stated one,
so it says nothing about the average). ``band_share`` is the share of the accepted range the claim allows.

"Consistent" means "not contradicted": a claim between two distant reference years is bracketed, not confirmed.
The band is a yardstick for years like those the bulletins describe; a year of unusually slow growth may fall
below it.

Real vs nominal: an implied growth is always nominal (``implied_basis``). The source's own rate is shown beside
it (``stated_growth_pct``), ``real`` when its excerpt says 按可比价计算 and ``unstated`` otherwise; it enters the
verdict only through the band, and the row carries the ``real_vs_nominal`` caveat.
"""

from __future__ import annotations

import math
from typing import Any, cast

import pandas as pd

from shangyu_analysis.dataset.backcast import INF, breaks, carried_threshold, growth, year_before
from shangyu_analysis.dataset.band import Band, load_band, strength_of
from shangyu_analysis.dataset.context import (
    ClaimRow,
    ReferencePointRow,
    article_claims,
    boundary_year,
    claim_rows,
    join_caveats,
    reference_points,
    reference_rows,
)
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.reference import place_info
from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import CROSS_CHECK, LOWER_BOUNDS, UPPER_BOUNDS, Caveat, column_names, opposite
from shangyu_analysis.schema.validate import validate

__all__ = ["FORMULAS", "breaks", "carried_threshold", "claim_range", "cross_check", "growth", "meets", "year_before"]

SAME_YEAR_TOLERANCE = 0.5  # %: two publications of one value may differ by rounding and revision
FORMULAS = {
    "average_growth": "100 * ((later / earlier) ** (1 / (later_year - earlier_year)) - 1)",
    "same_year": "100 * (claim / reference - 1)",
    "level_from_increase": "reference + (claim_year - reference_year) * increase",
    "different_measure": "",
    "level_year_before": "reference / (1 + stated_growth / 100)",
}


def claim_range(value: float, qualifier: str, value_high: float = math.nan) -> tuple[float, float]:
    """The values a claim allows: a bound is open on one side, a range is its two ends, anything else its value."""
    if qualifier in LOWER_BOUNDS:
        return value, INF
    if qualifier in UPPER_BOUNDS:
        return -INF, value
    if qualifier == "range" and not math.isnan(value_high):
        return value, value_high
    return value, value


def meets(low: float, high: float, accept: tuple[float, float]) -> bool:
    """Whether [low, high] and the accepted range have a point in common."""
    return max(low, accept[0]) <= min(high, accept[1])


def _number(value: float, precision: int) -> str:
    return f"{value:.{int(precision)}f}"


def _pair(claim: ClaimRow, ref: ReferencePointRow, formula: str, band: Band | None) -> dict[str, Any]:
    """One compared pair: arithmetic, result and its range, accepted range (the verdict follows from them)."""
    low_high = claim_range(claim.value, claim.qualifier, claim.value_high)
    c, r = _number(claim.value, claim.precision), _number(ref.value, ref.precision)
    if formula == "same_year":
        result = 100 * (claim.value / ref.value - 1)
        span = tuple(100 * (v / ref.value - 1) for v in low_high)
        return {
            "arithmetic": f"100 × ({c} / {r} − 1) = {result:.2f}",
            "result": result,
            "result_unit": "%",
            "result_qualifier": claim.qualifier,
            "span": span,
            "accept": (-SAME_YEAR_TOLERANCE, SAME_YEAR_TOLERANCE),
        }
    years = abs(int(claim.year) - int(ref.year))
    if claim.year > ref.year:  # the claim is the later level: growth rises with it
        result, span = growth(claim.value, ref.value, years), tuple(growth(v, ref.value, years) for v in low_high)
        text, qualifier = f"100 × (({c} / {r})^(1/{years}) − 1)", claim.qualifier
    else:  # the claim is the earlier level: growth falls as it rises, so a bound turns round
        result = growth(ref.value, claim.value, years)
        span = tuple(growth(ref.value, v, years) for v in reversed(low_high))
        text, qualifier = f"100 × (({r} / {c})^(1/{years}) − 1)", opposite(claim.qualifier)
    out = {
        "arithmetic": f"{text} = {result:.2f}",
        "result": result,
        "result_unit": "%",
        "result_qualifier": qualifier,
        "implied_basis": "nominal",
        "span": span,
        "accept": None if band is None else band.accept,
    }
    if band is None or claim.series != band.series:  # no real rate stated for this series: shown, not judged
        out |= {"span": None, "accept": None, "reason": "no_band"}
    return out


def _carried(increase: ClaimRow, ref: ReferencePointRow, level: pd.Series) -> dict[str, Any]:
    """``level_from_increase``: the reference value plus the increases to the end of the period."""
    steps = int(increase.year) - int(ref.year)
    low, high = claim_range(increase.value, increase.qualifier, increase.value_high)
    result = ref.value + steps * increase.value
    shown = max(int(ref.precision), int(increase.precision))
    arithmetic = (
        f"{_number(ref.value, ref.precision)} + ({int(increase.year)} − {int(ref.year)}) × "
        f"{_number(increase.value, increase.precision)} = {_number(result, shown)}"
    )
    return {
        "arithmetic": arithmetic,
        "result": result,
        "result_unit": increase.unit,
        "result_qualifier": increase.qualifier if steps else "exact",
        "span": (ref.value + steps * low, ref.value + steps * high),
        "accept": claim_range(level.value, level.qualifier, level.value_high),
    }


def _row(
    claim: ClaimRow,
    ref: ReferencePointRow | None = None,
    formula: str | None = None,
    boundary: int | None = None,
    **computed: Any,
) -> dict[str, Any]:
    """A cross-check row: the claim, its reference value (if any), the computation and the verdict."""
    span, accept = computed.pop("span", None), computed.pop("accept", None)
    if span is None:
        verdict, reason = "not_checkable", computed.pop("reason")
    else:
        ok = meets(span[0], span[1], accept)
        verdict = "consistent" if ok else "inconsistent"
        if computed.get("implied_basis"):
            reason = "within_band" if ok else "outside_band"
        else:
            reason = "holds" if ok else "fails"
    strength, share = strength_of(span, accept, formula or claim.formula)
    caveats = []
    if ref is not None:  # the reference value's own caveats; boundary_change only when the pair spans the change
        caveats += [c for c in (ref.caveats or "").split(";") if c != Caveat.BOUNDARY_CHANGE]
        if boundary is not None and min(claim.year, ref.year) < boundary <= max(claim.year, ref.year):
            caveats.append(Caveat.BOUNDARY_CHANGE)
    stated = None if ref is None or pd.isna(ref.growth_pct) else float(ref.growth_pct)
    if stated is not None and computed.get("implied_basis"):
        caveats.append(Caveat.REAL_VS_NOMINAL)
    return {
        "check_id": f"{claim.claim_id}:{int(ref.year)}:{ref.status}" if ref is not None else f"{claim.claim_id}:none",
        "claim_id": claim.claim_id,
        "claim_origin": claim.origin,
        "claim_year": int(claim.year),
        "claim_value": float(claim.value),
        "claim_qualifier": claim.qualifier,
        "unit": claim.unit,
        "series": claim.series,
        "formula": formula or claim.formula,
        "reference_row": None if ref is None else int(ref.reference_row),
        "reference_year": None if ref is None else int(ref.year),
        "reference_value": None if ref is None else float(ref.value),
        "reference_status": None if ref is None else ref.status,
        "stated_growth_pct": stated,
        "stated_basis": None
        if ref is None or stated is None
        else ("real" if "可比价" in str(ref.excerpt) else "unstated"),
        "arithmetic": computed.get("arithmetic"),
        "result": computed.get("result"),
        "result_unit": computed.get("result_unit"),
        "result_qualifier": computed.get("result_qualifier"),
        "implied_basis": computed.get("implied_basis"),
        "accept_low": None if accept is None else accept[0],
        "accept_high": None if accept is None else accept[1],
        "verdict": verdict,
        "reason": reason,
        "strength": strength,
        "band_share": share,
        "caveats": join_caveats(c for c in caveats if c),
    }


def _nearest(points: pd.DataFrame, year: int) -> pd.DataFrame:
    """The points of the claim's own year, else those of the nearest year before and after it."""
    same = points[points["year"] == year]
    if len(same):
        return same
    before, after = points[points["year"] < year], points[points["year"] > year]
    keep = [before["year"].max()] if len(before) else []
    keep += [after["year"].min()] if len(after) else []
    return points[points["year"].isin(keep)]


def band_or_none(reference: pd.DataFrame) -> Band | None:
    """The band of ``reference``, or None when it states no real rate to build one from (no growth is judged)."""
    try:
        return load_band(reference)
    except UserError:
        return None


def cross_check(dataset: Dataset, reference: pd.DataFrame, band: Band | None = None) -> pd.DataFrame:
    """Every cross-check row of the dataset's claims against ``reference``, validated against
    ``schema.CROSS_CHECK``; empty (with its columns) for an article without the claims. ``band`` defaults to
    :func:`.band.load_band` of ``reference``."""
    claims = article_claims(dataset, reference=reference)
    band = band if band is not None else band_or_none(reference)
    by_id = claims.set_index("claim_id", drop=False)
    rows: list[dict[str, Any]] = []
    edge: dict[str, Any] = {"boundary": boundary_year(place_info(reference)["caveat_years"])}
    for claim in claim_rows(claims):
        points = reference_points(reference, claim.series)
        if claim.formula == "different_measure":
            rows += [
                _row(claim, ref, reason="different_measure", **edge)
                for ref in reference_rows(_nearest(points, claim.year))
            ]
        elif claim.formula == "level_from_increase":  # reference years from the period's base year to its end
            inside = points[points["year"].between(claim.start - 1, claim.year) & (points["unit"] == claim.unit)]
            level = cast(pd.Series, by_id.loc[claim.level]) if claim.level in by_id.index else None
            if inside.empty or level is None:
                rows.append(_row(claim, reason="no_reference_year"))
            else:
                rows += [_row(claim, ref, **edge, **_carried(claim, ref, level)) for ref in reference_rows(inside)]
        else:
            near = _nearest(points[points["unit"] == claim.unit], claim.year)
            if near.empty:
                rows.append(_row(claim, reason="no_reference_year"))
            for ref in reference_rows(near):
                formula = "same_year" if ref.year == claim.year else "average_growth"
                rows.append(_row(claim, ref, formula=formula, **edge, **_pair(claim, ref, formula, band)))
    frame = pd.DataFrame(rows, columns=column_names(CROSS_CHECK))
    frame = frame.astype({"reference_row": "Int64", "reference_year": "Int64", "claim_year": "int64"})
    for column in ("reference_value", "stated_growth_pct", "result", "accept_low", "accept_high", "band_share"):
        frame[column] = frame[column].astype("float64")
    frame = validate(frame, "cross_check")
    frame.attrs = {"reference": place_info(reference), "page": claims.attrs.get("page", {})}  # for the sentences
    return frame
