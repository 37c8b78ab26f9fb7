"""Catalog loading, figure matching (both-way validation) and the automatic fallback."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.automatic import auto_indicators, guess_category
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.indicators.curated import curated_indicators, find_claims
from shangyu_analysis.schema import INDICATORS, column_names

FIXTURES = Path(__file__).parent / "fixtures" / "indicators"


def seed_figures() -> pd.DataFrame:
    """The 41 hand-checked figure mentions of the seed (offsets, sentences) as the extractor would give them."""
    return pd.read_csv(
        FIXTURES / "seed_figures.csv",
        keep_default_na=False,
        na_values=[""],
        dtype={"period": str, "section": str, "subject": str},
    )


def edited_catalog(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the real catalog with the one occurrence of ``old`` replaced by ``new``."""
    text = config.catalog_path(None).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    path = tmp_path / "indicators.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def build(catalog_path, seed_text, figures=None):
    return curated_indicators(load_catalog(catalog_path), seed_figures() if figures is None else figures, seed_text)


def test_catalog_has_enough_curated_entries_and_reasoned_exclusions():
    catalog = load_catalog()
    assert len(catalog.indicators) == 38
    assert len(catalog.excluded) == 3
    assert all(len(e["reason"]) > 20 for e in catalog.excluded)
    assert all(e["why"] and e["description_en"] for e in catalog.indicators)
    assert catalog.describes(config.SEED_ARTICLE)
    assert not catalog.describes(FIXTURES / "other_article.txt")


def test_catalog_ids_end_in_their_unit():
    suffixes = ("_yi_yuan", "_yuan", "_pct", "_count", "_ratio", "_province", "_multiple", "_hectare", "_wan_m2")
    assert [i for i in load_catalog().ids if not i.endswith(suffixes)] == []


def test_seed_indicators_claim_every_figure(seed_text):
    table = build(None, seed_text)
    assert list(table.columns) == column_names(INDICATORS)
    assert len(table) == 38
    assert table["curated"].all()
    assert table["figure_id"].is_unique
    # 38 claimed + 3 excluded duplicates = all 41 reference figures.
    assert len(set(table["figure_id"])) + 3 == len(seed_figures())
    row = table.set_index("indicator_id").loc["fiscal_revenue_yi_yuan"]
    assert (row["value"], row["unit"], row["qualifier"], row["surface"], row["start"]) == (
        156.72,
        "亿元",
        "exact",
        "156.72亿元",
        292,
    )
    share = table.set_index("indicator_id").loc["new_materials_output_share_of_industry_ratio"]
    assert share["value"] == pytest.approx(1 / 3, rel=1e-12)  # "1/3" in the catalog stays exact
    assert share["qualifier"] == "more_than"


def test_the_two_identical_surfaces_in_one_sentence_are_told_apart_by_context(seed_text):
    table = build(None, seed_text).set_index("indicator_id")
    assert table.loc["new_listed_companies_count", "start"] == 1583
    assert table.loc["new_eagle_enterprises_count", "start"] == 1595


def test_find_claims_needs_the_context_next_to_the_figure(seed_text):
    figures = seed_figures()
    assert len(find_claims(figures, seed_text, "2家", "上市公司2家")) == 1
    assert len(find_claims(figures, seed_text, "2家", "新增上市公司")) == 1  # adjacent context still counts
    assert find_claims(figures, seed_text, "2家", "省政府质量奖") == []  # same sentence, too far away


@pytest.mark.parametrize(
    "old,new,expected",
    [
        (
            "context: 财政总收入156.72亿元}",
            "context: 财政总收入156.72万元}",
            "'fiscal_revenue_yi_yuan', field match: no extracted",
        ),
        ("{surface: 2家, context: 新增上市公司2家}", "{surface: 2家, context: 2家}", "field match: 2 figures"),
        ("    value: 156.72\n", "    value: 156.27\n", "'fiscal_revenue_yi_yuan', field value: catalog says 156.27"),
        ("    value: 148\n", "    value: 148\n    unit_typo: x\n", None),  # unknown extra fields are tolerated
        (
            "    value: 38.7\n    unit: \"%\"",
            "    value: 38.7\n    unit: 个",
            "'new_materials_profit_growth_pct', field unit",
        ),
        (
            "    qualifier: more_than\n    precision: 0\n    why: The headline size",
            "    qualifier: exact\n    precision: 0\n    why: The headline size",
            "'gdp_yi_yuan', field qualifier: catalog says exact, the text says more_than",
        ),
    ],
)
def test_entry_that_disagrees_with_the_text_names_entry_and_field(tmp_path, seed_text, old, new, expected):
    path = edited_catalog(tmp_path, old, new)
    if expected is None:
        assert len(build(path, seed_text)) == 38
        return
    with pytest.raises(UserError) as err:
        build(path, seed_text)
    assert str(path) in str(err.value) and expected in str(err.value)


def test_figure_claimed_by_nothing_is_an_error(tmp_path, seed_text):
    path = edited_catalog(tmp_path, "  - surface: 九大类\n    context: 涵盖九大类专项\n", "")
    with pytest.raises(UserError, match=r"'九大类' at offset 2038 .* claimed by no indicators entry"):
        build(path, seed_text)


def test_exclusion_that_matches_no_figure_is_an_error(tmp_path, seed_text):
    path = edited_catalog(tmp_path, "context: 涵盖九大类专项", "context: 涵盖十大类专项")
    with pytest.raises(UserError, match=r"excluded entry #2 \('九大类'\), field context: matches 0"):
        build(path, seed_text)


def test_two_entries_claiming_one_figure_is_an_error(tmp_path, seed_text):
    path = edited_catalog(
        tmp_path,
        "{surface: 八大, context: 重点培育的八大产业集群}",
        "{surface: 八大, context: 开展八大产业集群培育工程}",
    )
    with pytest.raises(UserError, match="claimed by indicator 'key_industry_clusters_count'"):
        build(path, seed_text)


@pytest.mark.parametrize(
    "old,new,expected",
    [
        (
            "    name_en: Total fiscal revenue\n",
            "",
            "indicators entry 'fiscal_revenue_yi_yuan', field name_en: required",
        ),
        (
            "    category: fiscal\n    value: 156.72",
            "    category: finance\n    value: 156.72",
            "'fiscal_revenue_yi_yuan', field category: unknown category 'finance'",
        ),
        (
            "  - id: fiscal_revenue_rank_province",
            "  - id: fiscal_revenue_yi_yuan",
            "'fiscal_revenue_yi_yuan', field id: duplicate",
        ),
        ("    value: 1/3\n", "    value: about a third\n", "field value: must be a number"),
        (
            "    qualifier: at_least\n    precision: 0\n    why: Bounds",
            "    qualifier: roughly\n    precision: 0\n    why: Bounds",
            "'general_budget_revenue_annual_increase_yi_yuan', field qualifier: unknown qualifier",
        ),
        (
            "formula: urban_income_per_capita_yuan / rural_income_per_capita_yuan",
            "formula: urban_income_per_capita_yuan / rural_incme_per_capita_yuan",
            "derived entry 'urban_rural_income_ratio', field formula: unknown indicator id 'rural_incme_per_capita_yuan'",
        ),
        (
            "expression: invention_patents_count <= patents_count",
            "expression: invention_patent_count <= patents_count",
            "checks entry 'invention_patents_within_patents', field expression: unknown indicator id",
        ),
        (
            "formula: signed_investment_yi_yuan / signed_projects_count",
            "formula: signed_investment_yi_yuan / / 2",
            "derived entry 'signed_investment_per_project_yi_yuan', field formula: not a valid expression",
        ),
    ],
)
def test_broken_catalog_fails_on_load_naming_file_entry_and_field(tmp_path, old, new, expected):
    path = edited_catalog(tmp_path, old, new)
    with pytest.raises(UserError) as err:
        load_catalog(path)
    assert str(err.value).startswith(f"{path}: ")
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_invalid_yaml_names_the_line(tmp_path):
    path = edited_catalog(tmp_path, "    name_zh: 财政总收入\n", "    name_zh: [财政总收入\n")
    with pytest.raises(UserError, match=r"invalid YAML at line \d+, column \d+"):
        load_catalog(path)


def test_missing_catalog_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match=r"nope\.yml: no such file"):
        load_catalog(tmp_path / "nope.yml")


def test_auto_indicators_for_an_uncurated_article():
    figures = seed_figures().iloc[[0, 2, 9, 30]].reset_index(drop=True)
    table = auto_indicators(figures)
    assert list(table.columns) == column_names(INDICATORS)
    assert list(table["indicator_id"]) == ["auto_f001_money", "auto_f002_money", "auto_f003_count", "auto_f004_money"]
    assert not table["curated"].any()
    assert list(table["category"]) == ["economy", "fiscal", "industry", "investment"]
    assert list(table["precision"]) == [0, 2, 0, 2]
    # Named by the facts: place · measure · period (issue #19), in zh and en, as a draft catalog names them (issue
    # #20): a measure that is a piece of a sentence (上虞区集聚规上新材料产业) gives way to the kind and unit.
    assert list(table["name_zh"]) == [
        "上虞 · 地区生产总值年均增加 · 2016—2020年",
        "上虞 · 财政总收入 · 2016—2020年",
        "上虞 · 数量(家) · 发稿时",
        "上虞 · 投资额 · 2020年",
    ]
    assert not any(re.search(r"figure \d|None", name) for name in table["name_en"]), list(table["name_en"])
    assert table["name_en"].iloc[1] == "Shangyu · total fiscal revenue · 2016–2020 (automatic)"
    assert list(table["period_basis"]) == ["stated"] * 4 and table["period_evidence"].iloc[0] == "“十三五”"


def test_auto_indicators_of_no_figures_is_an_empty_valid_table():
    table = auto_indicators(seed_figures().iloc[0:0])
    assert len(table) == 0 and list(table.columns) == column_names(INDICATORS)


@pytest.mark.parametrize(
    "subject,sentence,kind,expected",
    [
        ("数字经济核心产业增加值", "", "money", "digital_economy"),
        (None, "全年实现税收收入20亿元", "money", "fiscal"),
        (None, "无关的话", "area", "urban_development"),
        (None, "无关的话", None, "economy"),
    ],
)
def test_guess_category(subject, sentence, kind, expected):
    assert guess_category(subject, sentence, kind) == expected


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("杭州力争生产总值年均增长", "GDP, average annual growth"),
        ("人均生产总值", "GDP per capita"),  # the longest term wins over 生产总值
        ("居民人均可支配收入", "Per-capita disposable income"),
        ("高新技术产业增加值同比增长", "High-tech industry value added, year-on-year growth"),
        ("观察员", None),
        (None, None),
    ],
)
def test_automatic_indicators_get_english_names_from_the_terms_table(subject, expected):
    from shangyu_analysis.extract.measures import measure_en

    assert measure_en(subject) == expected


# --- periods with a basis (issue #14) ---------------------------------------------------------------------
def _period_consistent(period: str, evidence: str, date) -> bool:
    """A stated period says what its evidence says: 2020年 → 2020, “十三五” → 2016–2020, 目前 → the article's
    year, 去年以来 → from the year before the article's to its year."""
    from shangyu_analysis.text.periods import resolve_period

    if evidence in ("目前",):
        return period == str(date.year)
    period = period.replace("–", "-")  # the catalog writes spans with an en dash, FACTS.md with a hyphen
    resolved = resolve_period(evidence, date)
    if evidence.endswith("以来"):
        return resolved is not None and period == f"{resolved}-{date.year}"
    return resolved == period


def test_every_stated_period_is_stated_by_the_page(seed_article):
    """The catalog against the sentences: a stated period's words occur in the figure's sentence or earlier in its
    paragraph (the rule of curated.evidence_found), and they mean the period the catalog gives."""
    from shangyu_analysis.dataset import load_dataset
    from shangyu_analysis.indicators.curated import evidence_found

    ds = load_dataset()
    text = seed_article.text
    stated = ds.indicators[ds.indicators["period_basis"] == "stated"]
    assert len(stated) >= 15
    for row in stated.itertuples():
        assert evidence_found(text, row.sentence, int(row.start), row.period_evidence), row.indicator_id
        assert _period_consistent(row.period, row.period_evidence, seed_article.date), row.indicator_id
    for row in ds.indicators.itertuples():
        if row.period_basis == "inferred":
            assert row.period and row.period_note and row.period_note_zh, row.indicator_id
        if row.period_basis == "unknown":
            assert pd.isna(row.period) and row.period_note and row.period_note_zh, row.indicator_id


@pytest.mark.parametrize(
    "indicator_id,basis,period",
    [
        ("patents_count", "stated", "2021"),  # 目前: a stock as of publication, not the patents of 2021 (review #1)
        ("fiscal_revenue_yi_yuan", "inferred", "2020"),  # a 十三五 summary without a year (review #14)
        ("urban_income_per_capita_yuan", "inferred", "2020"),
        ("digital_economy_growth_target_multiple", "inferred", "2021–2025"),  # 五年倍增: no years (review #10)
        ("future_community_land_hectare", "unknown", None),  # project parameters (review #10)
        ("new_materials_firms_count", "stated", "2021"),  # 目前, not the 2020 set (review #26)
    ],
)
def test_review_periods(indicator_id, basis, period):
    row = load_catalog().indicators[load_catalog().ids.index(indicator_id)]
    assert (row["period_basis"], row["period"]) == (basis, period)
    if indicator_id in ("patents_count", "new_materials_firms_count"):
        assert row["period_evidence"] == "目前"


@pytest.mark.parametrize(
    "old,new,expected",
    [
        (
            "    period_evidence: 2020年\n    qualifier: exact\n    precision: 0\n    why: Access",
            "    period_evidence: 2019年\n    qualifier: exact\n    precision: 0\n    why: Access",
            "'new_listed_companies_count', field period_evidence: '2019年' is neither in the figure's sentence",
        ),
    ],
)
def test_a_stated_period_the_page_does_not_state_is_an_error(tmp_path, seed_text, old, new, expected):
    path = edited_catalog(tmp_path, old, new)
    with pytest.raises(UserError, match=re.escape(expected)):
        build(path, seed_text)


@pytest.mark.parametrize(
    "old,new,expected",
    [
        (
            "    period_basis: unknown\n    period_note: Project parameters of the Hongyan future community; the page gives "
            "no period.\n    period_note_zh: 鸿雁未来社区的项目参数,文中未注明时期。\n    qualifier: exact\n    precision: 1",
            "    period: 2021–2025\n    period_basis: unknown\n    period_note: x\n    period_note_zh: x\n"
            "    qualifier: exact\n    precision: 1",
            "'future_community_land_hectare', field period: must be empty",
        ),
        (
            '    period: "2020"\n    period_basis: stated\n    period_evidence: 2020年\n    qualifier: exact\n    precision: 0\n'
            '    why: Access',
            '    period: "2020"\n    period_basis: inferred\n    qualifier: exact\n    precision: 0\n    why: Access',
            "'new_listed_companies_count', field period_note: required for period_basis inferred",
        ),
        (
            '    period_basis: stated\n    period_evidence: 2020年\n    qualifier: exact\n    precision: 0\n    why: Access',
            '    period_basis: said\n    period_evidence: 2020年\n    qualifier: exact\n    precision: 0\n    why: Access',
            "'new_listed_companies_count', field period_basis: unknown period basis 'said'",
        ),
        (
            "    formula: urban_income_per_capita_yuan / rural_income_per_capita_yuan\n    unit: ratio\n    short_unit: ×\n"
            "    precision: 2\n    basis: arithmetic\n",
            "    formula: urban_income_per_capita_yuan / rural_income_per_capita_yuan\n"
            "    unit: ratio\n    short_unit: ×\n    precision: 2\n    basis: exact\n",
            "derived entry 'urban_rural_income_ratio', field basis: unknown basis 'exact'",
        ),
    ],
)
def test_a_period_or_basis_without_what_it_needs_fails_on_load(tmp_path, old, new, expected):
    path = edited_catalog(tmp_path, old, new)
    with pytest.raises(UserError, match=re.escape(expected)):
        load_catalog(path)


def test_each_indicator_carries_its_place_measure_and_kind_and_the_catalog_may_correct_them(tmp_path, seed_text):
    table = build(config.catalog_path(None), seed_text)
    assert table.set_index("indicator_id").loc["fiscal_revenue_yi_yuan", ["place", "measure", "kind"]].tolist() == [
        "上虞",
        "财政总收入",
        "money",
    ]
    corrected = edited_catalog(
        tmp_path,
        "  - id: fiscal_revenue_yi_yuan\n",
        "  - id: fiscal_revenue_yi_yuan\n    measure: 税收收入\n    place: 绍兴\n",
    )
    row = build(corrected, seed_text).set_index("indicator_id").loc["fiscal_revenue_yi_yuan"]
    assert (row["place"], row["measure"]) == ("绍兴", "税收收入")


@pytest.mark.parametrize("measure", ["GDP", "其他:", 3])
def test_a_catalog_measure_outside_the_vocabulary_is_one_line_naming_the_entry(tmp_path, measure):
    bad = edited_catalog(
        tmp_path, "  - id: fiscal_revenue_yi_yuan\n", f"  - id: fiscal_revenue_yi_yuan\n    measure: {measure!r}\n"
    )
    with pytest.raises(UserError, match="'fiscal_revenue_yi_yuan', field measure"):
        load_catalog(bad)
