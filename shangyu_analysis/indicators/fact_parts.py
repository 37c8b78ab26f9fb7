"""The checks of parts and wholes any page gets (b, c of :mod:`fact_checks`), as :class:`Spec`.

- **shares_sum**: a ratio structure (三次产业结构 3.7:45.4:50.9; a ratio of three or more parts whose measure or
  clause says 结构, 比例, 比重, 构成) sums to 100 within the rounding of its parts, and is a structure of
  percentages only when its parts sum to 80–120; a list of shares of one total (分别占… x%、y%、z%) sums to at most
  100, or to exactly 100 when it lists the three sectors (三次产业, three shares).
- **part_within_total**: a figure after 其中 is at most the nearest figure before 其中 in the same sentence of the
  same unit as written (亿元 with 亿元: a part in 元 after a total in 亿元 was a per-head income, not a part), place
  and period, both amounts (money, count, area) or both increases (新增…其中), neither a share, a rate nor a class
  threshold (50亿元以上项目); a total in parentheses is an aside and is passed over: 100 × part ÷ total ≤ 100.
"""

from __future__ import annotations

import re

import pandas as pd

from shangyu_analysis.indicators.fact_roles import LEVEL_KINDS, NOT_LEVEL_UNITS, clause_before, half_unit, interval
from shangyu_analysis.indicators.fact_rows import Input, Spec
from shangyu_analysis.schema import FigureRecord, figure_records

_PARTS = re.compile(r"[:：∶︰]")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_STRUCTURE = re.compile(r"结构|比例|比重|构成|产业比")
_SHARE = re.compile(r"占|比重|贡献率|构成|份额")
_SECTORS = re.compile(r"三次产业|一二三产|一、二、三产|三大产业|第一、二、三产业")
_JOIN = re.compile(r"^\s*[、和及与]\s*$")
_INCREMENT = re.compile(r"(?:增加|新增|减少|净增|增长|下降)(?:了|约)*$")
THRESHOLD = re.compile(r"^(?:以上|以下|及以上)的?[\u4e00-\u9fff]")  # 50亿元以上项目: a class, not an amount
HUNDRED = Input(100.0, 100.0, 100.0, "exact", "total")


def _share_input(text: str, qualifier: str) -> Input | None:
    if not _NUMBER.match(text.strip()):
        return None
    value = float(text)
    low, high = interval(value, None, qualifier if qualifier in ("exact", "approx") else "exact", half_unit(text))
    return Input(value, low, high, qualifier if qualifier in ("exact", "approx") else "exact", "share")


def structures(figures: pd.DataFrame, text: str) -> list[Spec]:
    """shares_sum over ratio structures: a:b:c sums to 100."""
    specs = []
    for row in figure_records(figures[figures["kind"] == "ratio"]):
        pieces = _PARTS.split(str(row.surface))
        found = [_share_input(p, row.qualifier) for p in pieces]
        parts = [p for p in found if p is not None]
        words = str(row.measure) + clause_before(text, int(row.start))
        if (
            len(found) < 3
            or len(parts) < len(found)
            or not (row.measure == "三次产业结构" or _STRUCTURE.search(words))
            or not 80 <= sum(p.value for p in parts) <= 120
        ):
            continue
        inputs = {f"{row.figure_id}_{i}": p for i, p in enumerate(parts, start=1)}
        specs.append(
            Spec(
                "shares_sum",
                inputs,
                " + ".join(inputs),
                "%",
                str(row.place),
                str(row.measure),
                str(row.period),
                [str(row.figure_id)],
                stated=HUNDRED,
            )
        )
    return specs


def _lists(rows: list[FigureRecord], text: str) -> list[list[FigureRecord]]:
    """Runs of percentages joined only by 、和及与 (13.3%、40.4%和46.3%)."""
    runs: list[list[FigureRecord]] = []
    run: list[FigureRecord] = []
    for row in rows:
        if run and row.kind == "percent" and _JOIN.match(text[int(run[-1].end) : int(row.start)]):
            run.append(row)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [row] if row.kind == "percent" else []
    return runs + ([run] if len(run) >= 2 else [])


def share_lists(figures: pd.DataFrame, text: str) -> list[Spec]:
    """shares_sum over lists of shares of one total (分别占…): at most 100, exactly 100 for the three sectors."""
    specs = []
    ordered = figures.sort_values("start")
    for _, sentence in ordered.groupby("sentence", sort=False):
        for run in _lists(list(figure_records(sentence)), text):
            clause = clause_before(text, int(run[0].start))
            if "分别" not in clause or not _SHARE.search(clause + str(run[0].measure)):
                continue
            found = [_share_input(re.sub(r"[%％]", "", str(r.surface)), r.qualifier) for r in run]
            parts = [p for p in found if p is not None]
            if len(parts) < len(found) or len({str(r.place) for r in run}) > 1:
                continue
            inputs = {str(r.figure_id): p for r, p in zip(run, parts)}
            exact = bool(_SECTORS.search(clause)) and len(run) == 3
            specs.append(
                Spec(
                    "shares_sum",
                    inputs,
                    " + ".join(inputs),
                    "%",
                    str(run[0].place),
                    str(run[0].measure),
                    str(run[0].period),
                    list(inputs),
                    stated=HUNDRED,
                    at_most=not exact,
                )
            )
    return specs


def _amount(row: FigureRecord, text: str) -> bool:
    """An amount, not a class threshold (50亿元以上项目5个: the 50亿元 names a class, it is no part)."""
    return (
        row.kind in LEVEL_KINDS
        and row.base_unit not in NOT_LEVEL_UNITS
        and row.value > 0
        and row.qualifier != "range"
        and not THRESHOLD.match(text[int(row.end) : int(row.end) + 4])
    )


def _aside(row: FigureRecord, text: str, sentence_start: int) -> bool:
    """A figure in parentheses is an aside (占臺北市商業登記家數（53,832家）: another place's total, not this one's)."""
    before = text[sentence_start : int(row.start)]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _increment(row: FigureRecord, text: str) -> bool:
    return bool(_INCREMENT.search(clause_before(text, int(row.start))[-8:]))


def parts_within(figures: pd.DataFrame, text: str) -> list[Spec]:
    """part_within_total: 100 × part ÷ total ≤ 100 for a figure after 其中 and its total before it."""
    specs = []
    ordered = figures.sort_values("start")
    for _, sentence in ordered.groupby("sentence", sort=False):
        rows = list(figure_records(sentence))
        for k, part in enumerate(rows):
            start = int(part.start)
            sentence_start = text.rfind("。", 0, start) + 1
            cut = text.rfind("其中", sentence_start, start)
            if cut < 0 or not _amount(part, text):
                continue
            increment = _increment(part, text)  # an increase's part is an increase (新增…其中); a level's, a level
            totals = [
                r
                for r in rows[:k]
                if int(r.end) <= cut
                and r.unit == part.unit
                and _increment(r, text) == increment
                and not _aside(r, text, sentence_start)
            ]
            if not totals:
                continue
            total = totals[-1]
            if (
                not _amount(total, text)
                or str(total.place) != str(part.place)
                or str(total.period) != str(part.period)
                or "、" in str(part.place)
                or str(part.place) == "-"
            ):
                continue
            formula = f"100 * {part.figure_id} / {total.figure_id}"
            inputs = {}
            for row, word in ((part, "part"), (total, "total")):
                low, high = interval(float(row.value), row.value_high, row.qualifier, half_unit(str(row.surface)))
                inputs[str(row.figure_id)] = Input(float(row.value), low, high, str(row.qualifier), word)
            specs.append(
                Spec(
                    "part_within_total",
                    inputs,
                    formula,
                    "%",
                    str(part.place),
                    str(part.measure),
                    str(part.period),
                    [str(total.figure_id), str(part.figure_id)],
                    stated=HUNDRED,
                    at_most=True,
                )
            )
    return specs
