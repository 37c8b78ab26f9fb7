"""Reference statistics as data (data/reference): schema, provenance, secondary values kept apart, and rows an
analyst adds are picked up."""

from __future__ import annotations

import csv
import shutil

import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import load_reference
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import sha256_file
from shangyu_analysis.schema import REFERENCE, column_names

DEFAULT_REFERENCE = config.DATA_DIR / "reference" / "shangyu.csv"  # the seed place's reference table


def test_every_value_keeps_its_source_and_excerpt():
    table = load_reference()
    assert list(table.columns) == column_names(REFERENCE)
    assert len(table) == 52 and set(table["status"]) == {"official", "secondary"}
    for column in ("source_title", "source_publisher", "source", "excerpt", "value_as_written"):
        assert table[column].str.strip().astype(bool).all(), column
    # Secondary rows say so where they come from, and no official row does.
    secondary = table["status"] == "secondary"
    assert table.loc[secondary, "source_publisher"].str.startswith("SECONDARY").all()
    assert not table.loc[~secondary, "source_publisher"].str.contains("SECONDARY").any()


def test_values_are_as_written_unless_the_unit_was_restated():
    table = load_reference()
    restated = table["unit"] != table["unit_as_written"]
    same = table[~restated]
    assert (same["value"] == same["value_as_written"].astype(float)).all()
    gdp_2010 = table[(table["indicator_id"] == "gdp") & (table["year"] == 2010)].iloc[0]
    assert gdp_2010["value_as_written"] == "43626" and gdp_2010["unit_as_written"].startswith("百万元")
    assert gdp_2010["value"] == pytest.approx(436.26) and gdp_2010["unit"] == "亿元"


def _copy(tmp_path):
    path = tmp_path / "region.csv"
    shutil.copy(DEFAULT_REFERENCE, path)
    return path


def _append(path, **fields):
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, column_names(REFERENCE), lineterminator="\n").writerow(fields)


ROW = {
    "indicator_id": "gdp",
    "indicator_zh": "地区生产总值",
    "year": 2024,
    "value": 1400.0,
    "unit": "亿元",
    "status": "official",
    "growth_pct": "",
    "value_as_written": "1400",
    "unit_as_written": "亿元",
    "source_title": "a bulletin",
    "source_publisher": "a bureau",
    "source": "https://example.invalid/2024",
    "excerpt": "地区生产总值1400亿元",
}


def test_a_row_an_analyst_adds_is_picked_up(tmp_path):
    path = _copy(tmp_path)
    _append(path, **ROW)
    table = load_reference(path)  # no sidecar beside the copy: nothing to check the sha256 against
    assert len(table) == 53 and 2024 in set(table["year"])


def test_an_edit_without_its_new_sha256_is_refused(tmp_path):
    path = _copy(tmp_path)
    path.with_suffix(".source.yml").write_text(f"sha256: {sha256_file(path)}\n", encoding="utf-8")
    _append(path, **ROW)
    with pytest.raises(UserError, match=r"region\.csv: sha256 .* differs from its \.source\.yml"):
        load_reference(path)


def test_a_status_outside_the_enumeration_names_the_column(tmp_path):
    path = _copy(tmp_path)
    _append(path, **{**ROW, "status": "estimated"})
    with pytest.raises(UserError, match=r"region.csv: reference table, column status: values \['estimated'\]"):
        load_reference(path)


def test_the_committed_sidecar_matches_the_table():
    assert load_reference() is not None  # raises when data/reference/shangyu.csv was edited without its sha256
