"""Claims as data and reference statistics by place (issue #20, docs/ARTICLES.md, “Claims”): a page's claims.yml,
the automatic claims by measure, the reference file of the page's place only, and the place's caveats as data."""

from __future__ import annotations

import shutil

import pytest

from shangyu_analysis import config
from shangyu_analysis.dataset import claims as claims_module
from shangyu_analysis.dataset import context, crosscheck, load_published, load_reference, reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.errors import UserError
from shangyu_analysis.report import questions, verdicts
from shangyu_analysis.schema import REFERENCE, column_names

PAGE2 = "data/raw/rmrb_2025-01-08_p10_jiangning.txt"
PACKAGE = config.PROJECT_ROOT / "shangyu_analysis"
# The seed's counterparts as they were typed in context.COUNTERPARTS before they became its claims.yml
SEED_COUNTERPARTS = [
    ("gdp_yi_yuan", "gdp", "average_growth", None, None),
    ("gdp_2015_yi_yuan", "gdp", "average_growth", 2015, None),
    ("gdp_annual_increase_yi_yuan", "gdp", "level_from_increase", None, "gdp_yi_yuan"),
    ("fiscal_revenue_yi_yuan", "fiscal_total_rev", "average_growth", None, None),
    ("general_budget_revenue_yi_yuan", "gen_budget_rev", "average_growth", None, None),
    ("general_budget_revenue_2015_yi_yuan", "gen_budget_rev", "average_growth", 2015, None),
    (
        "general_budget_revenue_annual_increase_yi_yuan",
        "gen_budget_rev",
        "level_from_increase",
        None,
        "general_budget_revenue_yi_yuan",
    ),
    ("urban_income_per_capita_yuan", "income_urban", "average_growth", None, None),
    ("rural_income_per_capita_yuan", "income_rural", "average_growth", None, None),
    ("above_scale_industrial_output_yi_yuan", "ind_va_above_scale", "different_measure", 2020, None),
]


@pytest.fixture(scope="module")
def page2():
    return load_published(PAGE2)


def test_the_seed_claims_yml_gives_the_counterparts_the_code_had(seed):
    found = [(c.claim, c.series, c.formula, c.year, c.level) for c in claims_module.counterparts(seed)]
    assert found == SEED_COUNTERPARTS
    assert claims_module.article_place(seed) == ("上虞", "Shangyu")


def test_without_claims_yml_the_claims_come_by_measure_and_place(page2, tmp_path, monkeypatch):
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path)  # the page as it would be without its claims.yml
    assert not claims_module.claims_path(PAGE2).exists()
    claims = context.article_claims(page2)
    table = claims_module.measure_series()
    rows = page2.indicators.set_index("indicator_id").loc[claims["claim_id"]]
    assert len(claims) and set(rows["place"]) == {"江宁"} and set(claims["formula"]) == {"average_growth"}
    assert all(s in table[m] for s, m in zip(claims["series"], rows["measure"]))
    assert claims.attrs["page"]["place"] == "江宁"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"measure": "地区生产总值", "colour": "red"}, "unknown key 'colour'"),
        ({"measure": "地区生产总值", "formula": "guess"}, "formula 'guess' is not one of"),
        ({"series": "gdp"}, "needs id or measure"),
        ({"measure": "其他:无名"}, "no series"),
    ],
)
def test_a_bad_claims_yml_entry_is_one_line_naming_the_file(tmp_path, monkeypatch, page2, entry, problem):
    import yaml

    folder = tmp_path / "rmrb_2025-01-08_p10_jiangning"
    folder.mkdir()
    (folder / "claims.yml").write_text(yaml.safe_dump({"claims": [entry]}, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path)
    with pytest.raises(UserError, match=problem) as caught:
        claims_module.counterparts(page2)
    assert "claims.yml" in str(caught.value) and "\n" not in str(caught.value)


def test_a_series_table_measure_outside_the_vocabulary_is_refused(tmp_path):
    path = tmp_path / "series.yml"
    path.write_text("series:\n  不存在的度量: gdp\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"not a measure of data/measures\.yml"):
        claims_module.measure_series(path)


def test_reference_files_are_chosen_by_the_short_name_of_their_place():
    assert reference.place_names("江宁区 (南京市, 江苏省)") == ("江宁", "Jiangning")
    assert reference.reference_for("上虞区 (绍兴市, 浙江省)").name == "shangyu.csv"
    assert reference.reference_for("江宁").name == "jiangning.csv"
    assert reference.reference_for("浦江县") is None
    assert load_reference().attrs["reference"]["place"] == "上虞"  # default: the seed's place


def test_another_place_gets_no_rows_never_another_places_statistics():
    empty = load_reference(place="浦江")
    assert empty.empty and list(empty.columns) == column_names(REFERENCE)
    assert load_reference("data/reference/shangyu.csv", place="江宁").empty
    assert len(load_reference("data/reference/shangyu.csv", place="上虞区"))


def test_two_files_of_one_place_are_refused(tmp_path, monkeypatch):
    for name in ("jiangning", "jiangning_copy"):
        shutil.copy(reference.REFERENCE_DIR / "jiangning.csv", tmp_path / f"{name}.csv")
        shutil.copy(reference.REFERENCE_DIR / "jiangning.source.yml", tmp_path / f"{name}.source.yml")
    monkeypatch.setattr(reference, "REFERENCE_DIR", tmp_path)
    with pytest.raises(UserError, match="names the same place"):
        reference.reference_for("江宁")


def test_place_caveats_are_the_sidecars_data():
    seed_ref, page2_ref = load_reference(), load_reference(place="江宁")
    old = seed_ref[seed_ref["year"] < 2013].iloc[0]
    years = seed_ref.attrs["reference"]["caveat_years"]
    assert "former_unit" in context.caveats_of(old, years) and "former_unit" not in context.caveats_of(old)
    assert context.boundary_year(years) == 2021 and context.boundary_year({}) is None
    for _, row in page2_ref.iterrows():  # no boundary change or former unit declared for 江宁
        caveats = context.caveats_of(row, page2_ref.attrs["reference"]["caveat_years"])
        assert not {"former_unit", "boundary_change"} & set(caveats)


def test_the_second_page_is_checked_against_its_own_place_only(page2):
    ref = load_reference(place=claims_module.article_place(page2)[0])
    checks = crosscheck.cross_check(page2, ref)
    assert len(checks) and set(checks["reference_row"].dropna()) <= set(range(2, len(ref) + 2))
    assert checks.attrs["reference"]["file"] == "jiangning.csv"
    claims = context.article_claims(page2, reference=ref)
    for lang in ("zh", "en"):
        band = verdicts.band_sentence(load_band(ref), lang)
        assert ("江宁" in band or "Jiangning" in band) and "上虞" not in band and "Shangyu" not in band
        assert verdicts.boundary_sentence(checks, claims, lang) == ""
        assert "上虞" not in questions.sides(checks, claims, lang)


def test_the_package_names_no_place_of_the_seed_in_the_modules_of_05():
    modules = [
        "dataset/context.py",
        "dataset/crosscheck.py",
        "dataset/backcast.py",
        "dataset/band.py",
        "dataset/claims.py",
        "dataset/reference.py",
        "report/incontext.py",
        "report/verdicts.py",
        "report/bandwords.py",
        "report/questions.py",
    ]
    seed_ids = {c[0] for c in SEED_COUNTERPARTS}
    for name in modules:
        text = (PACKAGE / name).read_text(encoding="utf-8")
        assert "上虞" not in text and "Shangyu" not in text, name
        assert not [i for i in seed_ids if i in text], name
    notebook = (config.NOTEBOOKS_DIR / "05_in_context.py").read_text(encoding="utf-8")
    code = notebook.split("# %% tags=[\"setup\"]", 1)[1]  # the parameters cell names the seed as its default
    assert "上虞" not in code and "Shangyu" not in code and "shangyu.csv" not in code


def test_a_measure_the_series_table_maps_to_no_series_gives_no_claim(page2, tmp_path, monkeypatch):
    """Found by the type checker: a measure series.yml lists with no series (``measure: []``) made an automatic
    claim with series None, which no reference point matches and the cross-check table refuses; it gives none."""
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path)  # the page as it would be without its claims.yml
    found = claims_module.counterparts(page2)
    measure = page2.indicators.set_index("indicator_id").loc[found[0].claim, "measure"]
    table = claims_module.measure_series()
    monkeypatch.setattr(claims_module, "measure_series", lambda: {**table, measure: ()})
    emptied = claims_module.counterparts(page2)
    assert all(c.series for c in emptied)
    assert found[0].claim not in {c.claim for c in emptied} and len(emptied) < len(found)
