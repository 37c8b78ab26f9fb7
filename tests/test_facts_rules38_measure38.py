"""Measure rules of helper measure38 (rates given 分别 after their measures, a heading's measure, a race's values,
people added, a pair of ranks, amounts signed, 固定资产投入), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fao1_01_xiangjiang_signing_2016 (dated 2016-01-28)
_XIANGJIANG = "2015年,新区完成地区生产总值1540亿元,完成财政总收入219亿元,同比分别增长11%、8%。\n"
# fao1_06_hubei_q1_2025 (dated 2025-04-18)
_HUBEI = "社会消费品零售总额、固定资产投资、出口额分别增长7.3%、6.6%、22.4%,分别高于全国2.7个、2.4个、15.5个百分点。\n"
# fao1_07_sichuan_review_2021 (year only, 2021)
_SICHUAN = (
    "☆发展新优势\n●全省GDP\n从2012年的2.39万亿元\n增加到2020年的4.86万亿元\n迈上两个万亿元台阶\n●三次产业结构\n"
    "由2012年的13.8∶52.8∶33.4\n调整到2020年的11.4∶36.2∶52.4\n"
)
# fao1_08_guangxi_race_2024 (year only, 2024)
_GUANGXI = (
    "其中,南宁是前三季度GDP总量为4207.92亿元,仍然遥遥领广西其它城市,但未能重回全国城市排行榜50强。"
    "柳州和桂林则分别以2246.45亿元、1806.89亿元,继续稳居第2、3位。\n"
)
# fao1_03_changshun_bulletin_2019 (dated 2020-07-10)
_CHANGSHUN = "年末户籍人口273393人,比上年新增1547人。\n"
# fab2_01_liaoning_investment_2022 (dated 2022-10-12)
_LIAONING = "“辽宁—长三角招商引资促进周”期间,全省共计成功签约重点项目155个,签约总额达1234.1亿元。\n"
# fx1_08_xinjiang_xiqiahui_2015 (dated 2015-05-25)
_XINJIANG = "舉行建設新疆絲綢之路經濟帶核心區推介會,現場簽約97個項目,總金額達297.23億元。\n"
# fao2_08_haimen_devzone_2007 (2007)
_HAIMEN = "实现全社会固定资产投入24.2亿元,同比增长32.8%。\n"


def test_rates_given_respectively_take_their_measures_in_order() -> None:
    facts = facts_by_surface(_XIANGJIANG, dt.date(2016, 1, 28))
    assert facts["11%"][1] == "地区生产总值增速"
    assert facts["8%"][1] == "其他:财政总收入增速"
    facts = facts_by_surface(_HUBEI, dt.date(2025, 4, 18))
    assert facts["7.3%"][1] == "社会消费品零售总额增速"
    assert facts["6.6%"][1] == "固定资产投资增速"
    assert facts["22.4%"][1] == "其他:出口额增速"


def test_value_under_a_heading_takes_its_measure() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2021, 7, 1))
    assert facts["2.39万亿元"][1] == "地区生产总值"
    assert facts["4.86万亿元"][1] == "地区生产总值"
    assert facts["13.8∶52.8∶33.4"][1] == "三次产业结构"
    assert facts["11.4∶36.2∶52.4"][1] == "三次产业结构"


def test_race_values_take_the_money_term_named_before() -> None:
    facts = facts_by_surface(_GUANGXI, dt.date(2024, 11, 1))
    assert facts["2246.45亿元"][1] == "地区生产总值"
    assert facts["1806.89亿元"][1] == "地区生产总值"


def test_second_of_two_ranks_is_a_rank() -> None:
    facts = facts_by_surface(_GUANGXI, dt.date(2024, 11, 1))
    assert facts["3位"][1] == "排名"


def test_people_added_after_a_population() -> None:
    facts = facts_by_surface(_CHANGSHUN, dt.date(2020, 7, 10))
    assert facts["1547人"][1] == "人口增量"


def test_amount_signed_is_investment() -> None:
    assert facts_by_surface(_LIAONING, dt.date(2022, 10, 12))["1234.1亿元"][1] == "投资额"
    assert facts_by_surface(_XINJIANG, dt.date(2015, 5, 25))["297.23億元"][1] == "投资额"


def test_fixed_asset_input_is_fixed_asset_investment() -> None:
    facts = facts_by_surface(_HAIMEN, dt.date(2007, 12, 31))
    assert facts["24.2亿元"][1] == "固定资产投资"
    assert facts["32.8%"][1] == "固定资产投资增速"
