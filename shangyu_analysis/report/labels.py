"""The one table of report labels: every word the reports show that is not data, in zh and en.

``LABELS[group][key] == {"zh": ..., "en": ...}``. Charts, notebook tables, the narrative and the build
read their words here, through :func:`label` (``label("chart.no_data", lang)``), :func:`labels_in` (a whole
group in one language) and :func:`enum_label` (a member of a ``schema`` enumeration). The enumeration
groups have exactly one entry per declared member (``tests/test_labels.py`` checks both directions).
Sentences of the narrative are templates, not labels: they live in ``report/narrative/en.py`` and ``zh.py``.
A ``{field}`` in a label is filled by :func:`label`; no number is typed here that is not a label's own (a plan period).
"""

from __future__ import annotations

from enum import StrEnum

from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import (
    LANGS,
    QUALIFIER_SPECS,
    Assumption,
    Category,
    Caveat,
    CheckStatus,
    CrossCheckVerdict,
    DerivedBasis,
    FactCheck,
    FactReason,
    FactVerdict,
    FigureKind,
    GrowthBasis,
    Lang,
    PeriodBasis,
    PointOrigin,
    Qualifier,
    ReferenceStatus,
    RejectReason,
    ScopeBasis,
    VerdictStrength,
)


def _pairs(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """``{key: (zh, en)}`` → ``{key: {"zh": zh, "en": en}}`` (the table is written as pairs to stay short)."""
    return {key: dict(zip(LANGS, words, strict=True)) for key, words in table.items()}


LABELS: dict[str, dict[str, dict[str, str]]] = {
    # --- enumerations of shangyu_analysis.schema: one entry per declared member -------------------------
    "figure_kind": _pairs(
        {
            "money": ("金额", "money"),
            "percent": ("百分比", "percent"),
            "percentage_point": ("百分点", "percentage points"),
            "count": ("数量", "count"),
            "area": ("面积", "area"),
            "rank": ("位次", "rank"),
            "ratio": ("比例", "ratio"),
            "multiple": ("倍数", "multiple"),
            "index": ("指数", "index"),
            "duration": ("时长", "duration"),
            "other": ("其他", "other"),
        }
    ),
    "qualifier": _pairs({str(q): spec.name for q, spec in QUALIFIER_SPECS.items()}),  # schema.qualifiers
    "reject_reason": _pairs(
        {
            "date": ("日期", "date"),
            "plan_period": ("规划期", "plan period"),
            "relative_time": ("相对时间", "relative time"),
            "ordinal": ("序数", "ordinal"),
            "label": ("名称的一部分", "part of a name"),
            "enumeration": ("序号", "enumeration"),
            "idiom": ("成语或常用词", "idiom"),
            "footer": ("版面信息", "page footer"),
            "bare_number": ("无单位的数", "bare number"),
            "denominator": ("比率的基数", "denominator"),
            "comparison": ("比较对象", "comparison"),
        }
    ),
    "category": _pairs(
        {
            "economy": ("经济", "economy"),
            "fiscal": ("财政", "public finance"),
            "income": ("收入", "income"),
            "industry": ("产业", "industry"),
            "digital_economy": ("数字经济", "digital economy"),
            "investment": ("投资", "investment"),
            "innovation": ("创新", "innovation"),
            "business_environment": ("营商环境", "business environment"),
            "urban_development": ("城市建设", "urban development"),
            "policy": ("政策", "policy"),
        }
    ),
    "period_basis": _pairs(
        {"stated": ("文中明示", "stated"), "inferred": ("推断", "inferred"), "unknown": ("未注明", "not stated")}
    ),
    "derived_basis": _pairs(
        {"arithmetic": ("计算值", "computed"), "implied": ("推算值(取决于假设)", "implied (rests on assumptions)")}
    ),
    "assumption": _pairs(
        {
            "price_basis": ("现价增速", "current-price growth"),
            "same_sample": ("同一批企业", "the same firms"),
            "same_period": ("同一年份", "the same year"),
            "inferred_period": ("推断的年份", "an inferred year"),
            "measure": ("推测的口径", "a presumed measure"),
            "same_area": ("同一范围", "the same area"),
        }
    ),
    "check_status": _pairs({"pass": ("通过", "pass"), "fail": ("未通过", "fail"), "skip": ("跳过", "skipped")}),
    "lang": _pairs({"zh": ("中文", "Chinese"), "en": ("英文", "English")}),
    "reference_status": _pairs({"official": ("官方统计", "official"), "secondary": ("二手资料", "secondary")}),
    "point_origin": _pairs(
        {
            "official": ("官方统计", "official"),
            "secondary": ("二手资料", "secondary"),
            "article": ("文中数字", "from the article"),
            "derived": ("由文中数字推算", "derived"),
        }
    ),
    "growth_basis": _pairs(
        {
            "nominal": ("名义(现价)", "nominal (current prices)"),
            "real": ("实际(可比价)", "real (comparable prices)"),
            "unstated": ("口径未说明", "basis not stated"),
        }
    ),
    "verdict": _pairs(
        {
            "consistent": ("一致", "consistent"),
            "inconsistent": ("不一致", "inconsistent"),
            "not_checkable": ("无法核对", "not checkable"),
        }
    ),
    # --- the checks any page gets from its figures' facts (indicators/fact_checks.py; descriptions: schema.FactCheck …) -
    "fact_check": _pairs(
        {
            "growth_compounding": ("累计增长与年均增速", "growth since a base year vs average annual growth"),
            "shares_sum": ("构成之和", "shares of one total"),
            "part_within_total": ("部分不超过总量(其中)", "a part within its total"),
            "implied_base_level": ("由数值与增速推算的基期数值", "earlier level implied by a level and its growth"),
            "implied_growth": ("由两个数值推算的增速", "growth implied by two levels"),
        }
    ),
    "fact_verdict": _pairs(
        {
            "agree": ("一致", "agree"),
            "disagree": ("不一致", "disagree"),
            "cannot_tell": ("无法判断", "cannot tell"),
            "derived": ("推算值(文中无可比数字)", "derived (nothing to compare)"),
        }
    ),
    "fact_reason": _pairs(
        {
            "within_rounding": ("在所列精度的舍入范围内", "within the rounding of the stated precision"),
            "outside_rounding": ("超出所列精度的舍入范围", "beyond the rounding of the stated precision"),
            "bound_allows": ("界限允许(相容,但未证实)", "a bound allows it (compatible, not confirmed)"),
            "bound_excludes": ("即使按界限也不相容", "excluded even by the bound"),
            "price_basis": (
                "增速可能按可比价,数值为现价,差异不等于矛盾",
                "the growth may be real, the levels at current prices: a difference is no contradiction",
            ),
            "no_counterpart": ("文中无可比数字", "nothing on the page to compare"),
        }
    ),
    "verdict_strength": _pairs(
        {
            "informative": ("有检验力(参考数值若不同,此项可能不通过)", "informative (could have failed)"),
            "not_informative": ("无检验力(任何合理数值都会通过)", "not informative (any plausible value passes)"),
            "none": ("未作判定", "no verdict"),
        }
    ),
    "scope_basis": _pairs(
        {"stated": ("文中明示", "stated"), "inferred": ("推断", "inferred"), "unclear": ("归属不明", "unclear")}
    ),
    "caveat": _pairs(
        {  # the reference README's caveats (descriptions: schema.Caveat)
            "real_vs_nominal": (
                "公报增速按可比价(实际)计算或未说明口径(财政收入不作价格平减,其增速应为名义增速),总量为现价,由总量算出的名义增速可能不宜与之直接比较",
                "Stated growth is real or of unstated basis (fiscal revenue is not deflated, so its growth is presumably nominal), levels nominal: a rate between levels may not be comparable",
            ),
            "preliminary": (
                "初步核算数(首次公布),其后的修订未收录",
                "Preliminary values as first published, not revised",
            ),
            "population_bases": (
                "人均值取决于人口口径(普查、常住、户籍),不可混用",
                "Per-head values depend on the population base (census, resident, registered); do not mix bases",
            ),
            # the place's own text is its reference sidecar's (caveat_years.<id>.zh/en; report.incontext.caveat_text)
            "boundary_change": (
                "可能有行政区划调整,跨越调整年份的比较可能受影响",
                "Possible boundary change: comparisons across it may be affected",
            ),
            "former_unit": (
                "此前为另一行政单位(如县级市)",
                "Earlier: another administrative unit (e.g. a county-level city)",
            ),
            "secondary": (
                "二手资料(非官方网页),仅供核对,不与官方数字合并",
                "Secondary (non-official page): cross-check only",
            ),
        }
    ),
    # --- how a qualifier wraps a value ({x}: the number with its unit), and the chart legend ------------
    "qualifier_phrase": _pairs({str(q): spec.phrase for q, spec in QUALIFIER_SPECS.items()}),
    # --- how a period is worded, by how it is known (report/format.py: format_period) -------------------
    "period_phrase": _pairs(
        {
            "stated": ("{period}", "{period}"),
            "worded": ("{word}({period})", "{period} ({word})"),
            "as_of": ("{word}(发稿时)", "as of publication ({word})"),
            "since": ("{word}({start}年起)", "since {start} ({word})"),
            "inferred": ("推测为{period}", "presumably {period}"),
            "unknown": ("文中未注明", "no period stated"),
            "year": ("{period}年", "{period}"),
        }
    ),
    "qualifier_legend": _pairs(
        {
            "exact": ("确数", "exact"),
            "approx": ("≈ 约数(约、左右)", "≈ approximate (about)"),
            "lower": (">、≥、≳ 下限(超过、以上)", "> ≥ ≳ lower bound (more than)"),
            "upper": ("<、≤、≲ 上限(不超过)", "< ≤ ≲ upper bound (at most)"),
            "range": ("区间", "range"),
        }
    ),
    # --- charts: titles (by chart id) and the words on them -----------------------------------------------
    "chart": _pairs(
        {
            # a page's own charts (titles, panels, phases) are its data: data/articles/<stem>/charts.yml
            "timeline": ("各时期的数字", "The figures by period"),
            "generic_money": ("文中的金额", "Money amounts in the text"),
            "generic_percent": ("文中的百分比", "Percentages in the text"),
            "generic_count": ("文中的数量", "Counts in the text"),
            "figure_kinds": ("提取的数字:按类型与限定词", "Extracted figures by kind and qualifier"),
            "figures": ("数字个数", "Number of figures"),
            "kind": ("类型", "Kind"),
            "presumed": ("(部分为推定)", " (partly presumed)"),
            "plan_note": (
                "虚线框 = 规划/目标,非已实现结果;点线框 = 由文中数字推算(界限或推算值)",
                "Dashed box = plan or target, not a result; dotted box = derived from the article's figures (bound or implied)",
            ),
            "derived_note": ("无≈的斜线柱 = 由文中数字推算", "Hatched without ≈ = derived from the article's figures"),
            "no_data": ("无可绘制的数据", "No data to draw"),
            "source_prefix": ("资料来源:", "Source: "),
        }
    ),
    # --- the analysis notebooks' words (report.notebook): an empty table, a missing period, a skipped question -
    "notebook": _pairs(
        {
            "no_rows": ("(无)", "(none)"),
            "csv": ("下载此表 (CSV)", "Download this table (CSV)"),
            "no_period": ("未注明", "not stated"),
            "no_chart": ("(本文缺少此图所需的数字,故无图。)", "(No chart: this article lacks the figures it needs.)"),
            "skipped": (
                "本文没有回答这个问题所需的指标({ids}),此问从略。",
                "This article lacks the indicators this question needs ({ids}); the question is skipped.",
            ),
            "undetermined": (
                "(无法确定:各输入的上下限方向相反)",
                "(undetermined: its inputs bound it in opposite directions)",
            ),
        }
    ),
    # --- headers of the analysis notebooks' DataFrames (report.notebook.table): one entry per column name -
    "column": _pairs(
        {
            "indicator_id": ("指标编号", "Indicator id"),
            "derived_id": ("派生指标编号", "Derived id"),
            "name_zh": ("指标", "Indicator (zh)"),
            "name_en": ("指标(英文)", "Indicator"),
            "place": ("地点", "Place"),
            "figure_id": ("编号", "Figure"),
            "surface": ("原文", "As written"),
            "value": ("数值", "Value"),
            "value_high": ("上限值", "High value"),
            "unit": ("单位", "Unit"),
            "short_unit": ("单位简写", "Short unit"),
            "qualifier": ("限定", "Qualifier"),
            "kind": ("类型", "Kind"),
            "category": ("类别", "Category"),
            "subject": ("主题", "Subject"),
            "measure": ("所测量", "Measure"),
            "period": ("时期", "Period"),
            "sentence": ("原句", "Sentence"),
            "paragraph": ("段落", "Paragraph"),
            "formula": ("公式", "Formula"),
            "status": ("状态", "Status"),
            "detail": ("说明", "Detail"),
            "check_id": ("核对项", "Check"),
            "year": ("年份", "Year"),
            "source": ("来源", "Source"),
            "reference_status": ("数据性质", "Status"),
            "origin": ("性质", "What it is"),
            "caveats": ("注意事项", "Caveats"),
            "claim": ("文中说法", "Article claim"),
            "claim_value": ("文中数值", "Article value"),
            "reference_value": ("参考数值", "Reference value"),
            "reference_row": ("参考表行号", "Reference row"),
            "arithmetic": ("算式", "Arithmetic"),
            "rule": ("依据", "Rule"),
            "result": ("计算结果", "Result"),
            "accept": ("判定范围", "Accepted range"),
            "verdict": ("结论", "Verdict"),
            "strength": ("检验力", "Strength"),
            "stated_growth_pct": ("参考资料所列增速", "Stated growth"),
            "sector": ("产业", "Sector"),
            "share_pct": ("公报占比", "Stated share"),
            "share_from_va_pct": ("按增加值计算的占比", "Share from value added"),
            "prior_year": ("上一年", "Year before"),
            "prior_level": ("推算的上一年数值", "Implied level"),
            "prior_growth_pct": ("推算年均增速", "Implied growth"),
            "caveat": ("注意事项", "Caveat"),
            "applies_to": ("涉及的核对项", "Rows it applies to"),
            "expression": ("表达式", "Expression"),
            "title": ("名称", "Title"),
            "publisher": ("发布者", "Publisher"),
            "name": ("指标", "Indicator"),
            "stated": ("数值(含限定)", "Value (with qualifier)"),
            "count": ("个数", "Count"),
            "reason": ("排除原因", "Reason"),
            "why": ("未入选原因", "Why not an indicator"),
            "inputs": ("输入", "Inputs"),
            "assumptions": ("假设(英文)", "Assumptions"),
            "assumptions_zh": ("假设", "Assumptions (zh)"),
            "gdp_2020": ("假设的2020年地区生产总值(亿元)", "Assumed 2020 GDP (CNY 100m)"),
            "fiscal_share_pct": ("财政总收入占地区生产总值比重(%)", "Fiscal revenue / GDP (%)"),
            "gdp_growth_pct": (
                "隐含的2016–2020年年均名义增速(现价,%)",
                "Implied average nominal growth 2016–2020 (current prices, %)",
            ),
            "fact_check_id": ("编号", "Id"),
            "fact_check": ("核验", "Check"),
            "figure_ids": ("所用数字", "Figures used"),
            "result_unit": ("结果单位", "Unit"),
            "compared_with": ("对照数值", "Compared with"),
            "fact_verdict": ("结论", "Verdict"),
            "fact_reason": ("理由", "Why"),
        }
    ),
    # --- notebook 05 (the article in context): chart words, rules and formula names (dataset/crosscheck.py) --
    "context": _pairs(
        {
            "timeline_title": ("{name}:参考统计与文中数字", "{name}: reference statistics and the article"),
            "income_title": (
                "居民收入\n(推测为人均可支配收入)",
                "Residents' income\n(presumably per-capita disposable)",
            ),
            "growth_title": (
                "增速:由两个总量推算的年均名义增速\n与公报所列当年增速(不可直接比较)",
                "Growth: average nominal rate implied by two levels,\nand the bulletin's one-year rate (not comparable)",
            ),
            "structure_title": ("三次产业占地区生产总值比重", "Sector shares of GDP"),
            "source_reference": (
                "资料来源:参考统计表(统计公报,出处见表)",
                "Source: the reference table (statistical bulletins; see tables)",
            ),
            "checks_title": ("隐含年均名义增速与合理区间", "Implied average nominal growth and the plausible band"),
            "implied": ("由两个总量计算(名义)", "implied by two levels (nominal)"),
            "stated": ("公报所列当年增速", "stated for one year"),
            "sector_primary": ("第一产业", "primary"),
            "sector_secondary": ("第二产业", "secondary"),
            "sector_tertiary": ("第三产业", "tertiary"),
            "per_year": ("{x}/年", "{x} a year"),
            "in_tables": ("见表中标注", "see the marks in the tables"),
            "band": ("合理区间", "plausible band"),
            "source": (
                "资料来源:文章与参考统计表(出处见表)",
                "Sources: the article and the reference table (see tables)",
            ),
            "reason_within_band": ("与合理区间有交集", "overlaps the plausible band"),
            "reason_holds": ("不等式成立", "holds"),
            "reason_outside_band": ("超出合理区间", "outside the plausible band"),
            "reason_fails": ("不等式不成立", "fails"),
            "reason_no_reference_year": ("可及范围内无参考年份", "no reference year in reach"),
            "reason_different_measure": ("指标口径不同", "a different measure"),
            "secondary_publisher": (
                "二手资料(非官方网页,仅供核对)",
                "secondary (not an official publisher; cross-check only)",
            ),
            "deflator_title": ("{title}(指数,{year}年=100)", "{title} (index, {year} = 100)"),
            "deflator_copy": (
                "{publisher},经二手网页转引({site},非官方网页;{role})",
                "{publisher}, read from a secondary copy ({site}, not an official page; {role})",
            ),
            "verdict_not_judged": ("已对照,不作判定(无合理区间)", "compared, not judged (no band)"),
            "strength_carried": (
                "不计为佐证(参考数值低于{threshold}即{arithmetic}才会不通过;依赖等额年增的假设)",
                "not counted as support (it fails only for a reference value below {threshold}, {arithmetic}; it assumes equal yearly increases)",
            ),
            "reason_no_band": (
                "参考资料未给出该指标的实际增速,无合理区间,不作判定",
                "no band: the reference gives no real growth rate for this series",
            ),
            "bound_note": ("箭头 = 下限或上限", "Arrow = a bound"),
            "formula_average_growth": ("年均增速", "average annual growth"),
            "formula_same_year": ("同年比较", "same year"),
            "formula_level_from_increase": ("按年均增加额推算期末", "end level from the annual increase"),
            "formula_different_measure": ("不同指标", "different measure"),
            "math_average_growth": (
                "100 ×((后一年数值 ÷ 前一年数值)^(1 ÷ 年数)− 1)",
                "100 × ((later value ÷ earlier value)^(1 ÷ years) − 1)",
            ),
            "math_same_year": ("100 ×(文中数值 ÷ 参考数值 − 1)", "100 × (claim ÷ reference value − 1)"),
            "math_level_from_increase": ("参考数值 + 年数 × 年均增加额", "reference value + years × annual increase"),
            "math_level_year_before": ("参考数值 ÷(1 + 公报增速 ÷ 100)", "reference value ÷ (1 + stated growth ÷ 100)"),
            "formula_level_year_before": ("由当年增速倒推上一年", "year before, from the stated growth"),
        }
    ),
    # --- the narrative report: captions, column headers and marks (its sentences: narrative/en.py, zh.py) -
    "narrative": _pairs(
        {
            "headline_caption": ("主要数字", "Headline figures"),
            "glossary_caption": ("术语", "Terms"),
            "plans_caption": ("规划与目标(非结果)", "Plans and targets (not results)"),
            "other_caption": ("本部分的其他数字", "Other figures in this section"),
            "figures_caption": ("文章报告的数字", "Figures reported in the article"),
            "derived_caption": ("派生指标", "Derived indicators"),
            "checks_caption": ("算术核对", "Arithmetic sanity checks"),
            "sources_caption": ("出处", "Sources"),
            "col_indicator": ("指标", "Indicator"),
            "col_value": ("数值", "Value"),
            "col_period": ("时期", "Period"),
            "col_source": ("出处", "Source"),
            "col_qualifier": ("性质", "Qualifier"),
            "col_formula": ("公式", "Formula"),
            "col_inputs": ("输入", "Inputs"),
            "col_assumptions": ("假设", "Assumptions"),
            "col_check": ("核对项", "Check"),
            "col_status": ("结果", "Status"),
            "col_detail": ("详情", "Detail"),
            "col_term": ("术语", "Term"),
            "col_english": ("英文", "English"),
            "col_explanation": ("释义", "Explanation"),
            "col_paragraph": ("段落", "Paragraph"),
            "col_sentence": ("原文句子", "Sentence quoted"),
            "plan_badge": ("规划", "plan"),
            "paragraph_mark": ("第{n}段", "paragraph {n}"),
            "col_basis": ("依据", "Basis"),
            "background_mark": ("背景(非文章内容):", "Background, not from the page:"),
            "check_true": ("成立", "true"),
            "check_false": ("不成立", "false"),
            "check_and": ("且", "and"),
            "check_detail": ("{numbers}:{verdict}", "{numbers} is {verdict}"),
            "check_missing": ("缺少输入:{ids}", "input missing: {ids}"),
            "derived_exact": (
                "按所给输入值计算(输入值可能已经四舍五入)",
                "as computed from the inputs as given (which may be rounded)",
            ),
            "definition_source": (" 定义核对来源:{sources}。", " Definition checked against: {sources}."),
        }
    ),
    # --- the build: report header (build/html.py; place, draft mark: build/articles.py) and index status ----
    "report_header": _pairs(
        {
            "toc": ("目录", "Contents"),
            "notebook": ("笔记本", "Notebook"),
            "article": ("文章文件", "Article file"),
            "parameters": ("参数", "Parameters"),
            "generated": ("生成时间 (UTC)", "Generated (UTC)"),
            "place": ("地点", "Place"),
            "commit": ("Git 提交", "Git commit"),
            "version": ("软件包版本", "Package version"),
            "all_articles": ("全部文章", "All articles"),
            "sha256": ("输入 SHA-256", "Input SHA-256"),
            "lock": ("依赖锁定文件 SHA-256", "Lock file SHA-256"),
            "chart_alt": ("图表:{heading}", "Chart: {heading}"),
            "draft": ("草稿目录,未经审核", "draft catalog, not reviewed"),
        }
    ),
    "build_status": _pairs(
        {
            "ok": ("成功", "ok"),
            "cached": ("已缓存", "cached"),
            "failed": ("失败", "failed"),
            "skipped": ("未生成", "not built"),
            "earlier": ("此前生成", "built earlier"),
        }
    ),
}

ENUM_GROUPS: dict[type[StrEnum], str] = {
    FigureKind: "figure_kind",
    Qualifier: "qualifier",
    RejectReason: "reject_reason",
    Category: "category",
    Lang: "lang",
    PeriodBasis: "period_basis",
    DerivedBasis: "derived_basis",
    CheckStatus: "check_status",
    Caveat: "caveat",
    ReferenceStatus: "reference_status",
    PointOrigin: "point_origin",
    GrowthBasis: "growth_basis",
    CrossCheckVerdict: "verdict",
    VerdictStrength: "verdict_strength",
    ScopeBasis: "scope_basis",
    Assumption: "assumption",
    FactCheck: "fact_check",
    FactVerdict: "fact_verdict",
    FactReason: "fact_reason",
}


def check_lang(lang: object) -> str:
    """``lang`` if it is a report language (:data:`shangyu_analysis.schema.LANGS`), else a :class:`UserError`."""
    if lang not in LANGS:
        raise UserError(None, f"unknown language {lang!r}; expected {' or '.join(LANGS)}")
    return str(lang)


def label(key: str, lang: str, **fields: object) -> str:
    """The label ``"group.key"`` in ``lang``, with its ``{fields}`` filled in (``label("qualifier_phrase.approx", "en", x="5%")``)."""
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
    kind: type = enum if enum is not None else type(value)
    if kind not in ENUM_GROUPS:
        raise TypeError(
            f"{kind.__name__} is not a labelled enumeration; expected one of "
            f"{', '.join(e.__name__ for e in ENUM_GROUPS)}"
        )
    words = LABELS[ENUM_GROUPS[kind]].get(str(value))
    return words[lang] if words is not None else str(value)
