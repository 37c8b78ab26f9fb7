"""Property tests: the extractor never raises and its offsets always point at its surfaces."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shangyu_analysis.extract.figures import extract_figures, iter_figures

# Characters that build numbers, units, qualifiers and the marks around them, in both widths and
# both scripts, so random strings often look like real figures (and near misses).
_ALPHABET = (
    "0123456789０１２３４５６７８９.．,，%％~～-—/:：+ \u3000\n"
    "〇零一二两兩三四五六七八九十百千万亿萬億点點第翻倍番增分之大个個家名条项年月日号"
    "元亿元美元平方米公顷成百分点個百分點以上内左右超过突破约近不足多余级连续全省位居前"
    "“”、。；（）GDP5Gabc上虞十三五"
)
_TEXT = st.one_of(st.text(alphabet=_ALPHABET, max_size=80), st.text(max_size=40))


def _check(frame, text):
    assert frame["figure_id"].is_unique
    assert list(frame["start"]) == sorted(frame["start"])
    for start, end, surface in zip(frame["start"], frame["end"], frame["surface"]):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == surface


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_never_raises_and_spans_match(text):
    frame = extract_figures(text)
    _check(frame, text)
    assert list(frame["figure_id"]) == [f"F{i:03d}" for i in range(1, len(frame) + 1)]
    assert frame["qualifier"].isin(["exact", "approx", "more_than", "at_least", "at_most", "range"]).all()


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_nonfigures_mode_never_raises_and_spans_match(text):
    frame = extract_figures(text, include_nonfigures=True)
    _check(frame, text)
    figures = extract_figures(text)
    assert list(frame.loc[frame["is_figure"], "start"]) == list(figures["start"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=6))
def test_chunked_extraction_keeps_offsets(lines):
    text = "\n".join(lines)
    frames = list(iter_figures(text, chunk_chars=50))
    for frame in frames:
        _check(frame, text)
