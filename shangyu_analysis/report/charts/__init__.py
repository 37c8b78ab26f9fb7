"""Charts of the reports, drawn in zh or en from a dataset.

The public face (what notebooks, views and the build use): :data:`CHARTS` (the generic charts of the package),
:func:`article_charts` (the charts a page declares in its ``data/articles/<stem>/charts.yml``, with the narrative
section each follows), :func:`available_charts` (which of some chart ids a dataset can draw), :func:`draw`,
:func:`render_png` and :func:`glyph_warnings`, and :class:`ChartData` (the DataFrames a chart reads). Which charts a
notebook shows is the page's data or the notebook's own business: it passes their ids.
"""

from shangyu_analysis.report.charts.kit import ChartData
from shangyu_analysis.report.charts.registry import CHARTS, available_charts, draw, glyph_warnings, render_png
from shangyu_analysis.report.charts.spec import ChartSpec, article_charts

__all__ = [
    "CHARTS",
    "ChartData",
    "ChartSpec",
    "article_charts",
    "available_charts",
    "draw",
    "glyph_warnings",
    "render_png",
]
