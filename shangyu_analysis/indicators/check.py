"""``catalog check``: a catalog against its article, every problem one line naming the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract import extract_figures
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.indicators.curated import claim_figures
from shangyu_analysis.schema.validate import coerce, validate
from shangyu_analysis.text import Article, load_article


def article_figures(article: Article, path: Path) -> pd.DataFrame:
    return validate(coerce(extract_figures(article), "figures"), "figures", path)


def resolve(article: str | Path) -> Path:
    """An article path; a relative one is taken from the project root (as ``load_dataset`` does)."""
    path = Path(article)
    return path if path.is_absolute() else config.PROJECT_ROOT / path


def check_catalog(article: str | Path, catalog: str | Path | None = None) -> tuple[list[str], str]:
    """Problems of a catalog against its article, one line each (empty: it loads and claims every figure), and a
    one-line summary. A missing article or catalog file raises :class:`UserError`."""
    path = resolve(article)
    cat_path = Path(catalog) if catalog is not None else config.catalog_path(path)
    if not cat_path.is_file():
        raise UserError(cat_path, "no catalog here; write a draft with `shangyu-analysis catalog draft`")
    parsed = load_article(path)
    try:
        cat = load_catalog(cat_path)
    except UserError as exc:
        return [exc.message], "catalog does not load"
    if not cat.describes(path):  # another page's catalog: its entries would only repeat that
        return [
            UserError(
                cat_path, f"source entry, field article: {cat.source.get('article')!r} is not {path.name}"
            ).message
        ], "catalog of another article"
    problems: list[str] = []
    figures = article_figures(parsed, path)
    claim_figures(cat, figures, parsed.text, problems=problems)
    reviews = cat_path.read_text(encoding="utf-8").count("# review:")
    return problems, (
        f"{cat_path}: {len(cat.indicators)} indicators, {len(cat.excluded)} excluded, "
        f"{len(figures)} figures; status {cat.status}; {reviews} review comments left"
    )
