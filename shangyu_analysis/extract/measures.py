"""What a figure measures, in words: the terms of ``data/terms.yml`` found in its subject.

``data/terms.yml`` maps Chinese economic terms to one English wording each, so synonyms normalise to
one measure (地区生产总值, 生产总值 and GDP are all "GDP"). The same terms mark word boundaries: a
subject cut to its last characters is never cut inside a known term.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shangyu_analysis import config
from shangyu_analysis.files import expect, read_yaml

TERMS_YML = config.DATA_DIR / "terms.yml"


@lru_cache(maxsize=1)
def terms() -> dict[str, str]:
    """Chinese term -> English measure, from ``data/terms.yml`` (empty when the file is absent)."""
    if not TERMS_YML.is_file():
        return {}
    data = expect(TERMS_YML, read_yaml(TERMS_YML), dict, "(top level)")
    table = expect(TERMS_YML, data.get("terms"), dict, "terms")
    for zh, en in table.items():
        expect(TERMS_YML, en, str, f"terms.{zh}")
    return {str(zh): en for zh, en in table.items()}


@lru_cache(maxsize=1)
def _term_pattern() -> re.Pattern[str] | None:
    words = sorted(terms(), key=len, reverse=True)  # longest first: the alternation takes the first that fits
    if not words:
        return None
    # The lookahead on first characters lets the scan skip most positions without trying every term.
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:{'|'.join(map(re.escape, words))})")


def term_spans(text: str) -> list[tuple[int, int]]:
    """Spans of known terms in ``text``, left to right, longest at each position."""
    pattern = _term_pattern()
    return [m.span() for m in pattern.finditer(text)] if pattern and text else []


@lru_cache(maxsize=8192)  # subjects repeat (利润, 增加值…); a cache keeps extraction at its speed
def measure_of(subject: str | None) -> str | None:
    """The English measure of a subject: its known terms in order, each once (``杭州力争生产总值年均增长`` →
    ``GDP, average annual growth``); None when no term is known."""
    found: list[str] = []
    for start, end in term_spans(subject or ""):
        english = terms()[subject[start:end]]
        if english not in found:
            found.append(english)
    if not found:
        return None
    words = ", ".join(found)
    return words[0].upper() + words[1:]


def cut_at_word(phrase: str, cut: int) -> int:
    """``cut`` moved back to the start of the known term it falls inside (so ``…固定资产投资`` cut at 资
    keeps 固定资产投资); unchanged when it falls between words."""
    for start, end in term_spans(phrase):
        if start < cut < end:
            return start
    return cut
