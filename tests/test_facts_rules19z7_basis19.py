"""Facts rules added for issue #19, round 19 (period basis, project-wide rulings 1 and 5): the rules of
:mod:`shangyu_analysis.extract.fact_period_bases`, each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_what_a_project_yields_once_in_production_has_no_period():
    # ft1_11_quanzhou_projects_2025: …南安三安半導體研發與產業化項目,…達產後可新增就業5500人。
    text = (
        "泉州市605個重大項目集中開竣工\n"
        "1日,泉州市組織2025項目提效年一季度重大項目暨重點招商項目視頻連線開竣工活動,全市共集中開竣工項目605個,"
        "總投資2827億元。\n"
        "記者瞭解到,如總投資333億元的南安三安半導體研發與產業化項目,建築面積210.8萬平方米,"
        "產品廣泛運用於5G通信等信息技術領域,達產後可新增就業5500人。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 2))
    assert facts["5500人"][2:] == ("-", "unknown")


def test_a_line_lead_states_its_period_past_a_passing_time():
    # fx2_08_sichuan_devzones_q1_2021: 今年1-3月,全省10家国家级经开区…实现了今年“开门红”。工业增长较快,…3061亿元
    text = (
        "今年1-3月,全省10家国家级经开区贯彻落实省委经济工作会议和全省商务一季度运行调度电视电话会精神,"
        "统筹疫情防控和经济社会发展,各项主要经济指标运行良好,实现了今年“开门红”。工业增长较快,"
        "实现规上工业总产值3061亿元,同比增长33%。财政收入大幅增长,实现财政收入270.2亿元,同比增长44.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 4, 20))
    assert facts["3061亿元"][2:] == ("2021Q1", "stated")
    assert facts["270.2亿元"][2:] == ("2021Q1", "stated")


def test_a_report_lead_ending_in_as_follows_governs_the_report():
    # fv2_12_liaoyang_bulletin_2017: 根据年快报统计,现将2017年全市国民经济和社会发展情况公报如下: …其中,第一产业增加值76.2亿元
    text = (
        "根据年快报统计,现将2017年全市国民经济和社会发展情况公报如下:\n"
        "2017年,在市委、市政府的正确领导下,全市保持了经济平稳发展、民生持续改善、社会和谐稳定。\n"
        "一、经济总量\n"
        "初步核算,全年地区生产总值763.6亿元,按不变价格计算,比上年增长4.1%。其中,第一产业增加值76.2亿元,增长3.5%;"
        "第二产业增加值346.9亿元,增长5.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 3, 1))
    assert facts["76.2亿元"][2:] == ("2017", "stated")
    assert facts["346.9亿元"][2:] == ("2017", "stated")


def test_a_period_released_is_no_lead_sentence():
    # fr2_04_beijing_q1_2022: …4月20日发布了今年一季度北京经济数据。根据…,全市实现地区生产总值9413.4亿元
    text = (
        "一季度北京地区生产总值9413.4亿 北京总体经济保持稳步恢复态势\n"
        "北京市统计局、国家统计局北京调查总队4月20日发布了今年一季度北京经济数据。根据地区生产总值统一核算结果,"
        "全市实现地区生产总值9413.4亿元,按不变价格计算,同比增长4.8%。分产业看,第一产业实现增加值14.2亿元,增长6.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 21))
    assert facts["4.8%"][2:] == ("2022Q1", "inferred")
    assert facts["14.2亿元"][2:] == ("2022Q1", "inferred")


def test_a_source_with_its_release_day_opens_the_paragraph():
    # fs2_06_hunan_halfyear_2020: 根据湖南省统计局7月17日公布的数据,上半年,湖南地区生产总值19026.4亿元…。其中,…
    text = (
        "根据湖南省统计局7月17日公布的数据,上半年,湖南地区生产总值19026.4亿元,同比增长1.3%,比一季度回升3.2个百分点。"
        "其中,第一产业增加值1492.6亿元,增长2%;第二产业增加值7070.3亿元,增长1.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 7, 17))
    assert facts["1492.6亿元"][2:] == ("2020H1", "stated")
    assert facts["7070.3亿元"][2:] == ("2020H1", "stated")


def test_a_gap_to_an_earlier_quarter_takes_the_carried_periods_basis():
    # fs2_06_hunan_halfyear_2020: 湖南工业生产稳步回升,全省规模工业增加值增长1.9%,比一季度回升4个百分点 (2020H1 carried)
    text = (
        "根据湖南省统计局7月17日公布的数据,上半年,湖南地区生产总值19026.4亿元,同比增长1.3%,比一季度回升3.2个百分点。\n"
        "湖南工业生产稳步回升,全省规模工业增加值增长1.9%,比一季度回升4个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 7, 17))
    assert facts["3.2个百分点"][2:] == ("2020H1/2020Q1", "stated")
    assert facts["1.9%"][2:] == ("2020H1", "inferred")
    assert facts["4个百分点"][2:] == ("2020H1/2020Q1", "inferred")


def test_a_span_inside_an_earlier_clause_is_not_carried_on():
    # fw1_08_lanzhou_newarea_q3_2022: …今年前三季度,兰州新区GDP增长13%、增速5年来持续领跑国家级新区。具体来看,…19.4%
    text = (
        "持续领跑!前三季度兰州新区GDP增长13%\n"
        "记者从兰州新区党工委办公室了解到,今年前三季度,兰州新区GDP增长13%、增速5年来持续领跑国家级新区。"
        "具体来看,规上工业增加值增长19.4%,固定资产投资增长21%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 10, 20))
    assert facts["19.4%"][2:] == ("2022Q1-Q3", "stated")
    assert facts["21%"][2:] == ("2022Q1-Q3", "stated")
