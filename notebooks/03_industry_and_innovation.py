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
# ## 新材料产业利润占产值的比重是多少?2019年是多少?
#
# 原文给出2020年新材料产业的产值、利润及其增速。这里的比重以工业总产值为分母(文中无营业收入,所以不是通常的利润率);
# 假设增速为按现价、同一批企业计算的同比增速(文中均未说明),用增速倒推2019年的产值与利润,再算2019年的比重。
# 倒推值不是公布的2019年数字。

# %% [markdown] tags=["lang-en"]
# ## What is the new-materials profit-to-output ratio, and what was it in 2019?
#
# The article gives the industry's 2020 output and profit and their growth. The ratio is taken on gross output
# (the article gives no sales revenue, so it is not a usual profit margin). Assuming the growth rates are year on
# year at current prices over the same firms (the page states neither), they give the 2019 output and profit, and
# so the 2019 ratio; these are implied values, not published 2019 figures.

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
             "新材料产业工业总产值" if lang == "zh" else "New-materials gross output"),
            (ax_profit, ["new_materials_profit_2019_yi_yuan", "new_materials_profit_yi_yuan"], "亿元", "#d9822b",
             "新材料产业利润" if lang == "zh" else "New-materials profit"),
            (ax_margin, ["new_materials_profit_margin_2019_pct", "new_materials_profit_margin_pct"], "%", "#4f9a6b",
             "新材料产业利润占产值比重" if lang == "zh" else "New-materials profit / output")):
        years = pd.concat([notebook.rows(dataset.derived, ids), notebook.rows(dataset.indicators, ids)])
        # 2019 is back-calculated (an implied value, not a published one): said on its tick and hatched.
        years = notebook.one_unit(years).assign(year=["2019(推算)" if lang == "zh" else "2019 (implied)", "2020"],
                                                shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=years, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, years, lang, implied=[True, ax is ax_margin])
        notebook.finish_axes(ax, title, unit, lang, source=(
            source + (";2019年值及比重为本报告由增速推算(假设:现价、同一批企业)" if lang == "zh" else
                      "; the 2019 values and the ratios are derived in this report from the growth rates (assumption: "
                      "current prices, same firms)")) if ax is ax_output else "")
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_new_materials:
    notebook.say(lang,
                 zh=f"2020年新材料产业利润{stated('new_materials_profit_yi_yuan')},占产值的{stated('new_materials_profit_margin_pct')};"
                    f"2019年为{stated('new_materials_profit_margin_2019_pct')}(产值{stated('new_materials_output_2019_yi_yuan')}、"
                    f"利润{stated('new_materials_profit_2019_yi_yuan')},在上述假设下由增速倒推)。利润增速高于产值增速,"
                    f"利润占产值的比重因此上升。",
                 en=f"In 2020 the new-materials industry made a profit of {stated('new_materials_profit_yi_yuan')}, "
                    f"{stated('new_materials_profit_margin_pct')} of its output; in 2019 the ratio was "
                    f"{stated('new_materials_profit_margin_2019_pct')} (output {stated('new_materials_output_2019_yi_yuan')}, "
                    f"profit {stated('new_materials_profit_2019_yi_yuan')}, implied by the growth rates under the assumption "
                    f"above). Profit grew faster than output, so the profit-to-output ratio rose.")

# %% [markdown] tags=["lang-zh"]
# ## 新材料企业户均产值多大?这个产业在规上工业中占多重?
#
# 假设“目前”(发稿时)的规上新材料企业大致就是2020年产值所覆盖的企业(文中未说明;规上企业名录每年调整)。
# 新材料产值占规上工业总产值的比重只有下限(“超过”),
# 所以规上工业总产值只有上限。

# %% [markdown] tags=["lang-en"]
# ## How much does a new-materials firm produce, and what weight has the industry in above-scale industry?
#
# Output per firm assumes that the above-scale firms counted now (at publication) roughly match the firms whose
# 2020 output is reported (the page does not say so, and the list of above-scale firms changes every year). The industry's share of all above-scale
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
                         else "New-materials output and all above-scale output, 2020", "亿元", lang, source=(
                             source + (";规上工业总产值的上限为本报告由新材料产值及其占比推算" if lang == "zh" else
                                       "; the upper bound on all above-scale output is derived in this report from "
                                       "the new-materials output and its share")), horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_weight:
    notebook.say(lang,
                 zh=f"在上述假设下,{stated('new_materials_firms_count')}规上新材料企业户均产值"
                    f"{stated('new_materials_output_per_firm_yi_yuan')}。"
                    f"新材料占规上工业总产值{stated('new_materials_output_share_of_industry_ratio')},"
                    f"所以全区规上工业总产值{stated('above_scale_industrial_output_yi_yuan')}。",
                 en=f"Under that assumption, the {stated('new_materials_firms_count')} above-scale new-materials firms "
                    f"produced {stated('new_materials_output_per_firm_yi_yuan')} each on average. New materials is "
                    f"{stated('new_materials_output_share_of_industry_ratio')} of above-scale industrial output, so that "
                    f"output was {stated('above_scale_industrial_output_yi_yuan')}.")

# %% [markdown] tags=["lang-zh"]
# ## 签约项目:平均每个项目多大?50亿元以上项目占多少?
#
# 原文在介绍产业研究院的句子中给出签约项目数、签约投资额,以及其中达到投资门槛(“以上”)的重大项目数;
# 签约主体是全区还是产业研究院,文中未说明。签约额是意向投资,不是已完成的投资(背景知识,文中未说明)。
# “重大项目”是本报告对50亿元以上项目的称呼:门槛就是50亿元,每个这样的项目至少达到门槛,
# 所以它们合计只有下限,其余项目的平均规模只有上限。上下限按保守方向取整(下限向下、上限向上),
# 所以自行重算时末位可能与四舍五入不同(例如250 ÷ 667.31 = 37.46…%写作“至少37.4%”)。

# %% [markdown] tags=["lang-en"]
# ## Signed projects: how large is a project, and what share do the projects of 5 billion yuan or more carry?
#
# In a sentence about the industry research institute, the article gives the projects signed, their investment,
# and how many of them reach the major-project threshold ("or more"); it does not say whether they were signed by
# the district as a whole or through the institute. Signed amounts are pledges, not investment made (background, not
# on the page). "Major projects" is this report's word for the projects of 5 billion yuan or more: the threshold is
# 5 billion, and each such project is at least that, so together they have only a lower bound, and the average of
# the other projects only an upper bound. Bounds are rounded in the safe direction (a lower bound down, an upper bound
# up), so a recomputation may differ from ordinary rounding in the last digit (250 ÷ 667.31 = 37.46…% is written
# "at least 37.4%").

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
    # Short bar labels (the full names, with who signed, are in the tables above): long ones overprinted each other.
    n_all, n_major = int(v["signed_projects_count"]), int(v["major_projects_count"])
    totals["bar"] = ([f"全部{n_all}个签约项目", f"{n_major}个50亿元以上项目合计"] if lang == "zh"
                     else [f"All {n_all} signed projects", f"The {n_major} largest projects together"])
    per_project_sizes["bar"] = ([f"{n_major}个50亿元以上项目:每个", f"全部{n_all}个项目:平均", f"其余{n_all - n_major}个项目:平均"]
                                if lang == "zh" else [f"Each of the {n_major} largest", f"All {n_all}: average",
                                                      f"Other {n_all - n_major}: average"])
    fig, (ax_totals, ax_sizes) = plt.subplots(1, 2, figsize=(10.4, 2.6), width_ratios=[1, 1.1], layout="constrained")
    for ax, frame, color, title in (
            (ax_totals, totals, "#2f6f9f", "签约投资额(意向投资)" if lang == "zh" else "Signed (pledged) investment"),
            (ax_sizes, per_project_sizes, "#d9822b", "每个项目的签约投资额" if lang == "zh" else "Signed investment per project")):
        bars = notebook.one_unit(frame).assign(shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=bars, y="bar", x="shown", color=color, ax=ax)
        notebook.label_bars(ax, bars, lang)
        notebook.finish_axes(ax, title, "亿元", lang, horizontal=True, source=(
            source + (";合计、平均额及其上下限为本报告推算" if lang == "zh" else
                      "; totals, averages and their bounds derived in this report")) if ax is ax_totals else "")
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
#
# 原句只有第一分句点明主语(上虞院士专家工作站);后面的专利和标准最可能也属于工作站,而不是全区,但文中未说明;专利为发稿时的存量,推测为累计数。

# %% [markdown] tags=["lang-en"]
# ## What share of the patents are invention patents?
#
# Only the sentence's first clause names its subject (Shangyu's academician and expert workstations); the patents and
# standards after it are most plausibly theirs, not the whole district's, but the page does not say so; the patents
# are a stock at publication, presumably cumulative.

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
    # Short bar labels; the scope hedge (and the stock) goes in the title: the full names overprinted each other.
    counts = notebook.one_unit(patents).assign(bar=["国家专利(各类)", "其中发明专利"] if lang == "zh"
                                               else ["National patents (all types)", "of which invention patents"])
    fig, ax_patents = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=counts, y="bar", x="value", color="#4f9a6b", ax=ax_patents)
    notebook.label_bars(ax_patents, counts, lang)
    notebook.finish_axes(ax_patents, "获得国家专利(最可能属院士专家工作站;目前存量)" if lang == "zh"
                         else "Patents obtained (most plausibly the academician workstations'; stock now)", "项", lang,
                         source=source, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_patents:
    notebook.say(lang,
                 zh=f"获得国家专利{stated('patents_count')}(最可能属院士专家工作站,见上),其中发明专利"
                    f"{stated('invention_patents_count')},占{stated('invention_patent_share_pct')}。",
                 en=f"Of the {stated('patents_count')} national patents (most plausibly the academician and expert "
                    f"workstations', see above), "
                    f"{stated('invention_patents_count')} are invention patents: {stated('invention_patent_share_pct')}.")

# %% [markdown] tags=["lang-zh"]
# ## 数字经济“五年倍增”意味着每年增长多少?
#
# “倍增”即五年后达到基期的2倍(翻一番);文中未说明起止年份、衡量口径和价格口径,这里读作目标。只有一个数,这里不画图。

# %% [markdown] tags=["lang-en"]
# ## What yearly growth does "doubling the digital economy in five years" mean?
#
# Doubling (倍增) means a level after five years of twice the base; the page gives no years, measure or price
# basis, and it is read here as a target. A single number: no chart.

# %%
DIGITAL = ["digital_economy_growth_target_multiple"]
digital = notebook.rows(dataset.indicators, DIGITAL)
has_digital = notebook.has_all(digital, DIGITAL, lang)
if has_digital:
    target_growth = 100 * (digital["value"]["digital_economy_growth_target_multiple"] ** (1 / 5) - 1)
    notebook.check_formula(target_growth, dataset.derived, "digital_economy_annual_growth_target_pct")
    notebook.say(lang,
                 zh=f"五年后达到基期的{stated('digital_economy_growth_target_multiple')}(翻一番),即年均增长"
                    f"{stated('digital_economy_annual_growth_target_pct')}(复合)。这是目标,不是结果;起止年份推测为"
                    f"“十四五”时期,衡量口径和价格口径文中未说明。",
                 en=f"A level after five years of {stated('digital_economy_growth_target_multiple')} the base (doubling) "
                    f"means {stated('digital_economy_annual_growth_target_pct')} a year, compounded. A target, not a "
                    f"result; the years are presumably those of the 14th Five-Year Plan, and the measure and price basis "
                    f"are not stated.")

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
