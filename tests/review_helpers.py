"""Helpers shared by the fact-check regression tests (tests/test_review_round*.py)."""

from __future__ import annotations


def narrative_text(sections) -> str:
    """Every sentence template of a narrative module (``en_sections`` / ``zh_sections``), joined: a sentence is a
    string, or a mapping with its ``text`` and the condition it is shown under."""
    return " ".join(s if isinstance(s, str) else s["text"]
                    for paragraphs in sections.SECTIONS.values() for paragraph in paragraphs for s in paragraph)
