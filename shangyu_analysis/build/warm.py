"""Warm kernels: a worker forks each run's kernel from a zygote (:mod:`.zygote`) instead of
starting ``python -m ipykernel_launcher`` and importing pandas, matplotlib, seaborn and the package.

:class:`WarmKernelManager` is a :class:`~.kernels.TrackedKernelManager` whose launch asks the
zygote to fork; jupyter_client has written the connection file and chosen the ports as for any
kernel, and :class:`~.forks.ForkedKernel` stands in for the ``Popen``. Everything else — nbclient,
papermill, interrupts (:func:`~.kernels.kill_live_kernels`), timeouts, dead-kernel messages — is
unchanged. A kernelspec that is not this interpreter's ipykernel, or a zygote that cannot start,
falls back to a fresh kernel (with one warning). The zygote is the build's shared one when the
build offers one (:func:`start_shared`: the local pool and a LocalCluster start one per build, so
two workers pay its 2.3 s of imports once) and it was started for the same interpreter and
environment; else the worker's own, kept per process and environment and replaced when it dies.

Why fork per run rather than keep one kernel and reset it between runs (measured on the 2-core
development machine, Python 3.11, ipykernel 7.4, jupyter_client's ``start_kernel`` + ``wait_for_ready``
with :class:`~.kernels.QuickStartClient`, 3–5 runs each):

- fresh kernel: ready in 0.67–0.73 s, then 1.9 s importing the stack in its first cells (2.6–2.7 s);
- forked from the zygote: ready in 0.21–0.24 s with the stack imported; the zygote itself starts in
  2.3–2.6 s (1.3 s from the bytecode ``make setup`` compiles), once per build and machine;
- kept kernel, ``%reset -f`` and the imports run again: 0.12–0.15 s a run (0.12–0.17 s adding
  ``matplotlib.rcdefaults()`` and ``pandas.reset_option("all")``), so ~0.1 s a run faster. But of
  five kinds of state a notebook leaves behind (a variable, an rcParam, a pandas option, a global of
  an imported module, a monkeypatched function) ``%reset -f`` clears only the variable, the two
  resets add the rcParam and the option, and the module global and the monkeypatch survive any
  reset short of re-importing every module (which is the fresh kernel again); a kernel that crashed
  or timed out must be replaced anyway. 0.1 s a run buys state that is clean by construction.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from typing import Any

from shangyu_analysis.build.forks import ForkedKernel, Zygote, ZygoteError, environment_key
from shangyu_analysis.build.inputs import READS_ENV
from shangyu_analysis.build.kernels import LIVE, TrackedKernelManager

_LAUNCHER = ("-m", "ipykernel_launcher")
_current: dict = {"zygote": None, "warned": False, "shared": None}
_lock = threading.Lock()


def launch_spec(kernel_cmd: list[str]) -> tuple[list[str], list[str]] | None:
    """(interpreter with its options, ipykernel arguments) when the kernelspec runs this
    interpreter's ``-m ipykernel_launcher``; else None (such a kernel starts fresh)."""
    for index in range(1, len(kernel_cmd) - 1):
        if tuple(kernel_cmd[index : index + 2]) == _LAUNCHER:
            prefix, argv = kernel_cmd[:index], kernel_cmd[index + 2 :]
            try:
                same = os.path.samefile(prefix[0], sys.executable)
            except OSError:
                same = False
            return (prefix, argv) if same else None
    return None


def use_shared(address: str | None) -> None:
    """Prefer the build's shared zygote at ``address`` (from :attr:`.execute.Task.zygote`)."""
    _current["shared"] = address


def zygote_for(prefix: list[str], env: dict, cwd: str | None) -> Zygote:
    """The zygote for this interpreter and environment: the build's shared one when it matches,
    else this process's own (started, or replaced, as needed)."""
    key = environment_key(prefix, env)
    with _lock:
        zygote = _current["zygote"]
        if zygote is not None and (zygote.key != key or not zygote.alive()):
            zygote.close()
            zygote = _current["zygote"] = None
        if zygote is None and _current["shared"]:
            try:
                zygote = Zygote.connect(_current["shared"])
            except ZygoteError:
                zygote = None
            if zygote is not None and zygote.key != key:  # another environment: its imports may differ
                zygote.close()
                zygote = None
        if zygote is None:
            zygote = Zygote.start(prefix, env, cwd)
        _current["zygote"] = zygote
        return zygote


def current_zygote() -> Zygote | None:
    return _current["zygote"]


def close_zygote() -> None:
    """End this process's zygote, if any (the next warm kernel starts a new one)."""
    with _lock:
        zygote, _current["zygote"] = _current["zygote"], None
    if zygote is not None:
        zygote.close()


def start_shared(env: dict, cwd: str) -> Zygote | None:
    """A zygote for the build's workers on this machine, started now and not waited for; None when
    the kernelspec is not this interpreter's ipykernel. ``env``: the kernels' environment, as the
    workers will compute it. Its socket lies in a folder only this user can enter."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = launch_spec(KernelSpecManager().get_kernel_spec("python3").argv)
    except NoSuchKernel:
        return None
    if spec is None:
        return None
    folder = tempfile.mkdtemp(prefix="shangyu-zygote-")
    try:
        return Zygote.start(spec[0], env, cwd, address=os.path.join(folder, "socket"), wait=False)
    except (OSError, ZygoteError):
        shutil.rmtree(folder, ignore_errors=True)
        return None


def close_shared(zygote: Zygote | None) -> None:
    """End the build's shared zygote (it kills what it still runs, then exits while the build
    writes its index) and remove its socket's folder."""
    if zygote is not None:
        zygote.close(wait=False)
        if zygote.address is not None:  # a shared zygote listens on a socket in a folder of its own
            shutil.rmtree(os.path.dirname(zygote.address), ignore_errors=True)


class WarmKernelManager(TrackedKernelManager):
    """A TrackedKernelManager whose kernels are forked from a zygote."""

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        spec = launch_spec(kernel_cmd)
        if spec is None:
            await super()._async_launch_kernel(kernel_cmd, **kw)
            return
        env = dict(kw.get("env") or os.environ)
        cwd = str(kw.get("cwd") or os.getcwd())
        try:
            zygote = zygote_for(spec[0], env, cwd)
            pid = zygote.fork(spec[1], cwd, env)
        except ZygoteError as exc:
            if not _current["warned"]:
                _current["warned"] = True
                print(f"warning: warm kernels unavailable ({exc}); starting fresh kernels", file=sys.stderr)
            await super()._async_launch_kernel(kernel_cmd, **kw)
            return
        log = env.get(READS_ENV)
        # files the zygote's imports read: this run's inputs too (hello is set once fork() had it ready)
        if log and zygote.hello and zygote.hello.get("reads"):
            with open(log, "a", encoding="utf-8", errors="surrogateescape") as file:
                file.writelines(f"{path}\n" for path in zygote.hello["reads"])
        # jupyter_client's LocalProvisioner declares process, pid, pgid and cwd as None class defaults
        provisioner: Any = self.provisioner
        provisioner.process, provisioner.pid, provisioner.pgid = ForkedKernel(zygote, pid), pid, pid
        provisioner.cwd = cwd
        self._reconcile_connection_info(provisioner.connection_info)
        LIVE.add(self)  # the forked kernel is wired into the provisioner; jupyter_client reads nothing back

    _launch_kernel = _async_launch_kernel
