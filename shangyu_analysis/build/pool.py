"""Run build tasks in a process pool (papermill is not thread-safe) with progress reporting.

An interrupt (:mod:`.signals`) is polled for, never raised: unstarted runs are cancelled, the
workers are told through a shared event (a SIGTERM may have reached this process only), and the
runs in progress stop their kernels and come back as ``interrupted`` before the pool is shut down.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from shangyu_analysis.build.execute import Outcome, Task, execute_run, kernel_environment
from shangyu_analysis.build.progress import Progress
from shangyu_analysis.build.signals import interrupted, sigint_ignored_by_children, worker_initializer

if TYPE_CHECKING:
    from shangyu_analysis.build.warm import Zygote


def close_zygote() -> None:
    """End this process's zygote (:mod:`.warm`), if a warm kernel started one."""
    warm = sys.modules.get("shangyu_analysis.build.warm")  # not imported on the nothing-to-do path
    if warm is not None:
        warm.close_zygote()


POLL_S = 0.2
STOP_GRACE_S = 60.0  # how long stopping runs may take to come back after an interrupt


def execute_all(tasks: list[Task], jobs: int, stream: TextIO) -> list[Outcome]:
    """Run every task (see :func:`execute.execute_run`) on ``jobs`` processes; outcomes in finish order.

    One task, or ``jobs == 1``, runs in this process (no pool to start). A worker that dies
    fails its own run only. After an interrupt (:mod:`.signals`) the list holds the runs that
    finished, and ``interrupted`` outcomes for the others.
    """
    workers = max(1, min(jobs, len(tasks)))
    outcomes = []
    with Progress(len(tasks), stream) as progress:
        if workers == 1:
            try:
                for task in tasks:
                    outcomes.append(execute_run(task))
                    _report(progress, outcomes[-1])
            finally:  # a pool worker's zygote ends with the worker; this process lives on
                close_zygote()
            return outcomes
        shared = _shared_zygote(tasks)  # imports while the workers start
        if shared is not None:
            tasks = [replace(task, zygote=shared.address) for task in tasks]
        # spawn, not fork: the workers start kernels and ZMQ sockets, which do not survive a fork.
        context = multiprocessing.get_context("spawn")
        event = context.Event()  # the workers' stop signal (see :mod:`.signals`)
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=worker_initializer, initargs=(event,)
        )
        hung, deadline = False, None
        pending: set[Future[Outcome]] = set()
        try:
            with sigint_ignored_by_children():  # submit() starts the workers
                futures = {pool.submit(execute_run, task): task for task in tasks}
            pending, deadline = set(futures), None
            while pending:
                done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in done:
                    outcomes.append(_outcome(future, futures[future]))
                    _report(progress, outcomes[-1])
                if interrupted() and deadline is None:
                    event.set()  # every worker stops its run (a SIGTERM may have reached this process only)
                    deadline = time.monotonic() + STOP_GRACE_S
                    for future in pending:
                        future.cancel()  # those not yet handed to a worker
                    cancelled = {future for future in pending if future.cancelled()}
                    outcomes += [Outcome(futures[f].run_id, status="interrupted") for f in cancelled]
                    pending -= cancelled
                if deadline is not None and pending and time.monotonic() > deadline:
                    outcomes += [Outcome(futures[f].run_id, status="interrupted") for f in pending]
                    hung = True
                    break
        finally:
            # After a normal finish the workers exit while the build writes the index (~0.4 s); after an
            # interrupt the build waits for them (their kernels are dead by then either way).
            pool.shutdown(wait=not hung and (deadline is not None or bool(pending)), cancel_futures=True)
            if hung:  # a worker that did not stop in STOP_GRACE_S: its kernel follows it (parent poller)
                for child in multiprocessing.active_children():
                    child.kill()
            if shared is not None:
                sys.modules["shangyu_analysis.build.warm"].close_shared(shared)
    return outcomes


def _shared_zygote(tasks: list[Task]) -> Zygote | None:
    """The build's shared zygote (:func:`.warm.start_shared`) when its runs use warm kernels."""
    if not any(task.kernels == "warm" for task in tasks):
        return None
    from shangyu_analysis.build.warm import start_shared  # jupyter_client: not on the nothing-to-do path

    with kernel_environment():  # the environment the workers' kernels get, and their kernelspec lookup
        return start_shared(dict(os.environ), tasks[0].project_root)


def _outcome(future: Future[Outcome], task: Task) -> Outcome:
    try:
        return future.result()
    except Exception as exc:
        return Outcome(task.run_id, message=f"worker crashed: {exc}")


def _report(progress: Progress, outcome: Outcome) -> None:
    if outcome.status != "interrupted":  # an interrupted run is said once, in the build's last line
        progress.done(outcome)
