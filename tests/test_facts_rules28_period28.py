"""Period rules of helper period28 (a batch named for a month or a quarter in the lead, the places holding a
ceremony, a yearly plan's counts and completion rates, a state at a month's end), each on a real sentence of a corpus
text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faf1_02_yucheng_signing_2021 (dated 2021-05-28)
_YUCHENG = (
    '德州招商引资项目 5月份集中开工暨签约仪式举行\n'
    '本报德州5月27日讯(记者徐良)5月26日上午,德州招商引资项目5月份集中开工暨签约仪式在禹城举行,27个项目集中开工,10个项目集中签约。\n'
    '上午10时,集中开工仪式在禹城市鲁粮功能食品馅料项目开工现场举行,总投资约122亿元的27个项目集中开工,德州市委书记田卫东,市委副书记、市长杨洪涛,市领导张安民、张桂爱参加开工仪式并为禹城市鲁粮功能食品馅料项目开工奠基。\n'
    '11时,集中签约仪式在山东鲜之源生物科技有限公司年产3500吨果蔬保鲜剂项目现场举行,总投资约43亿元的10个项目集中签约。\n'
    '据悉,今年以来,禹城市已招引项目27个,总投资83.72亿元,到位资金6.2亿元,居德州市前列。集中签约的10个项目总投资42.95亿元,均为高新技术项目,全部来自济南、北京、长三角、珠三角等地,其中医养健康项目2个,高端装备项目5个,新能源新材料项目3个。\n'
)

# faf1_08_langfang_projects_2022 (dated 2022-05-26)
_LANGFANG = (
    '總投資313.99億元 廊坊中部區(qū)縣48項重點項目集中開工\n'
    '中新網(wǎng)河北新聞5月26日電 (宋敏濤 王巍)26日,河北省廊坊市舉行2022年中部區(qū)縣二季度重點項目集中開工活動。據(jù)介紹,此次開工項目共48項,總投資313.99億元,今年計劃投資79.24億元。\n'
    '據(jù)介紹,48項集中開工項目中,產(chǎn)業(yè)項目36項,總投資251.89億元,今年計劃投資61.01億元。其中,戰(zhàn)略新興項目15項,總投資99.31億元,今年計劃投資27.92億元;現(xiàn'
)

# fy2_07_sichuan_starts_q4_2016 (dated 2016-10-31)
_SICHUAN = (
    '總投資7478億元 創(chuàng)歷史新高\n'
    '10月31日上午,四川省2016年第四季度重大項目集中開工暨中國科學院成都科學研究中心項目開工儀式舉行。本次集中開工儀式在成都設主會場,自貢、攀枝花、瀘州等20個市州和川渝電網第三通道項目現(xiàn)場設分會場。\n'
    '本次集中開工是我省歷史上組織集中開工項目個數(shù)最多、投資規(guī)模最大的一次。當日集中開工重大項目共1654個,總投資7478億元,今年計劃完成投資860億元。其中,重大產業(yè)項目569個,總投資2667億元,基礎設施項目627個,總投資'
)

# faf2_08_yunnan_keyprojects_h1_2025 (dated 2025-07-29)
_YUNNAN = (
    '云南省发布2025年1—6月省级重大项目建设进展情况\n'
    '2025年1—6月,1775个省级重大项目年度计划投资完成率62.62%、同比提高8.34个百分点,对全省1—6月投资的支撑率达38.32%。其中,382个民营企业投资项目年度计划投资完成率53.38%,76个“重中之重”项目年度计划投资完成率58.81%,实现时间过半完成任务超半。\n'
    '从基础设施建设领域来看,820个基础设施项目年度计划投资完成率63.35%,其中,190个交通项目年度计划投资完成率61.99%,216个水利项目年度计划投资完成率61.25%,65个社会事业项目年度计划投资完成率6.16%,42个生态环保项目年度计划投资完成率100.13%,290个城市建设项目年度计划投资完成率69.12%,17个口岸项目年度计划投资完成率66.54%。\n'
    '玉溪市江川区人民医院综合住院楼建设项目已于6月初完成竣工验收,昭通市永善县天星坝水库工程、蒙自市西片区排水防涝建设项目等139个基础设施项目年度计划投资完成率超过80%。\n'
    '从产业发展领域来看,955个产业发展领域项目年度计划投资完成率61.75%,其中,439个能源以外工业项目年度计划投资完成率53.15%,275个能源工业项目年度计划投资完成率69.6%,88个农业项目年度计划投资完成率60.13%,82个文化旅游项目年度计划投资完成率72.76%,46个数字经济项目年度计划投资完成率61.98%,25个商贸物流项目年度计划投资完成率57.79%。\n'
)

# fae2_01_youyang_q1_2025 (dated 2025-05-22)
_YOUYANG = '3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。\n'


def test_a_batch_named_for_a_month_takes_the_month():
    # faf1_02: 德州招商引资项目5月份集中开工暨签约仪式…总投资约122亿元的27个项目集中开工 → 2021M5 (ruling 8)
    facts = facts_by_surface(_YUCHENG, dt.date(2021, 5, 28))
    assert facts["122亿元"][2] == "2021M5"
    assert facts["43亿元"][2] == "2021M5"


def test_a_batch_named_for_a_quarter_in_the_lead_takes_the_quarter():
    # faf1_08: 舉行2022年中部區縣二季度重點項目集中開工活動 … 產業項目36項,總投資251.89億元 → 2022Q2; 今年計劃投資 keeps 2022
    facts = facts_by_surface(_LANGFANG, dt.date(2022, 5, 26))
    assert facts["36項"][2] == "2022Q2"
    assert facts["251.89億元"][2] == "2022Q2"
    assert facts["61.01億元"][2] == "2022"


def test_the_places_holding_the_ceremony_keep_its_day():
    # fy2_07: 2016年第四季度重大項目集中開工 … 瀘州等20個市州…設分會場 → the ceremony's day
    facts = facts_by_surface(_SICHUAN, dt.date(2016, 10, 31))
    assert facts["20個"][2] == "2016-10-31"


def test_a_yearly_plans_count_is_of_the_year_and_its_rate_of_the_months_to_date():
    # faf2_08: 2025年1—6月,1775个省级重大项目年度计划投资完成率62.62% → the count 2025 (ruling 17), the rate 2025H1;
    # after 6月初 a rate read as June is of 2025H1
    facts = facts_by_surface(_YUNNAN, dt.date(2025, 7, 29))
    assert facts["1775个"][2] == "2025"
    assert facts["62.62%"][2] == "2025H1"
    assert facts["955个"][2] == "2025"
    assert facts["61.75%"][2] == "2025H1"


def test_a_state_at_a_months_end_takes_its_last_day():
    # fae2_01: 3月末,全县本外币存贷余额440.95亿元 → 2025-03-31 (ruling 19)
    facts = facts_by_surface(_YOUYANG, dt.date(2025, 5, 22))
    assert facts["440.95亿元"][2:] == ("2025-03-31", "stated")
