"""Facts rules added for issue #19, round 15 (period basis, project-wide ruling 1 as parts Q–T read it): each on a
real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_paragraph_lead_states_every_figure_of_its_paragraph():
    # fj1_08_beijing_review_2023: 2023年,北京市… opens the paragraph; its later sentences are governed by it
    text = (
        "北京 协同发展走深走实\n"
        "2023年,北京市地区生产总值增长5.2%、约4.4万亿元,一般公共预算收入增长8.2%、突破6000亿元。"
        "全市新设经营主体30.5万户。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 21))
    assert facts["5.2%"][2:] == ("2023", "stated")
    assert facts["30.5万户"][2:] == ("2023", "stated")


def test_a_breakdown_after_a_source_lead_in_is_stated():
    # fq2_09_guizhou_q3_2021: 统计显示,今年前三季度,我省…。其中,… (a lead-in before the paragraph's period)
    text = (
        "贵州前三季度市县经济发展情况公布\n"
        "统计显示,今年前三季度,我省地区生产总值 13985.53 亿元,同比增长 8.7%,两年平均增长 5.9%。"
        "其中,第一产业增加值 1993.65 亿元,增长 7.7%,两年平均增长 6.9%;第二产业增加值 4833.84 亿元,增长 9.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["1993.65 亿元"][2:] == ("2021Q1-Q3", "stated")
    assert facts["4833.84 亿元"][2:] == ("2021Q1-Q3", "stated")


def test_a_statistics_source_before_the_period_opens_the_paragraph():
    # fs2_07_fuling_quarterly_2025: 根据地区生产总值统一核算结果,前三季度,全区…。其中,… (a source's lead-in)
    text = (
        "涪陵区2025年前三季度经济运行情况\n"
        "根据地区生产总值统一核算结果,前三季度,全区实现地区生产总值1291.92亿元,按不变价格计算(下同),同比增长6.2%。"
        "其中,第一产业实现增加值72.61亿元,同比增长3.8%;第二产业实现增加值730.64亿元,同比增长7.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 11, 3))
    assert facts["72.61亿元"][2:] == ("2025Q1-Q3", "stated")
    assert facts["730.64亿元"][2:] == ("2025Q1-Q3", "stated")


def test_a_period_run_into_its_subject_under_a_heading_is_its_own_sentences():
    # fs2_07_fuling_quarterly_2025: 二、工业 / 前三季度全区规模以上工业增加值…。…其中:变压器… (no comma after it: the
    # later sentences carry the period over, inferred since ruling 16)
    text = (
        "涪陵区2025年前三季度经济运行情况\n"
        "根据地区生产总值统一核算结果,前三季度,全区实现地区生产总值1291.92亿元,同比增长6.2%。\n"
        "二、工业\n"
        "前三季度全区规模以上工业增加值同比增长8.1%。多种主要工业产品产量大幅增长,其中:变压器累计实现2828.08万千伏安,"
        "增长44.9%;精制食用植物油实现产量303136吨,增长28.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 11, 3))
    assert facts["2828.08万千伏安"][2:] == ("2025Q1-Q3", "inferred")
    assert facts["303136吨"][2:] == ("2025Q1-Q3", "inferred")


def test_the_first_sentence_with_figures_after_a_lead_sentence_leads_the_paragraph():
    # ft2_08_shaanxi_halfyear_2020: 今年以来,…农业生产形势稳定。上半年,全省夏粮…。夏收油料增产,…
    text = (
        "上半年陕西经济运行情况\n"
        "  一、夏粮喜获丰收\n"
        "  今年以来,因气候条件总体较好,农作物生长发育情况良好,农业生产形势稳定。上半年,全省夏粮总产量453.5万吨,"
        "同比增长7.9%;夏粮播种面积1655.5万亩,下降0.1%。夏收油料增产,夏收油料面积260.23万亩,增长0.5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 7, 22))
    assert facts["260.23万亩"][2:] == ("2020H1", "stated")


def test_a_list_point_lead_sentence_does_not_lead_its_paragraph():
    # fn2_11_guangxi_halfyear_2021: 二是供给稳健。上半年,…。全区农林牧渔业… (a point of a list, not a lead)
    text = (
        "广西上半年经济运行情况\n"
        "二是供给稳健。上半年,三次产业生产恢复态势趋好。全区农林牧渔业增加值同比增长7.9%,增速比一季度加快0.3个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 20))
    assert facts["7.9%"][2:] == ("2021H1", "inferred")


def test_a_text_whose_first_sentence_was_taken_for_its_title_continues_it():
    # ft1_01_zhangye_h1_2022: 記者…了解到,今年上半年,張掖市經濟保持穩步增長態勢。根據…,全市完成地區生產總值252.52億元
    text = (
        "記者近日從張掖市統計部門了解到,今年上半年,張掖市經濟保持穩步增長態勢。根據地區生產總值統一核算結果,"
        "全市完成地區生產總值252.52億元,同比增長5.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 8))
    assert facts["252.52億元"][2:] == ("2022H1", "stated")


def test_a_dateline_and_its_byline_open_the_paragraph():
    # fr1_07_hainan_h1_2014: 南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,…。其中,… (the byline is no sentence)
    text = (
        "海南上半年GDP增长8%\n"
        "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。"
        "其中,洋浦以增速14.2%位列第一,临高县12.2%、东方市11.6%分列第二、三位。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 7, 25))
    assert facts["14.2%"][2:] == ("2014H1", "stated")


def test_a_paragraph_lead_governs_the_figures_of_a_whole_year_word_after_it():
    # fq1_06_hongtong_bulletin_2019: 2019年,全县上下…。全年实现地区生产总值…。其中,… (全年 names the lead's year)
    text = (
        "2019年洪洞县国民经济和社会发展统计公报\n"
        "2019年,全县上下坚持稳中求进工作总基调,经济运行总体平稳。全年实现地区生产总值1514976万元,"
        "按可比价格计算,比上年增长2.7%。其中,第一产业增加值99455.3万元,增长3.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 4, 20))
    assert facts["1514976万元"][2:] == ("2019", "stated")
    assert facts["99455.3万元"][2:] == ("2019", "stated")


def test_two_short_lead_ins_before_the_paragraph_period():
    # fq2_09_guizhou_q3_2021: 分市州看,在经济总量方面,今年前三季度,贵阳…。该地区生产总值首次突破 3000 亿元
    text = (
        "贵州前三季度市县经济发展情况公布\n"
        "分市州看,在经济总量方面,今年前三季度,贵阳地区生产总值为 3102.44 亿元,占全省的比重为 22.2%;"
        "遵义地区生产总值 3037.87 亿元,占全省的比重为 21.7%。该地区生产总值首次突破 3000 亿元,同比增速位居 9 个市(州)首位。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 11, 13))
    assert facts["3000 亿元"][2:] == ("2021Q1-Q3", "stated")
