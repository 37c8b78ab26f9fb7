"""Classify one candidate match of :data:`figure_patterns.CANDIDATE`: figure or not, and why.

:func:`classify_qty` (a number with optional range, scale and unit; ranks 第N… are in
:mod:`~shangyu_analysis.extract.ranks`) returns a :class:`~shangyu_analysis.extract.candidate.Candidate`: a figure (``reason is None``) with value, unit and kind, or a
rejected numeral with its :class:`~shangyu_analysis.schema.RejectReason`. Qualifiers are added afterwards (``qualifiers.py``).

The rules, in words: a unit or measure word makes a number a figure; 年 only after 连续 (else a year or
a framing duration); 第N only with 位/名 or a ranking word nearby (全省, 位居, 排名…), and not after a
comparative (高出第二名 names whom the subject is compared with); 一 + measure word is the article "a"; a
Chinese-numeral count inside a short quotation is a name (“五个跃升”), and so is N项规定 right after its
issuer (中央八项规定); a lone magnitude (万, 千亿) needs a measuring word or a threshold around it; N大 that
sums up the 、-list right before it is not a separate figure; N分钟/N小时 naming a …圈 is a label
(15分钟生活圈); a lone 零 is a word (零部件); 1亿2000万元 and 一亿两千万元 count in their last scale (12000万元); a bare
number is a ratio after a noun in 比 with a verb of change (收入比缩小到1.61) or in a change clause of a
ratio sentence (倍差为1.81，比上年缩小0.04); a line break inside digits is a PDF wrap only at the end of a
long line. The numbers are read in :mod:`~shangyu_analysis.extract.rules_numbers`, the rules of Chinese numerals
are in :mod:`~shangyu_analysis.extract.rules_chinese`.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract import grammar
from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.bare import bare_number
from shangyu_analysis.extract.candidate import Candidate, reject, unit_fields
from shangyu_analysis.extract.context import (
    QUOTE_REACH,
    counted_with_da,
    counts_listed_before,
    in_quotes,
    names_rule_set,
    quoted_label,
    sentence_before,
    straight_quoted,
    tenths_after,
)
from shangyu_analysis.extract.numeral_names import names_a_place
from shangyu_analysis.extract.rules_chinese import MAGNITUDE_VERB, chinese_reason
from shangyu_analysis.extract.rules_numbers import read_quantity
from shangyu_analysis.schema import FigureKind, Qualifier, RejectReason
from shangyu_analysis.text.normalise import fold_names, to_simplified
from shangyu_analysis.text.numerals import (
    BASE_UNITS,
    SCALES,
)

# A demonstrative right before a count refers back to things already counted (这两大支撑, 上述5家企业).
# 华凯矿业公司、…、供电公司等6家企业实现…: a count in digits after 等 gives the total of a list that may be longer
# (the conventions read counts referring back as non-figures only in words; in digits they are borderline).
_TOTAL_AFTER_ETC = re.compile(r"[等][0-9]")
_REFERS_BACK = re.compile(r"(?:[这那此這]|上述|前述|这些|這些)$")
# 今年前7个月, 前两个月, 前三个季度: the first N months or quarters, a relative period (the conventions' 前三季度), not a duration;
# 提前3个月, 此前3个月, 之前, 目前 are other words.
_FIRST_MONTHS = re.compile(r"(?<![目此提之以当當事眼空超向往从從])前[ \t]*$")
# 考核六连优, 三连冠, 粮食二十一连丰: N results in a row of an annual assessment, ranking or harvest, a streak in 年
# (the conventions' 连续5年; data/corpus part I fi1_04 实现山区26县考核六连优 → 6 年, part P fp1_09 实现“二十一連豐”
# → 21 年). Not 连增/连涨: their period (month, quarter) is not said.
_YEARS_COUNTED = frozenset({"年", "连优", "连冠", "连丰", "连豐"})
# 虽然才成立8年 (data/corpus part K fk1_11): the age of a body since it was set up, a duration; 成立10年来 frames.
_AGE_BEFORE = re.compile(r"(?:成立|设立|設立|组建|組建|创建|創建|创立|創立)了?(?:才|仅|僅|已|刚|剛)?$")
_SINCE_AFTER = re.compile(r"[来來]|以[来來]|之[际際]|[间間]")
# 用3年时间迈上一个万亿元台阶 (fam1_07), 计划用3-5年时间完成 (fan1_04), 计划3年建成 (fan1_02): the time a task takes
# (用 or 计划 before, 时间 or a verb of finishing right after), a duration; 计划用3年左右的时间 (b06) stays relative.
_TAKES_BEFORE = re.compile(r"(?:[用]|[计計][划劃]用?)$")
_TAKES_AFTER = re.compile(r"[时時][间間]|建成|完成|建设|建設")
# 短短10天, 短短三年间,: a short span opening its clause frames what follows, like 十年来 (data/corpus part L fl1_13).
_FRAMING_SPAN = re.compile(r"短短")
_FRAMING_SPAN_AFTER = re.compile(r"(?:时间|時間|里|裡|间|間|内|內)?[,，]")


def _framing_span(mt: str, start: int, end: int) -> bool:
    return bool(_FRAMING_SPAN.fullmatch(mt, max(0, start - 2), start) and _FRAMING_SPAN_AFTER.match(mt, end))


_CLOCK_BEFORE = re.compile(r"[0-9零〇一二两三四五六七八九十]+[时時点點]$")
# G2190次列车, K1234次, G60科创走廊: digits right after one capital Latin letter (not the end of a word like GDP) are a
# code (a train, a road), not an amount.
# 每15家规上企业就有1家: the rest of a one-in-N clause after its count (no punctuation before 有 and a number).
_ONE_IN_N_AFTER = re.compile(r"[^，。；：,;:\s0-9]{0,10}?就?有[0-9一两二三四五六七八九十]")
_CODE_LETTER = re.compile(r"(?<![A-Za-z])[A-Z]$")
# 喜迎护航十九大, 学习贯彻十九大为动力: N大 after a verb of welcoming or studying is a party congress (十一大…二十九大),
# an ordinal of a meeting; the congress words after it (以来, 精神, 报告…) are read in extract/context.py.
_CONGRESS_VERB_BEFORE = re.compile(r"(?:学习|贯彻|落实|喜迎|迎接|护航|献礼|宣传|宣讲|召开|胜利召开)$")


def classify_qty(m: re.Match[str], text: str, mt: str) -> Candidate:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """A quantity match (number + scale + unit) as a figure, or rejected with a reason from its context."""
    quantity = read_quantity(m, mt)
    if isinstance(quantity, Candidate):
        return quantity
    cand, arabic, numeral, scale_word, base = quantity
    start, end = cand.start, cand.end
    after = to_simplified(mt[end : end + 8])  # long enough for a modifier and a threshold noun (历史性的大关)
    if not base and not scale_word:
        return bare_number(cand, arabic, text, mt, after)
    if names_rule_set(mt, start, end, base) or (
        arabic is not None and _CODE_LETTER.search(mt, max(0, start - 2), start)
    ):
        return reject(start, end, RejectReason.LABEL)  # 中央八项规定; G2190次列车 (a train number)
    if mt[start - 1 : start] == "每" and not _one_in_n(cand, base, mt):
        return reject(start, end, RejectReason.DENOMINATOR)  # 每10万人口, 每百户: the base of a rate
    base_kind = BASE_UNITS.get(base, ("",))[0]  # base is fixed until the unit is completed below
    if base_kind == FigureKind.COUNT and not scale_word:  # a count in its unit alone (3家, 三大, not 3万家)
        if _REFERS_BACK.search(mt, max(0, start - 2), start):
            return reject(
                start, end, RejectReason.ENUMERATION
            )  # 这三大产业, 上述5家: counted before, referred to again
        if not _TOTAL_AFTER_ETC.match(mt, start - 1) and counts_listed_before(mt, start, cand.value, end):
            return reject(
                start, end, RejectReason.ENUMERATION
            )  # 深圳、天津、苏州、重庆四座城市; 甲、乙和丙三个: the list just given
        if names_a_place(mt, end, numeral, base):
            return reject(start, end, RejectReason.LABEL)  # 九台市, 二道区 (fv2_09): a name, not a count
    if base in ("个月", "个季度") and _FIRST_MONTHS.search(mt, max(0, start - 3), start):
        return reject(start, end, RejectReason.DATE)  # 前7个月, 前三个季度: a relative period
    if base == "分" and _CLOCK_BEFORE.search(mt, max(0, start - 4), start):
        return reject(start, end, RejectReason.DATE)  # 9时30分: a time of day
    if base in _YEARS_COUNTED:
        return _years(cand, arabic, numeral, mt, base)
    if base_kind == FigureKind.DURATION and _framing_span(mt, start, end):
        return reject(start, end, RejectReason.RELATIVE_TIME)  # 短短10天,重点项目增加8个: the span the clause frames
    if numeral:
        # a longer look ahead: a list of amounts before a class noun (万亿、一千亿、百亿企业)
        reason = chinese_reason(
            cand,
            numeral,
            base,
            scale_word,
            to_simplified(mt[end : end + 24]),
            to_simplified(mt[max(0, start - 5) : start]),
        )
        if reason:
            return reject(start, end, reason)
    quoted = (
        in_quotes(text, start, end)
        if "“" in (window := text[max(0, start - QUOTE_REACH) : start]) or "‘" in window  # QUOTE_OPENINGS
        else (straight_quoted(text, start, end) if numeral and mt.find('"', max(0, start - 3), start) >= 0 else None)
    )
    if (
        quoted is not None
        and (
            quoted_label(quoted, text[start:end], bool(numeral))
            or (base == "大" and numeral and quoted.startswith(text[start:end]) and quoted != text[start:end])
        )  # “六大工程”: a quoted name counted with 大 (its noun is no threshold, unlike “千亿县”)
    ) or (base in ("大", "条") and fp.SLOGAN_AFTER_COUNT.match(after)):  # 三大攻坚战, 守住三条底线
        return reject(start, end, RejectReason.LABEL)
    if base in ("分钟", "小时") and fp.TIME_CIRCLE.match(mt, end):
        return reject(start, end, RejectReason.LABEL)  # 15分钟生活圈, 1小时交通圈: a radius named by travel time
    if base in ("名", "位", "强") and mt[start - 1 : start] == "前":
        cand.unit, cand.kind, cand.base_unit, cand.bound = "rank", FigureKind.RANK, "rank", Qualifier.AT_MOST
        return cand
    if base == "大" and (reason := _congress(cand, mt) or counted_with_da(cand, mt, after)):
        return reject(start, end, reason)
    if not base:  # 2万亿 in a GDP sentence means 2万亿元
        base = _scale_without_unit(cand, mt, scale_word, after)
        if base != "元":
            return cand if base == "count" else reject(start, end, RejectReason.IDIOM)
    unit_fields(cand, scale_word, base)
    if base == "成" and numeral and (tenths := tenths_after(mt, cand.end)):
        cand.value, cand.end = cand.value + tenths / 10, cand.end + 1  # 二成五: 2.5成
    return cand


def _one_in_n(cand: Candidate, base: str, mt: str) -> bool:
    """平均每15家规上企业就有1家上市: a count after 每 that is not a round base (每10万人口, 每百户) and is followed in its
    clause by 有 and a number states "one in N", a figure (data/corpus part J fj1_04)."""
    round_base = cand.value == int(cand.value) and len(f"{cand.value:.0f}".rstrip("0")) == 1
    counted = BASE_UNITS.get(base, ("",))[0] == FigureKind.COUNT
    return counted and not round_base and bool(_ONE_IN_N_AFTER.match(mt, cand.end))


def _congress(cand: Candidate, mt: str) -> str | None:
    """ORDINAL for N大 after a verb of welcoming or studying (学习贯彻十九大): a party congress, else None."""
    if 11 <= cand.value <= 29 and _CONGRESS_VERB_BEFORE.search(to_simplified(mt[max(0, cand.start - 4) : cand.start])):
        return RejectReason.ORDINAL
    return None


def _scale_without_unit(cand: Candidate, mt: str, scale_word: str, after: str) -> str:
    """A scale with no unit (2万亿, 千亿规模, 人口超千万): "元" when it is money, "count" when a
    count (the candidate is completed here), "" when an idiom (成千上万, 万众一心, 千万不能)."""
    start = cand.start
    # A bare magnitude (万亿级, 千亿规模) in this kind of text is an amount of money.
    if (
        scale_word != "万"
        and (
            cand.magnitude
            or after[:1] in "级級"  # 五千亿级: a money class
            or fp.MONEY_CONTEXT.search(to_simplified(sentence_before(mt, start)))
            or grammar.names_threshold(fold_names(mt[cand.end : cand.end + 96]))  # “一千亿”城区
            or (
                scale_word != "万" and grammar.VERB_RIGHT_BEFORE.search(to_simplified(mt[max(0, start - 8) : start]))
            )  # 粤苏跨入 6 万亿: a GDP tier
            or (
                mt[start - 1 : start] in grammar.LIST_LAST_CHARS
                and grammar.VERB_OVER_LIST.search(to_simplified(mt[max(0, start - 48) : start]))
            )
        )
    ):  # 分别超过3000亿、4000亿: the list
        return "元"
    if cand.magnitude and not MAGNITUDE_VERB.search(to_simplified(mt[max(0, start - 5) : start])):
        return ""
    cand.unit, cand.scale, cand.kind, cand.base_unit = scale_word, SCALES[scale_word], FigureKind.COUNT, "count"
    return "count"


def _years(cand: Candidate, arabic: str | None, numeral: str, mt: str, base: str = "年") -> Candidate:
    """N年 is a year (2020年), a streak (连续21年) or a framing duration (十年来, 这五年); N连优 a streak in 年."""
    value = cand.value
    if base != "年":  # 考核六连优: six years running
        unit_fields(cand, "", "年")
        return cand
    if arabic is not None and "." not in arabic and 1000 <= value <= 2999:
        return reject(cand.start, cand.end, RejectReason.DATE)
    if numeral and len(numeral) == 4 and not any(ch in "十百千" for ch in numeral):
        return reject(cand.start, cand.end, RejectReason.DATE)  # 二〇二〇年
    if fp.STREAK_BEFORE.search(to_simplified(mt[max(0, cand.start - 24) : cand.start])) or (
        (mt[cand.start - 1 : cand.start] == "了" or _AGE_BEFORE.search(mt, max(0, cand.start - 4), cand.start))
        and not _SINCE_AFTER.match(mt, cand.end)
    ):  # 连续21年; 操持了17年; 虽然才成立8年: how long, not when (遭遇了41年来最强台风 frames, part R fr1_07)
        unit_fields(cand, "", "年")
        return cand
    if _TAKES_AFTER.match(mt, cand.end) and _TAKES_BEFORE.search(mt, max(0, cand.start - 3), cand.start):
        unit_fields(cand, "", "年")
        return cand
    return reject(cand.start, cand.end, RejectReason.RELATIVE_TIME)
