"""Data access and drawing helpers shared by the chart modules.

Charts accept the notebook :class:`~shangyu_analysis.dataset.dataset.Dataset` or a :class:`ChartData`
built from bare DataFrames (tests use hand-written fixtures), so the chart layer depends only on
the contract's columns, not on how the dataset was made.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import pandas as pd

from shangyu_analysis.dataset.model import select
from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.format import axis_value, to_display, unit_label, value_label
from shangyu_analysis.report.labels import label
from shangyu_analysis.report.units import PLAIN_RATIO
from shangyu_analysis.schema.missing import is_missing
from shangyu_analysis.text.period_value import period_years

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@dataclass
class ChartData:
    """What the charts read: the contract's DataFrames plus provenance."""

    indicators: pd.DataFrame
    derived: pd.DataFrame = field(default_factory=pd.DataFrame)
    figures: pd.DataFrame = field(default_factory=pd.DataFrame)
    source: dict = field(default_factory=dict)
    curated: bool = True
    article: object = None


def chart_data(dataset: object) -> ChartData:
    """A :class:`ChartData` view of a Dataset (or the object itself if it already is one)."""
    if isinstance(dataset, ChartData):
        return dataset

    def frame(name: str) -> pd.DataFrame:
        value = getattr(dataset, name, None)
        return value if isinstance(value, pd.DataFrame) else pd.DataFrame()

    return ChartData(
        indicators=frame("indicators"),
        derived=frame("derived"),
        figures=frame("figures"),
        source=dict(getattr(dataset, "source", None) or {}),
        curated=bool(getattr(dataset, "curated", True)),
        article=getattr(dataset, "article", None),
    )


@dataclass(frozen=True)
class Item:
    """One value ready to draw: an indicator or a derived value, named in the report language."""

    key: str
    name: str
    value: float
    unit: str
    precision: int
    qualifier: str
    period: str = ""
    value_high: float | None = None
    derived: bool = False

    def label(self, lang: str) -> str:
        return value_label(self.value, self.unit, self.precision, self.qualifier, lang, self.value_high)


def _float_or_none(value: object) -> float | None:
    if is_missing(value):
        return None
    try:
        return float(value)  # type: ignore[arg-type]  # what float() refuses is caught below
    except (TypeError, ValueError):
        return None


def _row_item(row: pd.Series, key: str, lang: str, derived: bool) -> Item | None:
    value = _float_or_none(row.get("value"))
    if value is None:
        return None
    name = row.get(f"name_{lang}") or row.get("name_zh") or key
    precision = _float_or_none(row.get("precision"))
    qualifier = row.get("qualifier")
    unit = str(row.get("unit") or "")
    if derived and unit == "ratio":
        unit = PLAIN_RATIO  # a derived ratio is a quotient (1.80), an indicator ratio a share
    return Item(
        key=key,
        name=str(name),
        value=value,
        unit=unit,
        precision=int(precision) if precision is not None else 0,
        qualifier=str(qualifier) if isinstance(qualifier, str) and qualifier else "exact",
        period=str(row.get("period") or "") if not derived else "",
        value_high=_float_or_none(row.get("value_high")),
        derived=derived,
    )


def item(data: ChartData, key: str, lang: str) -> Item | None:
    """The indicator (or derived value) ``key``, or None when the dataset lacks it (a chart draws what it has)."""
    for frame, column, derived in ((data.indicators, "indicator_id", False), (data.derived, "derived_id", True)):
        rows = select((frame,), [key], column=column, skip_missing=True)
        if len(rows):
            return _row_item(rows.iloc[0], key, lang, derived)
    return None


def items(data: ChartData, keys: Iterable[str], lang: str) -> list[Item]:
    """The items among ``keys`` that the dataset has, in the order given."""
    found = (item(data, key, lang) for key in keys)
    return [it for it in found if it is not None]


def has_any(data: ChartData, keys: Iterable[str]) -> bool:
    return any(item(data, key, "zh") is not None for key in keys)


def wrap(text: str, lang: str, width_zh: int = 9, width_en: int = 18) -> str:
    """Wrap a tick label: Chinese has no spaces, so it is cut by characters."""
    if lang == "zh":
        return "\n".join(text[i : i + width_zh] for i in range(0, len(text), width_zh))
    return textwrap.fill(text, width_en, break_long_words=False)


def _tick_label(ax: Axes, text: str, lang: str, count: int, horizontal: bool) -> str:
    """Wrap a tick label to the room one bar has, so neighbouring labels never overlap."""
    if horizontal:
        return wrap(text, lang, width_zh=12, width_en=24)
    figure = cast("Figure", ax.figure)  # new_figure's axes: in a Figure, never a SubFigure
    width_in = ax.get_position().width * figure.get_figwidth()
    per_bar_pt = width_in * 72 / max(count, 1)
    # CJK glyphs are about 1 em wide, Latin ones about 0.55 em (8.5 pt tick font).
    width_zh = max(3, int(per_bar_pt / 9.5))
    width_en = max(6, int(per_bar_pt / 5.2))
    return wrap(text, lang, width_zh=width_zh, width_en=width_en)


def check_panel(its: list[Item]) -> list[Item]:
    """``its`` if they can share a value axis: one unit, at least two bars; ValueError otherwise."""
    units = sorted({it.unit for it in its})
    if len(units) != 1:
        raise ValueError(f"a panel's value axis takes one unit; these items have {units or 'none'}")
    if len(its) < 2:
        raise ValueError(f"a panel of one bar ({its[0].key}) says nothing a note would not")
    return its


def bar_panel(
    ax: Axes,
    its: list[Item],
    lang: str,
    *,
    colors: Sequence[str] | None = None,
    horizontal: bool = False,
    title: str | None = None,
    axis_label: str | None = None,
) -> None:
    """Bars for items sharing one unit (at least two: :func:`check_panel`), each styled by its
    qualifier and labelled with its value.

    Bars are styled and labelled by the toolkit the notebooks' seaborn charts use too (:func:`.style.style_bar`,
    :func:`.style.value_labels`, :func:`.style.value_axis`): an exact derived item is hatched as approximate, so a
    reader sees which bars the article states and which this project computed. Each bar's ``gid`` is its item's unit, so a test can read from a drawn
    figure what every value axis holds.
    """
    check_panel(its)
    colors = list(colors or style.PALETTE)
    names = [_tick_label(ax, it.name, lang, len(its), horizontal) for it in its]
    values = [axis_value(it.value, it.unit, lang) for it in its]
    positions = range(len(its))
    draw = ax.barh if horizontal else ax.bar
    for pos, it, value in zip(positions, its, values):
        look = style.bar_style(it.qualifier, colors[pos % len(colors)])
        bars = draw(
            pos, value, 0.6, gid=it.unit, **{k: look[k] for k in ("color", "edgecolor", "linewidth", "linestyle")}
        )
        style.style_bar(bars[0], it.qualifier, it.derived)
        words = [(" " if horizontal else "") + it.label(lang)]
        style.value_labels(ax, bars, words, padding=0, fontsize=8.5, color="#222222")
    unit = axis_label if axis_label is not None else (unit_label(its[0].unit, lang) if its else "")
    if horizontal:
        ax.set_yticks(list(positions), names, fontsize=8.5)
        ax.invert_yaxis()
        ax.set_xlim(0, max(values, default=1) * 1.35)
    else:
        ax.set_xticks(list(positions), names, fontsize=8.5)
        ax.set_ylim(0, max(values, default=1) * 1.2)
    # Whole numbers (firms, projects) get whole-number ticks, never "1.5 firms".
    whole = bool(its) and all(to_display(it.value, it.unit, it.precision, lang)[1] == 0 for it in its)
    style.value_axis(ax, unit, horizontal=horizontal, whole=whole)
    if title:
        ax.set_title(title, fontsize=10)


def empty_panel(ax: Axes, lang: str) -> None:
    ax.text(0.5, 0.5, label("chart.no_data", lang), ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def page_year(data: ChartData) -> int | None:
    """The year of the page (its date: the article's, else the provenance's)."""
    date = getattr(data.article, "date", None) or data.source.get("date")
    years = period_years(date)
    return years[0] if years else None


def is_plan(period: object, data: ChartData) -> bool:
    """Whether a period ends after the page's date: a plan or a target, never a level the page reports."""
    years, year = period_years(period), page_year(data)
    return bool(years and year and years[1] > year)
