"""Place rules for a value whose unit is written right at it (:class:`PlaceValues`, a mixin of
:class:`~shangyu_analysis.extract.fact_places.PlaceRules`), each tried before the sentence's subject:

- a value alone in brackets right after a place is that place's (巩义市(第45位), 平湖市(1008.7亿元); after a self word,
  the unit it names: 梅州's 比全省(7.7%) → 广东);
- so is a value right after a unit and 的 (领先于宿迁的894.4亿元), but not after 全国, a self word or 占 (占西安市的
  77.3%), unless a gap is measured from it (比全省的6.1%快1.4个百分点: 安徽's 6.1%; the gap relates 池州 to 安徽);
- a rate right after a unit and its average or level is that unit's (高于全国平均5.3%的水平, 跑赢全省平均增速5.9%,
  均在全省水平7.3%之上), and so is one between a unit and a word for its rate (超过全省5.7%增速);
- a rate right after 比/较, a unit and 增长/增速, before the gap (比全国增长11.9%高13.2个百分点), is that unit's; the gap
  relates the subject to it;
- a count of a level's zones is that of the place that opens its clause and holds them (广东省累计获批8家国家级经开区),
  and a club's threshold (千亿县) that of the place its clause says joins it (博罗县成为该省首个“千亿县”); the rules in
  :class:`~shangyu_analysis.extract.fact_places.PlaceRules` give ``-`` when none does.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_clauses import clause_lead
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

_JOINS = re.compile(r"成为|跻身|迈入|进入|晋级|加入|晋升")  # 博罗县成为该省首个“千亿县”: the place joins the club
_COMPARED_WITH = frozenset("比较較")
# What stands between a unit and its average rate (全国平均5.3%, 全省平均增速5.9%, 全省水平7.3%).
# …or after the rate (超过全省5.7%增速, 高于全国6.1%的增长水平).
_RATE_AFTER = re.compile(r"的?(?:增速|增幅|增长水平|平均水平|水平)")
# …its average in brackets (比全國平均水平(5.1%)高61.1個百分點: fx1_02), a yearly average (高于全國(guó)年均8.6%的增速:
# fv1_03), a page's reading aid after the unit's name.
_AVERAGE_OF = re.compile(
    r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))?(?:(?:年均|平均)(?:水平|增速|增幅|速度)?|水平|增速)[(（]?$"
)


class PlaceValues:
    """Rules on a value whose unit is named right before it, or whose class its clause's subject holds or joins (``simple``, ``mentions``… come from the finder)."""

    simple: str
    mentions: list[Mention]
    mention_starts: list[int]
    clause_marks: list[int]
    main_code: str | None

    def _owned_by(self, start: int, end: int) -> str | None:
        """The unit named right before 的 and the figure (领先于宿迁的894.4亿元: 宿迁's); None for a self word, 全国
        or a unit after 占 (高于全国的5.0%, 占西安市的77.3%: the sentence decides) or when no place stands there; but
        the rate a gap is measured from is the unit's, a self word's or 全国's too (比全省的6.1%快1.4个百分点: 安徽's)."""
        j = bisect.bisect_left(self.mention_starts, start) - 1
        if j < 0:
            return None
        m = self.mentions[j]
        if m.end != start - 1 or m.code is None or m.weak:
            return None
        if m.code == SELF or m.place == COUNTRY:
            if self.simple[m.start - 1 : m.start] not in _COMPARED_WITH or self.simple[end : end + 1] not in "快慢高低":
                return None
            return m.place if m.code != SELF else (self_place(m.place, self.main_code) if self.main_code else None)
        if self.simple[m.start - 1 : m.start] == "占":
            return None  # 占西安市的77.3%: a share of that unit, related to the subject
        return m.place

    def _compared_rate(self, start: int) -> str | None:
        """The unit a rate is compared with, the rate stated before the gap (比全国增长11.9%高13.2个百分点: 全国's
        11.9%); None when no 比/较, a unit and 增长/增速 stand right before the figure."""
        if self.simple[start - 2 : start] not in ("增长", "增速"):
            return None
        j = bisect.bisect_left(self.mention_starts, start) - 1
        if j < 0:
            return None
        m = self.mentions[j]
        if m.end != start - 2 or m.code is None or m.weak or self.simple[m.start - 1 : m.start] not in "比较較":
            return None
        if m.code == SELF:
            return self_place(m.place, self.main_code) if self.main_code else None
        return m.place

    def _unit_average(self, start: int, end: int) -> str | None:
        """The unit whose average or level a rate is, written right before it (高于全国平均5.3%的水平, 跑赢全省平均增速
        5.9%, 增速均在全省水平7.3%之上: 全国's, 江苏's, 云南's), or right before it and a word for a rate after it
        (超过全省5.7%增速的还有徐州: 江苏's); None when the figure is no rate or follows no unit so
        (占全市50%: a share; 高于全市1.0%: a gap)."""
        if not self.simple.endswith("%", start, end):
            return None
        found = _AVERAGE_OF.search(self.simple, max(0, start - 12), start)
        if found is None and _RATE_AFTER.match(self.simple, end) is None:
            return None
        j = bisect.bisect_left(self.mention_starts, start) - 1
        if j < 0 or self.mentions[j].end != (found.start() if found else start):
            return None
        m = self.mentions[j]
        if m.weak or m.code is None or self.simple[m.start - 1 : m.start] == "占":
            return None
        if m.code == SELF:
            return self_place(m.place, self.main_code) if self.main_code else None
        return m.place

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
        if not clause_lead(self.simple, self.clause_marks, m.start, clause):
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
            lead = clause_lead(simple, self.clause_marks, m.start, clause)
            return m.place if lead and _JOINS.search(simple, m.end, start) else None
        return None
