"""Chinese templates of the narrative report (placeholders: see :mod:`.context`).

The same content as :mod:`.en` for a Chinese reader; no number is typed here. A page's story is data
(``data/articles/<stem>/narrative.zh.md``, docs/ARTICLES.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shangyu_analysis.report.narrative.data import Page


def _is_special_page(ctx: Page) -> bool:
    return ctx.is_special_page


def _byline(ctx: Page) -> bool:
    return ctx.is_special_page and bool(ctx.source.get("authors")) and "zhuanban" in ctx.terms


# Generic sections only (a page's own sections and titles are data: see :mod:`.en`).
TITLES = {
    "at-a-glance": "概览",
    "road-ahead": "规划与目标",
    "derived-checks": "派生指标与核对",
    "glossary": "术语表",
    "method-sources": "方法与出处",
}

SOURCE_OPENING = [
    {
        "text": "本报告的数字只来自一篇文章:{s:publisher}{s:date}第{s:page}版{t:zhuanban},署名{s:authors}。",
        "when": _byline,
    },
    {
        "text": "本报告的数字只来自一篇文章:{s:publisher}{s:date}第{s:page}版({s:page_name})。",
        "when": lambda ctx: _is_special_page(ctx) and not _byline(ctx),
    },
    {
        "text": "本报告的数字只来自一篇文章:{s:publisher}{s:date}第{s:page}版。",
        "when": lambda ctx: not _is_special_page(ctx),
    },
    {"text": "本报告的数字只来自一篇文章:{q:title}。", "when": lambda ctx: not ctx.source},
]
SOURCE_PAGE = [
    {"text": "版面图片注明{q:photo_credit}。", "when": _is_special_page},
    {"text": "该版以当地的表述介绍当地的发展成就。", "when": _is_special_page},
]
SOURCE_CLOSING = [
    {
        "text": "该版不是统计发布:文中数字按原文照录,有的是约数,有的只是上限或下限,只有一部分能与参考统计对照(见“放在官方统计中看”)。",
        "when": lambda ctx: ctx.curated,
    },
    {
        "text": "这篇文章没有人工整理的指标表:数字由程序自动抽取,按原文列出,有的是约数或上下限,均未经人工核对。",
        "when": lambda ctx: not ctx.curated,
    },
    "下文每个数字都带有方括号标记,链接到它所出自的原文句子;由原文数字计算得出的数值标记为[=],链接到其计算公式,"
    "其中依赖文中未说明的假设的称为“推算”。",
    "时期按原文所述标注:根据上下文推断的注明“推测为”,文中未注明的如实说明。",
]

# 背景知识,非文章内容:单独成段并加标注(其后是该版自己的 background 段)。
BACKGROUND = [
    "{s:publisher}是{s:publisher_about_zh}。",
]

# Sentences of the tables' introductions and of the method section ({count}, {figures} … are filled from
# the data). Short words (captions, column headers) are labels: report/labels.py, group "narrative".
PHRASES: dict[str, str | list[str]] = {
    "coverage": "数字涉及的时期为{span},或为原文所述,或为推断(见各数字的时期及说明)。{plans}{undated}{derived_span}",
    "coverage_undated": "有的数字没有时期。",
    "coverage_plans": "文章日期之后年份的数字是规划。",
    "coverage_derived": "由这些数字推算的数值上溯至{first}年(推算)。",
    "none": "文章未给出这部分的数字。",
    "no_derived": "本文数字没有派生指标:派生计算只针对人工整理的指标。",
    "no_terms": "文章没有使用术语表中的术语。",
    "generic_intro": "文章在这部分给出{count}个数字,按原文列出并注明出处。",
    "derived_intro": "由文章数字计算得出的数值。每项列出公式(以指标名称写成)、输入和假设;注明它是确数、约数还是上下限"
    "(输入是上下限,结果也是上下限;用约数算出的上下限也是约数),以及它是单纯计算所得,还是依赖文中"
    "未说明的假设的推算值。上下限按不夸大的方向取舍:上限向上、下限向下。",
    "glossary_intro": "文章使用的政策和统计术语,附一句话释义。释义是一般背景知识,并非文章内容。",
    "method": [
        "文章原文不作任何改动。抽取数字时保留单位、限定词(约、超过、以上……)和所在句子,共{figures}个。",
        "每个数字按原文写法和上下文短语与人工整理的指标表匹配,并双向核对:本报告共{indicators}个指标。",
        "据此按明示公式计算派生指标{derived}个,运行算术核对{checks}项(通过{passed}项,未通过{failed}项,跳过{skipped}项);"
        "其中若干项按构造必然成立,只能防止抄录错误,不能证明数字正确。",
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
        "局限:该版介绍的是地方发展成就,不是统计公报。",
        "部分数字是约数或上下限,派生指标随之继承;倒推的期初水平依赖所列假设,部分时期是推断的。",
        "规划和目标是地方的意图,不是结果。",
    ],
}

__all__ = ["BACKGROUND", "PHRASES", "SOURCE_CLOSING", "SOURCE_OPENING", "SOURCE_PAGE", "TITLES"]
