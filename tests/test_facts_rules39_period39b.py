"""Period rules of helper period39b (a ranking's unnumbered ranks and pools, months listed with 分别, a year's plan
inside a quarter, 本年 inside a half-year report), each on real sentences of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fap2_04_guangxi_devzones_2023 (dated 2023-02-07), the first paragraphs
_GUANGXI = "每日报道:广西国家级经开区提档晋位成效明显,钦州港经开区首次进入全国百强\n广西新闻网-广西日报南宁讯 (记者 周红梅)近日,商务部公布了2022年国家级经济技术开发区综合发展水平考核排名结果,广西国家级经开区考核排名实现历史新高,参与排名的4家国家级经开区有3家实现提档晋位,其中,钦州港经开区首次进入全国百强,广西—东盟经开区排名152位,中马—钦州产业园区排名提升3位。\n钦州港经开区在参评的全国217家经开区中排名第94位,较去年跃升94位,在西部47家国家级经开区中排名第13位;广西—东盟经开区排名152位,较去年前进58位,在西部排名第27位。\n"
# fap1_07_jilin_q3_2020 (dated 2020-10-29)
_JILIN = "汽车产业生产明显恢复,第三季度增加值同比增长32.5%,其中7月、8月、9月分别同比增长28.4%、63.2%和17.3%。"
# fap2_05_hainan_h1_2023 (dated 2023-07-20), the opening and the investment paragraph
_HAINAN = "上半年海南GDP同比增長8.6%\n中新網海口7月19日電(記者 王子謙)2023年上半年海南省經濟運作情況新聞發佈會19日公佈,根據地區生産總值統一核算結果,上半年海南省地區生産總值3458.79億元,按不變價格計算,同比增長8.6%。\n固定資産投資小幅增長,新開工項目拉動較大。上半年,海南全省固定資産投資同比增長2.4%,本年新開工項目投資同比增長11%。分領域看,産業投資(不含房地産開發)同比增長3.8%,佔投資比重提升至38%。"
# fap2_02_fuzhou_starts_q2_2018 (dated 2018-06-30), the opening
_FUZHOU = "海都讯 记者昨日获悉,福州二季度集中开工了重大项目291个,涵盖产业项目(173项)、基础设施(69项)、社会民生(49项)三大领域,总投资达2223.73亿元,年计划投资539.36亿元。"


def test_unnumbered_ranks_and_pools_take_the_rankings_year() -> None:
    facts = facts_by_surface(_GUANGXI, dt.date(2023, 2, 7))
    assert facts["217家"][2] == "2022"
    assert facts["94位"][2] == "2022"
    assert facts["47家"][2] == "2022"
    assert facts["58位"][2] == "2022"


def test_months_listed_with_respectively() -> None:
    facts = facts_by_surface(_JILIN, dt.date(2020, 10, 29))
    assert facts["28.4%"][2] == "2020M7"
    assert facts["63.2%"][2] == "2020M8"
    assert facts["17.3%"][2] == "2020M9"


def test_this_year_in_a_half_year_report_is_the_half() -> None:
    facts = facts_by_surface(_HAINAN, dt.date(2023, 7, 20))
    assert facts["11%"][2] == "2023H1"
    assert facts["38%"][2] == "2023H1"


def test_year_plan_inside_a_quarter_is_the_year() -> None:
    facts = facts_by_surface(_FUZHOU, dt.date(2018, 6, 30))
    assert facts["539.36亿元"][2] == "2018"
    assert facts["2223.73亿元"][2] == "2018Q2"
