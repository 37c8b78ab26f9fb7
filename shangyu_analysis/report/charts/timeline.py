"""The timeline: columns of value cards, one per phase of the page's story, joined by arrows.

Indicators are placed in a column by their ``period`` (from the catalog, never by hand), so the chart follows the
data. A page may declare its phases in charts.yml (a ``timeline`` chart: each phase's heading, the periods it
gathers, its headline ids shown first, whether it is a plan); without one, each of the (up to :data:`MAX_PHASES`)
periods with the most indicators is a column, in time order, headed by the period in words, and a period that
ends after the page's date is a plan (the plan period with most indicators always has a column). Plans are drawn in dashed boxes (intentions, not results) and values derived
from results (bounds, implied values) in dotted ones. Other indicators of a column's periods fill it up to
:data:`MAX_PER_PHASE` cards.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from shangyu_analysis.report.charts import style as style
from shangyu_analysis.report.charts.kit import ChartData, Item, chart_data, is_plan, item, wrap
from shangyu_analysis.report.charts.spec import ChartSpec, PhaseSpec, Words
from shangyu_analysis.report.labels import check_lang, label
from shangyu_analysis.text.period_value import period_years
from shangyu_analysis.text.period_words import period_name

MAX_PER_PHASE = 4
MAX_PHASES = 4
PHASE_COLORS = ("#2f6f9f", "#4f9a6b", "#7a7a7a", "#d9822b")
SIZE = (9.6, 5.4)


def generic_phases(dataset: object) -> tuple[PhaseSpec, ...]:
    """Phases from the data: the periods with the most indicators (at most :data:`MAX_PHASES`), in time order."""
    data = chart_data(dataset)
    frame = data.indicators
    if frame.empty or "period" not in frame.columns:
        return ()
    periods = frame["period"].dropna().astype(str)
    counts = periods[periods.map(period_years).notna()].value_counts(sort=True)
    plans = [p for p in counts.index if is_plan(p, data)][:1]  # the road ahead has a column even when it is short
    levels = [p for p in counts.index if p not in plans][: MAX_PHASES - len(plans)]
    spans = {p: years for p in levels + plans if (years := period_years(p)) is not None}  # all of them: counted above
    chosen = sorted(levels + plans, key=lambda p: (spans[p][1], spans[p][0], p))
    return tuple(
        PhaseSpec(heading=Words(period_name(p, "zh"), period_name(p, "en")), periods=(p,), plan=is_plan(p, data))
        for p in chosen
    )


def phase_items(dataset: object, lang: str, spec: ChartSpec | None = None) -> list[tuple[PhaseSpec, list[Item]]]:
    """Cards per phase (the spec's phases, else :func:`generic_phases`): headline ids first, then other
    indicators of that period, capped."""
    data = chart_data(dataset)
    frame = data.indicators
    result = []
    for phase in spec.phases if spec is not None else generic_phases(data):
        chosen = [it for it in (item(data, key, lang) for key in phase.headlines) if it is not None]
        chosen = [it for it in chosen if it.derived or it.period in phase.periods]
        if not frame.empty and "period" in frame.columns:
            for key in frame.loc[frame["period"].astype(str).isin(phase.periods), "indicator_id"]:
                if len(chosen) >= MAX_PER_PHASE:
                    break
                if all(it.key != key for it in chosen):
                    extra = item(data, key, lang)
                    if extra is not None:
                        chosen.append(extra)
        result.append((phase, chosen[:MAX_PER_PHASE]))
    return result


def can_draw(dataset: object, spec: ChartSpec | None) -> bool:
    """A declared timeline: one of its headlines is there; a generic one: two columns have cards."""
    if spec is not None:
        data = chart_data(dataset)
        return any(item(data, key, "zh") is not None for phase in spec.phases for key in phase.headlines)
    return sum(1 for _, cards in phase_items(dataset, "zh") if cards) >= 2


def timeline_chart(dataset: object, lang: str = "zh", spec: ChartSpec | None = None) -> Figure:
    """Columns of value cards joined by arrows, plans in dashed boxes."""
    check_lang(lang)
    data = chart_data(dataset)
    columns = phase_items(data, lang, spec)
    count = max(len(columns), 1)
    fig, (ax,) = style.new_figure(1, *(spec.size if spec is not None and spec.size else SIZE))
    ax.set_axis_off()
    ax.set_xlim(0, count)
    ax.set_ylim(0, 1)
    drawn: list[Item] = []
    for column, (phase, cards) in enumerate(columns):
        color = PHASE_COLORS[column % len(PHASE_COLORS)]
        x0 = column + 0.04
        heading = phase.heading(lang)
        if _presumed(data, cards):  # a period inferred from context is never shown as stated
            heading += "\n" + label("chart.presumed", lang).strip()  # own line: headers never run into each other
        ax.text(column + 0.5, 0.995, heading, ha="center", va="top", fontsize=9.5, color=color, linespacing=1.1)
        if column < len(columns) - 1:
            ax.annotate(
                "",
                xy=(column + 1.02, 0.965),
                xytext=(column + 0.98, 0.965),
                arrowprops={"arrowstyle": "-|>", "color": "#888888"},
            )
        for row, it in enumerate(cards):
            top = 0.9 - row * 0.225
            box = FancyBboxPatch(
                (x0, top - 0.21),
                0.92,
                0.205,
                boxstyle="round,pad=0.005",
                facecolor=color,
                alpha=0.10 if not it.derived else 0.05,
                edgecolor=color,
                linewidth=1.2,
                # a plan is dashed, a value derived from results dotted (the legend says which)
                linestyle="--" if phase.plan else (":" if it.derived else "-"),
            )
            ax.add_patch(box)
            # the whole name, hedges included: a card never cuts a scope or period note short
            ax.text(
                column + 0.5,
                top - 0.01,
                wrap(it.name, lang, width_zh=15, width_en=40),
                ha="center",
                va="top",
                fontsize=6.6,
                color="#333333",
                linespacing=1.05,
            )
            ax.text(column + 0.5, top - 0.2, it.label(lang), ha="center", va="bottom", fontsize=10.5, color=color)
            drawn.append(it)
    source = style.source_line(data.source, lang, data.article)
    title = spec.title(lang) if spec is not None else label("chart.timeline", lang)
    return style.finish(fig, title, source, [it.qualifier for it in drawn], lang, note=label("chart.plan_note", lang))


def _presumed(data: ChartData, items: list[Item]) -> bool:
    """Whether a card of the column has a period the page does not state (period_basis other than stated)."""
    frame = data.indicators
    if frame.empty or "period_basis" not in frame.columns:
        return False
    basis = dict(zip(frame["indicator_id"], frame["period_basis"].astype(str)))
    return any(basis.get(it.key, "stated") != "stated" for it in items if not it.derived)
