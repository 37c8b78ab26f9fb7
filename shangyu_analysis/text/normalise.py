"""Length-preserving text normalisation for matching.

Patterns are written once, for half-width ASCII, and run over a *folded* copy of the text whose
characters line up one-to-one with the original. Every offset found in the folded copy therefore
indexes the original text, and surfaces are always cut from the original.
"""

from __future__ import annotations

import re

# Full-width ASCII (U+FF01 '！' … U+FF5E '～') sits at a fixed distance from ASCII '!' … '~'.
_FULLWIDTH_OFFSET = 0xFF01 - 0x21
_WIDTH_TABLE = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space -> space

# Traditional forms of the characters that matter for numbers and units, mapped to simplified.
# Only one-to-one pairs, so the mapping also preserves length.
_TRADITIONAL = (
    "萬億兩貳參陸個條項臺輛點戶張種類場處畝噸頃間歲屆號週圓門棟隻頭筆國區縣倍聯華億萬"
    "數實現總額達約勞產業經濟歲與於為從幾僅"
    "連續穩躍內進創長擴縮減較佔過將幣時鐘圖攝"
    "關階檻樂陣營隊級別邁衝闖躋觸擁備還舉繼順晉"
)
# and those of place names and the measure vocabulary (規模以上工業增加值, 全社會固定資產投資, 城鎮居民), folded
# for the facts only (fold_names): the figure patterns are written for the table above.
_NAME_TRADITIONAL = (
    "會資鎮規據稅費財貨銷價預務職質衛環廠農漁礎設購營運輸貿屬廣東灣蘇寧陽慶遼龍雲貴鄉樓廈統計調學術藝娛樂閒險動儲倉飲專織電腦車機際發積極轉還粵蘭烏魯齊橋灘鄭漢溫紹興義麗揚錫綿蓮濱壩嶺島閩贛晉滬瓊隴廳體標準劃傳災貸銀證權"
)
_SIMPLIFIED = (
    "万亿两贰叁陆个条项台辆点户张种类场处亩吨顷间岁届号周元门栋只头笔国区县倍联华亿万"
    "数实现总额达约劳产业经济岁与于为从几仅"
    "连续稳跃内进创长扩缩减较占过将币时钟图摄"
    "关阶槛乐阵营队级别迈冲闯跻触拥备还举继顺晋"
)
_NAME_SIMPLIFIED = (
    "会资镇规据税费财货销价预务职质卫环厂农渔础设购营运输贸属广东湾苏宁阳庆辽龙云贵乡楼厦统计调学术艺娱乐闲险动储仓饮专织电脑车机际发积极转还粤兰乌鲁齐桥滩郑汉温绍兴义丽扬锡绵莲滨坝岭岛闽赣晋沪琼陇厅体标准划传灾贷银证权"
)
_SIMPLIFY_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# simplified -> traditional, for patterns that run on the text as it is and test one character of it.
TRADITIONAL_OF = dict(zip(_SIMPLIFIED, _TRADITIONAL))
_HAS_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")
_NAMES_TABLE = str.maketrans(_TRADITIONAL + _NAME_TRADITIONAL, _SIMPLIFIED + _NAME_SIMPLIFIED)
_HAS_NAME_TRADITIONAL = re.compile(f"[{_TRADITIONAL}{_NAME_TRADITIONAL}]")


def fold_width(text: str) -> str:
    """Map full-width ASCII to half-width and U+3000 to a space; the length never changes.

    Parameters
    ----------
    text : str
        Any decoded text.

    Returns
    -------
    str
        A string of the same length, where ``result[i]`` is the half-width form of ``text[i]``
        (``'１２．５％'`` -> ``'12.5%'``, ``'，'`` -> ``','``). Other characters are unchanged.
    """
    return text.translate(_WIDTH_TABLE)


def to_simplified(text: str) -> str:
    """Replace the traditional characters used in numbers, units and ranking phrases.

    Only a small one-to-one table (億 -> 亿, 個 -> 个, 點 -> 点 …), enough to read figures written in
    traditional script; the length never changes.
    """
    # Most strings have no traditional character; a regex check is far cheaper than translate, and a long
    # text with a few is replaced character by character (translate costs ~0.07 µs for every character).
    first = _HAS_TRADITIONAL.search(text)
    if first is None:
        return text
    if len(text) < 2000:
        return text.translate(_SIMPLIFY_TABLE)
    return _HAS_TRADITIONAL.sub(_one_simplified, text)


def _one_simplified(match: re.Match) -> str:
    return chr(_NAMES_TABLE[ord(match.group(0))])


def fold_names(text: str) -> str:
    """:func:`to_simplified` and the traditional characters of place names and the measure vocabulary
    (資 -> 资, 鎮 -> 镇, 會 -> 会 …), for the facts of a figure; the length never changes."""
    if _HAS_NAME_TRADITIONAL.search(text) is None:
        return text
    if len(text) < 2000:
        return text.translate(_NAMES_TABLE)
    return _HAS_NAME_TRADITIONAL.sub(_one_simplified, text)
