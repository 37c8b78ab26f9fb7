"""Facts rules added for issue #19, round 6 (place; parts K and L as development data): each on a real sentence
of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_county_that_shares_its_short_name_with_another_is_written_short():
    # fl1_03_wuhua_govreport_2021: 五华 (五华区 in 昆明; 五华县 in 梅州 shares the name) and 全区: 五华, no suffix
    text = (
        "“十三五”时期,是五华改革发展进程中不平凡的五年,面对复杂的宏观经济形势和繁重的改革发展任务,"
        "我们紧紧团结依靠全区人民,较好完成了“十三五”规划主要目标任务。\n"
        "过去五年,是综合实力大幅提升的五年。全区地区生产总值从2015年的940.03亿元提高到1242.35亿元,年均增长5.1%。\n"
    )
    assert facts_by_surface(text, dt.date(2021, 3, 3))["1242.35亿元"][0] == "五华"
