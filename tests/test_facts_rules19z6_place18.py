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
