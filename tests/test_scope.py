"""Scope and hedges (issue #22): whose figure it is, what is assumed, and that zh and en hedge alike.

- every curated indicator has a scope (zh/en), a scope basis (schema.ScopeBasis) and the page's words for it, and
  the loader refuses words the figure's sentence and paragraph do not hold;
- a scope that is unclear or not the district's is in the indicator's names, and in the names of every derived
  value built on it, so every table and chart that names the figure shows it;
- a template cannot state an inferred period, measure or scope as fact: a sentence naming such a figure carries
  the hedge (checked on the templates, so a new sentence cannot slip one in);
- zh and en carry the same hedges, figure by figure, in the rendered reports.
"""

from __future__ import annotations

import html
import re

import pytest
from review_helpers import seed_blocks

from shangyu_analysis import config
from shangyu_analysis.dataset import load_dataset
from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.report.narrative import render_report
from shangyu_analysis.schema import INDICATORS, ScopeBasis, column_names

DISTRICT = "上虞区"
# The hedge words of each language: a sentence naming a figure whose period, measure or scope the page does not
# state must hold one of them (or the figure's period placeholder {p:…}, which words an inferred period).
HEDGES = {
    "zh": ("推测", "未说明", "未注明", "假设", "应为", "最可能"),
    "en": (
        "presumably",
        "not stated",
        "does not say",
        "without saying",
        "assuming",
        "most plausibly",
        "neither",
        "not say",
    ),
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def seed():
    return load_dataset()


@pytest.fixture(scope="module")
def reports(seed):
    return {lang: render_report(seed, lang) for lang in ("zh", "en")}


def _needs_scope_hedge(entry: dict) -> bool:
    return entry["scope_basis"] == ScopeBasis.UNCLEAR or (
        entry["scope_basis"] == ScopeBasis.INFERRED and entry["scope_zh"] != DISTRICT
    )


def test_every_indicator_has_a_scope_with_the_pages_words(catalog, seed):
    assert {"scope_zh", "scope_en", "scope_basis", "scope_evidence"} <= set(column_names(INDICATORS))
    for entry in catalog.indicators:
        assert entry["scope_basis"] in ScopeBasis.values() and entry["scope_zh"] and entry["scope_en"], entry["id"]
    rows = seed.indicators.set_index("indicator_id")
    text = seed.article.text
    for entry in catalog.indicators:  # the page's words: in the sentence, or earlier in the paragraph
        row = rows.loc[entry["id"]]
        paragraph = text[text.rfind("\n", 0, int(row["start"])) + 1 : int(row["start"])]
        assert entry["scope_evidence"] in str(row["sentence"]) + paragraph, entry["id"]
    assert set(rows["scope_basis"]) == set(ScopeBasis.values())  # the seed uses all three


def test_the_review_scopes(seed):
    """Round 2 #1, #2 and 02_03_05 #9, #14: the workstations' patents and standards, who signed the projects."""
    rows = seed.indicators.set_index("indicator_id")
    for ind in ("patents_count", "invention_patents_count", "standards_drafted_count"):
        assert "工作站" in rows.loc[ind, "scope_zh"] and "workstations" in rows.loc[ind, "scope_en"]
    for ind in ("signed_projects_count", "signed_investment_yi_yuan", "major_projects_count"):
        assert rows.loc[ind, "scope_basis"] == ScopeBasis.UNCLEAR


def test_a_scope_the_page_does_not_support_fails_on_load(tmp_path, catalog):
    source = config.catalog_path(None).read_text(encoding="utf-8")
    edited = source.replace("scope_evidence: 上虞院士专家工作站在研项目", "scope_evidence: 上虞区全区", 1)
    assert edited != source
    path = tmp_path / "indicators.yml"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(UserError, match="scope_evidence: '上虞区全区' is neither in the figure's sentence"):
        load_dataset(catalog=path)  # the check runs when the catalog meets the page


def test_an_unknown_scope_basis_fails_on_load(tmp_path):
    source = config.catalog_path(None).read_text(encoding="utf-8")
    path = tmp_path / "indicators.yml"
    path.write_text(source.replace("scope_basis: unclear", "scope_basis: district", 1), encoding="utf-8")
    with pytest.raises(UserError, match="field scope_basis: unknown scope basis 'district'"):
        load_catalog(path)


def test_an_unclear_or_other_scope_is_in_every_name_built_on_it(catalog, seed):
    hedged = {e["id"]: e for e in catalog.indicators if _needs_scope_hedge(e)}
    assert {"patents_count", "signed_projects_count"} <= set(hedged)
    names = {r.indicator_id: (r.name_zh, r.name_en) for r in seed.indicators.itertuples()}
    names |= {r.derived_id: (r.name_zh, r.name_en) for r in seed.derived.itertuples()}
    marker = {"unclear": ("未说明", "not stated"), "inferred": ("工作站", "workstations")}
    for ind, entry in hedged.items():
        zh_word, en_word = marker[entry["scope_basis"]]
        users = [ind] + [r.derived_id for r in seed.derived.itertuples() if ind in r.inputs.split(";")]
        for name_id in users:
            zh_name, en_name = names[name_id]
            assert zh_word in zh_name and en_word in en_name, (ind, name_id, zh_name, en_name)


def _sentences(sections: dict) -> list[str]:
    out = []
    for paragraphs in sections.values():
        for paragraph in paragraphs:
            out += [s["text"] if isinstance(s, dict) else s for s in paragraph]
    return out


@pytest.mark.parametrize(("lang", "sections"), [("zh", seed_blocks("zh")), ("en", seed_blocks("en"))])
def test_a_template_cannot_state_an_inferred_period_measure_or_scope_as_fact(catalog, lang, sections):
    entries = {e["id"]: e for e in catalog.indicators}
    # the inferred years of the plan summary (GDP, revenue, incomes: "presumably 2020") and hedged scopes
    needs = {
        i
        for i, e in entries.items()
        if (e["period_basis"] == "inferred" and e["category"] in ("economy", "fiscal", "income"))
        or _needs_scope_hedge(e)
    }
    needs |= {"urban_income_per_capita_yuan", "rural_income_per_capita_yuan"}  # the measure is not named
    checked = 0
    for sentence in _sentences(sections):
        named = set(re.findall(r"\{v:([a-z0-9_]+)\}", sentence)) & needs
        if not named:
            continue
        checked += 1
        hedged = any(w in sentence for w in HEDGES[lang]) or any(f"{{p:{i}}}" in sentence for i in named)
        # the hedge may sit in another sentence of the same paragraph ("the same summary … without a year")
        assert hedged or _paragraph_hedged(sections, sentence, lang), (lang, sentence)
    assert checked >= 5


def _paragraph_hedged(sections: dict, sentence: str, lang: str) -> bool:
    for paragraphs in sections.values():
        for paragraph in paragraphs:
            texts = [s["text"] if isinstance(s, dict) else s for s in paragraph]
            if sentence in texts:
                return any(w in t for t in texts for w in HEDGES[lang]) or any("{p:" in t for t in texts)
    return False


def _paragraphs_naming(report: str, ref: str) -> list[str]:
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", report, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs if f'data-ref="{ref}"' in p]


def test_zh_and_en_carry_the_same_hedges_figure_by_figure(catalog, reports):
    """Each figure whose scope is unclear or another entity's is hedged in every paragraph naming it, in both
    languages, and named in the same number of paragraphs (one report cannot hedge what the other asserts)."""
    compared = 0
    for entry in (e for e in catalog.indicators if _needs_scope_hedge(e)):
        zh, en = (_paragraphs_naming(reports[lang], entry["id"]) for lang in ("zh", "en"))
        assert len(zh) == len(en), entry["id"]
        for lang, paragraphs in (("zh", zh), ("en", en)):
            for text in paragraphs:
                words = HEDGES[lang] + (("工作站",) if lang == "zh" else ("workstations",))
                assert any(w in text for w in words), (entry["id"], lang, text[:120])
        compared += len(zh)
    assert compared >= 4


# --- assumptions as data -----------------------------------------------------------------------------------------
def test_every_implied_value_names_its_assumptions_as_data(catalog, seed):
    from shangyu_analysis.schema import Assumption, DerivedBasis

    for entry in catalog.derived:
        assert set(entry["assumes"]) <= set(Assumption.values()), entry["id"]
        if entry["basis"] == DerivedBasis.IMPLIED:
            assert entry["assumes"], entry["id"]
    rows = seed.derived.set_index("derived_id")
    assert rows.loc["new_materials_output_2019_yi_yuan", "assumes"] == "price_basis;same_sample"
    assert rows.loc["new_materials_output_per_firm_yi_yuan", "assumes"] == "same_sample;same_period"


def test_an_implied_value_without_assumptions_fails_on_load(tmp_path):
    source = config.catalog_path(None).read_text(encoding="utf-8")
    path = tmp_path / "indicators.yml"
    path.write_text(source.replace("    assumes: [same_area]\n", "", 1), encoding="utf-8")
    with pytest.raises(UserError, match="'future_community_floor_area_ratio', field assumes: an implied value names"):
        load_catalog(path)


def test_the_derived_table_states_the_assumptions_in_both_languages(reports):
    for lang, words in (
        ("en", "Assumptions: current-price growth; the same firms."),
        ("zh", "假设:现价增速、同一批企业。"),
    ):
        row = re.search(r'<tr id="derived-new_materials_output_2019_yi_yuan">.*?</tr>', reports[lang], flags=re.S)
        assert words in html.unescape(re.sub(r"<[^>]+>", "", row.group(0))), lang
