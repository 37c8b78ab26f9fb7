"""Facts rules added for issue #19 (round 11, part Q as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_part_of_the_year_before_compared_with_is_that_part():
    # fq2_01_chaoyang_q1_2025: 较上年四季度 is the fourth quarter of 2024, compared with in its own clause only
    text = (
        "一季度,第一产业总体稳定。\n"
        "第二产业回升向好,工业增加值同比增长8.0%,增速较上年四季度提高0.9个百分点,拉动经济增长2.0个百分点,"
        "占GDP的比重为26.2%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["0.9个百分点"][2] == "2025Q1/2024Q4"
    assert facts["2.0个百分点"][2] == "2025Q1"
    assert facts["26.2%"][2] == "2025Q1"


def test_a_period_opening_a_numbered_section_states_the_period_of_the_section():
    # fq2_01_chaoyang_q1_2025: 一季度,… opens the section under 一、; the breakdown paragraph after it is stated
    # (project-wide ruling 1: to the end of the section)
    text = (
        "一季度,市委、市政府坚持稳中求进工作总基调,经济运行起步平稳。\n"
        "一、经济运行平稳,实现良好开局\n"
        "一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位;同比增长5.5%。\n"
        "分产业看,第一产业增加值27.5亿元,增长3.4%,全省第8位。\n"
        "二、三次产业齐发力,工业生产明显加快\n"
        "第二产业回升向好,工业增加值同比增长8.0%。\n"
    )
    facts = facts_by_surface(text, dt.date(2025, 4, 24))
    assert facts["27.5亿元"][2:] == ("2025Q1", "stated")
    assert facts["第8位"][2:] == ("2025Q1", "stated")
    assert facts["8.0%"][2:] == ("2025Q1", "inferred")  # the next section opens on no period
