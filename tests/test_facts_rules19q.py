"""Facts rules added for issue #19, round 8 (place; parts K, L, M and N as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text
from tests.facts_helpers import facts_by_surface


def test_a_value_in_brackets_right_after_a_place_is_that_places():
    # fn1_10_henan_county_race_2022: 我省的巩义市(第45位)、新郑市(第56位): each rank is its county's, not 河南's
    text = (
        "河南6地上榜全国百强县\n"
        "赛迪百强县榜单从经济实力、增长潜力、富裕程度、绿色发展四大维度构建了县域经济高质量发展评价体系。"
        "我省的巩义市(第45位)、新郑市(第56位)、永城市(第60位)入选2022赛迪百强县榜单。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 22))
    assert facts["第45位"][0] == "巩义"
    assert facts["第56位"][0] == "新郑"


def test_a_value_in_brackets_after_a_self_word_is_the_unit_it_names():
    # f21_05_meizhou_halfyear: 比全省(7.7%) in 梅州's text is 广东's rate; the figure before it stays 梅州's
    text = "梅州市上半年经济运行情况\n全市地区生产总值增长5.1%,比全省(7.7%)低2.6个百分点。\n"
    facts = facts_by_surface(text, dt.date(2021, 7, 30))
    assert facts["7.7%"][0] == "广东"
    assert facts["5.1%"][0] == "梅州"


_HUBEI_COUNTIES = (
    "文章核心观点 - 湖北县域经济在“十四五”期间实现了“进位提质”与“特色生长”,经济总量占全省近六成,百强县数量稳居"
    "中部第一 [1][11] 湖北县域经济整体表现与地位 - 2024年湖北县域地区生产总值达到3.5万亿元,占全省GDP比重为58% [3]"
    " - “十四五”期间,湖北百强县数量稳居中部第一、全国第四 [3] 百强县进位提质 - 2021年至2025年间,湖北8个百强县"
    "排名集体显著跃升,例如仙桃市从第76位升至第52位,大冶市从第79位升至第53位 [3][4] - 2025年,湖北百强县数量在中部"
    "地区强势领跑,湖南、安徽各有3席,江西仅有1席 [4] 千亿县扩容蓄势待发 - 仙桃市于2022年以1013.14亿元GDP成为湖北省"
    "首个“千亿县” [5][6] - 截至2024年,湖北拥有5个GDP超过900亿元的“准千亿县”,分别是宜都(963.04亿元)、潜江"
    "(951.97亿元)、汉川(940.05亿元)、大冶(930.71亿元)和枝江(900.72亿元) [5][6] - 湖北县域规上工业企业2462家\n"
)


def test_a_title_naming_several_counties_of_a_unit_it_names_more_is_that_units():
    # fn1_04_hubei_county_race_2025 (one line: all of it is the title): 湖北 named far more than 仙桃 and 大冶,
    # both under it: 湖北's text, not 仙桃's
    facts = facts_by_surface(_HUBEI_COUNTIES, dt.date(2025, 9, 1))
    assert facts["3.5万亿元"][0] == facts["2462家"][0] == "湖北"


def test_a_place_after_an_example_word_or_a_bullet_opens_its_clause():
    # fn1_04: 例如仙桃市从第76位升至第52位; …江西仅有1席 [4] 千亿县扩容蓄势待发 - 仙桃市于2022年以1013.14亿元GDP
    facts = facts_by_surface(_HUBEI_COUNTIES, dt.date(2025, 9, 1))
    assert facts["第76位"][0] == "仙桃"
    assert facts["1013.14亿元"][0] == "仙桃"


def test_a_county_short_name_before_its_value_in_brackets_is_a_place():
    # fn1_04: 分别是宜都(963.04亿元)、潜江(951.97亿元)…: county short names written once, each its value's
    facts = facts_by_surface(_HUBEI_COUNTIES, dt.date(2025, 9, 1))
    assert facts["963.04亿元"][0] == "宜都"
    assert facts["951.97亿元"][0] == "潜江"
    assert facts["900.72亿元"][0] == "枝江"


def test_a_headline_after_a_place_and_a_colon_is_a_section_heading():
    # fn1_03_zhongwei_pingluo_projects_2015: a digest of 中卫's and 平罗's news; the second section's figures that
    # name no place are 平罗's, not the title's 中卫's
    text = (
        "中卫:104个重大项目集中开工\n"
        "今年中卫市委、市政府计划实施项目383个,计划完成投资384亿元。\n"
        "平罗:全年50个重点项目上马\n"
        "昨天,在平罗县2015年第一批重点项目开工仪式上,宁夏晟晏实业集团董事长杨斌说。\n"
        "平罗今年确定的50个重点项目涉及三产、基础设施建设、生态等领域。其中,农林水项目6个,第一批开工项目4个;"
        "工业项目21个,第一批开项目14个。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 19))
    assert facts["383个"][0] == "中卫"
    assert facts["6个"][0] == facts["21个"][0] == "平罗"


def test_a_citys_zone_named_by_the_bare_word_shi_in_the_title_is_the_texts_place():
    # fn2_06_lianyungang_devzone_2023 (sidecar place 连云港): 市开发区秋季重点项目集中开工 → 连云港开发区
    text = (
        "(记者 孙飞 通讯员 贺成东) 昨日上午,市海洋装备产业园暨2023年市开发区秋季重点项目集中开工仪式举行。\n"
        "据介绍,此次集中开工的市海洋装备产业园等20个重点项目,计划总投资超210亿元。\n"
    )
    article = parse_text(text, date=dt.date(2023, 9, 23))
    article.place = "连云港"  # the sidecar's place
    frame = extract_figures(article)
    assert set(frame["place"]) == {"连云港开发区"}


def test_a_class_of_a_citys_zones_is_no_zone_of_its_own():
    # fl1_05_wuhu_devzones_2018: 全市开发区实现经营收入… is 芜湖's (the class of zones), not a 芜湖开发区
    text = "芜湖市经济运行情况\n2018年,全市开发区实现经营收入9000亿元。\n"
    assert facts_by_surface(text, dt.date(2019, 1, 10))["9000亿元"][0] == "芜湖"


def test_the_ends_of_a_routes_name_are_no_subjects():
    # fn2_09_shandong_projects_2017: 济南至青岛高速公路改扩建工程全长309公里 in 山东's list of key projects
    text = (
        "今年山东确定120个省重点建设项目,总投资4200亿元。\n"
        "济南至青岛高速公路改扩建工程全长309公里,总投资300.6亿元。目前项目累计完成投资47.3亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 4, 24))
    assert facts["309公里"][0] == facts["300.6亿元"][0] == facts["47.3亿元"][0] == "山东"
