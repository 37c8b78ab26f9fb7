"""The narrative's Markdown (markdown-it-py): a page's templates read into blocks, and a sentence rendered.

A template file (``data/articles/<stem>/narrative.<lang>.md``, format: docs/ARTICLES.md) is a sequence of
``## block-id`` headings, each followed by paragraphs; a paragraph holds one sentence per line. A sentence
is rendered with markdown-it's inline rules only (emphasis, strong, code), raw HTML off (``html=False``:
``<b>`` shows as text) and links, images and autolinks off (the report links only to its own anchors).
Placeholders are kept out of Markdown: each is resolved first to HTML the package built from escaped pieces,
and put back after markdown-it has escaped and rendered the sentence's own text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from shangyu_analysis.errors import UserError

__all__ = ["parse_blocks", "render_sentence"]

_MD = MarkdownIt("commonmark", {"html": False, "typographer": False}).disable(
    ["link", "image", "autolink", "html_inline", "html_block", "reference"]
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PRIVATE = re.compile("[\ue000-\ue8ff]")  # the sentinels below: never taken from a template
_OPEN, _BASE = "\ue000", 0xE100
_SENTINEL = re.compile(f"{_OPEN}([\ue100-\ue8ff])")


def render_sentence(template: str, placeholder: re.Pattern, resolve: Callable[..., str]) -> str:
    """``template`` as inline HTML: its text through markdown-it, each placeholder ``resolve(*groups)``.

    ``resolve`` may raise (a missing figure): nothing is rendered then, so a sentence is never half-filled.
    """
    pieces: list[str] = []

    def protect(match: re.Match) -> str:
        pieces.append(resolve(*match.groups()))
        return _OPEN + chr(_BASE + len(pieces) - 1)

    text = placeholder.sub(protect, _PRIVATE.sub("", template))
    html = _MD.renderInline(text)
    return _SENTINEL.sub(lambda m: pieces[ord(m.group(1)) - _BASE], html)


def parse_blocks(path: Path, text: str) -> dict[str, list[list[str]]]:
    """Block id → paragraphs (each a list of sentence lines) of a template file; a ``#`` title is ignored.

    Raises
    ------
    UserError
        Text before the first ``##`` block, a block twice, or anything but headings and paragraphs.
    """
    blocks: dict[str, list[list[str]]] = {}
    current: str | None = None
    tokens = _MD.parse(_COMMENT.sub("", text))
    for k, token in enumerate(tokens):
        if token.type == "heading_open":
            title = tokens[k + 1].content.strip()
            if token.tag != "h2":
                continue
            if title in blocks:
                raise UserError(path, f"block '## {title}' appears twice")
            current = title
            blocks[current] = []
        elif token.type == "paragraph_open":
            lines = [line.strip() for line in tokens[k + 1].content.split("\n") if line.strip()]
            if current is None:
                raise UserError(path, f"text before the first '## block' heading: {lines[0][:40]!r}")
            blocks[current].append(lines)
        elif (token.type.endswith("_open") and token.type not in ("heading_open", "paragraph_open")) or token.type in (
            "fence",
            "code_block",
            "hr",
        ):
            raise UserError(
                path,
                f"line {(token.map or [0])[0] + 1}: only '## block' headings and paragraphs "
                f"(one sentence a line) are allowed, found {token.type.removesuffix('_open')}",
            )
    return blocks
