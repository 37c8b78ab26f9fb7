"""The last door before a page is written: nothing in it can run or fetch.

Every path from text to HTML escapes at its source (``report.safe``, the Styler tables of
``report.notebook``, the autoescaped narrative and index templates), and every page carries
:data:`CONTENT_SECURITY_POLICY`, which forbids scripts and every network fetch. This module is the
third layer, for HTML a notebook output adds on its own (``display(HTML(...))``, an SVG, a
``<script>`` of a widget): :func:`strip_active` removes

- the elements that run or load something (:data:`DROPPED_ELEMENTS`: ``<script>`` with its content,
  ``<iframe>``, ``<object>``, ``<embed>``, ``<base>``, ``<link>``, ``<form>``…; their text stays);
- ``<meta http-equiv>`` other than the page's own policy and charset (a refresh is a redirect);
- event handler attributes (``on*``), ``srcdoc``, and URLs that would run or fetch (the policy of ``report.safe``): an ``href`` may
  only be a fragment, a relative path, ``http(s):`` or ``mailto:``; a source (``src``, ``srcset``,
  ``poster``, ``data``, ``background``) only a ``data:image/…`` URI (not SVG). A ``data:text/csv``
  link that downloads a table (``<a download>``) is allowed.

Only the offending tags are rewritten: a page with none comes back byte for byte, so the seed's
reports do not change. Tags are located with :class:`html.parser.HTMLParser`, never by pattern.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from shangyu_analysis.report.safe import is_safe_link, is_safe_source

# No script, no fetch: images and fonts only as data: URIs, styles only inline (the lab CSS is
# inlined), no <base> and no form posts. frame-ancestors cannot be set from a <meta>.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'

DROPPED_ELEMENTS = frozenset(
    {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "form", "portal", "noscript"}
)
# Elements whose content goes with them (it is code, not text).
DROPPED_WITH_CONTENT = frozenset({"script", "noscript"})
KEPT_HTTP_EQUIV = frozenset({"content-security-policy", "content-type"})
NAVIGATION_ATTRIBUTES = frozenset({"href", "xlink:href", "action", "formaction", "cite", "ping"})
SOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc", "codebase"})
# A page without any of these has nothing to strip (the common case: no parse at all).
_SUSPECT = re.compile(
    r"<\s*/?\s*(?:" + "|".join(sorted(DROPPED_ELEMENTS)) + r")\b|\son\w+\s*=|srcdoc|script:|"
    r"<\s*meta\b(?=[^>]*http-equiv)(?![^>]*Content-Security-Policy)|"
    r"=\s*[\"']?\s*data:(?!image/(?:png|jpeg|gif|webp)[;,])|"
    r"\s(?:" + "|".join(sorted(SOURCE_ATTRIBUTES)) + r")\s*=\s*[\"']?(?!\s*data:image/)",
    re.IGNORECASE,
)


def strip_active(page: str) -> str:
    """``page`` without anything that could run or fetch (see the module docstring)."""
    if not _SUSPECT.search(page):
        return page
    edits = _ActiveFinder(page).edits
    if not edits:
        return page
    pieces, done = [], 0
    for start, end, replacement in edits:
        pieces += [page[done:start], replacement]
        done = end
    return "".join(pieces) + page[done:]


def _safe_attribute(tag: str, name: str, value: str | None, attributes: dict) -> bool:
    if name.startswith("on") or name == "srcdoc":
        return False
    if name in NAVIGATION_ATTRIBUTES:
        return is_safe_link(value or "", download=tag == "a" and "download" in attributes)
    if name in SOURCE_ATTRIBUTES:
        return tag in ("img", "source", "picture") and is_safe_source(value or "")
    return True


class _ActiveFinder(HTMLParser):
    """Collects ``(start, end, replacement)`` edits, in page order, for every active tag."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.page_length = len(page)
        self.edits: list[tuple[int, int, str]] = []
        self.dropping: tuple[str, int] | None = None  # (element, start) of a script being dropped
        self.feed(page)
        self.close()
        if self.dropping is not None:  # an unclosed <script> runs to the end of the page
            self.edits.append((self.dropping[1], self.page_length, ""))

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)

    def _start(self, tag: str, attrs: list) -> None:
        if self.dropping is not None:
            return
        text = self.get_starttag_text() or ""
        start = self._offset()
        end = start + len(text)
        named = dict(attrs)
        if tag in DROPPED_WITH_CONTENT:
            self.dropping = (tag, start)
            return
        if tag in DROPPED_ELEMENTS or (
            tag == "meta" and "http-equiv" in named and str(named["http-equiv"]).lower() not in KEPT_HTTP_EQUIV
        ):
            self.edits.append((start, end, ""))
            return
        kept = [(name, value) for name, value in attrs if _safe_attribute(tag, name, value, named)]
        if len(kept) != len(attrs):
            rest = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in kept)
            self.edits.append((start, end, f"<{tag}{rest}{' /' if text.endswith('/>') else ''}>"))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        end = self.page_length if (close := self.page.find(">", start)) < 0 else close + 1
        if self.dropping is not None:
            if tag == self.dropping[0]:
                self.edits.append((self.dropping[1], end, ""))
                self.dropping = None
            return
        if tag in DROPPED_ELEMENTS:
            self.edits.append((start, end, ""))
