"""Facts rules added for issue #19 (round A): each on a real sentence of a corpus text (file named)."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.extract.measures import measure_term
from shangyu_analysis.extract.place_filters import with_counties_in_scope, without_datelines
from shangyu_analysis.extract.places import find_places
from shangyu_analysis.text import parse_text
from shangyu_analysis.text.normalise import fold_names
from shangyu_analysis.text.periods import find_times, resolve
from tests.facts_helpers import facts_by_surface


def _facts(text: str, date: dt.date | None = dt.date(2021, 2, 23)) -> dict[str, tuple]:
    return facts_by_surface(text, date)


def test_traditional_place_names_are_folded_to_the_gazetteer():
    # f19_09_anhui_counties_gdp_2020: 無為市, 廬江縣, 當涂縣 are in the gazetteer as 无为, 庐江, 当涂
    simple = fold_names("無為市經濟總量突破500億元;廬江縣排在第8;當涂縣以463.5億元排在第10。")
    assert len(simple) == len("無為市經濟總量突破500億元;廬江縣排在第8;當涂縣以463.5億元排在第10。")
    assert [m.place for m in find_places(simple)] == ["无为", "庐江", "当涂"]


def test_a_dateline_place_is_not_a_mention():
    # f19_04_jiangsu_m1m5_2023: filed in 南京, about 江苏
    simple = "人民网南京6月25日电 6月25日,江苏省统计局公布1—5月全省经济运行简况。"
    kept = without_datelines(find_places(simple), simple)
    assert "南京" in [m.place for m in find_places(simple)]
    assert [m.place for m in kept if m.place == "南京"] == []
    text = (
        "标题\n人民网南京6月25日电 6月25日,江苏省统计局公布1—5月全省经济运行简况。1—5月全省固定资产投资同比增长5.2%。\n"
    )
    assert _facts(text, dt.date(2023, 6, 25))["5.2%"][0] == "江苏"


def test_a_relation_joins_only_the_figure_of_its_clause():
    # d02_juxian_govreport_targets_2019: 高于全市 relates the 1 point, not the rank in the next clause
    text = (
        "莒县2018年工作回顾\n2018年,莒县实现地区生产总值415亿元,可比增长8.5%,增幅高于全市1个百分点,"
        "总量在全省排名达到第62位。\n"
    )
    facts = _facts(text, dt.date(2019, 2, 1))
    assert facts["1个百分点"][0] == "莒县、日照"
    assert facts["第62位"][0] == "莒县"


def test_a_comparison_with_an_earlier_part_of_the_year():
    # f19_04_jiangsu_m1m5_2023: 比1—4月 compares; the figures after keep 1—5月
    times = [t for t in find_times("比1—4月加快2个百分点") if t.kind != "same"]
    assert [t.kind for t in times] == ["compare"]
    assert resolve(times[0], 2023, dt.date(2023, 6, 25), "2023M1-M5") == "2023M1-M5/2023M1-M4"
    text = (
        "标题\n1—5月,全省制造业投资增长10.6%,比1—4月加快2个百分点,其中电气机械、专用设备、汽车制造业投资分别增长"
        "32%、13.1%、30.3%。\n"
    )
    facts = _facts(text, dt.date(2023, 6, 25))
    assert facts["2个百分点"][2] == "2023M1-M5/2023M1-M4"
    assert [facts[s][2] for s in ("10.6%", "32%", "13.1%", "30.3%")] == ["2023M1-M5"] * 4


def test_a_streak_within_a_year_is_written_once_and_governs_its_clause():
    # f19_04_jiangsu_m1m5_2023
    (streak,) = [t for t in find_times("连续3个月加快") if t.kind == "streak"]
    assert resolve(streak, 2023, None, "2023M1-M5") == "2023M3-M5"
    text = "标题\n1—5月,全省高技术产业投资同比增长9.3%,增速自开年以来连续3个月加快,高于全部投资4.1个百分点。\n"
    assert _facts(text, dt.date(2023, 6, 25))["4.1个百分点"][2] == "2023M1-M5"


def test_a_starting_point_is_not_the_period_of_the_paragraph():
    # f19_09_anhui_counties_gdp_2020: 由2015年第33位 does not make the next sentence 2015
    text = (
        "标题\n2020年凤阳经济总量突破400亿元,经济排名由2015年全省第33位,跃升至第13位。"
        "从增速来看,长丰县以6.3%高居榜首。\n"
    )
    assert _facts(text, dt.date(2021, 3, 1))["6.3%"][2] == "2020"


def test_as_of_publication_reaches_its_semicolon_part_only():
    # f19_09_anhui_counties_gdp_2020
    text = "标题\n2020年,安徽县域经济总量公布。肥西县是目前安徽唯一GDP超过800亿元的县域;肥东成功迈上700亿元台阶。\n"
    facts = _facts(text, dt.date(2021, 3, 1))
    assert facts["800亿元"][2] == "as_of_publication"
    assert facts["700亿元"][2] == "2020"


def test_an_average_annual_growth_spans_the_plan():
    # f19_06_gucheng_govreport_2020
    text = "标题\n这五年,我们聚力扩容提质。预计十三五末,全县地区生产总值突破400亿元,年均增长6.2%。\n"
    facts = _facts(text, dt.date(2021, 1, 10))
    assert facts["6.2%"][1:3] == ("地区生产总值增速", "2016-2020")
    assert facts["400亿元"][2] == "2020"


def test_measure_rules_of_round_a():
    assert measure_term("居民消费价格总水平比上年上涨", "percent", "%")[0] == "居民消费价格指数"  # f19_07
    assert measure_term("CPI同比上涨", "percent", "%")[0] == "居民消费价格指数"  # f19_08
    assert measure_term("社会消费品零售总额年均增长", "percent", "%")[0] == "社会消费品零售总额增速"  # f19_06
    assert measure_term("人均生产总值年均增长", "percent", "%")[0] is None  # no growth term: 其他


def test_firms_of_an_industry_and_reading_aids():
    # c05_neihu_industry: 製造業 54 家; f19_09: 經(jīng)濟總量
    facts = _facts("标题\n内湖区商业登记家数有3557家,其中制造业54家、营造业169家。\n")
    assert facts["169家"][1] == "企业数量"
    facts = _facts("标题\n2020年,天長市經(jīng)濟總量達到549.3億元,位居第4。\n", dt.date(2021, 3, 1))
    assert facts["549.3億元"][:2] == ("天长", "地区生产总值")


def test_a_quarter_compared_with_a_year_keeps_the_quarter():
    # c04_daqing_q1_2017: 一季度…比2016年全年增速高0.3个百分点 -> 2017Q1/2016
    (cmp,) = [t for t in find_times("比2016年全年增速高") if t.kind == "compare"]
    assert resolve(cmp, 2017, None, "2017Q1") == "2017Q1/2016"
    assert resolve(cmp, 2017, None, None) == "2017/2016"


def test_a_target_in_years_counted_from_now():
    # b06_suzhou_special: 苏州计划用3年左右的时间…规模以上工业总产值达5万亿元 (2024)
    (within,) = [t for t in find_times("计划用3年左右的时间") if t.kind == "within"]
    assert resolve(within, 2024, None) == "2024-2026"
    text = "标题\n2024年,苏州工业稳步发展。苏州计划用3年左右的时间,力争规模以上工业总产值达5万亿元。\n"
    assert _facts(text, dt.date(2025, 1, 10))["5万亿元"][2:] == ("2024-2026", "inferred")


def test_the_start_of_a_target_is_not_the_target_year():
    # b02_yuzhong_special: 力争到2027年,…比重由66.8%提升至75%
    text = "标题\n力争到2027年,现代生产性服务业占地区生产总值的比重由66.8%提升至75%。\n"
    facts = _facts(text, dt.date(2025, 1, 10))
    assert facts["75%"][2] == "2027"
    assert facts["66.8%"][2] != "2027"


def test_county_short_names_of_a_named_province():
    # f19_09_anhui_counties_gdp_2020: 凤阳 and 宁国 are written without their suffix
    simple = (
        "安徽县域经济总量20强出炉。排在11—20位的分别是怀远、颍上、凤阳、临泉、萧县、桐城、蒙城、宁国、涡阳和界首。"
        "2020年,凤阳经济总量为208亿元。宁国排在第5。"
    )
    places = [m.place for m in with_counties_in_scope(find_places(simple), simple)]
    assert places.count("凤阳") == 2 and places.count("宁国") == 2 and "怀远" in places
    # d02_juxian_govreport_targets_2019: 惠民 (a county of 山东) in 惠民生 is a word, written once
    simple = "山东省莒县,稳增长、促改革、调结构、防风险、惠民生各项工作。"
    assert "惠民" not in [m.place for m in with_counties_in_scope(find_places(simple), simple)]


def test_a_group_of_places_has_no_place():
    # f19_09_anhui_counties_gdp_2020: 同时,超过400亿元的县域有13个
    text = "标题\n2020年,安徽凤阳县经济总量突破400亿元。\n同时,超过400亿元的县域有13个。\n"
    frame = extract_figures(parse_text(text, date=dt.date(2021, 3, 1)))
    assert list(zip(frame["surface"], frame["place"])) == [("400亿元", "凤阳"), ("400亿元", "-"), ("13个", "-")]


def test_as_of_publication_opening_a_sentence_reaches_all_of_it():
    # the seed (zjrb_2021-02-23_p11_shangyu): 目前,…在研项目128个;获得国家专利631项
    text = "标题\n2020年,上虞经济稳步发展。目前,上虞院士专家工作站在研项目128个;获得国家专利631项,其中发明专利193项。\n"
    facts = _facts(text)
    assert [facts[s][2] for s in ("128个", "631项", "193项")] == ["as_of_publication"] * 3


def test_the_year_before_the_one_in_force_as_a_starting_point():
    # a07_wangjiang_bulletin_2022 (written 2023): 三次产业结构由上年的17.3:41.2:41.5调整为17.8:39.3:42.9
    text = (
        "2022年望江县国民经济和社会发展统计公报\n2022年,全县实现地区生产总值200亿元。"
        "三次产业结构由上年的17.3:41.2:41.5调整为17.8:39.3:42.9。\n"
    )
    facts = _facts(text, dt.date(2023, 3, 20))
    assert facts["17.3:41.2:41.5"][2] == "2021"
    assert facts["17.8:39.3:42.9"][2] == "2022"


def test_a_streak_is_stated_when_its_sentence_writes_its_end():
    # f19_02_jiangsu_counties_gdp_2025: 2025年,昆山市…连续四年站稳5000亿元台阶
    text = "标题\n昆山经济稳步发展。\n2025年,昆山市以5615.34亿元地区生产总值,连续四年站稳5000亿元台阶。\n"
    assert _facts(text, dt.date(2026, 1, 20))["四年"][2:] == ("2022-2025", "stated")
    # a03_jinhua_govreport_2025: the streak's end comes from the text, not its sentence
    text = "标题\n2024年全市经济回升。\n固定资产投资增长5.3%,增速连续44个月居全省前列。\n"
    assert _facts(text, dt.date(2025, 1, 27))["44个月"][2:] == ("2021M5-2024M12", "inferred")


def test_a_paragraph_that_opens_on_the_country_is_about_it():
    # b05_county_consumption_compare: 我国县域人口多,消费潜力大。2023年7月,商务部等9部门印发…
    text = (
        "湖北宣恩县县域商业领跑\n宣恩县小店营业额翻番。\n"
        "我国县域人口多,消费潜力大。2023年7月,商务部等9部门印发《县域商业三年行动计划》。\n"
    )
    assert _facts(text, dt.date(2026, 1, 23))["9部门"][0] == "全国"


def test_a_clause_of_place_names_only_takes_the_paragraphs_money_measure():
    # f19_09_anhui_counties_gdp_2020: …GDP超过800亿元的县域;肥东成功迈上700亿元台阶,长丰突破600亿元
    text = "标题\n2020年,安徽肥西县是目前安徽唯一GDP超过800亿元的县域;肥东县成功迈上700亿元台阶,长丰县突破600亿元。\n"
    facts = _facts(text, dt.date(2021, 3, 1))
    assert [facts[s][:2] for s in ("700亿元", "600亿元")] == [("肥东", "地区生产总值"), ("长丰", "地区生产总值")]
    # a clause with other words keeps its own measure
    assert _facts("标题\n2020年,肥东县新签约项目投资700亿元。\n", dt.date(2021, 3, 1))["700亿元"][1] != "地区生产总值"


def test_a_place_after_de_shi_leads_its_clause():
    # f19_09_anhui_counties_gdp_2020: 排第6的是巢湖市,经济总量达到498.3亿元
    text = "标题\n2020年,安徽天长市经济总量达到549.3亿元。排第6的是巢湖市,经济总量达到498.3亿元。\n"
    assert _facts(text, dt.date(2021, 3, 1))["498.3亿元"][0] == "巢湖"


def test_the_measure_named_after_a_figure_introduced_by_yi():
    # f19_02_jiangsu_counties_gdp_2025: 2025年,昆山市以5615.34亿元地区生产总值、5.8%的同比增速,…
    text = "标题\n2025年,昆山市以5615.34亿元地区生产总值位居县域首位。\n"
    assert _facts(text, dt.date(2026, 1, 20))["5615.34亿元"][:2] == ("昆山", "地区生产总值")
