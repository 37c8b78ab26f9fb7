"""Faults injected into real builds: a killed kernel, Ctrl-C / SIGTERM, two builds at once, a full
disk, damaged cache entries, a malformed build.yml (GitHub issue #11, part 4).

The notebook is ``tests/fixtures/build/faults.ipynb`` (stdlib only, so a run takes ~2 s): cell 3
SIGKILLs its own kernel when ``lang == kill_lang``; cell 4 sleeps ``$SHANGYU_FAULTS_SLEEP_<LANG>``
seconds, which holds a run open while a test interrupts the build.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import build_helpers
import pytest
from build_helpers import FIXTURES_REL, files

from shangyu_analysis import cli, config
from shangyu_analysis.build import cache, failures, plan, run
from shangyu_analysis.build.lock import LOCK_NAME, build_lock
from shangyu_analysis.build.signals import BuildInterrupted
from shangyu_analysis.errors import UserError

ZH = f"{config.SEED_NAME}/zh/faults"
EN = f"{config.SEED_NAME}/en/faults"
ZH_KILL, EN_KILL = f"{ZH}@kill_lang=zh", f"{EN}@kill_lang=zh"  # kill_lang away from its default: own reports
PROGRESS = re.compile(r"^(build: running \d+ notebook\(s\)|\[\d+/\d+\] \w+ +\S+ \(\d+\.\d s\))$")


def write_grid(folder: Path, name: str, extra: str = "") -> Path:
    return build_helpers.write_grid(folder, name, "faults", extra)


def leftovers(reports: Path) -> list[str]:
    """Temporaries a build must never leave: write_atomic's ``.<name>.*.tmp`` and the workers' .tmp/."""
    return [
        p.relative_to(reports).as_posix()
        for p in reports.rglob("*")
        if p.name.endswith(".tmp") or ".tmp" in p.relative_to(reports).parts
    ]


def status(result, run_id):
    return next(r for r in result.runs if r.run_id == run_id)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Seven kernel runs: good build, damaged cache, killed kernel, full disk (see each test)."""
    reports, grids = tmp_path_factory.mktemp("reports"), tmp_path_factory.mktemp("grids")
    good, killing = write_grid(grids, "good.yml"), write_grid(grids, "kill.yml", "parameters: {kill_lang: zh}\n")
    out = SimpleNamespace(reports=reports)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "git_commit", lambda: "c0ffee" * 6 + "c0ff")
        patch.setattr(cache, "environment_fingerprint", lambda: "pinned-environment")
        patch.setenv("SOURCE_DATE_EPOCH", "1614038400")
        # 1. both reports built
        out.first = run.run_build(good, force=True, jobs=2, reports_dir=reports, stream=io.StringIO())
        out.after_first = files(reports)
        # 2. damaged cache entries: a truncated .key (zh) and a truncated .run.json (en)
        for name in (f"{ZH}.key", f"{EN}.run.json"):
            (reports / name).write_bytes(out.after_first[name][: len(out.after_first[name]) // 2])
        out.damaged = run.run_build(good, jobs=2, reports_dir=reports, stream=io.StringIO())
        out.after_damaged = files(reports)
        out.then = run.run_build(good, jobs=2, reports_dir=reports, stream=io.StringIO())
        # 3. the zh kernel SIGKILLs itself in cell 3; through the command line
        patch.setattr(config, "REPORTS_DIR", reports)
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            out.kill_exit = cli.main(["build", "--grid", str(killing), "--jobs", "2"])
        out.kill_stderr = stderr.getvalue()
        out.after_kill = files(reports)
        # 4. the disk is full when the en report is renamed into place (in-process run: jobs=1)
        target = reports / f"{EN}.html"
        real_replace = os.replace

        def full_disk(source, destination, *args, **kwargs):
            if Path(destination) == target:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_replace(source, destination, *args, **kwargs)

        patch.setattr(os, "replace", full_disk)
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            out.full = run.run_build(
                good, force=True, jobs=1, only=["*/en/*"], reports_dir=reports, stream=io.StringIO()
            )
        out.full_stderr = stderr.getvalue()
        out.after_full = files(reports)
        # 5. the disk is full when the index is written (nothing to build: no kernel)
        target = reports / "index.html"
        with pytest.raises(UserError) as out.index_error:
            run.run_build(good, only=["*/zh/*"], reports_dir=reports, stream=io.StringIO())
        out.after_index = files(reports)
    return out


@pytest.mark.slow  # the module's builds fixture runs kernels
def test_damaged_cache_entries_are_stale_and_rebuilt(builds):
    assert builds.first.ok
    assert [r.status for r in builds.damaged.runs] == ["ok", "ok"]  # no crash, both rebuilt
    assert builds.after_damaged[f"{ZH}.key"] == builds.after_first[f"{ZH}.key"]
    assert plan.read_record(builds.reports / f"{EN}.run.json") is not None  # whole again (durations differ)
    assert builds.after_damaged[f"{EN}.html"] == builds.after_first[f"{EN}.html"]
    assert [r.status for r in builds.then.runs] == ["cached", "cached"]  # and the cache is whole again


@pytest.mark.parametrize(
    "content", [b"", b"{\"duration_s\": 1.", b"[1, 2]", b"{\"duration_s\": \"slow\"}", b"\xff\xfe not utf-8", None]
)
def test_any_damaged_record_reads_as_missing(tmp_path, content):
    path = tmp_path / "x.run.json"
    if content is None:
        path.mkdir()  # a folder where the file should be
    else:
        path.write_bytes(content)
    assert plan.read_record(path) is None
    assert plan.read_key(path) is None


@pytest.mark.slow  # the module's builds fixture runs kernels
def test_killed_kernel_fails_its_run_only_naming_notebook_cell_and_cause(builds):
    assert builds.kill_exit == 1
    err = builds.kill_stderr
    assert re.search(
        r"FAILED faults\.ipynb \(article='data/raw/\S+\.txt', kill_lang='zh', lang='zh'\): "
        r"kernel died \(SIGKILL\) in cell 3 \(killed: out of memory\?\)$",
        err,
        re.M,
    ), err
    assert "Traceback" not in err and "Kernel died while waiting" not in err
    assert builds.after_kill[f"{ZH}.html"] == builds.after_damaged[f"{ZH}.html"]  # the default report untouched
    assert builds.after_kill[f"{ZH}.key"] == builds.after_damaged[f"{ZH}.key"]
    assert f"{ZH_KILL}.html" not in builds.after_kill
    assert b"kill_lang='zh'" in builds.after_kill[f"{EN_KILL}.html"]  # the other run completed
    kept = builds.after_kill[f"_failed/{ZH_KILL}.ipynb"].decode()  # the cells as far as they ran
    assert "os.kill(os.getpid(), signal.SIGKILL)" in kept and "SHANGYU_FAULTS_SLEEP" not in kept
    assert not leftovers(builds.reports)


@pytest.mark.slow  # the module's builds fixture runs kernels
def test_full_disk_names_the_file_and_keeps_the_previous_report(builds):
    result = status(builds.full, EN)
    assert result.status == "failed"
    expected = (
        f"could not write the report {builds.reports / EN}.html: No space left on device (errno 28); "
        "the previous report is kept"
    )
    assert result.message == expected
    assert f"): {expected}\n" in builds.full_stderr and "Traceback" not in builds.full_stderr
    for suffix in (".html", ".ipynb", ".key", ".run.json"):
        assert builds.after_full[EN + suffix] == builds.after_kill[EN + suffix]
    assert not leftovers(builds.reports)


@pytest.mark.slow  # the module's builds fixture runs kernels
def test_full_disk_for_the_index_is_one_line(builds):
    error = builds.index_error.value
    assert error.path == str(builds.reports / "index.html")
    assert error.reason == "could not write the index: No space left on device (errno 28)"
    assert builds.after_index["index.html"] == builds.after_full["index.html"]
    assert not leftovers(builds.reports)


# -- Ctrl-C and SIGTERM ---------------------------------------------------------------------------

# The package part of the cache key is pinned in the build and in the test: an edit elsewhere in the
# package between the two builds must not turn "cached" into "ok".
BUILD_SCRIPT = """import sys
from pathlib import Path
from shangyu_analysis import cli, config
from shangyu_analysis.build import cache
cache.environment_fingerprint = lambda: "pinned-environment"
config.REPORTS_DIR = Path(sys.argv[1])
sys.exit(cli.main(["build", "--grid", sys.argv[2], "--jobs", sys.argv[3]]))
"""


def descendants(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    children += [int(entry.name), *descendants(int(entry.name))]
    return children


def command_line(pid: int) -> str:
    with contextlib.suppress(OSError):
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    return ""


def kernel_started(pid: int) -> bool:
    """A kernel runs under ``pid``: a fresh one (``ipykernel_launcher``) or one forked by a zygote (its child)."""
    processes = descendants(pid)
    zygotes = [p for p in processes if "zygote.py" in command_line(p)]
    return any("ipykernel" in command_line(p) for p in processes) or any(descendants(z) for z in zygotes)


def running(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "jobs"), [(signal.SIGTERM, 2), (signal.SIGINT, 1)], ids=["sigterm-pool", "ctrl-c-in-process"]
)
def test_interrupted_build_stops_cleanly_and_resumes(tmp_path, monkeypatch, signum, jobs):
    monkeypatch.setattr(cache, "environment_fingerprint", lambda: "pinned-environment")
    reports, grid = tmp_path / "reports", write_grid(tmp_path, "grid.yml")
    environment = {**os.environ, "SHANGYU_FAULTS_SLEEP_EN": "120"}  # en is still running when zh is done
    build = subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, str(reports), str(grid), str(jobs)],
        cwd=config.PROJECT_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while not (reports / f"{ZH}.key").exists() and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (reports / f"{ZH}.key").exists(), build.communicate(timeout=30)
        while not kernel_started(build.pid):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(0.5)  # en's kernel is in its sleep now
        processes = descendants(build.pid)
        if signum == signal.SIGTERM:
            with pytest.raises(UserError) as refused:  # meanwhile a second build of the same folder
                run.run_build(grid, reports_dir=reports, stream=io.StringIO())
            assert refused.value.path == str(reports / LOCK_NAME)
            assert refused.value.reason.startswith(f"another build (pid {build.pid}) is writing {reports}")
            os.kill(build.pid, signum)  # to the build process only (a service manager, `kill`)
        else:
            os.killpg(build.pid, signum)  # to the whole process group, as a terminal's Ctrl-C
        stopped = time.monotonic()
        _, err = build.communicate(timeout=60)
        took = time.monotonic() - stopped
    finally:
        if build.poll() is None:
            build.kill()
    assert build.returncode in (130, 128 + signum)
    lines = [line for line in err.splitlines() if not PROGRESS.match(line)]
    assert len(lines) == 1, err
    match = re.fullmatch(r"shangyu-analysis: interrupted; (\d) of (\d) reports done, nothing half-written", lines[0])
    assert match, err
    assert match.group(1, 2) == ("1", "2")
    assert took < 15
    left = files(reports)
    assert {f"{ZH}.html", f"{ZH}.ipynb", f"{ZH}.key", f"{ZH}.run.json", "index.html"} <= set(left)
    assert not [name for name in left if "/en/" in name or name.startswith("_failed/")]
    assert not leftovers(reports)
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [command_line(pid) for pid in processes if running(pid)]  # no orphan kernel or worker
    # the next build redoes only what was unfinished
    result = run.run_build(grid, jobs=2, reports_dir=reports, stream=io.StringIO())
    assert [r.status for r in result.runs] == ["cached", "ok"]
    assert files(reports)[f"{ZH}.html"] == left[f"{ZH}.html"]


def test_interrupt_message_says_how_far_the_build_got():
    stop = BuildInterrupted(signal.SIGINT, 3, 8)
    assert isinstance(stop, KeyboardInterrupt)
    assert str(stop) == "3 of 8 reports done, nothing half-written" and stop.exit_code == 130
    assert (
        str(BuildInterrupted(signal.SIGTERM, 0, 2, failed=1)) == "0 of 2 reports done, 1 failed, nothing half-written"
    )
    assert BuildInterrupted(signal.SIGTERM, 0, 2).exit_code == 143


# -- two builds at once ---------------------------------------------------------------------------


def test_second_build_on_the_same_folder_is_refused_at_once(tmp_path):
    reports, grid = tmp_path / "reports", write_grid(tmp_path, "grid.yml")
    with build_lock(reports):
        started = time.monotonic()
        with pytest.raises(UserError) as refused:
            run.run_build(grid, only=["nothing"], reports_dir=reports, stream=io.StringIO())
        assert time.monotonic() - started < 1
        assert refused.value.message == (
            f"{reports / LOCK_NAME}: another build (pid {os.getpid()}) is writing "
            f"{reports}; wait for it to finish or stop it, then build again"
        )
        started = time.monotonic()
        with pytest.raises(UserError, match=r"\(waited 0.5 s\)"):
            run.run_build(grid, only=["nothing"], reports_dir=reports, stream=io.StringIO(), lock_wait_s=0.5)
        assert 0.5 <= time.monotonic() - started < 2
        assert sorted(p.name for p in reports.iterdir()) == [LOCK_NAME]  # nothing written meanwhile
    result = run.run_build(grid, only=["nothing"], reports_dir=reports, stream=io.StringIO())
    assert [r.status for r in result.runs] == ["skipped", "skipped"] and (reports / "index.html").is_file()
    assert (reports / LOCK_NAME).read_text() == ""  # the holder's pid is cleared on release


# -- malformed build.yml --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grid_text", "expected"),
    [
        ("langs: [zh, en\nparameters: {}\n", r"not valid YAML at line 4 \(field 'langs'\): expected ',' or ']'"),
        ("langs:\n\t- zh\n", r"not valid YAML at line 4 \(field 'langs'\): found character '\\t'"),
        (
            "timeout_s: \"ten\"\n",
            r"timeout_s must be a positive integer \(seconds\), got 'ten' "
            r"\(line 3, field 'timeout_s'\)",
        ),
        ("langs: [zh, fr]\n", r"lang 'fr' is not one of zh, en \(line 3, field 'langs\[1\]'\)"),
        (
            "parameters:\n  show: true\n  kill_lang: 3\n",
            r"unknown parameter 'show': no notebook of the grid declares it; .* \(line 4, field 'parameters.show'\)",
        ),
        (
            "parameters:\n  kill_lang: 3\n",
            r"parameter 'kill_lang' must be str, got int 3 \(notebook faults.ipynb\) \(line 4, field 'parameters.kill_lang'\)",
        ),
        (
            "articles:\n  - data/raw/zjrb_2021-02-23_p11_shangyu.txt\n  - 7\n",
            r"article entries must be paths, got 7 \(line 5, field 'articles\[1\]'\)",
        ),
        (
            "notebooks_dir: [a]\n",
            r"'notebooks_dir' must be a folder path, got \['a'\] \(line 3, field 'notebooks_dir'\)",
        ),
        ("lang: [zh]\n", r"unknown key\(s\) lang; .* \(line 3, field 'lang'\)"),
    ],
)
def test_malformed_grid_is_one_line_naming_file_line_and_field(tmp_path, capsys, grid_text, expected):
    grid = tmp_path / "build.yml"
    grid.write_text(f"notebooks_dir: {FIXTURES_REL}\nnotebooks: [faults]\n{grid_text}", encoding="utf-8")
    assert cli.main(["build", "--grid", str(grid)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert re.fullmatch(rf"shangyu-analysis: error: {re.escape(str(grid))}: {expected}.*\n", err), err


def test_grid_that_is_not_utf8_names_the_line(tmp_path):
    grid = tmp_path / "build.yml"
    grid.write_bytes(b"notebooks: [faults]\nlangs: [zh, \xff]\n")
    with pytest.raises(UserError, match=r"not UTF-8 text at line 2 \(byte 32\)"):
        run.run_build(grid, reports_dir=tmp_path / "reports")


def test_dead_kernel_line_without_a_watch():
    from nbclient.exceptions import DeadKernelError

    assert failures.describe_failure(DeadKernelError("Kernel died"), None) == "kernel died"
    assert failures.death_cause(-signal.SIGKILL) == "SIGKILL" and failures.death_cause(3) == "exit status 3"
