"""Facts rules added for issue #19, round 17 (place; part V as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_places_domestic_tax_revenue_is_no_country_figure():
    # fv2_10_boluo_county_2023: 国内税收收入 is 博罗's revenue, as 国内生产总值 is a place's GDP
    text = (
        "博罗县经济稳中向好\n"
        "最新统计数据显示,1—9月,博罗县规上工业增加值增长7.6%,一般公共预算收入57.63亿元、增长16.3%,"
        "国内税收收入87.73亿元、增长31.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 20))
    assert facts["87.73亿元"][0] == "博罗"
    assert facts["31.3%"][0] == "博罗"


def test_a_glossed_gdp_name_is_no_country_and_an_idiom_no_place():
    # fv1_03_xizang_fiveyear_review_2005: 國(guó)內(nèi)生產(chǎn)總值 (a mirror's glosses) is 西藏's GDP, and
    # 長(zhǎng)治久安 (lasting peace) names no city: the text is 西藏's
    text = (
        "“十五”計(jì)劃開始實(shí)施5年來,西藏自治區(qū)國(guó)內(nèi)生產(chǎn)總值連續(xù)5年保持12%以上的增長(zhǎng)速度,"
        "正從加快發(fā)展走向跨越式發(fā)展,從基本穩(wěn)定走向長(zhǎng)治久安。\n"
        "“十五”期間西藏固定資產(chǎn)投資累計(jì)近700億元,是“九五”期間的3倍。\n"
    )
    facts = facts_by_surface(text, dt.date(2005, 12, 1))
    assert facts["12%"][0] == "西藏"
    assert facts["700億元"][0] == "西藏"


def test_a_county_text_opening_on_its_bare_zone_is_the_zones():
    # fv2_06_jintan_devzone_2018: 开发区是我区经济发展的主战场 in 金坛's news: the text is 金坛开发区's
    text = (
        "开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里。"
        "同时规划建设中德(金坛)创新产业区。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 1))
    assert facts["171平方公里"][0] == "金坛开发区"


def test_a_ranking_of_a_units_counties_is_the_units():
    # fv1_12_chongqing_investment_ranking_q3_2023: …对三季度各区县招商引资成效进行分类排名 and the districts ranked:
    # 全市's figures are 重庆's, not the district named most
    text = (
        "10月26日,市招商投资局发布今年三季度重庆招商投资“赛马榜”,通过一个综合榜、五个单项榜对三季度各区县"
        "招商引资成效进行分类排名。综合排名榜中,巴南区、渝北区、永川区、九龙坡区、渝中区位列前五。"
        "重大项目投资榜显示,三季度全市到位资金1370亿元。渝北区、江津区、合川区分别上榜1个项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 26))
    assert facts["1370亿元"][0] == "重庆"


def test_a_name_several_counties_share_is_a_word_when_no_unit_above_is_named():
    # fv2_04_mawei_cifit_2013: 宜业的新城区 (西安's or 呼和浩特's 新城区? neither: a new town) is no place, and 我区 is
    # the district the opening names: 马尾
    text = (
        "17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元。\n"
        "以“宜居宜业马尾新城,开放开发福州新区”为宣传主题,重点宣传我区从单一的经济技术开发区向宜居、宜业的"
        "新城区转变的发展战略,突出我区新城建设的地位。\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 9, 17))
    assert facts["58713万美元"][0] == "马尾"
