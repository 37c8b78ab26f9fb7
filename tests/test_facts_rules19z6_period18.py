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
