"""The development-path timeline: 十三五 results → 2020 → early 2021 → 十四五 plans and targets.

Indicators are placed in a column by their ``period`` (from the catalog, never by hand), so the
chart follows the data: five-year averages of 2016–2020, the 2020 results, the state at the time
of writing (2021 or 2020–2021), and 2021–2025 plans. Plans are drawn in dashed boxes — they are
intentions, not results — and values derived from results (bounds, implied values) in dotted ones. A few headline ids are preferred per column; other indicators of that
period fill the column up to :data:`MAX_PER_PHASE` cards.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import Item, chart_data, item, wrap
from shangyu_analysis.report.labels import check_lang, label

MAX_PER_PHASE = 4
PHASES = (
    ("phase_13", ("2016–2020", "2016-2020")),
    ("phase_2020", ("2020",)),
    ("phase_now", ("2021", "2020–2021", "2020-2021")),
    ("phase_14", ("2021–2025", "2021-2025")),
)
HEADLINES = {
    "phase_13": ("gdp_annual_increase_yi_yuan", "gdp_average_growth_2016_2020_pct",
                 "general_budget_revenue_annual_increase_yi_yuan",
                 "general_budget_revenue_average_growth_2016_2020_pct"),
    "phase_2020": ("gdp_yi_yuan", "fiscal_revenue_yi_yuan", "new_materials_output_yi_yuan",
                   "new_market_entities_wan_count"),
    "phase_now": ("signed_investment_yi_yuan", "patents_count", "special_policies_count"),
    "phase_14": ("digital_economy_growth_target_multiple", "digital_economy_annual_growth_target_pct",
                 "future_community_floor_area_wan_m2", "future_community_scenarios_count"),
}
PHASE_COLORS = ("#2f6f9f", "#4f9a6b", "#7a7a7a", "#d9822b")


def phase_items(dataset: object, lang: str) -> dict[str, list[Item]]:
    """Cards per phase: headline ids first, then other indicators of that period, capped."""
    data = chart_data(dataset)
    frame = data.indicators
    result: dict[str, list[Item]] = {}
    for phase, periods in PHASES:
        chosen = [it for it in (item(data, key, lang) for key in HEADLINES[phase]) if it is not None]
        chosen = [it for it in chosen if it.derived or it.period in periods]
        if not frame.empty and "period" in frame.columns:
            for key in frame.loc[frame["period"].astype(str).isin(periods), "indicator_id"]:
                if len(chosen) >= MAX_PER_PHASE:
                    break
                if all(it.key != key for it in chosen):
                    extra = item(data, key, lang)
                    if extra is not None:
                        chosen.append(extra)
        result[phase] = chosen[:MAX_PER_PHASE]
    return result


def timeline_chart(dataset: object, lang: str = "zh") -> Figure:
    """Four columns of value cards joined by arrows, plans in dashed boxes."""
    check_lang(lang)
    data = chart_data(dataset)
    cards = phase_items(data, lang)
    fig, (ax,) = style.new_figure(1, width=9.6, height=5.4)
    ax.set_axis_off()
    ax.set_xlim(0, 4)
    ax.set_ylim(0, 1)
    drawn: list[Item] = []
    for column, (phase, _periods) in enumerate(PHASES):
        color = PHASE_COLORS[column]
        x0 = column + 0.04
        heading = label(f"chart.{phase}", lang)
        if _presumed(data, cards[phase]):  # a period inferred from context is never shown as stated
            heading += "\n" + label("chart.presumed", lang).strip()  # own line: headers never run into each other
        ax.text(column + 0.5, 0.995, heading, ha="center", va="top",
                fontsize=9.5, color=color, linespacing=1.1)
        if column < len(PHASES) - 1:
            ax.annotate("", xy=(column + 1.02, 0.965), xytext=(column + 0.98, 0.965),
                        arrowprops={"arrowstyle": "-|>", "color": "#888888"})
        is_plan = phase == "phase_14"
        for row, it in enumerate(cards[phase]):
            top = 0.9 - row * 0.225
            box = FancyBboxPatch((x0, top - 0.21), 0.92, 0.205, boxstyle="round,pad=0.005",
                                 facecolor=color, alpha=0.10 if not it.derived else 0.05,
                                 edgecolor=color, linewidth=1.2,
                                 # a plan is dashed, a value derived from results dotted (the legend says which)
                                 linestyle="--" if is_plan else (":" if it.derived else "-"))
            ax.add_patch(box)
            # the whole name, hedges included: a card never cuts a scope or period note short
            ax.text(column + 0.5, top - 0.01, wrap(it.name, lang, width_zh=15, width_en=40), ha="center",
                    va="top", fontsize=6.6, color="#333333", linespacing=1.05)
            ax.text(column + 0.5, top - 0.2, it.label(lang), ha="center", va="bottom",
                    fontsize=10.5, color=color)
            drawn.append(it)
    source = style.source_line(data.source, lang, data.article)
    return style.finish(fig, label("chart.timeline", lang), source, [it.qualifier for it in drawn],
                        lang, note=label("chart.plan_note", lang))


def _presumed(data, items: list[Item]) -> bool:
    """Whether a card of the column has a period the page does not state (period_basis other than stated)."""
    frame = data.indicators
    if frame.empty or "period_basis" not in frame.columns:
        return False
    basis = dict(zip(frame["indicator_id"], frame["period_basis"].astype(str)))
    return any(basis.get(it.key, "stated") != "stated" for it in items if not it.derived)
