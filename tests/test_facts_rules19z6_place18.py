"""Facts rules added for issue #19, round 18 (place; parts T–W as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract import gazetteer as gazetteer_module
from tests.facts_helpers import facts_by_surface


def test_a_city_district_whose_name_ends_in_lin_keeps_it():
    # fw2_05_beilin_govreport_2024: 北林区 of 绥化 is 北林 (林区 is the suffix of a forestry district only: 神农架林区)
    shorts = {unit.name: unit.short for unit in gazetteer_module.gazetteer().units.values()}
    assert shorts["北林区"] == "北林" and shorts["碑林区"] == "碑林" and shorts["万柏林区"] == "万柏林"
    assert shorts["神农架林区"] == "神农架"
    text = (
        "政府工作报告\n——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上\n"
        "现在,我代表北林区人民政府向大会报告工作。\n"
        "2024年末,地区生产总值预计完成230.6亿元,增长4%;\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 1, 14))
    assert facts["230.6亿元"][0] == "北林"


def test_a_reporters_source_is_not_the_texts_place():
    # fw1_09_chongqing_gaoxin_m1m5_2017: the district's government is where the news came from; the zone is its subject
    text = (
        "6月22日10时35分讯 记者从九龙坡区人民政府官网获悉,1—5月重庆高新区工业经济扩量提质成效明显. "
        "一是规模总量快速增长。2017年1—5月完成工业投资34亿元,同比增长36.8%。"
        "二是优势产业持续放量。电子信息产业实现产值142.6亿元,同比增长46.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 22))
    assert facts["34亿元"][0] == "重庆高新区"
    assert facts["142.6亿元"][0] == "重庆高新区"


def test_a_reporters_source_is_the_place_when_nothing_else_is_named():
    # the source alone: still the text's place (全市 is its city)
    text = "记者从绍兴市统计局获悉,今年前三季度,全市地区生产总值5000亿元,同比增长6.1%。\n"
    facts = facts_by_surface(text, dt.date(2023, 10, 25))
    assert facts["5000亿元"][0] == "绍兴"


def test_districts_are_a_class_of_places_and_their_thresholds_none_of_their_province():
    # fw2_02_liaoning_districts_2010: 城区 counted are places (ruling 4); a threshold that defines how many cross it,
    # and the change of that count after a comma, are no place's
    text = (
        "遼寧城區經濟發展強勁\n"
        "2010年,全省56個城區完成地區生產總值11696.3億元,同比增長17.1%。"
        "去年,我省有6個城區的地區生產總值超過500億元,金州新區突破1000億元大關,超過百億元的城區由上年的24個增加到33個。"
        "地方財政一般預算收入超過20億元的城區,由上年同期的9個增加到13個;低于3億元的城區,由上年同期的21個下降到6個。"
        "實際利用外資129.1億美元,占全省總量的62.2%,6個城區超5億美元。\n"
    )
    facts = facts_by_surface(text, dt.date(2011, 3, 1))
    assert facts["11696.3億元"][0] == "辽宁"
    for surface in ("56個", "500億元", "百億元", "24個", "33個", "9個", "13個", "21個", "5億美元"):
        assert facts[surface][0] == "-", surface
    assert facts["1000億元"][0] == "金州新区"


def test_a_city_centre_is_no_class_of_places():
    # fs2_02_chongqing_projects_2023: 中心城区 is one area, not districts counted: the projects are the city's
    text = (
        "重庆市2023年第一季度重大项目集中开工\n"
        "此次集中开工项目,有涉及增强重庆中心城区发展能力和综合竞争力的项目93个,总投资1437.1亿元,占比45%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 30))
    assert facts["93个"][0] == "重庆"


def test_a_citys_industrial_clusters_are_its_zones_and_their_counts_none_of_theirs():
    # fw2_03_zhumadian_zones_2018: 产业集聚区 named by a place and its trade are zones (驻马店装备产业集聚区), their
    # city is the text's (我市); the zones an evaluation is of, a star class's count and a band of ranks counted are '-'
    text = (
        "我市近半数产业集聚区晋升二星级\n"
        "近日,河南省产业集聚区发展联席会议办公室下发通报,依据《河南省产业集聚区考核评价办法》和2017年度全省产业集聚区"
        "综合评价结果,经研究并报省委、省政府同意,对140家产业集聚区分别授予相应星级称号。我市11个产业集聚区中,"
        "新晋升为二星级产业集聚区3家,二星级产业集聚区达到5家,近半数产业集聚区荣获二星级产业集聚区称号。\n"
        "据悉,省产业集聚区发展联席会议办公室对全省179家产业集聚区发展情况进行了综合排序。我市11家产业集聚区综合排序居全省"
        "前50位的有2家,分别是驻马店装备产业集聚区(31位)、驻马店市产业集聚区(40位);居50~100位的有7家,分别是遂平县"
        "产业集聚区(56位)、泌阳县产业集聚区(57位)。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 4, 20))
    assert facts["半数"][0] == "驻马店"
    for surface in ("140家", "11个", "3家", "5家", "179家", "2家", "50~100位", "7家"):
        assert facts[surface][0] == "-", surface
    assert facts["31位"][0] == "驻马店装备产业集聚区"
    assert facts["56位"][0] == "遂平县产业集聚区"


def test_a_zone_named_by_its_place_and_an_airport_keeps_its_name():
    # ft1_07_zhengzhou_airport_zone_q1_2014: three characters between place and 产业集聚区 (航空港): still the zone
    text = (
        "今年一季度郑州航空港产业集聚区“吸金”20.03亿元。\n"
        "昨天,省发改委晒出2014年一季度全省产业集聚区建设榜单。郑州航空港产业集聚区“吸金”20.03亿元,"
        "位居全省产业集聚区投资总额榜第14位。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 4, 20))
    assert facts["第14位"][0] == "郑州航空港产业集聚区"


def test_a_ranking_of_a_provinces_cities_is_the_provinces():
    # fw2_08_jiangsu_cities_q3_2024: 13个设区市…数据出炉, 从各设区市来看 and every city named: 江苏's text, not 无锡's;
    # a rate between a unit and 增速 is that unit's (超过全省5.7%增速)
    text = (
        "11月6日,据江苏省统计局消息,今年前三季度13个设区市地区生产总值(GDP)数据出炉,GDP总量达到97744.29亿元,"
        "同比增长5.7%。值得一提的是, 苏州、南京、无锡三市GDP超万亿。\n"
        "从各设区市来看, 苏州以近1.85万亿元的GDP总量稳居榜首,南京和无锡紧随其后,分别突破了1.3万亿和1.1万亿大关。"
        "前三季度南通以超9414亿元的GDP总量名列第四。常州、徐州等城市总量分别超过7000亿元和6000亿元。\n"
        "从增长率来看,淮安以7%的增速脱颖而出,增速排名第一。宿迁以6.9%的增长位居第二。"
        "此外,超过全省5.7%增速的还有徐州、无锡、 苏州、扬州、常州、连云港,镇江以5.8%的增速紧随其后。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 11, 6))
    assert facts["97744.29亿元"][0] == "江苏"
    assert facts["5.7%"][0] == "江苏"
    assert facts["1.85万亿元"][0] == "苏州"


def test_the_zones_of_a_level_among_zones_counted_are_none_of_the_provinces():
    # fw2_06_heilongjiang_counties_q3_2020: 75個經濟開發區 counted, then 其中 its zones by level: a chain of counts
    text = (
        "黑龍江縣域經濟\n"
        "全省63個縣(市)有75個經濟開發區,其中,國家級經開區2個(賓西經濟技術開發區、海林經濟技術開發區),"
        "國家級邊合區1個(綏芬河邊境經濟合作區)、省級經開區72個。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 11, 1))
    for surface in ("63個", "75個", "2個", "1個", "72個"):
        assert facts[surface][0] == "-", surface


def test_a_place_in_an_aside_in_brackets_is_no_subject_after_it():
    # fw2_09_shaanxi_income_q3_2017: (全國19342元) compares; the growth after it is 陕西's
    text = (
        "前三季度陝西居民收入穩步增長\n"
        "國家統計局陜西調查總隊10月20日發布住戶調查結果顯示,今年前三季度,陜西居民人均可支配收入15591元(全國19342元),"
        "同比名義增長9.3%,增速高于全國平均水平0.2個百分點。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 10, 20))
    assert facts["9.3%"][0] == "陕西"
    assert facts["19342元"][0] == "全国"


def test_a_threshold_that_a_part_of_the_places_counted_crosses_is_none_of_theirs():
    # fo2_01_jiangsu_gdprace_2023: 13市中4市的GDP总量超过5000亿元: how many cross it, not a place's value
    text = (
        "江苏各市上半年GDP出炉\n"
        "从整体上来看,上半年江苏省13市中4市的GDP总量超过5000亿元,其中,苏州以“万亿户”身份领跑全省。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 7, 30))
    assert facts["5000亿元"][0] == "-"
