"""The 浙江日报 数字报纸 page layout: masthead, page line, title block, indented paragraphs,
unindented section headings, photo credit and the metadata footer.

Called by :func:`shangyu_analysis.text.article.parse_text` once it has seen the page line
(``00011版:专版``); fills the given :class:`~shangyu_analysis.text.article.Article` in place.
"""

from __future__ import annotations

import datetime as dt
import re

from shangyu_analysis.text.model import Article, Line, Paragraph, Section, strip_span
from shangyu_analysis.text.normalise import fold_width, to_simplified

PAGE_LINE = re.compile(r"^\s*(\d{3,5})版\s*[:：]\s*(\S+)\s*$")

_FOOTER = re.compile(
    r"^(?P<paper>\S+) (?P<page_name>\S+) (?P<page>\d{3,5}) (?P<title>.+) (?P<date>\d{4}-\d{2}-\d{2}) "
    r"(?P<related>\S*) (?P<count>\d+) \d{4}年\d{2}月\d{2}日 (?P<weekday>星期[一二三四五六日天])\s*$"
)
_CREDIT = re.compile(r"^[(（](?:图片|图|摄影|照片)[^()（）]*[)）]$")
_SENTENCE_END = "。！？；:：,，、…”\"）)"
_MAX_HEADING_CHARS = 40


def _is_indented(line: str) -> bool:
    return line[:1] in (" ", "\t", "\u3000")


def detect(lines: list[Line]) -> int | None:
    """Index of the page line among the first lines, or None when this is not a newspaper page."""
    return next((i for i, (_, _, s) in enumerate(lines[:8]) if PAGE_LINE.match(_folded(s))), None)


def _folded(line: str) -> str:
    """The line as the patterns read it: half-width, simplified (same length, so spans cut the original)."""
    return to_simplified(fold_width(line))


def parse(article: Article, lines: list[Line], page_at: int) -> None:
    masthead = next((s for _, _, s in lines[:page_at] if s.strip()), "")
    article.paper = masthead.split()[0] if masthead.split() else None
    line = lines[page_at][2]
    page = PAGE_LINE.match(_folded(line))
    assert page is not None  # find() chose the line for matching PAGE_LINE
    article.page_number, article.page_name = int(page.group(1)), line[page.start(2) : page.end(2)]

    body = lines[page_at + 1 :]
    footer_index = _find_footer(article, body)
    if footer_index is not None:
        body = body[:footer_index]

    header: list[Line] = []
    i = 0
    while i < len(body) and not _is_indented(body[i][2]):
        if body[i][2].strip():
            header.append(strip_span(body[i][0], body[i][2]))
        i += 1
    header_texts = {h[2] for h in header}
    if header and article.title not in header_texts:
        article.title = header[0][2]  # no footer to name the title: the first title line is it
    article.subtitles = [h[2] for h in header if h[2] != article.title]
    article.content_spans.extend((s, e) for s, e, _ in header)

    section: str | None = None
    pending_heading: list[Line] = []
    authors_done = False
    for start, _, line in body[i:]:
        if not line.strip(" \t\u3000"):
            continue
        s, e, content = strip_span(start, line)
        if _is_indented(line):
            if pending_heading:
                section = _close_heading(article, pending_heading)
                pending_heading = []
            if content in header_texts:
                continue  # the page repeats its title block, indented, before the body
            if not authors_done and not article.paragraphs and _looks_like_authors(content):
                article.authors = content.split()
                authors_done = True
                continue
            if _CREDIT.match(_folded(content)):
                article.photo_credit = content
                continue
            index = len(article.paragraphs) + 1
            article.paragraphs.append(Paragraph(index, s, e, content, section))
            article.content_spans.append((s, e))
        elif len(content) <= _MAX_HEADING_CHARS and content[-1] not in _SENTENCE_END:
            pending_heading.append((s, e, content))
            article.content_spans.append((s, e))
    if pending_heading:
        _close_heading(article, pending_heading)
    _close_sections(article)


def _find_footer(article: Article, body: list[Line]) -> int | None:
    for index in range(len(body) - 1, -1, -1):
        start, end, line = body[index]
        if not line.strip():
            continue
        line = line.strip()
        match = _FOOTER.match(_folded(line))  # values are cut from the line as written
        if not match:
            return None
        try:
            article.date = dt.date.fromisoformat(match.group("date"))
        except ValueError:  # 2021-02-30: not a date, so not this layout's footer
            return None
        article.footer_span = (start, end)
        article.title = line[match.start("title") : match.end("title")]
        article.related_ids = _split_as_written(line, match.start("related"), match.end("related"), ";")
        article.weekday = line[match.start("weekday") : match.end("weekday")]
        return index
    return None


def _split_as_written(line: str, start: int, end: int, separator: str) -> list[str]:
    """``line[start:end]`` split where its folded form has ``separator`` (so ； splits like ;)."""
    parts, folded, begin = [], _folded(line), start
    for k in range(start, end + 1):
        if k == end or folded[k] == separator:
            if k > begin:
                parts.append(line[begin:k])
            begin = k + 1
    return parts


def _looks_like_authors(content: str) -> bool:
    names = content.split()
    return 1 <= len(names) <= 6 and all(2 <= len(n) <= 4 and _all_han(n) for n in names)


def _all_han(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" or c == "·" for c in word)


def _close_heading(article: Article, parts: list[Line]) -> str:
    # A heading set on two lines (文化和建设双向发力 / 推动城市品质大提升) is one heading.
    heading = " ".join(" ".join(p[2].split()) for p in parts)  # NBSP inside a heading → space
    article.sections.append(Section(heading, parts[0][0], len(article.text)))
    return heading


def _close_sections(article: Article) -> None:
    ends = [s.start for s in article.sections[1:]] + [
        article.footer_span[0] if article.footer_span else len(article.text)
    ]
    article.sections = [Section(s.heading, s.start, end) for s, end in zip(article.sections, ends)]
