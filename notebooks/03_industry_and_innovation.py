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
# # 03 · 产业与创新 / Industry and innovation

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article: a path relative to the project root, or absolute
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build
categories: list = ["industry", "digital_economy", "investment", "innovation", "policy"]  # indicator categories of the closing table

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params
from shangyu_analysis.schema import Category

PARAMETERS = {"article": params.ARTICLE, "lang": params.LANG, "show_code": params.FLAG,
              "categories": params.Subset(Category)}
params.check(PARAMETERS, globals())

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from IPython.display import display

from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import fonts, notebook
from shangyu_analysis.report.charts.style import source_line

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
# ## 新材料产业的利润率是多少?2019年是多少?
#
# 原文给出2020年新材料产业的产值、利润及其增速。利润率以工业总产值为分母(文中无营业收入);
# 用增速倒推2019年的产值与利润(同口径、现价),再算2019年的利润率。

# %% [markdown] tags=["lang-en"]
# ## What is the new-materials profit margin, and what was it in 2019?
#
# The article gives the industry's 2020 output and profit and their growth. The margin is taken on gross output
# (the article gives no sales revenue); the growth rates give the 2019 output and profit (same firms, current
# prices), and so the 2019 margin.

# %%
NEW_MATERIALS = ["new_materials_output_yi_yuan", "new_materials_output_growth_pct", "new_materials_profit_yi_yuan",
                 "new_materials_profit_growth_pct"]
new_materials = notebook.rows(dataset.indicators, NEW_MATERIALS)
notebook.table(new_materials, lang, "new-materials", columns=["name", "stated", "period", "surface"])

# %%
has_new_materials = notebook.has_all(new_materials, NEW_MATERIALS, lang)
if has_new_materials:
    v = new_materials["value"]
    margin = 100 * v["new_materials_profit_yi_yuan"] / v["new_materials_output_yi_yuan"]
    output_2019 = v["new_materials_output_yi_yuan"] / (1 + v["new_materials_output_growth_pct"] / 100)
    profit_2019 = v["new_materials_profit_yi_yuan"] / (1 + v["new_materials_profit_growth_pct"] / 100)
    margin_2019 = 100 * profit_2019 / output_2019
    notebook.check_formula(margin, dataset.derived, "new_materials_profit_margin_pct")
    notebook.check_formula(output_2019, dataset.derived, "new_materials_output_2019_yi_yuan")
    notebook.check_formula(profit_2019, dataset.derived, "new_materials_profit_2019_yi_yuan")
    notebook.check_formula(margin_2019, dataset.derived, "new_materials_profit_margin_2019_pct")
    implied_2019 = notebook.rows(dataset.derived, ["new_materials_output_2019_yi_yuan",
                                                   "new_materials_profit_2019_yi_yuan",
                                                   "new_materials_profit_margin_2019_pct",
                                                   "new_materials_profit_margin_pct"])
    display(notebook.table(implied_2019, lang, "implied-2019", columns=["name", "stated", "formula"]))

# %% tags=["chart"]
if has_new_materials:
    fig, (ax_output, ax_profit, ax_margin) = plt.subplots(1, 3, figsize=(9.6, 2.6), layout="constrained")
    for ax, ids, unit, color, title in (
            (ax_output, ["new_materials_output_2019_yi_yuan", "new_materials_output_yi_yuan"], "亿元", "#2f6f9f",
             "工业总产值" if lang == "zh" else "Gross output"),
            (ax_profit, ["new_materials_profit_2019_yi_yuan", "new_materials_profit_yi_yuan"], "亿元", "#d9822b",
             "利润" if lang == "zh" else "Profit"),
            (ax_margin, ["new_materials_profit_margin_2019_pct", "new_materials_profit_margin_pct"], "%", "#4f9a6b",
             "利润率(利润/产值)" if lang == "zh" else "Margin (profit / output)")):
        years = pd.concat([notebook.rows(dataset.derived, ids), notebook.rows(dataset.indicators, ids)])
        years = notebook.one_unit(years).assign(year=["2019", "2020"], shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=years, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, years, lang)
        notebook.finish_axes(ax, title, unit, lang, source=source if ax is ax_output else "")
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_new_materials:
    notebook.say(lang,
                 zh=f"2020年新材料产业利润{stated('new_materials_profit_yi_yuan')},占产值的{stated('new_materials_profit_margin_pct')};"
                    f"2019年为{stated('new_materials_profit_margin_2019_pct')}(产值{stated('new_materials_output_2019_yi_yuan')}、"
                    f"利润{stated('new_materials_profit_2019_yi_yuan')},由增速倒推)。利润增速高于产值增速,利润率因此上升。",
                 en=f"In 2020 the new-materials industry made a profit of {stated('new_materials_profit_yi_yuan')}, "
                    f"{stated('new_materials_profit_margin_pct')} of its output; in 2019 the margin was "
                    f"{stated('new_materials_profit_margin_2019_pct')} (output {stated('new_materials_output_2019_yi_yuan')}, "
                    f"profit {stated('new_materials_profit_2019_yi_yuan')}, implied by the growth rates). Profit grew faster "
                    f"than output, so the margin rose.")

# %% [markdown] tags=["lang-zh"]
# ## 新材料企业户均产值多大?这个产业在规上工业中占多重?
#
# 规上新材料企业数即产值统计所覆盖的企业。新材料产值占规上工业总产值的比重只有下限(“超过”),
# 所以规上工业总产值只有上限。

# %% [markdown] tags=["lang-en"]
# ## How much does a new-materials firm produce, and what weight has the industry in above-scale industry?
#
# The above-scale firms counted are the firms the output covers. The industry's share of all above-scale
# industrial output has only a lower bound ("more than"), so that total has only an upper bound.

# %%
WEIGHT = ["new_materials_firms_count", "new_materials_output_yi_yuan", "new_materials_output_share_of_industry_ratio"]
weight = notebook.rows(dataset.indicators, WEIGHT)
notebook.table(weight, lang, "weight", columns=["name", "stated", "period", "surface"])

# %%
has_weight = notebook.has_all(weight, WEIGHT, lang)
if has_weight:
    v = weight["value"]
    per_firm = v["new_materials_output_yi_yuan"] / v["new_materials_firms_count"]
    industry_total = v["new_materials_output_yi_yuan"] / v["new_materials_output_share_of_industry_ratio"]
    notebook.check_formula(per_firm, dataset.derived, "new_materials_output_per_firm_yi_yuan")
    notebook.check_formula(industry_total, dataset.derived, "above_scale_industrial_output_yi_yuan")
    scale = notebook.rows(dataset.derived, ["new_materials_output_per_firm_yi_yuan",
                                            "above_scale_industrial_output_yi_yuan"])
    display(notebook.table(scale, lang, "scale", columns=["name", "stated", "formula"]))

# %% tags=["chart"]
if has_weight:
    whole = pd.concat([notebook.rows(dataset.derived, ["above_scale_industrial_output_yi_yuan"]),
                       notebook.rows(dataset.indicators, ["new_materials_output_yi_yuan"])])
    whole = notebook.one_unit(whole).assign(shown=lambda f: notebook.axis_values(f, lang))
    fig, ax_weight = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=whole, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_weight)
    notebook.label_bars(ax_weight, whole, lang)
    notebook.finish_axes(ax_weight, "新材料产值与规上工业总产值(2020年)" if lang == "zh"
                         else "New-materials output and all above-scale output, 2020", "亿元", lang, source=source,
                         horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_weight:
    notebook.say(lang,
                 zh=f"{stated('new_materials_firms_count')}规上新材料企业户均产值{stated('new_materials_output_per_firm_yi_yuan')}。"
                    f"新材料占规上工业总产值{stated('new_materials_output_share_of_industry_ratio')},"
                    f"所以全区规上工业总产值{stated('above_scale_industrial_output_yi_yuan')}。",
                 en=f"The {stated('new_materials_firms_count')} above-scale new-materials firms produced "
                    f"{stated('new_materials_output_per_firm_yi_yuan')} each on average. New materials is "
                    f"{stated('new_materials_output_share_of_industry_ratio')} of above-scale industrial output, so that "
                    f"output was {stated('above_scale_industrial_output_yi_yuan')}.")

# %% [markdown] tags=["lang-zh"]
# ## 产业研究院签约项目:平均每个项目多大?50亿元以上项目占多少?
#
# 原文给出签约项目数、签约投资额,以及其中达到投资门槛(“以上”)的重大项目数。每个重大项目至少达到门槛,
# 所以它们合计只有下限,其余项目的平均规模只有上限。

# %% [markdown] tags=["lang-en"]
# ## Signed projects: how large is a project, and what share do the projects of 5 billion yuan or more carry?
#
# The article gives the projects signed, their investment, and how many of them reach the major-project
# threshold ("or more"). Each major project is at least the threshold, so together they have only a lower
# bound, and the average of the other projects only an upper bound.

# %%
INVESTMENT = ["signed_projects_count", "signed_investment_yi_yuan", "major_projects_count",
              "major_project_threshold_yi_yuan"]
investment = notebook.rows(dataset.indicators, INVESTMENT)
notebook.table(investment, lang, "investment", columns=["name", "stated", "period", "surface"])

# %%
has_investment = notebook.has_all(investment, INVESTMENT, lang)
if has_investment:
    v = investment["value"]
    per_project = v["signed_investment_yi_yuan"] / v["signed_projects_count"]
    major_total = v["major_projects_count"] * v["major_project_threshold_yi_yuan"]
    major_share = 100 * major_total / v["signed_investment_yi_yuan"]
    other_projects = v["signed_projects_count"] - v["major_projects_count"]
    other_per_project = (v["signed_investment_yi_yuan"] - major_total) / other_projects
    notebook.check_formula(per_project, dataset.derived, "signed_investment_per_project_yi_yuan")
    notebook.check_formula(major_total, dataset.derived, "major_projects_investment_yi_yuan")
    notebook.check_formula(major_share, dataset.derived, "major_projects_share_of_signed_investment_pct")
    notebook.check_formula(other_per_project, dataset.derived, "other_projects_investment_per_project_yi_yuan")
    sizes = notebook.rows(dataset.derived, ["signed_investment_per_project_yi_yuan", "major_projects_investment_yi_yuan",
                                            "major_projects_share_of_signed_investment_pct",
                                            "other_projects_investment_per_project_yi_yuan"])
    display(notebook.table(sizes, lang, "sizes", columns=["name", "stated", "formula"]))

# %% tags=["chart"]
if has_investment:
    totals = pd.concat([notebook.rows(dataset.indicators, ["signed_investment_yi_yuan"]),
                        notebook.rows(dataset.derived, ["major_projects_investment_yi_yuan"])])
    per_project_sizes = pd.concat([notebook.rows(dataset.indicators, ["major_project_threshold_yi_yuan"]),
                                   notebook.rows(dataset.derived, ["signed_investment_per_project_yi_yuan",
                                                                   "other_projects_investment_per_project_yi_yuan"])])
    fig, (ax_totals, ax_sizes) = plt.subplots(1, 2, figsize=(10.4, 2.4), width_ratios=[1, 1.2], layout="constrained")
    for ax, frame, color, title in (
            (ax_totals, totals, "#2f6f9f", "投资总额" if lang == "zh" else "Total investment"),
            (ax_sizes, per_project_sizes, "#d9822b", "单个项目投资额" if lang == "zh" else "Investment per project")):
        bars = notebook.one_unit(frame).assign(shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=bars, y=f"name_{lang}", x="shown", color=color, ax=ax)
        notebook.label_bars(ax, bars, lang)
        notebook.finish_axes(ax, title, "亿元", lang, source=source if ax is ax_totals else "", horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_investment:
    notebook.say(lang,
                 zh=f"平均每个签约项目{stated('signed_investment_per_project_yi_yuan')}。{stated('major_projects_count')}投资"
                    f"{stated('major_project_threshold_yi_yuan')}的项目合计{stated('major_projects_investment_yi_yuan')},占签约投资额"
                    f"{stated('major_projects_share_of_signed_investment_pct')};其余项目平均"
                    f"{stated('other_projects_investment_per_project_yi_yuan')}。",
                 en=f"A signed project averaged {stated('signed_investment_per_project_yi_yuan')}. The "
                    f"{stated('major_projects_count')} projects of {stated('major_project_threshold_yi_yuan')} each carry "
                    f"{stated('major_projects_investment_yi_yuan')}, {stated('major_projects_share_of_signed_investment_pct')} "
                    f"of the signed investment; the other projects average {stated('other_projects_investment_per_project_yi_yuan')}.")

# %% [markdown] tags=["lang-zh"]
# ## 专利中发明专利占多少?

# %% [markdown] tags=["lang-en"]
# ## What share of the patents are invention patents?

# %%
PATENTS = ["patents_count", "invention_patents_count"]
patents = notebook.rows(dataset.indicators, PATENTS)
notebook.table(patents, lang, "patents", columns=["name", "stated", "period", "surface"])

# %%
has_patents = notebook.has_all(patents, PATENTS, lang)
if has_patents:
    v = patents["value"]
    invention_share = 100 * v["invention_patents_count"] / v["patents_count"]
    notebook.check_formula(invention_share, dataset.derived, "invention_patent_share_pct")

# %% tags=["chart"]
if has_patents:
    counts = notebook.one_unit(patents)
    fig, ax_patents = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=counts, y=f"name_{lang}", x="value", color="#4f9a6b", ax=ax_patents)
    notebook.label_bars(ax_patents, counts, lang)
    notebook.finish_axes(ax_patents, "获得国家专利与其中的发明专利" if lang == "zh"
                         else "National patents and the invention patents among them", "项", lang, source=source,
                         horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_patents:
    notebook.say(lang,
                 zh=f"获得国家专利{stated('patents_count')},其中发明专利{stated('invention_patents_count')},"
                    f"占{stated('invention_patent_share_pct')}。",
                 en=f"Of {stated('patents_count')} national patents, {stated('invention_patents_count')} are invention "
                    f"patents: {stated('invention_patent_share_pct')}.")

# %% [markdown] tags=["lang-zh"]
# ## 数字经济“五年倍增”意味着每年增长多少?
#
# 一个数,没有可比的另一个数,所以这里不画图。

# %% [markdown] tags=["lang-en"]
# ## What yearly growth does "doubling the digital economy in five years" mean?
#
# One number with nothing like it to stand beside: no chart here.

# %%
DIGITAL = ["digital_economy_growth_target_multiple"]
digital = notebook.rows(dataset.indicators, DIGITAL)
has_digital = notebook.has_all(digital, DIGITAL, lang)
if has_digital:
    target_growth = 100 * (digital["value"]["digital_economy_growth_target_multiple"] ** (1 / 5) - 1)
    notebook.check_formula(target_growth, dataset.derived, "digital_economy_annual_growth_target_pct")
    notebook.say(lang,
                 zh=f"五年增长到{stated('digital_economy_growth_target_multiple')},即年均增长"
                    f"{stated('digital_economy_annual_growth_target_pct')}(复合)。这是目标,不是结果。",
                 en=f"Reaching {stated('digital_economy_growth_target_multiple')} the size in five years means "
                    f"{stated('digital_economy_annual_growth_target_pct')} a year, compounded. A target, not a result.")

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
