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


def test_a_signing_event_on_a_day_is_of_that_day():
    # fac2_05_jilincity_signing_2021: 11月29日下午,吉林市举行冬季百亿重大招商项目签约活动。…中泽集团计划投资200亿元
    text = (
        "吉林市举行冬季百亿重大项目签约活动\n"
        "11月29日下午,吉林市举行冬季百亿重大招商项目签约活动。吉林市与中泽集团、桥山集团签约合作实施两个百亿级项目,"
        "总投资额超过500亿元。\n"
        "中泽集团计划投资200亿元,在铁合金、碳素、有色金属深加工等方面与吉林市开展深入合作。"
        "吉林市将为项目建设保驾护航,推动项目早开工、早竣工、早运营、早见效。\n"
        "今年以来,吉林市新签约招商引资项目294个、投资额2392亿元,招商引资到位资金485.3亿元,创近年最好水平。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 12, 1))
    assert facts["200亿元"][2] == "2021-11-29"
