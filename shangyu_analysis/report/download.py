"""Tables to take away: a link that downloads a table as CSV, its labels and values as the page shows them.

A ``data:text/csv`` URI keeps the page self-contained (``build.sanitize`` allows it on ``<a download>``, and
nothing else in it can run); the build writes the same bytes beside the report as
``<notebook>.<name>.csv`` (``build.execute.table_files`` reads them back from these links). Two doors:
:func:`csv_link` for rows in hand (``notebook.table``), :func:`with_csv_link` for a table already rendered as
HTML (the narrative's), whose cells are taken as the text a reader sees.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import re
from html.parser import HTMLParser

from shangyu_analysis.report.labels import label

LINK_CLASS = "sy-csv"


def csv_link(rows: list[list[str]], name: str, lang: str) -> str:
    """``<a download="<name>.csv" href="data:text/csv…">`` for ``rows`` (the first: the headers)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    data = base64.b64encode(out.getvalue().encode("utf-8")).decode("ascii")
    file_name = html.escape(re.sub(r"[^\w.-]", "-", name) + ".csv")
    return (
        f'<a class="{LINK_CLASS}" download="{file_name}" href="data:text/csv;charset=utf-8;base64,{data}">'
        f"{html.escape(label('notebook.csv', lang))}</a>"
    )


class _Cells(HTMLParser):
    """The text of each row's ``th``/``td`` cells (whitespace collapsed), the caption left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.cell = []
        elif tag == "caption":
            self.in_caption = True
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "caption":
            self.in_caption = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.in_caption:
            self.cell.append(data)


def with_csv_link(table_html: str, name: str, lang: str) -> str:
    """``table_html`` (one rendered ``<table>`` with a ``<caption>``) with the download link in its caption."""
    if "</caption>" not in table_html:
        return table_html
    parser = _Cells()
    parser.feed(table_html)
    link = csv_link([row for row in parser.rows if row], name, lang)
    return table_html.replace("</caption>", f" {link}</caption>", 1)
