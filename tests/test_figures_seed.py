"""The seed article: every reference figure found with its value, unit and qualifier; nothing else."""

from __future__ import annotations

import math

import pytest

from shangyu_analysis.config import SEED_ARTICLE
from shangyu_analysis.extract.figures import extract_figures

# (offset, surface, value, unit, qualifier): the 41 figures a careful reader finds in the seed.
# Counts with 大 are cut after 大 (八大, 九大类); the reference lists some with their noun.
SEED_FIGURES = [
    (269, "64亿元", 64.0, "亿元", "approx"),
    (278, "1000亿元", 1000.0, "亿元", "more_than"),
    (292, "156.72亿元", 156.72, "亿元", "exact"),
    (311, "93.69亿元", 93.69, "亿元", "exact"),
    (323, "8亿元", 8.0, "亿元", "at_least"),
    (340, "第九", 9.0, "rank", "exact"),
    (343, "第十位", 10.0, "rank", "exact"),
    (356, "68309元", 68309.0, "元", "exact"),
    (363, "38044元", 38044.0, "元", "exact"),
    (591, "148家", 148.0, "家", "exact"),
    (608, "604.5亿元", 604.5, "亿元", "exact"),
    (618, "16.7%", 16.7, "%", "exact"),
    (637, "1/3", 1 / 3, "ratio", "more_than"),
    (645, "75.6亿元", 75.6, "亿元", "exact"),
    (654, "38.7%", 38.7, "%", "exact"),
    (675, "八大", 8.0, "个", "exact"),
    (861, "70%", 70.0, "%", "at_least"),
    (974, "八大", 8.0, "个", "exact"),
    (986, "八条", 8.0, "条", "exact"),
    (1350, "倍增", 2.0, "倍", "exact"),
    (1583, "2家", 2.0, "家", "exact"),
    (1595, "2家", 2.0, "家", "exact"),
    (1602, "1.3万家", 1.3, "万家", "exact"),
    (1788, "32名", 32.0, "名", "exact"),
    (1952, "七大", 7.0, "个", "exact"),
    (1957, "42条", 42.0, "条", "exact"),
    (1970, "九大", 9.0, "个", "exact"),
    (2038, "九大类", 9.0, "个", "exact"),
    (2260, "三大", 3.0, "个", "exact"),
    (2307, "46个", 46.0, "个", "exact"),
    (2317, "667.31亿元", 667.31, "亿元", "exact"),
    (2352, "50亿元", 50.0, "亿元", "at_least"),
    (2360, "5个", 5.0, "个", "exact"),
    (2368, "八大", 8.0, "个", "exact"),
    (2465, "128个", 128.0, "个", "exact"),
    (2476, "631项", 631.0, "项", "exact"),
    (2487, "193项", 193.0, "项", "exact"),
    (2503, "84个", 84.0, "个", "exact"),
    (2833, "163.6公顷", 163.6, "公顷", "exact"),
    (2847, "52.9万平方米", 52.9, "万平方米", "approx"),
    (2891, "九大", 9.0, "个", "exact"),
]

# Offsets of numerals in the seed that are not figures (labels, names, idioms, dates, footer).
SEED_NONFIGURE_OFFSETS = [
    12,
    158,
    175,
    198,
    213,
    252,
    374,
    379,
    474,
    481,
    518,
    596,
    1039,
    1295,
    1300,
    1358,
    1398,
    1502,
    1568,
    1779,
    1867,
    2010,
    2085,
    2105,
    2382,
    2390,
    2613,
    2642,
    3281,
    3299,
    3423,
    3451,
    3466,
    3566,
    3582,
    3584,
]


@pytest.fixture(scope="module")
def seed_figures():
    return extract_figures(SEED_ARTICLE.read_text(encoding="utf-8"))


def test_seed_has_exactly_the_reference_figures(seed_figures):
    assert list(seed_figures["start"]) == [row[0] for row in SEED_FIGURES]


@pytest.mark.parametrize("offset, surface, value, unit, qualifier", SEED_FIGURES)
def test_seed_figure(seed_figures, offset, surface, value, unit, qualifier):
    row = seed_figures.loc[seed_figures["start"] == offset].iloc[0]
    assert (row["surface"], row["unit"], row["qualifier"]) == (surface, unit, qualifier)
    assert math.isclose(row["value"], value, rel_tol=1e-9)


def test_seed_reports_no_nonfigure(seed_figures):
    spans = list(zip(seed_figures["start"], seed_figures["end"]))
    hits = [o for o in SEED_NONFIGURE_OFFSETS if any(s <= o < e for s, e in spans)]
    assert hits == []


def test_seed_distributes_subjects_over_fenbie_lists(seed_figures):
    subject = dict(zip(seed_figures["start"], seed_figures["subject"]))
    assert (subject[356], subject[363]) == ("城镇居民收入", "农村居民收入")
    assert subject[340].startswith("财政总收入") and subject[343].startswith("一般公共预算收入")
    assert subject[292] == "财政总收入"


def test_seed_through_the_article_parser_fills_structure():
    from shangyu_analysis.text import load_article

    article = load_article(SEED_ARTICLE)
    frame = extract_figures(article)
    assert list(frame["start"]) == [row[0] for row in SEED_FIGURES]
    first = frame.iloc[0]
    assert first["period"] == "2016-2020"  # “十三五” governs the sentence
    assert frame["paragraph"].notna().all()
    assert frame.loc[frame["start"] == 591, "section"].iloc[0].startswith("平台和数字双轮驱动")
