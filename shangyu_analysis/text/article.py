"""Read and parse an article (stage 1). Entry point: :func:`load_article`.

Offsets
-------
Every offset in this package indexes :attr:`Article.text`: the decoded file with a leading BOM
removed and line ends normalised to ``\\n`` (CRLF and CR both become LF). :attr:`Article.match_text`
has exactly the same length; it maps full-width ASCII (``０-９``, ``％``, ``．``…) to half-width and the
ideographic space to a space, so patterns are written once while surfaces are cut from ``text``.

Layouts
-------
Each layout is a module with ``detect(lines) -> int | None`` (where its structure starts, or None)
and ``parse(article, lines, at)``; :data:`LAYOUTS` tries them in order. The 浙江日报 数字报纸 page
(:mod:`~shangyu_analysis.text.newspaper`) is recognised by its page line (``00011版:专版``); any
other text is plain text (:mod:`~shangyu_analysis.text.plain`): first line title, one paragraph per
further line. A new page layout is a new module here, added to :data:`LAYOUTS`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar, sha256_bytes, sidecar_path
from shangyu_analysis.text import newspaper, plain
from shangyu_analysis.text.dates import YearOnly, month_only
from shangyu_analysis.text.model import Article, split_lines
from shangyu_analysis.text.normalise import fold_width
from shangyu_analysis.text.reading import read_text_file

# Tried in order; the first whose ``detect`` finds its structure parses the text.
LAYOUTS = (newspaper, plain)
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")  # a sidecar's month-only date (2017-06)


def load_article(path: str | Path, *, date: dt.date | None = None) -> Article:
    """Read, decode and parse the article at ``path``.

    Parameters
    ----------
    path : str or Path
        A UTF-8 (with or without BOM) or GB18030/GBK text file.
    date : datetime.date, optional
        The article's date when the text does not say it (plain text); it drives period
        resolution (今年, 去年). The newspaper footer's date wins when present; without either, the
        ``date`` of the file's ``<name>.source.yml`` (``2025-01-08``, or a year ``2015``: its 1 January,
        which resolves 今年 and 去年 the same). The sidecar's ``place`` (a gazetteer short name) names the
        text's own place when the text does not.

    Returns
    -------
    Article

    Raises
    ------
    UserError
        Missing path, a directory, empty, binary or undecodable file, a file over the size limit,
        or a raw file whose sha256 differs from its ``<name>.source.yml``.
    """
    path = Path(path)
    raw, text, encoding = read_text_file(path)
    digest = sha256_bytes(raw)
    meta = _verify_source(path, digest)
    article = parse_text(text, date=date or _sidecar_date(path, meta.get("date")), path=path)
    article.place = str(meta["place"]) if meta.get("place") else None
    article.encoding = encoding
    article.sha256 = digest
    return article


def _sidecar_date(path: Path, raw: object) -> dt.date | None:
    """The sidecar's ``date`` (a date, a month ``2017-06`` or a year) as a date (a year as :class:`YearOnly`, a month
    as :class:`MonthOnly`: the loader records what is not known); one UserError when it is none of them."""
    if raw is None or isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    try:
        if text.isdigit():
            return YearOnly(int(text), 1, 1)
        if _YEAR_MONTH.fullmatch(text):
            return month_only(int(text[:4]), int(text[5:]))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(sidecar_path(path), f"field date: not a date, a month or a year: {raw!r}") from None


def _verify_source(path: Path, digest: str) -> dict:
    """A raw file with a ``<name>.source.yml`` beside it must still have the recorded sha256; its mapping."""
    meta = read_sidecar(path)
    expected = str(meta.get("sha256", "")).lower()
    if expected and expected != digest:
        raise UserError(
            path,
            f"sha256 {digest[:12]}… differs from {sidecar_path(path).name} ({expected[:12]}…): "
            "the raw file was modified (raw data is immutable; restore it or update its source file)",
        )
    return meta


def parse_text(text: str, *, date: dt.date | None = None, path: Path | None = None) -> Article:
    """Parse already-decoded text (newspaper format when recognised, plain text otherwise)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    article = Article(text=text, match_text=fold_width(text), path=path, date=date)
    lines = split_lines(text)
    for layout in LAYOUTS:
        at = layout.detect(lines)
        if at is not None:
            layout.parse(article, lines, at)
            break
    return article
