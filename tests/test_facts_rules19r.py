"""Facts rules added for issue #19 (round 9, part O as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_review_heading_that_opens_the_text_governs_it():
    # fo1_05_ganzhou_govreport_2026: the excerpt opens on its section heading (政府工作简要回顾), no title of a bulletin
    text = (
        "2025年政府工作简要回顾\n过去一年,在区委的坚强领导下,经济社会发展取得突破性进展,现代化建设迈出坚实步伐。\n"
        "——我们坚持扬优聚势稳增长,完成地区生产总值314.7亿元、增长7.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 2, 4))
    assert facts["314.7亿元"][2:] == ("2025", "stated")


def test_a_review_heading_in_traditional_script_run_into_the_text_governs_it():
    # fo1_06_tongwei_govreport_2024: 2023年工作回顧 opens a text on one line
    text = (
        "2023年工作回顧 2023年是全面貫徹黨的二十大精神的開局之年。一年來,面對嚴峻的發展形勢。 過去一年,"
        "我們逆勢而進穩增長,經濟大盤穩健向好。預計地區生產總值增長7%,跨上70億元臺階。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 1, 21))
    assert facts["70億元"][2:] == ("2023", "stated")


def test_last_year_after_a_short_lead_in_governs_its_whole_sentence():
    # fo2_07_fujian_govreport_2022: 初步统计,去年… is the sentence's period, not a reference of two clauses
    text = (
        "标题\n初步统计,去年全省地区生产总值48810亿元、增长8.0%,一般公共预算总收入5743亿元、增长11.3%,"
        "地方一般公共预算收入3383亿元、增长9.9%,居民消费价格上涨0.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 22))
    assert facts["3383亿元"][2:] == ("2021", "stated")
    assert facts["0.7%"][2:] == ("2021", "stated")


def test_a_list_lead_ending_in_a_colon_states_the_period_of_the_list():
    # fo2_07_fujian_govreport_2022: 今年…主要预期目标是: governs the list's next sentences in its paragraph
    text = (
        "标题\n今年经济社会发展的主要预期目标是:全省地区生产总值增长6.5%,在实际工作中争取更好结果。"
        "一般公共预算总收入增长5%,固定资产投资增长6.5%,粮食总产量稳定在507万吨。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 22))
    assert facts["5%"][2:] == ("2022", "stated")
    assert facts["507万吨"][2:] == ("2022", "stated")


def test_the_bound_of_a_counted_class_of_places_has_no_period():
    # fo1_03_sichuan_county_bulletin_2024: 超1000億元的區12個; 500億元—1000億元區間縣域24個 (the counts keep 2024)
    text = (
        "標題\n總體來看,2024年,四川省183個縣(市、區)中,地區生產總值(GDP)全部實現增長,超100億元的133個、占72.7%。"
        "其中,超1000億元的區12個,較上年增加1個;500億元—1000億元區間縣域24個,較上年增加3個;"
        "低于100億元縣域50個,較上年減少4個。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 8))
    for bound in ("100億元", "1000億元", "500億元—1000億元"):
        assert facts[bound][2:] == ("-", "unknown")
    assert facts["24個"][2] == "2024"


def test_a_list_of_periods_compared_with_is_not_carried_on():
    # fo2_12_guangdong_projects_2021: 分别比2020年、2019年同期…: 2019年 is compared with, not the next sentence's
    text = (
        "2021年省重点项目1-9月建设进展情况\n  2021年安排省重点建设项目1395个,年度计划投资8000亿元。1-9月,全省重点项目"
        "完成投资约7493亿元,为年度计划投资的93.7%,分别比2020年、2019年同期高0.1个、5.8个百分点。"
        "新开工建设深圳能源光明电源基地等183个项目,在建项目推进顺利。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 4))
    assert facts["183个"][2] == "2021Q1-Q3"  # 1-9月 (ruling 9)


def test_the_next_n_years_run_from_the_texts_year_and_a_level_reached_is_of_the_last():
    # fo1_10_heilongjiang_targets_2022: 未来五年 / 今后五年 in a congress report of May 2022 are 2022-2026
    text = (
        "黑龙江未来五年目标:地区生产总值迈上2万亿元新台阶\n"
        "5月2日,中国共产党黑龙江省第十三次代表大会完成各项议程,在哈尔滨闭幕。大会擘画了未来五年黑龙江的经济社会发展"
        "蓝图,奋斗目标为全省地区生产总值迈上2万亿元新台阶。\n根据测算,实现这个目标,今后五年黑龙江省GDP增速需年均增长6.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 5, 3))
    assert facts["2万亿元"][2:] == ("2026", "inferred")
    assert facts["6.1%"][2:] == ("2022-2026", "stated")
