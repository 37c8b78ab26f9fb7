"""Facts rules added for issue #19, round 9 (place; parts K to O as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

_SICHUAN_COUNTIES = (
    "四川2024年經濟運行穩中有進 縣域經濟加快向“橄欖型”結構演進\n"
    "總體來看,2024年,四川省183個縣(市、區)中,地區生產總值(GDP)全部實現增長,超100億元的133個、占72.7%。其中,"
    "超1000億元的區12個,較上年增加1個;500億元—1000億元區間縣域24個,較上年增加3個;100億元—500億元區間縣域97個,"
    "較上年增加4個;低于100億元縣域50個,較上年減少4個。\n"
)


def test_a_money_value_right_before_a_count_of_places_is_a_threshold_of_no_place():
    # fo1_03_sichuan_county_bulletin_2024: 超100億元的133個, 超1000億元的區12個, 500億元—1000億元區間縣域24個,
    # 低于100億元縣域50個: each value defines a class of counties counted after it (FACTS.md: a threshold, `-`)
    facts = facts_by_surface(_SICHUAN_COUNTIES, dt.date(2025, 4, 8))
    assert facts["100億元"][0] == "-"
    assert facts["1000億元"][0] == "-"
    assert facts["500億元—1000億元"][0] == "-"


def test_a_money_value_of_a_unit_before_a_count_of_its_projects_stays_the_units():
    # d04_wulian_govreport_targets_2013: 实施总投资35亿元的80项城建重点工程 (a count of projects, not of places)
    text = "五莲县政府工作报告\n启动重点城建工程建设,年内实施总投资35亿元的80项城建重点工程,新增城区绿化面积。\n"
    facts = facts_by_surface(text, dt.date(2013, 2, 1))
    assert facts["35亿元"][0] == "五莲"


def test_a_threshold_its_member_is_said_to_pass_is_that_members():
    # f19_09_anhui_counties_gdp_2020: 肥西縣是目前安徽唯一GDP超過800億元的縣域 (no count after it): 肥西's
    text = (
        "全省20強榜單出爐!安慶一地上榜!\n當涂縣以463.5億元排在第10。在20強梯隊中,肥西縣是目前安徽唯一GDP超過800億元"
        "的縣域;肥東成功邁上700億元臺階,長豐突破600億元。同時,超過400億元的縣域有13個。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 1))
    assert facts["800億元"][0] == "肥西"


def test_a_part_of_a_year_before_a_place_leaves_it_the_clauses_subject():
    # fo2_01_jiangsu_gdprace_2023 (江苏's text): 上半年连云港全市快递业务量27265万件 is 连云港's
    text = (
        "江苏13市上半年GDP出炉\n日前,江苏省统计局发布2023上半年全省经济运行成绩单。\n"
        "数据显示,上半年连云港全市快递业务量27265万件,同比增长43.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 8, 1))
    assert facts["27265万件"][0] == facts["43.0%"][0] == "连云港"


def test_a_month_before_a_place_leaves_it_the_clauses_subject():
    # fo1_04_guizhou_projects_2018 (贵州's text): 分地区看,7月份贵阳市新开工亿元以上项目3个、总投资43.6亿元
    text = (
        "今年以来,全省各地各部门聚焦三大攻坚战。其中,7月份,新开工亿元以上项目63个,总投资323.72亿元。"
        "分地区看,7月份贵阳市新开工亿元以上项目3个、总投资43.6亿元,遵义市新开工亿元以上项目9个。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 8, 10))
    assert facts["3个"][0] == facts["43.6亿元"][0] == "贵阳"


_XIAN_ZONE = (
    "西安经开区全国排名上升5位\n"
    "华商报网2024年1月3日发布,商务部发布了国家级经开区综合发展水平考核评价综合排名及部分单项排名情况,西安经开区较去年"
    "大幅提升5位,排名全国230家国家级经开区的第23名。\n"
    "近年来,西安经开区加快陕西自贸试验区西安经开功能区、西安关中综合保税区(经开区)两大开放平台的建设发展,2022年,"
    "经开区实现进出口总额557.8亿元,同比增长30.4%,占西安市进出口总额的12.5%。\n"
)


def test_a_title_naming_one_zone_and_no_unit_is_the_zones():
    # fo1_07_xian_devzone_2024: the title names 西安经开区 alone; 西安 is named later (西安市, 西安关中综合保税区)
    facts = facts_by_surface(_XIAN_ZONE, dt.date(2024, 1, 3))
    assert facts["557.8亿元"][0] == facts["30.4%"][0] == "西安经开区"


def test_a_place_after_a_named_body_in_a_list_starts_the_next_bodys_name():
    # fo1_07: 西安经开功能区、西安关中综合保税区: the second 西安 begins a body's name, not the clause's subject
    facts = facts_by_surface(_XIAN_ZONE, dt.date(2024, 1, 3))
    assert facts["557.8亿元"][0] != "西安"


def test_the_city_of_the_main_zone_in_a_relation_joins_it():
    # fo1_07: 占西安市进出口总额的12.5% in 西安经开区's text: a share of its city's total
    facts = facts_by_surface(_XIAN_ZONE, dt.date(2024, 1, 3))
    assert facts["12.5%"][0] == "西安经开区、西安"


def test_a_short_name_right_before_a_self_word_of_its_suffix_is_a_place():
    # fi1_05_zhejiang_qianyixian_2024 (浙江's text): 2024年义乌全市实现进出口总额6689.3亿元: 义乌市's total
    text = (
        "浙江“千亿县”再扩容\n浙江县域经济总量再创新高。义乌国际商贸城客流超22万人次。\n"
        "从宏观看,2024年义乌全市实现进出口总额6689.3亿元,比上年增长18.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 2, 1))
    assert facts["6689.3亿元"][0] == "义乌"


def test_the_country_in_a_national_rankings_name_is_no_place():
    # fo1_01_sichuan_county_race_2023: 2023年全国百强县数量增加至7个 is no figure of 全国: a count of places, '-'
    # since ruling 4 (it was 四川's count of members before)
    text = (
        "本报讯(四川日报全媒体记者 史晓露)7月10日,在全省县域经济高质量发展推进会议上,省发展改革委通报全省县域经济"
        "发展情况。记者从会上获悉,2023年,四川县域经济总量迈上新台阶。\n"
        "县域发展结构更趋优化。146个县域中,经济总量超600亿元的县域从2021年的4个增至2023年的8个,200亿元至600亿元的"
        "县域从2021年的51个增至56个。"
        "特别是2021年西昌市、简阳市跻身全国百强县,实现四川全国百强县零的突破;2023年全国百强县数量增加至7个,"
        "入围数量居全国第五。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 7, 11))
    assert facts["7个"][0] == "-"


def test_a_gap_after_jiao_relates_the_main_place_and_the_country():
    # fo2_11_chongqing_q3_2015: 全市實現地區生產總值11252.67億元,同比增長11%,較全國高4.1個百分點 → 重庆、全国
    text = (
        "2015年前三季度重慶市經濟運行情況\n初步核算顯示,前三季度,全市實現地區生產總值11252.67億元,同比增長11%,"
        "較全國高4.1個百分點。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 10, 20))
    assert facts["4.1個百分點"][0] == "重庆、全国"
    assert facts["11%"][0] == "重庆"
