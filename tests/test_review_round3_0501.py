"""Regression tests for the round-3 fact-check of reports 01 and 05 (docs/review/factcheck_05_01_round3.md,
rows 1–32), one per row.

Notebooks 01 and 05 are run once per language (papermill, as the build runs them) and the rows check what a
reader sees in their outputs; the rest check the catalog, the labels and the verdict sentences they come from."""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import context, crosscheck, load_dataset, load_reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.report import incontext, verdicts
from shangyu_analysis.report.labels import label

DOC = config.PROJECT_ROOT / "docs" / "review" / "factcheck_05_01_round3.md"
NB01 = (config.NOTEBOOKS_DIR / "01_figures.py").read_text(encoding="utf-8")
NB05 = (config.NOTEBOOKS_DIR / "05_in_context.py").read_text(encoding="utf-8")


def _text(nb: nbformat.NotebookNode, lang: str) -> str:
    """What a reader of ``lang`` sees: the prose of that language and every output, as plain text (styles and
    tags stripped, entities resolved, whitespace folded)."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and f"lang-{lang}" in cell.metadata.get("tags", []):
            parts.append(cell.source)
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = out.get("data", {})
            parts.append(data.get("text/html") or data.get("text/markdown") or "")
    shown = re.sub(r"<style.*?</style>|<script.*?</script>", " ", "\n".join(parts), flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", shown))
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def runs(executed_notebook):
    """01 and 05 in each language as the session's build executed them (conftest.built_reports)."""
    return {
        (name, lang): _text(executed_notebook(name, lang), lang)
        for name in ("01_figures", "05_in_context")
        for lang in ("zh", "en")
    }


def _row(text: str, figure_id: str) -> str:
    """A figure-table row of 01: from its id up to the next figure id."""
    return re.search(rf"{figure_id} (.*?)(?= F\d\d\d |$)", text).group(1)


@pytest.fixture(scope="module")
def seed():
    return load_dataset()


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture(scope="module")
def checks(seed, reference):
    return crosscheck.cross_check(seed, reference)


@pytest.fixture(scope="module")
def summary(seed, checks):
    claims = context.article_claims(seed)
    return {lang: " ".join(verdicts.verdict_sentences(checks, claims, lang)) for lang in ("zh", "en")}


# --- report 01 ------------------------------------------------------------------------------------------------
SMALLER_SIDE = (
    "budget_increase_below_budget",
    "major_investment_within_signed_investment",
    "market_share_is_share",
    "new_materials_output_below_industry_total",
)


def test_1_a_minimum_on_the_smaller_side_claims_only_compatibility(runs):
    checks = {c["id"]: c for c in load_catalog(config.catalog_path(None)).checks}
    for check_id in SMALLER_SIDE:
        assert "minimum" in checks[check_id]["description"] and "最小值" in checks[check_id]["description_zh"]
    assert "compatible" in checks["budget_increase_below_budget"]["description"]
    assert "each check written so that passing with the bound" not in NB01
    assert "每条校验都写成" not in NB01
    assert "a pass shows only that the minimum is compatible" in runs[("01_figures", "en")]
    assert "通过只说明该最小值相容" in runs[("01_figures", "zh")]


@pytest.mark.parametrize("figure_id", ["F035", "F036", "F037", "F038", "F010"])
def test_2_stocks_of_mu_qian_are_as_of_publication(runs, figure_id):
    assert "as of publication (目前)" in _row(runs[("01_figures", "en")], figure_id)
    assert "目前(发稿时)" in _row(runs[("01_figures", "zh")], figure_id)
    assert " 2020 " not in _row(runs[("01_figures", "en")], figure_id)


@pytest.mark.parametrize("figure_id", ["F030", "F031", "F032", "F033"])
def test_3_signed_projects_are_since_2020(runs, figure_id):
    assert "since 2020 (去年以来)" in _row(runs[("01_figures", "en")], figure_id)


@pytest.mark.parametrize("figure_id", ["F002", "F003", "F004", "F006", "F007", "F008", "F009"])
def test_4_levels_and_ranks_are_presumably_2020(runs, figure_id):
    assert "presumably 2020" in _row(runs[("01_figures", "en")], figure_id)
    assert "推测为2020年" in _row(runs[("01_figures", "zh")], figure_id)
    assert "2016–2020" in _row(runs[("01_figures", "en")], "F001")


@pytest.mark.parametrize("figure_id", ["F016", "F018", "F034"])
def test_5_the_clusters_have_no_stated_period(runs, figure_id):
    assert "not stated" in _row(runs[("01_figures", "en")], figure_id)
    assert "Key industrial clusters being fostered" in _row(runs[("01_figures", "en")], figure_id)


def test_6_42_are_policy_articles(runs):
    assert "Articles of the private-economy policy" in _row(runs[("01_figures", "en")], "F026")
    assert "民营经济政策条款数" in _row(runs[("01_figures", "zh")], "F026")


def test_7_new_entities_say_new(runs):
    assert "新增市场主体" in _row(runs[("01_figures", "zh")], "F023")
    assert "newly added" in _row(runs[("01_figures", "en")], "F022")
    assert "New market entities" in _row(runs[("01_figures", "en")], "F023")


def test_8_the_doubling_reads_as_a_future_target(runs):
    row = _row(runs[("01_figures", "en")], "F020")
    assert "presumably 2021–2025" in row and "after five years" in row


def test_9_rejected_examples_say_they_are_examples(runs):
    assert "one example per reason" in runs[("01_figures", "en")]
    assert "每种原因只列一个例子" in runs[("01_figures", "zh")]


def test_10_no_code_ids_or_python_syntax_in_01(runs):
    for lang in ("zh", "en"):
        text = runs[("01_figures", lang)]
        assert not re.search(r"\b[a-z]+(?:_[a-z0-9]+){2,}\b", text), lang  # no snake_case ids
        assert " * " not in text and "<=" not in text and "5 × 64 < 1000" in text, lang
    assert "already claimed by “Key industrial clusters being fostered”" in runs[("01_figures", "en")]


def test_11_no_parameter_names_or_paths_in_01_prose(runs):
    for lang in ("zh", "en"):
        text = runs[("01_figures", lang)]
        assert "data/processed" not in text and "data/indicators.yml" not in text, lang
    assert "`kinds`" not in NB01 and "参数 `kinds`" not in NB01


def test_12_subjects_and_units_in_the_report_language(runs):
    en, zh = runs[("01_figures", "en")], runs[("01_figures", "zh")]
    assert "地区生产总值年均增加" not in _row(en, "F001")
    assert "位次" in _row(zh, "F006").split("确数")[0] and " rank " not in _row(zh, "F006")
    assert "比值" in _row(zh, "F013") and " ratio " not in _row(zh, "F013")


def test_13_the_90_county_units_are_explained(runs):
    assert "Zhejiang has 90 county-level units" in runs[("01_figures", "en")]
    assert "浙江有90个县级行政区" in runs[("01_figures", "zh")]


# --- report 05 ------------------------------------------------------------------------------------------------
def test_14_2020_is_a_year_of_unusually_slow_growth(reference):
    band = load_band(reference)
    en, zh = verdicts.band_sentence(band, "en"), verdicts.band_sentence(band, "zh")
    assert "a year of unusually slow growth such as 2020" in en and "contraction" not in en
    assert "增长明显放缓的年份" in zh and "收缩" not in zh
    assert "contraction" not in crosscheck.__doc__


def test_15_the_band_says_it_rests_on_three_years(reference):
    band = load_band(reference)
    assert "three years the reference states, one of them from a secondary page" in verdicts.band_sentence(band, "en")
    assert "2022" in verdicts.band_sentence(band, "en") and "三个年份" in verdicts.band_sentence(band, "zh")


def test_16_band_ends_rounded_outward(reference, checks, seed):
    band = load_band(reference)
    assert "6.89% to 13.91%" in verdicts.band_sentence(band, "en")
    table = incontext.checks_table(checks, context.article_claims(seed), reference, "en")
    ranges = {a for a in table["accept"] if "…" in a}
    assert ranges == {"6.89% … 13.91% a year"}


def test_17_the_informative_check_names_the_boundary_change(summary):
    first_en = summary["en"].split(". Claims that")[0]
    # named in words; the marker ④ went in round 5 (04 has no caveats list to define it: round-5 04 row 2)
    assert "crosses the possible 2021 boundary change, so it cannot count as confirmation" in first_en
    assert "跨越2021年可能的行政区划调整,故不能当作证实" in summary["zh"]


def test_18_the_secondary_only_line_names_the_derived_check(summary):
    assert (
        "none (among the article's own claims; of the derived GDP in 2015 (implied), the only check that could "
        "have failed is against a secondary value)" in summary["en"]
    )
    assert "唯一有检验力的对照是与二手资料的对照" in summary["zh"]


def test_19_copies_are_not_independent(runs):
    assert "independent secondary pages" not in runs[("05_in_context", "en")]
    assert "copies of one text" in runs[("05_in_context", "en")]
    assert "互相独立" not in runs[("05_in_context", "zh")] and "同一文本的转载" in runs[("05_in_context", "zh")]


def test_20_one_year_rate_without_certainly(runs):
    assert "certainly" not in runs[("05_in_context", "en")]
    assert "the rate of a single year, not an average over several years" in runs[("05_in_context", "en")]


def test_21_bounds_sentence_excludes_official_points(runs):
    assert "All are bounds" not in runs[("05_in_context", "en")]
    assert "The article's point and the derived point are bounds" in runs[("05_in_context", "en")]


def test_22_no_promise_of_excerpts_not_shown(runs):
    assert "with its source and the verbatim sentence it was read from" not in runs[("05_in_context", "en")]
    assert "并附出处和原文摘录" not in runs[("05_in_context", "zh")]
    assert "not repeated in this report" in runs[("05_in_context", "en")]


def test_23_the_deflator_is_in_the_sources_table(runs):
    text = runs[("05_in_context", "en")].split("Where the reference values used above come from")[1]
    assert "World Bank" in text and "knoema" in text and "indexmundi" in text
    assert "中国GDP平减指数" in runs[("05_in_context", "zh")].split("出处(行号")[1]


def test_24_the_ratio_sentence_carries_its_caveats(runs):
    assert "1.71 in the 2023 bulletin (caveats ③ and ④" in runs[("05_in_context", "en")]
    assert "(注意事项③④" in runs[("05_in_context", "zh")]


def test_25_the_timeline_line_joins_official_points_only():
    # round 6 (05 row 5): no line at all now, not even between official points: a chord read as a path
    assert "sns.lineplot(data=measured" not in NB05 and 'isin(["official", "secondary"])' not in NB05


def test_26_income_chart_keeps_its_hedges():
    assert "presumably per-capita disposable" in label("context.income_title", "en")
    assert "推测" in label("context.income_title", "zh")
    assert "not comparable" in label("context.growth_title", "en") and "年均增速:" not in label(
        "context.growth_title", "zh"
    )
    assert "不可直接比较" in label("context.growth_title", "zh") and "one year" in label("context.stated", "en")
    assert 'label("period_phrase.inferred", lang, period=year)' in NB05


def test_27_the_sector_chart_credits_the_reference_only():
    assert "article" not in label("context.source_reference", "en") and "文章" not in label(
        "context.source_reference", "zh"
    )
    assert 'source=label("context.source_reference", lang)' in NB05


def test_28_the_band_chart_leaves_room_for_its_first_label():
    assert "ax_checks.set_ylim(len(rows) - 0.5, -1.2)" in NB05


def test_29_recomputed_shares_round_to_the_stated_ones(reference):
    structure = context.sector_structure(reference).dropna(subset=["share_from_va_pct"])
    assert (structure["share_from_va_pct"].round(1) == structure["share_pct"]).all()  # 38.249 → 38.2


def test_30_the_published_value_stands_beside_each_conversion(runs):
    assert "CNY 14.12 billion (141.25亿元)" in runs[("05_in_context", "en")]  # answered: the 亿元 value is beside it


def test_31_caveat_hedges_agree_in_zh_and_en(seed, checks):
    assert "population base (census, resident, registered)" in label("caveat.population_bases", "en")
    assert "名义增速" in label("caveat.real_vs_nominal", "zh") and "可能不宜" in label("caveat.real_vs_nominal", "zh")
    found = crosscheck.breaks(crosscheck.year_before(checks))
    text = " ".join(verdicts.break_sentences(found, context.article_claims(seed), seed.derived, "en"))
    assert "counts as confirmation" in text and "confirm nothing" not in text
    zh = " ".join(verdicts.break_sentences(found, context.article_claims(seed), seed.derived, "zh"))
    assert "也不能当作证实" in zh  # the same hedge in both languages


def test_32_sources_heading_explains_the_row_numbers(runs):
    assert "the rows are lines of the reference table" in runs[("05_in_context", "en")]


# --- every row has its test and a status ----------------------------------------------------------------------
def test_every_row_is_resolved_and_tested():
    text = DOC.read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| 0[15] \|.*\| ((?:changed|answered)[^|]*) \|$", text, flags=re.M)
    assert sorted(int(n) for n, _ in rows) == list(range(1, 33))
    tested = {int(m) for m in re.findall(r"^def test_(\d+)_", Path(__file__).read_text(encoding="utf-8"), flags=re.M)}
    assert tested == set(range(1, 33))


def test_round5_05_row5_back_cast_rates_are_averages_over_their_span(runs):
    # round 5 (docs/review/factcheck_05_round5.md row 5): −1.43 % is the 2020–2022 average, not 2022's growth
    assert "(average -1.43% a year over 2020–2022)" in runs[("05_in_context", "en")]
    assert "(2020–2022年均-1.43%)" in runs[("05_in_context", "zh")]
    assert "If the rates the 2023 bulletin reports are measured from the 2022 level" in runs[("05_in_context", "en")]
