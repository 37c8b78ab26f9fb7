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
# # 01 · 数字的提取与清洗 / Figures: extraction, validation, exclusions, checks

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article: a path from the project root, or absolute
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build
kinds: list = []  # figure kinds listed in the figure table, e.g. ["money", "percent"]; [] lists every kind
qualifiers: list = []  # qualifiers listed in the figure table, e.g. ["approx", "more_than"]; [] lists every one

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params
from shangyu_analysis.schema import FigureKind, Qualifier

PARAMETERS = {
    "article": params.ARTICLE,
    "lang": params.LANG,
    "show_code": params.FLAG,
    "kinds": params.Subset(FigureKind),
    "qualifiers": params.Subset(Qualifier),
}
params.check(PARAMETERS, globals())

import re

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from shangyu_analysis.dataset import load_published
from shangyu_analysis.dataset.published import ORIGIN_FILES
from shangyu_analysis.extract import extract_figures
from shangyu_analysis.report import fonts, notebook
from shangyu_analysis.report.charts.style import source_line
from shangyu_analysis.report.checks import check_detail
from shangyu_analysis.report.format import unit_label
from shangyu_analysis.report.labels import enum_label
from shangyu_analysis.report.units import PLAIN_RATIO
from shangyu_analysis.schema import Category, FactCheck, FigureKind, RejectReason
from shangyu_analysis.text.period_words import period_name

fonts.apply_theme()
dataset = load_published(article)  # the published tables (data/processed/<stem>/) as DataFrames
source = source_line(dataset.source, lang, dataset.article)
if dataset.origin == ORIGIN_FILES:
    notebook.say(
        lang, zh=f"{source}。表格读自发布的数据文件。", en=f"{source}. Tables read from the published data files."
    )
else:
    notebook.say(
        lang, zh=f"{source}。表格按发布格式在内存中生成。", en=f"{source}. Tables rendered in memory as published."
    )

# %% [markdown] tags=["lang-zh"]
# ## 提取出了哪些数字?
#
# 提取器在正文中找出每一个“数字”:数值、单位、限定词(约、超过、以上……)和类型(金额、百分比、数量……)。
# 成为指标的数字,其对象和时期取自核对过原文的指标目录;其余数字的对象由提取器读出,其时期是按上文推断的。

# %% [markdown] tags=["lang-en"]
# ## What figures did the extractor find?
#
# The extractor finds every figure of the text: its value, unit, qualifier (about, more than, at least…) and
# kind (money, percent, count…). For a figure that became an indicator, its subject and period are those of the
# indicator catalog, checked against the page; for the others the extractor reads the subject and infers the
# period from the text before it.

# %%
figures = dataset.figures
listed = figures[
    figures["kind"].isin(kinds or figures["kind"].unique())
    & figures["qualifier"].isin(qualifiers or figures["qualifier"].unique())
]
# A claimed figure's subject and period are the catalog's (curated against the page: 目前 is "as of publication",
# 去年以来 "since 2020"); any other keeps the extractor's, its period carried from the text before it (inferred).
WORD_UNITS = {"rank": "rank", "ratio": PLAIN_RATIO, PLAIN_RATIO: PLAIN_RATIO}  # shown as words (位次, 比值), not codes
# Frames named with a leading underscore are worded for the reader (names, periods in words), not the published
# tables (test_notebooks_interactive compares every other frame with data/processed).
# A figure the catalog leaves out as a repeat of an indicator (its reason names the indicator) reads as that one.
_indicator_rows = dataset.indicators.set_index("indicator_id")
_claiming = dataset.indicators.dropna(subset=["figure_id"]).drop_duplicates("figure_id").set_index("figure_id")
for entry in dataset.catalog.excluded if dataset.catalog else []:
    repeated = [i for i in re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", entry["reason"]) if i in _indicator_rows.index]
    _same = figures[
        (figures["surface"] == entry["surface"]) & figures["sentence"].str.contains(entry["context"], regex=False)
    ]
    for figure_id in _same["figure_id"] if repeated else []:
        _claiming.loc[figure_id] = _indicator_rows.loc[repeated[0]].reindex(_claiming.columns)
own_subject = listed["subject"] if lang == "zh" else listed["measure"].fillna(listed["subject"])
is_claimed = listed["figure_id"].isin(_claiming.index)
_shown_figures = listed.assign(
    subject=listed["figure_id"].map(_claiming[f"name_{lang}"]).where(is_claimed, own_subject),
    period=listed["figure_id"].map(_claiming["period"]).where(is_claimed, listed["period"]),
    period_basis=listed["figure_id"].map(_claiming["period_basis"]).where(is_claimed, "inferred"),
    period_evidence=listed["figure_id"].map(_claiming["period_evidence"]).where(is_claimed, None),
    unit=[unit_label(WORD_UNITS[u], lang) if u in WORD_UNITS else u for u in listed["unit"]],
)
notebook.table(
    _shown_figures,
    lang,
    "figures",
    columns=["figure_id", "surface", "value", "unit", "qualifier", "kind", "subject", "period", "paragraph"],
)

# %%
# Figures by kind and qualifier: how many are approximate or bounds rather than exact.
by_kind = figures.groupby(["kind", "qualifier"]).size().rename("count").reset_index()
not_exact = int((figures["qualifier"] != "exact").sum())
kind_counts = (
    figures.groupby("kind")
    .size()
    .rename("value")
    .reset_index()
    .assign(unit="个", kind_name=lambda f: [enum_label(k, lang, FigureKind) for k in f["kind"]])
    .sort_values("value", ascending=False, kind="stable")
)
notebook.table(by_kind, lang, "by-kind")

# %% tags=["chart"]
if len(kind_counts) >= 2:
    fig, ax_kinds = plt.subplots(figsize=(6.4, 0.5 + 0.32 * len(kind_counts)), layout="constrained")
    sns.barplot(data=notebook.one_unit(kind_counts), y="kind_name", x="value", color="#2f6f9f", ax=ax_kinds)
    notebook.label_bars(ax_kinds, kind_counts, lang)
    notebook.finish_axes(
        ax_kinds,
        "提取的数字:按类型" if lang == "zh" else "Figures extracted, by kind",
        "个",
        lang,
        source=source,
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
notebook.say(
    lang,
    zh=f"共提取 {len(figures)} 个数字,{len(kind_counts)} 种类型;其中 {not_exact} 个不是确数(约数或上下限),"
    f"引用时须带上限定词。",
    en=f"{len(figures)} figures of {len(kind_counts)} kinds; {not_exact} of them are not exact (approximate "
    f"or a bound) and must be quoted with their qualifier.",
)

# %% [markdown] tags=["lang-zh"]
# ## 哪些数被判定为“不是数字”?
#
# 正文中还有许多数不是统计数字:日期、规划期(“十四五”)、序数、名称的一部分(“2.0版”)、版面信息……
# 提取器逐一排除并记下原因。下表每种原因只列一个例子,各原因的个数见其后的图。这张表由原文重新计算(它不属于发布的数据表)。

# %% [markdown] tags=["lang-en"]
# ## Which numerals were judged not to be figures?
#
# The text holds many numerals that are not statistics: dates, plan periods (the 14th FYP), ordinals, parts
# of names ("version 2.0"), page furniture… The extractor rejects each with a reason. The table shows one
# example per reason; the chart after it counts them. This table is computed again from the text (it is not one
# of the published tables).

# %%
rejected = extract_figures(dataset.article, include_nonfigures=True).query("not is_figure")[
    ["surface", "reason", "paragraph", "sentence"]
]
notebook.table(
    rejected.groupby("reason", sort=False).first().reset_index()[["reason", "surface", "sentence"]],
    lang,
    "rejected-examples",
)

# %%
by_reason = (
    rejected.groupby("reason")
    .size()
    .rename("value")
    .reset_index()
    .assign(unit="个", reason_name=lambda f: [enum_label(r, lang, RejectReason) for r in f["reason"]])
    .sort_values("value", ascending=False, kind="stable")
)

# %% tags=["chart"]
if len(by_reason) >= 2:
    fig, ax_rejected = plt.subplots(figsize=(6.4, 0.5 + 0.32 * len(by_reason)), layout="constrained")
    sns.barplot(data=notebook.one_unit(by_reason), y="reason_name", x="value", color="#7a7a7a", ax=ax_rejected)
    notebook.label_bars(ax_rejected, by_reason, lang)
    notebook.finish_axes(
        ax_rejected,
        "排除的数:按原因" if lang == "zh" else "Numerals rejected, by reason",
        "个",
        lang,
        source=source,
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
if len(by_reason):
    top = by_reason.iloc[0]
    notebook.say(
        lang,
        zh=f"{len(rejected)} 个数未计为数字,最多的是“{top['reason_name']}”({top['value']} 个)。",
        en=f"{len(rejected)} numerals were not counted as figures; the most common reason: "
        f"{top['reason_name']} ({top['value']}).",
    )

# %% [markdown] tags=["lang-zh"]
# ## 哪些数字成了指标?哪些没有,为什么?
#
# 指标目录按原文的词句认领数字;目录中的排除项写明理由。没有目录的文章由自动指标认领。

# %% [markdown] tags=["lang-en"]
# ## Which figures became indicators, which did not, and why?
#
# The indicator catalog claims figures by the article's own words; its exclusions
# say why. An article without a catalog gets automatic indicators.

# %%
indicators = dataset.indicators
claimed = set(indicators["figure_id"].dropna())
unclaimed = figures[~figures["figure_id"].isin(claimed)][["figure_id", "surface", "kind", "paragraph", "sentence"]]
excluded = pd.DataFrame(dataset.catalog.excluded if dataset.catalog else [], columns=["surface", "context", "reason"])
names = indicators.set_index("indicator_id")[f"name_{lang}"]


def why_unclaimed(figure: pd.Series) -> str:
    """The catalog's reason for leaving the figure out, named in the report language."""
    in_sentence = excluded["context"].map(lambda context: context in figure["sentence"])
    entry = excluded[(excluded["surface"] == figure["surface"]) & in_sentence]
    if entry.empty:
        return "没有指标认领(文章无指标目录)" if lang == "zh" else "no indicator claims it (no curated catalog)"
    reason = entry["reason"].iloc[0]
    repeats = [names[i] for i in names.index if i in reason]
    if lang == "en":  # the catalog's reason, with each indicator id replaced by the indicator's name
        return re.sub(
            r"[a-z0-9]+(?:_[a-z0-9]+)+",
            lambda m: f"“{names[m.group(0)]}”" if m.group(0) in names.index else m.group(0),
            reason,
        )
    return f"重复提及,已由“{repeats[0]}”收录" if repeats else "目录列为排除项"


unclaimed = unclaimed.assign(why=[why_unclaimed(row) for _, row in unclaimed.iterrows()])
notebook.table(unclaimed[["figure_id", "surface", "why", "sentence"]], lang, "unclaimed")

# %%
by_category = (
    indicators.groupby("category")
    .size()
    .rename("value")
    .reset_index()
    .assign(unit="个", category_name=lambda f: [enum_label(c, lang, Category) for c in f["category"]])
    .sort_values("value", ascending=False, kind="stable")
)

# %% tags=["chart"]
if len(by_category) >= 2:
    fig, ax_categories = plt.subplots(figsize=(6.4, 0.5 + 0.32 * len(by_category)), layout="constrained")
    sns.barplot(data=notebook.one_unit(by_category), y="category_name", x="value", color="#4f9a6b", ax=ax_categories)
    notebook.label_bars(ax_categories, by_category, lang)
    notebook.finish_axes(
        ax_categories,
        "指标:按类别" if lang == "zh" else "Indicators, by category",
        "个",
        lang,
        source=source,
        horizontal=True,
    )
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing)
    notebook.no_chart(lang)

# %%
notebook.say(
    lang,
    zh=f"{len(figures)} 个数字中 {len(claimed)} 个成为指标,{len(unclaimed)} 个没有(理由见上表)。",
    en=f"Of {len(figures)} figures, {len(claimed)} became indicators and {len(unclaimed)} did not (why: "
    f"the table above).",
)

# %% [markdown] tags=["lang-zh"]
# ## 数字之间是否一致?
#
# 一致性校验用文中的数字互相核对(例如一般公共预算收入必须小于财政总收入);上下限按原文使用。
# 上下限位于校验所检验的一侧时,用上下限通过即对真值通过;所列最小值位于较小一侧时(说明中写明),
# 通过只说明该最小值相容。这些是算术核对:其中若干项按构造必然成立,只能防止抄录错误,不能证明数字正确。

# %% [markdown] tags=["lang-en"]
# ## Do the figures agree with each other?
#
# The consistency checks test the figures against each other (general budget revenue must be below total
# fiscal revenue, for one); bounds are used as stated. Where the bound sits on the side the check tests, passing
# with the bound means passing with the true value; where a stated minimum sits on the smaller side (the
# explanation says so), a pass shows only that the minimum is compatible. These are arithmetic sanity checks:
# several hold by construction, so they guard against transcription slips, not against wrong figures.

# %%
checks = dataset.checks
described = {
    c["id"]: c.get("description_zh") if lang == "zh" else c.get("description")
    for c in (dataset.catalog.checks if dataset.catalog else [])
}

# the check column shows what each check says (its description in the report's language), not its code id
_shown_checks = checks.assign(
    check_id=[described.get(c) or d for c, d in zip(checks["check_id"], checks["description"])],
    detail=[check_detail(row, lang) for row in checks.to_dict("records")],
)
notebook.table(_shown_checks[["check_id", "status", "detail"]], lang, "checks")

# %%
status_counts = checks["status"].value_counts()
failed = list(_shown_checks.loc[checks["status"] == "fail", "check_id"])
notebook.say(
    lang,
    zh=f"{len(checks)} 项校验中 {status_counts.get('pass', 0)} 项通过,{len(failed)} 项未通过,"
    f"{status_counts.get('skip', 0)} 项跳过。" + (f"未通过:{'、'.join(failed)}。" if failed else ""),
    en=f"Of {len(checks)} checks, {status_counts.get('pass', 0)} pass, {len(failed)} fail and "
    f"{status_counts.get('skip', 0)} are skipped." + (f" Failing: {', '.join(failed)}." if failed else ""),
)

# %% [markdown] tags=["lang-zh"]
# ## 适用于任何页面的核验
#
# 以下核验不依赖指标目录,任何页面都可运行:只用每个数字的地点、所测量与时期,以及数字前面的词语。
# 累计增长(比某年增长)与同一时段的年均增速是否相符;构成(三次产业结构、分别占…)之和是否等于整体或不超过整体;
# “其中”之后的部分是否不超过其前面的总量;由数值与增速推算的基期数值;由同一指标两个时期的数值推算的增速
# (文中若有同期增速则与之比较)。配对要求地点、所测量、段落相同,时期严格对应。比较时每个数字按所列精度放宽
# 半个末位单位,约数放宽更多;界限按原文方向使用(相容不等于证实);增速可能按可比价而数值为现价时,差异记为无法判断。

# %% [markdown] tags=["lang-en"]
# ## Checks any page gets
#
# These checks need no indicator catalog and run on any page: they use each figure's place, measure and period
# and the words before it. Growth since a base year against the average annual growth of the same span; shares
# (a sector structure, a list of 分别占… shares) summing to the whole or at most to it; a part after 其中 within
# the total before it; the earlier level a level and its growth imply; the growth two levels of one measure
# imply (compared with the page's own growth when it states one). Pairings need the same place, measure and
# paragraph and periods that fit exactly. Each figure is widened by half a unit of its last written digit (an
# approximate one more); bounds are used in their stated direction (compatible is not confirmed); where a
# growth may be real while the levels are at current prices, a difference is marked "cannot tell".

# %%
generic = dataset.fact_checks
ran = sorted(set(generic["fact_check"]), key=list(FactCheck.values()).index)
verdicts = generic["fact_verdict"].value_counts()
disagreeing = list(generic.loc[generic["fact_verdict"] == "disagree", "fact_check_id"])
notebook.say(
    lang,
    zh=f"本页运行了{len(generic)}项通用核验与推算"
    + (f"({'、'.join(enum_label(c, 'zh', FactCheck) for c in ran)})" if ran else "")
    + f":{verdicts.get('agree', 0)}项一致,{verdicts.get('disagree', 0)}项不一致,"
    f"{verdicts.get('cannot_tell', 0)}项无法判断,{verdicts.get('derived', 0)}项为推算值(文中无可比数字)。"
    + (f"不一致:{'、'.join(disagreeing)}。" if disagreeing else ""),
    en=f"{len(generic)} generic checks and derivations ran on this page"
    + (f" ({', '.join(enum_label(c, 'en', FactCheck) for c in ran)})" if ran else "")
    + f": {verdicts.get('agree', 0)} agree, {verdicts.get('disagree', 0)} disagree, "
    f"{verdicts.get('cannot_tell', 0)} cannot tell and {verdicts.get('derived', 0)} are derived values "
    f"with nothing on the page to compare." + (f" Disagreeing: {', '.join(disagreeing)}." if disagreeing else ""),
)
# the result's qualifier, and the period in words (as_of_publication → 发稿时 / as of publication)
notebook.table(
    generic.assign(qualifier=generic["result_qualifier"], period=[period_name(p, lang) for p in generic["period"]]),
    lang,
    "fact_checks",
    columns=[
        "fact_check_id",
        "fact_check",
        "figure_ids",
        "place",
        "measure",
        "period",
        "formula",
        "arithmetic",
        "qualifier",
        "compared_with",
        "fact_verdict",
        "fact_reason",
    ],
)
