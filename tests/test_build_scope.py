"""Notebooks over the whole grid, the place in every header and the index, the draft-catalog mark (issue #20).

A notebook whose metadata says ``"shangyu": {"scope": "grid"}`` runs once per language over every article of
the grid (``reports/_all/<lang>/``); its cache key covers every article it reads. A report's header names the
place its article is about and, when the article's catalog says ``status: draft``, says so at the top; the index
does both too (build/articles.py, build/html.py, build/index.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shangyu_analysis import config
from shangyu_analysis.build import articles, cache
from shangyu_analysis.build.grid import load_grid
from shangyu_analysis.build.html import ReportHeader, article_facts
from shangyu_analysis.build.index import index_key, render_index
from shangyu_analysis.build.layout import GRID_FOLDER
from shangyu_analysis.build.plan import plan
from shangyu_analysis.errors import UserError
from tests.build_helpers import FIXTURES_REL

FIXTURES = Path(__file__).parent / "fixtures" / "build"
DRAFT_MARK = "草稿目录,未经审核 / draft catalog, not reviewed"


@pytest.fixture
def two_articles(tmp_path, monkeypatch):
    """Two copies of the seed text with sidecars naming two places, and a folder for their catalogs."""
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path / "articles")
    paths = []
    for stem, place in (("page_a", "甲区 (某市, 某省)"), ("page_b", "乙县 (某市, 某省)")):
        text = tmp_path / f"{stem}.txt"
        shutil.copy(config.SEED_ARTICLE, text)
        text.with_suffix(".source.yml").write_text(
            f"title: {stem}\nplace: {place}\nplace_en: Place {stem}\n", encoding="utf-8"
        )
        paths.append(text)
    return paths


def _grid(tmp_path: Path, articles_: list[Path], notebooks: str = "[grid_report, report]") -> Path:
    path = tmp_path / "grid.yml"
    listed = ", ".join(str(a) for a in articles_)
    path.write_text(
        f"notebooks_dir: {FIXTURES_REL}\nnotebooks: {notebooks}\narticles: [{listed}]\nlangs: [zh, en]\n",
        encoding="utf-8",
    )
    return path


def _catalog(article: Path, text: str) -> Path:
    path = config.catalog_path(article)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_grid_notebook_runs_once_per_language_over_every_article(tmp_path, two_articles):
    runs = load_grid(_grid(tmp_path, two_articles)).runs
    over_grid = [run for run in runs if run.articles]
    assert [run.run_id for run in over_grid] == [f"{GRID_FOLDER}/zh/grid_report", f"{GRID_FOLDER}/en/grid_report"]
    assert over_grid[0].parameters == {"articles": [str(a) for a in two_articles], "lang": "zh"}
    assert over_grid[0].articles == tuple(two_articles)
    # The article notebook still runs once per article and language.
    assert sorted(run.run_id for run in runs if not run.articles) == sorted(
        f"{a.stem}/{lang}/report" for a in two_articles for lang in ("zh", "en")
    )
    results, stale = plan(load_grid(_grid(tmp_path, two_articles)), tmp_path / "reports", force=False, only=None)
    assert {r.article for r in results if r.run_id.startswith(GRID_FOLDER)} == {GRID_FOLDER}
    assert len(stale) == 6


def test_grid_scope_errors_are_one_line(tmp_path, two_articles):
    notebook = json.loads((FIXTURES / "grid_report.ipynb").read_text(encoding="utf-8"))
    folder = tmp_path / "nbs"
    folder.mkdir()
    wrong = json.loads(json.dumps(notebook))
    wrong["metadata"]["shangyu"]["scope"] = "planet"
    (folder / "wrong.ipynb").write_text(json.dumps(wrong), encoding="utf-8")
    lacking = json.loads(json.dumps(notebook))
    lacking["cells"][0]["source"] = ['lang: str = "zh"  # report language\n']
    (folder / "lacking.ipynb").write_text(json.dumps(lacking), encoding="utf-8")
    grid = tmp_path / "g.yml"
    for name, words in (("wrong", "scope must be one of article, grid"), ("lacking", "parameter 'articles'")):
        grid.write_text(
            f"notebooks_dir: {folder}\nnotebooks: [{name}]\narticles: [{two_articles[0]}]\n", encoding="utf-8"
        )
        with pytest.raises(UserError) as caught:
            load_grid(grid)
        assert words in str(caught.value) and "\n" not in str(caught.value)
    named_all = tmp_path / f"{GRID_FOLDER}.txt"
    shutil.copy(two_articles[0], named_all)
    with pytest.raises(UserError, match="may not be named"):
        load_grid(_grid(tmp_path, [two_articles[0], named_all]))


def test_the_key_of_a_grid_run_covers_every_article_it_reads(tmp_path, two_articles):
    run = next(run for run in load_grid(_grid(tmp_path, two_articles)).runs if run.articles)
    single = next(run for run in load_grid(_grid(tmp_path, two_articles)).runs if not run.articles)

    def keys():
        return cache.run_key(run.notebook, run.parameters, run.article), cache.run_key(
            single.notebook, single.parameters, single.article
        )

    seen = [keys()]
    second = two_articles[1]
    for change in (
        lambda: second.write_bytes(second.read_bytes() + b" "),  # the text of the second article
        lambda: second.with_suffix(".source.yml").write_text("place: 丙镇\n", encoding="utf-8"),
        lambda: _catalog(second, "status: draft\n"),
    ):  # its catalog (the draft mark)
        change()
        seen.append(keys())
        assert seen[-1][0] != seen[-2][0]  # the grid run is stale
    assert len({single_key for _, single_key in seen}) == 1  # the first article's runs are not
    _catalog(two_articles[0], "indicators: []\n")
    assert keys()[1] != seen[-1][1]  # an article's own catalog is in its runs' keys


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("status: draft\nindicators: []\n", "draft"),
        ("# a note\nstatus: 'draft'  # not reviewed yet\n", "draft"),
        ('status: "Draft"\n', "reviewed"),  # not a status the loader accepts: its runs fail and say so
        ("status: reviewed\n", "reviewed"),
        ("indicators: []\n", "reviewed"),
        ("indicators:\n  - id: x\n    status: draft\n", "reviewed"),  # nested: not the catalog's status
        ("status: drafty\n", "reviewed"),
        (None, "reviewed"),
    ],
)
def test_the_draft_status_is_read_from_the_catalogs_top_level(tmp_path, two_articles, text, status):
    if text is not None:
        _catalog(two_articles[0], text)
    assert articles.is_draft(two_articles[0]) == (status == "draft")


def _header(facts: dict, lang: str) -> ReportHeader:
    return ReportHeader(
        **facts, notebook="n.ipynb", parameters={}, generated_utc="t", git_commit="c", package_version="v", lang=lang
    )


def test_the_header_names_the_place_and_marks_a_draft(tmp_path, two_articles):
    first = two_articles[0]
    facts = article_facts(first, {"article": str(first), "lang": "zh"}, "zh")
    assert facts["place"] == "甲区 (某市, 某省)" and facts["draft"] == ""
    assert _header(facts, "zh").rows()[0] == ("地点", "甲区 (某市, 某省)")
    assert article_facts(first, {"article": str(first)}, "en")["place"] == "Place page_a"
    _catalog(first, "status: draft\n")
    assert article_facts(first, {"article": str(first)}, "en")["draft"] == DRAFT_MARK
    grid = article_facts(first, {"articles": [str(a) for a in two_articles]}, "zh")
    assert grid["place"] == "甲区 (某市, 某省); 乙县 (某市, 某省)" and grid["article_title"] == "全部文章"
    assert grid["draft"] == f"{DRAFT_MARK} (page_a)"
    assert grid["input_sha256"].count(",") == 1


def test_the_index_names_places_marks_drafts_and_groups_the_grid_reports(tmp_path, two_articles):
    first, second = (str(a) for a in two_articles)
    row = {
        "run_id": "page_a/zh/report",
        "notebook": "report.ipynb",
        "notebook_title": "R",
        "article": first,
        "article_title": "",
        "lang": "zh",
        "parameters": {"article": first},
        "status": "ok",
        "duration_s": 1.0,
        "message": "",
        "html": None,
        "failed_notebook": None,
    }
    grid_row = {
        **row,
        "run_id": f"{GRID_FOLDER}/zh/grid_report",
        "article": GRID_FOLDER,
        "parameters": {"articles": [first, second]},
    }
    rows = [row, grid_row]
    key = index_key(rows, tmp_path, "t")
    page = render_index(rows, tmp_path)
    assert "甲区 (某市, 某省)" in page and DRAFT_MARK not in page
    assert "全部文章 All articles" in page and "甲区 (某市, 某省); 乙县 (某市, 某省)" in page
    _catalog(two_articles[1], "status: draft\n")  # a draft among the grid's articles: marks the grid section
    assert index_key(rows, tmp_path, "t") != key
    assert render_index(rows, tmp_path).count(DRAFT_MARK) == 1
    _catalog(two_articles[0], "status: draft\n")
    assert render_index(rows, tmp_path).count(DRAFT_MARK) == 2


def test_a_hostile_place_is_text_in_the_index(tmp_path, two_articles):
    sidecar = two_articles[0].with_suffix(".source.yml")
    sidecar.write_text("place: <script>alert(1)</script>\n", encoding="utf-8")
    row = {
        "run_id": "page_a/zh/report",
        "notebook": "report.ipynb",
        "notebook_title": "R",
        "article": str(two_articles[0]),
        "article_title": "",
        "lang": "zh",
        "parameters": {},
        "status": "ok",
        "duration_s": 1.0,
        "message": "",
        "html": None,
        "failed_notebook": None,
    }
    page = render_index([row], tmp_path)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _cli_build(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    env.pop("MPLBACKEND", None)
    return subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", "build", "--jobs", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_a_grid_build_writes_one_report_per_language_and_rebuilds_when_any_article_changes(tmp_path):
    # A project of its own (the build's workers read its catalogs): two pages, the grid fixture notebook.
    root = tmp_path / "project"
    (root / "data" / "raw").mkdir(parents=True)
    (root / "notebooks").mkdir()
    shutil.copy(FIXTURES / "grid_report.ipynb", root / "notebooks" / "grid_report.ipynb")
    for stem, place in (("page_a", "甲区 (某市, 某省)"), ("page_b", "乙县 (某市, 某省)")):
        shutil.copy(config.SEED_ARTICLE, root / "data" / "raw" / f"{stem}.txt")
        (root / "data" / "raw" / f"{stem}.source.yml").write_text(f"title: {stem}\nplace: {place}\n", encoding="utf-8")
    (root / "build.yml").write_text(
        "notebooks: [grid_report]\narticles: [data/raw/page_a.txt, data/raw/page_b.txt]\nlangs: [zh, en]\n",
        encoding="utf-8",
    )
    reports = root / "reports"
    first = _cli_build(root)
    assert first.returncode == 0, first.stderr
    for lang in ("zh", "en"):
        page = (reports / GRID_FOLDER / lang / "grid_report.html").read_text(encoding="utf-8")
        assert "甲区 (某市, 某省); 乙县 (某市, 某省)" in page and "data/raw/page_b.txt" in page
        assert DRAFT_MARK not in page
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "全部文章 All articles" in index and f"{GRID_FOLDER}/zh/grid_report.html" in index
    assert "2 cached" in _cli_build(root).stderr
    catalog = root / "data" / "articles" / "page_b" / "catalog.yml"
    catalog.parent.mkdir(parents=True)
    catalog.write_text("status: draft\n", encoding="utf-8")
    again = _cli_build(root)
    assert "2 ok" in again.stderr, again.stderr
    page = (reports / GRID_FOLDER / "en" / "grid_report.html").read_text(encoding="utf-8")
    assert f"{DRAFT_MARK} (page_b)" in page
    assert DRAFT_MARK in (reports / "index.html").read_text(encoding="utf-8")
