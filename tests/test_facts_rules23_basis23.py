"""Period-basis rules of helper basis23 (round 23: how far a section's lead reaches; ruling 15's lead-ins), each on
a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_section_lead_does_not_state_a_later_paragraph_that_carries_its_period_over():
    # fj2_05_liulin_h1_2024: 一、… / 上半年,全县实现…增加值18100万元…。 / 全县生猪出栏52670头 — the later paragraph
    # carries the lead's period over in an ordinary sentence: inferred (the gold's reading listed under ruling 14)
    text = (
        "上半年,县委、县政府团结带领全县上下,坚持稳中求进工作总基调,全县经济运行小幅回升。\n"
        "一、农业生产稳中向好,畜牧业平稳增长\n"
        "上半年,全县实现农林牧渔业增加值18100万元,按可比价格计算,增长11.6%,较上年同期(3.2%)大幅增长。\n"
        "全县生猪出栏52670头,增长6.8%;牛出栏1398头,增长13.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 9, 9))
    assert facts["18100万元"][2:] == ("2024H1", "stated")
    assert facts["52670头"][2:] == ("2024H1", "inferred")
    assert facts["13.4%"][2:] == ("2024H1", "inferred")


def test_a_lead_inside_a_numbered_item_does_not_state_the_next_item():
    # fz1_12_jinhu_h1_2023: (一)… / 1、第一产业增长平稳。上半年,全县…。 / 2、第二产业增幅领先。第二产业增加值96.85亿元
    text = (
        "一、全县主要指标完成情况\n"
        "上半年,全县实现地区生产总值210.8亿元,增幅8.5%,增幅全市排名第三。\n"
        "(一)从“三次产业”角度看,二产好于一产和三产\n"
        "1、第一产业增长平稳。上半年,全县第一产业增加值9.84亿元,比上年增长3.1%,全市排名第五。\n"
        "2、第二产业增幅领先。第二产业增加值96.85亿元,增长10.6%,全市排名第二。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 18))
    assert facts["9.84亿元"][2:] == ("2023H1", "stated")
    assert facts["96.85亿元"][2:] == ("2023H1", "inferred")


def test_a_later_paragraph_that_breaks_the_leads_figures_down_stays_stated():
    # fq2_01_chaoyang_q1_2025: 一、经济运行平稳,实现良好开局 / 一季度,全市地区生产总值完成242.0亿元…。 / 分产业看,…
    text = (
        "一、经济运行平稳,实现良好开局\n"
        "一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位;同比增长5.5%。\n"
        "分产业看,第一产业增加值27.5亿元,增长3.4%,全省第8位。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["27.5亿元"][2:] == ("2025Q1", "stated")


def test_a_later_paragraph_naming_the_leads_year_by_a_whole_year_word_stays_stated():
    # fz1_10_alashanzuoqi_bulletin_2019: 一、综合 / 2019年,全旗户籍总人口146041人。… / 初步核算,…全年阿左旗生产总值
    # 增长6.5%。…三次产业比例为4.1:61.3:34.6 — 全年 names the lead's year: the lead still governs the paragraph
    text = (
        "一、综合\n"
        "2019年,全旗户籍总人口146041人。其中,城镇人口90730人,乡村人口55311人。\n"
        "初步核算,按不变价计算,全年阿左旗生产总值增长6.5%。其中,第一产业增加值增长2.5%;第二产业增加值增长8.9%;"
        "第三产业增加值增长2.9%。三次产业比例为4.1:61.3:34.6。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 4, 30))
    assert facts["4.1:61.3:34.6"][2:] == ("2019", "stated")


def test_a_period_set_off_after_a_release_of_data_leads_its_paragraph():
    # faa1_06_quanzhou_h1_2025: 24日,泉州市发布统计数据,上半年,泉州地区生产总值…。其中,… — the lead-in names the data
    # released; the period after it, set off by its comma, leads the paragraph and its 其中 (ruling 15)
    text = (
        "泉州上半年“经济报”出炉\n"
        "24日,泉州市发布统计数据,上半年,泉州地区生产总值6357.04亿元,同比增长5.8%。其中,第一产业增加值101.16亿元,"
        "增长3.8%;第二产业增加值3207.43亿元,增长6.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 7, 25))
    assert facts["101.16亿元"][2:] == ("2025H1", "stated")


def test_a_period_set_off_after_a_verification_lead_in_leads_its_paragraph():
    # fl1_10_jiangxi_q1-q3_2018: 经国家统计局核定,前三季度,江西省生产总值15592.5亿元…。分产业看,… (ruling 15)
    text = (
        "中商情报网讯:前三季度江西省经济继续延续了平稳较快运行态势,能够实现年初确定的主要预期目标。经国家统计局核定,"
        "前三季度,江西省生产总值15592.5亿元,按可比价格计算,同比增长8.8%,增速比上半年回落0.2个百分点。分产业看,"
        "第一产业增加值1042.9亿元,增长3.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 10, 25))
    assert facts["1042.9亿元"][2:] == ("2018Q1-Q3", "stated")
