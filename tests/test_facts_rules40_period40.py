"""Period rules of helper period40 (a month span over its 其中 month, a change 与 a part of the year 相比), each on a
real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faq1_08_yunnan_m1m8_2022 (dated 2022-09-19), glosses kept as in the corpus text
_YUNNAN = (
    "1—8月,全省規(guī)模以上工業(yè)增加值同比增長(zhǎng)8.4%,增速與1—7月持平。其中,8月全省規(guī)模以上"
    "工業(yè)增加值增長(zhǎng)8.7%。\n"
    "分三大門(mén)類(lèi)看,采礦業(yè)增加值同比增長(zhǎng)11.3%;制造業(yè)增長(zhǎng)8.6%。\n"
    "分重點(diǎn)行業(yè)看,計(jì)算機(jī)、通信和其他電子設(shè)備制造業(yè)同比增長(zhǎng)42.7%。\n"
)
# faq1_04_zhongkai_hitech_h1_2023 (dated 2023-07-31)
_ZHONGKAI = (
    "上半年,仲愷高新區實現地區生產總值404.33億元,同比增長6.1%,增速排名全市第二。與一季度相比,"
    "全區(qū)GDP同比增速提高8.7個百分點。\n"
)


def test_span_is_not_lost_to_its_qizhong_month() -> None:
    facts = facts_by_surface(_YUNNAN, dt.date(2022, 9, 19))
    assert facts["42.7%"][2] == "2022M1-M8"


def test_change_compared_with_a_part_of_the_year() -> None:
    facts = facts_by_surface(_ZHONGKAI, dt.date(2023, 7, 31))
    assert facts["8.7個百分點"][2] == "2023H1/2023Q1"
