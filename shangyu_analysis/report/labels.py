"""The one table of report labels: every word the reports show that is not data, in zh and en.

``LABELS[group][key] == {"zh": ..., "en": ...}``. Charts, notebook tables, the narrative and the build
read their words here, through :func:`label` (``label("chart.fiscal", lang)``), :func:`labels_in` (a whole
group in one language) and :func:`enum_label` (a member of a ``schema`` enumeration). The enumeration
groups have exactly one entry per declared member (``tests/test_labels.py`` checks both directions).
Sentences of the narrative are templates, not labels: they live in ``report/narrative/en.py`` and ``zh.py``.
A ``{field}`` in a label is filled by :func:`label`; no number is typed here that is not a label's own
(a plan period, a year in a chart title).
"""

from __future__ import annotations

from enum import StrEnum

from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import (LANGS, Category, CheckStatus, FigureKind, Lang, Qualifier, ReferenceStatus,
                                     RejectReason)


def _pairs(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """``{key: (zh, en)}`` → ``{key: {"zh": zh, "en": en}}`` (the table is written as pairs to stay short)."""
    return {key: dict(zip(LANGS, words, strict=True)) for key, words in table.items()}


LABELS: dict[str, dict[str, dict[str, str]]] = {
    # --- enumerations of shangyu_analysis.schema: one entry per declared member -------------------------
    "figure_kind": _pairs({
        "money": ("金额", "money"), "percent": ("百分比", "percent"),
        "percentage_point": ("百分点", "percentage points"), "count": ("数量", "count"), "area": ("面积", "area"),
        "rank": ("位次", "rank"), "ratio": ("比例", "ratio"), "multiple": ("倍数", "multiple"),
        "index": ("指数", "index"), "duration": ("时长", "duration"), "other": ("其他", "other"),
    }),
    "qualifier": _pairs({
        "exact": ("确数", "exact"), "approx": ("约数", "approximate"),
        "more_than": ("下限(超过)", "lower bound (more than)"), "less_than": ("上限(不足)", "upper bound (less than)"),
        "at_least": ("下限(至少)", "lower bound (at least)"), "at_most": ("上限(不超过)", "upper bound (at most)"),
        "range": ("区间", "range"),
    }),
    "reject_reason": _pairs({
        "date": ("日期", "date"), "plan_period": ("规划期", "plan period"), "relative_time": ("相对时间", "relative time"),
        "ordinal": ("序数", "ordinal"), "label": ("名称的一部分", "part of a name"), "enumeration": ("序号", "enumeration"),
        "idiom": ("成语或常用词", "idiom"), "footer": ("版面信息", "page footer"), "bare_number": ("无单位的数", "bare number"),
        "denominator": ("比率的基数", "denominator"), "comparison": ("比较对象", "comparison"),
    }),
    "category": _pairs({
        "economy": ("经济", "economy"), "fiscal": ("财政", "public finance"), "income": ("收入", "income"),
        "industry": ("产业", "industry"), "digital_economy": ("数字经济", "digital economy"),
        "investment": ("投资", "investment"), "innovation": ("创新", "innovation"),
        "business_environment": ("营商环境", "business environment"),
        "urban_development": ("城市建设", "urban development"), "policy": ("政策", "policy"),
    }),
    "check_status": _pairs({"pass": ("通过", "pass"), "fail": ("未通过", "fail"), "skip": ("跳过", "skipped")}),
    "lang": _pairs({"zh": ("中文", "Chinese"), "en": ("英文", "English")}),
    "reference_status": _pairs({"official": ("官方统计", "official"), "secondary": ("二手资料", "secondary")}),
    # --- how a qualifier wraps a value ({x}: the number with its unit), and the chart legend ------------
    "qualifier_phrase": _pairs({
        "exact": ("{x}", "{x}"), "approx": ("约{x}", "about {x}"), "more_than": ("超过{x}", "more than {x}"),
        "less_than": ("不足{x}", "less than {x}"), "at_least": ("至少{x}", "at least {x}"),
        "at_most": ("不超过{x}", "at most {x}"), "range": ("{x}", "{x}"),
    }),
    "qualifier_legend": _pairs({
        "exact": ("确数", "exact"), "approx": ("≈ 约数(约、左右)", "≈ approximate (about)"),
        "lower": (">、≥ 下限(超过、以上)", "> ≥ lower bound (more than)"),
        "upper": ("<、≤ 上限(不超过)", "< ≤ upper bound (at most)"), "range": ("区间", "range"),
    }),
    # --- unit words of chart axes (the units themselves and their conversions: report/units.py) ---------
    "unit": _pairs({
        "rank": ("位次", "rank"), "quotient": ("比值", "ratio"), "counter": ("数量({unit})", "count"),
    }),
    # --- charts: titles (by chart id) and the words on them -----------------------------------------------
    "chart": _pairs({
        "fiscal": ("财政收入构成与全省位次(“十三五”末)", "Fiscal revenue and provincial rank (end of 13th FYP)"),
        "income": ("城乡居民人均可支配收入", "Per-capita disposable income, urban vs rural"),
        "new_materials": ("新材料产业成绩单(2020年)", "New-materials industry scorecard (2020)"),
        "investment": ("产业研究院签约项目", "Projects signed through the industry institute"),
        "innovation": ("创新产出", "Innovation outputs"),
        "market": ("2020年市场活力", "Market activity in 2020"),
        "future_community": ("鸿雁未来社区", "Hongyan future community"),
        "timeline": ("发展路径:“十三五”成果 → 2020年 → “十四五”规划",
                     "Development path: 13th FYP results → 2020 → 14th FYP plans"),
        "generic_money": ("文中的金额", "Money amounts in the text"),
        "generic_percent": ("文中的百分比", "Percentages in the text"),
        "generic_count": ("文中的数量", "Counts in the text"),
        "figure_kinds": ("提取的数字:按类型与限定词", "Extracted figures by kind and qualifier"),
        "amount": ("金额", "Amount"), "count": ("数量", "Count"), "growth": ("增长", "Growth"),
        "annual_increase": ("“十三五”年均增加额", "Average annual increase, 2016–2020"),
        "share": ("占比", "Share"), "rank": ("全省位次", "Provincial rank"), "rank_fmt": ("第{n}位", "No. {n}"),
        "ratio": ("比值", "Ratio"), "figures": ("数字个数", "Number of figures"), "kind": ("类型", "Kind"),
        "phase_13": ("“十三五”成果", "13th FYP results"), "phase_2020": ("2020年", "2020"),
        "phase_now": ("2021年初(成文时)", "Early 2021 (time of writing)"),
        "phase_14": ("“十四五”规划与目标", "14th FYP plans and targets"),
        "plan_note": ("虚线框 = 规划/目标,非已实现结果", "Dashed box = plan or target, not a result"),
        "derived_note": ("浅色 = 由文中数字推算", "Light = derived from the article's figures"),
        "no_data": ("无可绘制的数据", "No data to draw"),
        "source_prefix": ("资料来源:", "Source: "),
    }),
    # --- notebook tables: headings, column headers, and the figure table's columns (by column name) -----
    "heading": _pairs({
        "figures": ("提取的全部数字", "Every figure extracted"),
        "unclaimed": ("未入选指标的数字(重复提及、排除项)", "Figures not used as indicators (repeats, exclusions)"),
        "checks": ("一致性校验", "Consistency checks"), "indicators": ("指标", "Indicators"), "charts": ("图表", "Charts"),
    }),
    "table": _pairs({
        "id": ("编号", "id"), "name": ("指标", "indicator"), "value": ("数值", "value"), "period": ("时期", "period"),
        "category": ("类别", "category"), "surface": ("原文", "as written"), "kind": ("类型", "kind"),
        "paragraph": ("段落", "paragraph"), "check": ("校验", "check"), "status": ("结果", "status"),
        "detail": ("说明", "detail"), "sentence": ("原句", "sentence"),
        "no_period": ("未注明", "not stated"),
    }),
    "figure_column": _pairs({
        "figure_id": ("编号", "figure_id"), "surface": ("原文", "surface"), "value": ("数值", "value"),
        "unit": ("单位", "unit"), "qualifier": ("限定", "qualifier"), "kind": ("类型", "kind"),
        "subject": ("主题", "subject"), "period": ("时期", "period"), "paragraph": ("段落", "paragraph"),
        "in_catalog": ("入选指标", "in_catalog"),
    }),
    # --- headers of the analysis notebooks' DataFrames (report.notebook.table): one entry per column name -
    "column": _pairs({
        "indicator_id": ("指标编号", "Indicator id"), "derived_id": ("派生指标编号", "Derived id"),
        "name_zh": ("指标", "Indicator (zh)"), "name_en": ("指标(英文)", "Indicator"),
        "figure_id": ("编号", "Figure"), "surface": ("原文", "As written"), "value": ("数值", "Value"),
        "value_high": ("上限值", "High value"), "unit": ("单位", "Unit"), "short_unit": ("单位简写", "Short unit"),
        "qualifier": ("限定", "Qualifier"), "kind": ("类型", "Kind"), "category": ("类别", "Category"),
        "subject": ("主题", "Subject"), "measure": ("所测量", "Measure"), "period": ("时期", "Period"),
        "sentence": ("原句", "Sentence"), "paragraph": ("段落", "Paragraph"), "formula": ("公式", "Formula"),
        "status": ("状态", "Status"), "detail": ("说明", "Detail"), "check_id": ("核对项", "Check"),
        "year": ("年份", "Year"), "source": ("来源", "Source"), "reference_status": ("数据性质", "Status"),
    }),
    # --- the narrative report: captions, column headers and marks (its sentences: narrative/en.py, zh.py) -
    "narrative": _pairs({
        "headline_caption": ("主要数字", "Headline figures"), "glossary_caption": ("术语", "Terms"),
        "plans_caption": ("规划与目标(非结果)", "Plans and targets (not results)"),
        "other_caption": ("本部分的其他数字", "Other figures in this section"),
        "figures_caption": ("文章报告的数字", "Figures reported in the article"),
        "derived_caption": ("派生指标", "Derived indicators"), "checks_caption": ("一致性核对", "Consistency checks"),
        "sources_caption": ("出处", "Sources"),
        "col_indicator": ("指标", "Indicator"), "col_value": ("数值", "Value"), "col_period": ("时期", "Period"),
        "col_source": ("出处", "Source"), "col_qualifier": ("性质", "Qualifier"), "col_formula": ("公式", "Formula"),
        "col_inputs": ("输入", "Inputs"), "col_assumptions": ("假设", "Assumptions"), "col_check": ("核对项", "Check"),
        "col_status": ("结果", "Status"), "col_detail": ("详情", "Detail"), "col_term": ("术语", "Term"),
        "col_english": ("英文", "English"), "col_explanation": ("释义", "Explanation"),
        "col_paragraph": ("段落", "Paragraph"), "col_sentence": ("原文句子", "Sentence quoted"),
        "plan_badge": ("规划", "plan"), "paragraph_mark": ("第{n}段", "paragraph {n}"),
    }),
    # --- the build: report header (build/html.py) and index status (build/index.py), copied verbatim ----
    "report_header": _pairs({
        "toc": ("目录", "Contents"), "notebook": ("笔记本", "Notebook"), "article": ("文章文件", "Article file"),
        "parameters": ("参数", "Parameters"), "generated": ("生成时间 (UTC)", "Generated (UTC)"),
        "commit": ("Git 提交", "Git commit"), "version": ("软件包版本", "Package version"),
        "sha256": ("输入 SHA-256", "Input SHA-256"), "lock": ("依赖锁定文件 SHA-256", "Lock file SHA-256"),
    }),
    "build_status": _pairs({
        "ok": ("成功", "ok"), "cached": ("已缓存", "cached"), "failed": ("失败", "failed"), "skipped": ("未生成", "not built"),
    }),
}

# The group of each enumeration's labels.
ENUM_GROUPS: dict[type[StrEnum], str] = {
    FigureKind: "figure_kind", Qualifier: "qualifier", RejectReason: "reject_reason", Category: "category",
    CheckStatus: "check_status", ReferenceStatus: "reference_status", Lang: "lang",
}


def check_lang(lang: object) -> str:
    """``lang`` if it is a report language (:data:`shangyu_analysis.schema.LANGS`), else a :class:`UserError`."""
    if lang not in LANGS:
        raise UserError(None, f"unknown language {lang!r}; expected {' or '.join(LANGS)}")
    return str(lang)


def label(key: str, lang: str, **fields: object) -> str:
    """The label ``"group.key"`` in ``lang``, with its ``{fields}`` filled in (``label("chart.rank_fmt", "en", n=9)``)."""
    group, _, name = key.partition(".")
    text = LABELS[group][name][check_lang(lang)]
    return text.format(**fields) if fields else text


def labels_in(group: str, lang: str) -> dict[str, str]:
    """Every label of ``group`` in ``lang``, by key."""
    check_lang(lang)
    return {key: words[lang] for key, words in LABELS[group].items()}


def enum_label(value: object, lang: str, enum: type[StrEnum] | None = None) -> str:
    """The label of an enumeration member (``enum_label(FigureKind.DURATION, "zh") == "时长"``).

    A plain string (a table cell) needs its ``enum``; a value that is not a member of it (an empty
    cell, a value of an older table) is returned as it is, so a table never loses what it showed.
    """
    check_lang(lang)
    enum = enum if enum is not None else type(value)
    if enum not in ENUM_GROUPS:
        raise TypeError(f"{enum.__name__} is not a labelled enumeration; expected one of "
                        f"{', '.join(e.__name__ for e in ENUM_GROUPS)}")
    words = LABELS[ENUM_GROUPS[enum]].get(str(value))
    return words[lang] if words is not None else str(value)
