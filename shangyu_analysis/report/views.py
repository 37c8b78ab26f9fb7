"""What the notebooks display: charts as compact PNGs, captions, tables and the narrative report.

Notebooks stay thin by calling these functions; every piece of text that depends on the report
language comes from here (or from :mod:`shangyu_analysis.report.narrative.compose`), never from notebook Markdown.

Charts are shown as PNG images quantised to a 64-colour palette: the same pixels to the eye, about
a quarter of the bytes, so a report with every chart stays well under 1 MB of HTML.
"""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.registry import CHART_SECTIONS, available_charts, caption, draw
from shangyu_analysis.report.format import format_value, qualifier_name

PALETTE_COLORS = 64
FALLBACK_CHART = "figure_kinds"

TITLES = {
    "01_figures": {"zh": "数字的提取与清洗", "en": "How the figures were extracted and cleaned"},
    "02_economy_and_fiscal": {"zh": "经济与财政", "en": "Economy and public finance"},
    "03_industry_and_innovation": {"zh": "产业与创新", "en": "Industry and innovation"},
    "04_development_path": {"zh": "发展路径", "en": "The development path"},
}
TABLE_HEADERS = {
    "zh": {"id": "编号", "name": "指标", "value": "数值", "period": "时期", "category": "类别",
           "surface": "原文", "kind": "类型", "paragraph": "段落", "check": "校验", "status": "结果",
           "detail": "说明", "sentence": "原句"},
    "en": {"id": "id", "name": "indicator", "value": "value", "period": "period", "category": "category",
           "surface": "as written", "kind": "kind", "paragraph": "paragraph", "check": "check",
           "status": "status", "detail": "detail", "sentence": "sentence"},
}
HEADINGS = {
    "figures": {"zh": "提取的全部数字", "en": "Every figure extracted"},
    "unclaimed": {"zh": "未入选指标的数字(重复提及、排除项)", "en": "Figures not used as indicators (repeats, exclusions)"},
    "checks": {"zh": "一致性校验", "en": "Consistency checks"},
    "indicators": {"zh": "指标", "en": "Indicators"},
    "charts": {"zh": "图表", "en": "Charts"},
}
FIGURE_HEADERS_ZH = {"figure_id": "编号", "surface": "原文", "value": "数值", "unit": "单位",
                     "qualifier": "限定", "kind": "类型", "subject": "主题", "period": "时期",
                     "paragraph": "段落", "in_catalog": "入选指标"}
NOTEBOOK_CATEGORIES = {
    "02_economy_and_fiscal": ("economy", "fiscal", "income", "business_environment"),
    "03_industry_and_innovation": ("industry", "digital_economy", "investment", "innovation", "policy"),
}


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


def show_charts(dataset: object, lang: str, notebook: str) -> list[str]:
    """Display the charts of ``notebook`` the dataset can draw, each under its caption.

    Falls back to the figure overview when none can be drawn, so a ``chart`` cell always shows at
    least one image. Returns the ids shown.
    """
    from IPython.display import Markdown, display

    chart_ids = available_charts(dataset, notebook) or [FALLBACK_CHART]
    for chart_id in chart_ids:
        display(Markdown(caption(dataset, chart_id, lang)))
        show(chart_id, dataset, lang)
    return chart_ids


def title(notebook: str, lang: str) -> str:
    """The notebook's title in the report language, as Markdown."""
    style.check_lang(lang)
    return f"# {TITLES[notebook][lang]}"


def show_title(notebook: str, dataset: object, lang: str) -> None:
    """Display the notebook's topic and the article's source line, in the report language.

    Not a heading: the notebook's first Markdown cell is the report title (the build uses it).
    """
    from IPython.display import Markdown, display

    source = style.source_line(getattr(dataset, "source", None), lang, getattr(dataset, "article", None))
    display(Markdown(f"**{TITLES[notebook][lang]}** · {source}"))


def show_heading(key: str, lang: str) -> None:
    """Display a level-3 heading from :data:`HEADINGS` in the report language."""
    from IPython.display import Markdown, display

    style.check_lang(lang)
    display(Markdown(f"### {HEADINGS[key][lang]}"))


def _value_text(row: pd.Series, lang: str) -> str:
    value_high = row.get("value_high")
    return format_value(float(row["value"]), row.get("unit"), row.get("qualifier"),
                        int(row.get("precision") or 0), lang,
                        value_high=None if pd.isna(value_high) else float(value_high))


def indicator_table(dataset: object, lang: str, categories: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Indicators (optionally of some categories) with formatted values and localised headers."""
    style.check_lang(lang)
    frame = dataset.indicators
    if categories is not None:
        frame = frame[frame["category"].isin(categories)]
    head = TABLE_HEADERS[lang]
    table = pd.DataFrame({
        head["name"]: frame[f"name_{lang}"],
        head["value"]: [_value_text(row, lang) for _, row in frame.iterrows()],
        head["period"]: frame["period"],
        head["surface"]: frame["surface"],
        head["paragraph"]: frame["paragraph"],
    })
    return table.reset_index(drop=True)


def notebook_table(dataset: object, lang: str, notebook: str) -> pd.DataFrame:
    """The indicator table for a topic notebook (all indicators when the article is uncurated)."""
    categories = NOTEBOOK_CATEGORIES.get(notebook) if getattr(dataset, "curated", True) else None
    return indicator_table(dataset, lang, categories)


def figure_table(dataset: object, lang: str) -> pd.DataFrame:
    """Every extracted figure: surface, value, unit, qualifier, kind, paragraph, and whether claimed."""
    style.check_lang(lang)
    figures = dataset.figures
    claimed = set(dataset.indicators["figure_id"].dropna().astype(str))
    columns = [c for c in ("figure_id", "surface", "value", "unit", "qualifier", "kind", "subject",
                           "period", "paragraph") if c in figures.columns]
    table = figures[columns].copy()
    # As written in the text: 64, 156.72, 0.333333 — not pandas' fixed six decimals.
    table["value"] = [_plain_number(v) for v in figures["value"]]
    table = table.astype(object).where(table.notna(), "")
    table["in_catalog"] = figures["figure_id"].astype(str).isin(claimed)
    if lang == "zh":
        if "qualifier" in table.columns:
            table["qualifier"] = [qualifier_name(v, "zh") for v in table["qualifier"]]
        if "kind" in table.columns:
            table["kind"] = [style.KIND_NAMES.get(v, {}).get("zh", v) for v in table["kind"]]
        table = table.rename(columns=FIGURE_HEADERS_ZH)
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
    return table[~table.iloc[:, -1].astype(bool)].reset_index(drop=True)


def checks_table(dataset: object, lang: str) -> pd.DataFrame:
    """The consistency checks with their status."""
    style.check_lang(lang)
    head = TABLE_HEADERS[lang]
    checks = dataset.checks
    return pd.DataFrame({head["check"]: checks["check_id"], head["status"]: checks["status"],
                         head["detail"]: checks["detail"]}).reset_index(drop=True)


def show_report(dataset: object, lang: str) -> list[str]:
    """04_development_path: the narrative sections, each followed by its charts.

    Uses :func:`shangyu_analysis.report.narrative.compose.render_section`; charts whose section the narrative
    lacks are shown at the end. Returns the chart ids shown (never empty: see :func:`show_charts`).
    """
    from IPython.display import HTML, display

    from shangyu_analysis.report.narrative import compose

    chart_ids = available_charts(dataset, "04_development_path") or [FALLBACK_CHART]
    display(HTML(compose.style_html()))
    shown: list[str] = []
    for section_id in compose.SECTION_IDS:
        display(HTML(compose.render_section(dataset, lang, section_id)))
        for chart_id in chart_ids:
            if CHART_SECTIONS.get(chart_id) == section_id:
                show(chart_id, dataset, lang)
                shown.append(chart_id)
    for chart_id in chart_ids:
        if chart_id not in shown:
            show(chart_id, dataset, lang)
            shown.append(chart_id)
    return shown


def write_charts(dataset: object, lang: str, directory, chart_ids: list[str] | None = None) -> list:
    """Write each available chart as ``<directory>/<chart_id>_<lang>.png`` (temp file, then rename).

    Returns the paths written, in chart order. For a CLI ``charts`` subcommand or a quick look.
    """
    from pathlib import Path

    style.check_lang(lang)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for chart_id in chart_ids or available_charts(dataset):
        fig = draw(chart_id, dataset, lang)
        try:
            data = png_bytes(fig)
        finally:
            plt.close(fig)
        path = directory / f"{chart_id}_{lang}.png"
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        written.append(path)
    return written
