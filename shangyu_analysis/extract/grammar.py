"""The qualifier grammar of thresholds, read from ``data/qualifier_grammar.yml`` and compiled once.

::

    [verb] [particle] [quote] NUMBER [(members)] ([、和及与—] NUMBER [(members)])* [quote] [的] [modifier]
        [descriptor] [noun] [上 adverbs light-verb verb]

The data file lists the classes (verbs of crossing, standing on, entering, reaching; threshold, step,
tier and scale nouns; class nouns; adverbs and verbs of having that a qualifier reaches across), each
with its qualifier, the reason and its source. This module validates it (one ``UserError`` naming the
file and the field) and compiles it into the patterns :mod:`~shangyu_analysis.extract.qualifiers` uses.
All patterns run on simplified text (:func:`~shangyu_analysis.text.normalise.to_simplified` knows the
traditional forms of their characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.schema import Qualifier
from shangyu_analysis.text.normalise import TRADITIONAL_OF, fold_names

GRAMMAR_YML = config.DATA_DIR / "qualifier_grammar.yml"
_QUALIFIERS = frozenset(q.value for q in Qualifier)
# What a verb qualifies without a threshold noun: any number right after it (突破5000亿元), only a round
# magnitude (迈入百亿), or nothing (达到 states a value).
_ALONE = ("any", "magnitude", "never")
# A one-character verb that is the end of another word: 经过/通过 (passing through), 赶超, 打破.
BLOCKED_BEFORE = {"过": "经通度", "超": "赶", "破": "打攻击", "达": "传表转送下"}
# A one-character class noun that begins another word: 市场, 区域, 区间, 县域.
_CLASS_NOT_BEFORE = "场域间"
_WS = r"[ \t\u3000]*"
# One number of a list sharing a noun: digits or Chinese numerals, then at most a scale and a unit.
# A parenthesis after a number names its members (5000亿元(昆山、江阴)—3000亿(…)): read past, up to 40 characters.
_MEMBERS = r"(?:[ \t\u3000]*[(（][^()（）\n]{0,40}[)）])?"
_LIST_NUMBER = (
    r"[“\"]?[0-9.,零〇一二两三四五六七八九十百千万亿]+[^\s，。；：、,;:“”\"()（）0-9和及与—–―]{0,4}?[”\"]?" + _MEMBERS
)
# Tiers are listed with 、 和 及 与, and also joined by dashes (5000亿元—3000亿——2000亿…梯队); never by a hyphen or a
# tilde, which write a range.
_LIST_SEP = rf"{_WS}(?:以及|、|和|及|与|、和|[—–―]{{1,2}}){_WS}"


class Grammar(NamedTuple):
    """The validated classes of ``data/qualifier_grammar.yml``."""

    verbs: dict[str, tuple[str, str]]  # word -> (qualifier, what it qualifies alone: any, magnitude, never)
    nouns: dict[str, str]  # word -> qualifier when no verb governs it
    adverbs: tuple[str, ...]
    particles: tuple[str, ...]
    modifiers: tuple[str, ...]
    scope: tuple[str, ...]
    class_nouns: tuple[str, ...]
    class_qualifier: str
    light_verbs: tuple[str, ...]  # before a verb written after its threshold (在…量级上实现突破)
    descriptor_suffixes: tuple[str, ...]  # 金字塔型梯队: a descriptive compound before the noun
    capacity_nouns: tuple[str, ...]  # 万头养猪场: a facility classed by a magnitude and its unit
    class_measures: tuple[str, ...]  # 千万元投资建设项目: what a class threshold of money measures
    negations: tuple[str, ...]  # 没有突破千亿: a negated verb of the grammar leaves the amount below its threshold
    negation_qualifier: str
    distributives: tuple[str, ...]  # 均达到2000亿元: every subject reached the amount, a shared threshold
    distributive_qualifier: str


def _words(path: Path, node: object, field: str) -> tuple[str, ...]:
    words = expect(path, node, list, field)
    if not words:
        raise UserError(path, f"{field}: no words")
    for k, word in enumerate(words):
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise UserError(path, f"{field}[{k}]: expected a word, got {word!r}")
    if len(set(words)) != len(words):
        raise UserError(path, f"{field}: a word is listed twice")
    return tuple(words)


def _classes(path: Path, node: object, kind: str, sources: dict) -> dict[str, dict]:
    """Every class of ``kind`` (verbs, nouns), checked: words, a known qualifier, a reason, a source."""
    classes = expect(path, node, dict, kind or "(top level)")
    seen: dict[str, str] = {}
    for name, entry in classes.items():
        field = f"{kind}.{name}" if kind else name
        expect(path, entry, dict, field)
        if entry.get("qualifier") not in _QUALIFIERS:
            raise UserError(path, f"{field}.qualifier: expected one of {sorted(_QUALIFIERS)}")
        for key in ("reason", "source"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise UserError(path, f"{field}.{key}: expected a sentence")
        if not any(source in entry["source"] for source in sources):
            raise UserError(path, f"{field}.source: names none of the sources {sorted(sources)}")
        for word in _words(path, entry.get("words"), f"{field}.words"):
            if word in seen:
                raise UserError(path, f"{field}.words: {word} is also in {seen[word]}")
            seen[word] = field
    return classes


def load(path: Path = GRAMMAR_YML) -> Grammar:
    """The grammar in ``path``, validated; a UserError says what is wrong."""
    data = expect(path, read_yaml(path), dict, "(top level)")
    sources = expect(path, data.get("sources"), dict, "sources")
    verbs: dict[str, tuple[str, str]] = {}
    for name, entry in _classes(path, data.get("verbs"), "verbs", sources).items():
        if entry.get("alone") not in _ALONE:
            raise UserError(path, f"verbs.{name}.alone: expected one of {list(_ALONE)}")
        verbs.update((word, (entry["qualifier"], entry["alone"])) for word in entry["words"])
    nouns = {
        word: entry["qualifier"]
        for entry in _classes(path, data.get("nouns"), "nouns", sources).values()
        for word in entry["words"]
    }
    classes = _classes(path, {"class_nouns": data.get("class_nouns")}, "", sources)["class_nouns"]
    for field in ("adverbs", "scope", "verb_after"):
        expect(path, data.get(field), dict, field)
    return Grammar(
        verbs,
        nouns,
        _words(path, data["adverbs"].get("words"), "adverbs.words"),
        _words(path, data.get("particles"), "particles"),
        _words(path, data.get("modifiers"), "modifiers"),
        _words(path, data["scope"].get("words"), "scope.words"),
        tuple(classes["words"]),
        classes["qualifier"],
        _words(path, data["verb_after"].get("light_verbs"), "verb_after.light_verbs"),
        _words(path, data.get("descriptor_suffixes"), "descriptor_suffixes"),
        _words(
            path, expect(path, data.get("capacity_nouns"), dict, "capacity_nouns").get("words"), "capacity_nouns.words"
        ),
        _words(
            path, expect(path, data.get("class_measures"), dict, "class_measures").get("words"), "class_measures.words"
        ),
        *_single_class(path, "negations", data.get("negations"), sources),
        *_single_class(path, "distributives", data.get("distributives"), sources),
    )


def _single_class(path: Path, name: str, node: object, sources: dict) -> tuple[tuple[str, ...], str]:
    """The words of a class given at the top level (negations, distributives) and its qualifier, checked like a class."""
    entry = _classes(path, {name: node}, "", sources)[name]
    return tuple(entry["words"]), entry["qualifier"]


def _alternation(words: Iterable[str], blocked: dict[str, str] | None = None, not_before: str = "") -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):  # longest first: the alternation takes the first that fits
        regex = re.escape(word)
        if blocked and word in blocked:
            regex = f"(?<![{blocked[word]}]){regex}"
        if not_before and len(word) == 1:
            regex += f"(?![{not_before}])"
        parts.append(regex)
    return "|".join(parts)


GRAMMAR = load()
_PARTICLE = f"(?:{_alternation(GRAMMAR.particles)})?"
MODIFIERS = _alternation(GRAMMAR.modifiers)
# At a number's end: the rest of a list, a closing quote, modifiers, then the noun.
# After 的 only (的金字塔型梯队), so that the first character after a number stays a cheap test.
_DESCRIPTOR = rf"(?:(?<=的)[\u4e00-\u9fff]{{1,4}}?(?:{_alternation(GRAMMAR.descriptor_suffixes)})的?)?"
THRESHOLD_AFTER = re.compile(
    # 900亿级的台阶: 级 then 的 (data/corpus part S fs2_04), both modifiers of the step
    rf"{_MEMBERS}(?:{_LIST_SEP}{_LIST_NUMBER})*{_WS}[”\"]?{_WS}(?:级(?=的))?(?:{MODIFIERS})?{_DESCRIPTOR}"
    rf"(?:{_alternation(GRAMMAR.class_nouns)})?"  # “万亿元城市俱乐部”: the class, then its club
    rf"(?P<noun>{_alternation(GRAMMAR.nouns)})(?!以[上下])"
)  # 2000万元规模以上: the statistics' size class
# After the noun, the verb written after its threshold: 上, adverbs, a light verb, a modifier, a verb of two
# characters or more (在2000亿元、3000亿元量级上都实现新的突破).
VERB_AFTER = re.compile(
    rf"上?{_WS}(?:{_alternation(GRAMMAR.adverbs)})*(?:{_alternation(GRAMMAR.light_verbs)})?{_WS}"
    rf"(?:{_alternation(GRAMMAR.modifiers)})?(?P<verb>{_alternation(w for w in GRAMMAR.verbs if len(w) > 1)})"
    # not when the verb has a number of its own (万亿俱乐部首次突破10座: the club's size, not the amount)
    rf"(?![了过]?{_WS}[0-9零〇一二两三四五六七八九十百千万亿])"
)
# What can come right after a number that THRESHOLD_AFTER matches: a cheap test before the regex, which runs
# on a simplified copy of the text (traditional forms listed by text.normalise).
AFTER_FIRST_CHARS = frozenset(
    " \t\u3000“”\"、和及与以(（—–―"
    + "".join(
        w[0] + TRADITIONAL_OF.get(w[0], w[0]) for w in GRAMMAR.modifiers + tuple(GRAMMAR.nouns) + GRAMMAR.class_nouns
    )
)
# Before a number (or before the first number of its list): the governing verb.
VERB_BEFORE = re.compile(
    rf"(?P<verb>{_alternation(GRAMMAR.verbs, BLOCKED_BEFORE)})[”\"]?{_PARTICLE}{_WS}[“”\"]?{_WS}"
    rf"(?:{_LIST_NUMBER}{_LIST_SEP})*[“\"]?$"
)
# 没有突破千亿, 尚未迈入千亿行列: a negation (adverbs after it) before the governing verb, right before the number.
NEGATED_VERB_BEFORE = re.compile(
    rf"(?:{_alternation(GRAMMAR.negations)})(?:{_alternation(GRAMMAR.adverbs)})*"
    rf"(?:{_alternation(GRAMMAR.verbs, BLOCKED_BEFORE)})[”\"]?{_PARTICLE}{_WS}[“”\"]?{_WS}$"
)
NEGATION_QUALIFIER = GRAMMAR.negation_qualifier
# 均达到2000亿元, 都已达到: a distributive adverb (then 已) before a verb of reaching, right before the number.
SHARED_REACH_BEFORE = re.compile(
    rf"(?:{_alternation(GRAMMAR.distributives)})(?:已经|已)?"
    rf"(?:{_alternation((w for w, (_, alone) in GRAMMAR.verbs.items() if alone == 'never'), BLOCKED_BEFORE)})"
    rf"{_PARTICLE}{_WS}$"
)
DISTRIBUTIVE_QUALIFIER = GRAMMAR.distributive_qualifier
# What can come right before a number that VERB_RIGHT_BEFORE matches (a cheap test before the regex).
BEFORE_LAST_CHARS = frozenset(
    " \t\u3000“”\"了过過" + "".join(w[-1] + TRADITIONAL_OF.get(w[-1], w[-1]) for w in GRAMMAR.verbs)
)
# Right before a number: a verb without a list in between (迈入百亿, 跨过千亿).
VERB_RIGHT_BEFORE = re.compile(
    rf"(?P<verb>{_alternation(GRAMMAR.verbs, BLOCKED_BEFORE)})[”\"]?{_PARTICLE}{_WS}[“”\"]?{_WS}$"
)
# Before a later member of a list with no noun after it: a verb that bounds any amount alone, over the whole list
# (分别超过3000亿、4000亿、5000亿: each more_than). Not across dashes (a range or a tier ladder).
_PLAIN_LIST_SEP = rf"{_WS}(?:以及|、|和|及|与|、和){_WS}"
VERB_OVER_LIST = re.compile(
    rf"(?P<verb>{_alternation(GRAMMAR.verbs, BLOCKED_BEFORE)})[”\"]?{_PARTICLE}{_WS}[“”\"]?{_WS}"
    rf"(?:{_LIST_NUMBER}{_PLAIN_LIST_SEP})+[“\"]?$"
)
# What can come right before a later member of such a list (a cheap test before the regex).
LIST_LAST_CHARS = frozenset("、和及与與“\"")
# What a qualifier reaches across before its number: adverbs, then a verb of having, with particles.
SCOPE_FILLER = (
    rf"(?:[了过])?(?:{_alternation(GRAMMAR.adverbs)})*"
    rf"(?:{_alternation(GRAMMAR.scope)})?(?:[了过])?"
)
# The same, written backwards, for matching the reversed text before a number (extract/qualifiers.py).
# Lazy, so the qualifier read is the one a forward search finds first: the longest, farthest (不超过, not 超+过).
SCOPE_FILLER_REVERSED = (
    rf"(?:[了过])??(?:{_alternation(w[::-1] for w in GRAMMAR.scope)})??"
    rf"(?:{_alternation(w[::-1] for w in GRAMMAR.adverbs)})*?(?:[了过])??"
)
SCOPE_LAST_CHARS = frozenset("了过" + "".join(w[-1] for w in GRAMMAR.adverbs + GRAMMAR.scope))
# After a round amount (百亿企业, 千亿县, 2万亿城市): a class named by its threshold; also after a list of
# them and out of quotes (“一千亿”“两千亿”“三千亿”城区, “千亿城区”). Not after 级: N级 is approx (conventions).
CLASS_NOUN = re.compile(rf"(?:{_alternation(GRAMMAR.class_nouns, not_before=_CLASS_NOT_BEFORE)})")
# 标准化万头养猪场, 百亿斤粮食产能基地: a magnitude with its unit, then a short compound ending in a class noun (a
# facility classed by its capacity): at_least like 百亿企业.
CLASS_AFTER_COMPOUND = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_alternation(GRAMMAR.capacity_nouns)})")
# 千亿汽车制造企业, 百亿元工业企业: a magnitude, the industry of a firm (a short compound, no money or verb of giving in
# it: not 百亿资金扶持企业), then 企业: the class of firms past the magnitude (data/corpus part T ft1_12).
FIRM_AFTER_COMPOUND = re.compile(r"[^\W\d_资金元给予奖补扶支助帮为的和与及对向用]{1,4}?企业")
# 千万元投资建设项目, 500万元投资建设项目: a round amount of money, what it measures, then a class noun.
CLASS_AFTER_MEASURE = re.compile(rf"(?:{_alternation(GRAMMAR.class_measures)})+{CLASS_NOUN.pattern}")


def class_by_measure(after: str) -> bool:
    """Whether ``after`` (the text right after an amount) is what a class threshold measures and its class noun
    (投资建设项目, 產值企業). Folded with the measure vocabulary's traditional forms (投資建設), which the figure
    patterns' own table does not hold."""
    return CLASS_AFTER_MEASURE.match(fold_names(after)) is not None


# Numbers of a list follow a separator, a space, or one another only when quoted (“一千亿”“两千亿”城区): with an
# empty separator a run of digits could be cut into "numbers" in exponentially many ways (a fuzz text of 266
# characters took minutes), so an unquoted number never directly follows another.
CLASS_AFTER = re.compile(
    rf"[”\"]?(?:(?:{_LIST_SEP}|[ \t\u3000]+|(?=[“\"])){_LIST_NUMBER})*{_WS}[”\"]?{CLASS_NOUN.pattern}"
)
CLASS_QUALIFIER = GRAMMAR.class_qualifier
# The whole of a quoted name made of amounts and a threshold or class noun: “GDP千亿俱乐部”, “百亿、千亿企业”,
# “千亿城区” (a figure, not a slogan such as “两个先行”).
_QUOTED_AMOUNT = r"[0-9.零〇一二两三四五六七八九十百千万亿]+元?"
QUOTED_THRESHOLD_NAME = re.compile(
    rf"[^0-9零〇一二两三四五六七八九十百千万亿“”\"]*?{_QUOTED_AMOUNT}(?:{_LIST_SEP}{_QUOTED_AMOUNT})*级?"
    rf"(?:{_alternation(GRAMMAR.modifiers)})?(?:{_alternation(GRAMMAR.nouns)}|{CLASS_NOUN.pattern})$"
)
# Nouns that name a lone magnitude as a threshold (万亿大关, 万亿俱乐部): see rules._chinese_reason.
NOUN_STARTS = tuple(GRAMMAR.nouns) + tuple(m + n for m in GRAMMAR.modifiers for n in GRAMMAR.nouns)


def verb_of(word: str) -> tuple[str, str]:
    """(qualifier, what it qualifies alone) of a verb the patterns above matched."""
    return GRAMMAR.verbs[word]


def names_threshold(after: str) -> bool:
    """Whether the text right after an amount makes it a threshold: a threshold noun (3000亿(…)—2000亿(…)梯队) or
    a class noun (“一千亿”“两千亿”城区), past a list. A bare 亿 there is money (亿元), not a count."""
    return bool(CLASS_AFTER.match(after) or THRESHOLD_AFTER.match(after))
