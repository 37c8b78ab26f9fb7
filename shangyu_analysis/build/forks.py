"""The worker's end of a zygote (:mod:`.zygote`): start one or connect to one, have it fork kernels.

:class:`Zygote` speaks the zygote's JSON-lines protocol over a socket: ``start`` runs a new zygote
process (its owner: the zygote ends when the owner's socket closes), ``connect`` joins a zygote
another process started with a socket path (a *shared* zygote: one per build on a machine, so two
workers pay its imports once). :class:`ForkedKernel` stands in for the ``Popen`` of a forked
kernel; its return code comes from the zygote, the kernel's parent. Both are thread-safe: nbclient's
thread polls a kernel while the worker's main thread may kill it (:mod:`.signals`).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

STARTUP_TIMEOUT_S = 300.0  # imports on a loaded machine
ZYGOTE_SCRIPT = str(Path(__file__).with_name("zygote.py"))


class ZygoteError(RuntimeError):
    """The zygote could not start, or died, or refused to fork."""


# Variables that differ between otherwise equal environments and that no import reads: the
# kernel's parent (set by the zygote itself), a dask worker's nanny, the run's read log (.inputs).
PER_RUN_VARIABLES = ("JPY_PARENT_PID", "__DASK_PARENT_PID", "SHANGYU_READS_LOG")


def environment_key(prefix: list[str], env: dict) -> str:
    """What a zygote's imports depend on: the interpreter command and the environment."""
    items = sorted((k, v) for k, v in env.items() if k not in PER_RUN_VARIABLES)
    return hashlib.sha256(json.dumps([prefix, items]).encode("utf-8")).hexdigest()


class Zygote:
    """One connection to a zygote process."""

    def __init__(self, channel: socket.socket, process: subprocess.Popen | None = None) -> None:
        self.channel, self.process = channel, process
        self.buffer = b""
        self.statuses: dict[int, int] = {}  # pid -> exit status
        self.replies: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.forks: list[int] = []  # pids of the kernels forked through this connection (tests read this)
        self.closed = False
        self.address: str | None = None  # where other workers connect, for a shared zygote
        self.key: str | None = None  # environment_key() of the zygote's imports
        self.prefix: list[str] | None = None  # the interpreter command, for a zygote this process started
        self.hello: dict | None = None

    def ready(self) -> Zygote:
        """Wait until the zygote has imported everything; ZygoteError when it could not."""
        if self.hello is None:
            hello = self._reply(STARTUP_TIMEOUT_S)
            if "ready" not in hello:
                self.close()
                raise ZygoteError(hello.get("error", "the zygote did not start"))
            self.hello, self.key = hello, hello["key"]
        return self

    @classmethod
    def start(
        cls, prefix: list[str], env: dict, cwd: str | None, address: str | None = None, wait: bool = True
    ) -> Zygote:
        """A new zygote process run by ``prefix``; with ``address``, others may connect there.
        ``wait=False`` returns while it imports (:meth:`ready` and :meth:`fork` wait)."""
        env = {k: v for k, v in env.items() if k not in ("JPY_PARENT_PID", "SHANGYU_READS_LOG")}
        ours, theirs = socket.socketpair()
        command = [*prefix, ZYGOTE_SCRIPT, str(theirs.fileno()), environment_key(prefix, env), *filter(None, [address])]
        try:
            process = subprocess.Popen(
                command, pass_fds=(theirs.fileno(),), env=env, cwd=cwd, stdin=subprocess.DEVNULL, start_new_session=True
            )
        finally:
            theirs.close()
        zygote = cls(ours, process)
        zygote.address, zygote.prefix, zygote.key = address, prefix, environment_key(prefix, env)
        deadline = time.monotonic() + 10.0
        while address and not os.path.exists(address) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # bound before the imports (~0.05 s): from then on workers can connect and wait
        return zygote.ready() if wait else zygote

    @classmethod
    def connect(cls, address: str) -> Zygote:
        """Join the shared zygote listening at ``address`` (ZygoteError when it is not there)."""
        channel = socket.socket(socket.AF_UNIX)
        try:
            channel.connect(address)
        except OSError as exc:
            channel.close()
            raise ZygoteError(f"no zygote at {address}: {exc.strerror or exc}") from None
        return cls(channel).ready()

    def _pump(self, timeout: float) -> None:
        """Read what the zygote said (waiting up to ``timeout``); EOF marks it closed."""
        if self.closed:
            return
        self.channel.settimeout(timeout)
        try:
            data = self.channel.recv(65536)
        except (TimeoutError, BlockingIOError):
            return
        except OSError:
            data = b""
        if not data:
            self.closed = True
            return
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            message = json.loads(line)
            if "exit" in message:
                self.statuses[message["exit"]] = message["status"]
            else:
                self.replies.append(message)

    def _reply(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        with self.lock:
            while not self.replies and not self.closed and time.monotonic() < deadline:
                self._pump(min(0.5, max(0.0, deadline - time.monotonic())))
            if not self.replies:
                raise ZygoteError("the zygote stopped answering" if not self.closed else "the zygote died")
            return self.replies.pop(0)

    def fork(self, argv: list[str], cwd: str, env: dict) -> int:
        """A new kernel ``ipykernel_launcher ARGV`` in ``cwd`` with ``env``; its pid."""
        spec = importlib.util.find_spec("ipykernel_launcher")
        if spec is None:  # no ipykernel here: the caller falls back to a fresh kernel, as for any ZygoteError
            raise ZygoteError("ipykernel_launcher is not importable")
        launcher = spec.origin  # sys.argv[0] of a fresh kernel
        request = {"argv": argv, "cwd": cwd, "env": env, "launcher": launcher}
        self.ready()
        try:
            self.channel.sendall((json.dumps(request) + "\n").encode("utf-8"))
        except OSError:
            self.closed = True
            raise ZygoteError("the zygote died") from None
        pid = self._reply(60.0)["pid"]
        self.forks.append(pid)
        return pid

    def returncode(self, pid: int) -> int | None:
        """The kernel's return code once it ended (``-9``: SIGKILL), else None."""
        with self.lock:
            self._pump(0.0)
            if pid not in self.statuses and self.closed:
                # Its parent is gone: so is the kernel (its parent poller), or it is now.
                with contextlib.suppress(OSError):
                    os.killpg(pid, signal.SIGKILL)
                self.statuses[pid] = -signal.SIGKILL
            return self.statuses.get(pid)

    def alive(self) -> bool:
        return not self.closed and (self.process is None or self.process.poll() is None)

    def close(self, wait: bool = True) -> None:
        """Close the connection: a zygote kills the kernels forked for it, and ends with its owner
        (``wait=False``: without waiting for that; the subprocess module reaps it later)."""
        self.closed = True
        self.channel.close()
        if self.process is not None and wait:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ForkedKernel:
    """The ``Popen`` of a forked kernel, as jupyter_client's LocalProvisioner uses it."""

    stdin = stdout = stderr = None

    def __init__(self, zygote: Zygote, pid: int) -> None:
        self.zygote, self.pid = zygote, pid

    @property
    def returncode(self) -> int | None:
        return self.zygote.returncode(self.pid)

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if timeout is not None and deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return code

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:  # never signal a pid that may have been reused
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)
