"""Period rules of helper period36a (part AM's shapes made general: month spans with other dashes, a span from a
past month to the report, a five-year review's yearly averages, 用N年时间, a year-end key-project report), each
on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fam1_01_chongqing_q1_2021 (dated 2021-04-22; here 2021-03-20); 1―2月份 with U+2015 HORIZONTAL BAR
_CHONGQING = "1―2月份,重慶全市規模以上服務業企業實現營業收入721.04億元,同比增長47.0%。\n"
# fam1_01_chongqing_q1_2021: 1—2月份 before a 分别 list of two figures
_CHONGQING_LIST = "1—2月份,規上互聯網和相關服務、軟件和信息技術服務業企業營業收入同比分別增長50.4%和80.1%。\n"
# fam1_02_hainan_projects_2019 (dated 2019-11-27)
_HAINAN = "海南:项目建设提速 投资结构更优 去年11月迄今,集中开工项目793个、总投资4352亿元\n"
# fam1_07_sichuan_13th_fyp_2020 (dated 2020-11-17)
_SICHUAN = (
    '全省產(chǎn)業(yè)結(jié)構(gòu)實現重大轉(zhuǎn)變\n11月16日,省統(tǒng)計局發(fā)布《加快轉(zhuǎn)型發(fā)展 決勝全面小康——“十三五”四川經(jīng)濟社會發(fā)展成就綜述》。綜述顯示:四川經(jīng)濟總量用3年時間邁上一個萬億元臺階。\n這五年,綜合實力顯著提升。全省經(jīng)濟總量2015年達3萬億元,2018年超過4萬億元。用3年時間,邁上一個萬億元臺階。2019年經(jīng)濟總量46615.8億元,在全國保持第6位。第一產(chǎn)業(yè)增加值年均增長3.5%;全省全部工業(yè)增加值年均增長7.9%,增速比全國平均水平高2.0個百分點;服務(wù)業(yè)增加值年均增長9.2%,比全國平均水平高1.4個百分點'
    + "\n"
)
# fam1_08_hunan_keyprojects_2024 (dated 2024-12-27)
_HUNAN = (
    "今年,全省實施省重點建設項目395個,總投資23185億元,年度計劃投資4680.8億元。1至11月共完成形象進度投資4816.6億元,"
    "占年計劃的102.9%;131個計劃新開工項目有112個實現開工。\n238個產業項目完成投資2124.6億元,占年計劃的114.6%。\n"
)


def test_month_span_with_a_horizontal_bar() -> None:
    facts = facts_by_surface(_CHONGQING, dt.date(2021, 3, 20))
    assert facts["721.04億元"][2] == "2021M1-M2"


def test_january_february_is_one_release_not_one_month_each() -> None:
    facts = facts_by_surface(_CHONGQING_LIST, dt.date(2021, 3, 20))
    assert facts["50.4%"][2] == "2021M1-M2"
    assert facts["80.1%"][2] == "2021M1-M2"


def test_past_month_to_date_runs_to_the_report_month() -> None:
    facts = facts_by_surface(_HAINAN, dt.date(2019, 11, 27))
    assert facts["793个"][2] == "2018M11-2019M11"


def test_five_year_review_yearly_average_takes_the_plan_years() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2020, 11, 17))
    assert facts["3.5%"][2] == "2016-2020"
    assert facts["2.0個百分點"][2] == "2016-2020"


def test_years_used_take_the_years_written_beside_them() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2020, 11, 17))
    assert facts["萬億元"][2] == "2015-2018"


def test_year_end_report_completion_runs_to_the_month_and_plan_count_keeps_the_year() -> None:
    facts = facts_by_surface(_HUNAN, dt.date(2024, 12, 27))
    assert facts["2124.6億元"][2] == "2024M1-M11"
    assert facts["114.6%"][2] == "2024M1-M11"
    assert facts["131個"][2] == "2024"
