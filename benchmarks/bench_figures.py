"""Speed of the figure extractor against a bare Arabic-number regex, in the same process.

Builds at least 5 MB (UTF-8) of text from the seed article plus varied sentences, then times
:func:`shangyu_analysis.extract.figures.extract_figures` and ``re.finditer(r"\\d+(?:\\.\\d+)?", text)`` on it
(best CPU time of ``--repeat`` runs each) and prints characters per second for both and their ratio.
It also times the extractor without the facts of a figure (place, measure, period: ``FactsFinder``
swapped for a stub that returns nothing) and prints what the facts add, as a ratio of the two times; with
``--layers``, how that cost splits between the set-up scans, the first round's rules and the layers later rounds
wrapped around them (where a redesign has to save).
Absolute numbers depend on the machine; compare the ratios.

Usage: ``.venv/bin/python benchmarks/bench_figures.py [--megabytes 5] [--repeat 3] [--layers]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shangyu_analysis.config import SEED_ARTICLE
from shangyu_analysis.extract import figures as figures_module
from shangyu_analysis.extract.facts import FactsFinder
from shangyu_analysis.extract.figures import extract_figures, iter_figures
from shangyu_analysis.text.periods import PeriodFact

_SENTENCES = [
    "{y}年全市实现地区生产总值{a}.{b}亿元，同比增长{c}.{d}%，增速位居全省第{r}位。",
    "规上工业增加值{a}亿元，比上年提高{d}.{c}个百分点，占GDP比重超{c}成。",
    "新增市场主体{a}多家，引进亿元以上项目{c}个，其中{b}亿元以上项目{d}个。",
    "城乡居民人均可支配收入分别为{a}{b}元和{b}{a}元，收入倍差缩小到{d}.{c}。",
    "“十四五”期间，力争数字经济核心产业增加值实现倍增，研发投入强度达到{d}.{c}%左右。",
    "今年前三季度，全区新开工项目{c}{d}个，完成投资两千{c}百万元，约占全年计划的三分之{d}。",
    "打造八大产业集群和{d}个万亿级产业平台，建成面积{a}.{c}万平方米，用地{b}公顷。",
]


def _vary_digits(text: str, rng: random.Random) -> str:
    """The seed with every digit redrawn: same shapes and density, different numbers."""
    return re.sub(r"[0-9]", lambda m: str(rng.randint(0, 9)), text)


def build_text(megabytes: float, seed: int = 20210223) -> str:
    """About ``megabytes`` MB of UTF-8: the seed article, varied copies of it, generated sentences.

    Shares by size: 40 % the seed as is, 40 % the seed with redrawn digits, 20 % sentences from
    :data:`_SENTENCES` (denser in figures than real prose, so the mix is a little pessimistic).
    """
    rng = random.Random(seed)
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    parts, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        draw = rng.random()
        if draw < 0.4:
            chunk = article
        elif draw < 0.8:
            chunk = _vary_digits(article, rng)
        else:
            lines = [
                rng.choice(_SENTENCES).format(
                    y=rng.randint(2015, 2025),
                    a=rng.randint(10, 9999),
                    b=rng.randint(1, 99),
                    c=rng.randint(1, 9),
                    d=rng.randint(1, 9),
                    r=rng.randint(1, 12),
                )
                for _ in range(12)
            ]
            chunk = "\n".join(lines) + "\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts)


class _NoRules:
    """Per-figure rules that find nothing (a mixin before a finder)."""

    def period(self, *args, **kwargs) -> PeriodFact:
        return PeriodFact()

    def place(self, *args, **kwargs) -> str:
        return "-"

    def measure(self, *args, **kwargs) -> str:
        return "-"


class _NoFacts(_NoRules):
    """A stand-in for :class:`~shangyu_analysis.extract.facts.FactsFinder` that finds nothing: the
    extractor's time without the facts."""

    def __init__(self, *args, **kwargs) -> None:
        pass


def _innermost(field: str) -> type:
    """The innermost class of :class:`FactsFinder`'s chain that defines ``field`` (``period``, ``place``,
    ``measure``): the first round's rules, which every later layer wraps."""
    return [c for c in FactsFinder.__mro__ if field in c.__dict__][-1]


class _SetUpOnly(_NoRules, FactsFinder):
    """The facts' set-up (scans of time expressions and place names, once per text) with no rule run per figure."""


class _InnermostOnly(FactsFinder):
    """The set-up and the innermost rules of each field, without the layers later rounds wrapped around them."""

    period = _innermost("period").period
    place = _innermost("place").place
    measure = _innermost("measure").measure


def _with_finder(finder, function):
    """``function`` run with ``finder`` in place of :class:`FactsFinder`."""

    def run() -> None:
        real, figures_module.FactsFinder = figures_module.FactsFinder, finder
        try:
            function()
        finally:
            figures_module.FactsFinder = real

    return run


def _print_layers(text: str, repeat: int, bare_s: float, extract_s: float) -> None:
    """Where the facts' time goes: set-up, the innermost rules, the layers wrapped around them."""

    def run() -> None:
        extract_figures(text)

    setup_s = _best(_with_finder(_SetUpOnly, run), repeat)
    inner_s = _best(_with_finder(_InnermostOnly, run), repeat)
    facts_s = extract_s - bare_s
    layers = sum(1 for c in FactsFinder.__mro__ for f in ("period", "place", "measure") if f in c.__dict__)
    print(f"facts' time {facts_s:.3f} s:")
    print(f"  set-up (scans once per text)        {setup_s - bare_s:.3f} s")
    print(f"  innermost rules (first round's)     {inner_s - setup_s:.3f} s")
    print(f"  the {layers} layers wrapped around them {extract_s - inner_s:.3f} s")


def _best(function, repeat: int) -> float:
    """Best CPU time of ``repeat`` runs (CPU time: the machine is shared and noisy)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def _best_alternating(first, second, repeat: int) -> tuple[float, float]:
    """Best CPU times of ``first`` and ``second`` run in turn ``repeat`` times each: on a shared machine the
    load drifts, and runs in turn see the same drift, so their ratio is steadier than that of two series."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, function in enumerate((first, second)):
            start = time.process_time()
            function()
            best[i] = min(best[i], time.process_time() - start)
    return best[0], best[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--layers", action="store_true", help="also split the facts' time by layer")
    args = parser.parse_args(argv)
    text = build_text(args.megabytes)
    baseline = re.compile(r"\d+(?:\.\d+)?")
    counts = {}

    def run_baseline() -> None:
        counts["baseline"] = sum(1 for _ in baseline.finditer(text))

    def run_extractor() -> None:
        counts["figures"] = len(extract_figures(text))

    def run_chunked() -> None:
        counts["chunked"] = sum(len(frame) for frame in iter_figures(text))

    def run_bare() -> None:
        counts["bare"] = len(extract_figures(text))

    base_s = _best(run_baseline, args.repeat)
    extract_s, bare_s = _best_alternating(run_extractor, _with_finder(_NoFacts, run_bare), args.repeat)
    chunk_s = _best(run_chunked, args.repeat)
    chars = len(text)
    print(
        f"text: {len(text.encode('utf-8')) / 1e6:.2f} MB UTF-8, {chars:,} characters, "
        f"{1000 * counts['figures'] / chars:.1f} figures per 1000 characters"
    )
    print(f"baseline regex      : {chars / base_s / 1e6:8.2f} M chars/s  ({counts['baseline']:,} numbers)")
    print(f"extract_figures     : {chars / extract_s / 1e6:8.2f} M chars/s  ({counts['figures']:,} figures)")
    print(f"  without facts     : {chars / bare_s / 1e6:8.2f} M chars/s  ({counts['bare']:,} figures)")
    print(f"iter_figures chunks : {chars / chunk_s / 1e6:8.2f} M chars/s  ({counts['chunked']:,} figures)")
    print(f"ratio extractor/baseline speed: {base_s / extract_s:.3f} (extractor is {extract_s / base_s:.1f}x slower)")
    print(
        f"facts add {100 * (extract_s / bare_s - 1):.1f} % to extraction time "
        f"(with/without facts time ratio {extract_s / bare_s:.3f})"
    )
    if args.layers:
        _print_layers(text, args.repeat, bare_s, extract_s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
