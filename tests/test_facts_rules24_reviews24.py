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


def test_a_session_report_with_spaced_day_reviews_the_year_before():
    # fm2_02_jiangsu_govreport_2024: 1 月 23 日上午,…过去一年,江苏地区生产总值达 12.82 万亿元…地区生产总值万亿之城增至 5 座
    text = (
        "1 月 23 日上午,江苏省第十四届人民代表大会第二次会议开幕,省长许昆林代表江苏省人民政府向大会报告工作。"
        "报告回顾了 2023 年工作,同时提出了 2024 年工作总体要求和目标任务。过去一年,江苏地区生产总值达 12.82 万亿元、"
        "增长 5.8%。地区生产总值万亿之城增至 5 座。今年经济社会发展主要预期目标也定了,其中地区生产总值增长 5% 以上。"
    )
    facts = facts_by_surface(text, dt.date(2024, 1, 23))
    assert facts["5 座"][2] == "2023"
    assert facts["5%"][2] == "2024"


def test_so_far_this_year_told_on_a_day_runs_from_january_to_its_month():
    # fab2_01_liaoning_investment_2022: 10月10日,省商务厅相关负责人表示,今年以来,…先后于7月、9月组织开展…
    text = (
        "辽宁省三大招商活动签约总额超4500亿元\n"
        "聚焦重点资金来源地,辽宁省深耕京津冀地区、长三角地区、珠三角地区。10月10日,省商务厅相关负责人表示,今年以来,"
        "在坚持扎实做好疫情防控工作的前提下,辽宁省先后于7月、9月组织开展珠三角、京津冀、长三角招商引资促进周活动,"
        "取得丰硕成果。全省共计推介项目1962个,通过线上线下多种形式对接、拜访、会见企业1945家,对接洽谈项目1575个,"
        "成功签约项目463个,签约总额达4562.47亿元。\n"
        "签约项目进一步契合辽宁省高质量发展特点。三大招商引资促进周系列活动签约项目中,亿元以上项目401个,"
        "10亿元以上重大项目109个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 10, 12))
    assert facts["4562.47亿元"][2] == "2022M1-M10"
    assert facts["401个"][2] == "2022M1-M10"


def test_a_gap_with_no_period_compared_carries_the_clause_before():
    # fab2_08_bingtuan_m1m8_2023: 1-8月,…固定资产投资增速较1-7月加快1.0个百分点,规模以上工业增速加快0.4个百分点
    text = (
        "新疆兵团经济\n"
        "1-8月,新疆兵团固定资产投资增速较1-7月加快1.0个百分点,规模以上工业增速加快0.4个百分点,"
        "限额以上社会消费品零售额增速加快8.0个百分点,经济运行总体稳中向好。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 9, 20))
    assert facts["0.4个百分点"][2] == "2023M1-M8/2023M1-M7"
    assert facts["8.0个百分点"][2] == "2023M1-M8/2023M1-M7"
