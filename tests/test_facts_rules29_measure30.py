"""Measure rules of helper measure30 (rates left without a measure: a bare 增幅 after a figure, rates in brackets,
a race's bare 增速; a figure on a line after its term; 规上工业总产值 after the industry's name; ranks in 位), each on
a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fah1_02_yinchuan_h1_2023 (dated 2023-07-26)
_YINCHUAN = (
    "其中,地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点。"
    "另外,县(市)区多项指标增速名列前茅,西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位和"
    "第6位。\n初步核算,上半年全市实现地区生产总值1267.24亿元,同比增长7.5%,增速分别高于全国(5.5%)、全区(6.5%)2.0和"
    "1.0个百分点。\n"
)


def _measure(text: str, surface: str, date: dt.date | None = None) -> str:
    return facts_by_surface(text, date)[surface][1]


def test_a_bare_rate_word_after_a_figure_is_its_growth():
    # fad1_03_nanchangxian_starts_2023
    text = "一季度,南昌县(小蓝经开区)一般公共预算收入完成27.39亿元,增幅9.8%。\n"
    assert _measure(text, "9.8%", dt.date(2023, 4, 28)) == "一般公共预算收入增速"


def test_a_rate_in_brackets_after_a_term_is_the_terms_growth():
    assert _measure(_YINCHUAN, "12.7%", dt.date(2023, 7, 26)) == "规上工业增加值增速"
    facts = facts_by_surface(_YINCHUAN[:40], dt.date(2023, 7, 26))
    assert facts["7.5%"][1] == "地区生产总值增速"


def test_rates_in_brackets_after_places_take_the_measure_after_the_list():
    facts = facts_by_surface(_YINCHUAN, dt.date(2023, 7, 26))
    assert facts["13.0%"][1] == facts["8.2%"][1] == "地区生产总值增速"


def test_a_rate_in_brackets_after_what_it_is_compared_with_is_the_growth_just_named():
    facts = facts_by_surface(_YINCHUAN, dt.date(2023, 7, 26))
    assert facts["5.5%"][1] == facts["6.5%"][1] == "地区生产总值增速"


def test_a_bare_rate_of_a_race_is_the_growth_just_named():
    # f19_09_anhui_counties_gdp_2020 (dated 2021-02-24)
    text = "無為以5.5%的地区生产总值增速排在第4,寧國排在第5,增速達到5.3%。\n"
    assert _measure(text, "5.3%", dt.date(2021, 2, 24)) == "地区生产总值增速"


def test_a_place_of_a_race_with_its_bare_change_is_the_growth_just_named():
    # fah2_09_sichuan_race_q1_2022 (dated 2022-04-25)
    text = (
        "去年經(jīng)濟(jì)總量突破3000億元的宜賓,一季度地區(qū)生產(chǎn)總值同比增長(zhǎng)6.7%。"
        "其後是綿陽(yáng),同比增長(zhǎng)6.6%。\n"
    )
    assert _measure(text, "6.6%", dt.date(2022, 4, 25)) == "地区生产总值增速"


def test_a_figure_on_the_line_after_its_term_is_that_term():
    # fi2_07_yunnan_16_prefectures_2021 (dated 2023-08-26)
    text = "目前已经全部出炉\n全省实现地区生产总值\n27146.76亿元\n同比增长7.3%,位居全国第18位\n"
    facts = facts_by_surface(text, dt.date(2023, 8, 26))
    assert facts["27146.76亿元"][1] == "地区生产总值"
    assert facts["7.3%"][1] == "地区生产总值增速"


def test_the_last_value_in_brackets_after_and_is_the_measure_of_the_one_before():
    # fn1_04_hubei_county_race_2025 (dated 2025-09-01)
    text = "2024年,湖北各县地区生产总值:宜都(963.04亿元)、大冶(930.71亿元)和枝江(900.72亿元)。\n"
    facts = facts_by_surface(text, dt.date(2025, 9, 1))
    assert facts["900.72亿元"][1] == facts["930.71亿元"][1]


def test_the_output_of_above_scale_industry_is_gross_output():
    # fz1_09_pudong_industry_2018 (dated 2019-03-07)
    text = "2018年,浦东规模以上工业完成产值10306亿元,再次站稳万亿元台阶,比上年增长0.6%。\n"
    assert _measure(text, "10306亿元", dt.date(2019, 3, 7)) == "规上工业总产值"


def test_above_scale_firms_completing_output_is_gross_output():
    # fq2_07_yangxian_2017 (dated 2017, the year only)
    text = "全县规上企业完成产值90.6亿元,同比增长26%,县属规上企业完成产值有所增长。\n"
    assert _measure(text, "90.6亿元", dt.date(2017, 11, 1)) == "规上工业总产值"


def test_a_count_in_wei_in_brackets_or_after_ju_is_a_rank():
    # fw2_03_zhumadian_zones_2018 (dated 2018-06-19)
    text = (
        "我市11家产业集聚区综合排序居全省前50位的有2家,分别是驻马店装备产业集聚区(31位)、驻马店市产业集聚区(40位);"
        "居50~100位的有7家。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 6, 19))
    assert facts["31位"][1] == facts["50~100位"][1] == "排名"


def test_a_bound_word_before_a_pinyin_reading_still_bounds_the_figure():
    # fah2_09_sichuan_race_q1_2022: 超過(guò)500億元 is more than 500億元 (qualifiers.py reads past the reading)
    from shangyu_analysis.extract.figures import extract_figures
    from shangyu_analysis.text import parse_text

    text = "全省一季度經(jīng)濟(jì)總量排名前十的市州地區(qū)生產(chǎn)總值超過(guò)500億元。\n"
    frame = extract_figures(parse_text(text, date=dt.date(2022, 4, 25)))
    assert dict(zip(frame["surface"], frame["qualifier"]))["500億元"] == "more_than"
