"""Period rules of helper period27b (months of statistical reports: a 其中 month inside months to date, 至10月底 after
今年以来, a standing share of a province's institutions, 前三个月 not split one month a figure), each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_month_told_in_a_breakdown_is_not_the_reports_frame():
    # fae2_06_yunnan_m7_2022: 今年前7月,…增长8.4%…。其中,7月全省…增长9.4%…。从三大工业门类看,采矿业增加值同比增长11.8%
    text = (
        "据云南省统计局通报,今年1月—7月,云南全省经济延续恢复态势。\n"
        "通报数据显示,今年前7月,云南省规模以上工业增加值同比增长8.4%,比上半年提高0.2个百分点。其中,7月全省规模以上"
        "工业增加值增长9.4%,比6月提高5.9个百分点。\n"
        "从三大工业门类看,采矿业增加值同比增长11.8%,制造业增长8.3%。\n"
        "其中,有色金属冶炼和压延加工业增长13.4%,分别比上半年提高6.8、2.0个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 19))
    assert facts["11.8%"][2] == "2022M1-M7"
    assert facts["2.0个百分点"][2] == "2022M1-M7/2022H1"
    assert facts["9.4%"][2] == "2022M7"
    assert facts["5.9个百分点"][2] == "2022M7/2022M6"


def test_the_last_month_told_in_a_quarters_breakdown_is_not_its_frame():
    # fv1_05_shanghai_q1_2022: 一季度,…增长3.9%,其中,1-2月同比增长11.9%,3月下降10.9%。全市35个工业行业有12个行业…增长
    text = (
        "工业方面,一季度,全市规模以上工业增加值同比增长3.9%,其中,1-2月同比增长11.9%,3月下降10.9%。全市35个工业行业"
        "有12个行业工业总产值实现增长,增长面34.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 20))
    assert facts["12个"][2] == "2022Q1"
    assert facts["10.9%"][2] == "2022M3"


def test_months_to_a_month_end_after_a_year_to_date_lead():
    # fq2_07_yangxian_2017: 今年以来,…。至10月底,全县完成财政收入4.91亿元…。招商引资新签及续建项目52个,引资额达527.86亿元
    text = (
        "今年以来,该县以“追赶超越”为主题,全县经济持续较快增长。至10月底,全县完成财政收入4.91亿元,88个重点项目完成"
        "投资93亿元。招商引资新签及续建项目52个,引资额达527.86亿元,到位资金70.05亿元。全县规上企业完成产值90.6亿元,"
        "同比增长26%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 11, 15))
    assert facts["527.86亿元"][2] == "2017M1-M10"
    assert facts["26%"][2] == "2017M1-M10"


def test_a_share_of_the_provinces_institutions_is_standing():
    # fae2_04_guiyang_hightech_2016: 在创新要素拥有量方面,贵阳优势明显,集聚全省86.79%的重点实验室、82.52%的工程技术研究中心
    text = (
        "2015年,贵阳国家高新区实现营业总收入增长28.3%。\n"
        "在创新要素拥有量方面,贵阳优势明显,集聚全省86.79%的重点实验室、82.52%的工程技术研究中心、66.67%的大学科技园。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 5, 10))
    assert facts["86.79%"][2:] == ("as_of_publication", "inferred")
    assert facts["66.67%"][2] == "as_of_publication"


def test_months_to_date_are_not_split_one_month_a_figure():
    # fz2_09_xining_devzone_q1_2024: 今年前三個月,…三大主導產業分別完成22.4億元、1.6億元、0.4億元
    text = "今年前三個月,西寧開發區主導產業投資支撐明顯,新能源、新材料、生物經濟三大主導產業分別完成22.4億元、1.6億元、0.4億元。\n"
    facts = facts_by_surface(text, dt.date(2024, 4, 20))
    assert facts["22.4億元"][2] == "2024Q1"
    assert facts["0.4億元"][2] == "2024Q1"
