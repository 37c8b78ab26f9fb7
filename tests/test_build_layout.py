"""Outputs that do not overwrite (issue 25): a run with non-default parameters gets its own path, the index
lists every report under reports/, and another article or a scenario changes no tracked file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shangyu_analysis import config
from shangyu_analysis.build import plan
from shangyu_analysis.build.grid import load_grid
from shangyu_analysis.build.index import render_index
from shangyu_analysis.build.layout import GRID_FOLDER, in_manifest, run_suffix
from shangyu_analysis.build.nbparams import read_notebook
from shangyu_analysis.build.verify import report_digests
from shangyu_analysis.files import read_yaml

SEED = config.SEED_NAME


def test_suffix_names_each_parameter_away_from_its_default():
    defaults = {"show_code": False, "gdp_2020_scenarios": [1000, 1100, 1200], "categories": ["economy"]}
    assert run_suffix({"article": "a.txt", "lang": "zh", "show_code": False}, defaults) == ""
    assert run_suffix({"gdp_2020_scenarios": [900, 1100], "show_code": True}, defaults) == (
        "@gdp_2020_scenarios=900,1100@show_code=true"
    )
    assert run_suffix({"categories": ["经济"]}, defaults) == "@categories=经济"
    odd = [run_suffix({"reference": value}, {}) for value in ("data/other.csv", "data other.csv", "x" * 90)]
    assert odd[0].startswith("@reference=data-other.csv~") and odd[1].startswith("@reference=data-other.csv~")
    assert len(set(odd)) == 3 and all(len(s) < 70 and "/" not in s and " " not in s for s in odd)


def test_grid_runs_with_a_scenario_get_their_own_run_ids(tmp_path):
    grid = tmp_path / "grid.yml"
    grid.write_text(
        "notebooks: [02_economy_and_fiscal, 04_development_path]\nlangs: [en]\n"
        "parameters: {gdp_2020_scenarios: [1100], show_code: false}\n",
        encoding="utf-8",
    )
    assert [run.run_id for run in load_grid(grid).runs] == [
        f"{SEED}/en/02_economy_and_fiscal@gdp_2020_scenarios=1100",
        f"{SEED}/en/04_development_path",
    ]
    over_grid = {
        path.stem for path in config.NOTEBOOKS_DIR.glob("*.ipynb") if read_notebook(path)[1] == "grid"
    }  # once per language over every article: _all/<lang>/
    articles = [Path(a).stem for a in read_yaml(config.BUILD_GRID_YML)["articles"]]  # the seed and the second page
    assert SEED in articles and len(articles) >= 2
    assert {run.run_id for run in load_grid(config.BUILD_GRID_YML).runs} == {
        f"{GRID_FOLDER}/{lang}/{path.stem}" if path.stem in over_grid else f"{article}/{lang}/{path.stem}"
        for lang in ("zh", "en")
        for path in config.NOTEBOOKS_DIR.glob("*.ipynb")
        for article in articles
    }


def test_manifest_covers_the_seed_default_reports_only(tmp_path):
    for name in (
        f"{SEED}/zh/04_development_path.html",
        f"{SEED}/zh/04_development_path.ipynb",
        f"{SEED}/zh/02_economy_and_fiscal@gdp_2020_scenarios=1100.html",
        "mine/zh/04_development_path.html",
        "_failed/x/zh/a.ipynb",
        "index.html",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    assert sorted(report_digests(tmp_path)) == [
        f"{SEED}/zh/04_development_path.html",
        f"{SEED}/zh/04_development_path.ipynb",
    ]
    assert not in_manifest(f"{SEED}/zh/04_development_path@reference=x.html")


def _record(reports, run_id: str, parameters: dict) -> None:
    stem = reports / run_id
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_name(stem.name + ".html").write_text("<html></html>", encoding="utf-8")
    article, lang, notebook = run_id.split("/")
    stem.with_name(stem.name + ".run.json").write_text(
        json.dumps(
            {
                "run_id": run_id,
                "notebook": notebook.split("@")[0] + ".ipynb",
                "notebook_title": "02 · 经济与财政",
                "article": f"data/raw/{article}.txt",
                "article_title": "上虞",
                "lang": lang,
                "parameters": parameters,
                "duration_s": 1.5,
                "html_bytes": 13,
            }
        ),
        encoding="utf-8",
    )


def test_index_lists_reports_of_earlier_grids_beside_this_one(tmp_path):
    scenario = f"{SEED}/en/02_economy_and_fiscal@gdp_2020_scenarios=1100"
    _record(tmp_path, scenario, {"gdp_2020_scenarios": [1100], "lang": "en"})
    _record(tmp_path, f"{SEED}/en/01_figures", {"lang": "en"})
    (tmp_path / SEED / "en" / "broken.run.json").write_text("{", encoding="utf-8")  # damaged: not listed
    earlier = plan.earlier_results(tmp_path, known={f"{SEED}/en/01_figures"})
    assert [(r.run_id, r.status) for r in earlier] == [(scenario, "earlier")]
    index = render_index([{**r.__dict__} for r in earlier], tmp_path)
    assert f'href="{SEED}/en/02_economy_and_fiscal@gdp_2020_scenarios=1100.html"' in index
    assert "built earlier" in index


@pytest.mark.slow  # writes an article's data
def test_another_articles_data_goes_to_its_own_ignored_folder(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(config.RAW_DIR, root / "data" / "raw")
    shutil.copy(config.DATA_DIR / "corpus" / "a04_yunhe_bulletin_2022.txt", root / "data" / "raw" / "mine.txt")
    for path in config.DATA_DIR.glob("*.yml"):
        shutil.copy(path, root / "data" / path.name)
    shutil.copytree(config.ARTICLES_DIR, root / "data" / "articles")
    seed_tables = root / "data" / "processed" / config.SEED_NAME
    shutil.copytree(config.processed_dir(None), seed_tables)
    before = {p.name: p.read_bytes() for p in seed_tables.iterdir()}
    done = subprocess.run(
        [sys.executable, "-m", "shangyu_analysis.cli", "data", str(root / "data/raw/mine.txt")],
        env={**os.environ, "SHANGYU_PROJECT_ROOT": str(root)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    after = {p.name: p.read_bytes() for p in seed_tables.iterdir()}
    assert after == before  # the seed's tracked tables untouched
    assert (root / "data" / "processed" / "mine" / "figures.csv").is_file()
    ignored = subprocess.run(
        ["git", "-C", str(config.PROJECT_ROOT), "check-ignore", "-q", "data/processed/mine/figures.csv"]
    )
    assert ignored.returncode == 0


def _row(run_id: str, read_first: bool = False, status: str = "ok", **extra) -> dict:
    article, lang, notebook = run_id.split("/")
    return {
        "run_id": run_id,
        "notebook": notebook.split("@")[0] + ".ipynb",
        "notebook_title": notebook.split("@")[0],
        "article": f"data/raw/{article}.txt",
        "article_title": "",
        "lang": lang,
        "status": status,
        "parameters": {"lang": lang},
        "duration_s": 2.0,
        "message": "",
        "html": None,
        "failed_notebook": None,
        "read_first": read_first,
        **extra,
    }


def test_index_groups_by_article_narrative_first_languages_side_by_side(tmp_path):
    rows = [
        _row(f"{SEED}/{lang}/{nb}", read_first=nb.startswith("04"), html=tmp_path / f"{SEED}/{lang}/{nb}.html")
        for nb in ("01_figures", "02_economy_and_fiscal@gdp_2020_scenarios=1100", "04_development_path")
        for lang in ("zh", "en")
    ]
    rows.append(_row("mine/en/01_figures", status="skipped"))
    index = render_index(rows, tmp_path)
    sections = index.split("<section>")[1:]
    assert len(sections) == 2
    seed = sections[0]
    # The sidecar's title, place, date and publisher head the article's section.
    assert "<h2>上虞:全面建设高水平“创新强区、品质名城”</h2>" in seed
    assert "上虞区 (绍兴市, 浙江省) · 2021-02-23 · 浙江日报 (Zhejiang Daily)" in seed
    table, details = seed.split("<details>")
    titles = re.findall(r"<tr(?: class=\"first\")?><td>([^<]+)", table)
    assert titles == ["04_development_path", "01_figures", "02_economy_and_fiscal"]  # the narrative first
    row = table.split("<tr")[2]  # 04's row: zh and en side by side
    assert f'href="{SEED}/zh/04_development_path.html"' in row and f'href="{SEED}/en/04_development_path.html"' in row
    assert "<code>gdp_2020_scenarios=1100</code>" in table
    assert "lang=&#39;zh&#39;" in details and "sha256" in details and "2.0 s" in details  # folded away
    assert "<h2>mine</h2>" in sections[1] and '<span class="note">not built</span>' in sections[1]
    assert "Content-Security-Policy" in index
