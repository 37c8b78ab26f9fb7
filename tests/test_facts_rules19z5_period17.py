"""Facts rules added for issue #19, round 17 (period; part V as development data, ruling 8 on an event's batch):
each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_an_event_day_after_zai_and_before_qidong_is_the_batch_day():
    # fv2_11_dianbai_signing_2013: 在18日啟動的…主題活動中,84個項目簽約: the batch signed that day (ruling 8)
    text = (
        "廣東新聞網茂名10月18日電今年來,廣東電白實施城區擴容提質、園區經濟產城聯動,取得顯著成效。"
        "在18日啟動的第三屆“電白向前進”主題活動中,84個項目簽約引資137億元,投資額181億元的91個項目動工建設。\n"
    )
    facts = facts_by_surface(text, dt.date(2013, 10, 18))
    assert facts["84個"][2] == "2013-10-18"
    assert facts["181億元"][2] == "2013-10-18"


def test_the_investment_word_of_the_event_may_be_in_the_next_sentence():
    # fv2_09_changchun_projects_2010: …项目在…举行。…出席开工仪式。: a launch on 6月11日, its batch of that day
    text = (
        "6月11日上午,2010年长春市推进长吉一体化100个亿元以上项目在长春高新技术产业开发区举行。"
        "省委书记孙政才等出席开工仪式。\n"
        "按照战略要求,长春市集中启动100个亿元以上的项目,总投资1127亿元。其中高新区23个项目,经开区18个项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2010, 6, 13))
    assert facts["1127亿元"][2] == "2010-06-11"
    assert facts["23个"][2] == "2010-06-11"


def test_a_month_written_before_the_event_day_does_not_carry_over_its_batch():
    # fv2_02_hengyang_projects_2020: 今年3月初 tells an earlier batch; 昨日上午…47个项目…同日开工 is of its day
    text = (
        "衡阳47个项目同日开工\n"
        "据悉,今年3月初,我市已组织了一次项目集中开工活动——共112个项目集中开工,总投资521.1亿元。\n"
        "昨日上午,我市又有47个项目分别在7个集中开工仪式现场同日开工。\n"
        "此次开工的项目中,产业类项目34个、总投资93.33亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2020, 4, 29))
    assert facts["112个"][2] == "2020M3"
    assert facts["47个"][2] == "2020-04-28"
    assert facts["93.33亿元"][2] == "2020-04-28"


def test_who_attended_an_event_of_a_named_batch_is_of_its_day():
    # fu1_01_liaoning_projects_2023: the batch is named for 一季度 (ruling 8: its figures 2023Q1), but 400多人参加会议
    # counts the event itself: of its day
    text = (
        "3月20日上午,辽宁省举行2023年全省一季度重大项目集中开工动员大会。"
        "省及14个市党委、人大、政府、政协主要负责同志出席,省市(中)直有关部门、重点企业代表400多人参加会议,"
        "主会场设在沈阳亿纬锂能储能与动力电池项目开工现场。\n"
        "辽宁省此次集中开工的新项目共1816个,总投资超过4700亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 3, 20))
    assert facts["400多人"][2] == "2023-03-20"
    assert facts["1816个"][2] == "2023Q1"


def test_an_average_over_the_years_its_sentence_counts():
    # fv2_08_kaihua_govreport_2011: 五年年均增长12.9% after 2011年: the five years to 2011, and so is each later
    # 年均 of the sentence
    text = (
        "一、过去五年的工作\n"
        "2011年,全县实现地区生产总值82.26亿元,五年年均增长12.9%;财政总收入6.28亿元,其中地方财政收入4.34亿元,"
        "年均分别增长15.2%和19.0%;固定资产投资46.93亿元,年均增长21.3%。\n"
    )
    facts = facts_by_surface(text, dt.date(2012, 2, 17))
    assert facts["12.9%"][2] == "2007-2011"
    assert facts["19.0%"][2] == "2007-2011"
    assert facts["21.3%"][2] == "2007-2011"
    assert facts["46.93亿元"][2] == "2011"


def test_this_batch_of_a_launch_day_is_of_that_day():
    # ft1_04_jiangxi_q1starts_2022: a launch on 2月16日 (not named for a period): 列入本次…开工项目37个 and
    # 列入这次开工的项目104个 are of that day (ruling 8), not of 2022年一季度 or 今年 written before; a year's plan
    # (年度计划投资251.7亿元) stays the year's
    text = (
        "“省市县三级项目协同联动开工”暨2022年“项目大会战”动员大会2月16日在南昌举行。记者当天从江西省发改委获悉,"
        "全省计划一季度开工的亿元以上重大项目共2051个,总投资1.2万亿元。全省各地当天都举行了相关项目开工。\n"
        "南昌:一季度开工重大项目70个,总投资847.2亿元\n"
        "记者从南昌市政府获悉,南昌市2022年一季度开工重大项目70个,总投资847.2亿元,年度计划投资322.6亿元。"
        "其中列入本次省市县三级联动开工项目37个,总投资692.1亿元,年度计划投资251.7亿元。\n"
        "在去年三、四季度集中开工项目177个的基础上,今年再次初步筛选2022年度市级重大重点项目624个。\n"
        "今年,该市共实施省大中型项目526个,其中,列入这次开工的项目104个、总投资714亿元;"
        "此外还有254个亿元以上项目同步开工,开工项目358个。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 2, 16))
    assert facts["37个"][2] == "2022-02-16"
    assert facts["104个"][2] == "2022-02-16"
    assert facts["358个"][2] == "2022-02-16"
    assert facts["251.7亿元"][2] == "2022"
    assert facts["70个"][2] == "2022Q1"
    # 全省计划一季度开工的…项目共2051个: the batch named for the quarter in the figure's sentence, not 当天
    assert facts["2051个"][2:] == ("2022Q1", "stated")


def test_the_years_list_in_a_paragraph_away_from_the_launch_day_keeps_the_year():
    # fn1_03_zhongwei_pingluo_projects_2015: 平罗今年确定的50个重点项目…其中,农林水项目6个 is of the year's list; 第一批开工
    # 项目4个 is of the batch launched on the day (ruling 8)
    text = (
        "3月18日,中卫市2015年第一批重点项目集中开工。\n"
        "平罗今年确定的50个重点项目涉及三产、基础设施建设、生态等领域。其中,农林水项目6个,第一批开工项目4个;"
        "基础设施建设项目16个,第一批开工项目14个。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 3, 19))
    assert facts["6个"][2] == "2015"
    assert facts["16个"][2] == "2015"
    assert facts["14个"][2] == "2015-03-18"
