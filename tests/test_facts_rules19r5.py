"""Facts rules added for issue #19 (round 5, part I as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_an_undated_text_that_names_no_time_gives_its_counts_as_of_publication():
    # fi2_02_zhengzhou_jkq_clusters: no date in its sidecar, no time word before the figures
    text = (
        "郑州经开区2个项目\n拟入选河南首批产业园区集群地标\n"
        "本报讯(记者 王译博 董茜)近日,记者从省发展改革委获悉,河南省第一批36个产业园区集群地标名单进入公示阶段。\n"
    )
    facts = facts_by_surface(text)
    assert facts["36个"][2:] == ("as_of_publication", "inferred")


def test_an_undated_text_that_wrote_a_relative_period_leaves_it_unresolved():
    # fi1_03_hanjiang_h1_2019: 今年上半年 without a date is not as of publication: nothing is invented
    text = (
        "邗江经济半年报\n统计数据显示,今年上半年,邗江全区地区生产总值完成475.09亿元,按可比价增长7.2%。\n"
        "其中,一产增加值7.37亿元,增长1.5%。\n"
    )
    facts = facts_by_surface(text)
    assert facts["7.37亿元"][2:] == ("-", "unknown")


def test_a_line_that_is_a_place_name_alone_heads_the_lines_below_it():
    # fi1_10_prd_nine_cities_targets_2021: 广州 and 惠州 head their own lists of targets
    text = (
        "主要预期目标 大湾区九市 今年这样干\n看看珠三角九市今年如何撸起袖子加油干。\n广州\n"
        "●地区生产总值增长6%以上\n●固定资产投资增长8%\n深圳\n重点工作\n惠州\n●地区生产总值增长8.5%\n"
        "●固定资产投资增长18%\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 1))
    assert facts["6%"][0] == "广州" and facts["8%"][0] == "广州"
    assert facts["8.5%"][0] == "惠州" and facts["18%"][0] == "惠州"


def test_a_work_report_is_about_the_unit_whose_congress_hears_it():
    # fi1_06_anqing_govreport_2025: 桐城 is mentioned more than 安庆, but the report is 安庆's
    text = (
        "政府工作报告\n——2025年1月12日在安庆市第十八届人民代表大会第四次会议上\n一、2024年工作回顾\n"
        "2024年10月,习近平总书记亲临安庆桐城六尺巷考察。桐城、桐城、桐城。\n"
        "全年GDP增长6%,高于全国、全省1个、0.2个百分点,总量跨过3000亿元历史性节点。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 1, 12))["6%"][0] == "安庆"


def test_a_club_threshold_takes_the_money_measure_named_before_it():
    # fi2_07_yunnan_16_prefectures_2021: 突破3000亿大关 and 跻身“1000亿行列” are thresholds of GDP
    text = (
        "云南16州(市)GDP数据出炉\n全省实现地区生产总值27146.76亿元。\n"
        "曲靖市排名第二\n突破3000亿大关\n大理州跻身“1000亿行列”\n以1632.99亿元的成绩\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert facts["3000亿"][1] == "地区生产总值" and facts["1000亿"][1] == "地区生产总值"


def test_words_that_only_seem_to_hold_a_name_are_not_mentions():
    # fi1_07_zhejiang_qianyixian_zjrb_2026: 四成县 is four tenths of the counties, not 成县 (Gansu);
    # fi1_09_shandong_county_gdp_2016: 和县域 is 和 + 县域, not 和县 (Anhui)
    from shangyu_analysis.extract.fact_place_names import without_false_names
    from shangyu_analysis.extract.places import find_places

    for simple, false in (
        ("浙江超四成县(市、区)经济总量突破千亿大关", "成县"),
        ("不少读者查知和县域间寻找差距", "和县"),
        ("国内生产总值的含义", "全国"),
    ):
        assert false in [m.place for m in find_places(simple)]
        assert false not in [m.place for m in without_false_names(find_places(simple), simple)]


def test_a_rank_right_after_the_texts_own_unit_word_is_ranked_in_it_not_about_it():
    # fi1_07_zhejiang_qianyixian_zjrb_2026: 余杭 holds 全省第一; 全省 (浙江) is the scope of the rank
    text = (
        "浙江超四成县(市、区)经济总量突破千亿大关\n浙江千亿县(市、区)迎来扩容。\n"
        "其中,余杭以3568亿元的经济体量,再次推高了浙江县域经济的“天花板”。更重要的是,余杭的真正实力远不止如此,"
        "它在多个关键质量指标均保持全省第一。\n"
    )
    assert facts_by_surface(text, dt.date(2026, 2, 1))["第一"][0] == "余杭"


def test_a_count_of_places_that_did_something_has_no_place():
    # fi1_09_shandong_county_gdp_2016: 8个县跻身千亿县 is '-' (山东省共有137个县 too since ruling 4: test_facts_rules19u)
    text = "山东县域经济排名\n山东省共有137个县(市、区),包括86个县市、51个市辖区。\n今年有8个县跻身千亿县。\n"
    facts = facts_by_surface(text, dt.date(2016, 9, 1))
    assert facts["8个"][0] == "-"


def test_the_year_something_first_happened_is_not_the_year_in_force():
    # fi1_08_zhejiang_qianyixian_chinanews_2024: 出现于2013年 is history; the figures after it are the text's year
    text = (
        "浙江“千亿县”增至28个 县域经济“头尾”均有亮点\n2024-05-17 【 字体:大 中 小 】\n"
        "杭州2月21日电 (王逸飞 钱晨菲)近期,该省各县(市、区)均已公布去年GDP数据。\n"
        "浙江最早的“千亿县”出现于2013年,为宁波慈溪市。如今,这一数字增至28个。\n"
        "其中,嘉兴平湖市(1008.7亿元)、宁波宁海县(1001.2亿元)去年首次突破1000亿元。\n"
        "从浙江“千亿县”总量分布看,杭州8个、宁波7个。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 21))
    assert facts["1008.7亿元"][2] != "2013"
    assert facts["8个"][2] == "2023"  # the gold's period: the year of the data the lead says were published


def test_a_streak_of_months_after_the_whole_year_ends_at_its_last_month():
    # fi1_06_anqing_govreport_2025: 2024年10月 dates a visit; 全年… brings the year back, so 连续8个月 is 2024M5-M12
    text = (
        "政府工作报告\n——2025年1月12日在安庆市第十八届人民代表大会第四次会议上\n一、2024年工作回顾\n"
        "过去的一年,在安庆发展史上具有极其重要的里程碑意义。2024年10月,习近平总书记亲临安庆桐城六尺巷考察。"
        "全年GDP增长6%,总量跨过3000亿元历史性节点;限上消费品零售额增速连续8个月位居全省第1。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 1, 12))["8个月"][2] == "2024M5-M12"


def test_the_size_of_the_economy_is_gdp():
    # fi1_07_zhejiang_qianyixian_zjrb_2026: 余杭以3568亿元的经济体量 (经济体量, like 经济总量, is 地区生产总值)
    text = "浙江千亿县\n其中,余杭以3568亿元的经济体量,再次推高了浙江县域经济的“天花板”。\n"
    assert facts_by_surface(text, dt.date(2026, 2, 1))["3568亿元"][1] == "地区生产总值"
