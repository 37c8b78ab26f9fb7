"""Place rules of helper place39 (counts of a class of zones or cities), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fx2_08_sichuan_devzones_q1_2021 (P1, opening)
_SICHUAN = "今年1-3月,全省10家国家级经开区贯彻落实省委经济工作会议和全省商务一季度运行调度电视电话会精神。\n"
# fap1_08_harbin_industry_h1_2009 (P3)
_HARBIN = "全国4个直辖市,黑、吉、辽三省和15个副省级城市工业主管部门负责人出席会议。\n"

# fak1_06_luan_govreport_2022 (P4)
_LUAN = "70.96万贫困人口如期脱贫、442个贫困村全部出列、所有贫困县高质量摘帽。\n"
# fap2_04_guangxi_devzones_2023 (P4)
_GUANGXI = "到目前扩展到13个经开区,其中5个国家级、8个自治区级,经开区范围覆盖9个设区市。\n"


def test_count_of_a_zone_class_is_no_place() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2021, 4, 20))
    assert facts["10家"][0] == "-"


def test_count_of_a_city_class_is_no_place() -> None:
    facts = facts_by_surface(_HARBIN, dt.date(2009, 7, 20))
    assert facts["4个"][0] == "-"
    assert facts["15个"][0] == "-"


def test_count_of_villages_is_no_place() -> None:
    facts = facts_by_surface(_LUAN, dt.date(2022, 1, 20))
    assert facts["442个"][0] == "-"


def test_count_of_a_bare_level_is_no_place() -> None:
    facts = facts_by_surface(_GUANGXI, dt.date(2023, 3, 1))
    assert facts["5个"][0] == "-"
    assert facts["8个"][0] == "-"
