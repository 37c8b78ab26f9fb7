"""What the narrative notebook displays: the title line, and the narrative report with its charts.

The analysis notebooks (01–03) draw their own charts with seaborn and show their own DataFrames
(helpers: :mod:`shangyu_analysis.report.notebook`); the narrative notebook calls :func:`show_title`
and :func:`show_report`, passing what is its to say: its topic (zh and en), the ids of the registry
charts it shows and after which narrative section each goes. Every word that depends on the report
language comes from :mod:`shangyu_analysis.report.labels`.

Charts are shown as PNG images quantised to a 64-colour palette: the same pixels to the eye, about
a quarter of the bytes, so a report with every chart stays well under 1 MB of HTML.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from shangyu_analysis.report import narrative
from shangyu_analysis.report.charts import available_charts, draw
from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.labels import check_lang
from shangyu_analysis.report.safe import markdown_text

PALETTE_COLORS = 64
FALLBACK_CHART = "figure_kinds"


def png_bytes(fig: Figure, colors: int = PALETTE_COLORS) -> bytes:
    """The figure as a palette PNG (deterministic: no timestamp, no dithering)."""
    from PIL import Image

    buffer = io.BytesIO()
    # Uncompressed: the PNG is only read back here (compressing it was 0.013 s a chart, for nothing).
    fig.savefig(buffer, format="png", dpi=style.DPI, metadata={"Software": None}, pil_kwargs={"compress_level": 0})
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    quantised = image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    quantised.save(out, format="PNG", optimize=True)
    return out.getvalue()


def show(chart_id: str, dataset: object, lang: str = "zh") -> None:
    """Draw one chart and display it as an image (the figure is closed, so it is shown once)."""
    from IPython.display import Image, display

    fig = draw(chart_id, dataset, lang)
    try:
        display(Image(data=png_bytes(fig), format="png"))
    finally:
        plt.close(fig)


def _charts_to_show(dataset: object, chart_ids: Iterable[str]) -> list[str]:
    """The ids among ``chart_ids`` the dataset can draw, or the figure overview when it can draw none."""
    return available_charts(dataset, chart_ids) or [FALLBACK_CHART]


def show_title(topic: Mapping[str, str], dataset: object, lang: str) -> None:
    """Display the notebook's topic (``{"zh": …, "en": …}``) and the article's source line, in ``lang``.

    Not a heading: the notebook's first Markdown cell is the report title (the build uses it).
    """
    from IPython.display import Markdown, display

    source = style.source_line(getattr(dataset, "source", None), lang, getattr(dataset, "article", None))
    display(Markdown(f"**{markdown_text(topic[check_lang(lang)])}** · {markdown_text(source)}"))


def show_report(dataset: object, lang: str, chart_ids: Iterable[str], chart_sections: Mapping[str, str]) -> list[str]:
    """The narrative sections, each followed by the charts ``chart_sections`` places after it.

    ``chart_sections`` maps a chart id to a section id (:func:`shangyu_analysis.report.narrative.section_ids`);
    charts among ``chart_ids`` placed nowhere, or in a section this page's report does not have, are shown at
    the end. Returns the chart ids shown (never empty: the figure overview when none of ``chart_ids`` can be
    drawn).
    """
    from IPython.display import HTML, display

    check_lang(lang)
    sections = narrative.section_ids(dataset)
    to_show = _charts_to_show(dataset, chart_ids)
    display(HTML(narrative.style_html()))
    shown: list[str] = []
    for section_id in sections:
        display(HTML(narrative.render_section(dataset, lang, section_id)))
        for chart_id in to_show:
            if chart_sections.get(chart_id) == section_id:
                show(chart_id, dataset, lang)
                shown.append(chart_id)
    for chart_id in to_show:
        if chart_id not in shown:
            show(chart_id, dataset, lang)
            shown.append(chart_id)
    return shown
