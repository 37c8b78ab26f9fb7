"""Warm kernels (issue #13): forked from a zygote per worker, the same bytes as fresh kernels, nothing
carried from one run to the next, and a kernel that crashed, timed out or lost its zygote is replaced.

Fixtures in tests/fixtures/build: ``state.ipynb`` prints what a notebook can observe of its process
(modules, pandas options, rcParams, shell hooks, warning filters, environment, signals…) as JSON;
``leaky.ipynb`` changes all of that in the runs its ``actions`` parameter names, or ends its kernel,
and every run prints what it sees.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import socket
import sys
from pathlib import Path
from types import SimpleNamespace

import build_helpers
import nbformat
import pytest
from build_helpers import files

from shangyu_analysis import config
from shangyu_analysis.build import cache, run, warm
from shangyu_analysis.build.layout import run_suffix

PINNED_EPOCH = "1614038400"


@pytest.fixture(scope="module")
def pinned():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", PINNED_EPOCH)
        patch.setattr(run, "git_commit", lambda: "c0ffee" * 6 + "c0ff")
        patch.setattr(cache, "environment_fingerprint", lambda: "pinned-environment")
        yield patch


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def outputs(notebook_bytes: bytes, cell: int) -> str:
    notebook = nbformat.reads(notebook_bytes.decode(), as_version=4)
    source_cells = [c for c in notebook.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    return "".join(o.get("text", "") for o in source_cells[cell - 1].get("outputs", []) if o.get("name") == "stdout")


# -- the same bytes -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def both(tmp_path_factory, pinned):
    """The fixture report (zh, en) and the state probe (en), built with fresh and with warm kernels."""
    folder = tmp_path_factory.mktemp("warm_vs_fresh")
    grid = build_helpers.write_grid(folder, "grid.yml", "report, state")
    only, out = ["*/*/report", "*/en/state"], SimpleNamespace()
    out.fresh = run.run_build(
        grid, force=True, jobs=2, only=only, reports_dir=folder / "fresh", stream=io.StringIO(), kernels="fresh"
    )
    out.warm = run.run_build(grid, force=True, jobs=2, only=only, reports_dir=folder / "warm", stream=io.StringIO())
    out.fresh_files, out.warm_files = files(folder / "fresh"), files(folder / "warm")
    return out


@pytest.mark.slow
def test_warm_kernels_write_the_same_reports_as_fresh_ones(both):
    assert both.fresh.counts["ok"] == both.warm.counts["ok"] == 3, [r.message for r in both.warm.runs]
    # The state probe's page prints the one difference kept on purpose (gc_frozen, compared in the next
    # test); its key is compared here, and everything of the two fixture reports.
    compared = [
        name
        for name in both.fresh_files
        if name.endswith((".html", ".ipynb", ".key"))
        and name != "index.html"
        and not name.endswith(("state.html", "state.ipynb"))
    ]
    assert len(compared) == 7
    for name in compared:
        assert both.warm_files[name] == both.fresh_files[name], name
    # The read hook runs in both kinds of kernel: the same files recorded as each run's inputs (build/inputs.py).
    records = [name for name in both.fresh_files if name.endswith("/report.run.json")]
    assert len(records) == 2
    for name in records:
        fresh, warmed = (json.loads(files[name])["inputs"] for files in (both.fresh_files, both.warm_files))
        assert fresh == warmed and f"data/raw/{config.SEED_NAME}.txt" in fresh


@pytest.mark.slow
def test_a_forked_kernel_sees_the_process_a_fresh_one_sees(both):
    name = f"{config.SEED_NAME}/en/state.ipynb"
    fresh, warmed = (json.loads(outputs(f[name], 4)) for f in (both.fresh_files, both.warm_files))
    assert fresh["pandas"]["display.max_columns"] == "20"  # pandas was imported inside a kernel
    assert fresh["threads"] == warmed["threads"] and "IOPub" in fresh["threads"]
    differences = {
        key: (fresh.get(key), warmed.get(key))
        for key in fresh.keys() | warmed.keys()
        if fresh.get(key) != warmed.get(key)
    }
    # The one difference kept on purpose: the zygote froze its imported objects (gc.freeze, see zygote.main).
    assert differences == {"gc_frozen": (False, True)}


# -- nothing carried over, crashed kernels replaced -----------------------------------------------

# The grid sets `actions` away from its default: the reports get their own name (build/layout.py).
LEAKY = "leaky" + run_suffix({"actions": {"x1/zh": "leak", "x2/zh": "exit", "x3/zh": "orphan"}}, {})


@pytest.fixture(scope="module")
def leaky(tmp_path_factory, pinned):
    """Six runs in one worker (in process): x1/zh leaves state behind, x2/zh exits, x3/zh kills its zygote."""
    folder = tmp_path_factory.mktemp("leaky")
    for stem in ("x1", "x2", "x3"):
        shutil.copy(config.SEED_ARTICLE, folder / f"{stem}.txt")
    articles = ", ".join(str(folder / f"{stem}.txt") for stem in ("x1", "x2", "x3"))
    grid = build_helpers.write_grid(
        folder,
        "grid.yml",
        "leaky",
        f"articles: [{articles}]\nparameters: {{actions: {{x1/zh: leak, x2/zh: exit, x3/zh: orphan}}}}\n",
    )
    out = SimpleNamespace(forks=[], zygotes=[])
    real_fork = warm.Zygote.fork

    def recording_fork(zygote, *args):
        pid = real_fork(zygote, *args)
        out.forks.append(pid)
        out.zygotes.append(zygote.process.pid)
        return pid

    pinned.setattr(warm.Zygote, "fork", recording_fork)
    out.warm = run.run_build(grid, force=True, jobs=1, reports_dir=folder / "warm", stream=io.StringIO())
    pinned.setattr(warm.Zygote, "fork", real_fork)
    out.fresh = run.run_build(
        grid, force=True, jobs=1, only=["x1/en/*"], reports_dir=folder / "fresh", stream=io.StringIO(), kernels="fresh"
    )
    out.warm_files, out.fresh_files = files(folder / "warm"), files(folder / "fresh")
    return out


@pytest.mark.slow
def test_state_left_by_a_notebook_does_not_reach_the_next_report(leaky):
    assert leaky.fresh.ok
    leaked = outputs(leaky.warm_files[f"x1/zh/{LEAKY}.ipynb"], 5)
    assert "rcParams: 9.0 red" in leaked and "package: leaked patched" in leaked  # the leak did happen
    for suffix in (".html", ".ipynb"):
        assert leaky.warm_files[f"x1/en/{LEAKY}{suffix}"] == leaky.fresh_files[f"x1/en/{LEAKY}{suffix}"]
    clean = outputs(leaky.fresh_files[f"x1/en/{LEAKY}.ipynb"], 5)
    assert "rcParams: 1.5 white" in clean and f"package: {config.SEED_NAME} e3b0c44298fc" in clean
    for stem in ("x2", "x3"):  # after a kernel that exited, and one whose zygote died
        assert outputs(leaky.warm_files[f"{stem}/en/{LEAKY}.ipynb"], 5) == clean


@pytest.mark.slow
def test_crashed_kernels_fail_their_own_run_and_are_never_reused(leaky):
    statuses = {r.run_id: (r.status, r.message) for r in leaky.warm.runs}
    assert statuses[f"x2/zh/{LEAKY}"] == ("failed", "kernel died (exit status 3) in cell 3")
    assert statuses[f"x3/zh/{LEAKY}"][0] == "failed" and statuses[f"x3/zh/{LEAKY}"][1].startswith("kernel died")
    assert [status for status, _ in statuses.values()].count("ok") == 4
    assert f"_failed/x2/zh/{LEAKY}.ipynb" in leaky.warm_files
    assert len(leaky.forks) == len(set(leaky.forks)) == 6  # one kernel per run
    assert len(set(leaky.zygotes)) == 2  # the zygote x3/zh killed was replaced
    assert not [pid for pid in leaky.forks + leaky.zygotes if alive(pid)]  # all gone after the build
    assert warm.current_zygote() is None


@pytest.mark.slow
def test_timed_out_kernel_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "environment_fingerprint", lambda: "pinned-environment")
    monkeypatch.setenv("SHANGYU_FAULTS_SLEEP_ZH", "60")
    grid = build_helpers.write_grid(tmp_path, "grid.yml", "faults", "timeout_s: 3\n")
    forks, real_fork = [], warm.Zygote.fork

    def recording_fork(zygote, *args):
        forks.append(real_fork(zygote, *args))
        return forks[-1]

    monkeypatch.setattr(warm.Zygote, "fork", recording_fork)
    result = run.run_build(grid, force=True, jobs=1, reports_dir=tmp_path / "reports", stream=io.StringIO())
    zh, en = result.runs
    assert zh.status == "failed" and zh.message.startswith("timed out: A cell timed out"), zh.message
    assert en.status == "ok"
    assert len(set(forks)) == 2 and not alive(forks[0])


def test_only_this_interpreters_ipykernel_is_forked():
    python = os.path.realpath(sys.executable)
    assert warm.launch_spec([python, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "c.json"]) == (
        [python, "-Xfrozen_modules=off"],
        ["-f", "c.json"],
    )
    assert warm.launch_spec(["/usr/bin/false", "-m", "ipykernel_launcher", "-f", "c.json"]) is None
    assert warm.launch_spec(["R", "--slave", "-e", "IRkernel::main()"]) is None


@pytest.mark.slow
def test_a_worker_forks_from_the_builds_shared_zygote_only_in_the_same_environment(monkeypatch):
    import asyncio

    from shangyu_analysis.build.runner import kernel_environment

    async def start_and_stop():
        manager = warm.WarmKernelManager(kernel_name="python3")
        await manager.start_kernel(cwd=str(config.PROJECT_ROOT), extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        pid = manager.provisioner.pid
        parent = int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])
        await manager.shutdown_kernel(now=True)
        return parent, warm.current_zygote()

    with kernel_environment():
        shared = warm.start_shared(dict(os.environ), str(config.PROJECT_ROOT))
    assert shared is not None
    try:
        warm.use_shared(shared.address)
        with kernel_environment():
            parent, zygote = asyncio.run(start_and_stop())
        assert zygote.process is None and zygote.key == shared.key and parent == shared.ready().hello["ready"]
        monkeypatch.setenv("SHANGYU_ANOTHER_ENVIRONMENT", "1")  # imports could differ: the worker's own zygote
        with kernel_environment():
            parent, own = asyncio.run(start_and_stop())
        assert own.process is not None and own.key != shared.key and parent == own.process.pid
    finally:
        warm.use_shared(None)
        warm.close_zygote()
        warm.close_shared(shared)
    assert not Path(shared.address).parent.exists()


def test_a_zygote_without_ipykernel_says_so_as_a_zygote_error(monkeypatch):
    """Found by the type checker: ``find_spec("ipykernel_launcher")`` is None without ipykernel, and reading its
    ``origin`` raised AttributeError, past the fresh-kernel fallback that catches ZygoteError."""
    channel, other = socket.socketpair()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        with pytest.raises(warm.ZygoteError, match="ipykernel_launcher"):
            warm.Zygote(channel).fork(["-f", "kernel.json"], str(config.PROJECT_ROOT), {})
    finally:
        channel.close()
        other.close()
