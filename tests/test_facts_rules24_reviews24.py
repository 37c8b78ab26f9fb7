"""Period rules of helper reviews24 (reviews and cumulations), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_session_report_reviews_the_year_before_after_its_day():
    # fab1_11_shandong_govreport_2018: 2月14日,山东省十三届人大二次会议在济南开幕。…一年来,… 全年实现生产总值7.65万亿元
    text = (
        "2月14日,山东省十三届人大二次会议在济南开幕。山东省省长龚正作报告。\n"
        "报告提出,一年来,山东坚持稳中求进工作总基调,经济社会保持持续健康发展。\n"
        "“稳”的基础更加牢固,经济运行总体平稳,全年实现生产总值7.65万亿元,比上年增长6.4%。\n"
        "“进”的势头更加明显,质量效益越来越好,规模以上工业企业利润增长10.3%,地方一般公共预算收入6485亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 2, 14))
    assert facts["7.65万亿元"][2] == "2018"
    assert facts["6485亿元"][2] == "2018"


def test_an_average_after_a_base_year_is_over_the_years_since():
    # fab2_03_tianjin_govreport_2013: 2012年,全市生产总值12885亿元,是2007年的2.5倍,年均增长16.1%;…年均增长34%
    text = (
        "2013年天津市人民政府工作报告\n"
        "2012年,全市生产总值12885亿元,是2007年的2.5倍,年均增长16.1%,人均生产总值1.48万美元;"
        "全社会固定资产投资8871亿元,年均增长34%;城乡居民收入年均分别增长12.6%和12.1%,价格总水平保持基本稳定;\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 1, 26))
    assert facts["16.1%"][2] == "2008-2012"
    assert facts["34%"][2] == "2008-2012"
    assert facts["12.1%"][2] == "2008-2012"
    assert facts["12885亿元"][2] == "2012"


def test_a_quarters_sequential_rate_compares_with_the_quarter_before():
    # fab2_02_dalian_signing_q2_2022: 二季度,…同比均翻一番,环比分别增长62.3%、46.8%
    text = (
        "辽宁大连举行二季度重大项目集中签约开工仪式\n"
        "二季度,大连市签约开工的项目,既延续了数量持续大幅增长的良好态势,又彰显出结构质量提升的新变化,"
        "项目数量体量呈现双倍增,签约和新开工项目共计766个、投资总额超过5000亿元,同比均翻一番,"
        "环比分别增长62.3%、46.8%,创近年新高,其中亿元以上项目达到325个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 27))
    assert facts["62.3%"][2] == "2022Q2/2022Q1"
    assert facts["46.8%"][2] == "2022Q2/2022Q1"
