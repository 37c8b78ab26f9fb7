"""Facts rules added for issue #19, round 18 (period basis, project-wide ruling 1): the lead of a list of numbered
points (一是…。二是…。) states the period of the points' figures; each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface


def test_a_lead_before_numbered_points_states_the_later_points():
    # fw1_09_chongqing_gaoxin_m1m5_2017: …获悉,1—5月重庆高新区工业经济扩量提质成效明显. 一是…2017年1—5月…。 二是…
    text = (
        "6月22日10时35分讯 记者从九龙坡区人民政府官网获悉,1—5月重庆高新区工业经济扩量提质成效明显. "
        "一是规模总量快速增长。2017年1—5月完成工业投资34亿元,同比增长36.8%。 "
        "二是优势产业持续放量。电子信息产业实现产值142.6亿元,同比增长46.6%;装备制造产业实现产值51.5亿元,同比增长4.4%。"
    )
    facts = facts_by_surface(text, dt.date(2017, 6, 22))
    assert facts["142.6亿元"][2:] == ("2017M1-M5", "stated")
    assert facts["4.4%"][2:] == ("2017M1-M5", "stated")


def test_a_lead_paragraph_before_points_one_a_line_states_their_figures():
    # fw1_10_chongqing_keyprojects_2014: …重庆市经信委2014年聚焦…,全市工业项目进展顺利。\n一是…\n二是…
    text = (
        "重庆市工业重点项目建设进展顺利\n"
        "      按照“储备一批、签约一批”的思路,重庆市经信委2014年聚焦项目引进、开工、投产、达产等关键环节,"
        "统筹推进重点项目建设,全市工业项目进展顺利。\n"
        "      一是上下联动开展招商引资。坚持把招商引资放在首要位置,成立20个市级招商组,签订项目90个,协议投资895亿元。\n"
        "      二是左右协调促进项目建设。推动长安福特三工厂等268个项目投产,长安福特变速器等147个项目达产。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 1, 17))
    assert facts["90个"][2:] == ("2014", "stated")
    assert facts["147个"][2:] == ("2014", "stated")


def test_a_point_that_names_its_own_period_keeps_its_own_reading():
    # fn2_11_guangxi_halfyear_2021: 二是供给稳健。上半年,三次产业…。全区农林牧渔业增加值同比增长7.9% (the point's own lead)
    text = (
        "今年上半年,广西经济运行延续恢复向好态势\n"
        "会上透露,今年上半年,广西经济运行延续恢复向好态势。\n"
        "一是经济持续恢复增长。上半年全区生产总值同比增长12.0%,两年平均增长6.3%。\n"
        "二是供给稳健。上半年,三次产业生产恢复态势趋好。全区农林牧渔业增加值同比增长7.9%,增速比一季度加快0.3个百分点。\n"
    )
    facts = facts_by_surface(text, dt.date(2021, 7, 21))
    assert facts["7.9%"][2:] == ("2021H1", "inferred")


def test_points_under_a_lead_that_holds_a_figure_stay_inferred():
    # a lead with a figure is an ordinary sentence: the points carry its period on (ruling 1)
    text = (
        "重庆市工业重点项目建设进展顺利\n"
        "重庆市2014年完成工业投资3000亿元。\n"
        "一是上下联动开展招商引资。成立20个市级招商组,签订项目90个。\n"
    )
    facts = facts_by_surface(text, dt.date(2015, 1, 17))
    assert facts["90个"][2:] == ("2014", "inferred")


def test_a_total_on_the_events_day_said_by_that_day_is_stated():
    # fw1_12_jingzhou_signing_2022: 9月8日,…洽谈会…开幕,…。\n当天下午,荆州市现场签约5个项目,合同总投资额42亿元
    text = (
        "9月8日,第二十二届中国国际投资贸易洽谈会在福建省厦门市开幕,普华永道携手投洽会组委会首次发布《中国投资热点城市》"
        "报告,荆州作为湖北唯一代表跻身18个入选城市或区域之列。\n"
        "当天下午,荆州市现场签约5个项目,合同总投资额42亿元,涉及农产品加工、电子信息、现代物流、汽车零部件等产业。\n"
    )
    facts = facts_by_surface(text, dt.date(2022, 9, 9))
    assert facts["5个"][2:] == ("2022-09-08", "stated")
    assert facts["42亿元"][2:] == ("2022-09-08", "stated")
