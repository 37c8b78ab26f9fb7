"""Place rules of helper place38 (a zone's own report, zones paired with ranks, a zone named with its province, a
project's zone, gaps to the nation by 好于, counts of a region's units), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fao2_08_haimen_devzone_2007 (opening of the text)
_HAIMEN = (
    "江苏海门经济开发区,经过15年的开发建设,已初步建成为经济发达、社会和谐、环境优越、宜居宜业的江苏省一流开发区。"
    "2007年全区实现地区生产总值85.4亿元,同比增长52%;实现出口贸易3.8亿美元,同比增长50.4%。\n"
)
# fao2_09_jiangsu_devzones_2023 (P3)
_JIANGSU = (
    "在综合排名前三十名中,除苏州工业园区居榜首以外,江苏省还有昆山经济技术开发区、江宁经济技术开发区、南京经济技术开发区、"
    "吴江经济技术开发区、南通经济技术开发区、徐州经济技术开发区、吴中经济技术开发区、苏州浒墅关经济技术开发区8家经开区上榜,"
    "分别列第四名、第八名、第十四名、第十九名、第二十一名、第二十五名、第二十八名、第二十九名。\n"
)
# fao1_01_xiangjiang_signing_2016 (P1)
_XIANGJIANG = (
    "中国储能技术有限公司拟投资50亿元,在宁乡高新区建设储能技术与创新科技研发制造中心。"
    "今天,湖南湘江新区再次举行重大投资商座谈会暨项目集中签约仪式,现场签约项目26个,总投资401亿元。\n"
)
# fao1_05_fujian_h1_2020 (P6)
_FUJIAN = "上半年福建進口總額達2521.3億元,同比增長9.1%,好于全國12.4個百分點。\n"
# fao1_08_guangxi_race_2024 (P1)
_GUANGXI = (
    "广西及14个地级市前三季度主要经济指标已经全部公布。从广西整体层面上看,前三季度完成地区生产总值20351.72亿元。\n"
)
# fan2_06_guangdong_q3_2020 (P3)
_GUANGDONG = "廣東前三季度GDP出爐。與去年同期相比,7城GDP增速超全省平均水平,其中,汕尾GDP增速最高達4.6%。\n"


def test_zone_report_whole_zone_is_the_zone() -> None:
    facts = facts_by_surface(_HAIMEN, dt.date(2008, 1, 15))
    assert facts["85.4亿元"][0] == "海门经济开发区"
    assert facts["50.4%"][0] == "海门经济开发区"


def test_zones_pair_with_ranks_in_order() -> None:
    facts = facts_by_surface(_JIANGSU, dt.date(2023, 12, 28))
    assert facts["第四名"][0] == "昆山经济技术开发区"
    assert facts["第十九名"][0] == "吴江经济技术开发区"
    assert facts["第二十九名"][0] == "苏州浒墅关经济技术开发区"


def test_zone_named_with_province_drops_it() -> None:
    facts = facts_by_surface(_XIANGJIANG, dt.date(2016, 1, 28))
    assert facts["26个"][0] == "湘江新区"
    assert facts["401亿元"][0] == "湘江新区"


def test_project_investment_is_its_zones() -> None:
    facts = facts_by_surface(_XIANGJIANG, dt.date(2016, 1, 28))
    assert facts["50亿元"][0] == "宁乡高新区"


def test_better_than_nation_gap_relates_both() -> None:
    facts = facts_by_surface(_FUJIAN, dt.date(2020, 7, 20))
    assert facts["12.4個百分點"][0] == "福建、全国"


def test_count_of_cities_is_no_place() -> None:
    assert facts_by_surface(_GUANGXI, dt.date(2024, 10, 30))["14个"][0] == "-"
    assert facts_by_surface(_GUANGDONG, dt.date(2020, 10, 30))["7城"][0] == "-"
