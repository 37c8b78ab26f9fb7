"""The chart layer: a registry of chart functions and what a dataset can draw.

Every chart function has the signature ``chart(dataset, lang="zh") -> matplotlib.figure.Figure``
where ``dataset`` is a :class:`~shangyu_analysis.dataset.dataset.Dataset` (or a
:class:`~shangyu_analysis.report.charts.kit.ChartData`) and ``lang`` is ``"zh"`` or ``"en"``.

- :data:`CHARTS` maps a chart id to its function;
- :func:`available_charts` lists the ids a dataset can draw (curated charts when the catalog
  fills one of their panels, generic charts by unit otherwise);
- :func:`render_png` and :func:`glyph_warnings` are how tests and the build check a chart.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Callable, Iterable, Iterator

from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts import curated as curated
from shangyu_analysis.report.charts import generic as generic
from shangyu_analysis.report.charts.kit import chart_data, has_any
from shangyu_analysis.report.charts.timeline import HEADLINES, timeline_chart

ChartFunction = Callable[..., Figure]

CHARTS: dict[str, ChartFunction] = {
    "fiscal": curated.fiscal_chart,
    "income": curated.income_chart,
    "new_materials": curated.new_materials_chart,
    "investment": curated.investment_chart,
    "innovation": curated.innovation_chart,
    "market": curated.market_chart,
    "future_community": curated.future_community_chart,
    "timeline": timeline_chart,
    "generic_money": generic.money_chart,
    "generic_percent": generic.percent_chart,
    "generic_count": generic.count_chart,
    "figure_kinds": generic.figure_kinds_chart,
}

GENERIC_UNITS = {"generic_money": generic.MONEY_UNITS, "generic_percent": generic.PERCENT_UNITS,
                 "generic_count": generic.COUNT_UNITS}


def available_charts(dataset: object, chart_ids: Iterable[str] | None = None) -> list[str]:
    """The ids among ``chart_ids`` (default: every chart, in registry order) the dataset can draw, in that order.

    Curated charts need a curated dataset that fills at least one of their panels (two like values);
    the timeline needs one of its headline values; generic unit charts are offered for uncurated
    datasets with at least two figures in one of those units; ``figure_kinds`` is always offered (it
    draws a "no data" panel for an empty article), so a notebook always has a chart.
    """
    data = chart_data(dataset)
    order = tuple(CHARTS) if chart_ids is None else tuple(chart_ids)
    result = []
    for chart_id in order:
        if chart_id not in CHARTS:
            raise KeyError(f"unknown chart {chart_id!r}; known: {', '.join(CHARTS)}")
        if chart_id in curated.PANELS:
            ok = data.curated and bool(curated.panels(chart_id, data, "zh"))
        elif chart_id == "timeline":
            ok = data.curated and has_any(data, [key for keys in HEADLINES.values() for key in keys])
        elif chart_id in GENERIC_UNITS:
            ok = not data.curated and len(generic.unit_items(data, GENERIC_UNITS[chart_id], "zh")) >= 2
        else:
            ok = True  # figure_kinds draws a "no data" panel when there is nothing to count
        if ok:
            result.append(chart_id)
    return result


def draw(chart_id: str, dataset: object, lang: str = "zh") -> Figure:
    """Draw one chart by id; an unknown id raises KeyError naming the known ones."""
    if chart_id not in CHARTS:
        raise KeyError(f"unknown chart {chart_id!r}; known: {', '.join(CHARTS)}")
    return CHARTS[chart_id](dataset, lang)


class _LogCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def capture_glyph_warnings() -> Iterator[list[str]]:
    """Collect "Glyph … missing" warnings and log records raised inside the block.

    Matplotlib reports a missing glyph through ``warnings`` or ``logging`` depending on the code
    path (layout or rendering), so both are captured; the yielded list is filled on exit.
    """
    found: list[str] = []
    handler = _LogCollector()
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield found
    finally:
        logger.removeHandler(handler)
        found.extend(glyph_warnings([str(w.message) for w in caught] + handler.messages))


def render_png(chart_id: str, dataset: object, lang: str = "zh") -> tuple[bytes, list[str]]:
    """Draw a chart and save it as PNG; return the bytes and every glyph warning raised."""
    import matplotlib.pyplot as plt

    with capture_glyph_warnings() as glyphs:
        fig = draw(chart_id, dataset, lang)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=style.DPI)
        plt.close(fig)
    return buffer.getvalue(), glyphs


def glyph_warnings(messages: list[str]) -> list[str]:
    """The messages that report a glyph missing from the font."""
    return [m for m in messages if "Glyph" in m and "missing" in m]
