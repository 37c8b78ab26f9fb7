"""Helpers of the period rules: what a time expression says of one figure (from/to, spans, asides, scope), and a
figure that bounds a class of places (超600亿元的县域)."""

from __future__ import annotations

import re

from shangyu_analysis.text.periods import DASHES, TimeExpression


def aside(simple: str, lo: int, hi: int) -> bool:
    """True when a parenthesis opened before ``lo`` closes before ``hi`` (the expression at ``lo`` is inside
    it); 全年实现地区生产总值(GDP)420.77亿元 is no aside."""
    depth = 0
    for paren in _PARENS.finditer(simple, lo, hi):  # the parentheses only: [lo, hi) may be a long paragraph
        if paren.group(0) in "(（":
            depth += 1
        elif depth == 0:
            return True
        else:
            depth -= 1
    return False


_PARENS = re.compile(r"[(（)）]")
FROM = re.compile(r"(?:从|由)$")
TO = re.compile(
    r"(?:增至|升至|提升至|提高至|提高到|拓展至|扩大至|增长至|增加到|增加至|达到|至|到|调整为|优化为|变为|转为|跃居|升为)$"
)
_FLOW = re.compile(r"接待|收入|营收|产值|增加值|销售|交易额|实现|完成")
# The shapes of a value, compiled once (re.fullmatch with a string looks its pattern up on every figure)
YEAR_SPAN = re.compile(r"(\d{4})-(\d{4})")  # 2018-2022
_PART_SPAN = re.compile(r"(\d{4})([HQM])(\d+)-[HQM](\d+)")  # 2021M2-M11
_DAY = re.compile(r"(\d{4})-(\d{2})-\d{2}")
_FROM_OR_BY = re.compile(r"从|由")
_FROM_BEFORE = re.compile(r"(?:从|由)[-–—]?$")


def from_to(simple: str, value: str, t: TimeExpression, start: int) -> str:
    """A span's first year for the figure after 从/由, its last for the one after …至 (面积从7.3平方公里拓展至
    39平方公里 over 二十年来); the months up to a month's end for a flow counted 截至…月底 (接待游客)."""
    if "-" not in value:
        return value  # every shape below is a span or a day: a year or a half is taken as it is
    before = simple[max(t.end, start - 4) : start]
    span = YEAR_SPAN.fullmatch(value)
    if span and FROM.search(before):
        return span.group(1)
    if span and TO.search(before) and _FROM_OR_BY.search(simple, t.end, start):
        return span.group(2)
    part = _PART_SPAN.fullmatch(value)  # 去年2至11月…由-46.7%升至-4.7%
    if part and _FROM_BEFORE.search(before):
        return f"{part.group(1)}{part.group(2)}{part.group(3)}"
    if part and TO.search(before) and _FROM_OR_BY.search(simple, t.end, start):
        return f"{part.group(1)}{part.group(2)}{part.group(4)}"
    day = _DAY.fullmatch(value)
    if day and t.match.group("upto") and _FLOW.search(simple, t.end, start):
        return f"{day.group(1)}M1-M{int(day.group(2))}"
    return value


def span_part(simple: str, value: str, t: TimeExpression, start: int, kind: str | None) -> str:
    """What a paragraph's span (二十年来: 2003-2022) says of a later figure: its first year after 从/由 (the
    finder's ``period`` makes a starting level the year before it),
    LAST/FIRST for a multiple (为建区之初的7倍), its last year for the state reached (面积…拓展至39平方公里,
    企业达148家: a level word in the figure's clause), else the span itself (五年来,…引进过亿元项目94个: what was
    done over the years)."""
    span = YEAR_SPAN.fullmatch(value)
    if span is None:
        return value
    if FROM.search(simple[max(0, start - 4) : start]):
        return span.group(1)
    if kind == "multiple":
        return f"{span.group(2)}/{span.group(1)}"
    if _CHANGE.search(simple, max(0, start - 3), start) and _POINTS.match(simple, start):
        # 常住人口城镇化率57.1%、提高6.5个百分点 over 2018-2022: the span's end against the year before it started
        return f"{span.group(2)}/{int(span.group(1)) - 1}"
    clause = _LAST_CLAUSE.search(simple, max(0, start - 40), start)
    words = clause.group(0) if clause else ""
    if "累计" in words and kind != "rank":
        # 五年来,…一般公共预算收入累计达到552亿元 (faa1_05_haixi_review_2021_2025): a total over the span, not a level
        return value
    if kind == "rank" or _LEVEL.search(words) or TO.search(simple, max(0, start - 4), start):
        return span.group(2)  # a rank, a level, a gap (比全省平均水平高9277元): the state reached
    return value


_CHANGE = re.compile(r"(?:提高|提升|下降|降低)了?$")  # a rate's change in points, not 绿化提升176.9万m2
_POINTS = re.compile(r"[\d.]+个?百分点")
_LAST_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]*$")
# 高/低 of a gap (比全省平均水平高9277元), not the prefix of a noun (高新技术企业40家, 高层次人才85名, 低碳)
# 在去年较快增长的基础上继续保持…增长: the year grown from, a base of comparison; it frames nothing and governs no
# figure after its clause
BASE_NEXT = re.compile(r"[^，,。；;：:！？!?\n]{0,16}的?基础上")
_LEVEL = re.compile(r"达|迈上|突破|超过|超|为|占|比重|率|规模|总量|余额|至|到(?!位)|高(?![新层端技质效])|低(?![碳保])")


_EQUALS = "相当于"  # 地区生产总值年均增长24%,相当于2005年的3倍;固定资产投资…: the base year, its own clause only


def scoped(t: TimeExpression) -> bool:
    """A comparison (比2015年) or a reference to another year (去年上半年 in a text about this year) governs
    its own clause and the next, not the rest of the sentence (:func:`scope_clauses`)."""
    if (t.kind == "back" and t.match.group("bn4")) or _year_plan_words(t):
        # 五年增加2万家,高新技术企业达6.9万家: the years of the change, not of the level after it
        return True
    return t.kind in ("compare", "streak") or (
        t.kind == "point"
        and (
            (t.match.group("rel") in ("去年", "上年", "前年") and t.match.group("bare") != "以来")
            or t.match.string.endswith(_EQUALS, 0, t.start)
        )
    )  # 去年以来,… governs the sentence


def _year_plan_words(t: TimeExpression) -> bool:
    """当年计划投资17.2亿元;续建项目10项: the year's plan for its own clause, not the period of the next ones."""
    return t.match.group("this") == "当年" and t.match.string.startswith("计划", t.end)


def scope_clauses(t: TimeExpression) -> int:
    """How many clause marks a scoped expression reaches over: a comparison with an earlier part of the year
    (增速比1—4月加快2个百分点), a streak (连续3个月加快) and a base (在去年…的基础上) govern their own clause only."""
    if (
        t.kind == "streak"
        or (t.kind == "back" and t.match.group("bn4"))
        or _year_plan_words(t)
        or (t.kind == "point" and BASE_NEXT.match(t.match.string, t.end) is not None)
        or (t.kind == "compare" and not t.match.group("cmp") and not t.match.group("cmpago"))
    ):
        return 0
    return 1


def out_of_scope(simple: str, t: TimeExpression, start: int) -> bool:
    """True when the expression ``t`` does not reach the figure at ``start``: a scoped one (:func:`scoped`)
    beyond its clauses, or 目前/现有 inside a clause beyond its ；-part (肥西县是目前安徽唯一超过800亿元的县域;
    肥东迈上700亿元: the 700 is the year's; “目前,…在研项目128个;授权专利631项” opens its sentence and
    reaches all of it); none reaches over a ；, which opens a list's next item (是2011年的2.7倍;社会消费品零售总额125亿元)."""
    if scoped(t) and not opens_sentence(simple, t) and not _after_lead_in(simple, t):
        # 数量与去年持平,并列全国第3: the year compared with governs its own clause only
        compared = t.kind == "point" and (
            simple[t.start - 1 : t.start] in ("与", "比", "较", "同") or simple.endswith(_EQUALS, 0, t.start)
        )
        # 增速与2024年全年持平。其中,农业产值增长5.4%: nor over the end of its sentence (其中 continues it)
        # 是2011年的2.7倍;社会消费品零售总额125亿元: nor over a ；, which opens a list's next item
        return clauses_between(simple, t.end, start) > (0 if compared else scope_clauses(t)) or any(
            mark in simple[t.end : start] for mark in "。！？!?；;"
        )
    if t.kind == "asof" and not (t.start == 0 or simple[t.start - 1] in _OPENS):
        return simple.count("；", t.end, start) + simple.count(";", t.end, start) > 0
    return False


_LEAD_IN = re.compile(r"[。！？!?\n][^\d。！？!?\n，,；;]{2,6}[，,]$")


def _after_lead_in(simple: str, t: TimeExpression) -> bool:
    """初步统计,去年全省地区生产总值48810亿元、…,地方一般公共预算收入3383亿元: another year right after a short lead-in
    clause that opens its sentence (初步统计, 据核算) is the sentence's subject, as a year opening it before a comma
    is; it governs the whole sentence (bounded to the 8 characters before it: no search back)."""
    return t.kind == "point" and _LEAD_IN.search(simple, max(0, t.start - 8), t.start) is not None


def opens_sentence(simple: str, t: TimeExpression) -> bool:
    """去年,该省加快推进…,1299个重大项目完成投资1.4万亿元: another year opening its sentence, before a comma,
    frames the sentence as 2020年,… does."""
    # an indented paragraph or a quotation (“去年,广西…) opens on it too
    before = simple[max(0, t.start - 4) : t.start].rstrip(" \u3000“\"")
    return t.kind == "point" and (not before or before[-1] in "。！？!?\n") and simple[t.end : t.end + 1] in "，,"


_OPENS = frozenset("。！？!?\n，,；;：:】] \u3000")  # 【新闻背景】 目前,… opens its sentence


def clauses_between(simple: str, lo: int, hi: int) -> int:
    return sum(simple.count(mark, lo, hi) for mark in "，,；;")


_CLASS_OF_PLACES = re.compile(r"(?:以上|以下)?(?:的)?(?:县域|縣域|区县|區縣|县|縣|区|區|市|城市)|[区區]间|的\d+[个個]")
_COUNTED = re.compile(r"[^，,；;。]*?\d+[个個]")  # the class counted in its clause: 的县域从2021年的4个
_ABOVE_BELOW = re.compile(r"(?:超过|超|低于|高于)$")
_RANGE = re.compile(r"\d\S*[至到" + DASHES + r"]\S*\d")


def class_threshold(simple: str, start: int, end: int) -> bool:
    """True when the figure at ``start``–``end`` bounds a class of places: after 超/低于 (超600亿元的县域,
    超100億元的133個, 低于100億元縣域) or as a range (200亿元至600亿元的县域, 500億元—1000億元區間) that a place
    noun, 区间 or a count follows and its clause counts (looked at in the few characters around the figure only)."""
    noun = _CLASS_OF_PLACES.match(simple, end)
    if noun is None or not _COUNTED.match(simple, noun.start(), noun.end() + 20):
        return False  # 肥西县是目前安徽唯一GDP超过800亿元的县域: a state the place is in, the class not counted
    return (
        _ABOVE_BELOW.search(simple, max(0, start - 3), start) is not None
        or _RANGE.search(simple, start, end) is not None
    )


# 今年我市前三季度经济数据出炉, 开展2021年全市二季度项目集中开工: a year with its part right after (the own place
# between) frames the text in the part, wherever it stands in the lead
_OWN_PLACE_GAP = re.compile(r"(?:[我全本][省市区县])?")


def part_follows(simple: str, times: list[TimeExpression], k: int) -> bool:
    """True when the point ``k`` of ``times`` is a year (今年, 2023年) right before a part of it, at most the text's
    own place between (今年我市前三季度): the two name one period."""
    nxt = k + 1
    return (
        nxt < len(times)
        and times[k].kind == "point"
        and times[nxt].kind == "point"
        and _OWN_PLACE_GAP.fullmatch(simple, times[k].end, times[nxt].start) is not None
    )
