"""Facts rules added for issue #19, round 6 (place; parts K and L as development data): each on a real sentence
of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_county_that_shares_its_short_name_with_another_is_written_short():
    # fl1_03_wuhua_govreport_2021: 五华 (五华区 in 昆明; 五华县 in 梅州 shares the name) and 全区: 五华, no suffix
    text = (
        "“十三五”时期,是五华改革发展进程中不平凡的五年,面对复杂的宏观经济形势和繁重的改革发展任务,"
        "我们紧紧团结依靠全区人民,较好完成了“十三五”规划主要目标任务。\n"
        "过去五年,是综合实力大幅提升的五年。全区地区生产总值从2015年的940.03亿元提高到1242.35亿元,年均增长5.1%。\n"
    )
    assert facts_by_surface(text, dt.date(2021, 3, 3))["1242.35亿元"][0] == "五华"


def test_the_city_an_event_is_held_in_is_not_the_texts_place():
    # fl1_11_heilongjiang_projects_2022: 黑龙江省…新闻发布会第三场在哈尔滨举行: the province's figures
    text = (
        "8月18日上午,由中共黑龙江省委宣传部主办的黑龙江省“非凡十年”主题系列新闻发布会第三场在哈尔滨举行。"
        "发布会上,省发改委主任张亚中表示,黑龙江省在推进重点项目建设中取得四方面的突出成效。\n\n"
        "项目建设取得新突破。三年多来省市县三级建设重点项目超万个,其中省级重点大项目1340个,"
        "今年以来全省施工项目3835个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 18))
    assert facts["1340个"][0] == facts["3835个"][0] == "黑龙江"


def test_a_province_that_holds_an_event_stays_the_texts_place():
    # fl2_03_xinjiang_projects_q1_2024: 新疆举行…调度会 (no 在): 新疆 holds it and is the text's place
    text = (
        "2月26日下午,新疆举行2024年一季度全区重大项目调度会。"
        "一季度全区开工投资规模500万元以上项目3900多个,总投资2.2万亿元。\n"
    )
    assert facts_by_surface(text, dt.date(2024, 2, 27))["2.2万亿元"][0] == "新疆"
