"""Period rules of helper period32a (a batch dated only 近日, the counts of a yearly list of key projects, 延续…以来 as a
trend, a streak kept since a month, a year told in a 其中 clause of a span, a zone's approval month told before its
standing sizes), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faj1_02_fujian_projectstarts_2020 (dated 2020-05-22)
_FUJIAN = (
    "总投资1463亿元!福建再次集中开工260个重大项目和数字经济重点项目\n"
    "近日,福建省组织重大项目和数字经济重点项目视频连线集中开工,共开工260个项目、总投资1463亿元,"
    "其中数字经济项目90个、总投资397亿元。\n"
    "本次集中开工项目,新基建和产业项目占比高。基础设施项目50个、总投资224亿元。\n"
)

# faj2_03_shandong_projects_2021 (dated 2021-11-16)
_SHANDONG = (
    "記者今天(15日)從省發展改革委獲悉,前10月省重大實施項目建設保持良好勢頭。"
    "截至10月底,581個省重大項目開工419個,完成投資2731.2億元。\n"
)

# faj1_08_yunnan_m1_m2_2023 (dated 2023-03-21)
_YUNNAN_TREND = (
    "3月20日,云南省统计局发布2023年1—2月云南经济运行情况。\n"
    "1—2月,全省固定资产投资(不含农户)同比增长8.2%。"
    "能源工业投资增长80.3%,延续2022年以来的高增长态势;农业投资增长28.6%,连续10年保持两位数增长;"
    "旅游业投资增长33.0%。\n"
)
_YUNNAN_STREAK = (
    "3月20日,云南省统计局发布2023年1—2月云南经济运行情况。\n"
    "1—2月,全省规模以上工业增加值同比增长8.5%。"
    "电子行业增长48.3%,高于规上工业增速39.8个百分点,自2022年8月以来一直保持40%以上的高增速;"
    "装备制造业增长43.2%,高于规上工业增速34.7个百分点。\n"
)

# faj1_07_yunnan_14th_fyp_2026 (dated 2026-01-29)
_YUNNAN_REVIEW = (
    "“十四五”时期 云南经济社会发展迈出历史性一大步\n"
    "数据显示,五年来,全省经济总量由2020年的2.52万亿元提升至2025年的3.28万亿元,其中2023年突破3万亿元大关;"
    "经济年均增长4.7%;人均发展水平稳步提升,人均地区生产总值由5.34万元提升至7.05万元,年均增长5.0%。\n"
)

# faj1_04_pingguo_devzone_2023 (dated 2023-02-03; the pinyin of the source left out)
_PINGGUO = (
    "2月1日,广西平果经济技术开发区正式揭牌。\n"
    "据悉,平果工业区于2022年8月获得广西壮族自治区人民政府批覆设立为自治区级平果经济技术开发区。"
    "平果经开区规划面积11.05平方公里,规划范围内聚集173家企业,规模以上工业企业突破100家。\n"
)


def test_batch_dated_only_recently_takes_the_publication_month() -> None:
    facts = facts_by_surface(_FUJIAN, dt.date(2020, 5, 22))
    assert facts["1463亿元"][2:] == ("2020M5", "inferred")
    assert facts["397亿元"][2:] == ("2020M5", "inferred")
    assert facts["224亿元"][2:] == ("2020M5", "inferred")


def test_count_of_a_yearly_list_takes_the_year() -> None:
    facts = facts_by_surface(_SHANDONG, dt.date(2021, 11, 16))
    assert facts["581個"][2:] == ("2021", "inferred")
    assert facts["419個"][2] == "2021M1-M10"


def test_trend_since_keeps_the_report_months_after_its_clause() -> None:
    facts = facts_by_surface(_YUNNAN_TREND, dt.date(2023, 3, 21))
    assert facts["28.6%"][2] == "2023M1-M2"
    assert facts["33.0%"][2] == "2023M1-M2"


def test_streak_since_a_month_runs_to_the_report_end() -> None:
    facts = facts_by_surface(_YUNNAN_STREAK, dt.date(2023, 3, 21))
    assert facts["40%"][2] == "2022M8-2023M2"
    assert facts["43.2%"][2] == "2023M1-M2"


def test_year_in_a_qizhong_clause_does_not_end_the_span() -> None:
    facts = facts_by_surface(_YUNNAN_REVIEW, dt.date(2026, 1, 29))
    assert facts["3万亿元"][2] == "2023"
    assert facts["4.7%"][2] == "2021-2025"
    assert facts["7.05万元"][2] == "2025"


def test_approval_month_told_before_is_no_period_of_standing_sizes() -> None:
    facts = facts_by_surface(_PINGGUO, dt.date(2023, 2, 3))
    assert facts["11.05平方公里"][2:] == ("as_of_publication", "inferred")
    assert facts["173家"][2:] == ("as_of_publication", "inferred")
