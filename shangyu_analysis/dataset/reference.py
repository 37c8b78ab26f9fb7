"""Reference statistics (``data/reference/<region>.csv``): official and secondary values to set an article's
figures against, each with its source and verbatim excerpt, validated against :data:`schema.REFERENCE`.

An analyst adds a series or a year by adding rows to the CSV (keeping source and excerpt) and updating the
sha256 in its ``.source.yml``; every reader picks the rows up from here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar, sha256_file
from shangyu_analysis.schema.validate import coerce, validate

REFERENCE_DIR = config.DATA_DIR / "reference"
DEFAULT_REFERENCE = REFERENCE_DIR / "shangyu.csv"


def load_reference(path: str | Path | None = None) -> pd.DataFrame:
    """The reference table at ``path`` (default: Shangyu's), checked against its sidecar's sha256 and the schema.

    A relative ``path`` is taken from the project root, as an article's is (a notebook runs from ``notebooks/``).

    Raises
    ------
    UserError
        A missing or unreadable file, a sha256 that differs from ``<name>.source.yml``, or a table that breaks
        the schema (naming the column, and the row for a missing value).
    """
    path = Path(path) if path is not None else DEFAULT_REFERENCE
    path = path if path.is_absolute() else config.PROJECT_ROOT / path
    if not path.is_file():
        raise UserError(path, "no such reference file")
    expected = str(read_sidecar(path).get("sha256", "")).lower()
    if expected and expected != (actual := sha256_file(path)):
        raise UserError(path, f"sha256 {actual[:12]}… differs from its .source.yml ({expected[:12]}…): "
                              "update the sidecar's sha256 after editing the table")
    try:
        frame = pd.read_csv(path, dtype={"value_as_written": str, "unit_as_written": str}, keep_default_na=False,
                            na_values=[""])
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(path, f"not a readable CSV table ({' '.join(str(exc).split())[:160]})") from None
    return validate(coerce(frame, "reference"), "reference", path)
