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
# # 06 · 多篇文章并列 / Pages side by side

# %% tags=["parameters"]
articles: list = [
    "data/raw/zjrb_2021-02-23_p11_shangyu.txt"
]  # every article of the build (paths relative to the project root, or absolute); set by the build
lang: str = "zh"  # report language, "zh" or "en" (in Jupyter the notes of both languages show)
show_code: bool = False  # show the code cells (the formulas) in the HTML report; set by the build

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params

PARAMETERS = {"articles": params.ARTICLES, "lang": params.LANG, "show_code": params.FLAG}
params.check(PARAMETERS, globals())

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from shangyu_analysis.dataset import load_published
from shangyu_analysis.report import fonts, notebook, sidebyside
from shangyu_analysis.report.charts.style import source_line
from shangyu_analysis.report.format import format_period
from shangyu_analysis.report.labels import label

fonts.apply_theme()
# Every article's published tables (data/processed/<stem>/, or rendered in memory as published).
datasets = {article: load_published(article) for article in dict.fromkeys(articles)}
titles = {article: str(d.source.get("title") or d.article.path.stem) for article, d in datasets.items()}
published_year = {
    article: getattr(d.source.get("date") or getattr(d.article, "date", None), "year", None)
    for article, d in datasets.items()
}
prefix = label("chart.source_prefix", lang)  # said once for all the articles' sources
sources = prefix + "; ".join(source_line(d.source, lang, d.article).removeprefix(prefix) for d in datasets.values())
notebook.say(
    lang,
    zh=f"本报告并列 {len(datasets)} 篇文章:" + "、".join(f"《{t}》" for t in titles.values()) + "。",
    en=f"This report sets {len(datasets)} article(s) side by side: " + "; ".join(titles.values()) + ".",
)

# %% [markdown] tags=["lang-zh"]
# ## 各篇文章共有哪些可比的数字?
#
# 只有同一所测量(指标表的“所测量”一栏,取自测量词表)、同一类型、同一种时期(年度与年度,而非五年合计与年度)、
# 单位可以换算的数字才并列;规划与目标不与实际水平并列。“企业数量”“排名”这类泛称、多地合述或无时期的数字不并列。
# 每个数值都注明出自哪篇文章,并附原文的写法与原句。

# %% [markdown] tags=["lang-en"]
# ## Which comparable figures do the pages share?
#
# Figures stand side by side only when they have the same measure (the indicator table's `measure`, a term of
# the measure vocabulary), the same kind, the same period basis (a year beside a year, never a five-year total
# beside a year) and units that convert into each other; a plan or a target never stands beside a level.
# Generic measures (a number of firms, a rank), figures about several places and figures without a period are
# left out. Each value names the article it comes from, with the figure as written and its sentence.

# %%
indicators = pd.concat(
    [d.indicators.assign(article=article, title=titles[article]) for article, d in datasets.items()], ignore_index=True
)
candidates = sidebyside.comparable(indicators, published_year)
groups = sidebyside.shared(candidates)
# Nothing to set side by side is said once, in one line, where the tables and charts would be (below).
if len(datasets) < 2:
    nothing = {"zh": "只有一篇文章,无可并列。", "en": "Only one article: nothing to set side by side."}
else:
    nothing = {"zh": "这些文章没有可比的共同指标。", "en": "These articles share no comparable measure."}
if groups:
    shared_names = [sidebyside.measure_name(g["measure"].iloc[0], lang) for g in groups]
    notebook.say(
        lang,
        zh=f"共有 {len(groups)} 个可比的共同指标:" + "、".join(shared_names) + "。",
        en=f"{len(groups)} comparable measure(s) shared: " + ", ".join(shared_names) + ".",
    )


# %%
def side_by_side_table(group: pd.DataFrame):
    """One shared measure: each page's value in the common unit (with its qualifier), traced to its article, the
    figure as the page writes it and its sentence."""
    return notebook.table(
        group,
        lang,
        f"side-by-side-{group.index[0]}",
        columns=["place", "title", "period", "stated", "surface", "sentence"],
    )


def side_by_side_chart(group: pd.DataFrame, name: str) -> None:
    """One bar per place (and period), in the common unit; a bound or an approximate value is hatched."""
    bars = group.assign(
        bar=[
            f"{place} · {format_period(period, basis, lang)}"
            for place, period, basis in zip(group["place"], group["period"], group["period_basis"])
        ]
    )
    # One place and period said twice (a target beside a result, two pages): one bar each, told apart by the
    # page's words and then by their order; seaborn would otherwise draw their mean as one bar.
    repeated = bars["bar"].duplicated(keep=False)
    bars.loc[repeated, "bar"] = bars.loc[repeated, "bar"] + " · " + bars.loc[repeated, "surface"].astype(str)
    still = bars["bar"].duplicated(keep=False)
    bars.loc[still, "bar"] = bars.loc[still, "bar"] + [f" ({n})" for n in range(1, int(still.sum()) + 1)]
    bars = bars.assign(axis=notebook.axis_values(bars, lang))
    _, ax = plt.subplots(figsize=(6.4, 0.6 + 0.45 * len(bars)), layout="constrained")
    sns.barplot(data=notebook.one_unit(bars), y="bar", x="axis", color="#2f6f9f", ax=ax)
    notebook.label_bars(ax, bars, lang)
    notebook.finish_axes(ax, name, bars["unit"].iloc[0], lang, source=sources, horizontal=True)
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing


# %% [markdown] tags=["lang-zh"]
# ## 逐项并列
#
# 每个共同指标一张表、一张图:表中每行是一篇文章的一个数字,数值已换算为同一单位,原文的写法见“原文”一栏;
# 图中每个地点一条,约数与上下限用斜线标出。

# %% [markdown] tags=["lang-en"]
# ## Measure by measure
#
# One table and one chart per shared measure: each row of the table is one figure of one article, its value
# converted to the group's unit (the article's own writing is in the column "As written"); the chart has one bar
# per place, an approximate value or a bound hatched.

# %% tags=["chart"]
from IPython.display import Markdown, display

from shangyu_analysis.report.safe import markdown_text

if not groups:  # one line, and the mark that this chart cell has no chart on purpose
    notebook.no_chart(lang, **nothing)
for group in groups:
    name = sidebyside.measure_name(group["measure"].iloc[0], lang)
    display(Markdown(f"### {markdown_text(name)}"))
    display(side_by_side_table(group))
    side_by_side_chart(group, name)
