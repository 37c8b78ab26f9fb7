"""Facts rules added for issue #19, round 8 (parts K, L, M and N as development data): each on a real sentence of
a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_periods_compared_with_after_fenbie_bi_are_not_carried_on():
    # fn2_11_guangxi_halfyear_2021: 分别比一季度两年平均和2019年上半年增速高…。 then 上半年…, 1-5月…
    text = (
        "二是供给稳健。上半年,三次产业生产恢复态势趋好。规模以上工业增加值同比增长17.4%,两年平均增长6.7%,"
        "分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。服务业保持稳定恢复。\n"
        "四是质效趋优。1-5月,全区规模以上工业企业实现营业收入同比增长36.8%。全区城镇新增就业22.30万人。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 21))
    assert facts["36.8%"][2] == "2021M1-M5"
    assert facts["22.30万人"][2] == "2021M1-M5"
