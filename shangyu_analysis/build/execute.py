"""One build run, executed in a worker process: papermill → checks → HTML → atomic writes.

:func:`execute_run` takes a :class:`Task` and returns an :class:`Outcome` (plain dataclasses, so
they cross a process pool). It never raises for a problem with the notebook: the outcome says
``failed`` and why, the executed notebook is kept under ``reports/_failed/`` and the previous good
report is left untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from shangyu_analysis.build.failures import call_with_retry, check_executed, describe_failure
from shangyu_analysis.build.html import ReportHeader, article_title, export_html, first_heading, stable_notebook
from shangyu_analysis.files import sha256_file, write_atomic

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
KERNEL_ENVIRONMENT = {
    # An inherited MPLBACKEND=Agg would make every figure vanish without an error.
    "MPLBACKEND": INLINE_BACKEND,
    # Find this environment's "python3" kernelspec before a user-level one for another Python.
    "JUPYTER_PREFER_ENV_PATH": "1",
}


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
    """What one run did; ``status`` is ``ok`` or ``failed``."""

    run_id: str
    status: str = "failed"
    message: str = ""  # one line per problem, joined with "; "
    attempts: int = 0
    duration_s: float | None = None
    failed_notebook: str | None = None  # the executed notebook kept under reports/_failed/
    html_bytes: int | None = None
    notebook_title: str = ""
    article_title: str = ""


class Execution(NamedTuple):
    """papermill's result: the executed notebook and what is wrong with it."""

    notebook: object  # nbformat.NotebookNode, or None when papermill wrote nothing
    problems: list  # one line each; empty when the run is good
    attempts: int  # kernel starts (a failed start is retried once)


@contextlib.contextmanager
def kernel_environment():
    """Set :data:`KERNEL_ENVIRONMENT` while papermill starts the kernel; restore it afterwards."""
    previous = {name: os.environ.get(name) for name in KERNEL_ENVIRONMENT}
    os.environ.update(KERNEL_ENVIRONMENT)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def execute_run(task: Task) -> Outcome:
    """Execute one run and write its report; see :func:`shangyu_analysis.build.run.run_build`."""
    started = time.perf_counter()
    reports_dir = Path(task.reports_dir)
    temporary = reports_dir / ".tmp" / f"{task.run_id.replace('/', '__')}.{os.getpid()}.ipynb"
    temporary.parent.mkdir(parents=True, exist_ok=True)
    outcome = Outcome(task.run_id)
    try:
        execution = _execute(task, temporary)
        outcome.attempts = execution.attempts
        problems = execution.problems
        if not problems:
            _write_report(task, execution.notebook, outcome, started)
            outcome.status = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure of one run must not stop the build
        problems = [f"{type(exc).__name__}: {exc}"]
    if outcome.status != "ok":
        outcome.message = "; ".join(problems)
        outcome.failed_notebook = _keep_failed(temporary, reports_dir, task.run_id)
    temporary.unlink(missing_ok=True)
    outcome.duration_s = round(time.perf_counter() - started, 3)
    return outcome


@contextlib.contextmanager
def _without_rfc3987_syntax():
    """Keep jsonschema from importing ``rfc3987_syntax`` while nbformat and papermill are imported.

    ``rfc3987_syntax`` builds a grammar at import (0.75 s); jsonschema imports it inside
    ``suppress(ImportError)`` only to check the "iri" string format, which the notebook schema never
    uses. Measured (Python 3.11, papermill 2.7.0, jsonschema 4.26): ``import papermill, nbformat``
    0.67 s with the block against 1.70 s without (best of 3); a fresh process building one fixture
    report (jobs=1) 5.5–5.8 s against 6.6–7.0 s wall. So ~1.1 s saved in every worker process.
    The block is lifted again once they are imported.
    """
    blocked = "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # an import of it now raises ImportError
    try:
        yield
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


def _execute(task: Task, temporary: Path) -> Execution:
    with _without_rfc3987_syntax():
        # ~0.7 s of imports that only a run that executes a notebook needs (not the build driver).
        import nbformat
        import papermill

    attempts = 0

    def run_once():
        nonlocal attempts
        attempts += 1
        temporary.unlink(missing_ok=True)
        with kernel_environment():
            return papermill.execute_notebook(
                task.notebook,
                str(temporary),
                parameters=task.parameters,
                kernel_name="python3",
                progress_bar=False,
                request_save_on_cell_execute=False,  # one save at the end: each save re-validates
                cwd=task.project_root,
                execution_timeout=task.timeout_s,
                # The kernel's own log (TCP warning, shutdown noise) is not the notebook's output.
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                # The outputs are collected by then; a graceful shutdown only adds ~1 s per run.
                shutdown_kernel="immediate",
            )

    try:
        notebook = call_with_retry(run_once).result
    except Exception as exc:  # noqa: BLE001 - described as one line for the build summary
        executed = nbformat.read(temporary, as_version=4) if temporary.is_file() else None
        return Execution(executed, [describe_failure(exc, executed)], attempts)
    return Execution(notebook, check_executed(notebook), attempts)


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
    write_atomic({
        stem.with_suffix(".html"): page,
        stem.with_suffix(".ipynb"): kept,
        stem.with_suffix(".run.json"): json.dumps(record, ensure_ascii=False, indent=1),
        stem.with_suffix(".key"): task.key + "\n",
    })
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

