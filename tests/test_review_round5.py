"""Regression tests for the rows of the round-5 fact-check (docs/review/factcheck_0{4,5}_round5.md) resolved here.

Report 05: the indexmundi copy's base year (error 13), the slow-growth years both marked as background (unsupported 7),
the "informative" gloss (misleading 4), the back-cast rates as averages over their span (misleading 5), the
stated one-year rates drawn as markers, not paired bars (misleading 9), the dotted line named (misleading 10), every
derived value listed and its arithmetic shown (omissions 2, 3), alternative text for charts (style 17).
Report 04: the provenance sentence (misleading 5), the legend of the new-materials chart (misleading 12), the
"In context" lists (misleading 1), the back-cast wording (style 4).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from review_helpers import seed_blocks

from shangyu_analysis import config
from shangyu_analysis.dataset import context, crosscheck, load_reference
from shangyu_analysis.dataset.band import load_band
from shangyu_analysis.files import read_yaml
from shangyu_analysis.indicators.derive import render_expression
from shangyu_analysis.report import incontext, verdicts
from shangyu_analysis.report.charts import draw
from shangyu_analysis.report.labels import label
from shangyu_analysis.report.narrative import en, zh


def test_05_row13_each_deflator_copy_has_its_own_base_year():
    band = read_yaml(config.DATA_DIR / "reference" / "price_band.yml")
    bases = {copy["site"]: copy["base_year"] for copy in band["read_from"]}
    assert bases == {"knoema": 2020, "indexmundi": 2015}
    titles = {label("context.deflator_title", "en").format(title=band["title"], year=y) for y in bases.values()}
    assert titles == {
        "China GDP implicit deflator (index, 2020 = 100)",
        "China GDP implicit deflator (index, 2015 = 100)",
    }
    # the publisher is the World Bank; what is secondary is the copy
    assert "read from a secondary copy (indexmundi" in label("context.deflator_copy", "en").format(
        publisher="World Bank, WDI", site="indexmundi", role="a cross-check"
    )
    assert "2020 = 100" not in band["title"]


def test_05_row7_both_slow_growth_years_are_background():
    text = verdicts.band_sentence(load_band(load_reference()), "en")
    assert "such as 2020 or 2022 (background knowledge, not in the sources)" in text


def test_05_row4_the_informative_gloss_says_what_could_fail():
    assert label("verdict_strength.informative", "zh") == "有检验力(参考数值若不同,此项可能不通过)"


def test_05_rows2_3_every_derived_value_is_listed_with_its_arithmetic(seed, checks):
    claims = context.article_claims(seed)
    derived = claims[claims["origin"] == "derived"].set_index("claim_id")["arithmetic"]
    assert derived["general_budget_revenue_2015_yi_yuan"] == "93.69 − 5 × 8 = 53.69"
    assert derived["above_scale_industrial_output_yi_yuan"] == "604.5 ÷ (1/3) = 1813.5"
    assert (claims.loc[claims["origin"] == "article", "arithmetic"] == "").all()
    table = incontext.checks_table(checks, claims, load_reference(), "en")
    assert any("(93.69 − 5 × 8 = 53.69)" in v for v in table["claim_value"])
    text = " ".join(verdicts.verdict_sentences(checks, claims, "en"))
    listed = text.split("listed apart): ")[1].split(".")[0]
    assert (
        "General budget revenue in 2015 (implied upper bound)" in listed and "Above-scale industrial output" in listed
    )
    assert "Above-scale industrial output (upper bound) (derived)" in text.split("Not checkable: ")[1]


def test_render_expression_shows_a_simple_fraction_only_when_asked():
    assert render_expression("a / b", {"a": 604.5, "b": 1 / 3}, fractions=True) == "604.5 / (1/3)"
    assert render_expression("a / b", {"a": 604.5, "b": 1 / 3}) == "604.5 / 0.333333"
    assert render_expression("a / b", {"a": 1, "b": 0.25}, fractions=True) == "1 / 0.25"  # a finite decimal stays


def test_04_row1_the_secondary_only_note_says_which_check(checks, seed):
    text = " ".join(verdicts.verdict_sentences(checks, context.article_claims(seed), "en"))
    assert "the only check that could have failed is against a secondary value" in text
    assert "rests on a secondary value only" not in text and "④" not in text


def test_04_row4_the_back_cast_says_the_rate_is_measured_from_the_earlier_level(checks, seed):
    found = crosscheck.breaks(crosscheck.year_before(checks))
    text = " ".join(verdicts.break_sentences(found, context.article_claims(seed), seed.derived, "en"))
    assert "If the growth the 2023 bulletin reports is measured from the 2022 level" in text
    assert "applies to" not in text


def test_04_row5_no_claim_about_audits():
    note = [m.SOURCE_OPENING + m.SOURCE_PAGE + m.SOURCE_CLOSING for m in (en, zh)]
    sentences = [s if isinstance(s, str) else s["text"] for s in note[0] + note[1]]
    sentences += [
        s if isinstance(s, str) else s["text"]
        for lang in ("en", "zh")
        for p in seed_blocks(lang)["source-note"]
        for s in p
    ]
    assert not any("audit" in s or "审计" in s or "yearbook" in s or "年鉴" in s for s in sentences)
    assert any("not a statistical release" in s for s in sentences)


def test_04_row12_the_legend_explains_only_the_bars_drawn(seed):
    fig = draw("new_materials", seed, "en")
    legend_texts = {t.get_text() for legend in fig.legends for t in legend.get_texts()}
    assert not any("lower bound" in t for t in legend_texts)  # no bar of this chart is a lower bound


def test_style17_charts_have_alternative_text(built_reports):
    # round 5 (04 row 11, 05 row 17): the heading above a chart describes it, not nbconvert's default
    for lang, word in (("en", 'alt="Chart: '), ("zh", 'alt="图表:')):
        page = (next(built_reports.rglob(f"{lang}/04_development_path.html"))).read_text(encoding="utf-8")
        assert "No description has been provided" not in page
        assert page.count("<img ") == page.count(word) > 0
