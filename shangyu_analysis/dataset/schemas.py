"""The published DataFrames' schemas, declared once and checked on write and on read.

Each schema is an ordered tuple of :class:`Column` (name, dtype kind, description, allowed values,
nullable). The data dictionary (``data/processed/README.md``) is generated from these declarations,
so a column cannot be published without a description. The validator is deliberately small: a
full framework (pandera) would add a heavy dependency for four tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from shangyu_analysis.errors import UserError

CATEGORIES = (
    "economy", "fiscal", "income", "industry", "digital_economy", "investment", "innovation",
    "business_environment", "urban_development", "policy",
)
INDICATOR_QUALIFIERS = ("exact", "approx", "more_than", "at_least", "at_most", "range")
DERIVED_QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most")
CHECK_STATUSES = ("pass", "fail", "skip")
DTYPE_KINDS = ("str", "int", "float", "bool")


@dataclass(frozen=True)
class Column:
    """One column of a published table.

    Parameters
    ----------
    name : str
        Column name (ends in its unit when the column holds one unit).
    kind : str
        One of ``str``, ``int``, ``float``, ``bool``.
    description : str
        One English sentence for the data dictionary.
    allowed : tuple of str, optional
        The only values the column may hold (missing values aside).
    nullable : bool
        Whether missing values are allowed.
    """

    name: str
    kind: str
    description: str
    allowed: tuple[str, ...] | None = None
    nullable: bool = False


def _c(name, kind, description, allowed=None, nullable=False) -> Column:
    return Column(name, kind, description, allowed, nullable)


_SPAN = (
    _c("start", "int", "Offset of the figure's first character in the article text (0-based code points)."),
    _c("end", "int", "Offset just past the figure's last character (end exclusive)."),
    _c("surface", "str", "The figure exactly as written in the article (number plus unit or measure word)."),
    _c("sentence", "str", "The sentence of the article the figure appears in."),
    _c("paragraph", "int", "1-based number of the body paragraph holding the figure (line number for plain "
       "text); empty when unknown.", nullable=True),
    _c("section", "str", "Heading of the article section holding the figure (empty before the first heading).",
       nullable=True),
)

# The figure table is declared by the extractor (figures.FIGURE_COLUMNS: name -> (dtype, description));
# it is translated here rather than declared twice. Which columns may be empty and which values are
# allowed are the publication's rules, so they live here.
_FIGURE_KINDS = {"str": "str", "int64": "int", "Int64": "int", "float64": "float", "bool": "bool"}
_FIGURE_NULLABLE = {"value_high", "scale", "base_value", "base_unit", "kind", "subject", "period", "paragraph",
                    "section"}
_FIGURE_ALLOWED = {"qualifier": INDICATOR_QUALIFIERS}


def _figure_schema() -> tuple[Column, ...]:
    from shangyu_analysis.extract.figures import FIGURE_COLUMNS

    return tuple(_c(name, _FIGURE_KINDS[dtype], description if description.endswith((".", "…")) else description + ".",
                    _FIGURE_ALLOWED.get(name),
                    name in _FIGURE_NULLABLE) for name, (dtype, description) in FIGURE_COLUMNS.items())


FIGURES = _figure_schema()

INDICATORS = (
    _c("indicator_id", "str", "Stable snake_case identifier ending in the unit (gdp_yi_yuan)."),
    _c("name_zh", "str", "Indicator name in Chinese."),
    _c("name_en", "str", "Indicator name in English."),
    _c("description_en", "str", "What is measured, in plain English with the Chinese term."),
    _c("category", "str", "Thematic category of the indicator.", CATEGORIES),
    _c("value", "float", "The indicator's value in its unit; low end for a range."),
    _c("value_high", "float", "High end of a range; empty otherwise.", nullable=True),
    _c("unit", "str", "Unit as written in the article (亿元, %, 家, rank, ratio…)."),
    _c("short_unit", "str", "Compact English unit label for tables and charts (CNY 100m, %, firms…)."),
    _c("qualifier", "str", "exact, approx, more_than, at_least, at_most or range, as the text states it.",
       INDICATOR_QUALIFIERS),
    _c("period", "str", "Period the value refers to (2020, 2016–2020, a plan's target period).", nullable=True),
    _c("precision", "int", "Number of decimals to display."),
    _c("figure_id", "str", "The extracted figure this indicator comes from (see figures.csv)."),
    *_SPAN,
    _c("curated", "bool", "True when the row comes from the curated catalog, false when generated automatically."),
)

DERIVED = (
    _c("derived_id", "str", "Stable snake_case identifier of the derived indicator, ending in its unit."),
    _c("name_zh", "str", "Derived indicator name in Chinese."),
    _c("name_en", "str", "Derived indicator name in English."),
    _c("value", "float", "The computed value (a bound when the qualifier is one)."),
    _c("unit", "str", "Unit of the value (亿元, %, ratio…)."),
    _c("short_unit", "str", "Compact English unit label."),
    _c("qualifier", "str", "Qualifier propagated from the inputs: approximate in gives approximate out; "
       "a bound keeps its direction through the formula.", DERIVED_QUALIFIERS),
    _c("precision", "int", "Number of decimals to display."),
    _c("formula", "str", "The formula, written with indicator ids."),
    _c("inputs", "str", "The indicator ids the formula reads, joined with ';'."),
    _c("assumptions", "str", "The assumptions the computation makes, in English."),
    _c("assumptions_zh", "str", "The same assumptions in Chinese."),
)

CHECKS = (
    _c("check_id", "str", "Stable identifier of the consistency check."),
    _c("description", "str", "What the check verifies, in English."),
    _c("status", "str", "pass, fail, or skip when an input is missing.", CHECK_STATUSES),
    _c("detail", "str", "The comparison with the actual numbers."),
)

SCHEMAS: dict[str, tuple[Column, ...]] = {
    "figures": FIGURES, "indicators": INDICATORS, "derived": DERIVED, "checks": CHECKS,
}


def column_names(schema: tuple[Column, ...]) -> list[str]:
    """The schema's column names in order."""
    return [c.name for c in schema]


def _kind_ok(series: pd.Series, kind: str) -> bool:
    present = series.dropna()
    if present.empty:
        return True
    if kind == "str":
        return all(isinstance(v, str) for v in present)
    if kind == "bool":
        return pd.api.types.is_bool_dtype(series) or all(isinstance(v, bool) for v in present)
    if kind == "int":
        return pd.api.types.is_integer_dtype(series) or all(float(v).is_integer() for v in present)
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def validate(df: pd.DataFrame, name: str, where: str | Path | None = None) -> pd.DataFrame:
    """Check ``df`` against schema ``name``; return it with columns in schema order.

    Raises
    ------
    UserError
        Naming ``where`` (the file) and the first column that breaks the schema.
    """
    schema = SCHEMAS[name]
    expected = column_names(schema)
    missing = [c for c in expected if c not in df.columns]
    extra = [c for c in df.columns if c not in expected]
    if missing or extra:
        raise UserError(where, f"{name} table: missing columns {missing}, unexpected columns {extra}")
    for col in schema:
        series = df[col.name]
        if not col.nullable and series.isna().any():
            row = int(series.isna().to_numpy().argmax())
            raise UserError(where, f"{name} table, row {row + 1}, column {col.name}: missing value")
        if not _kind_ok(series, col.kind):
            raise UserError(where, f"{name} table, column {col.name}: expected {col.kind} values")
        if col.allowed is not None:
            bad = sorted({str(v) for v in series.dropna() if v not in col.allowed})
            if bad:
                raise UserError(where, f"{name} table, column {col.name}: values {bad} not in {list(col.allowed)}")
    return df[expected]


def coerce(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Give each column its schema dtype (nullable ints become floats only when values are missing)."""
    out = df.copy()
    for col in SCHEMAS[name]:
        if col.name not in out.columns:
            continue
        s = out[col.name]
        if col.kind == "int" and not s.isna().any():
            out[col.name] = s.astype("int64")
        elif col.kind == "float":
            out[col.name] = pd.to_numeric(s).astype("float64")
        elif col.kind == "bool" and not s.isna().any():
            out[col.name] = s.map(lambda v: v if isinstance(v, bool) else str(v).lower() == "true").astype(bool)
        elif col.kind == "str":
            out[col.name] = s.astype(object).where(s.notna(), None)
    return out
