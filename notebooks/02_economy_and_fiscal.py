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
# # 02 · 经济与财政 / Economy and public finance

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article: a path relative to the project root, or absolute
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build
gdp_2020_scenarios: list = [1000, 1100, 1200]  # 2020 GDP values to try, in 亿元 (the article says only "more than 1000")
categories: list = ["economy", "fiscal", "income", "business_environment"]  # indicator categories of the closing table

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params
from shangyu_analysis.schema import Category

PARAMETERS = {"article": params.ARTICLE, "lang": params.LANG, "show_code": params.FLAG,
              "gdp_2020_scenarios": params.Numbers(above=0, example="[1000, 1100, 1200]"),
              "categories": params.Subset(Category)}
params.check(PARAMETERS, globals())

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from IPython.display import display

from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import fonts, notebook
from shangyu_analysis.report.charts.style import source_line
from shangyu_analysis.report.format import format_value

fonts.apply_theme()
dataset = load_published(article)  # the published tables (data/processed for the seed) as DataFrames
source = source_line(dataset.source, lang, dataset.article)
if not dataset.curated:
    notebook.say(lang, zh=f"{source}。本文没有指标目录:下面的问题需要目录中的指标,逐一从略;最后的表列出自动生成的指标。",
                 en=f"{source}. This article has no curated catalog: the questions below need its indicators and are "
                    f"skipped one by one; the closing table lists the automatic indicators.")


def stated(item_id: str) -> str:
    """An indicator or derived value as the report writes it: unit, qualifier and precision (format_value)."""
    return notebook.stated(dataset.row(item_id), lang)


# %% [markdown] tags=["lang-zh"]
# ## 区里留下多少财政收入?
#
# 文章说一般公共预算收入是财政总收入的“其中”一部分。按通常口径(背景知识,非文章内容),财政总收入还包括上划中央和
# 省级的税收,一般公共预算收入是留在区级、由区里统筹安排的部分。
# 二者之比是区里“留下”的份额,差额在一般公共预算之外。

# %% [markdown] tags=["lang-en"]
# ## How much of the revenue does the district keep?
#
# The page says general budget revenue is part (其中) of total fiscal revenue. By the usual definition (background,
# not on the page), total fiscal revenue also includes the taxes passed up to the central and provincial
# governments, and general public budget revenue is the part the district budgets itself. Their ratio is the share the district
# keeps; the difference lies outside the general budget.

# %%
REVENUE = ["fiscal_revenue_yi_yuan", "general_budget_revenue_yi_yuan", "fiscal_revenue_rank_province",
           "general_budget_revenue_rank_province"]
revenue = notebook.rows(dataset.indicators, REVENUE)
notebook.table(revenue, lang, "revenue", columns=["name", "stated", "period", "surface"])

# %%
has_revenue = notebook.has_all(revenue, REVENUE, lang)
if has_revenue:
    v = revenue["value"]
    kept_pct = 100 * v["general_budget_revenue_yi_yuan"] / v["fiscal_revenue_yi_yuan"]
    outside = v["fiscal_revenue_yi_yuan"] - v["general_budget_revenue_yi_yuan"]
    notebook.check_formula(kept_pct, dataset.derived, "general_budget_share_of_fiscal_revenue_pct")
    notebook.check_formula(outside, dataset.derived, "fiscal_revenue_outside_general_budget_yi_yuan")
    kept = notebook.rows(dataset.derived, ["general_budget_share_of_fiscal_revenue_pct",
                                           "fiscal_revenue_outside_general_budget_yi_yuan"])
    display(notebook.table(kept, lang, "kept", columns=["name", "stated", "formula"]))

# %% tags=["chart"]
if has_revenue:
    revenue_parts = pd.concat([revenue[revenue["unit"] == "亿元"], kept[kept["unit"] == "亿元"]])
    bars = notebook.one_unit(revenue_parts).assign(shown=lambda f: notebook.axis_values(f, lang))
    fig, ax_revenue = plt.subplots(figsize=(6.4, 2.2), layout="constrained")
    sns.barplot(data=bars, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_revenue)
    notebook.label_bars(ax_revenue, bars, lang)
    notebook.finish_axes(ax_revenue, "2020年财政总收入及其构成" if lang == "zh" else "Total fiscal revenue and its parts, 2020",
                         "亿元", lang, source=source, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_revenue:
    notebook.say(lang,
                 zh=f"财政总收入{stated('fiscal_revenue_yi_yuan')}中,一般公共预算收入{stated('general_budget_revenue_yi_yuan')},"
                    f"占{stated('general_budget_share_of_fiscal_revenue_pct')};其余{stated('fiscal_revenue_outside_general_budget_yi_yuan')}"
                    f"在一般公共预算之外(按通常口径主要是上划中央和省级的税收,属背景知识,文章未说明)。两项收入分列全省{stated('fiscal_revenue_rank_province')}和"
                    f"{stated('general_budget_revenue_rank_province')}。",
                 en=f"Of total fiscal revenue of {stated('fiscal_revenue_yi_yuan')}, general budget revenue was "
                    f"{stated('general_budget_revenue_yi_yuan')}, or {stated('general_budget_share_of_fiscal_revenue_pct')}; "
                    f"the other {stated('fiscal_revenue_outside_general_budget_yi_yuan')} lie outside the general budget "
                    f"(by the usual definition mostly taxes passed up to higher governments: background, not on the page). The two ranked "
                    f"{stated('fiscal_revenue_rank_province')} and {stated('general_budget_revenue_rank_province')} in Zhejiang.")

# %% [markdown] tags=["lang-zh"]
# ## 财政收入相对经济规模有多大?
#
# 地区生产总值只给出下限(“突破…大关”),所以财政总收入占地区生产总值的比重只有上限。参数
# `gdp_2020_scenarios` 可以试算其他假设下的比重。

# %% [markdown] tags=["lang-en"]
# ## How large is fiscal revenue against the economy?
#
# GDP has only a lower bound ("passed the mark of…"), so fiscal revenue as a share of GDP has only an upper
# bound. The parameter `gdp_2020_scenarios` tries other values.

# %%
SIZE = ["gdp_yi_yuan", "fiscal_revenue_yi_yuan"]
size = notebook.rows(dataset.indicators, SIZE)
notebook.table(size, lang, "size", columns=["name", "stated", "period", "surface"])

# %%
has_size = notebook.has_all(size, SIZE, lang)
if has_size:
    v = size["value"]
    share_bound = 100 * v["fiscal_revenue_yi_yuan"] / v["gdp_yi_yuan"]  # GDP > 1000, so the share < this
    notebook.check_formula(share_bound, dataset.derived, "fiscal_revenue_share_of_gdp_pct")
    # The article's own bound, then each value tried at or above it; a value below it contradicts the article.
    bound = float(v["gdp_yi_yuan"])
    scenarios = pd.DataFrame({"gdp_2020": sorted({bound, *(float(g) for g in gdp_2020_scenarios if g >= bound)})})
    scenarios["fiscal_share_pct"] = 100 * v["fiscal_revenue_yi_yuan"] / scenarios["gdp_2020"]
    below = [format_value(g, "亿元", None, 0, lang) for g in gdp_2020_scenarios if g < bound]
    if below:  # said, never dropped in silence
        notebook.say(lang, zh=f"参数 gdp_2020_scenarios 中低于文中下限({stated('gdp_yi_yuan')})的值不予计算:{'、'.join(below)}。",
                     en=f"Values of gdp_2020_scenarios below the article's lower bound ({stated('gdp_yi_yuan')}) are "
                        f"left out: {', '.join(below)}.")
    display(notebook.table(scenarios, lang, "scenarios"))

# %% tags=["chart"]
if has_size and len(scenarios) >= 2:
    shares = scenarios.assign(
        name=[f"GDP {format_value(g, '亿元', None, 0, lang)}" for g in scenarios["gdp_2020"]],
        value=scenarios["fiscal_share_pct"], unit="%", precision=1,
        qualifier=["less_than" if g == v["gdp_yi_yuan"] else "exact" for g in scenarios["gdp_2020"]])
    fig, ax_share = plt.subplots(figsize=(6.4, 0.6 + 0.4 * len(shares)), layout="constrained")
    sns.barplot(data=notebook.one_unit(shares), y="name", x="value", color="#d9822b", ax=ax_share)
    notebook.label_bars(ax_share, shares, lang)
    notebook.finish_axes(ax_share, "财政总收入占地区生产总值比重(按假设的GDP)" if lang == "zh"
                         else "Fiscal revenue as a share of GDP, at assumed GDP values", "%", lang,
                         source=source, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
elif has_size:  # one GDP value: the sentence below says it all
    notebook.no_chart(lang, zh="(只试算了一个地区生产总值,无需作图。)", en="(One GDP value tried: no chart needed.)")
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_size:
    last = scenarios.iloc[-1]  # the largest GDP tried
    gdp_last = format_value(last["gdp_2020"], "亿元", None, 0, lang)
    share_last = format_value(last["fiscal_share_pct"], "%", None, 1, lang)
    tried = len(scenarios) > 1
    notebook.say(lang,
                 zh=f"地区生产总值{stated('gdp_yi_yuan')},所以财政总收入占地区生产总值的比重"
                    f"{stated('fiscal_revenue_share_of_gdp_pct')}" + (f";若为{gdp_last},则为{share_last}。" if tried else "。"),
                 en=f"GDP was {stated('gdp_yi_yuan')}, so fiscal revenue was {stated('fiscal_revenue_share_of_gdp_pct')} "
                    f"of GDP" + (f"; at {gdp_last} it would be {share_last}." if tried else "."))

# %% [markdown] tags=["lang-zh"]
# ## “十三五”的年均数说明2015年是多少?
#
# 原文给出“十三五”期间地区生产总值和一般公共预算收入的年均增加额(前者是约数,后者是下限)。从2020年倒推
# 五个年度增量,得到2015年的水平和五年的年均增速(名义);上下限的方向随公式传递。

# %% [markdown] tags=["lang-en"]
# ## What do the 13th Five-Year Plan averages imply for 2015?
#
# The article gives the average yearly increase over 2016–2020 of GDP (approximate) and of general budget
# revenue (a lower bound). Taking five increases off the 2020 level gives the 2015 level and the average
# yearly (nominal) growth; a bound keeps its direction through the formula.

# %%
PLAN = ["gdp_yi_yuan", "gdp_annual_increase_yi_yuan", "general_budget_revenue_yi_yuan",
        "general_budget_revenue_annual_increase_yi_yuan"]
plan = notebook.rows(dataset.indicators, PLAN)
notebook.table(plan, lang, "plan", columns=["name", "stated", "period", "surface"])

# %%
has_plan = notebook.has_all(plan, PLAN, lang)
if has_plan:
    v = plan["value"]
    gdp_2015 = v["gdp_yi_yuan"] - 5 * v["gdp_annual_increase_yi_yuan"]
    gdp_growth = 100 * ((v["gdp_yi_yuan"] / gdp_2015) ** (1 / 5) - 1)
    budget_2015 = v["general_budget_revenue_yi_yuan"] - 5 * v["general_budget_revenue_annual_increase_yi_yuan"]
    budget_growth = 100 * ((v["general_budget_revenue_yi_yuan"] / budget_2015) ** (1 / 5) - 1)
    notebook.check_formula(gdp_2015, dataset.derived, "gdp_2015_yi_yuan")
    notebook.check_formula(gdp_growth, dataset.derived, "gdp_average_growth_2016_2020_pct")
    notebook.check_formula(budget_2015, dataset.derived, "general_budget_revenue_2015_yi_yuan")
    notebook.check_formula(budget_growth, dataset.derived, "general_budget_revenue_average_growth_2016_2020_pct")
    implied = notebook.rows(dataset.derived, ["gdp_2015_yi_yuan", "gdp_average_growth_2016_2020_pct",
                                              "general_budget_revenue_2015_yi_yuan",
                                              "general_budget_revenue_average_growth_2016_2020_pct"])
    display(notebook.table(implied, lang, "implied", columns=["name", "stated", "formula"]))
    if has_size:  # the same five increases under each assumed 2020 GDP
        start = scenarios["gdp_2020"] - 5 * v["gdp_annual_increase_yi_yuan"]
        scenarios["gdp_growth_pct"] = 100 * ((scenarios["gdp_2020"] / start) ** (1 / 5) - 1)
        display(notebook.table(scenarios, lang, "scenarios-growth"))

# %% tags=["chart"]
if has_plan:
    fig, (ax_gdp, ax_budget) = plt.subplots(1, 2, figsize=(8.4, 2.6), layout="constrained")
    for ax, ids, color, title in (
            (ax_gdp, ["gdp_2015_yi_yuan", "gdp_yi_yuan"], "#2f6f9f", "地区生产总值" if lang == "zh" else "GDP"),
            (ax_budget, ["general_budget_revenue_2015_yi_yuan", "general_budget_revenue_yi_yuan"], "#4f9a6b",
             "一般公共预算收入" if lang == "zh" else "General budget revenue")):
        levels = pd.concat([notebook.rows(dataset.derived, ids[:1]), notebook.rows(dataset.indicators, ids[1:])])
        levels = notebook.one_unit(levels).assign(year=["2015", "2020"], shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=levels, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, levels, lang)
        notebook.finish_axes(ax, title, "亿元", lang, source=source if ax is ax_gdp else "")
    growth = notebook.one_unit(notebook.rows(dataset.derived, ["gdp_average_growth_2016_2020_pct",
                                                               "general_budget_revenue_average_growth_2016_2020_pct"]))
    fig, ax_growth = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=growth, y=f"name_{lang}", x="value", color="#a64d79", ax=ax_growth)
    notebook.label_bars(ax_growth, growth, lang)
    notebook.finish_axes(ax_growth, "2016–2020年年均增速(名义,推算)" if lang == "zh"
                         else "Average yearly growth 2016–2020 (nominal, implied)", "%", lang, source=source,
                         horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_plan:
    notebook.say(lang,
                 zh=f"2015年地区生产总值{stated('gdp_2015_yi_yuan')},五年年均名义增速{stated('gdp_average_growth_2016_2020_pct')};"
                    f"一般公共预算收入2015年{stated('general_budget_revenue_2015_yi_yuan')},年均增速"
                    f"{stated('general_budget_revenue_average_growth_2016_2020_pct')}。两个上下限方向相反,所以结论是确定的:"
                    f"“十三五”期间一般公共预算收入比经济增长得快。",
                 en=f"GDP in 2015 was {stated('gdp_2015_yi_yuan')}, an average nominal growth of "
                    f"{stated('gdp_average_growth_2016_2020_pct')} a year; general budget revenue in 2015 was "
                    f"{stated('general_budget_revenue_2015_yi_yuan')}, a growth of "
                    f"{stated('general_budget_revenue_average_growth_2016_2020_pct')} a year. The bounds point in opposite "
                    f"directions, so the conclusion holds: budget revenue grew faster than the economy over 2016–2020.")

# %% [markdown] tags=["lang-zh"]
# ## 城乡收入差距有多大?

# %% [markdown] tags=["lang-en"]
# ## How wide is the urban–rural income gap?

# %%
INCOME = ["urban_income_per_capita_yuan", "rural_income_per_capita_yuan"]
income = notebook.rows(dataset.indicators, INCOME)
notebook.table(income, lang, "income", columns=["name", "stated", "period", "surface"])

# %%
has_income = notebook.has_all(income, INCOME, lang)
if has_income:
    v = income["value"]
    ratio = v["urban_income_per_capita_yuan"] / v["rural_income_per_capita_yuan"]
    gap = v["urban_income_per_capita_yuan"] - v["rural_income_per_capita_yuan"]
    notebook.check_formula(ratio, dataset.derived, "urban_rural_income_ratio")
    notebook.check_formula(gap, dataset.derived, "urban_rural_income_gap_yuan")
    gap_rows = notebook.rows(dataset.derived, ["urban_rural_income_ratio", "urban_rural_income_gap_yuan"])
    display(notebook.table(gap_rows, lang, "income-gap", columns=["name", "stated", "formula"]))

# %% tags=["chart"]
if has_income:
    incomes = notebook.one_unit(income).assign(shown=lambda f: notebook.axis_values(f, lang))
    fig, ax_income = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=incomes, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_income)
    notebook.label_bars(ax_income, incomes, lang)
    notebook.finish_axes(ax_income, "2020年居民人均可支配收入" if lang == "zh" else "Per-capita disposable income, 2020",
                         "元", lang, source=source, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_income:
    notebook.say(lang,
                 zh=f"城镇居民人均收入{stated('urban_income_per_capita_yuan')},是农村居民{stated('rural_income_per_capita_yuan')}的"
                    f"{stated('urban_rural_income_ratio')}倍,每人相差{stated('urban_rural_income_gap_yuan')}。",
                 en=f"Urban residents earned {stated('urban_income_per_capita_yuan')} per person, "
                    f"{stated('urban_rural_income_ratio')} times the {stated('rural_income_per_capita_yuan')} of rural "
                    f"residents: a gap of {stated('urban_rural_income_gap_yuan')} per person.")

# %% [markdown] tags=["lang-zh"]
# ## 本篇涉及的全部指标
#
# 参数 `categories` 决定列出哪些类别。

# %% [markdown] tags=["lang-en"]
# ## Every indicator of these topics
#
# The parameter `categories` sets which categories are listed.

# %%
overview = dataset.indicators[dataset.indicators["category"].isin(categories)]
notebook.table(overview, lang, "overview", columns=["name", "stated", "category", "period", "surface"])
