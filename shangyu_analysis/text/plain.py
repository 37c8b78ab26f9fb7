"""The plain-text layout: the first non-blank line is the title, every further line a paragraph."""

from __future__ import annotations

from shangyu_analysis.text.model import Article, Line, Paragraph, strip_span


def detect(lines: list[Line]) -> int | None:
    """Any text can be read as plain text: the fallback layout."""
    return 0


def parse(article: Article, lines: list[Line], at: int = 0) -> None:
    nonblank = [strip_span(s, line) for s, _, line in lines if line.strip(" \t\u3000")]
    if not nonblank:
        return
    start, end, title = nonblank[0]
    article.title = title
    article.content_spans.append((start, end))
    for index, (start, end, body) in enumerate(nonblank[1:], 1):
        article.paragraphs.append(Paragraph(index, start, end, body, None))
        article.content_spans.append((start, end))
