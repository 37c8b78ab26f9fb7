"""Facts rules added for issue #19, round 16 (period; part U as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_signing_reported_the_next_day_is_of_yesterday():
    # fu1_10_jiangyin_signing_2019: 于昨日举行 in a paper of 22 September: the fair's figures are of the 21st
    text = (
        "本报讯 第二届江阴发展大会暨2019经贸洽谈会于昨日举行,550名国内外客商嘉宾畅叙合作之谊,开展经贸洽谈,共谋发展大计。\n"
        "量质并举强实力。江阴经洽会期间共签约项目91个,总投资680亿元,其中内资项目81个,投资总额606亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 9, 22))
    assert facts["550名"][2:] == ("2019-09-21", "stated")
    assert facts["91个"][2:] == ("2019-09-21", "inferred")
    assert facts["680亿元"][2] == facts["606亿元"][2] == "2019-09-21"


def test_a_signing_day_opening_the_lead_dates_the_headline_and_the_breakdowns():
    # fu2_07_zhejiang_zheqiahui_2017: the title's figures and the breakdowns after the lead are of 6月9日
    text = (
        "浙洽会34个重大项目签约\n总投资665亿元\n"
        "本报讯 6月9日,在第十九届浙江投资贸易洽谈会期间,浙江进行全省重大项目签约仪式,共签约34个项目,总投资665.4亿元。\n"
        "本次外资项目中,总投资5亿元以上项目有16个,10亿元以上项目有7个。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 13))
    assert facts["665亿元"][2:] == ("2017-06-09", "inferred")
    assert facts["665.4亿元"][2:] == ("2017-06-09", "stated")
    assert facts["16个"][2:] == ("2017-06-09", "inferred")


def test_a_year_in_the_events_name_is_no_period_under_its_day():
    # fu2_03_zhoukou_signing_2011: 8月26日上午,“2011年…洽谈会…” names the fair; the figures are of its day
    text = (
        "8月26日上午,“2011年河南省承接产业和技术转移合作交流洽谈会中原经济区投资说明会暨合作项目签约仪式”"
        "在郑州国际会展中心轩辕堂举行,我市有10个项目在会上签约。\n"
        "据了解,经过前期对接洽谈,全省共有300多个重大合作项目签约,总投资达到3018亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2011, 8, 27))
    assert facts["10个"][2:] == ("2011-08-26", "stated")
    assert facts["300多个"][2] == facts["3018亿元"][2] == "2011-08-26"


def test_a_batch_named_by_its_season_is_of_the_event_day():
    # fn2_06_lianyungang_devzone_2023: 昨日上午,…2023年市开发区秋季重点项目集中开工仪式举行 names a batch; ruling 11
    # (SOURCES.md, a batch named for a season) gives its figures the event's day, as the gold reads them
    text = (
        "(記者 孫飛) 昨日上午,市海洋裝備產業園暨2023年市開發區秋季重點項目集中開工儀式舉行。\n"
        "據介紹,此次集中開工的市海洋裝備產業園等20個重點項目,計劃總投資超210億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 9, 23))
    assert facts["210億元"][2] == "2023-09-22"


def test_a_comparison_does_not_reach_over_a_semicolon():
    # fu1_04_huangmei_govreport_2017: each ；-item of the list is a level of 2016 with its own multiple of 2011
    text = (
        "综合实力大幅提升。初步统计,2016年,实现地区生产总值189亿元,是2011年的1.74倍;公共财政预算收入10.6亿元,"
        "实现五年翻一番;固定资产投资207亿元,是2011年的2.7倍;社会消费品零售总额125亿元,是2011年的2倍。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 12, 20))
    assert facts["10.6亿元"][2] == "2016"
    assert facts["125亿元"][2] == "2016"
    assert facts["2.7倍"][2] == "2016/2011"


def test_projects_started_by_a_months_end_are_counted_over_the_months():
    # fp1_04_xilinguole_projects_2016: 截至8月底,…开复工164项,开复工率86%: started over January to August
    text = (
        "今年,锡林郭勒盟全年共安排盟级重点项目190项,当年计划投资658亿元。\n"
        "截至8月底,190个盟级重点项目开复工164项,开复工率86%;完成投资391.5亿元,完成年度计划投资的59.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 9, 20))
    assert facts["164项"][2] == facts["86%"][2] == "2016M1-M8"
    assert facts["190个"][2] != "2016M1-M8"  # the year's list, not what was started


def test_projects_started_by_a_quarters_end_in_a_quarterly_frame():
    # fn1_09_ningxia_projects_q1_2018: the lead's stock-taking at 3月底 frames the text on the first quarter
    text = "截至3月底,我区安排的90个重点建设项目,已有72个开工建设,开工率达80%。累计完成投资67.1亿元。\n"
    facts = facts_by_surface(text, dt.date(2018, 4, 10))
    assert facts["72个"][2] == facts["80%"][2] == "2018Q1"


def test_a_two_year_average_in_a_whole_year_compares_with_two_years_before():
    # fu1_05_fengqing_bulletin_2021: 两年平均增长6.2% in a year's bulletin compares 2021 with 2019 (ruling 10; the
    # span 2020-2021 until round 26)
    text = (
        "凤庆县2021年国民经济和社会发展统计公报\n"
        "初步核算,全县实现地区生产总值1620612万元,按可比价计算,同比增长7.9%,两年平均增长6.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 5, 1))
    assert facts["6.2%"][2] == "2021/2019"
    assert facts["7.9%"][2] == "2021"


def test_a_streak_of_quarters_in_a_half_ends_at_its_second_quarter():
    # fu1_02_yanbian_h1_2023: 上半年,…连续两个季度保持…第2位: the first and second quarters
    text = "上半年延边州经济运行情况\n上半年,延边州GDP实现404.8亿元,增长7.5%,连续两个季度保持吉林省9市州(下同)第2位。\n"
    facts = facts_by_surface(text, dt.date(2023, 7, 25))
    assert facts["两个季度"][2] == "2023H1"  # Q1-Q2 is H1 (ruling 9)


def test_a_change_after_a_base_year_in_the_paragraph_starts_from_it():
    # fs1_06_ningxia_govreport_2008: 与2002年相比 names the base of the paragraph's changes
    text = (
        "寧夏回族自治區政府工作報告\n"
        "經濟總量快速提升。2007年實現地區生產總值830億元,與2002年相比,增加453億元,按可比價計算,年均增長11.9%。"
        "財政總收入由44.4億元增加到144.4億元,地方一般預算收入由26.5億元增加到80億元,年均分別增長26.6%和24.8%。\n"
    )
    facts = facts_by_surface(text, dt.date(2008, 1, 20))
    assert facts["11.9%"][2] == "2003-2007"
    assert facts["44.4億元"][2] == "2002"
    assert facts["144.4億元"][2] == "2007"
    assert facts["26.6%"][2] == "2003-2007"


def test_a_share_starting_in_parallel_with_a_written_base_year():
    # ft1_06_anhui_counties_2012: 由2002年的1621亿元增加到了2011年的7391亿元,占全省的比重由45.4%提高到48.9%
    text = "安徽县域经济\n2011年,县域地区生产总值由2002年的1621亿元增加到了2011年的7391亿元,占全省的比重由45.4%提高到48.9%。\n"
    facts = facts_by_surface(text, dt.date(2012, 3, 1))
    assert facts["45.4%"][2] == "2002"
    assert facts["48.9%"][2] == "2011"


def test_a_years_planned_investment_is_the_years():
    # ft1_04_jiangxi_q1starts_2022: 南昌市2022年一季度开工重大项目70个,…,年度计划投资322.6亿元: the year's plan
    text = (
        "南昌:一季度开工重大项目70个\n"
        "记者从南昌市政府获悉,南昌市2022年一季度开工重大项目70个,总投资847.2亿元,年度计划投资322.6亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 16))
    assert facts["322.6亿元"][2] == "2022"
    assert facts["70个"][2] == "2022Q1"


def test_a_year_written_away_from_the_launch_day_is_that_year():
    # ft1_04_jiangxi_q1starts_2022: the lead writes the launch day; a later paragraph writes its own year
    text = (
        "“省市县三级项目协同联动开工”暨2022年“项目大会战”动员大会2月16日在南昌举行。记者当天从江西省发改委获悉,"
        "全省计划一季度开工的亿元以上重大项目共2051个,总投资1.2万亿元。\n"
        "南昌:一季度开工重大项目70个\n"
        "初步统计,2022年该市春节后外出务工人数22.8万人,原外出务工人员留在该市2.35万人。\n"
        "在去年三、四季度集中开工项目177个、总投资2374.6亿元的基础上,今年再次初步筛选2022年度市级重大重点项目624个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 16))
    assert facts["22.8万人"][2:] == ("2022", "stated")


def test_what_the_event_did_is_of_its_day():
    # fo2_08_shanghai_investment_2021: 今天上午 after a dateline of 4月7日; 本次大会发布了…14个: the conference's
    text = (
        "上海全球投资促进大会\n"
        "本报上海4月7日电 (记者沈文敏)今天上午,2021上海全球投资促进大会举行。会上,216个重大产业项目集中签约,总投资4898亿元。\n"
        "去年3月,上海市首批26个特色产业园区集中发布。一年来,首批特色园区新签约项目数超过600个。"
        "本次大会发布了上海第二批14个特色产业园区和3个民营企业总部集聚区。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 4, 8))
    assert facts["216个"][2] == facts["4898亿元"][2] == "2021-04-07"
    assert facts["14个"][2] == "2021-04-07"


def test_a_press_conference_on_a_day_is_no_investment_event():
    # a statistics release held on a day reports a period's data, not what was done that day
    text = (
        "全省上半年经济运行情况\n"
        "7月18日,省统计局举行新闻发布会,发布上半年全省经济运行情况。全省固定资产投资增长5.1%。\n"
        "全省现有规上工业企业1.2万家。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 7, 19))
    assert facts["5.1%"][2] == "2023H1"
    assert facts["1.2万家"][2] != "2023-07-18"
