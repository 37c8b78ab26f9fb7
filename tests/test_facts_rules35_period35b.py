"""Period rules of helper period35b (a bare reporting day opening the text, 今年 of the clause before in a batch's
breakdown), each on a real sentence of a corpus text."""

from __future__ import annotations

import datetime as dt

from shangyu_analysis.text.dates import month_only
from tests.facts_helpers import facts_by_surface

# fv2_04_mawei_cifit_2013 (dated 2013-09, the month the source gives)
_MAWEI = (
    "17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元,协议外资20063万美元,"
    "协议外资成果全面略超过上届。\n"
)


def test_bare_reporting_day_gives_its_month() -> None:
    facts = facts_by_surface(_MAWEI, month_only(2013, 9))
    assert facts["14个"][2:] == ("2013M9", "inferred")
    assert facts["58713万美元"][2:] == ("2013M9", "inferred")


# faf1_08_langfang_projects_2022 (dated 2022-05-26): the title, the lead and the breakdown paragraph
_LANGFANG = '總投資313.99億元 廊坊中部區(qū)縣48項重點項目集中開工\n中新網(wǎng)河北新聞5月26日電 (宋敏濤 王巍)26日,河北省廊坊市舉行2022年中部區(qū)縣二季度重點項目集中開工活動。據(jù)介紹,此次開工項目共48項,總投資313.99億元,今年計劃投資79.24億元。\n據(jù)介紹,48項集中開工項目中,產(chǎn)業(yè)項目36項,總投資251.89億元,今年計劃投資61.01億元。其中,戰(zhàn)略新興項目15項,總投資99.31億元,今年計劃投資27.92億元;現(xiàn)代服務業(yè)項目12項,總投資103.09億元,今年計劃投資14.9億元;產(chǎn)業(yè)鏈現(xiàn)代化提升項目7項,總投資22.49億元,今年計劃投資9.19億元;數(shù)字基礎與應用項目2項,總投資27億元,今年計劃投資9億元。此外,民生補短板項目5項,總投資41.08億元,今年計劃投資11.19億元;基礎設施項目7項,總投資21.02億元,今年計劃投資7.04億元。\n'


def test_plan_year_of_the_clause_before_stays_there() -> None:
    facts = facts_by_surface(_LANGFANG, dt.date(2022, 5, 26))
    assert facts["103.09億元"][2:] == ("2022Q2", "inferred")
    assert facts["22.49億元"][2:] == ("2022Q2", "inferred")
    assert facts["14.9億元"][2:] == ("2022", "stated")
