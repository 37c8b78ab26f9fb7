"""The narrative report (issue #5): Shangyu's development path in Chinese and English, every number cited.

Entry points
------------
``render_report(dataset, lang)``  the whole report: a ``<style>`` block and the ten sections.
``render_section(dataset, lang, section_id)``  one ``<section id=...><h2>…</h2>…</section>``.
``SECTION_IDS``  the section ids in report order.
``narrative_page.write_narrative(article, lang, out)``  the report as a standalone offline HTML page.

Sentences come from the templates in ``narrative_en`` / ``narrative_zh`` filled with the dataset's values
(``narrative_context``); tables and lists from ``narrative_tables``. The HTML has no ``<script>``, every piece
of article text is escaped, and links are relative ``#anchors`` only (``#src-n``, ``#derived-ID``, ``#term-ID``).
For an article without a curated catalog the sections list the figures by category, with sources, and say
nothing specific to Shangyu.
"""

from __future__ import annotations

import re
from types import ModuleType

from shangyu_analysis.report.narrative import en

from shangyu_analysis.report.narrative import zh
from shangyu_analysis.errors import UserError
from shangyu_analysis.report.narrative.context import PLACEHOLDER, ReportContext, esc, narrative_settings
from shangyu_analysis.report.narrative.tables import (
    checks_table,
    derived_table,
    figures_table,
    glossary_table,
    headline_ids,
    method_paragraphs,
    sources_list,
)

SECTION_IDS: list[str] = [
    "at-a-glance",
    "results",
    "platforms-digital",
    "reform-business",
    "innovation-talent",
    "culture-urban",
    "road-ahead",
    "derived-checks",
    "glossary",
    "method-sources",
]

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
</style>"""


def language_module(lang: str) -> ModuleType:
    """The template module of ``lang`` (``narrative_zh`` or ``narrative_en``)."""
    try:
        return {"zh": zh, "en": en}[lang]
    except KeyError:
        raise UserError(None, f"unknown language {lang!r}; expected zh or en") from None


def _template_strings(module: ModuleType) -> list[str]:
    texts = []
    for paragraphs in module.SECTIONS.values():
        for sentences in paragraphs:
            texts.extend(s["text"] if isinstance(s, dict) else s for s in sentences)
    return texts


def narrated_ids(lang: str) -> set[str]:
    """Indicator ids the sentences of ``lang`` mention (``{v:ID}``); the others go to "other figures" tables."""
    return {key for text in _template_strings(language_module(lang))
            for kind, key, _ in PLACEHOLDER.findall(text) if kind == "v"}


def _section_ids_by_category(ctx: ReportContext, section_id: str) -> list[str]:
    """Indicators of the categories a section covers (the first section also takes unknown categories)."""
    mapping = narrative_settings().get("section_categories", {})
    categories = set(mapping.get(section_id, []))
    known = {c for cats in mapping.values() for c in cats}
    first = next(iter(mapping), None)
    return [i for i, row in ctx.indicators.items()
            if str(row.get("category")) in categories
            or (section_id == first and str(row.get("category")) not in known)]


def _paragraphs(ctx: ReportContext, module: ModuleType, section_id: str) -> str:
    return "".join(ctx.paragraph(sentences) for sentences in module.SECTIONS.get(section_id, []))


def _at_a_glance(ctx: ReportContext, module: ModuleType) -> str:
    parts = [ctx.paragraph(module.SOURCE_NOTE, css="source-note")]
    if ctx.curated:
        parts.append(_paragraphs(ctx, module, "at-a-glance"))
    parts.append(_coverage(ctx, module))
    parts.append(figures_table(ctx, headline_ids(ctx), "headline_caption", css="figures headline"))
    return "".join(parts)


def _coverage(ctx: ReportContext, module: ModuleType) -> str:
    """The period the figures cover, from the indicators' periods."""
    years = sorted({y for row in ctx.indicators.values()
                    for y in re.findall(r"(?<!\d)\d{4}(?!\d)", str(row.get("period") or ""))})
    if not years:
        return ""
    span = years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    return f'<p class="coverage">{esc(module.LABELS["coverage"].format(span=span))}</p>'


def _category_section(ctx: ReportContext, module: ModuleType, section_id: str) -> str:
    ids = _section_ids_by_category(ctx, section_id)
    if ctx.curated:
        narrated = narrated_ids(ctx.lang)
        others = [i for i in ids if i not in narrated]
        return _paragraphs(ctx, module, section_id) + figures_table(ctx, others, "other_caption")
    if not ids:
        return f'<p>{esc(module.LABELS["none"])}</p>'
    intro = esc(module.LABELS["generic_intro"]).format(count=f'<span class="count" data-count="section">{len(ids)}</span>')
    return f"<p>{intro}</p>" + figures_table(ctx, ids, "figures_caption")


def _road_ahead(ctx: ReportContext, module: ModuleType) -> str:
    plans = [i for i in ctx.indicators if ctx.is_plan(i)]
    text = _paragraphs(ctx, module, "road-ahead") if ctx.curated else ""
    table = figures_table(ctx, plans, "plans_caption", css="figures plans")
    if not text and not table:
        return f'<p>{esc(module.LABELS["none"])}</p>'
    return text + table


def _body(ctx: ReportContext, module: ModuleType, section_id: str) -> str:
    labels = module.LABELS
    if section_id == "at-a-glance":
        return _at_a_glance(ctx, module)
    if section_id == "road-ahead":
        return _road_ahead(ctx, module)
    if section_id == "derived-checks":
        tables = derived_table(ctx) + checks_table(ctx)
        return (f'<p>{esc(labels["derived_intro"])}</p>' + tables) if tables else f'<p>{esc(labels["no_derived"])}</p>'
    if section_id == "glossary":
        table = glossary_table(ctx)
        return (f'<p>{esc(labels["glossary_intro"])}</p>' + table) if table else f'<p>{esc(labels["no_terms"])}</p>'
    if section_id == "method-sources":
        return method_paragraphs(ctx) + sources_list(ctx)
    return _category_section(ctx, module, section_id)


def _title(ctx: ReportContext, module: ModuleType, section_id: str) -> str:
    if not ctx.curated and section_id in module.GENERIC_TITLES:
        return module.GENERIC_TITLES[section_id]
    return module.TITLES[section_id]


def _render(ctx: ReportContext, section_id: str) -> str:
    if section_id not in SECTION_IDS:
        raise ValueError(f"unknown section {section_id!r}; expected one of {', '.join(SECTION_IDS)}")
    module = language_module(ctx.lang)
    return (f'<section id="{section_id}" class="narrative" lang="{ctx.lang}">'
            f"<h2>{esc(_title(ctx, module, section_id))}</h2>{_body(ctx, module, section_id)}</section>")


def render_section(dataset, lang: str, section_id: str) -> str:
    """One section of the report as HTML.

    Parameters
    ----------
    dataset : shangyu_analysis.dataset.dataset.Dataset
        What ``load_dataset`` returns (indicators, derived, checks, figures, article, curated, source).
    lang : str
        ``"zh"`` or ``"en"``.
    section_id : str
        One of :data:`SECTION_IDS`.

    Returns
    -------
    str
        ``<section id="SECTION_ID" class="narrative"><h2>…</h2>…</section>``; citations link to ``#src-n``,
        which :func:`render_section` with ``"method-sources"`` defines (numbering is the same in every call).
    """
    return _render(ReportContext(dataset, lang), section_id)


def render_report(dataset, lang: str) -> str:
    """The whole narrative report: the style block and every section of :data:`SECTION_IDS`, in order."""
    ctx = ReportContext(dataset, lang)
    return STYLE + "".join(_render(ctx, section_id) for section_id in SECTION_IDS)


def style_html() -> str:
    """The ``<style>`` block of the report, for callers that render sections one by one."""
    return STYLE
