"""Period rules of helper period29 (a part of the year carried to a rate of the yearly plan, to a 其中 breakdown
and to a paragraph with no time of its own), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.dates import YearOnly
from tests.facts_helpers import facts_by_surface

# ft1_05_gansu_industry_h1_2024 (dated 2024-07-23)
_GANSU = (
    "甘肃上半年工业增加值增长\n"
    "同时,甘肃加强项目建设落地促投资。实施工业和信息化重点项目1121项,1至6月完成投资977.6亿元,占全年计划的52.4%。"
    "甘肃省工信厅担任链长执行部门的7条产业链谋划实施重点项目178个,1至6月完成投资259.81亿元,占全年计划的58.1%。\n"
)

# fag1_04_shanxi_industry_m1m8_2013 (dated 2013-10-09)
_SHANXI = (
    "今年是山西省項目推進年。全省通過項目帶動,今年1至8月份完成工業固定資產投資2482億元人民幣,同比增長15.5%。"
    "其中煤、焦、冶、電四大傳統產業完成投資1236.4億元,同比下降10%;裝備製造、煤化工、建材、食品等新興產業完成投資"
    "1245.6億元,同比增長48.8%,圓滿完成省委30%的考核目標。\n"
)

# fag1_07_xinjiang_q1q3_2014 (dated 2014, the year only)
_XINJIANG = (
    "隨著新疆維吾爾自治區(qū)喀什市城市安全飲水工程等8個自治區(qū)新開工重點項目的全面實施,2014年新疆重點新開工項目達到51項,提前3個月完成全年目標任務;完成投資2282"
    ".77億元,是全年目標任務的六成多。\n"
    "前三季度,新疆工業(yè)生產保持平穩(wěn),產品銷售率進一步回升。規(guī)模以上工業(yè)企業(yè)增加值同比增長10%,增速達到2位數(shù),其中重工業(yè)"
    "實現(xiàn)增加值2026.38億元,增速提高實現(xiàn)10.2%。非石油工業(yè)增長12.1%,對規(guī)模以上工業(yè)的貢獻率較大達到66.2%,增長較快"
    "行業(yè)包括電力、熱力生產和供應業(yè)增長44.5%,有色金屬冶煉和壓延加工業(yè)增長44%等。地方工業(yè)和非公有制經濟繼續(xù)保持快速增長,園區(qū)工業"
    "(yè)增勢強勁。\n"
    "在40個工業(yè)行業(yè)大類中,有26個行業(yè)增加值實現(xiàn)增長,占65%。\n"
)


def test_a_rate_of_the_yearly_plan_takes_the_months_done() -> None:
    facts = facts_by_surface(_GANSU, dt.date(2024, 7, 23))
    assert facts["977.6亿元"][2] == "2024H1"
    assert facts["52.4%"][2] == "2024H1"
    assert facts["58.1%"][2] == "2024H1"


def test_a_breakdown_takes_the_months_of_the_figure_before() -> None:
    facts = facts_by_surface(_SHANXI, dt.date(2013, 10, 9))
    assert facts["1236.4億元"][2] == "2013M1-M8"
    assert facts["48.8%"][2] == "2013M1-M8"
    assert facts["30%"][2] == "2013"  # a target keeps the year


def test_a_paragraph_with_no_time_goes_on_with_the_part_before() -> None:
    facts = facts_by_surface(_XINJIANG, YearOnly(2014, 1, 1))
    assert facts["44%"][2] == "2014Q1-Q3"
    assert facts["40個"][2] == "2014Q1-Q3"
