"""Text that reaches a report's HTML is shown, never run: the one door for Markdown and table cells.

An article comes from the web or from anyone who hands one over; its words (figure surfaces, sentences,
subjects, catalog names, reference excerpts, sidecar titles) flow into tables and sentences. Every such
path escapes here or in an autoescaped jinja2 template:

- :func:`markdown_text` — a sentence displayed as Markdown (``notebook.say``, ``views.show_title``):
  no raw HTML (``<`` is written ``&lt;``), no link, image or reference definition (``[`` is written
  ``\\[``), no autolink (``://`` is written ``:\\/\\/``), so a text cannot open a ``javascript:`` or
  ``data:`` URL nor fetch an image;
- :func:`html_text` — a table cell or header (the Styler tables of ``notebook.table``);
- :func:`is_safe_link` and :func:`is_safe_source` — the URL policy the build's last pass
  (``build.sanitize``) applies to every ``href`` and ``src`` a notebook output would add.

Benign text comes out rendering exactly as before: Markdown shows ``&lt;`` and ``\\[`` as ``<`` and
``[``, and a cell's ``&lt;`` is the ``<`` it was.
"""

from __future__ import annotations

import html
import re
from typing import TypeVar, overload

# Browsers drop these before reading a URL's scheme ("java\tscript:" is "javascript:").
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
_SAFE_LINK = re.compile(r"^(?:#|[./\w%-][^:]*$|https?:|mailto:)", re.IGNORECASE)
_SAFE_SOURCE = re.compile(r"^data:image/(?:png|jpeg|gif|webp)[;,]", re.IGNORECASE)  # not SVG: it can hold script
_DOWNLOAD = re.compile(r"^data:text/csv[;,]", re.IGNORECASE)  # a table to take away, as a file


def markdown_text(text: object) -> str:
    """``text`` as Markdown that renders to the same words and no markup from the text itself."""
    escaped = str(text).replace("\\", "\\\\").replace("[", "\\[").replace("<", "&lt;")
    # A bare address would become a link that swallows the words after it (the renderer's autolinks).
    return escaped.replace("://", ":\\/\\/").replace("www.", "www\\.")


_T = TypeVar("_T")


@overload
def html_text(value: str) -> str: ...
@overload
def html_text(value: _T) -> _T: ...
def html_text(value: object) -> object:
    """A table cell's value with ``& < >`` escaped (strings only; numbers and missing values unchanged)."""
    return html.escape(value, quote=False) if isinstance(value, str) else value


def _url(value: str) -> str:
    return _URL_NOISE.sub("", html.unescape(value))


def is_safe_link(url: str, *, download: bool = False) -> bool:
    """A link target that neither runs nor embeds: a fragment, a relative path, ``http(s):``, ``mailto:``;
    with ``download``, also a ``data:text/csv`` table."""
    plain = _url(url)
    return bool(_SAFE_LINK.match(plain)) or (download and bool(_DOWNLOAD.match(plain)))


def is_safe_source(url: str) -> bool:
    """An embedded resource that fetches nothing and runs nothing: a raster ``data:image/…`` URI."""
    return bool(_SAFE_SOURCE.match(_url(url)))
