"""A page's charts are data (data/articles/<stem>/charts.yml), and any page gets comparable generic charts.

The spec is validated on load (one UserError naming the file and the entry); another page's charts are a YAML file
and no code; the generic charts set side by side only figures of one measure, never a plan beside a level, and
name the bars by place when a page compares places; nothing of the seed is left in the chart package.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.report.charts import ChartData, article_charts, available_charts, draw
from shangyu_analysis.report.charts.generic import measure_panels
from shangyu_analysis.report.charts.spec import load_charts
from shangyu_analysis.report.charts.timeline import phase_items

matplotlib.use("Agg")
CHARTS_DIR = config.PACKAGE_DIR / "report" / "charts"


def _row(key, value, unit="亿元", kind="money", measure="地区生产总值", place="杭州", period="2020", **extra):
    return {
        "indicator_id": key,
        "name_zh": f"{place}{key}",
        "name_en": f"{key} of {place}",
        "value": value,
        "unit": unit,
        "kind": kind,
        "measure": measure,
        "place": place,
        "period": period,
        "qualifier": "exact",
        "precision": 0,
        "period_basis": "stated",
        **extra,
    }


@pytest.fixture()
def other_page(tmp_path, monkeypatch):
    """An article directory for a page that is not the seed (data/articles/ moved to tmp)."""
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path / "articles")
    folder = tmp_path / "articles" / "county_page"
    folder.mkdir(parents=True)
    return folder


def _dataset(rows, folder=None, date="2021-03-01", curated=True) -> ChartData:
    article = SimpleNamespace(path=Path(f"/nowhere/{folder.name if folder else 'plain'}.txt"), date=None)
    return ChartData(
        indicators=pd.DataFrame(rows),
        source={"publisher": "某县报", "date": date, "page": 2},
        curated=curated,
        article=article,
    )


def test_the_seed_declares_its_charts_with_their_sections():
    specs = article_charts(config.SEED_ARTICLE)
    assert [s.id for s in specs][:2] == ["timeline", "fiscal"] and all(s.section for s in specs)
    catalog = load_catalog()
    known = set(catalog.ids) | {d["id"] for d in catalog.derived}
    assert all(set(s.ids()) <= known for s in specs)
    assert article_charts(config.SEED_ARTICLE) == specs  # read once, then cached while the file is unchanged


def test_another_page_draws_its_charts_from_yaml_alone(other_page):
    (other_page / "charts.yml").write_text(
        """charts:
  - id: output
    section: results
    title: {zh: 两年产值, en: Output in two years}
    orientation: horizontal
    panels:
      - show: [output_2019, output_2020]
    notes: [firms]
""",
        encoding="utf-8",
    )
    data = _dataset(
        [
            _row("output_2019", 90, period="2019"),
            _row("output_2020", 100),
            _row("firms", 12, unit="家", kind="count", measure="企业数量"),
        ],
        other_page,
    )
    assert [(s.id, s.section) for s in article_charts(data.article.path)] == [("output", "results")]
    assert available_charts(data, ["output", "fiscal", "figure_kinds"]) == ["output", "figure_kinds"]
    fig = draw("output", data, "en")
    texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    widths = sorted(p.get_width() for p in fig.axes[0].patches)
    plt.close(fig)
    assert fig._suptitle.get_text() == "Output in two years" and widths == [9, 10]  # CNY billion on the en axis
    assert any("firms of 杭州: 12" in t for t in texts)  # the note: a value with nothing like it
    with pytest.raises(KeyError, match="known: output"):
        draw("fiscal", data, "en")


@pytest.mark.parametrize(
    "body, message",
    [
        ("charts:\n  - id: a\n    panels: [{show: [x, y]}]\n", r"charts\[0\] \(a\)\.title: expected a mapping"),
        ("charts:\n  - title: {zh: 甲, en: A}\n    panels: [{show: [x, y]}]\n", r"charts\[0\]\.id: expected a str"),
        ("charts:\n  - id: a\n    title: {zh: 甲, en: A}\n    panels: [{show: [x]}]\n", r"panels\[0\]\.show: a panel"),
        (
            "charts:\n  - id: a\n    title: {zh: 甲, en: A}\n    panels: [{show: [x, nope]}]\n",
            r"charts\[0\] \(a\): unknown id 'nope'",
        ),
        (
            "charts:\n  - id: a\n    title: {zh: 甲, en: A}\n    colour: red\n    panels: [{show: [x, y]}]\n",
            r"charts\[0\]: unknown key 'colour'",
        ),
        (
            "charts:\n  - id: a\n    title: {zh: 甲, en: A}\n    panels: [{show: [x, y]}]\n"
            "  - id: a\n    title: {zh: 乙, en: B}\n    panels: [{show: [x, y]}]\n",
            r"charts\[1\]\.id: 'a' is declared twice",
        ),
        (
            "charts:\n  - id: a\n    type: pie\n    title: {zh: 甲, en: A}\n",
            r"\.type: 'pie' is not one of bars, timeline",
        ),
        (
            "charts:\n  - id: generic_money\n    title: {zh: 甲, en: A}\n    panels: [{show: [x, y]}]\n",
            r"generic chart of the package",
        ),
        (
            "charts:\n  - id: t\n    type: timeline\n    title: {zh: 甲, en: A}\n    phases: [{heading: {zh: 甲, en: A}}]\n",
            r"phases\[0\]\.periods: expected a list",
        ),
        (
            "charts:\n  - id: a\n    title: {zh: 甲, en: A}\n    panels: [{show: [x, y], convert: {公顷: 1}}]\n",
            r"needs the panel's unit",
        ),
    ],
)
def test_a_broken_charts_yml_is_one_line_naming_file_and_entry(tmp_path, body, message):
    path = tmp_path / "charts.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(UserError, match=message) as caught:
        load_charts(path, {"x", "y"})
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_generic_charts_compare_one_measure_and_never_a_plan_beside_a_level():
    rows = [
        _row("hz", 4000),
        _row("nb", 3000, place="宁波"),
        _row("wz", 1600, place="温州"),
        _row("hz_target", 5000, period="2021–2025"),
        _row("nb_target", 4000, place="宁波", period="2021–2025"),
        _row("invest", 50, measure="投资额", place="绍兴"),
    ]
    data = _dataset(rows, curated=False)
    bars = [[(it.name, it.value) for it in its] for _, its in measure_panels(data, "generic_money", "en")]
    assert bars == [
        [("Hangzhou", 4000), ("Ningbo", 3000), ("Wenzhou", 1600)],  # the places as bars
        [("Hangzhou", 5000), ("Ningbo", 4000)],
    ]  # the targets: a panel of their own
    titles = [title for title, _ in measure_panels(data, "generic_money", "zh")]
    groups = [[it.key for it in its] for _, its in measure_panels(data, "generic_money", "zh")]
    assert titles == ["地区生产总值", "地区生产总值"] and groups == [["hz", "nb", "wz"], ["hz_target", "nb_target"]]
    assert available_charts(data, ["generic_money", "generic_count"]) == ["generic_money"]
    fig = draw("generic_money", data, "en")
    assert [ax.get_title() for ax in fig.axes] == ["GDP", "GDP"]  # the measure in words, never an id
    plt.close(fig)


def test_a_page_without_declared_phases_gets_a_timeline_by_period(other_page):
    rows = [_row("a", 1, period="2020"), _row("b", 2, period="2020"), _row("c", 3, period="2021–2025")]
    data = _dataset(rows, other_page)
    columns = phase_items(data, "en")
    assert [(phase.heading("en"), phase.plan, [it.key for it in its]) for phase, its in columns] == [
        ("2020", False, ["a", "b"]),
        ("2021–2025", True, ["c"]),
    ]
    assert "timeline" in available_charts(data)
    plt.close(draw("timeline", data, "zh"))


def test_nothing_of_the_seed_is_left_in_the_chart_package():
    catalog = load_catalog()
    seed_ids = set(catalog.ids) | {d["id"] for d in catalog.derived}
    seed_charts = {s.id for s in article_charts(config.SEED_ARTICLE)} - {"timeline"}  # timeline: a generic id
    words = {
        w
        for s in article_charts(config.SEED_ARTICLE)
        for w in [s.title("zh"), *(p.title("zh") for p in s.panels if p.title), *(ph.heading("zh") for ph in s.phases)]
    }
    for path in CHARTS_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [name for name in seed_ids | seed_charts if re.search(rf"\b{name}\b", text)], path.name
        assert not [w for w in words if w in text], path.name
        assert "十三五" not in text and "上虞" not in text and "浙江日报" not in text, path.name
