"""Facts rules added for issue #19 (parts K and L as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_stock_taking_day_carries_into_the_paragraphs_after_it():
    # fl1_13_daqing_projects_2018: 截至4月10日 is the day the counts of the next paragraphs are taken on
    text = (
        "更直接的表現還是在項目建設上。據市發改委統計,截至4月10日,全市共落實500萬元以上重點項目481個,"
        "總投資1923億元,開復工147個。\n"
        "產業項目仍然是重中之重,共307個,佔全市重點項目總數的64%;累計完成投資76.3億元,比一季度增加40.5億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 5, 11))
    assert facts["481個"][2:] == ("2018-04-10", "stated")
    assert facts["307個"][2:] == ("2018-04-10", "inferred")
    assert facts["40.5億元"][2] == "2018-04-10/2018Q1"


def test_last_year_opening_an_indented_paragraph_frames_its_sentence():
    # fk1_10_suqian_parks_2016: “  去年,…同比增长23.4%,其中:…” (the paragraph is indented)
    text = (
        "宿迁苏州哥俩好\n\n"
        "  自2006年苏州宿迁两市南北挂钩合作进入新阶段以来,6个南北共建园区都逐年迈上了新的台阶。\n\n"
        "  去年,苏宿工业园区业务总收入完成154.9亿元,同比增长23.4%,其中:工业销售收入完成108.9亿元,同比增长18.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 13))
    assert facts["23.4%"][2:] == ("2016", "stated")
    assert facts["108.9亿元"][2:] == ("2016", "stated")


def test_a_change_from_a_starting_year_under_a_span_takes_the_span():
    # fl1_03_wuhua_govreport_2021: 过去五年,是…的五年。…从2015年的940.03亿元提高到1242.35亿元,年均增长5.1%
    text = (
        "“十三五”时期,是五华改革发展进程中不平凡的五年,较好完成了“十三五”规划主要目标任务。\n"
        "过去五年,是综合实力大幅提升的五年。全区地区生产总值从2015年的940.03亿元提高到1242.35亿元,年均增长5.1%。"
        "一般公共预算收入从2015年的33.9亿元增长到45.8亿元,年均增长6.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 3))
    assert facts["940.03亿元"][2] == "2015"
    assert facts["1242.35亿元"][2:] == ("2020", "inferred")
    assert facts["5.1%"][2:] == ("2016-2020", "stated")
    assert facts["45.8亿元"][2] == "2020"


def test_a_year_opening_its_sentence_in_a_span_paragraph_frames_that_sentence_only():
    # fj1_09_huimin_review_2017_2021: 五年来,…。2021年,…分别达到…。建成人才公寓536套 (over the five years)
    text = (
        "许健在县十九届人大一次会议上作的政府工作报告(摘登)\n"
        "过去五年及2021年工作回顾\n"
        "五年来,我们坚持量质并举,积能蓄势谋创新,转型态势稳健强劲。规模以上工业企业达148家。"
        "2021年,装备制造、绳网、高端铝三大优势产业总产值分别达到75亿元、220亿元、313亿元。创新要素加速集聚。"
        "建成人才公寓536套,柔性引进各类高层次人才85名,引进本科以上大学生5130名。"
        "培育高新技术企业40家、科技型中小企业239家、专精特新企业29家。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 30))
    assert facts["220亿元"][2:] == ("2021", "stated")
    assert facts["536套"][2:] == ("2017-2021", "stated")  # 五年来, opens the paragraph (round-10 ruling 1)
    assert facts["85名"][2] == "2017-2021"  # 高层次 is no level word (比全省高9277元 is)
    assert facts["40家"][2] == "2017-2021"
    assert facts["148家"][2] == "2021"  # 达: the level at the span's end


def test_a_short_line_of_a_text_written_a_phrase_a_line_is_no_heading():
    # fi2_07_yunnan_16_prefectures_2021: “2021年云南全省及16州市 / 地区生产总值(GDP)数据 / …”
    text = (
        "云南16州(市)GDP数据出炉!大理州跻身千亿级行列,排名……\n"
        "据云南省统计局消息\n"
        "2021年云南全省及16州市\n"
        "地区生产总值(GDP)数据\n"
        "目前已经全部出炉\n"
        "全省实现地区生产总值\n"
        "27146.76亿元\n"
        "同比增长7.3%,位居全国第18位\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 27))
    assert facts["27146.76亿元"][2:] == ("2021", "inferred")


def test_a_short_line_before_a_paragraph_is_still_a_heading():
    # d02_juxian_govreport_targets_2019: “2019年主要预期目标:” over a long line of targets
    text = (
        "莒县政府工作报告\n"
        "  以习近平新时代中国特色社会主义思想为指导,认真贯彻党的十九大和十九届二中、三中全会精神。\n"
        "2019年主要预期目标:\n"
        "  地区生产总值增长9%,一般公共预算收入增长13%,规模以上工业增加值增长10%,固定资产投资增长11%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 1, 26))
    assert facts["13%"][2:] == ("2019", "stated")


def test_a_run_since_a_year_ends_in_the_year_the_text_is_written_in():
    # fk1_11_changzhou_devzone_2022 (November 2023): 2022年以来 is 2022-2023; b04 (January 2026): 2023年以来 is 2023-2025
    text = "省级开发区发展呈现五大新特征\n报告认为,2022年以来,全国省级开发区发展呈现五个新特征:\n"
    assert facts_by_surface(text, dt.date(2023, 11, 8))["五个"][2:] == ("2022-2023", "stated")
    text = "2023年以来，花火剧团与天津泰达航母主题公园等上百个景区合作。\n"
    assert facts_by_surface(text, dt.date(2026, 1, 16))["百个"][2] == "2023-2025"


def test_a_subtitle_that_tells_a_figure_is_no_heading():
    # fk2_13_guangxi_review_2021: “廣西去年GDP增長7.5%” over “2021年,…持續恢復。初步預計,…增長7.5%” (inferred)
    text = (
        "廣西2021年經濟回顧\n\n"
        "    全年常態化疫情防控總體形勢平穩。\n\n"
        "    廣西去年GDP增長7.5%\n\n"
        "    2021年,廣西壯族自治區經濟運行持續恢復。初步預計,地區生產總值增長7.5%,兩年平均增長5.6%。"
        "規模以上工業增加值增長8.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 18))
    assert facts["8.6%"][2:] == ("2021", "stated")  # 2021年, opens the paragraph (round-10 ruling 1)


def test_a_reference_to_another_year_inside_a_sentence_is_not_inherited():
    # c01_hk_gdp_q3_2021: “…雖已遠勝去年上半年,…。據公佈的經季調GDP按季比較僅0.1%可見” (the third quarter's)
    text = (
        "港經濟再遇逆風　消費券果然無用\n\n"
        "本港上週公佈第三季GDP，按年升5.4%，看似不錯，但因去年第三季收縮3.6%，雖已遠勝去年上半年，但仍低基數。"
        "據公佈的經季調GDP按季比較僅0.1%可見，將之年化亦不超過0.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 8))
    assert facts["0.1%"][2] == "2021Q3"


def test_last_year_opening_a_quotation_frames_its_sentence():
    # fk2_12_guangxi_review_2013_2017: “去年,广西第三产业…” then 收入超千亿元的产业增加到了十个 (2017)
    text = (
        "广西五年回顾\n"
        "“去年,广西第三产业对经济增长的贡献率提高19.5个百分点,比重首次超过二产,经济趋向健康发展。”陈武说,"
        "收入超千亿元的产业增加到了十个。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 1, 25))
    assert facts["19.5个百分点"][2:] == ("2017", "stated")
    assert facts["十个"][2] == "2017"


def test_a_size_in_a_projects_name_has_no_time():
    # fl2_03_xinjiang_projects_q1_2024: 年产10万吨高纯多晶硅项目 in a first-quarter report
    text = (
        "2月26日下午,新疆举行2024年一季度全区重大项目调度会。一季度全区开工投资规模500万元以上项目3900多个。\n\n"
        "此次喀什华电2×66万千瓦热电联产项目、新疆晶晖新材料有限公司年产10万吨高纯多晶硅项目等72个标志性重大项目"
        "开工建设,总投资3184亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 27))
    # round 26 (period26b): a size inside a project's name has no time, as fl2_03's gold reads it (ruling 7)
    assert facts["10万吨"][2:] == ("-", "unknown")
    assert facts["66万千瓦"][2] == "-"
    assert facts["3900多个"][2] == "2024Q1"


def test_a_year_naming_a_programme_does_not_override_a_stock_taking_opener():
    # fl1_12_heilongjiang_projects_2020: 截至目前,2020年加強版百大項目已開工480個; 截至三季度,…共有56個項目竣工
    text = (
        "  今年以來,黑龍江省2020年加強版百大項目建設作為做好“六穩”工作的有力支撐。"
        "截至目前,2020年加強版百大項目已開工480個,開工率96%。\n\n"
        "  部分項目陸續按期竣工。截至三季度,2020年加強版百大項目共有56個項目竣工,按期竣工22個。"
        "累計完成投資198.85億元,超過計劃投資額27.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 10, 14))
    assert facts["480個"][2:] == ("as_of_publication", "stated")
    assert facts["56個"][2:] == ("2020Q1-Q3", "stated")
    # the paragraph's lead after a verdict alone states its later sentences too (round 16, ruling 1 as part U reads it)
    assert facts["198.85億元"][2:] == ("2020Q1-Q3", "stated")


def test_the_total_investment_of_a_list_of_projects_takes_the_lists_year():
    # fl2_02_changji_projects_2024: 续建项目21个,总投资1671亿元 (inherited 今年 → what the list will cost)
    text = (
        "3月3日,从昌吉州发改委获悉,今年,昌吉回族自治州确定70个州级重点项目,总投资5505亿元。\n\n"
        "从建设性质看,续建项目21个,总投资1671亿元;新建项目27个,总投资1240亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 14))
    # round 26 (period26b): the cost of a yearly list's projects just counted takes the list's year (ruling 17, as
    # fq2_10's and ft1_03's gold read it; fl2_02's three rows still read as_of_publication)
    assert facts["1671亿元"][2] == "2024"
    assert facts["21个"][2] == "2024"


def test_the_total_investment_of_a_launched_batch_is_the_batchs():
    # fk2_04_sichuan_projects_2018: a text about projects launched together (集中开工) keeps the batch's quarter
    text = (
        "开工了!四川集中开工重大项目1560个\n\n"
        "  12月3日上午,2018年第四季度重大项目集中开工仪式举行,集中开工重大项目1560个,总投资近6900亿元。\n\n"
        "  其中,重大基础设施项目418个,总投资1467亿元;重大产业发展项目463个,总投资2906亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 3))
    assert facts["1467亿元"][2] == "2018Q4"


def test_a_starting_level_is_of_the_year_before_the_period_in_force():
    # fi1_01_quanjiao_govreport_2021: 这是…的五年。…规上企业从153家发展到268家 (2016 for 2017-2021)
    text = (
        "过去五年工作回顾\n"
        "这是经济发展提质增效、综合实力显著增强的五年。工业基础更加坚实。规上企业从153家发展到268家、进入全市前列。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 12, 26))
    assert facts["153家"][2] == "2016"
    assert facts["268家"][2] == "2021"
    # fi2_09_zhengzhou_jkq_rank_2022: 排名由第5位跃居第3位 in a 2022 text: the ranking a year before
    text = "郑州经开区综合排名\n2022年,长沙经开区,在中部地区国家级经开区排名由第5位跃居第3位。\n"
    facts = facts_by_surface(text, dt.date(2022, 12, 30))
    assert facts["第5位"][2] == "2021"
    assert facts["第3位"][2] == "2022"


def test_a_level_reached_over_a_span_in_its_own_sentence_is_of_the_spans_end():
    # fk2_12_guangxi_review_2013_2017: 过去五年…主要经济指标突破了两万亿,人均地区生产值突破了6000美元
    text = (
        "广西五年回顾\n"
        "陈武说,过去五年广西经济实现年均8.3%的增长,社会固定资产投资等主要经济指标突破了两万亿,"
        "人均地区生产值突破了6000美元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 3, 9))
    assert facts["8.3%"][2:] == ("2013-2017", "stated")
    assert facts["6000美元"][2:] == ("2017", "inferred")


def test_a_year_compared_with_governs_its_own_clause_only():
    # fj2_01_sichuan_county_h1_2024: 四川百强区入围13个,数量与去年持平,并列全国第3、西部第1
    text = (
        "四川县域经济“半年报”\n"
        "强区强县稳中有进在2024年赛迪中国百强区、百强县排行榜中,四川百强区入围13个,数量与去年持平,"
        "并列全国第3、西部第1;百强县入围7个,数量与去年持平,居全国第5、西部第1。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 8, 28))
    assert facts["第3"][2:] == ("2024", "stated")
    assert facts["第5"][2] == "2024"


def test_a_day_opening_its_sentence_dates_the_figures_after_it():
    # b04_county_innovation_compare: 2025年11月29日，浏阳年内最后一场周末焰火秀上演。…7束…逾10万名观众
    text = (
        "县域创新\n\n"
        "2025年11月29日，浏阳年内最后一场周末焰火秀上演。无人机组成的“北斗七星”自天河垂落，随即化作7束炽焰破空绽放……"
        "表演吸引逾10万名观众观看，约九成是外地游客。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 1, 16))
    assert facts["10万名"][2:] == ("2025-11-29", "inferred")


def test_a_run_of_months_in_a_quarters_to_date_report_ends_at_the_quarters_last_month():
    # fk2_08_liaoning_q3_2024: 前三季度…社会消费品零售总额增速…连续18个月高于全国 (2023M4-2024M9)
    text = (
        "辽宁前三季度经济运行总体平稳\n\n"
        "  记者20日获悉,2024年前三季度辽宁省经济运行总体平稳。社会消费品零售总额增速高于全国0.9个百分点,"
        "连续18个月高于全国。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 10, 20))
    assert facts["18个月"][2] == "2023M4-2024M9"


def test_a_streak_in_the_title_ends_at_the_leads_frame():
    # fk2_07_liaoning_industry_2022: 規上工業增加值連續三個月正增長 over 今年1月至10月,…
    text = (
        "規上工業增加值連續三個月正增長 遼寧工業經濟持續恢復\n\n"
        "    據遼寧日報消息,今年1月至10月,遼寧省規上工業增加值同比下降1.3%,降幅較上半年收窄1.7個百分點。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 12, 9))
    assert facts["三個月"][2] == "2022M8-M10"


def test_a_total_in_a_text_that_named_where_a_run_starts_is_over_the_years_since():
    # fk1_10_suqian_parks_2016: 自2006年…以来,…。截至去年底,…累计完成固定资产投资额1608.5亿元,其中…221个 (2006-2016)
    text = (
        "宿迁苏州哥俩好\n\n"
        "  自2006年苏州宿迁两市南北挂钩合作进入以共建园区为主要载体的新阶段以来,6个南北共建园区都逐年迈上了新的台阶。\n\n"
        "  截至去年底,6个共建园区已集聚各类产业项目610个,累计完成固定资产投资额1608.5亿元,其中亿元以上投产项目221个。"
        "全市共建园区累计实现业务总收入3405.4亿元,规模以上工业销售收入2859.8亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 13))
    assert facts["1608.5亿元"][2] == "2006-2016"
    assert facts["221个"][2] == "2006-2016"
    assert facts["2859.8亿元"][2] == "2006-2016"
    assert facts["610个"][2] == "2016"  # before 累计: the stock at the year's end


def test_a_runs_start_before_a_streak_is_no_start_of_totals():
    # c06_daqing_rural_2014: 自2010年以来连续5年突破百亿斤 … 全市农村饮水安全工程累计建设2297处 (2014)
    text = (
        "大庆农村经济\n"
        "全市粮食生产自2010年以来连续5年突破百亿斤。\n"
        "2014年，我市新建和改造农村饮水安全工程355处，惠及15.6万人，全市农村饮水安全工程累计建设2297处。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 1))
    assert facts["2297处"][2] == "2014"


def test_a_side_of_a_change_whose_year_is_not_written_is_inferred():
    # fi2_06_yunnan_history_2021: 是2012年的2.2倍,在全国的排位从第24位跃升到第18位 (2012 and 2020, inferred)
    text = "云南发展历程\n2020年,云南地区生产总值突破2.4万亿元,是2012年的2.2倍,在全国的排位从第24位跃升到第18位。\n"
    facts = facts_by_surface(text, dt.date(2021, 6, 1))
    assert facts["第24位"][2:] == ("2012", "inferred")
    assert facts["第18位"][2:] == ("2020", "inferred")
    # b05_county_consumption_compare: 2021年至2024年,…比重,从38%提升至38.8% (both ends written: stated)
    text = (
        "县域消费\n国家统计局数据显示，2021年至2024年，县乡消费品零售额占社会消费品零售总额的比重，从38%提升至38.8%。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 1, 23))
    assert facts["38%"][2:] == ("2021", "stated")
