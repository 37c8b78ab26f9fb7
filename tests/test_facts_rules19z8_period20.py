"""Facts rules added for round 20 (period): a year a total is compared with (超过…的2008年) sets no period, a 其中
split of a batch takes its total's period, and a 当日 batch count takes the part of the year the batch is named for;
each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_year_a_total_passes_sets_no_period_for_the_next_paragraph():
    # fy1_05_heilongjiang_industry_q3_2011: …前9个月累计实现3463.4亿元,超过历史上第二高位的2008年。 / 前三季度,… (not 2008)
    text = (
        "生产总量连创新高。前9个月累计实现3463.4亿元,超过历史上第二高位的2008年。"
        "26种主要工业产品中,有19种产品产量同比增长。\n"
        "项目建设进展顺利。前三季度,全省工业固定资产投资累计完成1509.3亿元,同比增长31.5%。"
    )
    facts = facts_by_surface(text, dt.date(2011, 10, 26))
    assert facts["19种"][2] == "2011Q1-Q3"
    assert facts["1509.3亿元"][2] == "2011Q1-Q3"


def test_a_split_of_a_batch_takes_its_totals_period():
    # fy2_07_sichuan_starts_q4_2016: 當日集中開工重大項目共1654個,…今年計劃完成投資860億元。其中,重大產業項目569個 (not 2016)
    text = (
        "10月31日上午,四川省2016年第四季度重大項目集中開工儀式舉行。\n"
        "當日集中開工重大項目共1654個,總投資7478億元,今年計劃完成投資860億元。"
        "其中,重大產業項目569個,總投資2667億元,基礎設施項目627個,總投資3519億元。"
    )
    facts = facts_by_surface(text, dt.date(2016, 10, 31))
    assert facts["1654個"][2] == "2016Q4"
    assert facts["569個"][2:] == ("2016Q4", "inferred")
    assert facts["3519億元"][2:] == ("2016Q4", "inferred")


def test_a_that_day_count_of_a_batch_named_for_a_quarter_is_of_the_quarter():
    # fr2_01_zhejiang_projects_2023: 21日,…举行2023年第一季度…集中开工活动,当日浙江集中开工268个重大项目 (not 2023-02-21)
    text = (
        "浙江268个重大项目集中开工 总投资6808亿元\n"
        "齐齐哈尔新闻网杭州2月21日电(张煜欢)21日,浙江省委、省政府举行2023年第一季度全省扩大有效投资重大项目集中开工"
        "活动,当日浙江集中开工268个重大项目,总投资6808亿元,其中“千项万亿”工程项目59个。\n"
        "此次活动以视频连线的形式举行,浙江省主会场与杭州分会场合设在杭州市地铁3号线二期现场,其余10个市设分会场。"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 21))
    assert facts["59个"][2:] == ("2023Q1", "stated")
    assert facts["10个"][2] == "2023-02-21"  # the event's own figure keeps its day
