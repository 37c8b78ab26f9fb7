"""The batch build: every notebook × article × language of ``build.yml`` → self-contained HTML.

Entry point :func:`run_build` (``shangyu-analysis build``; also ``python -m shangyu_analysis.build.run``).
Runs whose cache key matches the key stored beside their report are not rebuilt, and the
nothing-to-do path imports neither papermill nor nbconvert. Other runs go to a process pool
(papermill is not thread-safe); each writes its files through temporary files, so a failure
never replaces a good report. See :mod:`grid` (validation), :mod:`runcache` (keys),
:mod:`execute` (one run), :mod:`htmlexport` (HTML) and :mod:`indexpage` (``reports/index.html``).
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

from shangyu_analysis import __version__

from shangyu_analysis import config

from shangyu_analysis.build import cache
from shangyu_analysis.errors import UserError
from shangyu_analysis.build.grid import load_grid
from shangyu_analysis.build.index import render_index
from shangyu_analysis.build.pool import execute_all


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
    results, tasks = [], []
    for run in grid.runs:
        key = cache.run_key(run.notebook, run.parameters, run.article)
        result = _previous_result(run, reports_dir)
        up_to_date = cache.read_text_or_none(reports_dir / f"{run.run_id}.key") == key + "\n"
        up_to_date = up_to_date and result.html is not None and (reports_dir / f"{run.run_id}.ipynb").is_file()
        selected = not only or any(
            fnmatch.fnmatch(run.run_id, pattern) or fnmatch.fnmatch(run.notebook.stem, pattern) for pattern in only
        )
        if selected and (force or not up_to_date):
            tasks.append(_task(run, key, reports_dir, grid.timeout_s))
        result.status = "cached" if up_to_date else "skipped"
        results.append(result)
    if tasks:
        commit, generated = git_commit(), generation_time()
        for task in tasks:
            task.update(git_commit=commit, generated_utc=generated)
        outcomes = execute_all(tasks, jobs or os.cpu_count() or 1, stream)
        with contextlib.suppress(OSError):  # the workers' scratch folder, when they left it empty
            (reports_dir / ".tmp").rmdir()
        by_id = {r.run_id: r for r in results}
        for outcome in outcomes:
            _apply_outcome(by_id[outcome["run_id"]], outcome, reports_dir)
    index = reports_dir / "index.html"
    cache.write_text_atomic(index, render_index([_row(r) for r in results], reports_dir))
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "cached", "failed", "skipped")}
    build = BuildResult(results, index, round(time.perf_counter() - started, 3), counts)
    _print_summary(build, stream)
    return build


def _task(run, key: str, reports_dir: Path, timeout_s: int) -> dict:
    return {
        "run_id": run.run_id,
        "notebook": str(run.notebook),
        "article": str(run.article),
        "lang": run.lang,
        "parameters": run.parameters,
        "key": key,
        "reports_dir": str(reports_dir),
        "project_root": str(config.PROJECT_ROOT),
        "timeout_s": timeout_s,
        "package_version": __version__,
        "lock_sha256": cache.lock_sha256(),
    }


def _previous_result(run, reports_dir: Path) -> RunResult:
    """The run as its last successful build left it (from ``<notebook>.run.json``)."""
    from shangyu_analysis.build.grid import relative_to_root

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


def _apply_outcome(result: RunResult, outcome: dict, reports_dir: Path) -> None:
    result.status = outcome["status"]
    result.message = outcome.get("message", "")
    if outcome["status"] == "ok":
        result.html = reports_dir / f"{result.run_id}.html"
        result.duration_s = outcome["duration_s"]
        result.notebook_title = outcome.get("notebook_title", result.notebook_title)
        result.article_title = outcome.get("article_title", result.article_title)
        result.html_bytes = outcome.get("html_bytes")
    else:
        result.duration_s = outcome.get("duration_s")
        failed = outcome.get("failed_notebook")
        result.failed_notebook = Path(failed) if failed else None


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


def main(argv: list[str] | None = None) -> int:
    """``python -m shangyu_analysis.build.run [--force] [--jobs N] [--grid FILE] [--only PATTERN]``.

    Exit codes: 0 every run ok or cached, 1 a run failed, 2 a user error (bad grid or parameter).
    """
    import argparse

    parser = argparse.ArgumentParser(prog="shangyu-analysis build", description="Build the HTML reports.")
    parser.add_argument("--force", action="store_true", help="rebuild even reports that are up to date")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    parser.add_argument("--grid", default=None, help="parameter grid YAML (default: build.yml)")
    parser.add_argument("--only", action="append", help="build only runs matching this pattern (repeatable)")
    parser.add_argument("--reports-dir", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        result = run_build(args.grid, force=args.force, jobs=args.jobs, only=args.only, reports_dir=args.reports_dir)
    except UserError as exc:
        print(f"shangyu-analysis: error: {exc.message}", file=sys.stderr)
        return 2
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
