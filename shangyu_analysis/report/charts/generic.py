"""Charts any page gets without declaring its own: comparable figures by kind, and the figure overview.

``generic_money``, ``generic_percent`` and ``generic_count`` set side by side only figures that can be compared:
one panel per **measure** (the facts' ``measure``, titled in the vocabulary's words, never an id), one unit per
panel, and never a plan or target (a period ending after the page's date) beside a level. A page comparing places
gets the places as bars (the GDP of five cities); otherwise a bar is named by its period or its own name. Rows come
from the indicators table when it has any, else from the figure table. ``figure_kinds`` counts the extracted figures
by kind and qualifier.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from shangyu_analysis.extract.measures import measure_en, vocabulary
from shangyu_analysis.extract.places import place_en
from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import ChartData, Item, bar_panel, chart_data, empty_panel, is_plan
from shangyu_analysis.report.format import QUALIFIERS, qualifier_name
from shangyu_analysis.report.labels import check_lang, enum_label, label
from shangyu_analysis.schema import Category, FigureKind
from shangyu_analysis.schema.units import units_of_kind
from shangyu_analysis.text.period_words import period_name

MAX_BARS = 10
MAX_PANELS = 3
# chart id -> the figure kind it compares (the rows' ``kind`` column; a table without one: its units' kind)
KINDS = {"generic_money": FigureKind.MONEY, "generic_percent": FigureKind.PERCENT, "generic_count": FigureKind.COUNT}
_NONE = ("", "-", "nan", "None")


def _rows(data: ChartData) -> pd.DataFrame:
    """Indicator rows if any, else figure rows (named by subject); with the figure's facts where the rows lack them."""
    frame = data.indicators if not data.indicators.empty else data.figures
    if frame.empty:
        return frame
    frame = frame.copy()
    figures = data.figures
    if "figure_id" in frame.columns and "figure_id" in figures.columns:
        facts = figures.drop_duplicates("figure_id").set_index("figure_id")
        for column in ("place", "measure", "period", "kind", "subject"):
            if column in facts.columns:
                known = frame[column] if column in frame.columns else pd.Series(None, index=frame.index, dtype=object)
                frame[column] = known.where(known.notna(), frame["figure_id"].map(facts[column]))
    if "indicator_id" not in frame.columns:
        frame["indicator_id"] = frame.get("figure_id", pd.Series(range(len(frame)), index=frame.index)).astype(str)
        subject = frame["subject"] if "subject" in frame.columns else frame["surface"]
        subject = subject.where(subject.notna() & (subject.astype(str) != ""), frame["surface"]).astype(str)
        frame["name_zh"] = subject
        frame["name_en"] = subject + " (" + frame["surface"].astype(str) + ")"
    if "precision" not in frame.columns:
        frame["precision"] = frame["value"].map(_decimals_of)
    return frame


def _decimals_of(value: float) -> int:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def _text(value: str | float | None) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return "" if str(value) in _NONE else str(value)


def measure_title(measure: str, lang: str) -> str:
    """A measure in words: the vocabulary's term (zh) or its label (en); an ``其他:`` measure by its own words."""
    if not measure:
        return ""
    own = measure.split(":", 1)[1] if measure.startswith("其他:") else measure
    if lang == "zh":
        return own
    term = vocabulary().terms.get(measure)
    words = term.en if term is not None else (measure_en(own) or own)
    return words[:1].upper() + words[1:]


def _bar_names(group: pd.DataFrame, lang: str) -> list[str]:
    """Places when they tell the bars apart (with the period when a place comes twice), else periods, else names."""
    places = [_text(p) for p in group.get("place", pd.Series("", index=group.index))]
    places = [p if lang == "zh" else (place_en(p) or p) for p in places]
    periods = [period_name(_text(p), lang) if _text(p) else "" for p in group.get("period", [""] * len(group))]
    if all(places) and len(set(places)) > 1:
        named = [
            place + (f" · {period}" if places.count(place) > 1 and period else "")
            for place, period in zip(places, periods)
        ]
        if len(set(named)) == len(named):
            return named
    if all(periods) and len(set(periods)) == len(periods):
        return periods
    names = [_text(n) for n in group.get(f"name_{lang}", group["name_zh"])]
    if len(set(names)) < len(names) and "subject" in group.columns:  # the same name twice: say what each counts
        subjects = [_text(s) for s in group["subject"]]
        names = [(s if lang == "zh" else measure_en(s) or n) if s else n for s, n in zip(subjects, names)]
        if lang == "en":  # the vocabulary has no English for the page's own words: they stay as written
            names = [f"{n} ({s})" if s and names.count(n) > 1 else n for n, s in zip(names, subjects)]
    return names


def measure_panels(dataset: object, chart_id: str, lang: str) -> list[tuple[str, list[Item]]]:
    """The panels of a generic chart: per measure (and unit, and plan or level) with at least two values, the
    largest groups first (at most :data:`MAX_PANELS`), each as (title, items largest first)."""
    data = chart_data(dataset)
    kind = KINDS[chart_id]
    frame = _rows(data)
    if frame.empty or "unit" not in frame.columns:
        return []
    wanted = frame["kind"] == kind if "kind" in frame.columns else frame["unit"].isin(units_of_kind(kind))
    frame = frame[wanted & pd.to_numeric(frame["value"], errors="coerce").notna()]
    measures = frame["measure"].map(_text) if "measure" in frame.columns else pd.Series("?", index=frame.index)
    frame = frame.assign(
        _m=measures,
        _v=pd.to_numeric(frame["value"]),
        _plan=frame.get("period", pd.Series("", index=frame.index)).map(lambda p: is_plan(p, data)),
    )
    frame = frame[frame["_m"] != ""]  # a figure whose measure is unknown is like nothing
    groups = [g for _, g in frame.groupby(["_m", "unit", "_plan"], sort=False) if len(g) >= 2]
    groups.sort(key=lambda g: (-len(g), -g["_v"].max()))
    panels = []
    for group in groups[:MAX_PANELS]:
        group = group.sort_values("_v", ascending=False, kind="stable").head(MAX_BARS)
        its = [
            Item(
                key=str(row["indicator_id"]),
                name=name,
                value=float(row["_v"]),
                unit=str(row["unit"]),
                precision=int(row.get("precision") or 0),
                qualifier=_text(row.get("qualifier")) or "exact",
                period=_text(row.get("period")),
            )
            for name, (_, row) in zip(_bar_names(group, lang), group.iterrows())
        ]
        measure = group["_m"].iloc[0]
        panels.append((measure_title(measure if measure != "?" else "", lang), its))
    return panels


def kind_items(dataset: object, chart_id: str, lang: str) -> list[Item]:
    """The bars of the first panel of the generic chart ``chart_id`` (a key of :data:`KINDS`)."""
    panels = measure_panels(dataset, chart_id, lang)
    return panels[0][1] if panels else []


def kind_chart(dataset: object, lang: str, chart_id: str) -> Figure:
    """One panel per measure, stacked; the figure titled by the kind, each panel by its measure."""
    check_lang(lang)
    data = chart_data(dataset)
    panels = measure_panels(data, chart_id, lang)
    heights = [0.8 + 0.38 * max(len(its), 2) for _, its in panels] or [0.8 + 0.38 * 2]
    fig, axes = style.new_figure(
        1, width=7.2, height=0.8 + sum(heights), nrows=len(heights), gridspec_kw={"height_ratios": heights}
    )
    if not panels:
        empty_panel(axes[0], lang)
    for ax, (title, its) in zip(axes, panels):
        bar_panel(ax, its, lang, horizontal=True, title=title or None)
    return style.finish(
        fig,
        label(f"chart.{chart_id}", lang),
        style.source_line(data.source, lang, data.article),
        [it.qualifier for _, its in panels for it in its],
        lang,
    )


def kind_counts(dataset: object, lang: str) -> pd.DataFrame:
    """Figures counted by kind (rows, labelled in ``lang``) and qualifier (columns, in declaration order).

    Without a figure table the indicators are counted by category instead. Empty when there is
    nothing to count.
    """
    data = chart_data(dataset)
    frame = data.figures if not data.figures.empty else data.indicators
    column, enum = ("kind", FigureKind) if "kind" in frame.columns else ("category", Category)
    if frame.empty or column not in frame.columns:
        return pd.DataFrame()
    qualifiers = (
        frame["qualifier"].fillna("exact")
        if "qualifier" in frame.columns
        else pd.Series("exact", index=frame.index, name="qualifier")
    )
    kinds = frame[column].fillna("?").astype(str).map(lambda value: enum_label(value, lang, enum))
    table = pd.crosstab(kinds, qualifiers).sort_index()
    return table[[q for q in QUALIFIERS if q in table.columns]]


def figure_kinds_chart(dataset: object, lang: str = "zh") -> Figure:
    """How many figures were extracted, by kind, split by qualifier (stacked bars)."""
    check_lang(lang)
    data = chart_data(dataset)
    table = kind_counts(data, lang)
    fig, (ax,) = style.new_figure(1, width=7.2, height=3.4)
    source = style.source_line(data.source, lang, data.article)
    if table.empty:
        empty_panel(ax, lang)
        return style.finish(fig, label("chart.figure_kinds", lang), source, [], lang)
    left = pd.Series(0, index=table.index)
    for pos, qualifier in enumerate(table.columns):
        ax.barh(
            table.index,
            table[qualifier],
            left=left,
            height=0.6,
            gid="figures",
            **style.bar_style(qualifier, style.PALETTE[pos % len(style.PALETTE)]),
            label=qualifier_name(qualifier, lang),
        )
        left = left + table[qualifier]
    ax.xaxis.get_major_locator().set_params(integer=True)
    for pos, total in enumerate(left):
        ax.text(total, pos, f" {int(total)}", va="center", fontsize=8.5)
    ax.invert_yaxis()
    ax.set_xlabel(label("chart.figures", lang))
    ax.set_ylabel(label("chart.kind", lang))
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    return style.finish(fig, label("chart.figure_kinds", lang), source, [], lang)
