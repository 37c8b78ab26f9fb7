"""Run build tasks in a process pool (papermill is not thread-safe) with progress reporting."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from shangyu_analysis.build.execute import Outcome, Task, execute_run
from shangyu_analysis.build.progress import Progress


def execute_all(tasks: list[Task], jobs: int, stream) -> list[Outcome]:
    """Run every task (see :func:`execute.execute_run`) on ``jobs`` processes; outcomes in finish order.

    One task, or ``jobs == 1``, runs in this process (no pool to start). A worker that dies
    fails its own run only.
    """
    workers = max(1, min(jobs, len(tasks)))
    outcomes = []
    with Progress(len(tasks), stream) as progress:
        if workers == 1:
            for task in tasks:
                outcomes.append(execute_run(task))
                progress.done(outcomes[-1])
            return outcomes
        # spawn, not fork: the workers start kernels and ZMQ sockets, which do not survive a fork.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(execute_run, task): task for task in tasks}
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker fails its run, not the build
                    outcome = Outcome(futures[future].run_id, message=f"worker crashed: {exc}")
                outcomes.append(outcome)
                progress.done(outcome)
    return outcomes
