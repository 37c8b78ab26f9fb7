"""A page's own narrative as data (data/articles/<stem>/narrative.yml, narrative.<lang>.md; docs/ARTICLES.md):
the files are read and checked, the Markdown is rendered with raw HTML off, conditions are evaluated on values,
and the package names nothing of the seed's story."""

from __future__ import annotations

import re
import types

import pandas as pd
import pytest
import yaml

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.report.narrative import compose
from shangyu_analysis.report.narrative.context import PLACEHOLDER, ReportContext
from shangyu_analysis.report.narrative.markdown import parse_blocks, render_sentence
from shangyu_analysis.report.narrative.story import Condition, load_story

STORY_YML = {
    "headline": ["b"],
    "sections": [
        {"id": "money-matters", "title": {"zh": "钱的事", "en": "Money <b>matters</b>"}, "categories": ["fiscal"]}
    ],
    "titles": {"road-ahead": {"zh": "以后", "en": "Later"}},
}
STORY_EN = """# made-up page

## background

It is a *made-up* place.

## money-matters

The page gives {v:a} and {v:b}.
{if:a > b} So a is larger.
{if:b > a} So b is larger.
{if:a > nothing} Never shown.
Raw <script>alert(1)</script> and [a link](javascript:alert(1)) stay text.
"""
STORY_ZH = STORY_EN.replace("## background\n\nIt is a *made-up* place.\n\n", "")


@pytest.fixture()
def page(tmp_path, monkeypatch):
    """A made-up curated page with a story in a temporary data/articles/."""
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path)
    folder = tmp_path / "made_up"
    folder.mkdir()
    (folder / "narrative.yml").write_text(yaml.safe_dump(STORY_YML, allow_unicode=True), encoding="utf-8")
    (folder / "narrative.en.md").write_text(STORY_EN, encoding="utf-8")
    (folder / "narrative.zh.md").write_text(STORY_ZH, encoding="utf-8")
    indicators = pd.DataFrame(
        {
            "indicator_id": ["a", "b"],
            "value": [3.0, 2.0],
            "unit": ["亿元", "亿元"],
            "category": ["fiscal", "fiscal"],
            "name_en": ["A", "B"],
            "name_zh": ["甲", "乙"],
            "sentence": ["甲为3亿元。", "乙为2亿元。"],
            "paragraph": [1, 1],
            "start": [0, 6],
            "period": ["2020", "2020"],
            "period_basis": ["stated", "stated"],
        }
    )
    article = types.SimpleNamespace(text="甲为3亿元。乙为2亿元。", path=config.RAW_DIR / "made_up.txt", title="made up")
    return types.SimpleNamespace(
        article=article,
        indicators=indicators,
        derived=pd.DataFrame(),
        checks=pd.DataFrame(),
        figures=pd.DataFrame(),
        curated=True,
        source={},
        folder=folder,
    )


def test_a_pages_story_makes_its_sections_titles_and_sentences(page):
    assert compose.section_ids(page) == [
        "at-a-glance",
        "money-matters",
        "road-ahead",
        "derived-checks",
        "glossary",
        "method-sources",
    ]
    report = compose.render_report(page, "en")
    assert "<h2>Money &lt;b&gt;matters&lt;/b&gt;</h2>" in report and "<h2>Later</h2>" in report  # titles: data, escaped
    assert "It is a <em>made-up</em> place." in report  # the page's background block, Markdown rendered
    assert "So a is larger." in report and "So b is larger." not in report and "Never shown" not in report
    assert "<script" not in report and "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "href=\"javascript" not in report and "[a link](javascript:alert(1))" in report
    assert "<h2>以后</h2>" in compose.render_report(page, "zh")


def test_without_a_story_or_a_catalog_the_report_is_generic(page):
    page.curated = False
    assert compose.section_ids(page)[1:6] == ["economy", "industry", "business", "innovation", "urban"]
    assert "money-matters" not in compose.render_report(page, "en")


def test_placeholders_are_filled_after_markdown_so_page_text_stays_text():
    html = render_sentence("*x* {a:**y**} `z`", PLACEHOLDER, lambda kind, key, label: f"[{key}]")
    assert html == "<em>x</em> [**y**] <code>z</code>"  # the placeholder's HTML is not read as Markdown
    with pytest.raises(KeyError):  # a placeholder that cannot be resolved renders nothing
        render_sentence("a {v:x}", PLACEHOLDER, lambda *g: (_ for _ in ()).throw(KeyError("x")))


def test_a_condition_compares_two_values(seed):
    ctx = ReportContext(seed, "en")
    profit, output = "new_materials_profit_growth_pct", "new_materials_output_growth_pct"
    assert Condition(profit, ">", output)(ctx) and not Condition(profit, "<=", output)(ctx)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Loose text.\n\n## at-a-glance\n\nA.\n", "text before the first"),
        ("## at-a-glance\n\nA.\n\n## at-a-glance\n\nB.\n", "appears twice"),
        ("## at-a-glance\n\n- a list item\n", "only '## block' headings and paragraphs"),
        ("## nowhere\n\nA.\n", "unknown block '## nowhere'"),
    ],
)
def test_a_malformed_template_file_is_one_user_error(page, text, problem):
    (page.folder / "narrative.en.md").write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=re.escape(problem)) as error:
        load_story(page.article.path)
    assert "narrative.en.md" in str(error.value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"sections": [{"id": "road-ahead", "title": {"zh": "甲", "en": "A"}}]}, "sections[1].id"),
        ({"sections": [{"id": "x", "title": {"zh": "甲"}}]}, "sections[1].title.en"),
        ({"titles": {"nowhere": {"zh": "甲", "en": "A"}}}, "not a generic section"),
        ({"headline": "a"}, "field headline"),
    ],
)
def test_malformed_settings_are_one_user_error(page, change, problem):
    (page.folder / "narrative.yml").write_text(yaml.safe_dump({**STORY_YML, **change}), encoding="utf-8")
    with pytest.raises(UserError, match=re.escape(problem)) as error:
        load_story(page.article.path)
    assert "narrative.yml" in str(error.value)


def test_parse_blocks_ignores_the_title_and_comments(tmp_path):
    text = "# Title\n\n<!-- a note\nover lines -->\n## at-a-glance\n\nOne.\nTwo.\n\nThree.\n"
    assert parse_blocks(tmp_path / "x.md", text) == {"at-a-glance": [["One.", "Two."], ["Three."]]}


def test_the_package_names_nothing_of_the_seeds_story():
    """The seed's ids, section ids and Chinese phrases live in its data files, not in the narrative's code."""
    catalog = yaml.safe_load(config.catalog_path(config.SEED_ARTICLE).read_text(encoding="utf-8"))
    story = load_story(config.SEED_ARTICLE)
    names = {e["id"] for e in catalog["indicators"]} | {s.id for s in story.sections}
    names |= {
        p
        for blocks in story.blocks.values()
        for paragraphs in blocks.values()
        for para in paragraphs
        for s in para
        for p in re.findall(r"\{[ac]:([^{}|]+)\}", s if isinstance(s, str) else s["text"])
    }
    code = list((config.PACKAGE_DIR / "report" / "narrative").glob("*.py"))
    code += [config.PACKAGE_DIR / "report" / "views.py", config.DATA_DIR / "narrative.yml"]
    for path in code:
        text = path.read_text(encoding="utf-8")
        assert not [n for n in names if n in text] and "上虞" not in text and "Shangyu" not in text, path.name


def test_a_condition_that_fails_for_a_bug_is_raised_not_a_silently_dropped_sentence():
    """Only missing data makes a conditional sentence drop out; any other error in its condition is raised."""
    from shangyu_analysis.report.narrative.context import _safe_condition
    from shangyu_analysis.report.narrative.data import MissingData

    def missing(ctx):
        raise MissingData("gdp_yi_yuan")

    def broken(ctx):
        return {}["typo"]

    assert _safe_condition(missing, None) is False
    with pytest.raises(KeyError):
        _safe_condition(broken, None)
