"""Facts rules added for issue #19, round 6 (place; parts K and L as development data): each on a real sentence
of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_county_that_shares_its_short_name_with_another_is_written_short():
    # fl1_03_wuhua_govreport_2021: 五华 (五华区 in 昆明; 五华县 in 梅州 shares the name) and 全区: 五华, no suffix
    text = (
        "“十三五”时期,是五华改革发展进程中不平凡的五年,面对复杂的宏观经济形势和繁重的改革发展任务,"
        "我们紧紧团结依靠全区人民,较好完成了“十三五”规划主要目标任务。\n"
        "过去五年,是综合实力大幅提升的五年。全区地区生产总值从2015年的940.03亿元提高到1242.35亿元,年均增长5.1%。\n"
    )
    assert facts_by_surface(text, dt.date(2021, 3, 3))["1242.35亿元"][0] == "五华"


def test_the_city_an_event_is_held_in_is_not_the_texts_place():
    # fl1_11_heilongjiang_projects_2022: 黑龙江省…新闻发布会第三场在哈尔滨举行: the province's figures
    text = (
        "8月18日上午,由中共黑龙江省委宣传部主办的黑龙江省“非凡十年”主题系列新闻发布会第三场在哈尔滨举行。"
        "发布会上,省发改委主任张亚中表示,黑龙江省在推进重点项目建设中取得四方面的突出成效。\n\n"
        "项目建设取得新突破。三年多来省市县三级建设重点项目超万个,其中省级重点大项目1340个,"
        "今年以来全省施工项目3835个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 8, 18))
    assert facts["1340个"][0] == facts["3835个"][0] == "黑龙江"


def test_a_province_that_holds_an_event_stays_the_texts_place():
    # fl2_03_xinjiang_projects_q1_2024: 新疆举行…调度会 (no 在): 新疆 holds it and is the text's place
    text = (
        "2月26日下午,新疆举行2024年一季度全区重大项目调度会。"
        "一季度全区开工投资规模500万元以上项目3900多个,总投资2.2万亿元。\n"
    )
    assert facts_by_surface(text, dt.date(2024, 2, 27))["2.2万亿元"][0] == "新疆"


def test_a_provinces_zones_are_the_province_and_a_zone_is_named_from_its_place():
    # fl1_04_anhui_devzones_2021: 安徽省开发区 is a class (安徽); 其中合肥经开区 is the zone 合肥经开区
    text = (
        "近年来,安徽省开发区认真贯彻落实中央及安徽省委、省政府各项部署要求,为全省经济高质量发展发挥了重要作用。\n\n"
        "一是总体发展质量持续提升。全省开发区实现经营(销售)收入5.56万亿元,增长23%。"
        "经营(销售)收入超1000亿元园区达到9家,其中合肥经开区突破6000亿元大关。实现税收总额2187.6亿元,增长11%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 13))
    assert facts["5.56万亿元"][0] == facts["2187.6亿元"][0] == "安徽"
    assert facts["6000亿元"][0] == "合肥经开区"


def test_a_zone_in_the_lead_is_the_texts_place_under_its_short_form():
    # fl1_08_chaohu_devzone_2019: 安徽巢湖经济开发区 (巢湖 under 合肥) is 巢湖经开区; 安巢经开区 is its short form
    text = (
        "中安在线日记者从新闻发布上获悉, 2019年,安徽巢湖经济开发区在合肥经济运行综合考核中位列四大开发区第二位。\n"
        "据介绍,2019年,安巢经开区招商引资到位资金142亿元,增幅12.5%。\n"
        "园区新增国家高新技术企业12家。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 6, 1))
    assert facts["第二位"][0] == facts["142亿元"][0] == facts["12家"][0] == "巢湖经开区"


def test_a_title_that_lists_zones_is_about_their_city():
    # fl1_05_wuhu_devzones_2018: four zones 入围全省前30强; 全市开发区 are 芜湖's, not 芜湖经济技术开发区's
    text = (
        "本报讯(记者 王世宁)近日,省发改委对综合考核评价居前30位的开发区名单进行公示。"
        "芜湖市芜湖高新技术产业开发区、新芜经济开发区、鸠江经济开发区、芜湖经济技术开发区入围全省前30强。\n"
        "去年以来,芜湖市深入推进开发区改革和创新发展,促进全市开发区高质量发展。"
        "2018年,全市开发区实现经营收入6251.36亿元,增长10.38%。\n"
        "根据开发区“十三五”发展规划,芜湖市将实施“5511”工程:“十三五”期间围绕15个开发区,培育支持50个领军企业。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 5, 10))
    assert facts["6251.36亿元"][0] == facts["50个"][0] == "芜湖"


def test_a_threshold_and_a_count_of_a_class_of_zones_have_no_place():
    # fl1_04_anhui_devzones_2021 (超1000亿元园区达到9家, after 合肥经开区 in the sentence: 2000亿元以上开发区达到4家)
    # and fl1_09_wuhu-etdz_review_2022 (全国217家国家级开发区, 全省126家省级以上开发区)
    text = (
        "安徽省开发区实现“十四五”开门红\n\n"
        "全省开发区实现经营(销售)收入5.56万亿元,增长23%。经营(销售)收入超1000亿元园区达到9家,"
        "其中合肥经开区突破6000亿元大关,2000亿元以上开发区达到4家。"
        "芜湖经开区在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 13))
    assert [facts[s][0] for s in ("1000亿元", "9家", "2000亿元", "4家", "217家", "126家")] == ["-"] * 6
    assert facts["6000亿元"][0] == "合肥经开区"


def test_the_items_of_a_list_after_a_verb_are_objects_not_the_subject():
    # fi2_09_zhengzhou_jkq_rank_2022: 郑州经开区…排名首超武汉经开区、长沙经开区,…由第5位跃居第3位
    text = (
        "1月19日,笔者从郑州经济技术开发区管委会获悉,商务部近日公布的2022年国家级经开区综合发展水平考核评价结果中,"
        "郑州经开区位居全国经开区第23位,排名首超武汉经开区、长沙经开区,在中部地区国家级经开区排名由第5位跃居第3位。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 20))
    assert facts["第5位"][0] == facts["第3位"][0] == "郑州经开区"


def test_a_list_after_a_modifier_with_de_is_the_subject_and_zones_take_one_value_each():
    # fi2_07_yunnan_16_prefectures_2021 (紧随其后的楚雄州、昭通市分别以…) and fl1_04_anhui_devzones_2021 (two zones)
    text = (
        "云南16州(市)2021年GDP数据出炉!\n\n"
        "16个州市中,GDP增速最快的是曲靖,达到12%。紧随其后的楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三。\n"
        "合肥高新区、合肥经开区在全国国家级开发区考核评价中携手进入全国前10强,分别位列同类第8位、第10位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert facts["10.1%"][0] == "昭通"
    assert facts["第8位"][0] == "合肥高新区" and facts["第10位"][0] == "合肥经开区"


def test_the_places_of_a_list_of_examples_before_deng_are_not_the_subject():
    # fl2_03_xinjiang_projects_q1_2024: 此次喀什…项目、…、阿克苏市…项目、…工程等72个标志性重大项目开工建设 (新疆's)
    text = (
        "2月26日下午,新疆举行2024年一季度全区重大项目调度会。\n\n"
        "此次喀什华电2×66万千瓦热电联产项目、新疆晶晖新材料有限公司年产10万吨高纯多晶硅项目、"
        "阿克苏市佳林万家年产40万立方米OSB科技新型材料项目、库车—阿拉尔—巴楚750千伏输变电工程等72个标志性重大项目开工建设,"
        "总投资3184亿元,年度计划投资812亿元。"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 27))
    assert facts["72个"][0] == facts["3184亿元"][0] == "新疆"
    assert facts["66万千瓦"][0] == "喀什"  # 此次 opens the clause: 喀什's project


def test_a_gap_to_the_country_in_other_words_names_both():
    # fl1_06_jiangxi_jan-feb_2016: 高出全国, 比全国小, 较全国的领先优势 relate 江西 to the country like 高于全国
    text = (
        "前两月江西规模以上工业增加值破千亿 增速中部第一位\n"
        "中国江西网讯记者王樊报道:3月25日,记者从省统计局获悉,1-2月,江西规模以上工业实现增加值1050亿元,"
        "同比增长8.9%,高出全国3.5个百分点,列全国第五、中部第一。\n"
        "与上年同期相比,1-2月江西工业生产增速下滑1个百分点,降幅比全国小0.4个百分点,"
        "较全国的领先优势由3.1个百分点扩大到3.5个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2016, 3, 26))
    assert facts["0.4个百分点"][0] == facts["3.1个百分点"][0] == "江西、全国"


def test_places_joined_by_he_share_their_subject_and_pair_with_figures_joined_so():
    # fl2_11_zhejiang_cities_q1_2018: 宁波和温州排名第二和第三 (one each, no 分别); 湖州和丽水…超8% (both)
    text = (
        "2018年第一季度浙江各市GDP\n"
        "杭州排名第一,GDP总量逼近3000亿元。宁波和温州排名第二和第三,GDP总量分别为2351.4亿元和1187.1亿元。\n"
        "从增速来看,湖州和丽水GDP增速超8%,分别为8.3%、8.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 7, 16))
    assert (facts["第二"][0], facts["第三"][0], facts["1187.1亿元"][0]) == ("宁波", "温州", "温州")
    assert (facts["8%"][0], facts["8.2%"][0]) == ("湖州、丽水", "丽水")


def test_a_gap_to_a_peer_place_names_both():
    # fl2_11_zhejiang_cities_q1_2018: 嘉兴…达到982亿元,仅比台州少6.8亿元; 舟山GDP总量257亿元,比义乌少21.4亿元
    text = (
        "2018年第一季度浙江各市GDP\n"
        "2018年第一季度嘉兴GDP总量逼近千亿,达到982亿元,仅比台州少6.8亿元。"
        "丽水反超舟山,就连金华市下辖县级市义乌GDP总量也高于舟山。舟山GDP总量257亿元,比义乌少21.4亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 7, 16))
    assert (facts["6.8亿元"][0], facts["21.4亿元"][0], facts["982亿元"][0]) == ("嘉兴、台州", "舟山、义乌", "嘉兴")


def test_a_county_named_alone_in_a_list_under_its_province_is_a_place_not_mere_evidence():
    # fi1_05_zhejiang_qianyixian_2024: 余杭、鄞州和北仑 under 浙江, then 2020年,余杭GDP达到3051.61亿元
    text = (
        "近日,随着各地陆续公布2024年成绩单,浙江千亿县(市、区)版图再次更新——\n"
        "2024年度千亿县前三甲,分别是余杭、鄞州和北仑,与去年并无差异,但实力却更为硬核:全部突破3000亿元。\n"
        "2020年,余杭GDP达到3051.61亿元,成为浙江首个超3000亿地区,后随着行政区划调整,余杭一拆为二,"
        "与鄞州开启了“浙江第一区”争夺战。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 2, 18))["3051.61亿元"][0] == "余杭"


def test_a_sentence_broken_over_short_lines_keeps_its_place():
    # fi2_07_yunnan_16_prefectures_2021: a poster's lines, 曲靖市排名第二 / 突破3000亿大关; 大理州… / 以…的成绩 / 排名第五
    text = (
        "云南16州(市)GDP数据出炉!大理州跻身千亿级行列,排名……\n"
        "据云南省统计局消息\n"
        "全省实现地区生产总值\n27146.76亿元\n同比增长7.3%,位居全国第18位\n"
        "昆明市以7222.50亿领跑全省\n曲靖市排名第二\n突破3000亿大关\n"
        "大理州跻身“1000亿行列”\n以1632.99亿元的成绩\n排名第五\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 1))
    assert (facts["3000亿"][0], facts["1632.99亿元"][0], facts["第五"][0]) == ("曲靖", "大理", "大理")


def test_the_texts_own_unit_as_an_object_yields_to_the_sentences_subject():
    # fk1_04_anhui_industry_h1_2022: 芜湖、滁州、马鞍山市增速分别高于全省平均水平4.5个、4.3个、2个百分点;
    # 合肥市规上工业增长4.5%,对全省工业增长贡献率为15.4%
    text = (
        "上半年安徽工业经济运行情况\n\n"
        "  上半年,全省规模以上工业增加值同比增长6.9%。重点城市支撑作用明显,芜湖、滁州、马鞍山市增速分别高于全省平均水平"
        "4.5个、4.3个、2个百分点,对全省工业增长贡献率达到48.1%。合肥市规上工业增长4.5%,对全省工业增长贡献率为15.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 20))
    assert (facts["4.3个"][0], facts["15.4%"][0], facts["6.9%"][0]) == ("滁州、安徽", "合肥", "安徽")


def test_a_scale_that_defines_a_counted_class_of_industries_has_no_place():
    # fk1_02_guangdong_govreport_2023 (现有8个万亿元级产业集群; 一批千亿元级、万亿元级出口产业集群) and
    # fi2_02_zhengzhou_jkq_clusters (形成百亿级产业集群: one cluster, the zone's)
    text = (
        "广东将实施制造业当家“一把手”工程\n"
        "大力推进20个战略性产业集群建设,提质壮大现有8个万亿元级产业集群。"
        "此外,广东将新打造一批千亿元级、万亿元级出口产业集群。\n"
        "郑州经开区富泰华、四方达等企业形成百亿级产业集群。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 13))
    assert (facts["万亿元"][0], facts["千亿元"][0]) == ("-", "-")
    assert facts["百亿"][0] != "-"


def test_a_gap_to_the_country_named_as_such_names_both():
    # fk2_07_liaoning_industry_2022 (traditional script): 與全國差距較上半年縮小1.1個百分點
    text = (
        "遼寧工業經濟持續恢復\n\n"
        "    1月至10月,遼寧省規上工業增加值同比下降1.3%,降幅較上半年收窄1.7個百分點,與全國差距較上半年縮小1.1個百分點。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 11, 20))["1.1個百分點"][0] == "辽宁、全国"


def test_a_port_named_after_its_city_is_a_place_of_its_own():
    # fj1_03_zhenjiang_govreport_2019 (traditional script): 鎮江港吞吐量達3.29億噸 (FACTS.md: 上海港)
    text = "鎮江市政府工作報告\n  旅遊總收入突破千億元。鎮江港吞吐量達3.29億噸,同比增長114.8%。\n"
    assert facts_by_surface(text, dt.date(2019, 1, 20))["3.29億噸"][0] == "镇江港"


def test_a_place_that_joins_a_club_is_the_clubs_figure_and_a_threshold_of_places_has_none():
    # fl2_13_boluo_qianyixian_2025: 博罗县成为该省首个“千亿县” (the county); 800亿以上县域数量超过100个 ('-')
    text = (
        "新年伊始,我国多个县市宣布2025年GDP突破千亿元,全国“千亿县”总数已超70个。"
        "经济大省广东近日也宣布,博罗县成为该省首个“千亿县”,实现零的突破。\n"
        "余德彪说,2024年,GDP超900亿元的达到21个,800亿以上县域数量超过100个。\n"
    )
    facts = facts_by_surface(text, dt.date(2026, 2, 11))
    assert facts["千亿"][0] == "博罗"
    assert facts["800亿"][0] == "-"


def test_a_list_after_fenbie_shi_is_the_subject_of_the_figure_after_it():
    # fi1_05_zhejiang_qianyixian_2024: 前三甲,分别是余杭、鄞州和北仑,…:全部突破3000亿元 (all three)
    text = (
        "近日,随着各地陆续公布2024年成绩单,浙江千亿县(市、区)版图再次更新——\n"
        "2024年度千亿县前三甲,分别是余杭、鄞州和北仑,与去年并无差异,但实力却更为硬核:全部突破3000亿元。\n"
        "2020年,余杭GDP达到3051.61亿元,与鄞州开启了“浙江第一区”争夺战。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 2, 18))["3000亿元"][0] == "余杭、鄞州、北仑"


def test_a_zone_keeps_a_name_that_does_not_nest_its_places():
    # the seed (zjrb_2021-02-23_p11_shangyu): 杭州湾上虞经开区 stays as written (FACTS.md); 安徽巢湖 nests (fl1_08)
    from shangyu_analysis.extract.place_zones import named_zones
    from shangyu_analysis.extract.places import find_places

    def zones(text: str) -> list[str]:
        return [m.place for m in named_zones(find_places(text), text) if m.code is None]

    assert zones("按照“万亩千亿”产业大平台标准,努力把杭州湾上虞经开区打造成制造业高质量发展头部平台") == [
        "杭州湾上虞经开区"
    ]
    assert zones("2019年,安徽巢湖经济开发区在合肥经济运行综合考核中位列四大开发区第二位") == ["巢湖经开区"]
    # fl1_05_wuhu_devzones_2018: a verb before 开发区 is no zone's name; fj1_07_ouhai_govreport_2018: 科教新区 is one
    assert zones("根据开发区“十三五”发展规划,芜湖市将实施“5511”工程") == []
    assert zones("全区上下以喜迎护航十九大为动力,大力实施“科教新区、山水瓯海”战略") == ["科教新区"]
