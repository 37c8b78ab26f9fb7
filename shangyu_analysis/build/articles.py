"""What the build says of an article besides its reports: its place, and whether its catalog is a draft.

A report's header and the index name the place each report is about (the ``place:`` of the article's
``.source.yml``, ``place_en:`` in English when it has one) and mark a report built on a draft catalog:
``status: draft`` at the top level of ``data/articles/<stem>/catalog.yml`` (absent, or any other value:
reviewed). The status is read by a line scan — no YAML parser, no pandas — because the index reads it on
the build's nothing-to-do path; both files are part of a run's cache key (:mod:`.cache`) and of the
index's key (:mod:`.index`), so changing either rebuilds what shows it.
"""

from __future__ import annotations

from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar

DRAFT = "draft"


def is_draft(article: str | Path) -> bool:
    """Whether the article's catalog says ``status: draft`` (read by :func:`config.catalog_status`, a line scan)."""
    return config.catalog_status(article) == DRAFT


def place(article: str | Path, lang: str = "zh") -> str:
    """The place the article is about, from its sidecar (``place_en`` in English when given); "" when none
    (or the sidecar is broken: the run that reads it fails and says why)."""
    try:
        meta = read_sidecar(Path(article))
    except UserError:
        return ""
    words = meta.get("place_en") if lang == "en" and meta.get("place_en") else meta.get("place")
    return str(words) if words else ""


def key_files(article: str | Path) -> list[Path]:
    """The files of an article whose bytes what the build shows depends on: the text, its sidecar, its catalog."""
    path = Path(article)
    return [path, path.with_name(path.stem + ".source.yml"), config.catalog_path(path)]
