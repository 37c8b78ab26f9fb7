"""The narrative report (issue #5): the development path in Chinese and English, every number cited.

Entry points (also exported by :mod:`shangyu_analysis.report.narrative`)
------------------------------------------------------------------------
``render_report(dataset, lang)``  the whole report: a ``<style>`` block and every section.
``render_section(dataset, lang, section_id)``  one ``<section id=...><h2>…</h2>…</section>``.
``section_ids(dataset)``  the section ids in report order: the generic head (``at-a-glance``), the page's own
sections (or the generic ones), the generic tail (``road-ahead``, ``derived-checks``, ``glossary``,
``method-sources``).

Sentences come from the generic templates of :mod:`.en` / :mod:`.zh` and from the page's own story
(``data/articles/<stem>/narrative.<lang>.md``, :mod:`.story`; format: docs/ARTICLES.md), filled with the
dataset's values (:mod:`.context`); tables and lists from :mod:`.tables`; the HTML from the jinja2 templates of
``report/templates/narrative/``. The HTML has no ``<script>``, every piece of article text is escaped,
and links are relative ``#anchors`` only (``#src-n``, ``#derived-ID``, ``#term-ID``). For a page without a
story the sections list the figures by category, with sources, and say nothing specific to any place.
"""

from __future__ import annotations

import re

from shangyu_analysis.report.narrative.context import PLACEHOLDER, ReportContext
from shangyu_analysis.report.narrative.data import esc
from shangyu_analysis.report.narrative.html import Markup, macro, render
from shangyu_analysis.report.narrative.sources import sentence_texts
from shangyu_analysis.report.narrative.story import HEAD, TAIL
from shangyu_analysis.report.narrative.tables import (
    checks_table,
    derived_table,
    figures_table,
    glossary_table,
    headline_ids,
    method_paragraphs,
    sources_list,
)
from shangyu_analysis.text.period_value import Period

GENERIC_SECTION_IDS: list[str] = HEAD + TAIL  # the sections every report has; the page's go between

STYLE = """<style>
.narrative table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
.narrative th,.narrative td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
.narrative td.num{white-space:normal;min-width:9em}
.narrative caption{font-weight:600;text-align:left;padding:.3em 0}
.narrative sup.cite a{text-decoration:none;font-size:.8em}
.narrative .badge.plan{background:#fde7c8;color:#7a4300;border-radius:3px;padding:0 .3em;font-size:.8em}
.narrative .fig.plan{border-bottom:1px dashed #c77800}
.narrative .fig.derived{font-style:italic}
.narrative ol.sources{list-style:none;padding-left:0}
.narrative ol.sources li{margin:.3em 0}
.narrative q{quotes:"「" "」"}
.narrative table.derived,.narrative table.checks,.narrative table.glossary{width:100%}
.narrative code{font-size:.82em;word-break:break-word}
.narrative td.assumptions,.narrative td.check-text,.narrative td.glossary-text{min-width:16em}
.narrative p.background{color:#555;border-left:3px solid #ccc;padding-left:.6em}
.narrative .lead{font-weight:600;margin-right:.3em}
.narrative .period-note{font-size:.82em;color:#666}
.narrative .fig.derived.implied{border-bottom:1px dotted #888}
</style>"""


def _section_ids(ctx: ReportContext) -> list[str]:
    return HEAD + [section.id for section in ctx.sections] + TAIL


def section_ids(dataset: object) -> list[str]:
    """The report's section ids in order (any language: both have the same sections)."""
    return _section_ids(ReportContext(dataset, "en"))


def narrated_ids(ctx: ReportContext) -> set[str]:
    """Indicator ids the page's sentences mention (``{v:ID}``); the others go to "other figures" tables."""
    texts = sentence_texts(p for paragraphs in ctx.blocks.values() for p in paragraphs)
    return {key for text in texts for kind, key, _ in PLACEHOLDER.findall(text) if kind == "v"}


def _section_ids_by_category(ctx: ReportContext, section_id: str) -> list[str]:
    """Indicators of the categories a section covers (the first section also takes unknown categories)."""
    mapping = {section.id: set(section.categories) for section in ctx.sections}
    categories = mapping.get(section_id, set())
    known = {c for cats in mapping.values() for c in cats}
    first = next(iter(mapping), None)
    return [
        i
        for i, row in ctx.indicators.items()
        if str(row.get("category")) in categories or (section_id == first and str(row.get("category")) not in known)
    ]


def _paragraphs(ctx: ReportContext, block_id: str) -> str:
    return "".join(ctx.paragraph(sentences) for sentences in ctx.blocks.get(block_id, []))


def _at_a_glance(ctx: ReportContext) -> str:
    t, own = ctx.templates, ctx.blocks
    page = [s for p in own["source-note"] for s in p] if "source-note" in own else t.SOURCE_PAGE
    background = t.BACKGROUND + [s for p in own.get("background", []) for s in p]
    parts = [
        ctx.paragraph(t.SOURCE_OPENING + page + t.SOURCE_CLOSING, css="source-note"),
        ctx.paragraph(background, css="background", lead=ctx.words["background_mark"]),
        _paragraphs(ctx, "at-a-glance"),
    ]
    parts.append(_coverage(ctx))
    parts.append(figures_table(ctx, headline_ids(ctx), "headline_caption", css="figures headline"))
    return "".join(parts)


def _coverage(ctx: ReportContext) -> str:
    """The period the figures cover, from the indicators' periods."""
    years = sorted({str(y) for row in ctx.indicators.values() for y in Period.parse(row.get("period")).named_years})
    if not years:
        return ""
    span = years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    derived = getattr(ctx.dataset, "derived", None)  # implied levels of earlier years (GDP in 2015) widen the span
    earlier = (
        sorted(y for y in re.findall(r"(?<!\d)\d{4}(?!\d)", " ".join(derived["name_en"])) if y < years[0])
        if derived is not None and len(derived)
        else []
    )
    derived_span = ctx.templates.PHRASES["coverage_derived"].format(first=earlier[0]) if earlier else ""
    published = re.match(r"\d{4}", str((ctx.source or {}).get("date") or ""))  # plans: years after the page's
    plans = ctx.templates.PHRASES["coverage_plans"] if published and years[-1] > published.group(0) else ""
    undated = (
        ctx.templates.PHRASES["coverage_undated"]
        if any(row.get("period_basis") == "unknown" for row in ctx.indicators.values())
        else ""
    )
    return macro(
        "paragraph",
        ctx.templates.PHRASES["coverage"].format(span=span, plans=plans, undated=undated, derived_span=derived_span),
        "coverage",
    )


def _category_section(ctx: ReportContext, section_id: str) -> str:
    ids = _section_ids_by_category(ctx, section_id)
    if section_id in ctx.blocks:
        narrated = narrated_ids(ctx)
        others = [i for i in ids if i not in narrated]
        return _paragraphs(ctx, section_id) + figures_table(ctx, others, "other_caption")
    if not ids:
        return macro("paragraph", ctx.templates.PHRASES["none"])
    intro = esc(ctx.templates.PHRASES["generic_intro"]).format(count=macro("count", "section", len(ids)))
    return macro("paragraph", Markup(intro)) + figures_table(ctx, ids, "figures_caption")


def _road_ahead(ctx: ReportContext) -> str:
    plans = [i for i in ctx.indicators if ctx.is_plan(i)]
    text = _paragraphs(ctx, "road-ahead")
    table = figures_table(ctx, plans, "plans_caption", css="figures plans")
    if not text and not table:
        return macro("paragraph", ctx.templates.PHRASES["none"])
    return text + table


def _introduced(ctx: ReportContext, tables: str, intro: str, instead: str) -> str:
    """``tables`` after the paragraph ``intro``, or the paragraph ``instead`` when there are none."""
    phrases = ctx.templates.PHRASES
    return macro("paragraph", phrases[intro]) + tables if tables else macro("paragraph", phrases[instead])


def _body(ctx: ReportContext, section_id: str) -> str:
    if section_id == "at-a-glance":
        return _at_a_glance(ctx)
    if section_id == "road-ahead":
        return _road_ahead(ctx)
    if section_id == "derived-checks":
        return _introduced(ctx, derived_table(ctx) + checks_table(ctx), "derived_intro", "no_derived")
    if section_id == "glossary":
        return _introduced(ctx, glossary_table(ctx), "glossary_intro", "no_terms")
    if section_id == "method-sources":
        return method_paragraphs(ctx) + sources_list(ctx)
    return _category_section(ctx, section_id)


def _render(ctx: ReportContext, section_id: str) -> str:
    known = _section_ids(ctx)
    if section_id not in known:
        raise ValueError(f"unknown section {section_id!r}; expected one of {', '.join(known)}")
    return render(
        "section",
        section_id=section_id,
        lang=ctx.lang,
        title=ctx.title(section_id),
        body=Markup(_body(ctx, section_id)),
    )


def render_section(dataset: object, lang: str, section_id: str) -> str:
    """One section of the report as HTML.

    Parameters
    ----------
    dataset : shangyu_analysis.dataset.dataset.Dataset
        What ``load_dataset`` returns (indicators, derived, checks, figures, article, curated, source).
    lang : str
        ``"zh"`` or ``"en"``.
    section_id : str
        One of :func:`section_ids`.

    Returns
    -------
    str
        ``<section id="SECTION_ID" class="narrative"><h2>…</h2>…</section>``; citations link to ``#src-n``,
        which :func:`render_section` with ``"method-sources"`` defines (numbering is the same in every call).
    """
    return _render(ReportContext(dataset, lang), section_id)


def render_report(dataset: object, lang: str) -> str:
    """The whole narrative report: the style block and every section of :func:`section_ids`, in order."""
    ctx = ReportContext(dataset, lang)
    return STYLE + "".join(_render(ctx, section_id) for section_id in _section_ids(ctx))


def style_html() -> str:
    """The ``<style>`` block of the report, for callers that render sections one by one."""
    return STYLE
