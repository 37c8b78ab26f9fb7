"""Period rules of helper period26a (a bare day of an event, 比年初, 截至目前 carried on, a plan's later year), each on
a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fad1_04_ganzhou_starts_2022 (dated 2022-08-03)
_GANZHOU = (
    "江西赣州242个重大项目联动开工总投资1609亿元\n"
    "客家摇篮江西省赣州市3日举行重大项目联合开工会,联合开工项目242个,总投资1609亿元。\n"
    "江西赣州联合开工的242个项目涵盖产业升级,基础设施,公共服务,生态环保等领域,平均投资6.6亿元,"
    "其中投资20亿元以上项目18个,投资100亿元以上项目2个。\n"
    "赣州还将围绕产业升级,基础设施,公共服务,生态环保等领域,部署启动2023年江西省大中型项目预申报工作。\n"
)


def test_a_bare_day_of_the_month_is_the_events_day():
    # fad1_04_ganzhou_starts_2022: 赣州市3日举行重大项目联合开工会,联合开工项目242个,总投资1609亿元
    facts = facts_by_surface(_GANZHOU, dt.date(2022, 8, 3))
    assert facts["1609亿元"][2:] == ("2022-08-03", "stated")
    assert facts["6.6亿元"][2:] == ("2022-08-03", "inferred")


def test_a_later_year_named_alone_is_no_frame():
    # fad1_04_ganzhou_starts_2022: 部署启动2023年江西省大中型项目预申报工作 (August 2022) does not frame the text
    facts = facts_by_surface(_GANZHOU, dt.date(2022, 8, 3))
    assert facts["2个"][2] != "2023"


def test_a_yearly_rate_is_not_the_events_day():
    # fr2_01_zhejiang_projects_2023: 21日,浙江省委、省政府举行…集中开工活动…;计划每年滚动谋划推进1000个以上省重大项目
    text = (
        "浙江268个重大项目集中开工\n"
        "齐齐哈尔新闻网杭州2月21日电(张煜欢)21日,浙江省委、省政府举行重大项目集中开工活动。\n"
        "该省计划每年滚动谋划推进1000个以上省重大项目。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 21))
    assert facts["1000个"][2] != "2023-02-21"


def test_a_change_since_the_start_of_the_year():
    # fac2_11_heze_hightech_h1_2015: 累计占规模以上工业比重32.10%,比重比年初增加0.71个百分点
    text = "1-6月份,全省高新技术产业产值同比增长10.02%,累计占规模以上工业比重32.10%,比重比年初增加0.71个百分点。\n"
    facts = facts_by_surface(text, dt.date(2015, 8, 10))
    assert facts["0.71个百分点"][2] == "2015H1/2014"


def test_as_of_now_carries_on_in_its_paragraph():
    # fac1_01_yunnan_signing_h1_2015: 截至目前,…项目落地率均达到或超过30%…。全省375亿元到位资金中,昆明市到位217.2亿元
    text = (
        "2015年上半年,各州市及滇中新区在各类省级重大招商活动中签约360个项目。截至目前,昭通、保山、文山、大理、曲靖和"
        "楚雄六州市的项目落地率均达到或超过30%,分别为51%、40%、40%、39%、32%和30%。全省375亿元到位资金中,昆明市到位"
        "217.2亿元,占总数的58.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 10, 30))
    assert facts["217.2亿元"][2:] == ("as_of_publication", "inferred")
    assert facts["360个"][2] == "2015H1"
