"""The real development corpus (data/corpus): sound annotations, documented sources, and the scores
issue #12 set (recall and precision >= 98 %, qualifier accuracy >= 95 %) kept as a regression floor."""

from __future__ import annotations

import csv

import pytest

from shangyu_analysis import config
from shangyu_analysis.extract import evaluate_dir

CORPUS = config.DATA_DIR / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_corpus_is_large_enough():
    gold = sum(len(_rows(CORPUS / f"{t.stem}.gold.tsv")) for t in TEXTS)
    characters = sum(len(t.read_text(encoding="utf-8")) for t in TEXTS)
    assert len(TEXTS) >= 15 and characters >= 20_000 and gold >= 600


@pytest.mark.parametrize("table", ["gold", "dates", "nonfigures"])
def test_every_offset_points_at_its_surface(table):
    for text_path in TEXTS:
        text = text_path.read_text(encoding="utf-8")
        for row in _rows(CORPUS / f"{text_path.stem}.{table}.tsv"):
            offset = int(row["offset"])
            assert text[offset : offset + len(row["surface"])] == row["surface"], (text_path.name, row)


def test_every_text_has_its_source_recorded():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for text_path in TEXTS:
        assert text_path.name in sources, text_path.name
    assert "RSSHUB-PAGE" in sources  # the excluded repository is named as excluded


@pytest.mark.slow  # extracts every corpus text (~2 s of CPU): over the fast tier's budget
def test_scores_on_the_real_corpus():
    scores = evaluate_dir(CORPUS).set_index("file")
    total = scores.loc["TOTAL"]
    assert total["recall"] >= 0.98, scores.to_string()
    assert total["precision"] >= 0.98, scores.to_string()
    # round 33 (qualifier33): 1,686/1,704 = 0.9894; with part AL 1,710/1,730 = 0.9884; floor a little below
    # with parts AM and AN 1,761/1,783 = 0.9877 (AN's fresh score brought two misses); round 37 (figures37, 用3-5年时间
    # as a range) 1,762/1,783 = 0.9882; round 39 (figures39, 约占…和…, 以上至) 1,801/1,822 = 0.9885
    assert total["qualifier_accuracy"] >= 0.9875, scores.to_string()
