"""The batch build against the naive loop, side by side in one invocation.

(a) naive: for each report, the ``papermill`` CLI then ``jupyter nbconvert --to html``, in sequence;
(b) ``run_build(force=True)`` in a fresh interpreter (what ``shangyu-analysis build --force`` runs;
    the command line has no option for another reports folder, so the benchmark calls the API);
(c) the same build again with nothing changed.

Targets (issue #4 §5): (b)/(a) ≤ 0.5 and (c) ≤ 0.5 s. Every step is a whole process, timed from
outside, into temporary folders (the project's reports/ is not touched). The notebooks are the
project's (``build.yml``) when notebooks/ has any, else the small fixture notebook of the tests
(``--fixtures`` forces that). Absolute seconds depend on the machine; compare the ratios.

Usage: ``.venv/bin/python benchmarks/bench_build.py [--fixtures] [--jobs N]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shangyu_analysis import config  # noqa: E402
from shangyu_analysis.build import load_grid  # noqa: E402

BIN = Path(sys.executable).parent
FIXTURE_GRID = """notebooks_dir: tests/fixtures/build
notebooks: [report]
langs: [zh, en]
"""
# One build in a fresh interpreter, as `shangyu-analysis build [--force]` runs it, into a temporary
# reports folder; argv: grid, reports folder, force (0/1), jobs (0 = number of cores).
BUILD = """import sys
from shangyu_analysis.build import run_build
if __name__ == "__main__":
    grid, reports, force, jobs = sys.argv[1:]
    result = run_build(grid, force=force == "1", jobs=int(jobs) or None, reports_dir=reports)
    sys.exit(0 if result.ok else 1)
"""


def timed(command: list[str], **kwargs) -> tuple[float, int]:
    seconds, code, _ = timed_output(command, **kwargs)
    return seconds, code


def timed_output(command: list[str], **kwargs) -> tuple[float, int, str]:
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - started, completed.returncode, completed.stdout + completed.stderr


def naive_loop(grid_path: Path, folder: Path, environment: dict) -> tuple[float, int]:
    """papermill CLI + nbconvert CLI per report, one after the other; returns (seconds, failures)."""
    total, failures = 0.0, 0
    for run in load_grid(grid_path).runs:
        executed = folder / f"{run.run_id.replace('/', '__')}.ipynb"
        seconds, code = timed(
            [
                str(BIN / "papermill"),
                str(run.notebook),
                str(executed),
                "-y",
                json.dumps(run.parameters),
                "-k",
                "python3",
                "--cwd",
                str(ROOT),
                "--no-progress-bar",
            ],
            env=environment,
        )
        total += seconds
        failures += code != 0
        seconds, code = timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)], env=environment)
        total += seconds
        failures += code != 0
    return total, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", action="store_true", help="use the test fixture notebook")
    parser.add_argument("--jobs", type=int, default=None, help="workers for (b) (default: number of cores)")
    parser.add_argument("--repeat", type=int, default=1, help="alternate (a) and (b) this many times; best of each")
    args = parser.parse_args()
    environment = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # fair to the naive loop
    with tempfile.TemporaryDirectory(prefix="bench_build_") as temporary:
        folder = Path(temporary)
        use_fixtures = args.fixtures or not any(config.NOTEBOOKS_DIR.glob("*.ipynb"))
        grid_path = folder / "grid.yml" if use_fixtures else config.BUILD_GRID_YML
        if use_fixtures:
            grid_path.write_text(FIXTURE_GRID, encoding="utf-8")
        runs = len(load_grid(grid_path).runs)
        (folder / "naive").mkdir()
        build = [sys.executable, "-c", BUILD, str(grid_path), str(folder / "reports")]
        jobs = str(args.jobs or 0)
        naive, forced = float("inf"), float("inf")
        for _ in range(max(1, args.repeat)):  # alternate, so machine noise hits both sides
            seconds, naive_failures = naive_loop(grid_path, folder / "naive", environment)
            naive = min(naive, seconds)
            seconds, forced_code = timed([*build, "1", jobs], env=environment)
            forced = min(forced, seconds)
        for _attempt in range(3):
            cached, cached_code, log = timed_output([*build, "0", jobs], env=environment)
            if f"{runs} cached" in log:
                break
            # Someone edited a package file since (b): that rightly invalidates the cache; measure again.
            print("note: (c) rebuilt something (a source changed meanwhile); measuring (c) again")
    cores = os.cpu_count()
    source = "fixture notebook" if use_fixtures else "project notebooks (build.yml)"
    print(f"{runs} reports from the {source}; {cores} cores; jobs={args.jobs or cores}")
    print(f"(a) naive papermill + nbconvert CLI loop : {naive:7.2f} s  ({naive_failures} failed steps)")
    print(f"(b) build --force                         : {forced:7.2f} s  (exit {forced_code})")
    print(f"(c) build, nothing changed                : {cached:7.2f} s  (exit {cached_code})")
    ratio = forced / naive
    print(f"(b)/(a) = {ratio:.2f}  (target <= 0.5: {'met' if ratio <= 0.5 else 'NOT met'})")
    print(f"(c)     = {cached:.2f} s (target <= 0.5 s: {'met' if cached <= 0.5 else 'NOT met'})")
    if naive_failures or forced_code or cached_code:
        print("note: some runs failed; the times include failing notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
