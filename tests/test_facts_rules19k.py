"""Facts rules added for issue #19 (part K as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_run_started_by_a_year_inside_its_clause_does_not_set_the_period():
    # fk2_02_henan_h1_2022: 自2020年三季度以来 starts the run; the 二季度 after it is 2022's
    text = (
        "河南上半年GDP增长3.1%\n\n"
        "  7月20日,2022年上半年河南省经济运行情况新闻发布会召开。\n\n"
        "  上半年河南全省地区生产总值(GDP)为29994.42亿元,同比增长3.1%,高于全国0.6个百分点,"
        "扭转了自2020年三季度以来连续7个季度累计增速低于全国的被动局面。"
        "其中,全省二季度GDP为16528.42亿元,同比增长1.7%,高于全国1.3个百分点。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 7, 20))["16528.42亿元"][2] == "2022Q2"


def test_a_period_followed_by_after_is_not_the_period_in_force():
    # fk2_08_liaoning_q3_2024: 上半年…持平后, ; the comparison after it is of 前三季度 with 上半年
    text = (
        "辽宁前三季度经济运行总体平稳\n\n"
        "  中新网 沈阳10月20日电 记者20日获悉,2024年前三季度辽宁省经济运行总体平稳,呈现向好发展态势。\n\n"
        "  张旭东表示,全省GDP增长4.9%,比全国高0.1个百分点。这也是上半年经济增速与全国持平后,再次超过全国。"
        "规上工业增加值增速比上半年加快0.1个百分点。\n\n"
        "  从供给看,主要农产品供应充足,猪牛羊禽肉产量增长6.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 10, 20))
    assert facts["0.1个百分点"][2] == "2024Q1-Q3/2024H1"
    assert facts["6.2%"][2] == "2024Q1-Q3"


def test_a_spaced_dateline_is_where_the_text_was_filed_not_what_it_is_about():
    # fk2_08_liaoning_q3_2024: 中新网 沈阳10月20日电 (a space before the place)
    text = (
        "辽宁前三季度经济运行总体平稳\n\n"
        "  中新网 沈阳10月20日电 记者20日获悉,2024年前三季度辽宁省经济运行总体平稳。\n\n"
        "  前三季度,辽宁省地区生产总值22549.9亿元。分产业看,第一产业增加值1545.1亿元,增长4.8%。\n"
    )
    assert facts_by_surface(text, dt.date(2024, 10, 20))["1545.1亿元"][0] == "辽宁"


def test_a_half_year_report_carries_its_half_over_a_quarter_it_named():
    # fk2_02_henan_h1_2022: after 二季度GDP, a paragraph that names no period is of the half
    text = (
        "河南上半年GDP增长3.1%\n\n"
        "  7月20日,2022年上半年河南省经济运行情况新闻发布会召开。\n\n"
        "  其中,全省二季度GDP为16528.42亿元,同比增长1.7%。\n\n"
        "  农业生产方面,河南全省夏粮产量达762.61亿斤,比上年增长0.3%。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 7, 20))["762.61亿斤"][2] == "2022H1"


def test_a_growth_rate_is_of_the_period_in_force_not_as_of_publication():
    # fk2_09_henan_cities_h1_2025: a newspaper report; the cities' rates follow 今年上半年 of the paragraph before
    text = (
        "河南日报客户端记者 孟向东 司马连竹\n"
        "日前,随着2025年上半年郑州经济运行情况发布,我省17个省辖市和济源示范区今年上半年经济运行情况均已公布。\n"
        "今年上半年,河南省GDP同比增长5.7%,高于全国平均5.3%的水平,彰显出经济大省的实力与担当。\n"
        "高于全国平均增速的地市分别是:南阳(6.3%)、漯河(7.3%)、开封(6.4%)。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 7, 29))
    assert facts["7.3%"][2:] == ("2025H1", "inferred")


def test_a_district_word_with_no_main_place_takes_the_county_its_opening_names():
    # fk1_09_jintan_devzone_2018: 我区; 金坛 is written once, in a project's name
    text = (
        "本报讯 开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里。"
        "同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台。\n"
    )
    assert facts_by_surface(text, dt.date(2018, 12, 1))["171平方公里"][0] == "金坛"


def test_an_indented_paragraph_is_led_by_the_name_that_opens_it():
    # fk2_04_sichuan_projects_2018: a city's own paragraph in a province's list, indented
    text = (
        "开工了!四川集中开工重大项目1560个,总投资6900亿元!\n\n"
        "  12月6日,四川省2018年第四季度重大项目集中开工仪式举行,全省共有1560个项目集中开工。\n\n"
        "  成都:项目数140个,总投资1123亿元\n"
        "  在成都市第四季度开工项目中,基础设施项目37个,总投资223.2亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 6))
    assert facts["140个"][0] == "成都" and facts["37个"][0] == "成都"


def test_a_streak_right_after_a_runs_start_is_counted_from_it():
    # fk2_02_henan_h1_2022: 自2020年三季度以来连续7个季度 → 2020Q3-2022Q1, stated (its start is written)
    text = (
        "河南上半年GDP增长3.1%\n\n"
        "  7月20日,2022年上半年河南省经济运行情况新闻发布会召开。\n\n"
        "  上半年河南全省地区生产总值(GDP)为29994.42亿元,同比增长3.1%,高于全国0.6个百分点,"
        "扭转了自2020年三季度以来连续7个季度累计增速低于全国的被动局面。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 7, 20))["7个季度"][2:] == ("2020Q3-2022Q1", "stated")


def test_a_years_numbered_heading_governs_its_lower_numbered_parts():
    # fk2_10_guigang_govreport_2017: 一、2017年工作回顧 over （一）經濟發展穩中快進 → stated
    text = (
        "貴港市政府工作報告\n"
        "各位代表:現在,我代表市人民政府向大會報告工作,請予審議。\n"
        "一、2017年工作回顧\n"
        "過去一年,全市上下完成了市四屆人大二次會議確定的目標任務。\n"
        "(一)經濟發展穩中快進\n"
        "預計全市地區生產總值突破千億元,達1082.18億元,增長9%;固定資產投資983.81億元,增長16.9%。\n"
    )
    assert facts_by_surface(text, dt.date(2018, 1, 10))["983.81億元"][2:] == ("2017", "stated")


def test_a_heading_naming_two_periods_does_not_state_its_parts_period():
    # fi1_02_lujiang_govreport_2021: 一、2021年和过去五年工作回顾: which period a part is about is not written
    text = (
        "政府工作报告\n"
        "—2021年12月26日在庐江县第十八届人民代表大会第一次会议上\n"
        "各位代表:现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "一、2021年和过去五年工作回顾\n"
        "2021年是“十四五”开局之年,是本届政府收官之年。\n"
        "(一)工业强县步伐加快。用活用好资本力量,组建振川一号、盈润一号等5只产业投资基金,总规模46亿元。\n"
    )
    assert facts_by_surface(text, dt.date(2021, 12, 26))["46亿元"][3] == "inferred"


def test_a_text_opening_on_a_numbered_heading_is_governed_by_it():
    # fk2_05_chongqing_plan_review_2019: the first line is a section heading, not a title
    text = (
        "一、2019年国民经济和社会发展计划执行情况\n"
        "2019年,全市上下坚持稳中求进工作总基调,经济运行保持在合理区间。地区生产总值增长6.3%,全市经济韧性增强。\n"
        "——新旧动能转换加速。工业技改投资占工业投资比重达到39%。智能产业销售收入增长14%。\n"
    )
    assert facts_by_surface(text, dt.date(2020, 1, 12))["14%"][2:] == ("2019", "stated")


def test_a_list_of_places_with_rates_in_parentheses_shares_the_rate_just_named():
    # fk2_09_henan_cities_h1_2025: GDP增速 names the growth term; the cities' (rates) are of it
    text = (
        "河南日报客户端记者 孟向东\n"
        "今年上半年,河南省GDP同比增长5.7%,高于全国平均5.3%的水平。数据显示,有14地GDP增速高于全省平均增速5.7%。\n"
        "高于全国平均增速的地市分别是:南阳(6.3%)、漯河(7.3%)、开封(6.4%)。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 7, 29))
    assert {facts[s][1] for s in ("6.3%", "7.3%", "6.4%")} == {"地区生产总值增速"}


def test_a_share_of_the_annual_plan_is_of_the_months_in_force():
    # fk2_11_fujian_projects_2009: 1月至5月…其中,工业项目完成投资161亿元,占年度计划的40.6%
    text = (
        "福建重点项目建设\n"
        "另据记者了解到,福建省重点建设1月至5月完成投资509亿元、占年度计划的34.6%。"
        "其中,工业项目完成投资161亿元,占年度计划的40.6%。\n"
    )
    assert facts_by_surface(text, dt.date(2009, 6, 10))["40.6%"][2] == "2009M1-M5"


def test_the_figures_of_this_event_are_of_its_day():
    # fk2_03_sichuan_projects_2015: 12月25日 launches; 本次集中开工的项目 … later in the text
    text = (
        "12月25日,全省14个市州集中开工740个重大项目、投资超4200亿元。副省长甘霖出席在乐山主会场举行的集中开工仪式。\n"
        "投资在稳增长中发挥了关键作用。本次集中开工的项目估算总投资额4269亿元,其中投资上亿元的有403个。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 12, 25))
    assert facts["4269亿元"][2:] == ("2015-12-25", "inferred")


def test_the_figures_of_a_quarterly_batch_are_of_its_quarter_and_its_plan_of_the_year():
    # fj2_09_hubei_projects_q2_2023: 5月18日,2023年二季度…集中开工活动举行。这次集中开工项目2034个…年度计划投资
    text = (
        "5月18日,2023年二季度湖北省重大项目集中开工活动举行。\n\n"
        "据了解,这次集中开工项目2034个,总投资1.1万亿元,年度计划投资2872亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 5, 18))
    assert facts["2034个"][2] == "2023Q2" and facts["2872亿元"][2] == "2023"


def test_a_respectively_list_over_a_span_of_years_gives_one_year_to_each():
    # fk1_09_jintan_devzone_2018: 2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元
    text = (
        "本报讯 开发区是我区经济发展的主战场。"
        "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;"
        "分别完成工业开票销售506亿元、639.4亿元、785亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 1))
    assert [facts[s][2] for s in ("236.3亿元", "314.5亿元", "785亿元")] == ["2016", "2017", "2018"]


def test_where_an_event_is_held_is_not_the_texts_place():
    # fk2_03_sichuan_projects_2015: 在乐山主会场举行; 全省 is the text's own word
    text = (
        "12月25日,全省14个市州集中开工740个重大项目、投资超4200亿元。副省长甘霖出席在乐山主会场举行的集中开工仪式。\n"
        "除乐山外,成都、自贡、泸州、德阳、广元、内江、南充、宜宾、达州等13个市州设分会场。\n"
        "投资在稳增长中发挥了关键作用。本次集中开工的项目估算总投资额4269亿元,其中投资上亿元的有403个。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 12, 25))
    assert facts["4269亿元"][0] == "四川" and facts["740个"][0] == "四川"


def test_a_respectively_list_after_a_list_of_places_gives_one_place_to_each():
    # fk1_04_anhui_industry_h1_2022: 池州、六安、芜湖市分别增长13.6%、10.2%、10.1%
    text = (
        "安徽上半年工业经济运行\n"
        "上半年,全省16个市中有13个市规模以上工业增加值实现增长。"
        "其中,池州、六安、芜湖市分别增长13.6%、10.2%、10.1%,增速居全省前3位。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 7, 20))
    assert [facts[s][0] for s in ("13.6%", "10.2%", "10.1%")] == ["池州", "六安", "芜湖"]


def test_last_year_opening_its_sentence_before_a_comma_frames_the_sentence():
    # fk1_12_zhejiang_govreport_2025: 去年,该省加快推进…重大项目建设,1299个重大项目完成投资1.4万亿元 → stated
    text = (
        "浙江省政府工作报告\n"
        "今年浙江省生产总值增长5.5%左右。\n"
        "去年,该省加快推进“千项万亿”重大项目建设,1299个重大项目完成投资1.4万亿元、投资完成率129.6%。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 1, 14))["1.4万亿元"][2:] == ("2024", "stated")


def test_a_time_opening_a_paragraph_before_a_comma_states_the_paragraph():
    # fk2_13_guangxi_review_2021: 2021年,…持續恢復。初步預計,地區生產總值增長7.5% → the year frames the paragraph
    # (part K's note read it inferred; the round-10 ruling 1 reads the paragraph's opening clause as its lead: stated)
    text = (
        "廣西去年GDP增長7.5%\n\n"
        "    2021年,廣西壯族自治區經濟運行持續恢復。初步預計,地區生產總值增長7.5%,兩年平均增長5.6%。\n"
    )
    assert facts_by_surface(text, dt.date(2022, 1, 17))["7.5%"][2:] == ("2021", "stated")


def test_n_years_before_a_change_verb_is_the_span_of_the_change_only():
    # fk1_02_guangdong_govreport_2023 (January 2023): 五年净增608万户 → 2018-2022; 达6.9万家 after it → 2022
    text = (
        "广东省政府工作报告\n"
        "经济结构持续优化,发展质量和效益不断提升。市场主体总量突破1600万户、五年净增608万户。"
        "规模以上工业企业达6.7万家、五年增加2万家,高新技术企业达6.9万家。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 12))
    assert facts["608万户"][2:] == ("2018-2022", "stated")
    assert facts["2万家"][2] == "2018-2022" and facts["6.9万家"][2] == "2022"
