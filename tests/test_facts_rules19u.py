"""Facts rules added for issue #19, round 10 (place; parts K to P as development data and the round-10 rulings of
SOURCES.md): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_size_class_of_projects_and_its_count_keep_the_place():
    # a01_pujiang_govreport_2023 (ruling 2, as revised): 亿元以上项目27个, 其中3亿元以上17个、10亿元以上制造业5个
    text = (
        "2023年浦江县政府工作报告\n深入开展“招大引强突破年”活动,成功招引亿元以上项目27个,其中3亿元以上17个、"
        "10亿元以上制造业5个。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 1))
    assert facts["亿元"][0] == facts["3亿元"][0] == facts["10亿元"][0] == "浦江"
    assert facts["27个"][0] == facts["17个"][0] == "浦江"


def test_a_band_of_project_sizes_before_its_count_keeps_the_place():
    # fp2_08_anqing_investment_2023 (ruling 2, as revised): 其中,1-5億元311個,5-10億元51個,…,50億元以上10個
    text = (
        "安庆2022年“双招双引”圆满收官\n去年全年全市新簽約億元項目413個,協議投資總額2154.82億元。其中,1-5億元311個,"
        "5-10億元51個,50億元以上10個。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 15))
    assert facts["1-5億元"][0] == facts["5-10億元"][0] == facts["50億元"][0] == "安庆"
    assert facts["2154.82億元"][0] == facts["311個"][0] == "安庆"


def test_a_threshold_of_firms_after_over_and_an_amount_keep_the_place():
    # fj1_04_quanzhou_devzone_2018: 拥有产值超亿元企业46家; fk2_04_sichuan: 民间投资3671亿元、占项目总投资的58.6%
    text = "泉州开发区2018年概况\n目前,泉州开发区共有各类市场主体6995家,拥有产值超亿元企业46家;税收超千万元企业23家。\n"
    facts = facts_by_surface(text, dt.date(2018, 6, 1))
    assert facts["亿元"][0] == facts["千万元"][0] == facts["46家"][0] == "泉州开发区"
    text = "四川省重点项目\n今年四川重点项目中,民间投资3671亿元、占项目总投资的58.6%。\n"
    assert facts_by_surface(text, dt.date(2020, 3, 1))["3671亿元"][0] == "四川"


def test_a_count_of_a_named_units_places_has_no_place():
    # fi1_09_shandong_county_gdp_2016 (ruling 4): 山东省共有137个县(市、区) is a count of places, even after 山东省
    text = "山东137个县市区GDP排名\n山东省共有137个县(市、区),包括86个县市、51个市辖区。\n"
    assert facts_by_surface(text, dt.date(2017, 5, 1))["137个"][0] == "-"


def test_the_regions_own_word_is_no_county_word():
    # fp2_01_chongzuo_projects_2022: 崇左市…自治区层面重大项目184项,数量排全区第二位 (全区: 广西, not 江州区)
    text = (
        "4月13日,崇左市举行今年第二季度重大项目集中开竣工仪式,项目总投资157.6亿元。\n"
        "此次集中开竣工项目25个。其中,开工项目包括扶绥东西线道路景观提升工程、江州华绿生物现代农业食用菌工厂化等18个;"
        "竣工项目包括江州汇鑫建材5800吨水泥生产线等7个。\n"
        "今年,崇左市统筹推进市级以上层面重大项目553项。其中,自治区层面重大项目184项,数量排全区第二位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 14))
    assert facts["157.6亿元"][0] == facts["25个"][0] == facts["553项"][0] == "崇左"


def test_a_congress_opened_in_a_city_is_held_there_not_about_it():
    # fp2_06_guangdong_govreport_2024: 广东省十四届人大二次会议在广州开幕 (a venue); ●广州经济总量突破3万亿元 is 广州's;
    # 佛山成为广东第二个…突破3万亿元的城市: 广东 after 成为 is the class's scope, 佛山 the subject
    text = (
        "1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n报告指出:\n"
        "●2023年广东地区生产总值达到13.57万亿元、增长4.8%;\n●广州经济总量突破3万亿元;\n"
        "●规模以上工业增加值突破4万亿元、增长4.4%,佛山成为广东第二个规模以上工业总产值突破5万亿元的城市。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 1, 23))
    assert facts["13.57万亿元"][0] == facts["4万亿元"][0] == "广东"
    assert facts["3万亿元"][0] == "广州"
    assert facts["5万亿元"][0] == facts["第二个"][0] == "佛山"


def test_a_county_work_report_is_the_countys_by_its_bodies():
    # fp2_10_lingao_govreport_2023: names 海南 once and 临高 twice alone; 在县委的坚强领导下 makes it 临高's report
    text = (
        "一、2022年工作回顾\n\n  过去一年,是临高极不平凡、极具考验、极富成效的一年。我们在省委、省政府的正确领导下,"
        "在县委的坚强领导下,在县人大、县政协的监督支持下,锚定海南自贸港建设战略框架,全力推动美好新临高建设。"
        "全年实现地区生产总值231亿元,同比增长0.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 8))
    assert facts["231亿元"][0] == facts["0.1%"][0] == "临高"


def test_an_outlets_line_names_no_place_and_a_title_zone_keeps_its_first_name():
    # fp2_09_chaohu_devzone_2019: 【香港商報網訊】 is the paper's name; the title's 安巢經開區 (no unit in its name) is
    # the text's place, and 安徽巢湖經濟開發區 after it is that zone
    text = (
        "安巢經開區113個項目集中籤約開工總投資909億元\n\n  【香港商報網訊】 5月25日上午,安徽巢湖經濟開發區2019年"
        "高質量發展項目集中籤約暨集中開工活動舉行。\n \n  此次集中籤約的70個項目,總投資651.7億元。簽約了包括上海電氣"
        "儲能產品研發製造及儲能產業園等一批項目。\n\n  安徽巢湖經開區是合肥市管四大開發區之一,管轄面積61平方公里。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 5, 26))
    assert facts["70個"][0] == facts["651.7億元"][0] == facts["61平方公里"][0] == "安巢经开区"


def test_a_name_broken_by_a_pinyin_gloss_is_still_a_place():
    # fp1_09_neimenggu_govreport_2025 (a mirror glossing characters: 對內(nèi)蒙古): the report's one name is its place
    text = (
        "一、2024年工作回顧\n過去一年,在自治區(qū)黨委帶領(lǐng)下,我們深入貫徹落實習(xí)近平總書記對內(nèi)蒙古的重要指示精神。"
        "預計地區(qū)生產(chǎn)總值增長6%左右、突破2.6萬億元,總量在全國排名有望上升至第20位。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 1, 14))
    assert facts["6%"][0] == facts["2.6萬億元"][0] == facts["第20位"][0] == "内蒙古"


def test_a_count_whose_clause_names_a_class_of_places_has_no_place():
    # fo1_01_sichuan_county_race_2023 (ruling 4): 经济总量超600亿元的县域从2021年的4个增至2023年的8个; 19个县级市
    text = (
        "四川县域经济\n2023年,四川县域经济总量迈上新台阶,146个县域(109个县、19个县级市以及18个有县域经济特征的市辖区)"
        "经济总量首次突破3万亿元。146个县域中,经济总量超600亿元的县域从2021年的4个增至2023年的8个。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 1))
    assert facts["4个"][0] == facts["8个"][0] == facts["19个"][0] == "-"
    # fo1_03_sichuan_county_bulletin_2024: 115個縣域建設糧油千畝高產示範片1000個 counts plots, not places
    text = "四川縣域經濟\n四川省農業基礎持續鞏固,115個縣域建設糧油千畝高產示範片1000個;全省生豬出欄6150萬頭。\n"
    assert facts_by_surface(text, dt.date(2025, 4, 8))["1000個"][0] == "四川"


def test_a_zone_written_as_one_with_a_district_is_the_districts():
    # fp1_11_toutunhe_plan_2023: 乌鲁木齐经济技术开发区…2023年,经开区(头屯河区)坚持…: the zone-district's figures are 头屯河's
    text = (
        "乌鲁木齐经济技术开发区\n2023年国民经济和社会发展计划执行情况\n"
        "2023年,经开区(头屯河区)坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记视察新疆重要讲话。\n"
        "2023年,地区生产总值同比增长4.5%;规模以上工业增加值同比增长5%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 1))
    assert facts["4.5%"][0] == facts["5%"][0] == "头屯河"


def test_a_city_word_before_a_rank_is_no_subject_of_the_next_clause():
    # fp1_01_xiaxian_govreport_2024: 增长10.5%,全市排名第3;一般公共预算收入完成3.66亿元 is 夏县's revenue
    text = (
        "2024年夏县政府工作报告\n过去的一年,夏县地区生产总值完成95亿元,增长10.5%,全市排名第3;"
        "一般公共预算收入完成3.66亿元,增长39.7%,全市排名第1。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 2, 1))
    assert facts["3.66亿元"][0] == facts["39.7%"][0] == "夏县"


def test_a_share_right_after_the_country_relates_the_place_and_the_country():
    # fp1_03_henan_gdp_2024: 生产了全国 1/10 的粮食; 生产了全国 70% 的水饺、50% 的火腿肠
    text = (
        "河南2024年GDP突破6.35万亿元\n河南用占全国 1/16 的耕地,生产了全国 1/10 的粮食。"
        "河南更通过全产业链发展成为 “国人厨房”,生产了全国 70% 的水饺、50% 的火腿肠。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 3, 1))
    assert {facts["1/10"][0], facts["70%"][0], facts["50%"][0]} == {"河南、全国"}


def test_seats_in_a_ranking_and_the_change_of_a_count_of_places_have_no_place():
    # fn1_04_hubei_county_race_2025: 湖南、安徽各有3席; fk2_06_shaanxi_counties_h1_2017: 有59个县(市)增速高于全省平均增速,
    # 比一季度增加了9个 (ruling 4: counts of places, and the change of one)
    text = (
        "湖北县域经济\n2025年,湖北百强县数量在中部地区强势领跑,湖南、安徽各有3席,江西仅有1席。\n"
        "上半年,全省78个县(市)实现工业增加值2284.67亿元,有59个县(市)增速高于全省平均增速,比一季度增加了9个。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 8, 1))
    assert facts["3席"][0] == facts["1席"][0] == facts["59个"][0] == facts["9个"][0] == "-"


def test_a_conjunction_opens_a_clause_before_its_subject():
    # fk1_11_changzhou_devzone_2022 (江苏's text): 虽然才成立8年,但常州经开区2022年创造的地区生产总值接近千亿
    text = (
        "江苏15个开发区入选百强\n根据榜单,江苏有15个开发区入选百强。\n以常州经济技术开发区为例。虽然才成立8年,"
        "但常州经开区2022年创造的地区生产总值接近千亿、规上工业总产值超过2000亿。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 6, 1))
    assert facts["2000亿"][0] == "常州经开区"


def test_a_money_figure_right_before_the_projects_it_sizes_measures_investment():
    # fp2_08_anqing_investment_2023: 新簽約億元以上項目413個、100億元以上工業(yè)大項目4個
    text = "安庆2022年“双招双引”圆满收官\n新簽約億元以上項目413個、100億元以上工業(yè)大項目4個。\n"
    facts = facts_by_surface(text, dt.date(2023, 1, 15))
    assert facts["100億元"][1] == "投资额"
    assert facts["4個"][1] == "项目数量"


def test_counts_of_poor_counties_and_of_a_provinces_cities_have_no_place_but_clinics_do():
    # fm1_04_henan_govreport_2023: 53个贫困县全部摘帽; fo2_01_jiangsu_gdprace_2023: 江苏13个设区市的数据也全部出炉;
    # fm1_07_xiping_govreport_2023: 17个乡镇卫生院 are clinics of 西平, not places
    text = "河南省政府工作报告\n718.6万建档立卡贫困人口全部脱贫,53个贫困县全部摘帽。江苏13个设区市的数据也全部出炉。\n"
    facts = facts_by_surface(text, dt.date(2023, 1, 20))
    assert facts["53个"][0] == facts["13个"][0] == "-"
    text = "西平县政府工作报告\n县人民医院门诊医技综合楼已建成;17个乡镇卫生院服务能力持续提升。\n"
    assert facts_by_surface(text, dt.date(2023, 1, 20))["17个"][0] == "西平"


def test_places_listed_before_a_word_for_counties_are_the_subject():
    # fp2_07_fujian_countyrank_2012: 長汀、古田、連城、大田等山區縣實力位次,相比去年也都上升4位以上
    text = (
        "福建縣域經濟實力十強出爐\n福建省縣域經濟評價結果昨日揭曉。此外,長汀、古田、連城、大田等山區縣實力位次,"
        "相比去年也都上升4位以上。\n"
    )
    assert facts_by_surface(text, dt.date(2012, 9, 1))["4位"][0] == "长汀、古田、连城、大田"


def test_a_places_count_of_the_class_its_sentence_names_has_no_place():
    # fi1_08_zhejiang_qianyixian_chinanews_2024 (ruling 4): 从浙江“千亿县”总量分布看,杭州8个、宁波7个
    text = "浙江“千亿县”增至28个\n从浙江“千亿县”总量分布看,杭州8个、宁波7个、绍兴4个。\n"
    facts = facts_by_surface(text, dt.date(2024, 5, 17))
    assert facts["8个"][0] == facts["7个"][0] == "-"


def test_a_park_named_by_two_places_initials_is_that_park_and_the_rest_are_not():
    # fk1_10_suqian_parks_2016 (ruling 3): 苏宿工业园区 in a text naming 苏州 and 宿迁 is 苏宿园区; 其余5个共建园区 are the others
    text = (
        "宿迁苏州哥俩好,携手共创园区强\n\n  (速新闻记者 张琥) 苏州牵手宿迁,亲密地演绎兄弟般的合作情谊。\n\n"
        "  最近,省苏北发展协调小组下发通报,苏宿园区继续稳居45家园区榜首,实现 “八连冠”,更欣喜的是,其余5个共建园区全部进入"
        "前十名。\n\n  去年,苏宿工业园区业务总收入完成154.9亿元,同比增长23.4%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 13))
    assert facts["154.9亿元"][0] == facts["23.4%"][0] == "苏宿园区"
    assert facts["5个"][0] == "宿迁"


def test_a_rank_names_the_places_after_it():
    # f19_09_anhui_counties_gdp_2020: 排第6的是巢湖市; 排在11—20位的分別是懷遠、潁上、鳳陽
    text = (
        "全省20強榜單出爐\n近日,安徽各縣(市)相繼發布2020年經濟數據。天長市排名第一。排第6的是巢湖市,經濟總量達到490億元。"
        "排在11—20位的分別是懷遠、潁上、鳳陽。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 3, 1))
    assert facts["第6"][0] == "巢湖"
    assert facts["11—20位"][0] == "怀远、颍上、凤阳"


def test_an_industrial_zone_is_named_from_its_place_which_is_then_sure():
    # fo2_09_jinshan_projects_2022 (ruling 3): 金山工业区已经有5个项目成功签约; 金山 (written alone) is the text's place
    text = (
        "金山\n近日,如意航空计划在金山投资建设CH2000无人机研发制造项目。该项目总投资1.61亿美元,计划2024年投产。至此,"
        "2022年开年以来,金山工业区已经有5个项目成功签约,总投资34.4亿元。\n日前,浦东老港镇人民政府与上海张江(集团)"
        "有限公司举办活动。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 18))
    assert facts["5个"][0] == facts["34.4亿元"][0] == "金山工业区"
    assert facts["1.61亿美元"][0] == "金山"


def test_a_first_in_the_country_is_no_subject():
    # fp1_11_toutunhe_plan_2023: 国内首创自走式辣椒收获机,首批订单超百台 is 头屯河's (国内首创: the scope of a first)
    text = (
        "乌鲁木齐经济技术开发区\n2023年国民经济和社会发展计划执行情况\n2023年,经开区(头屯河区)坚持稳中求进。\n"
        "农牧、纺织机械获批国家认证;国内首创自走式辣椒收获机,首批订单超百台,稳占国内市场。\n"
    )
    assert facts_by_surface(text, dt.date(2024, 3, 1))["百台"][0] == "头屯河"


def test_the_whole_of_xinjiang_is_a_place():
    # fp1_10_changji_industry_2024: 煤炭、多晶硅、电解铝产能占全疆一半 → 昌吉、新疆
    text = "昌吉州\n昌吉州巩固提升优势产业,煤炭、多晶硅、电解铝产能占全疆一半,煤电装机超3200万千瓦。\n"
    assert facts_by_surface(text, dt.date(2024, 12, 10))["一半"][0] == "昌吉、新疆"


def test_the_country_before_its_ranking_is_the_scope():
    # fp1_09_neimenggu_govreport_2025: 工業增加值跨過萬億元大關,全國排名有望上升3位 is 内蒙古's rise
    text = (
        "一、2024年工作回顧\n我們深入貫徹落實總書記對內(nèi)蒙古的重要指示精神。工業(yè)增加值跨過萬億元大關(guān),"
        "全國排名有望上升3位、居第14位。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 1, 14))["3位"][0] == "内蒙古"
