"""What every part of the narrative needs: lookups, citations and the placeholder language.

A :class:`ReportContext` is built once per (dataset, language). It numbers the source sentences (``#src-n``, in
article order, so a section rendered alone cites the same numbers as the full report: :mod:`.sources`), formats
values and periods (:mod:`shangyu_analysis.report.format`), holds the narrative's words (``report/labels.py``,
group ``narrative``) and fills the sentence templates of its language (:mod:`.en` / :mod:`.zh`, and the page's
own story, :mod:`.story`). Their placeholders (``{v:ID}`` a value, ``{d:ID}`` a derived value, ``{t:ID}`` a term,
``{c:PHRASE}`` a citation …) are listed in docs/ARTICLES.md; a sentence's own text is rendered by :mod:`.markdown`.
A sentence whose placeholder names something the dataset lacks is left out (never half-filled); so is a
``{y:…}`` whose period the page does not state. Inline HTML comes from ``templates/narrative/macros.html.j2``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pandas as pd

from shangyu_analysis.dataset.model import select
from shangyu_analysis.report.format import format_period, format_value
from shangyu_analysis.report.labels import check_lang, labels_in
from shangyu_analysis.report.narrative import en, zh
from shangyu_analysis.report.narrative.data import (
    MissingData,
    as_int,
    esc,
    glossary_terms,
    narrative_settings,
    source_value,
)
from shangyu_analysis.report.narrative.html import Markup, macro
from shangyu_analysis.report.narrative.markdown import render_sentence
from shangyu_analysis.report.narrative.sources import cited_phrases, number_sources, template_strings
from shangyu_analysis.report.narrative.story import Section, Story, generic_sections, load_story
from shangyu_analysis.schema.missing import is_missing
from shangyu_analysis.text.period_value import period_years

__all__ = [
    "PLACEHOLDER",
    "TEMPLATE_MODULES",
    "MissingData",
    "ReportContext",
    "esc",
    "narrative_settings",
    "period_years",
]

PLACEHOLDER = re.compile(r"\{(v|d|y|y0|yp|p|t|s|q|a|c):([^{}|]+)(?:\|([^{}]*))?\}")
TEMPLATE_MODULES: dict[str, ModuleType] = {"zh": zh, "en": en}  # the sentences of each report language


@dataclass
class ReportContext:
    """Lookups and formatting for one dataset in one language (see the module docstring)."""

    dataset: object
    lang: str
    indicators: dict[str, dict] = field(init=False)
    derived: dict[str, dict] = field(init=False)
    sources: list[dict] = field(init=False)
    source_of: dict[str, int] = field(init=False)
    phrase_source: dict[str, int] = field(init=False)
    terms: dict[str, dict] = field(init=False)
    templates: ModuleType = field(init=False)
    words: dict[str, str] = field(init=False)
    story: Story | None = field(init=False)  # the page's own narrative (used for a curated page only)
    blocks: dict[str, list[list]] = field(init=False)  # its template blocks in this language ({} when none)
    sections: tuple[Section, ...] = field(init=False)  # the sections between the generic head and tail

    def __post_init__(self) -> None:
        self.templates = TEMPLATE_MODULES[check_lang(self.lang)]
        self.words = labels_in("narrative", self.lang)
        self.indicators = _by_id(self._table("indicators"), "indicator_id")
        self.derived = _by_id(self._table("derived"), "derived_id")
        path = getattr(getattr(self.dataset, "article", None), "path", None)
        self.story = load_story(path) if self.curated and path is not None else None
        self.blocks = self.story.blocks.get(self.lang, {}) if self.story else {}
        self.sections = (self.story.sections if self.story else ()) or generic_sections()
        phrases = cited_phrases(template_strings(self.templates, self.blocks))
        self.sources, self.source_of, self.phrase_source = number_sources(
            self.indicators, getattr(self.dataset, "article", None), phrases
        )
        text = self.article_text
        self.terms = {
            term["id"]: term
            for term in glossary_terms()
            if any(str(m) in text for m in term.get("match", [term["zh"]]))
        }

    def _table(self, name: str) -> pd.DataFrame:
        table = getattr(self.dataset, name, None)
        return table if isinstance(table, pd.DataFrame) else pd.DataFrame()

    def row(self, row_id: str, *tables: str) -> dict:
        """The row with this id in the first of the dataset's ``tables`` (``"indicators"``, ``"derived"``) that has
        it, by the dataset's one lookup (:func:`~shangyu_analysis.dataset.model.select`); :class:`MissingData` when
        none has: the sentence naming it is left out."""
        # The tables were read once, by that lookup, into the by-id dicts: a sentence's placeholder is a dict look-up
        # (a DataFrame selection a placeholder took 4 ms, a thousand of them on a long page).
        by_id = {"indicators": self.indicators, "derived": self.derived}
        for name in tables:
            found = by_id[name].get(row_id)
            if found is not None:
                return dict(found)
        raise MissingData(row_id)

    # --- the article and its source ----------------------------------------------------------
    @property
    def curated(self) -> bool:
        return bool(getattr(self.dataset, "curated", False))

    @property
    def article_text(self) -> str:
        article = getattr(self.dataset, "article", None)
        return str(getattr(article, "text", "") or "")

    @property
    def source(self) -> dict:
        return dict(getattr(self.dataset, "source", None) or {})

    @property
    def is_special_page(self) -> bool:
        """The source is a 专版 (special page): a locality's own account, which the report must say."""
        article = getattr(self.dataset, "article", None)
        return "专版" in (str(self.source.get("page_name") or ""), str(getattr(article, "page_name", "") or ""))

    @property
    def article_year(self) -> int | None:
        """The article's year; for an undated article, the latest single year its figures report."""
        years = period_years(self.source.get("date") or getattr(getattr(self.dataset, "article", None), "date", ""))
        if years:
            return years[0]
        singles = [
            y[0] for y in map(period_years, (r.get("period") for r in self.indicators.values())) if y and y[0] == y[1]
        ]
        return max(singles) if singles else None

    def source_field(self, key: str) -> str:
        """Escaped HTML for one source field (``publisher``, ``publisher_en``, ``date``, ``page``, ``authors``)."""
        return esc(source_value(self.source, key, self.lang))

    def quote_field(self, key: str) -> str:
        """A field of the article itself (its ``title``), quoted as escaped article text."""
        value = getattr(getattr(self.dataset, "article", None), key, None)
        if is_missing(value):
            raise MissingData(key)
        return macro("quote", value)

    def cite(self, indicator_id: str) -> str:
        number = self.source_of.get(indicator_id)
        if number is None:
            return ""
        return macro("cite", number)

    def cite_phrase(self, phrase: str) -> str:
        """The citation marker of the sentence holding ``phrase``; MissingData when the article lacks it."""
        if phrase not in self.phrase_source:
            raise MissingData(phrase)
        return macro("cite", self.phrase_source[phrase])

    def page_words(self, words: str) -> str:
        """The page's own words (a slogan, a plan name, a date as written), verified to be in the article."""
        if not words or words not in self.article_text:
            raise MissingData(words)
        return macro("page_words", words)

    # --- periods --------------------------------------------------------------------------------
    def period_basis(self, row: dict) -> str:
        """How a row's period is known; a table without bases (an older one) counts a period as stated."""
        basis = row.get("period_basis")
        if is_missing(basis):
            return "stated" if not is_missing(row.get("period")) else "unknown"
        return str(basis)

    def period_text(self, row: dict) -> str:
        """The period in words (:func:`~shangyu_analysis.report.format.format_period`)."""
        return format_period(row.get("period"), self.period_basis(row), self.lang, row.get("period_evidence"))

    def period_note(self, row: dict) -> str:
        """Why a period is inferred, or what the page leaves open ("" when there is nothing to add)."""
        note = row.get("period_note_zh" if self.lang == "zh" else "period_note")
        return "" if is_missing(note) else str(note)

    # --- values ------------------------------------------------------------------------------
    def indicator(self, indicator_id: str) -> dict:
        return self.row(indicator_id, "indicators")

    def is_plan(self, indicator_id: str) -> bool:
        """A figure whose period ends after the article's year is a plan or target, not a result."""
        years = period_years(self.indicator(indicator_id).get("period"))
        return bool(years and self.article_year and years[1] > self.article_year)

    def value_text(self, row: dict) -> str:
        """The formatted value; a missing value (a derivation that could not be computed) is MissingData."""
        if is_missing(row.get("value")):
            raise MissingData(str(row.get("indicator_id") or row.get("derived_id")))
        high: Any = row.get("value_high")  # a cell: None, NaN or a number
        return format_value(
            float(row["value"]),
            row.get("unit"),
            row.get("qualifier"),
            as_int(row.get("precision"), None),
            self.lang,
            value_high=None if is_missing(high) else float(high),
        )

    def value_html(self, indicator_id: str) -> str:
        row = self.indicator(indicator_id)
        return macro(
            "value",
            indicator_id,
            row.get("qualifier"),
            self.value_text(row),
            self.is_plan(indicator_id),
            Markup(self.cite(indicator_id)),
        )

    def derived_html(self, derived_id: str) -> str:
        row = self.row(derived_id, "derived")
        return macro("derived", derived_id, self.value_text(row), "" if is_missing(row.get("basis")) else row["basis"])

    def name(self, row: dict) -> str:
        return str(row.get(f"name_{self.lang}") or row.get("name_zh") or row.get("name_en") or "")

    def term_html(self, term_id: str, label: str | None = None) -> str:
        """A linked glossary term: en ``<a>chain-chief system</a> (链长制)``, zh ``<a>链长制</a>``."""
        term = self.terms.get(term_id)
        if term is None:
            raise MissingData(term_id)
        if self.lang == "zh":
            return macro("term", term_id, label or term["zh"])
        return macro("term", term_id, label or term["en"], term["zh"])

    # --- templates ---------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        """Fill one sentence template; raise :class:`MissingData` when a placeholder cannot be resolved."""
        return render_sentence(template, PLACEHOLDER, self._resolve)

    def _resolve(self, kind: str, key: str, label: str | None) -> str:
        by_key = {
            "v": self.value_html,
            "d": self.derived_html,
            "s": self.source_field,
            "q": self.quote_field,
            "a": self.page_words,
            "c": self.cite_phrase,
        }
        if kind in by_key:
            return by_key[kind](key)
        if kind == "t":
            return self.term_html(key, label)
        row = self.indicator(key)
        if kind == "p":
            return esc(self.period_text(row))
        years = period_years(row.get("period"))
        if years is None or self.period_basis(row) != "stated":
            raise MissingData(key)
        return esc(str({"y0": years[0], "yp": years[0] - 1}.get(kind, row.get("period"))))

    def title(self, section_id: str) -> str:
        """A section's title: the page's (its sections, its titles of generic ones), else the generic one."""
        own = {s.id: s.title for s in self.sections} | (self.story.titles if self.story else {})
        return own[section_id][self.lang] if section_id in own else self.templates.TITLES[section_id]

    def fill_all(self, sentences: Iterable[str | dict]) -> list[str]:
        """The sentences that can be filled, filled (a conditional one only when its condition holds)."""
        filled = []
        for sentence in sentences:
            if isinstance(sentence, dict):
                condition = sentence.get("when")
                if condition is not None and not _safe_condition(condition, self):
                    continue
                sentence = sentence["text"]
            try:
                filled.append(self.fill(sentence))
            except MissingData:
                continue
        return filled

    def paragraph(self, sentences: list, css: str = "", lead: str = "") -> str:
        """A ``<p>`` of the sentences that can be filled (``""`` when none can), after an optional ``lead``."""
        filled = self.fill_all(sentences)
        if not filled:
            return ""
        if lead:
            filled.insert(0, macro("lead", lead))
        return macro("paragraph", Markup(("" if self.lang == "zh" else " ").join(filled)), css)


def _by_id(table: pd.DataFrame, column: str) -> dict[str, dict]:
    """Every row of ``table``, in table order, keyed by its id (what the narrative lists and counts)."""
    if column not in table.columns:
        return {}
    rows = select((table,), list(table[column]), column=column)
    return dict(zip(rows.index, rows.to_dict("records")))


def _safe_condition(condition: Callable[[ReportContext], object], context: ReportContext) -> bool:
    """A sentence's condition: false when it needs data the page lacks (MissingData: the sentence is left out, as
    any sentence naming a missing value is); any other error is a bug and is raised, never a silently lost sentence."""
    try:
        return bool(condition(context))
    except MissingData:
        return False
