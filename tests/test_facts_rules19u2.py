"""Facts rules added for issue #19, round 14 (place and measure; part T as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.facts_helpers import facts_by_surface

_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_a_lead_citing_a_paper_is_no_title_and_a_county_named_once_is_an_example():
    # ft1_06_anhui_counties_2012: 据《中国县域经济报》…报道 opens a lead, not a title; 霍山 named once as an example
    # in a text about 安徽's counties (安徽 named twice) is not the text's place
    text = (_CORPUS / "ft1_06_anhui_counties_2012.txt").read_text(encoding="utf-8")
    facts = facts_by_surface(text, dt.date(2012, 12, 30))
    assert facts["1621亿元"][0] == "安徽"
    assert facts["45.4%"][0] == "安徽"


def test_an_industrial_cluster_zone_is_a_zone_and_its_intake_is_investment():
    # ft1_07_zhengzhou_airport_zone_q1_2014: 产业集聚区 is a zone suffix (郑州航空港产业集聚区, the title's zone), and
    # what a zone 吸金 is its investment
    text = (
        "今年一季度郑州航空港产业集聚区“吸金”20.03亿元。\n"
        "在全省产业集聚区中排第14位\n"
        "昨天,省发改委晒出2014年一季度全省产业集聚区建设榜单。郑州航空港产业集聚区“吸金”20.03亿元,"
        "位居全省产业集聚区投资总额榜第14位。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 5, 6))
    assert facts["20.03亿元"][:2] == ("郑州航空港产业集聚区", "投资额")
    assert facts["第14位"][0] == "郑州航空港产业集聚区"


def test_an_outlets_news_lead_is_no_title():
    # ft2_08_shaanxi_halfyear_2020: 光明网讯(记者…) opens a lead: 西安 there is where the figures were posted, 全省 is 陕西
    text = (
        "光明网讯(记者 赵艳艳)7月22日,西安市发展改革委网站公布陕西省上半年经济运行情况。根据地区生产总值统一核算结果,"
        "上半年,全省实现地区生产总值11794.92亿元,同比下降0.3%。其中,第一产业增加值620.36亿元,同比增长1.3%;"
        "第二产业5354.63亿元,同比下降0.4%;第三产业5819.93亿元,同比下降0.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 7, 22))
    assert facts["620.36亿元"][0] == facts["5819.93亿元"][0] == "陕西"


def test_a_subject_cut_at_a_reading_aid_is_whole_without_it():
    # fn2_07_jinzhai_bulletin_2022: 地區(qū)生產(chǎn)總值 is cut at the gloss (總值); without the glosses it is 地区生产总值
    text = "2022年,全縣完成地區(qū)生產(chǎn)總值236.4億元,按可比價(jià)格計(jì)算,同比增長5.7%。\n"
    facts = facts_by_surface(text, dt.date(2023, 7, 21))
    assert facts["5.7%"][1] == "地区生产总值增速"


def test_a_rate_in_brackets_after_the_place_compared_with_is_the_growth_compared():
    # ft2_10_yiwu_q3_2023: 同比增长8.7%,增速位列金华第一,…分别高于全省(6.3%)、金华(6.7%): GDP growth, despite the ranks
    text = (
        "前三季度,义乌实现地区生产总值1406.4亿元,按可比价计算,同比增长8.7%,增速位列金华第一,全省17强县市区第二,"
        "分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 30))
    assert facts["6.3%"][1] == facts["6.7%"][1] == "地区生产总值增速"


def test_a_total_in_money_is_gdp_and_a_count_of_firms_is_not():
    # f19_09_anhui_counties_gdp_2020: 濉溪縣總量為491億元; b01_jiangning_special: 总量达113家 stays the firms' count
    facts = facts_by_surface("濉溪縣總量為491億元排第7;廬江縣排在第8,為481.4億元。\n", dt.date(2021, 2, 1))
    assert facts["491億元"][1] == "地区生产总值"
    facts = facts_by_surface(
        "2024年，江宁区新增29家国家级专精特新企业，总量达113家，位居全省区县首位。\n", dt.date(2025, 2, 1)
    )
    assert facts["113家"][1] == "企业数量"
