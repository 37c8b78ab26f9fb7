"""Load test of the build: many generated articles × both languages × every notebook in notebooks/.

The articles are variants of the seed (``data/raw/zjrb_2021-02-23_p11_shangyu.txt``) and of the
texts in ``data/corpus/``: the body's paragraphs shuffled and some dropped (the first lines — paper,
page, title — are kept so the layouts still detect them), written to a temporary folder. One
``run_build(force=True)`` in a fresh interpreter builds them all into a temporary reports folder
(the project's reports/ is not touched), while this process samples every 0.5 s the resident memory
(``VmRSS`` of ``/proc/<pid>/status``) of the build's worker processes and kernels.

It prints the failures (target 0), the wall time, and for each worker its RSS early in the run, its
peak and its RSS late in the run (target: flat — a worker that grows from report to report leaks).

Usage: ``.venv/bin/python benchmarks/bench_load.py [--articles N] [--jobs N] [--keep DIR] [--seed S]``
(default 50 articles: 50 × 2 × the notebooks is a long run on 2 cores; it takes as long as it takes).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "zjrb_2021-02-23_p11_shangyu.txt"
CORPUS = ROOT / "data" / "corpus"
KEPT_LINES = 8  # header lines of a text kept in place (paper, page, title, author…)
SAMPLE_S = 0.5
# One build in a fresh interpreter; argv: grid, reports folder, jobs. Prints a JSON summary last.
BUILD = """import json, sys
from shangyu_analysis.build import run_build
if __name__ == "__main__":
    grid, reports, jobs = sys.argv[1:]
    result = run_build(grid, force=True, jobs=int(jobs) or None, reports_dir=reports)
    failed = [[r.run_id, r.message] for r in result.runs if r.status == "failed"]
    print(json.dumps({"counts": result.counts, "failed": failed, "duration_s": result.duration_s}))
"""


def variants(count: int, folder: Path, seed: int) -> list[Path]:
    """``count`` article files: shuffled / thinned copies of the seed and the corpus texts."""
    sources = [SEED, *sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(seed)
    written = []
    for number in range(count):
        source = sources[number % len(sources)]
        lines = source.read_text(encoding="utf-8-sig").split("\n")
        head, body = lines[:KEPT_LINES], [line for line in lines[KEPT_LINES:] if line.strip()]
        if number >= len(sources) or number % 2:  # the first copy of each text stays whole half the time
            rng.shuffle(body)
            body = [line for line in body if rng.random() > 0.25] or body[:1]
        path = folder / f"v{number + 1:03d}_{source.stem[:40]}.txt"
        path.write_text("\n".join([*head, "", *"\n\n".join(body).split("\n")]) + "\n", encoding="utf-8")
        written.append(path)
    return written


def descendants(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                children += [int(entry.name), *descendants(int(entry.name))]
    return children


def rss_kib(pid: int) -> int | None:
    try:
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def kind(pid: int) -> str:
    try:
        command = (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "gone"
    if b"ipykernel" in command:
        return "kernel"
    if b"spawn_main" in command:
        return "worker"
    return "other"  # the resource tracker


class Sampler(threading.Thread):
    """Samples the RSS of the build process's workers and kernels until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.stop, self.started = pid, threading.Event(), time.monotonic()
        self.workers: dict[int, list[tuple[float, int]]] = {}
        self.kernel_peak_kib, self.kernels, self.driver_peak_kib = 0, set(), 0

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_S):
            moment = time.monotonic() - self.started
            self.driver_peak_kib = max(self.driver_peak_kib, rss_kib(self.pid) or 0)
            for pid in descendants(self.pid):
                what, rss = kind(pid), rss_kib(pid)
                if rss is None:
                    continue
                if what == "worker":
                    self.workers.setdefault(pid, []).append((moment, rss))
                elif what == "kernel":
                    self.kernels.add(pid)
                    self.kernel_peak_kib = max(self.kernel_peak_kib, rss)


def mib(kib: float) -> str:
    return f"{kib / 1024:7.1f} MiB"


def report_memory(sampler: Sampler) -> None:
    print(
        f"build process peak RSS {mib(sampler.driver_peak_kib)}; {len(sampler.kernels)} kernels, "
        f"peak kernel RSS {mib(sampler.kernel_peak_kib)}"
    )
    print("worker      samples   early(max 1st third)   peak      late(max last third)   growth")
    for pid, samples in sorted(sampler.workers.items()):
        values = [rss for _, rss in samples]
        third = max(1, len(values) // 3)
        early, late = max(values[:third]), max(values[-third:])
        print(
            f"pid {pid:<8} {len(values):>6}   {mib(early)}   {mib(max(values))}   {mib(late)}   "
            f"{(late - early) / 1024:+7.1f} MiB ({(late - early) / early:+.0%})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50, help="generated articles (default 50)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: CPU count)")
    parser.add_argument("--seed", type=int, default=11, help="random seed of the variants")
    parser.add_argument("--keep", type=Path, default=None, help="build into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shangyu-load-") as scratch:
        folder = args.keep or Path(scratch)
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        articles = variants(args.articles, folder / "articles", args.seed)
        notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
        grid = folder / "grid.yml"
        grid.write_text(
            "notebooks_dir: notebooks\nnotebooks: [\"*.ipynb\"]\nlangs: [zh, en]\n"
            "parameters: {show_code: false}\narticles:\n" + "".join(f"  - {json.dumps(str(a))}\n" for a in articles),
            encoding="utf-8",
        )
        runs = len(articles) * 2 * len(notebooks)
        print(
            f"bench_load: {len(articles)} articles × 2 languages × {len(notebooks)} notebooks = {runs} runs", flush=True
        )
        started = time.perf_counter()
        build = subprocess.Popen(
            [sys.executable, "-c", BUILD, str(grid), str(folder / "reports"), str(args.jobs)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        sampler = Sampler(build.pid)
        sampler.start()
        out, _ = build.communicate()
        wall = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
    summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else None
    if summary is None:
        print(f"the build process failed (exit {build.returncode}) before its summary")
        return 1
    failed = summary["failed"]
    print(f"failures: {len(failed)} of {runs} (target 0)")
    for run_id, message in failed:
        print(f"  {run_id}: {message}")
    print(f"wall time: {wall:.1f} s ({wall / max(runs, 1):.2f} s per report); counts {summary['counts']}")
    report_memory(sampler)
    return 0 if not failed and build.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
