"""Score the facts of figures (place, measure, period, period basis) against ``NAME.facts.tsv``.

Scoring (``../shared/corpus/FACTS.md``): for every gold facts row, the extracted figure whose span overlaps it
(keyed by ``surface`` and ``offset``, as in ``NAME.gold.tsv``) is compared field by field:

- period: the exact string after normalisation (spaces dropped, en dashes as hyphens, upper-case letters, one
  spelling per period as ruling 9 of data/corpus/SOURCES.md says);
  also at year level (the set of years agrees; ``as_of_publication`` and ``-`` are each their own "year");
- period_basis: exact;
- place: the set of names agrees (order ignored);
- measure: exact, counted only on rows whose gold measure is a vocabulary term (not ``其他:…``).

A gold figure that no extracted figure overlaps counts as wrong on every field.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from shangyu_analysis.text.period_shapes import canonical_period

FACTS_COLUMNS = ["file", "facts", "period", "period_year", "period_basis", "place", "measure", "measure_rows"]
_FIELDS = ("period", "period_year", "period_basis", "place", "measure")


def normalise_period(raw: str) -> str:
    """Spaces dropped, dashes as hyphens, upper-case letters, and one spelling per period (ruling 9: 2021M1-M6 is
    2021H1)."""
    spelled = re.sub(r"\s+", "", str(raw)).replace("–", "-").replace("—", "-").replace("q", "Q").replace("h", "H")
    return canonical_period(spelled)


def period_years(raw: str) -> frozenset:
    """The years a period covers: 2016-2020 → 2016…2020, 2020/2015 → {2015, 2020}, 2021Q1-Q3 → {2021}."""
    value = normalise_period(raw)
    if value in ("-", "as_of_publication", ""):
        return frozenset({value})
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return frozenset({int(value[:4])})
    years: set[int] = set()
    for part in value.split("/"):
        found = [int(y) for y in re.findall(r"\d{4}", part)]
        if len(found) == 2 and re.fullmatch(r"\d{4}-\d{4}", part):
            years.update(range(found[0], found[1] + 1))
        else:
            years.update(found)
    return frozenset(years)


def _places(raw: object) -> frozenset[str]:
    return frozenset(p.strip() for p in str(raw or "-").split("、") if p.strip())


def score_facts(figures: pd.DataFrame, facts: list) -> dict:
    """Counts of right fields over ``facts`` (spans of facts rows) for one text's extracted ``figures``."""
    rows = list(
        zip(
            figures["start"],
            figures["end"],
            figures["place"],
            figures["measure"],
            figures["period"],
            figures["period_basis"],
        )
    )
    counts = dict.fromkeys(_FIELDS, 0)
    counts["facts"] = len(facts)
    counts["measure_rows"] = 0
    for gold in facts:
        g = gold.row
        vocabulary_row = not g["measure"].startswith("其他")
        counts["measure_rows"] += vocabulary_row
        match = next((r for r in rows if gold.overlaps(r[0], r[1])), None)
        if match is None:
            continue
        _, _, place, measure, period, basis = match
        counts["period"] += normalise_period(period) == normalise_period(g["period"])
        counts["period_year"] += period_years(period) == period_years(g["period"])
        counts["period_basis"] += basis == g["period_basis"].strip()
        counts["place"] += _places(place) == _places(g["place"])
        counts["measure"] += vocabulary_row and measure == g["measure"].strip()
    return counts


def facts_ratios(rows: list[dict]) -> pd.DataFrame:
    """One row per text plus TOTAL, each field as a share of its rows (measure: of vocabulary rows)."""
    total = {"file": "TOTAL", **{k: sum(r[k] for r in rows) for k in FACTS_COLUMNS[1:]}}
    out = []
    for row in [*rows, total]:
        shown = {"file": row["file"], "facts": row["facts"]}
        for field in _FIELDS:
            base = row["measure_rows"] if field == "measure" else row["facts"]
            shown[field] = row[field] / base if base else math.nan
        shown["measure_rows"] = row["measure_rows"]
        out.append(shown)
    return pd.DataFrame(out, columns=FACTS_COLUMNS)


def format_facts(df: pd.DataFrame) -> str:
    shown = df.copy()
    for column in _FIELDS:
        shown[column] = [("n/a" if math.isnan(v) else f"{100 * v:.1f}%") for v in shown[column]]
    return shown.to_string(index=False)
