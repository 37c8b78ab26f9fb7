"""Facts rules added for issue #19, round 16 (place; part U as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.extract.figures import extract_figures
from shangyu_analysis.text import parse_text
from tests.facts_helpers import facts_by_surface


def test_a_venue_named_before_its_building_is_not_the_text_s_place():
    # fu2_03_zhoukou_signing_2011: …签约仪式”在郑州国际会展中心轩辕堂举行,我市有10个项目在会上签约: 我市 is 周口
    text = (
        "8月26日上午,“2011年河南省承接产业和技术转移合作交流洽谈会中原经济区投资说明会暨合作项目签约仪式”在郑州国际会展中心"
        "轩辕堂举行,我市有10个项目在会上签约。省长郭庚茂及国家有关部委领导出席仪式并监签。周口市委副书记、市长徐光出席。\n"
        "我市在会上集中签约的10个项目中,内资项目7个,合同资金达23.1亿元;外资项目3个,合同资金7500万美元。\n"
    )
    facts = facts_by_surface(text, dt.date(2011, 8, 27))
    for surface in ("7个", "23.1亿元", "3个", "7500万美元"):
        assert facts[surface][0] == "周口", surface


def test_a_main_venue_set_in_a_city_is_not_the_text_s_place():
    # fu1_01_liaoning_projects_2023: 辽宁省举行…动员大会。…主会场设在沈阳亿纬锂能…现场: the province's projects
    text = (
        "3月20日上午,辽宁省举行2023年全省一季度重大项目集中开工动员大会。省市(中)直有关部门、重点企业代表400多人参加会议,"
        "主会场设在沈阳亿纬锂能储能与动力电池项目开工现场,其他各市和沈抚改革创新示范区设项目开工分会场。\n"
        "辽宁省此次集中开工的新项目共1816个,总投资超过4700亿元。其中产业项目1005个、总投资2587亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 20))
    for surface in ("400多人", "1816个", "1005个", "2587亿元"):
        assert facts[surface][0] == "辽宁", surface


def test_the_other_projects_of_a_paragraph_s_place_are_its_own():
    # fp1_06_neimenggu_projects_2023: 呼和浩特市已开复工430个项目…预计二季度其余89个项目全部开复工: 呼和浩特's
    text = (
        "3月31日,内蒙古自治区2023年高质量发展重大项目集中开工仪式在呼和浩特举行。内蒙古发出2023年重大项目集中开工动员令。\n"
        "当天,呼和浩特市还有85个重大项目开复工。截至目前,呼和浩特市已开复工430个项目,完成投资160亿元。"
        "预计二季度其余89个项目全部开复工。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 31))
    assert facts["89个"][0] == "呼和浩特"


def test_a_region_a_policy_names_is_a_place():
    # fu2_07_zhejiang_zheqiahui_2017: 义甬舟开放大通道签约项目13个…本次义甬舟开放大通道签约项目中,二产项目6个
    text = (
        "浙洽会34个重大项目签约\n"
        "本报讯 6月9日,在第十九届浙江投资贸易洽谈会期间,浙江进行全省重大项目签约仪式,共签约34个项目,总投资665.4亿元。\n"
        "义甬舟开放大通道签约项目13个,总投资421.1亿元。项目主要来自宁波、舟山、绍兴和金华。从产业结构分析,本次义甬舟开放"
        "大通道签约项目中,二产项目6个,总投资147.7亿元,占比35.1%。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 9))
    assert facts["665.4亿元"][0] == "浙江"
    for surface in ("13个", "421.1亿元", "6个", "147.7亿元", "35.1%"):
        assert facts[surface][0] == "义甬舟开放大通道", surface


def test_a_region_after_its_province_and_one_named_by_a_short_name():
    # fs1_02_hebei_capitalring_2012 (traditional script, pinyin glosses of the mirror left out here)
    text = (
        "2012年,河北省著力推動區域經濟協調發展,環首都綠色經濟圈和沿海地區經濟加快發展。\n"
        "2012年,河北省環首都綠色經濟圈14個縣(市、區)實現地區生產總值1738.1億元,同比增長10.5%。\n"
        "此外,濱海開發帶11個縣(市、區),實現地區生產總值2684.8億元,同比增長10.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 2, 1))
    assert facts["1738.1億元"][0] == "环首都绿色经济圈"
    assert facts["2684.8億元"][0] == "滨海开发带"
    assert facts["14個"][0] == "-"


def test_the_paragraph_s_place_before_the_text_s_unit_named_as_an_object():
    # fs1_02_hebei_capitalring_2012: 其中第二產業增長13.3%,高于全省平均水平1.8個百分點;第三產業增長9.5%,…
    text = (
        "2012年,河北省著力推動區域經濟協調發展,環首都綠色經濟圈和沿海地區經濟加快發展。兩者二產、三產增速均高于全省平均水平。\n"
        "2012年,河北省環首都綠色經濟圈14個縣(市、區)實現地區生產總值1738.1億元,同比增長10.5%。其中第二產業增長13.3%,"
        "高于全省平均水平1.8個百分點;第三產業增長9.5%,高于全省平均水平1.1個百分點。\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 2, 1))
    assert facts["1.8個百分點"][0] == "环首都绿色经济圈、河北"
    assert facts["9.5%"][0] == "环首都绿色经济圈"
    assert facts["1.1個百分點"][0] == "环首都绿色经济圈、河北"


def test_a_sentence_that_identifies_its_project_as_a_place_s():
    # fu2_07_zhejiang_zheqiahui_2017: 最大外资项目是湖州的唯品会华东运营总部项目,总投资为60.7亿元(8.8亿美元)
    text = (
        "浙洽会34个重大项目签约\n"
        "本报讯 6月9日,在第十九届浙江投资贸易洽谈会期间,浙江进行全省重大项目签约仪式,共签约34个项目,总投资665.4亿元。\n"
        "本次外资项目中,总投资5亿元以上项目有16个。最大外资项目是湖州的唯品会华东运营总部项目,总投资为60.7亿元(8.8亿美元),"
        "投资方是香港唯品会浙江投资有限公司。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 9))
    assert facts["16个"][0] == "浙江"
    assert facts["60.7亿元"][0] == "湖州"
    assert facts["8.8亿美元"][0] == "湖州"


def test_gaps_to_a_list_of_named_units_and_a_rank_in_a_ranking_s_class():
    # ft2_10_yiwu_q3_2023 (sidecar place 义乌): 全省17强县市区第二,分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点
    text = (
        "10月24日,今年我市前三季度经济数据出炉。\n"
        "前三季度,全市实现地区生产总值1406.4亿元,同比增长8.7%,增速位列金华第一,全省17强县市区第二,分别高于全省(6.3%)、"
        "金华(6.7%)2.4个百分点和2.0个百分点。\n"
        "前三季度,全市固定资产投资同比增长19.8%,位居金华各县市区第二,分别高于浙江省(8.5%)和金华市(17%)11.3个百分点和"
        "2.8个百分点。\n"
    )
    article = parse_text(text, date=dt.date(2023, 10, 24))
    article.place = "义乌"  # the sidecar's place
    frame = extract_figures(article)
    facts = dict(zip(frame["surface"], frame["place"]))
    assert facts["第二"] == "义乌"
    assert facts["2.4个百分点"] == "义乌、浙江"
    assert facts["2.0个百分点"] == "义乌、金华"
    assert facts["11.3个百分点"] == "义乌、浙江"
    assert facts["2.8个百分点"] == "义乌、金华"


def test_the_rate_a_gap_is_measured_from_is_the_unit_s():
    # fu2_10_chizhou_q3_2023: 池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点
    text = "池州前三季度经济运行情况\n记者注意到,前三季度,池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点。\n"
    facts = facts_by_surface(text, dt.date(2023, 10, 30))
    assert facts["7.5%"][0] == "池州"
    assert facts["6.1%"][0] == "安徽"
    assert facts["1.4个百分点"][0] == "池州、安徽"


def test_a_count_of_prefectures_and_cities():
    # fu1_02_yanbian_h1_2023: 连续两个季度保持吉林省9市州(下同)第2位
    text = "上半年延边州经济运行情况\n上半年,延边州GDP实现404.8亿元,增长7.5%,连续两个季度保持吉林省9市州(下同)第2位。\n"
    facts = facts_by_surface(text, dt.date(2023, 7, 30))
    assert facts["9市州"][0] == "-"
    assert facts["404.8亿元"][0] == "延边"


def test_a_money_value_before_a_count_of_projects_is_no_class_of_places():
    # fu2_12_sichuan_projects_q1_2018: 总投资7991亿元的1861个重大项目同步开工
    text = (
        "四川省第一季度1861个重大项目开工 总投资7991亿元\n"
        "今天上午,四川省在成都天府国际生物城举行第一季度重大项目开工仪式。总投资7991亿元的1861个重大项目同步开工。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 3, 30))
    assert facts["7991亿元"][0] == "四川"
    assert facts["1861个"][0] == "四川"


def test_the_main_place_by_name_after_a_share_s_zhan_is_an_object():
    # fu2_12_sichuan_projects_q1_2018: 这些重大项目中,成都市有182个,投资总额2922亿元,占四川全省的37%以上
    text = (
        "四川省第一季度1861个重大项目开工 总投资7991亿元\n"
        "今天上午,四川省举行第一季度重大项目开工仪式。\n"
        "这些重大项目中,成都市有182个,投资总额2922亿元,占四川全省的37%以上。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 3, 30))
    assert facts["182个"][0] == "成都"
    assert facts["37%"][0] == "成都、四川"


def test_a_cleft_s_place_after_a_region_and_a_place_after_yi_are_subjects():
    # fr1_08_jiangsu_cities_q1_2023
    text = (
        "江苏13市一季度GDP出炉\n"
        "这四座“GDP万亿城市”中,一季度以南京的增速最快,为5.2%,苏州、无锡、南通的增速分别为1.9%、 4.9%、4.3%。"
        "常州去年实现地区生产总值9550亿元。与常州接近的是苏北的徐州,一季度GDP达2016.25亿元,增长5.8%。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 4, 28))
    assert facts["5.2%"][0] == "南京"
    assert facts["4.9%"][0] == "无锡"
    assert facts["2016.25亿元"][0] == "徐州"
    assert facts["5.8%"][0] == "徐州"


def test_places_before_deng_and_a_count_of_places_are_the_subject():
    # ft1_05_gansu_industry_h1_2024: 金昌、兰州、庆阳、白银等4市贡献近七成增量
    text = (
        "甘肃上半年工业经济运行情况\n"
        "今年以来,全省规上工业增加值增长8.1%。14个市州全部实现正增长,6个市州两位数增长,金昌、兰州、庆阳、白银等4市贡献近七成增量。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 7, 25))
    assert facts["七成"][0] == "金昌、兰州、庆阳、白银"
    assert facts["4市"][0] == "-"


def test_counts_of_cities_by_zuo():
    # fm2_02_jiangsu_govreport_2024: 地区生产总值万亿之城增至 5 座; fr1_08: …的有5座城市
    text = (
        "江苏省政府工作报告\n"
        "2023 年,全省地区生产总值增长 5.8%。地区生产总值万亿之城增至 5 座。\n"
        "另外,省内一季度GDP在1000至2000亿元的有6座城市。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 1, 22))
    assert facts["5.8%"][0] == "江苏"
    assert facts["5 座"][0] == "-"
    assert facts["6座"][0] == "-"


def test_a_project_a_county_s_government_signs_is_the_county_s():
    # fu2_03_zhoukou_signing_2011: 内资最大的是由太康县政府与吴江鸿文纺织有限公司签订的总投资5.5亿元、…项目
    text = (
        "周口10个项目在省承接产业转移洽谈会上签约\n"
        "我市在会上集中签约的10个项目中,内资项目7个,合同资金达23.1亿元。其中,内资最大的是由太康县政府与吴江鸿文纺织有限公司"
        "签订的总投资5.5亿元、年产7500万米胚布生产线项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2011, 8, 27))
    assert facts["23.1亿元"][0] == "周口"
    assert facts["5.5亿元"][0] == "太康"


def test_a_rate_after_a_unit_and_its_average_is_the_unit_s():
    # fk2_09_henan_cities_h1_2025: 河南省GDP同比增长5.7%,高于全国平均5.3%的水平; fr1_09: 跑赢全省平均增速5.9%
    text = (
        "河南省上半年经济运行情况\n"
        "今年上半年,河南省GDP同比增长5.7%,高于全国平均5.3%的水平。全省17个市中9个市增速跑赢全省平均增速5.7%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 7, 30))
    assert facts["5.3%"][0] == "全国"
    assert facts["5.7%"][0] == "河南"
