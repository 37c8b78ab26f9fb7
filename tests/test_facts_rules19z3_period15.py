"""Facts rules added for issue #19, round 15 (period; parts Q–T as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_gap_to_the_whole_year_before_is_a_comparison():
    # ft1_02_qinghai_q1_2024: 較去年全年提高1.1個百分點 in a quarter compares it with the whole year before (ruling 5),
    # and 去年全年 sets no period in force: the next sentences stay the quarter's; so does 今年1-2月 compared with
    text = (
        "4月19日,記者從2024年一季度青海省經濟運行情況新聞發布會上了解到:一季度,青海省經濟開局平穩。\n"
        "據青海省統計局副局長高平介紹,一季度,全省第一產業增加值同比增長5.8%,較去年全年提高1.1個百分點。"
        "畜牧業發展向好,豬牛羊禽肉產量增長5.1%。\n"
        "同時,固定資產投資額同比增長2.3%,增速較去年全年和今年1-2月均有所提高。"
        "物價保持穩定,居民消費價格上漲0.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 4, 19))
    assert facts["1.1個百分點"][2] == "2024Q1/2023"
    assert facts["5.1%"][2] == "2024Q1"
    assert facts["0.5%"][2] == "2024Q1"


def test_a_gap_to_the_year_before_in_a_whole_year_stays_the_year():
    # round-6 ruling: 比上年全年 in a year's text is the year-earlier change, the current period
    text = "2023年,全市地区生产总值增长6.1%,增速比上年全年提高1.2个百分点。\n"
    facts = facts_by_surface(text, dt.date(2024, 2, 1))
    assert facts["1.2个百分点"][2] == "2023"


def test_the_units_a_sentence_picks_from_are_a_standing_count():
    # fq1_05_jilin_halfyear_2023: 在已经公布数据的全国30个省份中 is the set ranked, not a count of the half (ruling 4)
    text = (
        "上半年吉林省经济运行稳中向好\n"
        "上半年,全省地区生产总值6323.65亿元,同比增长8.0%,高于全国平均水平2.5个百分点。"
        "在已经公布数据的全国30个省份中,位居第四。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 7, 20))
    assert facts["30个"][2] == "as_of_publication"
    assert facts["8.0%"][2] == "2023H1"


def test_the_units_picked_from_after_a_period_in_the_sentence_keep_it():
    # fk1_04_anhui_industry_h1_2022: 上半年,全省16个市中有13个市…: the half is written before the count
    text = "另外,上半年,全省16个市中有13个市规模以上工业增加值实现正增长。\n"
    facts = facts_by_surface(text, dt.date(2022, 7, 20))
    assert facts["16个"][2] == "2022H1"


def test_the_cost_of_the_projects_just_counted_takes_their_period():
    # fq2_10_shijiazhuang_projects_2019: 计划开工项目10项,总投资56.2亿元: the cost of the projects to start that year
    text = (
        "石家庄市2019年省重点项目40项\n"
        "2019年,我市共有40项省重点项目,年度计划投资148.2亿元。\n"
        "  其中,计划开工项目10项,总投资56.2亿元,当年计划投资17.2亿元;续建项目10项,总投资531.5亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 3, 1))
    assert facts["10项"][2] == facts["56.2亿元"][2] == "2019"
    assert (
        facts["531.5亿元"][2] == "2019"
    )  # 续建项目 of the year's list: ruling 17, as fq2_10's gold reads it (round 26)


def test_a_streak_with_a_pinyin_gloss_after_its_first_word():
    # fn2_04_guangdong_govreport_2025: a page that glosses rare characters (連續(xù)39年) still writes a streak
    text = (
        "廣東省政府工作報告\n"
        "2024年,全省地區生產總值突破14萬億元。進出口總額突破9萬億元、增長9.8%,總量連續(xù)39年居全國首位。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 1, 15))
    assert facts["39年"][2] == "1986-2024"


def test_a_two_year_average_in_a_sentence_that_carries_its_period():
    # fs2_10_xinjiang_quarterly_2021: the quarters come from the sentence before; 两年平均增长8.4% still compares
    # them with the same quarters two years before
    text = (
        "前三季度新疆经济运行稳中有进\n"
        "统计报告显示,前三季度,全区实现地区生产总值11396.14亿元,比上年同期增长8.8%。\n"
        "全区规模以上工业增加值比上年同期增长10.8%,增速比上年同期提高4.7个百分点,两年平均增长8.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 10, 25))
    assert facts["8.4%"][2] == "2021Q1-Q3/2019Q1-Q3"
    assert facts["10.8%"][2] == "2021Q1-Q3"
