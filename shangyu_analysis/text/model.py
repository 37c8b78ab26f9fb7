"""The article model: the parsed structure of one text, and the line helpers layouts share.

Every offset indexes :attr:`Article.text` (the decoded file, BOM removed, line ends ``\\n``);
:attr:`Article.match_text` has the same length with full-width ASCII folded to half-width.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from shangyu_analysis.text.dates import as_given

Line = tuple[int, int, str]  # (start, end, line) with ``end`` excluding the newline


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
    place: str | None = None  # the text's own place when its sidecar names it (the text may not)
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
            "date": None if self.date is None else as_given(self.date),
            "place": self.place,
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


def split_lines(text: str) -> list[Line]:
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
