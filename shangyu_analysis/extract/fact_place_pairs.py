"""Places of a figure read from the shape of its sentence (:class:`PlacePairs`, over
:class:`~shangyu_analysis.extract.fact_place_series.PlaceSeries`; round 32).

- *Paired ranks and values*: “兴庆区(33.4%)和西夏区(20.6%)规模以上工业增加值增速分别位列全区22个县(市)区第2位和第5位”
  (fah1_02): the places found for the figure are the list's items, written in that order before 分别, and the figure
  is the i-th of a run as long as the list after it, so it is the i-th item's alone (ruling 5).
- *Counts of units*: 14个贫困县, 12个工业大省 (ruling 4): place ``-``.
- *A group carried*: the sentence after one led by 武汉新城 that names only 武汉 inside that name (fai2_07).
- *作为…的X,* opening a sentence: X is its subject (faj1_01).
- *从…来看,* after a list of places, with no place of its own: the text's place (fx2_05).
- *A project's origin*: 香港地区投资项目, 深圳惠科新材料产业项目 (faj1_01, fab2_09): the text's place.
- *A list run together*: 长沙县经开区, never written, from 长沙县、长沙经开区 (faf2_01): the text's place.
- *Shares of a list*: 全省86.79%的重点实验室、82.52%的工程技术研究中心 (fae2_04): each as the first.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_place_series import PlaceSeries
from shangyu_analysis.extract.gazetteer import ancestors
from shangyu_analysis.extract.places import COUNTRY, SELF

_PAIR_REACH = 120  # how far before 分别 the list's items may stand
_GROUP_REACH = 250  # how far back in its paragraph a group may lead
_ORIGIN_REACH = 16  # how far after the place its 项目 may stand
_MARKS = re.compile(r"[，,；;。：:、\n“”()（）的在]")
_ACTS = re.compile(r"计划|实施|开工|签约|建设|推进|完成|安排")
_CLAUSE_OPEN = frozenset("，,；;。：:\n")
# the units a count counts, right after it: a class word of at most five characters, then the unit's word
_UNITS_COUNTED = re.compile(r"[^\W级級]{0,5}?(县|縣|省|自治区|自治區)(?![委长長政级級重招属屬])")
_AFTER_BARE_UNIT = frozenset("中的和、,，。;；")
_SHARE_REACH = 30  # how far a share may follow the one before it
_SHARE_STEP = re.compile(r"的[^\W、，,。；;]{1,16}、")  # the noun of a share, then the list's mark
_VIEW_REACH = 20  # how long 从…来看 may be
_ITEM_STOPS = "；;。\n"
# one figure of the run and the joint to the next: 第2位和, 24%和, 6.6%、
_STEP = re.compile(r"第?[0-9.]+\s*(?:%|个百分点|亿元|万元|元|个|倍|位|名)?(?:[、和及]|和(?:增长|下降|减少))")


class PlacePairs(PlaceSeries):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring, before
    :class:`PlaceSeries`."""

    _written_names: dict[str, bool] | None = None
    _last: tuple[int, str] = (-1, "")  # the end and place of the figure placed last

    def place(self, start: int, end: int, para_start: int, kind: str | None = None) -> str:
        found = super().place(start, end, para_start, kind)
        if found != "-":
            found = self._placed(start, end, para_start, kind, found)
        last_end, last = self._last
        if "、" in last and 0 < start - last_end <= _SHARE_REACH:
            found = self._share_of_list(start, found)
        self._last = (end, found)
        return found

    def _share_of_list(self, start: int, found: str) -> str:
        """Shares listed one after another, each with its noun, keep the whole of the first: 集聚了全省86.79%的重点实验室、
        82.52%的工程技术研究中心、66.67%的大学科技园 (fae2_04): each is 贵阳's share of 贵州, as the first reads."""
        last_end, last = self._last
        if not last.startswith(found + "、"):
            return found
        if self.simple[last_end - 1 : last_end] != "%" or not _SHARE_STEP.fullmatch(self.simple, last_end, start):
            return found
        return last

    def _placed(self, start: int, end: int, para_start: int, kind: str | None, found: str) -> str:
        """The rules of the module docstring but the shares of a list, on the place the layers below found."""
        if "、" in found:
            return self._one_of_pair(start, found) or found
        if kind == "count" and self.simple[end - 1 : end] in "个個" and self._units_counted(end):
            return "-"
        if self._groups:
            found = self._group_carried(start, para_start, found) or found
        if self.main and found != self.main and found.startswith(self.main) and not self._written(found):
            # 长沙县、长沙经开区…举行…仪式。60个重大项目集中开工 (faf2_01): 长沙县经开区, a name the list's items run
            # together and the text never writes, is the text's own place
            return self.main
        simple, lo = self.simple, max(0, start - _PAIR_REACH)  # a str.find first: few sentences have the words
        if simple.find("作为", lo, start) >= 0 and (subject := self._as_subject(start, found)):
            return subject
        if found == self.main:
            return found
        if simple.find("从", lo, start) >= 0 and (whole := self._new_view(start, found)):
            return whole
        return self._origin(start, found) or found

    def _origin(self, start: int, found: str) -> str | None:
        """A place outside the text's own naming where a project comes from (its investors, its firm), in the words
        right before 项目: 香港地区投资项目13个 (faj1_01, a 福建 signing), 深圳惠科新材料产业项目,总投资90亿元,落地大盂产业
        新城 (fab2_09, a 太原 text): the project and its figures are the text's place's."""
        main, code = self.main, self.main_code
        if not main or not code or found == main or main == COUNTRY:
            return None
        k = bisect.bisect_left(self.mention_starts, start) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        if m.place != found or not m.code or m.code in (SELF, code) or start - m.end > _PAIR_REACH:
            return None
        project = self.simple.find("项目", m.end, min(start, m.end + _ORIGIN_REACH))
        if project < 0 or _MARKS.search(self.simple, m.end, project) or _ACTS.search(self.simple, m.end, project):
            return None
        if m.start > 0 and self.simple[m.start - 1] not in _CLAUSE_OPEN:
            return None  # 今年平罗计划实施重点建设项目50个 (fn1_03): a place leading its own plan
        if m.code in self.main_above or code in ancestors(m.code):
            return None  # 宜昌高新区项目 in a 宜昌 text, 湖北…项目 over it: the text's own units
        return main

    def _new_view(self, start: int, found: str) -> str | None:
        """A sentence opening 从…(来)看, with no place before the figure, views the whole again after a list of
        places: 其中,宜昌高新区10个,宜都市3个…点军区1个。从投资规模来看,26个项目投资额均超过5000万元 (fx2_05) is
        the text's place's, not the list's first item's."""
        main = self.main
        if not main or found == main:
            return None
        simple = self.simple
        lo = max(0, start - _PAIR_REACH)
        sentence = max(simple.rfind(c, lo, start) for c in _ITEM_STOPS) + 1
        if not simple.startswith("从", sentence):
            return None
        seen = simple.find("看", sentence, min(start, sentence + _VIEW_REACH))
        if seen < 0 or simple[seen + 1 : seen + 2] not in ",，":
            return None
        k = bisect.bisect_left(self.mention_starts, sentence)
        if k != bisect.bisect_left(self.mention_starts, start):
            return None
        # the place found is one named in the sentence before (not a short name the text taught, nor a group)
        before = self.mentions[bisect.bisect_left(self.mention_starts, sentence - _PAIR_REACH) : k]
        return main if any(m.place == found for m in before) else None

    def _as_subject(self, start: int, found: str) -> str | None:
        """作为…的X, opening a sentence: X is its subject, so the sentence's figures are X's while no other place is
        named before them: 作为投洽会举办地的厦门,积极用好…主场优势,签约重大项目13个,投资额353亿元…位居福建首位
        (faj1_01) is 厦门's, not 福建's (named after the figure, as what it leads)."""
        simple = self.simple
        lo = max(0, start - _PAIR_REACH)
        sentence = max(simple.rfind(c, lo, start) for c in _ITEM_STOPS) + 1
        if not simple.startswith("作为", sentence):
            return None
        comma = simple.find("，", sentence, start)
        if comma < 0:
            comma = simple.find(",", sentence, start)
        j = bisect.bisect_left(self.mention_starts, sentence)
        k = bisect.bisect_left(self.mention_starts, start, j)
        subject = next((m for m in self.mentions[j:k] if m.end == comma), None)
        if subject is None or simple[subject.start - 1] != "的" or subject.place == found:
            return None
        if any(m.place != subject.place for m in self.mentions[j:k] if m.start > comma):
            return None
        return subject.place

    def _group_carried(self, start: int, para_start: int, found: str) -> str | None:
        """A group of cities (武汉新城) leading a clause earlier in the paragraph, when the only place named since is
        the city inside the group's own name: 武汉新城新开工的项目主要以武汉新城创新策源基地为核心…。全年计划新开工项目
        175个 (fai2_07) is the new town's, not 武汉's."""
        groups = self._groups or []
        k = bisect.bisect_right(groups, (start,)) - 1
        if k < 0:
            return None
        at, group_end, name = groups[k]
        if at < max(para_start, start - _GROUP_REACH) or not name.startswith(found) or found == name:
            return None
        j = bisect.bisect_left(self.mention_starts, group_end)
        for m in self.mentions[j : bisect.bisect_left(self.mention_starts, start, j)]:
            if not self.simple.startswith(name, m.start):
                return None
        return name

    def _written(self, name: str) -> bool:
        """Whether the text writes the name, or has no list led by its own place (looked up once a name)."""
        if self._written_names is None:
            self._written_names = {}
        known = self._written_names.get(name)
        if known is None:
            # 安慶經(jīng)開區(qū) (fp2_08): glossed, the name is written; only a list led by the text's place runs
            # its items together
            listed = f"{self.main}、" in self.simple
            known = self._written_names[name] = not listed or name in self.simple
        return known

    def _units_counted(self, end: int) -> bool:
        """Ruling 4, counts of places: a count right before a class of units, 14个贫困县有望如期脱贫摘帽 (fy2_03),
        在12个工业大省中继续保持第一 (faa1_07); not 133个山西省招商引资重大项目 (a place's projects) nor 700个省重点项目."""
        counted = _UNITS_COUNTED.match(self.simple, end)
        if counted is None:
            return False
        if counted.start(1) == end and self.simple[counted.end() : counted.end() + 1] not in _AFTER_BARE_UNIT:
            return False  # 8个自治区新开工重点项目 (fag1_07), 11个省直部门: the bare unit is a modifier
        k = bisect.bisect_left(self.mention_starts, end)
        return k >= len(self.mention_starts) or self.mention_starts[k] >= counted.end() - 1

    def _one_of_pair(self, start: int, found: str) -> str | None:
        """The i-th of the places found when the figure is the i-th of the run after 分别 and the places stand in
        that order before it, in its sentence."""
        simple = self.simple
        lo = max(0, start - _PAIR_REACH)
        respectively = simple.rfind("分别", lo, start)
        if respectively < 0:
            return None
        items = found.split("、")
        run = self._pair_run(respectively, start)
        if len(run) != len(items) or start not in run:
            return None
        sentence = max(simple.rfind(c, lo, respectively) for c in _ITEM_STOPS) + 1
        pos = sentence
        for name in items:
            pos = simple.find(name, pos, respectively)
            if pos < 0:
                return None
            pos += len(name)
        # only those places before 分别: 增速分别高于全省和全国 (a comparison) names others between
        k = bisect.bisect_left(self.mention_starts, sentence)
        named = {m.place for m in self.mentions[k : bisect.bisect_left(self.mention_starts, respectively, k)]}
        if not named <= set(items):
            return None
        return items[run.index(start)]

    def _pair_run(self, respectively: int, start: int) -> list[int]:
        """The run of figures joined one to the next (第2位和第6位) that holds the figure, all after 分别."""
        starts, simple = self.figure_starts, self.simple
        i = bisect.bisect_left(starts, start)
        if i >= len(starts) or starts[i] != start:
            return []
        first = i
        while (
            first > 0 and starts[first - 1] > respectively and _STEP.fullmatch(simple, starts[first - 1], starts[first])
        ):
            first -= 1
        last = i
        while last + 1 < len(starts) and _STEP.fullmatch(simple, starts[last], starts[last + 1]):
            last += 1
        return starts[first : last + 1]
