"""The qualifier of a figure: exact, approx, more_than, at_least, at_most or range.

Words before the number (超, 突破, 约, 近, 不足…) and after it (以上, 以内, 左右, 级…) are read
from the folded text next to the figure. Precedence, most specific first: a range; an explicit
bound after the number (以上, 以内, 左右); a word before the number; an implicit threshold after
it (级, 俱乐部, 门槛); 多/余 inside the number; a bare magnitude (千亿规模). Modality (预计, 力争)
and 达 are not qualifiers, as the corpus conventions say.
"""

from __future__ import annotations

import math

from .figure_rules import Candidate
from .numerals import PREFIX_QUALIFIER_WORDS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS
from .textnorm import to_simplified

_EXPLICIT_SUFFIXES = ("及以上", "以上", "以内", "以下", "之内", "左右", "上下", "开外")
_IMPLICIT_SUFFIXES = ("级", "俱乐部", "门槛")
# A one-character qualifier that is really the end of another word: 节约, 最近, 赶超, 打破.
_PREFIX_BLOCKERS = {"约": "节制契预简合公条签", "近": "最附将接靠亲", "超": "赶",
                    "破": "打攻击", "逾": "", "多于": ""}
_NOT_AFTER_SUFFIX = {"上下": "游级文", "以下": "简称"}


def qualifier_of(cand: Candidate, mt: str) -> str:
    """Qualifier of an accepted figure, read around ``mt[cand.start:cand.end]``."""
    if not math.isnan(cand.value_high):
        return "range"
    after = to_simplified(mt[cand.end:cand.end + 4].lstrip(" \t\n"))
    for word in _EXPLICIT_SUFFIXES:
        if after.startswith(word):
            following = after[len(word):len(word) + 1]
            if following and following in _NOT_AFTER_SUFFIX.get(word, ""):
                continue
            return SUFFIX_QUALIFIERS[word]
    before = to_simplified(mt[max(0, cand.start - 4):cand.start].rstrip(" \t\n"))
    for word in PREFIX_QUALIFIER_WORDS:
        if before.endswith(word):
            blocker = before[-len(word) - 1:-len(word)] if len(before) > len(word) else ""
            if blocker and blocker in _PREFIX_BLOCKERS.get(word, ""):
                continue
            return PREFIX_QUALIFIERS[word]
    for word in _IMPLICIT_SUFFIXES:
        if after.startswith(word):
            return SUFFIX_QUALIFIERS[word]
    if cand.approx_inside or cand.magnitude:
        return "approx"
    return "exact"
