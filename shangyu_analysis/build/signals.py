"""Interrupts (Ctrl-C, SIGTERM) during a build: recorded, never raised mid-write (stdlib only).

A handler here only *records* the signal: it never raises, so no write, no asyncio task and no
kernel shutdown is cut in half (an exception raised from a handler inside papermill's event loop is
what printed "Task exception was never retrieved", DeadKernelError and AssertionError tracebacks).
The code that waits — the pool loop in the build process, the run loop in each worker — polls
:func:`interrupted` a few times a second and stops cleanly: unstarted runs are cancelled, running
kernels are killed (:mod:`.kernels`), temporaries are removed, finished reports are kept.

A worker learns of an interrupt either from its own handler (Ctrl-C reaches the whole foreground
process group) or from the build's :class:`multiprocessing.Event` (a SIGTERM sent to the build
process only). The flag is sticky: a worker once told to stop starts no other run.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any, Protocol

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Flag(Protocol):
    """A build's stop flag: a threading, multiprocessing or dask Event."""

    def is_set(self) -> bool: ...


_state: dict[str, Any] = {"signum": None, "event": None}


class BuildInterrupted(KeyboardInterrupt):
    """The build stopped on SIGINT or SIGTERM; ``str()`` says how far it got (one line)."""

    def __init__(self, signum: int, done: int, total: int, failed: int = 0) -> None:
        self.signum, self.done, self.total, self.failed = signum, done, total, failed
        failed_part = f", {failed} failed" if failed else ""
        super().__init__(f"{done} of {total} reports done{failed_part}, nothing half-written")

    @property
    def exit_code(self) -> int:
        """128 + the signal number, as a shell reports a process stopped by that signal."""
        return 128 + int(self.signum)


def _record(signum: int, frame: FrameType | None) -> None:
    if _state["signum"] is None:
        _state["signum"] = signum


def interrupted() -> int | None:
    """The signal that asked this process to stop (or the build's stop event: SIGTERM), else None."""
    if _state["signum"] is None and _state["event"] is not None and _state["event"].is_set():
        _state["signum"] = signal.SIGTERM
    return _state["signum"]


@contextlib.contextmanager
def recording_signals() -> Iterator[None]:
    """Record SIGINT and SIGTERM instead of dying or raising, for the duration of a build.

    Outside the main thread (where handlers cannot be installed) nothing is recorded.
    """
    previous_state = dict(_state)
    _state.update(signum=None, event=None)
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {signum: signal.signal(signum, _record) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _state.update(previous_state)


@contextlib.contextmanager
def sigint_ignored_by_children() -> Iterator[None]:
    """Start worker processes with SIGINT ignored (inherited through exec) until their initializer
    installs :func:`_record`: a Ctrl-C while one starts up would otherwise print its traceback.
    The disposition is inherited at fork, so this process ignores SIGINT too for those few
    milliseconds (SIGTERM is still recorded)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def watch(event: Flag) -> None:
    """Watch ``event`` (anything with ``is_set()``) from now on, forgetting an earlier stop: a dask
    worker serves one build after another, each with its own stop flag (:mod:`.cluster`)."""
    _state.update(signum=None, event=event)


def worker_initializer(event: Flag) -> None:
    """Pool worker set-up: record signals for the life of the process and watch the build's event."""
    watch(event)
    for signum in SIGNALS:
        signal.signal(signum, _record)
