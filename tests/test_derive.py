"""Derived indicators (values worked out by hand), qualifier propagation and consistency checks."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.indicators.curated import curated_indicators
from shangyu_analysis.indicators.derive import derive, evaluate, propagate_qualifier, run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "indicators"


@pytest.fixture(scope="module")
def seed_indicators(seed_text):
    figures = pd.read_csv(
        FIXTURES / "seed_figures.csv",
        keep_default_na=False,
        na_values=[""],
        dtype={"period": str, "section": str, "subject": str},
    )
    return curated_indicators(load_catalog(), figures, seed_text)


@pytest.fixture(scope="module")
def derived(seed_indicators):
    return derive(seed_indicators)[0].set_index("derived_id")


# Each value below was worked out by hand from the article's numbers (shown in the comment).
HAND_WORKED = [
    ("urban_rural_income_ratio", 1.79553, "exact"),  # 68309 / 38044
    ("urban_rural_income_gap_yuan", 30265.0, "exact"),  # 68309 − 38044
    ("general_budget_share_of_fiscal_revenue_pct", 59.7818, "exact"),  # 93.69 / 156.72
    ("fiscal_revenue_outside_general_budget_yi_yuan", 63.03, "exact"),  # 156.72 − 93.69
    ("new_materials_output_2019_yi_yuan", 517.995, "exact"),  # 604.5 / 1.167
    ("new_materials_profit_2019_yi_yuan", 54.5061, "exact"),  # 75.6 / 1.387
    ("new_materials_profit_margin_pct", 12.5062, "exact"),  # 75.6 / 604.5
    ("new_materials_profit_margin_2019_pct", 10.5225, "exact"),  # 54.5061 / 517.995
    ("new_materials_output_per_firm_yi_yuan", 4.08446, "exact"),  # 604.5 / 148
    ("above_scale_industrial_output_yi_yuan", 1813.5, "less_than"),  # 604.5 / (more than 1/3) → < 3 × 604.5
    ("gdp_2015_yi_yuan", 680.0, "approx_at_least"),  # (more than 1000) − 5 × (about 64): an approximate bound
    ("gdp_average_growth_2016_2020_pct", 8.01852, "approx_at_most"),  # (1000/680)^(1/5) − 1; larger GDP → slower
    ("general_budget_revenue_2015_yi_yuan", 53.69, "at_most"),  # 93.69 − 5 × (at least 8)
    ("general_budget_revenue_average_growth_2016_2020_pct", 11.7789, "at_least"),  # (93.69/53.69)^(1/5) − 1
    ("fiscal_revenue_share_of_gdp_pct", 15.672, "less_than"),  # 156.72 / (more than 1000)
    ("invention_patent_share_pct", 30.5864, "exact"),  # 193 / 631
    ("signed_investment_per_project_yi_yuan", 14.5067, "exact"),  # 667.31 / 46
    ("major_projects_investment_yi_yuan", 250.0, "at_least"),  # 5 × (at least 50)
    ("major_projects_share_of_signed_investment_pct", 37.4638, "at_least"),  # 250 / 667.31
    ("other_projects_investment_per_project_yi_yuan", 10.1783, "at_most"),  # (667.31 − 250) / 41
    ("future_community_floor_area_ratio", 0.32335, "approx"),  # (about 529000 m²) / 1636000 m²
    ("digital_economy_annual_growth_target_pct", 14.8698, "exact"),  # 2^(1/5) − 1
]


@pytest.mark.parametrize("derived_id,value,qualifier", HAND_WORKED)
def test_derived_value_and_qualifier(derived, derived_id, value, qualifier):
    row = derived.loc[derived_id]
    assert row["value"] == pytest.approx(value, rel=2e-5)
    assert row["qualifier"] == qualifier


def test_every_derivation_is_tested_and_documented(derived):
    assert sorted(derived.index) == sorted(d for d, _, _ in HAND_WORKED)
    assert len(derived) >= 12
    for row in derived.itertuples():
        assert row.assumptions and row.assumptions_zh and row.formula
        assert set(row.inputs.split(";")) <= set(row.formula.replace("(", " ").replace(")", " ").split())
        assert row.basis in ("arithmetic", "implied")


# Values that rest on assumptions the page does not state (issue #14: "exact" only where no assumption enters).
IMPLIED = {
    "new_materials_output_2019_yi_yuan",
    "new_materials_profit_2019_yi_yuan",
    "new_materials_profit_margin_2019_pct",
    "new_materials_output_per_firm_yi_yuan",
    "gdp_2015_yi_yuan",
    "gdp_average_growth_2016_2020_pct",
    "general_budget_revenue_2015_yi_yuan",
    "general_budget_revenue_average_growth_2016_2020_pct",
    "fiscal_revenue_share_of_gdp_pct",
    "future_community_floor_area_ratio",
}


def test_implied_values_are_declared_implied_and_say_so(derived):
    implied = set(derived.index[derived["basis"] == "implied"])
    assert implied >= IMPLIED, IMPLIED - implied
    for derived_id in implied:
        row = derived.loc[derived_id]
        # A back-calculated earlier level is named as implied in both languages.
        if "2019" in derived_id or "2015" in derived_id or derived_id.endswith("per_firm_yi_yuan"):
            assert "implied" in row["name_en"] and "推算" in row["name_zh"], derived_id
    # The old "floor-area ratio" is named for what it is.
    far = derived.loc["future_community_floor_area_ratio"]
    assert "not a plot ratio" in far["name_en"] and "非容积率" in far["name_zh"]
    assert "floor-area ratio" not in far["name_en"].lower().replace("floor area per", "")


def test_inputs_are_read_from_the_formula(derived):
    # in the order the formula reads them (review 04 round 2 #10), not alphabetical
    assert derived.loc["gdp_2015_yi_yuan", "inputs"] == "gdp_yi_yuan;gdp_annual_increase_yi_yuan"
    assert derived.loc["new_materials_profit_margin_2019_pct", "inputs"] == (
        "new_materials_profit_2019_yi_yuan;new_materials_output_2019_yi_yuan"
    )


def test_all_seed_checks_pass(seed_indicators):
    checks = derive(seed_indicators)[1]
    assert len(checks) == 15
    assert set(checks["status"]) == {"pass"}
    detail = checks.set_index("check_id").loc["general_budget_below_fiscal_revenue", "detail"]
    assert detail.startswith("93.69 < 156.72 is true")


def test_a_violated_check_fails_with_the_numbers(seed_indicators):
    broken = seed_indicators.copy()
    broken.loc[broken["indicator_id"] == "invention_patents_count", "value"] = 700.0
    checks = derive(broken)[1].set_index("check_id")
    assert checks.loc["invention_patents_within_patents", "status"] == "fail"
    assert checks.loc["invention_patents_within_patents", "detail"].startswith("700 <= 631 is false")
    assert checks.loc["rural_income_below_urban", "status"] == "pass"


def test_missing_inputs_skip_checks_and_drop_derivations(seed_indicators):
    partial = seed_indicators[seed_indicators["indicator_id"] != "patents_count"]
    derived, checks = derive(partial)
    assert "invention_patent_share_pct" not in set(derived["derived_id"])
    assert len(derived) == len(HAND_WORKED) - 1
    row = checks.set_index("check_id").loc["invention_patents_within_patents"]
    assert (row["status"], row["detail"]) == ("skip", "input missing: patents_count")


@pytest.mark.parametrize(
    "formula,values,qualifiers,expected",
    [
        ("a + b", {"a": 1, "b": 2}, {"a": "exact", "b": "exact"}, "exact"),
        ("a + b", {"a": 1, "b": 2}, {"a": "approx", "b": "exact"}, "approx"),
        ("a / b", {"a": 604.5, "b": 1 / 3}, {"a": "exact", "b": "more_than"}, "less_than"),
        ("a / b", {"a": 604.5, "b": 1 / 3}, {"a": "exact", "b": "at_least"}, "at_most"),
        ("a - 5 * b", {"a": 93.69, "b": 8}, {"a": "exact", "b": "at_least"}, "at_most"),
        ("a - 5 * b", {"a": 1000, "b": 64}, {"a": "more_than", "b": "approx"}, "approx_at_least"),  # approximate bound
        ("a / (a - 5 * b)", {"a": 1000, "b": 64}, {"a": "more_than", "b": "approx"}, "approx_at_most"),
        ("a * 2", {"a": 10}, {"a": "approx_at_least"}, "approx_at_least"),  # an approximate bound stays one
        ("a * 0 + b", {"a": 5, "b": 1}, {"a": "approx", "b": "at_least"}, "at_least"),  # unused approximate input
        ("a * b", {"a": 5, "b": 50}, {"a": "exact", "b": "at_least"}, "at_least"),
        ("a * b", {"a": 5, "b": 50}, {"a": "more_than", "b": "at_least"}, "more_than"),  # strict wins
        ("-a", {"a": 5}, {"a": "at_most"}, "at_least"),
        ("a * 0 + b", {"a": 5, "b": 1}, {"a": "more_than", "b": "exact"}, "exact"),  # no dependence, no bound
    ],
)
def test_propagate_qualifier(formula, values, qualifiers, expected):
    assert propagate_qualifier(formula, values, qualifiers) == expected


def test_opposite_bounds_cannot_be_combined():
    with pytest.raises(ValueError, match="opposite directions"):
        propagate_qualifier("a - b", {"a": 10, "b": 1}, {"a": "more_than", "b": "more_than"})


def test_evaluate_whitelists_syntax():
    assert evaluate("2 ** (1 / 5) * a", {"a": 10.0}) == pytest.approx(11.48698355)
    assert evaluate("1 <= a <= 3 and a != 2", {"a": 1.0}) is True
    with pytest.raises(ValueError, match="unsupported syntax"):
        evaluate("__import__('os')", {})


def test_adding_a_derivation_is_one_yaml_entry(tmp_path, seed_indicators):
    from shangyu_analysis import config

    text = config.catalog_path(None).read_text(encoding="utf-8")
    entry = (
        "  - {id: other_patents_count, name_zh: 非发明专利, name_en: Non-invention patents, basis: arithmetic,\n"
        "     formula: patents_count - invention_patents_count, unit: 项, short_unit: patents, precision: 0,\n"
        "     assumptions: Invention patents are part of all patents., assumptions_zh: 发明专利包含在专利总数中。}\n"
    )
    marker = "\n# Consistency checks"
    assert text.count(marker) == 1
    catalog = tmp_path / "indicators.yml"
    catalog.write_text(text.replace(marker, entry + marker), encoding="utf-8")
    derived = derive(seed_indicators, catalog)[0].set_index("derived_id")
    assert len(derived) == len(HAND_WORKED) + 1
    assert derived.loc["other_patents_count", "value"] == 438  # 631 − 193
    assert derived.loc["other_patents_count", "inputs"] == "patents_count;invention_patents_count"


def test_derivation_error_at_run_time_names_entry_and_field(tmp_path, seed_indicators):
    cat = load_catalog()
    cat.derived = [
        dict(cat.derived[0], id="bad_ratio", formula="patents_count / (patents_count - 631)", inputs=["patents_count"])
    ]
    with pytest.raises(UserError, match="derived entry 'bad_ratio', field formula"):
        derive(seed_indicators, cat)


_CATALOG = load_catalog()
_RELATION = {
    "more_than": lambda x, b: x > b,
    "at_least": lambda x, b: x >= b * (1 - 1e-12),
    "less_than": lambda x, b: x < b,
    "at_most": lambda x, b: x <= b * (1 + 1e-12),
    # An approximate bound holds when its approximate inputs are what the text says (they are not
    # drawn below): it is a bound in the bounded inputs, approximate in the others.
    "approx_at_least": lambda x, b: x >= b * (1 - 1e-12),
    "approx_at_most": lambda x, b: x <= b * (1 + 1e-12),
}


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_stated_bounds_hold_for_any_inputs_consistent_with_the_text(seed_indicators, derived, data):
    """Draw true input values allowed by each input's qualifier; every bounded result must respect its bound."""
    catalog = _CATALOG
    stated = dict(zip(seed_indicators["indicator_id"], seed_indicators["value"]))
    qualifiers = dict(zip(seed_indicators["indicator_id"], seed_indicators["qualifier"]))
    true_values = {}
    for name, value in stated.items():
        slack = data.draw(st.floats(min_value=0.0, max_value=0.15), label=name)
        if qualifiers[name] == "more_than":
            slack = max(slack, 1e-6)
        sign = {"more_than": 1, "at_least": 1, "at_most": -1}.get(qualifiers[name], 0)
        true_values[name] = value * (1 + sign * slack)
    for spec in catalog.derived:  # later derivations read earlier ones
        true_values[spec["id"]] = evaluate(spec["formula"], true_values)
    for row in derived.reset_index().itertuples():
        if row.qualifier in _RELATION:
            assert _RELATION[row.qualifier](true_values[row.derived_id], row.value), row.derived_id


def test_a_checks_parts_are_data_and_the_report_words_them_per_language():
    """run_checks publishes the expression, its arithmetic and the missing ids as columns; report.checks words
    them per language (mathematics, the verdict) without parsing the English detail back."""
    from shangyu_analysis.report.checks import check_detail

    catalog = load_catalog()
    checks = run_checks(catalog, {"a": 2.0, "b": 5.0} | {i["id"]: float(i["value"]) for i in catalog.indicators})
    row = checks.set_index("check_id").loc["general_budget_below_fiscal_revenue"]
    assert row["expression"] == "general_budget_revenue_yi_yuan < fiscal_revenue_yi_yuan"
    assert row["arithmetic"] == "93.69 < 156.72" and pd.isna(row["missing"])
    assert check_detail(row.to_dict(), "zh") == "93.69 < 156.72:成立"
    assert check_detail(row.to_dict(), "en") == "93.69 < 156.72 is true"
    failed = {"status": "fail", "arithmetic": "1 <= 8 <= 100 and 700 * 2 / 4 >= 9"}
    assert check_detail(failed, "en") == "1 ≤ 8 ≤ 100 and 700 × 2 ÷ 4 ≥ 9 is false"
    assert check_detail(failed, "zh") == "1 ≤ 8 ≤ 100 且 700 × 2 ÷ 4 ≥ 9:不成立"
    skipped = {"status": "skip", "arithmetic": None, "missing": "patents_count"}
    assert check_detail(skipped, "en") == "input missing: patents_count"
