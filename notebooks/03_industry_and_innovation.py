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
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article: a path from the project root, or absolute
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build
categories: list = ["industry", "digital_economy", "investment", "innovation", "policy"]  # closing table

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params
from shangyu_analysis.schema import Category

PARAMETERS = {
    "article": params.ARTICLE,
    "lang": params.LANG,
    "show_code": params.FLAG,
    "categories": params.Subset(Category),
}
params.check(PARAMETERS, globals())

import re
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from IPython.display import display

from shangyu_analysis import config
from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import fonts, notebook, select
from shangyu_analysis.report.charts.style import source_line
from shangyu_analysis.report.format import format_value
from shangyu_analysis.report.units import PLAIN_RATIO

fonts.apply_theme()
dataset = load_published(article)  # the published tables (data/processed/<stem>/) as DataFrames
source = source_line(dataset.source, lang, dataset.article)
# The notes under each question work the seed page's figures as the example (its periods, scopes, caveats): a
# report of any other page says so first, and that its questions pick this page's figures by measure.
example_page = Path(dataset.article.path or "").stem == config.SEED_NAME
if not example_page:
    notebook.say(
        lang,
        zh=f"{source}。下面各问按数字所测量的指标(度量)、地点和时期选取本页的数字,凡有所需数字的地点都作答;"
        f"各问开头的说明是就示例页面(上虞专版)写的,其中的年份、范围和注意事项不一定适用于本页。"
        + ("" if dataset.curated else "本文没有指标目录:最后的表列出自动生成的指标。"),
        en=f"{source}. Each question below picks this page's figures by what they measure, where and when, "
        f"and answers for every place that has them; the notes opening each question were written for the "
        f"example page (the Shangyu special page), and their years, scopes and caveats need not apply "
        f"here."
        + (
            ""
            if dataset.curated
            else " This article has no curated catalog: the closing table lists the automatic indicators."
        ),
    )


def stated(item_id: str) -> str:
    """An indicator or derived value as the report writes it: unit, qualifier and precision (format_value)."""
    return notebook.stated(dataset.row(item_id), lang)


def said(frame: pd.DataFrame, position: int = 0) -> str:
    """The outcome of the group at ``position`` as this report writes it (select.said)."""
    return select.said(frame, lang, position)


def by_place(frame: pd.DataFrame, title: str, color: str = "#2f6f9f"):
    """One measure across places (and periods): a bar each, drawn with seaborn; returns the Axes."""
    bars = notebook.one_unit(frame).assign(
        shown=lambda f: notebook.axis_values(f, lang),
        bar=[select.where(p, q, lang) for p, q in zip(frame["place"], frame["period"])],
    )
    _, ax = plt.subplots(figsize=(6.4, 0.6 + 0.4 * len(bars)), layout="constrained")
    sns.barplot(data=bars, y="bar", x="shown", color=color, ax=ax)
    notebook.label_bars(ax, bars, lang, implied=[True] * len(bars))  # computed in this report
    unit = str(bars["unit"].iloc[0])  # a computed ratio is a quotient (1.80), not a share
    return notebook.finish_axes(
        ax,
        title,
        PLAIN_RATIO if unit == "ratio" else unit,
        lang,
        horizontal=True,
        source=source + (";为本报告推算" if lang == "zh" else "; derived in this report"),
    )


def compare(outcomes: list[pd.DataFrame]) -> bool:
    """Draw each outcome across places (one chart per measure) when one has more than one place or period."""
    if not any(len(o) > 1 for o in outcomes):
        return False
    for frame in outcomes:
        if len(frame) > 1:
            by_place(frame, frame[f"name_{lang}"].iloc[0])
    plt.show()
    return True


def each(ids: pd.DataFrame):
    """(position, the group in words, the group's ids) of every group of select.matched."""
    for k, (_, row) in enumerate(ids.iterrows()):
        first = dataset.row(row.iloc[0])
        yield k, select.where(first["place"], first["period"], lang), row


# %% [markdown] tags=["lang-zh"]
# ## 产业利润占产值的比重是多少?上一年是多少?
#
# 原文给出2020年新材料产业的产值、利润及其增速。这里的比重以工业总产值为分母(文中无营业收入,所以不是通常的利润率);
# 假设增速为按现价、同一批企业计算的同比增速(文中均未说明),用增速倒推2019年的产值与利润,再算2019年的比重。
# 倒推值不是公布的2019年数字。

# %% [markdown] tags=["lang-en"]
# ## What is an industry's profit-to-output ratio, and what was it the year before?
#
# The article gives the industry's 2020 output and profit and their growth. The ratio is taken on gross output
# (the article gives no sales revenue, so it is not a usual profit margin). Assuming the growth rates are year on
# year at current prices over the same firms (the page states neither), they give the 2019 output and profit, and
# so the 2019 ratio; these are implied values, not published 2019 figures.

# %%
# An industry's output and profit, with their growth: the vocabulary has no term for either (its 规上工业总产值 is all
# above-scale industry), so they are picked by their 其他: names, in plain sight here.
NEW_MATERIALS = {
    "工业总产值": re.compile(r"^其他:.*工业总产值$"),
    "工业总产值增速": re.compile(r"^其他:.*工业总产值增速$"),
    "利润": re.compile(r"^其他:.*利润$"),
    "利润增速": re.compile(r"^其他:.*利润增速$"),
}
new_materials = select.by_measure(dataset.indicators, NEW_MATERIALS)
notebook.table(new_materials, lang, "new-materials", columns=select.indicator_columns(new_materials))

# %%
margin_values, margin_ids = select.matched(new_materials, NEW_MATERIALS, unit="亿元")
has_new_materials = select.answerable(new_materials, NEW_MATERIALS, margin_values, lang)
if has_new_materials:
    v = margin_values
    margin = 100 * v["利润"] / v["工业总产值"]
    output_2019 = v["工业总产值"] / (1 + v["工业总产值增速"] / 100)
    profit_2019 = v["利润"] / (1 + v["利润增速"] / 100)
    margin_2019 = 100 * profit_2019 / output_2019
    margin_rows = [
        select.outcome(computed, formula, names, unit, precision, values=v, ids=margin_ids, table=dataset.indicators)
        for computed, formula, names, unit, precision in (
            (
                output_2019,
                "工业总产值 / (1 + 工业总产值增速 / 100)",
                ("上年工业总产值(推算)", "Previous year's output (implied)"),
                "亿元",
                2,
            ),
            (
                profit_2019,
                "利润 / (1 + 利润增速 / 100)",
                ("上年利润(推算)", "Previous year's profit (implied)"),
                "亿元",
                2,
            ),
            (
                margin_2019,
                "100 * (利润 / (1 + 利润增速 / 100)) / (工业总产值 / (1 + 工业总产值增速 / 100))",
                ("上年利润占产值比重(推算)", "Previous year's profit / output (implied)"),
                "%",
                1,
            ),
            (margin, "100 * 利润 / 工业总产值", ("利润占产值比重", "Profit / output"), "%", 1),
        )
    ]
    curated_margin = [
        select.has_derived(dataset.derived, "new_materials_profit_margin_pct", ids[["利润", "工业总产值"]])
        for _, ids in margin_ids.iterrows()
    ] == [True]
    if curated_margin:
        notebook.check_formula(margin.iloc[0], dataset.derived, "new_materials_profit_margin_pct")
        notebook.check_formula(output_2019.iloc[0], dataset.derived, "new_materials_output_2019_yi_yuan")
        notebook.check_formula(profit_2019.iloc[0], dataset.derived, "new_materials_profit_2019_yi_yuan")
        notebook.check_formula(margin_2019.iloc[0], dataset.derived, "new_materials_profit_margin_2019_pct")
        implied_2019 = notebook.rows(
            dataset.derived,
            [
                "new_materials_output_2019_yi_yuan",
                "new_materials_profit_2019_yi_yuan",
                "new_materials_profit_margin_2019_pct",
                "new_materials_profit_margin_pct",
            ],
            skip_missing=True,
        )
        display(notebook.table(implied_2019, lang, "implied-2019", columns=["name", "stated", "formula"]))
    else:
        display(
            notebook.table(
                select.in_words(pd.concat(margin_rows), lang),
                lang,
                "implied-2019",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_new_materials and not curated_margin and compare(margin_rows):
    pass  # a comparison by place: one chart per measure
elif has_new_materials:
    output_id, _, profit_id, _ = margin_ids.iloc[0]
    previous = [o.iloc[0] for o in margin_rows]  # the first place's implied values, in the order of margin_rows
    fig, (ax_output, ax_profit, ax_margin) = plt.subplots(1, 3, figsize=(9.6, 2.6), layout="constrained")
    for ax, ids, unit, color, title in (
        (
            ax_output,
            ["new_materials_output_2019_yi_yuan", output_id],
            "亿元",
            "#2f6f9f",
            "新材料产业工业总产值" if lang == "zh" else "New-materials gross output",
        ),
        (
            ax_profit,
            ["new_materials_profit_2019_yi_yuan", profit_id],
            "亿元",
            "#d9822b",
            "新材料产业利润" if lang == "zh" else "New-materials profit",
        ),
        (
            ax_margin,
            ["new_materials_profit_margin_2019_pct", "new_materials_profit_margin_pct"],
            "%",
            "#4f9a6b",
            "新材料产业利润占产值比重" if lang == "zh" else "New-materials profit / output",
        ),
    ):
        if curated_margin:
            years = pd.concat(
                [
                    notebook.rows(dataset.derived, ids, skip_missing=True),
                    notebook.rows(dataset.indicators, ids, skip_missing=True),
                ]
            )
        else:  # the same three panels from the outcomes: previous year (implied), then the page's year
            position = (ax_output, ax_profit, ax_margin).index(ax)
            latest = (dataset.row(output_id), dataset.row(profit_id), margin_rows[3].iloc[0])[position]
            years = pd.DataFrame([previous[position], latest])
            title = (
                select.measure_words(("工业总产值", "利润", "利润")[position], lang)
                if position < 2
                else margin_rows[3][f"name_{lang}"].iloc[0]
            )
        # 2019 is back-calculated (an implied value, not a published one): said on its tick and hatched.
        years = notebook.one_unit(years).assign(
            year=["2019(推算)" if lang == "zh" else "2019 (implied)", "2020"]
            if curated_margin
            else ["上年(推算)" if lang == "zh" else "previous year (implied)", "本年" if lang == "zh" else "this year"],
            shown=lambda f: notebook.axis_values(f, lang),
        )
        sns.barplot(data=years, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, years, lang, implied=[True, ax is ax_margin])
        notebook.finish_axes(
            ax,
            title,
            unit,
            lang,
            source=(
                source
                + (
                    ";2019年值及比重为本报告由增速推算(假设:现价、同一批企业)"
                    if lang == "zh"
                    else "; the 2019 values and the ratios are derived in this report from the growth rates (assumption: "
                    "current prices, same firms)"
                )
                if curated_margin
                else source
                + (
                    ";上年值及比重为本报告由增速推算(假设:现价、同一批企业)"
                    if lang == "zh"
                    else "; the previous year's values and the ratios are derived in this report from the growth rates "
                    "(assumption: current prices, same firms)"
                )
            )
            if ax is ax_output
            else "",
        )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_new_materials and curated_margin:
    output_id, _, profit_id, _ = margin_ids.iloc[0]
    notebook.say(
        lang,
        zh=f"2020年新材料产业利润{stated(profit_id)},占产值的{stated('new_materials_profit_margin_pct')};"
        f"2019年为{stated('new_materials_profit_margin_2019_pct')}(产值{stated('new_materials_output_2019_yi_yuan')}、"
        f"利润{stated('new_materials_profit_2019_yi_yuan')},在上述假设下由增速倒推)。利润增速高于产值增速,"
        f"利润占产值的比重因此上升。",
        en=f"In 2020 the new-materials industry made a profit of {stated(profit_id)}, "
        f"{stated('new_materials_profit_margin_pct')} of its output; in 2019 the ratio was "
        f"{stated('new_materials_profit_margin_2019_pct')} (output {stated('new_materials_output_2019_yi_yuan')}, "
        f"profit {stated('new_materials_profit_2019_yi_yuan')}, implied by the growth rates under the assumption "
        f"above). Profit grew faster than output, so the profit-to-output ratio rose.",
    )
elif has_new_materials:
    output_2019_rows, profit_2019_rows, margin_2019_rows, margin_now_rows = margin_rows
    for k, at, ids in each(margin_ids):
        notebook.say(
            lang,
            zh=f"{at}:利润{stated(ids['利润'])},占工业总产值{stated(ids['工业总产值'])}的{said(margin_now_rows, k)};"
            f"上年为{said(margin_2019_rows, k)}(产值{said(output_2019_rows, k)}、利润{said(profit_2019_rows, k)},"
            f"假设增速为现价、同一批企业的同比增速,由增速倒推)。",
            en=f"{at}: a profit of {stated(ids['利润'])}, {said(margin_now_rows, k)} of the gross output of "
            f"{stated(ids['工业总产值'])}; the previous year's ratio was {said(margin_2019_rows, k)} (output "
            f"{said(output_2019_rows, k)}, profit {said(profit_2019_rows, k)}, implied by the growth rates, "
            f"assumed year on year at current prices over the same firms).",
        )

# %% [markdown] tags=["lang-zh"]
# ## 产业的企业户均产值多大?这个产业在规上工业中占多重?
#
# 假设“目前”(发稿时)的规上新材料企业大致就是2020年产值所覆盖的企业(文中未说明;规上企业名录每年调整)。
# 新材料产值占规上工业总产值的比重只有下限(“超过”),
# 所以规上工业总产值只有上限。

# %% [markdown] tags=["lang-en"]
# ## How much does a firm of an industry produce, and what weight has the industry in above-scale industry?
#
# Output per firm assumes that the above-scale firms counted now (at publication) roughly match the firms whose
# 2020 output is reported (the page does not say so, and the list of above-scale firms changes every year). The industry's share of all above-scale
# industrial output has only a lower bound ("more than"), so that total has only an upper bound.

# %%
# Firms of an industry, its output (by its 其他: name, as above) and its share of all above-scale output (the
# vocabulary's 规上工业总产值, as a share): the figures of one paragraph, since the count may be of another year.
WEIGHT = {"企业数量": "企业数量", "工业总产值": NEW_MATERIALS["工业总产值"], "占比": "规上工业总产值"}
weight = select.by_measure(dataset.indicators, WEIGHT)
weight = weight[(weight["measure"] != "规上工业总产值") | weight["unit"].isin(["ratio", "%"])]  # the share, not a total
weight_values, weight_ids = select.matched(weight, WEIGHT, keys=("place", "paragraph"), unit="亿元")
notebook.table(
    select.used(weight, weight_ids), lang, "weight", columns=select.indicator_columns(select.used(weight, weight_ids))
)

# %%
has_weight = select.answerable(weight, WEIGHT, weight_values, lang)
if has_weight:
    v = weight_values.assign(
        占比=[
            value / 100 if dataset.row(i)["unit"] == "%" else value  # a share, as a fraction
            for value, i in zip(weight_values["占比"], weight_ids["占比"])
        ]
    )
    per_firm = v["工业总产值"] / v["企业数量"]
    industry_total = v["工业总产值"] / v["占比"]
    per_firm_rows = select.outcome(
        per_firm,
        "工业总产值 / 企业数量",
        ("户均工业总产值", "Output per firm"),
        "亿元",
        2,
        values=v,
        ids=weight_ids,
        table=dataset.indicators,
    )
    total_rows = select.outcome(
        industry_total,
        "工业总产值 / 占比",
        ("规上工业总产值(推算)", "All above-scale industrial output (implied)"),
        "亿元",
        1,
        values=v,
        ids=weight_ids,
        table=dataset.indicators,
    )
    curated_weight = [
        select.has_derived(dataset.derived, "new_materials_output_per_firm_yi_yuan", ids[["工业总产值", "企业数量"]])
        for _, ids in weight_ids.iterrows()
    ] == [True]
    if curated_weight:
        notebook.check_formula(per_firm.iloc[0], dataset.derived, "new_materials_output_per_firm_yi_yuan")
        notebook.check_formula(industry_total.iloc[0], dataset.derived, "above_scale_industrial_output_yi_yuan")
        scale = notebook.rows(
            dataset.derived,
            ["new_materials_output_per_firm_yi_yuan", "above_scale_industrial_output_yi_yuan"],
            skip_missing=True,
        )
        display(notebook.table(scale, lang, "scale", columns=["name", "stated", "formula"]))
    else:
        display(
            notebook.table(
                select.in_words(pd.concat([per_firm_rows, total_rows]), lang),
                lang,
                "scale",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_weight and not curated_weight and compare([per_firm_rows, total_rows]):
    pass  # a comparison by place: one chart per measure
elif has_weight:
    output_id = weight_ids["工业总产值"].iloc[0]
    whole = pd.concat(
        [
            notebook.rows(dataset.derived, ["above_scale_industrial_output_yi_yuan"], skip_missing=True)
            if curated_weight
            else total_rows.iloc[:1],
            notebook.rows(dataset.indicators, [output_id], skip_missing=True),
        ]
    )
    whole = notebook.one_unit(whole).assign(shown=lambda f: notebook.axis_values(f, lang))
    fig, ax_weight = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=whole, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_weight)
    notebook.label_bars(ax_weight, whole, lang)
    notebook.finish_axes(
        ax_weight,
        (
            "新材料产值与规上工业总产值(2020年)"
            if lang == "zh"
            else "New-materials output and all above-scale output, 2020"
        )
        if curated_weight
        else ("产业产值与规上工业总产值" if lang == "zh" else "The industry's output and all above-scale output"),
        "亿元",
        lang,
        source=(
            source
            + (
                ";规上工业总产值的上限为本报告由新材料产值及其占比推算"
                if lang == "zh"
                else "; the upper bound on all above-scale output is derived in this report from "
                "the new-materials output and its share"
            )
        )
        if curated_weight
        else source
        + (
            ";规上工业总产值为本报告由产值及其占比推算"
            if lang == "zh"
            else "; all above-scale output is derived in this report from the output and its share"
        ),
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_weight and curated_weight:
    firms_id, output_id, share_id = weight_ids.iloc[0]
    notebook.say(
        lang,
        zh=f"在上述假设下,{stated(firms_id)}规上新材料企业户均产值"
        f"{stated('new_materials_output_per_firm_yi_yuan')}。"
        f"新材料占规上工业总产值{stated(share_id)},"
        f"所以全区规上工业总产值{stated('above_scale_industrial_output_yi_yuan')}。",
        en=f"Under that assumption, the {stated(firms_id)} above-scale new-materials firms "
        f"produced {stated('new_materials_output_per_firm_yi_yuan')} each on average. New materials is "
        f"{stated(share_id)} of above-scale industrial output, so that "
        f"output was {stated('above_scale_industrial_output_yi_yuan')}.",
    )
elif has_weight:
    for k, at, ids in each(weight_ids):
        notebook.say(
            lang,
            zh=f"{at}:{stated(ids['企业数量'])}企业户均产值{said(per_firm_rows, k)}(假设产值所计的正是这些企业);"
            f"产值占规上工业总产值{stated(ids['占比'])},所以规上工业总产值{said(total_rows, k)}。",
            en=f"{at}: the {stated(ids['企业数量'])} firms produced {said(per_firm_rows, k)} each on average "
            f"(assuming the output counts these very firms); the output is {stated(ids['占比'])} of "
            f"above-scale industrial output, so that output was {said(total_rows, k)}.",
        )

# %% [markdown] tags=["lang-zh"]
# ## 签约项目:平均每个项目多大?大项目占多少?
#
# 原文在介绍产业研究院的句子中给出签约项目数、签约投资额,以及其中达到投资门槛(“以上”)的重大项目数;
# 签约主体是全区还是产业研究院,文中未说明。签约额是意向投资,不是已完成的投资(背景知识,文中未说明)。
# “重大项目”是本报告对50亿元以上项目的称呼:门槛就是50亿元,每个这样的项目至少达到门槛,
# 所以它们合计只有下限,其余项目的平均规模只有上限。上下限按保守方向取整(下限向下、上限向上),
# 所以自行重算时末位可能与四舍五入不同(例如250 ÷ 667.31 = 37.46…%写作“至少37.4%”)。

# %% [markdown] tags=["lang-en"]
# ## Signed projects: how large is a project, and what share do the large projects carry?
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
# Projects and their signed amounts, said in one sentence: the amount with a lower bound (…以上) is a threshold, the
# count said after it the projects that reach it; the other count and amount are all the projects. Plain pandas.
PROJECTS = ["项目数量", "投资额"]
projects = select.by_measure(dataset.indicators, PROJECTS)
signed = []  # one line per sentence: the ids of count, amount and, when said, threshold and count at the threshold
for _sentence, said_together in projects.groupby("sentence", sort=False):
    amounts = said_together[said_together["measure"] == "投资额"]
    counts = said_together[said_together["measure"] == "项目数量"]
    thresholds = amounts[amounts["qualifier"].isin(["at_least", "more_than"])]
    totals = amounts.drop(thresholds.index)
    if len(totals) != 1 or counts.empty:
        continue
    after = counts[counts["start"] > thresholds["start"].min()] if len(thresholds) == 1 else counts.iloc[:0]
    signed.append(
        {
            "项目数": counts.drop(after.index).index[0],
            "投资额": totals.index[0],
            "大项目数": after.index[0] if len(after) else None,
            "门槛": thresholds.index[0] if len(after) else None,
        }
    )
signed_ids = pd.DataFrame(signed, columns=["项目数", "投资额", "大项目数", "门槛"])
investment = select.used(projects, signed_ids.dropna(axis=1, how="all").fillna(""))
notebook.table(investment, lang, "investment", columns=select.indicator_columns(investment))

# %%
has_investment = select.answerable(projects, PROJECTS, signed_ids, lang)
if has_investment:
    v = signed_ids.map(
        lambda i: select.in_unit(dataset.value(i), dataset.row(i)["unit"], "亿元") if i else float("nan")
    )
    per_project = v["投资额"] / v["项目数"]
    major_total = v["大项目数"] * v["门槛"]
    major_share = 100 * major_total / v["投资额"]
    other_projects = v["项目数"] - v["大项目数"]
    other_per_project = (v["投资额"] - major_total) / other_projects
    full = v["门槛"].notna()  # the sentences that give a threshold too
    ids_all, ids_full = signed_ids[["项目数", "投资额"]], signed_ids[full]
    investment_rows = [
        select.outcome(
            per_project,
            "投资额 / 项目数",
            ("平均每个项目签约投资额", "Signed investment per project"),
            "亿元",
            2,
            values=v[["项目数", "投资额"]],
            ids=ids_all,
            table=dataset.indicators,
        )
    ] + [
        select.outcome(
            computed[full], formula, names, unit, precision, values=v[full], ids=ids_full, table=dataset.indicators
        )
        for computed, formula, names, unit, precision in (
            (major_total, "大项目数 * 门槛", ("达到门槛的项目合计", "Projects at the threshold, together"), "亿元", 2),
            (
                major_share,
                "100 * 大项目数 * 门槛 / 投资额",
                ("达到门槛的项目占签约投资额比重", "Projects at the threshold, share of signed investment"),
                "%",
                1,
            ),
            (
                other_per_project,
                "(投资额 - 大项目数 * 门槛) / (项目数 - 大项目数)",
                ("其余项目平均签约投资额", "Other projects, average signed investment"),
                "亿元",
                2,
            ),
        )
    ]
    curated_investment = (
        len(signed_ids) == 1
        and select.has_derived(dataset.derived, "signed_investment_per_project_yi_yuan", ids_all.iloc[0])
        and full.all()
    )
    if curated_investment:
        notebook.check_formula(per_project.iloc[0], dataset.derived, "signed_investment_per_project_yi_yuan")
        notebook.check_formula(major_total.iloc[0], dataset.derived, "major_projects_investment_yi_yuan")
        notebook.check_formula(major_share.iloc[0], dataset.derived, "major_projects_share_of_signed_investment_pct")
        notebook.check_formula(
            other_per_project.iloc[0], dataset.derived, "other_projects_investment_per_project_yi_yuan"
        )
        sizes = notebook.rows(
            dataset.derived,
            [
                "signed_investment_per_project_yi_yuan",
                "major_projects_investment_yi_yuan",
                "major_projects_share_of_signed_investment_pct",
                "other_projects_investment_per_project_yi_yuan",
            ],
            skip_missing=True,
        )
        display(notebook.table(sizes, lang, "sizes", columns=["name", "stated", "formula"]))
    else:
        display(
            notebook.table(
                select.in_words(pd.concat(investment_rows), lang),
                lang,
                "sizes",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_investment and not curated_investment and compare(investment_rows):
    pass  # a comparison by place: one chart per measure
elif has_investment and full.iloc[0]:
    count_id, amount_id, major_id, threshold_id = signed_ids.iloc[0]
    derived_rows = (
        notebook.rows(
            dataset.derived,
            [
                "major_projects_investment_yi_yuan",
                "signed_investment_per_project_yi_yuan",
                "other_projects_investment_per_project_yi_yuan",
            ],
            skip_missing=True,
        )
        if curated_investment
        else pd.concat([o.iloc[:1] for o in investment_rows]).iloc[[1, 0, 3]]
    )
    totals = pd.concat([notebook.rows(dataset.indicators, [amount_id], skip_missing=True), derived_rows.iloc[:1]])
    per_project_sizes = pd.concat(
        [notebook.rows(dataset.indicators, [threshold_id], skip_missing=True), derived_rows.iloc[1:]]
    )
    # Short bar labels (the full names, with who signed, are in the tables above): long ones overprinted each other.
    n_all, n_major = int(v["项目数"].iloc[0]), int(v["大项目数"].iloc[0])
    threshold_text = format_value(dataset.value(threshold_id), dataset.row(threshold_id)["unit"], None, 0, lang)
    totals["bar"] = (
        [f"全部{n_all}个签约项目", f"{n_major}个{threshold_text}以上项目合计"]
        if lang == "zh"
        else [f"All {n_all} signed projects", f"The {n_major} largest projects together"]
    )
    per_project_sizes["bar"] = (
        [f"{n_major}个{threshold_text}以上项目:每个", f"全部{n_all}个项目:平均", f"其余{n_all - n_major}个项目:平均"]
        if lang == "zh"
        else [f"Each of the {n_major} largest", f"All {n_all}: average", f"Other {n_all - n_major}: average"]
    )
    fig, (ax_totals, ax_sizes) = plt.subplots(1, 2, figsize=(10.4, 2.6), width_ratios=[1, 1.1], layout="constrained")
    for ax, frame, color, title in (
        (ax_totals, totals, "#2f6f9f", "签约投资额(意向投资)" if lang == "zh" else "Signed (pledged) investment"),
        (
            ax_sizes,
            per_project_sizes,
            "#d9822b",
            "每个项目的签约投资额" if lang == "zh" else "Signed investment per project",
        ),
    ):
        bars = notebook.one_unit(frame).assign(shown=lambda f: notebook.axis_values(f, lang))
        sns.barplot(data=bars, y="bar", x="shown", color=color, ax=ax)
        notebook.label_bars(ax, bars, lang)
        notebook.finish_axes(
            ax,
            title,
            "亿元",
            lang,
            horizontal=True,
            source=(
                source
                + (
                    ";合计、平均额及其上下限为本报告推算"
                    if lang == "zh"
                    else "; totals, averages and their bounds derived in this report"
                )
            )
            if ax is ax_totals
            else "",
        )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
elif has_investment:
    notebook.no_chart(lang, zh="(只有一个平均数,见下句。)", en="(A single average: see the sentence below.)")
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_investment and curated_investment:
    count_id, amount_id, major_id, threshold_id = signed_ids.iloc[0]
    notebook.say(
        lang,
        zh=f"平均每个签约项目{stated('signed_investment_per_project_yi_yuan')}。{stated(major_id)}投资"
        f"{stated(threshold_id)}的项目合计{stated('major_projects_investment_yi_yuan')},占签约投资额"
        f"{stated('major_projects_share_of_signed_investment_pct')};其余项目平均"
        f"{stated('other_projects_investment_per_project_yi_yuan')}。",
        en=f"A signed project averaged {stated('signed_investment_per_project_yi_yuan')}. The "
        f"{stated(major_id)} projects of {stated(threshold_id)} each carry "
        f"{stated('major_projects_investment_yi_yuan')}, {stated('major_projects_share_of_signed_investment_pct')} "
        f"of the signed investment; the other projects average {stated('other_projects_investment_per_project_yi_yuan')}.",
    )
elif has_investment:
    per_project_rows, major_rows, share_rows, other_rows = investment_rows
    for k, at, ids in each(signed_ids[["项目数", "投资额"]]):
        position = list(ids_full.index).index(signed_ids.index[k]) if full.iloc[k] else None
        notebook.say(
            lang,
            zh=f"{at}:{stated(ids['项目数'])}项目签约投资{stated(ids['投资额'])},平均每个{said(per_project_rows, k)}。"
            + (
                f"其中{stated(signed_ids['大项目数'].iloc[k])}投资{stated(signed_ids['门槛'].iloc[k])}的项目合计"
                f"{said(major_rows, position)},占{said(share_rows, position)};其余项目平均{said(other_rows, position)}。"
                if position is not None
                else ""
            ),
            en=f"{at}: {stated(ids['项目数'])} projects signed for {stated(ids['投资额'])}, "
            f"{said(per_project_rows, k)} each on average."
            + (
                f" The {stated(signed_ids['大项目数'].iloc[k])} projects of {stated(signed_ids['门槛'].iloc[k])} "
                f"each carry {said(major_rows, position)}, {said(share_rows, position)}; the other projects "
                f"average {said(other_rows, position)}."
                if position is not None
                else ""
            ),
        )

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
# Patents and, of them, invention patents: no vocabulary term, so by their 其他: names, said in one sentence.
PATENTS = {"专利": re.compile(r"^其他:(?!.*发明).*专利$"), "发明专利": re.compile(r"^其他:.*发明专利$")}
patents = select.by_measure(dataset.indicators, PATENTS)
patent_values, patent_ids = select.matched(patents, PATENTS, keys=("place", "sentence"))
notebook.table(
    select.used(patents, patent_ids),
    lang,
    "patents",
    columns=select.indicator_columns(select.used(patents, patent_ids)),
)

# %%
has_patents = select.answerable(patents, PATENTS, patent_values, lang)
if has_patents:
    v = patent_values
    invention_share = 100 * v["发明专利"] / v["专利"]
    share_rows = select.outcome(
        invention_share,
        "100 * 发明专利 / 专利",
        ("发明专利占比", "Invention patents, share"),
        "%",
        1,
        values=v,
        ids=patent_ids,
        table=dataset.indicators,
    )
    curated_patents = [
        select.has_derived(dataset.derived, "invention_patent_share_pct", ids) for _, ids in patent_ids.iterrows()
    ] == [True]
    if curated_patents:
        notebook.check_formula(invention_share.iloc[0], dataset.derived, "invention_patent_share_pct")
    else:
        display(
            notebook.table(
                select.in_words(share_rows, lang),
                lang,
                "patent-share",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_patents and not curated_patents and compare([share_rows]):
    pass  # a comparison by place
elif has_patents:
    # Short bar labels; the scope hedge (and the stock) goes in the title: the full names overprinted each other.
    counts = notebook.one_unit(patents.loc[list(patent_ids.iloc[0])]).assign(
        bar=["国家专利(各类)", "其中发明专利"]
        if lang == "zh"
        else ["National patents (all types)", "of which invention patents"]
    )
    fig, ax_patents = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=counts, y="bar", x="value", color="#4f9a6b", ax=ax_patents)
    notebook.label_bars(ax_patents, counts, lang)
    notebook.finish_axes(
        ax_patents,
        (
            "获得国家专利(最可能属院士专家工作站;目前存量)"
            if lang == "zh"
            else "Patents obtained (most plausibly the academician workstations'; stock now)"
        )
        if curated_patents
        else ("专利与发明专利" if lang == "zh" else "Patents and invention patents"),
        "项",
        lang,
        source=source,
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_patents and curated_patents:
    all_id, invention_id = patent_ids.iloc[0]
    notebook.say(
        lang,
        zh=f"获得国家专利{stated(all_id)}(最可能属院士专家工作站,见上),其中发明专利"
        f"{stated(invention_id)},占{stated('invention_patent_share_pct')}。",
        en=f"Of the {stated(all_id)} national patents (most plausibly the academician and expert "
        f"workstations', see above), "
        f"{stated(invention_id)} are invention patents: {stated('invention_patent_share_pct')}.",
    )
elif has_patents:
    for k, at, ids in each(patent_ids):
        notebook.say(
            lang,
            zh=f"{at}:专利{stated(ids['专利'])},其中发明专利{stated(ids['发明专利'])},占{said(share_rows, k)}。",
            en=f"{at}: of {stated(ids['专利'])} patents, {stated(ids['发明专利'])} are invention patents: "
            f"{said(share_rows, k)}.",
        )

# %% [markdown] tags=["lang-zh"]
# ## 多年倍增的目标意味着每年增长多少?
#
# “倍增”即五年后达到基期的2倍(翻一番);文中未说明起止年份、衡量口径和价格口径,这里读作目标。只有一个数,这里不画图。

# %% [markdown] tags=["lang-en"]
# ## What yearly growth does a target of multiplying over several years mean?
#
# Doubling (倍增) means a level after five years of twice the base; the page gives no years, measure or price
# basis, and it is read here as a target. A single number: no chart.

# %%
# A multiple reached over some years (倍增 in five years: a multiple of two): figures of kind `multiple` whose
# measure names the years (…五年…); the years are read from that name, in plain sight here.
YEARS = {"三年": 3, "五年": 5, "十年": 10}
DIGITAL = {"增长目标": re.compile(r"^其他:.*(" + "|".join(YEARS) + ")")}
digital = select.by_measure(dataset.indicators[dataset.indicators["kind"] == "multiple"], DIGITAL)
digital_values, digital_ids = select.matched(digital, DIGITAL, keys=("place", "sentence"))
has_digital = select.answerable(digital, DIGITAL, digital_values, lang)
if has_digital:
    v = digital_values.assign(
        年数=[
            next(n for word, n in YEARS.items() if word in dataset.row(i)["measure"]) for i in digital_ids["增长目标"]
        ]
    )
    target_growth = 100 * (v["增长目标"] ** (1 / v["年数"]) - 1)
    target_rows = select.outcome(
        target_growth,
        "100 * (增长目标 ** (1 / 年数) - 1)",
        ("年均增速(目标,复合)", "Average yearly growth (target, compounded)"),
        "%",
        2,
        values=v,
        ids=digital_ids,
        table=dataset.indicators,
    )
    if [
        select.has_derived(dataset.derived, "digital_economy_annual_growth_target_pct", ids)
        for _, ids in digital_ids.iterrows()
    ] == [True]:
        multiple_id = digital_ids["增长目标"].iloc[0]
        notebook.check_formula(target_growth.iloc[0], dataset.derived, "digital_economy_annual_growth_target_pct")
        notebook.say(
            lang,
            zh=f"五年后达到基期的{stated(multiple_id)}(翻一番),即年均增长"
            f"{stated('digital_economy_annual_growth_target_pct')}(复合)。这是目标,不是结果;起止年份推测为"
            f"“十四五”时期,衡量口径和价格口径文中未说明。",
            en=f"A level after five years of {stated(multiple_id)} the base (doubling) "
            f"means {stated('digital_economy_annual_growth_target_pct')} a year, compounded. A target, not a "
            f"result; the years are presumably those of the 14th Five-Year Plan, and the measure and price basis "
            f"are not stated.",
        )
    else:
        for k, at, ids in each(digital_ids):
            row = dataset.row(ids["增长目标"])
            notebook.say(
                lang,
                zh=f"{at}:{row['measure'].removeprefix('其他:')}达到基期的{stated(ids['增长目标'])},"
                f"即年均增长{said(target_rows, k)}(复合)。",
                en=f"{at}: {row['name_en']} reaching {stated(ids['增长目标'])} the base means "
                f"{said(target_rows, k)} a year, compounded.",
            )

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
