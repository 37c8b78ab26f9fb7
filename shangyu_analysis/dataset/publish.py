"""Byte-exact rendering of the published tables and atomic writing/reading of them.

Floats are written with 12 significant digits so that rounding noise (1813.4999999999998) never
reaches the files and a rerun is byte-identical; line ends are always LF.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import SCHEMAS
from shangyu_analysis.schema.missing import is_missing
from shangyu_analysis.schema.validate import coerce, validate

TABLES = ("figures", "indicators", "derived", "checks", "fact_checks")
FLOAT_FORMAT = "%.12g"


def render_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV, LF line ends, fixed float format, no index."""
    return frame.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT).encode("utf-8")


def json_value(value: object) -> object:
    """A JSON-ready Python value: missing (:func:`~shangyu_analysis.schema.missing.is_missing`) or not finite → null
    (JSON has no NaN or Infinity; a 400-digit numeral overflows a float), numpy → builtin, a float to 12
    significant digits (an integral one as an int); text as written, ``""`` included (a string is never null)."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, str):
        return value
    if is_missing(value) or (isinstance(value, float) and math.isinf(value)):
        return None
    if isinstance(value, float):
        rounded = float(FLOAT_FORMAT % value)
        return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded
    return value


def json_records(frame: pd.DataFrame) -> Iterator[dict]:
    """The rows of ``frame`` as JSON-ready dicts (:func:`json_value`), one at a time: the one converter of a
    table to JSON, for the published ``.json`` files and the CLI's ``--format json``."""
    columns = list(frame.columns)
    for row in frame.itertuples(index=False, name=None):
        yield {col: json_value(v) for col, v in zip(columns, row)}


def render_json(frame: pd.DataFrame) -> bytes:
    """A JSON array of row objects (columns in schema order), UTF-8, indented, ending in LF."""
    return (json.dumps(list(json_records(frame)), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_table(path: Path | io.BytesIO, name: str, label: Path | None = None) -> pd.DataFrame:
    """Read a published CSV (a file, or its bytes in memory named by ``label``), giving each column its
    schema dtype, and validate it."""
    where = label if label is not None else (path if isinstance(path, Path) else None)
    if isinstance(path, Path) and not path.exists():
        raise UserError(path, "file not found; run `shangyu-analysis data` first")
    text_columns = {c.name: str for c in SCHEMAS[name] if c.kind in ("str", "bool")}
    frame = pd.read_csv(path, dtype=text_columns, keep_default_na=False, na_values=[""], encoding="utf-8")
    for col in SCHEMAS[name]:
        if col.kind == "bool" and col.name in frame.columns:
            frame[col.name] = frame[col.name].map({"True": True, "False": False})
    return validate(coerce(frame, name), name, where)
