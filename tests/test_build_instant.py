"""The build with nothing to do stays instant: what it imports, and the cheap decisions that keep it so.

``shangyu-analysis build`` with every report up to date must decide that from keys and hashes alone:
no pandas, matplotlib or extractor (about a second of imports), no papermill or nbconvert, and, once
the index shows what it should, no jinja2 either. Its speed is measured in ``benchmarks/bench_build.py``
(step e); here only what it imports, and that the shortcuts (index, manifest) still follow a change.
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
from shangyu_analysis.build import cache
from shangyu_analysis.build.index import write_index
from shangyu_analysis.build.manifest import write_reports_manifest

FIXTURE_NOTEBOOK = config.PROJECT_ROOT / "tests" / "fixtures" / "build" / "report.ipynb"
# Imported by a build only when a run is stale (or, for the report layer and jinja2, the index changed).
HEAVY = (
    "pandas",
    "numpy",
    "matplotlib",
    "papermill",
    "nbconvert",
    "nbclient",
    "jupyter_client",
    "dask",
    "shangyu_analysis.extract",
    "shangyu_analysis.indicators",
    "shangyu_analysis.dataset.dataset",
)
RENDERING = ("jinja2", "markupsafe", "shangyu_analysis.report.fonts", "shangyu_analysis.build.sanitize")

# Marks every run of the grid up to date without running a kernel: its key, a record, a report.
FAKE_CACHE = """
import json
from shangyu_analysis import config
from shangyu_analysis.build import cache
from shangyu_analysis.build.grid import load_grid
for run in load_grid().runs:
    base = config.REPORTS_DIR / run.run_id
    base.parent.mkdir(parents=True, exist_ok=True)
    base.with_name(base.name + ".key").write_text(cache.run_key(run.notebook, run.parameters, run.article) + "\\n")
    base.with_name(base.name + ".run.json").write_text(json.dumps({"inputs": {}, "notebook_title": "t"}))
    base.with_name(base.name + ".html").write_text("<html>report</html>")
    base.with_name(base.name + ".ipynb").write_text("{}")
"""
# Runs the command line as a user would, then says which modules the process imported.
IMPORTS_OF_BUILD = """
import json, sys
from shangyu_analysis.cli import main
code = main(["build"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _python(code: str, root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def project(tmp_path):
    """A project tree with the seed article and one fixture notebook, every run marked up to date."""
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    for path in config.RAW_DIR.glob(f"{config.SEED_NAME}.*"):
        shutil.copy(path, raw / path.name)
    (tmp_path / "notebooks").mkdir()
    shutil.copy(FIXTURE_NOTEBOOK, tmp_path / "notebooks" / "report.ipynb")
    (tmp_path / "build.yml").write_text("notebooks: [report]\nlangs: [zh, en]\n", encoding="utf-8")
    faked = _python(FAKE_CACHE, tmp_path)
    assert faked.returncode == 0, faked.stderr
    return tmp_path


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


def test_a_build_with_nothing_to_do_imports_no_pandas_matplotlib_or_extractor(project):
    first = _python(IMPORTS_OF_BUILD, project)
    assert first.returncode == 0, first.stderr
    assert "2 cached" in first.stderr and "manifest:" in first.stderr
    first_modules = json.loads(first.stdout)["modules"]
    assert _loaded(first_modules, HEAVY) == []
    assert _loaded(first_modules, ("jinja2",))  # the index changed (it did not exist): rendered
    second = _python(IMPORTS_OF_BUILD, project)
    assert second.returncode == 0 and "2 cached" in second.stderr
    # The index already shows these two cached runs: not even jinja2 or the font (the manifest's labels are light).
    assert _loaded(json.loads(second.stdout)["modules"], HEAVY + RENDERING) == []
    assert (project / "data" / "reports.sha256").read_text().count("\n") == 4  # 2 runs x (html, ipynb)


def _rows(tmp_path: Path, status: str = "cached") -> list[dict]:
    article = f"data/raw/{config.SEED_NAME}.txt"  # relative to the project root, whichever it is
    return [
        {
            "run_id": f"{config.SEED_NAME}/en/report",
            "notebook": "report.ipynb",
            "notebook_title": "Report",
            "article": article,
            "article_title": "",
            "lang": "en",
            "parameters": {"lang": "en"},
            "status": status,
            "duration_s": 1.5,
            "message": "",
            "html": tmp_path / "r.html",
            "failed_notebook": None,
        }
    ]


def test_the_index_is_rendered_again_exactly_when_what_it_shows_changed(tmp_path, monkeypatch):
    index = tmp_path / "index.html"
    write_index(_rows(tmp_path), tmp_path)
    inode = index.stat().st_ino
    write_index(_rows(tmp_path), tmp_path)
    assert index.stat().st_ino == inode  # same rows: left as it was
    write_index(_rows(tmp_path, status="ok"), tmp_path)
    assert index.stat().st_ino != inode and b"status-ok" in index.read_bytes()
    index.write_text("edited by hand")
    write_index(_rows(tmp_path, status="ok"), tmp_path)
    assert b"status-ok" in index.read_bytes()  # an edited page is replaced
    index.unlink()
    write_index(_rows(tmp_path, status="ok"), tmp_path)
    assert index.is_file()
    inode = index.stat().st_ino
    monkeypatch.setattr(cache, "environment_fingerprint", lambda: "another package or template")
    write_index(_rows(tmp_path, status="ok"), tmp_path)
    assert index.stat().st_ino != inode  # a rewrite is a new file (written beside, then renamed)


def test_the_index_follows_an_edit_of_the_article_sidecar(tmp_path, monkeypatch):
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    for path in config.RAW_DIR.glob(f"{config.SEED_NAME}.*"):
        shutil.copy(path, raw / path.name)
    monkeypatch.setattr(config, "PROJECT_ROOT", tmp_path)
    reports = tmp_path / "reports"
    write_index(_rows(reports), reports)
    inode = (reports / "index.html").stat().st_ino
    sidecar = raw / f"{config.SEED_NAME}.source.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("上虞", "上虞区", 1), encoding="utf-8")
    write_index(_rows(reports), reports)
    assert (reports / "index.html").stat().st_ino != inode


def test_the_reports_manifest_is_rewritten_only_when_a_report_changed(tmp_path):
    page = tmp_path / "reports" / config.SEED_NAME / "en" / "report.html"
    page.parent.mkdir(parents=True)
    page.write_text("<dt>Generated (UTC)</dt><dd>now</dd> one", encoding="utf-8")
    target = tmp_path / "reports.sha256"
    write_reports_manifest(tmp_path / "reports", target)
    before = target.read_text(), target.stat().st_ino
    write_reports_manifest(tmp_path / "reports", target)
    assert (target.read_text(), target.stat().st_ino) == before
    page.write_text("<dt>Generated (UTC)</dt><dd>now</dd> two", encoding="utf-8")
    write_reports_manifest(tmp_path / "reports", target)
    assert target.read_text() != before[0]
