"""The place rules of a figure's facts (the rules in words: :mod:`shangyu_analysis.extract.facts`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Literal

from shangyu_analysis.extract.places import COUNTRY, SELF, Mention, self_place
from shangyu_analysis.text.periods import UNKNOWN

CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?\n、（）()]")
# Words that may open a clause before its subject: 排第6的是巢湖市,… (the clause is about 巢湖), 前三甲,分别是余杭、
# 鄞州和北仑 (about them), 紧随其后的楚雄州、昭通市, 此次喀什…项目, 除了广东4.1%低于全国增速 (云南省会昆明: see
# _clause_lead), 例如仙桃市从第76位升至第52位; a paragraph's indent (“  成都:项目数140个”) is no word, and a list's
# bullet in a text whose lines were run together (…蓄势待发 - 仙桃市于2022年以1013.14亿元) opens a clause.
_CLAUSE_LEAD = re.compile(
    r"[ \t\u3000]*(?:其中|此外|同时|另外|此次|本次|这次|而|据|在|从|经|与|和|除了|目前|当前|如今|截至[^，,]{0,12}|[0-9]{4}年[^，,]{0,6}"
    r"|[^，,。；;]{1,8}的(?:是|为)|紧随其后的|随后的|其次的|(?:分别|依次)(?:是|为)|例如|比如|譬如)?$"
)
_BULLET = " - "  # a list's bullet right before a mention, in a text whose lines were run together
_CAPITAL = frozenset({"省会", "首府"})
_CAPITAL_REACH = 8  # 内蒙古自治区首府: the province's name and the word
_RELATION = re.compile(  # its first characters first: ``re`` skips the others in C
    r"(?=[占高低快慢领落平比份差])(?:占|高于|低于|快于|慢于|高出|低出|领先|落后|平均|比重|份额|差距|比[^，,。；;]{1,4}?[高低多少快慢大小])"
)
# A figure whose own unit is places (其余8省, 20省区市, 七县): a count of places.
_PLACES_UNIT = frozenset("省市县区地")
_COUNT_OF_PLACES = re.compile(r"[0-9一二三四五六七八九十两几]+(?:省区市|省市|县市区|县市|省|市|县|地)")
# A count of places (8个县, 15个城市), not of a unit's own bodies or lists (省委, 省级, 700个省重点项目, 市属, 省直).
_PLACE_COUNT = re.compile(
    r"(?:个|多个|余个)?(?:县市区|县（市、区）|县\(市、区\)|区县|县市|县域|城市|地市|省份|省区市|国家和地区|"
    r"国家|地区|乡镇|[县市区省州])(?![委级长政重属直])"
)
# After a unit above the main place, words that make it the subject (绍兴市实现…), not a name's prefix (南京牛首山).
_SUBJECT_NEXT = re.compile(
    r"(?:全年|上半年|前三季度|一季度)?(?:实现|完成|共有|累计|地区生产总值|生产总值|GDP|经济总量|"
    r"财政|规上|规模以上|社会消费品|固定资产|城镇|农村|居民|常住|户籍|人均|一般公共|进出口|出口|工业)"
)
# Between two places of a list: a unit suffix, a value in parentheses, a separator (平湖市(1008.7亿元)、南湖区).
_LIST_SEPARATOR = re.compile(r"[市县区省州旗]?(?:[(（][^()（）\n]{0,24}[)）])?[、和与及]")
# After 比 and a place: a gap to it that the figure measures (比台州少6.8亿元, 比义乌少), in the figure's clause.
_PEER_GAP = re.compile(r"[市县区]?[多少高低快慢]$")
# A line broken inside its sentence: short, and ending without a stop (or a colon, or a heading's mark).
_BROKEN_LINES = 3
_SHORT_LINE = 40
_NO_STOP = re.compile(r"[^。！？!?；;：:\s]$")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_LIST_MARKS = frozenset("、和与及")  # before an item of a list of places
# Before a name written right before its value (位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元): the value's subject.
_NAMES_VALUE = frozenset("是、：:")
# From one figure to the next of a pair written like a list of places (第二和第三, 8.3%、8.2%): the first and a mark.
_PAIRED = re.compile(r"[^，,。；;、和及与\s]{1,10}[、和及与]")
# A mention that starts the name of an example (荆州先导电子信息材料等…项目, 恩施市中医院迁建等…): 等 follows
# in its clause, after words of the name (and before the figure), or after the list of examples it stands in
# (喀什…项目、…、阿克苏市…项目、…工程等72个标志性重大项目: the province's 72).
_EXAMPLE = re.compile(r"(?:[^，,。；;：:！？!?\n、]{0,40}、){0,8}[^，,。；;：:！？!?\n、]{0,40}等")
_EXAMPLE_REACH = 120  # a paragraph's lead: how far its list of examples may run
_CLUB = re.compile(r"元?(?:县|城市|之城|俱乐部|强县)")
_JOINS = re.compile(r"成为|跻身|迈入|进入|晋级|加入|晋升")  # 博罗县成为该省首个“千亿县”: the place joins the club
# A scale with 级 before industries or clusters (万亿元级产业集群, 百亿级的产业集群, 千亿元级、万亿元级出口产业集群).
_INDUSTRY_CLASS = re.compile(r"元?级[^，,。；;]{0,8}?(?:产业|集群)")
# …counted or plural before it (8个, 一批, 新的; 、 of a list of them), unlike one cluster (形成百亿级产业集群: the place's).
_COUNTED_BEFORE = frozenset("个批些的、")
# A count of the zones of a level (217家国家级开发区, 126家省级以上开发区): the zones of a class, of no one place.
_ZONE_CLASS = re.compile(r"(?:国家级|省级)(?:以上)?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|园区)")
_COUNTED = frozenset("个多余0123456789一二三四五六七八九十")
# A group of places: a threshold that defines it (超过400亿元的县域) or a count of it (…的县域有13个).
_PLACES_WORD = r"(?:县域|县市区|县市|区县|城市|地市|省份|省区市|省市|强县|县(?![\u4e00-\u9fff]))"  # not 县医院
_THRESHOLD_OF = re.compile(rf"(?:以上)?的{_PLACES_WORD}")
# …but places before 等 and a word for places (大渡口、九龙坡…彭水等区县的增速均在6%) are the subject, listed.
_PLACES_AFTER = re.compile(rf"{_PLACES_WORD}|地区|地(?![\u4e00-\u9fff])")
_COUNT_OF = re.compile(rf"{_PLACES_WORD}(?:有|达|共有|共|达到)?$")
# The same for zones, whose class needs no 的 (超1000亿元园区达到9家, 2000亿元以上开发区达到4家): it is no zone's
# figure even after a zone named earlier in the sentence (其中合肥经开区突破6000亿元大关,2000亿元以上开发区…).
_ZONES_WORD = r"(?:以上)?的?(?:园区|开发区|经开区|高新区)"
# …and of places with 以上 (800亿以上县域数量超过100个): the sentence's place is the class's scope, not its own.
_CLASS_THRESHOLD = re.compile(rf"{_ZONES_WORD}|元?以上的?{_PLACES_WORD}")
_ZONE_COUNT = re.compile(rf"[亿万]元?{_ZONES_WORD}(?:有|达|共有|共|达到)?$")


def _clause_lead(simple: str, marks: list[int], pos: int, floor: int) -> bool:
    """True when the mention at ``pos`` starts its clause (after a clause mark, or a lead word); ``marks``
    are the offsets of the text's clause marks."""
    k = bisect.bisect_left(marks, pos) - 1
    begin = max(marks[k] + 1 if k >= 0 else 0, floor)
    if _CLAUSE_LEAD.fullmatch(simple, begin, pos) is not None or simple[pos - 3 : pos] == _BULLET:
        return True
    # 云南省会昆明: the capital after its province (a few characters from the clause's start) and 省会/首府
    return 2 < pos - begin <= _CAPITAL_REACH and simple[pos - 2 : pos] in _CAPITAL


def _relates(simple: str, m: Mention, sent: int, start: int) -> bool:
    """True when the mention's clause relates it to the figure's place (占全省…, 高于全国…, 比全省高…) and the figure
    stands in that clause: 高于全市1个百分点,总量在全省排名第62位 relates the 1, not the rank."""
    if _CLAUSE_END.search(simple, m.end, start):
        return False
    return _RELATION.search(simple, max(sent, m.start - 3), start) is not None


# Words that a name only seems to start or end: 四成县 (四成, four tenths: not 成县), 和县域 (县域, the county
# level: not 和县), 国内生产总值 (the GDP's name: not the country).
_TENTHS = re.compile(r"[一二三四五六七八九两几]$")
_NOT_A_NAME_AFTER = re.compile(r"域|生产总值")


# A route's name (济南至青岛高速公路改扩建工程, 龙岩至龙川铁路): its two ends are no subjects; group 1 starts the second.
_ROUTE = re.compile(r"[市县省]?至([\u4e00-\u9fff]{2,5}?)(?:高速|铁路|公路|高铁|城际|轨道|航道|管道)")


def without_false_names(mentions: list[Mention], simple: str) -> list[Mention]:
    """``mentions`` less those a neighbouring word takes apart (see ``_TENTHS`` and ``_NOT_A_NAME_AFTER``) and
    the ends of a route's name (``_ROUTE``)."""
    kept = []
    route_end = -1  # where the second end of the last route found starts
    for m in mentions:
        if m.start == route_end:
            continue
        if simple[m.end : m.end + 2].find("至") >= 0 and (route := _ROUTE.match(simple, m.end)):
            route_end = route.start(1)
            continue
        name = simple[m.start : m.end]
        if name.startswith("成") and _TENTHS.search(simple, max(0, m.start - 1), m.start):
            continue
        if (name.endswith(("县", "市", "区")) or name == "国内") and _NOT_A_NAME_AFTER.match(simple, m.end):
            continue
        kept.append(m)
    return kept


# A work report's delivery line (在安庆市第十八届人民代表大会…上) names the unit whose congress hears it.
_CONGRESS = re.compile(r"第[一二三四五六七八九十]{1,3}届人民代表大会")


def congress_place(mentions: list[Mention], simple: str, reach: int) -> Mention | None:
    """The unit named right before 第N届人民代表大会 in the first ``reach`` characters: a work report is about
    the unit whose congress it is delivered to (the last name of 在日照市五莲县第十七届…: 五莲)."""
    found = _CONGRESS.search(simple, 0, reach)
    if found is None:
        return None
    before = [
        m
        for m in mentions
        if m.end <= found.start()
        and m.code not in (SELF, None)
        and not m.weak
        and re.fullmatch(r"[省市县区旗州]?", simple[m.end : found.start()])
    ]
    return before[-1] if before else None


# Where an event is held: a venue (乐山主会场), or a place between 在 and 举行/召开/举办 (新闻发布会…在哈尔滨举行).
_VENUE = re.compile(r"[市县区州]?(?:主|分)?会场")
_HELD = re.compile(r"[市县区州]?(?:举行|召开|举办)")


def venue(simple: str, m: Mention) -> bool:
    """True when the mention is where an event is held, not what the text is about (“黑龙江省…新闻发布会第三场在
    哈尔滨举行”: the text is 黑龙江's; but “新疆举行…调度会”: the province holds it)."""
    return _VENUE.match(simple, m.end) is not None or (
        simple[m.start - 1 : m.start] == "在" and _HELD.match(simple, m.end) is not None
    )


# What may stand beside a place name on a line of its own that heads a section: its unit suffix, a colon.
# 黄岛区 |: a table's row label; 平罗:全年50个重点项目上马: a section's headline after its place and a colon
_HEADING_NAME = re.compile(
    r"[市县区州省旗盟]?[:：]?|[市县区州省旗盟]?\s*\||[市县区州省旗盟]?[:：][^\n。！？!?；;]{2,30}"
)
_LINE_START = re.compile(r"\n[ \t\u3000]{0,3}$")  # a name that opens a line (not the text's first: its title)


# A rank right after 全省/全市: that word is the rank's scope (居全省第3位).
_RANK_SCOPE = re.compile(r"(?:排名|排位|排)?第")


# Between a place and a count of its units: 山东省共有137个县, 在浙江90个县(市、区)中 (not 有: 全国有8个县跻身…).
_CONTAINS = re.compile(r"[省市县区]?(?:共有|共|的)?")


class PlaceRules:
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the place of each figure from the text's
    mentions (``simple``, ``mentions``, ``main``… come from the finder)."""

    # set by the finder's __init__
    simple: str
    clause_marks: list[int]
    figure_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    main: str | None
    main_code: str | None
    main_above: set[str]
    _paragraph_place: dict[int, tuple[int, str] | None]
    _place_heads: list[tuple[int, str, int]]  # set on first use by _heading_place

    if TYPE_CHECKING:

        def _stop(self, pos: int, reach: int = 200) -> int: ...

        def _sentence_floor(self, para_start: int, start: int) -> int: ...

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        simple = self.simple
        para_start = self._sentence_floor(para_start, start)
        after = simple[end : end + 6]
        last = simple[end - 1 : end]  # tested before the patterns: most figures end in 元 or %
        if (last in _COUNTED and _PLACE_COUNT.match(after)) or (
            last in _PLACES_UNIT and _COUNT_OF_PLACES.fullmatch(simple, start, end)
        ):
            # 8个县, 15个城市, 其余8省, 20省区市: a count of places; but 山东省共有137个县, 全省137个县: the units of a named one
            return self._container(start) or UNKNOWN
        if (kind == "money" and ("区" in after or "以上" in after) and _CLASS_THRESHOLD.match(after)) or (
            kind == "count"
            and simple.find("区", max(0, start - 6), start) >= 0
            and _ZONE_COUNT.search(simple, max(0, start - 12), start)
        ):
            return UNKNOWN  # 超1000亿元园区达到9家: a threshold that defines a class of zones, and its count
        if "级" in after and last in "个家" and _ZONE_CLASS.match(simple, end):
            # 在2021年度全国217家国家级开发区综合考评中: a count of a class of zones; but one its clause's subject
            # holds is that place's (广东省累计获批8家国家级经开区)
            return self._zone_holder(start) or UNKNOWN
        if last in "亿万" and _CLUB.match(after):
            return self._club_member(start) or UNKNOWN  # 跻身千亿县, 万亿俱乐部: a threshold that defines a club
        if "级" in after and simple[start - 1 : start] in _COUNTED_BEFORE and _INDUSTRY_CLASS.match(simple, end):
            return UNKNOWN  # 现有8个万亿元级产业集群, 4个万亿级主导产业: a scale that defines a class of industries
        sent = max(para_start, self._stop(start))
        # 我省的巩义市(第45位)、新郑市(第56位): a value in brackets right after a place is that place's
        found = (
            self._bracketed_of(start, end) if simple[start - 1 : start] in "(（" else None
        ) or self._sentence_place(sent, start, kind)
        if not found and simple[sent - 1 : sent] == "\n":  # a sentence that opens a line may go on from the last
            found = self._broken_line_place(sent, start, kind)
        if found:
            return found
        if _THRESHOLD_OF.match(simple, end) or (
            kind == "count" and _COUNT_OF.search(simple, max(sent, start - 8), start)
        ):
            return UNKNOWN  # 同时,超过400亿元的县域有13个: a group of places, none named
        lead: tuple[int, str] | Literal[False] | None = self._paragraph_place.get(para_start, False)
        if lead is False:
            lead = self._paragraph_place[para_start] = self._lead_place(para_start)
        # a place that leads a later sentence of the paragraph is not what the figures before it are about
        paragraph = lead[1] if lead and lead[0] < start else None
        return paragraph or self._heading_place(start) or self.main or UNKNOWN

    def _bracketed_of(self, start: int, end: int) -> str | None:
        """The place named right before the brackets that hold the figure alone (巩义市(第45位): 巩义; 平湖市
        (1008.7亿元); 比全省(7.7%): the province's); None when the brackets hold more or follow no place (县(市))."""
        if self.simple[end : end + 1] not in ")）":
            return None
        j = bisect.bisect_left(self.mention_starts, start) - 1
        if j < 0:
            return None
        m = self.mentions[j]
        gap = start - 1 - m.end
        if m.code is None or m.weak or not (gap == 0 or (gap == 1 and self.simple[m.end] in "市县区省州旗")):
            return None
        if m.code == SELF:
            return self_place(m.place, self.main_code) if self.main_code else None
        return m.place

    def _zone_holder(self, start: int) -> str | None:
        """The place that opens the figure's clause, holding a count of a level's zones (广东省累计获批8家国家级
        经开区, 此外,广东省政府还批准设立56家省级经开区: 广东); None when the clause opens otherwise (在…217家…考评中)."""
        k = bisect.bisect_left(self.clause_marks, start) - 1
        clause = self.clause_marks[k] + 1 if k >= 0 else 0
        j = bisect.bisect_left(self.mention_starts, start) - 1
        if j < 0 or self.mentions[j].start < clause:
            return None
        m = self.mentions[j]
        if m.weak or m.code is None or "在" in self.simple[clause : m.start]:
            return None  # 在全省126家省级以上开发区综合考评中: the field of a ranking
        if not _clause_lead(self.simple, self.clause_marks, m.start, clause):
            return None
        return (self_place(m.place, self.main_code) if self.main_code else None) if m.code == SELF else m.place

    def _club_member(self, start: int) -> str | None:
        """The place that its clause says joins the club (博罗县成为该省首个“千亿县”: 博罗): the subject of the
        figure's clause, before a verb of joining."""
        simple = self.simple
        k = bisect.bisect_left(self.clause_marks, start) - 1
        clause = self.clause_marks[k] + 1 if k >= 0 else 0
        j = bisect.bisect_left(self.mention_starts, start) - 1
        while j >= 0 and self.mentions[j].start >= clause:
            m = self.mentions[j]
            if m.weak or m.code in (None, SELF) or m.place == COUNTRY:
                j -= 1  # 成为该省首个…: the scope, not the member
                continue
            lead = _clause_lead(simple, self.clause_marks, m.start, clause)
            return m.place if lead and _JOINS.search(simple, m.end, start) else None
        return None

    def _broken_line_place(self, sent: int, start: int, kind: str | None) -> str | None:
        """The place of a sentence broken over short lines (“曲靖市排名第二 / 突破3000亿大关”, “大理州跻身… / 以1632.99亿元
        的成绩 / 排名第五”): a figure's sentence that opens a line continues the one before when that line is short
        and ends without a stop; up to three such lines back."""
        simple, begin = self.simple, sent
        for _ in range(_BROKEN_LINES):
            if begin == 0 or simple[begin - 1] != "\n":
                return None
            line = simple.rfind("\n", 0, begin - 1) + 1
            if begin - 1 - line > _SHORT_LINE or _NO_STOP.search(simple, line, begin - 1) is None:
                return None
            begin = line
            found = self._sentence_place(begin, start, kind)
            if found:
                return found
        return None

    def _heading_place(self, start: int) -> str | None:
        """The place of the last heading line before ``start`` that is a place name alone (“广州” over its
        list of targets, “惠州” over the next): a section heading, which governs until the next one; a table
        cell that is a place name alone (“黄岛区 |”) labels the cells of its row (the next two lines)."""
        heads = getattr(self, "_place_heads", None)
        if heads is None:
            heads = self._place_heads = []
            simple = self.simple
            for m in self.mentions:
                if (
                    m.code is None
                    or m.weak
                    or m.place == COUNTRY
                    or not _LINE_START.search(simple, max(0, m.start - 4), m.start)
                ):
                    continue  # most mentions do not open a line: tested first, on four characters
                line_end = simple.find("\n", m.end)
                rest = simple[m.end : len(simple) if line_end < 0 else line_end].strip()
                if _HEADING_NAME.fullmatch(rest):
                    until = len(simple)
                    if rest.endswith("|"):  # a row label reaches its row's next cells only
                        after = simple.find("\n", line_end + 1) if line_end >= 0 else -1
                        row_end = simple.find("\n", after + 1) if after >= 0 else -1
                        until = row_end if row_end >= 0 else len(simple)
                    heads.append((m.start, m.place, until))
        k = bisect.bisect_left(heads, (start,)) - 1
        return heads[k][1] if k >= 0 and start < heads[k][2] else None

    def _container(self, start: int) -> str | None:
        """The place whose units a count of places counts: a mention right before it (山东省共有, 全省, 浙江)."""
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0 or not _CONTAINS.fullmatch(self.simple, self.mentions[k].end, start):
            return None
        m = self.mentions[k]
        if m.code == SELF:
            return self_place(m.place, self.main_code) if self.main_code else self.main
        return m.place if m.code is not None and not m.weak else None

    def _place_of(self, m: Mention, lead: bool, relation: Callable[[], bool], kind: str | None = None) -> str | None:  # noqa: PLR0911 -- a cascade of text rules tried in order, first match wins (see the module docstring)
        """What a mention says about the place of a figure after it (see the module docstring)."""
        main = self.main
        if m.weak:
            return None
        if m.code == SELF:
            if kind == "rank" and _RANK_SCOPE.match(self.simple, m.end):
                return None  # 保持全省第一: the scope of the rank, not what is ranked
            named = self_place(m.place, self.main_code) if self.main_code else main
            if named is None or named == main:
                return named
            if main and relation():
                return f"{main}、{named}"
            # 。全省64家经开区…实现地区生产总值2.1万亿元 in a zone's text: a self word of a unit above the main place
            # that opens its clause (not a list item: 高于全国、全省) is that unit's subject
            opens = m.start == 0 or _CLAUSE_END.match(self.simple, m.start - 1) is not None
            return named if lead and opens else None
        if m.code is None:
            return m.place if lead else None
        if m.place == main:
            return main
        if m.place == COUNTRY or m.code in self.main_above:
            if main and relation():
                return f"{main}、{m.place}"
            if lead and kind != "rank" and (m.place == COUNTRY or _SUBJECT_NEXT.match(self.simple, m.end)):
                return m.place  # 全国县域…, 绍兴市实现地区生产总值…: the clause is about it
            return None
        return m.place if lead else None

    def _sentence_place(self, sent: int, start: int, kind: str | None) -> str | None:
        k = bisect.bisect_left(self.mention_starts, start) - 1
        simple = self.simple
        peer = None  # 仅比台州少6.8亿元: the place a gap is measured from, in the figure's clause
        deferred, related = None, False  # the text's own unit named as an object (对全省…贡献率)
        while k >= 0 and self.mentions[k].start >= sent:
            m = self.mentions[k]
            if (
                simple.find("等", m.end, start) >= 0
                and (example := _EXAMPLE.match(simple, m.end, start))
                and not _PLACES_AFTER.match(simple, example.end())
            ):
                k -= 1  # 荆州先导电子信息材料等重大产业项目1365个: the name of an example, not the subject
                continue
            lead = (
                self._leads(k, sent)
                if simple[m.start - 1 : m.start] in _LIST_MARKS
                else _clause_lead(simple, self.clause_marks, m.start, sent)
            ) or (m.end == start and simple[m.start - 1 : m.start] in _NAMES_VALUE)
            place = self._place_of(
                m,
                lead,
                partial(_relates, simple, m, sent, start),  # the relation of this mention, asked only if needed
                kind,
            )
            if place and m.code == SELF and not lead and deferred is None and place.split("、")[0] == self.main:
                # 芜湖、滁州、马鞍山市增速分别高于全省平均水平4.5个…: the text's own unit as an object; a subject
                # place before it in the sentence wins (with it, in a relation); so does one before a unit above
                # the main place in a relation (全省64家经开区,地域面积约占全省2.6% in a zone's text: 广东)
                deferred, related = place, _relates(simple, m, sent, start)
                k -= 1
                continue
            if place:
                place = self._listed(k, place, start)
                if deferred is not None and place != deferred:
                    joined = deferred if deferred == self.main else deferred.partition("、")[2]
                    return f"{place}、{joined}" if related and joined not in place.split("、") else place
                return f"{place}、{peer}" if peer and peer not in place.split("、") else place
            if (
                peer is None
                and not lead
                and m.code not in (None, SELF)
                and m.place != COUNTRY
                and m.code not in self.main_above
                and simple[m.start - 1 : m.start] == "比"
                and _PEER_GAP.match(simple, m.end, start)
            ):
                peer = m.place
            k -= 1
        return deferred

    def _leads(self, k: int, sent: int) -> bool:
        """True when mention ``k`` starts its clause; an item of a list (…、长沙经开区, 宁波和温州) when the list's first
        item does: 郑州经开区…排名首超武汉经开区、长沙经开区,…由第5位跃居第3位 ranks 郑州经开区, not the objects."""
        simple, mentions = self.simple, self.mentions
        while k > 0 and simple[mentions[k].start - 1 : mentions[k].start] in _LIST_MARKS:
            before = mentions[k - 1]
            if before.start < sent or not _LIST_SEPARATOR.fullmatch(simple, before.end, mentions[k].start):
                break
            k -= 1
        return _clause_lead(simple, self.clause_marks, mentions[k].start, sent)

    def _listed(self, k: int, place: str, start: int) -> str:
        """``place`` (of mention ``k``) and the places listed before it (平湖市(1008.7亿元)、南湖区(…)、宁海县(…)去年
        首次突破1000亿元; 武汉、宜昌、十堰、荆州项目…均超过千亿元; zones too: 合肥高新区、合肥经开区): a figure after a list
        is about all of them; not one inside the last item's parentheses, nor one of values given 分别 (each its own)."""
        simple, m = self.simple, self.mentions[k]
        if m.code == SELF or m.place == COUNTRY or "、" in place or k == 0:
            return place
        between = simple[m.end : start]
        if between.count("(") + between.count("（") > between.count(")") + between.count("）"):
            return place
        names = [place]
        while k > 0:
            before = self.mentions[k - 1]
            if before.code == SELF or before.weak or before.place == COUNTRY:
                break
            if not _LIST_SEPARATOR.fullmatch(simple, before.end, self.mentions[k].start):
                break
            names.append(before.place)
            k -= 1
        if "分别" in between:
            return self._one_place_each(names[::-1], simple.find("分别", m.end, start), start) or place
        if len(names) > 1 and (each := self._one_place_each(names[::-1], m.end, start, paired=True)):
            return each  # 宁波和温州排名第二和第三: one each, as with 分别
        return "、".join(dict.fromkeys(reversed(names))) if len(names) > 1 else place

    def _one_place_each(self, names: list[str], respectively: int, start: int, paired: bool = False) -> str | None:
        """池州、六安、芜湖市分别增长13.6%、10.2%、10.1%: as many figures after 分别 in the clause as places listed
        give one place to each, in order; None otherwise. ``paired`` (no 分别): only figures joined as the names
        are, each right after the one before (宁波和温州排名第二和第三). After 分别, several such series, each joined
        as a list (楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三), are one place each in every series."""
        end = _CLAUSE_END.search(self.simple, start)
        lo = bisect.bisect_left(self.figure_starts, respectively)
        run = self.figure_starts[lo : bisect.bisect_left(self.figure_starts, end.start() if end else len(self.simple))]
        if len(names) < 2 or start not in run:
            return None
        if len(run) != len(names):
            if paired or len(run) % len(names):
                return None
            series = [run[i : i + len(names)] for i in range(0, len(run), len(names))]
            if not all(_PAIRED.fullmatch(self.simple, a, b) for one in series for a, b in itertools.pairwise(one)):
                return None
            return names[run.index(start) % len(names)]
        if paired and not all(_PAIRED.fullmatch(self.simple, a, b) for a, b in itertools.pairwise(run)):
            return None
        return names[run.index(start)]

    def _lead_place(self, para_start: int) -> tuple[int, str] | None:
        """The place the paragraph is about and where it is named: its first mention in subject position
        (浏阳市…。该市…)."""
        k = bisect.bisect_left(self.mention_starts, para_start)
        end = self.simple.find("\n", para_start)
        end = len(self.simple) if end < 0 else end
        while k < len(self.mentions) and self.mentions[k].start < min(end, para_start + 120):
            m = self.mentions[k]
            if m.place == COUNTRY and m.start == para_start and self.main != COUNTRY:
                return m.start, COUNTRY  # 我国县域人口多,消费潜力大。…: a paragraph that opens on the country
            if (
                m.place != COUNTRY
                and m.code not in self.main_above
                and _clause_lead(self.simple, self.clause_marks, m.start, para_start)
                and not _EXAMPLE.match(self.simple, m.end, m.end + _EXAMPLE_REACH)
            ):
                place = self._place_of(m, True, lambda: False)
                if place:
                    return m.start, place
            k += 1
        return None
