"""Charts that need no curated catalog: by unit kind, and the figure overview.

An article without a catalog still gets charts: money amounts, percentages and counts as bars
(largest first, capped at :data:`MAX_BARS`, all in the unit most of them share, at least two), and
the extracted figures counted by kind and qualifier. Rows come from the indicators table when it has
any, else from the raw figure table. Without a catalog the bars of one chart are one measure (the one most
of them share: the GDP of five cities, not GDP beside a count of firms), labelled by place (and period,
when a place comes twice).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import Item, bar_panel, chart_data, empty_panel
from shangyu_analysis.report.format import QUALIFIERS, qualifier_name
from shangyu_analysis.report.labels import check_lang, enum_label, label
from shangyu_analysis.extract.places import place_en
from shangyu_analysis.schema import Category, FigureKind
from shangyu_analysis.text.period_words import period_name

MAX_BARS = 10
MONEY_UNITS = ("亿元", "万元", "元", "億元")
PERCENT_UNITS = ("%",)
COUNT_UNITS = ("家", "个", "項", "项", "名", "条", "人", "万家", "万人", "所", "座", "台", "件")


def _rows(data) -> pd.DataFrame:
    """Indicator rows if any, else figure rows, with a ``name_zh``/``name_en`` for labels."""
    if not data.indicators.empty:
        return data.indicators
    figures = data.figures
    if figures.empty:
        return figures
    frame = figures.copy()
    label = frame.get("subject")
    label = label.where(label.notna() & (label.astype(str) != ""), frame["surface"]) \
        if label is not None else frame["surface"]
    frame["indicator_id"] = frame.get("figure_id", pd.Series(range(len(frame)))).astype(str)
    frame["name_zh"] = label.astype(str)
    frame["name_en"] = label.astype(str) + " (" + frame["surface"].astype(str) + ")"
    if "precision" not in frame.columns:
        frame["precision"] = frame["value"].map(_decimals_of)
    return frame


def _one_measure(frame: pd.DataFrame, data, lang: str) -> pd.DataFrame:
    """Uncurated rows of the measure most of them share, named by place (· period when a place repeats);
    unchanged for curated rows or when no measure comes twice."""
    figures = data.figures
    if frame.empty or "curated" in frame.columns and frame["curated"].astype(bool).any() \
            or not {"figure_id", "place", "measure"} <= set(figures.columns) or "figure_id" not in frame.columns:
        return frame
    facts = figures.set_index("figure_id")[["place", "measure", "period"]].add_suffix("_fact")
    joined = frame.join(facts, on="figure_id")
    measured = joined[joined["measure_fact"].notna() & (joined["measure_fact"].astype(str) != "-")]
    if measured.empty or measured["measure_fact"].value_counts().iloc[0] < 2:
        return frame
    top = measured["measure_fact"].value_counts().index[0]
    chosen = measured[measured["measure_fact"] == top].copy()
    periods = chosen["period_fact"].astype(str)
    places = chosen["place_fact"].astype(str).map(lambda p: p if lang == "zh" else (place_en(p) or p))
    repeated = places.duplicated(keep=False)
    chosen[f"name_{lang}"] = [place + (f" · {period_name(period, lang)}" if again else "")
                              for place, period, again in zip(places, periods, repeated)]
    return chosen


def _decimals_of(value: object) -> int:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def unit_items(dataset: object, units: tuple[str, ...], lang: str) -> list[Item]:
    """Items whose unit is in ``units``: the most common such unit, largest values first."""
    data = chart_data(dataset)
    frame = _rows(data)
    if frame.empty or "unit" not in frame.columns:
        return []
    frame = frame[frame["unit"].isin(units) & pd.to_numeric(frame["value"], errors="coerce").notna()]
    if frame.empty:
        return []
    # One unit per axis: the unit most of them share (亿元 rather than 万元; 个 rather than 家).
    main_unit = frame["unit"].value_counts(sort=True).index[0]
    frame = frame[frame["unit"] == main_unit]
    frame = _one_measure(frame, data, lang)
    frame = frame.assign(_v=pd.to_numeric(frame["value"])).sort_values("_v", ascending=False, kind="stable")
    result = []
    for _, row in frame.head(MAX_BARS).iterrows():
        qualifier = row.get("qualifier")
        result.append(Item(key=str(row["indicator_id"]), name=str(row.get(f"name_{lang}") or row["name_zh"]),
                           value=float(row["_v"]), unit=str(row["unit"]),
                           precision=int(row.get("precision") or 0),
                           qualifier=qualifier if isinstance(qualifier, str) and qualifier else "exact"))
    return result


def _unit_chart(dataset: object, lang: str, units: tuple[str, ...], key: str) -> Figure:
    check_lang(lang)
    data = chart_data(dataset)
    its = unit_items(data, units, lang)
    fig, (ax,) = style.new_figure(1, width=7.2, height=1.6 + 0.38 * max(len(its), 2))
    bar_panel(ax, its, lang, horizontal=True) if len(its) >= 2 else empty_panel(ax, lang)
    return style.finish(fig, label(f"chart.{key}", lang), style.source_line(data.source, lang, data.article),
                        [it.qualifier for it in its], lang)


def money_chart(dataset: object, lang: str = "zh") -> Figure:
    """The largest money amounts of the article (in its most used money unit)."""
    return _unit_chart(dataset, lang, MONEY_UNITS, "generic_money")


def percent_chart(dataset: object, lang: str = "zh") -> Figure:
    """The percentages of the article, largest first."""
    return _unit_chart(dataset, lang, PERCENT_UNITS, "generic_percent")


def count_chart(dataset: object, lang: str = "zh") -> Figure:
    """The counts of the article (firms, projects, items…), largest first."""
    return _unit_chart(dataset, lang, COUNT_UNITS, "generic_count")


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
    qualifiers = frame["qualifier"].fillna("exact") if "qualifier" in frame.columns else "exact"
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
        ax.barh(table.index, table[qualifier], left=left, height=0.6, gid="figures",
                **style.bar_style(qualifier, style.PALETTE[pos % len(style.PALETTE)]),
                label=qualifier_name(qualifier, lang))
        left = left + table[qualifier]
    ax.xaxis.get_major_locator().set_params(integer=True)
    for pos, total in enumerate(left):
        ax.text(total, pos, f" {int(total)}", va="center", fontsize=8.5)
    ax.invert_yaxis()
    ax.set_xlabel(label("chart.figures", lang))
    ax.set_ylabel(label("chart.kind", lang))
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    return style.finish(fig, label("chart.figure_kinds", lang), source, [], lang)
