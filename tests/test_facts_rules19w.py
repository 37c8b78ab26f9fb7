"""Facts rules added for issue #19, round 11 (place and measure; part Q as development data and the round-10
rulings of SOURCES.md): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.places import find_places
from tests.facts_helpers import facts_by_surface


def test_a_period_before_a_zone_is_no_part_of_its_name():
    # fq2_04_yaan_devzone_2021: the title 上半年经开区工业经济持续稳居全市第一 names the zone 经开区, not 上半年经开区
    places = {
        m.place for m in find_places("上半年经开区工业经济持续稳居全市第一\n上半年,经开区规上工业增加值同比增长23.5%。")
    }
    assert "上半年经开区" not in places


def test_a_text_that_names_only_a_zone_is_the_zones():
    # fq1_07_chengdu_gaoxin_q3_2021: no unit is named, only 成都高新区 and 全国/全省/全市/全区
    text = (
        "今年前三季度\n成都高新区实现地区生产总值2034.2亿元!\n增长11.1%!\n"
        "作为全市经济增长主支撑,今年以来,成都高新区有效统筹疫情防控和经济社会发展。\n"
        "今年前三季度,全区规上工业总产值4868.8亿元,增长20.7%,增加值两年平均增速8.8%,高于全市1.0个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 2))
    assert facts["2034.2亿元"][0] == facts["4868.8亿元"][0] == facts["20.7%"][0] == "成都高新区"
    assert facts["1.0个百分点"][0] == "成都高新区、成都"


def test_a_city_named_like_its_province_keeps_its_suffix():
    # fq1_01_jilinshi_halfyear_2025: 吉林市 (the city) is not 吉林 (the province)
    text = (
        "工业强基 三产并进 在松花江畔书写振兴新篇\n——吉林市上半年经济社会高质量发展综述\n"
        "数据显示,上半年吉林市地区生产总值完成 780 亿元,增长 6.4%,其中一产增长 4.7%。\n"
        "项目投资承压推进。吉林市开复工亿元以上项目 204 个、开复工率 75%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 8, 6))
    assert facts["780 亿元"][0] == facts["4.7%"][0] == facts["204 个"][0] == "吉林市"
    # fq1_05_jilin_halfyear_2023: the province stays 吉林
    text = "吉林省上半年地区生产总值同比增长7.7%\n1至6月,全省实现地区生产总值同比增长7.7%。\n"
    assert facts_by_surface(text, dt.date(2023, 7, 29))["7.7%"][0] == "吉林"


def test_a_dateline_lead_is_no_title():
    # fq2_03_xizang_h1_2008: the text opens with its dateline; 拉萨, named first in the lead, is not its place
    text = (
        "新华网拉萨7月31日电(记者边巴次仁 拉巴次仁)今年上半年,拉萨发生的“3·14”事件给西藏经济带来了严重的负面影响,"
        "经济出现了波动。在对事件进行及时处置和平息后,生产生活秩序得到恢复,整个上半年西藏经济仍然保持了平稳增长的态势。\n"
        "统计结果显示,上半年西藏生产总值完成161.83亿元,同比增长7.4%。其中第一产业完成增加值24.47亿元,增长4.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2008, 7, 31))
    assert facts["161.83亿元"][0] == facts["24.47亿元"][0] == facts["4.2%"][0] == "西藏"


def test_a_city_word_in_a_report_naming_its_province_first_is_the_citys():
    # fq1_03_dalian_govreport_2022: 辽宁考察…嘱托大连…全市上下; 预计,全市实现地区生产总值增长4.5%左右 (大连, not 辽宁)
    text = (
        "各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n"
        "习近平总书记再次亲临辽宁考察,殷切嘱托大连要勇当新时代东北振兴“跳高队”,极大激发了全市上下奋进新征程的磅礴力量。\n"
        "预计,全市实现地区生产总值增长4.5%左右;固定资产投资增长7.5%左右。主要经济指标好于全国、领先全省。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 10))
    assert facts["4.5%"][0] == facts["7.5%"][0] == "大连"


def test_a_self_word_after_a_leads_colon_is_the_unit_the_lead_names():
    # fq2_12_cities_targets_2020: a text about 杭州, 通辽 and 临汾; 临汾市2020年主要预期目标:全市地区生产总值增长6.1%左右
    text = (
        "各地相继公布今年经济增长目标\n杭州市政府工作报告提出,今年全市地区生产总值增长6.5%左右。杭州全市实现生产总值15373亿元。\n"
        "4月18日上午,山西临汾市四届人大七次会议开幕。临汾市2020年主要预期目标:全市地区生产总值增长6.1%左右,"
        "一般公共预算收入增长2%,全社会固定资产投资增长7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 4, 20))
    assert facts["6.1%"][0] == facts["2%"][0] == facts["7%"][0] == "临汾"
    assert facts["15373亿元"][0] == "杭州"


def test_hunans_scale_industry_and_a_share_of_three_sectors_are_vocabulary_terms():
    # fq1_02_xiangtanxian_govreport_2022: 规模工业 is 规模以上工业 (湖南's usage); fq1_06_hongtong: 三次产业占比 a:b:c
    text = (
        "湘潭县2023年政府工作报告\n全年完成地区生产总值595亿元,增长5.5%;规模工业增加值270亿元,增长8%;"
        "固定资产投资307亿元。天易经开区完成地区生产总值430亿元;规模工业总产值790亿元,增长14%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 12, 23))
    assert facts["270亿元"][1] == "规上工业增加值"
    assert facts["8%"][1] == "规上工业增加值增速"
    assert facts["790亿元"][1] == "规上工业总产值"
    text = "2019年洪洞县国民经济和社会发展统计公报\n三次产业占比由2018年的5.7:49.3:45.0,进一步优化为6.6:45.8:47.6。\n"
    assert facts_by_surface(text, dt.date(2020, 3, 1))["5.7:49.3:45.0"][1] == "三次产业结构"


def test_a_gap_to_a_list_of_units_given_respectively_pairs_each_value_with_its_unit():
    # fq2_01_chaoyang_q1_2025: 分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点; 分别低于国、省0.9和0.8个百分点
    text = (
        "朝阳市一季度经济运行情况\n一季度,全市地区生产总值增长5.5%,增速全省第7位,分别高于全国(5.4%)、全省(5.2%)"
        "0.1和0.3个百分点。第三产业增加值139.1亿元,同比增长4.4%,分别低于国、省0.9和0.8个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["0.1"][0] == facts["0.9"][0] == "朝阳、全国"
    assert facts["0.3个百分点"][0] == facts["0.8个百分点"][0] == "朝阳、辽宁"
    # fq1_07_chengdu_gaoxin_q3_2021: 较全国、全省、全市分别高10.4、6.2、6.3个百分点
    text = "今年前三季度\n成都高新区固定资产投资同比增长17.7%,较全国、全省、全市分别高10.4、6.2、6.3个百分点。\n"
    facts = facts_by_surface(text, dt.date(2021, 11, 2))
    assert (facts["10.4"][0], facts["6.2"][0], facts["6.3个百分点"][0]) == (
        "成都高新区、全国",
        "成都高新区、四川",
        "成都高新区、成都",
    )


def test_the_change_of_a_share_of_a_unit_relates_them_too():
    # fq2_09_guizhou_q3_2021: 贵阳…占全省的比重为 22.2%,占比较上年同期回落 0.8 个百分点 (贵阳、贵州)
    text = (
        "贵州前三季度市县经济发展情况公布\n分市(州)看,前三季度,贵阳地区生产总值为 3102.44 亿元,占全省的比重为 22.2%,"
        "占比较上年同期回落 0.8 个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["22.2%"][0] == facts["0.8 个百分点"][0] == "贵阳、贵州"


def test_a_money_figure_after_places_and_a_verb_with_spaces_takes_the_paragraphs_money_term():
    # fq2_09_guizhou_q3_2021: 遵义地区生产总值 3037.87 亿元…;毕节超过 1500 亿元;黔东南、安顺低于 1000 亿元
    text = (
        "贵州前三季度市县经济发展情况公布\n前三季度,遵义地区生产总值 3037.87 亿元,同比增速位居首位;毕节超过 1500 亿元,"
        "达到 1585.86 亿元;黔东南、安顺低于 1000 亿元,分别为 899.22、819.17 亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["1500 亿元"][1] == facts["1000 亿元"][1] == "地区生产总值"


def test_a_change_given_respectively_is_the_growth_of_the_measure_its_sentence_names():
    # fq2_09_guizhou_q3_2021: 遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长 11.7%、11.5%、11.3%
    text = (
        "贵州前三季度市县经济发展情况公布\n在同比增速方面,遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,"
        "分别增长 11.7%、11.5%、11.3%,位居前列;铜仁、黔南、六盘水分别增长 9.9%、9.8%、9.7%,排名居中。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["11.7%"][1] == facts["11.3%"][1] == "地区生产总值增速"
    assert facts["9.9%"][1] == facts["9.7%"][1] == "地区生产总值增速"
