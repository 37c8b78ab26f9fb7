"""Reference statistics (``data/reference/<slug>.csv``): official and secondary values to set an article's
figures against, each with its source and verbatim excerpt, validated against :data:`schema.REFERENCE`.

An analyst adds a series or a year by adding rows to the CSV (keeping source and excerpt) and updating the
sha256 in its ``.source.yml``; every reader picks the rows up from here.

By place (docs/ARTICLES.md, “Claims”): every reference file's sidecar names its ``place:``; a page is compared only
with the file whose place has the page's short name (the gazetteer's: 南京市江宁区 → 江宁). The loaded table carries
its sidecar's place and place-specific caveats in ``DataFrame.attrs`` (:func:`place_info`), which pandas keeps
through filters, so the cross-check and its sentences read them from the frames they are given.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.gazetteer import gazetteer
from shangyu_analysis.files import read_sidecar, sha256_file
from shangyu_analysis.schema import REFERENCE, column_names
from shangyu_analysis.schema.validate import coerce, validate

if TYPE_CHECKING:
    from shangyu_analysis.extract.gazetteer import Gazetteer

REFERENCE_DIR = config.DATA_DIR / "reference"
_NOTE = re.compile(r"\s*[((][^()()]*[))]\s*")


def place_names(text: object) -> tuple[str, str]:
    """(short name, English short name) of a place as a sidecar writes it: ``江宁区 (南京市, 江苏省)`` → (江宁,
    Jiangning); the words in parentheses only choose between units of one name. Unknown words come back as they
    are (without the parentheses), for both languages; empty for none."""
    text = str((text[0] if isinstance(text, tuple) and text else text) or "").strip()  # article_place's (zh, en)
    name = _NOTE.sub(" ", text).split()[0] if _NOTE.sub(" ", text).split() else ""
    gaz = gazetteer()
    codes = gaz.by_name.get(name) or gaz.county_short.get(name) or []
    if len(codes) > 1:  # 鼓楼区: the one whose prefecture or province the parentheses name
        hints = text[len(name) :]
        codes = [c for c in codes if _ancestor_named(gaz, c, hints)] or codes
    if not codes:
        return name, name
    unit = gaz.units[codes[0]]
    return unit.short, unit.short_en or unit.short


def _ancestor_named(gaz: Gazetteer, code: str, hints: str) -> bool:
    parent = gaz.units[code].parent
    while parent in gaz.units:
        if gaz.units[parent].name in hints or gaz.units[parent].short in hints:
            return True
        parent = gaz.units[parent].parent
    return False


def short_place(text: object) -> str:
    """A place's short name (see :func:`place_names`); a short name is its own."""
    return place_names(text)[0]


def reference_files() -> list[Path]:
    """Every reference table of ``data/reference/``, by name."""
    return sorted(REFERENCE_DIR.glob("*.csv"))


def reference_for(place: object) -> Path | None:
    """The reference table whose sidecar's ``place:`` has the short name of ``place``; None when there is none.

    Raises
    ------
    UserError
        Two tables claim the same place (which one a page is compared with must not depend on file names).
    """
    wanted = short_place(place)
    found = [p for p in reference_files() if wanted and short_place(read_sidecar(p).get("place")) == wanted]
    if len(found) > 1:
        raise UserError(found[1], f"place {wanted}: {found[0].name} names the same place; keep one table per place")
    return found[0] if found else None


def place_info(frame: pd.DataFrame) -> dict:
    """The place a reference-derived frame is about: ``place`` (short name), ``place_en``, ``caveat_years``
    (the sidecar's place-specific caveats), ``notes`` (its zh/en remarks on rows), ``file``; empty values for a frame without them."""
    return {"place": "", "place_en": "", "caveat_years": {}, "notes": {}, "file": ""} | dict(
        frame.attrs.get("reference", {})
    )


def load_reference(path: str | Path | None = None, place: object = None) -> pd.DataFrame:
    """The reference table at ``path`` (default: the table of ``place``, or of the seed's place when ``place`` is
    None), checked against its sidecar's sha256 and the schema, with :func:`place_info` in its ``attrs``.

    With ``place`` given, a table of another place, or no table for it, gives an empty table with the schema's
    columns (``attrs`` name the wanted place): no other place's statistics beside a page.
    A relative ``path`` is taken from the project root, as an article's is (a notebook runs from ``notebooks/``).

    Raises
    ------
    UserError
        A missing or unreadable file, a sha256 that differs from ``<name>.source.yml``, or a table that breaks
        the schema (naming the column, and the row for a missing value).
    """
    if path is None or not str(path).strip():
        path = reference_for(place if place is not None else read_sidecar(config.SEED_ARTICLE).get("place"))
        if path is None:
            return _empty(place)
    path = Path(path)
    path = path if path.is_absolute() else config.PROJECT_ROOT / path
    if not path.is_file():
        raise UserError(path, "no such reference file")
    sidecar = read_sidecar(path)
    expected = str(sidecar.get("sha256", "")).lower()
    if expected and expected != (actual := sha256_file(path)):
        raise UserError(
            path,
            f"sha256 {actual[:12]}… differs from its .source.yml ({expected[:12]}…): "
            "update the sidecar's sha256 after editing the table",
        )
    short, english = place_names(sidecar.get("place"))
    if place is not None and short != short_place(place):
        return _empty(place)
    try:
        frame = pd.read_csv(
            path, dtype={"value_as_written": str, "unit_as_written": str}, keep_default_na=False, na_values=[""]
        )
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(path, f"not a readable CSV table ({' '.join(str(exc).split())[:160]})") from None
    frame = validate(coerce(frame, "reference"), "reference", path)
    caveats = sidecar.get("caveat_years") or {}
    if not isinstance(caveats, dict):
        raise UserError(path.with_name(path.stem + ".source.yml"), "field caveat_years: expected a mapping")
    notes = sidecar.get("notes") if isinstance(sidecar.get("notes"), dict) else {}
    frame.attrs["reference"] = {
        "place": short,
        "place_en": english,
        "caveat_years": caveats,
        "notes": notes,
        "file": path.name,
    }
    return frame


def _empty(place: object) -> pd.DataFrame:
    """No reference rows for ``place``: the schema's columns, no row, the wanted place in ``attrs``."""
    frame = validate(coerce(pd.DataFrame(columns=column_names(REFERENCE)), "reference"), "reference")
    short, english = place_names(place)
    frame.attrs["reference"] = {"place": short, "place_en": english, "caveat_years": {}, "file": ""}
    return frame
