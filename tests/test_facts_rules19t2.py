"""Facts rules added for issue #19 (round 14, part T as development data): each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# ft1_01_zhangye_h1_2022 (traditional characters; the text's first words, abridged)
_ZHANGYE = (
    "記者近日從張掖市統計部門了解到,今年上半年,張掖市經濟保持穩步增長態勢。"
    "根據地區生產總值統一核算結果,全市完成地區生產總值252.52億元,同比增長5.1%。"
    "其中,第一產業增加值42.44億元,增長10%;第二產業增加值57.94億元,增長4.8%。\n"
)


def test_a_reporters_source_before_the_period_leaves_it_the_paragraphs_lead():
    # 記者…了解到, is a lead-in like a speaker's: 今年上半年 leads the paragraph, and the 其中 breakdown states it
    facts = facts_by_surface(_ZHANGYE, dt.date(2022, 8, 8))
    assert facts["42.44億元"][2:] == ("2022H1", "stated")
    assert facts["10%"][2:] == ("2022H1", "stated")


# ft2_10_yiwu_q3_2023 (abridged)
_YIWU = (
    "10月24日,今年我市前三季度经济数据出炉。\n"
    "工业持续增长。前三季度,全市实现规模以上工业增加值197.54亿元,同比增长7.8%,增速位居金华各县市区第二。"
    "分门类看,我市实现制造业增加值184.19亿元,同比增长7.8%。\n"
)


def test_a_verdict_alone_opening_the_paragraph_is_a_run_in_heading():
    # 工业持续增长。 heads the paragraph: 前三季度 is the section's lead, stated for its breakdown (分门类看)
    facts = facts_by_surface(_YIWU, dt.date(2023, 10, 24))
    assert facts["184.19亿元"][2:] == ("2023Q1-Q3", "stated")


# ft2_10_yiwu_q3_2023 (the text's first sentences, abridged)
_YIWU_LEAD = (
    "10月24日,今年我市前三季度经济数据出炉。根据地区生产总值统一核算结果,前三季度,"
    "全市实现地区生产总值1406.4亿元,同比增长8.7%。其中,第一产业增加值16.8亿元,同比增长5.4%。\n"
)


def test_a_year_with_its_part_right_after_frames_the_text_in_the_part():
    # 今年我市前三季度: the frame is the quarters, so the 其中 breakdown keeps them, not the year; stated since
    # ruling 15 (根据…核算结果,前三季度, after the one-sentence introduction, leads the paragraph)
    facts = facts_by_surface(_YIWU_LEAD, dt.date(2023, 10, 24))
    assert facts["16.8亿元"][2:] == ("2023Q1-Q3", "stated")
    assert facts["1406.4亿元"][2:] == ("2023Q1-Q3", "stated")
