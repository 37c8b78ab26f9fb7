"""Facts rules added for issue #19, round 12 (place and measure; part R as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_venue_of_a_joint_meeting_is_not_the_texts_place():
    # fr2_05_jiangxi_plan_2016: 省政府新闻办和省发改委在南昌联合召开 (pinyin glosses as the mirror gives them): 江西's
    text = (
        "2月19日,江西省政府新聞辦和省發(fā)改委在南昌聯(lián)合召開江西省“十三五”規(guī)劃綱要新聞發(fā)布會。"
        "“十三五”期間,江西省地區(qū)生產(chǎn)總值(GDP)設(shè)定為年均增長8.5%左右,到2020年將達到2.6萬億元。"
    )
    facts = facts_by_surface(text, dt.date(2016, 2, 20))
    assert facts["8.5%"][0] == facts["2.6萬億元"][0] == "江西"


def test_a_news_dateline_with_xiaoxi_and_a_province_word_above_a_county():
    # fr1_07_hainan_h1_2014: 南海网海口7月25日消息 is a dateline (no title); the county 临高, counted first, is
    # under the province that 全省 names: 海南 (the province, not the prefecture 海南州 of 青海)
    text = (
        "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速"
        "14.2%位列第一,临高县12.2%、东方市11.6%紧随其后位列二三名。增速最为缓慢的是五指山市3.0%,三亚市上半年GDP增速"
        "4.1%,排名倒数第三,这是南海网记者7月25日从省政府获悉的。\n"
        "按三次产业分,第一产业增加值423.49亿元,增长5.0%。\n"
        "在主要经济指标中,全省地区生产总值增速高于全国0.6个百分点。\n"
        "物价涨幅控制在预期目标以内,全省居民消费价格同比上涨2.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 7, 26))
    assert facts["423.49亿元"][0] == facts["2.6%"][0] == "海南"
    assert facts["0.6个百分点"][0] == "海南、全国"


def test_a_count_of_projects_at_a_stage_is_the_number_of_projects():
    # fr2_12_shanxi_projects_2018: 计划开工39项,实际开工37项,未按期开工两项; 已经复工164项,终止两项
    text = (
        "今年省重点工程建设项目中计划新开工项目41项,1至11月份计划开工39项,实际开工37项,未按期开工两项;"
        "续建项目171项,已经复工164项,未复工5项,终止两项。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 20))
    assert facts["37项"][1] == facts["164项"][1] == facts["5项"][1] == "项目数量"


def test_sector_shares_are_the_sector_structure():
    # fk1_01_guangdong_govreport_2024: 三次产业比重调整为4.1:40.1:55.8
    text = "2023年,广东三次产业比重调整为4.1:40.1:55.8,制造业增加值占地区生产总值比重达32.7%。\n"
    assert facts_by_surface(text, dt.date(2024, 1, 23))["4.1:40.1:55.8"][1] == "三次产业结构"


def test_a_list_of_places_with_values_in_brackets_takes_the_paragraphs_money_term():
    # fr1_08_jiangsu_cities_q1_2023: the first value of 苏州(5186.64亿元)、南京(4230.24亿元)… is of 地区生产总值 too
    text = (
        "一季度,江苏全省实现地区生产总值29401.7亿元,增长4.7%。13个设区市中,苏州(5186.64亿元)、南京(4230.24亿元)、"
        "无锡(3391.79亿元)、南通(2825亿元)居前四位。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 5, 5))
    assert facts["5186.64亿元"][1] == facts["2825亿元"][1] == "地区生产总值"
    assert facts["5186.64亿元"][0] == "苏州"


def test_a_percentage_of_places_named_alone_is_the_growth_of_the_money_term():
    # fr1_09_jiangsu_cities_q1_2024: 淮安市以7.0%的增长率…宿迁市和扬州市则分别以6.6%和6.2%的增速, after GDP in money
    text = (
        "苏州之外,南京和无锡分别以4718.70亿元和3789.21亿元位列第二、第三。南通同样表现出色,GDP超过3000亿元,达到3125.34亿元。\n"
        "从增速角度来看,淮安市以7.0%的增长率领先全省,宿迁市和扬州市则分别以6.6%和6.2%的增速位居其后。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 4, 30))
    assert facts["7.0%"][1] == facts["6.6%"][1] == facts["6.2%"][1] == "地区生产总值增速"
    # fr1_07_hainan_h1_2014: 洋浦以增速14.2%位列第一,临高县12.2%、东方市11.6%: the rate just named
    text = "今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速14.2%位列第一,临高县12.2%、东方市11.6%紧随其后。\n"
    facts = facts_by_surface(text, dt.date(2014, 7, 26))
    assert facts["12.2%"][1] == facts["11.6%"][1] == "地区生产总值增速"


def test_a_province_before_its_self_word_and_gaishi_name_their_units():
    # fr1_08_jiangsu_cities_q1_2023, 连云港's bureau leads: 江苏全省实现…; 常州…。一季度,该市实现生产总值2184.2亿元
    text = (
        "连云港市统计局5月4日发布统计信息称,一季度全市实现地区生产总值947.13亿元,按不变价计同比增长9.5%,增速居全省第一。\n"
        "一季度,江苏全省实现地区生产总值29401.7亿元,增长4.7%。\n"
        "常州去年实现地区生产总值9550亿元,有望成为江苏下一个“万亿之城”。一季度,该市实现生产总值2184.2亿元,增长5.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 5, 5))
    assert facts["29401.7亿元"][0] == facts["4.7%"][0] == "江苏"
    assert facts["2184.2亿元"][0] == facts["5.7%"][0] == "常州"
    assert facts["947.13亿元"][0] == "连云港"


def test_a_count_of_banners_and_counties_behind_a_gloss_is_no_places():
    # fr2_10_neimenggu_counties_2012: 內(nèi)蒙古101個(gè)旗縣的地方財(cái)政收入 counts places (ruling 4)
    text = "據(jù)介紹,2012年,內(nèi)蒙古101個(gè)旗縣的地方財(cái)政收入首次全部超過億元。\n"
    assert facts_by_surface(text, dt.date(2013, 3, 1))["101個"][0] == "-"


def test_a_count_before_a_noun_of_projects_is_the_number_of_projects():
    # fn2_09_shandong_projects_2017: 今年山東確定120個省重點建設(shè)項目,總投資4200億元
    text = "據介紹,今年山東確定120個省重點建設(shè)項目,總投資4200億元。\n"
    assert facts_by_surface(text, dt.date(2017, 2, 20))["120個"][1] == "项目数量"


def test_a_money_gate_after_de_is_a_threshold_of_the_money_term():
    # fr1_09_jiangsu_cities_q1_2024: 常州和徐州也突破了2000亿元的关口, after GDP超过3000亿元
    text = "南通同样表现出色,GDP超过3000亿元,达到3125.34亿元。常州和徐州也突破了2000亿元的关口。\n"
    assert facts_by_surface(text, dt.date(2024, 4, 30))["2000亿元"][1] == "地区生产总值"


def test_a_value_after_a_unit_and_de_is_that_units():
    # fr1_08_jiangsu_cities_q1_2023: 连云港一季度GDP为947.13亿元,领先于宿迁的894.4亿元
    text = "榜尾部分,连云港一季度GDP为947.13亿元,领先于宿迁的894.4亿元。\n"
    facts = facts_by_surface(text, dt.date(2023, 5, 5))
    assert facts["947.13亿元"][0] == "连云港"
    assert facts["894.4亿元"][0] == "宿迁"
    assert facts["894.4亿元"][1] == facts["947.13亿元"][1] == "地区生产总值"


def test_the_district_named_after_de_qu_wei_leads_its_clause():
    # fr2_07_chongqing_districts_2019: 其中生产总值最高的区为渝北区,达到了1848.24亿元
    text = (
        "重庆市统计局最近公布了重庆市的经济状况,重庆全年的地区生产总值为23605.77亿元,"
        "其中生产总值最高的区为渝北区,达到了1848.24亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 2, 1))
    assert facts["1848.24亿元"][0] == "渝北"
