"""The one unit table (schema/units.py, issue #23): every unit has every form, the pages' units are in it, the
extractor reads its keys as it declares them, and a unit the table lacks falls back as it did before."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.files import read_yaml
from shangyu_analysis.indicators.draft_names import neutral, short_unit_for, unit_slug
from shangyu_analysis.report.format import format_value, short_unit, value_label
from shangyu_analysis.report.labels import labels_in
from shangyu_analysis.schema import LANGS, FigureKind
from shangyu_analysis.schema.units import COUNTERS, PLAIN_RATIO, UNIT_TABLE, canonical_unit, unit_forms, units_of_kind
from shangyu_analysis.text.numerals import BASE_UNITS, SCALES

PSEUDO_UNITS = ("rank", "ratio", PLAIN_RATIO)  # the extractor's and the report's, no unit an article writes
# Counters a curated catalog may write though the extractor's classifiers lack them (the table kept them)
NOT_EXTRACTED = ("批", "万批", "床", "万床")


@pytest.mark.parametrize("unit", sorted(UNIT_TABLE))
def test_every_unit_has_every_form(unit):
    forms = UNIT_TABLE[unit]
    assert forms.kind in FigureKind.values()
    assert forms.english.factor > 0 and forms.english.label
    assert set(forms.chart) == set(LANGS)
    for chart in forms.chart.values():
        assert chart.factor > 0 and chart.label
    assert forms.name_en and forms.name_en == forms.name_en.strip()
    assert re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", forms.slug), forms.slug


def _catalog_units(path: Path) -> set[str]:
    """Every ``unit`` of a catalog (entries and derived ones)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("unit"), str):
                found.add(node["unit"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(read_yaml(path))
    return found


def test_every_unit_of_the_pages_is_in_the_table():
    units: set[str] = set()
    for catalog in sorted((config.DATA_DIR / "articles").glob("*/catalog.yml")):
        units |= _catalog_units(catalog)
    for table in sorted((config.DATA_DIR / "processed").glob("*/*.csv")):
        frame = pd.read_csv(table)
        if "unit" in frame.columns:
            units |= set(frame["unit"].dropna().astype(str))
    assert len(units) > 10  # both pages' catalogs were read
    assert sorted(u for u in units if unit_forms(u) is None) == []


def test_the_extractor_reads_every_unit_of_the_table_with_its_kind():
    """The display table's keys are units of the extractor's vocabulary (text/numerals.py: a scale and a base),
    and the table gives each the kind the extractor does."""
    for unit, forms in UNIT_TABLE.items():
        if unit in PSEUDO_UNITS or unit in NOT_EXTRACTED:
            continue
        scale = next((s for s in SCALES if unit.startswith(s) and unit[len(s) :] in BASE_UNITS), "")
        base = unit[len(scale) :]
        assert base in BASE_UNITS, unit
        assert str(BASE_UNITS[base][0]) == forms.kind, unit


def test_a_name_keeps_the_articles_unit_while_a_chart_converts():
    assert short_unit_for("亿元") == "CNY 100m" and short_unit("亿元", "en").label == "CNY billion"
    assert short_unit_for("万家") == "10k firms" and short_unit("万家", "en").label == "thousand"
    assert value_label(156.72, "亿元", 2, "exact", "en") == "15.67 bn"
    assert format_value(156.72, "亿元", None, 2, "en") == "CNY 15.67 billion (156.72亿元)"


def test_counters_and_kinds():
    assert all(unit_forms(c).counter and unit_forms("万" + c).counter for c in COUNTERS)
    assert short_unit("家", "zh").label == "数量(家)" and short_unit("万家", "zh").suffix == "万家"
    assert unit_slug("家", "count") == "count" and unit_slug("万家", "count") == "wan_count"
    assert {"亿元", "万元", "元", "万亿元"} <= set(units_of_kind(FigureKind.MONEY))
    assert {"家", "个", "项", "名", "条", "人", "万家", "万人"} <= set(units_of_kind(FigureKind.COUNT))
    assert canonical_unit("yi_yuan") == "亿元" and canonical_unit("count") == "个"


def test_one_rank_format_in_text_and_charts():
    """The rank inside a chart's bar is the text's (it was ``No. 9`` beside a text's ``9th``)."""
    assert "rank_fmt" not in labels_in("chart", "en")  # bars.py writes it with format_value
    assert format_value(9, "rank", "exact", 0, "en") == "9th" and format_value(9, "rank", "exact", 0, "zh") == "第9位"


def test_a_unit_not_in_the_table_falls_back_as_before():
    """Text keeps the unit in brackets (en) or after the number (zh); a chart shows it as written (its axis, and
    a zh bar); a name uses the unit as its label (and a non-ASCII one is left out of the English name); an id
    ends in wan_ + the rest's slug, else in the figure's kind."""
    unit = "吨/年"
    assert unit_forms(unit) is None
    assert format_value(12, unit, None, 0, "en") == "12 (吨/年)" and format_value(12, unit, None, 0, "zh") == "12吨/年"
    assert (short_unit(unit, "zh").label, short_unit(unit, "zh").suffix) == (unit, unit)
    assert (short_unit(unit, "en").factor, short_unit(unit, "en").label, short_unit(unit, "en").suffix) == (1, unit, "")
    assert short_unit_for(unit) == unit and neutral("other", unit)[1] == "value"
    assert unit_slug("万吨/年", "other") == "wan_value" and unit_slug("万吨/年", "money") == "wan_amount"
