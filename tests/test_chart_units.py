"""Charts that make sense: one unit per value axis, at least two bars per panel, like quantities only.

The registry charts are drawn for the seed and for a corpus article and read back from the drawn figure:
every bar carries its item's unit as its ``gid`` (charts/kit.bar_panel), so a panel's units are what was
drawn, not what the code meant to draw. The analysis notebooks draw with seaborn; their bars go through
``notebook.one_unit`` (checked here in their sources) and the Axes they leave in their namespace are
checked after a real run (tests/test_notebooks_interactive.py).
"""

from __future__ import annotations

import ast
import re

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from shangyu_analysis import config
from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import notebook
from shangyu_analysis.report.charts import article_charts, available_charts, draw
from shangyu_analysis.report.charts.bars import panels as spec_panels
from shangyu_analysis.report.charts.kit import Item, check_panel

# The fast tier leaves this module out: renders every registry and notebook chart of two pages.
pytestmark = pytest.mark.slow

matplotlib.use("Agg")
CORPUS_ARTICLE = config.DATA_DIR / "corpus" / "b06_suzhou_special.txt"
ANALYSIS_NOTEBOOKS = ["01_figures", "02_economy_and_fiscal", "03_industry_and_innovation"]


@pytest.fixture(scope="module")
def seed():
    return load_published()


def seed_bar_charts() -> dict:
    """The seed's declared bar charts (data/articles/<seed>/charts.yml), by id."""
    return {spec.id: spec for spec in article_charts(config.SEED_ARTICLE) if spec.type == "bars"}


@pytest.fixture(scope="module")
def corpus():
    dataset = load_published(CORPUS_ARTICLE)
    assert not dataset.curated
    return dataset


def bar_panels(fig) -> list[tuple[set[str], int]]:
    """Per Axes with bars: the units its bars carry, and how many distinct bars (category positions) it has."""
    panels = []
    for ax in fig.axes:
        bars = [p for p in ax.patches if isinstance(p, Rectangle)]
        if not bars:
            continue
        assert all(bar.get_gid() for bar in bars), "a bar drawn without its unit (gid)"
        vertical = all(bar.get_y() == 0 for bar in bars)  # vertical bars stand on 0; horizontal ones are stacked by y
        positions = {
            round(bar.get_x() + bar.get_width() / 2 if vertical else bar.get_y() + bar.get_height() / 2, 6)
            for bar in bars
        }
        panels.append(({bar.get_gid() for bar in bars}, len(positions)))
    return panels


def check_chart(chart_id: str, dataset, lang: str) -> int:
    fig = draw(chart_id, dataset, lang)
    try:
        panels = bar_panels(fig)
    finally:
        plt.close(fig)
    for units, count in panels:
        assert len(units) == 1, f"{chart_id} [{lang}]: one value axis holds {sorted(units)}"
        assert count >= 2, f"{chart_id} [{lang}]: a panel of {count} bar"
    return len(panels)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_registry_chart_of_the_seed_has_one_unit_and_two_bars_per_panel(seed, lang):
    charts = available_charts(seed)
    declared = seed_bar_charts()
    assert set(declared) <= set(charts)  # every declared chart has something to draw for the seed
    drawn = {chart_id: check_chart(chart_id, seed, lang) for chart_id in charts}
    for chart_id, spec in declared.items():
        assert drawn[chart_id] == len(spec_panels(spec, seed, lang)) >= 1
    assert drawn["timeline"] == 0  # cards, no value axis


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_registry_chart_of_a_corpus_article_has_one_unit_and_two_bars_per_panel(corpus, lang):
    charts = available_charts(corpus)
    # its money figures are a level beside a plan, or of different measures: nothing to set side by side
    assert {"generic_percent", "generic_count", "figure_kinds"} <= set(charts) and "generic_money" not in charts
    assert sum(check_chart(chart_id, corpus, lang) for chart_id in charts) >= 3


def test_curated_panels_compare_like_quantities(seed):
    for chart_id, spec in seed_bar_charts().items():
        for _, title, items in spec_panels(spec, seed, "en"):
            assert check_panel(items) is items, (chart_id, title)
    # What used to share an axis and must not: patents beside standards, a total beside an average.
    keys = {
        chart_id: [[it.key for it in items] for _, _, items in spec_panels(spec, seed, "en")]
        for chart_id, spec in seed_bar_charts().items()
    }
    assert not any("standards_drafted_count" in panel for panel in keys["innovation"])
    assert not any(
        {"signed_investment_yi_yuan", "signed_investment_per_project_yi_yuan"} <= set(panel)
        for panel in keys["investment"]
    )


def test_a_panel_refuses_mixed_units_and_single_bars():
    money = Item("a", "a", 1.0, "亿元", 0, "exact")
    with pytest.raises(ValueError, match="one unit"):
        check_panel([money, Item("b", "b", 2.0, "%", 0, "exact")])
    with pytest.raises(ValueError, match="one bar"):
        check_panel([money])


def test_a_chart_without_two_like_values_is_not_offered(seed):
    lonely = seed.indicators[seed.indicators["indicator_id"] != "invention_patents_count"]
    partial = type(
        "Partial",
        (),
        {
            "indicators": lonely,
            "derived": seed.derived.iloc[0:0],
            "figures": seed.figures,
            "source": seed.source,
            "curated": True,
            "article": None,
        },
    )()
    assert "innovation" not in available_charts(partial)
    fig = draw("innovation", partial, "en")  # drawn anyway: a "no data" panel, never one bar
    assert bar_panels(fig) == []
    plt.close(fig)


def barplot_data(source: str) -> list[str]:
    """The ``data=`` argument of every ``sns.barplot`` call of a cell, as source text."""
    calls = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "sns.barplot"
    ]
    return [ast.unparse(next(k.value for k in call.keywords if k.arg == "data")) for call in calls]


@pytest.mark.parametrize("name", ANALYSIS_NOTEBOOKS)
def test_every_notebook_bar_chart_goes_through_one_unit(name):
    import jupytext

    cells = [c.source for c in jupytext.read(config.NOTEBOOKS_DIR / f"{name}.py").cells if c.cell_type == "code"]
    found = 0
    for cell in cells:
        code = "\n".join(line for line in cell.splitlines() if not line.startswith("%"))
        for data in barplot_data(code):
            found += 1
            direct = data.startswith("notebook.one_unit(")
            assigned = re.search(rf"^\s*{re.escape(data)} = notebook\.one_unit\(", code, re.M)
            assert direct or assigned, f"{name}: sns.barplot(data={data}) does not come from notebook.one_unit"
    assert found >= 3


def test_one_unit_is_what_the_notebooks_rely_on():
    frame = pd.DataFrame({"value": [1.0, 2.0], "unit": ["亿元", "亿元"]})
    assert notebook.one_unit(frame) is frame
    with pytest.raises(ValueError):
        notebook.one_unit(frame.assign(unit=["亿元", "万元"]))
