"""Period rules of helper period35a (the pool of a ranking read as of publication), each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faa1_04_haixi_h1_2025 (dated 2025-07-26)
_HAIXI = (
    "此外,上半年海西州投资、社零、进出口等关键指标均实现正增长,投资与进出口继续保持高位增长。"
    "固定资产投资同比增长13%,是全省8个市州唯一一个实现正增长的地区,投资结构优化凸显绿色转型。\n"
)

# fu1_02_yanbian_h1_2023 (dated 2023-08-02): the pool without 全省, the ranking right after it
_YANBIAN = "上半年,延边州GDP实现404.8亿元,增长7.5%,连续两个季度保持吉林省9市州(下同)第2位。\n"

# fr1_09_jiangsu_cities_q1_2024 (gold: the report period): a pool followed only by 中 is not taken
_JIANGSU = (
    "江苏省城市GDP最新排名出炉,苏州以超6000亿元的经济总量稳居首位,南京、无锡紧随其后,"
    "全省13个设区市中8个城市增速跑赢全省平均增速5.9%。\n"
    "一季度江苏省各市地区生产总值(GDP)情况显示,全省实现地区生产总值33088.55亿元,同比增长5.9%。\n"
)


def test_pool_of_a_ranking_is_as_of_publication() -> None:
    facts = facts_by_surface(_HAIXI, dt.date(2025, 7, 26))
    assert facts["8个"][2:] == ("as_of_publication", "inferred")
    assert facts["13%"][2] == "2025H1"


def test_pool_right_before_a_rank_is_as_of_publication() -> None:
    facts = facts_by_surface(_YANBIAN, dt.date(2023, 8, 2))
    assert facts["9市州"][2] == "as_of_publication"
    assert facts["404.8亿元"][2] == "2023H1"


def test_pool_followed_only_by_zhong_keeps_the_period() -> None:
    facts = facts_by_surface(_JIANGSU, dt.date(2024, 4, 25))
    assert facts["13个"][2] == "2024Q1"
