"""Place rules of helper place30 (a city's text read as one of its districts, a province's parks as a class, a zone
written in full, an acting county head, a county's text read as its zone), each on real sentences of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fah1_02_yinchuan_h1_2023 (dated 2023-07-26): its third and last paragraphs
_YINCHUAN = (
    "据银川市统计局数据,今年上半年全市7项主要经济指标中,3项指标实现“双过半”。其中,地区生产总值(7.5%)、规模以上工业"
    "增加值(12.7%)分别高于预期目标1.0和4.2个百分点,一般公共预算收入(13.5%)完成年初预算的53.7%,如期实现双过半。"
    "另外,县(市)区多项指标增速名列前茅,西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位和"
    "第6位;兴庆区(33.4%)和西夏区(20.6%)规模以上工业增加值增速分别位列全区22个县(市)区第2位和第5位;灵武市(19.4%)和"
    "西夏区(17.9%)固定资产投资增速分别位列全区22个县(市)区第3位和第5位。\n"
    "初步核算,上半年全市实现地区生产总值1267.24亿元,同比增长7.5%。\n"
)

# fah2_04_jiangxi_parks_jan-feb_2017 (dated 2017-04-24): its title, lead and first lines
_JIANGXI = (
    "江西工业园区实现全行业盈利\n"
    "中国江西网讯 全媒体记者陈文秀、实习生陈学硕报道:4月16日,记者从省统计局获悉,今年江西工业园区经济坚实起步,"
    "经济效益开局平稳。1~2月,全省工业园区实现利润总额278.38亿元,同比增长15.2%,实现了全行业盈利。\n"
    "1~2月全省工业园区\n"
    "实现工业增加值979.60亿元 增长8.9%\n"
    "实现主营业务收入4190.05亿元 增长16.5%\n"
)

# fah1_05_yingkou_zone_q1_2023 (dated 2023-06-02)
_YINGKOU = (
    "今年以来,营口辽河经济开发区全力实施全面振兴新突破三年行动,顺利完成了一季度主要经济指标既定目标。\n"
    "今年一季度,营口辽河经济开发区固定资产投资2.5亿元,同比增长25%,完成年计划的25.8%。\n"
)

# fah1_06_luoshan_projects_2021 (dated 2021-10-09)
_LUOSHAN = (
    "全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动\n"
    "10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动,"
    "拉开了我县2021年第四批10个重点项目建设的帷幕。\n"
    "集中签约仪式上,罗山县人民政府分别同中国管理科学研究院、中电建地热开发公司等企业项目进行了现场集中签约。"
    "开工仪式上,县委书记周哲宣布开工启动。代县长余国芳致辞。截9月底,全县133个重点项目,累计完成投资167.1亿元,"
    "占年度投资计划的75%。其中,42个涉市重点项目,累计完成投资111.4亿元,占年度计划投资的96.4%。\n"
)


def test_a_citys_text_ranking_its_districts_is_the_citys():
    facts = facts_by_surface(_YINCHUAN, dt.date(2023, 7, 26))
    assert facts["1267.24亿元"][0] == "银川"
    assert facts["7项"][0] == "银川"


def test_a_provinces_parks_by_its_short_name_are_the_provinces():
    facts = facts_by_surface(_JIANGXI, dt.date(2017, 4, 24))
    assert facts["278.38亿元"][0] == "江西"
    assert facts["979.60亿元"][0] == "江西"
    assert facts["4190.05亿元"][0] == "江西"


def test_a_zone_the_text_writes_only_in_full_keeps_its_full_name():
    facts = facts_by_surface(_YINGKOU, dt.date(2023, 6, 2))
    assert facts["2.5亿元"][0] == "营口辽河经济开发区"


def test_an_acting_county_head_is_no_county():
    facts = facts_by_surface(_LUOSHAN, dt.date(2021, 10, 9))
    assert facts["111.4亿元"][0] != "代县"


def test_a_county_calling_itself_wo_xian_is_not_its_zone():
    facts = facts_by_surface(_LUOSHAN, dt.date(2021, 10, 9))
    assert facts["111.4亿元"][0] == "罗山"
    assert facts["96.4%"][0] == "罗山"
