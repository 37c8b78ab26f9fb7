"""Views of the narrative notebook: the title line, the narrative with its charts, the fallback chart."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.report import views

FIXTURES = Path(__file__).parent / "fixtures" / "charts"

NARRATIVE_NOTEBOOK = config.NOTEBOOKS_DIR / "04_development_path.py"


def narrative_spec() -> dict:
    """What the narrative notebook (04) passes to the views for the seed: TOPIC, and its charts with their sections
    (the page's charts.yml, then the generic charts as the notebook places them)."""
    from shangyu_analysis.report.charts import article_charts

    names = {"TOPIC": "topic", "GENERIC_CHART_SECTIONS": "generic"}
    spec = {}
    for node in ast.walk(ast.parse(NARRATIVE_NOTEBOOK.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and getattr(node.targets[0], "id", None) in names:
            spec[names[node.targets[0].id]] = ast.literal_eval(node.value)
    if set(spec) != set(names.values()):
        pytest.skip(f"{NARRATIVE_NOTEBOOK.name} no longer names {sorted(set(names.values()) - set(spec))}")
    page = {chart.id: chart.section for chart in article_charts(config.SEED_ARTICLE)}
    spec["chart_sections"] = {**spec["generic"], **page}
    spec["charts"] = [*page, *(c for c in spec["generic"] if c not in page and c != "figure_kinds")]
    return spec


@pytest.fixture(scope="module")
def dataset() -> SimpleNamespace:
    return SimpleNamespace(
        indicators=pd.read_csv(FIXTURES / "indicators.csv"),
        derived=pd.read_csv(FIXTURES / "derived.csv"),
        figures=pd.read_csv(FIXTURES / "figures.csv"),
        checks=pd.DataFrame(
            {"check_id": ["a_below_b"], "description": ["a < b"], "status": ["pass"], "detail": ["1 < 2"]}
        ),
        source=yaml.safe_load((FIXTURES / "source.yml").read_text(encoding="utf-8")),
        curated=True,
        article=None,
    )


@pytest.fixture()
def displayed(monkeypatch) -> list:
    shown: list = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", shown.append)
    return shown


def test_show_report_falls_back_to_the_figure_overview(displayed, monkeypatch):
    monkeypatch.setattr(views.narrative, "render_section", lambda ds, lang, section_id: f'<section id="{section_id}">')
    empty = SimpleNamespace(
        indicators=pd.DataFrame(),
        derived=pd.DataFrame(),
        figures=pd.DataFrame(),
        source={},
        curated=False,
        article=None,
    )
    assert views.show_report(empty, "zh", ("fiscal", "investment"), {}) == ["figure_kinds"]


def test_title_follows_the_language(dataset, displayed):
    topic = {"zh": "发展路径", "en": "The development path"}
    views.show_title(topic, dataset, "en")
    text = displayed[0].data
    assert (
        text.startswith("**The development path**") and "#" not in text and "Zhejiang Daily, 23 Feb 2021, p. 11" in text
    )
    with pytest.raises(UserError, match="unknown language 'de'"):
        views.show_title(topic, dataset, "de")


def known_charts() -> set[str]:
    """The package's generic charts and the seed's declared ones (its charts.yml)."""
    from shangyu_analysis.report.charts import CHARTS, article_charts

    return set(CHARTS) | {spec.id for spec in article_charts(config.SEED_ARTICLE)}


def test_the_narrative_says_its_topic_and_charts_in_both_languages():
    from shangyu_analysis.schema import LANGS

    spec = narrative_spec()
    assert set(spec["topic"]) == set(LANGS) and all(spec["topic"].values())
    assert set(spec["charts"]) <= known_charts()


def test_every_chart_is_placed_after_an_existing_narrative_section(seed):
    from shangyu_analysis.report.charts import article_charts
    from shangyu_analysis.report.narrative import section_ids

    placement = narrative_spec()["chart_sections"]
    assert set(placement) == known_charts()
    assert set(placement.values()) <= set(section_ids(seed))  # the seed's sections (its narrative.yml)
    declared = {spec.id: spec.section for spec in article_charts(config.SEED_ARTICLE)}
    assert set(declared.values()) <= set(section_ids(seed))  # the page's charts.yml places its charts in real sections
    assert all(placement[chart_id] == section for chart_id, section in declared.items())  # as 04 places them


@pytest.mark.slow  # over 1 s of CPU: the fast tier leaves it out
def test_show_report_places_charts_after_their_sections(dataset, displayed, monkeypatch):
    from IPython.display import HTML

    monkeypatch.setattr(views.narrative, "render_section", lambda ds, lang, section_id: f'<section id="{section_id}">')
    shown = views.show_report(
        dataset, "en", ("income", "fiscal", "market"), {"income": "economy", "market": "at-a-glance"}
    )  # a page without a story: generic ids
    assert shown == ["market", "income", "fiscal"]  # by section, then the charts placed nowhere
    order = [obj.data if isinstance(obj, HTML) else "image" for obj in displayed]
    assert order.index('<section id="at-a-glance">') < order.index("image") < order.index('<section id="economy">')
    # a section this page's report lacks (another page's, say): the chart comes after the last section
    displayed.clear()
    assert views.show_report(dataset, "en", ("income",), {"income": "nowhere"}) == ["income"]
    assert displayed[-1] is not None and not isinstance(displayed[-1], HTML)
    assert [o.data for o in displayed if isinstance(o, HTML)][-1] == '<section id="method-sources">'
