"""Scoring the extractor against gold annotations (tiny hand-made fixtures)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.evaluate import (
    EVALUATION_COLUMNS,
    _Span,
    evaluate_dir,
    format_evaluation,
    score_text,
    values_agree,
)
from tests.facts_helpers import facts_by_surface

FIXTURES = Path(__file__).parent / "fixtures" / "evaluate"


def test_scores_per_file_and_total():
    frame = evaluate_dir(FIXTURES / "two")
    assert list(frame.columns) == EVALUATION_COLUMNS
    rows = {r["file"]: r for r in frame.to_dict("records")}
    assert set(rows) == {"alpha", "beta", "TOTAL"}
    alpha, beta, total = rows["alpha"], rows["beta"], rows["TOTAL"]
    # alpha: all 3 found; 第3位 is extracted but not annotated -> one false positive
    assert (alpha["gold"], alpha["found"], alpha["extracted"], alpha["false_positives"]) == (3, 3, 4, 1)
    assert alpha["precision"] == pytest.approx(0.75)
    # beta: the bare 9 of “1+9” is annotated (on purpose) and rightly not extracted -> missed;
    # 20亿元 matches a gold value written in 万元 (scaling), qualifiers approx and at_least agree
    assert (beta["gold"], beta["found"], beta["false_positives"]) == (3, 2, 0)
    assert beta["recall"] == pytest.approx(2 / 3)
    assert (beta["qualifier_correct"], beta["qualifier_total"]) == (2, 2)
    assert (total["gold"], total["found"], total["extracted"], total["false_positives"]) == (6, 5, 6, 1)
    assert total["recall"] == pytest.approx(5 / 6) and total["precision"] == pytest.approx(5 / 6)


def test_format_evaluation_shows_percentages():
    text = format_evaluation(evaluate_dir(FIXTURES / "two"))
    assert "TOTAL" in text and "83.3%" in text and "75.0%" in text


@pytest.mark.parametrize(
    "path, reason",
    [
        (FIXTURES / "missing", "no such directory"),
        (FIXTURES / "two" / "alpha.txt", "not a directory"),
        (FIXTURES / "empty", "no *.gold.tsv"),
    ],
)
def test_bad_directories_are_user_errors(path, reason):
    with pytest.raises(UserError) as caught:
        evaluate_dir(path)
    assert reason in caught.value.reason and str(path) in caught.value.message


def test_gold_without_text_is_a_user_error(tmp_path):
    (tmp_path / "x.gold.tsv").write_text("surface\tvalue\tunit\tqualifier\tsubject\toffset\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"no text file x\.txt"):
        evaluate_dir(tmp_path)


def test_broken_gold_file_is_a_user_error(tmp_path):
    (tmp_path / "x.txt").write_text("新增148家。", encoding="utf-8")
    (tmp_path / "x.gold.tsv").write_text("surface\toffset\n148家\tnot-a-number\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a valid annotation file"):
        evaluate_dir(tmp_path)


def _span(surface, offset, **row):
    return _Span(offset, offset + len(surface), {"surface": surface, **row})


def test_borderline_nonfigure_is_neutral_and_hard_one_is_false_positive():
    text = "两位数增长，全国百强县。"
    gold = []
    borderline = [_span("两位数", 0, reason="magnitude (borderline)")]
    scores = score_text("新增企业3家。", gold, [], [])
    assert (scores["extracted"], scores["false_positives"]) == (1, 1)
    assert score_text(text, gold, [], borderline)["extracted"] == 0
    hard = [_span("3家", 4, reason="label")]
    scores = score_text("新增企业3家。", [_span("3家", 4, value="3", unit="家", qualifier="exact")], [], hard)
    assert (scores["found"], scores["false_positives"]) == (1, 1)


@pytest.mark.parametrize(
    "value, unit, gold_value, gold_unit, agree",
    [
        (1.8, "万亿元", 1.8, "万亿元", True),
        (20.0, "亿元", 200000.0, "万元", True),
        (2.0, "万亿元", 20000.0, "亿元", True),
        (0.3333333, "ratio", 0.333333, "ratio", True),
        (20.0, "亿元", 20.0, "万元", True),  # the value as stated agrees
        (2.0, "亿元", 3.0, "亿元", False),
        (math.nan, None, 1.0, "元", False),
    ],
)
def test_values_agree(value, unit, gold_value, gold_unit, agree):
    assert values_agree(value, unit, gold_value, gold_unit) is agree


@pytest.mark.parametrize("raw, expected", [("20-60", 20.0), ("3.7:45.4:50.9", 3.7), ("-3.2", -3.2), ("156.72", 156.72)])
def test_gold_value_keeps_a_minus_sign_and_takes_the_first_number(raw, expected):
    from shangyu_analysis.extract.evaluate import _gold_value

    assert _gold_value(raw) == expected


def test_one_spelling_per_period_in_the_scorer_and_the_extractor():
    """Ruling 9: a month span that is a whole half, quarter(s) or year is that period, in the gold and the output."""
    from shangyu_analysis.extract.evaluate_facts import normalise_period, period_years
    from shangyu_analysis.text.period_shapes import canonical_period

    assert normalise_period("2023M1-M6") == normalise_period("2023H1") == "2023H1"
    assert normalise_period("2025M1–M9/2024M1-M9") == "2025Q1-Q3/2024Q1-Q3"
    assert normalise_period("2021M1-M12") == "2021" and period_years("2021Q1-Q4") == frozenset({2021})
    assert canonical_period("2021M1-M5") == "2021M1-M5"  # not a whole quarter: months stay
    assert canonical_period("2020H1-2021H1") == "2020H1-2021H1"  # a span across years is not touched
    facts = facts_by_surface("标题\n1-9月,全县规模以上工业增加值同比增长6.2%。\n", dt.date(2021, 10, 20))
    assert facts["6.2%"][2] == "2021Q1-Q3"
