"""The article beside official statistics (dataset/context.py, dataset/crosscheck.py, report/incontext.py): the
seed's cross-check rows and verdicts, the arithmetic each row shows, the caveats carried, rows an analyst adds to
the reference CSV, and an article without the curated claims."""

from __future__ import annotations

import csv
import math
import re
import shutil

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import context, crosscheck, load_published, load_reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.files import sha256_file
from shangyu_analysis.report import incontext
from shangyu_analysis.schema import CROSS_CHECK, REFERENCE, TIMELINE, column_names

DEFAULT_REFERENCE = config.DATA_DIR / "reference" / "shangyu.csv"  # the seed place's reference table

# check_id → (verdict, reason, result rounded to 2 decimals, caveats)
SEED_ROWS = {
    "gdp_yi_yuan:2018:secondary": ("consistent", "within_band", 4.45, "real_vs_nominal;preliminary;secondary"),
    "gdp_yi_yuan:2023:official": ("consistent", "within_band", 9.63, "real_vs_nominal;preliminary;boundary_change"),
    "gdp_2015_yi_yuan:2013:official": ("consistent", "within_band", 4.31, "real_vs_nominal;preliminary"),
    "gdp_2015_yi_yuan:2018:secondary": ("consistent", "within_band", 10.46, "real_vs_nominal;preliminary;secondary"),
    "gdp_annual_increase_yi_yuan:2018:secondary": ("consistent", "holds", 1044.52, "preliminary;secondary"),
    "fiscal_revenue_yi_yuan:2018:secondary": ("not_checkable", "no_band", 5.33, "secondary"),
    "general_budget_revenue_yi_yuan:2023:official": (
        "not_checkable",
        "no_band",
        1.40,
        "real_vs_nominal;preliminary;boundary_change",
    ),
    "general_budget_revenue_2015_yi_yuan:2023:official": (
        "not_checkable",
        "no_band",
        7.77,
        "real_vs_nominal;preliminary;boundary_change",
    ),
    "general_budget_revenue_annual_increase_yi_yuan:none": ("not_checkable", "no_reference_year", None, None),
    "urban_income_per_capita_yuan:2023:official": (
        "not_checkable",
        "no_band",
        6.00,
        "real_vs_nominal;preliminary;population_bases;boundary_change",
    ),
    "rural_income_per_capita_yuan:2023:official": (
        "not_checkable",
        "no_band",
        7.73,
        "real_vs_nominal;preliminary;population_bases;boundary_change",
    ),
    "above_scale_industrial_output_yi_yuan:2023:official": (
        "not_checkable",
        "different_measure",
        None,
        "preliminary;boundary_change",
    ),
}


@pytest.fixture(scope="module")
def seed():
    return load_published()


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture(scope="module")
def checks(seed, reference):
    return crosscheck.cross_check(seed, reference)


def evaluate(arithmetic: str) -> list[tuple[float, float]]:
    """Each ``expression = result`` step of an arithmetic cell, evaluated: (computed, shown)."""
    steps = []
    for step in arithmetic.split(";"):
        expression, _, shown = step.rpartition("=")
        python = expression.replace("×", "*").replace("−", "-").replace("^", "**")
        assert re.fullmatch(r"[\d\s.+\-*/()]+", python), python
        steps.append((eval(python), float(shown)))
    return steps


# --- the seed's rows -------------------------------------------------------------------------------------------
def test_the_seed_cross_check_rows_and_verdicts(checks):
    assert list(checks.columns) == column_names(CROSS_CHECK)
    assert list(checks["check_id"]) == list(SEED_ROWS)
    for row in checks.itertuples():
        verdict, reason, result, caveats = SEED_ROWS[row.check_id]
        assert (row.verdict, row.reason) == (verdict, reason), row.check_id
        assert (None if pd.isna(row.caveats) else row.caveats) == caveats, row.check_id
        if result is None:
            assert pd.isna(row.result) and pd.isna(row.arithmetic)
        else:
            assert round(row.result, 2) == pytest.approx(result), row.check_id
    assert set(checks["verdict"]) == {"consistent", "not_checkable"}  # nothing the seed says is contradicted


def test_every_row_names_its_formula_and_its_arithmetic_gives_its_result(checks):
    assert set(checks["formula"]) <= set(crosscheck.FORMULAS)
    for row in checks.dropna(subset=["arithmetic"]).itertuples():
        [(computed, shown)] = evaluate(row.arithmetic)
        assert computed == pytest.approx(row.result, abs=0.01) and shown == pytest.approx(row.result, abs=0.005)


def test_growth_is_nominal_and_the_stated_rate_says_its_basis(checks):
    rows = checks.set_index("check_id")
    growth = rows[rows["formula"] == "average_growth"]
    band = load_band(load_reference())
    gdp = growth[growth["series"] == "gdp"]
    assert set(growth["implied_basis"]) == {"nominal"} and set(gdp["accept_low"]) == {band.low}
    assert growth.loc[growth["series"] != "gdp", "accept_low"].isna().all()  # no real rate stated: no band
    assert rows.loc["gdp_yi_yuan:2018:secondary", "stated_basis"] == "real"  # 按可比价计算 in the excerpt
    assert rows.loc["general_budget_revenue_yi_yuan:2023:official", "stated_basis"] == "unstated"
    assert pd.isna(rows.loc["fiscal_revenue_yi_yuan:2018:secondary", "stated_basis"])  # no rate stated
    # A lower bound after the reference year bounds growth from below; before it, from above.
    assert rows.loc["gdp_yi_yuan:2018:secondary", "result_qualifier"] == "more_than"
    assert rows.loc["gdp_yi_yuan:2023:official", "result_qualifier"] == "less_than"
    assert rows.loc["gdp_annual_increase_yi_yuan:2018:secondary", "accept_low"] == 1000  # the 2020 claim


def test_year_before_only_where_the_stated_rate_is_not_real(checks):
    before = crosscheck.year_before(checks)
    assert list(before["check_id"]) == [
        "general_budget_revenue_yi_yuan:2023:official",
        "urban_income_per_capita_yuan:2023:official",
        "rural_income_per_capita_yuan:2023:official",
    ]
    revenue = before.iloc[0]
    assert revenue["prior_year"] == 2022 and revenue["prior_level"] == pytest.approx(97.67 / 1.073)
    assert revenue["prior_growth_pct"] == pytest.approx(-1.4324, abs=1e-4)  # below the 2020 level
    for row in before.itertuples():
        # a back-cast in yuan is shown to the yuan (review 02_03_05 #28), one in 亿元 to two decimals
        assert all(
            shown == pytest.approx(computed, abs=0.5 if shown.is_integer() else 0.01)
            for computed, shown in evaluate(row.arithmetic)
        )


def test_the_timeline_says_what_each_point_is(seed, reference):
    timeline = context.timeline(seed, reference)
    assert list(timeline.columns) == column_names(TIMELINE)
    points = {(r.year, r.origin): (r.value, r.qualifier, r.caveats) for r in timeline.itertuples()}
    assert points[(2010, "secondary")] == (436.26, "exact", "former_unit;secondary")
    assert points[(2013, "official")][0] == 624.98 and points[(2023, "official")][2] == "preliminary;boundary_change"
    assert points[(2018, "secondary")][0] == 916.52  # three copies of one value: one point
    assert points[(2020, "article")][:2] == (1000, "more_than")
    assert points[(2015, "derived")][0] == 680 and points[(2015, "derived")][1] in ("more_than", "approx_at_least")
    assert list(timeline["year"]) == sorted(timeline["year"])


def test_the_sector_structure_and_its_check_from_value_added(reference):
    structure = context.sector_structure(reference)
    assert sorted(set(structure["year"])) == [2012, 2013, 2022, 2023]
    assert list(structure.loc[structure["year"] == 2012, "share_pct"]) == [6.9, 55.9, 37.2]
    recomputed = structure.dropna(subset=["share_from_va_pct"])
    assert sorted(set(recomputed["year"])) == [2013, 2023]
    assert (recomputed["share_from_va_pct"].round(1) == recomputed["share_pct"]).all()
    for row in recomputed.itertuples():
        assert evaluate(row.arithmetic)[0][0] == pytest.approx(row.share_from_va_pct)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_display_frames_speak_the_report_language(seed, reference, checks, lang):
    claims = context.article_claims(seed)
    shown = incontext.checks_table(checks, claims, reference, lang)
    words = set(shown["verdict"]) | set(shown["rule"]) | set(shown["formula"])
    ascii_words = {w for w in words if re.search(r"[A-Za-z]", w)}
    assert (ascii_words == set()) if lang == "zh" else (ascii_words == words)
    assert shown.loc[0, "caveats"] == "①②⑥" and shown.loc[0, "claim_value"] in (
        "超过1000亿元",
        "more than CNY 100 billion (1000亿元)",
    )
    caveats = incontext.caveats_table([context.timeline(seed, reference), checks], checks, claims, lang)
    assert [c[0] for c in caveats["caveat"]] == list("①②③④⑤⑥")


# --- what an analyst changes -------------------------------------------------------------------------------------
def _with_rows(tmp_path, *rows: dict):
    """A copy of the reference CSV with ``rows`` added and its sidecar's sha256 updated, as the README says."""
    path = tmp_path / "region.csv"
    shutil.copy(DEFAULT_REFERENCE, path)
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, column_names(REFERENCE), lineterminator="\n")
        for row in rows:
            writer.writerow(row)
    sidecar = DEFAULT_REFERENCE.with_suffix(".source.yml").read_text(encoding="utf-8")
    sidecar = re.sub(r"(?m)^sha256: .*$", f"sha256: {sha256_file(path)}", sidecar)
    path.with_suffix(".source.yml").write_text(sidecar, encoding="utf-8")
    return path


def gdp_row(year: int, value: float, status: str = "official", growth: str = "") -> dict:
    return {
        "indicator_id": "gdp",
        "indicator_zh": "地区生产总值",
        "year": year,
        "value": value,
        "unit": "亿元",
        "status": status,
        "growth_pct": growth,
        "value_as_written": f"{value:g}",
        "unit_as_written": "亿元",
        "source_title": f"{year}年上虞区国民经济和社会发展统计公报",
        "source_publisher": "绍兴市上虞区统计局",
        "source": f"https://example.invalid/{year}",
        "excerpt": f"地区生产总值{value:g}亿元,按可比价计算增长{growth}%",
    }


def test_an_added_gdp_year_is_drawn_and_checked(seed, tmp_path):
    path = _with_rows(tmp_path, gdp_row(2019, 980.0, growth="6.9"))
    reference = load_reference(path)  # the sidecar's new sha256 is checked
    timeline = context.timeline(seed, reference)
    added = timeline[timeline["year"] == 2019]
    assert list(added["origin"]) == ["official"] and list(added["value"]) == [980.0]
    assert int(added["reference_row"].iloc[0]) == len(reference) + 1  # its line in the CSV
    checks = crosscheck.cross_check(seed, reference).set_index("check_id")
    # The 2020 claim is now paired with 2019 (its nearest earlier year), no longer with 2018 …
    assert "gdp_yi_yuan:2019:official" in checks.index and "gdp_yi_yuan:2018:secondary" not in checks.index
    assert checks.loc["gdp_yi_yuan:2019:official", "result"] == pytest.approx(100 * (1000 / 980 - 1))
    # … and the 64亿元 a year carried from 2019 to 2020 is checked too (980 + 64 = 1044 > 1000).
    assert checks.loc["gdp_annual_increase_yi_yuan:2019:official", "verdict"] == "consistent"
    # The notebook's parameter takes the same path, relative to the project root or absolute.
    assert load_reference(str(path)).equals(reference)


def test_a_contradicting_value_is_inconsistent(seed, tmp_path):
    reference = load_reference(_with_rows(tmp_path, gdp_row(2020, 950.0), gdp_row(2021, 700.0)))
    checks = crosscheck.cross_check(seed, reference).set_index("check_id")
    same = checks.loc["gdp_yi_yuan:2020:official"]  # the claim's own year: compared directly
    assert (same["formula"], same["verdict"], same["reason"]) == ("same_year", "inconsistent", "fails")
    assert same["arithmetic"] == "100 × (1000 / 950 − 1) = 5.26"
    increase = checks.loc["gdp_annual_increase_yi_yuan:2020:official"]  # 950 + 0 × 64 is not more than 1000
    assert increase["verdict"] == "inconsistent" and increase["result_qualifier"] == "exact"
    assert "gdp_yi_yuan:2021:official" not in checks.index  # the same year settles it: no neighbours needed


def test_growth_outside_the_band_is_inconsistent(seed, tmp_path):
    reference = load_reference(_with_rows(tmp_path, gdp_row(2021, 700.0, status="secondary")))
    row = crosscheck.cross_check(seed, reference).set_index("check_id").loc["gdp_yi_yuan:2021:secondary"]
    assert row["result"] == pytest.approx(-30.0) and row["result_qualifier"] == "less_than"
    assert (row["verdict"], row["reason"]) == ("inconsistent", "outside_band")
    assert row["caveats"] == "preliminary;boundary_change;secondary"  # a bulletin title: preliminary


def test_meets_and_growth_handle_open_bounds():
    assert crosscheck.meets(4.45, math.inf, (6.9, 13.9))
    assert not crosscheck.meets(-math.inf, -30, (6.9, 13.9))
    assert crosscheck.growth(math.inf, 1, 2) == math.inf and crosscheck.growth(1, math.inf, 2) == -100
    assert crosscheck.claim_range(8, "at_least") == (8, math.inf)
    assert crosscheck.claim_range(6, "range", 8) == (6, 8)


# --- another article ---------------------------------------------------------------------------------------------
def test_an_article_without_the_curated_claims_keeps_the_reference_side(reference):
    corpus = sorted((config.PROJECT_ROOT / "data" / "corpus").glob("*.txt"))[0]
    other = load_published(corpus)
    # without claims.yml its claims come by measure and place (series.yml), none of them against another place
    claims = context.article_claims(other)
    assert len(claims) and set(claims["formula"]) == {"average_growth"}
    other.indicators = other.indicators.iloc[0:0]  # a page with no indicator the reference bears on
    assert context.article_claims(other).empty
    checks = crosscheck.cross_check(other, reference)
    assert checks.empty and list(checks.columns) == column_names(CROSS_CHECK)
    timeline = context.timeline(other, reference)
    assert set(timeline["origin"]) == {"official", "secondary"} and len(timeline) == 4
    claims = context.article_claims(other)
    assert (
        incontext.caveats_table([timeline, checks], checks, claims, "en")["applies_to"]
        .eq("see the marks in the tables")
        .all()
    )
    assert incontext.claims_by_verdict(checks, claims, "zh") == {
        "consistent": [],
        "inconsistent": [],
        "not_checkable": [],
    }
