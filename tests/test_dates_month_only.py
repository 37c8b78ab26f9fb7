"""A sidecar's month-only date (``date: 2017-06``): loaded as the month, never as a day the source does not give."""

from __future__ import annotations

import datetime as dt

import pytest

from shangyu_analysis.errors import UserError
from shangyu_analysis.text.article import load_article
from shangyu_analysis.text.dates import MonthOnly, YearOnly, as_given, day_known, early_in_year, month_only
from tests.facts_helpers import facts_by_surface


def test_a_month_only_sidecar_date_loads_as_its_month(tmp_path):
    # fx2_09_suzhou_gansu_signing_2017.source.yml: the URL path gives 201706, the copy no day
    date = load_article("data/corpus/fx2_09_suzhou_gansu_signing_2017.txt").date
    assert isinstance(date, MonthOnly)
    assert (date.year, date.month) == (2017, 6)
    assert as_given(date) == "2017-06"
    assert load_article("data/corpus/fx2_09_suzhou_gansu_signing_2017.txt").to_dict()["date"] == "2017-06"


def test_the_loaded_day_is_the_month_end_and_is_not_a_known_day():
    assert month_only(2024, 2) == dt.date(2024, 2, 29) and month_only(2018, 12) == dt.date(2018, 12, 31)
    assert not day_known(month_only(2017, 6)) and not day_known(YearOnly(2013, 1, 1)) and not day_known(None)
    assert day_known(dt.date(2021, 2, 23))
    assert early_in_year(month_only(2013, 3)) and not early_in_year(month_only(2013, 9))
    assert as_given(YearOnly(2013, 1, 1)) == "2013" and as_given(dt.date(2021, 2, 23)) == "2021-02-23"


def test_a_day_without_its_month_is_read_in_the_month_of_a_month_only_date():
    # fw2_07_wanzhi_signing_2021 (URL path news/202109): 15日…集中签约 is 15 September, not August
    text = "湾沚区举行重大项目集中签约活动\n15日,湾沚区举行重大项目集中签约活动,现场签约项目12个,总投资56亿元。\n"
    facts = facts_by_surface(text, month_only(2021, 9))
    assert facts["12个"][2] == "2021-09-15"


def test_today_in_a_text_dated_by_its_month_is_no_day():
    # 当日开工 in a text whose source gives only the month: the day is not invented from the month's end
    text = "集中开工活动举行\n全市重大项目集中开工活动举行,当日开工的项目38个,总投资120亿元。\n"
    assert facts_by_surface(text, month_only(2021, 9))["38个"][2] != "2021-09-30"
    assert facts_by_surface(text, dt.date(2021, 9, 26))["38个"][2] == "2021-09-26"


@pytest.mark.parametrize("raw", ["2017-13", "2017-6-", "June 2017"])
def test_a_date_that_is_no_date_month_or_year_is_one_error(tmp_path, raw):
    text = tmp_path / "t.txt"
    text.write_text("标题\n正文。\n", encoding="utf-8")
    (tmp_path / "t.source.yml").write_text(f"date: {raw}\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a date, a month or a year"):
        load_article(text)
