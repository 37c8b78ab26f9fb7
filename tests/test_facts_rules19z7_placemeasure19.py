"""Facts rules added for issue #19, round 19 (place and measure; parts Q–X as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_pair_after_a_term_of_town_and_country_is_the_towns_then_the_countrys():
    # fj1_03_zhenjiang_govreport_2019: 城鄉居民人均可支配收入達5.27萬元、2.67萬元 (the growths stay 其他)
    text = (
        "張葉飛作政府工作報告(摘要)\n  2019年高質量發展邁出堅實步伐\n"
        "  預計實現地區生產總值4200億元,增長6.1%;\n"
        "一般公共預算收入306.9億元,增長1.8%;社會消費品零售總額1430億元,增長5.5%;"
        "城鄉居民人均可支配收入達5.27萬元、2.67萬元,分別增長7.8%和8.3%;城鎮登記失業率1.75%;\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 1, 10))
    assert facts["5.27萬元"][1] == "城镇居民人均可支配收入"
    assert facts["2.67萬元"][1] == "农村居民人均可支配收入"


def test_two_pairs_from_one_year_to_another_alternate():
    # fl1_03_wuhua_govreport_2021: 城乡常住居民人均可支配收入从2015年的34731元和14824元提高到48942元和22790元
    text = (
        "五华区政府工作报告\n"
        "城乡常住居民人均可支配收入从2015年的34731元和14824元提高到48942元和22790元,年均增长7.1%和9.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 1, 20))
    assert [facts[s][1][:2] for s in ("34731元", "14824元", "48942元", "22790元")] == ["城镇", "农村", "城镇", "农村"]


def test_a_town_term_cut_at_a_reading_aid_is_the_towns():
    # fq1_12_xizang_q1_2016: 城鎮(zhèn)居民人均可支配收入6657元: not the residents' term the aid left
    text = "西藏一季度經濟運行\n一季度,城鎮(zhèn)居民人均可支配收入6657元,增長11%;農(nóng)村居民人均可支配收入1167元,增長12%。\n"
    facts = facts_by_surface(text, dt.date(2016, 4, 20))
    assert facts["6657元"][1] == "城镇居民人均可支配收入"
    assert facts["1167元"][1] == "农村居民人均可支配收入"


def test_a_term_cut_in_two_by_a_reading_aid_is_read_whole():
    # fq1_12_xizang_q1_2016: 固定資產(chǎn)投資81.23億元 is 固定资产投资, not 投资额 (the words after the aid)
    text = (
        "西藏一季度經濟運行\n數(shù)字顯示,在此期間西藏全社會固定資產(chǎn)投資81.23億元,增長22.3%,"
        "較全國平均水平高出11.6個百分點。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 4, 20))
    assert facts["81.23億元"][1] == "固定资产投资"


def test_counts_after_a_count_of_projects_break_it_down():
    # fx2_01_qinshui_keyprojects_2021: 建设项目27项(省级6项、市级5项、县级16项): each a count of projects
    text = (
        "沁水县重点工程项目进展情况\n"
        "2021年,我县省市县重点工程项目共30项,其中:建设项目27项(省级6项、市级5项、县级16项),"
        "前期项目3项(市级2项、县级1项)。总投资519.86亿元,当年计划投资63.27亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 10))
    assert all(facts[s][1] == "项目数量" for s in ("6项", "5项", "16项", "2项", "1项"))


def test_a_city_residents_income_and_a_farmers_income_are_the_towns_and_the_countrys():
    # fx1_10_beijing_m1m9_2006 (城市居民人均可支配收入), fr2_05_jiangxi_plan_2016 (農民收入將接近1.8萬元)
    text = "北京前三季度经济\n1至9月,城市居民人均可支配收入达到15009元,增长14%。\n"
    assert facts_by_surface(text, dt.date(2006, 10, 20))["15009元"][1] == "城镇居民人均可支配收入"
    text = "江西“十三五”规划\n到2020年城鎮(zhèn)居民收入將突破4萬元、農(nóng)民收入將接近1.8萬元。\n"
    assert facts_by_surface(text, dt.date(2016, 2, 19))["1.8萬元"][1] == "农村居民人均可支配收入"


def test_a_rate_in_brackets_after_a_units_average_is_that_units():
    # fx1_02_xizang_q1_2023: 比全國平均水平(5.1%)高61.1個百分點: 全国's rate, not 西藏's; the gap relates both
    text = (
        "西藏一季度經濟\n一季度,全區(qū)固定資產(chǎn)投資同比增長66.2%,比全國平均水平(5.1%)高61.1個百分點,"
        "增速居全國第一。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 26))
    assert facts["5.1%"][0] == "全国"


def test_a_yearly_average_rate_after_a_unit_is_that_units():
    # fv1_03_xizang_fiveyear_review_2005: 高于全國(guó)年均8.6%的增速: 全国's
    text = (
        "西藏“十五”回顧\n“十五”前4年西藏經濟年均增速為12.5%,高于全國(guó)年均8.6%的增速,"
        "也高于西藏“九五”期間10.7%的年均增速。\n"
    )
    facts = facts_by_surface(text, dt.date(2005, 12, 1))
    assert facts["8.6%"][0] == "全国"


def test_the_later_rates_of_places_given_a_change_take_the_rate_of_the_first():
    # fk1_04_anhui_industry_h1_2022: 池州、六安、芜湖市分别增长13.6%、10.2%、10.1%: the later two, 规上工业增加值's growth
    # (the rate of the first, read with 增速 right after the list)
    text = (
        "上半年,安徽多项工业经济数据位居长三角首位\n"
        "  另外,上半年,全省16个市中有13个市规模以上工业增加值实现增长,8个市增速高于全省平均水平。"
        "其中,池州、六安、芜湖市分别增长13.6%、10.2%、10.1%,增速居全省前3位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 27))
    assert [facts[s][1] for s in ("10.2%", "10.1%")] == ["规上工业增加值增速"] * 2
