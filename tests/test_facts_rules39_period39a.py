"""Period rules of helper period39a (an event's breakdown, a list's year-end results, a comparison carried over its
clauses), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.dates import YearOnly, month_only
from tests.facts_helpers import facts_by_surface

# fap1_01_shanxi_sangeyipi_2023 (month only, 2023-12)
_SHANXI = (
    "12月1日,全省开发区2023年第四次“三个一批”活动在各市和山西综改示范区同步举行。本次“三个一批”活动,"
    "全省共签约233个项目、开工225个项目、投产225个项目。\n"
)
# fap2_07_hunan_projectstarts_2023 (dated 2023-03-30)
_HUNAN = (
    "3月30日,湖南省1158个重大项目集中开工,总投资达5221亿元,年度计划投资1958亿元。\n"
    "此次集中开工的项目中,投资过10亿元的项目达106个,是全年扩投资、稳增长的重要力量。其中,创新与产业类项目753个,"
    "投资4022亿元,包括高端装备制造、先进材料、新能源汽车等408个先进制造业项目;基础设施项目234个,投资684亿元。\n"
)
# fap1_06_henan_keyprojects_2020 (dated 2021-01-29)
_HENAN_2020 = (
    "10540亿元!去年河南省重点项目超额完成投资目标\n1月28日,省政府重点项目办发布喜讯,去年我省1182个重点项目完成投资"
    "10540亿元,占年度目标的113.8%;开工项目492个,开工率100.6%;竣工项目159个,竣工率104%,全面超额完成既定目标任务。\n"
)
# fap1_05_henan_keyprojects_2022 (year only, 2022)
_HENAN_2022 = (
    "据河南省发展改革委相关负责人介绍,2022年我省重点建设项目清单主要聚焦创新驱动能力提升、新基建、新型城镇化、"
    "重大基础设施、产业转型升级、生态环保、民生和社会事业七大领域,与2021年相比,项目总数增加423个,总投资增长9%,"
    "年度计划投资增长19%。\n"
)


def test_event_named_for_its_year_is_of_its_day() -> None:
    facts = facts_by_surface(_SHANXI, month_only(2023, 12))
    assert facts["233个"][2] == "2023-12-01"


def test_breakdown_after_qizhong_is_of_the_batch_day() -> None:
    facts = facts_by_surface(_HUNAN, dt.date(2023, 3, 30))
    assert facts["753个"][2] == "2023-03-30"
    assert facts["234个"][2] == "2023-03-30"


def test_clauses_after_last_year_are_of_that_year() -> None:
    facts = facts_by_surface(_HENAN_2020, dt.date(2021, 1, 29))
    assert facts["492个"][2] == "2020"
    assert facts["104%"][2] == "2020"


def test_comparison_with_a_year_carried_over_its_clauses() -> None:
    facts = facts_by_surface(_HENAN_2022, YearOnly(2022, 1, 1))
    assert facts["9%"][2] == "2022/2021"
    assert facts["19%"][2] == "2022/2021"
