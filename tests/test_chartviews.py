"""Notebook views: tables in the report language, captions + images, the fallback chart."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
import yaml

from shangyu_analysis.report import views

FIXTURES = Path(__file__).parent / "fixtures" / "charts"


@pytest.fixture(scope="module")
def dataset() -> SimpleNamespace:
    return SimpleNamespace(
        indicators=pd.read_csv(FIXTURES / "indicators.csv"),
        derived=pd.read_csv(FIXTURES / "derived.csv"),
        figures=pd.read_csv(FIXTURES / "figures.csv"),
        checks=pd.DataFrame({"check_id": ["a_below_b"], "description": ["a < b"], "status": ["pass"],
                             "detail": ["1 < 2"]}),
        source=yaml.safe_load((FIXTURES / "source.yml").read_text(encoding="utf-8")),
        curated=True, article=None)


@pytest.fixture()
def displayed(monkeypatch) -> list:
    shown: list = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    return shown


def test_indicator_table_is_localised_and_formatted(dataset):
    zh = views.notebook_table(dataset, "zh", "02_economy_and_fiscal")
    en = views.notebook_table(dataset, "en", "02_economy_and_fiscal")
    assert list(zh.columns)[:2] == ["指标", "数值"] and list(en.columns)[:2] == ["indicator", "value"]
    assert "财政总收入" in set(zh["指标"]) and "新材料产业利润" not in set(zh["指标"])
    assert "156.72亿元" in set(zh["数值"])
    assert any(v.startswith("CNY 15.67 billion") for v in en["value"])
    assert len(views.indicator_table(dataset, "en")) == len(dataset.indicators)


def test_unclaimed_figures_are_the_ones_no_indicator_claims(dataset):
    table = views.figure_table(dataset, "en")
    assert len(table) == len(dataset.figures) and table["in_catalog"].sum() == len(dataset.indicators)
    assert list(views.unclaimed_figures(dataset, "en")["figure_id"]) == ["F900"]
    zh = views.figure_table(dataset, "zh")
    assert {"编号", "原文", "限定", "入选指标"} <= set(zh.columns)
    # Qualifiers read the same in the figure table as everywhere else in the report (i18n).
    assert set(zh["限定"]) <= {"确数", "约数", "下限(超过)", "下限(至少)"} and "金额" in set(zh["类型"])
    assert list(views.unclaimed_figures(dataset, "zh")["编号"]) == ["F900"]


def test_styled_table_is_deterministic_and_has_no_index(dataset):
    first = views.styled(views.checks_table(dataset, "en"), "checks").to_html()
    second = views.styled(views.checks_table(dataset, "en"), "checks").to_html()
    assert first == second and "T_checks" in first and "a_below_b" in first
    assert "row_heading" not in first


def test_checks_table_headers(dataset):
    assert list(views.checks_table(dataset, "zh").columns) == ["校验", "结果", "说明"]


def test_show_charts_displays_caption_then_image(dataset, displayed):
    from IPython.display import Image, Markdown

    shown = views.show_charts(dataset, "en", "02_economy_and_fiscal")
    assert shown == ["fiscal", "income", "market"]
    kinds = [type(obj) for obj in displayed]
    assert kinds == [Markdown, Image] * 3
    assert displayed[1].data[:4] == b"\x89PNG"


def test_show_charts_falls_back_to_the_figure_overview(displayed):
    empty = SimpleNamespace(indicators=pd.DataFrame(), derived=pd.DataFrame(), figures=pd.DataFrame(),
                            source={}, curated=False, article=None)
    assert views.show_charts(empty, "zh", "03_industry_and_innovation") == ["figure_kinds"]
    assert len(displayed) == 2


def test_title_follows_the_language(dataset, displayed):
    views.show_title("04_development_path", dataset, "en")
    text = displayed[0].data
    assert text.startswith("**The development path**") and "#" not in text and "Zhejiang Daily, 23 Feb 2021, p. 11" in text
    with pytest.raises(ValueError):
        views.title("04_development_path", "de")


def test_every_chart_is_placed_after_an_existing_narrative_section():
    from shangyu_analysis.report.charts import registry
    from shangyu_analysis.report.narrative import compose

    assert set(registry.CHART_SECTIONS) == set(registry.CHARTS)
    assert set(registry.CHART_SECTIONS.values()) <= set(compose.SECTION_IDS)


def test_write_charts_writes_every_available_chart_atomically(dataset, tmp_path):
    paths = views.write_charts(dataset, "en", tmp_path / "out", ["income", "market"])
    assert [p.name for p in paths] == ["income_en.png", "market_en.png"]
    assert all(p.read_bytes()[:4] == b"\x89PNG" for p in paths)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["income_en.png", "market_en.png"]
