"""Facts rules added for issue #19, round 7 (place; parts K, L and M as development data): each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

_GUANGDONG_ZONES = (
    "中宏网讯 11月19日,广东省人民政府新闻办公室举办“广州花都经济开发区获批升级为国家级经济技术开发区”新闻发布会。\n"
    "会上,广东省商务厅党组成员、副厅长朱小军介绍,今年10月,国务院批准广州花都经济开发区等4个省级开发区升级为"
    "国家级经济开发区,广东省累计获批8家国家级经开区。\n"
    "此外,广东省政府还批准设立56家省级经开区。全省64家经开区,地域面积约占全省2.6%,2023年实现地区生产总值"
    "2.1万亿元、进出口1.1万亿元。\n"
)


def test_a_self_word_above_a_zone_that_opens_its_clause_is_its_units_subject():
    # fm2_07_guangdong_devzones_2024: the text's place is the title's zone (花都经开区); 。全省64家经开区…实现
    # 地区生产总值2.1万亿元 is about 广东, the unit 全省 names
    facts = facts_by_surface(_GUANGDONG_ZONES, dt.date(2024, 11, 20))
    assert facts["2.1万亿元"][0] == facts["1.1万亿元"][0] == "广东"


def test_a_self_word_in_a_list_after_another_place_is_no_subject():
    # fi1_06_anqing_govreport_2025: 高于全国、全省1个、0.2个百分点 (a relation's list item) leaves 安庆 the subject
    text = (
        "安庆市人民政府工作报告\n"
        "全年GDP增长6%,高于全国、全省1个、0.2个百分点,总量跨过3000亿元历史性节点;"
        "限上消费品零售额增速连续8个月位居全省第1。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 2, 1))["3000亿元"][0] == "安庆"


def test_a_text_that_surveys_a_units_counties_is_that_units():
    # fm2_04_chongqing_districts_h1_2025: 全市各区县GDP增速 with one county (忠县) named in full: 重庆, not 忠县
    text = (
        "8月5日,记者从市统计局获悉,日前该局公布了今年上半年全市各区县GDP增速数据,"
        "其中渝北、长寿和潼南的增速位列全市区县前3位。\n"
        "按照市统计局统计,今年上半年我市GDP增速为5%,主城都市区GDP增速为5.2%。\n"
        "在全市各区县中,有22个区县的上半年GDP增速“跑赢”全市增速。其中,大渡口、九龙坡、梁平、忠县、彭水等区县的"
        "增速均在6%及以上。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 8, 5))["5%"][0] == "重庆"


def test_county_names_of_a_main_place_named_only_by_self_words_are_places():
    # fm2_04_chongqing_districts_h1_2025: 重庆 is never written; its districts 渝北, 长寿 are places all the same
    text = (
        "8月5日,记者从市统计局获悉,日前该局公布了今年上半年全市各区县GDP增速数据,"
        "其中渝北、长寿和潼南的增速位列全市区县前3位。\n"
        "在全市各区县中,有22个区县的上半年GDP增速“跑赢”全市增速。其中,渝北和长寿增速超过或达到7%;"
        "梁平、忠县、彭水等区县的增速均在6%及以上。\n"
    )
    assert set(facts_by_surface(text, dt.date(2025, 8, 5))["7%"][0].split("、")) == {"渝北", "长寿"}


def test_places_before_deng_and_a_word_for_places_are_the_subject():
    # fm2_04_chongqing_districts_h1_2025: 大渡口、…、彭水等区县的增速均在6%: the listed districts, not examples
    text = (
        "日前市统计局公布了今年上半年全市各区县GDP增速数据,其中渝北、长寿和潼南的增速位列全市区县前3位。\n"
        "在全市各区县中,有22个区县的上半年GDP增速“跑赢”全市增速。其中,渝北和长寿增速超过或达到7%;"
        "大渡口、九龙坡、南岸、北碚、涪陵、綦江(不含万盛)、大足、潼南、梁平、忠县、彭水等区县的增速均在6%及以上。\n"
    )
    place = facts_by_surface(text, dt.date(2025, 8, 5))["6%"][0]
    assert place.split("、")[0] == "大渡口" and len(place.split("、")) == 11


def test_a_subject_before_a_self_word_above_the_main_place_wins_its_relation():
    # fm2_07_guangdong_devzones_2024: 全省64家经开区,地域面积约占全省2.6%: 广东's share, not 花都经开区、广东
    assert facts_by_surface(_GUANGDONG_ZONES, dt.date(2024, 11, 20))["2.6%"][0] == "广东"


def test_a_count_of_a_levels_zones_held_by_the_clauses_subject_is_its():
    # fm2_07_guangdong_devzones_2024: 广东省累计获批8家国家级经开区, 广东省政府还批准设立56家省级经开区: 广东
    # Round 39 (place39): the gold of fm2_07 now reads these counts of zones as place `-` (ruling 4, counts of places).
    facts = facts_by_surface(_GUANGDONG_ZONES, dt.date(2024, 11, 20))
    assert facts["8家"][0] == facts["56家"][0] == "-"


def test_a_count_of_a_levels_zones_in_a_rankings_field_is_no_place():
    # fl1_09_wuhu-etdz_review_2022: 在全省126家省级以上开发区综合考评中: the field of a ranking, `-`
    text = (
        "芜湖经济技术开发区2021年度考评成绩出炉\n"
        "在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第2位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 3, 1))
    assert facts["217家"][0] == facts["126家"][0] == "-"


def test_a_county_short_name_right_before_a_measure_is_a_place():
    # fi1_05_zhejiang_qianyixian_2024: 比如,瑞安经济总量突破1450亿元 under 浙江: 瑞安, written once
    text = (
        "浙江千亿县最新排名出炉\n"
        "第三,其他千亿县排名相对平稳,但也不乏有特别“出挑”的。\n"
        "比如,瑞安经济总量突破1450亿元,时隔12年全省排位重回第18位,为近十年最好排名。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 2, 1))
    assert facts["1450亿元"][0] == facts["第18位"][0] == "瑞安"


def test_a_capital_after_its_province_and_shenghui_is_the_subject():
    # fi2_07_yunnan_16_prefectures_2021: 云南省会昆明,虽然GDP总量排第一…以3.7%位列第十五名: 昆明
    text = "云南16州(市)GDP数据出炉!\n云南省会昆明,虽然GDP总量排第一,在增速上却有所放缓,以3.7%位列第十五名。\n"
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert facts["第一"][0] == facts["3.7%"][0] == facts["第十五名"][0] == "昆明"


def test_several_series_after_fenbie_are_one_place_each_in_every_series():
    # fi2_07_yunnan_16_prefectures_2021: 楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三
    text = (
        "云南16州(市)GDP数据出炉!\n"
        "16个州市中,GDP增速最快的是曲靖,达到12%。紧随其后的楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三,"
        "表现抢眼。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert facts["11.2%"][0] == facts["第二"][0] == "楚雄"
    assert facts["10.1%"][0] == facts["第三"][0] == "昭通"


def test_a_name_right_before_its_value_after_shi_is_its_subject():
    # fi2_07_yunnan_16_prefectures_2021: 地区生产总值位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元
    text = (
        "云南16州(市)GDP数据出炉!\n"
        "具体到全省16州市,地区生产总值位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元、红河州2827.42亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert (facts["7222.50亿元"][0], facts["3393.91亿元"][0]) == ("昆明", "曲靖")


def test_a_bare_city_name_listed_before_a_zone_shares_its_suffix():
    # fm2_07_guangdong_devzones_2024: 广东省2家进入前10,广州、南沙经开区分别位列第2、第7位
    text = _GUANGDONG_ZONES + (
        "在商务部2023年针对229家国家级经开区综合考核中,广东省2家进入前10,广州、南沙经开区分别位列第2、第7位。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 11, 20))
    assert (facts["第2"][0], facts["第7位"][0]) == ("广州经开区", "南沙经开区")


def test_a_city_club_written_zhicheng_is_a_club_threshold():
    # fm2_02_jiangsu_govreport_2024: 地区生产总值万亿之城增至5座: the club's threshold, `-` (FACTS.md)
    text = "江苏省政府工作报告\n过去一年,江苏地区生产总值达12.82万亿元、增长5.8%。地区生产总值万亿之城增至5座。\n"
    facts = facts_by_surface(text, dt.date(2024, 1, 25))
    assert (facts["12.82万亿元"][0], facts["万亿"][0]) == ("江苏", "-")


def test_a_count_of_a_provinces_key_projects_is_no_count_of_provinces():
    # fm1_03_sichuan_projects_2021: 700个省重点项目完成投资3912.4亿元: 四川's list of projects, not 700 provinces
    text = (
        "四川上半年省重点项目完成投资3912.4亿元\n"
        "记者7月20日从四川省发展改革委获悉,上半年,700个省重点项目完成投资3912.4亿元,年度投资完成率64.3%。\n"
    )
    assert facts_by_surface(text, dt.date(2021, 7, 21))["700个"][0] == "四川"


def test_a_figure_whose_unit_is_places_is_a_count_of_places():
    # f19_01_provinces_q3_2025: 除了广东4.1%低于全国增速、福建5.2%与全国增速持平外,其余8省都高于全国增速: `-`
    text = (
        "前三季度各省GDP出炉\n"
        "总值前十位的省市中,除了广东4.1%低于全国增速、福建5.2%与全国增速持平外,其余8省都高于全国增速。\n"
        "从经济增速看,西藏、甘肃、湖北、宁夏等20省区市的经济增速超过全国。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 10, 30))
    assert facts["8省"][0] == facts["20省区市"][0] == "-"


def test_a_place_after_chule_is_its_clauses_subject():
    # f19_01_provinces_q3_2025: 总值前十位的省市中,除了广东4.1%低于全国增速: 广东
    text = (
        "前三季度各省GDP出炉\n"
        "湖北增速为6%,在总量前十省市中增速排名第一。\n"
        "总值前十位的省市中,除了广东4.1%低于全国增速、福建5.2%与全国增速持平外,其余8省都高于全国增速。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 10, 30))
    assert (facts["4.1%"][0], facts["5.2%"][0]) == ("广东", "福建")


def test_a_countys_own_text_that_ranks_it_among_its_citys_counties_stays_the_countys():
    # guard of the rule above (fm2_04's 全市各区县): a text naming its county again and again is the county's
    text = (
        "上半年经济运行稳中有进\n"
        "上半年,忠县实现地区生产总值200亿元,增长6%。忠县工业增加值增长8%,增速居全市各区县第1位。"
        "忠县农业稳定。\n上半年固定资产投资增长10%,消费平稳。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 8, 5))["10%"][0] == "忠县"
