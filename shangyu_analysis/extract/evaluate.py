"""Score the figure extractor against hand-made gold annotations.

A folder holds, per text, ``NAME.txt`` and ``NAME.gold.tsv`` (columns ``surface value unit
qualifier subject offset``), optionally ``NAME.dates.tsv`` and ``NAME.nonfigures.tsv`` (``surface
… offset``; a non-figure whose ``reason`` contains "borderline" may be scored either way).

Scoring (the corpus README's rules)
-----------------------------------
- A gold figure is *found* when an extracted figure overlaps its span and the values agree, in the
  stated unit or after 万/亿 scaling (relative tolerance 1e-3). A gold range ``20-60`` compares its
  low end, a structure ratio ``3.7:45.4:50.9`` its first term.
- An extraction is a *false positive* when it overlaps no gold figure, or overlaps a date or a
  non-borderline non-figure. One that overlaps only a borderline non-figure is left out of the
  count (``extracted`` excludes it).
- Qualifier accuracy: over gold figures whose qualifier is not ``exact``, the share found with the
  same qualifier (a gold figure not found counts as wrong).
- Facts: when ``NAME.facts.tsv`` is present, place, measure, period and period basis are scored too
  (:mod:`~shangyu_analysis.extract.evaluate_facts`). The text is read as an article, with its
  ``NAME.source.yml`` (its date and, when the text does not name it, its place) when there is one.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.evaluate_facts import facts_ratios, score_facts
from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import load_article
from shangyu_analysis.text.numerals import SCALES

if TYPE_CHECKING:
    from shangyu_analysis.text import Article

EVALUATION_COLUMNS = [
    "file",
    "gold",
    "found",
    "extracted",
    "false_positives",
    "recall",
    "precision",
    "qualifier_correct",
    "qualifier_total",
    "qualifier_accuracy",
]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    row: dict

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def _read_tsv(path: Path) -> list[_Span]:
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        return [_Span(int(r["offset"]), int(r["offset"]) + len(r["surface"]), r) for r in rows]
    except (KeyError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise UserError(path, f"not a valid annotation file ({exc.__class__.__name__}: {exc})") from None


def _scale(unit: str) -> float:
    """The scale a unit starts with (万亿元 → 1e12), from the extractor's table (longest prefix first); else 1."""
    for word, factor in SCALES.items():
        if unit.startswith(word):
            return factor
    return 1.0


def _gold_value(raw: str) -> float:
    """The first number of a gold value: ``20-60`` → 20, ``3.7:45.4:50.9`` → 3.7, ``-3.2`` → -3.2."""
    match = re.match(r"\s*(-?[0-9.]+)", raw)
    try:
        return float(match.group(1)) if match else math.nan
    except ValueError:  # a lone "." or "-."
        return math.nan


def values_agree(extracted_value: float, extracted_unit: str, gold_value: float, gold_unit: str) -> bool:
    """True when the values match as stated or once 万/亿/万亿 scales are multiplied out."""
    if math.isnan(extracted_value) or math.isnan(gold_value):
        return False
    candidates = (extracted_value, extracted_value * _scale(extracted_unit or "") / _scale(gold_unit))
    return any(math.isclose(v, gold_value, rel_tol=1e-3, abs_tol=1e-9) for v in candidates)


def score_text(
    text: str | Article,
    gold: list[_Span],
    dates: list[_Span],
    nonfigures: list[_Span],
    figures: pd.DataFrame | None = None,
) -> dict:
    """Scores of one text (the row of :func:`evaluate_dir` without ``file``); ``text`` is a str or an Article."""
    figures = extract_figures(text) if figures is None else figures
    rows = list(zip(figures["start"], figures["end"], figures["value"], figures["unit"], figures["qualifier"]))
    found = qualifier_correct = qualifier_total = 0
    for g in gold:
        gold_value, gold_unit = _gold_value(g.row["value"]), g.row["unit"]
        match = next(
            (r for r in rows if g.overlaps(r[0], r[1]) and values_agree(r[2], r[3], gold_value, gold_unit)), None
        )
        found += match is not None
        if g.row["qualifier"] != "exact":
            qualifier_total += 1
            qualifier_correct += match is not None and match[4] == g.row["qualifier"]
    hard = dates + [n for n in nonfigures if "borderline" not in n.row.get("reason", "")]
    borderline = [n for n in nonfigures if "borderline" in n.row.get("reason", "")]
    extracted = false_positives = 0
    for start, end, *_ in rows:
        in_gold = any(g.overlaps(start, end) for g in gold)
        if any(h.overlaps(start, end) for h in hard):
            false_positives += 1
        elif not in_gold:
            if any(b.overlaps(start, end) for b in borderline):
                continue  # may be scored either way: leave it out
            false_positives += 1
        extracted += 1
    return {
        "gold": len(gold),
        "found": found,
        "extracted": extracted,
        "false_positives": false_positives,
        "qualifier_correct": qualifier_correct,
        "qualifier_total": qualifier_total,
    }


def _ratios(row: dict) -> dict:
    row["recall"] = row["found"] / row["gold"] if row["gold"] else math.nan
    row["precision"] = (row["extracted"] - row["false_positives"]) / row["extracted"] if row["extracted"] else math.nan
    row["qualifier_accuracy"] = (
        row["qualifier_correct"] / row["qualifier_total"] if row["qualifier_total"] else math.nan
    )
    return row


def evaluate_dir(path: str | Path, facts: list | None = None) -> pd.DataFrame:
    """Score every ``*.gold.tsv`` in ``path``; one row per file plus a ``TOTAL`` row.

    ``facts``, when a list, receives one row of facts counts per text that has a ``NAME.facts.tsv``
    (:func:`evaluate_facts_dir` turns them into ratios).

    Raises
    ------
    UserError
        When ``path`` is not a folder, holds no gold file, or a gold file has no text beside it.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise UserError(folder, "no such directory" if not folder.exists() else "not a directory")
    gold_files = sorted(folder.glob("*.gold.tsv"))
    if not gold_files:
        raise UserError(folder, "no *.gold.tsv files to evaluate against")
    rows = []
    for gold_file in gold_files:
        name = gold_file.name[: -len(".gold.tsv")]
        text_file = folder / f"{name}.txt"
        if not text_file.is_file():
            raise UserError(gold_file, f"no text file {text_file.name} beside it")
        article = load_article(text_file)
        figures = extract_figures(article)
        scores = score_text(
            article,
            _read_tsv(gold_file),
            _read_tsv(folder / f"{name}.dates.tsv"),
            _read_tsv(folder / f"{name}.nonfigures.tsv"),
            figures,
        )
        facts_file = folder / f"{name}.facts.tsv"
        if facts is not None and facts_file.is_file():
            facts.append({"file": name, **score_facts(figures, _read_tsv(facts_file))})
        rows.append(_ratios({"file": name, **scores}))
    total = {key: sum(r[key] for r in rows) for key in EVALUATION_COLUMNS[1:5] + EVALUATION_COLUMNS[7:9]}
    rows.append(_ratios({"file": "TOTAL", **total}))
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)


def evaluate_facts_dir(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """:func:`evaluate_dir` and, when the folder has ``*.facts.tsv`` files, the facts accuracies."""
    facts: list[dict] = []
    figures = evaluate_dir(path, facts)
    return figures, (facts_ratios(facts) if facts else None)


def format_evaluation(df: pd.DataFrame) -> str:
    """A fixed-width table of :func:`evaluate_dir`'s result, ratios as percentages."""
    shown = df.copy()
    for column in ("recall", "precision", "qualifier_accuracy"):
        shown[column] = [("n/a" if math.isnan(v) else f"{100 * v:.1f}%") for v in shown[column]]
    return shown.to_string(index=False)
