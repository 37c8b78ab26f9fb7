"""The dask executor: runs go to a ``dask.distributed`` cluster, their files come back as bytes.

:func:`execute_on_cluster` submits one task per run (:func:`run_on_worker`) to the scheduler at
``scheduler``, or to a ``LocalCluster`` of ``jobs`` single-threaded worker processes started for
the build. A worker executes and renders the run (:func:`.execute.produce`, with warm kernels from
the LocalCluster's shared zygote, or from a zygote of its own) and returns the :class:`~.execute.Outcome` with the report's files as bytes;
this process writes them with :func:`.execute.publish` — the same writer, cache keys, ``_failed/``
handling and index as the local executor, and no shared filesystem needed for the outputs.

What a worker needs: the same checkout (``pip install -e .`` from the same requirements.lock, and
the ``python3`` kernelspec) and the articles at the same paths (those under the project root are
looked up under the worker's own checkout). Each run checks this: the worker recomputes the run's
cache key from its own files and installed versions, and a mismatch fails the run with one line
instead of caching a report built from something else.

Interrupts: on Ctrl-C / SIGTERM (:mod:`.signals`) every worker is told to stop this build's runs
(``Client.run``): a running run kills its kernel and comes back ``interrupted``, queued ones return
at once; what finished is written, nothing is half-written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from shangyu_analysis import config
from shangyu_analysis.build import cache, signals
from shangyu_analysis.build.execute import Outcome, Task, kernel_environment, produce, publish
from shangyu_analysis.build.forks import environment_key
from shangyu_analysis.build.inputs import first_changed
from shangyu_analysis.build.progress import Progress
from shangyu_analysis.build.warm import close_shared, close_zygote, start_shared
from shangyu_analysis.errors import UserError

if TYPE_CHECKING:
    import distributed
    from distributed import Client

    from shangyu_analysis.build.warm import Zygote

CONNECT_TIMEOUT_S = 10.0  # to reach a scheduler given by address
WORKERS_TIMEOUT_S = 30.0  # for a reachable scheduler to have at least one worker
POLL_S = 0.2
STOP_GRACE_S = 60.0  # how long stopping runs may take to come back after an interrupt
_worker: dict[str, Any] = {"build": None, "stopped": set()}
_worker_lock = threading.Lock()


def execute_on_cluster(tasks: list[Task], jobs: int | None, stream: TextIO, scheduler: str | None) -> list[Outcome]:
    """Run every task on a dask cluster and write the outcomes' files here; outcomes in finish order."""
    build = uuid.uuid4().hex
    reports_dir = Path(tasks[0].reports_dir)
    outcomes: list[Outcome] = []
    shared_root = tasks[0].project_root if any(task.kernels == "warm" for task in tasks) else None
    with (
        _client(scheduler, min(jobs or os.cpu_count() or 1, len(tasks)), shared_root) as (client, shared),
        Progress(len(tasks), stream) as progress,
    ):
        if shared is not None:
            tasks = [replace(task, zygote=shared.address) for task in tasks]
        futures = {
            client.submit(run_on_worker, task, build, key=f"shangyu-build-{build}-{index}", pure=False): task
            for index, task in enumerate(tasks)
        }
        pending, deadline = set(futures), None
        while pending:
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                outcome = publish(_outcome(future, futures[future]), reports_dir)
                outcomes.append(outcome)
                if outcome.status != "interrupted":  # said once, in the build's last line
                    progress.done(outcome)
            if signals.interrupted() and deadline is None:
                with contextlib.suppress(Exception):  # a worker that cannot be told still stops at the deadline
                    client.run(stop_build, build)
                deadline = time.monotonic() + STOP_GRACE_S
            if deadline is not None and time.monotonic() > deadline:
                outcomes += [Outcome(futures[f].run_id, status="interrupted") for f in pending]
                client.cancel(list(pending))
                break
            time.sleep(POLL_S if pending else 0)
    return outcomes


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int, shared_root: str | None) -> Iterator[tuple[Client, Zygote | None]]:
    """A dask Client of the cluster at ``scheduler``, or of a LocalCluster started for this build
    (with a zygote shared by its workers)."""
    from distributed import Client, LocalCluster  # ~1 s of imports, only for this executor

    shared = None
    if scheduler:
        client, cluster = _connect(Client, scheduler), None
    else:
        saved = dict(os.environ)
        if shared_root:  # imports while the cluster starts, for the environment its workers will have
            with kernel_environment():
                shared = start_shared({**os.environ, **_nanny_environ()}, shared_root)
        try:
            with signals.sigint_ignored_by_children():  # the workers start with Ctrl-C ignored
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
        finally:  # the nanny sets its workers' variables (OMP_NUM_THREADS…) in this process too
            os.environ.clear()
            os.environ.update(saved)
        client = Client(cluster)
        shared = _checked(shared, client, shared_root)
    try:
        yield client, shared
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
        close_shared(shared)


def _nanny_environ() -> dict:
    """What a dask nanny adds to its worker's environment (``distributed.nanny.pre-spawn-environ``
    and ``distributed.nanny.environ``, variables already set winning, PYTHONHASHSEED 6640 by default)."""
    import dask

    added = {}
    for key in ("distributed.nanny.pre-spawn-environ", "distributed.nanny.environ"):
        added.update({k: os.environ.get(k, str(v)) for k, v in dask.config.get(key).items() if v is not None})
        if key.endswith("pre-spawn-environ") and added.get("PYTHONHASHSEED") in (None, "0"):
            added["PYTHONHASHSEED"] = "6640"
    return added


def _checked(shared: Zygote | None, client: Client, root: str | None) -> Zygote | None:
    """The shared zygote when it was started for the environment the workers' kernels really get;
    else one started for that environment (when all workers agree), else None (each its own)."""
    if root is None:
        return None
    environments = list(client.run(kernel_env).values())
    if not environments or any(env != environments[0] for env in environments):
        close_shared(shared)
        return None
    if (
        shared is not None
        and shared.prefix is not None
        and shared.key == environment_key(shared.prefix, environments[0])
    ):
        return shared
    close_shared(shared)
    with kernel_environment():  # the kernelspec lookup the workers make
        return start_shared(environments[0], root)


def kernel_env() -> dict:
    """On a worker (``Client.run``): the environment its kernels get."""
    with kernel_environment():
        return dict(os.environ)


def _connect(client_class: type[Client], scheduler: str) -> Client:
    try:
        client = client_class(scheduler, timeout=CONNECT_TIMEOUT_S)
    except Exception as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise UserError(
            scheduler,
            f"cannot reach the dask scheduler ({reason}); start one with "
            "`dask scheduler` and check the address (tcp://HOST:8786)",
        ) from None
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except Exception:
        client.close()
        raise UserError(
            scheduler,
            f"the dask scheduler has no worker after {WORKERS_TIMEOUT_S:g} s; start some "
            f"with `dask worker {scheduler} --nthreads 1`",
        ) from None
    return client


def _outcome(future: distributed.Future, task: Task) -> Outcome:
    try:
        outcome = future.result()
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return Outcome(task.run_id, message=f"worker crashed: {type(exc).__name__}: {first}".rstrip(": "))
    return _same_inputs(outcome)


def _same_inputs(outcome: Outcome) -> Outcome:
    """``outcome``, failed when the worker read a data file whose bytes differ from this checkout's
    (its record's ``inputs``, :mod:`.inputs`): the report would be filed under this checkout's files."""
    record = (outcome.files or {}).get(f"{outcome.run_id}.run.json")
    if outcome.status != "ok" or record is None:
        return outcome
    changed = first_changed(json.loads(record).get("inputs", {}), config.PROJECT_ROOT)
    if changed is None:
        return outcome
    return Outcome(
        outcome.run_id,
        message=f"a worker would build something else: its {changed} differs from this "
        "checkout's; install the same commit and data there",
    )


class _Stop:
    """The stop flag of one build on this worker (what :func:`.signals.interrupted` polls)."""

    def __init__(self, build: str) -> None:
        self.build = build

    def is_set(self) -> bool:
        return self.build in _worker["stopped"]


def stop_build(build: str) -> None:
    """On a worker (``Client.run``): this build's running run kills its kernel, queued ones return."""
    _worker["stopped"].add(build)


def run_on_worker(task: Task, build: str) -> Outcome:
    """On a worker: check the checkout, produce the run in a scratch folder, return it (files as bytes)."""
    with _worker_lock:  # one run at a time in a process: papermill changes the working directory
        if _worker["build"] != build:
            # A new build may come from a changed checkout: forget what the last one imported and hashed.
            close_zygote()
            cache.environment_fingerprint.cache_clear()
            _worker["build"] = build
        signals.watch(_Stop(build))
        task = localized(task)
        problem = _check(task)
        if problem:
            return Outcome(task.run_id, message=problem)
        scratch = Path(tempfile.mkdtemp(prefix="shangyu-build-"))
        try:
            return produce(task, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


def localized(task: Task) -> Task:
    """``task`` with paths under the client's project root moved to this worker's checkout."""
    client_root, root = Path(task.project_root), config.PROJECT_ROOT

    def moved(path: str) -> str:
        try:
            return str(root / Path(path).relative_to(client_root))
        except ValueError:
            return path  # outside the project: it must exist at the same path on the worker

    return replace(task, notebook=moved(task.notebook), article=moved(task.article), project_root=str(root))


def _check(task: Task) -> str:
    """Why this worker cannot build ``task`` as the client would, in one line; "" when it can."""
    where = _address()
    for path in (task.notebook, task.article):
        if not Path(path).is_file():
            return f"worker {where} has no file {path}: it needs the project's files and the articles"
    if cache.run_key(Path(task.notebook), task.parameters, Path(task.article)) != task.key:
        return (
            f"worker {where} would build something else (its cache key differs: notebook, article, package "
            "source or installed versions); install the same commit and requirements.lock there"
        )
    return ""


def _address() -> str:
    with contextlib.suppress(Exception):
        from distributed import get_worker

        return get_worker().address
    return f"pid {os.getpid()}"
