"""Place rules of helper place40 (a text's main place: a venue with pinyin glosses, a unit's full name before its
GDP, a zone a title names after its city, a demonstration zone the lead opens with), each on a real text's opening."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faq1_06_anhui_starts_2021 (its first 1 lines)
_ANHUI = '加快實(shí)施創(chuàng)新驅(qū)動(dòng)發(fā)展戰(zhàn)略暨2021年安徽省第三批貫徹“六穩(wěn)”重大項(xiàng)目集中開工動(dòng)員會(huì)28日在阜陽市主會(huì)場(chǎng)和各市分會(huì)場(chǎng)舉行,安徽省16個(gè)市的237個(gè)項(xiàng)目集中開工,總投資1213.6億元。\n'

# faq2_08_xian_h1_2020 (its first 5 lines)
_XIAN = '数说陕西经济 上半年西安市生产总值4575亿元 同比增长2.8%\n7月21日,西安市统计局发布上半年西安市经济运行数据。上半年,西安市统筹疫情防控和经济社会发展,生产有序恢复,需求逐步回暖,民生保障有力,经济增长由负转正,经济运行稳步复苏。\n经济稳步回弹\n增长动能和活力进一步彰显\n根据市(区)生产总值统一核算结果,2020年上半年西安市生产总值4575.09亿元,同比增长2.8%。分产业看,第一产业增加值105.77亿元,增长1.6%;第二产业增加值1519.87亿元,增长5.5%;第三产业增加值2949.45亿元,增长1.4%。\n'

# faq1_04_zhongkai_hitech_h1_2023 (its first 3 lines)
_ZHONGKAI = 'GDP同比增長6.1%!惠州仲愷高新區(qū)經濟半年報公布\n今年以來,受全球經(jīng)濟增長趨勢放緩、國際貿(mào)易環(huán)境不確定性增加、消費電子市場持續(xù)低迷等因素影響,仲愷高新區(qū)經(jīng)濟增長面臨著不小的壓力和挑戰(zhàn)。上半年,仲愷高新區(qū)彰顯強勁經(jīng)濟韌性,經(jīng)濟運行整體企穩(wěn)回升。\n上半年,仲愷高新區(qū)完成地區(qū)生產(chǎn)總值443.39億元,同比增長6.1%,增速排名全市第二。與一季度相比,全區(qū)GDP同比增速提高8.7個百分點。\n'

# faq2_04_tongzhouwan_signing_2021 (its first 2 lines)
_TONGZHOUWAN = '本網訊 12日下午,通州灣示范區(qū)2021年一季度重大項目集中簽約,共簽約10個產業(yè)投資項目和1個院地合作協(xié)議,項目總投資約182億元。市領導徐惠民、陸衛(wèi)東、姜東、潘建華參加活動。\n今年以來,通州灣示范區(qū)聚焦“實物工作量100億元,主要經濟指標翻一番”目標乘勢而上,全力以赴狠抓招商引資,大力推進項目建設。此次簽約的10個產業(yè)項目,總投資均達到10億元及以上,涉及高端裝備制造、新材料、現(xiàn)代紡織、城市功能配套等產業(yè)板塊。其中,由蘇州偉業(yè)集團和萬隆紡織集團聯(lián)合投資建設的蘇通紡織科技產業(yè)園項目,總投資50億元,首期計劃引進3家企業(yè),落地項目6個。項目建成達產後,預計可實現(xiàn)年銷售總額30億元,吸納就業(yè)3000人。\n'


def test_a_venue_with_pinyin_glosses_is_no_main_place() -> None:
    # 在阜陽市主會(huì)場(chǎng)和各市分會場舉行: where the province's batch is held, not its place (faq1_06)
    facts = facts_by_surface(_ANHUI, dt.date(2021, 5, 28))
    assert facts["1213.6億元"][0] == "安徽"


def test_a_units_full_name_before_its_gdp_is_its_own() -> None:
    # 上半年西安市生产总值4575亿元 in the title: 西安's, not 陕西's of 数说陕西经济 (faq2_08)
    facts = facts_by_surface(_XIAN, dt.date(2020, 7, 21))
    assert facts["4575.09亿元"][0] == "西安"


def test_a_zone_the_title_names_after_its_city_is_the_texts() -> None:
    # 惠州仲愷高新區經濟半年報 and 仲愷高新區完成…: the zone's, in simplified characters (faq1_04)
    facts = facts_by_surface(_ZHONGKAI, dt.date(2023, 7, 28))
    assert facts["443.39億元"][0] == "仲恺高新区"


def test_a_demonstration_zone_the_lead_opens_with_is_the_texts() -> None:
    # 通州灣示范區2021年一季度重大項目集中簽約: the zone's, not 苏州 of a company later (faq2_04)
    facts = facts_by_surface(_TONGZHOUWAN, dt.date(2021, 3, 13))
    assert facts["182億元"][0] == "通州湾示范区"
