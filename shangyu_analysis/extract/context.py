"""Context tests around a candidate figure: its clause and sentence, quotes, list shapes."""

from __future__ import annotations

import re

from shangyu_analysis.extract import grammar
from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate
from shangyu_analysis.schema import RejectReason
from shangyu_analysis.text.normalise import to_simplified

# 党的二十大, 十九大以来: N大 before these is a party congress.
_CONGRESS_AFTER = re.compile(r"以来|精神|报告|代表|召开|胜利|开幕|闭幕|期间|之后|后|前|上|和")
CLAUSE_STOPS = frozenset(",，。;；!！?？:：\n")
SENTENCE_STOPS = frozenset("。;；!！?？\n")
_CN_NUMERAL_SET = frozenset(fp.CN_NUMERAL_CHARS)
_SCALE_CHARS = frozenset("百千万亿萬億")
# What follows a figure in a quoted name that a threshold makes (“万亿俱乐部”, “GDP千亿俱乐部”, “千亿县”): the
# threshold nouns and class nouns of the qualifier grammar (data/qualifier_grammar.yml), after an optional 元/级
# and modifier (“千亿大台阶”); two nouns may follow each other (“万亿元城市俱乐部”).
_THRESHOLD_NAME = re.compile(
    rf"元?级?(?:{'|'.join(grammar.GRAMMAR.modifiers)})?(?:{'|'.join(sorted(set(grammar.GRAMMAR.nouns) | set(grammar.GRAMMAR.class_nouns), key=len, reverse=True))}){{0,2}}$"
)


# The tail of an enumeration right before a count: 深圳、天津、苏州、重庆(四座城市), 潜江、宜都、大冶:(三座县市),
# 烟叶、…、特色蔬菜等(六大特色板块), after an optional colon, a parenthesis (内地9市数据) or 等. A member may run to 16
# characters: 海南生态软件园、海口复兴城互联网信息产业园(3个园区) (fan2_02), …、新能源動力和儲能產業基地(5個項目) (fam1_08).
_LIST_TAIL = re.compile(
    r"(?<![0-9.%％])(?P<items>(?:[\u4e00-\u9fff]{1,16}、)+[\u4e00-\u9fff]{1,16}?)(?P<etc>等)?"
    r"(?:[(（][^()（）]{0,12}[)）])?[:：]?[ \t]*$"
)
# Two things joined by 和/与/及 with no 、 list, then 两 + classifier + the noun that names them: 守住发展和生态两条底线
# (the pair just named; the second name up to 10 characters: 申禄达物流城和东富汽车配件城两个物流项目, fan1_02). Not a count after its noun (制定行业标准84个, 两个: how many standards), not digits
# (borderline by the conventions), not a longer list with a final 和 (…教育、医疗和养老等九大场景 stays a figure).
_PAIR_TAIL = re.compile(r"(?<![0-9.%％、])[\u4e00-\u9fff]{1,10}?(?<![、])[和与及][\u4e00-\u9fff]{1,10}[ \t]*$")
_PAIR_COUNT = re.compile(r"[两兩二][\u4e00-\u9fff]?[\u4e00-\u9fff]")

# Not a character of a list's items: where a list that ends at the window's end cannot reach back past.
_BEFORE_ITEMS = re.compile(r".*[^\u4e00-\u9fff、]", re.S)
_LIST_TAIL_AFTER_ITEMS = 16  # 等, a parenthesis of 12 and a colon: the most that stands between a list and its end


def _list_floor(before: str) -> int:
    """The earliest position where ``_LIST_TAIL`` can match in ``before``: its items run unbroken to within
    ``_LIST_TAIL_AFTER_ITEMS`` of the end (blanks aside), so not back past a character that no item holds. A
    search from there finds the same match without trying the positions before it."""
    reach = len(before.rstrip(" \t\n")) - _LIST_TAIL_AFTER_ITEMS  # $ also matches before a final line break
    m = _BEFORE_ITEMS.match(before, 0, reach) if reach > 0 else None
    return m.end() if m else 0


def counts_listed_before(mt: str, start: int, value: float, end: int | None = None) -> bool:
    """True when a count refers back to the list right before it (figure ruling 6): a 、-list it counts exactly
    (:func:`_counts_named_list`) or a 、-list whose last member is joined by 和/及/与 (:func:`_counts_joined_list`)."""
    return _counts_named_list(mt, start, value, end) or _counts_joined_list(mt, start, value)


def _counts_named_list(mt: str, start: int, value: float, end: int | None = None) -> bool:
    """True when a count right after an enumeration counts exactly its members (深圳、天津、苏州、重庆四座城市:
    four named, four counted; …中药材、特色蔬菜等六大特色板块: six named): it refers back to the list just given, a
    non-figure by the conventions. A count of something else (新建、改建5个项目) or a total the list only
    samples (兰州、呼和浩特等7个省会城市, the seed's …和治理等九大场景) is a figure."""
    before = to_simplified(mt[max(0, start - _LIST_REACH) : start])
    m = _LIST_TAIL.search(before, _list_floor(before)) if "、" in before else None  # no 、, no list
    if not m:
        return (
            value == 2
            and end is not None
            and _PAIR_COUNT.fullmatch(mt, start, end + 1) is not None
            and _PAIR_TAIL.search(before) is not None
        )
    members = m.group("items").count("、") + 1
    return value == members


_HAN = r"[\u4e00-\u9fff]"
# The list: members of one to ten characters joined by 、, the last two by 和/及/与, ending right at the count
# (通遼市、…、巴彥淖爾市和阿盟6個盟市, fv1_06: _counts_named_list takes 巴彥淖爾市和阿盟 for one member).
_JOINED_LIST = re.compile(
    rf"(?<![0-9.%％、])(?P<items>(?:{_HAN}{{1,16}}、)+{_HAN}{{1,16}}?[和及与]{_HAN}{{1,16}})[ \t]*$"
)
_LIST_REACH = 120  # characters before the count that the list may fill (members of up to 16 characters)
_JOINS = ("和", "及", "与")
_RAW_JOINS = ("和", "及", "与", "與")


def _counts_joined_list(mt: str, start: int, value: float) -> bool:
    """True when the count at ``start`` sums up the 、…和 list right before it (增长力、扩展力和改革力三个维度)."""
    raw = mt[max(0, start - _LIST_REACH) : start]
    # the cheap test, before simplifying (only 與 simplifies to a join, nothing to 、): no final join, no such list
    if "、" not in raw or not any(j in raw[-12:] for j in _RAW_JOINS):
        return False
    before = to_simplified(raw)
    tail = before[-12:]
    if "、" not in before or not any(j in tail for j in _JOINS):
        return False
    m = _JOINED_LIST.search(before)
    if m is None or m.group("items").endswith("等"):  # …和…等九大领域: 等 leaves the list open (a count, not a recap)
        return False
    items = m.group("items")
    last = items[items.rfind("、") + 1 :]
    return value == items.count("、") + 1 + any(j in last for j in _JOINS)


def clause_before(mt: str, start: int, limit: int = 30) -> str:
    """The text of the clause that ends at ``start`` (at most ``limit`` characters)."""
    window = mt[max(0, start - limit) : start]
    for i in range(len(window) - 1, -1, -1):
        if window[i] in CLAUSE_STOPS:
            return window[i + 1 :]
    return window


_TENTHS = {ch: i for i, ch in enumerate("一二三四五六七八九", start=1)}


def tenths_after(mt: str, end: int) -> int:
    """The tenths digit written after 成 (二成五 = 2.5成), or 0 when the next numeral starts a count."""
    digit, after = mt[end : end + 1], mt[end + 1 : end + 2]
    if digit not in _TENTHS or (after and (after in _CN_NUMERAL_SET or after in fp.FOLLOWERS)):
        return 0  # 三成五个县 is 3成 and then five counties
    return _TENTHS[digit]


def sentence_before(mt: str, start: int, limit: int = 80) -> str:
    window = mt[max(0, start - limit) : start]
    for i in range(len(window) - 1, -1, -1):
        if window[i] in SENTENCE_STOPS:
            return window[i + 1 :]
    return window


QUOTE_OPENINGS = ("‘", "“")  # the inner quotes first: “深入开展‘六个行动’推动…” names ‘六个行动’
QUOTE_REACH = 20  # how far before a figure its opening quote may stand
# The cheap test before in_quotes: an opening quote within reach (QUOTE_OPENING.search(text, start - QUOTE_REACH, start)).
QUOTE_OPENING = re.compile(f"[{''.join(QUOTE_OPENINGS)}]")


def in_quotes(text: str, start: int, end: int) -> str | None:
    """The quoted string around [start, end) on the same line, or None when not quoted."""
    for opening, closing in zip(QUOTE_OPENINGS, ("’", "”")):
        left = text.rfind(opening, max(0, start - QUOTE_REACH), start)
        if left < 0 or text.find(closing, left + 1, start) >= 0 or "\n" in text[left:start]:
            continue
        right = text.find(closing, end, end + 20)
        if right < 0 and (right := text.find(opening, end, end + 20)) < 0:  # typo: “十四五“
            continue
        return text[left + 1 : right]
    return None


_STRAIGHT_QUOTES = ('"', "＂")  # and the full-width form: this reads the text, not its width-folded copy


def straight_quoted(text: str, start: int, end: int) -> str | None:
    """The name in straight quotes that a figure opens (全面落实 " 四个走在前 ": data/corpus part M fm2_02), or None.
    A straight quote opens or closes alike, so only a figure right after one (spaces aside) is read, up to the next
    quote within reach with no punctuation between: the shape of a quoted slogan, not of a quoted sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u3000")
    if not before.endswith(_STRAIGHT_QUOTES):
        return None
    right = min((i for i in (text.find(q, end, end + QUOTE_REACH) for q in _STRAIGHT_QUOTES) if i >= 0), default=-1)
    inner = text[start:right].strip() if right >= 0 else ""
    return inner if inner and not any(mark in inner for mark in "，,。；;：:、！？") else None


def quoted_label(quoted: str, surface: str, chinese: bool) -> bool:
    """True when a quoted figure is a name: “五个跃升”, “3个100”; not “42条” or “2万亿元俱乐部”."""
    if quoted == surface or len(quoted) > 12 or any(mark in quoted for mark in "，,。；;：:！？"):
        return False  # the figure itself, or quoted speech rather than a name
    k = quoted.find(surface)
    if (
        k >= 0
        and any(ch in _SCALE_CHARS for ch in surface)  # a round threshold (千亿, 2万亿元), not “六个工程”, a count
        and not any(ch.isdigit() or ch in _CN_NUMERAL_SET for ch in quoted[:k])
        and quoted[k + len(surface) :]
        and _THRESHOLD_NAME.match(to_simplified(quoted[k + len(surface) :]))
    ):
        return False  # “万亿俱乐部”, “GDP千亿俱乐部”, “千亿县”: a threshold named by its figure
    if grammar.QUOTED_THRESHOLD_NAME.match(to_simplified(quoted)):
        return False  # “百亿、千亿企业”, “一千亿、两千亿城区”: a list of thresholds sharing their class noun
    if (
        k > 0
        and surface[-1:] in _SCALE_CHARS
        and (verb := grammar.VERB_RIGHT_BEFORE.search(to_simplified(quoted[:k])))
        and verb.start() > 0  # “超百亿”, “冲百亿”: a verb and a magnitude alone name an action (a programme's slogan)
        and grammar.verb_of(verb.group("verb"))[1] == "any"
    ):
        return False  # “三年过万亿”: a target to cross a magnitude states the threshold (data/corpus part Q fq1_03)
    if chinese:
        return True  # Chinese-numeral slogans: “两个先行”, “三大差距”
    rest = quoted.replace(surface, "", 1)
    return any(ch.isdigit() or ch in _CN_NUMERAL_SET for ch in rest)


def summarises_list(mt: str, start: int, count: float) -> bool:
    """True for 生命健康、新材料三大…: a count that sums up the list just before it (no 等)."""
    clause = clause_before(mt, start, 60)
    if not clause or clause[-1] in "等些":
        return False
    items = clause.count("、") + 1 + ("和" in clause or "及" in clause)
    return clause.count("、") >= 1 and items == int(count)


def names_rule_set(mt: str, start: int, end: int, base: str) -> bool:
    """True for N项/N条 that names a rule set: right after its issuer, before 规定 (中央八项规定)."""
    return (
        base in ("项", "条")
        and fp.RULE_SET_NOUN.match(mt, end) is not None
        and fp.RULE_SET_ISSUER.search(to_simplified(mt[max(0, start - 4) : start])) is not None
    )


def counted_with_da(cand: Candidate, mt: str, after: str) -> str | None:
    """八大产业集群 is a count of 8 (surface up to 大, or 大类); why it is not, or None."""
    start, value = cand.start, cand.value
    if value != int(value) or value > 30 or not ("\u4e00" <= after[:1] <= "\u9fff"):
        return RejectReason.IDIOM
    if mt[start - 1 : start] in ("周", "週") or mt[max(0, start - 2) : start] == "星期":
        return RejectReason.DATE  # 週五大陸: Friday, then a word
    if _CONGRESS_AFTER.match(after) or mt[max(0, start - 2) : start] == "党的":
        return RejectReason.ORDINAL  # 党的二十大, 十九大以来: a party congress
    if after[:1] in "类類":
        cand.end += 1
    if summarises_list(mt, start, value):
        return RejectReason.ENUMERATION
    if fp.AGGREGATE_OF_SET.match(to_simplified(mt[cand.end : cand.end + 24])):
        return RejectReason.LABEL  # 六大支柱产业工业增加值83.54亿元: the set named as a figure's scope
    return None
