"""The place a figure's own sentence gives it (:class:`PlaceSentences`): the mention that leads its clause or
sentence, relates to it, or a list of places that gives one to each figure (the rules in words:
:mod:`shangyu_analysis.extract.fact_places`)."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.gazetteer import gazetteer, place_code
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

# Words that may open a clause before its subject: 排第6的是巢湖市,… (the clause is about 巢湖; 最高的区为渝北区), 前三甲,分别是余杭、
# 鄞州和北仑 (about them), 紧随其后的楚雄州、昭通市, 此次喀什…项目, 除了广东4.1%低于全国增速 (云南省会昆明: see
# clause_lead), 例如仙桃市从第76位升至第52位; a paragraph's indent (“  成都:项目数140个”) is no word, and a list's
# bullet in a text whose lines were run together (…蓄势待发 - 仙桃市于2022年以1013.14亿元) opens a clause; so does a
# period named by its part of a year (数据显示,上半年连云港全市快递业务量27265万件; 7月份贵阳市新开工亿元以上项目3个). A
# list's bullet sign is no word either (●广州经济总量突破3万亿元), and a conjunction opens a clause (虽然才成立8年,但常州
# 经开区2022年创造的地区生产总值接近千亿), and so does an event's site (开工活动主现场九龙坡区集中开工项目共计30个: part S
# fs2_02). A cleft's place after a region's 的 (与常州接近的是苏北的徐州,一季度GDP达…) and a place after 以 (一季度以南京的
# 增速最快,为5.2%; 以重庆为例) are subjects too (part R fr1_08).
_CLAUSE_LEAD = re.compile(
    r"[ \t\u3000●◆■▲•]*(?:其中|此外|同时|另外|但是?|而且|并且|不过|此次|本次|这次|而|据|在|从|经|与|和|除了|目前|当前|如今|截至[^，,]{0,12}|[0-9]{4}年[^，,]{0,6}|(?:今年|去年)?(?:[上下]半年|全年|前三季度|[一二三四]季度|1[-—至][0-9]{1,2}月|[0-9]{1,2}月份?)"
    r"|[^，,。；;]{1,8}的[区县市]?(?:是|为)(?:[^，,。；;的]{1,4}的)?|紧随其后的|随后的|其次的|(?:分别|依次)(?:是|为)|例如|比如|譬如"
    r"|[^，,。；;]{0,6}[主分][会现]场)?以?$"
)
_REFER_REACH = 120  # how far back the unit 该市 refers to may stand
_NOUN_ITEM = re.compile(r"(?:区|园|港|平台|中心|基地)$")
# The end of a list's item that is a named body, no place (…功能区、, …产业园、), right before a place: that place
# starts the next body's name.
_BODY_BEFORE = frozenset({"区、", "园、", "港、"})
_BULLET = " - "  # a list's bullet right before a mention, in a text whose lines were run together
_CAPITAL = frozenset({"省会", "首府"})
_CAPITAL_REACH = 8  # 内蒙古自治区首府: the province's name and the word
_RELATION = re.compile(  # its first characters first: ``re`` skips the others in C
    r"(?=[占高低快慢领落平比较較份差])(?:占|高于|低于|快于|慢于|高出|低出|领先|落后|平均|比重|份额|差距"
    r"|[比较較][^，,。；;]{1,4}?[高低多少快慢大小]"
    # 比全国增长11.9%高13.2个百分点: the unit's own rate stands between (part S fs2_08)
    r"|[比较較][^，,。；;]{1,4}?(?:增长|增速)[0-9.]+%[高低快慢]"
    # 比全省的6.1%快1.4个百分点: the unit's rate and 的 stand between (part U fu2_10)
    r"|[比较較][^，,。；;]{1,4}?的[0-9.]+%[高低快慢])"
)
# After a unit above the main place, words that make it the subject (绍兴市实现…, 江苏全省实现…), not a name's prefix
# (南京牛首山).
_SUBJECT_NEXT = re.compile(
    r"(?:全[省市县区])?(?:全年|上半年|前三季度|一季度)?(?:实现|完成|共有|累计|地区生产总值|生产总值|GDP|经济总量|"
    r"财政|规上|规模以上|社会消费品|固定资产|城镇|农村|居民|常住|户籍|人均|一般公共|进出口|出口|工业)"
)
# Between two places of a list: a unit suffix, a value in parentheses, a separator (平湖市(1008.7亿元)、南湖区).
_LIST_SEPARATOR = re.compile(r"[市县区省州旗]?(?:[(（][^()（）\n]{0,24}[)）])?[、和与及]")
# After 比 and a place: a gap to it that the figure measures (比台州少6.8亿元, 比义乌少), in the figure's clause.
_PEER_GAP = re.compile(r"[市县区]?[多少高低快慢]$")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_LIST_MARKS = frozenset("、和与及")
# After a rank, the places it names (排第6的是巢湖市, 排在11—20位的分别是怀远、颍上).
_NAMED_AFTER = re.compile(r"的(?:分别|分別|依次)?(?:是|为|為)")  # before an item of a list of places
# Before a name written right before its value (位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元): the value's subject.
_NAMES_VALUE = frozenset("是、：:")
# From one figure to the next of a pair written like a list of places (第二和第三, 8.3%、8.2%): the first and a mark.
_PAIRED = re.compile(r"[^，,。；;、和及与\s]{1,10}[、和及与]")
# A mention that starts the name of an example (荆州先导电子信息材料等…项目, 恩施市中医院迁建等…): 等 follows
# in its clause, after words of the name (and before the figure), or after the list of examples it stands in
# (喀什…项目、…、阿克苏市…项目、…工程等72个标志性重大项目: the province's 72).
EXAMPLE = re.compile(r"(?:[^，,。；;：:！？!?\n、]{0,40}、){0,8}[^，,。；;：:！？!?\n、]{0,40}等")
# A group of places: a threshold that defines it (超过400亿元的县域) or a count of it (…的县域有13个).
_ASIDE = re.compile(r"[^)）(（]+[)）]")  # more than the name in the brackets, closed before the figure
PLACES_WORD = r"(?:县域|县市区|县市|区县|旗县|城市|(?<![心主老])城区|地市|省份|省区市|省市|强县|县(?![\u4e00-\u9fff]))"  # not 县医院
# …but places before 等 and a word for places (大渡口、九龙坡…彭水等区县的增速均在6%, 长汀、古田…等山区县) are the subject, listed.
# …and a count of them (金昌、兰州、庆阳、白银等4市贡献近七成增量).
_PLACES_AFTER = re.compile(
    rf"(?:山区|沿海|贫困|欠发达|重点)县|{PLACES_WORD}|地区|地(?![\u4e00-\u9fff])"
    r"|[0-9一二三四五六七八九十]+个?(?:市州|县区|区县|县市|市|县|区|州|地)(?![场民委级长政属直])"
)


def clause_lead(simple: str, marks: list[int], pos: int, floor: int) -> bool:
    """True when the mention at ``pos`` starts its clause (after a clause mark, or a lead word); ``marks``
    are the offsets of the text's clause marks."""
    k = bisect.bisect_left(marks, pos) - 1
    begin = max(marks[k] + 1 if k >= 0 else 0, floor)
    if _CLAUSE_LEAD.fullmatch(simple, begin, pos) is not None or simple[pos - 3 : pos] == _BULLET:
        return True
    # 云南省会昆明: the capital after its province (a few characters from the clause's start) and 省会/首府
    return 2 < pos - begin <= _CAPITAL_REACH and simple[pos - 2 : pos] in _CAPITAL


# A share right after a unit (全国 70% 的水饺), or after shares of it listed before (、50% 的火腿肠).
_SHARE = re.compile(r"[0-9.]+\s*%|[0-9]+/[0-9]+")
_SHARES_BEFORE = re.compile(r"(?:\s*[0-9.]+\s*%[^，,。；;、0-9]{0,8}、)*\s*")


_SHARE_CHANGE = re.compile(r"[^，,。；;！？!?\n]*[，,](?:占比|比重|所占比重)(?:较|比)[^，,。；;！？!?\n]*")


def _relates(simple: str, m: Mention, sent: int, start: int) -> bool:
    """True when the mention's clause relates it to the figure's place (占全省…, 高于全国…, 比全省高…, 全国 70% 的水饺) and the figure
    stands in that clause (or in the next, the change of that share: 占全省的比重为22.2%,占比较上年同期回落0.8个百分点):
    高于全市1个百分点,总量在全省排名第62位 relates the 1, not the rank."""
    if CLAUSE_END.search(simple, m.end, start):
        # 占全省的比重为22.2%,占比较上年同期回落0.8个百分点: the change of that share, in the next clause, relates them too
        return simple[m.start - 1 : m.start] == "占" and _SHARE_CHANGE.fullmatch(simple, m.end, start) is not None
    if _SHARE.match(simple, start) and _SHARES_BEFORE.fullmatch(simple, m.end, start):
        return True  # 生产了全国 1/10 的粮食, 全国 70% 的水饺、50% 的火腿肠: a share of the unit's total
    return _RELATION.search(simple, max(sent, m.start - 3), start) is not None


# Before the text's own unit, a verb of joining makes it the scope of a class (深圳成为广东第二个万亿元消费城市).
_JOINED = frozenset({"成为", "跻身"})
# After the country or a unit above, a first or a ranking in it (国内首创自走式辣椒收获机,首批订单超百台; 全国排名有望上升3位):
# the unit is the scope.
_FIRST_IN = frozenset({"首创", "首个", "首家", "首批", "首台", "率先", "领先", "排名", "排位"})
# A rank right after 全省/全市: that word is the rank's scope (居全省第3位; of a ranking's class: 全省17强县市区第二).
_RANK_SCOPE = re.compile(r"(?:[0-9一二三四五六七八九十百]+强(?:县市区|县市|县|市|区)?)?(?:排名|排位|排)?第")


# A gap to a list of units with as many values after it, given 分别 (较全国、全省、全市分别高10.4、6.2、6.3个百分点;
# 分别高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点; 分别低于国、省0.9和0.8个百分点): the i-th value is the gap to the i-th unit.
# …a unit by its name too, with its value in brackets (分别高于全省(6.3%)、金华(6.7%); 浙江省(8.5%)和金华市(17%)).
_UNIT_WORD = r"(?:(?:全国|全省|全市|国|省|市)(?:[(（][0-9.]+%[)）])?|[\u4e00-\u9fff]{2,5}?[(（][0-9.]+%[)）])"
_PAIRED_GAP = re.compile(
    rf"(?:高于|低于|快于|慢于|较|比)({_UNIT_WORD}(?:[、和与及]{_UNIT_WORD})+)(?:平均水平)?(?:分别)?(?:高出|高|低|快|慢)?了?"
    r"((?:[0-9.]+\s*(?:个百分点|%)?\s*[、和及]\s*)*)$"
)
_PAIRED_REACH = 40
# Where such a list of units ends (one pass per text: most texts have none, and then no figure looks further).
_UNIT_LIST = re.compile(rf"(?:高于|低于|快于|慢于|较|比)(?:分别)?{_UNIT_WORD}(?:[、和与及]{_UNIT_WORD})+")


def unit_list_ends(simple: str) -> list[int]:
    """The ends of the lists of units a gap is to near a 分别 (分别高于全国(5.4%)、全省(5.2%), 较全国、全省、全市分别高), in
    text order: a str.find loop over 分别, a short search around each."""
    ends: list[int] = []
    at = simple.find("分别")
    while at >= 0:
        found = _UNIT_LIST.search(simple, max(0, at - _PAIRED_REACH // 2), at + _PAIRED_REACH)
        if found is not None and (not ends or found.end() > ends[-1]):
            ends.append(found.end())
        at = simple.find("分别", at + 2)
    return ends


_SERIES_MARK = re.compile(r"[、和及]")


class PlaceSentences:
    """The sentence rules of :class:`~shangyu_analysis.extract.fact_places.PlaceRules` (``simple``, ``mentions``,
    ``main``… come from the finder)."""

    # set by the finder's __init__
    simple: str
    clause_marks: list[int]
    figure_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    main: str | None
    main_code: str | None
    main_above: set[str]
    # set by _sentence_place: the text's own unit named only as an object, and whether it relates to the figure
    object_self: tuple[str, bool] | None = None
    unit_list_ends: list[int]  # see unit_list_ends()
    _paragraph_place: dict[int, tuple[int, str] | None]
    _place_heads: list[tuple[int, str, int]]  # set on first use by _heading_place

    if TYPE_CHECKING:

        def _stop(self, pos: int, reach: int = 200) -> int: ...

        def _sentence_floor(self, para_start: int, start: int) -> int: ...

    def _place_of(self, m: Mention, lead: bool, kind: str | None = None, sent: int = -1, start: int = -1) -> str | None:  # noqa: PLR0911 -- a cascade of text rules tried in order, first match wins (see fact_places' docstring)
        """What a mention says about the place of a figure after it (see fact_places' docstring); the figure starts at
        ``start`` in a sentence from ``sent`` (-1: no figure, no relation is asked)."""
        main = self.main
        if m.weak:
            return None
        if m.code == SELF:
            if kind == "rank" and _RANK_SCOPE.match(self.simple, m.end):
                return None  # 保持全省第一: the scope of the rank, not what is ranked
            if sent >= 0 and self.simple[m.start - 1 : m.start] in (":", "："):
                headed = self._headed_by(m, sent)  # 临汾市2020年主要预期目标:全市地区生产总值增长6.1%: 临汾's
                if headed is not None:
                    return headed
            # 常州…。一季度,该市实现生产总值2184.2亿元: 该市 is the city named before, not the main place
            anaphor = m.place[0] == "该"
            named = (anaphor and self._referred(m)) or (self_place(m.place, self.main_code) if self.main_code else main)
            if named is None or named == main or anaphor:
                return named
            if main and sent >= 0 and _relates(self.simple, m, sent, start):
                return f"{main}、{named}"
            # 。全省64家经开区…实现地区生产总值2.1万亿元 in a zone's text: a self word of a unit above the main place
            # that opens its clause (not a list item: 高于全国、全省) is that unit's subject; not a rank's scope (夏县's
            # 增长10.5%,全市排名第3;一般公共预算收入完成3.66亿元: 夏县's revenue)
            opens = m.start == 0 or CLAUSE_END.match(self.simple, m.start - 1) is not None
            return named if lead and opens and not _RANK_SCOPE.match(self.simple, m.end) else None
        if m.code is None:
            return m.place if lead else None
        if m.place == main:  # but 佛山成为广东第二个…的城市: after 成为, the scope of the class joined, not its subject
            return None if self.simple[m.start - 2 : m.start] in _JOINED else main
        # the unit a zone that is the main place lies in keeps the zone's code: above it too (西安 for 西安经开区)
        if m.place == COUNTRY or m.code in self.main_above or m.code == self.main_code:
            if self.simple[m.start - 2 : m.start] in _JOINED:
                return None
            if main and sent >= 0 and _relates(self.simple, m, sent, start):
                return f"{main}、{m.place}"
            if (
                lead
                and kind != "rank"
                and (m.place == COUNTRY or _SUBJECT_NEXT.match(self.simple, m.end))
                and self.simple[m.end : m.end + 2] not in _FIRST_IN
            ):
                return m.place  # 全国县域…, 绍兴市实现地区生产总值…: the clause is about it (not 国内首创…: its scope)
            return None
        return m.place if lead else None

    def _referred(self, word: Mention) -> str | None:
        """The unit 该市/该县 refers back to: the last one of the word's suffix named in the ``_REFER_REACH``
        characters before it; None when none is."""
        k = bisect.bisect_left(self.mention_starts, word.start) - 1
        while k >= 0 and word.start - self.mentions[k].start <= _REFER_REACH:
            m = self.mentions[k]
            if m.code not in (None, SELF) and not m.weak and self_place("全" + word.place[-1], m.code) == m.place:
                return m.place
            k -= 1
        return None

    def _paired_gap(self, sent: int, start: int) -> str | None:
        """The main place and the unit a gap in a paired series is to (see ``_PAIRED_GAP``); None when the figure
        stands in no such series or the series has more values than units."""
        k = bisect.bisect_right(self.unit_list_ends, start) - 1
        if k < 0 or start - self.unit_list_ends[k] > _PAIRED_REACH:
            return None
        lo = max(sent, start - _PAIRED_REACH)
        found = _PAIRED_GAP.search(self.simple, lo, start) if self.simple.find("分别", lo, start) >= 0 else None
        if found is None or not self.main or not self.main_code:
            return None
        units = [re.sub(r"[(（].*", "", u) for u in _SERIES_MARK.split(found.group(1))]
        i = len(_SERIES_MARK.findall(found.group(2)))
        if i >= len(units):
            return None
        if len(units[i]) > 1 and not units[i].startswith("全"):  # 金华(6.7%): a unit by its name
            code = place_code(units[i])
            named = gazetteer().units[code].short if code in gazetteer().units else None
        else:
            word = units[i] if units[i].startswith("全") else "全" + units[i]
            named = COUNTRY if word == COUNTRY else self_place(word, self.main_code)
        return f"{self.main}、{named}" if named and named != self.main else None

    def _headed_by(self, word: Mention, sent: int) -> str | None:
        """The unit a self word right after a colon names when the lead before the colon, from the sentence's start,
        names a unit of the word's suffix (临汾市2020年主要预期目标:全市… in a text about several cities: 临汾);
        None when it names none."""
        k = bisect.bisect_left(self.mention_starts, sent)
        while k < len(self.mentions) and self.mentions[k].start < word.start:
            m = self.mentions[k]
            if m.code not in (None, SELF) and m.place != COUNTRY and self_place(word.place, m.code) == m.place:
                return m.place
            k += 1
        return None

    def _sentence_place(self, sent: int, start: int, kind: str | None) -> str | None:
        k = bisect.bisect_left(self.mention_starts, start) - 1
        simple = self.simple
        peer = None  # 仅比台州少6.8亿元: the place a gap is measured from, in the figure's clause
        deferred, related, deferred_end = None, False, -1  # the text's own unit named as an object (对全省…贡献率)
        while k >= 0 and self.mentions[k].start >= sent:
            m = self.mentions[k]
            if simple[m.start - 1 : m.start] in "(（" and _ASIDE.match(simple, m.end, start):
                k -= 1  # 15591元(全国19342元),同比名义增长9.3%: an aside in brackets (not 经开区(头屯河区), 广西(北海))
                continue
            if (
                simple.find("等", m.end, start) >= 0
                and (example := EXAMPLE.match(simple, m.end, start))
                and not _PLACES_AFTER.match(simple, example.end())
            ):
                k -= 1  # 荆州先导电子信息材料等重大产业项目1365个: the name of an example, not the subject
                continue
            lead = (
                self._leads(k, sent)
                if simple[m.start - 1 : m.start] in _LIST_MARKS
                else clause_lead(simple, self.clause_marks, m.start, sent)
            ) or (m.end == start and simple[m.start - 1 : m.start] in _NAMES_VALUE)
            place = self._place_of(m, lead, kind, sent, start)  # its relation to the figure asked only if needed
            if (
                place
                and (m.code == SELF or (m.code == self.main_code and simple[m.start - 1 : m.start] == "占"))
                and not lead
                and (deferred is None or place == deferred)
                and place.split("、")[0] == self.main
            ):
                # 芜湖、滁州、马鞍山市增速分别高于全省平均水平4.5个…: the text's own unit as an object; a subject
                # place before it in the sentence wins (with it, in a relation); so does one before a unit above
                # the main place in a relation (全省64家经开区,地域面积约占全省2.6% in a zone's text: 广东); the same
                # object named again in an earlier clause changes nothing; nor does the main place by name after 占
                # (成都市有182个,…占四川全省的37%以上: 成都、四川)
                if deferred is None:
                    deferred, related, deferred_end = place, _relates(simple, m, sent, start), m.end
                k -= 1
                continue
            if place:
                self.object_self = None
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
        # only the text's own unit as an object: the paragraph's place may still be the subject (fact_places)
        # (in the figure's clause and unrelated, it names whose the value is: 增速均在全省水平7.3%之上)
        self.object_self = (
            (deferred, related)
            if deferred is not None and (related or CLAUSE_END.search(simple, deferred_end, start))
            else None
        )
        return deferred

    def _named_after(self, end: int) -> str | None:
        """The places a rank names right after it (排第6的是巢湖市; 排在11—20位的分别是怀远、颍上…): the list after 的是 or
        的分别是; None when no place follows so."""
        simple = self.simple
        found = _NAMED_AFTER.match(simple, end)
        if found is None:
            return None
        k = bisect.bisect_left(self.mention_starts, found.end())
        names: list[str] = []
        pos = found.end()
        while k < len(self.mentions) and self.mentions[k].start == pos:
            m = self.mentions[k]
            if m.weak or m.code in (None, SELF) or m.place == COUNTRY:
                break
            names.append(m.place)
            nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            if nxt is None or not _LIST_SEPARATOR.fullmatch(simple, m.end, nxt.start):
                break
            k, pos = k + 1, nxt.start
        return "、".join(dict.fromkeys(names)) if names else None

    def _leads(self, k: int, sent: int) -> bool:
        """True when mention ``k`` starts its clause; an item of a list (…、长沙经开区, 宁波和温州) when the list's first
        item does: 郑州经开区…排名首超武汉经开区、长沙经开区,…由第5位跃居第3位 ranks 郑州经开区, not the objects."""
        simple, mentions = self.simple, self.mentions
        while k > 0 and simple[mentions[k].start - 1 : mentions[k].start] in _LIST_MARKS:
            before = mentions[k - 1]
            if before.start < sent or not _LIST_SEPARATOR.fullmatch(simple, before.end, mentions[k].start):
                break
            k -= 1
        first = mentions[k].start
        if simple[first - 2 : first] in _BODY_BEFORE:
            return False  # 西安经开功能区、西安关中综合保税区(经开区)两大开放平台: a list of bodies, each named from its city
        return clause_lead(simple, self.clause_marks, first, sent)

    def _listed(self, k: int, place: str, start: int) -> str:
        """``place`` (of mention ``k``) and the places listed before it (平湖市(1008.7亿元)、南湖区(…)、宁海县(…)去年
        首次突破1000亿元; 武汉、宜昌、十堰、荆州项目…均超过千亿元; zones too: 合肥高新区、合肥经开区): a figure after a list
        is about all of them; not one inside the last item's parentheses, nor one of values given 分别 (each its own;
        a 分别 that gives no values, 九龙坡区、大渡口区、涪陵区分别举行…活动,开工签约项目共82个, leaves it all of theirs)."""
        simple, m = self.simple, self.mentions[k]
        if m.code == SELF or m.place == COUNTRY or "、" in place or k == 0 or simple[m.start - 1] not in _LIST_MARKS:
            return place  # (a list's items are joined by 、和与及: most places follow none)
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
        if "分别" in between and (each := self._one_place_each(names[::-1], simple.find("分别", m.end, start), start)):
            return each
        if len(names) > 1 and (each := self._one_place_each(names[::-1], m.end, start, paired=True)):
            return each  # 宁波和温州排名第二和第三: one each, as with 分别
        return "、".join(dict.fromkeys(reversed(names))) if len(names) > 1 else place

    def _one_place_each(self, names: list[str], respectively: int, start: int, paired: bool = False) -> str | None:
        """池州、六安、芜湖市分别增长13.6%、10.2%、10.1%: as many figures after 分别 in the clause as places listed
        give one place to each, in order; None otherwise. ``paired`` (no 分别): only figures joined as the names
        are, each right after the one before (宁波和温州排名第二和第三). After 分别, several such series, each joined
        as a list (楚雄州、昭通市分别以11.2%、10.1%的增速位列第二、第三), are one place each in every series."""
        end = CLAUSE_END.search(self.simple, start)
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
