"""One build run: papermill → checks → HTML (:func:`produce`), then atomic writes (:func:`publish`).

:func:`execute_run` takes a :class:`Task` and returns an :class:`Outcome` (plain dataclasses, so
they cross a process pool or a dask cluster). It never raises for a problem with the notebook: the
outcome says ``failed`` and why, the executed notebook is kept under ``reports/_failed/`` and the
previous good report is left untouched. The two halves can run in different processes: a dask
worker produces (the report's files come back as bytes in :attr:`Outcome.files`) and the build
process publishes, so the cache, ``_failed/`` and the index behave the same with every executor.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shangyu_analysis.build.html import ReportHeader, article_facts, export_html, first_heading, stable_notebook
from shangyu_analysis.build.inputs import recorded_inputs
from shangyu_analysis.build.layout import GRID_FOLDER
from shangyu_analysis.build.runner import INLINE_BACKEND, KERNEL_ENVIRONMENT, execute_notebook, kernel_environment
from shangyu_analysis.build.signals import interrupted
from shangyu_analysis.files import write_atomic

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = [
    "INLINE_BACKEND",
    "KERNEL_ENVIRONMENT",
    "Outcome",
    "Task",
    "execute_run",
    "kernel_environment",
    "produce",
    "publish",
]


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
    kernels: str = "warm"  # "warm": forked from a zygote (:mod:`.warm`); "fresh": a new process
    zygote: str | None = None  # the socket of the build's shared zygote on this machine, if any


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
    read_first: bool = False  # the notebook's metadata shangyu.read_first: the index lists it first
    # Produced and not yet written: path relative to the reports folder -> bytes (see publish()).
    files: dict | None = None


def execute_run(task: Task) -> Outcome:
    """Execute one run and write its report; see :func:`shangyu_analysis.build.run.run_build`.

    After an interrupt (:mod:`.signals`) it starts nothing, or stops the kernel it runs, and
    returns status ``interrupted`` having written nothing; a report already being written is
    finished first (the write is never cut in half).
    """
    return publish(produce(task, Path(task.reports_dir) / ".tmp"), Path(task.reports_dir))


def produce(task: Task, scratch: Path) -> Outcome:
    """Execute one run into ``scratch`` (papermill's output file) and render its files as bytes.

    ``outcome.files`` holds the report's four files for an ``ok`` run, the executed notebook for a
    failed one (when papermill saved one), nothing for an interrupted one.
    """
    started = time.perf_counter()
    outcome = Outcome(task.run_id)
    if interrupted():
        outcome.status = "interrupted"
        return outcome
    temporary = scratch / f"{task.run_id.replace('/', '__')}.{os.getpid()}.ipynb"
    reads_log = temporary.with_suffix(".reads")  # what the kernel read (.inputs)
    temporary.parent.mkdir(parents=True, exist_ok=True)
    try:
        execution = execute_notebook(task, temporary, reads_log)
        outcome.attempts = execution.attempts
        problems = execution.problems
        if interrupted():
            outcome.status = "interrupted"
        elif not problems:
            inputs = recorded_inputs(reads_log, Path(task.project_root))
            assert execution.notebook is not None  # a run without problems has its notebook
            outcome.files = _render(task, execution.notebook, outcome, started, inputs)
            outcome.status = "ok"
    except Exception as exc:
        problems = [f"{type(exc).__name__}: {exc}"]
    if outcome.status == "failed":
        outcome.message = "; ".join(problems)
        if temporary.is_file():
            outcome.files = {f"_failed/{task.run_id}.ipynb": temporary.read_bytes()}
    temporary.unlink(missing_ok=True)
    reads_log.unlink(missing_ok=True)
    outcome.duration_s = round(time.perf_counter() - started, 3)
    return outcome


def publish(outcome: Outcome, reports_dir: Path) -> Outcome:
    """Write what :func:`produce` made into ``reports_dir`` (in the build process, or a pool worker).

    A report's four files are written before any is renamed into place, the key last: a report is
    only "up to date" once everything else is in place. When they cannot be written (disk full,
    permissions) the run fails, naming the report, and the previous files are kept.
    """
    files, outcome.files = outcome.files or {}, None
    stem = reports_dir / outcome.run_id
    if outcome.status == "ok":
        try:
            write_atomic({reports_dir / name: data for name, data in files.items()})
        except OSError as exc:
            # A full disk fails in write(), which names no file: name the report (and what is kept).
            reason = f"{exc.strerror or exc} (errno {exc.errno})" if exc.errno else str(exc)
            outcome.status, outcome.html_bytes = "failed", None
            outcome.message = (
                f"could not write the report {stem.with_suffix('.html')}: {reason}; the previous report is kept"
            )
            files = {f"_failed/{outcome.run_id}.ipynb": files[f"{outcome.run_id}.ipynb"]}
        else:
            (reports_dir / "_failed" / f"{outcome.run_id}.ipynb").unlink(missing_ok=True)
            return outcome
    kept = files.get(f"_failed/{outcome.run_id}.ipynb")
    if outcome.status == "failed" and kept is not None:
        destination = reports_dir / "_failed" / f"{outcome.run_id}.ipynb"
        try:
            write_atomic({destination: kept})
            outcome.failed_notebook = str(destination)
        except OSError:
            pass  # a record for the user, not worth a second failure
    return outcome


def _render(task: Task, notebook: NotebookNode, outcome: Outcome, started: float, inputs: dict) -> dict:
    import nbformat  # already imported by execute_notebook

    header = ReportHeader(
        **article_facts(Path(task.article), task.parameters, task.lang),  # title, path(s), place, draft mark, sha256
        notebook=Path(task.notebook).name,
        parameters=task.parameters,
        generated_utc=task.generated_utc,
        git_commit=task.git_commit,
        package_version=task.package_version,
        lang=task.lang,
        lock_sha256=task.lock_sha256,
    )
    # The page is rendered from the notebook as kept: no path of this machine in either.
    stable = stable_notebook(notebook, Path(task.project_root))
    page = export_html(stable, header, show_code=bool(task.parameters.get("show_code", False))).encode("utf-8")
    kept = nbformat.writes(stable) + "\n"
    record: dict[str, Any] = {
        "run_id": task.run_id,
        "notebook": header.notebook,
        "notebook_title": first_heading(notebook) or Path(task.notebook).stem,
        "article": GRID_FOLDER if "articles" in task.parameters else header.article,
        "article_title": header.article_title,
        "lang": task.lang,
        "parameters": task.parameters,
        "duration_s": round(time.perf_counter() - started, 3),
        "html_bytes": len(page),
        "read_first": bool(notebook.metadata.get("shangyu", {}).get("read_first", False)),
        "inputs": inputs,  # every file the run read, with its sha256 (.inputs; the planner checks them)
    }
    outcome.html_bytes, outcome.article_title = len(page), header.article_title
    outcome.notebook_title, outcome.read_first = record["notebook_title"], record["read_first"]
    return {  # in this order: the key is renamed into place last
        f"{task.run_id}.html": page,
        **{f"{task.run_id}.{name}": data for name, data in table_files(page)},
        f"{task.run_id}.ipynb": kept.encode("utf-8"),
        f"{task.run_id}.run.json": json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"),
        f"{task.run_id}.key": (task.key + "\n").encode("utf-8"),
    }


# The download links report.notebook.table puts in the page (a data: URI each): the same bytes go beside it.
_TABLE_LINK = re.compile(
    rb'<a class="sy-csv" download="([\w.-]+\.csv)" href="data:text/csv;charset=utf-8;base64,'
    rb'([A-Za-z0-9+/=]*)">'
)


def table_files(page: bytes) -> list[tuple[str, bytes]]:
    """``(<table_id>.csv, bytes)`` of every table the page offers as a download."""
    return [(name.decode("ascii"), base64.b64decode(data)) for name, data in _TABLE_LINK.findall(page)]
