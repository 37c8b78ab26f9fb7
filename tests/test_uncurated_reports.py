"""Reports on articles without a curated catalog name every figure in words: the measure when a known
term names it, else the subject's words and the surface; never "count figure 11" or "None"."""

from __future__ import annotations

import re

import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import load_dataset
from shangyu_analysis.report import notebook
from shangyu_analysis.report.narrative import render_report

ARTICLES = [
    config.PROJECT_ROOT / "tests" / "fixtures" / "narrative" / "county_report.txt",
    config.DATA_DIR / "corpus" / "b06_suzhou_special.txt",  # real texts of data/corpus
    config.DATA_DIR / "corpus" / "c04_daqing_q1_2017.txt",
]
# The closing table of the analysis notebooks (02, 03): every indicator of the article, named and stated.
TABLE_COLUMNS = ["name", "stated", "category", "period", "surface"]
PLACEHOLDERS = re.compile(r"\b(?:count|money|percent|rank|ratio|area|other) figure \d+|\bNone\b|\bnan\b")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_placeholder_labels(article, lang):
    dataset = load_dataset(article)
    assert not dataset.curated
    html = render_report(dataset, lang)
    table = notebook.table(dataset.indicators, lang, "indicators", columns=TABLE_COLUMNS).to_html()
    assert PLACEHOLDERS.findall(html) == []
    assert PLACEHOLDERS.findall(table) == []


def test_a_missing_period_is_said_in_words():
    # b04: a feature whose stories give lengths with no period (一块汽车玻璃，厚度不到5毫米): period -, unknown
    dataset = load_dataset(config.DATA_DIR / "corpus" / "b04_county_innovation_compare.txt")
    assert dataset.indicators["period"].isna().any()  # the case exists in this text
    assert "not stated" in notebook.table(dataset.indicators, "en", "t", columns=TABLE_COLUMNS).to_html()
    assert "未注明" in notebook.table(dataset.indicators, "zh", "t", columns=TABLE_COLUMNS).to_html()
