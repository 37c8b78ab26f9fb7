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
long line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from shangyu_analysis.extract import grammar
from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.bare import bare_number
from shangyu_analysis.extract.candidate import Candidate, Retry, match_again, reject, unit_fields
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
from shangyu_analysis.schema import FigureKind, Qualifier, RejectReason
from shangyu_analysis.text.normalise import fold_names, to_simplified
from shangyu_analysis.text.numerals import (
    BASE_UNITS,
    COUNT_WORDS,
    SCALES,
    chinese_number,
    is_magnitude_only,
    split_trailing_scale,
)

# Magnitude words that are figures by themselves (千亿规模, 万亿级); 千家万户 and 亿万 are not.
ALLOWED_MAGNITUDES = frozenset({"百", "千", "万", "亿", "万亿", "百万", "千万", "百亿", "千亿"})
# A lone magnitude (万, 千, 万亿) is a figure after a word that measures it: 近万家, 上千名,
# 数百亿元, 突破万亿元大关, 迈入万亿.
# The verbs of the threshold grammar (data/qualifier_grammar.yml) measure it too: 闯过千亿, 跻身万亿, 站稳万亿.
_MAGNITUDE_VERB = re.compile(
    rf"(?:[近上超逾数几约破过到入越足]|{'|'.join(sorted(grammar.GRAMMAR.verbs, key=len, reverse=True))})"
    r"[了过]?[“\"]?$"
)
SINGLE_SCALES = frozenset({"万", "亿", "万亿"})
_MEDALS = frozenset("金银铜")
# Measure words of vehicles and machines (cilin Dn08A25, Dn08A26, Dn08A34: 辆 台 架 艘 套), counted in a round magnitude
# (千辆重卡, 百台收获机); not before another magnitude (千台万户 is no count, as 千家万户).
_MACHINE_CLASSIFIERS = frozenset("辆輛台臺架艘套")
_CN_SCALE_CHARS = frozenset("百千万萬亿億")  # medal tallies (data/classifiers.yml)
_THRESHOLD_AFTER = ("以上", "以下", "级", "及以上", *grammar.NOUN_STARTS)
_WRAPPED_LINE_CHARS = 16  # a line break inside digits is a PDF wrap only at the end of a long line
_CHANGE_OR_BOUND = re.compile(r"[近约約超逾跌降增升涨漲]$")
# 均上升一名, 比上年多一個, 前移一位: 一 after a verb of change or a comparative is the size of the change, a figure
# (the conventions: rank changes in 位); elsewhere 一个 is the indefinite "a".
# 漳州和三明各有一個“十強”縣市 (part P fp2_07): one each, after the distributive 各, is a count too.
_ONE_CHANGED_BY = re.compile(
    r"(?:上升|下降|提升|提高|前移|后移|後移|前进|前進|后退|後退|增加|减少|減少|多|少)了?$|各有?$"
)
# A demonstrative right before a count refers back to things already counted (这两大支撑, 上述5家企业).
# 华凯矿业公司、…、供电公司等6家企业实现…: a count in digits after 等 gives the total of a list that may be longer
# (the conventions read counts referring back as non-figures only in words; in digits they are borderline).
_TOTAL_AFTER_ETC = re.compile(r"[等][0-9]")
_AGGREGATE_AFTER = re.compile(r"GDP|经济总量|总量|生产总值")  # what a bare 万亿/千亿 right before measures
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


def _number(arabic: str | None, chinese: str | None) -> tuple[float | None, str, str]:
    """(value, scale split off a Chinese numeral, simplified Chinese numeral or '')."""
    if arabic is not None:
        try:
            return float(arabic), "", ""  # most numbers are plain digits: float() takes them as they are
        except ValueError:  # 1,234 / 68 309 / 11⏎2.3 / 1·8 (the patterns' digits are ASCII: nothing else differs)
            return float("".join(arabic.replace(",", "").replace("·", ".").split())), "", ""
    numeral = to_simplified(chinese)  # type: ignore[arg-type]  # one of arabic, chinese is set
    head, scale = split_trailing_scale(numeral)
    if scale and ("万" in head or "亿" in head):  # 一亿两千万: the whole, counted in its last scale
        whole = chinese_number(numeral)
        return (None if whole is None else whole / SCALES[scale]), scale, numeral
    value = chinese_number(head) if head else 1.0
    return value, scale, numeral


# 三四 (位), 两三 (个), 七八 (成): neighbouring digits written together, a range from the first to the second.
_NEIGHBOUR_DIGITS = {a + b: n for n, (a, b) in enumerate(zip("一两三四五六七八", "二三四五六七八九"), start=1)}


# 指数十, 人数十万: 数 ending a noun (a count of…) before the number, not the vague "several".
_COUNTED_WITH_SHU = frozenset("指系人次总户个倍函分参基读岁")


# The groups of a quantity match, read in one call.
_QTY_GROUPS = (
    "q_arabic",
    "q_chinese",
    "q_more",
    "q_num2",
    "q_scale",
    "q_more2",
    "q_unit",
    "q_low",
    "q_scale1",
    "q_unit1",
)


class _Quantity(NamedTuple):
    """What the quantity pattern matched, read into numbers (before any context is consulted)."""

    cand: Candidate
    arabic: str | None
    numeral: str  # the simplified Chinese numeral, or ''
    scale_word: str  # 万, 亿… ('' when none)
    base: str  # the unit without its scale ('' when none)


def _read_quantity(m: re.Match[str], mt: str) -> _Quantity | Candidate:
    """Numbers, scale and unit of a quantity match; a rejected Candidate when they do not make one."""
    start = m.start()
    end = m.end()  # every optional part carries its own leading whitespace: no trailing blanks
    arabic, chinese, more, num2, scale_raw, more2, unit_raw, low, scale1, unit1 = m.group(*_QTY_GROUPS)
    if arabic is not None and ". " in arabic and mt[start - 1 : start] in ("", "\n", " ", "\t"):
        return match_again(start, end, Retry.UNWRAPPED_BREAK)  # 1. 2万家 at a line's start: an item number
    if arabic is not None and "\n" in arabic:
        line_end = start + arabic.index("\n")
        if (
            line_end - (mt.rfind("\n", 0, line_end) + 1) < _WRAPPED_LINE_CHARS or arabic.count(".") > 1
        ):  # 29.764⏎62.27: two numbers in table cells, not one wrapped
            return match_again(start, end, Retry.UNWRAPPED_BREAK)
    value, split_scale, numeral = _number(arabic, chinese)
    neighbours = _NEIGHBOUR_DIGITS.get(numeral) if value is None else None
    if neighbours:  # 分列三四位, 两三个: two neighbouring digits are a range (3-4)
        value = float(neighbours)
    elif value is None:
        return reject(start, end, RejectReason.IDIOM)
    scale_word = to_simplified(scale_raw) if scale_raw else split_scale
    if low is not None:  # 1亿2000万元: counted in the last scale, 12000万元
        value, scale_word = value * 1e4 + float(low), "万"
    base = "".join(to_simplified(unit_raw).split()) if unit_raw else ""  # 个百⏎分点: PDF wrap
    if scale1 is not None:  # 10万~20万元: the low end counted in the high end's scale
        if scale_raw is None or (unit1 is not None and to_simplified(unit1).removesuffix("项目") != base):
            return match_again(start, end, Retry.DOWNWARD_RANGE)  # not one range
        value = value * SCALES[to_simplified(scale1) or split_scale] / SCALES[scale_word]  # 亿元至5亿元: 亿 itself
    cand = Candidate(start, end, value=value)
    cand.approx_inside = bool(more or more2 or "多" in base)
    base = base.replace("多", "")  # 两个多月: approximate, in 个月
    if neighbours:
        cand.value_high = value + 1
    if num2 is not None:
        high = (
            1.0  # 5000万元至亿元: one of the scale that follows
            if not num2
            else float(num2.replace(",", ""))
            if num2[0].isdigit()
            else chinese_number(split_trailing_scale(to_simplified(num2))[0] or "一")
        )
        if high is None or high <= value:
            return match_again(start, end, Retry.DOWNWARD_RANGE)
        cand.value_high = high
    return _Quantity(cand, arabic, numeral, scale_word, base)


def classify_qty(m: re.Match[str], text: str, mt: str) -> Candidate:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """A quantity match (number + scale + unit) as a figure, or rejected with a reason from its context."""
    quantity = _read_quantity(m, mt)
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
        reason = _chinese_reason(
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
    if cand.magnitude and not _MAGNITUDE_VERB.search(to_simplified(mt[max(0, start - 5) : start])):
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
    return reject(cand.start, cand.end, RejectReason.RELATIVE_TIME)


def _word_in_words(base: str, numeral: str, after: str, before: str) -> str | None:
    """Why a Chinese numeral and its measure word make a term, an ordinal or a set phrase, or None."""
    if base == "期":
        return RejectReason.LABEL  # 二期工程, 三期: a phase; Arabic counts of sessions (13期) are kept
    if base == "次" and (numeral != "两" or after.startswith("产业")):
        # 三次产业, 二次开发, 人大三次会议: terms and sessions; Arabic counts of times are kept, and so is 两次
        # (举办两次重大项目签约活动): 两 is the cardinal "two", the terms and the sessions write 二 or 三
        return RejectReason.LABEL
    if base == "批" and before[-1:] in ("前", "、"):
        # 第一、二批专项债券, 前三批开工项目: batches numbered in order (an ordinal); 出台两批举措, 新增三批 count them
        return RejectReason.ORDINAL
    if base == "分":
        return RejectReason.IDIOM  # 十分重要 (very), 三分天下; Arabic scores (95分) are kept
    if base == "城":
        return RejectReason.LABEL  # 三城同创, 双城记: slogans; counts of cities are written 27城
    if base == "位" and after.startswith("一体"):
        return RejectReason.IDIOM  # 三位一体, 四位一体: "N in one", a set phrase (data/corpus part O fo2_04)
    return None


def _chinese_reason(cand: Candidate, numeral: str, base: str, scale_word: str, after: str, before: str) -> str | None:  # noqa: C901, PLR0911 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """Why a Chinese-numeral quantity is not a figure (一个, 二元, 千家万户), or None."""
    if (
        numeral in ("一", "壹")
        and base not in ("倍", "小时", "个小时", "分钟")
        and not (cand.approx_inside and BASE_UNITS[base][0] == FigureKind.DURATION)  # 一个多月 measures a duration
        and not (base == "成" and _CHANGE_OR_BOUND.search(before))
        and not (base in COUNT_WORDS and _ONE_CHANGED_BY.search(before))
    ):
        return RejectReason.IDIOM  # 一个, 一批, 一成不变: the indefinite "a"; but 一小时, 跌近一成 measure
    if (
        before[-1:] in ("几", "数")
        and numeral
        and all(ch in "十百千万亿" for ch in numeral)
        and before[-2:-1] not in _COUNTED_WITH_SHU
    ):
        return RejectReason.IDIOM  # 几千家, 几十万人口, 数十家: "a few thousand", vague (the corpus's borderline)
    if not numeral.strip("零〇"):
        return RejectReason.IDIOM  # 零部件, 零售: a lone zero character is a word, not a count
    if reason := _word_in_words(base, numeral, after, before):
        return reason
    if base in _MEDALS:
        return RejectReason.IDIOM  # 五金 (hardware), 三金: medal tallies are written in digits (3金2银1铜)
    if is_magnitude_only(numeral):
        if numeral not in ALLOWED_MAGNITUDES:
            return RejectReason.IDIOM
        if before.endswith(("千上", "百上", "千成")):
            return RejectReason.IDIOM  # 成千上万, 成百上千
        if (
            _MAGNITUDE_VERB.search(before)
            or cand.approx_inside
            or (before.endswith(("“", '"')) and after.startswith(("”", '"')))
        ):  # “万亿”目标: a quoted tier
            pass  # 近万家, 突破万亿元大关, 迈入万亿; 千余家, 万余名 (a magnitude and then some)
        elif base and base != "元" and grammar.CLASS_AFTER_COMPOUND.match(after):
            pass  # 标准化万头养猪场, 千头牧场: a facility classed by its capacity
        elif not base and _AGGREGATE_AFTER.match(after):
            pass  # 3个万亿GDP城市 (fw1_12), 距离万亿总量 (fw2_08): the magnitude of the aggregate named after it
        elif base and after.startswith(("以上", "及以上")):
            pass  # 确诊病例千例以上的省份: a round threshold of a count (part M fm2_05)
        elif base in _MACHINE_CLASSIFIERS and after[:1] not in _CN_SCALE_CHARS:
            return None  # 千辆纯电动重卡顺利签约落地 (part P fp1_11): vehicles or machines counted, a plain count
        elif len(numeral) == 1 and numeral in "百千":
            return RejectReason.IDIOM  # 千家万户, 百花齐放
        elif (
            numeral in SINGLE_SCALES
            and not after.startswith(_THRESHOLD_AFTER)
            and not grammar.CLASS_AFTER.match(after)  # 百亿、千亿、万亿企业
            and not (base == "元" and grammar.class_by_measure(after))
        ):  # 亿元投资项目: a class threshold
            return RejectReason.LABEL  # 万亩 in a name, 万元GDP as a denominator
        cand.magnitude = True
    if base in ("元", "人民币") and not scale_word and cand.value < 10:
        return RejectReason.IDIOM  # 二元结构
    return None
