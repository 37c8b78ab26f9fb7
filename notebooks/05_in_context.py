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
# # 05 · 放在官方统计中看 / In context: the article beside official statistics

# %% tags=["parameters"]
article: str = "data/raw/zjrb_2021-02-23_p11_shangyu.txt"  # the article, relative to the project root (or absolute)
lang: str = "zh"  # report language: "zh" or "en"
show_code: bool = False  # show the code cells in the HTML report
reference: str = ""  # reference statistics (official and secondary), relative to the project root; empty for the file of the place of the article
series: str = "gdp"  # the reference series of the timeline (an indicator_id of the reference CSV)

# %% tags=["setup"]
# %matplotlib inline
# Each parameter against its declared domain first: a value outside it is one line naming it.
from shangyu_analysis.report import params, questions

PARAMETERS = {
    "article": params.ARTICLE,
    "lang": params.LANG,
    "show_code": params.FLAG,
    "reference": questions.REFERENCES,
}  # "" (the file of the page's place) or a data/reference/ file
params.check(PARAMETERS, globals())  # series: checked against the reference file once it is read

# Inline backend: an MPLBACKEND set in the environment must not strip the figures.
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from IPython.display import display
from matplotlib.ticker import MaxNLocator

from shangyu_analysis.dataset import context, crosscheck, load_published, load_reference
from shangyu_analysis.dataset.band import DEFAULT_BAND
from shangyu_analysis.files import read_yaml
from shangyu_analysis.report import bandwords, fonts, incontext, notebook, verdicts
from shangyu_analysis.report.format import axis_value, format_value, value_label
from shangyu_analysis.report.labels import enum_label, label
from shangyu_analysis.schema import LOWER_BOUNDS, UPPER_BOUNDS, PointOrigin

fonts.apply_theme()
plt.rcParams["figure.dpi"] = 90  # keeps each report under 1 MB
COLOURS = {"official": "#2f6f9f", "secondary": "#7a7a7a", "article": "#d9822b", "derived": "#a64d79"}
SHAPES = {"official": "o", "secondary": "s", "article": "D", "derived": "P"}

dataset = load_published(article)  # the article's published tables (data/processed/<stem>/)
place, place_en = context.article_place(dataset)  # the page's place (its sidecar's place:, by short name)
here = {"zh": place or "本页地区", "en": place_en or "the page's place"}
# Only the reference file of the page's place: every value with its status, source and verbatim excerpt
ref = load_reference(reference or None, place=place)
has_reference = not ref.empty
if has_reference:
    params.check({"series": params.Choice(ref["indicator_id"].unique())}, globals())  # a series of this file
claims = context.article_claims(dataset, reference=ref)  # the page's claims.yml, or its claims by measure
checks = crosscheck.cross_check(dataset, ref)  # every claim against its nearest reference years (none: no rows)
if not has_reference:  # one line, and no other place's statistics
    notebook.say(
        lang,
        f"没有{here['zh']}的参考统计(data/reference/中没有以该地为place的文件),本报告不作对照,也不显示其他地区的统计。",
        f"There are no reference statistics for {here['en']} (no file in data/reference/ has it as its "
        "place): nothing is compared, and no other place's statistics are shown.",
    )
elif claims.empty:
    notebook.say(
        lang,
        f"本文没有可与{here['zh']}参考统计对照的指标(没有一个指标的度量对应参考统计的序列),下面只显示参考统计。",
        f"This article has no indicator the reference statistics of {here['en']} bear on (no indicator's "
        "measure maps to a reference series): what follows shows the reference statistics alone.",
    )
else:
    notebook.say(
        lang,
        "文中数字与参考统计逐项对照:参考统计表中每个数值都标明是官方统计还是二手资料,出处列于文末;"
        "各数值所依据的原文摘录保存在参考统计表的数据文件中,本报告不逐条列出。",
        "The article's figures set beside the reference statistics: every reference value says whether "
        "it is official or secondary, and its source is listed at the end; the verbatim sentence each value "
        "was read from is kept in the reference table's data file, not repeated in this report.",
    )

# %%
if has_reference:  # the question is the series' (a measure in words) and the page's place
    questions.heading(
        lang,
        f"{here['zh']}{bandwords.series_words(series, 'zh')}:每个点是什么?",
        f"{here['en']}: {bandwords.series_words(series, 'en')} over the years: what is each point?",
    )
    notebook.say(
        lang,
        "官方统计、二手资料、文中数字和由文中数字推算的界限各用一种标记;箭头表示该点只是下限或上限。",
        "Official statistics, secondary values, the article's figures and the bounds derived from them each "
        "have their own marker; an arrow says the point is only a lower or an upper bound.",
    )
    timeline = context.timeline(dataset, ref, series)  # reference points and the article's level claims, by year
    display(notebook.table(incontext.timeline_table(timeline, lang, dataset.derived), lang, "timeline"))
else:
    timeline = context.timeline(dataset, ref, series)  # empty: no reference point

# %% tags=["chart"]
ax_timeline = None
if has_reference and len(timeline) >= 2:
    points = notebook.one_unit(timeline)  # one unit on the value axis, at least two points
    points = points.assign(
        shown=[axis_value(v, u, lang) for v, u in zip(points["value"], points["unit"])],
        what=[enum_label(o, lang, PointOrigin) for o in points["origin"]],
    )
    order = [o for o in PointOrigin.values() if o in set(points["origin"])]
    names = {o: enum_label(o, lang, PointOrigin) for o in order}
    fig, ax_timeline = plt.subplots(figsize=(8, 4.2))
    # points only: a line between official values years apart would read as a path the others are judged by
    sns.scatterplot(
        data=points,
        x="year",
        y="shown",
        hue="what",
        style="what",
        s=90,
        ax=ax_timeline,
        zorder=3,
        hue_order=list(names.values()),
        style_order=list(names.values()),
        palette={names[o]: COLOURS[o] for o in order},
        markers={names[o]: SHAPES[o] for o in order},
    )
    for row in points.itertuples():
        up = 1 if row.qualifier in LOWER_BOUNDS else -1 if row.qualifier in UPPER_BOUNDS else 0
        if up:
            ax_timeline.annotate(
                "",
                xy=(row.year, row.shown * (1 + 0.12 * up)),
                xytext=(row.year, row.shown),
                arrowprops={"arrowstyle": "->", "color": COLOURS[row.origin], "lw": 1.5},
            )
        ax_timeline.annotate(
            value_label(row.value, row.unit, row.precision, row.qualifier, lang),
            (row.year, row.shown),
            textcoords="offset points",
            xytext=(7, -4),
            fontsize=8,
        )
    ax_timeline.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax_timeline.legend(title=label("context.bound_note", lang), fontsize=8, title_fontsize=8, loc="upper left")
    name = incontext.series_name(claims, ref, series, lang)
    notebook.finish_axes(
        ax_timeline,
        label("context.timeline_title", lang, name=name),
        points["unit"].iloc[0],
        lang,
        source=label("context.source", lang),
    )
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    plt.show()
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing); nothing without a reference
    notebook.no_chart(lang, *((" ", " ") if not has_reference else (None, None)))  # " ": nothing to say


# %%
def listed(rows: pd.DataFrame, lang: str) -> str:
    """The points as "<year>年(<value>)" / "<year> (<value>)", joined."""
    parts = [
        f"{r.year}年({format_value(r.value, r.unit, r.qualifier, r.precision, 'zh')})"
        if lang == "zh"
        else f"{r.year} ({format_value(r.value, r.unit, r.qualifier, r.precision, 'en')})"
        for r in rows.itertuples()
    ]
    return ("、" if lang == "zh" else "; ").join(parts)


by_origin = {o: timeline[timeline["origin"] == o] for o in PointOrigin.values()}
article_points = timeline[timeline["origin"] == "article"]
derived_points = timeline[timeline["origin"] == "derived"]
if has_reference:
    notebook.say(
        lang,
        f"官方统计的点:{listed(by_origin['official'], 'zh') or '无'};二手资料的点:{listed(by_origin['secondary'], 'zh') or '无'}。"
        + (
            f"文中的点:{listed(article_points, 'zh')};由文中数字推算的点(本报告的推算,不是文章的说法):"
            f"{listed(derived_points, 'zh') or '无'}。文中的点和推算的点都只是界限或约数,不是公布的数值;是否与参考数值相容,见下文逐项核对。"
            if len(article_points)
            else f"本文没有{bandwords.series_words(series, 'zh')}的说法。"
        ),
        f"Official points: {listed(by_origin['official'], 'en') or 'none'}. Secondary points: "
        f"{listed(by_origin['secondary'], 'en') or 'none'}. "
        + (
            f"The article's point: {listed(article_points, 'en')}; derived from it by this report (not the article's "
            f"claims): {listed(derived_points, 'en') or 'none'}. The article's point and the derived point are bounds or "
            "approximations, not published values; "
            "whether they fit the reference values is the claim-by-claim check below."
            if len(article_points)
            else f"The article makes no claim about {bandwords.series_words(series, 'en')}."
        ),
    )

# %%
# The pairs a growth is implied by but not judged: the page's level claims of a series the reference states no real
# rate for (so no band), against a later reference year.
pairs = checks[
    (checks["reason"] == "no_band")
    & (checks["formula"] == "average_growth")
    & (checks["claim_origin"] == "article")
    & (checks["reference_year"] > checks["claim_year"])
].copy()
paired = questions.measures_of(set(pairs["series"]))  # the measures the question is about, in words below
if len(pairs):
    ref_years = "、".join(str(int(y)) for y in sorted(set(pairs["reference_year"])))
    guessed = bool((claims.set_index("claim_id").loc[pairs["claim_id"], "period_basis"] == "inferred").any())
    # the claims' year as the tables word it, and what the reference values are (bulletins, or statistics)
    when = {
        language: label(
            f"period_phrase.{'inferred' if guessed else 'stated'}",
            language,
            period="、".join(f"{int(y)}{'年' if language == 'zh' else ''}" for y in sorted(set(pairs["claim_year"]))),
        )
        for language in ("zh", "en")
    }
    bulletins = bool(
        ref.loc[pairs["reference_row"].astype(int) - context.FIRST_CSV_LINE, "source_title"]
        .str.contains("统计公报")
        .all()
    )
    questions.heading(
        lang,
        f"{here['zh']}{questions.words(paired, 'zh')}:文中数字({when['zh']})对照{ref_years}年"
        + ("统计公报" if bulletins else "参考统计"),
        f"{here['en']}: {questions.words(paired, 'en')}: the article's figures ({when['en']}) against "
        + (
            f"the {ref_years.replace('、', ', ')} bulletin"
            if bulletins
            else f"the reference values of {ref_years.replace('、', ', ')}"
        ),
    )
    own = {
        language: questions.note(claims, "pairs", language)
        or (
            "文中这些数字的年份是推测的(见指标表),下文的年数都依赖这一推测。"
            if language == "zh"
            else "The years of these figures are presumed (see the indicators table), and every number of years below rests "
            "on them."
        )
        if guessed
        else ""
        for language in ("zh", "en")
    }
    notebook.say(
        lang,
        own["zh"]
        + "每一对数值隐含一个年均增速。它由两个现价总量算出,是**名义**增速;公报所列的是当年增速,统计表没有说明口径。两者不能直接比较。",
        (own["en"] + " " if own["en"] else "") + "Each pair implies an average annual growth. Computed from "
        "two current-price levels, it is **nominal**; the bulletin states the growth of its own year, and its "
        "table does not say at which prices. The two are not comparable as such.",
    )
# The average annual growth each pair implies, computed here in plain sight and checked against the cross-check:
years = (pairs["reference_year"] - pairs["claim_year"]).astype(int)
implied = 100 * ((pairs["reference_value"] / pairs["claim_value"]) ** (1 / years) - 1)
assert np.allclose(implied, pairs["result"])
# If the stated growth is at current prices, the level of the year before the bulletin's, and the growth up to it:
before = crosscheck.year_before(pairs)
if len(pairs):
    shown = incontext.checks_table(pairs, claims, ref, lang)
    display(
        notebook.table(
            shown[["claim", "claim_value", "reference_value", "arithmetic", "result", "stated_growth_pct", "caveats"]],
            lang,
            "pairs",
        )
    )
    display(notebook.table(incontext.year_before_table(before, claims, lang), lang, "year-before"))

# %% tags=["chart"]
ax_income = ax_growth = None
if len(pairs):
    width = 9 if lang == "zh" else 18  # tick labels wrapped, so long names do not overlap
    basis = dataset.indicators.set_index("indicator_id")["period_basis"]

    def claim_year(claim_id: str, year: int) -> str:
        """The claim's year as the tables word it: an inferred year says "presumably" on the chart too."""
        inferred = basis.get(claim_id) == "inferred"
        return label("period_phrase.inferred", lang, period=year) if inferred else str(year)

    names = claims.set_index("claim_id")[f"name_{lang}"].map(lambda n: "\n".join(textwrap.wrap(n, width)))
    levels = pd.concat(
        [
            pd.DataFrame(
                {
                    "name": pairs["claim_id"].map(names),
                    "value": pairs["claim_value"],
                    "unit": pairs["unit"],
                    "when": [
                        f"{claim_year(c, y)} · {enum_label(o, lang, PointOrigin)}"
                        for c, y, o in zip(pairs["claim_id"], pairs["claim_year"], pairs["claim_origin"])
                    ],
                }
            ),
            pd.DataFrame(
                {
                    "name": pairs["claim_id"].map(names),
                    "value": pairs["reference_value"],
                    "unit": pairs["unit"],
                    "when": [
                        f"{int(y)} · {enum_label(o, lang, PointOrigin)}"
                        for y, o in zip(pairs["reference_year"], pairs["reference_status"])
                    ],
                }
            ),
        ]
    )
    incomes = notebook.one_unit(levels[levels["unit"] == "元"])  # revenue (亿元) has another unit: not on this axis
    rates = pd.DataFrame({"name": pairs["claim_id"].map(names), "value": pairs["result"], "unit": "%"}).dropna()
    stated = pd.DataFrame({"name": pairs["claim_id"].map(names), "value": pairs["stated_growth_pct"]}).dropna()
    fig, (ax_income, ax_growth) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [2, 3]})
    sns.barplot(
        data=incomes.assign(shown=[axis_value(v, "元", lang) for v in incomes["value"]]),
        x="name",
        y="shown",
        hue="when",
        ax=ax_income,
    )
    for container in ax_income.containers:
        ax_income.bar_label(container, fmt="%.0f", fontsize=8)
    notebook.finish_axes(ax_income, label("context.income_title", lang), "元", lang)
    # the implied average as bars; the bulletin's one-year rate as a marker only, so no pair of bars invites
    # comparing two rates that measure different things
    sns.barplot(data=rates, x="name", y="value", color="#a64d79", ax=ax_growth, label=label("context.implied", lang))
    for container in ax_growth.containers:
        ax_growth.bar_label(container, fmt="%.2f", fontsize=8)
    sns.scatterplot(
        data=stated,
        x="name",
        y="value",
        marker="_",
        s=400,
        linewidth=2.5,
        color="#4d4d4d",
        ax=ax_growth,
        zorder=3,
        label=label("context.stated", lang),
    )
    notebook.finish_axes(
        ax_growth, label("context.growth_title", lang), "%", lang, source=label("context.source", lang)
    )
    for ax in (ax_income, ax_growth):
        ax.set_ylim(top=ax.get_ylim()[1] * 1.25)  # room above the bars for the legend, so it hides no bar label
        ax.legend(fontsize=8, loc="upper left")
        ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    plt.show()
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing); nothing without a reference
    notebook.no_chart(lang, *((" ", " ") if not has_reference else (None, None)))  # " ": nothing to say


# %%
def pairs_sentence(language: str) -> str:
    """What the pairs imply, in language ``language`` (numbers from the cross-check and year_before rows)."""
    names = pairs["claim_id"].map(claims.set_index("claim_id")[f"name_{language}"])
    rates = [
        f"{n}{':' if language == 'zh' else ': '}{incontext.growth_text(r.result, r.result_qualifier, language)}"
        for n, r in zip(names, pairs.itertuples())
    ]
    prior = incontext.year_before_table(before, claims, language)
    # the rate is an average over the span from the claim's year to the prior year, not that year's growth
    spans = [f"{int(c)}–{int(p)}" for c, p in zip(before["claim_year"], before["prior_year"])]
    back = [
        f"{r.claim}{r.prior_level}({span}年均{r.prior_growth_pct.removesuffix('/年')})"
        if language == "zh"
        else f"{r.claim} {r.prior_level} (average {r.prior_growth_pct} over {span})"
        for r, span in zip(prior.itertuples(), spans)
    ]
    year = int(before["prior_year"].max()) if len(before) else None
    breaks = verdicts.break_sentences(crosscheck.breaks(before), claims, dataset.derived, language)
    if language == "zh":
        return (
            "隐含的年均名义增速:"
            + ";".join(rates)
            + "。"
            + "参考统计没有给出这些指标的实际增速,因此不设合理区间、不作判定。"
            + ("财政收入不作价格平减,其增速应为名义增速,但公报未说明(表中记为口径未说明);" if revenue else "")
            + "公报增速可能按同口径调整,且只是一年的增速,不是多年平均。"
            + (f"若公报{year + 1}年的增速以{year}年为基数,倒推{year}年:" + ";".join(back) + "。" if back else "")
            + "".join(breaks)
        )
    return (
        "Implied average nominal growth: "
        + "; ".join(rates)
        + ". "
        + "The reference states no real growth rate for these series, so there is no band and no verdict. "
        + (
            "Fiscal revenue is not deflated, so its growth is presumably nominal, though the bulletin does not say "
            "so (the table: basis not stated); the bulletin's rate may be like-for-like (同口径) "
            if revenue
            else "The bulletin's rate may be like-for-like (同口径) "
        )
        + "adjusted, and it is the rate of a single year, not an average over several years."
        + (
            f" If the rates the {year + 1} bulletin reports are measured from the {year} level, {year} was: "
            + "; ".join(back)
            + "."
            if back
            else ""
        )
        + "".join(" " + b for b in breaks)
    )


revenue = bool(set(paired) & set(questions.REVENUES))  # a revenue is not deflated: its rate is nominal
if len(pairs):
    notebook.say(lang, pairs_sentence("zh"), pairs_sentence("en"))
elif has_reference:  # the measures the page would need, in words
    judged = crosscheck.band_or_none(ref)  # the series with a band are judged in the claim-by-claim question
    lacking = questions.measures_of(set(ref["indicator_id"]) - {judged.series if judged is not None else ""})
    notebook.say(
        lang,
        f"本页没有可与{here['zh']}较晚年份参考数值配对、又无合理区间的指标({questions.words(lacking, 'zh')}),此问从略。",
        f"The page states none of {questions.words(lacking, 'en')} for {here['en']} with a later reference "
        "value to pair with; the question is skipped.",
    )


# %%
def context_lines(language: str) -> str:
    """The comparisons the reference table allows beside the page's claims, keyed by measure: the urban–rural
    income ratio, total fiscal revenue as a share of GDP, a value several sources give alike (numbers computed
    from the claims and the reference rows)."""
    parts = [
        questions.income_ratio(claims, ref, language),
        questions.fiscal_share(claims, ref, language),
        questions.copies(ref, series, language),
    ]
    return ("" if language == "zh" else " ").join(p for p in parts if p)


if context_lines(lang):
    notebook.say(lang, context_lines("zh"), context_lines("en"))

# %%
structure = context.sector_structure(ref)  # share_<sector> rows, beside 100 × va_<sector> / gdp
# Does the page itself give sector figures? (by measure: the structure or a sector's value added)
SECTOR_MEASURES = ["三次产业结构", "第一产业增加值", "第二产业增加值", "第三产业增加值"]
page_sectors = bool(dataset.indicators["measure"].isin(SECTOR_MEASURES).any())
if has_reference:
    questions.heading(lang, f"{here['zh']}三次产业结构", f"{here['en']}: the sector structure")
    notebook.say(
        lang,
        "公报给出的三次产业占地区生产总值比重;有增加值的年份,按增加值重新计算核对。"
        + ("文章本身没有给出产业结构。" if not page_sectors else "文中的产业数字见指标表,这里只列参考统计。"),
        "The sector shares of GDP the bulletins state; in the years with value added by sector, recomputed "
        "from it as a check. "
        + (
            "The article itself gives no sector structure."
            if not page_sectors
            else "The article's sector figures are in its indicators table; here the reference statistics alone."
        ),
    )
    if structure.empty:
        notebook.say(
            lang,
            f"参考统计没有{here['zh']}的{questions.words(SECTOR_MEASURES[:1], 'zh')},此问从略。",
            f"The reference statistics give no {questions.words(SECTOR_MEASURES[:1], 'en')} of {here['en']}; "
            "the question is skipped.",
        )
# The recomputed shares round to the stated ones (one decimal, as the bulletins print them):
recomputed = structure.dropna(subset=["share_from_va_pct"])
agrees = bool((recomputed["share_from_va_pct"].round(1) == recomputed["share_pct"]).all())
if len(structure):
    display(notebook.table(incontext.structure_table(structure, lang), lang, "structure"))

# %% tags=["chart"]
ax_structure = None
if len(structure) >= 2:
    bars = notebook.one_unit(
        structure.assign(unit="%", sector_name=[label(f"context.sector_{s}", lang) for s in structure["sector"]])
    )
    fig, ax_structure = plt.subplots(figsize=(8, 4))
    sns.barplot(data=bars, x="sector_name", y="share_pct", hue="year", ax=ax_structure, palette="crest")
    for container in ax_structure.containers:
        ax_structure.bar_label(container, fmt="%.1f", fontsize=8)
    ax_structure.legend(title=label("column.year", lang), fontsize=8, title_fontsize=8)
    notebook.finish_axes(
        ax_structure, label("context.structure_title", lang), "%", lang, source=label("context.source_reference", lang)
    )  # the article gives no sector data
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    plt.show()
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing); nothing without a reference
    notebook.no_chart(lang, *((" ", " ") if not has_reference else (None, None)))  # " ": nothing to say

# %%
if len(structure):
    first, last = structure["year"].min(), structure["year"].max()
    share = structure.set_index(["year", "sector"])["share_pct"]

    def move(sector: str, language: str) -> str:
        a, b = (format_value(share[(y, sector)], "%", "exact", 1, language) for y in (first, last))
        return f"由{first}年的{a}变为{last}年的{b}" if language == "zh" else f"from {a} in {first} to {b} in {last}"

    notebook.say(
        lang,
        f"第二产业占比{move('secondary', 'zh')},第三产业占比{move('tertiary', 'zh')}。"
        + (
            "按增加值重新计算的占比四舍五入后与公报一致。"
            if agrees
            else "按增加值重新计算的占比与公报不完全一致,见上表。"
        )
        + "占比按现价计算,包含相对价格变化的影响"
        + (f";{questions.across(ref, 'zh')}。" if questions.across(ref, "zh") else "。")
        + ("文章没有给出产业结构,这一节只有参考统计。" if not page_sectors else ""),
        f"The secondary sector's share went {move('secondary', 'en')}, the tertiary sector's "
        f"{move('tertiary', 'en')}. "
        + (
            "The shares recomputed from value added round to the stated ones. "
            if agrees
            else "The shares recomputed from value added differ from the stated ones: see the table. "
        )
        + "The shares are at current prices, so they include relative-price effects"
        + (f"; {questions.across(ref, 'en')}. " if questions.across(ref, "en") else ". ")
        + (
            "The article gives no sector structure: this question rests on the reference statistics alone."
            if not page_sectors
            else ""
        ),
    )

# %%
band = crosscheck.band_or_none(ref)  # None: the reference states no real rate, so no growth is judged
low, high = band.accept if band is not None else (np.nan, np.nan)
if has_reference:
    questions.heading(
        lang,
        f"逐项核对:文中说法与{here['zh']}参考数值",
        f"Claim by claim: the article against the reference values of {here['en']}",
    )
    notebook.say(
        lang,
        "每项文中说法与参考表中最近的前后年份配对;每一行写明所用公式、算式、结论和适用的注意事项。",
        "Each claim is paired with the nearest reference years before and after it; every row names its "
        "formula and shows its arithmetic, its verdict and the caveats that apply.",
    )
if band is not None and len(checks):
    notebook.say(
        lang,
        verdicts.band_sentence(band, "zh") + "推算的增速与合理区间有交集判为“一致”,否则“不一致”;"
        "按年均增加额推算的期末数须符合文中对期末的说法;这种对照只在参考数值远低于推算路径时才不通过(门槛见该行),"
        "且依赖二手数值和等额年增的假设,不计为佐证;"
        "若文中说法允许的范围覆盖整个合理区间,任何合理数值都会通过,也标为无检验力。“一致”只表示没有矛盾,不等于证实。"
        + questions.bound_example(checks, "zh"),
        verdicts.band_sentence(band, "en") + " An implied growth that can lie within the band is consistent, "
        "otherwise inconsistent; an end level carried forward from an average annual increase must fit the "
        "article's claim of that level; such a comparison fails only for a reference value well below the path "
        "(its row gives the threshold) and rests on equal yearly increases, so it is not counted as support, "
        "as is any verdict where the claim's range covers the whole band (any plausible value would pass). "
        "Consistent means not contradicted, not confirmed." + questions.bound_example(checks, "en"),
    )
if has_reference and len(checks):
    display(notebook.table(incontext.checks_table(checks, claims, ref, lang), lang, "cross-check"))
    used = [
        name
        for name in crosscheck.FORMULAS
        if crosscheck.FORMULAS[name] and name in set(checks["formula"]) | {"level_year_before"}
    ]
    formulas = pd.DataFrame(
        {
            "formula": [label(f"context.formula_{name}", lang) for name in used],
            "expression": [label(f"context.math_{name}", lang) for name in used],
        }
    )
    display(notebook.table(formulas, lang, "formulas"))

# %% tags=["chart"]
ax_checks = None
growths = checks[(checks["result_unit"] == "%") & checks["accept_low"].notna()]  # the rows judged against the band
if len(growths) >= 2:
    growths = notebook.one_unit(growths, unit_column="result_unit")  # every result here is % a year
    names = claims.set_index("claim_id")[f"name_{lang}"]
    rows = growths.assign(
        row=[f"{names[c]} · {int(y)}" for c, y in zip(growths["claim_id"], growths["reference_year"])]
    )
    fig, ax_checks = plt.subplots(figsize=(8, 0.45 * len(rows) + 1.5))
    ax_checks.axvspan(low, high, color="#4f9a6b", alpha=0.12, label=label("context.band", lang))
    rows = rows.assign(what=[enum_label(o, lang, PointOrigin) for o in rows["claim_origin"]])
    sns.scatterplot(
        data=rows,
        x="result",
        y="row",
        hue="what",
        s=70,
        ax=ax_checks,
        palette={enum_label(o, lang, PointOrigin): COLOURS[o] for o in set(rows["claim_origin"])},
    )
    for y, r in enumerate(rows.itertuples()):
        step = 3 if r.result_qualifier in LOWER_BOUNDS else -3 if r.result_qualifier in UPPER_BOUNDS else 0
        if step:
            ax_checks.annotate(
                "", xy=(r.result + step, y), xytext=(r.result, y), arrowprops={"arrowstyle": "->", "color": "0.3"}
            )
        ax_checks.annotate(
            value_label(r.result, "%", 2, r.result_qualifier, lang),
            (r.result, y),
            textcoords="offset points",
            xytext=(0, 7),
            fontsize=8,
            ha="center",
        )
    ax_checks.set_ylim(len(rows) - 0.5, -1.2)  # room above the first row, so its label clears the title
    ax_checks.legend(title=label("context.bound_note", lang), fontsize=8, title_fontsize=8, loc="lower right")
    notebook.finish_axes(
        ax_checks, label("context.checks_title", lang), "%", lang, horizontal=True, source=label("context.source", lang)
    )
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    plt.show()
    plt.show()  # shown here: a figure left open is drawn once more when the cell ends, for nothing
else:  # say why there is no chart (the build fails a chart cell that shows nothing); nothing without a reference
    notebook.no_chart(lang, *((" ", " ") if not has_reference else (None, None)))  # " ": nothing to say

# %%
if has_reference and len(checks):
    notebook.say(
        lang,
        "".join(verdicts.verdict_sentences(checks, claims, "zh")) + questions.sides(checks, claims, "zh"),
        " ".join(verdicts.verdict_sentences(checks, claims, "en")) + questions.sides(checks, claims, "en"),
    )
elif has_reference:  # which measures a claim would need, in words
    wanted = questions.measures_of(set(ref["indicator_id"]))
    notebook.say(
        lang,
        f"没有可核对的文中说法:本页没有{here['zh']}参考统计所含指标({questions.words(wanted, 'zh')})的说法。",
        f"There is no claim of the article to check: the page states none of the measures the reference "
        f"statistics of {here['en']} have ({questions.words(wanted, 'en')}).",
    )

# %%
if has_reference:
    questions.heading(lang, "注意事项", "Caveats")
    notebook.say(
        lang,
        "参考统计说明中适用于以上各表的注意事项(表中以圆圈数字标注)。",
        "The caveats of the reference statistics that apply to the tables above (marked there by circled numbers).",
    )
    display(
        notebook.table(incontext.caveats_table([timeline, structure, checks], checks, claims, lang), lang, "caveats")
    )

# %%
used = sorted(
    set(timeline["reference_row"].dropna()) | set(structure["reference_row"]) | set(checks["reference_row"].dropna())
)
sources = ref.iloc[[int(r) - context.FIRST_CSV_LINE for r in used]]
sources = sources.assign(
    title=[incontext.source_title(t, lang) for t in sources["source_title"]],
    publisher=[
        incontext.source_publisher(p, st, lang) for p, st in zip(sources["source_publisher"], sources["status"])
    ],
).drop_duplicates(["title", "source"])
# The band's deflator (data/reference/price_band.yml) is a source too: one row per copy it was read from, each with
# its own base year; the publisher is the World Bank, the copies are secondary.
deflator = read_yaml(DEFAULT_BAND)
title, publisher = (
    (deflator["title_zh"], deflator["publisher_zh"]) if lang == "zh" else (deflator["title"], "World Bank, WDI")
)
sources = (
    pd.concat(
        [
            sources,
            pd.DataFrame(
                {
                    "title": [
                        label("context.deflator_title", lang).format(title=title, year=copy["base_year"])
                        for copy in deflator["read_from"]
                    ],
                    "publisher": [
                        label("context.deflator_copy", lang).format(
                            publisher=publisher, site=copy["site"], role=copy[f"role_{lang}"]
                        )
                        for copy in deflator["read_from"]
                    ],
                    "source": [copy["url"] for copy in deflator["read_from"]],
                }
            ),
        ]
    )
    if len(used)
    else sources
)
if has_reference:
    questions.heading(lang, "出处", "Sources")
    notebook.say(
        lang,
        "以上各表所用参考数值的出处(行号为参考统计表中的行)。",
        "Where the reference values used above come from (the rows are lines of the reference table).",
    )
    display(notebook.table(sources[["title", "publisher", "source"]], lang, "sources"))
