"""The facts of every figure of many texts, one TSV line each: to check that a speed-up changes no fact.

Run it on two checkouts and compare the sorted outputs (paths are written relative to each checkout)::

    .venv/bin/python benchmarks/dump_facts.py > /tmp/a.tsv      # in one checkout
    .venv/bin/python benchmarks/dump_facts.py > /tmp/b.tsv      # in the other
    diff <(sort /tmp/a.tsv) <(sort /tmp/b.tsv)

Texts: every ``data/corpus/*.txt`` and the seed, read as articles (sidecar date and place) and as plain
text; the ``.txt`` files of ``--shared`` (default ``../shared``) and ``tests/fixtures`` the same way; 20
texts of shuffled corpus paragraphs; and a bench text (``bench_figures.build_text``, ``--megabytes``).
Columns: text, start, end, place, measure, period, period_basis, period_evidence.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_figures import build_text  # noqa: E402

from shangyu_analysis.config import SEED_ARTICLE  # noqa: E402
from shangyu_analysis.errors import UserError  # noqa: E402
from shangyu_analysis.extract.figures import extract_figures  # noqa: E402
from shangyu_analysis.text import load_article  # noqa: E402

COLUMNS = ["start", "end", "place", "measure", "period", "period_basis", "period_evidence"]


def _lines(name: str, source) -> list[str]:
    frame = extract_figures(source)
    return [name + "\t" + "\t".join(map(str, row)) for row in frame[COLUMNS].itertuples(index=False)]


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--megabytes", type=float, default=0.5)
    args = parser.parse_args(argv)
    corpus = [*sorted((ROOT / "data" / "corpus").glob("*.txt")), SEED_ARTICLE]
    others = sorted(args.shared.rglob("*.txt")) if args.shared.is_dir() else []
    others += sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    lines, texts = [], []
    for path in corpus + others:
        try:
            lines += _lines("A:" + _name(path), load_article(path))
        except UserError as exc:
            lines.append(f"A:{_name(path)}\terror: {exc.message}")
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        lines += _lines("P:" + _name(path), text)
        if path in corpus:
            texts.append(text)
    rng = random.Random(7)
    for i in range(20):  # paragraphs of three corpus texts, shuffled: facts across unusual neighbours
        paragraphs = [line for text in rng.sample(texts, 3) for line in text.split("\n")]
        rng.shuffle(paragraphs)
        lines += _lines(f"M{i}", "\n".join(paragraphs[:400]))
    lines += _lines("BENCH", build_text(args.megabytes))
    sys.stdout.write("\n".join(lines) + "\n")
    print(f"{len(lines):,} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
