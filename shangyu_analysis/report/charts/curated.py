"""The Shangyu charts: one function per topic of the curated catalog (data/indicators.yml).

Each function takes a Dataset (or :class:`~shangyu_analysis.report.charts.kit.ChartData`) and ``lang`` and
returns a matplotlib Figure. Indicator ids are the catalog's; derived ids are derive.py's and are
optional (a chart draws what exists). :data:`REQUIRES` lists, per chart, the ids of which at least
one must exist for the chart to be offered.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import bar_panel, chart_data, empty_panel, item, items, wrap
from shangyu_analysis.report.format import axis_value, unit_label
from shangyu_analysis.report.labels import check_lang, label
from shangyu_analysis.report.units import PLAIN_RATIO

FISCAL = ("fiscal_revenue_yi_yuan", "general_budget_revenue_yi_yuan")
FISCAL_DERIVED = ("fiscal_revenue_outside_general_budget_yi_yuan",)
FISCAL_RANKS = {"fiscal_revenue_yi_yuan": "fiscal_revenue_rank_province",
                "general_budget_revenue_yi_yuan": "general_budget_revenue_rank_province"}
FISCAL_INCREASES = ("gdp_annual_increase_yi_yuan", "general_budget_revenue_annual_increase_yi_yuan")
INCOME = ("urban_income_per_capita_yuan", "rural_income_per_capita_yuan")
INCOME_RATIO = "urban_rural_income_ratio"
NM_MONEY = ("new_materials_output_yi_yuan", "new_materials_profit_yi_yuan")
NM_MONEY_2019 = ("new_materials_output_2019_yi_yuan", "new_materials_profit_2019_yi_yuan")
NM_PCT = ("new_materials_output_growth_pct", "new_materials_profit_growth_pct")
NM_PCT_DERIVED = ("new_materials_profit_margin_pct",)
NM_SHARE = "new_materials_output_share_of_industry_ratio"
NM_FIRMS = "new_materials_firms_count"
INVEST_COUNTS = ("signed_projects_count", "major_projects_count")
INVEST_MONEY = ("signed_investment_yi_yuan", "major_project_threshold_yi_yuan")
INVEST_DERIVED = ("major_projects_investment_yi_yuan", "signed_investment_per_project_yi_yuan")
INNOVATION = ("patents_count", "invention_patents_count", "standards_drafted_count",
              "academician_workstation_projects_count")
INNOVATION_SHARE = "invention_patent_share_pct"
MARKET_FIRMS = ("new_listed_companies_count", "new_eagle_enterprises_count")
MARKET_ENTITIES = ("new_market_entities_wan_count",)
COMMUNITY_LAND = "future_community_land_hectare"
COMMUNITY_FLOOR = "future_community_floor_area_wan_m2"
COMMUNITY_FAR = "future_community_floor_area_ratio"
COMMUNITY_SCENARIOS = "future_community_scenarios_count"


def _start(dataset: object, lang: str, ncols: int, width: float = 7.2, height: float = 3.6,
           ratios: tuple[float, ...] | None = None):
    check_lang(lang)
    data = chart_data(dataset)
    extra = {"gridspec_kw": {"width_ratios": list(ratios)}} if ratios else {}
    fig, axes = style.new_figure(ncols, width, height, **extra)
    return data, fig, axes


def _finish(fig: Figure, data, key: str, lang: str, drawn: list, note: str | None = None) -> Figure:
    source = style.source_line(data.source, lang, data.article)
    notes = [note] if note else []
    if any(it.derived for it in drawn):
        notes.append(label("chart.derived_note", lang))
    return style.finish(fig, label(f"chart.{key}", lang), source, [it.qualifier for it in drawn], lang,
                        note="  ".join(notes) or None)


def fiscal_chart(dataset: object, lang: str = "zh") -> Figure:
    """Total fiscal revenue vs general budget revenue, their provincial ranks, annual increases."""
    data, fig, (ax_level, ax_increase) = _start(dataset, lang, 2)
    levels = items(data, FISCAL + FISCAL_DERIVED, lang)
    increases = items(data, FISCAL_INCREASES, lang)
    bar_panel(ax_level, levels, lang, title=label("chart.amount", lang)) if levels else empty_panel(ax_level, lang)
    for pos, it in enumerate(levels):
        rank = item(data, FISCAL_RANKS.get(it.key, ""), lang)
        if rank is not None:
            ax_level.text(pos, axis_value(it.value, it.unit, lang) / 2,
                          label("chart.rank_fmt", lang, n=f"{rank.value:.0f}"), ha="center",
                          va="center", color="white", fontsize=9)
    if increases:
        bar_panel(ax_increase, increases, lang, colors=style.PALETTE[2:],
                  title=label("chart.annual_increase", lang))
    else:
        empty_panel(ax_increase, lang)
    return _finish(fig, data, "fiscal", lang, levels + increases)


def income_chart(dataset: object, lang: str = "zh") -> Figure:
    """Urban vs rural per-capita disposable income, with the derived ratio in the note."""
    data, fig, (ax,) = _start(dataset, lang, 1, width=6.0)
    drawn = items(data, INCOME, lang)
    bar_panel(ax, drawn, lang, horizontal=True) if drawn else empty_panel(ax, lang)
    ratio = item(data, INCOME_RATIO, lang)
    note = f"{ratio.name}: {ratio.label(lang)}" if ratio is not None else None
    return _finish(fig, data, "income", lang, drawn + ([ratio] if ratio else []), note)


def new_materials_chart(dataset: object, lang: str = "zh") -> Figure:
    """Output and profit (with implied 2019 values), growth rates and margin, the share bound."""
    data, fig, (ax_money, ax_pct, ax_share) = _start(dataset, lang, 3, width=9.6, height=4.0,
                                                   ratios=(2.2, 1.6, 0.8))
    money = items(data, NM_MONEY_2019[:1] + NM_MONEY[:1] + NM_MONEY_2019[1:] + NM_MONEY[1:], lang)
    pct = items(data, NM_PCT + NM_PCT_DERIVED, lang)
    share = item(data, NM_SHARE, lang)
    firms = item(data, NM_FIRMS, lang)
    colors = [style.PALETTE[0] if "output" in it.key else style.PALETTE[1] for it in money]
    money_title = label("chart.amount", lang)
    if firms is not None:
        money_title = f"{firms.name}: {firms.label(lang)}"
    bar_panel(ax_money, money, lang, colors=colors, title=money_title) if money else empty_panel(ax_money, lang)
    bar_panel(ax_pct, pct, lang, colors=style.PALETTE[2:], title=label("chart.growth", lang)) \
        if pct else empty_panel(ax_pct, lang)
    if share is not None:
        _share_bound(ax_share, share, lang)
    else:
        empty_panel(ax_share, lang)
    drawn = money + pct + ([share] if share else [])
    return _finish(fig, data, "new_materials", lang, drawn)


def _share_bound(ax, share, lang: str) -> None:
    """A 0–100 % bar filled to the bound, with an arrow showing the true share lies beyond it."""
    shown = axis_value(share.value, share.unit, lang)
    kwargs = style.bar_style(share.qualifier, style.PALETTE[3])
    ax.bar(0, shown, 0.5, **kwargs)
    ax.bar(0, 100, 0.5, fill=False, edgecolor="#999999", linewidth=0.8)
    ax.annotate("", xy=(0, min(shown + 18, 98)), xytext=(0, shown),
                arrowprops={"arrowstyle": "->", "color": style.PALETTE[3], "lw": 1.5})
    ax.text(0.3, shown, share.label(lang), va="center", ha="left", fontsize=9)
    ax.set_xlim(-0.6, 1.2)
    ax.set_ylim(0, 100)
    ax.set_xticks([0], [label("chart.share", lang)])
    ax.set_ylabel(unit_label(share.unit, lang))
    ax.set_title("\n".join(_chunks(share.name, lang)), fontsize=9)


def _chunks(text: str, lang: str) -> list[str]:
    return wrap(text, lang, width_zh=11, width_en=26).split("\n")


def investment_chart(dataset: object, lang: str = "zh") -> Figure:
    """Signed projects and major projects; signed investment, major-project threshold."""
    data, fig, (ax_count, ax_money) = _start(dataset, lang, 2, width=8.4, height=3.6, ratios=(1, 2.2))
    counts = items(data, INVEST_COUNTS, lang)
    money = items(data, INVEST_MONEY[:1] + INVEST_DERIVED + INVEST_MONEY[1:], lang)
    bar_panel(ax_count, counts, lang, title=label("chart.count", lang)) if counts else empty_panel(ax_count, lang)
    bar_panel(ax_money, money, lang, colors=style.PALETTE[1:], horizontal=True,
              title=label("chart.amount", lang)) if money else empty_panel(ax_money, lang)
    return _finish(fig, data, "investment", lang, counts + money)


def innovation_chart(dataset: object, lang: str = "zh") -> Figure:
    """Patents, invention patents, standards and workstation projects; invention share in the note."""
    data, fig, (ax,) = _start(dataset, lang, 1, width=7.2, height=3.4)
    drawn = items(data, INNOVATION, lang)
    bar_panel(ax, drawn, lang, horizontal=True, axis_label=label("chart.count", lang)) \
        if drawn else empty_panel(ax, lang)
    share = item(data, INNOVATION_SHARE, lang)
    note = f"{share.name}: {share.label(lang)}" if share is not None else None
    return _finish(fig, data, "innovation", lang, drawn + ([share] if share else []), note)


def market_chart(dataset: object, lang: str = "zh") -> Figure:
    """New listed companies and Eagle firms (count) beside new market entities (10k)."""
    data, fig, (ax_firms, ax_entities) = _start(dataset, lang, 2)
    firms = items(data, MARKET_FIRMS, lang)
    entities = items(data, MARKET_ENTITIES, lang)
    bar_panel(ax_firms, firms, lang) if firms else empty_panel(ax_firms, lang)
    bar_panel(ax_entities, entities, lang, colors=style.PALETTE[2:]) if entities else empty_panel(ax_entities, lang)
    return _finish(fig, data, "market", lang, firms + entities)


def future_community_chart(dataset: object, lang: str = "zh") -> Figure:
    """Land area, floor area and the floor-area ratio derived from them (+ scenario count)."""
    data, fig, axes = _start(dataset, lang, 3, width=8.0, height=3.4)
    drawn = []
    for ax, key, color in zip(axes, (COMMUNITY_LAND, COMMUNITY_FLOOR, COMMUNITY_FAR), style.PALETTE):
        it = item(data, key, lang)
        if it is None:
            empty_panel(ax, lang)
            continue
        axis = label("chart.ratio", lang) if it.unit == PLAIN_RATIO else None
        bar_panel(ax, [it], lang, colors=[color], axis_label=axis)
        ax.set_xticks([])
        ax.set_title("\n".join(_chunks(it.name, lang)), fontsize=9)
        drawn.append(it)
    scenarios = item(data, COMMUNITY_SCENARIOS, lang)
    note = f"{scenarios.name}: {scenarios.label(lang)}" if scenarios is not None else None
    return _finish(fig, data, "future_community", lang, drawn, note)
