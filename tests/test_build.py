"""The whole build on the fixture notebook: 5 kernel runs shared by every test of this module.

One module-scoped fixture builds (1) zh+en in a process pool with MPLBACKEND=Agg in the
environment, (2) again with nothing changed, (3) zh again with --force (determinism), (4) zh
with a notebook that raises, (5) en with a chart cell that draws nothing and a stored
"Glyph missing" warning. The tests then inspect what each build left behind.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import build_helpers
import nbformat
import pytest
from build_helpers import files

from shangyu_analysis import cli, config
from shangyu_analysis.build import cache, run

pytestmark = pytest.mark.slow  # the module's fixture runs five builds

ZH = f"{config.SEED_NAME}/zh/report"
EN = f"{config.SEED_NAME}/en/report"
# Runs with parameters away from the notebook's defaults get their own report (build/layout.py).
ZH_FAILING = f"{ZH}@fail=true"
EN_SILENT = f"{EN}@draw=false@glyph_warning=true"
PINNED_EPOCH = "1614038400"  # 2021-02-23T00:00:00Z


def write_grid(folder: Path, name: str, extra: str = "") -> Path:
    return build_helpers.write_grid(folder, name, "report", extra)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    reports = tmp_path_factory.mktemp("reports")
    grids = tmp_path_factory.mktemp("grids")
    good = write_grid(grids, "good.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")  # would strip every figure if it reached the kernel
        patch.setenv("SOURCE_DATE_EPOCH", PINNED_EPOCH)
        # The commit is read once per build in this process; pin it so other work on the repo
        # between the builds cannot change the header.
        patch.setattr(run, "git_commit", lambda: "c0ffee" * 6 + "c0ff")
        # Likewise the package/dependency part of the cache key (tested in test_build_cache.py):
        # an edit elsewhere in the package during these builds must not turn "cached" into "ok".
        patch.setattr(cache, "environment_fingerprint", lambda: "pinned-environment")
        out = SimpleNamespace(reports=reports)
        out.first_log = io.StringIO()
        out.first = run.run_build(good, force=True, jobs=2, reports_dir=reports, stream=out.first_log)
        out.after_first = files(reports)
        out.second = run.run_build(good, reports_dir=reports, stream=io.StringIO())
        out.after_second = files(reports)
        out.third = run.run_build(good, force=True, jobs=1, only=["*/zh/*"], reports_dir=reports, stream=io.StringIO())
        out.after_third = files(reports)
        failing = write_grid(grids, "failing.yml", "parameters: {fail: true}\n")
        stdout, stderr = io.StringIO(), io.StringIO()
        patch.setattr(config, "REPORTS_DIR", reports)  # where `shangyu-analysis build` writes
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            out.failing_exit = cli.main(["build", "--grid", str(failing), "--only", "*/zh/*"])
        out.failing_stderr = stderr.getvalue()
        out.after_failing = files(reports)
        silent = write_grid(grids, "silent.yml", "parameters: {draw: false, glyph_warning: true}\n")
        with contextlib.redirect_stderr(io.StringIO()):
            out.silent = run.run_build(silent, only=["*/en/*"], reports_dir=reports, stream=io.StringIO())
        out.after_silent = files(reports)
    return out


def status(result, run_id):
    return next(run for run in result.runs if run.run_id == run_id)


def test_first_build_writes_every_report(builds):
    assert builds.first.ok
    assert [run.status for run in builds.first.runs] == ["ok", "ok"]
    for run_id in (ZH, EN):
        for suffix in (".html", ".ipynb", ".key", ".run.json"):
            assert f"{run_id}{suffix}" in builds.after_first
    assert "index.html" in builds.after_first
    assert not any(name.startswith((".tmp/", "_failed/")) and name.endswith(".ipynb") for name in builds.after_first)


def test_plain_progress_lines_when_not_a_terminal(builds):
    log = builds.first_log.getvalue()
    assert "build: running 2 notebook(s)" in log
    assert re.search(rf"\[\d/2\] ok +{re.escape(ZH)} \(\d+\.\d s\)", log)
    assert "\x1b" not in log and "\r" not in log


def test_mplbackend_in_environment_still_yields_images(builds):
    executed = nbformat.reads(builds.after_first[f"{ZH}.ipynb"].decode(), as_version=4)
    chart = next(cell for cell in executed.cells if "chart" in cell.metadata.get("tags", []))
    assert any("image/png" in output.get("data", {}) for output in chart.outputs)
    assert "data:image/png;base64," in builds.after_first[f"{ZH}.html"].decode()


def test_reports_are_small_and_in_their_language(builds):
    zh = builds.after_first[f"{ZH}.html"].decode()
    en = builds.after_first[f"{EN}.html"].decode()
    assert len(zh.encode()) <= 1_000_000 and len(en.encode()) <= 1_000_000
    assert "文章字数" in zh and "characters:" in en
    assert "生成时间 (UTC)" in zh and "Generated (UTC)" in en
    assert "2021-02-23T00:00:00Z" in zh
    assert "injected-parameters" not in zh and "glyph_warning" not in zh  # parameters cell hidden


def test_index_lists_every_report_with_relative_links(builds):
    index = builds.after_first["index.html"].decode()
    links = re.findall(r'<a href="([^"]+)"', index)
    assert sorted(set(links)) == sorted([f"{ZH}.html", f"{EN}.html"])  # in the table, and in the build details
    assert index.count('class="status-ok"') == 2
    assert "lang=&#39;zh&#39;" in index and "@font-face" in index  # jinja2's autoescape
    assert "http:" not in index and "https:" not in index  # no address to fetch (http-equiv is the policy)


def test_nothing_changed_means_nothing_rebuilt(builds):
    assert [run.status for run in builds.second.runs] == ["cached", "cached"]
    changed = {k for k in builds.after_second if builds.after_second[k] != builds.after_first.get(k)}
    assert changed <= {"index.html", ".cache/index-key.txt"}  # the index shows "cached" now
    assert builds.after_second["index.html"].decode().count('class="status-cached"') == 2


def test_forced_rebuild_is_byte_identical_with_pinned_time(builds):
    assert status(builds.third, ZH).status == "ok"
    assert status(builds.third, EN).status == "cached"  # not selected, still up to date
    assert builds.after_third[f"{ZH}.html"] == builds.after_first[f"{ZH}.html"]


def test_raising_notebook_fails_loudly_and_keeps_last_good_report(builds):
    assert builds.failing_exit == 1
    err = builds.failing_stderr
    assert "Traceback" not in err
    assert re.search(
        r"FAILED report\.ipynb \(article='data/raw/\S+\.txt', fail=True, lang='zh'\): "
        r"cell 5 \(execution count \d+\): ValueError: deliberate failure for the build tests",
        err,
    )
    assert f"_failed/{ZH_FAILING}.ipynb" in err
    # The default report is another report: untouched, and still listed in the index.
    assert builds.after_failing[f"{ZH}.html"] == builds.after_first[f"{ZH}.html"]
    assert builds.after_failing[f"{ZH}.key"] == builds.after_first[f"{ZH}.key"]
    assert f"{ZH_FAILING}.html" not in builds.after_failing
    failed = nbformat.reads(builds.after_failing[f"_failed/{ZH_FAILING}.ipynb"].decode(), as_version=4)
    assert any(o.get("ename") == "ValueError" for c in failed.cells for o in c.get("outputs", []))
    index = builds.after_failing["index.html"].decode()
    assert 'class="status-failed"' in index and f'href="{ZH}.html"' in index


def test_silent_failures_are_made_loud(builds):
    run = status(builds.silent, EN_SILENT)
    assert not builds.silent.ok and run.status == "failed"
    assert "cell 5 is tagged 'chart' but has no image/png output" in run.message
    assert "cell 7: a chart lacks glyphs" in run.message
    assert builds.after_silent[f"{EN}.html"] == builds.after_first[f"{EN}.html"]
    assert f"_failed/{EN_SILENT}.ipynb" in builds.after_silent


def test_run_record_describes_the_report(builds):
    record = json.loads(builds.after_first[f"{ZH}.run.json"])
    assert record["parameters"] == {"article": f"data/raw/{config.SEED_NAME}.txt", "lang": "zh"}
    assert record["notebook_title"] == "上虞报告 Shangyu report"
    assert record["html_bytes"] == len(builds.after_first[f"{ZH}.html"])
