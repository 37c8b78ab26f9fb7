"""Period rules of helper period25 (changes over a span carried on, 前3季), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_the_first_three_quarters_in_digits():
    # fac2_12_shanghai_q1q3_2025: 這一增速也跑贏全大陸前3季度年增5.2%
    text = "上海市統計局22日發布最新經濟運行狀況。\n從進出口看，前3季度，全市貨物進出口總額年增5.4%，其中，出口總額增長11.3%。\n"
    facts = facts_by_surface(text, dt.date(2025, 10, 22))
    assert facts["5.4%"][2] == "2025Q1-Q3"


def test_the_ends_of_a_change_written_once_carry_on():
    # fac2_09_neimenggu_review_2016: 地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元,…一般公共預算收入由1070億元
    # 增加到1963.5億元,年均增長12.9%
    text = (
        "“十二五”時期是我區發展進程中具有里程碑意義的時期。\n"
        "綜合經濟實力顯著增強。地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元,年均增長10%;"
        "人均生產總值由7070美元增加到1.15萬美元,居全國前列。"
        "一般公共預算收入由1070億元增加到1963.5億元,年均增長12.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 1, 29))
    assert facts["1070億元"][2] == "2010"
    assert facts["1963.5億元"][2] == "2015"
    assert facts["12.9%"][2] == "2011-2015"


def test_a_multiple_of_the_plan_before_is_of_the_plan_after_it():
    # fac2_09_neimenggu_review_2016: 累計完成固定資產投資5.2萬億元,是“十一五”時期的2.6倍,年均增長18%
    text = (
        "“十二五”時期是我區發展進程中具有里程碑意義的時期。\n"
        "綜合經濟實力顯著增強。累計完成固定資產投資5.2萬億元,是“十一五”時期的2.6倍,年均增長18%。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 1, 29))
    assert facts["2.6倍"][2] == "2011-2015/2006-2010"
    assert facts["18%"][2] == "2011-2015"
