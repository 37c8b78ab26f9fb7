"""Place rules of helper place28 (a county named with its zone in brackets, a figure of a project named from a lower
place), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fad1_03_nanchangxian_starts_2023 (dated 2023-04-28)
_NANCHANGXIAN = (
    "总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工\n"
    "4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。\n"
    "一季度,南昌县(小蓝经开区)一般公共预算收入完成27.39亿元,增幅9.8%。\n"
)

# fw1_05_guangxi_addition_2013 (dated 2013-10-12)
_GUANGXI = (
    "10月10日,记者从自治区发展改革委了解到,按照《广西壮族自治区重大项目管理暂行办法》关于重大项目滚动管理制度的要求,"
    "防城港马鞍岭1、2号旅游码头工程等57个项目列入2013年自治区层面统筹推进重大项目。\n"
    "食品业方面,建设钦州中马粮油加工项目,年加工油料150万吨,分提棕榈油30万吨。\n"
)

# faf2_02_hunan_investprojects_2023 (dated 2023-05-30)
_HUNAN = (
    "湖南发布218个省级重点招商引资项目\n"
    "湖南省发改委、湖南省商务厅日前联合发布218个2023年度省级重点招商引资项目。\n"
    "比如,总投资10亿元的株洲通用航空涡桨发动机制造项目,投产后预计可年产小型航空发动机500台,实现产值约7亿元;"
    "总投资10亿元的株洲民用轻型直升机制造项目,投产后预计可年产各型直升机50架。\n"
)


def test_a_county_with_its_zone_in_brackets_is_the_figures_place():
    # fad1_03_nanchangxian_starts_2023: 一季度,南昌县(小蓝经开区)一般公共预算收入完成27.39亿元
    facts = facts_by_surface(_NANCHANGXIAN, dt.date(2023, 4, 28))
    assert facts["27.39亿元"][0] == "南昌县"
    assert facts["9.8%"][0] == "南昌县"


def test_a_project_named_from_a_city_gives_its_figures_that_city():
    # fw1_05_guangxi_addition_2013: 建设钦州中马粮油加工项目,年加工油料150万吨 (the text's place is 广西)
    facts = facts_by_surface(_GUANGXI, dt.date(2013, 10, 12))
    assert facts["150万吨"][0] == "钦州"
    # faf2_02_hunan_investprojects_2023: 总投资10亿元的株洲通用航空涡桨发动机制造项目,投产后预计可年产…500台
    facts = facts_by_surface(_HUNAN, dt.date(2023, 5, 30))
    assert facts["500台"][0] == "株洲"
    assert facts["7亿元"][0] == "株洲"
    assert facts["50架"][0] == "株洲"
