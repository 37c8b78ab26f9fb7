"""One build at a time per reports folder: an ``fcntl.flock`` on ``<reports>/.build.lock``.

A second build on the same folder is **refused** at once with one line (by default): a build holds
the folder for minutes (hours for a large grid), a second one started meanwhile is nearly always a
mistake (two terminals, ``make report`` twice), and a process that silently waits behind another
looks hung. Refusing leaves the choice to the user or script (wait, or stop the first build);
``run_build(lock_wait_s=…)`` waits up to that many seconds instead, for scripts that queue builds.

The kernel drops the lock when its holder exits, however it exits (SIGKILL included), so a stale
lock file never blocks a build. The file is never replaced (a lock lives on its inode, which an
atomic rename would swap) nor removed (a waiter could be holding the old inode); it only holds the
holder's pid for the message, written on the locked descriptor and cleared on release.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from shangyu_analysis.errors import UserError

LOCK_NAME = ".build.lock"
_POLL_S = 0.1


@contextlib.contextmanager
def build_lock(reports_dir: Path, wait_s: float = 0.0) -> Iterator[Path]:
    """Hold the reports folder's build lock; :class:`UserError` when another build holds it.

    ``wait_s`` > 0 retries for that long before giving up.
    """
    path = Path(reports_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait_s)
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip()
                    who = f"another build (pid {holder})" if holder.isdigit() else "another build"
                    waited = f" (waited {wait_s:g} s)" if wait_s > 0 else ""
                    raise UserError(
                        path,
                        f"{who} is writing {path.parent}{waited}; wait for it to finish or stop it, then build again",
                    ) from None
                time.sleep(_POLL_S)
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield path
        finally:
            os.ftruncate(descriptor, 0)
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)
