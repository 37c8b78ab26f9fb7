"""Turn extracted figures into the indicator table (curated catalog, or automatic fallback).

Curated: each catalog entry claims exactly one figure by its surface plus a context phrase that
occurs in the text around the figure (never an offset). Validation runs both ways: every entry
must claim one figure whose value, unit and qualifier agree with the entry, and every figure must
be claimed by an entry or named under ``excluded:``. A period the catalog calls ``stated`` must be stated
by the page: its ``period_evidence`` occurs in the figure's sentence or earlier in the figure's paragraph
(:func:`evidence_found`); so must the words a ``scope_evidence`` quotes for whose figure it is. Uncurated: see :mod:`.auto_indicators`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import Catalog
from shangyu_analysis.schema import INDICATORS, FigureRecord, column_names, figure_records
from shangyu_analysis.schema.validate import coerce, validate

# How far (in characters) a figure may sit outside its context phrase and still belong to it:
# enough for "达…以上" style wording, too little to reach the next clause.
NEAR_CHARS = 6


def values_agree(a: float, b: float) -> bool:
    """True when two values are the same number up to rounding of the written form (1/3 ≈ 0.333333)."""
    return math.isclose(float(a), float(b), rel_tol=1e-5, abs_tol=1e-9)


def _context_spans(text: str, context: str) -> list[tuple[int, int]]:
    spans, pos = [], text.find(context)
    while pos >= 0:
        spans.append((pos, pos + len(context)))
        pos = text.find(context, pos + 1)
    return spans


def find_claims(figures: pd.DataFrame, text: str, surface: str, context: str) -> list[int]:
    """Row positions of ``figures`` with this ``surface`` that lie in (or next to) ``context``.

    A figure belongs to the context when the context phrase occurs in the figure's sentence and the
    figure's span lies within the phrase's span widened by :data:`NEAR_CHARS` on each side.
    """
    spans = _context_spans(text, context)
    hits = []
    for pos, fig in enumerate(figure_records(figures)):
        if fig.surface != surface or context not in str(fig.sentence):
            continue
        if any(cs - NEAR_CHARS <= fig.start and fig.end <= ce + NEAR_CHARS for cs, ce in spans):
            hits.append(pos)
    return hits


def evidence_found(text: str, sentence: str, start: int, evidence: str) -> bool:
    """The rule for a stated period: ``evidence`` (the page's words, e.g. 2020年, “十三五”, 目前) occurs in the
    figure's ``sentence`` or in its paragraph before the figure (the paragraph is the line holding ``start``)."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    return evidence in str(sentence) or evidence in text[paragraph_start:start]


def _disagreement(entry: dict, fig: FigureRecord) -> str | None:
    """Which of value/unit/qualifier the figure contradicts, as 'field: reason', or None."""
    same_stated = values_agree(entry["value"], fig.value) and entry["unit"] == fig.unit
    base_value = getattr(fig, "base_value", None)
    same_base = (
        base_value is not None
        and not pd.isna(base_value)
        and values_agree(entry["value"], base_value)
        and entry["unit"] == getattr(fig, "base_unit", None)
    )
    if not (same_stated or same_base):
        if entry["unit"] not in (fig.unit, getattr(fig, "base_unit", None)):
            return f"unit: catalog says {entry['unit']!r}, the text says {fig.unit!r} ({fig.surface})"
        return f"value: catalog says {entry['value']}, the text says {fig.value:g} {fig.unit} ({fig.surface})"
    if entry["qualifier"] != fig.qualifier:
        return f"qualifier: catalog says {entry['qualifier']}, the text says {fig.qualifier} ({fig.surface})"
    return None


def claim_figures(
    catalog: Catalog, figures: pd.DataFrame, text: str, problems: list[str] | None = None
) -> dict[str, int]:
    """Map each catalog indicator id to the row position of the one figure it claims.

    With a ``problems`` list, every problem is appended to it as one line (``catalog check``) and the entries
    without one are still claimed; without it the first problem raises.

    Raises
    ------
    UserError
        Naming the catalog file, the entry and the field: an entry claiming no figure or several,
        a value/unit/qualifier that disagrees with the text, two entries claiming the same figure,
        an exclusion naming no figure, or a figure that is neither claimed nor excluded.
    """
    path = catalog.path

    def fail(reason: str) -> None:
        if problems is None:
            raise UserError(path, reason)
        problems.append(UserError(path, reason).message)

    claimed: dict[str, int] = {}
    owner: dict[int, str] = {}
    for entry in catalog.indicators:
        where = f"indicators entry {entry['id']!r}, field"
        hit, reason = _the_one_figure(entry, figures, text)
        if hit is None:
            fail(f"{where} {reason}")
            continue
        fig = figures.iloc[hit]
        problem = _disagreement(entry, fig)
        if problem:
            fail(f"{where} {problem}")
        if hit in owner:
            fail(
                f"{where} match: figure {fig['surface']!r} at offset {int(fig['start'])} "
                f"is already claimed by {owner[hit]!r}"
            )
            continue
        evidence = entry.get("period_evidence")
        if evidence and not evidence_found(text, fig["sentence"], int(fig["start"]), evidence):
            fail(
                f"{where} period_evidence: {evidence!r} is neither in the figure's sentence nor "
                f"earlier in its paragraph, so the page does not state this period"
            )
        owner[hit] = entry["id"]
        claimed[entry["id"]] = hit
    excluded_rows = _excluded_rows(catalog, figures, text, owner, fail)
    for pos, record in enumerate(figure_records(figures)):
        if pos not in owner and pos not in excluded_rows:
            fail(
                f"figure {record.figure_id} {record.surface!r} at offset {record.start} "
                f"(sentence: {str(record.sentence)[:40]}…) is claimed by no indicators entry "
                f"and listed under no excluded entry"
            )
    for entry in catalog.indicators:  # whose figure it is: the scope's words must be the page's, near the figure
        if entry["id"] not in claimed:
            continue
        fig, words = figures.iloc[claimed[entry["id"]]], entry.get("scope_evidence")
        if words and not evidence_found(text, fig["sentence"], int(fig["start"]), words):
            fail(
                f"indicators entry {entry['id']!r}, field scope_evidence: {words!r} is neither in "
                "the figure's sentence nor earlier in its paragraph, so the page does not support this scope"
            )
    return claimed


def _excluded_rows(
    catalog: Catalog, figures: pd.DataFrame, text: str, owner: dict[int, str], fail: Callable[[str], None]
) -> set[int]:
    """The rows of the figures the catalog excludes: each exclusion names exactly one figure that no indicator
    claims."""
    rows: set[int] = set()
    for i, ex in enumerate(catalog.excluded, start=1):
        hits = find_claims(figures, text, ex["surface"], ex["context"])
        if len(hits) != 1:
            fail(
                f"excluded entry #{i} ({ex['surface']!r}), field context: matches "
                f"{len(hits)} extracted figures near {ex['context']!r}, expected exactly 1"
            )
            continue
        if hits[0] in owner:
            fail(
                f"excluded entry #{i} ({ex['surface']!r}), field context: the figure is "
                f"claimed by indicator {owner[hits[0]]!r}"
            )
        rows.add(hits[0])
    return rows


_FROM_FIGURE = ("value_high", "figure_id", "start", "end", "surface", "sentence", "paragraph", "section")


def _the_one_figure(entry: dict, figures: pd.DataFrame, text: str) -> tuple[int | None, str]:
    """The row of the one figure an entry's ``match`` finds, or None and why (none, several, or fewer than its
    ``occurrence``)."""
    surface, context = entry["match"]["surface"], entry["match"]["context"]
    hits = find_claims(figures, text, surface, context)
    nth = entry["match"].get("occurrence")  # a repeated sentence: the nth figure the phrase finds, in text order
    if nth is not None and hits:
        if nth > len(hits):
            return None, f"match.occurrence: {nth}, but the context finds {len(hits)} figures {surface!r}"
        hits = [hits[nth - 1]]
    if not hits:
        return None, f"match: no extracted figure {surface!r} near context {context!r}"
    if len(hits) > 1:
        offsets = ", ".join(str(int(figures.iloc[h]["start"])) for h in hits)
        return None, (
            f"match: {len(hits)} figures {surface!r} near context {context!r} (offsets {offsets}); make the context longer"
        )
    return hits[0], ""


def curated_indicators(catalog: Catalog, figures: pd.DataFrame, text: str) -> pd.DataFrame:
    """The indicator table (contract columns, catalog order) for an article the catalog describes."""
    claimed = claim_figures(catalog, figures, text)
    rows = []
    for entry in catalog.indicators:
        fig = figures.iloc[claimed[entry["id"]]]
        row = {
            "indicator_id": entry["id"],
            **{
                k: entry[k]
                for k in (
                    "name_zh",
                    "name_en",
                    "description_en",
                    "category",
                    "unit",
                    "short_unit",
                    "qualifier",
                    "period",
                    "period_basis",
                    "precision",
                )
            },
            **{
                k: entry.get(k)
                for k in (
                    "period_evidence",
                    "period_note",
                    "period_note_zh",
                    "scope_zh",
                    "scope_en",
                    "scope_basis",
                    "scope_evidence",
                )
            },
            "value": float(entry["value"]),
            **{k: fig.get(k) for k in _FROM_FIGURE},
            # The catalog may correct the figure's facts; otherwise they are the extractor's.
            **{k: entry.get(k) or fig.get(k) for k in ("place", "measure")},
            "kind": fig.get("kind"),
            "curated": True,
        }
        rows.append(row)
    df = pd.DataFrame(rows, columns=column_names(INDICATORS))
    df = coerce(df, "indicators")
    return validate(df, "indicators", catalog.path)
