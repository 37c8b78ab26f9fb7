"""Length-preserving width folding and traditional-to-simplified mapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shangyu_analysis.text.normalise import fold_width, to_simplified


def test_fold_width_maps_full_width_ascii_and_ideographic_space():
    assert fold_width("１２．５％，ＧＤＰ\u3000增长") == "12.5%,GDP 增长"


def test_fold_width_leaves_other_characters():
    assert fold_width("上虞。“十四五”") == "上虞。“十四五”"


@given(st.text())
def test_fold_width_preserves_length(text):
    assert len(fold_width(text)) == len(text)


def test_to_simplified():
    assert to_simplified("12.5億元，3個百分點，1.2萬戶") == "12.5亿元，3个百分点，1.2万户"
    assert to_simplified("亿元") == "亿元"


@given(st.text())
def test_to_simplified_preserves_length(text):
    assert len(to_simplified(text)) == len(text)
