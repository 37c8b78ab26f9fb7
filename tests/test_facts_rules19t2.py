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
