"""Facts rules added for issue #19 (part J as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_county_short_name_right_before_its_own_word_is_the_texts_place():
    # fj1_05_jinyun_h1_2023: 缙云 is written once, as 缙云全县; the rest says 全县
    text = (
        "上半年,缙云全县上下深入学习贯彻党的二十大精神,全县经济运行延续向好态势。\n"
        "据初步核算,2023年上半年全县实现生产总值145.17亿元,同比增长6.4%。\n"
    )
    assert facts_by_surface(text, dt.date(2023, 7, 27))["145.17亿元"][0] == "缙云"


def test_a_district_word_under_a_named_province_takes_the_district_the_text_writes():
    # fj1_01_zhonglou_targets_2024: 江苏 is named (江苏工作), the text says 全区 and writes 钟楼 once
    text = (
        "今年政府工作的总体思路是:贯彻习近平总书记对江苏工作重要讲话精神,书写好中国式现代化钟楼答卷。\n"
        "全区经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长3%左右。\n"
    )
    assert facts_by_surface(text, dt.date(2024, 1, 23))["6%"][0] == "钟楼"


def test_a_province_that_calls_itself_the_whole_province_is_not_the_city_it_names_once():
    # fj2_02_hunan_review_2022: 全省上下…; 长沙 is named once, late, in an accident's name
    text = (
        "奋斗2022\n2022年,面对风高浪急的国际环境,全省上下始终以迎接党的二十大胜利召开为主线。\n"
        "●地方一般公共预算收入达3101.8亿元,同口径增长6.6%\n"
        "深刻汲取长沙“4·29”特别重大居民自建房倒塌事故教训,安全生产事故起数下降10.4%。\n"
    )
    assert facts_by_surface(text)["3101.8亿元"][0] == "湖南"


def test_a_place_that_starts_an_examples_name_is_not_the_subject():
    # fj2_09_hubei_projects_q2_2023: 荆州先导…等重大产业项目 are the province's projects
    text = (
        "5月18日,2023年二季度湖北省重大项目集中开工活动举行。\n"
        "具体来看,荆州先导电子信息材料等重大产业项目1365个,总投资7510亿元。"
        "恩施市中医院迁建等社会民生项目156个,总投资704亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 5, 18))
    assert facts["1365个"][0] == "湖北" and facts["156个"][0] == "湖北"


def test_a_place_that_leads_a_later_sentence_does_not_govern_the_figures_before_it():
    # fj2_09_hubei_projects_q2_2023: 武汉、宜昌… lead the paragraph's second sentence only
    text = (
        "5月18日,2023年二季度湖北省重大项目集中开工活动举行。\n"
        "据了解,这次集中开工项目2034个,总投资1.1万亿元。武汉、宜昌项目投资总额均超过千亿元。\n"
    )
    assert facts_by_surface(text, dt.date(2023, 5, 18))["2034个"][0] == "湖北"


def test_a_zone_of_the_unit_named_in_the_title_is_the_texts_place():
    # fj1_04_quanzhou_devzone_2018: 泉州开发区, not 泉州
    text = (
        "【新闻背景】 目前,泉州开发区共有各类市场主体6995家,拥有产值超亿元企业46家。泉州开发区位于泉州市区。\n"
        "今年1-6月份,GDP比增9.8%;工业增加值比增9.1%。GDP增幅位居泉州市第一。\n"
    )
    assert facts_by_surface(text, dt.date(2018, 10, 17))["9.8%"][0] == "泉州开发区"


def test_months_one_to_six_are_the_first_half_and_a_years_target_is_not_a_period():
    # fj1_04_quanzhou_devzone_2018: 今年1-6月份 → 2018H1; 完成全年任务74.9% is progress in that half
    text = (
        "泉州开发区半年报\n泉州开发区推动产业转型升级。今年1-6月份,GDP比增9.8%;"
        "实际利用外资完成全年任务74.9%;外贸出口比增7.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 10, 17))
    assert facts["9.8%"][2:] == ("2018H1", "stated")
    assert facts["74.9%"][2] == "2018H1" and facts["7.2%"][2] == "2018H1"


def test_a_lead_outside_the_paragraphs_is_one_sentence_across_its_semicolons():
    # fj1_04_quanzhou_devzone_2018: the lead (taken for the title) opens with 目前 and lists stocks after ；
    text = (
        "【新闻背景】 目前,泉州开发区共有各类市场主体6995家,拥有产值超亿元企业46家;税收超亿元企业3家,"
        "超千万元企业23家;上市企业8家。\n今年1-6月份,GDP比增9.8%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 10, 17))
    assert facts["23家"][2:] == ("as_of_publication", "stated")


def test_a_span_gives_what_was_done_over_it_and_its_last_year_to_a_level():
    # fj1_09_huimin_review_2017_2021: 五年来 over a paragraph; 达 marks the state reached
    text = (
        "政府工作报告\n过去五年工作回顾\n"
        "五年来,我们坚持量质并举,转型态势稳健强劲。项目建设提速增质。引进过亿元项目94个,累计到位市外资金262.52亿元。"
        "规模以上工业企业达148家。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 20))
    assert facts["94个"][2] == "2017-2021" and facts["262.52亿元"][2] == "2017-2021"
    assert facts["148家"][2] == "2021"


def test_a_year_that_starts_a_record_is_not_the_year_in_force():
    # fj2_02_hunan_review_2022: 1961年有完整气象记录以来最严重旱情
    text = (
        "奋斗2022\n2022年,全省上下攻坚克难。\n"
        "积极应对3轮低温雨雪冰冻灾害,以及1961年有完整气象记录以来最严重旱情,经受了夏季电力4043万千瓦历史最大负荷考验。\n"
    )
    assert facts_by_surface(text)["4043万千瓦"][2] == "2022"


def test_a_table_written_one_cell_a_line_takes_its_row_label_and_caption():
    # fi1_09_shandong_county_gdp_2016: 序号 | 县(市区) | 单位(亿元) |, one cell per line
    text = (
        "山东县域经济\n山东省共有137个县(市、区)。\n全省137个县(市、区)2016年度GDP排列:\n按GDP规模:\n"
        "序号 |\n县(市区) |\n单位(亿元) |\n1 |\n黄岛区 |\n2766 |\n2 |\n张店区 |\n1209 |\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 3, 1))
    assert facts["2766"][:2] == ("黄岛", "地区生产总值") and facts["1209"][:2] == ("张店", "地区生产总值")


def test_a_title_that_counts_a_provinces_units_is_about_the_province():
    # fi2_07_yunnan_16_prefectures_2021: 云南16州(市)…大理州跻身千亿级行列
    text = (
        "云南16州(市)GDP数据出炉!大理州跻身千亿级行列\n据云南省统计局消息\n"
        "全省实现地区生产总值27146.76亿元,同比增长7.3%。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 2, 1))["27146.76亿元"][0] == "云南"


def test_a_numbered_heading_with_a_comma_states_the_year_of_its_section():
    # fi2_10_jinxian_govreport_2019: 一、奋发有为,2018年迈出铿锵步伐
    text = (
        "政府工作报告\n——2019年2月16日在进贤县第十七届人民代表大会第四次会议上\n一、奋发有为,2018年迈出铿锵步伐\n"
        "2018年是我县爬坡过坎的一年。全年共实现地区生产总值362.7亿元,同比增长9.1%。完成固定资产投资166.5亿元,增长11.6%。\n"
    )
    assert facts_by_surface(text, dt.date(2019, 2, 16))["166.5亿元"][2:] == ("2018", "stated")


def test_a_work_report_names_the_five_years_it_reviews_and_a_december_one_ends_in_its_year():
    # fi1_01_quanjiao_govreport_2021: delivered 2021-12-26; “这是…的五年。” opens each review paragraph
    text = (
        "全椒县人民政府工作报告\n一、本届政府和2021年工作回顾\n"
        "这是凝心聚力、奋勇争先,综合实力显著增强的五年。财政收入连续跨越20亿元、30亿元台阶,年均增长10.4%;"
        "累计完成固定资产投资818亿元。县域综合竞争力跃升至全省第18位,目标管理考核跃居全市第2位。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 12, 26))
    assert facts["818亿元"][2:] == ("2017-2021", "inferred")
    assert facts["第18位"][2] == "2021" and facts["第2位"][2] == "2021"


def test_an_estimate_written_early_in_the_year_is_of_the_year_just_ended():
    # fj2_04_hunan_dongan_2022: a county medium quotes the province's report of January 2022
    text = (
        "新的一年,“新”的作为,新的速度!\n"
        "17日上午,省长代表湖南省人民政府所作的《政府工作报告》,对2022年工作全面贯彻新发展理念。\n"
        "“新”是新的速度。“预计全省地区生产总值达4.58万亿元,增长7.8%左右;非税占比30.9%,下降0.7个百分点,"
        "为近5年来最好水平;城乡居民收入分别增长7.6%、10.3%。”\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 20))
    assert facts["4.58万亿元"][2:] == ("2021", "inferred")
    assert facts["7.6%"][2] == "2021"


def test_a_lead_that_announces_last_years_data_frames_the_text():
    # fi1_08_zhejiang_qianyixian_chinanews_2024: 该省各县(市、区)均已公布去年GDP数据
    text = (
        "浙江“千亿县”增至28个 县域经济“头尾”均有亮点\n"
        "杭州2月21日电 (王逸飞 钱晨菲)作为中国经济大省,浙江依靠“强县域”模式起家。近期,该省各县(市、区)均已公布去年GDP数据。"
        "从最新情况看,浙江的“千亿县”达28个。\n从浙江“千亿县”总量分布看,杭州8个、宁波7个。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 21))
    assert facts["8个"][2] == "2023" and facts["7个"][2] == "2023"


def test_an_average_or_a_total_over_the_span_in_its_clause_is_over_the_span():
    # fj1_09_huimin_review_2017_2021: 分别年均增长6.42%、8.37%; 累计完成固定资产投资601亿元
    text = (
        "政府工作报告\n过去五年及2021年工作回顾\n"
        "五年来,全县GDP年均增长4.15%;一般公共预算收入由2016年的9.6亿元增加至2021年的20.7亿元,年均增长16.63%;"
        "城镇和农村居民人均可支配收入分别年均增长6.42%、8.37%;累计完成固定资产投资601亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 20))
    assert facts["8.37%"][2] == "2017-2021" and facts["601亿元"][2] == "2017-2021"


def test_a_sentence_opening_with_qizhong_has_the_period_of_the_one_before_but_does_not_write_it():
    # f19_07 / fj2_05 / c04 (parts C, G, J): 其中 continues the sentence before for the period; the basis is inferred
    text = "经济运行\n2023年上半年全县实现生产总值145.17亿元,同比增长6.4%。其中,第一产业增加值6.06亿元,同比增长4.0%。\n"
    facts = facts_by_surface(text, dt.date(2023, 7, 27))
    assert facts["145.17亿元"][2:] == ("2023H1", "stated")
    assert facts["6.06亿元"][2:] == ("2023H1", "inferred")


def test_a_figure_after_a_list_of_places_is_about_all_of_them():
    # fi1_08_zhejiang_qianyixian_chinanews_2024, fj2_09_hubei_projects_q2_2023
    text = (
        "浙江千亿县\n其中,嘉兴平湖市(1008.7亿元)、嘉兴南湖区(1001.92亿元)、宁波宁海县(1001.2亿元)去年首次突破1000亿元。"
        "从总量分布看,杭州8个、宁波7个。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 21))
    assert facts["1000亿元"][0] == "平湖、南湖、宁海"
    assert facts["1001.92亿元"][0] == "南湖" and facts["7个"][0] == "宁波"


def test_a_plan_in_a_quarterly_report_is_of_the_whole_year():
    # c04_daqing_q1_2017: 全市计划播种面积1128万亩 under 一季度
    text = (
        "大庆一季度经济运行\n一季度,全市地区生产总值增长2.5%。\n"
        "春耕生产稳步推进。据农委统计,全市计划播种面积1128万亩(水田168万亩、旱田960万亩)。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 4, 20))
    assert facts["1128万亩"][2] == "2017" and facts["2.5%"][2] == "2017Q1"


def test_a_gap_with_the_province_names_both_and_an_example_before_deng_is_no_subject():
    # fj2_06_liupanshui_govreport_2019: 比全省高1.18万元; 远销俄罗斯、加拿大、台湾等国家和地区
    text = (
        "六盘水市政府工作报告\n——2019年1月12日在六盘水市第七届人民代表大会第四次会议上\n"
        "人均地区生产总值5.18万元,比全省高1.18万元。"
        "540吨红心猕猴桃远销俄罗斯、加拿大、台湾等国家和地区;规模以上工业产品产销率达到98.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 1, 12))
    assert set(facts["1.18万元"][0].split("、")) == {"六盘水", "贵州"}
    assert facts["98.9%"][0] == "六盘水"


def test_a_run_since_a_month_ends_at_the_half_in_force():
    # fj2_08_sichuan_h1_2009: 上半年… 自3月份以来已连续4个月单月全社会固定资产投资超过1000亿元
    text = (
        "四川上半年经济运行\n上半年四川省地区生产总值达6015亿元,同比增长13.5%。\n"
        "二是投资快速增长。四川省自3月份以来已连续4个月单月全社会固定资产投资超过1000亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2009, 7, 21))
    assert facts["4个月"][2] == "2009M3-M6"


def test_a_two_year_average_compares_with_the_same_period_two_years_before():
    # fj1_05_jinyun_h1_2023; round 7 (period7) reads 两年平均 as a comparison, as parts A and M do (a04, fm2_03,
    # fm2_10: 2021Q1/2019Q1 without 2019 written); fj1_05's gold (2022H1-2023H1) is the odd one out
    text = (
        "缙云经济运行\n据初步核算,2023年上半年全县实现生产总值145.17亿元,同比增长6.4%;"
        "两年平均增长6.0%,两年平均增速居全市第2。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 7, 27))
    assert facts["6.0%"][2] == "2023H1/2021H1" and facts["第2"][2] == "2023H1/2021H1"
    assert facts["6.4%"][2] == "2023H1"


def test_a_comparison_gives_its_earlier_side_after_from_and_its_later_after_to():
    # fi2_06_yunnan_history_2021, fi1_01_quanjiao_govreport_2021
    text = "云南经济\n2020年达到24521.90亿元,是2012年的2.2倍,在全国的排位从第24位跃升到第18位。\n"
    facts = facts_by_surface(text, dt.date(2021, 6, 1))
    assert facts["第24位"][2] == "2012" and facts["第18位"][2] == "2020"
    assert facts["2.2倍"][2] == "2020/2012"


def test_a_value_in_parentheses_after_a_compared_period_is_that_periods():
    # fj2_05_liulin_h1_2024: 较一季度(-10.8%)回升; 较上年同期(3.2%)大幅增长
    text = (
        "柳林经济运行\n二季度全县地区生产总值为1437936万元,比上年同期增长-8.7%,较一季度(-10.8%)回升2.1个百分点。\n"
        "上半年,农林牧渔业增加值18100万元,增长11.6%,较上年同期(3.2%)大幅增长。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 9, 9))
    assert facts["-10.8%"][2] == "2024Q1"
    assert facts["3.2%"][2] == "2023H1" and facts["11.6%"][2] == "2024H1"
