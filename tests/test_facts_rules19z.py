"""Facts rules added for issue #19 (round 13, part S as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fs2_02_chongqing_projects_2023 (a day with no month: 18日 is no time expression)
_CHONGQING = (
    "重庆集中开工354个重大项目 总投资3194亿元\n"
    "(记者 刘相琳)重庆18日举行2023年一季度重大项目集中开工活动,共开工重大项目354个,总投资3194亿元,"
    "涵盖26个行业领域。\n"
    "此次集中开工项目,有涉及增强重庆中心城区发展能力和综合竞争力的项目93个,总投资1437.1亿元,占比45%。\n"
    "值得注意的是,开工项目中企业投资项目共224个,总投资1932.2亿元,占比60.5%。\n"
)


def test_a_batch_the_lead_names_dates_the_event_when_no_day_is_written():
    # 此次集中开工项目 and the later paragraphs: of the batch (2023年一季度), not as of publication
    facts = facts_by_surface(_CHONGQING, dt.date(2023, 2, 18))
    assert facts["93个"][2:] == ("2023Q1", "inferred")
    assert facts["224个"][2:] == ("2023Q1", "inferred")
    assert facts["1932.2亿元"][2:] == ("2023Q1", "inferred")


# fs1_10_yunnan_projects_q2_2022 (traditional characters, glosses dropped)
_YUNNAN = (
    "二季度,云南計劃集中開工重大產業項目919個,總投資3043億元,年度計劃投資1076億元,個均投資3.3億元。\n"
    "從投資規模看,總投資10億元以上項目55個、20億元以上項目26個,"
    "年度計劃投資1億元以上項目228個、2億元以上項目130個。\n"
)


def test_a_band_of_projects_by_their_plan_is_the_batchs_not_the_years_plan():
    # 年度計劃投資1億元以上項目228個: projects of the quarter's batch counted by their plan, not the year's plan
    facts = facts_by_surface(_YUNNAN, dt.date(2022, 5, 11))
    assert facts["228個"][2:] == ("2022Q2", "inferred")
    assert facts["1億元"][2:] == ("2022Q2", "inferred")
    assert facts["130個"][2] == "2022Q2"


# fs2_04_jiangsu_countyrank_2023 (dated 2023 only)
_JIANGSU = (
    "江苏“千亿县”添4名新成员,增至21个\n"
    "现代快报讯(记者 杨晓冬)近日,江苏各地2022年GDP数据陆续公布。除了昆山成为全国首个GDP突破5000亿元的县级市外,"
    "东台、高邮、沛县、仪征2022年GDP首次突破千亿大关,江苏“千亿俱乐部”县市成员增加到21个,备受关注。\n"
    "记者梳理发现,在江苏21个“千亿县”中,排名前五的依旧为昆山、江阴、张家港、常熟、宜兴。其中,江阴GDP达4754万亿元。\n"
)


def test_a_lead_announcing_a_written_years_data_frames_the_text_in_it():
    # 江苏各地2022年GDP数据陆续公布: the data are of 2022, the title's counts and the later paragraphs' too
    facts = facts_by_surface(_JIANGSU, dt.date(2023, 1, 1))
    assert facts["4名"][2:] == ("2022", "inferred")
    assert facts["4754万亿元"][2:] == ("2022", "inferred")


# fs2_06_hunan_halfyear_2020
_HUNAN = (
    "根据湖南省统计局7月17日公布的数据,上半年,湖南地区生产总值19026.4亿元,同比增长1.3%,比一季度回升3.2个百分点。\n"
    "湖南工业生产稳步回升,全省规模工业增加值增长1.9%,比一季度回升4个百分点,其中6月份增长5.4%,"
    "连续4个月保持在4%以上。从重点行业看,烟草制品业增长3.1%,通用设备制造业增长6.8%。\n"
)


def test_a_month_picked_out_after_qizhong_is_not_carried_into_the_next_sentences():
    # 其中6月份增长5.4%: June of the half; 从重点行业看,… goes back to the half in force
    facts = facts_by_surface(_HUNAN, dt.date(2020, 7, 17))
    assert facts["5.4%"][2] == "2020M6"
    assert facts["3.1%"][2:] == ("2020H1", "inferred")
    assert facts["6.8%"][2:] == ("2020H1", "inferred")


# fs1_08_shandong_targets_2016
_SHANDONG = (
    "今年预期目标:地区生产总值增7.5%-8%\n"
    "大众网1月24日讯 24日上午,山东省第十二届人民代表大会第五次会议开幕,省长郭树清同志作山东省人民政府工作报告。\n"
    "刚刚过去的2015年,面对错综复杂的国内外形势,我们坚持稳中求进总基调,统筹做好各项工作,"
    "较好完成了省十二届人大四次会议确定的主要目标任务。全省生产总值比上年增长8%,地方一般公共预算收入增长10%。"
    "城镇新增就业116.8万人,农村劳动力转移就业127.5万人。\n"
)


def test_the_year_just_ended_opening_a_paragraph_is_its_lead():
    # 刚刚过去的2015年,…。(a lead sentence with no figure) the paragraph's figures state 2015 (ruling 1)
    facts = facts_by_surface(_SHANDONG, dt.date(2016, 1, 24))
    assert facts["10%"][2:] == ("2015", "stated")
    assert facts["127.5万人"][2:] == ("2015", "stated")


# fs1_01_hebei_counties_h1_2023 (traditional characters, glosses dropped)
_HEBEI = (
    "上半年我省縣域經濟實現較快增長\n"
    "全省118個縣(市)實現生產總值11268.4億元\n"
    "從河北省統計局獲悉,今年上半年全省縣域經濟實現較快增長。全省118個縣(市)實現生產總值11268.4億元,同比增長6.3%。\n"
    "其中,第一產業增加值1238.2億元,同比增長4.3%;第二產業增加值4398.0億元,同比增長6.9%。\n"
)


def test_a_paragraph_opening_on_qizhong_continues_the_paragraph_before():
    # 其中,… opening a paragraph breaks down the paragraph before, whose lead sentence (no figure) states the half
    facts = facts_by_surface(_HEBEI, dt.date(2023, 8, 5))
    assert facts["1238.2億元"][2:] == ("2023H1", "stated")
    assert facts["6.9%"][2:] == ("2023H1", "stated")
