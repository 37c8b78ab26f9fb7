"""Facts rules added for issue #19 (round 11, part Q as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_part_of_the_year_before_compared_with_is_that_part():
    # fq2_01_chaoyang_q1_2025: 较上年四季度 is the fourth quarter of 2024, compared with in its own clause only
    text = (
        "一季度,第一产业总体稳定。\n"
        "第二产业回升向好,工业增加值同比增长8.0%,增速较上年四季度提高0.9个百分点,拉动经济增长2.0个百分点,"
        "占GDP的比重为26.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["0.9个百分点"][2] == "2025Q1/2024Q4"
    assert facts["2.0个百分点"][2] == "2025Q1"
    assert facts["26.2%"][2] == "2025Q1"


def test_a_period_opening_a_numbered_section_states_the_period_of_the_section():
    # fq2_01_chaoyang_q1_2025: 一季度,… opens the section under 一、; the breakdown paragraph after it is stated
    # (project-wide ruling 1: to the end of the section)
    text = (
        "一季度,市委、市政府坚持稳中求进工作总基调,经济运行起步平稳。\n"
        "一、经济运行平稳,实现良好开局\n"
        "一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位;同比增长5.5%。\n"
        "分产业看,第一产业增加值27.5亿元,增长3.4%,全省第8位。\n"
        "二、三次产业齐发力,工业生产明显加快\n"
        "第二产业回升向好,工业增加值同比增长8.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["27.5亿元"][2:] == ("2025Q1", "stated")
    assert facts["第8位"][2:] == ("2025Q1", "stated")
    assert facts["8.0%"][2:] == ("2025Q1", "inferred")  # the next section opens on no period


def test_a_reviews_subtitle_naming_the_period_is_a_heading():
    # fq1_01_jilinshi_halfyear_2025: ——…上半年…综述 names the half the whole review is about (ruling 1, a heading)
    text = (
        "工业强基 三产并进 在松花江畔书写振兴新篇\n"
        "——吉林市上半年经济社会高质量发展综述\n"
        "本报记者 李婷 张添奥 姜岸松\n"
        "年初以来,吉林市锚定目标,对标对表、实干攻坚。数据显示,上半年吉林市地区生产总值完成 780 亿元,增长 6.4%。\n"
        "工业经济以量稳增。吉林市突出骨干扩产,吉林石化完成原油加工量 484.2 万吨、增产近 17万吨。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 8, 6))
    assert facts["484.2 万吨"][2:] == ("2025H1", "stated")


def test_a_plans_title_on_a_line_of_its_own_is_a_heading():
    # fq2_02_xianyang_plan_2023: the targets under 咸阳市2023年国民经济和社会发展计划 state its year
    text = (
        "咸阳市2023年国民经济和社会发展计划\n\n\n"
        "2023年全市经济社会发展的总体要求是:以习近平新时代中国特色社会主义思想为指导,奋力谱写高质量发展新篇章。\n\n"
        "主要预期目标是:生产总值增长6%左右,规模以上工业增加值增长7%左右;粮食产量保持在180万吨以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 21))
    assert facts["6%"][2:] == ("2023", "stated")
    assert facts["180万吨"][2:] == ("2023", "stated")


def test_a_month_range_in_words_is_read():
    # fq2_06_fangxian_q3_2018: 元至九月 (元: January) opens its paragraph, the months as written
    text = (
        "本报讯 前三季度,全县上下紧紧围绕发展定位,经济社会发展呈现出稳中有进,稳中向好。\n"
        "元至九月,全县完成生产总值56.7亿,增长7.5%;地方公共财政预算收入4.47亿元,增长31.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 11, 16))
    assert facts["56.7亿"][2:] == ("2018Q1-Q3", "stated")  # 元至九月 (ruling 9)
    assert facts["31.2%"][2:] == ("2018Q1-Q3", "stated")  # 元至九月 (ruling 9)


def test_a_work_reports_title_year_is_not_the_year_it_reviews():
    # fq1_02_xiangtanxian_govreport_2022: 湘潭县2023年政府工作报告, delivered in December 2022, reviews 2022
    text = (
        "湘潭县2023年政府工作报告\n各位代表:\n"
        "    现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "    一、全面回顾全年工作,切实增强发展信心\n"
        "    今年以来,全县上下负重前行、迎难而上,较好完成了全年经济社会发展的主要目标任务。\n"
        "    1.经济运行企稳向好。预计全年地区生产总值完成595亿元,增长5.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 12, 23))
    assert facts["595亿元"][2] == "2022"
    assert facts["5.5%"][2] == "2022"


def test_up_to_a_months_end_opening_a_clause_is_the_months_to_it():
    # fq2_07_yangxian_2017: 至10月底 (no 截至) opening a clause counts the year's months up to it
    text = (
        "标题\n今年以来,该县以“追赶超越”为主题,经济发展速度不断加快。至10月底,全县完成财政收入4.91亿元,"
        "88个重点项目完成投资93亿元,新开工建设项目52个,开工率100%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 11, 15))
    assert facts["4.91亿元"][2:] == ("2017M1-M10", "stated")
    assert facts["93亿元"][2:] == ("2017M1-M10", "stated")


def test_a_two_year_average_over_quarters_compares_the_same_quarters():
    # fq2_09_guizhou_q3_2021: 两年平均增长 in a 前三季度 report is against 2019Q1-Q3
    text = "标题\n统计显示,今年前三季度,我省地区生产总值 13985.53 亿元,同比增长 8.7%,两年平均增长 5.9%。\n"
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["8.7%"][2] == "2021Q1-Q3"
    assert facts["5.9%"][2] == "2021Q1-Q3/2019Q1-Q3"


def test_a_subtitles_this_year_does_not_keep_a_batchs_figures_from_its_day():
    # fq1_10_guizhou_projects_2017: 今年 in the subtitle, not in the figure's sentence: the launch day's figures
    text = (
        "2017贵州省第一批重大项目集中开工 总投资3815.6亿元\n"
        "今年贵州省第一批重大项目集中开工\n"
        "1月11日,2017年贵州省第一批重大项目集中开工仪式在安顺市平坝区举行,其他8个市(州)和贵安新区在分会场分别举行。"
        "贵州省616个重大项目集中开工,总投资3815.6亿元。\n"
        "开工重大项目聚焦四大领域,其中数字经济项目共37个,总投资327.4亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 1, 11))
    assert facts["616个"][2:] == ("2017-01-11", "stated")  # the paragraph writes the day
    assert facts["37个"][2:] == ("2017-01-11", "inferred")  # the subtitle names the year, not the day


def test_this_years_plan_words_govern_their_own_clause_only():
    # fq2_10_shijiazhuang_projects_2019: 当年计划投资 is the year's plan for its clause; the next ；-part is not stated
    text = (
        "标题\n\n  记者获悉,石家庄市2019年列入省重点项目计划40项,项目总数并列全省第一。\n\n"
        "  其中,计划开工项目10项,总投资56.2亿元,当年计划投资17.2亿元;续建项目10项,总投资531.5亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 2, 1))
    assert facts["17.2亿元"][2:] == ("2019", "stated")
    assert facts["10项"][2:] == ("2019", "inferred")


def test_a_run_since_a_year_that_reaches_a_record_is_no_period():
    # fq1_04_heilongjiang_q1_2018: 为2014年以来同期最好水平 is a record's reach; the next clause keeps the quarter
    text = (
        "标题\n据统计部门初步核算,一季度黑龙江省实现地区生产总值3067.2亿元,比上年同期增长5.6%。\n"
        "总体看,特别是全省规模以上工业增加值比上年同期增长4.1%,为2014年以来同期最好水平;全省民间投资增长58.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 4, 25))
    assert facts["58.1%"][2] == "2018Q1"


def test_a_title_that_is_only_a_period_is_a_heading():
    # fq1_07_chengdu_gaoxin_q3_2021: the banner 今年前三季度 over the repost's lines
    text = (
        "今年前三季度\n成都高新区实现地区生产总值2034.2亿元!\n增长11.1%!\n\n"
        "成都高新区实现地区生产总值2034.2亿元,同比增长11.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 2))
    assert facts["11.1%"][2:] == ("2021Q1-Q3", "stated")
