"""The one row lookup (dataset.model.select / Dataset.row) and the one test of a missing value (schema.missing)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from shangyu_analysis.dataset.model import UnknownId, select
from shangyu_analysis.dataset.publish import json_records
from shangyu_analysis.schema.missing import is_missing

INDICATORS = pd.DataFrame({"indicator_id": ["gdp_yi_yuan", "tax_yi_yuan"], "value": [1000.0, 90.5]})
DERIVED = pd.DataFrame({"derived_id": ["tax_share_pct"], "value": [9.05]})


@pytest.mark.parametrize("blank", [None, float("nan"), np.float64("nan"), np.float32("nan"), pd.NA, pd.NaT, "", "  "])
def test_every_kind_of_blank_is_missing(blank):
    assert is_missing(blank)


@pytest.mark.parametrize("value", [0, 0.0, False, "-", "—", "0", math.inf, "gdp"])
def test_a_zero_a_dash_and_infinity_are_values(value):
    assert not is_missing(value)


def test_an_unknown_id_raises_a_key_error_naming_it_and_close_ids():
    with pytest.raises(KeyError) as caught:
        select((INDICATORS, DERIVED), ["gdp_yi_yuan", "tax_share_pc"])
    assert isinstance(caught.value, UnknownId) and caught.value.row_id == "tax_share_pc"
    assert "tax_share_pct" in str(caught.value) and caught.value.close[0] == "tax_share_pct"


def test_absence_is_tolerated_only_when_asked_and_rows_come_in_the_order_asked():
    rows = select((INDICATORS, DERIVED), ["tax_share_pct", "nope", "gdp_yi_yuan"], skip_missing=True)
    assert list(rows.index) == ["tax_share_pct", "gdp_yi_yuan"] and list(rows["value"]) == [9.05, 1000.0]
    one = select((INDICATORS,), ["tax_yi_yuan", "gdp_yi_yuan"])
    assert one["value"].dtype == float and list(one["indicator_id"]) == ["tax_yi_yuan", "gdp_yi_yuan"]
    assert select((INDICATORS,), ["nope"], skip_missing=True).empty
    assert select((pd.DataFrame(),), ["nope"], skip_missing=True).empty  # a table without an id column has no rows


def test_dataset_row_default_and_has(tmp_path):
    from shangyu_analysis.dataset.model import Dataset

    ds = Dataset(None, pd.DataFrame(), INDICATORS, DERIVED, pd.DataFrame(), True, {})
    assert ds.row("tax_share_pct")["value"] == 9.05 and ds.has("gdp_yi_yuan") and not ds.has("nope")
    assert ds.row("nope", None) is None
    with pytest.raises(UnknownId, match="did you mean"):
        ds.row("gdp_yi_yuan_")


def test_the_one_json_converter_nulls_what_json_cannot_hold_and_keeps_text():
    frame = pd.DataFrame({"a": [1.0, np.nan, math.inf], "b": ["", None, "x"], "c": [0.1 + 0.2, 2.0**60, 3]})
    assert list(json_records(frame)) == [
        {"a": 1, "b": "", "c": 0.3},
        {"a": None, "b": None, "c": 1.15292150461e18},
        {"a": None, "b": "x", "c": 3},
    ]


def test_the_narrative_and_the_charts_tolerate_absence_through_the_one_lookup():
    from types import SimpleNamespace

    from shangyu_analysis.report.charts.kit import ChartData, item
    from shangyu_analysis.report.narrative.context import MissingData, ReportContext

    ctx = ReportContext(SimpleNamespace(indicators=INDICATORS, derived=DERIVED, curated=False), "en")
    assert list(ctx.indicators) == ["gdp_yi_yuan", "tax_yi_yuan"] and ctx.indicator("tax_yi_yuan")["value"] == 90.5
    assert ctx.row("tax_share_pct", "indicators", "derived")["value"] == 9.05
    with pytest.raises(MissingData):  # a sentence naming it is left out
        ctx.indicator("tax_share_pct")
    data = ChartData(indicators=INDICATORS.assign(unit="亿元"), derived=DERIVED.assign(unit="%"))
    assert item(data, "nope", "en") is None and item(data, "tax_share_pct", "en").derived
