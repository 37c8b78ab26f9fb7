"""Dispatch a candidate match to its family's rules; the small families are classified here.

Families (named groups of :data:`figure_patterns.CANDIDATE`): quantities and ranks have their own
rules in :mod:`figure_rules`; dates, plan names, word multiples (翻番 = 2, 翻两番 = 4, 倍增 = 2),
百分之/千分之, fractions (三分之一, 1/3), structure ratios (3.7:45.4:50.9) and "the top N" (前十强,
跻身全国前十: a rank, at_most N) are handled below, as is a written minus sign (:func:`take_sign`).
"""

from __future__ import annotations

import math
import re

from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate, reject
from shangyu_analysis.extract.context import clause_before
from shangyu_analysis.extract.ranks import classify_rank
from shangyu_analysis.extract.rules import classify_qty
from shangyu_analysis.schema import FigureKind, Qualifier, RejectReason
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.numerals import chinese_integer, chinese_number

MINUS_SIGNS = frozenset("-−")
# Kinds a negative number makes sense for (growth rates, balances); counts and ranks are never negative.
SIGNED_KINDS = frozenset(
    {FigureKind.PERCENT, FigureKind.PERCENTAGE_POINT, FigureKind.MONEY, FigureKind.OTHER, FigureKind.INDEX}
)
# The label of a figure or table in a caption (图1:, 表 2：, 附图3:) right before a number and its colon.
_CAPTION_BEFORE = re.compile(r"(?:图|圖|(?<![代发發])表)[ \t]*$")  # not 代表3:2 (represents)
_WORD_MULTIPLES = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4}


def classify(m: re.Match[str], text: str, mt: str) -> Candidate:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """Classify one match of the master pattern (see the module docstring)."""
    family, start, end = m.lastgroup, m.start(), m.end()
    if family == "qty":
        return classify_qty(m, text, mt)
    if family == "rank":
        return classify_rank(m, mt)
    if family == "dateid":
        return reject(start, end, RejectReason.DATE)
    if family == "plan":
        return reject(start, end, RejectReason.PLAN_PERIOD)
    if family == "top":
        return _top(m, mt)
    cand = Candidate(start, end)
    if family == "first":
        if not fp.RANK_CONTEXT.search(to_simplified(clause_before(mt, start, 30))):
            return reject(start, end, RejectReason.IDIOM)  # 放在首位, 摆在首位: first in importance
        cand.value, cand.unit, cand.kind, cand.base_unit = 1.0, "rank", FigureKind.RANK, "rank"
    elif family == "half":
        if not (
            fp.HALF_BEFORE.search(to_simplified(mt[max(0, start - 5) : start]))
            or mt.startswith(("以上", "左右", "以下"), end)
        ):
            return reject(start, end, RejectReason.IDIOM)  # 另一半, 一半是海水
        cand.value, cand.unit, cand.kind, cand.base_unit = 0.5, "ratio", FigureKind.RATIO, "ratio"
    elif family == "mult":
        if m.group("mult") == "倍增":
            if mt[start - 1 : start] == "成":
                return reject(start, end, RejectReason.IDIOM)  # 成倍增长: many-fold, not exactly two
            if fp.SPIRIT_AFTER.match(to_simplified(mt[end : end + 2])):
                return reject(start, end, RejectReason.IDIOM)  # 倍感振奋、倍增干劲: 倍 as "all the more", no multiple
            if fp.PROGRAMME_AFTER.match(to_simplified(mt[end : end + 2])):
                return reject(start, end, RejectReason.LABEL)  # 工业倍增行动: the name of a programme
            cand.value = 2.0
        else:
            n = m.group("m_n") or "一"
            cand.value = 2.0 ** (int(n) if n.isdigit() else _WORD_MULTIPLES[n])
            cand.approx_inside = mt[end : end + 1] in "多余"  # 翻了一番多: more than doubled, roughly
        cand.unit, cand.kind, cand.base_unit = "倍", FigureKind.MULTIPLE, "times"
    elif family == "pct":
        raw = m.group("p_num")
        value = float(raw) if raw[0].isdigit() else chinese_number(to_simplified(raw))
        if value is None:
            return reject(start, end, RejectReason.IDIOM)
        per_mille = m.group("p_kind") == "千"
        cand.value, cand.unit, cand.kind, cand.base_unit = value, "‰" if per_mille else "%", FigureKind.PERCENT, "%"
        cand.factor = 0.1 if per_mille else 1.0
    elif family == "frac":
        numerator: float | None
        denominator: float | None
        if m.group("f_a") is not None:
            numerator, denominator = float(m.group("f_a")), float(m.group("f_b"))
        else:
            denominator = chinese_integer(to_simplified(m.group("f_den")))
            numerator = chinese_number(to_simplified(m.group("f_num")))
        if not denominator or numerator is None or numerator > denominator:
            return reject(start, end, RejectReason.LABEL)
        cand.value, cand.unit, cand.kind, cand.base_unit = numerator / denominator, "ratio", FigureKind.RATIO, "ratio"
    else:  # struct
        parts = [p.strip() for p in re.split("[:∶：︰]", mt[start:end])]
        if (
            len(parts) in (2, 3)
            and "." not in mt[start:end]
            and all(len(p) == 2 for p in parts[1:])
            and int(parts[0]) <= 24
            and all(int(p) < 60 for p in parts[1:])
        ):
            return reject(start, end, RejectReason.DATE)  # 8:30, 09:30:15: a time of day
        if _CAPTION_BEFORE.search(mt, max(0, start - 3), start):
            return reject(start, end, RejectReason.LABEL)  # 图1:2011-2015年…: a figure or table number, then its title
        cand.value, cand.unit, cand.kind, cand.base_unit = float(parts[0]), "ratio", FigureKind.RATIO, "ratio"
    return cand


def take_sign(cand: Candidate, mt: str, previous_end: int) -> None:
    """Take a minus sign into a figure (增速为-3.2%), unless it joins two things (6.5%-7%, S-1)."""
    before = mt[cand.start - 2 : cand.start - 1]
    joins = (before.isascii() and before.isalnum()) or before in fp.CN_NUMERAL_CHARS if before else False
    if previous_end == cand.start - 1 or joins:
        return  # a range mark after a figure, or a hyphen in a name (S-1, 1-3)
    if math.isnan(cand.value_high) and cand.kind in SIGNED_KINDS:
        cand.start -= 1
        cand.value = -cand.value


def _top(m: re.Match[str], mt: str) -> Candidate:
    """前十强, 前10名, 跻身全国前十: a rank bound (at_most N); 前 itself is not in the surface.

    With 强/名/位 it is always a ranking; a bare 前十 only after a ranking word (全国, 跻身, 位居…)
    or a verb of entering one (进入前三十).
    """
    start, end, raw = m.start("t_num"), m.end(), m.group("t_num")
    value = float(raw) if raw[0].isdigit() else chinese_integer(to_simplified(raw))
    if value is None or value == 0:
        return reject(start, end, RejectReason.IDIOM)
    before = to_simplified(clause_before(mt, m.start(), 30))
    ranked = fp.RANK_CONTEXT.search(before) or fp.TOP_CONTEXT.search(before)
    if m.group("t_suffix") is None and not ranked:
        return reject(start, end, RejectReason.ORDINAL)
    return Candidate(
        start, end, value=value, unit="rank", kind=FigureKind.RANK, base_unit="rank", bound=Qualifier.AT_MOST
    )


# Numerals that never reach the candidate pattern, listed only when non-figures are asked for:
# enumeration markers (一、 at a line start, 一是, 二要) and common idioms with a numeral.
_EXTRA_NONFIGURES = re.compile(
    r"(?P<enumeration>(?:(?<=\n)|^)[ \t\u3000]*[一二三四五六七八九十]+、|[一二三四五六七八九十](?=是|要|则)"
    r"|[(（][一二三四五六七八九十]+[)）])"
    r"|(?P<idiom>一(?:批|体化|系列|些|段|道|同|直|线|流|举|致|般|旦|律|切|样)|之一|新一轮|关键一招|零的突破|"
    r"首[个家位次批]|双(?:轮驱动|管齐下|向发力|循环|碳)|两翼齐飞|三方联动|一二三产)",
    re.M,
)


def extra_nonfigures(mt: str) -> list[Candidate]:
    """Enumeration markers and numeral idioms as rejected candidates (for listings only)."""
    found = []
    for m in _EXTRA_NONFIGURES.finditer(mt):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        found.append(reject(start, m.end(), m.lastgroup))  # type: ignore[arg-type]  # every alternative is a named group
    return found
