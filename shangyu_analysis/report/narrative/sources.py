"""The report's sources: the article sentences it cites, numbered once per report.

Two kinds of sentence are cited: the sentence of each indicator's figure (``{v:ID}``), and the sentence
holding a phrase a template cites with ``{c:PHRASE}`` — a statement without a figure (a reform, an award,
a plan) that the report still traces to the page. Both are split the way the extractor splits sentences
(:func:`shangyu_analysis.extract.sentences.sentence_spans`), so a phrase in a figure's sentence shares
its number. Numbers follow article order, and every phrase the templates cite is registered when the
context is built, so a section rendered alone cites the same numbers as the whole report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from shangyu_analysis.extract.sentences import sentence_spans
from shangyu_analysis.report.narrative.data import as_int
from shangyu_analysis.schema.missing import is_missing

if TYPE_CHECKING:
    from shangyu_analysis.text import Article

CITED_PHRASE = re.compile(r"\{c:([^{}|]+)\}")


def sentence_texts(paragraphs: Iterable[list]) -> list[str]:
    """The template strings of paragraphs of sentences (a sentence is a string or ``{"text": …, "when": …}``)."""
    return [s["text"] if isinstance(s, dict) else s for sentences in paragraphs for s in sentences]


def template_strings(module: ModuleType, blocks: dict[str, list[list]] | None = None) -> list[str]:
    """Every sentence template of a report language: the module's (source note, background), then the page's
    ``blocks`` (block id → paragraphs, :mod:`.story`), in order."""
    generic = [module.SOURCE_OPENING, module.SOURCE_PAGE, module.SOURCE_CLOSING, module.BACKGROUND]
    return sentence_texts(generic) + sentence_texts(p for paragraphs in (blocks or {}).values() for p in paragraphs)


def cited_phrases(templates: Iterable[str]) -> list[str]:
    """The phrases of every ``{c:PHRASE}`` in ``templates``, in order, each once."""
    return list(dict.fromkeys(p for text in templates for p in CITED_PHRASE.findall(text)))


def phrase_sentence(article: Article | None, phrase: str) -> tuple[int, int | None, str] | None:
    """(offset, paragraph number, sentence) of the first sentence of ``article`` holding ``phrase``, or None."""
    text = str(getattr(article, "text", "") or "")
    pos = text.find(phrase)
    if pos < 0:
        return None
    start, end = sentence_spans(text, [pos])[0]
    if end < pos + len(phrase):  # the phrase runs over a sentence end: cite where it starts
        end = pos + len(phrase)
    locate = getattr(article, "paragraph_at", None)
    paragraph = locate(pos) if callable(locate) else None
    return start, (None if paragraph is None else paragraph.index), text[start:end].strip()


def number_sources(
    indicators: dict[str, dict], article: Article | None, phrases: Iterable[str]
) -> tuple[list[dict], dict, dict]:
    """The numbered sources: (sources in article order, indicator id → number, cited phrase → number).

    A source is ``{"number", "paragraph", "sentence", "start", "ids"}``; one per distinct sentence.
    """
    by_key: dict[tuple, dict] = {}

    def add(paragraph: int | None, sentence: str, start: int) -> dict:
        entry = by_key.setdefault(
            (paragraph, sentence), {"paragraph": paragraph, "sentence": sentence, "start": start, "ids": []}
        )
        entry["start"] = min(entry["start"], start)
        return entry

    for ind_id, row in indicators.items():
        if is_missing(row.get("sentence")):
            continue
        paragraph = None if is_missing(row.get("paragraph")) else int(row["paragraph"])
        add(paragraph, str(row["sentence"]), as_int(row.get("start")))["ids"].append(ind_id)
    phrase_entries = {}
    for phrase in phrases:
        found = phrase_sentence(article, phrase)
        if found is not None:
            start, paragraph, sentence = found
            phrase_entries[phrase] = add(paragraph, sentence, start)
    sources = sorted(by_key.values(), key=lambda s: (s["start"], s["paragraph"] or 0))
    source_of: dict[str, int] = {}
    for number, entry in enumerate(sources, start=1):
        entry["number"] = number
        for ind_id in entry["ids"]:
            source_of[ind_id] = number
    return sources, source_of, {phrase: entry["number"] for phrase, entry in phrase_entries.items()}
