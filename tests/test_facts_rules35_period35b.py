"""Period rules of helper period35b (a bare reporting day opening the text), each on a real sentence of a corpus
text."""

from __future__ import annotations

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
