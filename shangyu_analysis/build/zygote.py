"""The zygote: a process that has imported what kernels need, and forks one fresh kernel per run.

Run as ``python [the kernelspec's interpreter options] .../build/zygote.py FD KEY [SOCKET]`` by
:mod:`.forks` (FD: its owner's end of a socket pair; KEY: the environment it was started for;
SOCKET: where other workers may connect; a script, not ``-m``, which would import the build
package into every kernel). It imports :data:`PRELOAD` once (~2.3 s of the ~2.7 s a fresh kernel
spends before its first cell), greets each connection with ``{"ready": pid, "key": KEY}`` and serves
JSON lines:

- ``{"argv": [...], "cwd": ..., "env": {...}}`` → fork; the child becomes ``ipykernel_launcher argv``
  (the arguments after ``-m ipykernel_launcher`` in the kernelspec) → reply ``{"pid": N}``;
- and it reports each child's end as ``{"exit": pid, "status": returncode}`` (negative: a signal),
  since only a parent can collect that (the ``kernel died (SIGKILL)`` line needs it).

Why fork and not a kept kernel: copy-on-write gives every run the state of a process that has only
imported — an rcParam, module global or monkeypatch left by the previous notebook is gone for
free, and a crashed or timed-out kernel is never reused because no kernel ever is (measurements in
:mod:`.warm`). Forking is safe here because this process never starts a thread or a ZMQ context:
it only imports, waits on its sockets and forks (checked after the imports; it refuses otherwise).

A child differs from ``python -m ipykernel_launcher`` only in what the imports did without a
kernel around them, and each difference is undone: pandas asks ``get_ipython()`` and the encoding
of ``sys.stdout`` at import (display width and encoding), so the imports run with stand-ins that
answer as a kernel would; matplotlib's inline backend hooks into the shell when first used, which
happens in the kernel, as in a fresh one; variables the imports set in ``os.environ`` are set again
in the kernel's environment; the warning filters the notebook modules add go before the kernel's
own, as a fresh kernel's imports put them; ipykernel's parent poller watches this process, numpy's
random state is reseeded. One difference is kept on purpose: the imported objects are frozen
(``gc.freeze``, see :func:`main`). ``tests/test_build_warm.py`` compares a forked and a fresh kernel's
interpreter state. A closed connection's kernels are killed; when the owner's closes, all of them
are, and the zygote exits.
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import importlib
import io
import json
import os
import runpy  # a fresh kernel has it (python -m); so the children have it too
import select
import signal
import socket
import sys
import threading
import warnings
from typing import NamedTuple

# What a kernel imports while it starts (its debugger support alone is 0.2 s: pydevd is compiled
# from source at each import), then what the project's notebooks import.
KERNEL_MODULES = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "ipykernel.debugger")
NOTEBOOK_MODULES = (
    "IPython.display",
    "numpy",
    "pandas",
    "matplotlib.pyplot",
    "seaborn",
    "shangyu_analysis.report.fonts",
    "shangyu_analysis.report.views",
    "shangyu_analysis.dataset.dataset",
)
PRELOAD = KERNEL_MODULES + NOTEBOOK_MODULES
POLL_S = 0.05  # how soon a kernel's end is reported
READS_ENV = "SHANGYU_READS_LOG"  # build/inputs.py


class _KernelShell:
    """What ``get_ipython()`` returns during the imports: pandas only asks ``hasattr(ip, "kernel")``."""

    kernel = None


class _KernelStream(io.StringIO):
    """What ``sys.stdout`` is during the imports: a kernel's stream says "UTF-8" (pandas records it)."""

    encoding = "UTF-8"


class Preloaded(NamedTuple):
    """What the imports did that a child must redo or undo to match a fresh kernel."""

    failed: list  # modules that did not import
    reads: list  # files the imports opened: inputs of every kernel forked (build/inputs.py)
    printed: str  # what they printed (a fresh kernel shows it in the report: then no zygote)
    environ: dict  # variables they set, which the kernel's environment would otherwise drop
    filters: list  # warning filters the notebook modules added: a fresh kernel adds them after its own


def preload() -> Preloaded:
    """Import :data:`PRELOAD` as a kernel would (see the module docstring)."""
    # What the imports read, forked kernels never open: a kernel's hook logs it for every run (build/inputs.py),
    # only while the variable names this log (silent after the imports, and in children, which run their own).
    log = os.environ[READS_ENV] = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"shangyu-reads-{os.getpid()}")
    runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "read_hook.py"))
    failed, environ, filters = [], dict(os.environ), None
    streams = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = capture = _KernelStream()
    builtins.get_ipython = _KernelShell  # type: ignore[attr-defined]
    try:
        for name in PRELOAD:
            if name == NOTEBOOK_MODULES[0]:
                filters = list(warnings.filters)
            try:
                importlib.import_module(name)
            except Exception:
                failed.append(name)
    finally:
        del builtins.get_ipython  # type: ignore[attr-defined]  # installed above; the kernel's shell installs the real one
        sys.stdout, sys.stderr = streams
        del os.environ[READS_ENV]
        with open(log, encoding="utf-8", errors="surrogateescape") as file:
            reads = file.read().splitlines()
        os.unlink(log)
    # The inline backend must hook into the kernel's shell when a figure is first drawn there.
    sys.modules.pop("matplotlib_inline.backend_inline", None)
    added = {k: v for k, v in os.environ.items() if environ.get(k) != v}
    assert filters is not None  # set when the loop reached NOTEBOOK_MODULES[0], which PRELOAD holds
    return Preloaded(failed, reads, capture.getvalue(), added, [f for f in warnings.filters if f not in filters])


def _kernel(request: dict, preloaded: Preloaded, stdin: int) -> None:
    """In the forked child: become ``python -m ipykernel_launcher ARGV`` and never return."""
    code = 1
    try:
        for signum in (signal.SIGTERM, signal.SIGCHLD, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.dup2(stdin, 0)  # a pipe nobody writes to, as jupyter_client gives a kernel
        os.close(stdin)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update({**request["env"], **preloaded.environ})
        os.environ["JPY_PARENT_PID"] = str(os.getppid())  # its parent poller watches this process
        sys.argv = [request["launcher"], *request["argv"]]
        if "numpy" in sys.modules:  # a fresh process draws its own seed; a fork copies the parent's
            sys.modules["numpy"].random.seed()
        from ipykernel.kernelapp import IPKernelApp

        try:
            app = IPKernelApp.instance(parent_handle=os.getppid())  # its default was read at import
            app.initialize()
            # A fresh kernel's imports come after its own warning filters, so theirs go first.
            # typeshed declares warnings.filters a Sequence and leaves out _filters_mutated: both are CPython's list
            # and the call that tells the module its filters changed
            warnings.filters[:] = preloaded.filters + [f for f in warnings.filters if f not in preloaded.filters]  # type: ignore[index]
            warnings._filters_mutated()  # type: ignore[attr-defined]
            app.start()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    finally:
        os._exit(code)


def serve(owner: socket.socket, listener: socket.socket | None, preloaded: Preloaded, hello: dict) -> None:
    """Fork a kernel per request until ``owner`` closes; report each kernel's end to whoever asked.

    Other workers may connect to ``listener`` (a shared zygote, see :mod:`.warm`): each connection
    has its own kernels, killed when it closes (its worker died).
    """
    buffers: dict[socket.socket, bytes] = {owner: b""}
    children: dict[int, tuple] = {}  # pid -> (its connection, the write end of its stdin, held as jupyter_client would)
    try:
        while True:
            ready, _, _ = select.select([*buffers, *([listener] if listener else [])], [], [], POLL_S)
            while children:
                pid, status = os.waitpid(-1, os.WNOHANG)
                if not pid:
                    break
                connection, stdin = children.pop(pid)
                os.close(stdin)
                _send(connection, {"exit": pid, "status": os.waitstatus_to_exitcode(status)})
            for channel in ready:
                if channel is listener:
                    connection, _ = listener.accept()
                    buffers[connection] = b""
                    _send(connection, hello)
                    continue
                try:
                    data = channel.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    if channel is owner:
                        return  # the build or the worker is gone
                    _kill([pid for pid, (c, _) in children.items() if c is channel])
                    del buffers[channel]
                    channel.close()
                    continue
                buffers[channel] += data
                while b"\n" in buffers[channel]:
                    line, buffers[channel] = buffers[channel].split(b"\n", 1)
                    pid, stdin = _fork(json.loads(line), preloaded, [*buffers, listener], children)
                    children[pid] = (channel, stdin)
                    _send(channel, {"pid": pid})
    finally:
        _kill(list(children))


def _kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)


def _send(channel: socket.socket, message: dict) -> None:
    with contextlib.suppress(OSError):  # a worker that is gone; its connection closes on the next read
        channel.sendall((json.dumps(message) + "\n").encode("utf-8"))


def _fork(request: dict, preloaded: Preloaded, sockets: list, children: dict) -> tuple[int, int]:
    """Fork a kernel; returns once it leads its own session (so killpg reaches it)."""
    reader, writer = os.pipe()
    stdin, stdin_writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        for channel in sockets:
            if channel is not None:
                channel.close()
        for fd in (reader, stdin_writer, *(held for _, held in children.values())):
            os.close(fd)
        os.setsid()  # a session of its own, as jupyter_client starts kernels
        os.close(writer)  # the zygote's read() returns: the session exists
        _kernel(request, preloaded, stdin)
    os.close(writer)
    os.close(stdin)
    os.read(reader, 1)
    os.close(reader)
    return pid, stdin_writer


def main(argv: list[str]) -> int:
    """``FD KEY [SOCKET-PATH]``: preload, check that forking is safe and nothing was printed, serve."""
    if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]  # the script's folder; ipykernel_launcher likewise drops its cwd entry
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle; EOF ends this
    owner = socket.socket(fileno=int(argv[0]))
    listener = None
    if len(argv) > 2:  # bound first, so that workers can connect (and wait) while this imports
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(argv[2])  # in a folder only this user can enter: a connection may ask for any command
        listener.listen(64)
    preloaded = preload()
    if threading.active_count() != 1:
        _send(owner, {"error": f"threads started while importing: {threading.enumerate()}"})
        return 1
    if preloaded.printed.strip():
        _send(owner, {"error": f"importing printed {preloaded.printed.strip().splitlines()[-1]!r}"})
        return 1
    hello = {"ready": os.getpid(), "key": argv[1], "failed": preloaded.failed, "reads": preloaded.reads}
    # The imported objects move to the permanent generation: a kernel's full collections then skip
    # them (and leave their pages shared with this process instead of copying them). Measured on the
    # seed grid: 18.3 → 17.2 CPU-s, 10.8 → 10.3 s. What a notebook could see of it: gc.get_freeze_count()
    # is not 0, and gc.get_objects() / get_referrers() leave these objects out (tests/test_build_warm.py).
    gc.collect()
    gc.freeze()
    _send(owner, hello)
    serve(owner, listener, preloaded, hello)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
