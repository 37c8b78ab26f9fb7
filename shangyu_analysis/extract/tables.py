"""Bare numbers in table cells take the unit their column header or the table's 单位 note states.

Statistical bulletins print tables; copied as text they come in two shapes:

- pipe rows (``地区生产总值 | 617.50 | 5.2 |``) under a header naming each column's unit
  (``| 绝对数 (亿元) | 比上年增长 (%) |``);
- one cell per line (a flattened HTML table after a ``表 3-4`` caption), records separated by blank
  lines, the unit in a header cell (``二级产业人数`` counts 人, ``(亿元)``) or in a note (``单位：家``);
- one pipe-closed cell per line (``序号 |`` / ``县(市区) |`` / ``单位(亿元) |`` / ``1 |`` / ``黄岛区 |`` /
  ``2766 |``): a pipe table whose row breaks were lost; the header is the cells before the first number,
  and the body is cut into rows of the header's width.

Cells are aligned with the header from the right (a row may lead with a label the header lacks). A
column headed by a year (年度, 年份) holds dates, not figures. Only a cell that is a bare number
(``18,031``) is given a unit; a cell that writes its own (``37.73％``) keeps it. The first cell of a pipe row
that is not a bare number names the row (``18-34岁 | 189574 | 22.76 |``): a number in it is a label.
"""

from __future__ import annotations

import math
import re

from shangyu_analysis.extract.candidate import Candidate, unit_fields
from shangyu_analysis.schema import RejectReason
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.numerals import BASE_UNITS, SCALES

_NUMBER_CELL = re.compile(r"-?[0-9][0-9,]*(?:\.[0-9]+)?")
_CAPTION = re.compile(r"^[-•\s]*表\s*[0-9一二三四五六七八九十]+(?:[-－.][0-9]+)?")
_CAPTION_LINE = re.compile(_CAPTION.pattern, re.M)
_UNIT_NOTE = re.compile(r"[单單]位\s*[:：]\s*([^\s)）:：,，]{1,6})")
_PARENTHESISED = re.compile(r"[(（]\s*([^()（）]{1,8}?)\s*[)）]")
_COUNTED = {"人数": "人", "家数": "家", "户数": "户", "个数": "个", "人次": "人次"}
_YEAR_HEADER = re.compile(r"年度|年份|^年$")
_END_OF_TABLE = re.compile(r"^[-•\s]*(?:资料来源|資料來源|注|说明|說明)|[，。；]")
_MAX_CELL_CHARS = 40


def _unit(word: str) -> tuple[str, str] | None:
    """(scale, base unit) of a unit word (亿元 -> (亿, 元), % -> ('', %)), or None."""
    word = to_simplified("".join(word.split()))
    for scale in [*sorted(SCALES, key=len, reverse=True), ""]:
        if word.startswith(scale) and word[len(scale) :] in BASE_UNITS:
            return scale, word[len(scale) :]
    return None


def _header_unit(cell: str) -> tuple[str, str] | bool | None:
    """The unit a header cell states; False for a year column (its cells are dates)."""
    simple = to_simplified(cell)
    if _YEAR_HEADER.search(simple):
        return False
    if m := _PARENTHESISED.search(simple):
        return _unit(m.group(1))
    if simple.endswith(("%", "％")) and len(simple) > 1:
        return "", "%"  # 比重% (fx1_09 表1): the unit written after the column's name, without brackets
    return next((_unit(unit) for word, unit in _COUNTED.items() if simple.endswith(word)), None)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cells(start: int, line: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each ``|``-separated cell with some text."""
    cells, pos = [], start
    for part in line.split("|"):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            cells.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(part) + 1
    return cells


def _aligned(units: list, row: list[tuple[int, int, str]]) -> dict[tuple[int, int], tuple[str, str]]:
    """Cell span -> unit for the number cells of ``row``, aligned with ``units`` from the right."""
    shift = len(units) - len(row)
    out = {}
    for index, (start, end, cell) in enumerate(row):
        column = index + shift
        if 0 <= column < len(units) and units[column] and _NUMBER_CELL.fullmatch(cell):
            out[(start, end)] = units[column]
    return out


def _one_cell_rows(lines: list[tuple[int, str]], k: int) -> tuple[list, int] | None:
    """Rows of a pipe table written one cell per line from line ``k`` (None if it is not one), and the
    index of the line after it. The header is the non-number cells before the first number cell; a
    table needs at least two header cells and two full rows, so a lone ``a |`` line is left alone."""
    cells, j = [], k
    while j < len(lines) and len(row := _cells(*lines[j])) == 1 and lines[j][1].rstrip().endswith("|"):
        cells.append(row[0])
        j += 1
    width = next((i for i, (_, _, cell) in enumerate(cells) if _NUMBER_CELL.fullmatch(cell)), 0)
    if width < 2 or len(cells) < 3 * width:
        return None
    return [cells[i : i + width] for i in range(0, len(cells), width)], j


def _pipe_tables(lines: list[tuple[int, str]]) -> tuple[dict[tuple[int, int], tuple[str, str]], list[tuple[int, int]]]:
    """The units of the number cells, and the label cells: the first cell of a body row that is not a bare number
    (18-34岁, 60岁及以上 name the row; the figures are in the cells after it)."""
    spans: dict = {}
    labels: list = []
    k = 0
    while k < len(lines):
        if "|" not in lines[k][1]:
            k += 1
            continue
        if one_cell := _one_cell_rows(lines, k):
            rows, k = one_cell
            units = [_header_unit(cell) for _, _, cell in rows[0]]
            for row in rows[1:]:  # a short last row is aligned from the left, as it was cut
                spans.update(_aligned(units[: len(row)], row))
            continue
        units = [_header_unit(cell) for _, _, cell in _cells(*lines[k])]
        k += 1
        while k < len(lines) and "|" in lines[k][1]:
            if any(units):
                row = _cells(*lines[k])
                aligned = _aligned(units, row)
                spans.update(aligned)
                if aligned and row and not _NUMBER_CELL.fullmatch(row[0][2]):
                    labels.append(row[0][:2])
            k += 1
    return spans, labels


def _cell_per_line_tables(lines: list[tuple[int, str]]) -> dict[tuple[int, int], tuple[str, str]]:
    spans: dict = {}
    for k, (_, line) in enumerate(lines):
        if not _CAPTION.match(line):
            continue
        block = []  # the table's lines up to the first line of prose or a source note
        for start, cell in lines[k + 1 :]:
            if cell.strip() and (
                len(cell.strip()) > _MAX_CELL_CHARS or _END_OF_TABLE.search(cell.strip()) or _CAPTION.match(cell)
            ):  # the next table starts: each line is read once
                break
            block.append((start, cell.strip()))
        groups, current = [], []
        for start, line_cell in [*block, (0, "")]:
            # Records may be cut by a lone | line instead of a blank one, each cell closed by |: 全市常住人口 |⏎
            # 3365597 |⏎- |⏎|⏎其中:城镇 |… (data/corpus part X fx1_09 表1): the pipes are not part of a cell.
            cell = line_cell.removesuffix("|").rstrip()
            if cell:
                current.append((start, start + len(cell), cell))
            elif current:
                groups.append(current)
                current = []
        note = next((m for _, cell in block if (m := _UNIT_NOTE.search(cell))), None)
        default = _unit(note.group(1)) if note else None
        groups = [group for group in groups if len(group) > 1 or not _UNIT_NOTE.search(group[0][2])]  # 单位:人 alone
        if not groups:
            continue
        header = groups[0]
        units = [_header_unit(cell) for _, _, cell in header]
        units = [default if unit is None else unit for unit in units]
        for group in groups[1:]:
            spans.update(_aligned(units, group))
    return spans


def table_units(found: list[Candidate], text: str) -> None:
    """Give each bare number that is a table cell its column's unit (in place)."""
    if "|" not in text and not _CAPTION_LINE.search(text):  # 代表, 表示: most texts have no table at all
        return
    lines = _lines(text)
    pipe_units, labels = _pipe_tables(lines)
    spans = {**pipe_units, **_cell_per_line_tables(lines)}
    for cand in found:
        if cand.reason is None and any(start <= cand.start and cand.end <= end for start, end in labels):
            cand.reason = RejectReason.LABEL  # 18-34岁 | 189574 | 22.76 |: the row's name, not a figure
            continue
        unit = spans.get((cand.start, cand.end))
        if unit and cand.reason == RejectReason.BARE_NUMBER and not math.isnan(cand.value):
            cand.reason = None
            unit_fields(cand, *unit)
