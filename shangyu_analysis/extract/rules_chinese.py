"""Why a quantity written in Chinese numerals is not a figure (:func:`chinese_reason`), for
:func:`~shangyu_analysis.extract.rules.classify_qty`: 一 + measure word is the article "a"; a lone magnitude (万,
千亿) needs a measuring word or a threshold around it; terms, ordinals and set phrases (三次产业, 十分, 三位一体).
"""

from __future__ import annotations

import re

from shangyu_analysis.extract import grammar
from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.schema import FigureKind, RejectReason
from shangyu_analysis.text.numerals import BASE_UNITS, COUNT_WORDS, is_magnitude_only

# Magnitude words that are figures by themselves (千亿规模, 万亿级); 千家万户 and 亿万 are not.
ALLOWED_MAGNITUDES = frozenset({"百", "千", "万", "亿", "万亿", "百万", "千万", "百亿", "千亿"})
# A lone magnitude (万, 千, 万亿) is a figure after a word that measures it: 近万家, 上千名,
# 数百亿元, 突破万亿元大关, 迈入万亿.
# The verbs of the threshold grammar (data/qualifier_grammar.yml) measure it too: 闯过千亿, 跻身万亿, 站稳万亿.
MAGNITUDE_VERB = re.compile(
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
_CHANGE_OR_BOUND = re.compile(r"[近约約超逾跌降增升涨漲]$")
# 均上升一名, 比上年多一個, 前移一位: 一 after a verb of change or a comparative is the size of the change, a figure
# (the conventions: rank changes in 位); elsewhere 一个 is the indefinite "a".
# 漳州和三明各有一個“十強”縣市 (part P fp2_07): one each, after the distributive 各, is a count too.
_ONE_CHANGED_BY = re.compile(
    r"(?:上升|下降|提升|提高|前移|后移|後移|前进|前進|后退|後退|增加|减少|減少|多|少)了?$|各有?$"
)
_AGGREGATE_AFTER = re.compile(r"GDP|经济总量|总量|生产总值")  # what a bare 万亿/千亿 right before measures
# 指数十, 人数十万: 数 ending a noun (a count of…) before the number, not the vague "several".
_COUNTED_WITH_SHU = frozenset("指系人次总户个倍函分参基读岁")


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


def chinese_reason(cand: Candidate, numeral: str, base: str, scale_word: str, after: str, before: str) -> str | None:  # noqa: C901, PLR0911 -- a cascade of text rules tried in order, first match wins (see the module docstring)
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
            MAGNITUDE_VERB.search(before)
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
