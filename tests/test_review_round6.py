"""Regression tests for the rows of the round-6 fact-check (docs/review/factcheck_*_round6.md) resolved here:
every MISLEADING and UNSUPPORTED row of reports 01, 04 and 05."""

from __future__ import annotations

from review_helpers import narrative_text

from shangyu_analysis import config
from shangyu_analysis.dataset import context, load_reference
from shangyu_analysis.files import read_yaml
from shangyu_analysis.report import incontext, verdicts
from shangyu_analysis.report.labels import label


def test_05_row10_a_carried_level_states_the_value_below_which_it_fails(checks, seed):
    table = incontext.checks_table(checks, context.article_claims(seed), load_reference(), "en")
    judged = table[(checks["formula"] == "level_from_increase") & checks["reference_year"].notna()]
    assert len(judged) and all("fails only for a reference value below" in s for s in judged["strength"])
    assert any("(872亿元), 1000 − 2 × 64 = 872;" in s for s in judged["strength"])  # 1000 − (2020 − 2018) × 64


def test_05_row11_the_zh_growth_column_does_not_say_bulletin():
    assert label("column.stated_growth_pct", "zh") == "参考资料所列增速"


def test_05_row15_the_secondary_line_says_it_counts_checks_that_could_fail(checks, seed):
    en = " ".join(verdicts.verdict_sentences(checks, context.article_claims(seed), "en"))
    zh = "".join(verdicts.verdict_sentences(checks, context.article_claims(seed), "zh"))
    assert "Claims whose only check that could have failed is against secondary copies" in en
    assert "只能与二手资料作有检验力对照的文中说法" in zh


def test_05_row19_each_deflator_copy_says_its_role():
    band = read_yaml(config.DATA_DIR / "reference" / "price_band.yml")
    roles = {copy["site"]: copy["role_en"] for copy in band["read_from"]}
    assert roles["knoema"] == "the values the band is built from"
    assert "cross-check" in roles["indexmundi"] and all(copy["role_zh"] for copy in band["read_from"])


def test_04_row1_the_doubling_target_names_both_readings(seed):
    # named without its years: a number in the prose must trace to the page, a reference row or a formula
    assert "provincial five-year doubling plan" in narrative_text("en") and "数字经济五年倍增计划" in narrative_text(
        "zh"
    )
    note = seed.indicators.set_index("indicator_id").loc["digital_economy_growth_target_multiple"]
    assert "background knowledge" in note["period_note"] and "背景知识" in note["period_note_zh"]


def test_04_row17_what_a_planning_unit_holds_is_background_not_the_page(seed):
    for text in (narrative_text("en"), narrative_text("zh")):
        assert "roads and green space included" not in text and "含道路、绿地的整个" not in text
    derived = seed.derived.set_index("derived_id").loc["future_community_floor_area_ratio"]
    assert "background knowledge" in derived["assumptions"] and "背景知识" in derived["assumptions_zh"]
    assert "保留地块" not in derived["assumptions_zh"]


def test_01_row2_an_average_increase_is_not_each_years(seed):
    described = " ".join(seed.checks["description"])
    assert "Five annual increases of at least" not in described
    assert "average increase of at least 8亿元" in described
