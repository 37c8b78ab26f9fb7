"""Facts rules added for issue #19, round 13 (place and measure; part S as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_dateline_with_a_pinyin_gloss_after_the_outlet():
    # fs1_03_guizhou_projects_2019: 央廣網(wǎng)貴陽11月8日消息 is a dateline (filed in 贵阳): the text is 贵州's
    text = (
        "央廣網(wǎng)貴陽11月8日消息(記者王珩)11月7日,貴州省2019年第四季度重大工程項目暨基礎(chǔ)設(shè)施"
        "“六網(wǎng)會戰(zhàn)”項目舉行集中開工活動。此次集中開工項目共333個,總投資2078億元。\n"
        "從區(qū)域看,貴陽市項目30個,總投資508億元;遵義市項目30個,總投資136億元。開工項目投資總量排前三位的分別是貴陽市、"
        "貴安新區(qū)和黔西南州。\n"
        "據(jù)貴州省發(fā)展改革委有關(guān)負(fù)責(zé)人介紹,此次集中開工項目有四個特點(diǎn)。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 11, 8))
    assert facts["2078億元"][0] == "贵州"
    assert facts["508億元"][0] == "贵阳"


def test_the_corps_is_a_place_of_its_own():
    # fs2_11_bingtuan_quarterly_2015: the 新疆生产建设兵团's report calls it 兵团 (gazetteer: 660000, short 兵团)
    text = (
        "前三季度兵团国民经济运行稳中有进\n"
        "国家统计局兵团调查总队提供的数据显示:初步核算,前三季度兵团实现生产总值1147.06亿元,按可比价格计算,同比增长"
        "12.1%,增速较上年同期回落4.2个百分点,高于全国5.2个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 10, 30))
    assert facts["1147.06亿元"][0] == facts["12.1%"][0] == "兵团"
    assert facts["5.2个百分点"][0] == "兵团、全国"


def test_a_rate_of_the_unit_compared_with_before_the_gap():
    # fs2_08_hainan_quarterly_2010: 比全国增长11.9%高13.2个百分点: 11.9% is 全国's, the gap relates 海南 and 全国
    text = (
        "海南国际旅游岛建设开局良好 一季度主要经济指标全国第一\n"
        "一季度,海南实现地区生产总值479.67亿元,比上年同期增长25.1%,创下1993年以来同期的最高增速,比全国增长11.9%"
        "高13.2个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2010, 4, 28))
    assert facts["11.9%"][0] == "全国"
    assert facts["13.2个百分点"][0] == "海南、全国"
    assert facts["25.1%"][0] == "海南"


def test_a_count_of_zones_is_a_count_of_places():
    # fs1_09_yunnan_devzones_2023: 全省89個開發區, 11個開發區, 7個重點省級開發區 count zones (ruling 4: `-`)
    text = (
        "云南89個開發區主要經濟指標快速增長\n"
        "今年以來,云南省大力實施開發區振興三年行動,著力壯大園區經濟,全省89個開發區主要經濟指標實現快速增長。"
        "其中,11個開發區規模以上工業增加值同比增長超過20%。15個國家級開發區產業集中度達55.8%,"
        "7個重點省級開發區產業集中度達34.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 10, 1))
    assert facts["89個"][0] == facts["11個"][0] == facts["7個"][0] == "-"


def test_a_like_for_like_change_is_the_growth_of_the_measure_before():
    # fs2_07_fuling_quarterly_2025: 一般公共预算收入70.11亿元,同口径下降19.4%
    text = "五、财税收入\n前三季度全区实现一般公共预算收入70.11亿元,同口径下降19.4%,其中税收收入39.43亿元。\n"
    facts = facts_by_surface(text, dt.date(2025, 10, 30))
    assert facts["19.4%"][1] == "一般公共预算收入增速"


def test_fixed_assets_completed_investment_is_fixed_asset_investment():
    # fs2_08_hainan_quarterly_2010: 全社会固定资产完成投资总额 (measures.yml synonyms)
    text = "一季度,全社会固定资产完成投资总额244.76亿元,比上年同期增长79.6%,比全国增长25.6%高54个百分点。\n"
    facts = facts_by_surface(text, dt.date(2010, 4, 28))
    assert facts["244.76亿元"][1] == "固定资产投资"
    assert facts["79.6%"][1] == facts["25.6%"][1] == "固定资产投资增速"


def test_a_county_short_name_after_a_year_opens_a_list():
    # fs2_04_jiangsu_countyrank_2023: 2022年东台、高邮、沛县、仪征GDP分别达…: one county each
    text = (
        "江苏“千亿县”添4名新成员,增至21个\n"
        "据悉,江苏各地2022年GDP数据陆续公布。不负众望,今年4名“后备军”全部转正,2022年东台、高邮、沛县、仪征GDP分别达"
        "1050.52亿元、1014.81亿元、1012.23亿元、1002.93亿元,成功加入江苏“千亿俱乐部”。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 10))
    assert facts["1050.52亿元"][0] == "东台"
    assert facts["1012.23亿元"][0] == "沛县"
    assert facts["1002.93亿元"][0] == "仪征"


def test_an_events_site_opens_its_clause():
    # fs2_02_chongqing_projects_2023: 开工活动主现场九龙坡区集中开工项目共计30个: 九龙坡's, not the text's 重庆
    text = (
        "重庆市2023年第二季度重大项目集中开工\n"
        "社会资本积极参与,将助力重庆经济稳定回升和持续健康发展。\n"
        "开工活动主现场九龙坡区集中开工项目共计30个,总投资226.2亿元,年度投资计划34.2亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 20))
    assert facts["30个"][0] == facts["226.2亿元"][0] == "九龙坡"


def test_seats_in_a_ranking_are_a_count_of_places():
    # fs2_05_jiangsu_top100_2020: 我省斩获14个席位,浙江省获得8个席位 (ruling 4: `-`)
    text = "百强县中GDP突破千亿级别的县域达到33个,较上年增加3个。其中,我省斩获14个席位,浙江省获得8个席位。\n"
    facts = facts_by_surface(text, dt.date(2020, 11, 20))
    assert facts["14个"][0] == facts["8个"][0] == "-"


def test_a_months_change_is_the_growth_of_the_measure_before():
    # fs2_06_hunan_halfyear_2020: 全省规模工业增加值增长1.9%,…,其中6月份增长5.4%
    text = (
        "湖南工业生产稳步回升,全省规模工业增加值增长1.9%,比一季度回升4个百分点,其中6月份增长5.4%,"
        "连续4个月保持在4%以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 7, 20))
    assert facts["5.4%"][1] == facts["1.9%"][1] == "规上工业增加值增速"


def test_a_list_whose_respectively_gives_no_values_keeps_the_figure_all_of_theirs():
    # fs2_03_jiulongpo_projects_2021: the three districts each held an event; the 82 projects are all of theirs
    text = (
        "重庆市2021年第一季度重大项目集中开工\n"
        "九龙坡区、大渡口区、涪陵区分别举行项目集中开工或签约活动,开工签约项目共82个,总投资为925.15亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 30))
    assert facts["82个"][0] == facts["925.15亿元"][0] == "九龙坡、大渡口、涪陵"
