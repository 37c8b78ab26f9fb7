"""Period rules of helper period30 (a month span heading its lines, a half-year report or a region's output told on
a day, a total to a month's end), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fah2_04_jiangxi_parks_jan-feb_2017 (dated 2017-04-24)
_PARKS = (
    "江西工业园区实现全行业盈利\n"
    "中国江西网讯 全媒体记者陈文秀、实习生陈学硕报道:4月16日,记者从省统计局获悉,今年江西工业园区经济坚实起步,"
    "经济效益开局平稳。1~2月,全省工业园区实现利润总额278.38亿元,同比增长15.2%,实现了全行业盈利。\n"
    "1~2月全省工业园区\n"
    "实现工业增加值979.60亿元 增长8.9%\n"
    "实现主营业务收入4190.05亿元 增长16.5%\n"
)

# fah1_03_zhongwei_h1_2022 (dated 2022-07-22)
_ZHONGWEI = (
    "7月20日,中卫经济“半年报”公布,全市实现地区生产总值257.13亿元,按不变价格计算,同比增长7.3%,"
    "高于全区增速2个百分点,位居五市第一;规模以上工业增加值增长22%,高于全区13.5个百分点,位列五市第二。\n"
)

# fah1_06_luoshan_projects_2021 (dated 2021-10-09)
_LUOSHAN = (
    "10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动。\n"
    "截9月底,全县133个重点项目,累计完成投资167.1亿元,占年度投资计划的75%。\n"
)

# fah1_02_yinchuan_h1_2023 (dated 2023-07-26)
_YINCHUAN = (
    "人民网银川7月26日电 (记者 阎梦婕)地区生产总值1267.24亿元,同比增长7.5%;工业增加值508.51亿元,同比增长11.2%;"
    "服务业增加值639.35亿元,同比增长6.3%;新兴动能加快释放,“三新”产业快速增长……\n"
)

# fr2_11_heilongjiang_h1_2011 (dated 2011-07-27)
_HEILONGJIANG = (
    "我省上半年宏觀經濟持續較快增長 經濟發展先行指標穩步轉好\n"
    "東北網7月27日訊(記者 吳萌 顧少宇) 記者從省政府新聞發布會上獲悉,全省繼續保持平穩較快增長勢頭,"
    "實現地區產值(GDP)5067億元,總量創歷史同期最高,比上年同期增長12.1%。\n"
)


def test_a_month_span_heading_its_lines_is_of_those_months() -> None:
    facts = facts_by_surface(_PARKS, dt.date(2017, 4, 24))
    assert facts["979.60亿元"][2:] == ("2017M1-M2", "stated")
    assert facts["4190.05亿元"][2] == "2017M1-M2"


def test_a_half_year_report_told_on_a_day_is_of_the_half() -> None:
    facts = facts_by_surface(_ZHONGWEI, dt.date(2022, 7, 22))
    assert facts["257.13亿元"][2:] == ("2022H1", "stated")
    assert facts["22%"][2] == "2022H1"


def test_a_total_to_a_months_end_is_of_the_months_from_january() -> None:
    facts = facts_by_surface(_LUOSHAN, dt.date(2021, 10, 9))
    assert facts["167.1亿元"][2] == "2021Q1-Q3"  # 2021M1-M9, written canonically


def test_a_regions_output_told_on_a_day_is_of_the_last_period_published() -> None:
    facts = facts_by_surface(_YINCHUAN, dt.date(2023, 7, 26))
    assert facts["1267.24亿元"][2:] == ("2023H1", "inferred")
    assert facts["508.51亿元"][2] == "2023H1"
    facts = facts_by_surface(_HEILONGJIANG, dt.date(2011, 7, 27))
    assert facts["5067億元"][2:] == ("2011H1", "stated")  # the title names 上半年
