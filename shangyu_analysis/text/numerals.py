"""Chinese numerals, units and qualifier words: the tables the figure extractor reads.

Everything here works on *simplified* strings (see :func:`shangyu_analysis.text.normalise.to_simplified`).

Units
-----
A unit string is an optional scale (万, 亿, 万亿, 千万, 百万) followed by a base unit. The scale stays
in the reported unit (``1.3万家`` -> value 1.3, unit ``万家``) and is multiplied out in ``base_value``.
:data:`BASE_UNITS` gives each base unit its kind, base unit and factor to that base unit.
"""

from __future__ import annotations

from shangyu_analysis.schema import FigureKind, Qualifier
from shangyu_analysis.text.classifiers import CLASSIFIERS
from shangyu_analysis.text.units import PREFIXED_UNITS

CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDE_CHARS = frozenset("十拾百佰千仟万亿")

# Scale prefixes of units, longest first (the regex alternation relies on this order).
SCALES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "亿": 1e8, "万": 1e4}

# base unit -> (kind, base_unit, factor from this unit to base_unit)
BASE_UNITS: dict[str, tuple[str, str, float]] = {
    "元": (FigureKind.MONEY, "元", 1.0),
    "人民币": (FigureKind.MONEY, "元", 1.0),
    "美元": (FigureKind.MONEY, "美元", 1.0),
    "港元": (FigureKind.MONEY, "港元", 1.0),
    "欧元": (FigureKind.MONEY, "欧元", 1.0),
    "日元": (FigureKind.MONEY, "日元", 1.0),
    "英镑": (FigureKind.MONEY, "英镑", 1.0),
    "港币": (FigureKind.MONEY, "港元", 1.0),
    "澳门元": (FigureKind.MONEY, "澳门元", 1.0),
    "新台币": (FigureKind.MONEY, "新台币", 1.0),
    "%": (FigureKind.PERCENT, "%", 1.0),
    "‰": (FigureKind.PERCENT, "%", 0.1),
    "成": (FigureKind.PERCENT, "%", 10.0),
    "个百分点": (FigureKind.PERCENTAGE_POINT, "pp", 1.0),
    "百分点": (FigureKind.PERCENTAGE_POINT, "pp", 1.0),
    "倍": (FigureKind.MULTIPLE, "times", 1.0),
    "平方公里": (FigureKind.AREA, "m²", 1e6),
    "平方千米": (FigureKind.AREA, "m²", 1e6),
    "平方米": (FigureKind.AREA, "m²", 1.0),
    "公顷": (FigureKind.AREA, "m²", 1e4),
    "千公顷": (FigureKind.AREA, "m²", 1e7),
    "亩": (FigureKind.AREA, "m²", 10_000 / 15),
    "公里": (FigureKind.OTHER, "m", 1000.0),
    "千米": (FigureKind.OTHER, "m", 1000.0),
    # speeds and daily capacities as project news write them (设计时速120KM/小时, 拟建设2条1200t/d光伏玻璃生产线:
    # data/corpus parts N fn2_09 and P fp2_04), each its own base
    **dict.fromkeys(("公里/小时", "千米/小时", "km/h", "KM/h", "km/小时", "KM/小时"), (FigureKind.OTHER, "km/h", 1.0)),
    **dict.fromkeys(("t/d", "吨/日", "吨/天"), (FigureKind.OTHER, "t/d", 1.0)),
    # the voltage class of a line or substation (750千伏输变电工程: data/corpus part L fl2_03; data/units.yml)
    **dict.fromkeys(("千伏", "kV"), (FigureKind.OTHER, "千伏", 1.0)),
    # listed with them, as a literal is read before the prefixed units (2.4千伏安 is no 2.4千伏 and then 安)
    "千伏安": (FigureKind.OTHER, "千伏安", 1.0),
    "kVA": (FigureKind.OTHER, "kVA", 1.0),
    "米": (FigureKind.OTHER, "m", 1.0),
    "厘米": (FigureKind.OTHER, "m", 0.01),
    "毫米": (FigureKind.OTHER, "m", 0.001),
    "℃": (FigureKind.OTHER, "℃", 1.0),
    "吨": (FigureKind.OTHER, "吨", 1.0),
    "千克": (FigureKind.OTHER, "千克", 1.0),
    "公斤": (FigureKind.OTHER, "千克", 1.0),
    # 市斤, the unit grain output is reported in (粮食总产600亿斤以上): half a kilogram.
    "斤": (FigureKind.OTHER, "千克", 0.5),
    "千瓦时": (FigureKind.OTHER, "千瓦时", 1.0),
    "千瓦": (FigureKind.OTHER, "千瓦", 1.0),
    "立方米": (FigureKind.OTHER, "m³", 1.0),
    "标箱": (FigureKind.OTHER, "标箱", 1.0),
    "标准箱": (FigureKind.OTHER, "标箱", 1.0),
    "吨标准煤": (FigureKind.OTHER, "吨标准煤", 1.0),
    "度": (FigureKind.OTHER, "千瓦时", 1.0),
    "微克/立方米": (FigureKind.OTHER, "微克/立方米", 1.0),
    "岁": (FigureKind.OTHER, "岁", 1.0),
    "年": (FigureKind.DURATION, "year", 1.0),
    # 考核六连优, 三连冠, 粮食“二十一连丰”: a streak of annual results or harvests, reported in 年 (extract/rules.py)
    "连优": (FigureKind.DURATION, "year", 1.0),
    "连冠": (FigureKind.DURATION, "year", 1.0),
    "连丰": (FigureKind.DURATION, "year", 1.0),
    "连豐": (FigureKind.DURATION, "year", 1.0),  # 連豐: text.normalise's one-to-one table has no 豐
    "个月": (FigureKind.DURATION, "month", 1.0),
    "天": (FigureKind.DURATION, "day", 1.0),
    "个工作日": (FigureKind.DURATION, "day", 1.0),
    "个季度": (FigureKind.DURATION, "quarter", 1.0),
    "工作日": (FigureKind.DURATION, "day", 1.0),
    # Energy and container units as trade and energy news write them (30GWh, 3530万TEU).
    "GWh": (FigureKind.OTHER, "GWh", 1.0),
    "MWh": (FigureKind.OTHER, "MWh", 1.0),
    "kWh": (FigureKind.OTHER, "千瓦时", 1.0),
    "GW": (FigureKind.OTHER, "GW", 1.0),
    "MW": (FigureKind.OTHER, "MW", 1.0),
    "kW": (FigureKind.OTHER, "千瓦", 1.0),
    "TEU": (FigureKind.OTHER, "标箱", 1.0),
    "小时": (FigureKind.DURATION, "hour", 1.0),
    # 3个小时, 两个星期 are durations, not counts of 个; in 两个多月, 一个多小时 the 多 after the classifier makes them
    # approximate (extract/rules.py reads it and drops it from the unit).
    "个小时": (FigureKind.DURATION, "hour", 1.0),
    "个星期": (FigureKind.DURATION, "day", 7.0),
    "个多月": (FigureKind.DURATION, "month", 1.0),
    "个多小时": (FigureKind.DURATION, "hour", 1.0),
    "个多星期": (FigureKind.DURATION, "day", 7.0),
    "分钟": (FigureKind.DURATION, "minute", 1.0),
    "分": (FigureKind.OTHER, "分", 1.0),
}
# Prefixed units (data/units.yml: 千伏安, kVA, PF, EB); a unit listed above keeps its entry (千瓦, GW).
LISTED_BEFORE_PREFIXED = frozenset(BASE_UNITS)
for _unit in PREFIXED_UNITS:
    BASE_UNITS.setdefault(_unit, (FigureKind.OTHER, _unit, 1.0))
COUNT_WORDS = tuple(CLASSIFIERS)  # data/classifiers.yml (Cilin Dn08A classifiers and the corpus's counts)
for _word in COUNT_WORDS:
    BASE_UNITS[_word] = (FigureKind.COUNT, "count", 1.0)
# Counted with 大 (八大产业集群, 七大方面): reported as 个, as the corpus does.
BASE_UNITS["大"] = (FigureKind.COUNT, "count", 1.0)

# Qualifier words, longest first within each table.
PREFIX_QUALIFIERS = {
    "超过": Qualifier.MORE_THAN,
    "超出": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN,
    "多于": Qualifier.MORE_THAN,
    "大于": Qualifier.MORE_THAN,  # 地区生产总值大于400亿元: the written form of > (data/corpus part S fs2_05)
    "过": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,
    "破": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "不超过": Qualifier.AT_MOST,
    "不足": Qualifier.AT_MOST,
    "不到": Qualifier.AT_MOST,
    "低于": Qualifier.AT_MOST,
    "少于": Qualifier.AT_MOST,
    "小于": Qualifier.AT_MOST,
    "不大于": Qualifier.AT_MOST,
    "不小于": Qualifier.AT_LEAST,
    "至多": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST,
    "至少": Qualifier.AT_LEAST,
    "不少于": Qualifier.AT_LEAST,
    "不低于": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "大约": Qualifier.APPROX,
    "约为": Qualifier.APPROX,
    "约占": Qualifier.APPROX,
    "约有": Qualifier.APPROX,
    "约达": Qualifier.APPROX,
    "约合": Qualifier.APPROX,
    "约合人民币": Qualifier.APPROX,
    "接近": Qualifier.APPROX,
    "将近": Qualifier.APPROX,
    "约": Qualifier.APPROX,
    "近": Qualifier.APPROX,
    "大概": Qualifier.APPROX,
    "数": Qualifier.APPROX,
    "几": Qualifier.APPROX,
    "上": Qualifier.AT_LEAST,  # 上百个, 上千名: reaching a round number
    # Comparison symbols (地区生产总值>800亿元), read as the words the conventions map: > 超过, ≥ 以上, < 低于, ≤ 以内.
    ">": Qualifier.MORE_THAN,
    "＞": Qualifier.MORE_THAN,
    "≥": Qualifier.AT_LEAST,
    "⩾": Qualifier.AT_LEAST,
    "≧": Qualifier.AT_LEAST,
    ">=": Qualifier.AT_LEAST,
    "<": Qualifier.AT_MOST,
    "＜": Qualifier.AT_MOST,
    "≤": Qualifier.AT_MOST,
    "⩽": Qualifier.AT_MOST,
    "≦": Qualifier.AT_MOST,
    "<=": Qualifier.AT_MOST,
}
SUFFIX_QUALIFIERS = {
    "以上": Qualifier.AT_LEAST,
    "及以上": Qualifier.AT_LEAST,
    "以内": Qualifier.AT_MOST,
    "以下": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.APPROX,
    "几": Qualifier.APPROX,
    "上下": Qualifier.APPROX,
    "开外": Qualifier.APPROX,
    "级": Qualifier.APPROX,
    "俱乐部": Qualifier.AT_LEAST,
    "门槛": Qualifier.AT_LEAST,
}


def _below_wan(s: str) -> float | None:
    """Value of a numeral without 万/亿 (``'三千二百零五'`` -> 3205); None when malformed."""
    if not s:
        return 0.0
    if all(ch in CN_DIGITS for ch in s):
        # Positional digits (二〇二〇) always contain a zero; 三四 is an estimate (three or four).
        if len(s) > 1 and "〇" not in s and "零" not in s:
            return None
        return float("".join(str(CN_DIGITS[ch]) for ch in s))
    total, digit, last_unit, zero_seen = 0, None, 10_000, False
    for ch in s:
        if ch in ("零", "〇"):
            if digit is not None:
                return None
            zero_seen = True
        elif ch in CN_DIGITS:
            if digit is not None:
                return None  # 三四: two digits in a row is an estimate, not a numeral
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero_seen = None, unit, False
        else:
            return None  # 万万, or any character that is not part of a numeral
    if digit is not None:
        # 一千五 means 1500: a trailing digit right after a unit counts in the next unit down.
        total += digit * (last_unit // 10 if last_unit <= 1000 and not zero_seen else 1)
    return float(total)


def chinese_integer(s: str) -> float | None:
    """Value of a Chinese integer numeral (``'两万亿'`` -> 2e12, ``'千亿'`` -> 1e11), or None.

    A numeral made only of magnitude characters (千亿, 万) counts its leading unit as one.
    """
    if not s:
        return None
    if "亿" in s:
        if s.count("亿") > 1:
            return None  # 亿亿
        high, _, low = s.rpartition("亿")
        high_value = chinese_integer(high) if high else 1.0
        low_value = chinese_integer(low) if low else 0.0
        if high_value is None or low_value is None:
            return None
        return high_value * 1e8 + low_value
    if "万" in s:
        high, _, low = s.partition("万")
        high_value = _below_wan(high) if high else 1.0
        low_value = _below_wan(low) if low else 0.0
        if high_value is None or low_value is None or (high and high_value == 0):
            return None
        if low and low[0] in CN_DIGITS and len(low) == 1 and low != "零":
            low_value = CN_DIGITS[low] * 1000.0  # 三万五 means 35000
        return high_value * 1e4 + low_value
    return _below_wan(s)


def chinese_number(s: str) -> float | None:
    """Value of a Chinese numeral with an optional decimal part (``'五点五'`` -> 5.5), or None."""
    integer, sep, decimals = s.partition("点")
    value = chinese_integer(integer)
    if value is None:
        return None
    if sep:
        if not decimals or any(ch not in CN_DIGITS for ch in decimals):
            return None
        value += float("0." + "".join(str(CN_DIGITS[ch]) for ch in decimals))
    return value


def split_trailing_scale(numeral: str) -> tuple[str, str]:
    """Split a Chinese numeral's trailing scale word off: ``'两千亿'`` -> (``'两千'``, ``'亿'``).

    The scale goes into the unit, as the corpus does (两万亿元 -> 2, 万亿元). A numeral that is
    nothing but the scale (``'万亿'``) keeps an empty number part.
    """
    for scale in ("万亿", "亿", "万"):
        if numeral.endswith(scale) and not numeral[: -len(scale)].endswith(("万", "亿")):
            return numeral[: -len(scale)], scale
    return numeral, ""


def is_magnitude_only(numeral: str) -> bool:
    """True for numerals made only of magnitude characters: 千亿, 万亿, 百万, 万."""
    # 十万 and 十亿 are plain numbers (10万, 10亿), not orders of magnitude.
    return bool(numeral) and all(ch in MAGNITUDE_CHARS for ch in numeral) and numeral[0] != "十"
