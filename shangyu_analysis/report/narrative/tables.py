"""The tables and lists of the narrative report: headline figures, figures by section, derived values,
checks, glossary, method counts and the sources list. All text from the data is escaped."""

from __future__ import annotations

import math

import pandas as pd

from shangyu_analysis.report.format import qualifier_name
from shangyu_analysis.report.narrative.context import MissingData, ReportContext, esc, narrative_settings
from shangyu_analysis.report.narrative.data import is_blank


def _table(caption: str, headers: list[str], rows: list[str], css: str) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    return (f'<table class="{css}"><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _period_cell(ctx: ReportContext, ind_id: str) -> str:
    row = ctx.indicators[ind_id]
    badge = (f' <span class="badge plan">{esc(ctx_labels(ctx)["plan_badge"])}</span>'
             if ctx.is_plan(ind_id) else "")
    return f"<td>{esc(row.get('period'))}{badge}</td>"


def ctx_labels(ctx: ReportContext) -> dict:
    from shangyu_analysis.report.narrative.compose import language_module  # late import: narrative imports this module

    return language_module(ctx.lang).LABELS


def figure_rows(ctx: ReportContext, ids: list[str]) -> list[str]:
    """One ``<tr>`` per indicator: name, value (cited), period (with a plan badge)."""
    rows = []
    for ind_id in ids:
        row = ctx.indicators[ind_id]
        if is_blank(row.get("value")):
            continue  # nothing to show; never a "nan" in a report
        rows.append(f'<tr data-ref="{esc(ind_id)}"><td class="name">{esc(ctx.name(row))}</td>'
                    f'<td class="num">{ctx.value_html(ind_id)}</td>'
                    f"{_period_cell(ctx, ind_id)}{_source_cell(ctx, ind_id)}</tr>")
    return rows


def paragraph_mark(ctx: ReportContext, paragraph: int | None) -> str:
    """``paragraph 5`` / ``第5段`` as a ``span.para-no`` (empty when the paragraph is unknown)."""
    if paragraph is None:
        return ""
    mark = ctx_labels(ctx)["paragraph_mark"]
    text = mark.format(n=paragraph) if "{n}" in mark else f"{mark} {paragraph}"
    return f'<span class="para-no">{esc(text)}</span>'


def _source_cell(ctx: ReportContext, ind_id: str) -> str:
    """Where the figure comes from: its paragraph, linked to the quoted sentence in the Sources list."""
    number = ctx.source_of.get(ind_id)
    if number is None:
        return "<td></td>"
    paragraph = ctx.sources[number - 1]["paragraph"]
    return f'<td class="src"><a href="#src-{number}">{paragraph_mark(ctx, paragraph) or f"[{number}]"}</a></td>'


def figures_table(ctx: ReportContext, ids: list[str], caption_key: str, css: str = "figures") -> str:
    labels = ctx_labels(ctx)
    headers = [labels["col_indicator"], labels["col_value"], labels["col_period"], labels["col_source"]]
    return _table(labels[caption_key], headers, figure_rows(ctx, ids), css)


def headline_ids(ctx: ReportContext) -> list[str]:
    """Headline indicators: a ``headline`` column if the data has one, else data/narrative.yml, else by category."""
    flagged = [i for i, row in ctx.indicators.items() if _truthy(row.get("headline"))]
    if flagged:
        return flagged
    settings = narrative_settings()
    if ctx.curated:
        listed = [i for i in settings.get("headline", []) if i in ctx.indicators]
        if listed:
            return listed
    per_category = int(settings.get("headline_per_category", 2))
    chosen, seen = [], {}
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


def derived_table(ctx: ReportContext) -> str:
    frame = getattr(ctx.dataset, "derived", None)
    if frame is None or len(frame) == 0:
        return ""
    labels = ctx_labels(ctx)
    rows = []
    for row in frame.to_dict("records"):
        derived_id = esc(row["derived_id"])
        assumptions = row.get("assumptions_zh") if ctx.lang == "zh" else row.get("assumptions")
        inputs = ", ".join(_input_link(ctx, i) for i in str(row.get("inputs") or "").split(";") if i)
        rows.append(
            f'<tr id="derived-{derived_id}"><td>{esc(ctx.name(row))}</td>'
            f'<td class="num"><span class="fig derived" data-ref="{derived_id}">{_derived_value(ctx, row)}</span></td>'
            f"<td>{esc(qualifier_name(row.get('qualifier'), ctx.lang))}</td>"
            f'<td><code class="formula">{esc(row.get("formula"))}</code></td><td>{inputs}</td>'
            f'<td class="assumptions">{esc(assumptions)}</td></tr>')
    headers = [labels[k] for k in ("col_indicator", "col_value", "col_qualifier", "col_formula", "col_inputs",
                                   "col_assumptions")]
    return _table(labels["derived_caption"], headers, rows, "derived")


def _derived_value(ctx: ReportContext, row: dict) -> str:
    try:
        return esc(ctx.value_text(row))
    except MissingData:
        return "—"


def _input_link(ctx: ReportContext, input_id: str) -> str:
    """An input of a derivation, linked to its source sentence (or to the derived row it comes from)."""
    code = f"<code>{esc(input_id)}</code>"
    if input_id in ctx.source_of:
        return f'<a href="#src-{ctx.source_of[input_id]}">{code}</a>'
    if input_id in ctx.derived:
        return f'<a href="#derived-{esc(input_id)}">{code}</a>'
    return code


def checks_table(ctx: ReportContext) -> str:
    frame = getattr(ctx.dataset, "checks", None)
    if frame is None or len(frame) == 0:
        return ""
    labels = ctx_labels(ctx)
    rows = []
    for row in frame.to_dict("records"):
        status = str(row.get("status"))
        rows.append(f'<tr class="check-{esc(status)}" data-check="{esc(row.get("check_id"))}"><td><code>{esc(row.get("check_id"))}</code></td>'
                    f'<td class="check-text">{esc(row.get("description"))}</td>'
                    f'<td>{esc(labels["status"].get(status, status))}</td>'
                    f'<td class="check-text">{esc(row.get("detail"))}</td></tr>')
    headers = [labels[k] for k in ("col_check", "col_explanation", "col_status", "col_detail")]
    return _table(labels["checks_caption"], headers, rows, "checks")


def glossary_table(ctx: ReportContext) -> str:
    labels = ctx_labels(ctx)
    rows = []
    for term_id, term in ctx.terms.items():
        explanation = term.get(f"explain_{ctx.lang}", "")
        rows.append(f'<tr id="term-{esc(term_id)}"><td lang="zh">{esc(term["zh"])}</td>'
                    f'<td lang="en">{esc(term["en"])}</td><td class="glossary-text">{esc(explanation)}</td></tr>')
    headers = [labels["col_term"], labels["col_english"], labels["col_explanation"]]
    return _table(labels["glossary_caption"] if "glossary_caption" in labels else "", headers, rows, "glossary")


def counts(ctx: ReportContext) -> dict[str, int]:
    """The counts the method section states (each also recomputed by the tests)."""
    def size(name: str) -> int:
        frame = getattr(ctx.dataset, name, None)
        return 0 if frame is None else len(frame)

    checks = getattr(ctx.dataset, "checks", None)
    status = checks["status"].value_counts() if checks is not None and len(checks) else pd.Series(dtype=int)
    return {"figures": size("figures"), "indicators": size("indicators"), "derived": size("derived"),
            "checks": size("checks"), "passed": int(status.get("pass", 0)), "failed": int(status.get("fail", 0)),
            "skipped": int(status.get("skip", 0)), "sources": len(ctx.sources)}


def method_paragraphs(ctx: ReportContext) -> str:
    labels = ctx_labels(ctx)
    spans = {key: f'<span class="count" data-count="{key}">{value}</span>' for key, value in counts(ctx).items()}
    sentences = labels["method"] if ctx.curated else labels["method_generic"]
    joiner = "" if ctx.lang == "zh" else " "
    method = joiner.join(esc(s).format(**spans) for s in sentences)
    if not ctx.curated:
        limits = labels["limitations_generic"]
    elif ctx.is_special_page:
        limits = labels["limitations"]
    else:  # curated, but not a special page: keep the caveats without calling it one
        limits = labels["limitations_generic"][:1] + labels["limitations"][1:]
    limitations = joiner.join(esc(s) for s in limits)
    return f"<p>{method}</p><p>{limitations}</p>"


def sources_list(ctx: ReportContext) -> str:
    """``<ol>`` of the cited sentences: ``[n]`` anchor, paragraph number, the sentence quoted as text."""
    labels = ctx_labels(ctx)
    items = []
    for source in ctx.sources:
        number = source["number"]
        where = paragraph_mark(ctx, source["paragraph"])
        where = f"{where} " if where else ""
        items.append(f'<li id="src-{number}"><span class="src-no">[{number}]</span> {where}'
                     f'<q lang="zh">{esc(source["sentence"])}</q></li>')
    if not items:
        return ""
    return f'<h3>{esc(labels["sources_caption"])}</h3><ol class="sources">{"".join(items)}</ol>'
