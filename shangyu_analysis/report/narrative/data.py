"""Data the narrative reads besides the dataset (glossary, settings) and small helpers shared by its modules."""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache

import pandas as pd
import yaml

from shangyu_analysis import config
from shangyu_analysis.errors import UserError

GLOSSARY_YML = config.DATA_DIR / "glossary.yml"
NARRATIVE_YML = config.DATA_DIR / "narrative.yml"


class MissingData(KeyError):
    """A template names an indicator, derived value or term this dataset does not have."""


@lru_cache(maxsize=4)
def _load_yaml(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except OSError as exc:
        raise UserError(path, f"cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise UserError(path, f"invalid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise UserError(path, "must be a mapping")
    return data


def glossary_terms() -> list[dict]:
    """The glossary entries of ``data/glossary.yml`` in file order."""
    return list(_load_yaml(str(GLOSSARY_YML)).get("terms", []))


def narrative_settings() -> dict:
    """``data/narrative.yml``: headline ids, publisher names, section categories."""
    return _load_yaml(str(NARRATIVE_YML))


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def esc(text: object) -> str:
    """Escape any text for HTML; None, NaN and NA become the empty string."""
    return "" if _missing(text) else html.escape(str(text), quote=True)


def is_blank(value: object) -> bool:
    return _missing(value) or str(value).strip() == ""


def records(frame: pd.DataFrame | None, key: str) -> dict[str, dict]:
    if frame is None or len(frame) == 0 or key not in frame.columns:
        return {}
    return {str(row[key]): row for row in frame.to_dict("records")}


def period_years(period: object) -> tuple[int, int] | None:
    """``"2016–2020"`` → (2016, 2020); ``"2020"`` → (2020, 2020); None when there is no year."""
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", str(period or ""))]
    return (min(years), max(years)) if years else None


def as_int(value: object, default: int | None = 0) -> int | None:
    if is_blank(value):
        return default
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default
