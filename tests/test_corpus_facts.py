"""Facts accuracy on the real corpus (data/corpus, parts with NAME.facts.tsv): regressions fail.

Thresholds are the accuracies reached after the rules of issue #19's fourth round with part K added, less a small
margin; each fresh part scored once on frozen rules is reported apart (data/corpus/SOURCES.md), not here.
"""

from __future__ import annotations

from shangyu_analysis import config
from shangyu_analysis.extract.evaluate import evaluate_facts_dir

CORPUS = config.DATA_DIR / "corpus"
# Reached with part L (the fresh part of round 5, now development data), 3,099 rows: period 86.8 %, year level
# 89.0 %, basis 88.1 %, place 88.5 %, measure 90.2 %. Before part L (2,605 rows, after round 5): 89.0 / 90.8 / 87.7 /
# 91.6 / 89.5. (This test had lost its assertion in the part J commit, 83d28e2; restored 2026-12-07.)
FLOORS = {"period": 0.861, "period_year": 0.883, "period_basis": 0.874, "place": 0.878, "measure": 0.895}


def test_facts_accuracy_on_the_real_corpus():
    _, facts = evaluate_facts_dir(CORPUS)
    total = facts.set_index("file").loc["TOTAL"]
    assert total["facts"] >= 3099
    for field, floor in FLOORS.items():
        assert total[field] >= floor, (field, facts.to_string())
