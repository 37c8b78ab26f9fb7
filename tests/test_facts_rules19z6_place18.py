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
