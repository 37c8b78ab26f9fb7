"""The tables that are not published: reference statistics (an input an analyst extends) and the tables
notebook 05 computes and shows. Columns are declared as in :mod:`shangyu_analysis.schema.tables`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, cast

from shangyu_analysis.schema.enums import (
    CrossCheckVerdict,
    GrowthBasis,
    PointOrigin,
    Qualifier,
    ReferenceStatus,
    VerdictStrength,
)
from shangyu_analysis.schema.tables import Column, _c

if TYPE_CHECKING:
    import pandas as pd  # annotations only: the schema layer runs on the stdlib

# Reference statistics (data/reference/<region>.csv): an input an analyst may extend, not a published table.
REFERENCE = (
    _c("indicator_id", "str", "Stable snake_case id of the series (gdp, general_budget_revenue…)."),
    _c("indicator_zh", "str", "The series as the source names it."),
    _c("year", "int", "The year the value refers to."),
    _c("value", "float", "The value in `unit` (converted from value_as_written only where the unit was restated)."),
    _c("unit", "str", "Unit of `value` (亿元, 元, %, 万人, rank…)."),
    _c(
        "status",
        "str",
        "official or secondary: secondary values are for cross-checks and always shown as such.",
        ReferenceStatus.values(),
    ),
    _c(
        "growth_pct",
        "float",
        "Growth over the previous year as the source states it (real, at comparable prices, "
        "for GDP and value added); empty when not stated.",
        nullable=True,
    ),
    _c("value_as_written", "str", "The number exactly as the source prints it."),
    _c("unit_as_written", "str", "The unit exactly as the source prints it (with notes on the source's table)."),
    _c("source_title", "str", "Title of the source text."),
    _c("source_publisher", "str", "Who published it, and for secondary values why they are secondary."),
    _c("source", "str", "Address or repository path of the retrieved copy."),
    _c("excerpt", "str", "The sentence or table row the value was read from, verbatim."),
)
INPUT_SCHEMAS: dict[str, tuple[Column, ...]] = {"reference": REFERENCE}

# Tables notebook 05 computes from the dataset and the reference statistics and shows, not published
# (``dataset/context.py``, ``dataset/crosscheck.py``). Ids joined with ';' in `caveats` are Caveat members.
_REF_ROW = "Line of the reference CSV the value comes from (header = line 1); empty when not from it."
TIMELINE = (
    _c("series", "str", "Reference series id (gdp…) the points belong to."),
    _c("year", "int", "The year of the point."),
    _c("value", "float", "The value in `unit` (a bound when `qualifier` says so)."),
    _c("unit", "str", "Unit of the value (亿元…)."),
    _c(
        "origin",
        "str",
        "official, secondary (reference table), article (an indicator) or derived (a formula).",
        PointOrigin.values(),
    ),
    _c("qualifier", "str", "exact, or the bound or approximation the article's value carries.", Qualifier.values()),
    _c("precision", "int", "Decimals to display."),
    _c("reference_row", "int", _REF_ROW, nullable=True),
    _c(
        "claim_id", "str", "The indicator or derived id of an article point; empty for reference points.", nullable=True
    ),
    _c("source", "str", "Where the point is read: the reference source, the article sentence or the formula."),
    _c("caveats", "str", "Caveat ids that apply to the point, joined with ';'.", nullable=True),
)
STRUCTURE = (
    _c("year", "int", "The year of the structure."),
    _c("sector", "str", "primary, secondary or tertiary (from the series id share_<sector>)."),
    _c("share_pct", "float", "The sector's share of GDP as the source states it, in percent."),
    _c("status", "str", "official or secondary.", ReferenceStatus.values()),
    _c("reference_row", "int", _REF_ROW),
    _c(
        "share_from_va_pct",
        "float",
        "100 × value added of the sector / GDP of the same year, when both are in "
        "the reference table (formula sector_share).",
        nullable=True,
    ),
    _c("arithmetic", "str", "That computation with its numbers.", nullable=True),
    _c("caveats", "str", "Caveat ids that apply, joined with ';'.", nullable=True),
)
CROSS_CHECK = (
    _c("check_id", "str", "<claim_id>:<reference year>:<status> (or :none when no reference value is paired)."),
    _c("claim_id", "str", "The article's indicator or derived id."),
    _c("claim_origin", "str", "article (indicator) or derived (formula).", PointOrigin.values()),
    _c("claim_year", "int", "The year the claim refers to (the end of its period)."),
    _c("claim_value", "float", "The claim's value in `unit`."),
    _c("claim_qualifier", "str", "The claim's qualifier (a bound stays a bound).", Qualifier.values()),
    _c("unit", "str", "Unit of claim_value and reference_value."),
    _c("series", "str", "The reference series that bears on the claim."),
    _c("formula", "str", "Named formula of the comparison (crosscheck.FORMULAS)."),
    _c("reference_row", "int", _REF_ROW, nullable=True),
    _c("reference_year", "int", "Year of the reference value.", nullable=True),
    _c("reference_value", "float", "The reference value.", nullable=True),
    _c("reference_status", "str", "official or secondary.", ReferenceStatus.values(), nullable=True),
    _c(
        "stated_growth_pct",
        "float",
        "Growth the reference source states for its year (never enters the verdict).",
        nullable=True,
    ),
    _c(
        "stated_basis",
        "str",
        "real when the source says 按可比价计算, else unstated.",
        GrowthBasis.values(),
        nullable=True,
    ),
    _c("arithmetic", "str", "The formula with the numbers, and its result.", nullable=True),
    _c("result", "float", "The computed value (a bound when result_qualifier says so).", nullable=True),
    _c("result_unit", "str", "Unit of the result (% a year, 亿元…).", nullable=True),
    _c(
        "result_qualifier",
        "str",
        "exact, approx or the bound the claim's qualifier gives the result.",
        Qualifier.values(),
        nullable=True,
    ),
    _c(
        "implied_basis",
        "str",
        "nominal for a growth rate implied by two current-price levels.",
        GrowthBasis.values(),
        nullable=True,
    ),
    _c("accept_low", "float", "Low end of the range the result must meet to be consistent.", nullable=True),
    _c("accept_high", "float", "High end of that range.", nullable=True),
    _c("verdict", "str", "consistent, inconsistent or not_checkable.", CrossCheckVerdict.values()),
    _c(
        "reason",
        "str",
        "The rule that decided: within_band, outside_band, holds, fails, no_reference_year, "
        "no_band (the reference states no real rate for the series), different_measure.",
    ),
    _c(
        "strength",
        "str",
        "How much the verdict says: informative, not_informative (any plausible value passes) or none.",
        VerdictStrength.values(),
    ),
    _c(
        "band_share",
        "float",
        "Share (0–1) of the accepted range the claim allows: 1 means any accepted value passes.",
        nullable=True,
    ),
    _c("caveats", "str", "Caveat ids that apply to the row, joined with ';'.", nullable=True),
)


# One row of these tables as its readers see it (``frame.itertuples()``), for the type checker: pandas-stubs
# types a row's fields as any scalar. The kinds follow the declarations above; a nullable int column is read as
# float (a missing value is NaN), a missing str is NaN too, which its readers test with ``pd.isna`` first.
class TimelineRow(Protocol):
    year: int
    value: float
    unit: str
    qualifier: str
    precision: int


class CrossCheckRow(Protocol):
    check_id: str
    claim_id: str
    claim_origin: str
    claim_year: int
    claim_value: float
    claim_qualifier: str
    unit: str
    series: str
    formula: str
    reference_row: float
    reference_year: float
    reference_value: float
    reference_status: str
    stated_growth_pct: float
    stated_basis: str
    arithmetic: str
    result: float
    result_unit: str
    result_qualifier: str
    implied_basis: str
    accept_low: float
    accept_high: float
    verdict: str
    reason: str
    strength: str
    band_share: float
    caveats: str


def cross_check_rows(checks: pd.DataFrame) -> Iterator[CrossCheckRow]:
    """The rows of a cross-check frame (``itertuples()``), typed as :class:`CrossCheckRow`."""
    return cast("Iterator[CrossCheckRow]", checks.itertuples())


DISPLAYED_SCHEMAS: dict[str, tuple[Column, ...]] = {
    "timeline": TIMELINE,
    "structure": STRUCTURE,
    "cross_check": CROSS_CHECK,
}
