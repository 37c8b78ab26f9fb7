"""The qualifier of a figure: exact, approx, more_than, at_least, at_most or range.

Words before the number (超, 突破, 约, 近, 不足…) and after it (以上, 以内, 左右, 级…) are read
from the folded text next to the figure. Precedence, most specific first: a range; a bound decided
while classifying (前三名 -> at_most); an explicit bound after the number (以上, 以内, 左右); a threshold
noun governed by a verb of the grammar (突破千亿大关, 迈入百亿元行列: data/qualifier_grammar.yml, see
extract/grammar.py); a word before the number, also across adverbs and a verb of having (至少都已拥有),
or a linking 约占/约为 a short scope before it (约占全省的三成); a threshold noun alone (千亿门槛); a verb
of the grammar alone (闯过5000亿元, 迈入百亿), a crossing verb also over a list (分别超过3000亿、4000亿); 级 (approx,
also before a class noun: 亿元级项目; at_least when quoted after a verb of entering: 迈入“千亿级”); a magnitude naming
a class (百亿企业), a round amount with what it measures (千万元投资建设项目) or quoted (“百亿”); 多/余 inside the
number; a bare magnitude (千亿规模).
Modality (预计, 力争) and 达 are not qualifiers, as the corpus says.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from shangyu_analysis.extract import grammar
from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.extract.qualifier_classes import class_qualifier
from shangyu_analysis.schema import FigureKind, Qualifier
from shangyu_analysis.text.normalise import fold_names, to_simplified
from shangyu_analysis.text.numerals import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

_TRAD = {
    "过": "過",
    "约": "約",
    "将": "將",
    "于": "於",
    "为": "為",
    "内": "內",
    "开": "開",
    "级": "級",
    "门": "門",
    "槛": "檻",
    "俱": "俱",
    "乐": "樂",
    "数": "數",
    "几": "幾",
    "达": "達",
    "较": "較",
    "占": "佔",
    "币": "幣",
}
# A one-character qualifier that is really the end of another word: 节约, 最近, 赶超, 打破.
_BLOCKED_BEFORE = {
    "约": "节制契预简合公条签節預簡條簽",
    "近": "最附",
    "超": "赶趕",
    "破": "打攻击擊冲衝",
    "数": "指系人次总户个倍函分参基读岁係總戶個參讀歲",
    "几": "这那好這",
    "上": "以之比向路线马早晚至迈邁线線",
    "过": "经經通度超越跨闯闖冲衝",
}
_BLOCKED_AFTER = {"上下": "游级文級", "以下": "简簡"}
# Words that qualify only a round magnitude right after them: 数十家, 上千名 (vague amounts), 过亿项目
# (crossing 1亿); in 迈上5000亿元 the 上 belongs to the verb, in 过3年 the 过 is "after".
_VAGUE_PREFIXES = ("数", "几", "上", "过")
_EXPLICIT_SUFFIXES = ("及以上", "以上", "以内", "以下", "之内", "左右", "上下", "开外", "几")
_IMPLICIT_SUFFIXES = ("级",)  # 俱乐部, 门槛…: threshold nouns of the grammar (extract/grammar.py)


def _word(word: str, reverse: bool = False) -> str:
    """Regex of ``word`` in both scripts; with ``reverse``, of the word written backwards, for matching a
    reversed text (the characters that block it before are then after it)."""
    chars = word[::-1] if reverse else word
    regex = "".join(f"[{ch}{_TRAD[ch]}]" if ch in _TRAD else re.escape(ch) for ch in chars)
    before, after = ("(?!", "(?<!") if reverse else ("(?<!", "(?!")
    if word in _BLOCKED_BEFORE:
        regex = (
            f"{before}[{_BLOCKED_BEFORE[word]}])" + regex
            if not reverse
            else regex + f"{before}[{_BLOCKED_BEFORE[word]}])"
        )
    if word in _BLOCKED_AFTER:
        regex = (
            regex + f"{after}[{_BLOCKED_AFTER[word]}])" if not reverse else f"{after}[{_BLOCKED_AFTER[word]}])" + regex
        )
    return f"(?P<w{len(_GROUPS)}>{regex})"


_GROUPS: list[str] = []


def _alternation(words: Iterable[str], reverse: bool = False) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        parts.append(_word(word, reverse))
        _GROUPS.append(word)
    return "|".join(parts)


# A qualifier governs its number across aspect particles, adverbs and a verb of having or reaching
# (超过了500亿元, 至少需要30名, 至少都已拥有100家; the words are the grammar's `scope`); adverbs before the
# qualifier (均已超过) need nothing. Matched on simplified text.
# Matched anchored on the reversed text before the number (a search for "…$" would try every start).
_PREFIX_REVERSED = re.compile(
    rf"[ \t\n\u3000]*{grammar.SCOPE_FILLER_REVERSED}(?:{_alternation(PREFIX_QUALIFIERS, reverse=True)})"
)
_PREFIX_WINDOW = 16
_GLOSS_SLACK = 16  # room for two pinyin readings, (guò) and (zhǎng), inside the prefix window
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
_SCOPE_WORDS = r"[^0-9０-９零〇一二两三四五六七八九十百千万亿兩萬億，。；：、！？,.;:!?（）()“”\"\s]{1,10}"
_SCOPE = _SCOPE_WORDS + "[的之]"
_SCOPED_BOUND = re.compile(rf"(?:(?P<upper>不到|不足|低于|低於|少于|少於)|超过|超過|高于|高於|多于|多於){_SCOPE}$")
# 超过全省县市区三分之一: a share needs no 的, as it is a part of what the scope names.
_SCOPED_SHARE_BOUND = re.compile(
    rf"(?:(?P<upper>不到|不足|低于|低於|少于|少於)|超过|超過|高于|高於|多于|多於){_SCOPE_WORDS}[的之]?$"
)
_SHARE_UNITS = frozenset({"ratio", "成"})
# Cheap pre-check before the prefix regex: the character just before a qualified number.
_PREFIX_LAST_CHARS = frozenset(
    " \t\n\u3000"
    + "".join(ch + _TRAD.get(ch, ch) for ch in grammar.SCOPE_LAST_CHARS | {w[-1] for w in PREFIX_QUALIFIERS})
)
# A threshold named after the number (千亿大关, 5000亿元台阶, 百亿元行列): the grammar of
# data/qualifier_grammar.yml (extract/grammar.py) says which bound its verb or its noun makes.
_GRAMMAR_WINDOW = 48  # a list of numbers sharing a noun, back to its verb
_VERB_WINDOW = 10  # a verb, a particle, quotes and spaces
_RATE_KINDS = frozenset({FigureKind.PERCENT, FigureKind.PERCENTAGE_POINT})
_NOT_BOUNDED_KINDS = frozenset({FigureKind.COUNT, FigureKind.RANK, FigureKind.DURATION})


# The last character of a verb that states an amount (投资, 融资, 达, 为, 计, 共, 合计, 总额): the amount is a value.
_AMOUNT_VERB_ENDS = frozenset("资資达達为為计計共额額值")
_QUOTED_TIER = re.compile(r"[“\"][^”\"]+[”\"]")


def _word_of(m: re.Match[str]) -> str:
    return _GROUPS[int(m.lastgroup[1:])]  # type: ignore[index]  # every alternative is a named group


def _bounded(cand: Candidate) -> bool:
    """Whether the threshold grammar applies: amounts, not counts of things (纳入3个序列), ranks or durations."""
    return cand.kind not in _NOT_BOUNDED_KINDS or cand.magnitude


# 1500亿元(人民币,下同)以上, 14萬億元(人民幣,下同)新臺階: a short aside in parentheses (no number in it) between a
# figure and its bound or threshold noun; the bound still governs the figure (data/corpus parts N fn1_02, fn2_04).
_ASIDE = re.compile(r"[(（][^()（）0-9]{1,12}[)）]")
# 超过或达到7%, 达到或超过: either more than or equal to, at_least (data/corpus part M fm2_04).
# X 超过 6.5% 的全国平均水平: the figure names a benchmark the subject passed; the bound qualifies the subject, the
# benchmark is exact (the conventions; data/corpus part F f21b_03 达到或超过6%的全国平均水平).
_BENCHMARK_AFTER = re.compile(r"的(?:全[国國省市区區县縣]|全球|世界|同期|同类|同類)?平均")
_EITHER_LAST_CHARS = frozenset("到達于於过過出")
_EITHER_REACHED = re.compile(r"(?:(?:超过|超出|高于)或(?:者)?(?:达到|等于)|(?:达到|等于)或(?:者)?(?:超过|超出|高于))$")


_ASIDE_OPENINGS = frozenset("(（")
_MODIFIERS_ONLY = re.compile(rf"(?:{grammar.MODIFIERS})*")


def _threshold_noun(cand: Candidate, mt: str, end: int) -> tuple[str | None, str | None]:
    """The qualifier a threshold noun at ``end`` (right after the figure, or past its aside) gives it alone (千亿门槛 ->
    at_least), and the one of a verb written after that noun (在…量级上实现突破 -> more_than); None for what is not
    there."""
    if mt[end : end + 1] not in grammar.AFTER_FIRST_CHARS or not _bounded(cand):
        return None, None
    after = to_simplified(mt[end : end + 2 * _GRAMMAR_WINDOW])
    if "(" in after:
        after = fp.PINYIN_GLOSS_RE.sub("", after)  # 新臺(tái)階: a reading inside the word, not part of it
    if not (m := grammar.THRESHOLD_AFTER.match(after)):
        return None, None
    if after.startswith("级") and m.start("noun") > 1 and not _MODIFIERS_ONLY.fullmatch(after, 1, m.start("noun")):
        # 迈入万亿级城市行列: 级 names the class of the city (approx); 跻身千亿级行列 and 登上900亿级的台阶 (only modifiers
        # between: data/corpus part S fs2_04) name the tier or step itself
        return None, None
    verb = grammar.VERB_AFTER.match(after, m.end())
    return grammar.GRAMMAR.nouns[m.group("noun")], grammar.verb_of(verb.group("verb"))[0] if verb else None


def _without_glosses(text: str) -> str:
    return fp.PINYIN_GLOSS_RE.sub("", text) if "(" in text else text


def _verb(mt: str, start: int, pattern: re.Pattern[str], window: int = _GRAMMAR_WINDOW) -> tuple[str, str] | None:
    """(qualifier, alone) of the grammar's verb that governs the number at ``start``, or None."""
    m = pattern.search(to_simplified(mt[max(0, start - window) : start]))
    return grammar.verb_of(m.group("verb")) if m else None


def _last_char(mt: str, start: int) -> str:
    """The character before ``start``, read past a pinyin reading (超過(guò)500億元: fah2_09) when one ends there."""
    last = mt[start - 1 : start]
    if last != ")":
        return last
    return _without_glosses(mt[max(0, start - _GLOSS_SLACK - 2) : start])[-1:]


def _prefix(start: int, mt: str) -> str | None:
    """The qualifier of a word before the number at ``start`` (超, 约, 不足, 至少需要…), or None."""
    if _last_char(mt, start) not in _PREFIX_LAST_CHARS:
        return None
    # 均超過(guò)了32% (data/corpus part V fv1_06): a pinyin reading inside the words before is read past
    raw = mt[max(0, start - _PREFIX_WINDOW - 1 - _GLOSS_SLACK) : start]
    window = to_simplified(_without_glosses(raw))[-(_PREFIX_WINDOW + 1) :][::-1]
    if not (m := _PREFIX_REVERSED.match(window)):
        return None
    word = _word_of(m)
    adjacent = not window[: m.start(m.lastgroup)].strip()  # type: ignore[arg-type]  # every alternative is a named group
    if word not in _VAGUE_PREFIXES or (adjacent and mt[start] in _MAGNITUDE_START):
        return PREFIX_QUALIFIERS[word]
    return None


# 超30亿元或3亿美元产业项目: one threshold said in two currencies or units, joined by 或; the word before the first
# alternative bounds the second too. Only 或 (an alternative): a 、-list after 超 is read by the grammar's list verbs.
_ALTERNATIVE_BEFORE = re.compile(r"[0-9][0-9.,]*[ \t]*[^\s0-9，。；：、,;:!?！？（）()“”\"或]{1,5}[ \t]*或者?[ \t]*$")


def _alternative_prefix(cand: Candidate, mt: str) -> str | None:
    """The prefix qualifier of the alternative right before ``cand`` (超30亿元或3亿美元 → more_than), or None."""
    if mt[cand.start - 1 : cand.start] not in ("或", "者", " ") or not mt[cand.start : cand.start + 1].isdigit():
        return None
    m = _ALTERNATIVE_BEFORE.search(mt, max(0, cand.start - 24), cand.start)
    return _prefix(m.start(), mt) if m else None


def _alone(cand: Candidate, mt: str) -> str | None:
    """A verb of the grammar right before a number with no threshold noun: 闯过5000亿元 (a crossing verb,
    any amount), 迈入百亿, 跨入6万亿 (a verb of entering, a round magnitude or tier only); None otherwise."""
    if not _bounded(cand):
        return None
    last = mt[cand.start - 1 : cand.start]
    if last in grammar.BEFORE_LAST_CHARS and (verb := _verb(mt, cand.start, grammar.VERB_RIGHT_BEFORE, _VERB_WINDOW)):
        qualifier, alone = verb
        if (
            alone == "never"
            and cand.kind not in _RATE_KINDS
            and grammar.SHARED_REACH_BEFORE.search(to_simplified(mt[max(0, cand.start - 8) : cand.start]))
        ):  # 均达到2000亿元: a threshold every subject reached; 合格率均达到98% states the rates
            return grammar.DISTRIBUTIVE_QUALIFIER
    elif last in grammar.LIST_LAST_CHARS and (verb := _verb(mt, cand.start, grammar.VERB_OVER_LIST)):
        qualifier, alone = verb  # 分别超过3000亿、4000亿、5000亿: the verb bounds every member of its list
        if alone != "any":
            return None  # 迈入百亿、千亿: a tier verb over a list is read with its noun only
    else:
        return None
    return qualifier if alone == "any" or (alone == "magnitude" and (cand.magnitude or _round_tier(cand, mt))) else None


def _round_tier(cand: Candidate, mt: str) -> bool:
    """6万亿, 5000亿: one significant digit in a scale of 亿 or more, a tier a verb of entering names (跨入6万亿)."""
    # named by the bare number like a bare magnitude (迈入百亿): no unit written after the scale (冲上2亿元 is a value)
    digits = f"{cand.value:.0f}".rstrip("0")
    return (
        cand.scale >= 1e8
        and cand.value == int(cand.value)
        and len(digits) == 1
        and mt[cand.end - 1 : cand.end] in ("亿", "億")
    )


def _class_measured(cand: Candidate, mt: str) -> bool:
    """千万元投资建设项目: a round amount of money (one significant digit), what it measures, a class noun; not after
    a verb that states the amount (投资500万元建设项目 is one project's investment)."""
    if cand.kind != FigureKind.MONEY or mt[cand.end - 1 : cand.end] not in ("元", "圓") or not _round(cand.value):
        return False
    if mt[cand.start - 1 : cand.start] in _AMOUNT_VERB_ENDS:
        return False
    return grammar.class_by_measure(mt[cand.end : cand.end + 16])


def _round(value: float) -> bool:
    """One significant digit (500, 1000, 5): a round amount that can name a class."""
    return math.isfinite(value) and value > 0 and value.is_integer() and len(f"{value:.0f}".rstrip("0")) == 1


# 8.5%和9%左右, 分别提高到10%、8%、18%和10%以上: a list of figures in one unit, written in digits and joined by
# 、和及与 only, closed by an explicit bound: the bound is said once for every member.
_LIST_JOIN = r"[ \t\u3000]*(?:以及|、|和|及|与|與)[ \t\u3000]*"
_DIGITS_THEN_UNIT = re.compile(r"-?[0-9][0-9.,]*(?P<unit>\D{1,4})")


def _list_bound(cand: Candidate, mt: str) -> str | None:
    """The explicit bound after the last member of the list ``cand`` opens or continues, or None."""
    if mt[cand.end : cand.end + 1] not in ("、", "和", "及", "与", "與", "以", " "):
        return None
    if (m := _DIGITS_THEN_UNIT.fullmatch(mt, cand.start, cand.end)) is None:
        return None
    members = re.compile(rf"(?:{_LIST_JOIN}[0-9][0-9.,]*{re.escape(m.group('unit'))})+").match(mt, cand.end)
    if members and (bound := _EXPLICIT.match(mt, members.end())):
        return SUFFIX_QUALIFIERS[_word_of(bound)]
    return None


def qualifier_of(cand: Candidate, mt: str) -> str:  # noqa: C901, PLR0911, PLR0912 -- a cascade of text rules tried in order, first match wins (see the module docstring)
    """Qualifier of an accepted figure, read around ``mt[cand.start:cand.end]``."""
    if not math.isnan(cand.value_high):
        return Qualifier.RANGE
    if cand.bound:
        return cand.bound
    following = mt[cand.end : cand.end + 1]
    aside = _ASIDE.match(mt, cand.end) if following in _ASIDE_OPENINGS else None
    after_end = aside.end() if aside else cand.end  # where the text after the figure goes on, past an aside
    if m := _EXPLICIT.match(mt, after_end):
        return SUFFIX_QUALIFIERS[_word_of(m)]
    if following in ("级", "級") and (m := _EXPLICIT.match(mt, cand.end + 1)):
        return SUFFIX_QUALIFIERS[_word_of(m)]  # 百亿级以上大项目 (part X fx1_05): the bound after the tier governs it
    if bound := _list_bound(cand, mt):
        return bound
    if (
        _bounded(cand)
        and mt[cand.start - 1 : cand.start] in grammar.BEFORE_LAST_CHARS
        and grammar.NEGATED_VERB_BEFORE.search(to_simplified(mt[max(0, cand.start - _VERB_WINDOW - 4) : cand.start]))
    ):
        return grammar.NEGATION_QUALIFIER  # 没有突破千亿: not past the threshold, so at most it
    if cand.kind == FigureKind.DURATION and mt[cand.end : cand.end + 1] in ("内", "內"):
        return Qualifier.AT_MOST  # 4小时内办结, 30天内: within a time limit
    noun, verb_after = _threshold_noun(cand, mt, after_end)
    if noun and (verb := _verb(mt, cand.start, grammar.VERB_BEFORE)):
        return verb[0]  # 突破千亿大关, 迈入百亿元行列, 突破1000亿元、2000亿元和3000亿元大关
    if verb_after:
        return verb_after  # 在2000亿元、3000亿元量级上都实现新的突破
    if following == "的" and _BENCHMARK_AFTER.match(mt, cand.end):
        return Qualifier.EXACT  # 增速超过6.5%的全国平均水平: the bound is the subject's, the average is stated
    if _last_char(mt, cand.start) in _EITHER_LAST_CHARS and _EITHER_REACHED.search(
        to_simplified(_without_glosses(mt[max(0, cand.start - 7 - _GLOSS_SLACK) : cand.start])[-7:])
    ):
        return Qualifier.AT_LEAST  # 超过或达到7%: more than or equal
    if (qualifier := _prefix(cand.start, mt)) or (qualifier := _alternative_prefix(cand, mt)):
        return qualifier
    if _SCOPED_APPROX.search(mt, max(0, cand.start - 14), cand.start):
        return Qualifier.APPROX
    scoped = _SCOPED_SHARE_BOUND if cand.unit in _SHARE_UNITS else _SCOPED_BOUND
    if m := scoped.search(mt, max(0, cand.start - 16), cand.start):
        return Qualifier.AT_MOST if m.group("upper") else Qualifier.MORE_THAN
    if noun and mt[cand.end : cand.end + 1] not in ("级", "級"):  # 亿元级俱乐部 without a verb: N级 stays approx
        return noun
    if _bounded(cand) and (m := _IMPLICIT.match(mt, cand.end)):  # not 2个级别 (a count of levels)
        if _QUOTED_TIER.fullmatch(mt, cand.start - 1, m.end() + 1) and (qualifier := _alone(cand, mt)):
            return qualifier  # 迈入“千亿级”产业平台: a quoted N级 names the tier the verb enters or stands on
        return SUFFIX_QUALIFIERS[_word_of(m)]  # 级 is approx, class noun or not (亿元级项目, 迈入万亿级城市行列)
    if qualifier := _alone(cand, mt):
        return qualifier
    if (
        _bounded(cand)
        and (mt[cand.end - 1] in _MAGNITUDE_START or (cand.magnitude and mt[cand.end - 1] in ("元", "圓")))
        # folded with the names' traditional forms too: 龍頭 is 龙头 (a class noun), as 頭 alone already was; a pinyin
        # reading inside a word read past (千億產(chǎn)業(yè)鎮(zhèn): data/corpus part T ft1_12)
        # 3个万亿GDP城市 (part W fw1_12): the aggregate the threshold measures may stand before the class noun
        and (class_after := _without_glosses(fold_names(mt[cand.end : cand.end + _GRAMMAR_WINDOW])).removeprefix("GDP"))
        and (
            grammar.CLASS_AFTER.match(class_after)
            or (cand.magnitude and grammar.FIRM_AFTER_COMPOUND.match(class_after))
        )
    ):
        # 百亿企业, “一千亿”“两千亿”城区, 千亿汽车制造企业: a class named by its threshold
        return grammar.CLASS_QUALIFIER
    if (
        cand.magnitude
        and following == "的"
        and grammar.CLASS_AFTER.match(_without_glosses(fold_names(mt[cand.end + 1 : cand.end + 1 + _GRAMMAR_WINDOW])))
    ):
        return grammar.CLASS_QUALIFIER  # 千万美元的项目有10项 (part V fv2_04): the class, 的 between
    if (
        cand.magnitude
        and cand.base_unit not in ("", "yuan")
        and mt[cand.end - 1] not in _MAGNITUDE_START
        and grammar.CLASS_AFTER_COMPOUND.match(fold_names(mt[cand.end : cand.end + _GRAMMAR_WINDOW]))
    ):
        return grammar.CLASS_QUALIFIER  # 万头养猪场, 百亿斤粮食产能基地: a facility classed by its capacity
    if _class_measured(cand, mt):
        return grammar.CLASS_QUALIFIER  # 千万元投资建设项目, 500万元投资建设项目: a class named by its entry threshold
    if cand.magnitude and cand.start > 0 and _QUOTED_TIER.fullmatch(mt, cand.start - 1, cand.end + 1):
        return Qualifier.AT_LEAST  # “百亿”: a round magnitude in quotes names a tier
    if qualifier := class_qualifier(cand, mt):  # round 33: 20亿元项目, 百亿重大项目, 冲千亿, 50萬(wàn)元以上, 六成多
        return qualifier
    if cand.approx_inside or cand.magnitude:
        return Qualifier.APPROX
    return Qualifier.EXACT
