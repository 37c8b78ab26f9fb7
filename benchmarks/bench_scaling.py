"""Time, peak memory and output size of ``shangyu-analysis figures --format json`` as the input grows.

Six shapes of text, each at 1, 2, 4, 8 and 16 MiB (the input limit): ordinary paragraphs (the seed
repeated), one long line, no punctuation at all, nothing but digits, CJK without digits, and the same
figure repeated. Each run is a fresh process (its peak RSS from ``wait4``); output bytes are counted,
not kept. Prints one row per shape and size, then the 16 MiB / 1 MiB ratios.

Targets (issue #11): time ratio <= 20, peak RSS <= 1 GiB at 16 MiB, output size linear in the input.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 1,2,4,8,16] [--shapes one_line,digits]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "zjrb_2021-02-23_p11_shangyu.txt"
CLI = Path(sys.executable).with_name("shangyu-analysis")
MIB = 1024 * 1024


def shapes() -> dict[str, str]:
    seed = SEED.read_text(encoding="utf-8")
    one_line = seed.replace("\n", "")
    return {
        "paragraphs": seed,
        "one_line": one_line,
        "no_punctuation": re.sub(r"[，。；：、！？“”（）,.;:!?()\s]", "", seed),
        "digits": "1234567890",
        "cjk_no_digits": re.sub(r"[0-9０-９.%]", "", one_line),
        "same_figure": "财政总收入156.72亿元，",
    }


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to just under ``size`` bytes of UTF-8."""
    return unit * (size // len(unit.encode("utf-8")))


def measure(path: Path) -> tuple[float, int, int, int]:
    """(seconds, peak RSS bytes, output bytes, exit code) of one CLI run on ``path``."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(CLI), "figures", str(path), "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    out = 0
    while chunk := process.stdout.read(1 << 20):
        out += len(chunk)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss * 1024, out, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4,8,16", help="MiB, comma-separated")
    parser.add_argument("--shapes", default=None, help="comma-separated subset of the shapes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = shapes()
    if args.shapes:
        chosen = {name: chosen[name] for name in args.shapes.split(",")}
    print(f"{'shape':<15}{'MiB':>4}{'chars':>11}{'seconds':>9}{'peak RSS MiB':>14}{'output MiB':>12}{'exit':>5}")
    results: dict[str, dict[int, tuple]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, unit in chosen.items():
            for size in sizes:
                text = fill(unit, size * MIB)
                path = Path(tmp) / f"{name}_{size}.txt"
                path.write_text(text, encoding="utf-8")
                seconds, rss, out, code = measure(path)
                path.unlink()
                results.setdefault(name, {})[size] = (seconds, rss, out)
                print(
                    f"{name:<15}{size:>4}{len(text):>11,}{seconds:>9.2f}{rss / MIB:>14.0f}{out / MIB:>12.1f}{code:>5}",
                    flush=True,
                )
    low, high = min(sizes), max(sizes)
    if low != high:
        print(f"\nratios {high} MiB / {low} MiB (input x{high // low}):")
        for name, rows in results.items():
            (t1, r1, o1), (t2, r2, o2) = rows[low], rows[high]
            print(
                f"  {name:<15} time x{t2 / t1:5.1f}   peak RSS x{r2 / r1:5.1f} ({r2 / MIB:.0f} MiB)   "
                f"output x{o2 / max(o1, 1):5.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
