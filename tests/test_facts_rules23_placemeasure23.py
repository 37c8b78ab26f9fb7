"""Place and measure rules of helper placemeasure23 (round 23): traditional words folded before the vocabulary, a verb
inside a value-added term, a population's change, 签约 cut by its 约, size bands of projects, zones named 保税区 or
工业园区, a table's columns of places and a zone the lead defines a short form for, each on a real sentence of a corpus
text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_traditional_words_of_the_vocabulary_are_folded_before_matching():
    # fw1_07_chuxiong_nanbohui_2017: 協議引資313.59億元 is 协议引资, a synonym of 投资额
    text = (
        "南博會楚雄州集中籤約33個項目\n本次集中籤約的33個項目包括32個內資項目,協議引資313.59億元,"
        "同比上屆商洽會增長55.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 15))
    assert facts["313.59億元"][1] == "投资额"


def test_a_verb_inside_a_value_added_term_is_left_out():
    # fs2_08_hainan_quarterly_2010: 服务业完成增加值269.02亿元 (第三产业增加值); faa1_01_yunnan_q1_2017: 工业实现增加值
    text = "海南一季度经济\n服务业完成增加值269.02亿元,比上年同期增长37.1%。工业实现增加值1009.88亿元,同比增长9.0%。\n"
    facts = facts_by_surface(text, dt.date(2010, 4, 27))
    assert facts["269.02亿元"][1] == "第三产业增加值"
    assert facts["1009.88亿元"][1] == "工业增加值"


def test_the_change_of_a_resident_population_is_its_increase():
    # faa1_10_nanning_gdp_2018: 全市常住人口数量达到725.41万人,比上年增加10.08万人
    text = "南宁经济\n在18年底,全市常住人口数量达到725.41万人,比上年增加10.08万人,同比增长1.4%。\n"
    facts = facts_by_surface(text, dt.date(2019, 3, 1))
    assert facts["725.41万人"][1] == "常住人口"
    assert facts["10.08万人"][1] == "人口增量"


def test_signed_projects_whose_yue_was_read_as_about_are_projects():
    # fv1_09_qaidam_zone_2008: …項目推介會(合計簽約98個、簽訂協議資金413億元…)
    text = (
        "柴达木\n在2006年、2007年兩屆中國青海柴達木循環經濟試驗區項目推介會(合計簽約98個、簽訂協議資金413億元、"
        "目前實際到位資金近120億元)的基礎上,本屆節會將繼續招商。\n"
    )
    facts = facts_by_surface(text, dt.date(2008, 6, 20))
    assert facts["98個"][1] == "项目数量"
    assert facts["413億元"][1] == "投资额"


def test_size_bands_of_projects_and_their_counts():
    # fp2_08_anqing_investment_2023: 其中,1-5億元311個,5-10億元51個…50億元以上10個
    text = (
        "安庆招商\n據介紹,去年全年全市新簽約億元項目413個,協議投資總額2154.82億元。其中,1-5億元311個,"
        "5-10億元51個,10-20億元29個,20-50億元12個,50億元以上10個。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 20))
    assert facts["1-5億元"][1] == "投资额"
    assert facts["311個"][1] == "项目数量"
    assert facts["50億元"][1] == "投资额"
    assert facts["10個"][1] == "项目数量"


def test_a_bonded_zone_named_from_its_city_is_a_place():
    # fy1_08_nanning_hitech_2020: 南宁综合保税区1—8月完成外贸进出口额270.47亿元
    text = (
        "南宁高新区前三季度经济\n开放枢纽初见雏形。南宁综合保税区1—8月完成外贸进出口额270.47亿元,同比增长126.3%,"
        "在全国97家综合保税区中排名第15。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 10, 20))
    assert facts["270.47亿元"][0] == "南宁综合保税区"
    assert facts["126.3%"][0] == "南宁综合保税区"


def test_the_next_parks_of_a_list_of_parks_are_places():
    # fz2_09_xining_devzone_q1_2024: 南川工业园区、东川工业园区、甘河工业园区、生物产业园区投资分别增长…
    text = (
        "西宁开发区一季度\n与此同时,西宁开发区各园区投资接续发力,南川工业园区、东川工业园区、甘河工业园区、"
        "生物产业园区投资分别增长10.3%、7.6%、12.1%、13.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 4, 20))
    assert facts["12.1%"][0] == "甘河工业园区"
    assert facts["13.1%"][0] == "生物产业园区"


def test_a_table_of_two_columns_of_places_gives_each_value_its_column():
    # c05_neihu_industry: 表 3-5 臺北市及內湖區…統計表 / 產業(級) / 行業別 / 臺北市 / 內湖區 / 製造業 / 357 / 54
    text = (
        "內湖科技園區\n- 表 3-5 臺北市及內湖區產業結構及商業登記家數統計表\n\n產業(級)\n行業別\n臺北市\n內湖區\n\n"
        "191\n15\n\n二級產業\n礦業及土石採取業\n6\n0\n\n製造業\n357\n54\n\n總計（單位：家）\n53,832\n3,557\n"
    )
    facts = facts_by_surface(text, dt.date(2012, 1, 1))
    assert facts["357"][0] == "台北"
    assert facts["54"][0] == "内湖"
    assert facts["53,832"][0] == "台北"


def test_a_zone_the_lead_defines_a_short_form_for_is_the_text_place():
    # fv1_09_qaidam_zone_2008: 2008中國青海柴達木循環經濟試驗區(簡稱試驗區)…試驗區總面積為25.6萬平方公里
    text = (
        "中國日報網環球在線消息:記者從6月17日召開的2008中國青海柴達木循環經濟試驗區(簡稱試驗區)項目推介會"
        "新聞發布會上獲悉,青海省將努力把試驗區打造成為循環經濟特色鮮明的基地。\n"
        "據介紹,試驗區總面積為25.6萬平方公里,總人口56萬。2007年,試驗區實現地區生產總值201.6億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2008, 6, 20))
    assert facts["25.6萬平方公里"][0] == "柴达木循环经济试验区"
    assert facts["201.6億元"][0] == "柴达木循环经济试验区"
