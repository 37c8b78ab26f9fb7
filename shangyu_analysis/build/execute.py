"""One build run, executed in a worker process: papermill → checks → HTML → atomic writes.

:func:`execute_run` takes a :class:`Task` and returns an :class:`Outcome` (plain dataclasses, so
they cross a process pool). It never raises for a problem with the notebook: the outcome says
``failed`` and why, the executed notebook is kept under ``reports/_failed/`` and the previous good
report is left untouched.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from shangyu_analysis.build.html import ReportHeader, article_title, export_html, first_heading, stable_notebook
from shangyu_analysis.build.runner import INLINE_BACKEND, KERNEL_ENVIRONMENT, execute_notebook, kernel_environment
from shangyu_analysis.build.signals import interrupted
from shangyu_analysis.files import sha256_file, write_atomic

__all__ = ["INLINE_BACKEND", "KERNEL_ENVIRONMENT", "Outcome", "Task", "execute_run", "kernel_environment"]


@dataclass(frozen=True)
class Task:
    """Everything a worker needs to build one report."""

    run_id: str  # <article-stem>/<lang>/<notebook-stem>
    notebook: str  # path
    article: str  # path
    lang: str
    parameters: dict  # passed to papermill, incl. article (relative to the project root) and lang
    key: str  # the cache key, written beside the report after a success
    reports_dir: str
    project_root: str  # the kernel's working directory
    timeout_s: int  # per cell
    package_version: str
    lock_sha256: str
    git_commit: str
    generated_utc: str


@dataclass
class Outcome:
    """What one run did; ``status`` is ``ok``, ``failed`` or ``interrupted`` (stopped, nothing written)."""

    run_id: str
    status: str = "failed"
    message: str = ""  # one line per problem, joined with "; "
    attempts: int = 0
    duration_s: float | None = None
    failed_notebook: str | None = None  # the executed notebook kept under reports/_failed/
    html_bytes: int | None = None
    notebook_title: str = ""
    article_title: str = ""


def execute_run(task: Task) -> Outcome:
    """Execute one run and write its report; see :func:`shangyu_analysis.build.run.run_build`.

    After an interrupt (:mod:`.signals`) it starts nothing, or stops the kernel it runs, and
    returns status ``interrupted`` having written nothing; a report already being written is
    finished first (the write is never cut in half).
    """
    started = time.perf_counter()
    outcome = Outcome(task.run_id)
    if interrupted():
        outcome.status = "interrupted"
        return outcome
    reports_dir = Path(task.reports_dir)
    temporary = reports_dir / ".tmp" / f"{task.run_id.replace('/', '__')}.{os.getpid()}.ipynb"
    temporary.parent.mkdir(parents=True, exist_ok=True)
    try:
        execution = execute_notebook(task, temporary)
        outcome.attempts = execution.attempts
        problems = execution.problems
        if interrupted():
            outcome.status = "interrupted"
        elif not problems:
            _write_report(task, execution.notebook, outcome, started)
            outcome.status = "ok"
    except ReportWriteError as exc:
        problems = [str(exc)]
    except Exception as exc:  # noqa: BLE001 - any failure of one run must not stop the build
        problems = [f"{type(exc).__name__}: {exc}"]
    if outcome.status == "failed":
        outcome.message = "; ".join(problems)
        outcome.failed_notebook = _keep_failed(temporary, reports_dir, task.run_id)
    temporary.unlink(missing_ok=True)
    outcome.duration_s = round(time.perf_counter() - started, 3)
    return outcome


class ReportWriteError(Exception):
    """The report's files could not be written (disk full, permissions); the previous ones are kept."""


def _write_report(task: Task, notebook, outcome: Outcome, started: float) -> None:
    import nbformat  # already imported by _execute

    article = Path(task.article)
    header = ReportHeader(
        article_title=article_title(article),
        article=task.parameters["article"],
        notebook=Path(task.notebook).name,
        parameters=task.parameters,
        generated_utc=task.generated_utc,
        git_commit=task.git_commit,
        package_version=task.package_version,
        input_sha256=sha256_file(article),
        lang=task.lang,
        lock_sha256=task.lock_sha256,
    )
    page = export_html(notebook, header, show_code=bool(task.parameters.get("show_code", False))).encode("utf-8")
    kept = nbformat.writes(stable_notebook(notebook, Path(task.project_root))) + "\n"
    record = {
        "run_id": task.run_id,
        "notebook": header.notebook,
        "notebook_title": first_heading(notebook) or Path(task.notebook).stem,
        "article": header.article,
        "article_title": header.article_title,
        "lang": task.lang,
        "parameters": task.parameters,
        "duration_s": round(time.perf_counter() - started, 3),
        "html_bytes": len(page),
    }
    stem = Path(task.reports_dir) / task.run_id
    # All four are written before any is renamed into place, and the key is renamed last: a report
    # is only "up to date" once everything else is in place.
    try:
        write_atomic({
            stem.with_suffix(".html"): page,
            stem.with_suffix(".ipynb"): kept,
            stem.with_suffix(".run.json"): json.dumps(record, ensure_ascii=False, indent=1),
            stem.with_suffix(".key"): task.key + "\n",
        })
    except OSError as exc:
        # A full disk fails in write(), which names no file: name the report (and what is kept).
        reason = f"{exc.strerror or exc} (errno {exc.errno})" if exc.errno else str(exc)
        raise ReportWriteError(f"could not write the report {stem.with_suffix('.html')}: {reason}; "
                               "the previous report is kept") from None
    (Path(task.reports_dir) / "_failed" / f"{task.run_id}.ipynb").unlink(missing_ok=True)
    outcome.html_bytes, outcome.article_title = len(page), header.article_title
    outcome.notebook_title = record["notebook_title"]


def _keep_failed(temporary: Path, reports_dir: Path, run_id: str) -> str | None:
    """Move papermill's output of a failed run to ``reports/_failed/<run_id>.ipynb`` (a rename)."""
    if not temporary.is_file():
        return None
    destination = reports_dir / "_failed" / f"{run_id}.ipynb"
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temporary, destination)
    return str(destination)

