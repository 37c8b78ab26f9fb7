"""Small helpers for hand-written analysis notebooks: the analysis stays in the notebook, these only say it.

A notebook cell selects a DataFrame, computes in plain sight and draws with seaborn; then it calls

- :func:`check_formula` — the value the cell computed equals the package's derived table (so the
  formula in the cell and the one in the article's catalog cannot drift apart);
- :func:`one_unit` — before drawing: the rows share one unit and there are at least two of them (a
  chart never mixes units on an axis, and never has a single bar);
- :func:`finish_axes` — the title, the unit on the value axis and the source line on a seaborn Axes,
  which it returns for the analyst to restyle;
- :func:`label_bars` — each bar labelled with its value (a bound or an approximate value hatched and
  marked ``≥``, ``<``, ``≈``…), the numbers of :func:`axis_values` in the axis's unit;
- :func:`table` — a DataFrame for display with headers in the report language (the DataFrame itself
  is unchanged in the namespace);
- :func:`stated` — one value with its unit and qualifier, by the one formatter (``at least 250亿元``);
- :func:`say` — one or two sentences reading the result, in the report language;
- :func:`rows` — the rows of a published table with some ids, in that order, indexed by id (an id it lacks: an
  error naming it, unless the cell says ``skip_missing=True``);
- :func:`has_all` — whether a frame holds every id a question needs: the notebook skips the question,
  saying so, instead of failing. The questions of 02 and 03 select by measure, place and period instead
  (:mod:`shangyu_analysis.report.select`), and answer for every place of any page that has the figures.

Cells or Markdown written in one language carry the tag ``lang-zh`` or ``lang-en``: the report of
the other language leaves them out (``build.html``), an analyst in Jupyter sees both.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

import pandas as pd

from shangyu_analysis.config import NO_CHART_METADATA
from shangyu_analysis.dataset.model import id_column, select
from shangyu_analysis.report.charts import style
from shangyu_analysis.report.charts.kit import wrap
from shangyu_analysis.report.download import csv_link
from shangyu_analysis.report.format import axis_value, format_period, format_value, unit_label, value_label
from shangyu_analysis.report.labels import check_lang, enum_label, label, labels_in
from shangyu_analysis.report.safe import html_text, markdown_text

if TYPE_CHECKING:
    from IPython.display import Markdown
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure
    from pandas.io.formats.style import Styler
from shangyu_analysis.report.units import COUNTERS, PLAIN_RATIO
from shangyu_analysis.schema import (
    Category,
    CheckStatus,
    FactCheck,
    FactReason,
    FactVerdict,
    FigureKind,
    Qualifier,
    ReferenceStatus,
    RejectReason,
)
from shangyu_analysis.schema.missing import is_missing

UNIT_COLUMN = "unit"
# Columns whose values are declared enumerations: shown by their label in the report language.
ENUM_COLUMNS = {
    "qualifier": Qualifier,
    "kind": FigureKind,
    "category": Category,
    "status": CheckStatus,
    "reference_status": ReferenceStatus,
    "reason": RejectReason,
    "fact_check": FactCheck,
    "fact_verdict": FactVerdict,
    "fact_reason": FactReason,
}
# Columns computed for display by table(columns=...): the name in the report language, the value as stated.
NAME, STATED = "name", "stated"
RELATIVE_TOLERANCE = 1e-9


class FormulaMismatch(AssertionError):
    """A notebook's computation differs from the package's derived table."""


def check_formula(value: float, derived: pd.DataFrame, derived_id: str) -> float:
    """``value`` if it equals the derived table's ``derived_id`` (to 1e-9 relative), else FormulaMismatch."""
    rows = derived.loc[derived["derived_id"] == derived_id, "value"]
    if rows.empty:
        raise FormulaMismatch(f"{derived_id!r} is not in the derived table")
    expected = float(rows.iloc[0])
    if not math.isclose(float(value), expected, rel_tol=RELATIVE_TOLERANCE):
        raise FormulaMismatch(f"{derived_id}: the notebook computes {value!r}, the derived table has {expected!r}")
    return float(value)


def one_unit(frame: pd.DataFrame, unit_column: str = UNIT_COLUMN) -> pd.DataFrame:
    """``frame`` if its rows share one unit and there are at least two; ValueError otherwise."""
    units = sorted(set(frame[unit_column].dropna().astype(str)))
    if len(units) != 1:
        raise ValueError(f"a chart's value axis takes one unit; these rows have {units or 'none'}")
    if len(frame) < 2:
        raise ValueError("a chart of one bar says nothing a sentence would not: show a sentence instead")
    return frame


def finish_axes(ax: Axes, title: str, unit: str | None, lang: str, source: str = "", horizontal: bool = False) -> Axes:
    """Title, the unit on the value axis and an optional source line; returns ``ax``.

    The unit label comes from the one formatter (``亿元`` → "CNY billion" in English: plot the numbers of
    :func:`axis_values`); the value axis is ``x`` when ``horizontal``.
    """
    check_lang(lang)
    ax.set_title(title, loc="left")
    if horizontal:
        # Long category names (the English ones above all) would squeeze the bars to nothing: wrap them.
        ax.set_yticks(
            ax.get_yticks(), [wrap(t.get_text(), lang, width_zh=16, width_en=32) for t in ax.get_yticklabels()]
        )
    # whole things (figures, projects, patents): whole-number ticks, never "2.5"
    style.value_axis(ax, unit_label(unit, lang) if unit else "", horizontal=horizontal, whole=unit in COUNTERS)
    if source:  # under the whole figure, where a constrained layout keeps room for it
        style.add_source(cast("Figure", ax.figure), source, lang)  # a notebook chart is a whole figure
    return ax


def table(frame: pd.DataFrame, lang: str, table_id: str, columns: list[str] | None = None) -> Styler | Markdown:
    """A Styler of ``frame`` for display: headers (labels group ``column``) and enumeration values in
    ``lang``, no index, a fixed element id (deterministic HTML). A column without a label is an error, so
    a Chinese report never shows an English header.

    ``columns`` picks and orders the columns; two are computed: ``"name"`` (``name_zh`` or ``name_en``)
    and ``"stated"`` (:func:`stated`); a derived table's ``formula`` shows its mathematics in ``lang``
    (``formula_zh`` / ``formula_en``). Missing values show empty (a missing period: "not stated"),
    numbers as written (``156.72``, ``64``). An empty frame shows a line saying so.
    """
    from IPython.display import Markdown

    check_lang(lang)
    if frame.empty:
        return Markdown(f"*{label('notebook.no_rows', lang)}*")
    shown = frame.copy()
    if "formula" in shown.columns and f"formula_{lang}" in shown.columns:  # a reader reads mathematics, not code
        shown["formula"] = shown[f"formula_{lang}"]
    if columns is not None:
        extra = {
            NAME: shown[f"name_{lang}"] if NAME in columns else None,
            STATED: [stated(row, lang) for _, row in shown.iterrows()] if STATED in columns else None,
        }
        shown = shown.assign(**{k: v for k, v in extra.items() if v is not None})[list(columns)]
    headers = labels_in("column", lang)
    missing = [c for c in shown.columns if c not in headers]
    if missing:
        raise KeyError(f"no label for the column(s) {missing}: add them to labels group 'column'")
    for column, enum in ENUM_COLUMNS.items():
        if column in shown.columns:
            shown[column] = [v if pd.isna(v) else enum_label(v, lang, enum) for v in shown[column]]
    if "period" in shown.columns and "period_basis" in frame.columns:  # an inferred period says so (presumably …)
        shown["period"] = [
            format_period(p, b, lang, e) if not pd.isna(p) else p
            for p, b, e in zip(shown["period"], frame["period_basis"], frame.get("period_evidence", shown["period"]))
        ]
    if "period" in shown.columns:
        stated_period = shown["period"].notna()
        shown["period"] = shown["period"].astype(object).where(stated_period, label("notebook.no_period", lang))
    numbers = [c for c in shown.columns if pd.api.types.is_float_dtype(shown[c])]
    download = _csv_link(shown, numbers, headers, table_id, lang)
    # A Styler writes cells and headers as HTML, unescaped: a cell holding the article's words must not
    # become markup (report.safe).
    for column in shown.columns:
        if column not in numbers:
            shown[column] = shown[column].map(html_text, na_action="ignore")
    headers = {column: html_text(text) for column, text in headers.items()}
    shown = shown.rename(columns=headers)
    styler = shown.style.hide(axis="index").set_uuid(table_id).set_table_attributes('class="dataframe"')
    styler = styler.set_caption(download)  # a Styler writes its caption as given: built from escaped parts
    styler = styler.set_table_styles([{"selector": "caption", "props": "text-align: left; font-size: 0.85em;"}])
    return styler.format(na_rep="").format(_plain_number, subset=[headers[c] for c in numbers])


def _csv_link(shown: pd.DataFrame, numbers: list[str], headers: dict, table_id: str, lang: str) -> str:
    """A link that downloads the table as shown — its labels, its values — as ``<table_id>.csv`` (:mod:`.download`)."""
    cells = [
        [_plain_number(v) if c in numbers else ("" if pd.isna(v) else str(v)) for c, v in row.items()]
        for _, row in shown.iterrows()
    ]
    return csv_link([[headers[c] for c in shown.columns], *cells], table_id, lang)


def _plain_number(value: Any) -> str:  # a number cell (NaN when missing)
    """As a number is written: ``64``, ``156.72``, ``0.333333`` (not pandas' six fixed decimals)."""
    return "" if pd.isna(value) else f"{float(value):.6f}".rstrip("0").rstrip(".")


def _unit(row: pd.Series) -> str:
    """The row's unit on a chart: a derived ``ratio`` is a quotient (1.80), an indicator's ``ratio`` a share
    (1/3, drawn as 33.3%)."""
    unit = str(row.get(UNIT_COLUMN) or "")
    computed = pd.notna(row.get("derived_id")) or pd.notna(row.get("result_id"))  # derived here or in the catalog
    return PLAIN_RATIO if unit == "ratio" and computed else unit


def _missing_to_none(value: Any) -> Any:  # a table cell: None, NaN or a value
    return None if is_missing(value) else value


def stated(row: pd.Series, lang: str) -> str:
    """The row's value with its unit, qualifier and precision, by the one formatter
    (:func:`~shangyu_analysis.report.format.format_value`): ``超过1000亿元`` / ``more than CNY 100 billion (1000亿元)``."""
    precision = _missing_to_none(row.get("precision"))
    return format_value(
        float(row["value"]),
        row.get(UNIT_COLUMN),
        _missing_to_none(row.get("qualifier")),
        None if precision is None else int(precision),
        lang,
        value_high=_missing_to_none(row.get("value_high")),
    )


def axis_values(frame: pd.DataFrame, lang: str) -> list[float]:
    """The rows' values in the unit the value axis is labelled with (亿元 → CNY billion in English)."""
    return [axis_value(float(row["value"]), _unit(row), lang) for _, row in frame.iterrows()]


def label_bars(ax: Axes, frame: pd.DataFrame, lang: str, implied: list[bool] | None = None) -> Axes:
    """Label the bars of ``ax`` (drawn from ``frame``'s rows, in order) with their values, and hatch the
    bars whose value is approximate or a bound (the marker ``≈``, ``≥``, ``<``… says which), or, by
    ``implied`` (one flag a row), a value this report derived: it must not look like a published one; returns ``ax``."""
    bars = [bar for container in ax.containers for bar in container]
    words = []
    flags = implied if implied is not None else [False] * len(frame)
    for bar, (_, row), derived in zip(bars, frame.iterrows(), flags, strict=True):
        qualifier = _missing_to_none(row.get("qualifier")) or "exact"
        precision = _missing_to_none(row.get("precision"))
        words.append(
            value_label(
                float(row["value"]),
                _unit(row),
                0 if precision is None else int(precision),
                qualifier,
                lang,
                _missing_to_none(row.get("value_high")),
            )
        )
        style.style_bar(bar, qualifier, derived)
    for container in ax.containers:
        style.value_labels(ax, cast("BarContainer", container), words[: len(container)], padding=2, fontsize=9)
        words = words[len(container) :]
        # Room for the labels beyond the longest bar.
        if getattr(container, "orientation", "vertical") == "horizontal":
            ax.margins(x=0.18)
        else:
            ax.margins(y=0.12)
    return ax


def rows(table: pd.DataFrame, ids: list[str], *, skip_missing: bool = False) -> pd.DataFrame:
    """The rows of a published table with these ids, in this order, indexed by id (the id column kept): the
    dataset's one lookup (:func:`~shangyu_analysis.dataset.model.select`). An id the table lacks raises
    :class:`~shangyu_analysis.dataset.model.UnknownId`; ``skip_missing=True`` leaves it out (see :func:`has_all`)."""
    return select((table,), ids, skip_missing=skip_missing)


def has_all(frame: pd.DataFrame, ids: list[str], lang: str) -> bool:
    """True when ``frame`` has a row for every id in ``ids`` (its id column: the first of
    :data:`~shangyu_analysis.dataset.model.ID_COLUMNS` it has); otherwise display a sentence saying the question is skipped, and why."""
    column = id_column(frame)
    present = set(frame[column].dropna()) if column is not None else set()
    missing = [i for i in ids if i not in present]
    if missing:
        say(
            lang,
            zh=label("notebook.skipped", "zh", ids=", ".join(missing)),
            en=label("notebook.skipped", "en", ids=", ".join(missing)),
        )
    return not missing


def say(lang: str, zh: str, en: str) -> None:
    """Display the sentence of ``lang`` (write both; the report shows one) as words: Markdown emphasis
    works, but no HTML, link or image from the words (:func:`~shangyu_analysis.report.safe.markdown_text`)."""
    from IPython.display import Markdown, display

    display(Markdown(markdown_text(zh if check_lang(lang) == "zh" else en)))


def no_chart(lang: str, zh: str | None = None, en: str | None = None) -> None:
    """Say that this chart cell draws nothing (by default: this article lacks its data; ``zh``/``en``: another
    reason), marked so the build does not take it for a figure lost to a wrong matplotlib backend."""
    from IPython.display import Markdown, display

    reason = {"zh": zh, "en": en}[check_lang(lang)] or label("notebook.no_chart", lang)
    display(Markdown(reason), metadata={NO_CHART_METADATA: True})
