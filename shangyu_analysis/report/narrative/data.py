"""Data the narrative reads besides the dataset (glossary, settings) and small helpers shared by its modules."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Protocol, overload

from shangyu_analysis import config
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.schema.missing import is_missing

GLOSSARY_YML = config.DATA_DIR / "glossary.yml"
NARRATIVE_YML = config.DATA_DIR / "narrative.yml"


class Page(Protocol):
    """What a template's condition reads of the report context (:class:`.context.ReportContext`, which imports
    the templates: a Protocol keeps them from importing it back)."""

    terms: dict[str, dict]
    indicators: dict[str, dict]
    derived: dict[str, dict]

    @property
    def curated(self) -> bool: ...
    @property
    def source(self) -> dict: ...
    @property
    def is_special_page(self) -> bool: ...
    def row(self, row_id: str, *tables: str) -> dict: ...


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


_SETTING_TYPES = {"headline_per_category": int, "generic_sections": list, "publishers": dict}


def narrative_settings() -> dict:
    """``data/narrative.yml``: what holds for every page (publishers, the generic sections); a page's own
    settings are in ``data/articles/<stem>/narrative.yml`` (:mod:`.story`)."""
    path = str(NARRATIVE_YML)
    settings = _load_yaml(path)
    for field, kind in _SETTING_TYPES.items():
        if field in settings:
            expect(path, settings[field], kind, field)
    return settings


def esc(text: object) -> str:
    """Escape any text for HTML; a missing value (None, NaN, NA, blank: :func:`is_missing`) becomes ``""``."""
    return "" if is_missing(text) else html.escape(str(text), quote=True)


@overload
def as_int(value: object, default: int = 0) -> int: ...
@overload
def as_int(value: object, default: None) -> int | None: ...
def as_int(value: object, default: int | None = 0) -> int | None:
    if is_missing(value):
        return default
    try:
        return int(float(value))  # type: ignore[arg-type]  # what float() refuses is caught below
    except (TypeError, ValueError):
        return default


def source_value(source: dict, key: str, lang: str) -> str:
    """One field of the source (``publisher``, ``publisher_en``, ``publisher_about_en``, ``date``, ``authors`` …)
    as text in ``lang``; :class:`MissingData` when the source lacks it."""
    # Provenance files may write "浙江日报 (Zhejiang Daily)": the Chinese name is the part before the bracket.
    publisher = re.sub(r"\s*[(（].*$", "", str(source.get("publisher") or ""))
    known = narrative_settings().get("publishers", {}).get(publisher, {})
    value: object
    if key == "publisher":
        value = publisher
    elif key == "publisher_en":
        value = source.get("publisher_en") or known.get("en")
    elif key.startswith("publisher_about_"):
        value = known.get(key.removeprefix("publisher_"))
    else:
        value = source.get(key)
    if key == "authors" and isinstance(value, (list, tuple)):
        value = ("、" if lang == "zh" else ", ").join(str(a) for a in value)
    if is_missing(value):
        raise MissingData(key)
    return str(value)
