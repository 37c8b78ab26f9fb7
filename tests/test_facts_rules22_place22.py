"""Place and measure rules of helper place22 (round 22): a congress's unit, a place that holds a list, an example's
name in a lead, 等市县, an event's venue, places in brackets, 其中 before a zone, and ruling 18's measures (服务业增加值,
amounts signed), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_congress_unit_is_the_text_place_whatever_its_self_words():
    # fz2_11_yidu_govreport_2024: 宜都市第九届人民代表大会; 全省强县 later is no word of the text's own unit
    text = (
        "今天(2月10日)上午\n宜都市第九届人民代表大会第五次会议\n在宜都大剧院开幕\n回首2024年\n"
        "地区生产总值增长7.7%\n规上工业增加值增长11.7%\n连续2年获评\n全省强县工程考核先进县市\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 2, 10))
    assert facts["7.7%"][0] == "宜都"
    assert facts["11.7%"][0] == "宜都"


def test_a_place_that_has_a_list_of_examples_is_its_subject():
    # fz2_02_guangxi_starts_q1_2022: 南宁市有20GWh锂电池项目、…等81个项目开竣工 (南宁's, not the region's)
    text = (
        "广西一季度集中开竣工重大项目649个\n1月10日,广西举行2022年一季度全区重大项目集中开竣工活动。\n"
        "南宁市有20GWh锂电池项目、心圩江环境综合整治工程PPP项目、中国—东盟信息港小镇(研发中心)等81个项目开竣工,"
        "总投资约480亿元。其中新开工44项,竣工37项。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 1, 11))
    assert facts["81个"][0] == "南宁"
    assert facts["480亿元"][0] == "南宁"
    assert facts["44项"][0] == "南宁"


def test_an_example_name_in_the_lead_is_not_the_text_place():
    # fw1_05_guangxi_addition_2013: 防城港马鞍岭…工程等57个项目列入2013年自治区层面统筹推进重大项目增补计划
    text = (
        "10月10日,记者从自治区发展改革委了解到,按照《广西壮族自治区重大项目管理暂行办法》关于重大项目滚动管理制度的"
        "要求,防城港马鞍岭1、2号旅游码头工程等57个项目列入2013年自治区层面统筹推进重大项目增补计划。\n"
        "  据悉,列入增补计划的57个项目总投资735.5亿元,年度计划投资30.5亿元。\n"
        "  据介绍,交通方面项目主要有防城港马鞍岭1、2号新建两个3万吨级客运泊位;新能源方面,建设华润新能源玉林市容县"
        "杨村风电场一期工程,装机容量4.8万千瓦。旅游业方面,建设第四届广西(北海)园林园艺博览会主园区项目一期工程。\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 10, 12))
    assert facts["735.5亿元"][0] == "广西"


def test_places_before_deng_shixian_take_their_values_one_each():
    # fz1_07_hainan_signing_2016: 海口、儋州、澄迈和文昌等市县…落地率分别达到47%、49%、74%和90%
    text = (
        "海南去年签约项目472个\n省商务厅相关负责人告诉记者,从市县看,海口、儋州、澄迈和文昌等市县签约项目数量较多,"
        "且项目落地率分别达到47%、49%、74%和90%,远远超过省政府要求的当年签约项目落地率25%的目标。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 2, 2))
    assert [facts[s][0] for s in ("47%", "49%", "74%", "90%")] == ["海口", "儋州", "澄迈", "文昌"]


def test_where_an_outreach_event_was_held_is_no_subject():
    # fx2_09_suzhou_gansu_signing_2017: 在深圳的招商推介会上签订框架性协议项目6个,总投资10亿元以上 (肃州's)
    text = (
        "肃州区招商引资成效显著\n至目前,全区共外出招商5批40人次,新签约项目32个,签约额99.75亿元。其中,在上海、江苏、"
        "浙江等地考察对接后,签订合作框架性协议项目7个,签约额32亿元;在深圳的招商推介会上签订框架性协议项目6个,"
        "总投资10亿元以上;在成都、北京、保定、聊城等地的专题招商活动中,签订框架协议10个,签约金额18.6亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 1))
    assert facts["6个"][0] == "肃州"
    assert facts["10亿元"][0] == "肃州"
    assert facts["18.6亿元"][0] == "肃州"


def test_places_listed_in_brackets_lead_no_sentence():
    # fy2_06_guangdong_signing_2024: 珠三角(羅湖區、博羅縣、高要區)、…各3個;投資類項目9個 (广东's)
    text = (
        "廣東“百千萬工程”簽約12個項目\n"
        "據悉,12個簽約項目中,珠三角(羅湖區、博羅縣、高要區)、粵東(海豐縣、湘橋區、惠來縣)、粵西(陽春市、徐聞縣、"
        "化州市)、粵北片區(南雄市、英德市、羅定市)各3個;投資類項目9個、總投資額110億元,助力類項目3個、捐助金額"
        "1.72億元。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 1))
    assert facts["9個"][0] == "广东"
    assert facts["110億元"][0] == "广东"


def test_qizhong_starts_no_zone_name():
    # fv2_09_changchun_projects_2010: 其中高新区23个项目 (no zone named 其中高新区)
    text = (
        "长春市启动100个亿元以上项目\n今年长春市集中启动100个亿元以上的项目,总投资1127亿元。"
        "其中高新区23个项目,经开区18个项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2010, 4, 1))
    assert not facts["23个"][0].startswith("其中")


def test_services_value_added_is_tertiary_value_added_and_its_growth_stays_its_own():
    # fx2_07_taicang_hitech_h1_2018: 服务业增加值86.4亿元,增长13.9% (ruling 18)
    text = (
        "太仓高新区上半年经济运行情况\n上半年,太仓高新区实现地区生产总值203.6亿元,其中规上工业产值406.5亿元,"
        "增长12.7%;服务业增加值86.4亿元,增长13.9%。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 7, 20))
    assert facts["86.4亿元"][1] == "第三产业增加值"
    assert facts["13.9%"][1].startswith("其他:服务业")  # its growth: no term of the vocabulary


def test_amounts_signed_are_investment():
    # fx2_09_suzhou_gansu_signing_2017 (签约额), fu2_03_zhoukou_signing_2011 (合同资金),
    # fu2_04_xinzheng_signing_2007 (合同总金额): ruling 18
    text = (
        "肃州区招商引资成效显著\n至目前,全区共外出招商5批40人次,新签约项目32个,签约额99.75亿元。\n"
        "我市在会上集中签约的10个项目中,内资项目7个,合同资金达23.1亿元。\n"
        "新郑引来签约项目一串——共签订投资项目46个,合同总金额103.6亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 1))
    assert facts["99.75亿元"][1] == "投资额"
    assert facts["23.1亿元"][1] == "投资额"
    assert facts["103.6亿元"][1] == "投资额"


def test_a_jingjiqu_is_a_zone():
    # fn1_01_hebei_targets_2023: 廊坊临空经济区…增长20% (the zone's, not 廊坊's)
    text = (
        "河北2023年主要目标\n京津冀协同发展是一个重大国家战略,多年来也是河北政府工作的重点之一。2022年北京通州区与"
        "廊坊北三县一体化高质量发展示范区获批建设,廊坊临空经济区完成投资增长20%,协同发展取得重要进展。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 1, 15))
    assert facts["20%"][0] == "廊坊临空经济区"
