"""A Chinese numeral and a measure word that open an administrative name are the name, not a count (round 9 of the
figure grammar): 九台市 and 二道区 (长春, data/corpus part V fv2_09) read as 九台 (nine machines) and 二道 (two
courses) without it. (A count that refers back to the list before it, figure ruling 6, is
:func:`~shangyu_analysis.extract.context.counts_listed_before`.) Looks at the one character after the count."""

from __future__ import annotations

# 九台市, 二道区, 七台河 is not (河 is no suffix): the suffixes of an administrative name.
_ADMIN_SUFFIXES = frozenset("市区區县縣旗镇鎮乡鄉")
# Measure words that do count cities and counties (三个市, 两座县城, 五市县, 三地市): these keep the count.
_COUNTING_MEASURES = (
    frozenset({"个", "個", "座", "大", "类", "類", "级", "級", "批", "地", "州", "盟"}) | _ADMIN_SUFFIXES
)


def names_a_place(mt: str, end: int, numeral: str, base: str) -> bool:
    """True for 九台市, 二道区: a Chinese numeral and a measure word that open an administrative name (not 四成县: the
    caller passes counts only)."""
    return bool(numeral) and len(base) == 1 and base not in _COUNTING_MEASURES and mt[end : end + 1] in _ADMIN_SUFFIXES
