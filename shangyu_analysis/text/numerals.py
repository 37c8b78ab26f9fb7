"""Chinese numerals, units and qualifier words: the tables the figure extractor reads.

Everything here works on *simplified* strings (see :func:`shangyu_analysis.text.normalise.to_simplified`).

Units
-----
A unit string is an optional scale (万, 亿, 万亿, 千万, 百万) followed by a base unit. The scale stays
in the reported unit (``1.3万家`` -> value 1.3, unit ``万家``) and is multiplied out in ``base_value``.
:data:`BASE_UNITS` gives each base unit its kind, base unit and factor to that base unit.
"""

from __future__ import annotations

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MAGNITUDE_CHARS = frozenset("十拾百佰千仟万亿")

# Scale prefixes of units, longest first (the regex alternation relies on this order).
SCALES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "亿": 1e8, "万": 1e4}

# base unit -> (kind, base_unit, factor from this unit to base_unit)
BASE_UNITS: dict[str, tuple[str, str, float]] = {
    "元": ("money", "元", 1.0), "人民币": ("money", "元", 1.0), "美元": ("money", "美元", 1.0),
    "港元": ("money", "港元", 1.0), "欧元": ("money", "欧元", 1.0), "日元": ("money", "日元", 1.0),
    "英镑": ("money", "英镑", 1.0), "港币": ("money", "港元", 1.0), "澳门元": ("money", "澳门元", 1.0),
    "新台币": ("money", "新台币", 1.0),
    "%": ("percent", "%", 1.0), "‰": ("percent", "%", 0.1), "成": ("percent", "%", 10.0),
    "个百分点": ("percentage_point", "pp", 1.0), "百分点": ("percentage_point", "pp", 1.0),
    "倍": ("multiple", "times", 1.0),
    "平方公里": ("area", "m²", 1e6), "平方千米": ("area", "m²", 1e6), "平方米": ("area", "m²", 1.0),
    "公顷": ("area", "m²", 1e4), "亩": ("area", "m²", 10_000 / 15),
    "公里": ("other", "m", 1000.0), "千米": ("other", "m", 1000.0), "米": ("other", "m", 1.0),
    "厘米": ("other", "m", 0.01), "毫米": ("other", "m", 0.001), "℃": ("other", "℃", 1.0),
    "吨": ("other", "吨", 1.0), "千克": ("other", "千克", 1.0), "公斤": ("other", "千克", 1.0),
    "千瓦时": ("other", "千瓦时", 1.0), "千瓦": ("other", "千瓦", 1.0), "立方米": ("other", "m³", 1.0),
    "标箱": ("other", "标箱", 1.0), "标准箱": ("other", "标箱", 1.0), "吨标准煤": ("other", "吨标准煤", 1.0),
    "度": ("other", "千瓦时", 1.0), "微克/立方米": ("other", "微克/立方米", 1.0), "岁": ("other", "岁", 1.0),
    "年": ("duration", "year", 1.0), "个月": ("duration", "month", 1.0), "天": ("duration", "day", 1.0),
    "个工作日": ("duration", "day", 1.0), "工作日": ("duration", "day", 1.0),
    # Energy and container units as trade and energy news write them (30GWh, 3530万TEU).
    "GWh": ("other", "GWh", 1.0), "MWh": ("other", "MWh", 1.0), "kWh": ("other", "千瓦时", 1.0),
    "GW": ("other", "GW", 1.0), "MW": ("other", "MW", 1.0), "kW": ("other", "千瓦", 1.0),
    "TEU": ("other", "标箱", 1.0),
    "小时": ("duration", "hour", 1.0), "分钟": ("duration", "minute", 1.0), "分": ("other", "分", 1.0),
}
COUNT_WORDS = (
    "人次 个 家 名 人 位 户 条 项 台 套 辆 件 所 座 处 栋 幢 只 头 张 份 种 类 场 篇 部 本 支 架 艘 "
    "款 株 棵 枚 例 宗 笔 间 次 席 起 城 列 辆次 家次 户次 架次 艘次 车次 班次 场次 批次 台次 件次"
).split()
for _word in COUNT_WORDS:
    BASE_UNITS[_word] = ("count", "count", 1.0)
# Counted with 大 (八大产业集群, 七大方面): reported as 个, as the corpus does.
BASE_UNITS["大"] = ("count", "count", 1.0)

# Qualifier words, longest first within each table.
PREFIX_QUALIFIERS = {
    "超过": "more_than", "超出": "more_than", "突破": "more_than", "高于": "more_than",
    "多于": "more_than", "超": "more_than", "破": "more_than", "逾": "more_than",
    "不超过": "at_most", "不足": "at_most", "不到": "at_most", "低于": "at_most", "少于": "at_most",
    "至多": "at_most", "最多": "at_most",
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least", "最少": "at_least",
    "大约": "approx", "约为": "approx", "约占": "approx", "约有": "approx", "约达": "approx", "约合": "approx", "约合人民币": "approx", "接近": "approx", "将近": "approx", "约": "approx",
    "近": "approx", "大概": "approx", "数": "approx", "几": "approx", "上": "approx",
}
SUFFIX_QUALIFIERS = {
    "以上": "at_least", "及以上": "at_least", "以内": "at_most", "以下": "at_most",
    "之内": "at_most", "左右": "approx", "上下": "approx", "开外": "approx", "级": "approx",
    "俱乐部": "at_least", "门槛": "at_least",
}
PREFIX_QUALIFIER_WORDS = sorted(PREFIX_QUALIFIERS, key=len, reverse=True)
SUFFIX_QUALIFIER_WORDS = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)


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


def arabic_number(s: str) -> float:
    """Value of an Arabic numeral with optional thousands separators and spaces."""
    return float(s.replace(",", "").replace(" ", ""))


def parse_number(s: str) -> float | None:
    """Value of an isolated numeral, Arabic or Chinese; None when it is not a well-formed numeral."""
    if not s:
        return None
    if s[0].isdigit():
        try:
            return arabic_number(s)
        except ValueError:
            return None
    return chinese_number(s)


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
