"""Control signals of the extractor are a field of their own (Candidate.retry), never a reject reason (issue #23)."""

from __future__ import annotations

import pytest

from shangyu_analysis import config
from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Retry
from shangyu_analysis.extract.families import classify
from shangyu_analysis.extract.figures import scan
from shangyu_analysis.schema import RejectReason
from shangyu_analysis.text.normalise import fold_width


@pytest.mark.parametrize(
    ("text", "retry"),
    [
        ("城乡收入倍差由2.37到1.94", Retry.DOWNWARD_RANGE),  # two numbers, not a range
        ("工业增长11\n2.5万家企业", Retry.UNWRAPPED_BREAK),  # a line break on a short line: two things
    ],
)
def test_the_first_match_asks_to_be_matched_again_and_rejects_nothing(text, retry):
    mt = fold_width(text)
    start = next(i for i, ch in enumerate(mt) if ch.isdigit())
    m = fp.CANDIDATE.match(mt, start)
    assert m is not None
    cand = classify(m, text, mt)
    assert (cand.retry, cand.reason) == (retry, None)


def test_scan_resolves_every_retry_and_reasons_are_reject_reasons_only():
    paths = [*sorted((config.DATA_DIR / "corpus").glob("*.txt"))[:60], config.SEED_ARTICLE]
    reasons = set(RejectReason.values())
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for cand in scan(text, fold_width(text)):
            assert cand.retry is None, (path, cand)
            assert cand.reason is None or cand.reason in reasons, (path, cand)


def test_two_numbers_of_a_decline_are_two_figures():
    text = "城乡收入倍差由2.37到1.94。"
    found = [c for c in scan(text, fold_width(text)) if c.reason is None]
    assert [c.value for c in found] == [2.37, 1.94]
