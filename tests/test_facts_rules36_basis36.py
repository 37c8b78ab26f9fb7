"""Basis rules of helper basis36 (a lead naming its period and ending in a colon over its paragraph), each on a real
sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fam2_05_heilongjiang_projects_2020 (dated 2020-04-09)
_HEILONGJIANG = "據悉,今年黑龍江省百大項目呈現五個特點:一是項目多項目好。總投資100億元以上項目19個,50億元以上項目45個,10億元以上項目達到186個,其中產業項目233個,佔比達46.6%。二是前期工作起步早。五是就業拉動大。百大項目可帶動全省就業人數65萬人。\n"

# faj2_07_suzhou_hightech_h1_2022 (dated 2022-08-05)
_SUZHOU = "上半年,高新区全面统筹疫情防控和经济社会发展,经济运行呈现总体平稳、稳中向好态势:实现地区生产总值813.91亿元,增长2.1%,增幅排名全市第一。据了解,1至7月,4个省重大项目全部开工,完成年度投资计划69.4%;37个市重点项目完成年度投资计划65.2%,开工率90%。\n"


def test_colon_lead_naming_its_period_governs_its_paragraph() -> None:
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2020, 4, 9))
    assert facts["19個"][2:] == ("2020", "stated")
    assert facts["46.6%"][2:] == ("2020", "stated")
    assert facts["65萬人"][2:] == ("2020", "stated")


def test_colon_lead_naming_a_part_of_the_year_leaves_a_years_figure() -> None:
    facts = facts_by_surface(_SUZHOU, dt.date(2022, 8, 5))
    assert facts["37个"][2:] == ("2022", "inferred")
