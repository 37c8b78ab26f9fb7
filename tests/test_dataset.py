"""The published dataset: contract, determinism, atomic writes, schemas and the data dictionary."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import dataset
from shangyu_analysis.dataset.datadict import _TABLE_PURPOSE
from shangyu_analysis.dataset.publish import TABLES
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import write_atomic
from shangyu_analysis.schema import SCHEMAS, column_names
from shangyu_analysis.schema.validate import validate

FIXTURES = Path(__file__).parent / "fixtures" / "indicators"
OTHER_ARTICLE = FIXTURES / "other_article.txt"


def _fixture_figures(article) -> pd.DataFrame:
    """Hand-checked figures: the seed's 41 reference mentions, or two figures of the small other article."""
    if article.path is not None and article.path.resolve() == config.SEED_ARTICLE.resolve():
        return pd.read_csv(
            FIXTURES / "seed_figures.csv",
            keep_default_na=False,
            na_values=[""],
            dtype={"period": str, "section": str, "subject": str},
        )
    text = article.text
    rows = []
    for n, (surface, value, unit, kind, subject) in enumerate(
        [("320.5亿元", 320.5, "亿元", "money", "地区生产总值"), ("45.6亿元", 45.6, "亿元", "money", "财政总收入")], 1
    ):
        start = text.index(surface)
        rows.append(
            {
                "figure_id": f"f{n:03d}",
                "start": start,
                "end": start + len(surface),
                "surface": surface,
                "value": value,
                "value_high": None,
                "unit": unit,
                "scale": 1e8,
                "base_value": value * 1e8,
                "base_unit": "元",
                "qualifier": "exact",
                "kind": kind,
                "subject": subject,
                "place": "-",
                "measure": subject,
                "period": "2020",
                "period_basis": "stated",
                "period_evidence": "2020年",
                "sentence": text[text.rfind("\n", 0, start) + 3 : text.index("。", start) + 1],
                "paragraph": 1,
                "section": None,
            }
        )
    return pd.DataFrame(rows, columns=column_names(SCHEMAS["figures"]))


@pytest.fixture
def fixture_extractor(monkeypatch):
    monkeypatch.setattr(dataset, "extract_article_figures", _fixture_figures)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_load_dataset_follows_the_contract(fixture_extractor):
    ds = dataset.load_dataset()
    assert [f.name for f in dataclasses.fields(ds)][:8] == [
        "article",
        "figures",
        "indicators",
        "derived",
        "checks",
        "curated",
        "source",
        "catalog",
    ]
    assert ds.curated is True
    for name in TABLES:
        assert list(getattr(ds, name).columns) == column_names(SCHEMAS[name])
    assert ds.source["publisher"].startswith("浙江日报")
    assert ds.value("fiscal_revenue_yi_yuan") == 156.72
    assert ds.value("gdp_2015_yi_yuan") == 680.0
    assert ds.row("above_scale_industrial_output_yi_yuan")["qualifier"] == "less_than"
    assert ds.why("patents_count") == "Output of the innovation system."
    with pytest.raises(KeyError, match=r"did you mean.*'patents_count'"):
        ds.value("patent_count")


def test_relative_article_path_is_taken_from_the_project_root(fixture_extractor, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    ds = dataset.load_dataset("data/raw/zjrb_2021-02-23_p11_shangyu.txt")
    assert ds.curated and len(ds.indicators) == 38


def test_uncurated_article_gets_automatic_indicators(fixture_extractor):
    ds = dataset.load_dataset(OTHER_ARTICLE)
    assert ds.curated is False and ds.source == {} and ds.catalog is None
    assert list(ds.indicators["indicator_id"]) == ["auto_f001_money", "auto_f002_money"]
    assert list(ds.indicators["category"]) == ["economy", "fiscal"]
    assert ds.derived.empty and list(ds.derived.columns) == column_names(SCHEMAS["derived"])
    assert ds.checks.empty


def test_write_is_deterministic_lf_and_complete(fixture_extractor, tmp_path):
    paths = dataset.write_dataset(out_dir=tmp_path / "a")
    dataset.write_dataset(out_dir=tmp_path / "b")
    names = [p.name for p in paths]
    assert names == sorted(["MANIFEST.sha256", "README.md"] + [f"{t}.{ext}" for t in TABLES for ext in ("csv", "json")])
    first, second = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert first == second
    assert all(b"\r" not in data for data in first.values())
    assert b"1813.5," in first["derived.csv"]  # no float noise (1813.4999999999998)
    assert b'"value": 680,' in first["derived.json"]


def test_written_tables_read_back_through_the_schema(fixture_extractor, tmp_path):
    dataset.write_dataset(out_dir=tmp_path)
    tables = dataset.read_processed(tmp_path)
    assert len(tables["indicators"]) == 38 and len(tables["derived"]) == 22 and len(tables["checks"]) == 15
    assert tables["indicators"]["curated"].dtype == bool
    assert tables["indicators"]["period"].tolist()[:2] == ["2016–2020", "2020"]  # stays text, not a number
    csv = tmp_path / "checks.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace(",pass,", ",maybe,", 1), encoding="utf-8")
    with pytest.raises(UserError, match=r"checks.csv: checks table, column status: values \['maybe'\]"):
        dataset.read_processed(tmp_path)


@pytest.mark.parametrize(
    "old,new",
    [
        ("    value: 156.72\n", "    value: 156.27\n"),  # wrong value
        ("    name_en: Total fiscal revenue\n", ""),  # missing field
        (
            "formula: signed_investment_yi_yuan / signed_projects_count",
            "formula: signed_investment_yi_yuan / signed_project_count",
        ),  # typo'd id
        ("    name_zh: 财政总收入\n", "    name_zh: [财政总收入\n"),  # invalid YAML
    ],
)
def test_bad_catalog_leaves_the_last_good_files_untouched(fixture_extractor, tmp_path, old, new):
    out = tmp_path / "processed"
    dataset.write_dataset(out_dir=out)
    before = _snapshot(out)
    text = config.catalog_path(None).read_text(encoding="utf-8")
    assert text.count(old) == 1
    bad = tmp_path / "indicators.yml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(UserError) as err:
        dataset.write_dataset(out_dir=out, catalog=bad)
    assert str(err.value).startswith(f"{bad}: ")
    assert _snapshot(out) == before  # same names (no temporaries left) and same bytes


def test_failed_write_removes_temporaries_and_keeps_old_files(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"old\n")
    with pytest.raises(TypeError):
        write_atomic({tmp_path / "a.csv": b"new\n", tmp_path / "b.csv": 12345})
    assert _snapshot(tmp_path) == {"a.csv": b"old\n"}


def test_data_dictionary_describes_every_column_and_every_indicator(fixture_extractor):
    ds = dataset.load_dataset()
    readme = dataset.render_dataset(ds)["README.md"].decode("utf-8")
    assert set(_TABLE_PURPOSE) == set(SCHEMAS) == set(TABLES)  # no stale table descriptions
    for name, schema in SCHEMAS.items():
        section = readme.split(f"## `{name}.csv`")[1].split("\n## ")[0]
        assert list(getattr(ds, name).columns) == column_names(schema)  # every column described, none stale
        for column in schema:
            assert f"| `{column.name}` |" in section and column.description.split()[0] in section
    for indicator_id in list(ds.indicators["indicator_id"]) + list(ds.derived["derived_id"]):
        assert f"`{indicator_id}`" in readme
    assert "1,813.5 亿元" in readme


@pytest.mark.parametrize(
    "mutate,expected",
    [
        (lambda f: f.drop(columns=["detail"]), r"missing columns \['detail'\]"),
        (lambda f: f.assign(extra=1), r"unexpected columns \['extra'\]"),
        (lambda f: f.assign(status="unknown"), r"column status: values \['unknown'\]"),
        (lambda f: f.assign(detail=None), r"row 1, column detail: missing value"),
        (lambda f: f.assign(check_id=1), r"column check_id: expected str"),
    ],
)
def test_schema_validator_rejects(mutate, expected):
    frame = pd.DataFrame(
        [
            {
                "check_id": "c",
                "description": "d",
                "status": "pass",
                "expression": "a < b",
                "arithmetic": "1 < 2",
                "missing": None,
                "detail": "x",
            }
        ]
    )
    assert validate(frame, "checks").equals(frame)
    with pytest.raises(UserError, match=expected):
        validate(mutate(frame), "checks", "checks.csv")


def test_every_schema_column_has_a_description_and_known_kind():
    for schema in SCHEMAS.values():
        names = column_names(schema)
        assert len(names) == len(set(names))
        assert all(c.description.endswith((".", "…")) and c.kind in ("str", "int", "float", "bool") for c in schema)


# --- the real chain: article parser + extractor (no fixture figures) ------------------------------


def test_seed_dataset_on_the_real_extractor():
    ds = dataset.load_dataset()
    assert ds.curated and len(ds.indicators) == 38 and len(ds.derived) == 22
    assert set(ds.checks["status"]) == {"pass"}
    # Every extracted figure is claimed by one indicator or excluded (3 duplicate mentions).
    assert len(ds.figures) == 38 + 3
    assert ds.row("new_materials_output_share_of_industry_ratio")["surface"] == "1/3"


def test_uncurated_article_on_the_real_extractor(tmp_path):
    paths = dataset.write_dataset(OTHER_ARTICLE, out_dir=tmp_path)
    assert len(paths) == 2 * len(TABLES) + 2  # CSV and JSON of each table, README.md, MANIFEST.sha256
    tables = dataset.read_processed(tmp_path)
    assert not tables["indicators"]["curated"].any()
    assert tables["indicators"]["indicator_id"].str.match(r"^auto_f\d{3}_[a-z_]+$").all()
    assert "320.5亿元" in set(tables["indicators"]["surface"])


def test_json_twin_writes_missing_values_as_null():
    from shangyu_analysis.dataset.publish import render_json

    frame = pd.DataFrame({"a": pd.array([1, None], dtype="Int64"), "b": [0.1 + 0.2, float("nan")]})
    assert (
        render_json(frame) == b'[\n  {\n    "a": 1,\n    "b": 0.3\n  },\n  {\n    "a": null,\n    "b": null\n  }\n]\n'
    )


@pytest.mark.slow
def test_cli_data_with_a_broken_catalog_exits_2_and_keeps_files(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    root = tmp_path / "project"
    (root / "data" / "raw").mkdir(parents=True)
    shutil.copy(config.SEED_ARTICLE, root / "data" / "raw")
    for path in config.DATA_DIR.glob("*.yml"):  # the catalog, and the grammar and classifiers the extractor reads
        shutil.copy(path, root / "data" / path.name)
    shutil.copytree(config.ARTICLES_DIR, root / "data" / "articles")
    (root / "pyproject.toml").write_text("", encoding="utf-8")
    env = {**os.environ, "SHANGYU_PROJECT_ROOT": str(root)}
    command = [sys.executable, "-m", "shangyu_analysis.cli", "data"]
    good = subprocess.run(command, env=env, capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    processed = root / "data" / "processed" / config.SEED_NAME
    before = _snapshot(processed)
    assert len(before) == 2 * len(TABLES) + 2
    catalog = root / "data" / "articles" / config.SEED_NAME / "catalog.yml"
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace("    value: 93.69\n", "    value: 93.96\n"), encoding="utf-8"
    )
    bad = subprocess.run(command, env=env, capture_output=True, text=True)
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "Traceback" not in bad.stderr
    assert "'general_budget_revenue_yi_yuan', field value" in bad.stderr
    assert _snapshot(processed) == before
