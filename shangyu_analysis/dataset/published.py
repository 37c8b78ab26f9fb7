"""The one loader of the notebooks: an article's *published* tables, as DataFrames.

:func:`load_published` returns the :class:`Dataset` whose five tables are exactly what
``shangyu-analysis data`` publishes — read from the article's ``data/processed/<stem>/`` when that folder holds its
tables as they are rendered now, byte for byte, and otherwise rendered in memory by the same code and read back
through the same CSV reader (an article never published, or published before its catalog changed). Either way a notebook's DataFrames equal the published CSVs: same columns, dtypes, values and
12-significant-digit floats, so a number a notebook shows is the number in the files.

``Dataset.origin`` says which: ``"data/processed"`` or ``"rendered in memory"``.
"""

from __future__ import annotations

import io
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.dataset.dataset import load_dataset, render_dataset, resolve_article_path
from shangyu_analysis.dataset.manifest import MANIFEST_NAME, read_manifest
from shangyu_analysis.dataset.model import Dataset
from shangyu_analysis.dataset.publish import TABLES, read_table
from shangyu_analysis.files import sha256_bytes

ORIGIN_FILES = "data/processed"
ORIGIN_MEMORY = "rendered in memory"


def load_published(article: str | Path | None = None, processed_dir: str | Path | None = None) -> Dataset:
    """The dataset of ``article`` (default: the seed) with its tables as published.

    Parameters
    ----------
    article : str or Path, optional
        The raw article; relative paths are taken from the project root.
    processed_dir : str or Path, optional
        Where the tables are published (default the article's ``data/processed/<stem>/``). Its files are read when their
        sha256 in ``MANIFEST.sha256`` equal the tables rendered from ``article`` now — so a folder
        published from another article, or left stale by a changed catalog, is never shown.

    Raises
    ------
    UserError
        As :func:`load_dataset` (missing or unreadable article, catalog problems).
    """
    dataset = load_dataset(article)
    rendered = render_dataset(dataset)
    folder = Path(processed_dir) if processed_dir is not None else config.processed_dir(resolve_article_path(article))
    published = read_manifest(folder / MANIFEST_NAME)
    from_files = bool(published) and all(published.get(name) == sha256_bytes(data) for name, data in rendered.items())
    for name in TABLES:
        csv = f"{name}.csv"
        source = folder / csv if from_files else io.BytesIO(rendered[csv])
        setattr(dataset, name, read_table(source, name, label=folder / csv))
    dataset.origin = ORIGIN_FILES if from_files else ORIGIN_MEMORY
    return dataset
