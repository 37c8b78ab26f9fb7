"""Facts rules added for issue #19, round 19 (period): the day of an event in a text dated only by its year or
opening on a batch's launch, and a run of years (N连丰); each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_day_without_its_month_in_a_text_dated_by_its_year_is_of_that_year():
    # fv2_04_mawei_cifit_2013 (date: 2013): 17日,…在第十七届投洽会上,我区共签约14个项目 (not 2012-12-17)
    text = (
        "17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元,"
        "协议外资20063万美元,协议外资成果全面略超过上届。"
    )
    facts = facts_by_surface(text, dt.date(2013, 1, 1))
    assert facts["14个"][2] == "2013"
    assert facts["58713万美元"][2] == "2013"


def test_a_day_with_its_month_in_a_text_dated_by_its_year_is_of_that_year():
    # fw2_07_wanzhi_signing_2021 (date: 2021): 9月15日,…举行集中签约,共有18个项目签约落户 (not 2020-09-15)
    text = "9月15日,湾沚区2021年第三次招商项目举行集中签约,共有18个项目签约落户,总投资额193.9亿元。"
    facts = facts_by_surface(text, dt.date(2021, 1, 1))
    assert facts["18个"][2] == "2021-09-15"
    assert facts["193.9亿元"][2] == "2021-09-15"


def test_a_text_opening_on_a_day_its_projects_are_launched_is_of_that_day():
    # fx1_03_binhai_projects_2023 (date 2023-02-03): 3日,天津市滨海新区122个重点项目正式开工 (not 2022)
    text = (
        "3日,天津市滨海新区122个重点项目正式开工,总投资1208亿元,其中100亿元以上项目3个、50亿元至100亿元项目2个、"
        "10亿元至50亿元项目18个。\n"
        "这批项目中,先进制造业项目达49个,总投资649.3亿元,占总规模的54%。"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 3))
    assert facts["122个"][2:] == ("2023-02-03", "stated")
    assert facts["649.3亿元"][2] == "2023-02-03"


def test_a_launch_named_for_a_quarter_keeps_the_quarter():
    # fj2_09_hubei_projects_q2_2023: 5月18日,2023年二季度湖北省重大项目集中开工活动举行 (ruling 8: 2023Q2)
    text = "5月18日,2023年二季度湖北省重大项目集中开工活动举行。\n\n据了解,这次集中开工项目2034个,总投资1.1万亿元。"
    facts = facts_by_surface(text, dt.date(2023, 5, 18))
    assert facts["2034个"][2] == "2023Q2"


def test_a_month_written_only_after_the_events_figures_is_not_theirs():
    # fx2_05_yichang_signing_2018: 12月27日,…集中签约仪式…举行。当日签约的27个项目,…26个项目…。今年7月,…
    text = (
        "12月27日,宜昌市专业招商重点项目集中签约仪式在城区举行,协议总投资93.57亿元的27个项目集中签约。\n"
        "当日签约的27个项目,其他项目均分布在宜昌高新区及各县市区。从投资规模来看,26个项目投资额均超过5000万元,"
        "其中,过1亿元项目19个,过10亿元项目3个。\n"
        "本次27个项目的顺利落地,也是宜昌市开展专业招商以来取得的又一成果。今年7月,宜昌市结合产业发展实际,"
        "成立14个招商专班,分别由市领导领衔,开展专业招商。"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 27))
    assert facts["26个"][2] == "2018-12-27"
    assert facts["19个"][2] == "2018-12-27"


def test_a_run_of_harvests_is_of_the_years_it_counts():
    # fw2_05_beilin_govreport_2024: 粮食产量实现26.92亿斤,增产0.94亿斤,实现“二十一连丰” (2004-2024)
    text = (
        "一、2024年工作回顾\n"
        "——现代农业质效提升。粮食产量实现26.92亿斤,增产0.94亿斤,实现“二十一连丰”。高标准打造现代农业科技示范园区26个。"
    )
    facts = facts_by_surface(text, dt.date(2025, 1, 14))
    assert facts["26.92亿斤"][2] == "2024"
    assert facts["二十一连丰"][2] == "2004-2024"
