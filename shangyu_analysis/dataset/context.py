"""The article beside official statistics (notebook 05): the article's claims a reference series bears on, the
timeline of a series, the sector structure, and the caveats each reference value carries.

The comparisons themselves (pairs, arithmetic, verdicts) are :mod:`shangyu_analysis.dataset.crosscheck`.

What an analyst changes
-----------------------
- **a year** of a series already in the reference CSV (a 2019 GDP, a 2022 income): add the row, with its source
  and verbatim excerpt, and update the sha256 in the CSV's ``.source.yml``. The timeline draws it, labelled by its
  status, and the cross-check pairs every claim with it when it is the nearest year on one side (or the same year).
- **a series**: add its rows the same way. :func:`timeline` draws any series; for the cross-check to test an
  article claim against it, add one :class:`Counterpart` to :data:`COUNTERPARTS`.

Caveats
-------
The reference README's caveats are :class:`~shangyu_analysis.schema.Caveat` members, given to a value by what
the data says: ``secondary`` (its status), ``county_city_2010`` (its source names 上虞市, or its year is before 2013), ``preliminary`` (from
a statistical bulletin, or an excerpt saying 初步核算), ``population_bases`` (a per-head or population series:
人均, 人口), ``boundary_2021`` (a value from 2021 on, after the possible boundary change). A comparison adds
``boundary_2021`` when it spans 2020–2021 and ``real_vs_nominal`` when a nominal growth stands beside a stated
rate (crosscheck).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.indicators.derive import render_expression
from shangyu_analysis.schema import STRUCTURE, TIMELINE, Caveat, PointOrigin, ReferenceStatus, column_names
from shangyu_analysis.schema.validate import validate

BOUNDARY_YEAR = 2021  # first year after the possible boundary change (Caveat.BOUNDARY_2021)
DISTRICT_YEAR = 2013  # first year as a district of Shaoxing; before it 上虞市 (Caveat.COUNTY_CITY_2010)
FIRST_CSV_LINE = 2  # the reference CSV's first data row is line 2 (line 1 is its header)
LEVEL_FORMULAS = ("average_growth",)  # counterparts whose claim is a level: a point of the timeline
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class Counterpart:
    """An article claim (an indicator or derived id) and the reference series that bears on it.

    ``formula`` names how they are compared (:data:`shangyu_analysis.dataset.crosscheck.FORMULAS`); ``year`` is
    the claim's year when its table has no period (derived values); ``level``, for an average annual increase,
    is the claim of the level the increases end at.
    """

    claim: str
    series: str
    formula: str = "average_growth"
    year: int | None = None
    level: str | None = None


COUNTERPARTS = (
    Counterpart("gdp_yi_yuan", "gdp"),
    Counterpart("gdp_2015_yi_yuan", "gdp", year=2015),
    Counterpart("gdp_annual_increase_yi_yuan", "gdp", "level_from_increase", level="gdp_yi_yuan"),
    Counterpart("fiscal_revenue_yi_yuan", "fiscal_total_rev"),
    Counterpart("general_budget_revenue_yi_yuan", "gen_budget_rev"),
    Counterpart("general_budget_revenue_2015_yi_yuan", "gen_budget_rev", year=2015),
    Counterpart("general_budget_revenue_annual_increase_yi_yuan", "gen_budget_rev", "level_from_increase",
                level="general_budget_revenue_yi_yuan"),
    Counterpart("urban_income_per_capita_yuan", "income_urban"),
    Counterpart("rural_income_per_capita_yuan", "income_rural"),
    # Gross output of above-scale industry (2020, implied) against value added of above-scale industry (2023).
    Counterpart("above_scale_industrial_output_yi_yuan", "ind_va_above_scale", "different_measure", year=2020),
)


def article_claims(dataset: Dataset, counterparts: tuple[Counterpart, ...] = COUNTERPARTS) -> pd.DataFrame:
    """The claims of ``counterparts`` the dataset has, one row each, in that order; empty when it has none (an
    article without the curated catalog).

    Columns: claim_id, series, formula, level, origin (article or derived), year (the end of its period),
    start (its first year), value, value_high, qualifier, unit, precision, name_zh, name_en, source (the article
    sentence, or the derived formula), arithmetic (a derived claim's formula with its inputs' values).
    """
    inputs = {**dict(zip(dataset.indicators["indicator_id"], dataset.indicators["value"].astype(float))),
              **dict(zip(dataset.derived["derived_id"], dataset.derived["value"].astype(float)))}
    tables = ((dataset.indicators.set_index("indicator_id"), PointOrigin.ARTICLE, "sentence"),
              (dataset.derived.set_index("derived_id"), PointOrigin.DERIVED, "formula"))
    rows = []
    for part in counterparts:
        for table, origin, source in tables:
            if part.claim not in table.index:
                continue
            row = table.loc[part.claim]
            years = [int(y) for y in _YEAR.findall(str(row.get("period") or ""))]
            years = [part.year] if part.year is not None else years
            if years:
                rows.append({
                    "claim_id": part.claim, "series": part.series, "formula": part.formula, "level": part.level,
                    "origin": origin.value, "year": years[-1], "start": years[0], "value": float(row["value"]),
                    "value_high": float(row.get("value_high", float("nan"))), "qualifier": str(row["qualifier"]),
                    "unit": str(row["unit"]), "precision": int(row["precision"]), "name_zh": str(row["name_zh"]),
                    "name_en": str(row["name_en"]), "source": str(row[source]),
                    "arithmetic": _arithmetic(row, inputs) if origin == PointOrigin.DERIVED else ""})
            break
    columns = ["claim_id", "series", "formula", "level", "origin", "year", "start", "value", "value_high",
               "qualifier", "unit", "precision", "name_zh", "name_en", "source", "arithmetic"]
    return pd.DataFrame(rows, columns=columns)


def _arithmetic(row, inputs: dict[str, float]) -> str:
    """A derived claim's formula with its inputs' values: ``93.69 − 5 × 8 = 53.69``, so a reader can trace it."""
    try:
        shown = render_expression(str(row["formula"]), inputs, fractions=True)
    except KeyError:  # an input the dataset lacks: the formula in ids is still traceable
        shown = str(row["formula"])
    shown = shown.replace(" - ", " − ").replace(" * ", " × ").replace(" / ", " ÷ ")
    return f"{shown} = {float(row['value']):.{int(row['precision'])}f}"


def precision_of(row) -> int:
    """Decimals to show a reference value with: as written when the unit was not restated, else as stored."""
    same = str(row["unit"]) == str(row["unit_as_written"])
    text = str(row["value_as_written"]) if same else repr(float(row["value"]))
    decimals = text.partition(".")[2]
    return min(len(decimals.rstrip("0") if not same else decimals), 2)


def caveats_of(row) -> list[str]:
    """The caveats a reference row carries by itself (see the module docstring), in declaration order."""
    found = set()
    if row["status"] == ReferenceStatus.SECONDARY:
        found.add(Caveat.SECONDARY)
    if "上虞市" in f"{row['indicator_zh']} {row['excerpt']}" or int(row["year"]) < DISTRICT_YEAR:
        found.add(Caveat.COUNTY_CITY_2010)
    # a bulletin's values of its own year are preliminary; the year before, printed in it, is not first publication
    bulletin_year = _YEAR.search(str(row["source_title"])) if "统计公报" in str(row["source_title"]) else None
    if "初步核算" in str(row["excerpt"]) or (bulletin_year and int(bulletin_year.group(0)) == int(row["year"])):
        found.add(Caveat.PRELIMINARY)
    if "人均" in str(row["indicator_zh"]) or "人口" in str(row["indicator_zh"]):
        found.add(Caveat.POPULATION_BASES)
    if int(row["year"]) >= BOUNDARY_YEAR:
        found.add(Caveat.BOUNDARY_2021)
    return [c.value for c in Caveat if c in found]


def join_caveats(caveats) -> str | None:
    """Caveat ids joined with ';' in declaration order, without repeats; None when there are none."""
    found = set(caveats)
    return ";".join(c.value for c in Caveat if c in found) or None


def reference_points(reference: pd.DataFrame, series: str) -> pd.DataFrame:
    """The rows of ``series`` by year, one per year, status and value (corroborating copies of one value are
    dropped, the first kept), with ``reference_row`` (their line in the CSV), ``precision`` and ``caveats``."""
    rows = reference[reference["indicator_id"] == series]
    rows = rows.assign(reference_row=rows.index + FIRST_CSV_LINE)
    rows = rows.sort_values(["year", "status", "reference_row"]).drop_duplicates(["year", "status", "value"])
    return rows.assign(precision=[precision_of(r) for _, r in rows.iterrows()],
                       caveats=[join_caveats(caveats_of(r)) for _, r in rows.iterrows()]).reset_index(drop=True)


def timeline(dataset: Dataset, reference: pd.DataFrame, series: str = "gdp") -> pd.DataFrame:
    """Every point of ``series``: the reference values (official or secondary) and the article's level claims in
    the same unit (from the article, or derived), sorted by year; validated against ``schema.TIMELINE``."""
    rows = [{"series": series, "year": int(r.year), "value": float(r.value), "unit": r.unit, "origin": r.status,
             "qualifier": "exact", "precision": int(r.precision), "reference_row": int(r.reference_row),
             "claim_id": None, "source": r.source_title, "caveats": r.caveats}
            for r in reference_points(reference, series).itertuples()]
    units = {row["unit"] for row in rows}
    claims = article_claims(dataset)
    claims = claims[(claims["series"] == series) & claims["formula"].isin(LEVEL_FORMULAS)]
    for c in claims.itertuples():
        if units and c.unit not in units:
            continue  # another unit is not a point of this series
        rows.append({"series": series, "year": int(c.year), "value": c.value, "unit": c.unit, "origin": c.origin,
                     "qualifier": c.qualifier, "precision": int(c.precision), "reference_row": None,
                     "claim_id": c.claim_id, "source": c.source,
                     "caveats": join_caveats([Caveat.BOUNDARY_2021] if c.year >= BOUNDARY_YEAR else [])})
    frame = pd.DataFrame(rows, columns=column_names(TIMELINE)).sort_values(["year", "origin"], kind="stable")
    frame = frame.astype({"year": "int64", "precision": "int64", "reference_row": "Int64"}).reset_index(drop=True)
    return validate(frame, "timeline")


def sector_structure(reference: pd.DataFrame) -> pd.DataFrame:
    """The sector shares of GDP (series ``share_<sector>``) by year and sector, each beside the share its value
    added gives (``100 × va_<sector> / gdp`` of the same year and status, formula ``sector_share``) when the
    reference table has both; validated against ``schema.STRUCTURE``."""
    rows = []
    for sector in sorted({i.removeprefix("share_") for i in reference["indicator_id"] if i.startswith("share_")}):
        for r in reference_points(reference, f"share_{sector}").itertuples():
            va = _one(reference, f"va_{sector}", r.year, r.status)
            gdp = _one(reference, "gdp", r.year, r.status)
            share, arithmetic = None, None
            if va is not None and gdp is not None:
                share = 100 * float(va["value"]) / float(gdp["value"])
                arithmetic = f"100 × {va['value_as_written']} / {gdp['value_as_written']} = {share:.3f}"
            rows.append({"year": int(r.year), "sector": sector, "share_pct": float(r.value), "status": r.status,
                         "reference_row": int(r.reference_row), "share_from_va_pct": share,
                         "arithmetic": arithmetic, "caveats": r.caveats})
    frame = pd.DataFrame(rows, columns=column_names(STRUCTURE))
    order = {"primary": 0, "secondary": 1, "tertiary": 2}
    frame = frame.sort_values(["year", "sector"], key=lambda s: s.map(order).fillna(9) if s.name == "sector" else s)
    return validate(frame.astype({"share_from_va_pct": "float64"}).reset_index(drop=True), "structure")


def _one(reference: pd.DataFrame, series: str, year: int, status: str):
    """The first row of ``series`` in ``year`` with ``status``, or None."""
    hit = reference[(reference["indicator_id"] == series) & (reference["year"] == year)
                    & (reference["status"] == status)]
    return None if hit.empty else hit.iloc[0]
