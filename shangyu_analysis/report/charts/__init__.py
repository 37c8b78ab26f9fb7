"""Charts of the reports: one function per chart id, drawn in zh or en from a dataset.

The public face (what notebooks, views and the build use): :data:`CHARTS`, :func:`available_charts`
(which of some chart ids a dataset can draw), :func:`draw`, :func:`render_png` and
:func:`glyph_warnings`, and :class:`ChartData` (the DataFrames a chart reads). Which charts a notebook
shows is the notebook's own business: it passes their ids.
"""

from shangyu_analysis.report.charts.kit import ChartData
from shangyu_analysis.report.charts.registry import CHARTS, available_charts, draw, glyph_warnings, render_png

__all__ = ["CHARTS", "ChartData", "available_charts", "draw", "glyph_warnings", "render_png"]
