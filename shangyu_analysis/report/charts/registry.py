"""The chart layer: which charts a dataset can draw, and drawing one by id.

A chart id is either one of the article's own charts, declared in ``data/articles/<stem>/charts.yml`` (drawn by
:mod:`.bars` or :mod:`.timeline` from its :class:`~shangyu_analysis.report.charts.spec.ChartSpec`), or a generic
chart of the package (:data:`CHARTS`: ``chart(dataset, lang="zh") -> Figure``). ``dataset`` is a
:class:`~shangyu_analysis.dataset.dataset.Dataset` (or a :class:`~shangyu_analysis.report.charts.kit.ChartData`),
``lang`` ``"zh"`` or ``"en"``.

- :func:`available_charts` lists the ids a dataset can draw; :func:`draw` draws one;
- :func:`render_png` and :func:`glyph_warnings` are how tests and the build check a chart.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Callable, Iterable, Iterator

from matplotlib.figure import Figure

from shangyu_analysis.report.charts import generic as generic
from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts import timeline as timeline
from shangyu_analysis.report.charts.bars import draw_bars, panels
from shangyu_analysis.report.charts.kit import ChartData, chart_data
from shangyu_analysis.report.charts.spec import ChartSpec, article_charts

ChartFunction = Callable[..., Figure]

# The generic charts of the package: any page can draw them (a page's charts.yml may declare its own timeline).
CHARTS: dict[str, ChartFunction] = {
    "timeline": timeline.timeline_chart,
    "generic_money": lambda dataset, lang="zh": generic.kind_chart(dataset, lang, "generic_money"),
    "generic_percent": lambda dataset, lang="zh": generic.kind_chart(dataset, lang, "generic_percent"),
    "generic_count": lambda dataset, lang="zh": generic.kind_chart(dataset, lang, "generic_count"),
    "figure_kinds": generic.figure_kinds_chart,
}


def declared_charts(dataset: object) -> dict[str, ChartSpec]:
    """The charts the dataset's article declares in its charts.yml, by id (the dataset knows its article)."""
    article = chart_data(dataset).article
    return {spec.id: spec for spec in article_charts(getattr(article, "path", None))}


def _available(chart_id: str, data: ChartData, declared: dict[str, ChartSpec]) -> bool:
    spec = declared.get(chart_id)
    if spec is not None:  # a page's own chart: a curated dataset that fills one of its panels (or cards)
        if spec.type == "timeline":
            return data.curated and timeline.can_draw(data, spec)
        return data.curated and bool(panels(spec, data, "zh"))
    if chart_id == "timeline":
        return data.curated and timeline.can_draw(data, None)
    if chart_id in generic.KINDS:  # for a page that declares no charts of its own
        return (not data.curated or not declared) and bool(generic.measure_panels(data, chart_id, "zh"))
    return chart_id == "figure_kinds"  # it draws a "no data" panel when there is nothing to count


def available_charts(dataset: object, chart_ids: Iterable[str] | None = None) -> list[str]:
    """The ids among ``chart_ids`` the dataset can draw, in that order (default: the article's declared charts,
    then the generic ones).

    A declared chart needs a curated dataset that fills at least one of its panels (two like values) or, for a
    timeline, one of its headlines; the generic unit charts are offered to a page without charts of its own
    (uncurated, or without charts.yml) that has two comparable values; ``figure_kinds`` always (a "no data" panel
    for an empty article), so a notebook always has a chart. An id the article does not declare and the package
    does not know is not available (another page's chart, say).
    """
    data = chart_data(dataset)
    declared = declared_charts(data)
    order = tuple(declared) + tuple(c for c in CHARTS if c not in declared) if chart_ids is None else tuple(chart_ids)
    return [chart_id for chart_id in order if _available(chart_id, data, declared)]


def draw(chart_id: str, dataset: object, lang: str = "zh") -> Figure:
    """Draw one chart by id: the article's declared chart of that id, else the package's; an unknown id raises
    KeyError naming the known ones."""
    declared = declared_charts(dataset)
    spec = declared.get(chart_id)
    if spec is not None:
        return (
            timeline.timeline_chart(dataset, lang, spec) if spec.type == "timeline" else draw_bars(spec, dataset, lang)
        )
    if chart_id not in CHARTS:
        raise KeyError(f"unknown chart {chart_id!r}; known: {', '.join([*declared, *CHARTS])}")
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
