"""Helpers shared by the fact-check regression tests (tests/test_review_round*.py)."""

from __future__ import annotations

from shangyu_analysis import config
from shangyu_analysis.report.narrative.story import load_story


def seed_blocks(lang: str) -> dict[str, list[list]]:
    """The seed's narrative templates in ``lang`` (data/articles/<seed>/narrative.<lang>.md): block id → paragraphs,
    each a list of sentences (a string, or a mapping with its ``text`` and the condition it is shown under)."""
    return load_story(config.SEED_ARTICLE).blocks[lang]


def narrative_text(lang: str) -> str:
    """Every sentence template of the seed's narrative in ``lang``, joined."""
    return " ".join(
        s if isinstance(s, str) else s["text"]
        for paragraphs in seed_blocks(lang).values()
        for paragraph in paragraphs
        for s in paragraph
    )
