"""Facts rules added for issue #19, round 16 (period basis, project-wide ruling 1 as parts Q–U read it): each on a
real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_breakdown_of_a_sections_run_in_period_is_inferred():
    # fs2_07_fuling_quarterly_2025: 三、固定资产投资 / 前三季度全区…。其中,… (run into its subject with no comma: its
    # own sentence's period, carried over by the 其中, inferred since ruling 16)
    text = (
        "涪陵区2025年前三季度经济运行情况\n"
        "根据地区生产总值统一核算结果,前三季度,全区实现地区生产总值1291.92亿元,同比增长6.2%。\n"
        "三、固定资产投资\n"
        "前三季度全区固定资产投资额同比增长8.2%。其中,工业投资同比增长10.1%,房地产开发投资同比下降9.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 11, 3))
    assert facts["10.1%"][2:] == ("2025Q1-Q3", "inferred")
    assert facts["9.7%"][2:] == ("2025Q1-Q3", "inferred")


def test_a_breakdown_of_a_sections_whole_year_stays_inferred():
    # f19_07_mianchi_bulletin_2022: 三、工业和建筑业 / 2022年全年工业增加值…。其中,… (a whole-year word: carried over)
    text = (
        "2022年渑池县国民经济和社会发展统计公报\n"
        "2022年,面对复杂严峻的外部环境,全县经济运行难中有进,稳中向好。\n"
        "三、工业和建筑业\n"
        "2022年全年工业增加值比上年增长 6.3 %。其中,规模以上工业增加值增长7.2%,增速比2021年减低2.2个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 20))
    assert facts["7.2%"][2:] == ("2022", "inferred")


def test_a_paragraph_lead_after_a_verdict_states_every_figure_of_its_paragraph():
    # fu1_02_yanbian_h1_2023: 指标保持较高增速。上半年,延边州GDP…。社会消费品零售总额… (the verdict is the topic)
    text = (
        "延边州上半年经济运行情况\n"
        "年初以来,延边州委、州政府全面贯彻中央和吉林省经济工作会议精神,务实推进、狠抓落实。\n"
        "指标保持较高增速。上半年,延边州GDP实现404.8亿元,增长7.5%。社会消费品零售总额和限上社零额分别增长16.8%、"
        "33.3%,分别居吉林省第三和第一位;延边州规上工业增加值增长5%,居吉林省第4位。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 8, 1))
    assert facts["16.8%"][2:] == ("2023H1", "stated")
    assert facts["5%"][2:] == ("2023H1", "stated")


def test_an_analysts_lead_in_before_the_period_opens_the_paragraph():
    # fu2_11_jiangxi_q1_2021: 省统计局有关负责人分析,一季度,主要经济指标…。第一产业增加值370亿元 (a speaker's lead-in)
    text = (
        "“十四五”开局江西“开门红”\n"
        "  省统计局有关负责人分析,一季度,主要经济指标同比大幅上升,是经济因素、政策因素、基数因素效应共同作用的结果,"
        "经济运行仍呈恢复性增长。第一产业增加值370亿元,同比增长9.5%,两年平均增长4.4%;"
        "第二产业增加值2833亿元,同比增长22.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 4, 21))
    assert facts["370亿元"][2:] == ("2021Q1", "stated")
    assert facts["2833亿元"][2:] == ("2021Q1", "stated")


def test_a_semicolon_clause_of_a_lead_line_is_stated_like_its_first_clause():
    # ft1_01_zhangye_h1_2022: a text with no title line; …今年上半年,…。其中,第一產業…;第二產業增加值57.94億元 (the ；-clause
    # continues the sentence whose first clause the paragraph's lead states)
    text = (
        "記者近日從張掖市統計部門了解到,今年上半年,張掖市經濟保持穩步增長態勢。根據地區生產總值統一核算結果,"
        "全市完成地區生產總值252.52億元,同比增長5.1%。其中,第一產業增加值42.44億元,增長10%;"
        "第二產業增加值57.94億元,增長4.8%;第三產業增加值152.14億元,增長3.9%。\n"
        "分行業看,全市規模以上工業增加值同比增長10.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 8))
    assert facts["42.44億元"][2:] == ("2022H1", "stated")
    assert facts["57.94億元"][2:] == ("2022H1", "stated")
    assert facts["152.14億元"][2:] == ("2022H1", "stated")
