"""Place rules of helper place26 (regions a text names by function or by a province's part, places valued after
为), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_functional_region_is_the_place_of_its_clause():
    # fad1_08_chongqing_zones_q1_2015: 一季度都市功能核心区实现地区生产总值724.03亿元,同比增长9.4%;都市功能拓展区…
    text = (
        "重庆一季度五大功能区域经济运行情况发布\n"
        "一季度都市功能核心区实现地区生产总值724.03亿元,同比增长9.4%;都市功能拓展区实现地区生产总值795.6亿元,"
        "同比增长10.6%;渝东北生态涵养发展区实现地区生产总值537.72亿元,同比增长11.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 4, 30))
    assert facts["724.03亿元"][0] == "都市功能核心区"
    assert facts["9.4%"][0] == "都市功能核心区"
    assert facts["795.6亿元"][0] == "都市功能拓展区"
    assert facts["11.7%"][0] == "渝东北生态涵养发展区"


def test_a_part_of_a_province_by_a_direction_and_its_share():
    # fac1_08_jiangsu_fdi_q3_2019: 1-9月,苏南地区实际使用外资127.0亿美元,同比下降0.04%,占全省总量的62.1%
    text = (
        "江苏前三季度实际使用外资情况\n"
        "1-9月,苏南地区实际使用外资127.0亿美元,同比下降0.04%,占全省总量的62.1%;苏中地区实际使用外资42.1亿美元,"
        "同比下降3.3%,占全省总量的20.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 10, 20))
    assert facts["127.0亿美元"][0] == "苏南"
    assert facts["42.1亿美元"][0] == "苏中"
    assert facts["62.1%"][0] == "苏南、江苏"


def test_an_economic_region_after_its_clause_lead():
    # fac1_04_sichuan_bulletin_2020: 其中环成都经济圈地区生产总值11806.7亿元,增长3.9%;…川西北生态示范区地区生产总值822.4亿元
    text = (
        "四川省2020年国民经济和社会发展统计公报\n"
        "分区域看,成都平原经济区地区生产总值29523.3亿元,比上年增长4.0%,其中环成都经济圈地区生产总值11806.7亿元,"
        "增长3.9%;攀西经济区地区生产总值2774.0亿元,增长3.9%;川西北生态示范区地区生产总值822.4亿元,增长3.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 14))
    assert facts["11806.7亿元"][0] == "环成都经济圈"
    assert facts["822.4亿元"][0] == "川西北生态示范区"


def test_places_of_a_rank_valued_after_wei():
    # fac2_11_heze_hightech_h1_2015: 产值总量前三名为烟台、青岛、东营,产值分别为3468.98亿元、3327.05亿元、2198.67亿元
    text = (
        "全市高新技术产业发展情况\n"
        "产值总量前三名为烟台、青岛、东营,产值分别为3468.98亿元、3327.05亿元、2198.67亿元。"
        "产值同比增长前三名为德州、聊城、威海,产值同比增长分别为14.88%、14.76%、13.11%。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 8, 1))
    assert facts["3468.98亿元"][0] == "烟台"
    assert facts["2198.67亿元"][0] == "东营"
    assert facts["14.76%"][0] == "聊城"
