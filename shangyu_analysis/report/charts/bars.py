"""The one drawer of a page's declared bar charts (:class:`~shangyu_analysis.report.charts.spec.ChartSpec`).

A chart is a row of panels, and a panel compares like quantities: its bars share one unit and mean the same kind of
thing, and there are at least two of them (:func:`~shangyu_analysis.report.charts.kit.check_panel`). Which ids a
panel shows, its title, a rank written inside a bar and a unit conversion are the page's data (charts.yml); a value
with nothing like it to stand beside is written in the chart's note. A chart draws the panels the dataset can fill.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import ChartData, Item, bar_panel, chart_data, empty_panel, item, items
from shangyu_analysis.report.charts.spec import DEFAULT_SIZE, ChartSpec, PanelSpec
from shangyu_analysis.report.format import axis_value, format_value
from shangyu_analysis.report.labels import check_lang, label

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def _in_unit(it: Item, panel: PanelSpec) -> tuple[Item, bool]:
    """The item in the panel's unit (converted by the panel's factor), and whether it was converted."""
    if panel.unit is None or it.unit == panel.unit or it.unit not in panel.convert:
        return it, False
    factor = panel.convert[it.unit]
    high = None if it.value_high is None else it.value_high * factor
    return replace(it, value=it.value * factor, unit=panel.unit, value_high=high), True


def panel_items(panel: PanelSpec, dataset: object, lang: str) -> tuple[list[Item], bool]:
    """The bars of ``panel`` the dataset has (in the panel's unit), and whether any was converted."""
    converted = [_in_unit(it, panel) for it in items(chart_data(dataset), panel.show, lang)]
    return [it for it, _ in converted], any(flag for _, flag in converted)


def panels(spec: ChartSpec, dataset: object, lang: str) -> list[tuple[PanelSpec, str, list[Item]]]:
    """The panels of ``spec`` the dataset can fill (at least two bars each), as (panel, title, items)."""
    result = []
    for panel in spec.panels:
        its, _ = panel_items(panel, dataset, lang)
        if len(its) >= 2:
            result.append((panel, panel.title(lang) if panel.title else "", its))
    return result


def _note(spec: ChartSpec, data: ChartData, lang: str) -> str | None:
    colon = ":" if lang == "zh" else ": "
    parts = [f"{it.name}{colon}{it.label(lang)}" for it in items(data, spec.notes, lang)]
    # a conversion is said whenever the panel's bars needed one
    parts += [
        panel.unit_note(lang)
        for panel in spec.panels
        if panel.unit_note is not None and panel_items(panel, data, lang)[1]
    ]
    separator = ";" if lang == "zh" else "; "
    return separator.join(parts) or None


def _ranks_inside(ax: Axes, panel: PanelSpec, its: list[Item], data: ChartData, lang: str, *, horizontal: bool) -> None:
    """A rank written inside its bar (white, half way along it), as the text writes it: ``第9位`` / ``9th``."""
    for pos, it in enumerate(its):
        rank = item(data, panel.inside.get(it.key, ""), lang)
        if rank is not None:
            half = axis_value(it.value, it.unit, lang) / 2
            x, y = (half, pos) if horizontal else (pos, half)
            ax.text(
                x,
                y,
                format_value(rank.value, "rank", "exact", 0, lang),
                ha="center",
                va="center",
                color="white",
                fontsize=9,
            )


def draw_bars(spec: ChartSpec, dataset: object, lang: str) -> Figure:
    """The chart's panels side by side (a "no data" panel when there are none), title, note and source."""
    check_lang(lang)
    data = chart_data(dataset)
    drawn = panels(spec, data, lang)
    width, height = spec.size or DEFAULT_SIZE
    fig, axes = style.new_figure(max(len(drawn), 1), width, height)
    if not drawn:
        empty_panel(axes[0], lang)
    for pos, (ax, (panel, title, its)) in enumerate(zip(axes, drawn)):
        bar_panel(
            ax,
            its,
            lang,
            colors=[style.PALETTE[pos % len(style.PALETTE)]],
            horizontal=spec.horizontal,
            title=title or None,
        )
        _ranks_inside(ax, panel, its, data, lang, horizontal=spec.horizontal)
    note = _note(spec, data, lang)
    shown = [it for _, _, its in drawn for it in its]
    notes = [note] if note else []
    if any(it.derived for it in shown):
        notes.append(label("chart.derived_note", lang))
    return style.finish(
        fig,
        spec.title(lang),
        style.source_line(data.source, lang, data.article),
        # the legend explains the bars only: a bound in the note carries its own marker (>1/3)
        [it.qualifier for it in shown],
        lang,
        note="  ".join(notes) or None,
    )
