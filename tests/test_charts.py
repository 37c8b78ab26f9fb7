"""Charts: every chart in zh and en draws with zero missing glyphs; labels, units, qualifiers, source."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
import yaml

from shangyu_analysis.errors import UserError
from shangyu_analysis.report import fonts, views
from shangyu_analysis.report.charts import article_charts, registry, style
from shangyu_analysis.report.charts.generic import kind_counts
from shangyu_analysis.report.charts.kit import ChartData, item
from shangyu_analysis.report.charts.timeline import phase_items
from shangyu_analysis.report.format import value_label

# The fast tier leaves this module out: every test renders matplotlib charts (0.7-2 s each).
pytestmark = pytest.mark.slow

matplotlib.use("Agg")
FIXTURES = Path(__file__).parent / "fixtures" / "charts"
# The seed's declared charts (data/articles/<seed>/charts.yml), in file order.
CURATED_CHARTS = [
    "timeline",
    "fiscal",
    "income",
    "new_materials",
    "market",
    "investment",
    "innovation",
    "future_community",
]
SEED_CHARTS = {spec.id: spec for spec in article_charts(None)}
GENERIC_CHARTS = ["generic_money", "generic_percent", "generic_count", "figure_kinds"]


def load_fixture(curated: bool = True) -> ChartData:
    source = yaml.safe_load((FIXTURES / "source.yml").read_text(encoding="utf-8"))
    return ChartData(
        indicators=pd.read_csv(FIXTURES / "indicators.csv"),
        derived=pd.read_csv(FIXTURES / "derived.csv") if curated else pd.DataFrame(),
        source=source,
        curated=curated,
    )


@pytest.fixture(scope="module")
def curated() -> ChartData:
    return load_fixture(True)


@pytest.fixture(scope="module")
def uncurated() -> ChartData:
    return load_fixture(False)


def figure_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


def has_cjk(text: str) -> bool:
    return any(fonts.is_cjk(ch) for ch in text)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", [*CURATED_CHARTS, "figure_kinds"])
def test_curated_chart_renders_without_missing_glyphs(curated, chart_id, lang):
    png, glyphs = registry.render_png(chart_id, curated, lang)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    assert glyphs == []


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", GENERIC_CHARTS)
def test_generic_chart_renders_without_missing_glyphs(uncurated, chart_id, lang):
    png, glyphs = registry.render_png(chart_id, uncurated, lang)
    assert len(png) > 5000
    assert glyphs == []


def test_glyph_check_fails_when_the_font_is_not_registered(curated, monkeypatch):
    import seaborn as sns

    def dejavu_only(style="whitegrid", context="notebook"):
        sns.set_theme(style=style, context=context, font="DejaVu Sans", rc={"font.sans-serif": ["DejaVu Sans"]})
        return "DejaVu Sans"

    monkeypatch.setattr(fonts, "apply_theme", dejavu_only)
    _, glyphs = registry.render_png("fiscal", curated, "zh")
    assert len(glyphs) > 0
    monkeypatch.undo()
    _, glyphs_after = registry.render_png("fiscal", curated, "zh")
    assert glyphs_after == []


def test_registry_and_availability(curated, uncurated):
    assert {*GENERIC_CHARTS, "timeline"} == set(registry.CHARTS)  # the package's charts: generic only
    assert list(SEED_CHARTS) == CURATED_CHARTS
    assert registry.available_charts(curated) == [*CURATED_CHARTS, "figure_kinds"]
    assert registry.available_charts(uncurated) == GENERIC_CHARTS
    # A notebook passes its chart ids; the dataset says which it can draw, in the notebook's order.
    asked = ("market", "fiscal", "income", "generic_money", "generic_percent")
    assert registry.available_charts(curated, asked) == ["market", "fiscal", "income"]
    # an id neither the page nor the package knows (another page's chart) is simply not available
    assert registry.available_charts(curated, ("fiscal", "pie")) == ["fiscal"]


def test_chart_is_not_offered_without_its_inputs(curated):
    keep = ~curated.indicators["indicator_id"].isin(["urban_income_per_capita_yuan", "rural_income_per_capita_yuan"])
    partial = ChartData(
        indicators=curated.indicators[keep], derived=curated.derived, source=curated.source, curated=True
    )
    assert "income" not in registry.available_charts(partial)
    assert "fiscal" in registry.available_charts(partial)


def test_unknown_chart_and_language_are_errors(curated):
    with pytest.raises(KeyError, match="known"):
        registry.draw("pie", curated, "zh")
    with pytest.raises(UserError, match="unknown language 'fr'"):
        registry.draw("fiscal", curated, "fr")


def test_source_line_is_built_from_the_provenance():
    source = {
        "publisher": "浙江日报 (Zhejiang Daily)",
        "publisher_en": "Zhejiang Daily",
        "page": 11,
        "date": "2021-02-23",
    }
    assert style.source_line(source, "zh") == "资料来源:浙江日报 2021-02-23 第11版"
    assert style.source_line(source, "en") == "Source: Zhejiang Daily, 23 Feb 2021, p. 11"
    other = {"publisher": "绍兴日报", "page": "00003", "date": "2022-05-01"}
    assert style.source_line(other, "zh") == "资料来源:绍兴日报 2022-05-01 第3版"
    assert style.source_line({}, "en") == ""


def test_every_chart_has_title_source_line_and_labels_in_its_language(curated):
    for lang, source in (
        ("zh", "资料来源:浙江日报 2021-02-23 第11版"),
        ("en", "Source: Zhejiang Daily, 23 Feb 2021, p. 11"),
    ):
        for chart_id in CURATED_CHARTS:
            fig = registry.draw(chart_id, curated, lang)
            texts = figure_texts(fig)
            assert fig._suptitle is not None and fig._suptitle.get_text() == SEED_CHARTS[chart_id].title(lang)
            assert any(t.startswith(source) for t in texts), chart_id
            if lang == "en":
                assert [t for t in texts if has_cjk(t)] == [], chart_id
            else:
                assert any(has_cjk(t) for t in texts if t != fig._suptitle.get_text())
            plt.close(fig)


def test_axes_carry_units(curated):
    fig = registry.draw("fiscal", curated, "zh")
    assert fig.axes[0].get_ylabel() == "亿元"
    plt.close(fig)
    fig = registry.draw("fiscal", curated, "en")
    assert fig.axes[0].get_ylabel() == "CNY billion"
    plt.close(fig)
    fig = registry.draw("innovation", curated, "zh")
    assert fig.axes[0].get_xlabel() == "数量(项)"  # patents, counted in 项
    plt.close(fig)
    fig = registry.draw("innovation", curated, "en")
    assert fig.axes[0].get_xlabel() == "items"
    plt.close(fig)


def test_approximate_and_bound_values_are_drawn_differently(curated):
    exact, approx = style.bar_style("exact", "#000000"), style.bar_style("approx", "#000000")
    bound = style.bar_style("more_than", "#000000")
    assert exact["hatch"] is None and exact["alpha"] == 1.0
    assert approx["hatch"] and approx["alpha"] < 1 and bound["hatch"] and bound["hatch"] != approx["hatch"]
    fig = registry.draw("investment", curated, "zh")
    texts = [t.strip() for t in figure_texts(fig)]
    assert "≥50亿元" in texts and "667.31亿元" in texts and any(t.startswith("≤10.") for t in texts)
    legend_labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert any("下限" in t for t in legend_labels) and any("上限" in t for t in legend_labels)
    plt.close(fig)
    fig = registry.draw("future_community", curated, "zh")
    assert "≈52.9万平方米" in figure_texts(fig)
    assert any("约数" in t.get_text() for legend in fig.legends for t in legend.get_texts())
    plt.close(fig)
    fig = registry.draw("income", curated, "en")  # all exact: no qualifier legend
    assert fig.legends == []
    plt.close(fig)


def test_value_labels_per_language():
    assert value_label(52.9, "万平方米", 1, "approx", "zh") == "≈52.9万平方米"
    assert value_label(52.9, "万平方米", 1, "approx", "en") == "≈529k m²"
    assert value_label(156.72, "亿元", 2, "exact", "en") == "15.67 bn"
    assert value_label(0.333333, "ratio", 3, "more_than", "zh") == ">33.3%"
    assert value_label(46, "个", 0, "exact", "zh") == "46个"
    assert value_label(6, "万元", 0, "range", "zh", value_high=8) == "6–8万元"


def test_derived_ratio_is_a_quotient_not_a_percent(curated):
    ratio = item(curated, "urban_rural_income_ratio", "zh")
    share = item(curated, "new_materials_output_share_of_industry_ratio", "en")
    assert ratio.derived and ratio.label("zh") == "1.80"
    assert share.label("en") == ">33.3%"


def test_timeline_places_cards_by_period(curated):
    cards = phase_items(curated, "en", SEED_CHARTS["timeline"])
    keys = [[it.key for it in its] for _, its in cards]
    assert "gdp_annual_increase_yi_yuan" in keys[0]
    assert "fiscal_revenue_yi_yuan" in keys[1]
    assert "digital_economy_growth_target_multiple" in keys[3]
    assert all(it.period == "2021–2025" for it in cards[3][1] if not it.derived) and cards[3][0].plan
    assert all(len(its) <= 4 for _, its in cards)


def test_palette_png_is_deterministic_and_small(curated):
    fig = registry.draw("new_materials", curated, "zh")
    first, second = views.png_bytes(fig), views.png_bytes(fig)
    plt.close(fig)
    raw, _ = registry.render_png("new_materials", curated, "zh")
    assert first == second
    assert len(first) < 0.5 * len(raw)


def test_generic_money_chart_uses_the_most_common_money_unit(uncurated):
    from shangyu_analysis.report.charts.generic import kind_items

    its = kind_items(uncurated, "generic_money", "zh")
    assert {it.unit for it in its} == {"亿元"}
    assert [it.value for it in its] == sorted((it.value for it in its), reverse=True)
    assert len(its) <= 10


def _kinds_fixture() -> ChartData:
    """Figures of every kind the old label table missed (percentage_point, duration, other, index)."""
    figures = pd.DataFrame(
        {
            "figure_id": ["f1", "f2", "f3", "f4", "f5", "f6"],
            "kind": ["percent", "percentage_point", "duration", "other", "other", "index"],
            "qualifier": ["exact", "exact", "approx", "exact", "more_than", "exact"],
        }
    )
    return ChartData(indicators=pd.DataFrame(), figures=figures, curated=False)


def test_figure_kinds_are_labelled_in_the_report_language():
    data = _kinds_fixture()
    zh = kind_counts(data, "zh")
    assert set(zh.index) == {"百分比", "百分点", "时长", "其他", "指数"}
    assert zh.loc["其他"].sum() == 2 and list(zh.columns) == ["exact", "approx", "more_than"]
    assert set(kind_counts(data, "en").index) == {"percent", "percentage points", "duration", "other", "index"}
    fig = registry.draw("figure_kinds", data, "zh")
    ticks = {t.get_text() for t in fig.axes[0].get_yticklabels()}
    plt.close(fig)
    assert ticks == {"百分比", "百分点", "时长", "其他", "指数"}


def test_without_figures_the_overview_counts_categories_in_words(curated):
    assert curated.figures.empty
    zh = kind_counts(curated, "zh")
    assert "财政" in zh.index and not any(name.isascii() for name in zh.index)


def test_timeline_heading_says_when_a_period_is_presumed():
    """The 2020 column holds the 十三五 summary figures, whose year the page implies but does not state."""
    from shangyu_analysis.dataset import load_published
    from shangyu_analysis.report.charts import timeline

    seed = load_published()
    fig = timeline.timeline_chart(seed, "en", SEED_CHARTS["timeline"])
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "2020\n(partly presumed)" in texts  # the hedge on its own line (round 3, row 5)
    assert "13th FYP results" in texts  # its periods are stated (“十三五”)
    import matplotlib.pyplot as plt

    plt.close(fig)
