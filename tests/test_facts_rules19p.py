"""Facts rules added for issue #19, round 8 (parts K, L, M and N as development data): each on a real sentence of
a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.periods import find_times
from tests.facts_helpers import facts_by_surface


def test_periods_compared_with_after_fenbie_bi_are_not_carried_on():
    # fn2_11_guangxi_halfyear_2021: 分别比一季度两年平均和2019年上半年增速高…。 then 上半年…, 1-5月…
    text = (
        "二是供给稳健。上半年,三次产业生产恢复态势趋好。规模以上工业增加值同比增长17.4%,两年平均增长6.7%,"
        "分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。服务业保持稳定恢复。\n"
        "四是质效趋优。1-5月,全区规模以上工业企业实现营业收入同比增长36.8%。全区城镇新增就业22.30万人。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 21))
    assert facts["36.8%"][2] == "2021M1-M5"
    assert facts["22.30万人"][2] == "2021M1-M5"


def test_a_plan_for_the_whole_year_is_the_years_not_the_batch_days():
    # fn1_02_ningxia_projects_2021: a 集中开工 report dated by its day; 2021年计划…, 全年计划投资… are the year's
    text = (
        "5月21日,宁夏2021年第二批重大项目集中开工现场推进会在宁夏宁东能源化工基地举行。"
        "当天,宁夏第二批287个重大项目开工建设。\n"
        "据悉,宁夏2021年计划实施扩大有效投资重大项目1140个以上,完成投资1500亿元以上。"
        "此次集中开工的287个重大项目,总投资达416亿元,全年计划完成投资165亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 5, 21))
    assert facts["1140个"][2:] == ("2021", "stated")
    assert facts["1500亿元"][2:] == ("2021", "stated")
    assert facts["165亿元"][2:] == ("2021", "stated")


def test_a_ranking_list_named_by_its_year_without_nian_is_that_year():
    # fn1_10_henan_county_race_2022: 2022赛迪百强县榜单 (年 left out), in a report whose lead writes the day
    text = (
        "7月21日,记者从省工信厅获悉,赛迪顾问县域经济研究中心日前发布了2022赛迪百强县榜单,我省6个市上榜,"
        "其中巩义市排名最靠前,居第45位。\n"
    )
    assert [t.words for t in find_times(text)] == ["7月21日", "2022"]
    facts = facts_by_surface(text, dt.date(2022, 7, 22))
    assert facts["6个"][2:] == ("2022", "stated")
    assert facts["第45位"][2:] == ("2022", "stated")


def test_words_naming_the_whole_year_keep_it_in_a_batch_launch_report():
    # fn1_03_zhongwei_pingluo_projects_2015: launched 3月18日; 当年投资…, 年内投资… are the year's
    text = (
        "3月18日,中卫市沙坡头旅游新镇项目建设现场,7个旅游项目破土开工,拉开中卫市今年重大项目集中开工建设大幕。"
        "其中当天集中开工重大项目104个,年内计划完成投资284亿元。\n"
        "104个项目当中,当年投资1亿元以上的项目49个,10亿元以上项目9个。其中西部云基地项目年内投资37亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 19))
    assert facts["49个"][2:] == ("2015", "stated")
    assert facts["37亿元"][2:] == ("2015", "stated")
    assert facts["284亿元"][2:] == ("2015", "stated")


def test_a_comparison_does_not_reach_into_the_qizhong_sentence_after_it():
    # fn2_08_yunnan_q1_2025: …增速与2024年全年持平。其中,农业(种植业)产值增长5.4%,… (not at the text's start)
    text = (
        "今年以来,我省持续加快建设农业强省。\n\n"
        "一季度,全省农林牧渔业总产值1159.20亿元,同比增长2.6%,增速与2024年全年持平。"
        "其中,农业(种植业)产值增长5.4%,比2024年全年加快0.3个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 25))
    assert facts["5.4%"][2] == "2025Q1"


def test_dangtian_in_the_figures_sentence_is_the_day_written_before_it_stated():
    # fn1_03_zhongwei_pingluo_projects_2015: 3月18日,…。今年…。其中当天集中开工重大项目104个,年内计划完成投资284亿元。
    text = (
        "3月18日,中卫市沙坡头旅游新镇项目建设现场,7个旅游项目破土开工,拉开中卫市今年重大项目集中开工建设大幕。"
        "今年中卫市委、市政府计划实施项目383个,计划完成投资384亿元。其中当天集中开工重大项目104个,"
        "年内计划完成投资284亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 19))
    assert facts["104个"][2:] == ("2015-03-18", "stated")
    assert facts["284亿元"][2:] == ("2015", "stated")  # the year's plan still wins
