"""The notebooks' one loader: the published tables, read from data/processed when they are this article's."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import load_published, read_processed
from shangyu_analysis.dataset.publish import TABLES
from shangyu_analysis.dataset.published import ORIGIN_FILES, ORIGIN_MEMORY
from shangyu_analysis.report import notebook


def test_the_seed_is_read_from_data_processed_and_equals_the_csvs():
    dataset = load_published()
    assert dataset.origin == ORIGIN_FILES
    published = read_processed()
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(dataset, name), published[name])


def test_a_stale_or_foreign_folder_is_not_shown(tmp_path):
    folder = tmp_path / "processed"
    shutil.copytree(config.processed_dir(None), folder)
    edited = (folder / "derived.csv").read_text(encoding="utf-8").replace("1.79552623278", "1.8")
    (folder / "derived.csv").write_text(edited, encoding="utf-8")
    manifest = folder / "MANIFEST.sha256"
    from shangyu_analysis.dataset import render_manifest
    from shangyu_analysis.files import sha256_file

    manifest.write_bytes(render_manifest({p.name: sha256_file(p) for p in folder.iterdir() if p != manifest}))
    dataset = load_published(processed_dir=folder)
    assert dataset.origin == ORIGIN_MEMORY
    assert dataset.derived.loc[dataset.derived["derived_id"] == "urban_rural_income_ratio", "value"].item() != 1.8


def test_another_article_is_rendered_in_memory_as_published():
    corpus = sorted((config.PROJECT_ROOT / "data" / "corpus").glob("*.txt"))[0]
    dataset = load_published(corpus)
    assert dataset.origin == ORIGIN_MEMORY and len(dataset.figures) > 0
    assert dataset.figures["value"].dtype == "float64"


def test_check_formula_accepts_the_derived_value_and_rejects_another():
    derived = load_published().derived
    income = load_published().indicators.set_index("indicator_id")["value"]
    ratio = income["urban_income_per_capita_yuan"] / income["rural_income_per_capita_yuan"]
    assert notebook.check_formula(ratio, derived, "urban_rural_income_ratio") == pytest.approx(1.7955, abs=1e-4)
    with pytest.raises(notebook.FormulaMismatch, match="urban_rural_income_ratio"):
        notebook.check_formula(ratio + 0.01, derived, "urban_rural_income_ratio")
    with pytest.raises(notebook.FormulaMismatch, match="not in the derived table"):
        notebook.check_formula(ratio, derived, "no_such_value")


def test_one_unit_refuses_mixed_units_and_single_bars():
    two = pd.DataFrame({"name": ["a", "b"], "value": [1.0, 2.0], "unit": ["亿元", "亿元"]})
    assert notebook.one_unit(two) is two
    with pytest.raises(ValueError, match="one unit"):
        notebook.one_unit(two.assign(unit=["亿元", "%"]))
    with pytest.raises(ValueError, match="one bar"):
        notebook.one_unit(two.head(1))


def test_table_headers_follow_the_language_and_refuse_unlabelled_columns():
    frame = pd.DataFrame({"indicator_id": ["x"], "value": [1.0], "qualifier": ["approx"]})
    zh = notebook.table(frame, "zh", "t").data
    assert list(zh.columns) == ["指标编号", "数值", "限定"] and zh["限定"].item() == "约数"
    assert list(frame.columns) == ["indicator_id", "value", "qualifier"]  # the analyst's frame is unchanged
    with pytest.raises(KeyError, match="no label"):
        notebook.table(frame.assign(mystery=1), "en", "t")
