"""Run build tasks in a process pool (papermill is not thread-safe) with progress reporting."""

from __future__ import annotations


def execute_all(tasks: list[dict], jobs: int, stream) -> list[dict]:
    """Run every task (see :func:`execute.execute_run`) on ``jobs`` processes; outcomes in finish order.

    One task, or ``jobs == 1``, runs in this process (no pool to start). A worker that dies
    fails its own run only.
    """
    from shangyu_analysis.build.progress import Progress

    workers = max(1, min(jobs, len(tasks)))
    outcomes = []
    with Progress(len(tasks), stream) as progress:
        if workers == 1:
            from shangyu_analysis.build.execute import execute_run

            for task in tasks:
                outcomes.append(execute_run(task))
                progress.done(outcomes[-1])
            return outcomes
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        from shangyu_analysis.build.execute import execute_run

        # spawn, not fork: the workers start kernels and ZMQ sockets, which do not survive a fork.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(execute_run, task): task for task in tasks}
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker fails its run, not the build
                    task = futures[future]
                    outcome = {"run_id": task["run_id"], "status": "failed", "message": f"worker crashed: {exc}"}
                outcomes.append(outcome)
                progress.done(outcome)
    return outcomes
