"""How often two people agree on the facts of part U: the ceiling the extractor's accuracy is read against.

A third annotator (``data/corpus/agreement_u/NOTES.md``) gave the 438 figures of part U their facts again, from the
texts, the gold figures and the conventions, never seeing the first annotators' facts or the extractor. Her rows are
scored against the gold exactly as the extractor's are (:func:`score_facts`, spans from surface and offset).
Measured 2026-12-07 on the gold as annotated: period 95.4 %, year level 98.6 %, basis 90.2 %, place 99.1 %, measure
96.5 % (231 vocabulary rows); the extractor at ``freezeU`` on the same rows: 71.2 / 82.9 / 76.3 / 86.5 / 95.2. Ruling 8
then set 26 rows of fu1_01 (a batch named for a quarter) from the event's day to the quarter in the gold; the second
annotator had read the day too, and her rows were left as she wrote them, so period agreement fell to 89.5 %. Rulings 10
and 13 (round 19) then moved 23 rows of fu1_05 (two-year averages; a bulletin's opening paragraph) that she had read as
the first annotator did: period 89.0 %, year level 97.7 %, basis 85.8 %; place and measure unchanged. Rulings 15, 16 and
18 (round 22) moved rows of fu1_06, fu2_01, fu2_03, fu2_04 and fu2_09 towards her readings: basis 87.0 %, measure
96.6 % (234 vocabulary rows). Ruling 4, re-applied in round 28, set a count of zones of fu2_08 to place `-` as
she had read it: place 99.3 %.
"""

from __future__ import annotations

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.extract.evaluate import _read_tsv
from shangyu_analysis.extract.evaluate_facts import facts_ratios, score_facts

CORPUS = config.DATA_DIR / "corpus"
SECOND = CORPUS / "agreement_u"
MEASURED = {"period": 0.890, "period_year": 0.977, "period_basis": 0.870, "place": 0.993, "measure": 0.966}


def _as_figures(path) -> pd.DataFrame:
    """A facts file read as the extractor's figures table: the span from surface and offset, and the four facts."""
    rows = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    start = rows["offset"].astype(int)
    return pd.DataFrame(
        {
            "start": start,
            "end": start + rows["surface"].str.len(),
            **{column: rows[column] for column in ("place", "measure", "period", "period_basis")},
        }
    )


def test_the_second_annotation_covers_every_gold_row_of_part_u():
    second = sorted(SECOND.glob("*.facts.tsv"))
    assert [p.name for p in second] == sorted(p.name for p in CORPUS.glob("fu[12]_*.facts.tsv"))
    for path in second:
        gold = pd.read_csv(CORPUS / path.name, sep="\t", dtype=str, keep_default_na=False)
        again = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
        assert list(again[["surface", "offset"]].itertuples(index=False)) == list(
            gold[["surface", "offset"]].itertuples(index=False)
        ), path.name


def test_agreement_between_annotators_is_what_the_readme_reports():
    counts = [
        {"file": path.name, **score_facts(_as_figures(path), _read_tsv(CORPUS / path.name))}
        for path in sorted(SECOND.glob("*.facts.tsv"))
    ]
    total = facts_ratios(counts).set_index("file").loc["TOTAL"]
    assert total["facts"] == 438
    for field, share in MEASURED.items():
        assert total[field] == pytest.approx(share, abs=0.0006), field
