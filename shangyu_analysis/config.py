"""Project paths, all built from one project-root constant (never ``../``).

``PROJECT_ROOT`` is the folder that holds ``pyproject.toml``. It can be overridden with the
``SHANGYU_PROJECT_ROOT`` environment variable (tests use this to build into a temporary tree).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = Path(os.environ.get("SHANGYU_PROJECT_ROOT", PACKAGE_DIR.parent)).resolve()

DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"  # one folder per article: processed_dir(stem)
ARTICLES_DIR = DATA_DIR / "articles"  # one folder per article: its reviewed content (catalog, narrative, claims)
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
BUILD_GRID_YML = PROJECT_ROOT / "build.yml"
TEMPLATES_DIR = PACKAGE_DIR / "build" / "templates"

SEED_NAME = "zjrb_2021-02-23_p11_shangyu"
SEED_ARTICLE = RAW_DIR / f"{SEED_NAME}.txt"


def article_stem(article: str | Path | None) -> str:
    """The name an article's folders go by: its text file's stem (the seed's for ``None``)."""
    return SEED_NAME if article is None else Path(article).stem


def article_dir(article: str | Path | None) -> Path:
    """Where an article's content lives (``data/articles/<stem>/``): the text itself stays in ``data/raw/``."""
    return ARTICLES_DIR / article_stem(article)


def catalog_path(article: str | Path | None) -> Path:
    """An article's indicator catalog, reviewed or draft: ``data/articles/<stem>/catalog.yml``."""
    return article_dir(article) / "catalog.yml"


CATALOG_STATUSES = ("draft", "reviewed")  # a catalog's top-level `status:`; absent means reviewed
_STATUS_LINE = re.compile(r"""^status:[ \t]*["']?([^"'#\s]*)["']?[ \t]*(?:#.*)?$""", re.MULTILINE)


def catalog_status(article: str | Path | None) -> str | None:
    """The top-level ``status`` of the article's catalog (``draft`` or ``reviewed``; ``reviewed`` when the catalog
    says none), None when the article has no catalog. Read from the text, without YAML or pandas, so the build's
    fast path can say "draft catalog" cheaply; the catalog loader validates the value."""
    path = catalog_path(article)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return None
    found = _STATUS_LINE.search(text)
    return found.group(1) if found else "reviewed"


def processed_dir(article: str | Path | None) -> Path:
    """Where an article's tables are published: ``data/processed/<stem>/``, so no page rewrites another's."""
    return PROCESSED_DIR / article_stem(article)


# Output metadata key by which a notebook's `chart` cell says it has no chart on purpose (report.notebook.no_chart);
# the build fails a `chart` cell with neither an image nor this (build.failures.check_executed).
NO_CHART_METADATA = "shangyu_no_chart"
