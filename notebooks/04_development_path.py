# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 · 发展路径 / The development path

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # path relative to the project root (or absolute)
lang: str = "zh"  # report language: "zh" or "en"
reference: str = ""  # reference statistics for the in-context section, relative to the project root; empty for the file of the place of the article

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params, questions

PARAMETERS = {
    "article": params.ARTICLE,
    "lang": params.LANG,
    "reference": questions.REFERENCES,
}  # "" (the file of the page's place) or a data/reference/ file
params.check(PARAMETERS, globals())

# Inline backend: an MPLBACKEND set in the environment must not strip the figures.

from shangyu_analysis.dataset.dataset import load_dataset
from shangyu_analysis.report import fonts, views
from shangyu_analysis.report.charts import article_charts

TOPIC = {"zh": "发展路径", "en": "The development path"}
# The page's own charts are its data (data/articles/<stem>/charts.yml: each chart and the narrative section it
# follows); the package's generic charts come after them, placed as below, where the page declares none of its own.
GENERIC_CHART_SECTIONS = {
    "timeline": "road-ahead",
    "generic_money": "at-a-glance",
    "generic_percent": "at-a-glance",
    "generic_count": "at-a-glance",
    "figure_kinds": "method-sources",  # the figure overview: shown when nothing else can be drawn
}
page_charts = {spec.id: spec.section for spec in article_charts(article)}
CHART_SECTIONS = {**GENERIC_CHART_SECTIONS, **page_charts}
CHARTS = [*page_charts, *(c for c in GENERIC_CHART_SECTIONS if c not in page_charts and c != "figure_kinds")]
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(TOPIC, dataset, lang)

# %% tags=["chart"]
# The narrative sections (shangyu_analysis.report.narrative), each followed by the charts placed after it.
shown_charts = views.show_report(dataset, lang, CHARTS, CHART_SECTIONS)  # the chart ids it drew

# %% [markdown] tags=["lang-zh"]
# ## 放在官方统计中看

# %% [markdown] tags=["lang-en"]
# ## In context

# %%
# The article's claims against the reference statistics (shangyu_analysis.dataset.crosscheck; the full table,
# its arithmetic and caveats are the report "05 · In context").
from shangyu_analysis.dataset import context, crosscheck, load_reference
from shangyu_analysis.dataset.reference import place_info
from shangyu_analysis.report import notebook, verdicts

# Only the reference statistics of the page's own place (none: the section says so in one line).
place, place_en = context.article_place(dataset)
reference_table = load_reference(reference or None, place=place)
claims = context.article_claims(dataset, reference=reference_table)
checks = crosscheck.cross_check(dataset, reference_table)
band = crosscheck.band_or_none(reference_table)  # None: the reference states no real rate to build it from
band_used = checks["reason"].isin(["within_band", "outside_band"]).any()  # a growth was set against the band
breaks = crosscheck.breaks(crosscheck.year_before(checks))
official_years = set(reference_table.loc[reference_table["status"] == "official", "year"])
unconfirmed = sorted(set(checks["claim_year"]) - official_years)  # claim years without an official value
# An unconfirmed year is bracketed when official values exist on both sides of it; else on one side at most.
bracketed = all(any(y < year for y in official_years) and any(y > year for y in official_years) for year in unconfirmed)
# The page's indicators that no claim sets beside a reference series: said, so "not checkable: none" is not read
# as "everything was checked".
uncompared = len(set(dataset.indicators["indicator_id"]) - set(claims["claim_id"]))


def in_context(language: str) -> str:
    """The section's sentences in language ``language``: where the band comes from, the verdicts kept apart by source,
    by claim or implication and by strength, the breaks with their caveats (shangyu_analysis.report.verdicts)."""
    if reference_table.empty:  # no reference file for the page's place: no other place's statistics either
        return (
            f"没有{place or '本页地区'}的参考统计,本报告不作对照。"
            if language == "zh"
            else f"There are no reference statistics for {place_en or 'the page’s place'}: nothing is set beside them."
        )
    if checks.empty:
        return (
            "本文没有可与官方统计对照的说法(见报告《放在官方统计中看》)。"
            if language == "zh"
            else "The article makes no claim the reference statistics bear on (see the report “In context”)."
        )
    where = place_info(reference_table)  # the reference's place, from its sidecar
    ref_place = where["place_en"] or where["place"] if language == "en" else where["place"]
    intro = (
        f"报告《放在官方统计中看》把文中数字与{ref_place}的统计公报(官方)及标明为二手资料的数值分开对照。"
        if language == "zh"
        else f"The report “In context” sets the article's figures beside the statistical bulletins{' of ' * bool(ref_place)}{ref_place} "
        "(official) and, apart, values from non-official pages (secondary)."
    )
    others = (
        (
            "文中其余指标没有对应的参考序列,未作对照。"
            if language == "zh"
            else "The page's other indicators have no reference series and are not compared."
        )
        if uncompared
        else ""
    )
    years = "、".join(f"{y}年" for y in unconfirmed) if language == "zh" else ", ".join(str(y) for y in unconfirmed)
    if bracketed:
        close = (
            f"参考统计没有{years}的官方数值,这些年份的文中数字只能被前后年份夹住;“一致”只表示没有矛盾,不等于证实。"
            if language == "zh"
            else f"The reference statistics have no official value for {years}: the article's figures for those years "
            "can only be bracketed, and consistent means not contradicted, not confirmed."
        )
    else:  # official values on one side at most: no bracket
        close = (
            f"参考统计没有{years}的官方数值,且最多只在这些年份的一侧有官方数值:文中这些年份的数字不能被前后年份夹住;"
            "“一致”只表示没有矛盾,不等于证实。"
            if language == "zh"
            else f"The reference statistics have no official value for {years}, and official values on one side of "
            "them at most: the article's figures for those years cannot be bracketed, and consistent means not "
            "contradicted, not confirmed."
        )
    parts = [
        intro,
        verdicts.band_sentence(band, language) if band is not None and band_used else "",
        *verdicts.verdict_sentences(checks, claims, language),
        others,
        verdicts.boundary_sentence(checks, claims, language),
        *verdicts.break_sentences(breaks, claims, dataset.derived, language),
        close if unconfirmed else "",
    ]
    return ("" if language == "zh" else " ").join(p for p in parts if p)


notebook.say(lang, in_context("zh"), in_context("en"))
