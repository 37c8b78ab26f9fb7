"""Place rules of helper place37 (a new area's 片区, a county's quoted project in a prefecture's text, 国内 qualifying
a noun), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fan1_04_harbin_signing_2020 (dated 2020-03-22)
_HARBIN = '【香港商報網訊】3月22日上午,哈爾濱市政府舉行了「哈爾濱市招商引資項目雲視頻集中籤約儀式」活動。哈新區平房片區設置了分會場,19個產業項目集中籤約,總投資額達150.4億元。\n本次網上籤約採取了「主會場+分會場」雲視頻形式進行。哈經開區管委會主任、平房區政府區長宋博岩、副區長賈玉國,區政府一級調研員任文霞及各招商部門負責人出席並見證項目簽約,各項目投資方在企業所在地辦公場所線上出席簽約儀式。\n'

# fan2_03_qiandongnan_signing_q1_2022 (dated 2022-04-01)
_QIANDONGNAN = (
    "签约33亿元:黔东南州一季度落实签约项目16个\n"
    "签约的项目中,“台江县年产20万吨再生资源综合循环利用项目”作为黔东南州代表项目进行线上签约,项目投资额11.35亿元。"
    "该项目为今年一季度黔东南州重点招商引资项目,由台江县人民政府与中国500强企业水发集团有限公司签约,项目用地110亩,"
    "主要建设内容为年产20万吨再生铅及相关配套设施,项目建成后,预计实现年营业收入30亿元,年创税2.5亿元,带动就业400人。\n"
)

# fan2_05_sichuan_m1m4_2016 (dated 2016-05-20)
_SICHUAN = (
    "1-4月四川固定资产投资运行情况\n"
    "从到位资金情况看,前4月到位资金9500.6亿元,同比增长6.7%,其中国家预算资金、国内贷款、自筹资金、"
    "其他资金来源均保持较快增长,利用外资下降43.9%。\n"
)


def test_a_new_areas_sub_area_is_a_zone_of_its_own() -> None:
    facts = facts_by_surface(_HARBIN, dt.date(2020, 3, 22))
    assert facts["19個"][0] == "哈新区平房片区"
    assert facts["150.4億元"][0] == "哈新区平房片区"


def test_a_quoted_project_headed_by_a_county_is_that_countys() -> None:
    facts = facts_by_surface(_QIANDONGNAN, dt.date(2022, 4, 1))
    assert facts["11.35亿元"][0] == "台江"
    assert facts["110亩"][0] == "台江"
    assert facts["400人"][0] == "台江"
    assert facts["16个"][0] == "黔东南"


def test_domestic_qualifying_a_noun_is_not_the_nation() -> None:
    facts = facts_by_surface(_SICHUAN, dt.date(2016, 5, 20))
    assert facts["43.9%"][0] == "四川"
