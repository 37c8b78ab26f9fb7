"""Measure rules of helper measure31 (rates of a list of places, counts of 工程 and of projects at a stage, a growth of
a part of the period, a bare 增加值 after its sector, money glossed with pinyin, values of a band or a list, a club of
counties), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fai1_02_xinganmeng_m1_m2_2021
_XINGANMENG = (
    "一、县域工业增加值增速较高\n"
    "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。从6个旗县市增速看,"
    "突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n"
)


def _measure(text: str, surface: str, date: dt.date | None = None) -> str:
    return facts_by_surface(text, date)[surface][1]


def test_rates_of_a_list_of_places_are_the_growth_last_named():
    facts = facts_by_surface(_XINGANMENG, dt.date(2021, 3, 20))
    for surface in ("193.5%", "37.6%", "24.3%", "4.8%"):
        assert facts[surface][1] == "规上工业增加值增速", surface


def test_a_count_of_works_or_of_projects_at_a_stage_is_a_count_of_projects():
    # fai1_05_tianzhu_projects_2023 (headline), fz2_02_guangxi_starts_q1_2022
    assert _measure("甘肃天祝36个重大工程吹响集中开建冲锋号\n", "36个") == "项目数量"
    text = "钦州市有中伟新材料南部产业基地项目一期二、三阶段,钦州港环珠东大街工程等50个项目开竣工,总投资约395亿元。其中新开工29项,竣工21项。\n"
    facts = facts_by_surface(text, dt.date(2022, 4, 1))
    assert facts["29项"][1] == facts["21项"][1] == "项目数量"


def test_a_growth_of_a_part_of_the_period_is_the_growth_last_named():
    # fae2_08_guangdong_q1q3_2015
    text = "广东省统计局20日发布,今年前三季度广东GDP增长7.9%,其中第三季度增长8.3%,均高于全国同期总体增速。\n"
    assert _measure(text, "8.3%", dt.date(2015, 10, 20)) == "地区生产总值增速"
    # fz1_05_tianjin_teda_h1_2017
    text = "今年上半年,天津开发区主动适应新常态,实现地区生产总值1689.5亿元,按可比价格计算同比增长9.7%,GDP增量创建区以来半年最高水平。\n"
    assert _measure(text, "9.7%", dt.date(2017, 8, 10)) == "地区生产总值增速"


def test_a_bare_value_added_after_its_sector_is_the_sectors():
    # fah1_03_zhongwei_h1_2022
    text = (
        "农业生产总体平稳,增加值16.75亿元,增长5.3%;工业经济快速增长,增加值127.12亿元,增长13.1%;服务业逐步恢复,"
        "增加值113.26亿元,增长2.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 1))
    assert facts["16.75亿元"][1] == "第一产业增加值"
    assert facts["127.12亿元"][1] == "工业增加值"
    assert facts["113.26亿元"][1] == "第三产业增加值"


def test_money_glossed_with_pinyin_is_money_of_the_whole_term():
    # fai2_01_shucheng_bulletin_2020
    text = "一、綜 合\n全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值3065375萬(wàn)元,增長(zhǎng)4.4%。\n"
    facts = facts_by_surface(text, dt.date(2021, 4, 1))
    money = next(k for k in facts if k.startswith("3065375"))
    assert facts[money][1] == "地区生产总值"
    assert facts["4.4%"][1] == "地区生产总值增速"


def test_values_of_a_band_or_in_brackets_after_places_take_the_money_term_before():
    # fj2_01_sichuan_county_h1_2024
    text = "183个县(市、区)中经济总量超过百亿元的有91个,较上年增加5个,占全省区县个数的49.7%;超过200亿元的有49个,较上年增加6个。\n"
    assert _measure(text, "200亿元", dt.date(2024, 8, 27)) == "地区生产总值"
    # fi1_08_zhejiang_qianyixian_chinanews_2024
    text = (
        "对县(市、区)而言,GDP突破1000亿元(人民币,下同)是经济发展的重要里程碑。\n"
        "其中,嘉兴平湖市(1008.7亿元)、嘉兴南湖区(1001.92亿元)、宁波宁海县(1001.2亿元)去年首次突破1000亿元。\n"
    )
    assert _measure(text, "1008.7亿元", dt.date(2024, 2, 21)) == "地区生产总值"


def test_a_club_of_counties_and_values_listed_after_fenbiewei_take_the_output():
    # fi1_05_zhejiang_qianyixian_2024
    assert _measure("时至今日,浙江千亿县(市、区)已扩容至33个,超过全省县市区三分之一。\n", "千亿") == "地区生产总值"
    # fq2_09_guizhou_q3_2021
    text = (
        "今年前三季度,贵阳地区生产总值为 3102.44 亿元;毕节超过 1500 亿元,达到 1585.86 亿元;黔南、铜仁、六盘水、黔西南位于"
        " 1000 亿元至 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元。\n"
    )
    assert _measure(text, "1098.90", dt.date(2021, 11, 1)) == "地区生产总值"
