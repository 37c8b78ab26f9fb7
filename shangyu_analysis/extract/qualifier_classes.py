"""Qualifier round 33: class amounts and bounds the main cascade of :mod:`qualifiers` does not reach.

Each rule reads a bounded window (≤ 24 characters) next to the figure after a one-character test, and returns a
qualifier or None (then the cascade goes on). Called from :func:`qualifiers.qualifier_of` before its last fallbacks.
"""

from __future__ import annotations

import math
import re

from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.schema import FigureKind, Qualifier
from shangyu_analysis.text.normalise import to_simplified

# The last character of a verb or noun that states one amount (总投资, 达, 为, 计, 共, 额, 值): then the amount is
# a value (总投资616億元項目落戶: fad2_04 exact), not a class.
# After 或 the amount is the second of a pair the word before the first one bounds (总投资1亿元或1亿美元产业项目: the
# cascade's alternative reading), not a class of its own.
_STATED_BEFORE = frozenset("资資达達为為计計共额額值或者")
# 其中20亿元项目2个、50亿元项目2个 (fag2_02), 每个5亿元项目都由一位市级领导包保 (fac2_07), 两个2000亿元产业
# (fy1_09): a round amount of money written right before a class noun names the class by its entry threshold,
# at_least like 亿元以上项目 (SOURCES.md: "plain 亿元项目 read the same way", fag2_02 implicit thresholds).
_CLASS_NOUN_AFTER = re.compile(r"(?:项目|項目|产业|產業|企业|企業)")
# 吉林市举行冬季百亿重大项目签约活动, 百亿重大招商项目 (fac2_05): a bare magnitude, then 重大/重点 and at most two
# characters before the class noun: the class of projects named by its threshold (at_least, like 百亿企业).
_KEY_CLASS_AFTER = re.compile(r"(?:重大|重点|重點)[\u4e00-\u9fff]{0,2}?(?:项目|項目|产业|產業|企业|企業)")
# 全区50萬(wàn)元以上项目 (fv1_06): the pinyin reading and the rest of the unit stand between the number and its
# bound; the bound still governs it.
_GLOSS_THEN_BOUND = re.compile(
    r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）][元圓]?(?P<bound>及以上|以上|以下|以内|以內)"
)
_BOUNDS = {"及以上": Qualifier.AT_LEAST, "以上": Qualifier.AT_LEAST, "以下": Qualifier.AT_MOST}
# 全力以赴沖千億 (fz2_11): 冲 alone before a bare magnitude is the target to reach, at_least (as 官宣万亿, 迈入百亿);
# 冲破/冲过/冲上 are the grammar's verbs and are read before this rule.
_AIM_BEFORE = frozenset("冲沖")
# 完成投資2282.77億元,是全年目標任務的六成多 (fag1_07): 多 right after a share in 成 makes it approximate, as 多 inside
# a number does (六成多 → 0.6, approx).
_MORE_AFTER = frozenset("多")
_MAGNITUDE_ENDS = frozenset("十百千万亿萬億")
# 其经济总量跟重庆市约相差11亿元 (faa1_10): 约 before a verb of difference right before the amount makes the gap
# approximate (the grammar's scope words hold verbs of having and reaching, not 相差).
_APPROX_GAP_BEFORE = ("约相差", "約相差")
# 约占全省经济总量的10.2%和全市经济总量的28.3% (fap1_03): 约占 governs every share its clause joins with 和/及/、
# (…的X%和…的Y%), as a crossing verb over a list does; the window stops at the clause's punctuation (≤ 40 chars).
# 投资5亿元以上至10亿元的项目47个 (fan2_07): a size band whose lower end carries 以上 and whose upper end follows 至/到;
# the upper end bounds the band from above (at_most), as 以内 would.
_BAND_UPPER_BEFORE = ("以上至", "以上到")
_APPROX_SHARE_VERBS = ("约占", "約占", "約佔")
_SHARE_JOINED = re.compile(r"%[和及、与與]")
_CLAUSE_STOPS = "，,。；;：:！!？?\n"


def _round(value: float) -> bool:
    return math.isfinite(value) and value > 0 and value.is_integer() and len(f"{value:.0f}".rstrip("0")) == 1


def class_qualifier(cand: Candidate, mt: str) -> str | None:
    """The qualifier of the round-33 shapes at ``mt[cand.start:cand.end]``, or None."""
    end = cand.end
    following = mt[end : end + 1]
    if following in ("(", "（") and (m := _GLOSS_THEN_BOUND.match(mt, end)):
        word = to_simplified(m.group("bound"))
        return _BOUNDS.get(word, Qualifier.AT_MOST)
    if (
        cand.kind == FigureKind.MONEY
        and mt[end - 1 : end] in ("元", "圓")
        and _round(cand.value)
        and _CLASS_NOUN_AFTER.match(mt, end)
        and mt[cand.start - 1 : cand.start] not in _STATED_BEFORE
    ):
        return Qualifier.AT_LEAST
    if cand.magnitude and mt[end - 1 : end] in _MAGNITUDE_ENDS:
        if following == "重" and _KEY_CLASS_AFTER.match(mt, end):
            return Qualifier.AT_LEAST
        if mt[cand.start - 1 : cand.start] in _AIM_BEFORE:
            return Qualifier.AT_LEAST
    if mt[cand.start - 1 : cand.start] == "差" and mt[max(0, cand.start - 3) : cand.start] in _APPROX_GAP_BEFORE:
        return Qualifier.APPROX
    if (round39 := _band_or_pair_qualifier(cand, mt)) is not None:
        return round39
    if cand.unit == "成" and following in _MORE_AFTER and not cand.approx_inside:
        return Qualifier.APPROX
    return None


def _band_or_pair_qualifier(cand: Candidate, mt: str) -> str | None:
    """Round 39: the upper end of a 以上至 band (at_most), or the second share of a 约占 pair (approx)."""
    before = mt[cand.start - 1 : cand.start]
    if before == "的" and mt[cand.end - 1 : cand.end] == "%":
        return _shared_share_verb(cand, mt)
    if before and before in "至到" and mt[max(0, cand.start - 3) : cand.start] in _BAND_UPPER_BEFORE:
        return Qualifier.AT_MOST
    return None


def _shared_share_verb(cand: Candidate, mt: str) -> str | None:
    """APPROX when a 约占 earlier in the clause governs this second share of a 和-joined pair (fap1_03)."""
    lo = max(0, cand.start - 40)
    for i in range(cand.start - 1, lo - 1, -1):
        if mt[i] in _CLAUSE_STOPS:
            lo = i + 1
            break
    window = mt[lo : cand.start]
    at = max(window.rfind(v) for v in _APPROX_SHARE_VERBS)
    if at < 0 or not _SHARE_JOINED.search(window, at):
        return None
    return Qualifier.APPROX
