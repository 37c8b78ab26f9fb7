"""Facts rules added for issue #19, round 15 (place; parts Q–T as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_run_of_periods_before_a_relation_to_a_unit():
    # fq2_01_chaoyang_q1_2025: 连续6个季度超过全国,5个季度超过全省: the run relates 朝阳 to each unit
    text = (
        "朝阳市一季度经济运行情况\n"
        "一季度,朝阳市地区生产总值同比增长5.5%,增速全省第7位,分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点,"
        "连续6个季度超过全国,5个季度超过全省。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 25))
    assert facts["6个季度"][0] == "朝阳、全国"
    assert facts["5个季度"][0] == "朝阳、辽宁"


def test_a_run_of_months_whose_sentence_names_the_unit_before():
    # fk2_08_liaoning_q3_2024: 社会消费品零售总额增速高于全国0.9个百分点,连续18个月高于全国: 辽宁、全国, not 全国
    text = (
        "辽宁前三季度经济运行情况\n"
        "前三季度,全省GDP增长4.9%,比全国高0.1个百分点。社会消费品零售总额增速高于全国0.9个百分点,连续18个月高于全国;"
        "固定资产投资增长3.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 10, 25))
    assert facts["18个月"][0] == "辽宁、全国"


def test_a_share_of_a_list_of_units_is_paired_with_its_values():
    # fq1_07_chengdu_gaoxin_q3_2021: 占全省、全市比重61.1%、69.8%: one unit per value
    text = (
        "成都高新区前三季度经济运行情况\n"
        "前三季度,成都高新区外贸进出口总额4088.9亿元,两年平均增速16.5%,占全省、全市比重61.1%、69.8%,总量排名全市第一。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 10, 30))
    assert facts["61.1%"][0] == "成都高新区、四川"
    assert facts["69.8%"][0] == "成都高新区、成都"


def test_a_chain_of_counts_of_places_with_their_heads_left_out():
    # fj2_01_sichuan_county_h1_2024: 超过200亿元的有49个,较上年增加6个;超过500亿元达到11个: all of the 183 counties
    text = (
        "数读四川县域经济“半年报”\n"
        "上半年,全省县域经济结构正从“金字塔型”向“橄榄型”加快演进。183个县(市、区)中经济总量超过百亿元的有91个,"
        "较上年增加5个,占全省区县个数的49.7%;超过200亿元的有49个,较上年增加6个;超过500亿元达到11个,与上年持平。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 8, 27))
    for surface in ("百亿元", "200亿元", "49个", "6个", "500亿元", "11个"):
        assert facts[surface][0] == "-", surface
    assert facts["49.7%"][0] == "四川"


def test_parts_of_a_count_of_places():
    # ft2_09_shaanxi_county_industry_2019: 有24个县(市)实现两位数增长,其中陕南占14个,陕北、关中各占5个
    text = (
        "陕西县域工业增速加快\n"
        "前三季度,陕西省县域工业增加值同比增长3.4%。有24个县(市)实现两位数增长,其中陕南占14个,陕北、关中各占5个。"
        "其中安康市表现最为亮眼,9个县中有8个实现两位数增长。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 11, 4))
    assert facts["14个"][0] == facts["5个"][0] == facts["8个"][0] == "-"


def test_a_rate_threshold_each_counted_zone_crosses():
    # fq2_05_yunnan_devzones_2023: 20个开发区规上工业增加值同比增速超过20%: the club's threshold, of no place
    text = (
        "云南开发区经济运行情况\n"
        "全省开发区规上工业增加值同比增长9.7%,高于全省4.7个百分点。其中,20个开发区规上工业增加值同比增速超过20%;"
        "全省开发区实现营业收入1.2万亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 8, 1))
    assert facts["20%"][0] == "-"
    assert facts["9.7%"][0] != "-"


def test_a_total_of_counted_places_keeps_its_unit():
    # fo1_01_sichuan_county_race_2023: 146个县域…经济总量首次突破3万亿元 is their total, 四川's (not a threshold)
    text = (
        "四川县域经济发展情况\n2023年,四川县域经济总量迈上新台阶,146个县域经济总量首次突破3万亿元,占全省比重50.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2024, 3, 1))
    assert facts["146个"][0] == "-"
    assert facts["3万亿元"][0] == "四川"


def test_a_project_named_from_its_place():
    # ft1_11_quanzhou_projects_2025: 如總投資333億元的南安三安…項目,建築面積210.8萬平方米,…新增就業5500人: 南安's
    text = (
        "泉州市重大項目集中開竣工\n"
        "本次泉州市集中開竣工項目體量較大,其中總投資10億元以上的項目136個。如總投資333億元的南安三安半導體研發與產業化項目,"
        "建築面積210.8萬平方米,達產後可新增就業5500人。南安市將做好服務保障。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 3, 1))
    assert facts["333億元"][0] == facts["210.8萬平方米"][0] == facts["5500人"][0] == "南安"
    assert facts["136個"][0] == "泉州"


def test_a_project_named_from_a_unit_above_the_main_place_is_not_that_unit():
    # fk1_06_dingzhou_projects_2023: 总投资1.7亿元的河北省第七届园林博览会…项目 in 定州's text stays 定州's
    text = (
        "定州市2023年重大项目集中开工\n"
        "本次集中开工项目中,总投资1.7亿元的河北省第七届园林博览会主展馆文体中心项目建设受到关注。定州市将全力推进。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 1))
    assert facts["1.7亿元"][0] == "定州"


def test_the_province_word_in_the_text_of_a_zone_named_from_its_city():
    # ft1_07_zhengzhou_airport_zone_q1_2014: 郑州航空港产业集聚区 lies in 郑州: 全省 is 河南
    text = (
        "今年一季度郑州航空港产业集聚区“吸金”20.03亿元\n"
        "省发改委通报,一季度,全省产业集聚区规模以上工业增加值同比增长16.2%,对全省规模以上工业增长的贡献率为66.6%。\n"
    )
    facts = facts_by_surface(text, dt.date(2014, 4, 20))
    assert facts["16.2%"][0] == "河南"
    assert facts["20.03亿元"][0] == "郑州航空港产业集聚区"


def test_the_criteria_of_a_ranking_are_of_no_place():
    # fs2_05_jiangsu_top100_2020: 以“地区生产总值大于400亿元、一般公共预算收入大于20亿元”作为两大数据入库门槛, 一级指标4个
    text = (
        "江苏百强县榜单发布\n"
        "百强县榜单以“地区生产总值大于400亿元、一般公共预算收入大于20亿元”作为两大数据入库门槛,建立了县域经济高质量发展的"
        "评价指标体系,包括一级指标4个、二级指标8个、三级指标22个。江苏实现地区生产总值10.3万亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 12, 1))
    for surface in ("400亿元", "20亿元", "4个", "8个", "22个"):
        assert facts[surface][0] == "-", surface
    assert facts["10.3万亿元"][0] == "江苏"


def test_a_quoted_club_and_the_elliptic_growth_of_its_count():
    # fs2_04_jiangsu_countyrank_2023: 江苏“千亿县”添4名新成员,增至21个; 在江苏21个“千亿县”中
    text = (
        "江苏“千亿县”添4名新成员,增至21个\n"
        "记者梳理发现,在江苏21个“千亿县”中,排名前五的依旧为昆山、江阴、张家港、常熟、宜兴。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 1))
    assert all(place == "-" for surface, (place, *_) in facts.items() if surface == "21个")
