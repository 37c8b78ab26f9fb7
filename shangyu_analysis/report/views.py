"""What the notebooks display: charts as compact PNGs, captions, tables and the narrative report.

Notebooks stay thin by calling these functions, and pass what is theirs to say: their topic (zh and
en), the ids of the charts they show, the indicator categories of their table and, for the narrative
notebook, after which section each chart goes (``scripts/make_notebooks.py`` writes these into the
notebooks). Every word that depends on the report language comes from :mod:`shangyu_analysis.report.labels`
and every number from :mod:`shangyu_analysis.report.format`, never from notebook Markdown.

Charts are shown as PNG images quantised to a 64-colour palette: the same pixels to the eye, about
a quarter of the bytes, so a report with every chart stays well under 1 MB of HTML.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from shangyu_analysis.report import narrative
from shangyu_analysis.report.charts import available_charts, caption, draw
from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.format import format_value, qualifier_name
from shangyu_analysis.report.labels import check_lang, enum_label, label, labels_in
from shangyu_analysis.schema import CheckStatus, FigureKind

PALETTE_COLORS = 64
FALLBACK_CHART = "figure_kinds"
FIGURE_COLUMNS = ("figure_id", "surface", "value", "unit", "qualifier", "kind", "subject", "period", "paragraph")


def png_bytes(fig: Figure, colors: int = PALETTE_COLORS) -> bytes:
    """The figure as a palette PNG (deterministic: no timestamp, no dithering)."""
    from PIL import Image

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=style.DPI, metadata={"Software": None})
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


def show_charts(dataset: object, lang: str, chart_ids: Iterable[str]) -> list[str]:
    """Display the charts among ``chart_ids`` the dataset can draw, in that order, each under its caption.

    Falls back to the figure overview when none can be drawn, so a ``chart`` cell always shows at
    least one image. Returns the ids shown.
    """
    from IPython.display import Markdown, display

    check_lang(lang)
    shown = _charts_to_show(dataset, chart_ids)
    for chart_id in shown:
        display(Markdown(caption(dataset, chart_id, lang)))
        show(chart_id, dataset, lang)
    return shown


def show_title(topic: Mapping[str, str], dataset: object, lang: str) -> None:
    """Display the notebook's topic (``{"zh": …, "en": …}``) and the article's source line, in ``lang``.

    Not a heading: the notebook's first Markdown cell is the report title (the build uses it).
    """
    from IPython.display import Markdown, display

    source = style.source_line(getattr(dataset, "source", None), lang, getattr(dataset, "article", None))
    display(Markdown(f"**{topic[check_lang(lang)]}** · {source}"))


def show_heading(key: str, lang: str) -> None:
    """Display a level-3 heading (labels group ``heading``) in the report language."""
    from IPython.display import Markdown, display

    display(Markdown(f"### {label(f'heading.{key}', lang)}"))


def _value_text(row: pd.Series, lang: str) -> str:
    value_high = row.get("value_high")
    return format_value(float(row["value"]), row.get("unit"), row.get("qualifier"),
                        int(row.get("precision") or 0), lang,
                        value_high=None if pd.isna(value_high) else float(value_high))


def indicator_table(dataset: object, lang: str, categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Indicators (optionally of some categories) with formatted values and localised headers."""
    head = labels_in("table", lang)
    frame = dataset.indicators
    if categories is not None:
        frame = frame[frame["category"].isin(tuple(categories))]
    table = pd.DataFrame({
        head["name"]: frame[f"name_{lang}"],
        head["value"]: [_value_text(row, lang) for _, row in frame.iterrows()],
        head["period"]: frame["period"].fillna(head["no_period"]),
        head["surface"]: frame["surface"],
        head["paragraph"]: frame["paragraph"],
    })
    return table.reset_index(drop=True)


def topic_table(dataset: object, lang: str, categories: Iterable[str]) -> pd.DataFrame:
    """The indicator table of a topic notebook: its ``categories``, or every indicator when the article is
    uncurated (automatic indicators are categorised by guess, so none is left out)."""
    return indicator_table(dataset, lang, categories if getattr(dataset, "curated", True) else None)


def figure_table(dataset: object, lang: str) -> pd.DataFrame:
    """Every extracted figure: surface, value, unit, qualifier, kind, paragraph, and whether claimed.

    In Chinese the qualifiers and kinds are named in words and the columns are headed in Chinese; in
    English the table keeps the data's own column names and values.
    """
    check_lang(lang)
    figures = dataset.figures
    claimed = set(dataset.indicators["figure_id"].dropna().astype(str))
    table = figures[[c for c in FIGURE_COLUMNS if c in figures.columns]].copy()
    # As written in the text: 64, 156.72, 0.333333 — not pandas' fixed six decimals.
    table["value"] = [_plain_number(v) for v in figures["value"]]
    table = table.astype(object).where(table.notna(), "")
    table["in_catalog"] = figures["figure_id"].astype(str).isin(claimed)
    if lang == "zh":
        if "qualifier" in table.columns:
            table["qualifier"] = [qualifier_name(v, lang) for v in table["qualifier"]]
        if "kind" in table.columns:
            table["kind"] = [enum_label(v, lang, FigureKind) for v in table["kind"]]
    table = table.rename(columns=labels_in("figure_column", lang))
    return table.reset_index(drop=True)


def _plain_number(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


def styled(frame: pd.DataFrame, table_id: str):
    """A table for display: no index, no truncated cells, fixed element ids (deterministic HTML)."""
    return (frame.style.hide(axis="index").set_uuid(table_id)
            .set_table_attributes('class="dataframe"'))


def unclaimed_figures(dataset: object, lang: str) -> pd.DataFrame:
    """Figures no indicator claims (duplicates, excluded mentions) — what the cleaning left out."""
    table = figure_table(dataset, lang)
    in_catalog = labels_in("figure_column", lang)["in_catalog"]
    return table[~table[in_catalog].astype(bool)].reset_index(drop=True)


def checks_table(dataset: object, lang: str) -> pd.DataFrame:
    """The consistency checks with their status (named in words in Chinese, as in the figure table)."""
    head = labels_in("table", lang)
    checks = dataset.checks
    status = checks["status"]
    if lang == "zh":
        status = [enum_label(v, lang, CheckStatus) for v in status]
    return pd.DataFrame({head["check"]: checks["check_id"], head["status"]: status,
                         head["detail"]: checks["detail"]}).reset_index(drop=True)


def show_report(dataset: object, lang: str, chart_ids: Iterable[str],
                chart_sections: Mapping[str, str]) -> list[str]:
    """The narrative sections, each followed by the charts ``chart_sections`` places after it.

    ``chart_sections`` maps a chart id to a section of :data:`shangyu_analysis.report.narrative.SECTION_IDS`;
    charts among ``chart_ids`` placed nowhere are shown at the end. Returns the chart ids shown (never
    empty: see :func:`show_charts`).
    """
    from IPython.display import HTML, display

    check_lang(lang)
    unknown = set(chart_sections.values()) - set(narrative.SECTION_IDS)
    if unknown:
        raise KeyError(f"unknown narrative sections {sorted(unknown)}; known: {', '.join(narrative.SECTION_IDS)}")
    to_show = _charts_to_show(dataset, chart_ids)
    display(HTML(narrative.style_html()))
    shown: list[str] = []
    for section_id in narrative.SECTION_IDS:
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
