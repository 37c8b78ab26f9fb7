"""The place a figure's own sentence gives it (:class:`PlaceSentences`): the mention that leads its clause or
sentence, relates to it, or a list of places that gives one to each figure (the rules in words:
:mod:`shangyu_analysis.extract.fact_places`). The list rules are its mixin
:class:`~shangyu_analysis.extract.fact_place_lists.PlaceLists`; where a clause starts,
:func:`~shangyu_analysis.extract.fact_place_clauses.clause_lead`."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.fact_place_clauses import CLAUSE_END, clause_lead
from shangyu_analysis.extract.fact_place_events import event_venue, listed_in_aside
from shangyu_analysis.extract.fact_place_lists import _LIST_MARKS, PlaceLists
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

_REFER_REACH = 120  # how far back the unit 该市 refers to may stand
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
# After 比 and a place: a gap to it that the figure measures (比台州少6.8亿元, 比义乌少), in the figure's clause.
_PEER_GAP = re.compile(r"[市县区]?[多少高低快慢]$")
# Before a name written right before its value (位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元): the value's subject.
_NAMES_VALUE = frozenset("是、：:")
# A mention that starts the name of an example (荆州先导电子信息材料等…项目, 恩施市中医院迁建等…): 等 follows
# in its clause, after words of the name (and before the figure), or after the list of examples it stands in
# (喀什…项目、…、阿克苏市…项目、…工程等72个标志性重大项目: the province's 72).
EXAMPLE = re.compile(r"(?:[^，,。；;：:！？!?\n、]{0,40}、){0,8}[^，,。；;：:！？!?\n、]{0,40}等")
# …but a place followed by 有 holds the list (南宁市有20GWh锂电池项目、…等81个项目开竣工: fz2_02, 南宁's 81).
HOLDS = re.compile(r"[省市县区州]?(?:共有|还有|有)")
# A group of places: a threshold that defines it (超过400亿元的县域) or a count of it (…的县域有13个).
_ASIDE = re.compile(r"[^)）(（]+[)）]")  # more than the name in the brackets, closed before the figure
PLACES_WORD = r"(?:县域|县市区|县市|区县|旗县|城市|(?<![心主老])城区|地市|省份|省区市|省市|强县|县(?![\u4e00-\u9fff]))"  # not 县医院
# …but places before 等 and a word for places (大渡口、九龙坡…彭水等区县的增速均在6%, 长汀、古田…等山区县) are the subject, listed.
# …and a count of them (金昌、兰州、庆阳、白银等4市贡献近七成增量); 市县 too (海口、儋州、澄迈和文昌等市县…落地率分别
# 达到47%、…: fz1_07, one each).
PLACES_AFTER = re.compile(
    rf"(?:山区|沿海|贫困|欠发达|重点)县|{PLACES_WORD}|市县|地区|地(?![\u4e00-\u9fff])"
    r"|[0-9一二三四五六七八九十]+个?(?:市州|县区|区县|县市|市|县|区|州|地)(?![场民委级长政属直])"
)


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


class PlaceSentences(PlaceLists):
    """The sentence rules of :class:`~shangyu_analysis.extract.fact_places.PlaceRules` (``simple``, ``mentions``,
    ``main``… come from the finder)."""

    # set by the finder's __init__ (the others are declared on PlaceLists)
    main_above: set[str]
    # set by _sentence_place: the text's own unit named only as an object, and whether it relates to the figure
    object_self: tuple[str, bool] | None = None
    _paragraph_place: dict[int, tuple[int, str] | None]
    _place_heads: list[tuple[int, str, int]]  # set on first use by _heading_place
    # the sentence start _sentence_place last read, and whether each of its mentions (by index) opens its clause
    _clause_leads: tuple[int, dict[int, bool]]

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
        simple, mentions = self.simple, self.mentions
        # whether a mention opens its clause depends on the sentence only: the figures of one sentence share it
        if self._clause_leads[0] != sent:
            self._clause_leads = (sent, {})
        leads = self._clause_leads[1]
        peer = None  # 仅比台州少6.8亿元: the place a gap is measured from, in the figure's clause
        deferred, related, deferred_end = None, False, -1  # the text's own unit named as an object (对全省…贡献率)
        while k >= 0 and mentions[k].start >= sent:
            m = mentions[k]
            before = simple[m.start - 1 : m.start]
            if (before in "(（" and _ASIDE.match(simple, m.end, start)) or (
                before == "、" and listed_in_aside(simple, m, start)
            ):
                k -= 1  # 15591元(全国19342元),同比名义增长9.3%: an aside in brackets (not 经开区(头屯河区), 广西(北海))
                continue
            if (
                simple.find("等", m.end, start) >= 0
                and (example := EXAMPLE.match(simple, m.end, start))
                and not PLACES_AFTER.match(simple, example.end())
                and not HOLDS.match(simple, m.end)
            ):
                k -= 1  # 荆州先导电子信息材料等重大产业项目1365个: the name of an example, not the subject
                continue
            if before in "在、和及与" and event_venue(simple, m, start):
                k -= 1  # 在深圳的招商推介会上签订…6个 (fx2_09): where the unit's event was held
                continue
            opens = leads.get(k)
            if opens is None:
                opens = leads[k] = (
                    self._leads(k, sent)
                    if before in _LIST_MARKS
                    else clause_lead(simple, self.clause_marks, m.start, sent)
                )
            lead = opens or (m.end == start and before in _NAMES_VALUE)
            place = self._place_of(m, lead, kind, sent, start)  # its relation to the figure asked only if needed
            if (
                place
                and (m.code == SELF or (m.code == self.main_code and before == "占"))
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
                and before == "比"
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
