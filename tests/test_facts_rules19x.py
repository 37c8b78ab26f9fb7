"""Facts rules added for issue #19 (round 12, part R as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fr2_11_heilongjiang_h1_2011 (traditional characters, as written)
_HEILONGJIANG = (
    "我省上半年宏觀經濟持續較快增長 經濟發展先行指標穩步轉好\n"
    "東北網7月27日訊(記者 吳萌 顧少宇) 記者從省政府新聞發布會上獲悉,年初以來,全省通過大力發展產業項目,"
    "有效破解經濟發展中的難題,推動經濟更好更快發展,在去年較快增長的基礎上繼續保持平穩較快增長勢頭,"
    "實現地區產值(GDP)5067億元,總量創歷史同期最高,比上年同期增長12.1%,高於全國平均水平2.5個百分點。\n"
    "據省統計局常務副局長劉樹勝介紹,上半年全省主要經濟指標增長明顯加快,其中第一產業增加值309.7億元,增長5.8%;"
    "第二產業增加值2863.8億元,增長13.0%。二季度末,全省交通運量平穩增長,全省貨運量3.1億噸,同比增長6%。\n"
    "畜牧業穩步增長,肉類產量106.3萬噸,增長3.3%。\n"
)


def test_a_title_naming_the_period_after_the_texts_own_place_frames_the_text():
    # 我省上半年… opens the title on the text's own place: the half frames the text (not the dateline's day)
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2011, 7, 27))
    assert facts["106.3萬噸"][2:] == ("2011H1", "inferred")
    assert facts["309.7億元"][2:] == ("2011H1", "stated")


def test_the_year_grown_from_frames_nothing_and_governs_no_figure_after_its_clause():
    # 在去年較快增長的基礎上: a base of comparison, not the year the text is about (before: 2010 for the whole text)
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2011, 7, 27))
    assert facts["5067億元"][2] != "2010"
    assert facts["2863.8億元"][2] == "2011H1"


def test_a_quarters_end_opening_a_clause_is_the_quarters_to_date():
    # 二季度末,全省貨運量3.1億噸: the flows up to the end of the second quarter are the first half's
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2011, 7, 27))
    assert facts["3.1億噸"][2:] == ("2011H1", "stated")


def test_a_paragraph_under_a_run_in_heading_is_a_section_its_lead_states():
    # fr1_01_qingyuan_h1_2024: 投资:降幅收窄。 heads the paragraph; 上半年,… is the section's lead (ruling 1)
    text = (
        "上半年,全市经济运行保持平稳、稳中有进。\n"
        "投资:降幅收窄。上半年,固定资产投资同比下降7.0%,降幅较一季度收窄2.6个百分点。分领域看,制造业投资增长7.3%,"
        "基础设施投资增长6.4%。商品房销售面积134.52万平方米,下降16.5%;实现销售额77.57亿元,下降17.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 7, 30))
    assert facts["134.52万平方米"][2:] == ("2024H1", "stated")
    assert facts["77.57亿元"][2:] == ("2024H1", "stated")


def test_a_paragraph_under_a_heading_line_is_a_section_its_lead_states():
    # fr2_04_beijing_q1_2022: the heading line 农林牧渔业总产值36.7亿元 heads the paragraph its lead (今年一季度,…) opens
    text = (
        "一季度北京地区生产总值9413.4亿 北京总体经济保持稳步恢复态势\n"
        "北京市统计局4月20日发布了今年一季度北京经济数据。全市实现地区生产总值9413.4亿元,同比增长4.8%。\n"
        "农林牧渔业总产值36.7亿元\n"
        "数据显示,今年一季度,北京市实现农林牧渔业总产值36.7亿元,按可比价格计算,同比增长5.8%;其中,农业和林业产值"
        "较快增长。实现农业(种植业)产值13.8亿元,增长13.0%。休闲农业和乡村旅游接待游客321.6万人次,同比增长23.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 20))
    assert facts["13.8亿元"][2:] == ("2022Q1", "stated")
    assert facts["321.6万人次"][2:] == ("2022Q1", "stated")


# fr2_09_jilincity_govreport_2011
_JILINCITY = (
    "政府工作报告\n"
    "——2011年1月12日在吉林市第十四届人民代表大会第四次会议上\n"
    "一、过去五年及2010年工作回顾\n"
    "过去五年是我市发展历程上极不平凡的五年。在省委省政府和市委的正确领导下,经济社会发展实现了历史性跨越。"
    "地区生产总值年均增长24%,相当于2005年的3倍;固定资产投资年均增长35.4%;全口径财政收入年均增长23.1%。\n"
)


def test_the_base_year_of_a_multiple_governs_its_own_clause_only():
    # 相当于2005年的3倍: the year compared with, not the period of the next clauses (before: 2005 for all of them)
    facts = facts_by_surface(_JILINCITY, dt.date(2011, 1, 12))
    assert facts["35.4%"][2] == "2006-2010"
    assert facts["23.1%"][2] == "2006-2010"


def test_a_span_opening_a_paragraphs_first_sentence_with_no_figure_states_the_paragraph():
    # 过去五年是…的五年。 opens the paragraph: its figures over the span are stated (ruling 1)
    facts = facts_by_surface(_JILINCITY, dt.date(2011, 1, 12))
    assert facts["24%"][2:] == ("2006-2010", "stated")
    assert facts["35.4%"][2:] == ("2006-2010", "stated")


def test_a_standing_plan_for_every_year_is_as_of_publication():
    # fr2_01_zhejiang_projects_2023: 计划每年…1000个以上…,每年完成投资1万亿元以上 names no year (not the batch's 2023Q1)
    text = (
        "浙江268个重大项目集中开工 总投资6808亿元\n"
        "齐齐哈尔新闻网杭州2月21日电(张煜欢)21日,浙江省委、省政府举行2023年第一季度全省扩大有效投资重大项目集中开工活动,"
        "当日浙江集中开工268个重大项目,总投资6808亿元。\n"
        "该省“千项万亿”工程围绕先进制造业基地、科技创新强基九大领域,计划每年滚动谋划推进1000个以上省重大项目,"
        "每年完成投资1万亿元以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 21))
    assert facts["1000个"][2:] == ("as_of_publication", "inferred")
    assert facts["1万亿元"][2:] == ("as_of_publication", "inferred")


def test_a_period_right_after_a_bylines_parenthesis_frames_the_text():
    # fr1_07_hainan_h1_2014: (南海网记者 李晓梅)今年上半年,… frames the report (before: the year only, 2014)
    text = (
        "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。"
        "其中,洋浦以增速14.2%位列第一,这是南海网记者7月25日从省政府获悉的。\n"
        "按三次产业分,第一产业增加值423.49亿元,增长5.0%;第二产业增加值445.81亿元,增长10.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 7, 25))
    assert facts["423.49亿元"][2] == "2014H1"


def test_a_period_after_a_speakers_lead_in_is_the_paragraphs_lead():
    # fr1_07_hainan_h1_2014: …新闻发言人胡光辉介绍说,上半年,… opens the paragraph (ruling 1; the lead-in is long)
    text = (
        "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。\n"
        "海南省人民政府秘书长、新闻发言人胡光辉介绍说,上半年,海南经济增速稳中有升,多数主要经济指标增速高于全国平均水平。"
        "在主要经济指标中,全省地区生产总值增速高于全国0.6个百分点,地方公共财政收入增速高于全国8.3个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 7, 25))
    assert facts["0.6个百分点"][2:] == ("2014H1", "stated")
    assert facts["8.3个百分点"][2:] == ("2014H1", "stated")


def test_a_breakdown_among_a_counted_group_is_stated_by_the_paragraphs_lead():
    # fr1_08_jiangsu_cities_q1_2023: 13个设区市中,… breaks down the sentence 一季度,… opens (ruling 1)
    text = (
        "连云港市统计局5月4日发布统计信息称,一季度全市实现地区生产总值947.13亿元。\n"
        "一季度,江苏全省实现地区生产总值29401.7亿元,增长4.7%。13个设区市中,苏州(5186.64亿元)、南京(4230.24亿元)居前四位。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 5, 4))
    assert facts["5186.64亿元"][2:] == ("2023Q1", "stated")
    assert facts["4230.24亿元"][2:] == ("2023Q1", "stated")


def test_projects_finished_up_to_a_months_end_are_counted_over_the_months_to_it():
    # fr2_12_shanxi_projects_2018: 截至11月底计划竣工22项,实际竣工22项 are the year's months to November (not 11-30)
    text = (
        "截至11月底,省市两级重点工程建设项目完成投资2497亿元,完成率104.3%,提前完成全年投资任务。\n"
        "今年省重点工程建设项目中计划新开工项目41项,1至11月份计划开工39项,实际开工37项。全年计划竣工项目42项,"
        "截至11月底计划竣工22项,实际竣工22项;其中提前竣工4项。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 5))
    assert facts["22项"][2:] == ("2018M1-M11", "stated")
