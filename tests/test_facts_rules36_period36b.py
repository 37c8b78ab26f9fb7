"""Period rules of helper period36b (a two-year average further along its sentence; last year as a point of
reference), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fal2_04_heilongjiang_devzones_h1_2021 (dated 2021-08-09)
_HEILONGJIANG = "經(jīng)濟(jì)規(guī)模穩(wěn)步擴(kuò)大。上半年,黑龍江開發(fā)區(qū)實現(xiàn)營業(yè)收入6341.78億元,同比增長42%,兩年均增長24%;實現(xiàn)工業(yè)總產(chǎn)值4177.13億元,同比增長24%。新增注冊企業(yè)8758戶,同比增長122%。\n"

# fac1_03_suqian_industry_h1_2021 (dated 2021-08-03)
_SUQIAN = "上半年,宿迁市实现规模工业总产值、规模工业增加值、工业开票销售、工业用电量分别增长45.6%、26.8%、43.3%、31.9%,两年平均分别增长23.6%、14.3%、21.8%、15.4%。\n"

# fak1_01_hainan_q1_2024 (dated 2024-04-19)
_HAINAN = "记者从发布会上了解到,一季度海南经济发展主要呈现五大亮点。\n一是三次产业相互促进,同步推进。农业发挥“定盘星”作用,农林牧渔业增加值增长3.5%;渔业转型升级效应释放,深海养殖产量增长14.8%;工业延续去年的良好发展势头,全省规上工业增加值增长6.1%;服务业保持稳定增长,一季度服务业增加值增长3%。\n"


def test_short_two_year_average_compares_the_half_two_years_before() -> None:
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2021, 8, 9))
    assert facts["24%"][2] == "2021H1"  # the later 同比增長24% (a later figure of the same surface wins)
    facts = facts_by_surface(_HEILONGJIANG.split(";")[0], dt.date(2021, 8, 9))
    assert facts["24%"][2] == "2021H1/2019H1"
    assert facts["42%"][2] == "2021H1"


def test_two_year_average_list_compares_each_figure() -> None:
    facts = facts_by_surface(_SUQIAN, dt.date(2021, 8, 3))
    assert facts["15.4%"][2] == "2021H1/2019H1"
    assert facts["45.6%"][2] == "2021H1"


def test_last_year_of_reference_is_not_the_figures_period() -> None:
    assert facts_by_surface(_HAINAN, dt.date(2024, 4, 19))["6.1%"][2] == "2024Q1"
    assert facts_by_surface(_HAINAN, dt.date(2024, 4, 19))["3.5%"][2] == "2024Q1"
