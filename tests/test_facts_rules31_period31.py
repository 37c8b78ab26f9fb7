"""Period rules of helper period31 (cumulative rates listed month by month, a stock at a quarter's end, counts of the
places a comparison runs over, a paragraph going on with the part of the year opening the one before, 今年以来 under a
title naming the report's part of the year), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fai2_05_yunnan_industry_m8_2016 (dated 2016-11-02)
_YUNNAN = (
    "1-8月云南省工业生产小幅回升\n"
    "1. 烟草工业降幅收窄。1-8月,全省烟草制品业实现增加值709.29亿元,同比下降10.6%。"
    "2-7月,烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%。\n"
)

# fai1_01_neimenggu_q1_2020 (dated 2020-04-20)
_NEIMENGGU = (
    "(抗擊新冠肺炎)今年一季度內蒙古生產總值完成3550.9億元\n"
    "內蒙古禽蛋、牛奶產量保持增長。其中,禽蛋產量10.3萬噸,同比增長12.2%;豬牛羊禽四肉產量26.7萬噸。"
    "一季度末,牛存欄699.7萬頭,同比增長6.5%;羊存欄6612.7萬只,同比增長6.8%。\n"
)

# fai1_02_xinganmeng_m1_m2_2021 (dated 2021)
_XINGANMENG = (
    "一、县域工业增加值增速较高\n"
    "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。"
    "从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%。\n"
)

# fag1_07_xinjiang_q1q3_2014 (dated 2014)
_XINJIANG = (
    "2014年新疆重点新开工项目达到51项,提前3个月完成全年目标任务。\n"
    "前三季度,新疆工业生产保持平稳,产品销售率进一步回升。规模以上工业企业增加值同比增长10%。\n"
    "在40个工业行业大类中,有26个行业增加值实现增长,占65%。\n"
)

# fah2_03_jiangxi_hightech_h1_2012 (dated 2012-08-07)
_JIANGXI = (
    "上半年高新技术产业平稳发展\n"
    "8月3日,省科技厅和省统计局公布了上半年全省高新技术产业发展情况。\n"
    "今年以来,在国内外环境复杂多变的大背景下,我省高新技术产业内六大领域全面实现盈利,同比增长8.19%。\n"
)


def test_cumulative_rates_listed_month_by_month_are_each_january_to_their_month() -> None:
    facts = facts_by_surface(_YUNNAN, dt.date(2016, 11, 2))
    got = [facts[s][2] for s in ("7.5%", "7.8%", "8.6%", "10.4%", "11.7%", "12.6%")]
    assert got == ["2016M1-M2", "2016Q1", "2016M1-M4", "2016M1-M5", "2016H1", "2016M1-M7"]


def test_a_stock_at_a_quarters_end_is_of_its_last_day() -> None:
    facts = facts_by_surface(_NEIMENGGU, dt.date(2020, 4, 20))
    assert facts["699.7萬頭"][2] == "2020-03-31"
    assert facts["6612.7萬只"][2] == "2020-03-31"
    assert facts["26.7萬噸"][2] != "2020-03-31"  # a flow of the quarter, no stock at its end


def test_counts_of_the_places_a_comparison_runs_over_stand() -> None:
    facts = facts_by_surface(_XINGANMENG, dt.date(2021, 1, 1))
    assert facts["6个"][2:] == ("as_of_publication", "inferred")


def test_a_paragraph_without_time_goes_on_with_the_part_of_the_year_opening_the_one_before() -> None:
    facts = facts_by_surface(_XINJIANG, dt.date(2014, 1, 1))
    assert facts["26个"][2] == "2014Q1-Q3"
    assert facts["65%"][2] == "2014Q1-Q3"


def test_since_the_year_began_under_a_title_naming_the_half_is_the_half() -> None:
    facts = facts_by_surface(_JIANGXI, dt.date(2012, 8, 7))
    assert facts["8.19%"][2] == "2012H1"
