"""Period rules of helper events24 (round 24: events, their batches and lists of projects), each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_an_event_names_its_investment_in_the_next_line():
    # fab1_10_henan_sangeyipi_2022: 4月6日,…项目建设活动举行,…。 / 观点新媒体了解到,河南省共签约项目560个 — the
    # investment word (签约) of the event is in the sentence after the line's end: the figures are of the day
    text = (
        "河南省2354个项目集中签约开工投产 总投资14919亿元\n"
        '4月6日,河南省第四期"三个一批"项目建设活动举行,主会场设在郑州市中建七局大厦,各省辖市、济源示范区、'
        "郑州航空港经济综合实验区及各县(市、区)设视频分会场。\n"
        "观点新媒体了解到,河南省共签约项目560个,总投资4364亿元;开工项目1009个,总投资6328亿元;"
        "投产项目785个,总投资4227亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 4, 30))
    assert facts["560个"][2] == "2022-04-06"
    assert facts["4227亿元"][2] == "2022-04-06"


def test_a_split_in_another_scale_is_of_its_totals_year():
    # fab1_04_zhengzhou_starts_2019: 2019年,…总投资2.13万亿元,…。其中,…市重点项目397个,总投资8106亿元 (ruling 17)
    text = (
        "2月18日,郑州市举行2019年第一批重点项目集中开工仪式。本次共集中开工省、市、县(市、区)三类重点项目266个,"
        "总投资1457.7亿元,年度计划投资503.4亿元。\n"
        "据悉,2019年,郑州市共遴选确定省市重点项目910个,总投资2.13万亿元,年度计划投资4600亿元。其中,省重点项目"
        "513个,总投资1.32万亿元,年度计划投资2800亿元;市重点项目397个,总投资8106亿元,年度计划投资1800亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 2, 22))
    assert facts["8106亿元"][2] == "2019"


def test_a_press_conference_day_is_no_event_day():
    # fab2_09_taiyuan_investment_2023: 12月14日,记者从…新闻发布会上获悉,当前,全市重点推进的招商引资项目30个
    text = (
        "太原市重点推进30个招商引资项目 总投资额约591亿元\n"
        "12月14日,记者从市政府新闻办举行的“太原加快率先转型发展”系列新闻发布会上获悉,当前,全市重点推进的"
        "招商引资项目30个,总投资额约591亿元。\n"
        "半导体硅片材料生产基地项目,总投资91亿元,落地中北高新区,项目用地225亩。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 12, 21))
    assert facts["91亿元"][2] == "as_of_publication"


def test_projects_on_offer_are_a_standing_list():
    # fw1_06_yunnan_fanzhu_2011: 在出团之前,云南省招商局精心挑选了…71个省级重点招商项目…。其中,现代农业项目4个,
    # 总投资5.8亿元 — in a report on the day of a trade fair, the projects offered keep what stands
    text = (
        "9月21日,云南省经贸代表团在第七届泛珠三角区域合作经贸洽谈会上签下45个项目,总投资441.6亿元。\n"
        "超千亿元的71个省级项目招商\n"
        "在出团之前,云南省招商局精心挑选了总投资超千亿元的71个省级重点招商项目在泛珠网上进行了集中发布。"
        "其中,现代农业项目4个,总投资5.8亿元;矿产类项目2个,总投资44.6亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2011, 9, 23))
    assert facts["441.6亿元"][2] == "2011-09-21"
    assert facts["5.8亿元"][2] == "as_of_publication"


def test_a_projects_planned_investment_at_a_signing_is_of_its_day():
    # fz2_03_fujian_signing_2022: 在会上,50个…重大产业项目现场签约,计划投资1731亿元 — no year's plan (年度计划投资)
    text = (
        "福建省50个重大产业项目集中签约  总投资1731亿元\n"
        "人民网福州6月18日电 (林晓丽)6月18日上午,第七届世界闽商大会、第十二届民营企业产业项目洽谈会在福建省"
        "福州市召开。在会上,50个具有代表性的重大产业项目现场签约,计划投资1731亿元,涵盖民企、国企。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 6, 19))
    assert facts["1731亿元"][2] == "2022-06-18"


def test_a_stock_taking_day_without_its_month_is_the_events():
    # fab1_08_changchun_signing_2019: 26日,记者…获悉,截至25日,长春市已在…博览会上签约合作项目15个
    text = (
        "原题:我市借力东北亚博览会 签约15个重大项目\n"
        "本报讯 (记者杨洪伦)26日,记者从长春市政府合作交流办获悉,截至25日,长春市已在第十二届中国-东北亚博览会上"
        "签约合作项目15个,计划投资金额111.3亿元。\n"
        "长春净月高新区与万达集团签署了万达文旅(一期)项目,计划投资70亿元,拟建设影视文旅项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 8, 27))
    assert facts["111.3亿元"][2:] == ("2019-08-25", "stated")
    assert facts["70亿元"][2] == "2019-08-25"
