"""The report's table of contents, made by an nbconvert preprocessor before the page is rendered.

:class:`TableOfContents` walks the notebook in page order, over the HTML the template will show:

- markdown cells and ``text/markdown`` outputs are rendered with the exporter's own
  ``markdown2html`` (so their headings carry the ids nbconvert gives them); the rendered HTML is
  stored on the cell or output as ``shangyu_html`` and the template shows that;
- ``text/html`` outputs are edited in place: headings written as HTML by the package (the
  narrative's section titles) come without an id and get one from their text.

An image (a chart) gets its alternative text from the last heading above it ("Chart: GDP over the years…"),
as ``shangyu_alt`` in the output's metadata, which the template writes (escaped) as the ``alt`` attribute;
without it nbconvert would write "No description has been provided for this image".

A heading id met a second time gets ``-2``, ``-3``… (its anchor link follows). Headings down to
level 3 are listed in ``resources["shangyu"]["toc"]``; the template writes the list after the
page header. Headings are found with :class:`html.parser.HTMLParser`, never by pattern.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from shangyu_analysis.report.labels import labels_in

if TYPE_CHECKING:
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
ALT_METADATA = "shangyu_alt"  # read by the template's data_png block
MAX_LEVEL = 3  # deeper headings get unique ids but stay out of the list


@dataclass(frozen=True)
class Heading:
    """One heading of an HTML fragment, located by character offsets into the fragment."""

    level: int
    start: int  # offset of "<hN"
    tag_end: int  # offset just after the start tag's ">"
    end: int  # offset of "</hN>"
    attributes: tuple  # (name, value) pairs of the start tag, entities decoded
    text: str  # the heading's text, entities decoded

    @property
    def anchor(self) -> str | None:
        """The heading's id, or None when it has none."""
        return next((value or "" for name, value in self.attributes if name == "id"), None)

    def start_tag(self, anchor: str) -> str:
        """The start tag with ``id="anchor"`` (first, as the page serialiser sorts attributes anyway)."""
        rest = "".join(
            f' {name}="{html.escape(value or "", quote=True)}"' for name, value in self.attributes if name != "id"
        )
        return f'<h{self.level} id="{html.escape(anchor, quote=True)}"{rest}>'


@dataclass(frozen=True)
class Entry:
    """One line of the table of contents."""

    depth: int  # 1 for the page's top heading level, 2 for the next…
    anchor: str  # the heading's id; the template escapes it
    text: str  # plain text; the template escapes it


class _HeadingFinder(HTMLParser):
    """Collects the top-level headings of a fragment (a heading inside a heading is its text)."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        # getpos() counts lines by "\n" only (not str.splitlines' other line ends).
        self.line_starts = [0] + [index + 1 for index, char in enumerate(fragment) if char == "\n"]
        self.headings: list[Heading] = []
        self.open: dict | None = None
        self.feed(fragment)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HEADINGS and self.open is None:
            start_tag = self.get_starttag_text() or ""  # always the tag just read, here
            start = self._offset()
            self.open = {
                "tag": tag,
                "start": start,
                "tag_end": start + len(start_tag),
                "attrs": tuple(attrs),
                "text": [],
            }

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # "<h2/>" has no text to link to

    def handle_endtag(self, tag: str) -> None:
        if self.open is not None and tag == self.open["tag"]:
            found, self.open = self.open, None
            self.headings.append(
                Heading(
                    int(tag[1]),
                    found["start"],
                    found["tag_end"],
                    self._offset(),
                    found["attrs"],
                    "".join(found["text"]),
                )
            )

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.open["text"].append(data)


def _as_written(value: str) -> str:
    """An attribute value escaped as nbconvert writes a heading's anchor link (ElementTree keeps ``'``)."""
    return html.escape(value, quote=False).replace('"', "&quot;")


class TableOfContents:
    """nbconvert preprocessor (a callable ``(notebook, resources) -> (notebook, resources)``).

    Parameters
    ----------
    exporter : nbconvert.HTMLExporter
        The exporter that will render the page: its ``markdown2html`` and data priority are used.
    lang : str
        The report's language, for the charts' alternative text.
    """

    def __init__(self, exporter: HTMLExporter, lang: str) -> None:
        self.exporter = exporter
        self.alt = labels_in("report_header", lang)["chart_alt"]

    def __call__(self, notebook: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        seen: dict[str, int] = {}
        headings: list[tuple[int, str, str]] = []
        pick_type = self.exporter.environment.filters["filter_data_type"]
        for cell in notebook.cells:
            context = {"cell": cell, "resources": resources}
            if cell.cell_type == "markdown":
                rendered = self.exporter.markdown2html(context, cell.source)
                cell["shangyu_html"] = _unique_headings(rendered, seen, headings)
            for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
                if output.get("output_type") not in ("display_data", "execute_result"):
                    continue  # streams and errors are shown as escaped text
                if "image/png" in output.get("data", {}):
                    above = headings[-1][2] if headings else ""
                    output.setdefault("metadata", {})[ALT_METADATA] = self.alt.format(heading=above)
                shown = pick_type(output.get("data", {}))
                if "text/html" in shown:
                    output.data["text/html"] = _unique_headings(output.data["text/html"], seen, headings)
                elif "text/markdown" in shown:
                    rendered = self.exporter.markdown2html(context, output.data["text/markdown"])
                    output["shangyu_html"] = _unique_headings(rendered, seen, headings)
        listed = [(level, anchor, text) for level, anchor, text in headings if level <= MAX_LEVEL]
        top = min((level for level, _, _ in listed), default=1)
        entries = [Entry(level - top + 1, anchor, text) for level, anchor, text in listed]
        resources.setdefault("shangyu", {})["toc"] = entries
        return notebook, resources


def _unique_headings(fragment: str, seen: dict[str, int], headings: list[tuple[int, str, str]]) -> str:
    """``fragment`` with an id on every heading, unique across the page (``seen`` counts ids so far).

    Appends ``(level, anchor, text)`` for each heading to ``headings``.
    """
    if "<h" not in fragment and "<H" not in fragment:
        return fragment
    pieces, done = [], 0
    for heading in _HeadingFinder(fragment).headings:
        inner, anchor = fragment[heading.tag_end : heading.end], heading.anchor
        if anchor is None:  # "<h2>At a glance</h2>" → '<h2 id="At-a-glance">…', as nbconvert would name it
            anchor = "-".join(heading.text.split()) or "section"
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        if count:  # the same heading twice: the second link would land on the first
            unique = f"{anchor}-{count + 1}"
            inner = inner.replace(f'href="#{_as_written(anchor)}"', f'href="#{_as_written(unique)}"')
            anchor = unique
        headings.append((heading.level, anchor, heading.text.replace("¶", "").strip()))
        pieces += [fragment[done : heading.start], heading.start_tag(anchor), inner]
        done = heading.end
    return "".join(pieces) + fragment[done:]
