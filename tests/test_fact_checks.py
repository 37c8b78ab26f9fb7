"""The checks any page gets from its figures' facts (indicators/fact_checks.py), on real sentences.

Each sentence is quoted from a text of data/corpus (file named beside it) under a one-line title that gives the
page its place, as the text's own heading does. No corpus text states growth since a base year beside the average
of the same span, so (a) uses the brief's own example in a page's words; a disagreeing case of a check the
corpus never contradicts is the real sentence with one number changed (said so at each).
"""

from __future__ import annotations

import math

import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import load_dataset
from shangyu_analysis.extract import extract_figures
from shangyu_analysis.indicators.fact_checks import fact_checks
from shangyu_analysis.schema import FACT_CHECKS, column_names
from shangyu_analysis.text import load_article, parse_text


def run(title: str, body: str):
    """(fact_checks rows, figure id → surface) of a page with this title line and body."""
    article = parse_text(f"{title}\n{body}")
    figures = extract_figures(article)
    table = fact_checks(figures, article.text)
    assert list(table.columns) == column_names(FACT_CHECKS)
    return table, dict(zip(figures["figure_id"], figures["surface"]))


def only(table, check: str):
    rows = table[table["fact_check"] == check]
    assert len(rows) == 1, table[["fact_check", "figure_ids", "arithmetic"]].to_string()
    return rows.iloc[0]


def surfaces(row, surface_of) -> list[str]:
    return [surface_of[i] for i in row["figure_ids"].split(";")]


# --- a. growth since a base year beside the average annual growth of the span -----------------------------
SHANGYU = "上虞区“十三五”发展成就"


def test_a_cumulative_growth_agrees_with_the_average_within_rounding():
    table, surface_of = run(SHANGYU, "“十三五”期间,全区地区生产总值比2015年增长50%,年均增长8.4%。")
    row = only(table, "growth_compounding")
    assert surfaces(row, surface_of) == ["50%", "8.4%"] and row["period"] == "2016-2020"
    assert row["result"] == pytest.approx(100 * (1.5**0.2 - 1)) and row["compared_with"] == 8.4
    assert (row["fact_verdict"], row["fact_reason"]) == ("agree", "within_rounding")
    assert row["formula_zh"] == "100 × ((1 + 累计增长 F001 ÷ 100)的5次方根 − 1)"


def test_a_disagrees_beyond_rounding():
    table, _ = run(SHANGYU, "“十三五”期间,全区地区生产总值比2015年增长50%,年均增长9.4%。")
    row = only(table, "growth_compounding")
    assert (row["fact_verdict"], row["fact_reason"]) == ("disagree", "outside_rounding")


@pytest.mark.parametrize(
    "body",
    [
        "“十三五”期间,全区地区生产总值比2015年增长50%,一般公共预算收入年均增长8.4%。",  # another measure
        "“十三五”期间,全区地区生产总值比2016年增长50%,年均增长8.4%。",  # the span does not start after the base
    ],
)
def test_a_does_not_fire_on_another_measure_or_span(body):
    table, _ = run(SHANGYU, body)
    assert "growth_compounding" not in set(table["fact_check"])


# --- b. structure shares ----------------------------------------------------------------------------------
def test_b_sector_structure_sums_to_100():  # a04_yunhe_bulletin_2022
    table, _ = run("云和县2022年国民经济和社会发展统计公报", "三次产业增加值结构为6.0:46.9:47.1。")
    row = only(table, "shares_sum")
    assert row["arithmetic"] == "6 + 46.9 + 47.1 = 100" and row["fact_verdict"] == "agree"


def test_b_a_list_of_the_three_sectors_shares_sums_to_100():  # a06_hengyang_county_bulletin_2022
    table, _ = run("衡阳县2022年国民经济和社会发展统计公报", "三次产业对GDP增长的贡献率分别为13.3%、40.4%和46.3%。")
    row = only(table, "shares_sum")
    assert row["result"] == pytest.approx(100) and row["fact_verdict"] == "agree"
    assert len(row["figure_ids"].split(";")) == 3


def test_b_disagrees_when_the_parts_miss_100_beyond_rounding():  # a04 with 47.1 changed to 48.1
    table, _ = run("云和县2022年国民经济和社会发展统计公报", "三次产业增加值结构为6.0:46.9:48.1。")
    assert only(table, "shares_sum")["fact_verdict"] == "disagree"


def test_b_does_not_fire_on_growth_rates_listed_with_fenbie():  # fj1_09_huimin_review_2017_2021
    table, _ = run("惠民县五年工作回顾", "城镇和农村居民人均可支配收入分别年均增长6.42%、8.37%;")
    assert "shares_sum" not in set(table["fact_check"])


# --- c. parts within their total --------------------------------------------------------------------------
ZHONGJIANG = "中江县2022年国民经济和社会发展统计公报"
POPULATION = "年末全县户籍总户数49.4万户,户籍总人口134.9万人,比上年下降1.0%,其中城镇人口25.0万人,乡村人口{rural}万人。"


def test_c_parts_within_their_total():  # a10_zhongjiang_bulletin_2022
    table, surface_of = run(ZHONGJIANG, POPULATION.format(rural="109.9"))
    rows = table[table["fact_check"] == "part_within_total"]
    assert [surfaces(r, surface_of) for _, r in rows.iterrows()] == [
        ["134.9万人", "25.0万人"],
        ["134.9万人", "109.9万人"],
    ]
    assert set(rows["fact_verdict"]) == {"agree"}


def test_c_a_part_above_its_total_disagrees():  # a10 with 109.9 changed to 209.9
    table, _ = run(ZHONGJIANG, POPULATION.format(rural="209.9"))
    rows = table[table["fact_check"] == "part_within_total"]
    assert list(rows["fact_verdict"]) == ["agree", "disagree"]


def test_c_the_total_is_no_increase_and_no_class_threshold(seed_fact_checks):
    # f21_13_guazhou_bulletin_2023 (traditional script): the total is 13.22萬人, not the decrease of 500人
    table, surface_of = run(
        "瓜州縣2023年國民經濟和社會發展統計公報",
        "年末全縣常住人口13.22萬人,比上年減少500人,其中城鎮常住人口6.04萬人,佔總人口比重為45.71%。",
    )
    assert surfaces(only(table, "part_within_total"), surface_of) == ["13.22萬人", "6.04萬人"]
    # the seed: 50亿元以上项目 names a class of projects; it is no part of 签约投资额
    figures = load_dataset().figures.set_index("figure_id")["surface"]
    parts = seed_fact_checks[seed_fact_checks["fact_check"] == "part_within_total"]
    assert all("50亿元" not in [figures[i] for i in ids.split(";")] for ids in parts["figure_ids"])


# --- d. the earlier level a level and its growth imply -----------------------------------------------------
def test_d_base_level_of_a_decline():  # a07_wangjiang_bulletin_2022
    table, _ = run("望江县2022年国民经济和社会发展统计公报", "第二产业增加值79.52亿元,同比下降3.4%;")
    row = only(table, "implied_base_level")
    assert row["result"] == pytest.approx(79.52 / (1 - 0.034)) and row["period"] == "2021"
    assert (row["fact_verdict"], row["result_unit"]) == ("derived", "亿元")


def test_d_a_bounded_decline_turns_round():  # a07 with 超过 added: fell by more than 3.4 %, so 2021 was above 82.32
    table, _ = run("望江县2022年国民经济和社会发展统计公报", "第二产业增加值79.52亿元,同比下降超过3.4%;")
    row = only(table, "implied_base_level")
    assert row["result_qualifier"] == "more_than" and row["result"] == pytest.approx(79.52 / (1 - 0.034))


def test_d_a_lower_bound_gives_a_lower_bound():  # f19_06_gucheng_govreport_2021
    table, _ = run("谷城县政府工作报告", "预计十三五末,全县地区生产总值突破400亿元,年均增长6.2%;")
    row = only(table, "implied_base_level")
    assert row["period"] == "2015" and row["result_qualifier"] == "more_than"
    assert row["result"] == pytest.approx(400 / 1.062**5)


def test_d_pairs_a_level_only_with_its_own_growth():  # c04_daqing_q1_2017: the town's sales, not the city's growth
    table, surface_of = run(
        "大庆市2017年一季度经济运行情况",
        "全市实现社会消费品零售总额290亿元，同比增长5%。分地域看，城镇实现零售额266.2亿元，增长5.1%；",
    )
    pairs = [surfaces(r, surface_of) for _, r in table[table["fact_check"] == "implied_base_level"].iterrows()]
    assert ["266.2亿元", "5%"] not in pairs and ["290亿元", "5%"] in pairs


# --- e. the growth two levels imply ------------------------------------------------------------------------
HUIMIN = "惠民县五年工作回顾"
REVENUE = "一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元,{who}年均增长{rate}%;"


def test_e_two_levels_agree_with_the_stated_average():  # fj1_09_huimin_review_2017_2021
    table, surface_of = run(HUIMIN, REVENUE.format(who="", rate="16.63"))
    row = only(table, "implied_growth")
    assert surfaces(row, surface_of) == ["9.6亿元", "20.7亿元", "16.63%"] and row["period"] == "2017-2021"
    assert row["result"] == pytest.approx(100 * ((20.7 / 9.6) ** 0.2 - 1))
    assert (row["fact_verdict"], row["fact_reason"]) == ("agree", "within_rounding")  # 16.61 within 9.6's rounding


def test_e_disagrees_beyond_rounding():  # the same sentence with 16.63 changed to 18.63
    row = only(run(HUIMIN, REVENUE.format(who="", rate="18.63"))[0], "implied_growth")
    assert (row["fact_verdict"], row["fact_reason"]) == ("disagree", "outside_rounding")


def test_e_real_growth_against_current_price_levels_cannot_tell():  # a04_yunhe_bulletin_2022
    table, _ = run(
        "云和县2022年国民经济和社会发展统计公报",
        "2021年全县生产总值现价总量为972846万元。2022年,全县实现生产总值(GDP)951435万元,按可比价格计算,比上年下降4.1%;",
    )
    row = table[(table["fact_check"] == "implied_growth") & table["compared_with"].notna()].iloc[0]
    assert (row["fact_verdict"], row["fact_reason"]) == ("cannot_tell", "price_basis")


def test_e_another_measures_growth_is_not_compared():  # the Huimin sentence, the rate given to retail sales
    table, _ = run(HUIMIN, REVENUE.format(who="社会消费品零售总额", rate="16.63"))
    row = only(table, "implied_growth")
    assert row["fact_verdict"] == "derived" and math.isnan(row["compared_with"])


# --- the seed -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_fact_checks():
    return load_dataset().fact_checks


def test_the_seed_gets_its_generic_rows(seed_fact_checks):
    """Parts within totals and the 2019 levels of new materials (the catalog derives the same 518.0)."""
    assert list(seed_fact_checks["fact_check"]) == ["part_within_total"] * 3 + ["implied_base_level"] * 2
    assert set(seed_fact_checks["fact_verdict"]) == {"agree", "derived"}
    assert seed_fact_checks["result"].iloc[3] == pytest.approx(604.5 / 1.167)


def test_c_a_total_in_parentheses_is_an_aside():  # c05_neihu_industry: Taipei's count is no total of Neihu's firms
    article = load_article(config.PROJECT_ROOT / "data" / "corpus" / "c05_neihu_industry.txt")  # its sidecar: 內湖
    figures = extract_figures(article)
    surface_of = dict(zip(figures["figure_id"], figures["surface"]))
    table = fact_checks(figures, article.text)
    pairs = [surfaces(r, surface_of) for _, r in table[table["fact_check"] == "part_within_total"].iterrows()]
    assert ["3,557 家", "15 家"] in pairs and not any(p[0] == "53,832家" for p in pairs)
