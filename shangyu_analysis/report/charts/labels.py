"""Chart texts per language: titles, axis words, qualifier and kind names (words, never numbers).

Kept apart from :mod:`shangyu_analysis.report.charts.style` so the wording can be reviewed in one place.
"""

from __future__ import annotations

# Chart texts that are words, not data. Titles are short: the chart id says what is drawn.
LABELS: dict[str, dict[str, str]] = {
    "fiscal": {"zh": "财政收入构成与全省位次(“十三五”末)", "en": "Fiscal revenue and provincial rank (end of 13th FYP)"},
    "income": {"zh": "城乡居民人均可支配收入", "en": "Per-capita disposable income, urban vs rural"},
    "new_materials": {"zh": "新材料产业成绩单(2020年)", "en": "New-materials industry scorecard (2020)"},
    "investment": {"zh": "产业研究院签约项目", "en": "Projects signed through the industry institute"},
    "innovation": {"zh": "创新产出", "en": "Innovation outputs"},
    "market": {"zh": "2020年市场活力", "en": "Market activity in 2020"},
    "future_community": {"zh": "鸿雁未来社区", "en": "Hongyan future community"},
    "timeline": {"zh": "发展路径:“十三五”成果 → 2020年 → “十四五”规划", "en": "Development path: 13th FYP results → 2020 → 14th FYP plans"},
    "generic_money": {"zh": "文中的金额", "en": "Money amounts in the text"},
    "generic_percent": {"zh": "文中的百分比", "en": "Percentages in the text"},
    "generic_count": {"zh": "文中的数量", "en": "Counts in the text"},
    "figure_kinds": {"zh": "提取的数字:按类型与限定词", "en": "Extracted figures by kind and qualifier"},
    "amount": {"zh": "金额", "en": "Amount"},
    "count": {"zh": "数量", "en": "Count"},
    "growth": {"zh": "增长", "en": "Growth"},
    "annual_increase": {"zh": "“十三五”年均增加额", "en": "Average annual increase, 2016–2020"},
    "share": {"zh": "占比", "en": "Share"},
    "rank": {"zh": "全省位次", "en": "Provincial rank"},
    "rank_fmt": {"zh": "第{n}位", "en": "No. {n}"},
    "ratio": {"zh": "比值", "en": "Ratio"},
    "figures": {"zh": "数字个数", "en": "Number of figures"},
    "kind": {"zh": "类型", "en": "Kind"},
    "phase_13": {"zh": "“十三五”成果", "en": "13th FYP results"},
    "phase_2020": {"zh": "2020年", "en": "2020"},
    "phase_now": {"zh": "2021年初(成文时)", "en": "Early 2021 (time of writing)"},
    "phase_14": {"zh": "“十四五”规划与目标", "en": "14th FYP plans and targets"},
    "plan_note": {"zh": "虚线框 = 规划/目标,非已实现结果", "en": "Dashed box = plan or target, not a result"},
    "derived_note": {"zh": "浅色 = 由文中数字推算", "en": "Light = derived from the article's figures"},
    "no_data": {"zh": "无可绘制的数据", "en": "No data to draw"},
    "source_prefix": {"zh": "资料来源:", "en": "Source: "},
}

# Kinds of extracted figures (figures.py), for the overview chart.
KIND_NAMES = {
    "money": {"zh": "金额", "en": "money"}, "count": {"zh": "数量", "en": "count"},
    "percent": {"zh": "百分比", "en": "percent"}, "ratio": {"zh": "比例", "en": "ratio"},
    "rank": {"zh": "位次", "en": "rank"}, "area": {"zh": "面积", "en": "area"},
    "multiple": {"zh": "倍数", "en": "multiple"}, "growth": {"zh": "增长", "en": "growth"},
    "percentage_points": {"zh": "百分点", "en": "percentage points"},
}
QUALIFIER_LEGEND = {
    "exact": {"zh": "确数", "en": "exact"},
    "approx": {"zh": "≈ 约数(约、左右)", "en": "≈ approximate (about)"},
    "lower": {"zh": ">、≥ 下限(超过、以上)", "en": "> ≥ lower bound (more than)"},
    "upper": {"zh": "<、≤ 上限(不超过)", "en": "< ≤ upper bound (at most)"},
    "range": {"zh": "区间", "en": "range"},
}
