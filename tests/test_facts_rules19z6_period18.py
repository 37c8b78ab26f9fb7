"""Facts rules added for issue #19, round 18 (period; part W as development data): each on a real sentence of a
corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.dates import YearOnly, early_in_year
from tests.facts_helpers import facts_by_surface


def test_a_run_since_a_year_in_a_text_dated_by_its_year_only_ends_in_that_year():
    # fk1_11_changzhou_devzone_2022: 2022年以来 in a 2023 text runs to 2023 (gold 2022-2023); a sidecar giving the
    # year only (date: 2023, loaded as 1 January) is no text written in January: the run still ends in 2023
    text = "报告认为,2022年以来,全国省级开发区发展呈现五个新特征:\n"
    assert facts_by_surface(text, dt.date(2023, 11, 8))["五个"][2] == "2022-2023"
    assert facts_by_surface(text, YearOnly(2023, 1, 1))["五个"][2] == "2022-2023"
    assert facts_by_surface(text, dt.date(2023, 2, 1))["五个"][2] == "2022"  # written in February: up to 2022


def test_the_loader_records_a_year_only_date():
    assert not early_in_year(YearOnly(2013, 1, 1))
    assert early_in_year(dt.date(2013, 1, 1))
    assert not early_in_year(None)


def test_a_sidecar_year_is_loaded_as_a_year_only_date():
    # fs2_08_hainan_quarterly_2010.source.yml: date: 2010
    from shangyu_analysis.text.article import load_article

    date = load_article("data/corpus/fs2_08_hainan_quarterly_2010.txt").date
    assert isinstance(date, YearOnly)
    assert date == dt.date(2010, 1, 1)


def test_a_breakdown_paragraph_goes_on_about_the_months_just_reported():
    # fw2_11_hunan_keyprojects_2019: 2019年…1-8月共完成投资… / 从行业来看,…完成投资752.49亿元: the months, inferred
    text = (
        "湖南省重点建设项目进展顺利\n"
        "记者9月19日从省发改委了解到,2019年全省重点建设项目共计196个,总投资9758.9亿元,年度计划投资2574.3亿元,"
        "1-8月共完成投资1750.07亿元,为年计划的67.99%,比去年同期加快7.28个百分点。\n"
        "从行业来看,产业发展项目完成投资752.49亿元,为年计划的71.85%;基础设施项目完成投资544.57亿元,为年计划的67.01%。\n"
    )
    facts = facts_by_surface(text, dt.date(2019, 9, 20))
    assert facts["196个"][2:] == ("2019", "stated")
    assert facts["752.49亿元"][2:] == ("2019M1-M8", "inferred")
    assert facts["67.01%"][2:] == ("2019M1-M8", "inferred")


def test_a_breakdown_of_a_quarter_s_batch_keeps_the_quarter():
    # ft1_03_jiangxi_projects_2023: 计划一季度开工的项目。/ 从项目结构看,基础设施项目247个: 2023Q1
    text = (
        "江西省市县三级2月6日协同联动开工1234个重大项目,总投资11801亿元(人民币,下同)。\n"
        "1234个重大项目为2023年江西省大中型项目清单中计划一季度开工的项目。从项目体量看,均为亿元以上项目,平均投资近10亿元。\n"
        "从项目结构看,基础设施项目247个,总投资1310亿元;产业升级项目674个,总投资9002亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2023, 2, 7))
    assert facts["247个"][2] == "2023Q1"
    assert facts["674个"][2] == "2023Q1"


def test_a_zone_s_area_is_what_holds_when_the_text_is_written():
    # fv2_06_jintan_devzone_2018: 行政管辖面积171平方公里,核心区面积27.5平方公里: as_of_publication, not 2018
    text = (
        "开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里,"
        "已初步形成了设施、功能比较完善的发展形态和空间。2018年,开发区完成地区生产总值300亿元。\n"
    )
    facts = facts_by_surface(text, dt.date(2018, 12, 1))
    assert facts["171平方公里"][2:] == ("as_of_publication", "inferred")
    assert facts["27.5平方公里"][2:] == ("as_of_publication", "inferred")


def test_a_site_s_total_area_is_no_flow_but_a_change_of_area_is():
    # fw1_05_guangxi_addition_2013: 总占地面积75万平方米 (as_of_publication); a08_nanxun_govreport_2023: 建成区面积
    # 从7.3平方公里拓展至39平方公里 keeps the change's years
    text = (
        "旅游业方面,建设第四届广西(北海)园林园艺博览会主园区项目一期工程,建设主展馆、道路、绿化工程以及配套设施等,"
        "总占地面积75万平方米。\n"
    )
    assert facts_by_surface(text, dt.date(2013, 10, 11))["75万平方米"][2] == "as_of_publication"
    text = "2003年以来,中心城区建成区面积从7.3平方公里拓展至39平方公里。\n"
    assert facts_by_surface(text, dt.date(2023, 2, 1))["39平方公里"][2] != "as_of_publication"
