"""Period rules of helper period32b (the day of a batch started or signed found in the lead, its figures, the batch
named for its year, the year's plan of a batch, a title telling the batch, 当年 naming a cohort of firms), each on a
real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# faf2_06_chuxiong_projects_2021 (dated 2021-07-02)
_CHUXIONG = (
    "【云南】向党献礼 楚雄州197个重点项目开工总投资183亿元\n"
    "中国通讯社云南讯(特约记者 杨德祥)为庆祝中国共产党成立100周年,6月30日,云南省楚雄彝族自治州州委、州人民政府"
    "在10县市举行2021年第三批项目集中开工仪式。又有197个重点项目开工,总投资183.53亿元。\n"
    "禄丰市集中开工项目共35项,总投资25.70亿元,2021年计划完成投资11.82亿元。\n"
    "南华县集中开工项目10项,总投资5.61亿元,年度计划完成投资3.41亿元,目前累计完成投资4900万元。\n"
    "元谋县2021年第三批集中开工项目共23项,总投资23.57亿元,2021年计划完成投资7.58亿元。\n"
)
_DATE = dt.date(2021, 7, 2)

# fah2_02_yichun_industry_h1_2024 (dated 2024-07-20)
_YICHUN = (
    "上半年全市规上工业生产增势向好\n"
    "上半年,在市委、市政府的正确领导下,全市规上工业增加值同比增长9.8%。\n"
    "五是新建投产企业拉动有力。全市63户当年新建投产企业中有18户产值超亿元,新建投产企业对全市规上工业贡献率达到"
    "62.6%,拉动规上工业增长7.9个百分点。\n"
)


def test_a_figure_of_the_batch_is_of_the_day_the_lead_writes_after_a_comma() -> None:
    facts = facts_by_surface(_CHUXIONG, _DATE)
    assert facts["35项"][2:] == ("2021-06-30", "inferred")
    assert facts["25.70亿元"][2:] == ("2021-06-30", "inferred")


def test_a_batch_named_for_its_year_is_of_the_event_day() -> None:
    facts = facts_by_surface(_CHUXIONG, _DATE)
    assert facts["23项"][2] == "2021-06-30"
    assert facts["23.57亿元"][2] == "2021-06-30"


def test_the_years_plan_of_a_batch_is_of_the_event_year() -> None:
    assert facts_by_surface(_CHUXIONG, _DATE)["3.41亿元"][2] == "2021"


def test_a_title_telling_the_batch_is_of_the_event_day() -> None:
    facts = facts_by_surface(_CHUXIONG, _DATE)
    assert facts["183亿元"][2] == "2021-06-30"


def test_a_stock_taking_day_in_the_lead_is_no_event() -> None:
    # fy1_06_hengshui_projects_2025 (dated 2025-04-07): 截至3月31日 is not the day of the batch
    text = (
        "中新网河北新闻4月7日电 (崔志平 王鹏)衡水市发展和改革委员会新闻发言人在新闻发布会上称,衡水全市集中开工项目数量"
        "规模双提升。截至3月31日,已开工137个,开工率100%。\n"
        "据介绍,2025年,衡水市共安排省市重点建设项目222个,总投资805.9亿元,年预计投资149.5亿元。其中,新开工项目158个,"
        "年预计投资100.1亿元。\n"
    )
    assert facts_by_surface(text, dt.date(2025, 4, 7))["158个"][2] == "2025"


def test_dangnian_naming_a_cohort_of_firms_keeps_the_titles_half() -> None:
    facts = facts_by_surface(_YICHUN, dt.date(2024, 7, 20))
    assert facts["18户"][2] == "2024H1"
    assert facts["62.6%"][2] == "2024H1"
