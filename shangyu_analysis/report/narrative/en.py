"""English templates of the narrative report (placeholders: see :mod:`.context`).

Written for a reader who knows nothing of Shangyu. No number is typed here: every figure comes
from a placeholder. A sentence is a string, or ``{"text": ..., "when": callable(context)}`` when it
states a comparison that only holds for some data. The sections' sentences are in :mod:`.en_sections`.

What the page says and what it does not are kept apart: the page's claims are reported as its claims
("the page says", "it aims"), a period or a measure the page does not give is said to be inferred
("presumably"), a derived value that rests on assumptions is called implied, and general knowledge
(the newspaper, the province, fiscal definitions) is marked as background or left to the glossary.
"""

from __future__ import annotations

from shangyu_analysis.report.narrative.conditions import is_special_page as _is_special_page
from shangyu_analysis.report.narrative.en_sections import SECTIONS


TITLES = {
    "at-a-glance": "At a glance",
    "results": "Economy and public finance: results of the last five-year plan",
    "platforms-digital": "Platforms and the digital economy",
    "reform-business": "Reform and the business environment",
    "innovation-talent": "Innovation and talent",
    "culture-urban": "Culture and urban quality",
    "road-ahead": "The road ahead: plans, not results",
    "derived-checks": "Derived indicators and checks",
    "glossary": "Glossary",
    "method-sources": "Method and sources",
}

# Titles for an article without a curated catalog: sections follow the indicator categories.
GENERIC_TITLES = {
    "results": "Economy, public finance and income",
    "platforms-digital": "Industry and the digital economy",
    "reform-business": "Business environment and policy",
    "innovation-talent": "Innovation and investment",
    "culture-urban": "Urban development",
    "road-ahead": "Plans and targets",
}

SOURCE_NOTE = [
    {"text": "This report reads a single source: a {t:zhuanban} of {s:publisher_en} ({s:publisher}), published on "
             "{s:date}, page {s:page}, with a byline ({s:authors}).", "when": _is_special_page},
    {"text": "Its photos are credited to the Shangyu district Party committee's propaganda department "
             "{q:photo_credit}.", "when": _is_special_page},
    {"text": "This report reads a single source: an article of {s:publisher_en} ({s:publisher}), published on "
             "{s:date}, page {s:page}.", "when": lambda ctx: not _is_special_page(ctx)},
    {"text": "This report reads a single article ({q:title}).", "when": lambda ctx: not ctx.source},
    {"text": "The page presents the district's achievements in its own words.", "when": _is_special_page},
    {"text": "The page is not a statistical release: its figures are given as published, some approximate, some "
             "only lower or upper bounds, and only some can be set against the statistical bulletins (see In "
             "context).", "when": lambda ctx: ctx.curated},
    {"text": "It has no curated indicator table: its figures were found automatically and are listed as published — "
             "some approximate, some only bounds — and none has been checked by hand.",
     "when": lambda ctx: not ctx.curated},
    "Each number below carries a bracketed marker that links to the sentence of the article it comes from; a number "
    "computed from the article's figures carries the marker [=] and links to its formula, and is called implied "
    "where it rests on assumptions the page does not state.",
    "Periods are given as the page states them; a period read from the context is marked \"presumably\", and one "
    "the page does not give is said to be missing.",
]

# General knowledge, not from the page: shown in a paragraph marked as background.
BACKGROUND = [
    "{s:publisher_en} is {s:publisher_about_en}.",
    {"text": "Shangyu is a district of the city of Shaoxing in Zhejiang province, on the south shore of Hangzhou Bay.",
     "when": lambda ctx: ctx.curated},
]

# Sentences of the tables' introductions and of the method section ({count}, {figures} … are filled from
# the data). Short words (captions, column headers) are labels: report/labels.py, group "narrative".
PHRASES: dict[str, str | list[str]] = {
    "coverage": "The figures refer to {span}, as the page states or as inferred from it (each figure's period says "
                "which); figures for years after the article's date are plans.{derived_span}",
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
        "Limitations: the page presents the district's achievements; it is not a statistical release.",
        "Several figures are approximate or only bounds, and derived values inherit that; implied earlier levels "
        "assume the stated averages and growth rates hold as assumed, and several periods are inferred.",
        "Plans and targets are the district's intentions, not outcomes.",
    ],
}

__all__ = ["BACKGROUND", "GENERIC_TITLES", "PHRASES", "SECTIONS", "SOURCE_NOTE", "TITLES"]
