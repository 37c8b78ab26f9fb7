"""The batch build: every notebook × article × language of ``build.yml`` → self-contained HTML.

Entry point :func:`run_build` (the command line is ``shangyu-analysis build``, in :mod:`shangyu_analysis.cli`).
Runs whose cache key matches the key stored beside their report are not rebuilt, and the
nothing-to-do path imports neither papermill nor nbconvert. Other runs go to a process pool
(papermill is not thread-safe); each writes its files through temporary files, so a failure
never replaces a good report. See :mod:`.grid` (validation), :mod:`.cache` (keys),
:mod:`.execute` (one run), :mod:`.html` (HTML) and :mod:`.index` (``reports/index.html``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from shangyu_analysis import __version__, config
from shangyu_analysis.build import cache
from shangyu_analysis.build.execute import Outcome, Task
from shangyu_analysis.build.grid import Grid, Run, load_grid, relative_to_root
from shangyu_analysis.build.index import render_index
from shangyu_analysis.build.pool import execute_all
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import write_atomic


@dataclass
class RunResult:
    """What happened to one run in this build."""

    run_id: str  # <article-stem>/<lang>/<notebook-stem>
    notebook: str  # file name
    article: str  # relative to the project root
    lang: str
    parameters: dict
    status: str  # ok, failed, cached, skipped (not selected by ``only`` and not up to date)
    duration_s: float | None = None  # build time of the report shown (for cached: when it was built)
    message: str = ""  # why it failed, one line
    html: Path | None = None  # the report (for a failed run: the previous good one, if any)
    failed_notebook: Path | None = None
    notebook_title: str = ""
    article_title: str = ""
    html_bytes: int | None = None


@dataclass
class BuildResult:
    """What a build did: one :class:`RunResult` per run of the grid, and where the index is."""

    runs: list[RunResult]
    index: Path
    duration_s: float
    counts: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """False when any run failed (the CLI then exits 1)."""
        return all(run.status != "failed" for run in self.runs)


def git_commit() -> str:
    """``git rev-parse HEAD`` of the project, or "unknown" outside a git checkout."""
    try:
        completed = subprocess.run(
            ["git", "-C", str(config.PROJECT_ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return completed.stdout.strip() if completed.returncode == 0 and completed.stdout.strip() else "unknown"


def generation_time() -> str:
    """UTC ISO time of the build: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def run_build(
    grid_path: str | Path | None = None,
    *,
    force: bool = False,
    jobs: int | None = None,
    only: list[str] | None = None,
    reports_dir: str | Path | None = None,
    stream=None,
) -> BuildResult:
    """Build every report of the grid that is out of date (all of them with ``force``).

    Parameters
    ----------
    grid_path : str or Path, optional
        The grid YAML (default ``config.BUILD_GRID_YML``); relative paths are from the project root.
    force : bool
        Rebuild even when the cache key matches.
    jobs : int, optional
        Worker processes (default ``os.cpu_count()``).
    only : list of str, optional
        fnmatch patterns on the run id ``<article-stem>/<lang>/<notebook-stem>`` or the notebook stem;
        other runs are left as they are.
    reports_dir : str or Path, optional
        Where reports go (default ``config.REPORTS_DIR``).
    stream : file, optional
        Where progress and the summary are printed (default ``sys.stderr``: the CLI keeps stdout
        for data). A terminal gets a tqdm bar, anything else one plain line per finished run.

    Returns
    -------
    BuildResult
        Per-run status; ``.ok`` is False when any run failed.

    Raises
    ------
    UserError
        A bad grid or notebook parameter; raised before any kernel starts.
    """
    started = time.perf_counter()
    if jobs is not None and jobs < 1:
        raise UserError(None, f"--jobs must be at least 1, got {jobs}")
    stream = stream or sys.stderr
    reports_dir = Path(reports_dir).absolute() if reports_dir is not None else config.REPORTS_DIR
    grid = load_grid(grid_path)
    results, stale = _plan(grid, reports_dir, force=force, only=only)
    if stale:
        outcomes = execute_all(_tasks(stale, grid, reports_dir), jobs or os.cpu_count() or 1, stream)
        with contextlib.suppress(OSError):  # the workers' scratch folder, when they left it empty
            (reports_dir / ".tmp").rmdir()
        by_id = {result.run_id: result for result in results}
        for outcome in outcomes:
            _apply_outcome(by_id[outcome.run_id], outcome, reports_dir)
    index = reports_dir / "index.html"
    write_atomic({index: render_index([_row(result) for result in results], reports_dir)})
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "cached", "failed", "skipped")}
    build = BuildResult(results, index, round(time.perf_counter() - started, 3), counts)
    _print_summary(build, stream)
    return build


class Stale(NamedTuple):
    """A run to execute, with its cache key."""

    run: Run
    key: str


def _plan(grid: Grid, reports_dir: Path, *, force: bool, only: list[str] | None) -> tuple[list[RunResult], list[Stale]]:
    """Every run as its last build left it (cached or skipped), and the selected runs to rebuild."""
    results, stale = [], []
    for run in grid.runs:
        key = cache.run_key(run.notebook, run.parameters, run.article)
        result = _previous_result(run, reports_dir)
        up_to_date = cache.read_text_or_none(reports_dir / f"{run.run_id}.key") == key + "\n"
        up_to_date = up_to_date and result.html is not None and (reports_dir / f"{run.run_id}.ipynb").is_file()
        selected = not only or any(
            fnmatch.fnmatch(run.run_id, pattern) or fnmatch.fnmatch(run.notebook.stem, pattern) for pattern in only
        )
        if selected and (force or not up_to_date):
            stale.append(Stale(run, key))
        result.status = "cached" if up_to_date else "skipped"
        results.append(result)
    return results, stale


def _tasks(stale: list[Stale], grid: Grid, reports_dir: Path) -> list[Task]:
    # Read once per build (git is a subprocess), and only when something is built.
    commit, generated, lock = git_commit(), generation_time(), cache.lock_sha256()
    return [
        Task(
            run_id=run.run_id,
            notebook=str(run.notebook),
            article=str(run.article),
            lang=run.lang,
            parameters=run.parameters,
            key=key,
            reports_dir=str(reports_dir),
            project_root=str(config.PROJECT_ROOT),
            timeout_s=grid.timeout_s,
            package_version=__version__,
            lock_sha256=lock,
            git_commit=commit,
            generated_utc=generated,
        )
        for run, key in stale
    ]


def _previous_result(run: Run, reports_dir: Path) -> RunResult:
    """The run as its last successful build left it (from ``<notebook>.run.json``)."""
    html = reports_dir / f"{run.run_id}.html"
    record = json.loads(cache.read_text_or_none(reports_dir / f"{run.run_id}.run.json") or "{}")
    return RunResult(
        run_id=run.run_id,
        notebook=run.notebook.name,
        article=relative_to_root(run.article),
        lang=run.lang,
        parameters=run.parameters,
        status="skipped",
        duration_s=record.get("duration_s"),
        html=html if html.is_file() else None,
        notebook_title=record.get("notebook_title", ""),
        article_title=record.get("article_title", ""),
        html_bytes=record.get("html_bytes"),
    )


def _apply_outcome(result: RunResult, outcome: Outcome, reports_dir: Path) -> None:
    result.status = outcome.status
    result.message = outcome.message
    result.duration_s = outcome.duration_s
    if outcome.status == "ok":
        result.html = reports_dir / f"{result.run_id}.html"
        result.notebook_title = outcome.notebook_title or result.notebook_title
        result.article_title = outcome.article_title or result.article_title
        result.html_bytes = outcome.html_bytes
    else:
        result.failed_notebook = Path(outcome.failed_notebook) if outcome.failed_notebook else None


def _row(result: RunResult) -> dict:
    return {**result.__dict__, "notebook_title": result.notebook_title or Path(result.notebook).stem}


def _print_summary(build: BuildResult, stream) -> None:
    counts = ", ".join(f"{n} {s}" for s, n in build.counts.items() if n)
    print(f"build: {counts} in {build.duration_s:.1f} s; index: {build.index}", file=stream)
    for run in build.runs:
        if run.status != "failed":
            continue
        parameters = ", ".join(f"{k}={v!r}" for k, v in run.parameters.items())
        print(f"FAILED {run.notebook} ({parameters}): {run.message}", file=sys.stderr)
        if run.failed_notebook:
            print(f"  executed notebook kept at {run.failed_notebook}", file=sys.stderr)
        if run.html:
            print(f"  previous good report left in place: {run.html}", file=sys.stderr)
    oversize = [r for r in build.runs if r.status == "ok" and (r.html_bytes or 0) > 1_000_000]
    for run in oversize:
        print(f"warning: {run.html} is {run.html_bytes / 1e6:.2f} MB (limit 1 MB)", file=sys.stderr)
