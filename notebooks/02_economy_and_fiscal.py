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
from shangyu_analysis.report.charts.style import add_qualifier_legend, source_line
from shangyu_analysis.report.format import format_value

fonts.apply_theme()
dataset = load_published(article)  # the published tables (data/processed/<stem>/) as DataFrames
source = source_line(dataset.source, lang, dataset.article)
if not dataset.curated:
    notebook.say(lang, zh=f"{source}。本文没有指标目录:下面的问题需要目录中的指标,逐一从略;最后的表列出自动生成的指标。",
                 en=f"{source}. This article has no curated catalog: the questions below need its indicators and are "
                    f"skipped one by one; the closing table lists the automatic indicators.")


def stated(item_id: str) -> str:
    """An indicator or derived value as the report writes it: unit, qualifier and precision (format_value)."""
    return notebook.stated(dataset.row(item_id), lang)


# %% [markdown] tags=["lang-zh"]
# ## 在上虞征收的财政收入有多大比例计入地方一般公共预算?
#
# 文章说一般公共预算收入是财政总收入的“其中”一部分。按通常口径(背景知识,非文章内容,见术语表所引定义),财政总收入
# 还包括上划中央和省级的税收;一般公共预算收入是计入本地(区级)地方一般公共预算的部分(其中一部分可能按体制再上解;
# 在上级转移支付和返还之前,并非区里可支配的全部财力)。二者之比是计入地方一般公共预算的份额,差额主要是上划中央和
# 省级的税收。

# %% [markdown] tags=["lang-en"]
# ## What share of the revenue collected in Shangyu accrues to the local general budget?
#
# The page says general budget revenue is part (其中) of total fiscal revenue. By the usual definition (background,
# not on the page; see the definition the glossary cites), total fiscal revenue also includes the taxes passed up to
# the central and provincial governments, and general public budget revenue is the part recorded in the district's
# local general budget (part of which may in turn be remitted upward; before transfers and returns from higher
# levels, so not the district's whole disposable resources). Their ratio is the share that accrues to the local
# general budget; the rest is mainly taxes passed up to the central and provincial governments.

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
    notebook.label_bars(ax_revenue, bars, lang, implied=list(bars.index.isin(kept.index)))  # the derived remainder
    notebook.finish_axes(ax_revenue, "财政总收入及其构成(推测为2020年)" if lang == "zh"
                         else "Total fiscal revenue and its parts (presumably 2020)", "亿元", lang, horizontal=True,
                         source=source + (";其余部分为本报告推算(差额)" if lang == "zh"
                                          else "; the remainder is derived in this report (the difference)"))
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_revenue:
    notebook.say(lang,
                 zh=f"财政总收入{stated('fiscal_revenue_yi_yuan')}中,一般公共预算收入{stated('general_budget_revenue_yi_yuan')},"
                    f"占{stated('general_budget_share_of_fiscal_revenue_pct')};其余{stated('fiscal_revenue_outside_general_budget_yi_yuan')}"
                    f"属于上级的一般公共预算(按通常口径主要是上划中央和省级的税收,属背景知识,文章未说明)。两项收入分列全省{stated('fiscal_revenue_rank_province')}和"
                    f"{stated('general_budget_revenue_rank_province')}(文中未说明在哪些单位中排名,推测为全省各县(市、区),属背景知识)。",
                 en=f"Of total fiscal revenue of {stated('fiscal_revenue_yi_yuan')}, general budget revenue was "
                    f"{stated('general_budget_revenue_yi_yuan')}, or {stated('general_budget_share_of_fiscal_revenue_pct')}; "
                    f"the other {stated('fiscal_revenue_outside_general_budget_yi_yuan')} goes to the budgets of higher levels "
                    f"(by the usual definition mostly taxes passed up to the central and provincial governments: background, "
                    f"not on the page). The two ranked "
                    f"{stated('fiscal_revenue_rank_province')} and {stated('general_budget_revenue_rank_province')} in Zhejiang "
                    f"(the page does not say among which units; presumably the province's county-level units: background, "
                    f"not on the page).")

# %% [markdown] tags=["lang-zh"]
# ## 财政收入相对经济规模有多大?
#
# 地区生产总值只给出下限(“突破…大关”),所以财政总收入占地区生产总值的比重只有上限。下表另以几个假设的
# 地区生产总值试算比重;远高于下限的假设值可能性较小,报告《放在官方统计中看》把2020年的数字与前后年份的参考数值对照。

# %% [markdown] tags=["lang-en"]
# ## How large is fiscal revenue against the economy?
#
# GDP has only a lower bound ("passed the mark of…"), so fiscal revenue as a share of GDP has only an upper
# bound. The table below tries a few assumed GDP values; values far above the bound are less plausible (the report
# "In context" sets the 2020 figure beside the reference values of the years around it).

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
        notebook.say(lang, zh=f"低于文中下限({stated('gdp_yi_yuan')})的情景值不予计算:{'、'.join(below)}。",
                     en=f"Scenario values below the article's lower bound ({stated('gdp_yi_yuan')}) are "
                        f"left out: {', '.join(below)}.")
    display(notebook.table(scenarios.round(1), lang, "scenarios"))

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
                         else "Fiscal revenue as a share of GDP, at assumed GDP values", "%", lang, horizontal=True,
                         source=source + (";比重为本报告推算(假设:所列的地区生产总值)" if lang == "zh"
                                          else "; shares derived in this report (assumption: the GDP values listed)"))
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
                    f"{stated('fiscal_revenue_share_of_gdp_pct')}" + (f";若假设为{gdp_last}(离下限越远,可能性越小),则为{share_last}。"
                                                                 if tried else "。"),
                 en=f"GDP was {stated('gdp_yi_yuan')}, so fiscal revenue was {stated('fiscal_revenue_share_of_gdp_pct')} "
                    f"of GDP" + (f"; at an assumed {gdp_last} (the further above the bound, the less plausible) it would be "
                                   f"{share_last}." if tried else "."))

# %% [markdown] tags=["lang-zh"]
# ## “十三五”的年均数说明2015年是多少?
#
# 原文给出“十三五”期间地区生产总值和一般公共预算收入的年均增加额(前者是约数,后者是下限)。从2020年倒推
# 五个年度增量,得到2015年的水平和五年的年均增速(名义);上下限随公式传递,公式需要时方向翻转。
# 上下限按保守方向取整(下限向下、上限向上),所以自行重算时末位可能与四舍五入不同(例如11.778…%写作“至少11.77%”)。
# 把2020年的数字与2021年以后的官方数字相比之前,请先看报告《放在官方统计中看》:2021年前后可能有区划调整,序列可能断开。

# %% [markdown] tags=["lang-en"]
# ## What do the 13th Five-Year Plan averages imply for 2015?
#
# The article gives the average yearly increase over 2016–2020 of GDP (approximate) and of general budget
# revenue (a lower bound). Taking five increases off the 2020 level gives the 2015 level and the average
# yearly (nominal) growth; bounds are carried through the formula, flipping where it requires (a lower bound on
# GDP gives an upper bound on growth). Bounds are rounded in the safe direction (a lower bound down, an upper bound
# up), so a recomputation may differ from ordinary rounding in the last digit (11.778…% is written "at least 11.77%").
# Before setting the 2020 figures beside official figures from 2021 on, see the report "In context": a boundary
# change around 2021 may break the series.

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
        display(notebook.table(scenarios[["gdp_2020", "gdp_growth_pct"]].round(1), lang, "scenarios-growth"))

# %% tags=["chart"]
if has_plan:
    fig, (ax_gdp, ax_budget) = plt.subplots(1, 2, figsize=(8.4, 2.9), layout="constrained")
    qualifiers_drawn = []
    for ax, ids, color, title in (
            (ax_gdp, ["gdp_2015_yi_yuan", "gdp_yi_yuan"], "#2f6f9f", "地区生产总值" if lang == "zh" else "GDP"),
            (ax_budget, ["general_budget_revenue_2015_yi_yuan", "general_budget_revenue_yi_yuan"], "#4f9a6b",
             "一般公共预算收入" if lang == "zh" else "General budget revenue")):
        levels = pd.concat([notebook.rows(dataset.derived, ids[:1]), notebook.rows(dataset.indicators, ids[1:])])
        # the page dates neither level: 2015 is derived, 2020 presumed (the end of the plan period)
        levels = notebook.one_unit(levels).assign(year=["2015(推算)", "2020(推测)"] if lang == "zh"
                                                  else ["2015 (implied)", "2020 (presumably)"],
                                                  shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=levels, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, levels, lang, implied=[True, False])
        notebook.finish_axes(ax, title, "亿元", lang, source=(
            source + (";2015年值为本报告由年均增加额推算" if lang == "zh" else
                      "; the 2015 values are derived in this report from the average yearly increases"))
            if ax is ax_gdp else "")
        qualifiers_drawn += list(levels["qualifier"])
    add_qualifier_legend(fig, qualifiers_drawn, lang, outside=True)  # which hatch is which bound
    growth = notebook.one_unit(notebook.rows(dataset.derived, ["gdp_average_growth_2016_2020_pct",
                                                               "general_budget_revenue_average_growth_2016_2020_pct"]))
    fig, ax_growth = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=growth, y=f"name_{lang}", x="value", color="#a64d79", ax=ax_growth)
    notebook.label_bars(ax_growth, growth, lang)
    notebook.finish_axes(ax_growth, "2016–2020年年均增速(名义,推算)" if lang == "zh"
                         else "Average yearly growth 2016–2020 (nominal, implied)", "%", lang, horizontal=True,
                         source=source + (";增速为本报告推算" if lang == "zh" else "; growth rates derived in this report"))
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_plan:
    # How large the yearly GDP increase (stated only as "about") would have to be for GDP to grow as fast as the
    # lower bound on budget revenue: the margin by which the conclusion holds.
    needed = (v["gdp_yi_yuan"] - v["gdp_yi_yuan"] / (1 + budget_growth / 100) ** 5) / 5
    needed_text = format_value(needed, "亿元", None, 1, lang)
    notebook.say(lang,
                 zh=f"推算2015年地区生产总值{stated('gdp_2015_yi_yuan')},五年年均名义增速{stated('gdp_average_growth_2016_2020_pct')};"
                    f"推算一般公共预算收入2015年{stated('general_budget_revenue_2015_yi_yuan')},年均名义增速"
                    f"{stated('general_budget_revenue_average_growth_2016_2020_pct')}。两个上下限方向相反,所以结论成立:"
                    f"“十三五”期间一般公共预算收入比经济增长得快。只有当地区生产总值的年均增加额实际达到{needed_text}以上"
                    f"(比文中的{stated('gdp_annual_increase_yi_yuan')}高出约{needed / v['gdp_annual_increase_yi_yuan'] - 1:.0%})时,"
                    f"这一结论才会不成立。",
                 en=f"The implied GDP of 2015 is {stated('gdp_2015_yi_yuan')}, an average nominal growth of "
                    f"{stated('gdp_average_growth_2016_2020_pct')} a year; the implied general budget revenue of 2015 is "
                    f"{stated('general_budget_revenue_2015_yi_yuan')}, a growth of "
                    f"{stated('general_budget_revenue_average_growth_2016_2020_pct')} a year. The bounds point in opposite "
                    f"directions, so the conclusion holds: budget revenue grew faster than the economy over 2016–2020. It would fail "
                    f"only if the yearly GDP increase were in fact {needed_text} or more, about "
                    f"{needed / v['gdp_annual_increase_yi_yuan'] - 1:.0%} above the page's "
                    f"{stated('gdp_annual_increase_yi_yuan')}.")

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
    notebook.finish_axes(ax_income, "城乡居民收入(推测为2020年人均可支配收入)" if lang == "zh"
                         else "Residents' income (presumably per-capita disposable, presumably 2020)",
                         "元", lang, source=source, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_income:
    notebook.say(lang,
                 zh=f"城镇居民收入(推测为人均可支配收入,文中未说明口径){stated('urban_income_per_capita_yuan')},"
                    f"是农村居民{stated('rural_income_per_capita_yuan')}的{stated('urban_rural_income_ratio')}倍,"
                    f"相差{stated('urban_rural_income_gap_yuan')}。",
                 en=f"Urban residents' income (presumably per-capita disposable; the page does not name the measure) was "
                    f"{stated('urban_income_per_capita_yuan')}, {stated('urban_rural_income_ratio')} times the "
                    f"{stated('rural_income_per_capita_yuan')} of rural residents: a gap of "
                    f"{stated('urban_rural_income_gap_yuan')}.")

# %% [markdown] tags=["lang-zh"]
# ## 本篇涉及的全部指标
#
# 下表列出本篇所涉类别的全部指标。

# %% [markdown] tags=["lang-en"]
# ## Every indicator of these topics
#
# The table lists every indicator of the categories this report covers.

# %%
overview = dataset.indicators[dataset.indicators["category"].isin(categories)]
notebook.table(overview, lang, "overview", columns=["name", "stated", "category", "period", "surface"])
