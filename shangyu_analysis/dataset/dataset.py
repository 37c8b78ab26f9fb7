"""The notebook-facing dataset: :func:`load_dataset` (in memory) and :func:`write_dataset` (files).

``load_dataset`` runs the whole chain — article → figures → indicators (curated when the catalog
describes this article, automatic otherwise) → derived values and checks, and the checks any page gets
from its figures' facts (``indicators/fact_checks.py``). ``write_dataset``
publishes the five tables as CSV + JSON plus a generated data dictionary, atomically: everything is
computed and rendered in memory first, so any error leaves the previous files untouched.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.dataset.datadict import render_data_dictionary
from shangyu_analysis.dataset.manifest import MANIFEST_NAME, manifest_of
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.publish import TABLES, read_table, render_csv, render_json
from shangyu_analysis.extract import extract_figures
from shangyu_analysis.files import read_sidecar, write_atomic
from shangyu_analysis.indicators.automatic import auto_indicators
from shangyu_analysis.indicators.catalog import Catalog, load_catalog
from shangyu_analysis.indicators.curated import curated_indicators
from shangyu_analysis.indicators.derive import derive
from shangyu_analysis.indicators.fact_checks import fact_checks
from shangyu_analysis.schema.validate import coerce, validate
from shangyu_analysis.text import Article, load_article


def resolve_article_path(article: str | Path | None) -> Path:
    """``None`` → the seed; a relative path is taken from the project root, not the working directory."""
    if article is None:
        return config.SEED_ARTICLE
    path = Path(article)
    return path if path.is_absolute() else config.PROJECT_ROOT / path


def extract_article_figures(article: Article) -> pd.DataFrame:
    """The extractor's figures for ``article`` (one seam, so tests can substitute hand-built figures)."""
    return extract_figures(article)


def load_dataset(article: str | Path | None = None, catalog: str | Path | None = None) -> Dataset:
    """Build the dataset for ``article`` (default: the seed).

    Parameters
    ----------
    article : str or Path, optional
        The raw article; relative paths are resolved against ``config.PROJECT_ROOT``.
    catalog : str or Path, optional
        The curated catalog (default: the article's, ``data/articles/<stem>/catalog.yml``); it is used when its
        ``source.article`` names this article, otherwise indicators are built automatically.

    Raises
    ------
    UserError
        For a missing or unreadable article, and for any catalog problem (file, entry, field).
    """
    path = resolve_article_path(article)
    parsed = load_article(path)
    figures = validate(coerce(extract_article_figures(parsed), "figures"), "figures", path)
    catalog_path = Path(catalog) if catalog is not None else config.catalog_path(path)
    found = load_catalog(catalog_path) if catalog_path.exists() else None
    cat = found if found is not None and found.describes(path) else None  # the catalog of this page, if any
    curated = cat is not None
    if cat is not None:
        indicators = curated_indicators(cat, figures, parsed.text)
        derived, checks = derive(indicators, cat)
    else:
        indicators = auto_indicators(figures)
        empty = Catalog(catalog_path, {}, [])
        derived, checks = derive(indicators, empty)
    source = read_sidecar(path) or (dict(cat.source) if cat is not None else {})
    generic = fact_checks(figures, parsed.text)  # checks any page gets, catalog or none
    return Dataset(
        parsed,
        figures,
        indicators,
        derived,
        checks,
        curated,
        source,
        cat,
        fact_checks=generic,
        catalog_status=cat.status if cat is not None else None,
    )


def render_dataset(ds: Dataset) -> dict[str, bytes]:
    """File name → exact bytes of every published file (CSV, JSON, README.md)."""
    files: dict[str, bytes] = {}
    for name in TABLES:
        frame = validate(getattr(ds, name), name, f"{name}.csv")
        files[f"{name}.csv"] = render_csv(frame)
        files[f"{name}.json"] = render_json(frame)
    files["README.md"] = render_data_dictionary(ds).encode("utf-8")
    return files


def write_dataset(
    article: str | Path | None = None, out_dir: str | Path | None = None, catalog: str | Path | None = None
) -> list[Path]:
    """Write figures/indicators/derived/checks/fact_checks (.csv and .json), README.md and MANIFEST.sha256.

    Deterministic (a rerun is byte-identical) and atomic: nothing is replaced unless every file
    was computed and rendered without error.

    Returns
    -------
    list of Path
        The written files, sorted by name.
    """
    out = Path(out_dir) if out_dir is not None else config.processed_dir(resolve_article_path(article))
    files = render_dataset(load_dataset(article, catalog))
    files[MANIFEST_NAME] = manifest_of(files)
    return write_atomic({out / name: data for name, data in files.items()})


def read_processed(out_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Read the published CSVs back, checking each against its schema."""
    out = Path(out_dir) if out_dir is not None else config.processed_dir(None)
    return {name: read_table(out / f"{name}.csv", name) for name in TABLES}
