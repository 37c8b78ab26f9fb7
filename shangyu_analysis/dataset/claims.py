"""Which of a page's figures are claims a reference series bears on: ``data/articles/<stem>/claims.yml`` when the
page has one, else every indicator of the page's own place whose measure ``data/reference/series.yml`` maps to a
series (docs/ARTICLES.md, “Claims”). The comparisons themselves are :mod:`.crosscheck`'s.

A claims.yml entry selects indicator rows by ``measure`` and ``place`` (default: the page's place), or one row by
``id`` (a derived value has no measure); ``series``, ``formula``, ``year`` and ``level`` say how it is compared.
The page's ``notes`` (zh/en sentences notebook 05 adds at named places) are kept with the claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.reference import REFERENCE_DIR, place_names, short_place
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.measures import vocabulary
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.schema import indicator_records

SERIES_FILE = REFERENCE_DIR / "series.yml"
CLAIM_FORMULAS = ("average_growth", "level_from_increase", "different_measure")
_KEYS = {"measure", "place", "id", "series", "formula", "year", "level"}


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


def claims_path(article: str | Path | None) -> Path:
    """An article's claims file: ``data/articles/<stem>/claims.yml`` (it may not exist)."""
    return config.article_dir(article) / "claims.yml"


def measure_series(path: Path = SERIES_FILE) -> dict[str, tuple[str, ...]]:
    """``series.yml``: measure → the series that measure it, first choice first; a measure outside the
    vocabulary (data/measures.yml) is a UserError naming the file."""
    data = expect(path, read_yaml(path), dict, "(top level)")
    table = expect(path, data.get("series"), dict, "series")
    terms = vocabulary().terms
    out = {}
    for measure, series in table.items():
        if measure not in terms:
            raise UserError(path, f"series: {measure!r} is not a measure of data/measures.yml")
        out[str(measure)] = tuple(str(s) for s in (series if isinstance(series, list) else [series]))
    return out


def article_place(dataset: Dataset) -> tuple[str, str]:
    """The page's place as (short name, English short name): its sidecar's ``place:``, else the place most of its
    indicators are of (the figures' facts); ('', '') when neither says."""
    place = getattr(dataset.article, "place", None) or (dataset.source or {}).get("place")
    if not place and len(dataset.indicators):
        places = dataset.indicators["place"].dropna().astype(str)
        places = places[~places.str.contains("、") & (places != "")]
        place = places.mode().iloc[0] if len(places) else None
    return place_names(place) if place else ("", "")


def page_notes(dataset: Dataset) -> dict[str, dict[str, str]]:
    """The page's ``notes`` of claims.yml: name → {zh, en}; empty without the file."""
    path = claims_path(dataset.article.path)
    data = _read(path)
    notes = expect(path, data.get("notes") or {}, dict, "notes")
    for name, note in notes.items():
        note = expect(path, note, dict, f"notes.{name}")
        if not all(isinstance(note.get(lang), str) for lang in ("zh", "en")):
            raise UserError(path, f"field notes.{name}: needs zh and en sentences")
    return {str(k): dict(v) for k, v in notes.items()}


def _read(path: Path) -> dict:
    if not path.is_file():
        return {}
    return expect(path, read_yaml(path) or {}, dict, "(top level)")


def counterparts(dataset: Dataset, reference: pd.DataFrame | None = None) -> tuple[Counterpart, ...]:
    """The page's claims: its claims.yml resolved to ids, else every indicator of its place whose measure maps to a
    series (of ``reference`` when given: the first of a measure's series it has), of the measure's unit family."""
    place = article_place(dataset)[0]
    path = claims_path(dataset.article.path)
    data = _read(path)
    table = measure_series()
    has = set(reference["indicator_id"]) if reference is not None else set()

    def series_of(measure: str) -> str | None:
        choices = table.get(measure, ())
        return next((s for s in choices if s in has), choices[0] if choices else None)

    rows = dataset.indicators
    here = rows[[short_place(p) == place for p in rows["place"].fillna("")]] if place else rows.iloc[0:0]
    if not data.get("claims"):
        terms = vocabulary().terms
        return tuple(
            Counterpart(r.indicator_id, series)
            for r in indicator_records(here)
            if r.measure in table
            and str(r.kind) == terms[r.measure].family
            and (series := series_of(r.measure))  # None for a measure series.yml lists with no series
        )
    found: list[Counterpart] = []
    for number, entry in enumerate(expect(path, data["claims"], list, "claims"), start=1):
        entry = expect(path, entry, dict, f"claims[{number}]")
        unknown = set(entry) - _KEYS
        formula = str(entry.get("formula", "average_growth"))
        if unknown or formula not in CLAIM_FORMULAS or ("id" in entry) == ("measure" in entry):
            problem = (
                f"unknown key {sorted(unknown)[0]!r}"
                if unknown
                else f"formula {formula!r} is not one of {', '.join(CLAIM_FORMULAS)}"
                if formula not in CLAIM_FORMULAS
                else "needs id or measure (one)"
            )
            raise UserError(path, f"claims[{number}]: {problem}")
        series = entry.get("series") or series_of(str(entry.get("measure", "")))
        if not series:
            raise UserError(path, f"claims[{number}]: no series (none in data/reference/series.yml for its measure)")
        level = _level(entry.get("level"), here)
        if "id" in entry:
            ids = [str(entry["id"])]
        else:
            wanted = short_place(entry.get("place") or place)
            ids = [
                r.indicator_id
                for r in indicator_records(rows)
                if r.measure == entry["measure"] and short_place(r.place) == wanted
            ]
        year = int(entry["year"]) if entry.get("year") is not None else None
        found += [Counterpart(i, str(series), formula, year, level) for i in ids if i not in {c.claim for c in found}]
    return tuple(found)


def _level(level: object, here: pd.DataFrame) -> str | None:
    """The end-level claim named by id, or by a measure of the page's place (its first row)."""
    if level is None:
        return None
    hit = here[here["measure"] == str(level)]
    return str(hit.iloc[0]["indicator_id"]) if len(hit) else str(level)
