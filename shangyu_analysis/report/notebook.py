"""Small helpers for hand-written analysis notebooks: the analysis stays in the notebook, these only say it.

A notebook cell selects a DataFrame, computes in plain sight and draws with seaborn; then it calls

- :func:`check_formula` — the value the cell computed equals the package's derived table (so the
  formula in the cell and the one in ``data/indicators.yml`` cannot drift apart);
- :func:`one_unit` — before drawing: the rows share one unit and there are at least two of them (a
  chart never mixes units on an axis, and never has a single bar);
- :func:`finish_axes` — the title, the unit on the value axis and the source line on a seaborn Axes,
  which it returns for the analyst to restyle;
- :func:`table` — a DataFrame for display with headers in the report language (the DataFrame itself
  is unchanged in the namespace);
- :func:`say` — one or two sentences reading the result, in the report language.

Cells or Markdown written in one language carry the tag ``lang-zh`` or ``lang-en``: the report of
the other language leaves them out (``build.html``), an analyst in Jupyter sees both.
"""

from __future__ import annotations

import math

import pandas as pd

from shangyu_analysis.report.format import unit_label
from shangyu_analysis.report.labels import check_lang, enum_label, labels_in
from shangyu_analysis.schema import Category, CheckStatus, FigureKind, Qualifier, ReferenceStatus

UNIT_COLUMN = "unit"
# Columns whose values are declared enumerations: shown by their label in the report language.
ENUM_COLUMNS = {"qualifier": Qualifier, "kind": FigureKind, "category": Category, "status": CheckStatus,
                "reference_status": ReferenceStatus}
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


def finish_axes(ax, title: str, unit: str | None, lang: str, source: str = "", horizontal: bool = False):
    """Title, the unit on the value axis and an optional source line; returns ``ax``.

    The unit label comes from the one formatter (``亿元`` → "CNY 100m" in English); the value axis is
    ``x`` when ``horizontal``.
    """
    check_lang(lang)
    ax.set_title(title, loc="left")
    axis_label = unit_label(unit, lang) if unit else ""
    if horizontal:
        ax.set_xlabel(axis_label)
        ax.set_ylabel("")
    else:
        ax.set_ylabel(axis_label)
        ax.set_xlabel("")
    if source:
        ax.annotate(source, xy=(0, 0), xycoords="figure fraction", xytext=(4, 4), textcoords="offset points",
                    fontsize=7, color="0.4")
    return ax


def table(frame: pd.DataFrame, lang: str, table_id: str):
    """A Styler of ``frame`` for display: headers (labels group ``column``) and enumeration values in
    ``lang``, no index, a fixed element id (deterministic HTML). A column without a label is an error, so
    a Chinese report never shows an English header."""
    headers = labels_in("column", check_lang(lang))
    missing = [c for c in frame.columns if c not in headers]
    if missing:
        raise KeyError(f"no label for the column(s) {missing}: add them to labels group 'column'")
    shown = frame.copy()
    for column, enum in ENUM_COLUMNS.items():
        if column in shown.columns:
            shown[column] = [v if pd.isna(v) else enum_label(v, lang, enum) for v in shown[column]]
    shown = shown.rename(columns=headers)
    return shown.style.hide(axis="index").set_uuid(table_id).set_table_attributes('class="dataframe"')


def say(lang: str, zh: str, en: str) -> None:
    """Display the sentence of ``lang`` as Markdown (write both; the report shows one)."""
    from IPython.display import Markdown, display

    display(Markdown(zh if check_lang(lang) == "zh" else en))
