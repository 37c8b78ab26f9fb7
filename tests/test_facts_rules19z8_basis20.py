"""Facts rules added in round 20 (period basis, project rulings 1 and 12): the rules of
:mod:`shangyu_analysis.extract.fact_period_bases` added by basis20, each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_data_that_came_out_is_no_lead():
    # fy1_03_yinchuan_q1_2023: 日前,宁夏银川市一季度经济数据“成绩单”出炉。主要经济指标…高于年度预期目标2.1、6.3、11.2个百分点
    text = (
        "日前,宁夏银川市一季度经济数据“成绩单”出炉。主要经济指标增长势头强劲,地区生产总值、规模以上工业增加值、"
        "一般公共预算收入三项指标增速居全区第一,高于年度预期目标2.1、6.3、11.2个百分点,固定资产投资增速居全区第二,"
        "高于年度预期目标13个百分点,创近年来最好水平。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 25))
    assert facts["11.2个百分点"][2:] == ("2023Q1", "inferred")
    assert facts["13个百分点"][2:] == ("2023Q1", "inferred")


def test_a_year_glued_to_its_part_after_a_source_leads_the_paragraph():
    # fy1_04_heilongjiang_devzones_h1_2020: 據黑龍江省商務廳,2020上半年,黑龍江省開發區…。實現地區生產總值1376.95億元
    text = (
        "中商情報網訊:開發區是新興產業的重要聚集區。\n"
        "據黑龍江省商務廳,2020上半年,黑龍江省開發區經濟運行保持了平穩向好態勢,主要經濟指標好于全省平均水平。"
        "實現地區生產總值1376.95億元,同比增長3%,占全省的26.2%。其中,工業增加值803.95億元,同比增長1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 8, 11))
    assert facts["1376.95億元"][2:] == ("2020H1", "stated")
    assert facts["803.95億元"][2:] == ("2020H1", "stated")


def test_a_projects_design_size_has_no_period():
    # fr2_01_zhejiang_projects_2023: 如主会场所在的杭州市地铁3号线二期项目,长7.5公里,设站5座,项目建成后,…
    text = (
        "齐齐哈尔新闻网杭州2月21日电(张煜欢)21日,浙江省委、省政府举行2023年第一季度全省扩大有效投资重大项目集中开工"
        "活动,当日浙江集中开工268个重大项目,总投资6808亿元。\n"
        "如主会场所在的杭州市地铁3号线二期项目,长7.5公里,设站5座,项目建成后,将改善临平地区轨道交通出行条件。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 21))
    assert facts["7.5公里"][2:] == ("-", "unknown")
    assert facts["5座"][2:] == ("-", "unknown")


def test_a_lane_count_is_a_design():
    # fw2_10_hunan_projects_2024: 該項目主線全長93.456公里,雙向六車道,總投資185.63億元。
    text = (
        "華聲在線12月26日訊 (全媒體記者 卜嵐 通訊員 王舒婧) 今日上午,湖南總投資超5100億元的336個重大項目,吹響開竣工集結號。\n"
        "該項目主線全長93.456公里,雙向六車道,總投資185.63億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 12, 26))
    assert facts["六車道"][2:] == ("-", "unknown")
