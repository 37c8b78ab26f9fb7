"""Basis rules of helper basis35 (a period set off after a source's colon; a colon lead, or a lead that counts
its points, over 一是/二是… paragraphs), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fae2_09_anhui_q1q3_2021 (dated 2021: year only)
_ANHUI = "华经产业研究院数据显示:前三季度,安徽省实现GDP总量31874.8亿元,按可比价格计算,同比增长10.2%。其中,第一产业增加值1932.4亿元,同比增长9.7%,;第二产业增加值13415.8亿元,同比增长10.8%;第三产业增加值16526.6亿元,同比增长9.8%。三次产业结构比重为6.1:42.1:51.8。\n"

# fah2_08_chongqing_industry_h1_2016 (dated 2016-07-25)
_CHONGQING = "據了解,今年上半年,重慶市工業經濟主要呈現五大特點:\n一是規模半年首破萬億元。上半年,全市規模工業完成總産值10888億元,首次實現半年産值過萬億元,産值增長9.4%。其中,製造業産值10150億元,增長9.6%,佔全市工業比重93.2%。\n二是增幅位居全國前茅。上半年,全市規模工業增加值增長10.2%,高於全國平均4.2個百分點,增幅位居全國前茅。\n三是産量保持增長。上半年,重慶市384種主要工業産品中有246種産品産量實現增長,增長面為64%。全市生産微型計算機2932萬台,增長5.7%;顯示器1074萬台,增長25.1%;手機1.3億台,增長60.3%。\n"

# fak1_01_hainan_q1_2024 (dated 2024-04-19)
_HAINAN = "记者从发布会上了解到,一季度海南经济发展主要呈现五大亮点。\n一是三次产业相互促进,同步推进。农业发挥“定盘星”作用,农林牧渔业增加值增长3.5%;渔业转型升级效应释放,深海养殖产量增长14.8%;工业延续去年的良好发展势头,全省规上工业增加值增长6.1%;服务业保持稳定增长,一季度服务业增加值增长3%。\n"


def test_period_after_a_sources_colon_governs_its_paragraph() -> None:
    facts = facts_by_surface(_ANHUI, dt.date(2021, 10, 20))
    assert facts["1932.4亿元"][2:] == ("2021Q1-Q3", "stated")
    assert facts["6.1:42.1:51.8"][2:] == ("2021Q1-Q3", "stated")


def test_colon_lead_governs_its_enumerated_paragraphs() -> None:
    facts = facts_by_surface(_CHONGQING, dt.date(2016, 7, 25))
    assert facts["10150億元"][2:] == ("2016H1", "stated")
    assert facts["2932萬台"][2:] == ("2016H1", "stated")
    assert facts["60.3%"][2:] == ("2016H1", "stated")


def test_lead_counting_its_points_governs_its_enumerated_paragraphs() -> None:
    facts = facts_by_surface(_HAINAN, dt.date(2024, 4, 19))
    assert facts["3.5%"][2:] == ("2024Q1", "stated")
    assert facts["14.8%"][2:] == ("2024Q1", "stated")
