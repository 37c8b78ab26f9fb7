"""Place rules of helper place27 (a fair's host city, a sidecar's province, counts of zones, a firm's partner, the
province opening its sentence), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.fact_place_mains import sidecar_code
from shangyu_analysis.extract.facts import FactsFinder
from tests.facts_helpers import facts_by_surface


def test_the_city_that_hosts_an_international_fair_is_not_the_texts_place():
    # fae1_07_shanxi_xiamen_signing_2019: 2019厦门国际投资贸易洽谈会…山西省投资环境推介会暨项目对接会在厦门召开
    text = (
        "9月9日,2019厦门国际投资贸易洽谈会暨丝路投资大会启幕第二天,山西省投资环境推介会暨项目对接会在厦门召开。"
        "178个山西招商引资重大项目发布,8个项目进行现场签约,总投资额96.4亿元。\n"
        "本次会议由山西省人民政府主办,山西省商务厅、山西省投资促进局承办。\n"
        "我省共有8个项目进行现场签约,总投资额96.4亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 9, 10))
    assert facts["178个"][0] == "山西"
    assert facts["96.4亿元"][0] == "山西"


def test_a_sidecar_place_shared_by_a_province_and_a_prefecture_is_the_province():
    # fad1_06_hainan_bulletin_2015 (sidecar place 海南; 青海 has a 海南藏族自治州): 全省人均地区生产总值40818元
    assert sidecar_code("海南") == "46"
    text = "2015年海南统计公报\n按年平均常住人口计算,全省人均地区生产总值40818元,比上年增长6.9%。\n"
    finder = FactsFinder(text, dt.date(2016, 1, 1), 10, place="海南")
    assert finder.main_code == "46"


def test_a_count_of_zones_is_of_no_place():
    # fad1_05_anhui_hitechzones_2020: 我省已建有高新区20家,其中国家高新区6家、省级高新区14家
    # faa1_02_hunan_devzones_q1_2012: 一季度,湖南省78家省级及以上开发区发展势头良好
    text = (
        "安徽高新区发展情况\n"
        "截至目前,我省已建有高新区20家,其中国家高新区6家、省级高新区14家,已实现省级以上高新区全覆盖16个市。\n"
        "一季度,湖南省78家省级及以上开发区发展势头良好,主要经济指标保持较快增长。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 12, 1))
    assert facts["6家"][0] == "-"
    assert facts["14家"][0] == "-"
    assert facts["78家"][0] == "-"


def test_a_firms_partner_place_holds_the_projects_signed():
    # fac2_10_jilin_soe_2021: 中国能源建设集团与吉林市签下3个项目,总投资205亿元
    text = (
        "央企助力吉林振兴发展\n"
        "日前,央企助力吉林振兴发展座谈会在吉林省长春市举行。\n"
        "中国能源建设集团与吉林市签下3个项目,总投资205亿元,主要为风、光、氢储一体化项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 6, 1))
    assert facts["3个"][0] == "吉林市"
    assert facts["205亿元"][0] == "吉林市"


def test_the_province_opening_its_sentence_holds_its_figures():
    # fv2_05_jining_projects_2021: 山东省集中开工的720个重大项目,…总投资4328亿元 (a text about 济宁)
    text = (
        "济宁45个项目纳入山东省集中开工项目\n"
        "7月20日上午,山东省2021年重大项目集中开工活动以视频连线方式举行,济宁市45个项目纳入集中开工项目。\n"
        "山东省集中开工的720个重大项目,涵盖先进制造、数字经济等领域,总投资4328亿元,年度计划投资1155亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 20))
    assert facts["720个"][0] == "山东"
    assert facts["4328亿元"][0] == "山东"
    assert facts["45个"][0] == "济宁"
