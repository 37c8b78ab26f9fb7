"""Notebook views: tables in the report language, captions + images, the fallback chart."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.report import views

FIXTURES = Path(__file__).parent / "fixtures" / "charts"


def notebook_specs() -> dict:
    """What the former generated notebooks passed to the views (topic, chart ids, categories, placement)."""
    return NOTEBOOK_SPECS


NOTEBOOK_SPECS = {
    "02_economy_and_fiscal": {
        "topic": {"zh": "经济与财政", "en": "Economy and public finance"},
        "charts": ("fiscal", "income", "market", "generic_money", "generic_percent"),
        "categories": ("economy", "fiscal", "income", "business_environment"),
    },
    "03_industry_and_innovation": {
        "topic": {"zh": "产业与创新", "en": "Industry and innovation"},
        "charts": ("new_materials", "investment", "innovation", "generic_count"),
        "categories": ("industry", "digital_economy", "investment", "innovation", "policy"),
    },
    "04_development_path": {
        "topic": {"zh": "发展路径", "en": "The development path"},
        "charts": ("timeline", "fiscal", "income", "new_materials", "market", "investment", "innovation",
                   "future_community", "generic_money", "generic_percent", "generic_count"),
        "chart_sections": {
            "fiscal": "results", "income": "results", "new_materials": "platforms-digital",
            "market": "reform-business", "investment": "innovation-talent", "innovation": "innovation-talent",
            "future_community": "culture-urban", "timeline": "road-ahead", "generic_money": "at-a-glance",
            "generic_percent": "at-a-glance", "generic_count": "at-a-glance", "figure_kinds": "method-sources",
        },
    },
}
ECONOMY = notebook_specs()["02_economy_and_fiscal"]


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
    zh = views.topic_table(dataset, "zh", ECONOMY["categories"])
    en = views.topic_table(dataset, "en", ECONOMY["categories"])
    assert list(zh.columns)[:2] == ["指标", "数值"] and list(en.columns)[:2] == ["indicator", "value"]
    assert "财政总收入" in set(zh["指标"]) and "新材料产业利润" not in set(zh["指标"])
    assert "156.72亿元" in set(zh["数值"])
    assert any(v.startswith("CNY 15.67 billion") for v in en["value"])
    assert len(views.indicator_table(dataset, "en")) == len(dataset.indicators)
    uncurated = SimpleNamespace(**{**vars(dataset), "curated": False})  # uncurated: every indicator is shown
    assert len(views.topic_table(uncurated, "en", ECONOMY["categories"])) == len(dataset.indicators)


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
    zh = views.checks_table(dataset, "zh")
    assert list(zh.columns) == ["校验", "结果", "说明"]
    assert list(zh["结果"]) == ["通过"]  # a status in words, as the narrative writes it
    assert list(views.checks_table(dataset, "en")["status"]) == ["pass"]


def test_figure_table_names_every_kind_in_chinese(tmp_path):
    """percentage_point, duration and other (and index) once showed as raw English ids in the zh table."""
    from shangyu_analysis.dataset.dataset import load_dataset

    article = tmp_path / "kinds.txt"
    article.write_text("某县经济\n\n  2020年,全县工业增加值增长8.5%,比上年提高1.2个百分点。新建项目平均审批时间缩短至15天,"
                       "全年港口吞吐量达到350万吨。\n", encoding="utf-8")
    ds = load_dataset(article)
    assert {"percentage_point", "duration", "other"} <= set(ds.figures["kind"])
    zh = views.figure_table(ds, "zh")
    kinds = dict(zip(zh["原文"], zh["类型"]))
    assert kinds["1.2个百分点"] == "百分点" and kinds["15天"] == "时长" and kinds["350万吨"] == "其他"
    assert all(not kind.isascii() for kind in zh["类型"])
    en = views.figure_table(ds, "en")
    assert {"percentage_point", "duration", "other"} <= set(en["kind"])  # English keeps the data's ids


def test_show_charts_displays_caption_then_image(dataset, displayed):
    from IPython.display import Image, Markdown

    shown = views.show_charts(dataset, "en", ECONOMY["charts"])
    assert shown == ["fiscal", "income", "market"]
    kinds = [type(obj) for obj in displayed]
    assert kinds == [Markdown, Image] * 3
    assert displayed[1].data[:4] == b"\x89PNG"


def test_show_charts_falls_back_to_the_figure_overview(displayed):
    empty = SimpleNamespace(indicators=pd.DataFrame(), derived=pd.DataFrame(), figures=pd.DataFrame(),
                            source={}, curated=False, article=None)
    assert views.show_charts(empty, "zh", notebook_specs()["03_industry_and_innovation"]["charts"]) == ["figure_kinds"]
    assert len(displayed) == 2


def test_title_follows_the_language(dataset, displayed):
    views.show_title(notebook_specs()["04_development_path"]["topic"], dataset, "en")
    text = displayed[0].data
    assert text.startswith("**The development path**") and "#" not in text and "Zhejiang Daily, 23 Feb 2021, p. 11" in text
    with pytest.raises(UserError, match="unknown language 'de'"):
        views.show_title(ECONOMY["topic"], dataset, "de")
    with pytest.raises(UserError, match="unknown language"):
        views.show_heading("charts", "fr")


def test_every_notebook_says_its_topic_and_charts_in_both_languages():
    from shangyu_analysis.report.charts import CHARTS
    from shangyu_analysis.schema import LANGS, Category

    for name, spec in notebook_specs().items():
        assert set(spec["topic"]) == set(LANGS) and all(spec["topic"].values()), name
        assert set(spec["charts"]) <= set(CHARTS), name
        assert set(spec.get("categories", ())) <= set(Category.values()), name


def test_every_chart_is_placed_after_an_existing_narrative_section():
    from shangyu_analysis.report.charts import CHARTS
    from shangyu_analysis.report.narrative import SECTION_IDS

    placement = notebook_specs()["04_development_path"]["chart_sections"]
    assert set(placement) == set(CHARTS)
    assert set(placement.values()) <= set(SECTION_IDS)


def test_show_report_places_charts_after_their_sections(dataset, displayed, monkeypatch):
    from IPython.display import HTML

    monkeypatch.setattr(views.narrative, "render_section", lambda ds, lang, section_id: f'<section id="{section_id}">')
    shown = views.show_report(dataset, "en", ("income", "fiscal", "market"),
                              {"income": "results", "market": "at-a-glance"})
    assert shown == ["market", "income", "fiscal"]  # by section, then the charts placed nowhere
    order = [obj.data if isinstance(obj, HTML) else "image" for obj in displayed]
    assert order.index('<section id="at-a-glance">') < order.index("image") < order.index('<section id="results">')
    with pytest.raises(KeyError, match="unknown narrative sections"):
        views.show_report(dataset, "en", ("income",), {"income": "nowhere"})
