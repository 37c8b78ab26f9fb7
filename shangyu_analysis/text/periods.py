"""Periods: find the time expressions of a text once and resolve them to the shapes of FACTS.md.

Shapes (``Y`` a four-digit year; ``../shared/corpus/FACTS.md``): a year ``2021``, a half ``2021H1``, a quarter
``2021Q1``, quarters ``2021Q1-Q3``, a month ``2021M5``, months ``2021M1-M5``, a day ``2022-02-13``, a span of
years ``2016-2020``, a comparison ``2020/2015`` (LATER/EARLIER), ``as_of_publication``, and ``-`` (unknown).

A :class:`TimeExpression` is one match of :data:`TIME` (its span, its words, its kind) resolved against the
*year in force* (the year the text is talking about at that point: 上半年 is the first half of it, 连续8年 ends
in it) and the text's date (今年, 去年, 五年来 count from the year it is written in). Words that compare with
the year before (比上年, 同比, 上年同期) are matched so that they are *not* read as periods: the period of
“比上年增长5%” stays the current one; 较上年四季度 compares with a part of the year before. 至10月底 opening a
clause (no 截至), or 截至11月底 before projects started, finished or invested in (截至11月底计划竣工22项), is the
year's months up to it (``2017M1-M10``), a quarter's end (二季度末) the quarters to date (``H1``). A ranking list named by its year with 年 left out (2022赛迪百强县榜单) is a
year too; 百强 and 榜单 are anchors of the scan for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from shangyu_analysis.text.dates import early_in_year
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.period_compared import compared_part, compared_point
from shangyu_analysis.text.period_shapes import UNKNOWN, streak_span, within_year

AS_OF = "as_of_publication"
_CN = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_RELATIVE = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "过去一年": -1,
    "过去的一年": -1,
    "明年": 1,
    "前年": -2,
    "后年": 2,
}
# Relative years that name a year other than the text's own: a reference, not the year the text goes on about.
REFERENCE_YEARS = frozenset({"去年", "上年", "上一年", "过去一年", "过去的一年", "前年", "明年", "后年"})
# Every dash a span may be written with (1-2月, 1—2月, 1―2月 with U+2015, 2016–2020), escaped for a character class.
DASHES = r"\-‐‑‒–—―─"
_N = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_Y = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
_REL = "|".join(sorted(_RELATIVE, key=len, reverse=True))
_SUB = (
    r"(?P<h>上半年|下半年)|(?P<q3>前[三3]季度?|1-3季度|一至三季度)|第(?P<q>[一二三四1-4])季度?|(?P<qq>[一二三四1-4首])季度"
    r"|(?P<m1>\d{1,2})(?:[" + DASHES + r"~〜至]|月(?:份)?[" + DASHES + r"~〜至])(?P<m2>\d{1,2})月(?:份)?"
    # 元至九月, 一月至十月: a month range in words (元, 元月: January)
    r"|(?P<mc1>元|十[一二]?|[一二三四五六七八九])(?:月份?)?["
    + DASHES
    + r"~〜至](?P<mc2>十[一二]?|[一二三四五六七八九])月(?:份)?"
    r"|前(?P<mf>\d{1,2}|十[一二]?|[一二三四五六七八九])个?月(?:份)?"  # 今年前11月, 前四月: months 1 to N
    r"|(?P<m>\d{1,2})月(?:份)?(?:(?P<d>\d{1,2})日)?(?P<mend>底|末)?"
)
_SUB_START = (
    r"上半年|下半年|前三季|前[\d一二三四五六七八九十]|1-3季度|一至三季度|第[一二三四1-4]季|[一二三四1-4首]季度"
    r"|\d{1,2}(?:[" + DASHES + r"~〜至]|月)|(?:元|十[一二]?|[一二三四五六七八九])(?:月份?)?[" + DASHES + r"~〜至]"
)
# Every time expression starts with one of these: a look-ahead on them lets the scan skip other positions.
_FIRST = "元未民比较上去同环与是0-9〇○零一二三四五六七八九十两自从过近这连第到至力预计目截当现如今本明前后全年首下“用"
# ... and it opens with one of these (two characters; up to four for a number). Every alternative of TIME opens
# with a named group, so ``re`` cannot turn one away on its first character: without this look-ahead it tried all
# of them at every _FIRST character (上虞, 2.5%, 五个), 17,080 positions for 2,968 matches in 1 MB of bench text.
# It must let through every start of every alternative (a superset is safe: it only turns positions away).
_YN = "〇○零一二两三四五六七八九十"  # the characters of _Y and _N
_START = (
    r"\d(?:\d{3}|\d?[年" + DASHES + r"~〜至月]|季)"
    rf"|[{_YN}][{_YN}年至季月]|元[月至]|[比较][上去\d{_YN}]|上[年一半]|去年|同[比\d{_YN}]|环比|[与是][\d{_YN}]|“十|民国"
    rf"|[自从]\d|这[\d{_YN}]|当[年前]|全年|年[末底]|过去|近[\d{_YN}]|连续|[到至][\d{_YN}]|至今|力争|预计|计划"
    rf"|目[标前]|用[\d{_YN}]|截[至止]|现有|如今|今年|今后|未来|本年|明年|前[年\d{_YN}]|后年|下半|第[一二三四1-4]|首季"
)
# A ranking list named by its year, 年 left out (2022赛迪百强县榜单, “2023中国省级开发区高质量发展百强榜单”)
_LIST_YEAR = r"(?<=[12][09]\d\d)(?=[^年\d，,。；;、]{0,14}(?:榜单|百强|排行榜))"
# A year may be written with a space before 年 (展示了 2023 年江苏经济…: a repost that spaces its numbers), and a
# streak with spaces around its count (连续 8 年稳定在 1300 亿斤以上).
TIME = re.compile(
    rf"(?=[{_FIRST}])(?={_START})(?:(?P<same>[比较][上去]年(?!{_SUB_START}|全年)|上年同期|去年同期|同比|环比)"
    rf"|(?P<cmp>比|较|与|同|是)(?:(?P<cy>{_Y})年|(?P<crel>上年|去年)(?=全年))(?:全年|同期)?(?:相比|的|末|底)?"
    rf"|(?P<cmpago>(?P<ago>{_N})年前(?:的)?)"
    rf"|(?P<span>(?P<y1>\d{{4}})(?:年)?[{DASHES}~〜至到](?P<y2>\d{{4}})年)"
    r"|(?P<plan>“?十(?P<pn>[一二三四五六七八九])五”?(?:规划|时期|期间|以来)?(?:(?P<pend>末|收官之年)|(?P<pstart>的?[开開]局之?年))?)"
    r"|(?P<roc>民国\s*(?P<ry>\d{1,3})\s*年(?:\s*(?P<rm>\d{1,2})\s*月)?)"
    rf"|(?P<cdate>(?P<cy2>{_Y})年(?P<cm>[一二三四五六七八九十]{{1,2}})月(?P<cd>[一二三四五六七八九十]{{1,3}})日)"
    rf"|(?P<since>(?:自|从)?(?P<sy>\d{{4}})年(?:[{DASHES}~〜至到]今|以来))"
    r"|(?P<this>这一年|当年|一年来|全年|年末|年底)"
    rf"|(?P<back>(?:过去|近|这)(?!一年)(?P<bn>{_N})年(?:来|以来|间)?|(?P<bn2>{_N})年(?P<more>多)?(?:来|以来|间)"
    rf"|(?:未来|今后)(?P<ahead>{_N})年"  # 未来五年 in a 2022 congress report: 2022-2026, its own year included
    rf"|(?<=的)(?P<bn3>{_N})年(?=。)|(?<![第近过这])(?P<bn4>{_N})年(?=净增|增加|翻))"  # 五年净增608万户: over them
    rf"|(?P<streak>连续(?:\([a-zA-Z\u00c0-\u024f]{{1,6}}\))? ?(?:第)?(?P<sn>{_N}) ?(?:个)?(?P<su>年|个月|个季度))"
    rf"|(?P<target>(?:到|至|力争|预计|计划|目标)(?P<ty>{_Y})年(?:底|末)?)"
    rf"|(?P<within>用(?P<wn>{_N})年(?:左右)?(?:的)?时间)"
    rf"|(?P<asof>截至目前|截止目前|目前|当前|现有|如今|至今)"
    rf"|(?P<upto>截至|截止)?(?:(?P<year>{_Y}) ?(?:年|{_LIST_YEAR})|(?P<rel>{_REL})|(?=(?:{_SUB_START})))"
    rf"(?:{_SUB})?(?P<bare>底|末|初|以来|全年|年末|年底)?)"
)


class PeriodFact(NamedTuple):
    """The period of a figure: its value (a FACTS.md shape), how it is known, and the words it rests on."""

    value: str = UNKNOWN
    basis: str = "unknown"  # stated, inferred or unknown (schema.PeriodBasis)
    evidence: str = ""


class TimeExpression(NamedTuple):
    start: int
    end: int
    words: str
    kind: str  # same, compare, day, since, span, plan, back, streak, target, within, asof, point (a year, half,
    # quarter or month: what the text goes on about)
    match: re.Match


def _year(raw: str) -> int:
    return int(raw) if raw.isdigit() else int("".join(str(_CN[c]) for c in raw))


def _small(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    if raw.startswith("十"):
        return 10 + (_CN.get(raw[1:], 0) if len(raw) > 1 else 0)
    if len(raw) == 2 and raw[1] == "十":
        return _CN[raw[0]] * 10
    if len(raw) == 3 and raw[1] == "十":
        return _CN[raw[0]] * 10 + _CN[raw[2]]
    return _CN.get(raw, 0)


def plan_years(number: int) -> tuple[int, int]:
    """First and last year of the N-th Five-Year Plan (一五 1953–57; 三五 1966–70 after a gap)."""
    start = {1: 1953, 2: 1958}.get(number, 1966 + (number - 3) * 5)
    return start, start + 4


# Every time expression holds one of these (年, 月, 季, 十三五's 五, 目前/当前/现有/如今/至今): the pattern runs
# only in windows around them, a third of a typical text instead of all of it.
# (Written as the class of first characters then look-behind on it, the shape of the gazetteer's tries: ``re``
# skips in C to those characters; the plain alternation 年|月|季|五|目前|当前|现有|如今|至今 was 2.5x slower.)
_ANCHOR = re.compile(
    r"[年月季五目当现如至百榜](?:(?<=[年月季五])|(?<=目)前|(?<=当)前|(?<=现)有|(?<=如)今|(?<=至)今|(?<=百)强|(?<=榜)单)"
)
# 18 before: a ranking list's year may stand 16 characters before its 百强 (2023中国省级开发区高质量发展百强榜单)
_BEFORE, _AFTER = 18, 10
# A run of anchors whose windows overlap (at most _BEFORE + _AFTER characters between one and the next),
# found in C: the windows are merged without a Python step per anchor.
_ANCHOR_RUN = re.compile(rf"(?:{_ANCHOR.pattern})(?:.{{0,{_BEFORE + _AFTER}}}?(?:{_ANCHOR.pattern}))*", re.S)


def _matches(simple: str) -> Iterator[re.Match[str]]:
    """TIME's matches in text order, found only in the windows around anchors."""
    last, size = 0, len(simple)
    for run in _ANCHOR_RUN.finditer(simple):
        lo, hi = max(0, run.start() - _BEFORE), min(run.end() + _AFTER, size)
        for m in TIME.finditer(simple, max(lo, last), hi):
            last = m.end()
            yield m


_COMPARE_BEFORE = frozenset("比较与")
# 截至11月底计划竣工22项,实际竣工22项: projects started, finished or invested in up to a month's end are counted
# over the year's months up to it (2018M1-M11), not on its last day
_PROGRESS_NEXT = re.compile(r"[^，,。；;\n\d]{0,10}?(?:竣工|开工|复工|完成投资|完成固定资产投资)")
_RUN_TO = re.compile(r"(?:^|[。，,；;\n])至$")  # 至10月底, opening a clause: the months of the year up to it
_QUARTERS_TO_END = {"二": "YH1", "2": "YH1", "三": "YQ1-Q3", "3": "YQ1-Q3", "四": "Y", "4": "Y"}
_YEAR_BEFORE = frozenset({"上年", "去年"})  # 较上年四季度: a part of the year before the one in force
_PLANNED = re.compile(r"(?:的)?(?:开工|竣工|投资|建设)?(?:任务|目标|计划)")  # 全年开工目标任务: the kind of task first
_DONE = frozenset({"投产", "建成", "达产", "竣工", "完成", "运营"})
_REVIEWED = re.compile(r"(?:^|[。！？\n\s])(?:这|那|过去五年)?是[^。！？\n]*$")
_RECORD = re.compile(r"[^，,。；;：:！？!?\n\d]{0,10}以来(?:同期)?(?:最|首次|历史)")
_RECORD_AFTER = re.compile(r"(?:同期)?(?:最|首次|历史)")  # 为2014年以来同期最好水平: a record's reach
# The kind of a match of TIME by the group that closed last: a branch's outer group, or for 比2015年 its year
# (``cy``); a point's last group is none of these.
_KINDS: dict[str | None, str] = {
    "same": "same",
    "cy": "compare",
    "crel": "compare",  # 较去年全年提高1.1个百分点 in a quarter: the whole year before, named
    "cmpago": "compare",
    "cdate": "day",
    "since": "since",
    "span": "span",
    "plan": "plan",
    "back": "back",
    "streak": "streak",
    "target": "target",
    "within": "within",
    "asof": "asof",
    "this": "point",
}


def find_times(simple: str) -> list[TimeExpression]:
    """Every time expression of a text (``simple``: folded to half width and simplified script)."""
    found: list[TimeExpression] = []
    for m in _matches(simple):
        start, end = m.span()
        if end == start:
            continue
        this, year, back, bn3 = m.group("this", "year", "back", "bn3")  # one call: thousands of matches in a long text
        if simple[start] == "后" and simple[max(0, start - 2) : start] in _DONE:
            continue  # 该项目建成投产后年发电量近10亿千瓦时: …后 (once it is done) before 年发电量, not 后年
        if this == "全年" and _PLANNED.match(simple, end):
            continue  # 完成全年任务74.9%: the year's target, not the period of the figure (progress so far)
        if (year and _RECORD.match(simple, end)) or (
            (back or m.group("sy")) and m.group().endswith("来") and _RECORD_AFTER.match(simple, end)
        ):
            continue  # 1961年有完整气象记录以来最严重, 为近5年来最好水平: a record's reach, not a period of the text
        if bn3 and not _REVIEWED.search(simple, max(0, start - 40), start):
            continue  # …的五年。 names the years reviewed only after 这是/是 (这是…综合实力显著增强的五年。)
        kind = _KINDS.get(m.lastgroup, "point")  # the branch that matched closes last
        if kind == "point" and m.group("d"):
            kind = "day"
        elif (
            kind == "point"
            and not year
            and (not m.group("rel") or (m.group("rel") in _YEAR_BEFORE and _part_of_year(m)))
            and not this
            and start > 0
            and simple[start - 1] in _COMPARE_BEFORE
        ):
            # 增速比1—4月加快0.5个百分点, 较一季度前移3位: an earlier part of the year in force; 较上年四季度提高0.9个
            # 百分点: a part of the year before it
            kind = "compare"
        elif kind == "point" and not year and found and (whole := compared_part(simple, TIME, found[-1].match, start)):
            found[-1] = _NEW(TimeExpression, (found[-1].start, end, simple[found[-1].start : end], "compare", whole))
            continue  # 比2014年12月份: one compared period
        elif kind == "point" and year and compared_point(simple, m, start):
            kind = "compare"  # 比2020和2019年, 延续2014年四季度走势: another period, named with its year
        # tuple.__new__: TimeExpression(...) without its Python-level __new__ (thousands in a long text)
        found.append(_NEW(TimeExpression, (start, end, m.group(), kind, m)))
    return found


_NEW = tuple.__new__


def _part_of_year(m: re.Match) -> bool:
    """True when the match writes a half, quarter(s) or month(s) (上年四季度), not a whole year (去年全年)."""
    return any(m.group(g) for g in ("h", "q3", "q", "qq", "m1", "mf", "m"))


_PART_OF_YEAR = re.compile(r"\d{4}((?:H\d|Q\d(?:-Q\d)?|M\d+(?:-M\d+)?)?)")


def resolve(expr: TimeExpression, in_force: int | None, date: dt.date | None, in_force_value: str | None = None) -> str:  # noqa: C901, PLR0911, PLR0912 -- one return per FACTS.md shape of a time expression
    """The FACTS.md shape of ``expr``; ``-`` when it needs a year that is not known.

    ``in_force`` is the year the text is talking about there; ``date`` the text's date;
    ``in_force_value`` the full period in force (a comparison's later side).
    """
    m, written = expr.match, (date.year if date else None)
    if expr.kind == "asof":
        return AS_OF
    if expr.kind == "compare":
        later_year = (year_of(in_force_value) if in_force_value else None) or in_force
        if later_year is None:
            return UNKNOWN
        later = in_force_value if in_force_value and year_of(in_force_value) else str(later_year)
        if not m.group("cmp") and not m.group("cmpago"):  # 比1—4月: a part of the later year (比上年四季度: of
            earlier_year = _year(m.group("year")) if m.group("year") else later_year - bool(m.group("rel"))
            earlier_part = within_year(m, earlier_year, False)  # the year before it; 比2020和2019年: its own)
            return f"{later}/{earlier_part}" if earlier_part != later else later
        if m.group("crel"):  # 较去年全年: the whole year before, a comparison only from a part of a year
            earlier = later_year - 1
            return f"{later}/{earlier}" if _PART_OF_YEAR.fullmatch(later) and later[4:] else later
        earlier = _year(m.group("cy")) if m.group("cy") else later_year - _small(m.group("ago"))
        if earlier == later_year:
            return later
        part = _PART_OF_YEAR.fullmatch(later)
        if part and part.group(1) and "同期" in m.group():  # 比2020年同期提高8.7个百分点 in H1 2021: 2021H1/2020H1
            return f"{later}/{earlier}{part.group(1)}"
        return f"{later}/{earlier}"  # 2017Q1/2016: a quarter against a year
    if m.group("roc"):  # 民国100年11月: the Republic of China's calendar, year 1 = 1912
        year: int | None = 1911 + int(m.group("ry"))  # one name for the year of every branch below
        return f"{year}M{int(m.group('rm'))}" if m.group("rm") else str(year)
    if m.group("cdate"):
        return f"{_year(m.group('cy2'))}-{_small(m.group('cm')):02d}-{_small(m.group('cd')):02d}"
    if m.group("since"):  # 2022年以来 runs to the text's own year, the year before when written in its first quarter
        first, last = int(m.group("sy")), (written - early_in_year(date)) if written and date else None
        return f"{first}-{last}" if last and last > first else str(first)
    if m.group("span"):
        return f"{m.group('y1')}-{m.group('y2')}"
    if m.group("plan"):
        first, last = plan_years(10 + _CN[m.group("pn")])
        if m.group("pstart"):  # “十四五”开局之年 (faa2_10_liaoning_2021): the plan's first year
            return str(first)
        return str(last) if m.group("pend") else f"{first}-{last}"
    if m.group("ahead"):
        n = _small(m.group("ahead"))
        return f"{written}-{written + n - 1}" if written and n > 1 else UNKNOWN
    if m.group("back"):  # 五年来 ends the year before the text's, or its own when written in December (年末)
        end = (written - (date.month < 12)) if written and date else in_force
        n = _small(m.group("bn") or m.group("bn2") or m.group("bn3") or m.group("bn4"))
        if m.group("more") and written:  # 三年多来 in August 2022: more than three years, up to now (2019-2022)
            return f"{written - n}-{written}"
        return f"{end - n + 1}-{end}" if end and n > 1 else UNKNOWN
    if m.group("streak"):  # a run of months in a half ends at its last month (上半年…连续4个月: M3-M6)
        half = re.fullmatch(r"(\d{4})H([12])", in_force_value or "")
        value = f"{half.group(1)}M{6 * int(half.group(2))}" if half and m.group("su") == "个月" else in_force_value
        return streak_span(_small(m.group("sn")), m.group("su"), in_force, value)
    if m.group("this"):
        return str(in_force) if in_force else UNKNOWN
    if m.group("within"):  # 计划用3年左右的时间: the years from the one in force on
        n = _small(m.group("wn"))
        return f"{in_force}-{in_force + n - 1}" if in_force and n > 1 else UNKNOWN
    if m.group("target"):
        return str(_year(m.group("ty")))
    if m.group("same"):
        return UNKNOWN
    if m.group("year"):
        year = _year(m.group("year"))
    elif m.group("rel"):
        if written is None:
            return UNKNOWN
        year = written + _RELATIVE[m.group("rel")]
    else:
        year = in_force
    if year is None:
        return UNKNOWN
    value = within_year(m, year, bool(m.group("upto")))
    quarter = m.group("q") or m.group("qq")
    if quarter and m.group("bare") in ("末", "底"):
        # 二季度末,全省货运量3.1亿吨: the flows up to a quarter's end are the quarters to date (2011H1)
        return _QUARTERS_TO_END.get(quarter, value).replace("Y", str(year))
    if (
        m.group("mend")
        and m.group("m")
        and (
            _RUN_TO.search(m.string, max(0, m.start() - 2), m.start())
            or (m.group("upto") and _PROGRESS_NEXT.match(m.string, m.end()))
        )
    ):
        return f"{year}M1-M{int(m.group('m'))}" if int(m.group("m")) > 1 else value  # 至10月底,全县完成…
    # 1-6月 is the first half (上半年) as a period of its own; a comparison's earlier part keeps its months
    # (增速比1—3月加快 in a 1—4月 sentence: resolved above, not here)
    return f"{year}H1" if value == f"{year}M1-M6" else value


@lru_cache(maxsize=4096)  # a text repeats its periods; called for every time expression and figure
def year_of(value: str) -> int | None:
    """The (last) year of a resolved period, or None for ``-`` and ``as_of_publication``."""
    years = re.findall(r"\d{4}", value.split("/")[0])
    return int(years[-1]) if years else None


def resolve_period(expression: str, date: dt.date | None) -> str | None:
    """One time expression resolved on its own (今年 → 2021 in a 2021 text); None when unresolvable.

    >>> resolve_period("十三五", None)
    '2016-2020'
    """
    simple = to_simplified(expression.strip())
    times = [t for t in find_times(simple) if t.kind != "same"]
    if not times:
        return None
    value = resolve(times[0], date.year if date else None, date)
    return None if value == UNKNOWN else value


def streak_from(t: TimeExpression, first: str) -> str:
    """A streak that a run's start writes right before it (自2020年三季度以来连续7个季度): N quarters, months or
    years from that start (``2020Q3-2022Q1``); UNKNOWN when the start is not of the streak's unit."""
    n = _small(t.match.group("sn"))
    unit = t.match.group("su")
    letter = {"个月": "M", "个季度": "Q"}.get(unit, "")
    part = re.fullmatch(rf"(\d{{4}})(?:{letter}(\d+))?" if letter else r"(\d{4})", first)
    if part is None or n < 2 or (letter and part.group(2) is None):
        return UNKNOWN
    year = int(part.group(1))
    if not letter:
        return f"{year}-{year + n - 1}"
    size = 12 if letter == "M" else 4
    last = year * size + int(part.group(2)) - 1 + n - 1
    tail = f"{letter}{last % size + 1}" if last // size == year else f"{last // size}{letter}{last % size + 1}"
    return f"{first}-{tail}"
