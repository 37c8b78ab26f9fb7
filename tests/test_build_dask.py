"""The dask executor (issue #13): a LocalCluster of 2 workers builds the same bytes as the local
executor, and failures, ``_failed/`` and the cache behave the same; an unreachable scheduler is one line.

The grid is the two fixture notebooks (``report``: pandas, matplotlib, a CJK font; ``faults``: stdlib
only) over the seed and an article that is not UTF-8 (``report`` fails on it in cell 3), zh and en.
"""

from __future__ import annotations

import io
import re
import socket
from types import SimpleNamespace

import build_helpers
import pytest
from build_helpers import files

from shangyu_analysis import cli, config
from shangyu_analysis.build import cluster, run


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask")
    bad = folder / "gbk_article.txt"
    bad.write_bytes("上虞：创新强区".encode("gbk"))
    grid = build_helpers.write_grid(
        folder, "grid.yml", "report, faults", f"articles: [data/raw/{config.SEED_NAME}.txt, {bad}]\n"
    )
    out = SimpleNamespace(folder=folder, grid=grid)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1614038400")
        patch.setattr(run, "git_commit", lambda: "c0ffee" * 6 + "c0ff")
        # Not pinned here: each dask worker recomputes the cache key from its own files and must agree.
        out.local = run.run_build(grid, force=True, jobs=2, reports_dir=folder / "local", stream=io.StringIO())
        out.log = io.StringIO()
        out.dask = run.run_build(grid, force=True, jobs=2, reports_dir=folder / "dask", stream=out.log, executor="dask")
        out.again = run.run_build(
            grid,
            only=[f"{config.SEED_NAME}/*", "*/faults"],
            reports_dir=folder / "dask",
            stream=io.StringIO(),
            executor="dask",
        )
    out.local_files, out.dask_files = files(folder / "local"), files(folder / "dask")
    return out


def summary(result):
    return [(r.run_id, r.status, r.message) for r in result.runs]


@pytest.mark.slow
def test_dask_cluster_writes_the_same_reports_as_the_local_executor(builds):
    assert summary(builds.dask) == summary(builds.local)
    assert [r.status for r in builds.dask.runs].count("ok") == 6
    failed = [r for r in builds.dask.runs if r.status == "failed"]
    assert [r.run_id for r in failed] == ["gbk_article/zh/report", "gbk_article/en/report"]
    assert all(re.match(r"cell 3 \(execution count \d+\): UnicodeDecodeError: ", r.message) for r in failed)
    reports = sorted(
        name
        for name in builds.local_files
        if name.endswith((".html", ".ipynb", ".key")) and not name.startswith(("_failed/", "index"))
    )
    assert len(reports) == 18
    for name in reports:
        assert builds.dask_files[name] == builds.local_files[name], name
    kept = sorted(name for name in builds.dask_files if name.startswith("_failed/"))
    assert kept == ["_failed/gbk_article/en/report.ipynb", "_failed/gbk_article/zh/report.ipynb"]
    assert not [name for name in builds.dask_files if ".tmp" in name]


@pytest.mark.slow
def test_dask_progress_and_cache_are_those_of_the_local_executor(builds):
    lines = builds.log.getvalue().splitlines()
    assert lines[0] == "build: running 8 notebook(s)" and len(lines) == 10
    assert all(re.fullmatch(r"\[\d/8\] (ok|failed) +\S+( \(\d+\.\d s\))?", line) for line in lines[1:9]), lines
    assert [r.status for r in builds.again.runs].count("cached") == 6  # nothing to do: no cluster started
    assert builds.again.duration_s < 5
    index = (builds.folder / "dask" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="status-cached"') == 6


def test_unreachable_scheduler_is_one_line_naming_the_address(tmp_path, monkeypatch, capsys):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1.0)
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    grid = build_helpers.write_grid(tmp_path, "grid.yml", "faults")
    assert cli.main(["build", "--grid", str(grid), "--executor", "dask", "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"shangyu-analysis: error: {address}: cannot reach the dask scheduler (")
    assert not list((tmp_path / "reports").rglob("*.html"))


def test_scheduler_without_the_dask_executor_is_refused(capsys):
    assert cli.main(["build", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == "shangyu-analysis: error: --scheduler needs --executor dask\n"


@pytest.mark.slow
def test_project_notebooks_on_dask_are_the_bytes_of_the_local_executor(tmp_path, monkeypatch):
    # The fixture notebooks above are small; the real ones draw many charts, read the published data
    # and embed a font subset. Two of them, one language each: the same bytes from a LocalCluster.
    grid = tmp_path / "grid.yml"
    grid.write_text(
        "notebooks_dir: notebooks\nnotebooks: [03_industry_and_innovation, 05_in_context]\n"
        f"articles: [data/raw/{config.SEED_NAME}.txt]\nlangs: [zh, en]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1614038400")
    monkeypatch.setattr(run, "git_commit", lambda: "c0ffee" * 6 + "c0ff")
    only = ["*/en/03_industry_and_innovation", "*/zh/05_in_context"]
    results = {
        executor: run.run_build(
            grid,
            force=True,
            jobs=2,
            only=only,
            reports_dir=tmp_path / executor,
            stream=io.StringIO(),
            executor=executor,
        )
        for executor in ("local", "dask")
    }
    assert [r.status for r in results["dask"].runs].count("ok") == 2, summary(results["dask"])
    local, dask = files(tmp_path / "local"), files(tmp_path / "dask")
    reports = sorted(name for name in local if name.endswith((".html", ".ipynb", ".key")) and name != "index.html")
    assert len(reports) == 6
    for name in reports:
        assert dask[name] == local[name], name
