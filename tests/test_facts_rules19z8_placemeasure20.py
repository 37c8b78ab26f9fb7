"""Facts rules added for issue #19, round 20 (place and measure; parts Q–Y as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_the_byline_a_text_opens_with_names_the_paper_not_the_place():
    # fy1_07_yunnan_signing_2023: 昆明信息港讯(昆明日报 记者杨敏) … 中国产业转移发展对接活动(云南): 云南's signing
    text = (
        "昆明信息港讯(昆明日报 记者杨敏)9月3日,2023中国产业转移发展对接活动(云南)现场举行签约仪式。"
        "签约项目382个、计划投资金额3966亿元。\n"
        "在签约项目中,投资100亿元以上的项目6个,共1008亿元;投资50亿元至100亿元的项目14个,共829亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 9, 3))
    assert facts["3966亿元"][0] == "云南"
    assert facts["1008亿元"][0] == "云南"


def test_a_region_named_by_an_area_and_its_own_words_is_one_name():
    # fy2_08_chengyu_h1_2024: 成渝地区双城经济圈 (双城 is a county's short name), and 双城经济圈 in the title is it
    text = (
        "双城经济圈上半年GDP实现40365.7亿元 占西部地区总量超三成,产业发展支撑有力、多点开花\n"
        "8月22日,市统计局发布数据称,今年上半年成渝地区双城经济圈实现地区生产总值(GDP)40365.7亿元,"
        "占全国总量的6.5%、西部地区的30.7%,分别比上年同期提高0.1个、0.2个百分点。\n"
        "上半年成渝地区双城经济圈农业经济发展实现稳中略升,第一产业增加值同比增长3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 8, 23))
    assert facts["40365.7亿元"][0] == "成渝地区双城经济圈"
    assert facts["3%"][0] == "成渝地区双城经济圈"


def test_counties_listed_across_a_province_are_the_provinces_list():
    # fy2_06_guangdong_signing_2024: no place in the title; 陽春市 named twice among counties of many prefectures
    text = (
        "12個項目現場簽約,全力推動“百千萬工程”取得新成效\n"
        "高質量發展是實現高位起跑、高位過坎的破題關鍵。\n"
        "2月18日,廣東省委、省政府在深圳召開全省高質量發展大會,吹響了新的一年廣東加快高質量發展、現代化建設的奮進號角。"
        "“科技賦能 產業支撐 全力推動‘百千萬工程’取得新成效分論壇”於當天下午舉行, 12個項目現場簽約,"
        "包含投資類項目9個、總投資額110億元,助力類項目3個、捐助金額1.72億元。\n"
        "據介紹,此次簽約的12個項目分別爲海關草埔生活區片區棚戶區改造項目、粵港澳大灣區(廣東·惠州)綠色農產品生產供應基地項目(二期)、"
        "陽春市方興農業桑蠶產業園項目、化州市平定鎮化橘紅(沉香)產業園項目、清遠市新紀元外國語高中學校項目、湘橋區婦幼保健院改造提升項目"
        "和羅定市榃濱鎮人居環境建設項目。\n"
        "據悉,12個簽約項目中,珠三角(羅湖區、博羅縣、高要區)、粵東(海豐縣、湘橋區、惠來縣)、粵西(陽春市、徐聞縣、化州市)、"
        "粵北片區(南雄市、英德市、羅定市)各3個。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 18))
    assert facts["110億元"][0] == "广东"
    assert facts["1.72億元"][0] == "广东"


def test_a_change_of_places_after_a_growth_is_that_growth():
    # fv1_01_ningxia_industry_h1_2024: 其中宁东基地增长28%; 固原市、中卫市实现较快增长,分别增长14.9%和10.6%; 吴忠市增长9.6%
    text = (
        "宁夏上半年工业运行\n"
        "今年上半年重点地区拉动明显,银川市规上工业增加值同比增长16.8%,其中宁东基地增长28%,高于全区15.2个百分点,"
        "依然是拉动全区增长的主力地区。固原市、中卫市实现较快增长,分别增长14.9%和10.6%;吴忠市增长9.6%,保持平稳运行。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 7, 23))
    assert [facts[s][1] for s in ("28%", "14.9%", "10.6%", "9.6%")] == ["规上工业增加值增速"] * 4


def test_a_count_of_places_after_a_count_of_projects_breaks_it_down():
    # fx2_05_yichang_signing_2018: 当日签约的27个项目…。其中,宜昌高新区10个,宜都市3个
    text = (
        "12月27日,宜昌市专业招商重点项目集中签约仪式在城区举行,协议总投资93.57亿元的27个项目集中签约。\n"
        "当日签约的27个项目,除宜昌市与上海国际港务(集团)股份有限公司合作项目外,其他项目均分布在宜昌高新区及各县市区。"
        "其中,宜昌高新区10个,宜都市3个,枝江市3个,当阳市5个,夷陵区3个,西陵区1个,点军区1个。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 27))
    assert [facts[s][1] for s in ("10个", "5个", "1个")] == ["项目数量"] * 3
