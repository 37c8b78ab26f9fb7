"""One build run, executed in a worker process: papermill → checks → HTML → atomic writes.

:func:`execute_run` takes and returns plain dicts so it can cross a process pool. It never
raises for a problem with the notebook: the outcome says ``failed`` and why, the executed
notebook is kept under ``reports/_failed/`` and the previous good report is left untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from shangyu_analysis.build import cache

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


KERNEL_ENVIRONMENT = {
    # An inherited MPLBACKEND=Agg would make every figure vanish without an error.
    "MPLBACKEND": INLINE_BACKEND,
    # Find this environment's "python3" kernelspec before a user-level one for another Python.
    "JUPYTER_PREFER_ENV_PATH": "1",
}


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


def is_kernel_start_error(exc: BaseException) -> bool:
    """True for failures to start or reach a kernel (worth one retry), not for notebook errors."""
    name = type(exc).__name__
    if name in ("PapermillExecutionError", "CellTimeoutError", "DeadKernelError"):
        return False
    text = str(exc).lower()
    if name in ("ZMQError", "ZMQBindError") or "address already in use" in text:
        return True
    return "kernel" in text and any(word in text for word in ("died before", "start", "respond", "timed out"))


def call_with_retry(function, *, retries: int = 1, retryable=is_kernel_start_error):
    """Call ``function()``; on a retryable error call it again (at most ``retries`` times).

    Returns
    -------
    (result, attempts)
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return function(), attempt
        except Exception as exc:  # noqa: BLE001 - classified right below
            if attempt > retries or not retryable(exc):
                raise


def source_cell_number(notebook, cell_index: int) -> int:
    """1-based number in the source notebook of cell ``cell_index`` of the executed notebook.

    ``cell_index`` counts papermill's injected-parameters cell but not the error banner it
    puts first when a cell fails (it inserts the banner after computing the index).
    """
    cells = [c for c in notebook.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    injected = sum("injected-parameters" in c.metadata.get("tags", []) for c in cells[:cell_index])
    return cell_index - injected + 1


def check_executed(notebook) -> list[str]:
    """Problems papermill does not see: stored "Glyph … missing" warnings, charts with no image."""
    problems = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        number = source_cell_number(notebook, index)
        outputs = cell.get("outputs", [])
        for output in outputs:
            text = output.get("text", "") if output.get("output_type") == "stream" else ""
            text += output.get("data", {}).get("text/plain", "") if "data" in output else ""
            glyph = next((ln for ln in text.splitlines() if "Glyph" in ln and "missing" in ln), None)
            if glyph:
                problems.append(f"cell {number}: a chart lacks glyphs (is the CJK font registered?): {glyph.strip()}")
                break
        if "chart" in cell.metadata.get("tags", []):
            if not any("image/png" in output.get("data", {}) for output in outputs):
                problems.append(
                    f"cell {number} is tagged 'chart' but has no image/png output "
                    "(figure not shown, or a non-inline matplotlib backend)"
                )
    return problems


def describe_failure(exc: BaseException, notebook) -> str:
    """One line: the source cell number, execution count and the error line."""
    if type(exc).__name__ == "PapermillExecutionError":
        number = source_cell_number(notebook, exc.cell_index) if notebook is not None else exc.cell_index + 1
        error = f"{exc.ename}: {str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ''}"
        return f"cell {number} (execution count {exc.exec_count}): {error.rstrip(': ')}"
    if type(exc).__name__ == "CellTimeoutError":
        return f"timed out: {str(exc).strip().splitlines()[0]}"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}".rstrip(": ")


def execute_run(task: dict) -> dict:
    """Execute one run and write its report; see :func:`shangyu_analysis.build.run.run_build`.

    ``task`` keys: run_id, notebook, article, lang, parameters, key, reports_dir, timeout_s,
    git_commit, generated_utc, package_version. Returns a dict with status ``ok`` or ``failed``,
    duration_s, message (one line per problem), attempts, and on success the titles and html size.
    """
    started = time.perf_counter()
    reports_dir = Path(task["reports_dir"])
    final_stem = reports_dir / task["run_id"]
    temporary = reports_dir / ".tmp" / f"{task['run_id'].replace('/', '__')}.{os.getpid()}.ipynb"
    temporary.parent.mkdir(parents=True, exist_ok=True)
    outcome = {"run_id": task["run_id"], "status": "failed", "attempts": 0, "message": ""}
    try:
        notebook, problems, outcome["attempts"] = _execute(task, temporary)
        if not problems:
            _write_report(task, notebook, temporary, final_stem, outcome, started)
            outcome["status"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure of one run must not stop the build
        problems, notebook = [f"{type(exc).__name__}: {exc}"], None
    if outcome["status"] != "ok":
        outcome["message"] = "; ".join(problems)
        outcome["failed_notebook"] = _keep_failed(temporary, reports_dir, task["run_id"])
    temporary.unlink(missing_ok=True)
    outcome["duration_s"] = round(time.perf_counter() - started, 3)
    return outcome


def _skip_slow_optional_imports() -> None:
    """Keep jsonschema from importing ``rfc3987_syntax`` (1.1 s building a grammar at import).

    jsonschema only uses it to check the "iri" string format, which the notebook schema never
    uses; its import is wrapped in ``suppress(ImportError)``, so blocking it is safe.
    """
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None


def _execute(task: dict, temporary: Path):
    _skip_slow_optional_imports()
    import nbformat
    import papermill

    attempts = 0

    def run_once():
        nonlocal attempts
        attempts += 1
        temporary.unlink(missing_ok=True)
        with kernel_environment():
            return papermill.execute_notebook(
                str(task["notebook"]),
                str(temporary),
                parameters=task["parameters"],
                kernel_name="python3",
                progress_bar=False,
                request_save_on_cell_execute=False,  # one save at the end: each save re-validates
                cwd=task["project_root"],
                execution_timeout=task["timeout_s"],
                # The kernel's own log (TCP warning, shutdown noise) is not the notebook's output.
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                # The outputs are collected by then; a graceful shutdown only adds ~1 s per run.
                shutdown_kernel="immediate",
            )

    try:
        notebook, _ = call_with_retry(run_once)
    except Exception as exc:  # noqa: BLE001 - described as one line for the build summary
        executed = nbformat.read(temporary, as_version=4) if temporary.is_file() else None
        return executed, [describe_failure(exc, executed)], attempts
    return notebook, check_executed(notebook), attempts


def _write_report(task: dict, notebook, temporary: Path, final_stem: Path, outcome: dict, started: float) -> None:
    import nbformat

    from shangyu_analysis.build.html import ReportHeader, article_title, export_html, first_heading, stable_notebook

    article = Path(task["article"])
    header = ReportHeader(
        article_title=article_title(article),
        article=task["parameters"]["article"],
        notebook=Path(task["notebook"]).name,
        parameters=task["parameters"],
        generated_utc=task["generated_utc"],
        git_commit=task["git_commit"],
        package_version=task["package_version"],
        input_sha256=cache.sha256_file(article),
        lang=task["lang"],
        lock_sha256=task.get("lock_sha256", "unknown"),
    )
    page = export_html(notebook, header, show_code=bool(task["parameters"].get("show_code", False)))
    data = page.encode("utf-8")
    cache.write_bytes_atomic(final_stem.with_suffix(".html"), data)
    kept = nbformat.writes(stable_notebook(notebook, Path(task["project_root"]))) + "\n"
    cache.write_bytes_atomic(final_stem.with_suffix(".ipynb"), kept.encode("utf-8"))
    temporary.unlink(missing_ok=True)
    record = {
        "run_id": task["run_id"],
        "notebook": header.notebook,
        "notebook_title": first_heading(notebook) or Path(task["notebook"]).stem,
        "article": header.article,
        "article_title": header.article_title,
        "lang": task["lang"],
        "parameters": task["parameters"],
        "duration_s": round(time.perf_counter() - started, 3),
        "html_bytes": len(data),
    }
    cache.write_text_atomic(final_stem.with_suffix(".run.json"), json.dumps(record, ensure_ascii=False, indent=1))
    # The key last: a report is only "up to date" once everything above is in place.
    cache.write_text_atomic(final_stem.with_suffix(".key"), task["key"] + "\n")
    (Path(task["reports_dir"]) / "_failed" / f"{task['run_id']}.ipynb").unlink(missing_ok=True)
    outcome.update(html_bytes=len(data), article_title=header.article_title, notebook_title=record["notebook_title"])


def _keep_failed(temporary: Path, reports_dir: Path, run_id: str) -> str | None:
    if not temporary.is_file():
        return None
    destination = reports_dir / "_failed" / f"{run_id}.ipynb"
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temporary, destination)
    return str(destination)

