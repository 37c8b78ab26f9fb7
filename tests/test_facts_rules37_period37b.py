"""Period rules of helper period37b (the day of a batch written as D日 in the lead, a signed project's amount), each
on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from tests.facts_helpers import facts_by_surface

# fan1_01_suihua_starts_2012 (dated 2012-10-11)
_SUIHUA = (
    "绥化第四批产业项目集中开工 138个项目总投资262.3亿元\n"
    "黑龙江日报10月11日讯 经过了招商之冬,开工之春和建设之夏,绥化市产业项目建设迎来了收获的金秋,10日,第四次产业项目集中开工仪式"
    "在海伦市举行,此次共有138个产业项目开工建设,总投资262.3亿元。\n"
    "这次集中开工亿元以上项目84个,总投资232.5亿元;工业项目121个,总投资207.2亿元。\n"
)

# fan1_02_suihua_firstbatch_2012 (dated 2012-04-18)
_FIRST = "2012年是黑龙江省产业项目建设“三年决战”的第二年,17日,绥化市首批217个产业项目同时开工,投资额达551.9亿元,其中亿元以上项目150个。\n"

# fam1_02_hainan_projects_2019 (dated 2019-11-27)
_HAINAN = (
    "海南:项目建设提速 投资结构更优 去年11月迄今,集中开工项目793个、总投资4352亿元\n"
    "本报海口11月26日电 (记者陈伟光、闫旭)18日,海南自由贸易试验区建设项目(第七批)集中开工和签约在全省各市县同步举行,"
    "本次集中开工项目共129个,总投资1254亿元。其中总投资50亿元以上项目3个,总投资10亿至50亿元的项目23个,"
    "总投资1亿至10亿元的项目73个,计划年底前完成投资105亿元。\n"
)

# fan1_03_muling_signing_2019 (dated 2019-09-17)
_MULING = (
    "近日,黑龙江穆棱市2019年秋季招商引资项目集中签约仪式在穆棱经济开发区隆重召开。现场签约项目21个,签约总额超过22亿元。\n"
    "与中核汇能有限公司签约的兴隆风电场项目,总投资11亿元,规划装机规模13.5万千瓦,安装2.5兆瓦风力发电机组54台。\n"
)

# fan1_04_harbin_signing_2020 (dated 2020-03-22)
_HARBIN = (
    "【香港商報網訊】3月22日上午,哈爾濱市政府舉行了「哈爾濱市招商引資項目雲視頻集中籤約儀式」活動。"
    "哈新區平房片區設置了分會場,19個產業項目集中籤約,總投資額達150.4億元。\n"
    "平房片區進行了「屏對屏」網上集中籤約。其中,思哲睿醫療機械人項目簽約額3億元,投資方為哈爾濱思則睿公司。\n"
)


def test_day_after_a_dateline_dates_the_batch_and_its_later_figures() -> None:
    facts = facts_by_surface(_SUIHUA, dt.date(2012, 10, 11))
    assert facts["84个"][2] == "2012-10-10"
    assert facts["121个"][2] == "2012-10-10"


def test_day_opening_the_lead_dates_the_batch_in_its_sentence() -> None:
    facts = facts_by_surface(_FIRST, dt.date(2012, 4, 18))
    assert facts["217个"][2:] == ("2012-04-17", "stated")
    assert facts["551.9亿元"][2:] == ("2012-04-17", "stated")


def test_dateline_day_takes_the_texts_year_not_the_titles() -> None:
    facts = facts_by_surface(_HAINAN, dt.date(2019, 11, 27))
    assert facts["129个"][2] == "2019-11-18"
    assert facts["23个"][2] == "2019-11-18"
    assert facts["105亿元"][2] == "2019"


def test_title_of_the_batch_takes_the_events_day() -> None:
    title = _SUIHUA.split("此次")[0]  # the title and the lead's clause telling the event (fan1_01)
    facts = facts_by_surface(title, dt.date(2012, 10, 11))
    assert facts["262.3亿元"][2] == "2012-10-10"
    assert facts["138个"][2] == "2012-10-10"


def test_signed_projects_amount_with_no_day_takes_the_year() -> None:
    facts = facts_by_surface(_MULING, dt.date(2019, 9, 17))
    assert facts["11亿元"][2] == "2019"


def test_signed_projects_amount_takes_the_batchs_day() -> None:
    facts = facts_by_surface(_HARBIN, dt.date(2020, 3, 22))
    assert facts["3億元"][2] == "2020-03-22"
