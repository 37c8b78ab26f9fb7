"""Period rules of helper period26b (two-year averages of a year, projects on offer, the cost of a list's projects
just counted, years of the Republic heading a table's row, a size inside a project's name), each on a real sentence
of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_two_year_average_of_a_year_compares_with_two_years_before():
    # fs1_07_shandong_targets_2022: 全省实现生产总值83095.9亿元,按可比价格计算,比上年增长8.3%,两年平均增长5.9%
    text = (
        "山东省统计局发布数据。\n"
        "2021年,全省实现生产总值83095.9亿元,按可比价格计算,比上年增长8.3%,两年平均增长5.9%。"
        "其中,第一产业增加值6029.03亿元,同比增长7.5%,两年平均增长5.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 20))
    assert facts["5.9%"][2] == "2021/2019"
    assert facts["5.1%"][2] == "2021/2019"


def test_a_count_of_projects_on_offer_is_a_standing_count():
    # fk2_11_fujian_projects_2009: 福建推出149項省級重點招商項目,總投資約為1222億元…其中,工業項目49項,總投資321.2億元
    text = (
        "中國日報網中國在線消息:記者從福建省發展改革委外經處獲悉,福建推出149項省級重點招商項目,總投資約為1222億元,"
        "將在第十三屆中國國際投資貿易洽談會等重大經貿活動上面向海內外招商。\n"
        "其中,工業項目49項,總投資321.2億元;農業項目34項,總投資29.8億元。\n"
        "另據記者了解到,福建省重點建設1月至5月完成投資509億元。5月份當月,福建省351個在建重點項目共完成投資近130億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2009, 8, 14))
    assert facts["149項"][2] == "as_of_publication"
    assert facts["49項"][2] == "as_of_publication"
    assert facts["321.2億元"][2] == "as_of_publication"
    assert facts["351個"][2] == "2009M5"


def test_the_cost_of_a_yearly_lists_projects_just_counted_takes_the_lists_year():
    # fq2_10_shijiazhuang_projects_2019: 石家庄市2019年列入省重点项目计划40项…续建项目10项,总投资531.5亿元
    text = (
        "记者从石家庄市发改委获悉,通过积极争取,石家庄市2019年列入省重点项目计划40项,项目总数与唐山市并列全省第一。\n"
        "其中,计划开工项目10项,总投资56.2亿元,当年计划投资17.2亿元;续建项目10项,总投资531.5亿元,"
        "当年计划投资76.6亿元;前期项目9项,总投资291.9亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 3, 1))
    assert facts["531.5亿元"][2] == "2019"
    assert facts["291.9亿元"][2] == "2019"


def test_a_year_of_the_republic_heads_a_tables_row():
    # c05_neihu_industry: 年度 / 二級產業人數 / 百分比 … 85 / 18,031 / 37.73％ (民國 85 年 = 1996)
    text = (
        "產業發展分析\n\n內湖區之產業結構以二、三級產業為主。\n\n- 表 3-4  內湖區歷年二級及三級產業人口數表\n\n"
        "年度\n二級產業人數\n百分比\n\n85\n18,031\n37.73％\n\n95\n45,473\n27.92％\n\n"
        "根據民國 100 年 11 月臺北市商業登記家數統計結果，登記於內湖區之商業登記家數有 3,557 家。\n"
    )
    facts = facts_by_surface(text, dt.date(2012, 1, 1))
    assert facts["18,031"][2] == "1996"
    assert facts["27.92％"][2] == "2006"


def test_a_size_inside_a_projects_name_has_no_time():
    # fl2_03_xinjiang_projects_q1_2024: 此次喀什华电2×66万千瓦热电联产项目、新疆晶晖新材料有限公司年产10万吨高纯多晶硅项目…开工建设
    text = (
        "一季度全区开工投资规模500万元以上项目3900多个,总投资2.2万亿元,一季度计划完成投资超600亿元。\n\n"
        "此次喀什华电2×66万千瓦热电联产项目、新疆晶晖新材料有限公司年产10万吨高纯多晶硅项目、"
        "库车—阿拉尔—巴楚750千伏输变电工程等72个标志性重大项目开工建设。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 20))
    assert facts["10万吨"][2] == "-"
    assert facts["750千伏"][2] == "-"
