"""Period rules of helper period33 (an end-year total beside 年均增长, a yearly list of key projects under a five-year
plan's name, a list told with its year's planned investment), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fak1_06_luan_govreport_2022 (dated 2022-02-10)
_LUAN = (
    "政府工作报告(摘编)\n"
    "过去四年,六安发展站上新的历史起点\n"
    "四年来,全市上下坚持以习近平新时代中国特色社会主义思想为指导,攻坚克难,真抓实干。\n"
    "坚持发展为要,综合实力显著增强\n"
    "生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元,年均增长6.9%;"
    "社会消费品零售总额1155.7亿元,年均增长11.9%。\n"
)

# fak1_04_hubei_keyprojects_2026 (dated 2026-02-04)
_HUBEI = (
    "湖北发布2026年省级重点项目清单 四成以上产业项目布局新兴产业\n"
    '2026年,湖北省重点项目清单结合"十五五"规划,谋深谋实一批具有牵引性、标志性项目,'
    "包括引江补汉沿线补水工程、阜黄高铁、长江存储、国家重大科技基础设施等。"
    "首批937个省级重点项目,总投资 33904亿元,年度计划投资4084亿元。\n"
)

# fak2_03_ningxia_projects_2025 (dated 2025-02-11)
_SHIZUISHAN = (
    "重点项目建设忙 宁夏各地争分夺秒加油干\n"
    "一年之计在于春,项目提速正当时。新春以来,宁夏全区各地争分夺秒加油干。\n"
    "2月8日,银川市举行2025现代产业重塑攻坚战首批招商项目签约仪式,签约项目44个,计划总投资215亿元。\n"
    "在石嘴山市电子信息产业孵化园项目现场,塔吊林立、机器轰鸣,标准化厂房拔地而起。"
    "“石嘴山市已谋划储备项目547个,总投资1727亿元,年度计划投资487亿元。"
    "确定254个实施类重大项目,总投资1056亿元,年度计划投资251亿元,其中总投资10亿元以上项目24个。”\n"
)


def test_end_year_total_beside_average_growth() -> None:
    facts = facts_by_surface(_LUAN, dt.date(2022, 2, 10))
    assert facts["147.5亿元"][2:] == ("2021", "inferred")
    assert facts["1155.7亿元"][2] == "2021"


def test_yearly_list_under_a_plan_name() -> None:
    facts = facts_by_surface(_HUBEI, dt.date(2026, 2, 4))
    assert facts["937个"][2:] == ("2026", "stated")
    assert facts["33904亿元"][2] == "2026"


def test_list_told_with_its_year_plan() -> None:
    facts = facts_by_surface(_SHIZUISHAN, dt.date(2025, 2, 11))
    assert facts["254个"][2:] == ("2025", "inferred")
    assert facts["24个"][2] == "2025"
