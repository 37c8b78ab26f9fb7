"""The qualifier of a figure: exact, approx, more_than, at_least, at_most or range.

Words before the number (超, 突破, 约, 近, 不足…) and after it (以上, 以内, 左右, 级…) are read
from the folded text next to the figure. Precedence, most specific first: a range; a bound decided
while classifying (前三名 -> at_most); an explicit bound after the number (以上, 以内, 左右); a word
before the number, or a linking 约占/约为 a short scope before it (约占全省的三成); an implicit
threshold after it (级, 俱乐部, 门槛); 多/余 inside the number; a bare magnitude (千亿规模).
Modality (预计, 力争) and 达 are not qualifiers, as the corpus says.
"""

from __future__ import annotations

import math
import re

from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.schema import FigureKind, Qualifier
from shangyu_analysis.text.numerals import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

_TRAD = {"过": "過", "约": "約", "将": "將", "于": "於", "为": "為", "内": "內", "开": "開",
         "级": "級", "门": "門", "槛": "檻", "俱": "俱", "乐": "樂", "数": "數", "几": "幾",
         "达": "達", "较": "較", "占": "佔", "币": "幣"}
# A one-character qualifier that is really the end of another word: 节约, 最近, 赶超, 打破.
_BLOCKED_BEFORE = {"约": "节制契预简合公条签節預簡條簽", "近": "最附", "超": "赶趕",
                   "破": "打攻击擊", "数": "指系人次总户个倍函分参基读岁係總戶個參讀歲",
                   "几": "这那好這", "上": "以之比向路线马早晚至迈邁线線", "过": "经經通度超越跨闯闖冲衝"}
_BLOCKED_AFTER = {"上下": "游级文級", "以下": "简簡"}
# Words that qualify only a round magnitude right after them: 数十家, 上千名 (vague amounts), 过亿项目
# (crossing 1亿); in 迈上5000亿元 the 上 belongs to the verb, in 过3年 the 过 is "after".
_VAGUE_PREFIXES = ("数", "几", "上", "过")
_EXPLICIT_SUFFIXES = ("及以上", "以上", "以内", "以下", "之内", "左右", "上下", "开外", "几")
_IMPLICIT_SUFFIXES = ("级", "俱乐部", "门槛")


def _word(word: str) -> str:
    regex = "".join(f"[{ch}{_TRAD[ch]}]" if ch in _TRAD else re.escape(ch) for ch in word)
    if word in _BLOCKED_BEFORE:
        regex = f"(?<![{_BLOCKED_BEFORE[word]}])" + regex
    if word in _BLOCKED_AFTER:
        regex += f"(?![{_BLOCKED_AFTER[word]}])"
    return f"(?P<w{len(_GROUPS)}>{regex})"


_GROUPS: list[str] = []


def _alternation(words) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        parts.append(_word(word))
        _GROUPS.append(word)
    return "|".join(parts)


# A qualifier governs its number across an aspect particle and a verb of having or reaching
# (超过了500亿元, 至少有30家, 接近达到2万亿元); adverbs before the qualifier (均已超过) need nothing.
_FILLER = r"(?:[了过過]?(?:达到|達到|需要|[有达達为為是要需])|[了过過])?"
_PREFIX = re.compile(rf"(?:{_alternation(PREFIX_QUALIFIERS)}){_FILLER}[ \t\n\u3000]*$")
_EXPLICIT = re.compile(rf"[ \t\n\u3000]*(?:{_alternation(_EXPLICIT_SUFFIXES)})")
_IMPLICIT = re.compile(rf"[ \t\n\u3000]*(?:{_alternation(_IMPLICIT_SUFFIXES)})")
_MAGNITUDE_START = frozenset("十百千万亿萬億")
# 约占全国十分之一, 约为上年的1.5倍: the approx linking verb governs the figure across a short scope
# (no numeral, no punctuation in between, so the figure is the first one after the verb).
_SCOPED_APPROX = re.compile(
    r"(?<![节制契预简合公条签節預簡條簽])(?:大)?[约約](?:[占佔]|[为為]|相[当當][于於])"
    r"[^0-9０-９零〇一二两三四五六七八九十百千万亿兩萬億，。；：、！？,.;:!?（）()“”\"\s]{1,8}$"
)
# 不到此前最佳模型的四分之一, 超过全省平均水平的2倍: a bound across a short 的-scope.
_SCOPE = r"[^0-9０-９零〇一二两三四五六七八九十百千万亿兩萬億，。；：、！？,.;:!?（）()“”\"\s]{1,10}[的之]"
_SCOPED_BOUND = re.compile(rf"(?:(?P<upper>不到|不足|低于|低於|少于|少於)|超过|超過|高于|高於|多于|多於){_SCOPE}$")
# Cheap pre-check before the prefix regex: the character just before a qualified number.
_PREFIX_LAST_CHARS = frozenset(" \t\n\u3000了过過有达達为為是到要需" + "".join(
    w[-1] + _TRAD.get(w[-1], w[-1]) for w in PREFIX_QUALIFIERS))
# A threshold named after the number (千亿大关, 5000亿元台阶, 万亿门槛): crossing it is more_than,
# reaching it (or naming it) at_least.
_THRESHOLD_NOUN = re.compile(r"[ \t\n\u3000]*(?:大[关關]|[关關]口|[台臺][阶階]|[门門][槛檻])")
_CROSSING = re.compile(r"(?:突破|冲过|衝過|越过|越過|迈过|邁過|跨过|跨過|跨越|闯过|闖過|超过|超過|[破过過超])"
                       r"了?[ \t\n\u3000]*$")
# A magnitude that names a class by its threshold (百亿企业, 千亿产业集群, 千亿县): at least that much.
_CLASS_NOUN = re.compile(r"(?:企业|企業|产业|產業|集群|项目|項目|园区|園區|平台|平臺|大?[县縣]|强[县縣]|之城|城市|"
                         r"俱乐部|俱樂部|[市镇鎮区區])")


def _word_of(m: re.Match[str]) -> str:
    return _GROUPS[int(m.lastgroup[1:])]


def qualifier_of(cand: Candidate, mt: str) -> str:
    """Qualifier of an accepted figure, read around ``mt[cand.start:cand.end]``."""
    if not math.isnan(cand.value_high):
        return Qualifier.RANGE
    if cand.bound:
        return cand.bound
    if m := _EXPLICIT.match(mt, cand.end):
        return SUFFIX_QUALIFIERS[_word_of(m)]
    if cand.kind == FigureKind.DURATION and mt[cand.end:cand.end + 1] in ("内", "內"):
        return Qualifier.AT_MOST  # 4小时内办结, 30天内: within a time limit
    if _THRESHOLD_NOUN.match(mt, cand.end):
        crossed = _CROSSING.search(mt, max(0, cand.start - 4), cand.start)
        return Qualifier.MORE_THAN if crossed else Qualifier.AT_LEAST
    if (mt[cand.start - 1:cand.start] in _PREFIX_LAST_CHARS
            and (m := _PREFIX.search(mt, max(0, cand.start - 10), cand.start))):
        word = _word_of(m)
        adjacent = not mt[m.end(m.lastgroup):cand.start].strip()
        if word not in _VAGUE_PREFIXES or (adjacent and mt[cand.start] in _MAGNITUDE_START):
            return PREFIX_QUALIFIERS[word]
    if _SCOPED_APPROX.search(mt, max(0, cand.start - 14), cand.start):
        return Qualifier.APPROX
    if m := _SCOPED_BOUND.search(mt, max(0, cand.start - 16), cand.start):
        return Qualifier.AT_MOST if m.group("upper") else Qualifier.MORE_THAN
    if m := _IMPLICIT.match(mt, cand.end):
        return SUFFIX_QUALIFIERS[_word_of(m)]
    if cand.magnitude and mt[cand.end - 1] in _MAGNITUDE_START and _CLASS_NOUN.match(mt, cand.end):
        return Qualifier.AT_LEAST
    if cand.approx_inside or cand.magnitude:
        return Qualifier.APPROX
    return Qualifier.EXACT

