"""Data the narrative reads besides the dataset (glossary, settings) and small helpers shared by its modules."""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.files import expect, read_yaml

GLOSSARY_YML = config.DATA_DIR / "glossary.yml"
NARRATIVE_YML = config.DATA_DIR / "narrative.yml"


class MissingData(KeyError):
    """A template names an indicator, derived value or term this dataset does not have."""


@lru_cache(maxsize=4)
def _load_yaml(path: str) -> dict:
    return expect(path, read_yaml(path) or {}, dict, "(top level)")


def glossary_terms() -> list[dict]:
    """The glossary entries of ``data/glossary.yml`` in file order (each a mapping with id, zh and en)."""
    path = str(GLOSSARY_YML)
    terms = expect(path, _load_yaml(path).get("terms", []), list, "terms")
    for k, term in enumerate(terms, 1):
        expect(path, term, dict, f"terms[{k}]")
        for field in ("id", "zh", "en"):
            expect(path, term.get(field), str, f"terms[{k}].{field}")
    return list(terms)


_SETTING_TYPES = {"headline": list, "headline_per_category": int, "section_categories": dict, "publishers": dict}


def narrative_settings() -> dict:
    """``data/narrative.yml``: headline ids, publisher names, section categories."""
    path = str(NARRATIVE_YML)
    settings = _load_yaml(path)
    for field, kind in _SETTING_TYPES.items():
        if field in settings:
            expect(path, settings[field], kind, field)
    return settings


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
