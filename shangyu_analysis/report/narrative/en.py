"""English templates of the narrative report (placeholders: see :mod:`.context`).

The generic sentences, written for a reader who knows nothing of the place: the story of a page is data
(``data/articles/<stem>/narrative.en.md``, docs/ARTICLES.md). No number is typed here: every figure comes
from a placeholder. A sentence is a string, or ``{"text": ..., "when": callable(context)}`` when it
holds only for some pages.

What the page says and what it does not are kept apart: the page's claims are reported as its claims
("the page says", "it aims"), a period or a measure the page does not give is said to be inferred
("presumably"), a derived value that rests on assumptions is called implied, and general knowledge
(the newspaper, the province, fiscal definitions) is marked as background or left to the glossary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shangyu_analysis.report.narrative.data import Page


def _is_special_page(ctx: Page) -> bool:
    return ctx.is_special_page


def _byline(ctx: Page) -> bool:
    """A special page with its authors, whose text names it a special page (the glossary term)."""
    return ctx.is_special_page and bool(ctx.source.get("authors")) and "zhuanban" in ctx.terms


# Generic sections only: a page's own sections and their titles are data (data/articles/<stem>/narrative.yml,
# data/narrative.yml generic_sections); a page may retitle these (its narrative.yml, titles:).
TITLES = {
    "at-a-glance": "At a glance",
    "road-ahead": "Plans and targets",
    "derived-checks": "Derived indicators and checks",
    "glossary": "Glossary",
    "method-sources": "Method and sources",
}

# The source note: its opening sentence, what a special page is (replaced by the page's ``source-note`` block
# when it has one), then what the report does.
SOURCE_OPENING = [
    {
        "text": "This report's figures come from a single source: a {t:zhuanban} of {s:publisher_en} ({s:publisher}), published on "
        "{s:date}, page {s:page}, with a byline ({s:authors}).",
        "when": _byline,
    },
    {
        "text": "This report's figures come from a single source: a special page ({s:page_name}) of {s:publisher_en} ({s:publisher}), "
        "published on {s:date}, page {s:page}.",
        "when": lambda ctx: _is_special_page(ctx) and not _byline(ctx),
    },
    {
        "text": "This report's figures come from a single source: an article of {s:publisher_en} ({s:publisher}), published on "
        "{s:date}, page {s:page}.",
        "when": lambda ctx: not _is_special_page(ctx),
    },
    {"text": "This report's figures come from a single article ({q:title}).", "when": lambda ctx: not ctx.source},
]
SOURCE_PAGE = [
    {"text": "Its photos carry the credit {q:photo_credit}.", "when": _is_special_page},
    {"text": "The page presents the locality's achievements in its own words.", "when": _is_special_page},
]
SOURCE_CLOSING = [
    {
        "text": "The page is not a statistical release: its figures are given as published, some approximate, some "
        "only lower or upper bounds, and only some can be set against reference statistics (see In "
        "context).",
        "when": lambda ctx: ctx.curated,
    },
    {
        "text": "It has no curated indicator table: its figures were found automatically and are listed as published — "
        "some approximate, some only bounds — and none has been checked by hand.",
        "when": lambda ctx: not ctx.curated,
    },
    "Each number below carries a bracketed marker that links to the sentence of the article it comes from; a number "
    "computed from the article's figures carries the marker [=] and links to its formula, and is called implied "
    "where it rests on assumptions the page does not state.",
    "Periods are given as the page states them; a period read from the context is marked \"presumably\", and one "
    "the page does not give is said to be missing.",
]

# General knowledge, not from the page: shown in a paragraph marked as background (then the page's own
# ``background`` block).
BACKGROUND = [
    "{s:publisher_en} is {s:publisher_about_en}.",
]

# Sentences of the tables' introductions and of the method section ({count}, {figures} … are filled from
# the data). Short words (captions, column headers) are labels: report/labels.py, group "narrative".
PHRASES: dict[str, str | list[str]] = {
    "coverage": "The figures refer to {span}, as the page states or as inferred (each figure's period says "
    "how).{plans}{undated}{derived_span}",
    "coverage_undated": " Some figures give no period.",
    "coverage_plans": " Figures for years after the article's date are plans.",
    "coverage_derived": " Values derived from them reach back to {first} (implied).",
    "none": "The article gives no figures for this part.",
    "no_derived": "No value is derived from this article's figures: derivations are defined for curated indicators only.",
    "no_terms": "The article uses none of the terms in the glossary.",
    "generic_intro": "Figures the article gives for this part: {count}. They are listed as published, with their sources.",
    "derived_intro": "Values computed from the article's figures. Each states its formula (written with the "
    "indicators' names), its "
    "inputs and its assumptions; whether it is exact, approximate or a bound (a bound in gives a "
    "bound out, and a bound computed with an approximate figure is itself approximate); and whether "
    "it follows by arithmetic alone or is implied, resting on assumptions the page does not state. "
    "A bound is rounded so that it never overstates: an upper bound up, a lower bound down.",
    "glossary_intro": "The policy and statistical terms the article uses, with a one-line explanation. The explanations "
    "are general background, not taken from the article.",
    "method": [
        "The article was read from its raw text, which is never modified. Figures were extracted with their units "
        "and qualifiers (about, more than, at least …) and the sentence they come from: {figures} in all.",
        "Each figure was matched to an entry of a curated indicator table by its surface and a context phrase, and "
        "the table was checked against the text in both directions: {indicators} indicators in this report.",
        "From them, {derived} values were derived with a stated formula, and {checks} arithmetic sanity checks were "
        "run ({passed} passed, {failed} failed, {skipped} skipped); several hold by construction, so they guard "
        "against transcription slips, not against wrong figures.",
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
        "Limitations: the page presents the locality's achievements; it is not a statistical release.",
        "Several figures are approximate or only bounds, and derived values inherit that; implied earlier levels "
        "assume the stated averages and growth rates hold as assumed, and several periods are inferred.",
        "Plans and targets are the locality's intentions, not outcomes.",
    ],
}

__all__ = ["BACKGROUND", "PHRASES", "SOURCE_CLOSING", "SOURCE_OPENING", "SOURCE_PAGE", "TITLES"]
