"""Regression tests for the rows of the round-7 fact-check (docs/review/factcheck_*_round7.md) resolved here:
the ERROR of 02 and every MISLEADING and UNSUPPORTED row of 02, 03, 04 and 05."""

from __future__ import annotations

from review_helpers import narrative_text

from shangyu_analysis import config
from shangyu_analysis.dataset import context, load_reference
from shangyu_analysis.report import incontext, verdicts

NB = config.PROJECT_ROOT / "notebooks"


def test_04_row2_a_pair_compared_but_not_judged_is_not_called_not_checkable(checks, seed):
    text = " ".join(verdicts.verdict_sentences(checks, context.article_claims(seed), "en"))
    compared = text.split("so there is no band): ")[1].split(". ")[0]
    unchecked = text.split("Not checkable: ")[1]
    for name in ("Total fiscal revenue", "General public budget revenue", "Urban residents' income"):
        assert name in compared and name not in unchecked
    assert "Above-scale industrial output" in unchecked  # a reference measuring something else: not checkable
    zh = "".join(verdicts.verdict_sentences(checks, context.article_claims(seed), "zh"))
    assert "已与参考数值对照、但不作判定的" in zh


def test_04_row3_the_base_level_is_2015_not_the_start_of_the_plan():
    for text in (narrative_text("en"), narrative_text("zh")):
        assert "start of the" not in text and "规划期初" not in text
    # the year itself is in the derived value's name ("GDP in 2015 (implied)"): templates type no numbers
    assert "of the year before the plan period" in narrative_text("en")
    assert "规划期前一年" in narrative_text("zh")


def test_04_row4_signed_investment_says_since_2020(seed):
    names = seed.indicators.set_index("indicator_id")
    assert "since 2020" in names.loc["signed_investment_yi_yuan", "name_en"]
    assert names.loc["signed_investment_yi_yuan", "name_zh"].startswith("去年以来")


def test_04_row5_presumed_years_in_chart_titles_and_checks(seed):
    from shangyu_analysis.report.charts import article_charts

    titles = {spec.id: spec.title for spec in article_charts(config.SEED_ARTICLE)}  # the page's charts.yml
    assert "presumably 2020" in titles["fiscal"]("en") and "推测为2020年" in titles["fiscal"]("zh")
    assert "presumably 2020" in titles["income"]("en") and "推测为2020年" in titles["income"]("zh")
    described = " ".join(seed.checks["description"])
    catalog = config.catalog_path(None).read_text(encoding="utf-8")
    assert "less than the 2020" not in described and "小于2020年" not in catalog


def test_04_row6_current_prices_is_an_assumption(seed):
    derived = seed.derived.set_index("derived_id").loc["gdp_2015_yi_yuan"]
    assert "price_basis" in derived["assumes"] and "the page does not say" in derived["assumptions"]


def test_05_row6_recomputed_shares_show_enough_decimals_to_round(seed):
    structure = incontext.structure_table(context.sector_structure(load_reference()), "en")
    assert "38.249%" in set(structure["share_from_va_pct"])


def test_02_row8_the_rounding_example_has_the_right_digits():
    source = (NB / "02_economy_and_fiscal.py").read_text(encoding="utf-8")
    assert "11.778…%" in source and "11.779…" not in source
    assert f"{100 * ((93.69 / 53.69) ** 0.2 - 1):.4f}".startswith("11.778")


def test_03_row15_only_the_first_clause_names_the_workstations():
    assert "Only the sentence's first clause names its subject" in narrative_text("en")
    assert "只有第一分句点明主语" in narrative_text("zh")
