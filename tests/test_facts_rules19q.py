"""Facts rules added for issue #19, round 8 (place; parts K, L, M and N as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

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
