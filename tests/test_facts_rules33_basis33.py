"""Basis rules of helper basis33 (a review governed by a lead that names its span), each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fak1_06_luan_govreport_2022 (dated 2022-02-10)
_LUAN = (
    "政府工作报告(摘编)\n"
    "过去四年,六安发展站上新的历史起点\n"
    "四年来,全市上下坚持以习近平新时代中国特色社会主义思想为指导,攻坚克难,真抓实干,全面完成脱贫攻坚任务。\n"
    "坚持发展为要,综合实力显著增强\n"
    "生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元,年均增长6.9%。"
    "深入推进“精重促”行动,固定资产投资年均增长14%。新增规上工业企业490户,规上工业增加值年均增长10.4%。\n"
)


def test_span_lead_states_the_review_span() -> None:
    """过去四年, / 四年来, then a run-in heading: the review's figures of 2018-2021 are stated by the lead."""
    facts = facts_by_surface(_LUAN, dt.date(2022, 2, 10))
    assert facts["7.7%"][2:] == ("2018-2021", "stated")
    assert facts["14%"][3] == "stated"
    assert facts["10.4%"][3] == "stated"
    # a level right before its 年均 is not the span's figure: its basis is left to the other rules
    assert facts["147.5亿元"][3] == "inferred"
