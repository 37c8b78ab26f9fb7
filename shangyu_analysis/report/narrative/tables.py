"""The tables and lists of the narrative report: headline figures, figures by section, derived values,
checks, glossary, method counts and the sources list.

Each function gathers the rows from the :class:`~.context.ReportContext` and renders a template of
``templates/narrative/`` (autoescaped: all text from the data is escaped). An empty table is ``""``.
"""

from __future__ import annotations

import math

import pandas as pd

from shangyu_analysis.report.checks import check_detail
from shangyu_analysis.report.download import with_csv_link
from shangyu_analysis.report.format import qualifier_name
from shangyu_analysis.report.labels import enum_label
from shangyu_analysis.report.narrative.context import MissingData, ReportContext, esc, narrative_settings
from shangyu_analysis.report.narrative.html import Markup, macro, render
from shangyu_analysis.schema import Assumption, CheckStatus, DerivedBasis
from shangyu_analysis.schema.missing import is_missing


def _headers(ctx: ReportContext, *keys: str) -> list[str]:
    return [ctx.words[f"col_{key}"] for key in keys]


def paragraph_mark(ctx: ReportContext, paragraph: int | None) -> str:
    """``paragraph 5`` / ``第5段`` as a ``span.para-no`` (empty when the paragraph is unknown)."""
    if paragraph is None:
        return ""
    return macro("paragraph_mark", ctx.words["paragraph_mark"].format(n=paragraph))


def _figure_row(ctx: ReportContext, ind_id: str) -> dict:
    row = ctx.indicator(ind_id)
    number = ctx.source_of.get(ind_id)
    mark = Markup(paragraph_mark(ctx, ctx.sources[number - 1]["paragraph"])) if number is not None else ""
    return {
        "ref": ind_id,
        "name": ctx.name(row),
        "value": Markup(ctx.value_html(ind_id)),
        "period": ctx.period_text(row),
        "basis": ctx.period_basis(row),
        "note": ctx.period_note(row),
        "plan": ctx.is_plan(ind_id),
        "source": number,
        "mark": mark,
    }


def figures_table(ctx: ReportContext, ids: list[str], caption_key: str, css: str = "figures") -> str:
    """One row per indicator with a value: name, value (cited), period in words by its basis (with a plan badge
    and the period's note), source paragraph."""
    rows = [_figure_row(ctx, i) for i in ids if not is_missing(ctx.indicator(i).get("value"))]  # never a "nan"
    page = render(
        "figures",
        rows=rows,
        css=css,
        caption=ctx.words[caption_key],
        headers=_headers(ctx, "indicator", "value", "period", "source"),
        plan_badge=ctx.words["plan_badge"],
    )
    return with_csv_link(page, f"{css.replace(' ', '-')}-{rows[0]['ref']}", ctx.lang) if rows else page


def headline_ids(ctx: ReportContext) -> list[str]:
    """Headline indicators: a ``headline`` column if the data has one, else the page's narrative.yml, else by
    category (``headline_per_category`` of data/narrative.yml)."""
    flagged = [i for i, row in ctx.indicators.items() if _truthy(row.get("headline"))]
    if flagged:
        return flagged
    settings = narrative_settings()
    listed = [i for i in (ctx.story.headline if ctx.story else ()) if i in ctx.indicators]
    if listed:
        return listed
    per_category = int(settings.get("headline_per_category", 2))
    chosen: list[str] = []
    seen: dict[str, int] = {}
    for ind_id, row in ctx.indicators.items():
        category = str(row.get("category"))
        if seen.get(category, 0) < per_category:
            chosen.append(ind_id)
            seen[category] = seen.get(category, 0) + 1
    return chosen


def _truthy(value: object) -> bool:
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip().lower() in ("true", "1", "yes")


def _derived_value(ctx: ReportContext, row: dict) -> str:
    try:
        return ctx.value_text(row)
    except MissingData:
        return "—"


def _input(ctx: ReportContext, input_id: str) -> dict:
    """An input of a derivation, linked to its source sentence (or to the derived row it comes from)."""
    name = _input_name(ctx, input_id)
    if input_id in ctx.source_of:
        return {"ref": input_id, "name": name, "href": f"#src-{ctx.source_of[input_id]}"}
    return {"ref": input_id, "name": name, "href": f"#derived-{input_id}" if input_id in ctx.derived else ""}


def _input_name(ctx: ReportContext, input_id: str) -> str:
    """The input's name in the report language (an indicator's or an earlier derived value's), else its id."""
    for frame, key in (
        (getattr(ctx.dataset, "indicators", None), "indicator_id"),
        (getattr(ctx.dataset, "derived", None), "derived_id"),
    ):
        hit = frame[frame[key] == input_id] if frame is not None and key in frame else None
        if hit is not None and len(hit):
            return str(hit.iloc[0][f"name_{ctx.lang}"])
    return input_id


def _assumes(ctx: ReportContext, row: dict) -> str:
    """The enumerated assumptions (schema.Assumption) in words, before the catalog's sentence: "Assumptions: …. "."""
    ids = [a for a in str(row.get("assumes") or "").split(";") if a and a != "nan"]
    if not ids:
        return ""
    sep, stop = ("、", "。") if ctx.lang == "zh" else ("; ", ". ")
    return (
        f"{ctx.words['col_assumptions']}{':' if ctx.lang == 'zh' else ': '}"
        + sep.join(enum_label(a, ctx.lang, Assumption) for a in ids)
        + stop
    )


def derived_table(ctx: ReportContext) -> str:
    frame = getattr(ctx.dataset, "derived", None)
    if frame is None or len(frame) == 0:
        return ""
    rows = [
        {
            "ref": row["derived_id"],
            "name": ctx.name(row),
            "value": _derived_value(ctx, row),
            "qualifier": (
                ctx.words["derived_exact"]
                if row.get("qualifier") == "exact"  # not "exact" beside "implied"
                else qualifier_name(row.get("qualifier"), ctx.lang)
            ),
            "basis": row.get("basis"),
            "basis_label": enum_label(row.get("basis") or "", ctx.lang, DerivedBasis),
            "formula": row.get(f"formula_{ctx.lang}") or row.get("formula"),
            "inputs": [_input(ctx, i) for i in str(row.get("inputs") or "").split(";") if i],
            "assumptions": _assumes(ctx, row)
            + (row.get("assumptions_zh") if ctx.lang == "zh" else row.get("assumptions")),
        }
        for row in frame.to_dict("records")
    ]
    headers = _headers(ctx, "indicator", "value", "qualifier", "basis", "formula", "inputs", "assumptions")
    return with_csv_link(
        render("derived", rows=rows, caption=ctx.words["derived_caption"], headers=headers), "derived", ctx.lang
    )


def checks_table(ctx: ReportContext) -> str:
    frame = getattr(ctx.dataset, "checks", None)
    if frame is None or len(frame) == 0:
        return ""
    catalog = getattr(ctx.dataset, "catalog", None)
    described_zh = {c["id"]: c.get("description_zh") for c in getattr(catalog, "checks", None) or []}
    rows = [
        {
            "ref": row.get("check_id"),
            "status": str(row.get("status")),
            "description": (described_zh.get(row.get("check_id")) if ctx.lang == "zh" else None)
            or row.get("description"),
            "status_label": enum_label(str(row.get("status")), ctx.lang, CheckStatus),
            "detail": check_detail(row, ctx.lang),
        }
        for row in frame.to_dict("records")
    ]
    headers = _headers(ctx, "check", "explanation", "status", "detail")
    return with_csv_link(
        render("checks", rows=rows, caption=ctx.words["checks_caption"], headers=headers), "checks", ctx.lang
    )


def _definition_source(ctx: ReportContext, term: dict) -> str:
    """Where a glossary definition was checked, when the entry names it (``definition_source``)."""
    sources = term.get("definition_source") or []
    if not sources:
        return ""
    return ctx.words["definition_source"].format(sources="; ".join(str(s[f"title_{ctx.lang}"]) for s in sources))


def glossary_table(ctx: ReportContext) -> str:
    rows = [
        {
            "ref": term_id,
            "zh": term["zh"],
            "en": term["en"],
            "explanation": term.get(f"explain_{ctx.lang}", "") + _definition_source(ctx, term),
        }
        for term_id, term in ctx.terms.items()
    ]
    headers = _headers(ctx, "term", "english", "explanation")
    return with_csv_link(
        render("glossary", rows=rows, caption=ctx.words["glossary_caption"], headers=headers), "glossary", ctx.lang
    )


def counts(ctx: ReportContext) -> dict[str, int]:
    """The counts the method section states (each also recomputed by the tests)."""

    def size(name: str) -> int:
        frame = getattr(ctx.dataset, name, None)
        return 0 if frame is None else len(frame)

    checks = getattr(ctx.dataset, "checks", None)
    status = checks["status"].value_counts() if checks is not None and len(checks) else pd.Series(dtype=int)
    return {
        "figures": size("figures"),
        "indicators": size("indicators"),
        "derived": size("derived"),
        "checks": size("checks"),
        "passed": int(status.get("pass", 0)),
        "failed": int(status.get("fail", 0)),
        "skipped": int(status.get("skip", 0)),
        "sources": len(ctx.sources),
    }


def method_paragraphs(ctx: ReportContext) -> str:
    """What was done, with the counts marked (``span.count``), and the limitations of the report."""
    phrases = ctx.templates.PHRASES
    spans = {key: macro("count", key, value) for key, value in counts(ctx).items()}
    sentences = phrases["method"] if ctx.curated else phrases["method_generic"]
    joiner = "" if ctx.lang == "zh" else " "
    method = joiner.join(esc(s).format(**spans) for s in sentences)
    if "limitations" in ctx.blocks:  # the page's own
        limits = Markup(joiner.join(ctx.fill_all(s for p in ctx.blocks["limitations"] for s in p)))
    elif not ctx.curated:
        limits = phrases["limitations_generic"]
    elif ctx.is_special_page:
        limits = phrases["limitations"]
    else:  # curated, but not a special page: keep the caveats without calling it one
        limits = phrases["limitations_generic"][:1] + phrases["limitations"][1:]
    return render(
        "method", method=Markup(method), limitations=limits if isinstance(limits, Markup) else joiner.join(limits)
    )


def sources_list(ctx: ReportContext) -> str:
    """``<ol>`` of the cited sentences: ``[n]`` anchor, paragraph number, the sentence quoted as text."""
    sources = [
        {"number": s["number"], "mark": Markup(paragraph_mark(ctx, s["paragraph"])), "sentence": s["sentence"]}
        for s in ctx.sources
    ]
    return render("sources", sources=sources, caption=ctx.words["sources_caption"])
