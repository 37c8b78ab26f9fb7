"""Ranks (第N位, 第三至第七位, 排第N): a rank figure, or an ordinal that is not one.

连续第N年 (个月, 个季度) is a streak, in 年 (个月, 个季度). Otherwise 第N is a rank only with 位/名, a ranking word nearby
(全省, 位居, 排名…), a title of size after it (江苏省第一人口大县) or a classifier (第一个大扩容年, 第一座…城市: the order
of reaching a threshold; not 第一个百年, a period), and not after a comparative
(高出第二名 names whom the subject is compared with); 第N before 批/届/次… is an ordinal.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate, reject, unit_fields
from shangyu_analysis.extract.context import QUOTE_OPENING, QUOTE_REACH, clause_before, in_quotes
from shangyu_analysis.schema import FigureKind, RejectReason
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.numerals import chinese_integer

_STREAK_UNIT = re.compile(r"年|个月|个季度|天")
# 位居全国百强县投资潜力第3、新型城镇化质量第4、…绿色发展第5、科技创新第6: later ranks of a 、-list of ranks share the
# ranking word before the first one, however long the list.
_RANK_LIST_BEFORE = re.compile(r"(?:第[0-9零〇一二两三四五六七八九十百]{1,3}[名位]?、[^，。；：,;:、第\s]{1,14})+$")
_RANK_LIST_WINDOW = 160
# 第一、二、三产业, 第一和第二批: the later members of a list of ordinals after the first (data/corpus part Q fq1_04).
_ORDINAL_LIST_AFTER = re.compile(r"(?:[、和]第?[一二三四五六七八九十])+")
# 把人民生命安全和身体健康放在第一位, 摆在首位: putting something first is a priority, an idiom, not a rank.
_PRIORITY_BEFORE = re.compile(r"(?:放|摆|擺|置)(?:在|到|于|於)$")


# 强调,首先第一个是要…, 。第二个是…: 第N个是 opening a clause (or after 首先/其次) numbers the points of a speech.
_OPENS_A_POINT = re.compile(r"(?:^|[，,。；;：:\n]|首先|其次)$")


def _ranked_context(mt: str, start: int) -> bool:
    """Whether a ranking word precedes ``start`` in its clause, or before the first rank of a list it ends."""
    if fp.RANK_CONTEXT.search(to_simplified(clause_before(mt, start, 30))):
        return True
    window_start = max(0, start - _RANK_LIST_WINDOW)
    listed = _RANK_LIST_BEFORE.search(mt, window_start, start)
    return bool(listed) and bool(fp.RANK_CONTEXT.search(to_simplified(clause_before(mt, listed.start(), 30))))  # type: ignore[union-attr]  # bool(listed) first


def _in_quoted_slogan(mt: str, start: int, end: int) -> bool:
    """顺利实现“两个全球第一”: a rank inside a short quoted slogan that opens with a Chinese count is part of the
    name (data/corpus part P fp1_11), as the count itself is (extract/context.quoted_label)."""
    quoted = in_quotes(mt, start, end)
    return quoted is not None and len(quoted) <= 12 and fp.QUOTED_COUNT_LABEL.match(to_simplified(quoted)) is not None


def _not_a_rank(mt: str, start: int, end: int, suffix: str | None, after: str) -> str | None:
    """Why 第N is no rank whatever the ranking words around it: a slogan, a comparison, a priority, an ordinal of
    events or editions, a point of a speech; None otherwise."""
    if QUOTE_OPENING.search(mt, max(0, start - QUOTE_REACH), start) and _in_quoted_slogan(mt, start, end):
        return RejectReason.LABEL
    if fp.COMPARED_BEFORE.search(to_simplified(mt[max(0, start - 6) : start])):
        return RejectReason.COMPARISON
    if _PRIORITY_BEFORE.search(mt, max(0, start - 2), start):
        return RejectReason.IDIOM
    if fp.ORDINAL_NEXT.match(after) and suffix not in ("位", "名"):
        return RejectReason.ORDINAL
    if (
        after[:1] in ("、", "和")
        and (listed := _ORDINAL_LIST_AFTER.match(to_simplified(mt[end : end + 12])))
        and fp.ORDINAL_NEXT.match(to_simplified(mt[end + listed.end() : end + listed.end() + 3]))
    ):
        return RejectReason.ORDINAL  # 全省第一、二、三产业增加值, 第一、二批: the first of a list of ordinals
    if suffix in ("个", "個") and after.startswith("是") and _OPENS_A_POINT.search(mt, max(0, start - 2), start):
        return RejectReason.ENUMERATION  # 首先第一个是要加快…: the first point, as 一是 (fk2_12)
    return None


def classify_rank(m: re.Match[str], mt: str) -> Candidate:
    start, end = m.start(), m.end()
    values = []
    for group in ("r_num", "r_num2"):
        raw = m.group(group)
        if raw is None:
            continue
        value = float(raw) if raw[0].isdigit() else chinese_integer(to_simplified(raw))
        if value is None:
            return reject(start, end, RejectReason.IDIOM)
        values.append(value)
    suffix = m.group("r_suffix")
    after = to_simplified(mt[end : end + 3])
    lead = "个" if suffix in ("个", "個") else ""  # 第四个季度: the pattern took 个 as a rank suffix
    if (streak := _STREAK_UNIT.match(lead + after)) and mt[max(0, start - 2) : start] in ("连续", "連續"):
        # 连续第5年, 连续第四个季度: the length of a streak, in its unit
        cand = Candidate(start, end - len(lead) + streak.end(), value=values[0])
        unit_fields(cand, "", streak.group(0))
        return cand
    if reason := _not_a_rank(mt, start, end, suffix, after):
        return reject(start, end, reason)
    ordered = suffix in fp.ORDINAL_CLASSIFIERS and not fp.ORDINAL_TIME_NEXT.match(after)
    if (
        suffix not in ("位", "名", "城", "强", "大")
        and not ordered
        and not (_ranked_context(mt, start) or fp.RANK_TITLE_AFTER.match(to_simplified(mt[end : end + 9])))
    ):
        return reject(start, end, RejectReason.ORDINAL)
    cand = Candidate(start, end, value=values[0], unit="rank", kind=FigureKind.RANK, base_unit="rank")
    if len(values) == 2:
        cand.value_high = values[1]
    return cand
