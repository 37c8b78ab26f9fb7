"""Qualifier rules of helper qualifier33 (extract/qualifier_classes.py): class amounts before a class noun, a
magnitude before 重大/重点 projects, 冲 before a magnitude, a bound past a pinyin reading, 六成多, 约相差; each on a
real corpus sentence. ``facts_by_surface`` does not carry the qualifier, so the figures are read directly."""

from __future__ import annotations

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text


def _qualifiers(text: str) -> dict[str, str]:
    frame = extract_figures(parse_text(text))
    return dict(zip(frame["surface"], frame["qualifier"]))


def test_round_amount_before_a_project_noun_is_a_class_threshold() -> None:
    # fag2_02_jianxian_signing_q1_2022
    got = _qualifiers(
        "一季度,全县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个、50亿元项目2个,"
        "签约亿元以上项目和签约总金额同比分别增长260%和244%。"
    )
    assert got["20亿元"] == "at_least"
    assert got["50亿元"] == "at_least"
    assert got["199.7亿元"] == "exact"


def test_every_round_amount_project_and_industries_of_a_size() -> None:
    # fac2_07_jilincity_starts_2021; fy1_09_guangxi_industry_2015
    assert _qualifiers("他们制定包保方案,每个5亿元项目都由一位市级领导包保,协调推进。")["5亿元"] == "at_least"
    got = _qualifiers("预计新增建材和电子信息两个2000亿元产业,2000亿元产业有望达7个。")
    assert got["2000亿元"] == "at_least"


def test_total_investment_of_one_project_stays_exact() -> None:
    # fad2_04_caofeidian_signing_2020: 總投資 states the amount (and 616 is not round)
    assert _qualifiers("線上線下“兩手牽” 總投資616億元項目落戶河北曹妃甸")["616億元"] == "exact"
    assert _qualifiers("總投資600億元項目落戶河北曹妃甸")["600億元"] == "exact"


def test_magnitude_before_key_projects_names_their_class() -> None:
    # fac2_05_jilincity_signing_2021
    assert _qualifiers("吉林市举行冬季百亿重大项目签约活动")["百亿"] == "at_least"
    assert _qualifiers("11月29日下午,吉林市举行冬季百亿重大招商项目签约活动。")["百亿"] == "at_least"


def test_aiming_at_a_magnitude_is_at_least() -> None:
    # fz2_11_yidu_govreport_2024
    assert _qualifiers("當(dāng)頭雁 挑大梁 做標(biāo)桿\n全力以赴沖千億\n")["千億"] == "at_least"


def test_bound_past_a_pinyin_reading() -> None:
    # fv1_06_neimenggu_m1_m7_2007
    got = _qualifiers("全區(qū)50萬(wàn)元以上項(xiàng)目完成固定資產(chǎn)投資2280.94億元,同比增長(zhǎng)25.1%。")
    assert got["50萬"] == "at_least"


def test_share_with_more_after_it_is_approximate() -> None:
    # fag1_07_xinjiang_q1q3_2014
    got = _qualifiers("完成投資2282.77億元,是全年目標任務的六成多。")
    assert got["六成"] == "approx"
    assert got["2282.77億元"] == "exact"


def test_approximate_gap() -> None:
    # faa1_10_nanning_gdp_2018
    got = _qualifiers("跟上一年相比实现GDP增量1829.2亿元,其经济总量跟重庆市约相差11亿元。")
    assert got["11亿元"] == "approx"
    assert got["1829.2亿元"] == "exact"
