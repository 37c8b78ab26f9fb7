"""The facts of a figure: where (``place``), what (``measure``) and when (``period`` and its basis).

Conventions: ``../shared/corpus/FACTS.md``. The rules, in the order they are tried:

Period
    1. *Stated*: the nearest time expression before the figure in its sentence (up to 。！？ or a line
       end; a ；-separated clause continues the sentence: “2020年,…；…”, and so does a sentence that opens
       with 其中). A comparison (比2015年, 与2020年相比,
       是十年前的) pairs the period in force with the earlier one (``2020/2015``); 比上年 and 同比 are not
       periods (the current one stays). A comparison governs its own clause and the next, not the rest.
    2. *Inferred* from the paragraph: the nearest time expression earlier in the figure's paragraph;
       *stated* when it is in a lead sentence without figures near the paragraph's start (“2018年涪城全区
       经济社会发展取得显著成效。区属地区生产总值达到…”).
       An inferred period is *stated* when the heading the figure stands under states it (a short line
       “2019年主要预期目标:”, or “2014年工作回顾” run into the text).
    3. *Inferred* from the text: the year in force (the last year the text named before the figure; the
       year of its date before any), and ``as_of_publication`` for a stock or total (累计, 现有, 拥有…) in a
       text whose date is known but that names no year before the figure.
    4. ``-`` with basis ``unknown`` otherwise: nothing is invented.

Place (short names of ``data/gazetteer.csv``; mentions from :func:`~shangyu_analysis.extract.places.find_places`)
    1. *The sentence*: the nearest place mention before the figure in its sentence that is in subject
       position (it opens its clause: “浙江慈溪，拥有…”, “上午9时，宣恩县…”), not an object (与天津…合作).
       A mention of the text's own place (全县, 本市, 本港) is the main place; 全市 in a district's text is
       its city. A unit above the main place (浙江 for 上虞, 全国) counts in subject position only when a
       measure or 实现/完成 follows (“绍兴市实现地区生产总值…”, “全国县域…”), not as a name's prefix (南京牛首山);
       in a clause that relates the two (占全省…, 高于全国…) it joins the main place (``苏州、江苏``).
    2. *The paragraph*: a place that starts the paragraph's first clause (浏阳市…。该市…).
    3. *The text's main place*: the sidecar's ``place``, else the most specific unit of the title, else the
       most-mentioned county-level unit (:func:`~shangyu_analysis.extract.places.main_place`).
    ``-`` for a count of places (8个县), a club threshold (千亿县, 万亿级) and a text with no place at all.

Measure
    The vocabulary term of ``data/measures.yml`` its subject words name (:func:`measure_term`), else of the
    clause before it, else, for a change (增长5%) right after another figure, the growth term of that
    figure's measure; otherwise ``其他:<subject>``.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.measures import OTHER, measure_term, other_name, term_spans, vocabulary
from shangyu_analysis.extract.places import (COUNTRY, SELF, Mention, ancestors, find_places, main_place, place_code,
                                             self_place)
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.periods import AS_OF, REFERENCE_YEARS, UNKNOWN, Period, find_times, resolve, year_of

_FULL_STOP = re.compile(r"[。！？!?\n]")
_CLAUSE_MARKS = frozenset("，,。；;：:！？!?\n、（）()")
_CLAUSE_LEAD = re.compile(r"(?:其中|此外|同时|另外|而|据|在|从|经|与|和|截至[^，,]{0,12}|[0-9]{4}年[^，,]{0,6})?$")
_RELATION = re.compile(r"占|高于|低于|快于|慢于|平均|比重|份额|占有率")
_PLACE_COUNT = re.compile(r"(?:个|多个|余个)?(?:县市区|县（市、区）|县\(市、区\)|区县|县市|县域|城市|地市|省份|省区市|国家和地区|"
                          r"国家|地区|乡镇|[县市区省州])(?![委级长政])")
_BARE_CHANGE = re.compile(r"(?:同比|比上年|比去年|按年|可比|按可比价格计算)?(?:增长|下降|增加|减少|上升|下跌|回落|提高|[增升跌降])?")
_GENERIC_SUBJECT = re.compile(r"(?:其中|总量|总数|共|共有|累计|数量|家数|达|超|近|约)*")
_FIRM_UNITS = frozenset({"家", "万家", "户", "万户"})
_TABLE_TITLE = re.compile(r"(?m)^[-\s]*表\s*[0-9一二三四五六七八九十][^\n]{2,60}$")
# After a unit above the main place, words that make it the subject (绍兴市实现…), not a name's prefix (南京牛首山).
_SUBJECT_NEXT = re.compile(r"(?:全年|上半年|前三季度|一季度)?(?:实现|完成|共有|累计|地区生产总值|生产总值|GDP|经济总量|"
                           r"财政|规上|规模以上|社会消费品|固定资产|城镇|农村|居民|常住|户籍|人均|一般公共|进出口|出口|工业)")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_COUNTED = frozenset("个多余0123456789一二三四五六七八九十")
_LEAD = 400
_OPENING = 8
# A frame opens its clause: “2022年,面对…”, “回顾2024年,”, a title “2022年云和县…公报”; not “迎来2024年建设…”.
_FRAME_LEAD = re.compile(r"(?:^|[，,。；;：:！!\n“\s#>]|回顾|在)$")
_NOT_STATED = frozenset({"same"})
_NOT_INHERITED = frozenset({"same", "compare", "target", "back", "since", "streak", "day", "asof"})


def _updates(t, simple: str) -> bool:
    """True when the time expression sets the period the text goes on about."""
    if t.kind != "point" or (t.match.group("rel") in REFERENCE_YEARS):
        return False
    if t.match.group("this"):
        return False
    before = simple[max(0, t.start - 40):t.start]
    return before.count("(") + before.count("（") <= before.count(")") + before.count("）")


_SHORT_LINE = re.compile(r"(?m)^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])")
_HEADING_WORDS = re.compile(r"(?:主要)?(?:工作)?(?:回顾|主要工作|预期目标|主要目标|总体要求|工作目标)")


def _aside(simple: str, lo: int, hi: int) -> bool:
    """True when a parenthesis opened before ``lo`` closes before ``hi`` (the expression at ``lo`` is inside
    it); 全年实现地区生产总值(GDP)420.77亿元 is no aside."""
    depth = 0
    for ch in simple[lo:hi]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


_FROM = re.compile(r"(?:从|由)$")
_TO = re.compile(r"(?:增至|升至|提升至|提高至|提高到|拓展至|扩大至|增长至|增加到|增加至|达到|至|到)$")
_FLOW = re.compile(r"接待|收入|营收|产值|增加值|销售|交易额|实现|完成")


def _from_to(simple: str, value: str, t, start: int) -> str:
    """A span's first year for the figure after 从/由, its last for the one after …至 (面积从7.3平方公里拓展至
    39平方公里 over 二十年来); the months up to a month's end for a flow counted 截至…月底 (接待游客)."""
    before = simple[max(t.end, start - 4):start]
    span = re.fullmatch(r"(\d{4})-(\d{4})", value)
    if span and _FROM.search(before):
        return span.group(1)
    if span and _TO.search(before) and re.search(r"从|由", simple[t.end:start]):
        return span.group(2)
    day = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", value)
    if day and t.match.group("upto") and _FLOW.search(simple, t.end, start):
        return f"{day.group(1)}M1-M{int(day.group(2))}"
    return value


def _clauses_between(simple: str, lo: int, hi: int) -> int:
    return sum(simple.count(mark, lo, hi) for mark in "，,；;")


def _heads(t, simple: str) -> bool:
    """True when the time expression is in a heading: a short line without a full stop, or words such as
    2014年工作回顾 / 2019年主要预期目标 (a heading run into the text)."""
    if t.kind != "point":
        return False
    if _HEADING_WORDS.match(simple, t.end, t.end + 8):
        return True
    line_start = simple.rfind("\n", 0, t.start) + 1
    line_end = simple.find("\n", t.end)
    line = simple[line_start:len(simple) if line_end < 0 else line_end].strip()
    return len(line) <= 24 and not any(mark in line for mark in "。，,；;")


def _granularity(value: str) -> str:
    return "".join(ch for ch in value if ch.isalpha())[:1] or "Y"


class FactsFinder:
    """Facts of the figures of one text; time expressions and place mentions are found once."""

    def __init__(self, mt: str, date, title_end: int, place: str | None = None,
                 figure_starts: list[int] | None = None) -> None:
        self.simple = to_simplified(mt)
        self.figure_starts = figure_starts or []
        self.stops = [m.end() for m in _FULL_STOP.finditer(self.simple)]
        self.date = date
        self._resolve_times(title_end)
        self.mentions = find_places(self.simple)
        self.mention_starts = [m.start for m in self.mentions]
        main = main_place(self.mentions, title_end)
        self.main = place or (main.place if main else None)
        self.main_code = place_code(place) if place else (main.code if main else None)
        self.main_above = ancestors(self.main_code) if self.main_code else set()
        self._paragraph_place: dict[int, str | None] = {}
        self.table_titles = [(m.start(), m.group(0)) for m in _TABLE_TITLE.finditer(self.simple)]

    def _stop(self, pos: int, reach: int = 200) -> int:
        """Where the sentence holding ``pos`` starts (after 。！？ or a line end), at most ``reach`` back."""
        k = bisect.bisect_right(self.stops, pos) - 1
        return max(self.stops[k] if k >= 0 else 0, pos - reach, 0)

    # --- period -------------------------------------------------------------------------------------
    def _resolve_times(self, title_end: int) -> None:
        """Resolve every time expression in text order, keeping the period in force: the last point
        (a year, half, quarter or month the text goes on about) outside parentheses that is not a
        reference to another year (去年…). The text's frame is the first such point of its title or lead
        (the first ~400 characters after the title; a date such as a meeting's is not a frame)."""
        self.times = find_times(self.simple)
        self.time_ends = [t.end for t in self.times]
        written = self.date.year if self.date else None
        lead_end = title_end + _LEAD
        self.frame: str | None = None
        self.values: list[str] = []
        self.in_force: list[str | None] = []      # the period in force just after each expression
        current = None
        for t in self.times:
            year = year_of(current) if current else (year_of(self.frame) if self.frame else written)
            value = resolve(t, year, self.date, current)
            self.values.append(value)
            if _updates(t, self.simple) and value != UNKNOWN:
                if self.frame is None and t.start < lead_end and not t.match.group("upto") and \
                        _FRAME_LEAD.search(self.simple, max(0, t.start - 3), t.start):
                    self.frame = value
                current = value
            self.in_force.append(current)
        self.frame_is_lead = self.frame is not None
        self.heads = [k for k, t in enumerate(self.times)  # the title is not a heading: a bulletin's year is inferred
                      if t.start >= title_end and _heads(t, self.simple) and self.values[k] != UNKNOWN]
        self.head_ends = [self.times[k].end for k in self.heads]
        self.heading_lines = [m.start() for m in _SHORT_LINE.finditer(self.simple)]
        if self.frame is None and written is not None:
            self.frame = str(written)

    def _carried(self, pos: int) -> str | None:
        """The period in force at ``pos`` as carried into a paragraph that names none: at the frame's
        granularity (a quarterly report carries its quarter; a yearly text the year of a month range)."""
        k = bisect.bisect_right(self.time_ends, pos) - 1
        value = self.in_force[k] if k >= 0 else None
        if value is None:
            return self.frame
        if self.frame and _granularity(value) != _granularity(self.frame):
            return str(year_of(value))
        return value

    def _nearest(self, lo: int, hi: int, skip: frozenset) -> int | None:
        """The last time expression in [lo, hi] of a kind not in ``skip``; one in parentheses that close
        before ``hi`` is an aside (（2015和2016年同期增速分别为…）) and is passed over."""
        k = bisect.bisect_right(self.time_ends, hi) - 1
        while k >= 0 and self.times[k].start >= lo:
            t = self.times[k]
            if t.kind not in skip and self.values[k] != UNKNOWN and not _aside(self.simple, t.end, hi):
                return k
            k -= 1
        return None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> Period:
        simple = self.simple
        sent = max(para_start, self._stop(start))
        while sent > para_start and simple.startswith("其中", sent):  # 其中… continues the sentence before
            sent = max(para_start, self._stop(sent - 1))
        k = self._nearest(sent, start, _NOT_STATED)
        while k is not None and self.times[k].kind == "compare" and _clauses_between(simple, self.times[k].end, start) > 1:
            k = self._nearest(sent, self.times[k].start, _NOT_STATED)  # a comparison governs its own clause
        if k is not None:
            t = self.times[k]
            value = self.values[k]
            if t.kind == "compare":
                j = self._nearest(para_start, t.start, _NOT_INHERITED)
                later = self.values[j] if j is not None else self._carried(t.start)
                value = resolve(t, year_of(later) if later else None, self.date, later)
            if value != UNKNOWN:
                return Period(_from_to(simple, value, t, start), "stated", t.words)
        k = self._nearest(para_start, sent, _NOT_INHERITED)
        if k is not None:
            t = self.times[k]
            if self._lead_sentence(t.start, para_start):
                return Period(self.values[k], "stated", t.words)
            return self._governed(Period(self.values[k], "inferred", t.words), start)
        if not self.frame_is_lead and self.date is not None:
            if kind in ("other", "duration"):
                return Period()  # a length or a time in a story: nothing says when
            return Period(AS_OF, "inferred", "")
        carried = self._carried(start)
        if carried is not None:
            return self._governed(Period(carried, "inferred", ""), start)
        return Period()

    def _lead_sentence(self, pos: int, para_start: int) -> bool:
        """True when ``pos`` is in a sentence with no figure that opens its paragraph or follows its lead words
        (“2018年涪城全区经济社会发展取得显著成效。” governs the paragraph that follows)."""
        stop = _FULL_STOP.search(self.simple, pos)
        end = stop.end() if stop else len(self.simple)
        begin = self._stop(pos)
        if begin - para_start > 60:
            return False
        k = bisect.bisect_left(self.figure_starts, begin)
        return not (k < len(self.figure_starts) and self.figure_starts[k] < end)

    def _governed(self, period: Period, start: int) -> Period:
        """An inferred period is stated when the heading above the figure states it (2014年工作回顾, a
        short line 2019年主要预期目标:)."""
        h = bisect.bisect_right(self.head_ends, start) - 1
        if h < 0:
            return period
        head_end = self.head_ends[h]
        line = bisect.bisect_right(self.heading_lines, head_end)  # the next numbered heading ends its scope
        if line < len(self.heading_lines) and self.heading_lines[line] < start:
            return period
        if year_of(self.values[self.heads[h]]) == year_of(period.value):
            return Period(period.value, "stated", self.times[self.heads[h]].words)
        return period

    def _table_title(self, start: int) -> str | None:
        """The title of the table a bare cell stands in (表3-5 …商业登记家数统计表), within 2,000 characters."""
        k = bisect.bisect_right(self.table_titles, (start, "")) - 1
        return self.table_titles[k][1] if k >= 0 and start - self.table_titles[k][0] < 2000 else None

    # --- place --------------------------------------------------------------------------------------
    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        simple = self.simple
        after = simple[end:end + 6]
        if _PLACE_COUNT.match(after) and simple[end - 1:end] in _COUNTED:
            return UNKNOWN  # 8个县, 15个城市: a count of places
        sent = max(para_start, self._stop(start))
        found = self._sentence_place(sent, start, kind)
        if found:
            return found
        paragraph = self._paragraph_place.get(para_start, False)
        if paragraph is False:
            paragraph = self._paragraph_place[para_start] = self._lead_place(para_start)
        return paragraph or self.main or UNKNOWN

    def _place_of(self, m: Mention, lead: bool, relation: bool, kind: str | None = None) -> str | None:
        """What a mention says about the place of a figure after it (see the module docstring)."""
        main = self.main
        if m.weak:
            return None
        if m.code == SELF:
            named = self_place(m.place, self.main_code) if self.main_code else main
            if named is None or named == main:
                return named
            return f"{main}、{named}" if relation and main else None
        if m.code is None:
            return m.place if lead else None
        if m.place == main:
            return main
        if m.place == COUNTRY or m.code in self.main_above:
            if relation and main:
                return f"{main}、{m.place}"
            if lead and kind != "rank" and (m.place == COUNTRY or _SUBJECT_NEXT.match(self.simple, m.end)):
                return m.place  # 全国县域…, 绍兴市实现地区生产总值…: the clause is about it
            return None
        return m.place if lead else None

    def _sentence_place(self, sent: int, start: int, kind: str | None) -> str | None:
        k = bisect.bisect_left(self.mention_starts, start) - 1
        while k >= 0 and self.mentions[k].start >= sent:
            m = self.mentions[k]
            clause_end = _CLAUSE_END.search(self.simple, m.end, start)
            relation = _RELATION.search(self.simple, max(sent, m.start - 3),
                                        clause_end.start() if clause_end else start) is not None
            place = self._place_of(m, _clause_lead(self.simple, m.start, sent), relation, kind)
            if place:
                return place
            k -= 1
        return None

    def _lead_place(self, para_start: int) -> str | None:
        """The place the paragraph is about: its first mention in subject position (浏阳市…。该市…)."""
        k = bisect.bisect_left(self.mention_starts, para_start)
        end = self.simple.find("\n", para_start)
        end = len(self.simple) if end < 0 else end
        while k < len(self.mentions) and self.mentions[k].start < min(end, para_start + 120):
            m = self.mentions[k]
            if m.place != COUNTRY and m.code not in self.main_above and _clause_lead(self.simple, m.start, para_start):
                place = self._place_of(m, True, False)
                if place:
                    return place
            k += 1
        return None

    # --- measure ------------------------------------------------------------------------------------
    def measure(self, subject: str, kind: str | None, unit: str | None, start: int, clause_start: int,
                previous: str | None) -> str:
        """The vocabulary term of the figure's subject, else of the clause before it, else (a bare change
        such as 同比增长5%) the growth term of the sentence's last vocabulary measure; else 其他:<subject>."""
        simple_subject = to_simplified(subject or "")
        term, growth = measure_term(simple_subject, kind, unit)
        sent = self._stop(start, 40)
        raw = self.simple[sent:start]
        generic = kind != "count" or _GENERIC_SUBJECT.fullmatch(simple_subject) is not None
        if term is None and generic:  # a count's subject is the noun after it (七大方面): not the clause before
            clause = raw[max(raw.rfind(mark) for mark in "，,；;") + 1:]
            term = _paired(simple_subject, clause, kind, unit) if len(simple_subject) <= 4 else None
            if term is None:
                term, growth2 = measure_term(clause, kind, unit)
                growth = growth or growth2
        if term is None and growth and previous and _BARE_CHANGE.fullmatch(to_simplified(subject or "")):
            vocab = vocabulary().terms
            base = next((t for t, m in vocab.items() if m.growth == previous), previous)
            term = vocab[base].growth if base in vocab else None
        if term is None and kind == "count" and (generic or unit in _FIRM_UNITS):  # 其中96家: firms named before
            term = _counted(self.simple[self._stop(start, 120):start], unit)
        if term is None and not simple_subject.strip() and (title := self._table_title(start)):
            term = measure_term(title, kind, unit)[0] or (kind == "count" and _counted(title, unit)) or None
        if term is None and kind == "money" and "项目" in simple_subject:
            term = "投资额"  # 亿元以上项目: the size of a project
        if term is not None:
            return term
        return other_name(subject or "", growth)


def _counted(words: str, unit: str | None) -> str | None:
    """企业数量 or 项目数量 when a count's unit fits the firms or projects named in ``words``."""
    if unit in _FIRM_UNITS and any(w in words for w in ("企业", "家数", "公司")):
        return "企业数量"
    if unit in ("个", "项") and "项目" in words:
        return "项目数量"
    return None


def _paired(subject: str, clause: str, kind, unit) -> str | None:
    """城镇、农村居民人均可支配收入分别为…: the first item (城镇) takes the term of the last one with its own
    first word (城镇居民人均可支配收入)."""
    synonyms = vocabulary().synonyms
    for start, end in term_spans(clause):
        word = clause[start:end]
        for n in (2, 3, 4):
            if len(subject) >= n and (swapped := subject[-n:] + word[n:]) in synonyms and swapped != word:
                return measure_term(swapped, kind, unit)[0]
    return None


def _clause_lead(simple: str, pos: int, floor: int) -> bool:
    """True when the mention at ``pos`` starts its clause (after a clause mark, or a lead word)."""
    i = pos - 1
    while i >= floor and simple[i] not in _CLAUSE_MARKS:
        i -= 1
    return _CLAUSE_LEAD.fullmatch(simple, i + 1, pos) is not None
