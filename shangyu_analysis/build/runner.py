"""One papermill execution, in a thread of its own, watched for interrupts and dead kernels.

Why a thread: nbclient installs asyncio signal handlers for SIGINT and SIGTERM when it runs in the
main thread, and on a signal it shuts the kernel down under the running cell (the source of the
"Task exception was never retrieved" / DeadKernelError / AssertionError tracebacks a Ctrl-C used to
print). In another thread it cannot install them; the main thread keeps the build's own recording
handlers (:mod:`.signals`), polls :func:`~.signals.interrupted` and, when told to stop, kills the
run's kernel. The thread then sees a dead kernel, lets nbclient clean up (connection file, ZMQ
sockets) and returns; nothing is written for an interrupted run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple, Protocol

from shangyu_analysis.build.failures import call_with_retry, check_executed, describe_failure
from shangyu_analysis.build.signals import interrupted

if TYPE_CHECKING:
    from pathlib import Path

    from nbformat import NotebookNode

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
KERNEL_ENVIRONMENT = {
    # An inherited MPLBACKEND=Agg would make every figure vanish without an error.
    "MPLBACKEND": INLINE_BACKEND,
    # Find this environment's "python3" kernelspec before a user-level one for another Python.
    "JUPYTER_PREFER_ENV_PATH": "1",
}
POLL_S = 0.2  # how often the waiting thread looks for an interrupt


class NotebookTask(Protocol):
    """What running a notebook reads of an :class:`.execute.Task` (a Protocol: execute imports this module)."""

    @property
    def notebook(self) -> str: ...
    @property
    def parameters(self) -> dict: ...
    @property
    def project_root(self) -> str: ...
    @property
    def timeout_s(self) -> int: ...
    @property
    def kernels(self) -> str: ...
    @property
    def zygote(self) -> str | None: ...


class Execution(NamedTuple):
    """papermill's result: the executed notebook and what is wrong with it."""

    notebook: NotebookNode | None  # None when papermill wrote nothing
    problems: list  # one line each; empty when the run is good
    attempts: int  # kernel starts (a failed start is retried once)


@contextlib.contextmanager
def kernel_environment(run: dict | None = None) -> Iterator[None]:
    """Set :data:`KERNEL_ENVIRONMENT` (and ``run``'s variables, for one run's kernel) while papermill
    starts the kernel; restore them afterwards."""
    variables = {**KERNEL_ENVIRONMENT, **(run or {})}
    previous = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def without_rfc3987_syntax() -> Iterator[None]:
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
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # None is how sys.modules blocks an import
    try:
        yield
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


def execute_notebook(task: NotebookTask, temporary: Path, reads_log: Path | None = None) -> Execution:
    """Run ``task.notebook`` with papermill into ``temporary``; returns once the kernel is gone.

    With ``reads_log``, the kernel records there every file the run opens (:mod:`.inputs`).
    """
    with without_rfc3987_syntax():
        # ~0.7 s of imports that only a run that executes a notebook needs (not the build driver).
        import nbformat
        import papermill
    # jupyter_client comes with papermill; loaded here, never on the nothing-to-do path.
    from shangyu_analysis.build.inputs import READS_ENV, kernel_arguments
    from shangyu_analysis.build.kernels import CellWatch, TrackedKernelManager, kill_live_kernels
    from shangyu_analysis.build.warm import WarmKernelManager, use_shared

    manager = WarmKernelManager if task.kernels == "warm" else TrackedKernelManager
    use_shared(task.zygote)

    # nbclient logs "Kernel died while waiting for execute reply." to the last-resort handler; the
    # build says it once, with the cell and the cause.
    quiet = logging.getLogger("papermill")
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
    attempts, watches = 0, []

    def run_once() -> NotebookNode:
        nonlocal attempts
        attempts += 1
        watches.append(CellWatch())
        temporary.unlink(missing_ok=True)
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
            # The read hook (.inputs) runs before the first cell, in warm and fresh kernels alike.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL", *(kernel_arguments() if reads_log else [])],
            # The outputs are collected by then; a graceful shutdown only adds ~1 s per run.
            shutdown_kernel="immediate",
            kernel_manager_class=watches[-1].manager_class(manager),
            on_cell_start=watches[-1].on_cell_start,
        )

    result: dict = {}

    def target() -> None:
        try:
            with kernel_environment({READS_ENV: str(reads_log)} if reads_log else None):
                result["notebook"] = call_with_retry(run_once).result
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=target, name="papermill", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(POLL_S)
        if interrupted():
            kill_live_kernels()  # again on every poll: a kernel may have been starting
    if "error" not in result:
        notebook = result["notebook"]
        return Execution(notebook, check_executed(notebook), attempts)
    exc, watch = result["error"], watches[-1] if watches else None
    executed = nbformat.read(temporary, as_version=4) if temporary.is_file() else None
    if executed is None and watch is not None and watch.cells and not interrupted():
        # papermill saved nothing (a dead kernel): keep the cells as far as they ran
        source = nbformat.read(task.notebook, as_version=4)
        executed = nbformat.v4.new_notebook(cells=list(watch.cells), metadata=source.metadata)
        with contextlib.suppress(Exception):  # a record for the user, not worth a second failure
            nbformat.write(executed, str(temporary))
    return Execution(executed, [describe_failure(exc, executed, watch)], attempts)
