"""Read and parse an article (stage 1). Entry point: :func:`load_article`.

Offsets
-------
Every offset in this package indexes :attr:`Article.text`: the decoded file with a leading BOM
removed and line ends normalised to ``\\n`` (CRLF and CR both become LF). :attr:`Article.match_text`
has exactly the same length; it maps full-width ASCII (``０-９``, ``％``, ``．``…) to half-width and the
ideographic space to a space, so patterns are written once while surfaces are cut from ``text``.

Formats
-------
The 浙江日报 数字报纸 page format (masthead, ``00011版:专版`` page line, title lines, indented
paragraphs, unindented section headings, photo credit, metadata footer) is recognised by its page
line; any other text parses as plain text: first line title, one paragraph per further line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from shangyu_analysis.errors import UserError
from shangyu_analysis.files import read_sidecar, sha256_bytes, sidecar_path
from shangyu_analysis.text.periods import resolve_period  # noqa: F401  (re-exported: part of this stage's interface)
from shangyu_analysis.text.reading import read_text_file
from shangyu_analysis.text.normalise import fold_width


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body. ``start``/``end`` index ``Article.text`` (end exclusive)."""

    index: int  # 1-based number among body paragraphs
    start: int
    end: int
    text: str  # == article.text[start:end], leading indentation excluded
    section: str | None  # heading of the section it belongs to (None before the first heading)


@dataclass(frozen=True)
class Section:
    heading: str
    start: int  # offset of the heading
    end: int  # offset where the next section starts (or len(text))


@dataclass
class Article:
    text: str
    match_text: str
    path: Path | None = None
    encoding: str = "utf-8"
    sha256: str | None = None  # of the raw bytes
    paper: str | None = None
    page_number: int | None = None
    page_name: str | None = None
    title: str = ""
    subtitles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: dt.date | None = None
    weekday: str | None = None
    related_ids: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    photo_credit: str | None = None
    footer_span: tuple[int, int] | None = None  # (start, end) of the metadata footer line
    # Spans that carry the article's own words (title, subtitles, headings, paragraphs): where
    # figures live. Masthead, page line, repeated title block, credit and footer are left out.
    content_spans: list[tuple[int, int]] = field(default_factory=list)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The body paragraph that contains ``offset``, or None."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None

    def to_dict(self) -> dict:
        """A JSON-ready summary of the structure (what ``shangyu-analysis article`` prints)."""
        return {
            "path": None if self.path is None else str(self.path),
            "encoding": self.encoding,
            "sha256": self.sha256,
            "chars": len(self.text),
            "paper": self.paper,
            "page_number": self.page_number,
            "page_name": self.page_name,
            "title": self.title,
            "subtitles": self.subtitles,
            "authors": self.authors,
            "date": None if self.date is None else self.date.isoformat(),
            "weekday": self.weekday,
            "related_ids": self.related_ids,
            "photo_credit": self.photo_credit,
            "sections": [{"heading": s.heading, "start": s.start, "end": s.end} for s in self.sections],
            "paragraphs": [
                {"index": p.index, "start": p.start, "end": p.end, "section": p.section, "text": p.text}
                for p in self.paragraphs
            ],
            "footer_span": None if self.footer_span is None else list(self.footer_span),
        }


PAGE_LINE = re.compile(r"^\s*(\d{3,5})版\s*[:：]\s*(\S+)\s*$")


def load_article(path: str | Path, *, date: dt.date | None = None) -> Article:
    """Read, decode and parse the article at ``path``.

    Parameters
    ----------
    path : str or Path
        A UTF-8 (with or without BOM) or GB18030/GBK text file.
    date : datetime.date, optional
        The article's date when the text does not say it (plain text); it drives period
        resolution (今年, 去年). The newspaper footer's date wins when present.

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
    _verify_source(path, digest)
    article = parse_text(text, date=date, path=path)
    article.encoding = encoding
    article.sha256 = digest
    return article


def _verify_source(path: Path, digest: str) -> None:
    """A raw file with a ``<name>.source.yml`` beside it must still have the recorded sha256."""
    expected = str(read_sidecar(path).get("sha256", "")).lower()
    if expected and expected != digest:
        raise UserError(
            path,
            f"sha256 {digest[:12]}… differs from {sidecar_path(path).name} ({expected[:12]}…): "
            "the raw file was modified (raw data is immutable; restore it or update its source file)",
        )


def parse_text(text: str, *, date: dt.date | None = None, path: Path | None = None) -> Article:
    """Parse already-decoded text (newspaper format when recognised, plain text otherwise)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    article = Article(text=text, match_text=fold_width(text), path=path, date=date)
    lines = _lines(text)
    page_at = next((i for i, (_, _, s) in enumerate(lines[:8]) if PAGE_LINE.match(s)), None)
    if page_at is None:
        _parse_plain(article, lines)
    else:
        from shangyu_analysis.text.newspaper import parse_newspaper  # imports this module's dataclasses

        parse_newspaper(article, lines, page_at)
    return article


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line, ``end`` excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def strip_span(start: int, line: str) -> tuple[int, int, str]:
    """Trim indentation (ASCII and ideographic spaces) and trailing blanks; keep offsets right."""
    body = line.strip(" \t\u3000")
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    return start + lead, start + lead + len(body), body


def _parse_plain(article: Article, lines: list[tuple[int, int, str]]) -> None:
    nonblank = [strip_span(s, line) for s, _, line in lines if line.strip(" \t\u3000")]
    if not nonblank:
        return
    start, end, title = nonblank[0]
    article.title = title
    article.content_spans.append((start, end))
    for index, (start, end, body) in enumerate(nonblank[1:], 1):
        article.paragraphs.append(Paragraph(index, start, end, body, None))
        article.content_spans.append((start, end))


