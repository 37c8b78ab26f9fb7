"""Regression tests for the round-3 review of reports 02 and 03 (docs/review/factcheck_02_03_round3.md, rows
G1–G19), one or more per row.

Wording rows check the notebooks' jupytext sources, where 02 and 03 write their sentences, chart titles and
credit lines; structural rows check the catalog, the derived table, the formula text and the chart helpers."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.build.html import ReportHeader
from shangyu_analysis.dataset import load_dataset
from shangyu_analysis.indicators.mathtext import math_text, short_name
from shangyu_analysis.report import notebook
from shangyu_analysis.report.format import format_value

DOC = config.PROJECT_ROOT / "docs" / "review" / "factcheck_02_03_round3.md"
NB02 = (config.NOTEBOOKS_DIR / "02_economy_and_fiscal.py").read_text(encoding="utf-8")
NB03 = (config.NOTEBOOKS_DIR / "03_industry_and_innovation.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed():
    return load_dataset()


# --- wording in the notebooks: row → (source, must appear, must not appear) --------------------------------------
SOURCE_ROWS = {
    "G3": (NB02, ["按保守方向取整", "rounded in the safe direction", "至少11.77%"], []),
    "G4": (NB02, ["所以结论成立", "才会不成立", "It would fail", "needed = "], ["所以结论是确定的"]),
    "G5": (NB02, ["文中未说明在哪些单位中排名", "does not say among which units"], []),
    "G6": (NB02, ["## 在本地征收的财政收入"], ["区里征收"]),
    "G8": (
        NB02,
        [
            ";其余部分为本报告推算",
            "; the remainder is derived in this report",
            ";比重为本报告推算(假设:",
            "; shares derived in this report (assumption:",
            ";2015年值为本报告由年均增加额推算",
            "; the 2015 values are derived in this report",
            ";增速为本报告推算",
            "; growth rates derived in this report",
        ],
        [],
    ),
    "G9": (
        NB02,
        ["2015(推算)", "2015 (implied)", "implied=[True, False]", "add_qualifier_legend(fig, qualifiers_drawn"],
        [],
    ),
    "G10": (NB02, ["放在官方统计中看", "区划调整", "see the report \"In context\"", "boundary"], []),
    "G11": (
        NB03,
        [
            "新材料产业工业总产值",
            "新材料产业利润\"",
            "New-materials gross output",
            "New-materials profit\"",
            "2019(推算)",
            "2019 (implied)",
            "implied=[True,",
            ";2019年值及比重为本报告由增速推算(假设:",
            "the 2019 values and the ratios are derived in this report",
        ],
        ["\"工业总产值\" if", "\"Gross output\")"],
    ),
    "G12": (
        NB03,
        ["y=\"bar\", x=\"value\"", "y=\"bar\", x=\"shown\""],
        ["y=f\"name_{lang}\", x=\"value\", color=\"#4f9a6b\""],
    ),
    "G13": (NB03, ["签约投资额(意向投资)", "Signed (pledged) investment"], ["\"投资总额\"", "\"Total investment\""]),
    "G14": (NB03, ["“重大项目”是本报告对50亿元以上项目的称呼", "\"Major projects\" is this report's word"], []),
    "G15": (
        NB03,
        [
            "(最可能属院士专家工作站,见上)",
            "most plausibly the academician and expert",
            "最可能属院士专家工作站;目前存量",
        ],
        ["zh=f\"院士专家工作站获得国家专利{"],
    ),
    "G16": (NB03, ["按保守方向取整", "rounded in the safe direction", "37.46…%"], []),
    "G18": (
        NB03,
        [
            ";规上工业总产值的上限为本报告",
            "upper bound on all above-scale output is derived in this report",
            ";合计、平均额及其上下限为本报告推算",
            "totals, averages and their bounds derived in this report",
        ],
        [],
    ),
    "G19": (NB03, ["不是已完成的投资(背景知识,文中未说明)", "pledges, not investment made (background, not"], []),
}


@pytest.mark.parametrize("row", sorted(SOURCE_ROWS))
def test_notebook_prose(row):
    source, must, must_not = SOURCE_ROWS[row]
    assert [w for w in must if w not in source] == [] and [w for w in must_not if w in source] == [], row


# --- structural rows ----------------------------------------------------------------------------------------------
def test_g1_g17_the_header_gives_the_parameters_a_rerun_takes():
    """Answered: the header is provenance; it shows each parameter with the name and value papermill takes."""
    header = ReportHeader(
        article_title="t",
        article="data/raw/a.txt",
        notebook="02.ipynb",
        parameters={"article": "data/raw/a.txt", "lang": "zh", "show_code": False},
        generated_utc="2021-02-23T00:00:00Z",
        git_commit="0",
        package_version="0",
        input_sha256="f" * 64,
        lang="zh",
    )
    shown = dict(header.rows())
    assert shown["参数"] == "article='data/raw/a.txt', lang='zh', show_code=False"


def test_g2_a_root_is_written_in_words_never_with_a_caret(seed):
    names = {"a": "地区生产总值", "b": "增加额(“十三五”)"}
    assert (
        math_text("100 * ((a / (a - 5 * b)) ** (1 / 5) - 1)", names, "zh")
        == "100 × ((地区生产总值 ÷ (地区生产总值 − 5 × 增加额))的5次方根 − 1)"
    )
    assert math_text("a ** (1 / 5)", {"a": "GDP"}, "en") == "5th root of (GDP)"
    assert math_text("a ** (1 / 2)", {"a": "GDP"}, "en") == "square root of (GDP)"
    derived = seed.derived.set_index("derived_id")
    for column in ("formula_zh", "formula_en"):
        assert not derived[column].str.contains(r"\^", regex=True).any(), column
    assert "的5次方根" in derived.loc["gdp_average_growth_2016_2020_pct", "formula_zh"]
    assert derived.loc["gdp_average_growth_2016_2020_pct", "formula_en"].startswith("100 × (5th root of (")


def test_g3_g16_bounds_are_rounded_in_the_safe_direction():
    assert format_value(11.7789, "%", "at_least", 2, "zh") == "至少11.77%"  # 11.779…: down, a safe lower bound
    assert format_value(37.464, "%", "at_least", 1, "zh") == "至少37.4%"
    assert format_value(10.1783, "亿元", "at_most", 2, "zh") == "不超过10.18亿元"  # up, a safe upper bound


def test_g4_the_margin_of_the_conclusion(seed):
    """The yearly GDP increase that would make GDP grow as fast as the lower bound on budget revenue: 85.4亿元 (the review, from the rounded 11.77 %, got 85.3)."""
    derived = seed.derived.set_index("derived_id")["value"]
    gdp = seed.indicators.set_index("indicator_id")["value"]
    growth = derived["general_budget_revenue_average_growth_2016_2020_pct"]
    needed = (gdp["gdp_yi_yuan"] - gdp["gdp_yi_yuan"] / (1 + growth / 100) ** 5) / 5
    assert round(needed, 1) == 85.4 and round(needed / gdp["gdp_annual_increase_yi_yuan"] - 1, 2) == 0.33


def test_g5_the_catalog_says_the_ranks_name_no_units(seed):
    described = seed.indicators.set_index("indicator_id")
    for rank in ("fiscal_revenue_rank_province", "general_budget_revenue_rank_province"):
        assert "does not say among which units" in described.loc[rank, "description_en"]


def test_g7_the_formatter_writes_as_few_decimals_as_a_number_needs():
    """Answered: 6.30 is written 6.3 like every figure, with the original 63.03亿元 beside it."""
    assert format_value(63.03, "亿元", None, 2, "en") == "CNY 6.3 billion (63.03亿元)"
    assert format_value(156.72, "亿元", None, 2, "en") == "CNY 15.67 billion (156.72亿元)"


def test_g9_g11_an_implied_bar_is_hatched_even_when_exact():
    frame = pd.DataFrame(
        {"value": [518.0, 604.5], "unit": ["亿元", "亿元"], "precision": [0, 1], "qualifier": ["exact", "exact"]}
    )
    fig, ax = plt.subplots()
    ax.bar(["2019", "2020"], frame["value"])
    notebook.label_bars(ax, frame, "zh", implied=[True, False])
    implied, stated = ax.containers[0]
    assert implied.get_hatch() and not stated.get_hatch()
    plt.close(fig)


def test_g12_chart_labels_fit_without_overprinting():
    """The bar labels of the patents and signed-projects charts are short (the full names stay in the tables):
    each fits in the width at which a label is wrapped (32 characters in English), so none runs into the next."""
    for text in (
        "National patents (all types)",
        "of which invention patents",
        "All {n_all} signed projects",
        "The {n_major} largest projects together",
        "Each of the {n_major} largest",
        "All {n_all}: average",
        "Other {n_all - n_major}: average",
    ):
        assert text in NB03, text
        shown = text.replace("{n_all - n_major}", "41").replace("{n_all}", "46").replace("{n_major}", "5")
        assert len(shown) <= 32, shown


def test_g14_the_threshold_is_said_of_each_project_and_stays_a_lower_bound(seed):
    indicators = seed.indicators.set_index("indicator_id")
    threshold = indicators.loc["major_project_threshold_yi_yuan"]
    assert "本报告用语" in threshold["name_zh"] and "this report's word" in threshold["name_en"]
    assert threshold["qualifier"] == "at_least"  # what makes the 5 projects' total a lower bound
    derived = seed.derived.set_index("derived_id")["qualifier"]
    assert derived["major_projects_investment_yi_yuan"] == "at_least"
    assert derived["other_projects_investment_per_project_yi_yuan"] == "at_most"


def test_g15_the_patents_keep_the_hedge_in_their_names(seed):
    names = seed.indicators.set_index("indicator_id")
    for patent in ("patents_count", "invention_patents_count"):
        assert "最可能属院士专家工作站" in names.loc[patent, "name_zh"]
        assert "most plausibly by the academician and expert workstations" in names.loc[patent, "name_en"]


def test_g17_formulas_name_their_inputs_without_notes(seed):
    assert short_name("签约投资额(上虞区或经产业研究院,文中未说明)") == "签约投资额"
    assert short_name("GDP in 2015 (implied)") == "GDP in 2015"
    assert short_name("(推算)") == "(推算)"  # a name that is nothing but a note stays whole
    derived = seed.derived.set_index("derived_id")
    assert derived.loc["other_projects_investment_per_project_yi_yuan", "formula_zh"] == (
        "(去年以来签约投资额 − 50亿元以上签约项目数 × 50亿元以上项目的单项投资额) ÷ (签约项目数 − 50亿元以上签约项目数)"
    )
    assert not derived["formula_zh"].str.contains("文中未说明").any()
    assert not derived["formula_en"].str.contains("not stated").any()


# --- every row has its test ---------------------------------------------------------------------------------------
STRUCTURAL = {"G1", "G2", "G4", "G5", "G7", "G9", "G12", "G14", "G15", "G17"}


def test_every_row_is_resolved_and_tested():
    text = DOC.read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| 0[23] \|.*\| ((?:changed|answered)[^|]*) \|$", text, flags=re.M)
    assert len(rows) == 19  # every row has a status: changed (how) or answered (why)
    assert {f"G{n}" for n, _ in rows} == set(SOURCE_ROWS) | STRUCTURAL
