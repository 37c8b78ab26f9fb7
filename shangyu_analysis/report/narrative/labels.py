"""Words of the report's tables, lists and method section, per language (no number typed here either:
``{count}``, ``{figures}`` … are filled from the data)."""

from __future__ import annotations

LABELS_EN = {
    "headline_caption": "Headline figures",
    "coverage": "Period covered by the figures: {span}. Figures for years after the article's date are plans.",
    "glossary_caption": "Terms",
    "plans_caption": "Plans and targets (not results)",
    "other_caption": "Other figures in this section",
    "figures_caption": "Figures reported in the article",
    "col_indicator": "Indicator",
    "col_value": "Value",
    "col_period": "Period",
    "col_source": "Source",
    "col_qualifier": "Qualifier",
    "col_formula": "Formula",
    "col_inputs": "Inputs",
    "col_assumptions": "Assumptions",
    "col_check": "Check",
    "col_status": "Status",
    "col_detail": "Detail",
    "col_term": "Term",
    "col_english": "English",
    "col_explanation": "Explanation",
    "col_paragraph": "Paragraph",
    "col_sentence": "Sentence quoted",
    "plan_badge": "plan",
    "derived_caption": "Derived indicators",
    "checks_caption": "Consistency checks",
    "sources_caption": "Sources",
    "status": {"pass": "pass", "fail": "fail", "skip": "skipped"},
    "paragraph_mark": "paragraph",
    "none": "The article gives no figures for this part.",
    "no_derived": "No value is derived from this article's figures: derivations are defined for curated indicators only.",
    "no_terms": "The article uses none of the terms in the glossary.",
    "generic_intro": "Figures the article gives for this part: {count}. They are listed as published, with their sources.",
    "derived_intro": "Values computed from the article's figures. Each states its formula (in indicator ids), its "
                     "inputs, its assumptions and whether it is exact, approximate or a bound; a bound in gives a "
                     "bound out.",
    "glossary_intro": "The policy and statistical terms the article uses, with a one-line explanation.",
    "method": [
        "The article was read from its raw text, which is never modified. Figures were extracted with their units "
        "and qualifiers (about, more than, at least …) and the sentence they come from: {figures} in all.",
        "Each figure was matched to an entry of a curated indicator table by its surface and a context phrase, and "
        "the table was checked against the text in both directions: {indicators} indicators in this report.",
        "From them, {derived} values were derived with a stated formula, and {checks} consistency checks were run: "
        "{passed} passed, {failed} failed, {skipped} skipped.",
        "The report cites {sources} distinct sentences of the article.",
    ],
    "method_generic": [
        "This article has no curated indicator table: its {figures} extracted figures are shown as found, grouped by "
        "category, with their sources ({sources} sentences). No figure has been checked by hand.",
    ],
    "limitations_generic": [
        "Limitations: the article is not a statistical release, and its figures were extracted automatically: a "
        "figure may be missing, misread or attached to the wrong subject.",
        "Plans and targets are intentions, not outcomes.",
    ],
    "limitations": [
        "Limitations: the article is a locality's account of itself in a special page, not a statistical release.",
        "Several figures are approximate or only bounds, and derived values inherit that; implied earlier levels "
        "assume the stated averages hold for every year.",
        "Plans and targets are the district's intentions, not outcomes.",
    ],
}

LABELS_ZH = {
    "headline_caption": "主要数字",
    "coverage": "数字涉及的时期:{span}。文章日期之后年份的数字是规划。",
    "glossary_caption": "术语",
    "plans_caption": "规划与目标(非结果)",
    "other_caption": "本部分的其他数字",
    "figures_caption": "文章报告的数字",
    "col_indicator": "指标",
    "col_value": "数值",
    "col_period": "时期",
    "col_source": "出处",
    "col_qualifier": "性质",
    "col_formula": "公式",
    "col_inputs": "输入",
    "col_assumptions": "假设",
    "col_check": "核对项",
    "col_status": "结果",
    "col_detail": "详情",
    "col_term": "术语",
    "col_english": "英文",
    "col_explanation": "释义",
    "col_paragraph": "段落",
    "col_sentence": "原文句子",
    "plan_badge": "规划",
    "derived_caption": "派生指标",
    "checks_caption": "一致性核对",
    "sources_caption": "出处",
    "status": {"pass": "通过", "fail": "未通过", "skip": "跳过"},
    "paragraph_mark": "第{n}段",
    "none": "文章未给出这部分的数字。",
    "no_derived": "本文数字没有派生指标:派生计算只针对人工整理的指标。",
    "no_terms": "文章没有使用术语表中的术语。",
    "generic_intro": "文章在这部分给出{count}个数字,按原文列出并注明出处。",
    "derived_intro": "由文章数字计算得出的数值。每项列出公式(以指标编号表示)、输入、假设,以及它是确数、约数还是上下限;"
                     "输入是上下限,结果也是上下限。",
    "glossary_intro": "文章使用的政策和统计术语,附一句话释义。",
    "method": [
        "文章原文不作任何改动。抽取数字时保留单位、限定词(约、超过、以上……)和所在句子,共{figures}个。",
        "每个数字按原文写法和上下文短语与人工整理的指标表匹配,并双向核对:本报告共{indicators}个指标。",
        "据此按明示公式计算派生指标{derived}个,运行一致性核对{checks}项:通过{passed}项,未通过{failed}项,跳过{skipped}项。",
        "本报告引用文章中{sources}个不同句子。",
    ],
    "method_generic": [
        "这篇文章没有人工整理的指标表:抽取出的{figures}个数字按类别原样列出,并注明出处({sources}个句子),未经人工核对。",
    ],
    "limitations_generic": [
        "局限:文章不是统计公报,数字由程序自动抽取,可能遗漏、误读或对应到错误的主体。",
        "规划和目标是意图,不是结果。",
    ],
    "limitations": [
        "局限:文章是专版上的地方自述,不是统计公报。",
        "部分数字是约数或上下限,派生指标随之继承;倒推的期初水平假设年均数逐年成立。",
        "规划和目标是地方的意图,不是结果。",
    ],
}
