"""Period rules of helper period23 (year level: shapes that put a paragraph in the wrong year), each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_two_digit_year_is_the_year_of_its_paragraph():
    # faa1_10_nanning_gdp_2018 (written in 2019): 在18年底,全市常住人口… — 18年 is 2018, not the text's year
    text = (
        "南宁GDP\n"
        "首先,南宁属于北部湾城市群核心城市,处于国内华南地区。在18年底,全市常住人口数量达到725.41万人,"
        "比上年增加10.08万人,同比增长1.4%,其中城镇常住人口452.61万人,因此,城镇化率为62.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 1, 1))
    assert facts["725.41万人"][2] == "2018"
    assert facts["62.4%"][2] == "2018"


def test_the_second_year_of_a_listed_comparison_is_compared_with_not_the_year_in_force():
    # faa2_10_liaoning_2021: 比2020和2019年分别增长17%和33%。工业投资增长5.4% — 2019 frames nothing after it
    text = (
        "辽宁投资\n"
        "2021年,辽宁省固定资产投资增长2.6%。亿元以上项目数量达到11552个,比2020和2019年分别增长17%和33%。"
        "工业投资增长5.4%,占全省投资比重34.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 28))
    assert facts["33%"][2] == "2021/2019"
    assert facts["5.4%"][2] == "2021"
    assert facts["34.1%"][2] == "2021"


def test_a_trend_carried_on_from_another_period_does_not_frame_the_report():
    # faa2_01_hebei_industry_m1m2_2015: 1至2月份,河北省工业生产增速延续2014年四季度走势 — the report is on 2015
    text = (
        "河北工业\n"
        "记者从河北省统计局获悉,1至2月份,河北省工业生产增速延续2014年四季度走势,低位平稳运行。"
        "全省规模以上工业完成增加值1471.5亿元,比上年同期增长4.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 20))
    assert facts["1471.5亿元"][2] == "2015M1-M2"


def test_a_month_after_a_compared_year_is_part_of_the_compared_period():
    # faa2_01_hebei_industry_m1m2_2015: 高于全省工业平均增速3个百分点,比2014年12月份回升3.9个百分点
    text = (
        "河北工业\n"
        "1至2月份,装备制造业完成增加值301.6亿元,同比增长7.9%,高于全省工业平均增速3个百分点,"
        "比2014年12月份回升3.9个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 20))
    assert facts["3.9个百分点"][2] == "2015M1-M2/2014M12"


def test_a_total_under_a_span_is_over_the_span():
    # faa1_05_haixi_review_2021_2025: 五年来,…一般公共预算收入累计达到552亿元 — a total, not the span's last year
    text = (
        "海西州地区生产总值居全国十个藏族自治州首位\n"
        "据悉,五年来,海西州人均地区生产总值历史性突破19万元;一般公共预算收入累计达到552亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 2, 7))
    assert facts["552亿元"][2] == "2021-2025"


def test_the_first_year_of_a_five_year_plan_is_its_first_year():
    # faa2_10_liaoning_2021: “十四五”开局之年,…布局首批数字化转型促进中心16个 — 2021, not 2021-2025
    text = (
        "辽宁数字化\n"
        "“十四五”开局之年,辽宁省编制实施《数字辽宁发展规划2.0版》,布局首批数字化转型促进中心16个,"
        "新建工业互联网平台18个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 28))
    assert facts["16个"][2] == "2021"
