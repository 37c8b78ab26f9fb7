"""The batch build against the naive loop, kernels fresh and warm, locally and on dask, side by side.

On the seed grid (every notebook of notebooks/ × the seed × zh, en; the test fixture notebook with
``--fixtures`` or when notebooks/ has none):

(a) naive: for each report, the ``papermill`` CLI then ``jupyter nbconvert --to html``, in sequence;
(b) a cold build (``--force`` into an empty folder) on the local executor with fresh kernels;
(c) the same with warm kernels (forked from a pre-imported zygote per worker; the default);
(d) the same on a dask ``LocalCluster`` (``--executor dask``), warm kernels;
(e) ``shangyu-analysis build`` with nothing changed, as a user types it: the installed command, a
    whole process, on the project's grid (``build.yml``) in a copy of the project (its data, notebooks
    and reports; ``SHANGYU_PROJECT_ROOT``), timed ``--repeat-e`` times after one run that brings the copy
    up to date; min and median are printed.

Then reports per minute for (b), (c) and (d) on a grid of ``--articles`` articles (default 10: the
texts of data/corpus, topped up with copies of the seed) × the same notebooks × zh, en.

Targets (issues #13, #23): (c)/(a) ≤ 0.15, (d) ≤ 1.3 × (c), (e) ≤ 0.3 s (median). Every step is a whole
process timed from outside ((b)-(d): ``run_build`` in a fresh interpreter, into temporary folders); the
project's reports/ is not touched. The grid sets
no fixed parameters (build.yml's ``show_code: false`` is every notebook's default), so it stays
valid while notebooks change. SOURCE_DATE_EPOCH is pinned, so the reports of (b), (c) and (d) are
compared byte for byte. Absolute seconds depend on the machine and its load; compare the ratios.

Usage: ``.venv/bin/python benchmarks/bench_build.py [--fixtures] [--jobs N] [--repeat N] [--articles N]
[--repeat-e N] [--only-e]`` (``--only-e``: step (e) alone, in seconds rather than minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
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
# One build in a fresh interpreter, as `shangyu-analysis build` runs it, into a temporary reports
# folder; argv: grid, reports folder, force (0/1), jobs (0 = number of cores), kernels, executor.
BUILD = """import sys
from shangyu_analysis.build import run_build
if __name__ == "__main__":
    grid, reports, force, jobs, kernels, executor = sys.argv[1:]
    result = run_build(grid, force=force == "1", jobs=int(jobs) or None, reports_dir=reports, kernels=kernels,
                       executor=executor)
    sys.exit(0 if result.ok else 1)
"""
COLD = {"b": ("fresh", "local"), "c": ("warm", "local"), "d": ("warm", "dask")}
LABELS = {
    "a": "naive papermill + nbconvert CLI loop",
    "b": "local, fresh kernels, cold",
    "c": "local, warm kernels, cold",
    "d": "dask LocalCluster, warm kernels, cold",
    "e": "`shangyu-analysis build`, nothing changed",
}


def timed(command: list[str], **kwargs) -> tuple[float, int, str]:
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - started, completed.returncode, completed.stdout + completed.stderr


def write_grid(path: Path, notebooks_dir: str, notebooks: list[str], articles: list[Path]) -> Path:
    path.write_text(
        f"notebooks_dir: {notebooks_dir}\nnotebooks: {json.dumps(notebooks)}\n"
        f"articles: {json.dumps([str(a) for a in articles])}\nlangs: [zh, en]\n",
        encoding="utf-8",
    )
    return path


def corpus_articles(count: int, folder: Path) -> list[Path]:
    """``count`` articles: data/corpus/*.txt first, then copies of the seed (distinct stems)."""
    articles = sorted((config.DATA_DIR / "corpus").glob("*.txt"))[:count]
    for index in range(count - len(articles)):
        copy = folder / f"seed_copy_{index + 1:02d}.txt"
        shutil.copy(config.SEED_ARTICLE, copy)
        articles.append(copy)
    return articles


def naive_loop(grid_path: Path, folder: Path, environment: dict) -> tuple[float, int]:
    """papermill CLI + nbconvert CLI per report, one after the other; returns (seconds, failed steps)."""
    total, failures = 0.0, 0
    folder.mkdir(parents=True, exist_ok=True)
    for run in load_grid(grid_path).runs:
        executed = folder / f"{run.run_id.replace('/', '__')}.ipynb"
        seconds, code, _ = timed(
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
        total, failures = total + seconds, failures + (code != 0)
        seconds, code, _ = timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)], env=environment)
        total, failures = total + seconds, failures + (code != 0)
    return total, failures


def build(grid: Path, reports: Path, *, force: bool, jobs: int, step: str, environment: dict) -> tuple[float, int, str]:
    kernels, executor = COLD.get(step, ("warm", "local"))
    if force:
        shutil.rmtree(reports, ignore_errors=True)  # cold: an empty reports folder
    return timed(
        [sys.executable, "-c", BUILD, str(grid), str(reports), "1" if force else "0", str(jobs), kernels, executor],
        env=environment,
    )


def command_line_rebuild(folder: Path, jobs: int, repeat: int, environment: dict) -> tuple[list[float], str]:
    """Step (e): seconds of each ``shangyu-analysis build`` process with nothing to do, and its count line
    with the median CPU seconds of a process (user + system: what an idle machine's wall time would be).

    Runs in a copy of the project (build.yml, data/, notebooks/, and reports/ when built: then the
    first run only rewrites the copy's index), so the project's own reports/ and data/ stay untouched.
    """
    project = folder / "project"
    project.mkdir()
    shutil.copy(config.BUILD_GRID_YML, project / "build.yml")
    for name in ("data", "notebooks", "reports"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", ".tmp"))
    command = [str(BIN / "shangyu-analysis"), "build", "--jobs", str(jobs)]
    environment = {**environment, "SHANGYU_PROJECT_ROOT": str(project)}
    _, _, log = timed(command, env=environment)  # brings the copy up to date
    seconds, cpu = [], []
    for _ in range(max(1, repeat)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        elapsed, _, log = timed(command, env=environment)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds.append(elapsed)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return seconds, f"{outcome(log)}; CPU {statistics.median(cpu):.3f} s a process (median)"


def outcome(log: str) -> str:
    """The build's own count line ("8 ok, 2 failed"), or the last line of what it printed."""
    found = re.findall(r"^build: (.+?) in [\d.]+ s; index", log, re.M)
    return found[-1] if found else (log.strip().splitlines() or ["nothing printed"])[-1][:80]


def same_reports(folders: list[Path]) -> tuple[bool, int]:
    """Whether every folder holds the same report bytes (.html, .ipynb, .key) as the first."""
    names = sorted(
        p.relative_to(folders[0])
        for p in folders[0].rglob("*")
        if p.suffix in (".html", ".ipynb", ".key") and p.name != "index.html" and "_failed" not in p.parts
    )
    same = all(
        (folder / name).is_file() and (folder / name).read_bytes() == (folders[0] / name).read_bytes()
        for folder in folders[1:]
        for name in names
    )
    return same, len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", action="store_true", help="use the test fixture notebook")
    parser.add_argument("--jobs", type=int, default=0, help="workers for (b)-(d) (default: number of cores)")
    parser.add_argument("--repeat", type=int, default=1, help="alternate (a)-(d) this many times; best of each")
    parser.add_argument("--articles", type=int, default=10, help="articles of the reports-per-minute grid (0: skip)")
    parser.add_argument("--repeat-e", type=int, default=7, help="timed runs of step (e) (default 7)")
    parser.add_argument("--only-e", action="store_true", help="step (e) only")
    args = parser.parse_args()
    environment = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # fair to the naive loop
    environment["SOURCE_DATE_EPOCH"] = "1614038400"  # the same header in every build: comparable bytes
    use_fixtures = args.fixtures or not any(config.NOTEBOOKS_DIR.glob("*.ipynb"))
    notebooks_dir, notebooks = ("tests/fixtures/build", ["report"]) if use_fixtures else ("notebooks", ["*.ipynb"])
    cores, jobs = os.cpu_count() or 1, args.jobs or os.cpu_count() or 1
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench_build_") as temporary:
        folder = Path(temporary)
        instant, instant_counts = command_line_rebuild(folder, jobs, args.repeat_e, environment)
        if args.only_e:
            print_instant(instant, instant_counts, load)
            return 0
        seed = write_grid(folder / "seed.yml", notebooks_dir, notebooks, [config.SEED_ARTICLE])
        runs = len(load_grid(seed).runs)
        best, codes, counts = {}, {}, {}
        for _ in range(max(1, args.repeat)):  # alternate, so machine noise hits every step
            seconds, codes["a"] = naive_loop(seed, folder / "naive", environment)
            best["a"] = min(best.get("a", float("inf")), seconds)
            counts["a"] = f"{codes['a']} failed steps"
            for step in COLD:
                seconds, codes[step], log = build(
                    seed, folder / step, force=True, jobs=jobs, step=step, environment=environment
                )
                best[step], counts[step] = min(best.get(step, float("inf")), seconds), outcome(log)
        best["e"], counts["e"] = statistics.median(instant), instant_counts
        identical, compared = same_reports([folder / step for step in COLD])
        rates = {}
        if args.articles:
            corpus = write_grid(folder / "corpus.yml", notebooks_dir, notebooks, corpus_articles(args.articles, folder))
            corpus_runs = len(load_grid(corpus).runs)
            for step in COLD:
                seconds, _, log = build(
                    corpus, folder / f"corpus_{step}", force=True, jobs=jobs, step=step, environment=environment
                )
                rates[step] = (seconds, outcome(log))
    print(
        f"seed grid: {runs} reports from the {'fixture notebook' if use_fixtures else 'project notebooks'}; "
        f"{cores} cores, jobs={jobs}; load average at start {load:.2f}"
    )
    print(f"{'step':<44}{'seconds':>9}{'reports/min':>13}{'vs (a)':>8}  runs")
    for step in "abcd":
        print(
            f"({step}) {LABELS[step]:<40}{best[step]:9.2f}{runs / best[step] * 60:13.1f}{best[step] / best['a']:8.3f}"
            f"  {counts[step]}"
        )
    print_instant(instant, instant_counts, None)
    naive_rate = runs / best["a"] * 60
    for step, (seconds, counted) in rates.items():
        rate = corpus_runs / seconds * 60
        print(
            f"{args.articles}-article grid, {corpus_runs} reports, ({step}) {LABELS[step]:<34}{seconds:8.1f} s"
            f"{rate:7.1f} reports/min (naive rate / this = {naive_rate / rate:.3f})  {counted}"
        )
    checks = [
        ("(c)/(a)", best["c"] / best["a"], 0.15),
        ("(d)/(c)", best["d"] / best["c"], 1.3),
        ("(e) s", best["e"], 0.3),
    ]
    print(
        "; ".join(
            f"{name} = {value:.3f} (target <= {target}: {'met' if value <= target else 'NOT met'})"
            for name, value, target in checks
        )
    )
    print(f"reports of (b), (c), (d) byte-identical: {'yes' if identical else 'NO'} ({compared} files each)")
    if any(
        "failed" in text for text in [*counts.values(), *(c for _, c in rates.values())] if text != "0 failed steps"
    ):
        print("note: the times include failed runs (a notebook's own error or check, listed by the build)")
    return 0


def print_instant(seconds: list[float], counted: str, load: float | None) -> None:
    """Step (e): min and median of the whole-process times, and what the last run said."""
    where = f"; load average at start {load:.2f}" if load is not None else ""
    median = statistics.median(seconds)
    print(
        f"(e) {LABELS['e']}: min {min(seconds):.3f} s, median {median:.3f} s over {len(seconds)} processes "
        f"(target median <= 0.3 s: {'met' if median <= 0.3 else 'NOT met'})  {counted}{where}"
    )


if __name__ == "__main__":
    sys.exit(main())
