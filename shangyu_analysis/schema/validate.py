"""Check a DataFrame against its declared schema, and give each column its declared dtype."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from shangyu_analysis.errors import UserError
from shangyu_analysis.schema.context_tables import DISPLAYED_SCHEMAS, INPUT_SCHEMAS
from shangyu_analysis.schema.tables import SCHEMAS, column_names

_ALL = {**SCHEMAS, **INPUT_SCHEMAS, **DISPLAYED_SCHEMAS}


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
    schema = _ALL[name]
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
    for col in _ALL[name]:
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
