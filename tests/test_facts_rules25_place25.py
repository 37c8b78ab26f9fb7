"""Place and measure rules of helper place25 (round 25), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.facts_helpers import facts_by_surface

_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def test_a_capital_as_venue_with_a_regions_own_words_names_the_region():
    # fac2_09_neimenggu_review_2016: 自治區兩會在呼和浩特召開 … 我區 — no other place: 内蒙古, whose capital it is
    text = (
        "1月22日至29日,自治區兩會在呼和浩特召開。會上,自治區主席巴特爾代表自治區政府向大會作了政府工作報告。\n"
        "“十二五”時期是我區發展進程中具有里程碑意義的時期。綜合經濟實力顯著增強。"
        "地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元,年均增長10%。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 4, 13))
    assert facts["1.17萬億元"][0] == "内蒙古"
    assert facts["10%"][0] == "内蒙古"


def test_the_end_value_of_a_change_has_the_start_values_measure():
    # fac2_09_neimenggu_review_2016: 人均生產總值由7070美元增加到1.15萬美元; 一般公共預算收入由1070億元增加到1963.5億元
    text = (
        "綜合經濟實力顯著增強。地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元,年均增長10%;"
        "人均生產總值由7070美元增加到1.15萬美元,居全國前列。一般公共預算收入由1070億元增加到1963.5億元,年均增長12.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 4, 13))
    assert facts["1.8萬億元"][1] == "地区生产总值"
    assert facts["1.15萬美元"][1] == "人均地区生产总值"
    assert facts["1963.5億元"][1] == "一般公共预算收入"


def test_a_fairs_totals_are_the_province_whose_city_is_a_part():
    # fac1_02_kunming_nanbohui_2023: 签约仪式在昆明…举行,…338个 … 其中,昆明市共签署…69个 … 投资云南的主力军
    text = (_CORPUS / "fac1_02_kunming_nanbohui_2023.txt").read_text(encoding="utf-8")
    facts = facts_by_surface(text, dt.date(2023, 8, 18))
    assert facts["338个"][0] == "云南"
    assert facts["69个"][0] == "昆明"


def test_a_province_written_before_a_unit_it_names_is_part_of_its_name():
    # fab2_08_bingtuan_m1m8_2023: 1至8月,新疆兵团固定资产投资同比增长8.5%: 新疆生产建设兵团, not 新疆
    text = (
        "新疆兵团经济运行总体稳中向好\n"
        "数据显示,1至8月,新疆兵团固定资产投资同比增长8.5%;在建项目达3422个,比上年同期多162个。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 9, 20))
    assert facts["8.5%"][0] == "兵团"


def test_examples_of_a_counted_class_in_a_lead_are_not_its_place():
    # faa2_10_liaoning_2021: a lead taken for its title names 辽宁省 and 沈阳、大连等3个市 (examples of a class)
    text = (_CORPUS / "faa2_10_liaoning_2021.txt").read_text(encoding="utf-8")
    facts = facts_by_surface(text, dt.date(2022, 1, 25))
    assert facts["11552个"][0] == "辽宁"
