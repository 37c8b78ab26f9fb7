"""The batch build: every notebook × article × language of ``build.yml`` → self-contained HTML.

Entry point :func:`run_build` (the command line is ``shangyu-analysis build``, in :mod:`shangyu_analysis.cli`).
Runs whose cache key matches the key stored beside their report are not rebuilt, and the
nothing-to-do path imports neither papermill nor nbconvert (nor dask, jinja2, pandas or the extractor):
the modules that run notebooks (:mod:`.execute`, :mod:`.pool`) are imported when a run is stale, and
the index is rendered only when what it shows changed (:func:`.index.write_index`). Other runs go to a process
pool (:mod:`.pool`; papermill is not thread-safe) or a dask cluster (:mod:`.cluster`), with warm
kernels (:mod:`.warm`) or fresh ones; each report is written through temporary files, so a failure
never replaces a good report. See :mod:`.grid` (validation), :mod:`.cache` (keys),
:mod:`.execute` (one run), :mod:`.html` (HTML) and :mod:`.index` (``reports/index.html``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from shangyu_analysis import __version__, config
from shangyu_analysis.build import cache
from shangyu_analysis.build.grid import Grid, load_grid
from shangyu_analysis.build.index import write_index
from shangyu_analysis.build.lock import build_lock
from shangyu_analysis.build.plan import RunResult, Stale, earlier_results, plan
from shangyu_analysis.build.signals import BuildInterrupted, interrupted, recording_signals
from shangyu_analysis.errors import UserError

if TYPE_CHECKING:  # imported when a run is stale: papermill, nbconvert and the HTML stack are behind them
    from shangyu_analysis.build.execute import Outcome, Task

__all__ = ["BuildInterrupted", "BuildResult", "RunResult", "run_build"]
EXECUTORS = ("local", "dask")
KERNELS = ("warm", "fresh")


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
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def run_build(  # noqa: PLR0913 -- one keyword-only option per flag of `shangyu-analysis build`
    grid_path: str | Path | None = None,
    *,
    force: bool = False,
    jobs: int | None = None,
    only: list[str] | None = None,
    reports_dir: str | Path | None = None,
    stream: TextIO | None = None,
    lock_wait_s: float = 0.0,
    kernels: str = "warm",
    executor: str = "local",
    scheduler: str | None = None,
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
    lock_wait_s : float
        How long to wait for another build of the same reports folder to finish (default: refuse
        at once; see :mod:`.lock`).
    kernels : {"warm", "fresh"}
        ``warm`` forks each run's kernel from a process per worker that has imported the stack
        (:mod:`.warm`); ``fresh`` starts a new kernel process per run. Reports are the same bytes.
    executor : {"local", "dask"}
        ``local``: a process pool on this machine (:mod:`.pool`); ``dask``: a dask.distributed
        cluster (:mod:`.cluster`), a LocalCluster of ``jobs`` workers unless ``scheduler`` is given.
    scheduler : str, optional
        Address of a running dask scheduler (``tcp://host:8786``), for ``executor="dask"``.

    Returns
    -------
    BuildResult
        Per-run status; ``.ok`` is False when any run failed.

    Raises
    ------
    UserError
        A bad grid or notebook parameter (raised before any kernel starts); another build holding
        the reports folder; the index cannot be written; an unreachable dask scheduler.
    BuildInterrupted
        SIGINT or SIGTERM arrived (a KeyboardInterrupt; ``str()`` is one line saying how many
        reports were done). Finished reports are in place, unfinished ones untouched, no temporary
        is left and no kernel runs; the next build redoes only the unfinished runs.
    """
    started = time.perf_counter()
    if jobs is not None and jobs < 1:
        raise UserError(None, f"--jobs must be at least 1, got {jobs}")
    if kernels not in KERNELS:
        raise UserError(None, f"--kernels must be one of {', '.join(KERNELS)}, got {kernels!r}")
    if executor not in EXECUTORS:
        raise UserError(None, f"--executor must be one of {', '.join(EXECUTORS)}, got {executor!r}")
    if scheduler and executor != "dask":
        raise UserError(None, "--scheduler needs --executor dask")
    stream = stream or sys.stderr
    reports_dir = Path(reports_dir).absolute() if reports_dir is not None else config.REPORTS_DIR
    grid = load_grid(grid_path)
    # Keys reflect the files as this build starts, also in a long-lived process (a test session, a
    # notebook, a dask client, whose workers check the keys against their own files): 3 ms.
    getattr(cache.environment_fingerprint, "cache_clear", lambda: None)()
    with build_lock(reports_dir, lock_wait_s), recording_signals():
        results, stale = plan(grid, reports_dir, force=force, only=only)
        outcomes = []
        if stale and not interrupted():
            tasks = _tasks(stale, grid, reports_dir, kernels)
            if executor == "dask":
                from shangyu_analysis.build.cluster import execute_on_cluster  # imports dask (~1 s)

                outcomes = execute_on_cluster(tasks, jobs, stream, scheduler)
            else:
                from shangyu_analysis.build.pool import execute_all  # the notebook-running modules

                outcomes = execute_all(tasks, jobs or os.cpu_count() or 1, stream)
            with contextlib.suppress(OSError):  # the workers' scratch folder, when they left it empty
                (reports_dir / ".tmp").rmdir()
            by_id = {result.run_id: result for result in results}
            for outcome in outcomes:
                _apply_outcome(by_id[outcome.run_id], outcome, reports_dir)
        index = reports_dir / "index.html"
        try:
            # Every report under reports/, not only this grid's: another grid's scenarios stay listed.
            shown = results + earlier_results(reports_dir, {result.run_id for result in results})
            write_index([_row(result) for result in shown], reports_dir)
        except OSError as exc:
            raise UserError(index, f"could not write the index: {exc.strerror or exc} (errno {exc.errno})") from None
        signum = interrupted()
    if signum:
        done = sum(outcome.status == "ok" for outcome in outcomes)
        failed = sum(outcome.status == "failed" for outcome in outcomes)
        raise BuildInterrupted(signum, done, len(stale), failed)
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "cached", "failed", "skipped")}
    build = BuildResult(results, index, round(time.perf_counter() - started, 3), counts)
    _print_summary(build, stream)
    return build


def _tasks(stale: list[Stale], grid: Grid, reports_dir: Path, kernels: str) -> list[Task]:
    from shangyu_analysis.build.execute import Task

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
            kernels=kernels,
        )
        for run, key in stale
    ]


def _apply_outcome(result: RunResult, outcome: Outcome, reports_dir: Path) -> None:
    result.status = outcome.status
    result.message = outcome.message
    result.duration_s = outcome.duration_s
    if outcome.status == "interrupted":
        return  # stopped before writing: the run stays as its last build left it
    if outcome.status == "ok":
        result.html = reports_dir / f"{result.run_id}.html"
        result.notebook_title = outcome.notebook_title or result.notebook_title
        result.article_title = outcome.article_title or result.article_title
        result.html_bytes, result.read_first = outcome.html_bytes, outcome.read_first
    else:
        result.failed_notebook = Path(outcome.failed_notebook) if outcome.failed_notebook else None


def _row(result: RunResult) -> dict:
    return {**result.__dict__, "notebook_title": result.notebook_title or Path(result.notebook).stem}


def _print_summary(build: BuildResult, stream: TextIO) -> None:
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
        print(f"warning: {run.html} is {(run.html_bytes or 0) / 1e6:.2f} MB (limit 1 MB)", file=sys.stderr)
