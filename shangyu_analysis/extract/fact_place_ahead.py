"""Place rules that read ahead of a figure (:class:`PlaceAhead`, a mixin of
:class:`~shangyu_analysis.extract.fact_places.PlaceRules`; the rules in words: its docstring):

- a run of periods before a relation to a unit (连续7个季度累计增速低于全国, 连续18个月高于全国, 5个季度超过全省): the
  figure relates the subject to that unit (``辽宁、全国``);
- a paired share of a list of units (占全省、全市比重61.1%、69.8%): the i-th value is the main place's share of the
  i-th unit (``成都高新区、四川``, then ``成都高新区、成都``).
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_clauses import CLAUSE_END
from shangyu_analysis.extract.fact_place_sentences import PLACES_WORD
from shangyu_analysis.extract.own_place import self_place
from shangyu_analysis.extract.patterns import PINYIN_GLOSS
from shangyu_analysis.extract.places import COUNTRY, SELF, Mention

# After a run of periods (连续7个季度, 5个季度, 连续18个月), a relation to the unit right after it, a few words of what
# is compared between (累计增速低于全国, 赶上或超过全国).
_RUN = re.compile(r"[0-9一二三四五六七八九十两]+个?(?:季度|月|年)$")
_RUN_RELATION = re.compile(
    r"[^，,。；;：:！？!?\n]{0,6}?(?:赶上或超过|超过|超出|高于|低于|快于|慢于|领先于?|落后于?|跑赢|跑输|优于)"
)
_RUN_REACH = 16
# A share of a list of units with as many values after it (占全省、全市比重61.1%、69.8%).
_SHARE_UNITS = re.compile(
    r"占((?:全国|全省|全市)(?:[、和与及](?:全国|全省|全市))+)(?:的)?(?:比重|份额)(?:分别)?(?:为|达)?$"
)
_SHARE_REACH = 24
_VALUE_RUN = re.compile(r"(?:[0-9.]+%[、和及])*$")
# A count of places goes on in the next clauses with its head left out (183个县(市、区)中…超过百亿元的有91个,…;超过200亿元
# 的有49个;超过500亿元达到11个): the threshold and the count of each are of the same places, within the paragraph.
_CHAIN_REACH = 80
_G = PINYIN_GLOSS
# Also a part of the places counted (9个县中有8个, 其中陕南占14个, 陕北、关中各占5个, 西安市占4个).
# …and the zones of a level among the zones counted (有75个经济开发区,其中,国家级经开区2个…、省级经开区72个).
_ELLIPTIC_COUNT = re.compile(
    rf"(?:(?:[元%位]的?|中){_G}(?:有|达{_G}到?|为|增{_G}至|增{_G}加{_G}到)|占|(?:国家|省)级[\u4e00-\u9fff]{{0,4}}?区){_G}$"
)
_ELLIPTIC_REACH = 14
_COUNT_AFTER = re.compile(rf"的?{_G}(?:有|达{_G}到?|为|增{_G}至|增{_G}加{_G}到){_G}[0-9]+[个家]")
# …and a threshold that each of the places a count in the figure's clause names crosses (20个开发区规上工业增加值同比增速
# 超过20%, 11个开发区…、46个开发区固定资产投资同比增长均超过20%): it defines the club counted, of no one place; not their
# total (146个县域…经济总量首次突破3万亿元: the province's; 14个市州…投资超4200亿元) nor a negation (6个州市…没有突破千亿).
_CROSSED = re.compile(rf"(均)?(?:超{_G}过|突{_G}破|超|高于)$")
# …so is a threshold that a count of places, after 有 or 中 or right before the verb, says how many cross (我省有6个城区
# 的地区生产总值超过500亿元, 江苏省13市中4市的GDP总量超过5000亿元, 6个城区超5亿美元).
_HAS_COUNT = re.compile(r"(?:有|中)[0-9一二三四五六七八九十两]+个?[省市县区州]?$")
_PLACES_CROSS = re.compile(rf"{PLACES_WORD}(?:均)?(?:超{_G}过|突{_G}破|超)$")
_RATE_WORD = re.compile(rf"增{_G}[速长幅]")
_CROSSED_REACH = 60


# A project's name after its place (合肥晶合集成电路12英寸晶圆制造项目, 杭州市地铁3号线二期项目): the rest of the name, in
# the clause.
_PROJECT = re.compile(r"[^，,。；;：:！？!?\n、（）()“”]{0,30}?(?:项目|工程)")
_EXAMPLE_OPENS = re.compile(r"[ \t\u3000]*(?:如|例如|比如|譬如)")
_IS = frozenset("是为")  # …项目是湖州的…项目: the project a sentence's first clause identifies
# A project a unit's government signs (由太康县政府与吴江鸿文纺织有限公司签订的总投资5.5亿元…项目): the unit's.
_GOVERNMENT = re.compile(r"[省市县区旗]?(?:人民)?政府")
_SIGNED = re.compile(r"(?:签订|签约|签署|引进)的")


# A ranking's or a list's criteria, of no place: a value in quotes that name a threshold (以“地区生产总值大于400亿元、一般
# 公共预算收入大于20亿元”作为两大数据入库门槛, 设定了“…超过300亿元”这一门槛条件), and the counts of an evaluation scheme's
# levelled indicators (一级指标4个, 包含24个三级指标).
_QUOTED_THRESHOLD = re.compile(r"[^。；;”\n]{0,30}”[^。；;，,\n]{0,12}门槛")
_LEVELLED_AFTER = re.compile(r"个?[一二三四五]级指标")
_LEVELLED_BEFORE = re.compile(r"[一二三四五]级指标$")


class PlaceAhead:
    """Rules on what follows a figure, or on a list of units before its run of values (``simple``, ``mentions``…
    come from the finder)."""

    simple: str
    mentions: list[Mention]
    mention_starts: list[int]
    main: str | None
    main_code: str | None
    main_above: set[str]

    _places_count_end: int

    def _chained_count(self, start: int, end: int, kind: str | None) -> bool:
        """True for a count of places, or its threshold, whose head is left out in a chain of counts of places (see
        ``_ELLIPTIC_COUNT``) or for a threshold crossed by the places counted in the figure's clause (``_CROSSED``)."""
        simple, previous = self.simple, self._places_count_end
        if previous < 0 or start - previous > _CHAIN_REACH or simple.find("\n", previous, start) >= 0:
            return False
        if kind == "count" and simple[end - 1 : end] == "位":  # 居50~100位的有7家: a band of ranks counted
            return _COUNT_AFTER.match(simple, end, end + _ELLIPTIC_REACH) is not None
        if kind == "count":
            return simple[end - 1 : end] in "个家" and bool(
                _ELLIPTIC_COUNT.search(simple, max(previous - 1, start - _ELLIPTIC_REACH), start)
            )
        if kind in ("money", "rank") and _COUNT_AFTER.match(simple, end, end + _ELLIPTIC_REACH):
            return True
        if start - previous > _CROSSED_REACH or CLAUSE_END.search(simple, previous, start) is not None:
            return False
        crossed = _CROSSED.search(simple, max(previous, start - 8), start)
        return (
            crossed is not None
            and (
                crossed.group(1) is not None  # 均超1000亿元: each of them
                # 我省有6个城区的地区生产总值超过500亿元, 6个城区超5亿美元: how many places cross it
                or _HAS_COUNT.search(simple, max(0, previous - 8), previous) is not None
                or _PLACES_CROSS.match(simple, previous, start) is not None
                or (simple[end - 1 : end] in "%点" and _RATE_WORD.search(simple, previous, start) is not None)
            )
        )

    def _criterion(self, start: int, end: int, kind: str | None) -> bool:
        """True for a criterion of a ranking or a list (see ``_QUOTED_THRESHOLD``, ``_LEVELLED_AFTER``): no place's."""
        simple = self.simple
        if kind == "money":
            return "”" in simple[end : end + 30] and _QUOTED_THRESHOLD.match(simple, end) is not None
        return kind == "count" and (
            _LEVELLED_AFTER.match(simple, end) is not None
            or _LEVELLED_BEFORE.search(simple, max(0, start - 6), start) is not None
        )

    def _project_place(self, sent: int, start: int, end: int) -> str | None:
        """The place a project is named from, for its figures: a value right before 的 and the project's name (如总投资
        210亿元的合肥晶合集成电路…项目: 合肥), or any figure of a sentence that opens on such an example project as its
        first clause (如总投资333亿元的南安三安半导体…项目,建筑面积210.8万平方米: 南安), or whose first clause says which
        place's project it is about (最大外资项目是湖州的唯品会华东运营总部项目,总投资为60.7亿元: 湖州), or a project a
        unit's government signs (由太康县政府与…签订的总投资5.5亿元…项目: 太康); None otherwise."""
        simple = self.simple
        if simple[end : end + 1] == "的":
            return self._named_project(end + 1, None)
        if (signer := self._signed_by(sent, start)) is not None:
            return signer
        example = _EXAMPLE_OPENS.match(simple, sent) is not None
        first = CLAUSE_END.search(simple, sent, start)
        if first is None or not simple.endswith(("项目", "工程"), sent, first.start()):
            return None
        k = bisect.bisect_left(self.mention_starts, sent)
        while k < len(self.mentions) and self.mentions[k].start < first.start():
            pos = self.mentions[k].start
            if example:
                found = self._named_project(pos, first.start())
            elif simple[pos - 1 : pos] in _IS and simple[self.mentions[k].end : self.mentions[k].end + 1] == "的":
                # 最大外资项目是湖州的唯品会华东运营总部项目,总投资为60.7亿元: the project it names is the place's
                found = self._named_project(pos, first.start(), self.mentions[k])
            else:
                found = None
            if found:
                return found
            k += 1
        return None

    def _signed_by(self, sent: int, start: int) -> str | None:
        """The unit whose government signs the project the figure is of, in the figure's clause (由太康县政府与…签订的
        总投资5.5亿元: 太康); None when no such unit stands there."""
        simple = self.simple
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0 or self.mentions[k].start < sent:
            return None
        m = self.mentions[k]
        if simple[m.start - 1 : m.start] != "由" or m.code in (None, SELF) or m.weak or m.place == COUNTRY:
            return None
        if not _GOVERNMENT.match(simple, m.end) or CLAUSE_END.search(simple, m.end, start):
            return None
        return m.place if _SIGNED.search(simple, m.end, start) else None

    def _named_project(self, pos: int, clause_end: int | None, owner: Mention | None = None) -> str | None:
        """The place of the mention at ``pos`` after 的 when it begins a project's name (to ``clause_end``, if given);
        with ``owner``, the place named before 的 that owns the project whose name starts at ``pos`` (是湖州的…项目)."""
        if owner is None:
            k = bisect.bisect_left(self.mention_starts, pos)
            if k >= len(self.mentions) or self.mentions[k].start != pos or self.simple[pos - 1 : pos] != "的":
                return None
            m = self.mentions[k]
        else:
            m = owner  # its project's name is read from 的 on, as after a place
        if m.weak or m.code in (None, SELF) or m.place == COUNTRY or m.code in self.main_above:
            return (
                None  # 总投资1.7亿元的河北省第七届园林博览会…项目 in 定州's text: an event of the province, held there
            )
        name = _PROJECT.match(self.simple, m.end)
        return m.place if name and (clause_end is None or name.end() == clause_end) else None

    def _unit_named(self, m: Mention) -> str | None:
        """The unit a mention names: a self word's unit, else its short name (None for a zone or a weak name)."""
        if m.weak or m.code is None:
            return None
        if m.code == SELF:
            return self_place(m.place, self.main_code) if self.main_code else None
        return m.place

    def _run_compared(self, start: int, end: int) -> str | None:
        """The unit a run of periods is compared with after it (连续18个月高于全国: 全国); None when no relation to a
        unit follows the figure."""
        if not _RUN.search(self.simple, max(0, start - 1), end):
            return None
        found = _RUN_RELATION.match(self.simple, end, end + _RUN_REACH)
        if found is None:
            return None
        k = bisect.bisect_left(self.mention_starts, found.end())
        if k >= len(self.mentions) or self.mentions[k].start != found.end():
            return None
        unit = self._unit_named(self.mentions[k])
        return unit if unit != self.main or unit == COUNTRY else None

    def _with_run_unit(self, start: int, end: int, found: str | None) -> str | None:
        """``found`` (the subject) joined with the unit a run of periods is compared with (see ``_run_compared``);
        ``found`` as it is when none is; the main place stands for a subject that is only the unit itself."""
        unit = self._run_compared(start, end)
        if unit is None:
            return found
        names = [n for n in (found or "").split("、") if n and n != unit]
        subject = names or ([self.main] if self.main else [])
        return "、".join([*subject, unit]) if subject else found

    def _paired_share(self, start: int) -> str | None:
        """The main place and the i-th unit of a share given for a list of units (占全省、全市比重61.1%、69.8%: the
        second value is 成都高新区、成都); None when the figure follows no such list."""
        simple = self.simple
        lo = max(0, start - _SHARE_REACH)
        at = simple.rfind("占", lo, start)
        if at < 0 or not self.main or not self.main_code:
            return None
        run = _VALUE_RUN.search(simple, at, start)
        if run is None:
            return None
        found = _SHARE_UNITS.search(simple, at, run.start())
        if found is None or found.start() != at:
            return None
        units = re.split(r"[、和与及]", found.group(1))
        i = run.group(0).count("%")
        if i >= len(units):
            return None
        named = COUNTRY if units[i] == COUNTRY else self_place(units[i], self.main_code)
        return f"{self.main}、{named}" if named and named != self.main else None
