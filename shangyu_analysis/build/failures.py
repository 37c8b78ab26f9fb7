"""What went wrong in a run, without running anything: retry policy, output checks, failure lines.

Exceptions are told apart by type (papermill, nbclient, zmq). Those modules are imported inside
the functions: they are loaded in a build worker anyway before a run can fail, and the build driver,
which imports this package, must stay fast when there is nothing to build.
"""

from __future__ import annotations

import errno
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from shangyu_analysis.config import NO_CHART_METADATA

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from shangyu_analysis.build.kernels import CellWatch

# jupyter_client has no exception type for a kernel that never came up: it raises RuntimeError (or
# TimeoutError) with one of these messages (jupyter_client/client.py, wait_for_ready).
KERNEL_START_MESSAGES = (
    "Kernel died before replying to kernel_info",
    "Kernel didn't respond",  # "… in N seconds" and "… to heartbeats in N seconds and timed out"
)


def is_kernel_start_error(exc: BaseException) -> bool:
    """True for failures to start or reach a kernel (worth one retry), not for notebook errors."""
    # The worker has imported papermill (and with it nbclient and zmq) before any run can fail.
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError
    from zmq.error import ZMQBindError, ZMQError

    if isinstance(exc, (PapermillExecutionError, CellTimeoutError, DeadKernelError)):
        return False  # the notebook ran (or hung, or killed its kernel): running it again won't help
    if isinstance(exc, ZMQBindError) or (isinstance(exc, (ZMQError, OSError)) and exc.errno == errno.EADDRINUSE):
        return True  # a port taken between choosing it and binding it (parallel kernels)
    return isinstance(exc, (RuntimeError, TimeoutError)) and str(exc).startswith(KERNEL_START_MESSAGES)


class Attempted(NamedTuple):
    result: object
    attempts: int


def call_with_retry(
    function: Callable[[], object],
    *,
    retries: int = 1,
    retryable: Callable[[BaseException], bool] = is_kernel_start_error,
) -> Attempted:
    """Call ``function()``; on a retryable error call it again (at most ``retries`` times)."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return Attempted(function(), attempt)
        except Exception as exc:
            if attempt > retries or not retryable(exc):
                raise


def source_cell_number(notebook: NotebookNode, cell_index: int) -> int:
    """1-based number in the source notebook of cell ``cell_index`` of the executed notebook.

    ``cell_index`` counts papermill's injected-parameters cell but not the error banner it
    puts first when a cell fails (it inserts the banner after computing the index).
    """
    cells = [c for c in notebook.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    injected = sum("injected-parameters" in c.metadata.get("tags", []) for c in cells[:cell_index])
    return cell_index - injected + 1


def check_executed(notebook: NotebookNode) -> list[str]:
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
        if "chart" in cell.metadata.get("tags", []) and not any(
            "image/png" in output.get("data", {}) or output.get("metadata", {}).get(NO_CHART_METADATA)
            for output in outputs
        ):
            problems.append(
                f"cell {number} is tagged 'chart' but has no image/png output "
                "(figure not shown, or a non-inline matplotlib backend; a cell that has no chart on purpose "
                "calls report.notebook.no_chart)"
            )
    return problems


def death_cause(status: int | None) -> str:
    """``SIGKILL``, ``exit status 3`` or "" (unknown) for a kernel process's return code."""
    if status is None:
        return ""
    if status < 0:
        try:
            return signal.Signals(-status).name
        except ValueError:
            return f"signal {-status}"
    return f"exit status {status}"


def describe_failure(exc: BaseException, notebook: NotebookNode | None, watch: CellWatch | None = None) -> str:
    """One line: the source cell number, execution count and the error line.

    ``watch`` (a :class:`~.kernels.CellWatch`) names the cell and the cause when the kernel died.
    """
    from nbclient.exceptions import CellTimeoutError, DeadKernelError  # imported by papermill already (see above)
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        number = source_cell_number(notebook, exc.cell_index) if notebook is not None else exc.cell_index + 1
        error = f"{exc.ename}: {str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ''}"
        return f"cell {number} (execution count {exc.exec_count}): {error.rstrip(': ')}"
    if isinstance(exc, CellTimeoutError):
        return f"timed out: {str(exc).strip().splitlines()[0]}"
    if isinstance(exc, DeadKernelError):
        cause = death_cause(watch.exit_status()) if watch is not None else ""
        line = f"kernel died ({cause})" if cause else "kernel died"
        if watch is not None and watch.cell_index is not None:
            line += f" in cell {source_cell_number(notebook, watch.cell_index) if notebook else watch.cell_index + 1}"
        return line + (" (killed: out of memory?)" if cause == "SIGKILL" else "")
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}".rstrip(": ")
