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
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article: a path from the project root, or absolute
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build
gdp_2020_scenarios: list = [1000, 1100, 1200]  # 2020 GDP to try, 亿元 (the article says only "more than 1000")
categories: list = ["economy", "fiscal", "income", "business_environment"]  # indicator categories of the closing table

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params
from shangyu_analysis.schema import Category

PARAMETERS = {
    "article": params.ARTICLE,
    "lang": params.LANG,
    "show_code": params.FLAG,
    "gdp_2020_scenarios": params.Numbers(above=0, example="[1000, 1100, 1200]"),
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
from shangyu_analysis.report.charts.style import add_qualifier_legend, source_line
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


def several(outcomes: list[pd.DataFrame]) -> bool:
    """Whether a question's outcomes cover more than one place or period (a comparison to draw)."""
    return any(len(o) > 1 for o in outcomes)


# %% [markdown] tags=["lang-zh"]
# ## 在本地征收的财政收入有多大比例计入地方一般公共预算?
#
# 文章说一般公共预算收入是财政总收入的“其中”一部分。按通常口径(背景知识,非文章内容,见术语表所引定义),财政总收入
# 还包括上划中央和省级的税收;一般公共预算收入是计入本地(区级)地方一般公共预算的部分(其中一部分可能按体制再上解;
# 在上级转移支付和返还之前,并非区里可支配的全部财力)。二者之比是计入地方一般公共预算的份额,差额主要是上划中央和
# 省级的税收。

# %% [markdown] tags=["lang-en"]
# ## What share of the revenue collected locally accrues to the local general budget?
#
# The page says general budget revenue is part (其中) of total fiscal revenue. By the usual definition (background,
# not on the page; see the definition the glossary cites), total fiscal revenue also includes the taxes passed up to
# the central and provincial governments, and general public budget revenue is the part recorded in the district's
# local general budget (part of which may in turn be remitted upward; before transfers and returns from higher
# levels, so not the district's whole disposable resources). Their ratio is the share that accrues to the local
# general budget; the rest is mainly taxes passed up to the central and provincial governments.

# %%
REVENUE = ["财政总收入", "一般公共预算收入"]  # measures (data/measures.yml), for every place and period that has both
revenue = select.by_measure(dataset.indicators, REVENUE)
revenue_ranks = select.same_sentence(select.by_measure(dataset.indicators, ["排名"]), revenue)  # ranks said beside them
revenue_shown = pd.concat([revenue, revenue_ranks])
notebook.table(revenue_shown, lang, "revenue", columns=select.indicator_columns(revenue_shown))

# %%
revenue_values, revenue_ids = select.matched(revenue, REVENUE, unit="亿元")
has_revenue = select.answerable(revenue, REVENUE, revenue_values, lang)
if has_revenue:
    v = revenue_values
    kept_pct = 100 * v["一般公共预算收入"] / v["财政总收入"]
    outside = v["财政总收入"] - v["一般公共预算收入"]
    kept_rows = select.outcome(
        kept_pct,
        "100 * 一般公共预算收入 / 财政总收入",
        ("一般公共预算收入占财政总收入的比重", "General budget revenue as a share of total fiscal revenue"),
        "%",
        1,
        values=v,
        ids=revenue_ids,
        table=dataset.indicators,
    )
    outside_rows = select.outcome(
        outside,
        "财政总收入 - 一般公共预算收入",
        ("财政总收入中一般公共预算以外的部分", "Total fiscal revenue outside the general budget"),
        "亿元",
        None,
        values=v,
        ids=revenue_ids,
        table=dataset.indicators,
    )
    # The catalog's derived values, where it has them for these very figures: the computation must agree.
    curated_revenue = [
        select.has_derived(dataset.derived, "general_budget_share_of_fiscal_revenue_pct", ids)
        for _, ids in revenue_ids.iterrows()
    ] == [True]
    if curated_revenue:
        notebook.check_formula(kept_pct.iloc[0], dataset.derived, "general_budget_share_of_fiscal_revenue_pct")
        notebook.check_formula(outside.iloc[0], dataset.derived, "fiscal_revenue_outside_general_budget_yi_yuan")
        kept = notebook.rows(
            dataset.derived,
            ["general_budget_share_of_fiscal_revenue_pct", "fiscal_revenue_outside_general_budget_yi_yuan"],
            skip_missing=True,
        )
        display(notebook.table(kept, lang, "kept", columns=["name", "stated", "formula"]))
    else:
        kept = pd.concat([kept_rows, outside_rows])
        display(
            notebook.table(
                select.in_words(kept, lang), lang, "kept", columns=["name", "place", "period", "stated", "formula"]
            )
        )

# %% tags=["chart"]
if has_revenue and several([kept_rows, outside_rows]):  # a comparison by place: one chart per measure
    by_place(
        kept_rows,
        "一般公共预算收入占财政总收入的比重"
        if lang == "zh"
        else "General budget revenue as a share of total fiscal revenue",
    )
    by_place(
        outside_rows,
        "财政总收入中一般公共预算以外的部分" if lang == "zh" else "Total fiscal revenue outside the general budget",
        color="#d9822b",
    )
    plt.show()
elif has_revenue:
    revenue_one = select.by_measure(revenue, REVENUE).loc[list(revenue_ids.iloc[0])]
    revenue_parts = pd.concat(
        [
            revenue_one[revenue_one["unit"] == "亿元"],
            (kept if curated_revenue else outside_rows).query("unit == '亿元'"),
        ]
    )
    bars = notebook.one_unit(revenue_parts).assign(shown=lambda f: notebook.axis_values(f, lang))
    fig, ax_revenue = plt.subplots(figsize=(6.4, 2.2), layout="constrained")
    sns.barplot(data=bars, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_revenue)
    notebook.label_bars(ax_revenue, bars, lang, implied=[False] * len(revenue_one) + [True])  # the derived remainder
    title_when = select.where(None, revenue_values.index[0][1], lang)
    notebook.finish_axes(
        ax_revenue,
        ("财政总收入及其构成(推测为2020年)" if lang == "zh" else "Total fiscal revenue and its parts (presumably 2020)")
        if curated_revenue
        else ("财政总收入及其构成" if lang == "zh" else "Total fiscal revenue and its parts")
        + (f"({title_when})" if lang == "zh" and title_when else f" ({title_when})" if title_when else ""),
        "亿元",
        lang,
        horizontal=True,
        source=source
        + (
            ";其余部分为本报告推算(差额)"
            if lang == "zh"
            else "; the remainder is derived in this report (the difference)"
        ),
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_revenue and curated_revenue:
    total_id, budget_id = revenue_ids.iloc[0]
    ranks = list(revenue_ranks.index)
    notebook.say(
        lang,
        zh=f"财政总收入{stated(total_id)}中,一般公共预算收入{stated(budget_id)},"
        f"占{stated('general_budget_share_of_fiscal_revenue_pct')};其余{stated('fiscal_revenue_outside_general_budget_yi_yuan')}"
        f"属于上级的一般公共预算(按通常口径主要是上划中央和省级的税收,属背景知识,文章未说明)。"
        + (
            f"两项收入分列全省{stated(ranks[0])}和"
            f"{stated(ranks[1])}(文中未说明在哪些单位中排名,推测为全省各县(市、区),属背景知识)。"
            if len(ranks) == 2
            else ""
        ),
        en=f"Of total fiscal revenue of {stated(total_id)}, general budget revenue was "
        f"{stated(budget_id)}, or {stated('general_budget_share_of_fiscal_revenue_pct')}; "
        f"the other {stated('fiscal_revenue_outside_general_budget_yi_yuan')} goes to the budgets of higher levels "
        f"(by the usual definition mostly taxes passed up to the central and provincial governments: background, "
        f"not on the page)."
        + (
            f" The two ranked "
            f"{stated(ranks[0])} and {stated(ranks[1])} in Zhejiang "
            f"(the page does not say among which units; presumably the province's county-level units: background, "
            f"not on the page)."
            if len(ranks) == 2
            else ""
        ),
    )
elif has_revenue:
    for k, (key, ids) in enumerate(revenue_ids.iterrows()):
        at = select.where(*key, lang)
        notebook.say(
            lang,
            zh=f"{at}:财政总收入{stated(ids['财政总收入'])}中,一般公共预算收入{stated(ids['一般公共预算收入'])},"
            f"占{said(kept_rows, k)};其余{said(outside_rows, k)}属于上级的一般公共预算"
            f"(按通常口径主要是上划中央和省级的税收,属背景知识,文章未说明)。",
            en=f"{at}: of total fiscal revenue of {stated(ids['财政总收入'])}, general budget revenue was "
            f"{stated(ids['一般公共预算收入'])}, or {said(kept_rows, k)}; the other {said(outside_rows, k)} "
            f"goes to the budgets of higher levels (by the usual definition mostly taxes passed up to the "
            f"central and provincial governments: background, not on the page).",
        )

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
SIZE = ["地区生产总值", "财政总收入"]
size = select.by_measure(dataset.indicators, SIZE)
notebook.table(size, lang, "size", columns=select.indicator_columns(size))

# %%
size_values, size_ids = select.matched(size, SIZE, unit="亿元")
has_size = select.answerable(size, SIZE, size_values, lang)
if has_size:
    v = size_values
    share_bound = 100 * v["财政总收入"] / v["地区生产总值"]  # a lower bound on GDP makes this an upper bound
    share_rows = select.outcome(
        share_bound,
        "100 * 财政总收入 / 地区生产总值",
        ("财政总收入占地区生产总值比重", "Total fiscal revenue as a share of GDP"),
        "%",
        1,
        values=v,
        ids=size_ids,
        table=dataset.indicators,
    )
    gdp_id = size_ids["地区生产总值"].iloc[0]
    curated_size = select.has_derived(dataset.derived, "fiscal_revenue_share_of_gdp_pct", size_ids.iloc[0])
    if curated_size:
        notebook.check_formula(share_bound.iloc[0], dataset.derived, "fiscal_revenue_share_of_gdp_pct")
    # Scenarios (2020 GDP values, the parameter) where the page gives the 2020 GDP only as a lower bound (the first
    # place): the article's own bound, then each value tried at or above it; a value below it contradicts the article.
    gdp_row = dataset.row(gdp_id)
    scenario_ready = (
        gdp_row["qualifier"] in ("more_than", "at_least")
        and gdp_row["unit"] == "亿元"
        and str(gdp_row["period"]) == "2020"
    )
    if scenario_ready:
        bound = float(v["地区生产总值"].iloc[0])
        fiscal = float(v["财政总收入"].iloc[0])
        scenarios = pd.DataFrame({"gdp_2020": sorted({bound, *(float(g) for g in gdp_2020_scenarios if g >= bound)})})
        scenarios["fiscal_share_pct"] = 100 * fiscal / scenarios["gdp_2020"]
        below = [format_value(g, "亿元", None, 0, lang) for g in gdp_2020_scenarios if g < bound]
        if below:  # said, never dropped in silence
            notebook.say(
                lang,
                zh=f"低于文中下限({stated(gdp_id)})的情景值不予计算:{'、'.join(below)}。",
                en=f"Scenario values below the article's lower bound ({stated(gdp_id)}) are "
                f"left out: {', '.join(below)}.",
            )
        display(notebook.table(scenarios.round(1), lang, "scenarios"))
    if not curated_size:
        display(
            notebook.table(
                select.in_words(share_rows, lang),
                lang,
                "shares",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_size and several([share_rows]):  # a comparison by place
    by_place(
        share_rows,
        "财政总收入占地区生产总值比重" if lang == "zh" else "Total fiscal revenue as a share of GDP",
        color="#d9822b",
    )
    plt.show()
elif has_size and scenario_ready and len(scenarios) >= 2:
    shares = scenarios.assign(
        name=[f"GDP {format_value(g, '亿元', None, 0, lang)}" for g in scenarios["gdp_2020"]],
        value=scenarios["fiscal_share_pct"],
        unit="%",
        precision=1,
        qualifier=["less_than" if g == bound else "exact" for g in scenarios["gdp_2020"]],
    )
    fig, ax_share = plt.subplots(figsize=(6.4, 0.6 + 0.4 * len(shares)), layout="constrained")
    sns.barplot(data=notebook.one_unit(shares), y="name", x="value", color="#d9822b", ax=ax_share)
    notebook.label_bars(ax_share, shares, lang)
    notebook.finish_axes(
        ax_share,
        "财政总收入占地区生产总值比重(按假设的GDP)"
        if lang == "zh"
        else "Fiscal revenue as a share of GDP, at assumed GDP values",
        "%",
        lang,
        horizontal=True,
        source=source
        + (
            ";比重为本报告推算(假设:所列的地区生产总值)"
            if lang == "zh"
            else "; shares derived in this report (assumption: the GDP values listed)"
        ),
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
elif has_size:  # one GDP value: the sentence below says it all
    notebook.no_chart(lang, zh="(只试算了一个地区生产总值,无需作图。)", en="(One GDP value tried: no chart needed.)")
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_size:
    tried = scenario_ready and len(scenarios) > 1
    if tried:
        last = scenarios.iloc[-1]  # the largest GDP tried
        gdp_last = format_value(last["gdp_2020"], "亿元", None, 0, lang)
        share_last = format_value(last["fiscal_share_pct"], "%", None, 1, lang)
    for k, (key, ids) in enumerate(size_ids.iterrows()):
        share = stated("fiscal_revenue_share_of_gdp_pct") if curated_size else said(share_rows, k)
        at = "" if curated_size else select.where(*key, lang) + (":" if lang == "zh" else ": ")
        notebook.say(
            lang,
            zh=f"{at}地区生产总值{stated(ids['地区生产总值'])},所以财政总收入占地区生产总值的比重"
            f"{share}"
            + (f";若假设为{gdp_last}(离下限越远,可能性越小),则为{share_last}。" if tried and k == 0 else "。"),
            en=f"{at}GDP was {stated(ids['地区生产总值'])}, so fiscal revenue was {share} "
            f"of GDP"
            + (
                f"; at an assumed {gdp_last} (the further above the bound, the less plausible) it "
                f"would be {share_last}."
                if tried and k == 0
                else "."
            ),
        )

# %% [markdown] tags=["lang-zh"]
# ## 五年的年均增加额说明期初是多少?
#
# 原文给出“十三五”期间地区生产总值和一般公共预算收入的年均增加额(前者是约数,后者是下限)。从2020年倒推
# 五个年度增量,得到2015年的水平和五年的年均增速(名义);上下限随公式传递,公式需要时方向翻转。
# 上下限按保守方向取整(下限向下、上限向上),所以自行重算时末位可能与四舍五入不同(例如11.778…%写作“至少11.77%”)。
# 把2020年的数字与2021年以后的官方数字相比之前,请先看报告《放在官方统计中看》:2021年前后可能有区划调整,序列可能断开。

# %% [markdown] tags=["lang-en"]
# ## What do five-year average increases imply for the starting level?
#
# The article gives the average yearly increase over 2016–2020 of GDP (approximate) and of general budget
# revenue (a lower bound). Taking five increases off the 2020 level gives the 2015 level and the average
# yearly (nominal) growth; bounds are carried through the formula, flipping where it requires (a lower bound on
# GDP gives an upper bound on growth). Bounds are rounded in the safe direction (a lower bound down, an upper bound
# up), so a recomputation may differ from ordinary rounding in the last digit (11.778…% is written "at least 11.77%").
# Before setting the 2020 figures beside official figures from 2021 on, see the report "In context": a boundary
# change around 2021 may break the series.

# %%
# A level and its average yearly increase over a span ending in the level's year; the vocabulary has no term for
# the increase, so it is picked by its 其他: name (…年均增加), in plain sight here.
PLAN = {
    "地区生产总值": "地区生产总值",
    "地区生产总值年均增加": re.compile(r"^其他:.*(地区生产总值|生产总值|GDP)年均增加"),
    "一般公共预算收入": "一般公共预算收入",
    "一般公共预算收入年均增加": re.compile(r"^其他:.*一般公共预算收入年均增加"),
}
plan = select.by_measure(dataset.indicators, PLAN)
notebook.table(plan, lang, "plan", columns=select.indicator_columns(plan))


# %%
def span(period: str) -> tuple[int, int] | None:
    """(first year, last year) of a span such as 2016–2020; None for anything else."""
    found = re.fullmatch(r"(\d{4})[–-](\d{4})", str(period))
    return (int(found[1]), int(found[2])) if found else None


plan_pairs = {}  # level measure -> (values, ids) of the places whose increase spans years ending in the level's year
for level in ("地区生产总值", "一般公共预算收入"):
    roles = {level: PLAN[level], "年均增加": PLAN[level + "年均增加"]}
    values, ids = select.matched(plan, roles, keys=("place",), unit="亿元")
    spans = [span(dataset.row(i)["period"]) for i in ids["年均增加"]]
    ends = [s is not None and str(s[1]) == str(dataset.row(i)["period"]) for s, i in zip(spans, ids[level])]
    values = values[ends].assign(年数=[s[1] - s[0] + 1 for s, e in zip(spans, ends) if e])
    plan_pairs[level] = (values, ids[ends])
curated_plan = all(
    select.has_derived(dataset.derived, d, list(plan_pairs[level][1].iloc[0]) if len(plan_pairs[level][1]) else [])
    for level, d in (("地区生产总值", "gdp_2015_yi_yuan"), ("一般公共预算收入", "general_budget_revenue_2015_yi_yuan"))
)
has_plan = curated_plan or select.answerable(
    plan, PLAN, pd.concat([plan_pairs[level][0] for level in plan_pairs]).dropna(how="all"), lang
)
if curated_plan:
    gdp_id, gdp_increase_id = plan_pairs["地区生产总值"][1].iloc[0]
    budget_id, budget_increase_id = plan_pairs["一般公共预算收入"][1].iloc[0]
    gdp, gdp_increase = plan_pairs["地区生产总值"][0].iloc[0][["地区生产总值", "年均增加"]]
    budget, budget_increase = plan_pairs["一般公共预算收入"][0].iloc[0][["一般公共预算收入", "年均增加"]]
    gdp_2015 = gdp - 5 * gdp_increase
    gdp_growth = 100 * ((gdp / gdp_2015) ** (1 / 5) - 1)
    budget_2015 = budget - 5 * budget_increase
    budget_growth = 100 * ((budget / budget_2015) ** (1 / 5) - 1)
    notebook.check_formula(gdp_2015, dataset.derived, "gdp_2015_yi_yuan")
    notebook.check_formula(gdp_growth, dataset.derived, "gdp_average_growth_2016_2020_pct")
    notebook.check_formula(budget_2015, dataset.derived, "general_budget_revenue_2015_yi_yuan")
    notebook.check_formula(budget_growth, dataset.derived, "general_budget_revenue_average_growth_2016_2020_pct")
    implied = notebook.rows(
        dataset.derived,
        [
            "gdp_2015_yi_yuan",
            "gdp_average_growth_2016_2020_pct",
            "general_budget_revenue_2015_yi_yuan",
            "general_budget_revenue_average_growth_2016_2020_pct",
        ],
        skip_missing=True,
    )
    display(notebook.table(implied, lang, "implied", columns=["name", "stated", "formula"]))
    if has_size and scenario_ready:  # the same five increases under each assumed 2020 GDP
        start = scenarios["gdp_2020"] - 5 * gdp_increase
        scenarios["gdp_growth_pct"] = 100 * ((scenarios["gdp_2020"] / start) ** (1 / 5) - 1)
        display(notebook.table(scenarios[["gdp_2020", "gdp_growth_pct"]].round(1), lang, "scenarios-growth"))
elif has_plan:  # every place with a level and its average increase: the base-year level and the average growth
    plan_rows = []
    for level, (values, ids) in plan_pairs.items():
        if values.empty:
            continue
        base = values[level] - values["年数"] * values["年均增加"]
        growth = 100 * ((values[level] / base) ** (1 / values["年数"]) - 1)
        words = select.measure_words(level, "zh"), select.measure_words(level, "en")
        first_years = [str(span(dataset.row(i)["period"])[0] - 1) for i in ids["年均增加"]]  # the base year
        plan_rows += [
            select.outcome(
                base,
                f"{level} - 年数 * 年均增加",
                (f"{words[0]}(基期,推算)", f"{words[1]}, base year (implied)"),
                "亿元",
                None,
                values=values,
                ids=ids,
                table=dataset.indicators,
            ).assign(period=first_years),
            select.outcome(
                growth,
                f"100 * (({level} / ({level} - 年数 * 年均增加)) ** (1 / 年数) - 1)",
                (f"{words[0]}年均增速(名义,推算)", f"{words[1]}, average yearly growth (nominal, implied)"),
                "%",
                2,
                values=values,
                ids=ids,
                table=dataset.indicators,
            ).assign(period=[dataset.row(i)["period"] for i in ids["年均增加"]]),
        ]
    implied = pd.concat(plan_rows)
    display(
        notebook.table(
            select.in_words(implied, lang), lang, "implied", columns=["name", "place", "period", "stated", "formula"]
        )
    )

# %% tags=["chart"]
if curated_plan:
    fig, (ax_gdp, ax_budget) = plt.subplots(1, 2, figsize=(8.4, 2.9), layout="constrained")
    qualifiers_drawn = []
    for ax, ids, color, title in (
        (ax_gdp, ["gdp_2015_yi_yuan", gdp_id], "#2f6f9f", "地区生产总值" if lang == "zh" else "GDP"),
        (
            ax_budget,
            ["general_budget_revenue_2015_yi_yuan", budget_id],
            "#4f9a6b",
            "一般公共预算收入" if lang == "zh" else "General budget revenue",
        ),
    ):
        levels = pd.concat(
            [
                notebook.rows(dataset.derived, ids[:1], skip_missing=True),
                notebook.rows(dataset.indicators, ids[1:], skip_missing=True),
            ]
        )
        # the page dates neither level: 2015 is derived, 2020 presumed (the end of the plan period)
        levels = notebook.one_unit(levels).assign(
            year=["2015(推算)", "2020(推测)"] if lang == "zh" else ["2015 (implied)", "2020 (presumably)"],
            shown=lambda f: notebook.axis_values(f, lang),
        )
        sns.barplot(data=levels, x="year", y="shown", color=color, ax=ax)
        notebook.label_bars(ax, levels, lang, implied=[True, False])
        notebook.finish_axes(
            ax,
            title,
            "亿元",
            lang,
            source=(
                source
                + (
                    ";2015年值为本报告由年均增加额推算"
                    if lang == "zh"
                    else "; the 2015 values are derived in this report from the average yearly increases"
                )
            )
            if ax is ax_gdp
            else "",
        )
        qualifiers_drawn += list(levels["qualifier"])
    add_qualifier_legend(fig, qualifiers_drawn, lang, outside=True)  # which hatch is which bound
    growth = notebook.one_unit(
        notebook.rows(
            dataset.derived,
            ["gdp_average_growth_2016_2020_pct", "general_budget_revenue_average_growth_2016_2020_pct"],
            skip_missing=True,
        )
    )
    fig, ax_growth = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=growth, y=f"name_{lang}", x="value", color="#a64d79", ax=ax_growth)
    notebook.label_bars(ax_growth, growth, lang)
    notebook.finish_axes(
        ax_growth,
        "2016–2020年年均增速(名义,推算)" if lang == "zh" else "Average yearly growth 2016–2020 (nominal, implied)",
        "%",
        lang,
        horizontal=True,
        source=source + (";增速为本报告推算" if lang == "zh" else "; growth rates derived in this report"),
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
elif has_plan and len(implied) > 2:  # a comparison by place: one chart per measure
    for name in implied["name_zh"].unique():
        one = implied[implied["name_zh"] == name]
        if len(one) > 1:
            by_place(one, one[f"name_{lang}"].iloc[0])
        else:
            notebook.no_chart(
                lang,
                zh=f"({name}:只有一个地点,见下句。)",
                en=f"({one['name_en'].iloc[0]}: one place; see the sentence below.)",
            )
    plt.show()
elif has_plan:
    notebook.no_chart(
        lang, zh="(只有一个地点和一个指标,见下句。)", en="(One place and one measure: see the sentence below.)"
    )
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if curated_plan:
    # How large the yearly GDP increase (stated only as "about") would have to be for GDP to grow as fast as the
    # lower bound on budget revenue: the margin by which the conclusion holds.
    needed = (gdp - gdp / (1 + budget_growth / 100) ** 5) / 5
    needed_text = format_value(needed, "亿元", None, 1, lang)
    notebook.say(
        lang,
        zh=f"推算2015年地区生产总值{stated('gdp_2015_yi_yuan')},五年年均名义增速{stated('gdp_average_growth_2016_2020_pct')};"
        f"推算一般公共预算收入2015年{stated('general_budget_revenue_2015_yi_yuan')},年均名义增速"
        f"{stated('general_budget_revenue_average_growth_2016_2020_pct')}。两个上下限方向相反,所以结论成立:"
        f"“十三五”期间一般公共预算收入比经济增长得快。只有当地区生产总值的年均增加额实际达到{needed_text}以上"
        f"(比文中的{stated(gdp_increase_id)}高出约{needed / gdp_increase - 1:.0%})时,"
        f"这一结论才会不成立。",
        en=f"The implied GDP of 2015 is {stated('gdp_2015_yi_yuan')}, an average nominal growth of "
        f"{stated('gdp_average_growth_2016_2020_pct')} a year; the implied general budget revenue of 2015 is "
        f"{stated('general_budget_revenue_2015_yi_yuan')}, a growth of "
        f"{stated('general_budget_revenue_average_growth_2016_2020_pct')} a year. The bounds point in opposite "
        f"directions, so the conclusion holds: budget revenue grew faster than the economy over 2016–2020. It would fail "
        f"only if the yearly GDP increase were in fact {needed_text} or more, about "
        f"{needed / gdp_increase - 1:.0%} above the page's "
        f"{stated(gdp_increase_id)}.",
    )
elif has_plan:
    for k, row in implied.reset_index(drop=True).iterrows():
        if "年均增速" in row["name_zh"]:
            continue
        growth_row = implied.reset_index(drop=True).iloc[k + 1]
        level = row["formula"].split(" - ")[0]  # the level measure the formula starts from
        notebook.say(
            lang,
            zh=f"{select.where(row['place'], row['period'], lang)}:由年均增加额推算,"
            f"{select.measure_words(level, 'zh')}为{notebook.stated(row, lang)};"
            f"{select.where(None, growth_row['period'], lang)}年均名义增速{notebook.stated(growth_row, lang)}。",
            en=f"{select.where(row['place'], row['period'], lang)}: by the average yearly increase, "
            f"{select.measure_words(level, 'en')} was {notebook.stated(row, lang)}; an average nominal growth "
            f"of {notebook.stated(growth_row, lang)} a year over {select.where(None, growth_row['period'], lang)}.",
        )

# %% [markdown] tags=["lang-zh"]
# ## 城乡收入差距有多大?

# %% [markdown] tags=["lang-en"]
# ## How wide is the urban–rural income gap?

# %%
INCOME = ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
income = select.by_measure(dataset.indicators, INCOME)
notebook.table(income, lang, "income", columns=select.indicator_columns(income))

# %%
income_values, income_ids = select.matched(income, INCOME, unit="元")
has_income = select.answerable(income, INCOME, income_values, lang)
if has_income:
    v = income_values
    ratio = v["城镇居民人均可支配收入"] / v["农村居民人均可支配收入"]
    gap = v["城镇居民人均可支配收入"] - v["农村居民人均可支配收入"]
    ratio_rows = select.outcome(
        ratio,
        "城镇居民人均可支配收入 / 农村居民人均可支配收入",
        ("城乡居民收入比", "Urban–rural income ratio"),
        "ratio",
        2,
        values=v,
        ids=income_ids,
        table=dataset.indicators,
    )
    gap_rows = select.outcome(
        gap,
        "城镇居民人均可支配收入 - 农村居民人均可支配收入",
        ("城乡居民收入差额", "Urban–rural income gap"),
        "元",
        0,
        values=v,
        ids=income_ids,
        table=dataset.indicators,
    )
    curated_income = [
        select.has_derived(dataset.derived, "urban_rural_income_ratio", ids) for _, ids in income_ids.iterrows()
    ] == [True]
    if curated_income:
        notebook.check_formula(ratio.iloc[0], dataset.derived, "urban_rural_income_ratio")
        notebook.check_formula(gap.iloc[0], dataset.derived, "urban_rural_income_gap_yuan")
        gap_table = notebook.rows(
            dataset.derived, ["urban_rural_income_ratio", "urban_rural_income_gap_yuan"], skip_missing=True
        )
        display(notebook.table(gap_table, lang, "income-gap", columns=["name", "stated", "formula"]))
    else:
        display(
            notebook.table(
                select.in_words(pd.concat([ratio_rows, gap_rows]), lang),
                lang,
                "income-gap",
                columns=["name", "place", "period", "stated", "formula"],
            )
        )

# %% tags=["chart"]
if has_income and several([ratio_rows, gap_rows]):  # a comparison by place: one chart per measure
    by_place(ratio_rows, "城乡居民收入比" if lang == "zh" else "Urban–rural income ratio")
    by_place(gap_rows, "城乡居民收入差额" if lang == "zh" else "Urban–rural income gap", color="#d9822b")
    plt.show()
elif has_income:
    incomes = notebook.one_unit(income.loc[list(income_ids.iloc[0])]).assign(
        shown=lambda f: notebook.axis_values(f, lang)
    )
    fig, ax_income = plt.subplots(figsize=(6.4, 2.4), layout="constrained")
    sns.barplot(data=incomes, y=f"name_{lang}", x="shown", color="#2f6f9f", ax=ax_income)
    notebook.label_bars(ax_income, incomes, lang)
    notebook.finish_axes(
        ax_income,
        (
            "城乡居民收入(推测为2020年人均可支配收入)"
            if lang == "zh"
            else "Residents' income (presumably per-capita disposable, presumably 2020)"
        )
        if curated_income
        else ("城乡居民人均可支配收入" if lang == "zh" else "Urban and rural per-capita disposable income"),
        "元",
        lang,
        source=source,
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if has_income and curated_income:
    urban_id, rural_id = income_ids.iloc[0]
    notebook.say(
        lang,
        zh=f"城镇居民收入(推测为人均可支配收入,文中未说明口径){stated(urban_id)},"
        f"是农村居民{stated(rural_id)}的{stated('urban_rural_income_ratio')}倍,"
        f"相差{stated('urban_rural_income_gap_yuan')}。",
        en=f"Urban residents' income (presumably per-capita disposable; the page does not name the measure) was "
        f"{stated(urban_id)}, {stated('urban_rural_income_ratio')} times the "
        f"{stated(rural_id)} of rural residents: a gap of "
        f"{stated('urban_rural_income_gap_yuan')}.",
    )
elif has_income:
    for k, (key, ids) in enumerate(income_ids.iterrows()):
        urban_id, rural_id = ids
        notebook.say(
            lang,
            zh=f"{select.where(*key, lang)}:城镇居民人均可支配收入{stated(urban_id)},"
            f"是农村居民{stated(rural_id)}的{said(ratio_rows, k)}倍,相差{said(gap_rows, k)}。",
            en=f"{select.where(*key, lang)}: urban per-capita disposable income was {stated(urban_id)}, "
            f"{said(ratio_rows, k)} times the {stated(rural_id)} of rural residents: a gap of "
            f"{said(gap_rows, k)}.",
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
