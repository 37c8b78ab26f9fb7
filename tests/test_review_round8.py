"""Regression tests for the rows of the round-8 fact-check (docs/review/factcheck_*_round8.md) resolved here:
every MISLEADING row of 02 (medium), 04 and 05."""

from __future__ import annotations

from shangyu_analysis import config
from shangyu_analysis.dataset import context, load_reference
from shangyu_analysis.report import incontext, questions
from shangyu_analysis.report.labels import label

NB = config.PROJECT_ROOT / "notebooks"


def test_05_row1_the_verdict_column_says_compared_not_judged(checks, seed):
    table = incontext.checks_table(checks, context.article_claims(seed), load_reference(), "en")
    no_band = table[checks["reason"] == "no_band"]
    assert len(no_band) and set(no_band["verdict"]) == {"compared, not judged (no band)"}
    assert "not checkable" in set(table.loc[checks["reason"] == "no_reference_year", "verdict"])


def test_05_row2_a_bound_overlaps_the_band():
    assert label("context.reason_within_band", "en") == "overlaps the plausible band"
    assert label("context.reason_within_band", "zh") == "与合理区间有交集"


def test_05_row3_only_gdp_is_bracketed(seed, checks):
    source = (NB / "05_in_context.py").read_text(encoding="utf-8")
    assert "bracketed by the years around them" not in source
    # the sentence is built from the cross-check by measure (report.questions.sides), not typed for the seed
    claims = context.article_claims(seed)
    assert "only GDP has reference years on both sides" in questions.sides(checks, claims, "en")
    assert "只有地区生产总值前后都有参考年份" in questions.sides(checks, claims, "zh")


def test_05_row4_a_prior_year_value_in_a_bulletin_is_not_preliminary():
    reference = load_reference()
    shares = reference[reference["indicator_id"] == "share_primary"]
    marks = {int(row["year"]): context.caveats_of(row) for _, row in shares.iterrows()}
    assert "preliminary" in marks[2013] and "preliminary" in marks[2023]
    assert "preliminary" not in marks[2012] and "preliminary" not in marks[2022]


def test_05_row5_revenue_growth_is_presumably_nominal_not_by_construction():
    assert "not deflated, so its growth is presumably nominal" in label("caveat.real_vs_nominal", "en")
    assert "nominal by construction" not in (NB / "05_in_context.py").read_text(encoding="utf-8")


def test_02_row_medium_the_revenue_split_says_one_thing():
    source = (NB / "02_economy_and_fiscal.py").read_text(encoding="utf-8")
    assert source.count("central and provincial governments") >= 2  # the introduction and the summary agree
    assert "passed up to the central government" not in source
