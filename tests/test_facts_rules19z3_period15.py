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
