"""The article beside official statistics (notebook 05): the article's claims a reference series bears on, the
timeline of a series, the sector structure, and the caveats each reference value carries.

Which figures are claims is data (:mod:`.claims`: the page's claims.yml, or by measure); the comparisons
themselves (pairs, arithmetic, verdicts) are :mod:`shangyu_analysis.dataset.crosscheck`.

What an analyst changes
-----------------------
- **a year** of a series already in the reference CSV: add the row, with its source and verbatim excerpt, and
  update the sha256 in the CSV's ``.source.yml``. The timeline draws it, labelled by its status, and the
  cross-check pairs every claim with it when it is the nearest year on one side (or the same year).
- **a series**: add its rows the same way; for the cross-check to test a page's claim against it, map its measure
  in ``data/reference/series.yml`` or name it in the page's ``claims.yml``.

Caveats
-------
The reference README's caveats are :class:`~shangyu_analysis.schema.Caveat` members, given to a value by what
the data says: ``secondary`` (its status), ``preliminary`` (from a statistical bulletin, or an excerpt saying
初步核算), ``population_bases`` (a per-head or population series: 人均, 人口). Two depend on the place's history
and apply only when the reference sidecar declares them (``caveat_years``, :func:`.reference.place_info`):
``former_unit`` (a value before its ``before`` year, or whose name or excerpt says one of its ``names``) and
``boundary_change`` (a value from its ``from`` year on). A comparison adds ``boundary_change`` when it spans the
change and ``real_vs_nominal`` when a nominal growth stands beside a stated rate (crosscheck).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol, cast

import pandas as pd

from shangyu_analysis.dataset.claims import Counterpart, article_place, counterparts, page_notes
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.reference import place_info
from shangyu_analysis.indicators.derive import render_expression
from shangyu_analysis.schema import STRUCTURE, TIMELINE, Caveat, PointOrigin, ReferenceStatus, column_names
from shangyu_analysis.schema.validate import validate
from shangyu_analysis.text.period_value import Period

__all__ = ["Counterpart", "article_claims", "boundary_year", "caveats_of", "reference_points", "timeline"]

FIRST_CSV_LINE = 2  # the reference CSV's first data row is line 2 (line 1 is its header)
LEVEL_FORMULAS = ("average_growth",)  # counterparts whose claim is a level: a point of the timeline
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class ClaimRow(Protocol):
    """One row of :func:`article_claims` as ``itertuples`` gives it (for the type checker)."""

    claim_id: str
    series: str
    formula: str
    level: str
    origin: str
    year: int
    start: int
    value: float
    value_high: float
    qualifier: str
    unit: str
    precision: int
    name_zh: str
    name_en: str
    source: str
    arithmetic: str
    period_basis: str


class ReferencePointRow(Protocol):
    """One row of :func:`reference_points` (a reference CSV row with its line, precision and caveats)."""

    indicator_id: str
    indicator_zh: str
    year: int
    value: float
    unit: str
    status: str
    growth_pct: float
    value_as_written: str
    excerpt: str
    source_title: str
    reference_row: int
    precision: int
    caveats: str | None


def claim_rows(claims: pd.DataFrame) -> Iterator[ClaimRow]:
    """The rows of an :func:`article_claims` frame, typed."""
    return cast("Iterator[ClaimRow]", claims.itertuples())


def reference_rows(points: pd.DataFrame) -> Iterator[ReferencePointRow]:
    """The rows of a :func:`reference_points` frame, typed."""
    return cast("Iterator[ReferencePointRow]", points.itertuples())


CLAIM_COLUMNS = [
    "claim_id",
    "series",
    "formula",
    "level",
    "origin",
    "year",
    "start",
    "value",
    "value_high",
    "qualifier",
    "unit",
    "precision",
    "name_zh",
    "name_en",
    "source",
    "arithmetic",
    "period_basis",
]


def boundary_year(caveat_years: dict) -> int | None:
    """The first year after the place's possible boundary change (sidecar ``caveat_years.boundary_change.from``)."""
    entry = (caveat_years or {}).get(Caveat.BOUNDARY_CHANGE.value) or {}
    return int(entry["from"]) if entry.get("from") is not None else None


def article_claims(
    dataset: Dataset, counterparts_: tuple[Counterpart, ...] | None = None, reference: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The page's claims a reference series bears on (``counterparts_``, default :func:`.claims.counterparts`:
    its claims.yml, else by measure and place), one row each, in that order; empty when it has none.

    Columns: claim_id, series, formula, level, origin (article or derived), year (the end of its period),
    start (its first year), value, value_high, qualifier, unit, precision, name_zh, name_en, source (the article
    sentence, or the derived formula), arithmetic (a derived claim's formula with its inputs' values).
    ``attrs["page"]``: the page's place (short name, English) and its claims.yml ``notes``.
    """
    parts = counterparts_ if counterparts_ is not None else counterparts(dataset, reference)
    inputs = {
        **dict(zip(dataset.indicators["indicator_id"], dataset.indicators["value"].astype(float))),
        **dict(zip(dataset.derived["derived_id"], dataset.derived["value"].astype(float))),
    }
    tables = (
        (dataset.indicators.set_index("indicator_id"), PointOrigin.ARTICLE, "sentence"),
        (dataset.derived.set_index("derived_id"), PointOrigin.DERIVED, "formula"),
    )
    rows = []
    for part in parts:
        for table, origin, source in tables:
            if part.claim not in table.index:
                continue
            row = cast(pd.Series, table.loc[part.claim])  # one row: the ids are the table's key
            years = [y for y in Period.parse(row.get("period")).named_years if 1900 <= y < 2100]
            years = [part.year] if part.year is not None else years
            if years:
                rows.append(
                    {
                        "claim_id": part.claim,
                        "series": part.series,
                        "formula": part.formula,
                        "level": part.level,
                        "origin": origin.value,
                        "year": years[-1],
                        "start": years[0],
                        "value": float(row["value"]),
                        "value_high": float(row.get("value_high", float("nan"))),
                        "qualifier": str(row["qualifier"]),
                        "unit": str(row["unit"]),
                        "precision": int(row["precision"]),
                        "name_zh": str(row["name_zh"]),
                        "name_en": str(row["name_en"]),
                        "source": str(row[source]),
                        "arithmetic": _arithmetic(row, inputs) if origin == PointOrigin.DERIVED else "",
                        "period_basis": str(row.get("period_basis") or ""),
                    }
                )
            break
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    place, place_en = article_place(dataset)
    frame.attrs["page"] = {"place": place, "place_en": place_en, "notes": page_notes(dataset)}
    return frame


def _arithmetic(row: pd.Series, inputs: dict[str, float]) -> str:
    """A derived claim's formula with its inputs' values: ``93.69 − 5 × 8 = 53.69``, so a reader can trace it."""
    try:
        shown = render_expression(str(row["formula"]), inputs, fractions=True)
    except KeyError:  # an input the dataset lacks: the formula in ids is still traceable
        shown = str(row["formula"])
    shown = shown.replace(" - ", " − ").replace(" * ", " × ").replace(" / ", " ÷ ")
    return f"{shown} = {float(row['value']):.{int(row['precision'])}f}"


def precision_of(row: pd.Series) -> int:
    """Decimals to show a reference value with: as written when the unit was not restated, else as stored."""
    same = str(row["unit"]) == str(row["unit_as_written"])
    text = str(row["value_as_written"]) if same else repr(float(row["value"]))
    decimals = text.partition(".")[2]
    return min(len(decimals.rstrip("0") if not same else decimals), 2)


def caveats_of(row: pd.Series, caveat_years: dict | None = None) -> list[str]:
    """The caveats a reference row carries by itself (see the module docstring), in declaration order;
    ``caveat_years``: the sidecar's place-specific caveats (:func:`.reference.place_info`)."""
    found = set()
    caveat_years = caveat_years or {}
    if row["status"] == ReferenceStatus.SECONDARY:
        found.add(Caveat.SECONDARY)
    former = caveat_years.get(Caveat.FORMER_UNIT.value) or {}
    names = [str(n) for n in former.get("names") or []]
    if former and (
        any(n in f"{row['indicator_zh']} {row['excerpt']}" for n in names)
        or (former.get("before") is not None and int(row["year"]) < int(former["before"]))
    ):
        found.add(Caveat.FORMER_UNIT)
    # a bulletin's values of its own year are preliminary; the year before, printed in it, is not first publication
    bulletin_year = _YEAR.search(str(row["source_title"])) if "统计公报" in str(row["source_title"]) else None
    if "初步核算" in str(row["excerpt"]) or (bulletin_year and int(bulletin_year.group(0)) == int(row["year"])):
        found.add(Caveat.PRELIMINARY)
    if "人均" in str(row["indicator_zh"]) or "人口" in str(row["indicator_zh"]):
        found.add(Caveat.POPULATION_BASES)
    boundary = boundary_year(caveat_years)
    if boundary is not None and int(row["year"]) >= boundary:
        found.add(Caveat.BOUNDARY_CHANGE)
    return [c.value for c in Caveat if c in found]


def join_caveats(caveats: Iterable[str]) -> str | None:
    """Caveat ids joined with ';' in declaration order, without repeats; None when there are none."""
    found = set(caveats)
    return ";".join(c.value for c in Caveat if c in found) or None


def reference_points(reference: pd.DataFrame, series: str) -> pd.DataFrame:
    """The rows of ``series`` by year, one per year, status and value (corroborating copies of one value are
    dropped, the first kept), with ``reference_row`` (their line in the CSV), ``precision`` and ``caveats``."""
    years = place_info(reference)["caveat_years"]
    rows = reference[reference["indicator_id"] == series]
    rows = rows.assign(reference_row=rows.index + FIRST_CSV_LINE)
    rows = rows.sort_values(["year", "status", "reference_row"]).drop_duplicates(["year", "status", "value"])
    return rows.assign(
        precision=[precision_of(r) for _, r in rows.iterrows()],
        caveats=pd.Series(
            [join_caveats(caveats_of(r, years)) for _, r in rows.iterrows()], index=rows.index, dtype=object
        ),
    ).reset_index(drop=True)


def timeline(dataset: Dataset, reference: pd.DataFrame, series: str = "gdp") -> pd.DataFrame:
    """Every point of ``series``: the reference values (official or secondary) and the article's level claims in
    the same unit (from the article, or derived), sorted by year; validated against ``schema.TIMELINE``."""
    rows = [
        {
            "series": series,
            "year": int(r.year),
            "value": float(r.value),
            "unit": r.unit,
            "origin": r.status,
            "qualifier": "exact",
            "precision": int(r.precision),
            "reference_row": int(r.reference_row),
            "claim_id": None,
            "source": r.source_title,
            "caveats": r.caveats,
        }
        for r in reference_rows(reference_points(reference, series))
    ]
    units = {row["unit"] for row in rows}
    claims = article_claims(dataset, reference=reference)
    boundary = boundary_year(place_info(reference)["caveat_years"])
    claims = claims[(claims["series"] == series) & claims["formula"].isin(LEVEL_FORMULAS)]
    for c in claim_rows(claims):
        if units and c.unit not in units:
            continue  # another unit is not a point of this series
        rows.append(
            {
                "series": series,
                "year": int(c.year),
                "value": c.value,
                "unit": c.unit,
                "origin": c.origin,
                "qualifier": c.qualifier,
                "precision": int(c.precision),
                "reference_row": None,
                "claim_id": c.claim_id,
                "source": c.source,
                "caveats": join_caveats([Caveat.BOUNDARY_CHANGE] if boundary and c.year >= boundary else []),
            }
        )
    frame = pd.DataFrame(rows, columns=column_names(TIMELINE)).sort_values(["year", "origin"], kind="stable")
    frame = frame.astype({"year": "int64", "precision": "int64", "reference_row": "Int64"}).reset_index(drop=True)
    return validate(frame, "timeline")


def sector_structure(reference: pd.DataFrame) -> pd.DataFrame:
    """The sector shares of GDP (series ``share_<sector>``) by year and sector, each beside the share its value
    added gives (``100 × va_<sector> / gdp`` of the same year and status, formula ``sector_share``) when the
    reference table has both; validated against ``schema.STRUCTURE``."""
    rows = []
    for sector in sorted({i.removeprefix("share_") for i in reference["indicator_id"] if i.startswith("share_")}):
        for r in reference_rows(reference_points(reference, f"share_{sector}")):
            va = _one(reference, f"va_{sector}", r.year, r.status)
            gdp = _one(reference, "gdp", r.year, r.status)
            share, arithmetic = None, None
            if va is not None and gdp is not None:
                share = 100 * float(va["value"]) / float(gdp["value"])
                arithmetic = f"100 × {va['value_as_written']} / {gdp['value_as_written']} = {share:.3f}"
            rows.append(
                {
                    "year": int(r.year),
                    "sector": sector,
                    "share_pct": float(r.value),
                    "status": r.status,
                    "reference_row": int(r.reference_row),
                    "share_from_va_pct": share,
                    "arithmetic": arithmetic,
                    "caveats": r.caveats,
                }
            )
    frame = pd.DataFrame(rows, columns=column_names(STRUCTURE))
    order = {"primary": 0, "secondary": 1, "tertiary": 2}
    frame = frame.sort_values(["year", "sector"], key=lambda s: s.map(order).fillna(9) if s.name == "sector" else s)
    return validate(frame.astype({"share_from_va_pct": "float64"}).reset_index(drop=True), "structure")


def _one(reference: pd.DataFrame, series: str, year: int, status: str) -> pd.Series | None:
    """The first row of ``series`` in ``year`` with ``status``, or None."""
    hit = reference[
        (reference["indicator_id"] == series) & (reference["year"] == year) & (reference["status"] == status)
    ]
    return None if hit.empty else hit.iloc[0]
