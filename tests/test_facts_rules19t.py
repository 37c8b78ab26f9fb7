"""Facts rules added for issue #19 (round 10, part P as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_the_whole_year_in_a_report_dated_in_its_first_quarter_is_the_year_just_ended():
    # fp1_01_xiaxian_govreport_2024: a work report's review that writes no year, dated February 2024
    text = (
        "全县经济社会发展总体平稳、稳中有进、稳中向好。全年地区生产总值完成82.86亿元,增长2.5%;"
        "固定资产投资完成36.3亿元,增长5.9%。荣获国家和省市荣誉112项。\n这一年,我们坚定不移促转型。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 1))
    assert facts["82.86亿元"][2:] == ("2023", "stated")
    assert facts["5.9%"][2:] == ("2023", "stated")
    assert facts["112项"][2:] == ("2023", "inferred")


def test_last_year_naming_the_year_the_lead_frames_is_carried_on():
    # fp2_08_anqing_investment_2023: a January 2023 text about 2022; 为2023年精彩开局 is no period it goes on about
    text = (
        "新签约亿元以上项目413个……全市上下坚持“三顶格”工作机制,2022年“双招双引”圆满收官,为2023年精彩开局奠定基础。\n"
        "据介绍,去年全年全市新签约亿元项目413个,协议投资总额2154.82亿元。其中,1-5亿元311个,5-10亿元51个。\n"
        "新签约项目中,50亿元以上工业项目10个,其中桐城市2个。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 15))
    assert facts["311个"][2:] == ("2022", "inferred")
    assert facts["2个"][2:] == ("2022", "inferred")


def test_projects_started_or_finished_at_the_event_are_of_the_batch_it_names():
    # fp2_01_chongzuo_projects_2022: 开竣工 (started and finished together), the batch of 今年第二季度
    text = (
        "4月13日,崇左市举行今年第二季度重大项目集中开竣工仪式,项目总投资157.6亿元,涵盖能源、基础设施等多个领域。\n"
        "此次集中开竣工项目25个。其中,开工项目包括扶绥东西线道路景观提升工程等18个;竣工项目包括大新硕龙口岸基础设施工程等7个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 14))
    assert facts["25个"][2:] == ("2022Q2", "inferred")
    assert facts["7个"][2:] == ("2022Q2", "inferred")


def test_a_streak_written_with_spaces_is_read():
    # fp1_03_henan_gdp_2024: a repost that spaces its numbers (连续 8 年, as 2024 年)
    text = "标题\n河南用占全国 1/16 的耕地,生产了全国 1/10 的粮食,2024 年总产量达 1344 亿斤,连续 8 年稳定在 1300 亿斤以上。\n"
    facts = facts_by_surface(text, dt.date(2025, 3, 1))
    assert facts["1300 亿斤"][2] == "2017-2024"


def test_the_whole_years_task_of_starting_projects_is_no_period():
    # fp2_04_guangxi_projects_2022: 完成全年开工目标任务的78.13% is progress over 1-7月
    text = "标题\n今年1—7月,自治区层面统筹推进重大项目2234项;新开工250项,完成全年开工目标任务的78.13%;竣工投产84项。\n"
    facts = facts_by_surface(text, dt.date(2022, 10, 20))
    assert facts["78.13%"][2:] == ("2022M1-M7", "stated")
    assert facts["84项"][2:] == ("2022M1-M7", "stated")


def test_what_a_project_is_to_build_or_yield_once_built_has_no_period():
    # fp2_04_guangxi_projects_2022: 拟建设…; 建成投产后年发电量 (not 后年, the year after next)
    text = (
        "标题\n1-7月,北海市自治区层面重大项目完成投资140.34亿元。广西北海德金科技新材料项目开工建设,"
        "拟建设2条1200t/d一窑六线光伏玻璃生产线、1条4GW光伏玻璃组件生产线、1条200万吨石英砂制备生产线。"
        "该项目建成投产后年发电量近10亿千瓦时。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 10, 20))
    assert facts["140.34亿元"][2:] == ("2022M1-M7", "stated")
    for surface in ("2条", "4GW", "200万吨", "10亿千瓦时"):
        assert facts[surface][2:] == ("-", "unknown"), surface


def test_a_period_opening_its_paragraph_states_the_period_of_the_paragraph():
    # f19_03_shanxi_m1m5_2025: 1-5月份, opens the paragraph (ruling 1: a section's opening clause)
    text = "标题\n1-5月份,全省规模以上工业增加值同比增长6.7%。从三大门类看,采矿业增加值增长7.8%,制造业增长4.9%。\n"
    facts = facts_by_surface(text, dt.date(2025, 6, 26))
    assert facts["7.8%"][2:] == ("2025M1-M5", "stated")


def test_a_span_opening_its_paragraph_states_what_was_done_over_it():
    # fj1_09_huimin_review_2017_2021: 五年来, opens the paragraph; a count over the span is stated
    text = (
        "标题\n五年来,我们坚持量质并举,积能蓄势谋创新,转型态势稳健强劲。项目建设提速增质。"
        "引进过亿元项目94个,累计到位市外资金262.52亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 10))
    assert facts["94个"][2:] == ("2017-2021", "stated")


def test_a_breakdown_of_a_sentence_a_paragraph_lead_opens_is_stated():
    # fo1_08_songming_q1_2022: 一季度,… opens the paragraph; 其中 breaks its sentence down
    text = "标题\n一季度,全县地区生产总值完成40.13亿元(现价),同比增长2.9%(可比价)。其中,第一产业增加值5.34亿元,同比增长4.1%。\n"
    facts = facts_by_surface(text, dt.date(2022, 4, 25))
    assert facts["5.34亿元"][2:] == ("2022Q1", "stated")


def test_a_breakdown_after_a_lead_in_and_a_period_is_stated():
    # a04_yunhe_bulletin_2022: 初步核算,2022年,… opens the paragraph after a short lead-in: it governs its 其中 sentence
    # (ruling 1 as parts Q–T read it, 统计显示,今年前三季度,…。其中,…; round 15 — the a04 gold still reads inferred)
    text = (
        "标题\n初步核算,2022年,全县实现生产总值(GDP)951435万元,按可比价格计算,比上年下降4.1%。"
        "其中,第一产业增加值57116万元,增长2.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 20))
    assert facts["57116万元"][2:] == ("2022", "stated")


def test_a_lead_taking_stock_at_a_quarters_end_frames_a_progress_report_on_the_quarter():
    # fn1_09_ningxia_projects_q1_2018: 截至3月底 opens the lead; a later paragraph that names no period is Q1's
    text = (
        "宁夏90个重点建设项目开工率达80%\n\n"
        "4月17日,记者从宁夏发展改革委获悉,截至3月底,我区安排的90个重点建设项目,已有72个开工建设,开工率达80%。\n\n"
        "今年,我区共安排重点建设项目90个,总投资3035亿元,当年计划投资877亿元。\n\n"
        "一季度,我区45个重大产业项目中的31个工业项目已开工26个,开工率为84%。\n\n"
        "25个重大基础设施项目已开工20个,开工率为80%。其中水利项目完成投资5.8亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 4, 18))
    assert facts["5.8亿元"][2:] == ("2018Q1", "inferred")
    assert facts["877亿元"][2] == "2018"


def test_a_ranking_lists_year_well_before_its_baiqiang_is_read():
    # fk1_11_changzhou_devzone_2022: the list's year stands 16 characters before 百强
    text = (
        "不久前举办的研讨会发布了报告,报告揭晓了“2023中国省级开发区高质量发展百强榜单”。\n"
        "根据榜单,在参与评价的2100余个省级开发区中,江苏有15个开发区入选百强,是数量最多的省份。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 11, 8))
    assert facts["15个"][2:] == ("2023", "inferred")


def test_a_plan_whose_target_is_reached_is_not_carried_on():
    # fp1_09_neimenggu_govreport_2025 (a mirror that writes pinyin in parentheses): the year in force stays 2024
    text = (
        "一、2024年工作回顾\n过去一年,我们坚定信心、迎难而上。单位GDP能耗下降3%,提前一年达到“十四五”规(guī)划控制目标。"
        "引进到位资金超5300亿元。算力总规模达到9.4万P。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 1, 14))
    assert facts["5300亿元"][2] == "2024"
    assert facts["9.4万"][2] == "2024"


def test_a_starting_level_of_the_same_period_a_year_before():
    # fp2_02_jiangxi_halfyear_2022: 由上年同期的5.3∶45.2∶49.5调整为4.7∶45.7∶49.6 (H1 2022 → H1 2021)
    text = (
        "标题\n  分产业看,上半年第一产业增加值715.7亿元,同比增长6.1%。"
        "产业结构不断优化,三次产业结构由上年同期的5.3∶45.2∶49.5调整为4.7∶45.7∶49.6。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 20))
    assert facts["5.3∶45.2∶49.5"][2:] == ("2021H1", "stated")
    assert facts["4.7∶45.7∶49.6"][2] == "2022H1"


def test_a_run_from_a_quarter_inside_its_clause_goes_on_to_the_period_in_force():
    # fp2_02_jiangxi_halfyear_2022: 自一季度以来逐月攀升,同比增长40% in a half-year report
    text = (
        "标题\n  ——内外需求稳步增长。上半年,固定资产投资同比增长10.6%,社会消费品零售总额同比增长5.6%,"
        "外贸进出口自一季度以来逐月攀升,同比增长40%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 20))
    assert facts["40%"][2:] == ("2022H1", "stated")


def test_that_day_beyond_its_paragraph_states_the_day_the_text_writes():
    # fp1_06_neimenggu_projects_2023: the launch day is written in the lead; 当天 in a later paragraph's sentence
    text = (
        "标题\n3月31日,内蒙古自治区2023年高质量发展重大项目集中开工活动举行。\n"
        "在包头市分会场,当天93个重大项目集中开复工。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 1))
    assert facts["93个"][2:] == ("2023-03-31", "stated")


def test_a_breakdown_among_classes_after_a_paragraph_lead_is_stated():
    # fo1_08_songming_q1_2022: 1-3月,…。三个工业门类中,… breaks the lead sentence down
    text = (
        "标题\n1-3月,全县规模以上工业总产值同比增长1.6%;规模以上工业增加值同比增长0.1%。"
        "三个工业门类中,采矿业增加值同比增长877.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 25))
    assert facts["877.7%"][2:] == ("2022Q1", "stated")  # 1-3月 is Q1 (ruling 9)
