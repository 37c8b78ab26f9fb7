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
reference: str = "data/reference/shangyu.csv"  # reference statistics for the in-context section, relative to the project root

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params

PARAMETERS = {"article": params.ARTICLE, "lang": params.LANG, "reference": params.REFERENCE}
params.check(PARAMETERS, globals())

# Inline backend: an MPLBACKEND set in the environment must not strip the figures.
from IPython.display import display

from shangyu_analysis.report import fonts, views
from shangyu_analysis.dataset.dataset import load_dataset

TOPIC = {"zh": "发展路径", "en": "The development path"}
CHARTS = (
    "timeline", "fiscal", "income", "new_materials", "market", "investment", "innovation",
    "future_community", "generic_money", "generic_percent", "generic_count",
)
CHART_SECTIONS = {
    "fiscal": "results",
    "income": "results",
    "new_materials": "platforms-digital",
    "market": "reform-business",
    "investment": "innovation-talent",
    "innovation": "innovation-talent",
    "future_community": "culture-urban",
    "timeline": "road-ahead",
    "generic_money": "at-a-glance",
    "generic_percent": "at-a-glance",
    "generic_count": "at-a-glance",
    "figure_kinds": "method-sources",
}
fonts.apply_theme()
dataset = load_dataset(article)
views.show_title(TOPIC, dataset, lang)

# %% tags=["chart"]
# The narrative sections (shangyu_analysis.report.narrative), each followed by the charts placed after it.
views.show_report(dataset, lang, CHARTS, CHART_SECTIONS);

# %% [markdown] tags=["lang-zh"]
# ## 放在官方统计中看

# %% [markdown] tags=["lang-en"]
# ## In context

# %%
# The article's claims against the reference statistics (shangyu_analysis.dataset.crosscheck; the full table,
# its arithmetic and caveats are the report "05 · In context").
from shangyu_analysis.dataset import context, crosscheck, load_reference
from shangyu_analysis.report import incontext, notebook

reference_table = load_reference(reference)
claims = context.article_claims(dataset)
checks = crosscheck.cross_check(dataset, reference_table)
by_verdict = {l: incontext.claims_by_verdict(checks, claims, l) for l in ("zh", "en")}
official_years = set(reference_table.loc[reference_table["status"] == "official", "year"])
unconfirmed = sorted(set(checks["claim_year"]) - official_years)  # claim years without an official value


def in_context(l: str) -> str:
    """The section's sentences in language ``l``, from the cross-check rows."""
    words = by_verdict[l]
    sep = "、" if l == "zh" else "; "
    if checks.empty:
        return ("本文没有可与官方统计对照的说法(见报告《放在官方统计中看》)。" if l == "zh" else
                "The article makes no claim the reference statistics bear on (see the report “In context”).")
    if l == "zh":
        return ("报告《放在官方统计中看》把文中数字与上虞区统计公报及标明为二手资料的数值逐项对照。"
                f"与参考数值相容的说法:{sep.join(words['consistent']) or '无'};"
                f"无法核对的说法:{sep.join(words['not_checkable']) or '无'}(可及范围内没有参考年份,或参考指标口径不同);"
                f"与参考数值不一致的说法:{sep.join(words['inconsistent']) or '无'}。"
                + (f"参考统计没有{'、'.join(f'{y}年' for y in unconfirmed)}的官方数值,所以这些年份的文中数字只能被前后年份夹住,"
                   "“相容”只表示没有矛盾,不等于证实。" if unconfirmed else "“相容”只表示没有矛盾,不等于证实。"))
    return ("The report “In context” sets the article's figures beside the district's statistical bulletins and "
            "values marked as secondary. Consistent with the reference values: "
            f"{sep.join(words['consistent']) or 'none'}. Not checkable: {sep.join(words['not_checkable']) or 'none'} "
            "(no reference year in reach, or a reference series measuring something else). Inconsistent: "
            f"{sep.join(words['inconsistent']) or 'none'}. "
            + (f"The reference statistics have no official value for {', '.join(str(y) for y in unconfirmed)}, so "
               "the article's figures for those years can only be bracketed by the years around them: consistent "
               "means not contradicted, not confirmed." if unconfirmed
               else "Consistent means not contradicted, not confirmed."))


notebook.say(lang, in_context("zh"), in_context("en"))
