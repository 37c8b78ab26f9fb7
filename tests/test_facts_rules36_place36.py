"""Place rules of helper place36 (a first line that is a paragraph, not a headline; place names inside a list of
project names counted by N个项目), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fam2_07_longnan_signing_q1_2019 (dated 2019-04): the text's first line is a paragraph
_LONGNAN = "2019年第一季度,陇南市共签约招商引资项目38个,签约金额11.41亿元;到位资金7.13亿元,同期增长39%,其中省外到位资金6.63亿元,同期增长30%。九县区到位资金均为正增长,武都区、康县、文县增幅分别达到183%、55%、32%。\n"

# fam1_08_hunan_keyprojects_2024 (dated 2024)
_HUNAN = "記者從省發改委獲悉,全省重點建設項目提前一個月完成年度目標任務。\n238個產業項目完成投資2124.6億元,占年計劃的114.6%。其中,十大產業項目進展較快,邵虹基板玻璃、漣鋼冷軋硅鋼、吉利新能源乘用車及電池、衡陽綠色鹽堿產業基地、新能源動力和儲能產業基地5個項目年度計劃投資完成率超100%;岳陽乙烯煉化一體化、廣汽埃安新能源車、中通貨運航司現代物流、益陽信維多層陶瓷電容器等4個項目年度計劃投資完成率超90%。\n"


def test_a_first_line_that_is_a_paragraph_is_titled_by_its_first_sentence() -> None:
    facts = facts_by_surface(_LONGNAN, dt.date(2019, 4, 1))
    assert facts["38个"][0] == "陇南"
    assert facts["7.13亿元"][0] == "陇南"


def test_a_place_inside_a_listed_projects_name_is_not_the_figures() -> None:
    facts = facts_by_surface(_HUNAN, dt.date(2024, 12, 1))
    assert facts["100%"][0] == "湖南"


def test_a_place_named_in_an_earlier_list_of_the_sentence_is_not_the_figures() -> None:
    facts = facts_by_surface(_HUNAN, dt.date(2024, 12, 1))
    assert facts["4個"][0] == "湖南"
    assert facts["90%"][0] == "湖南"
