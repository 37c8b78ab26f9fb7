"""The Shangyu charts: one function per topic of the curated catalog (data/articles/<stem>/catalog.yml).

Each function takes a Dataset (or :class:`~shangyu_analysis.report.charts.kit.ChartData`) and ``lang`` and
returns a matplotlib Figure. A chart is a row of panels, and a panel compares like quantities: its bars
share one unit and mean the same kind of thing (two years of one measure, a whole and its part, the
per-project sizes…), and there are at least two of them. :data:`PANELS` declares them; a value that
has nothing like it to stand beside goes in the chart's note instead (:data:`NOTES`). Indicator ids
are the catalog's, derived ids derive.py's; a chart draws the panels the dataset can fill.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import Item, bar_panel, chart_data, empty_panel, item, items
from shangyu_analysis.report.format import axis_value
from shangyu_analysis.report.labels import check_lang, label

FISCAL = ("fiscal_revenue_yi_yuan", "general_budget_revenue_yi_yuan", "fiscal_revenue_outside_general_budget_yi_yuan")
FISCAL_RANKS = {"fiscal_revenue_yi_yuan": "fiscal_revenue_rank_province",
                "general_budget_revenue_yi_yuan": "general_budget_revenue_rank_province"}
BUDGET_YEARS = ("general_budget_revenue_2015_yi_yuan", "general_budget_revenue_yi_yuan")
INCOME = ("urban_income_per_capita_yuan", "rural_income_per_capita_yuan")
NM_OUTPUT = ("new_materials_output_2019_yi_yuan", "new_materials_output_yi_yuan")
NM_PROFIT = ("new_materials_profit_2019_yi_yuan", "new_materials_profit_yi_yuan")
NM_GROWTH = ("new_materials_output_growth_pct", "new_materials_profit_growth_pct")
NM_MARGIN = ("new_materials_profit_margin_2019_pct", "new_materials_profit_margin_pct")
INVEST_COUNTS = ("signed_projects_count", "major_projects_count")
INVEST_TOTALS = ("signed_investment_yi_yuan", "major_projects_investment_yi_yuan")
INVEST_PER_PROJECT = ("major_project_threshold_yi_yuan", "signed_investment_per_project_yi_yuan",
                      "other_projects_investment_per_project_yi_yuan")
PATENTS = ("patents_count", "invention_patents_count")
MARKET_FIRMS = ("new_listed_companies_count", "new_eagle_enterprises_count")
COMMUNITY_LAND = "future_community_land_hectare"
COMMUNITY_FLOOR = "future_community_floor_area_wan_m2"
COMMUNITY_AREAS = (COMMUNITY_LAND, COMMUNITY_FLOOR)
# 1 公顷 = 10,000 m² = 1 万平方米 exactly: the land area is drawn beside the floor area in 万平方米.
AREA_UNIT = "万平方米"
SAME_NUMBER_UNITS = {("公顷", AREA_UNIT)}

# Per chart: its panels, as (title key in labels group "chart" or "" for none, the ids of its bars).
PANELS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fiscal": (("revenue_2020", FISCAL), ("budget_2015_2020", BUDGET_YEARS)),
    "income": (("", INCOME),),
    "new_materials": (("output", NM_OUTPUT), ("profit", NM_PROFIT), ("growth", NM_GROWTH), ("margin", NM_MARGIN)),
    "investment": (("projects", INVEST_COUNTS), ("investment_total", INVEST_TOTALS),
                   ("per_project", INVEST_PER_PROJECT)),
    "innovation": (("", PATENTS),),
    "market": (("", MARKET_FIRMS),),
    "future_community": (("area", COMMUNITY_AREAS),),
}
# Per chart: values with nothing like them to stand beside, written in the note under the chart.
NOTES: dict[str, tuple[str, ...]] = {
    "fiscal": (),
    "income": ("urban_rural_income_ratio",),
    "new_materials": ("new_materials_firms_count", "new_materials_output_share_of_industry_ratio"),
    "investment": ("major_projects_share_of_signed_investment_pct",),
    "innovation": ("invention_patent_share_pct",),
    "market": ("new_market_entities_wan_count",),
    "future_community": ("future_community_floor_area_ratio", "future_community_scenarios_count"),
}
HORIZONTAL = {"income", "investment", "innovation"}
SIZES = {"new_materials": (10.4, 3.8), "investment": (10.4, 3.8), "fiscal": (8.4, 3.6)}


def _as_area(it: Item) -> Item:
    """A land area in 公顷 as the same number in 万平方米, to stand beside a floor area."""
    if (it.unit, AREA_UNIT) not in SAME_NUMBER_UNITS:
        return it
    return Item(it.key, it.name, it.value, AREA_UNIT, it.precision, it.qualifier, it.period, it.value_high, it.derived)


def panels(chart_id: str, dataset: object, lang: str) -> list[tuple[str, list[Item]]]:
    """The panels of ``chart_id`` the dataset can fill (at least two bars each), as (title, items)."""
    data = chart_data(dataset)
    result = []
    for title_key, keys in PANELS[chart_id]:
        its = [_as_area(it) for it in items(data, keys, lang)]
        if len(its) >= 2:
            result.append((label(f"chart.{title_key}", lang) if title_key else "", its))
    return result


def _note(data, chart_id: str, lang: str) -> str | None:
    noted = items(data, NOTES[chart_id], lang)
    colon = ":" if lang == "zh" else ": "
    parts = [f"{it.name}{colon}{it.label(lang)}" for it in noted]
    if chart_id == "future_community" and any(it.key == COMMUNITY_LAND for it in items(data, COMMUNITY_AREAS, lang)):
        parts.append(label("chart.hectare_note", lang))
    separator = ";" if lang == "zh" else "; "
    return separator.join(parts) or None


def _draw(chart_id: str, dataset: object, lang: str) -> tuple[Figure, list]:
    """The chart's panels side by side (a "no data" panel when there are none), title, note and source."""
    check_lang(lang)
    data = chart_data(dataset)
    drawn = panels(chart_id, data, lang)
    width, height = SIZES.get(chart_id, (7.2, 3.4))
    fig, axes = style.new_figure(max(len(drawn), 1), width, height)
    if not drawn:
        empty_panel(axes[0], lang)
    for pos, (ax, (title, its)) in enumerate(zip(axes, drawn)):
        bar_panel(ax, its, lang, colors=[style.PALETTE[pos]], horizontal=chart_id in HORIZONTAL, title=title or None)
    note = _note(data, chart_id, lang)
    shown = [it for _, its in drawn for it in its]
    notes = [note] if note else []
    if any(it.derived for it in shown):
        notes.append(label("chart.derived_note", lang))
    style.finish(fig, label(f"chart.{chart_id}", lang), style.source_line(data.source, lang, data.article),
                 # the legend explains the bars only: a bound in the note carries its own marker (>1/3)
                 [it.qualifier for it in shown], lang, note="  ".join(notes) or None)
    return fig, drawn


def fiscal_chart(dataset: object, lang: str = "zh") -> Figure:
    """Total fiscal revenue, general budget revenue and the rest in 2020 (with the provincial ranks on
    the bars); general budget revenue in 2015 (implied) and 2020."""
    fig, drawn = _draw("fiscal", dataset, lang)
    data = chart_data(dataset)
    for ax, (title, its) in zip(fig.axes, drawn):
        if title != label("chart.revenue_2020", lang):
            continue
        for pos, it in enumerate(its):
            rank = item(data, FISCAL_RANKS.get(it.key, ""), lang)
            if rank is not None:
                ax.text(pos, axis_value(it.value, it.unit, lang) / 2,
                        label("chart.rank_fmt", lang, n=f"{rank.value:.0f}"),
                        ha="center", va="center", color="white", fontsize=9)
    return fig


def income_chart(dataset: object, lang: str = "zh") -> Figure:
    """Urban vs rural per-capita disposable income; their ratio in the note."""
    return _draw("income", dataset, lang)[0]


def new_materials_chart(dataset: object, lang: str = "zh") -> Figure:
    """Output and profit in 2019 (implied) and 2020, their growth rates, the margin in both years;
    the number of firms and the share of all above-scale output in the note."""
    return _draw("new_materials", dataset, lang)[0]


def investment_chart(dataset: object, lang: str = "zh") -> Figure:
    """Signed and major projects (counts), signed vs major-project investment (totals), and the size of
    a project: the major-project threshold, the average signed project, the average other project."""
    return _draw("investment", dataset, lang)[0]


def innovation_chart(dataset: object, lang: str = "zh") -> Figure:
    """National patents and the invention patents among them; the invention share in the note."""
    return _draw("innovation", dataset, lang)[0]


def market_chart(dataset: object, lang: str = "zh") -> Figure:
    """New listed companies beside new Eagle firms; new market entities (another scale) in the note."""
    return _draw("market", dataset, lang)[0]


def future_community_chart(dataset: object, lang: str = "zh") -> Figure:
    """Land area beside floor area (both in 万平方米); the floor-area ratio and scenarios in the note."""
    return _draw("future_community", dataset, lang)[0]
