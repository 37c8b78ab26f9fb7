"""Read and parse an article (stage 1). Entry point: :func:`load_article`.

INTERFACE STUB — implementation in progress. The dataclasses and signatures below are the contract
other modules build on.

Offsets
-------
Every offset in this package indexes :attr:`Article.text`: the decoded file with a leading BOM
removed and line ends normalised to ``\\n`` (CRLF and CR both become LF). :attr:`Article.match_text`
has exactly the same length; it maps full-width ASCII (``０-９``, ``％``, ``．``…) to half-width and the
ideographic space to a space, so patterns can be written once, while surfaces are cut from ``text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


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

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The body paragraph that contains ``offset``, or None."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


def load_article(path: str | Path, *, date: dt.date | None = None) -> Article:
    """Read, decode and parse the article at ``path``; raise UserError on bad input."""
    raise NotImplementedError


def parse_text(text: str, *, date: dt.date | None = None, path: Path | None = None) -> Article:
    """Parse already-decoded text (newspaper format when recognised, plain text otherwise)."""
    raise NotImplementedError


def resolve_period(expression: str, date: dt.date | None) -> str | None:
    """Resolve a time expression: 今年 -> '2021', 去年 -> '2020', 十三五 -> '2016–2020'."""
    raise NotImplementedError
