"""A single project's design sizes and expected outputs (:class:`PeriodSingleProjects`, round 37, outermost of the
period rules): ruling 12 of SOURCES.md.

- *Design size.* A size stated of one project right after its design word (占地/用地(面积), 建筑面积, 全长,
  装机容量/规模, 年产/年加工, 新建厂房, 安装…机组) is its design, not a stock at the time of writing: period ``-``,
  basis ``unknown`` (项目用地110亩,主要建设内容为年产20万吨再生铅 in fan2_03_qiandongnan_signing_q1_2022).
- *Expected output.* What the project will yield once built (项目建成后/投产后/达产后, 预计(年)实现/可实现
  销售收入/营业收入, 年创税, 利税, 税金, 带动就业, 年发电量, 年可节约标准煤, 减少二氧化碳排放) is no period's
  figure either (项目建成后,预计实现年营业收入30亿元,年创税2.5亿元,带动就业400人 in the same text).
- Not taken (ruling 8): a size that sums a batch (共, 合计, 累计, 总计, N个项目, 全市/全省…), a region's
  stock (全省水电装机容量 in fal1_01), and a figure with a time word between its cue and itself.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_batch_leads import PeriodBatchLeads
from shangyu_analysis.text.periods import PeriodFact

# design words directly before the size (at most a few characters between: 约, 面积, 达, 为)
_DESIGN = re.compile(
    r"(?:占地|用地|建筑面积|全长|装机(?:容量|规模)?|(?<![\d今去全明上本当當半])年(?:产|產|生产|生產|可?加工(?:生产)?|吞吐能力)"
    r"|(?:设计|設計)(?=[年时時速能规規容产產])|建设内容(?:包括|为)?|建設內容(?:包括|為)?"
    r"|新建厂房|新建廠房|(?:安装|安裝)[^，,。；;]{0,12}?(?:机组|機組))"
)
# expected outputs of a project once built
_OUTPUT = re.compile(
    r"(?:销售收入|銷售收入|营业收入|營業收入|营收|營收|年产值|年產值|创税|創稅|利税|利稅|税金|稅金|纳税|納稅|利润|利潤"
    r"|带动就业|帶動就業|发电量|發電量|标准煤|標準煤|二氧化碳排放|就业岗位|就業崗位)"
)
# the words that make the sentence tell of a project once built
_ONCE_BUILT = re.compile(
    r"建成后|建成後|投产|投產|达产|達產|达效|達效|预计|預計|可实现|可實現|满负荷|滿負荷|将提供|將提供|将带动|將帶動"
)
# a project word in the sentence before the figure
_PROJECT = (
    "项目",
    "項目",
    "工程",
    "电站",
    "電站",
    "电厂",
    "電廠",
    "风电场",
    "風電場",
    "基地",
    "产业园",
    "產業園",
    "铁路",
    "鐵路",
    "公路",
)
# a batch or a region's sum (ruling 8)
_BATCH = r"共|合计|合計|累计|累計|总计|總計|个项目|個項目|批|全[市省县縣区區国國疆]"
_NOT_SINGLE = re.compile(_BATCH + r"|\d{4}\s?年|[今去明上本当當]年|季度|半年|\d{1,2}月|以[来來]")  # or a time
_IN_BATCH = re.compile(_BATCH)
# before a design word: a total or a share of a region's stock (总装机, 并网装机, 占…电力装机)
_NOT_DESIGN_BEFORE = "总總网網占佔"
# a city plan's unit, a zone's land and no plant's design (项目规划单元用地面积163.6公顷, the seed article zjrb_2021-02-23)
_PLAN_UNITS = ("单元", "單元")
_GAP = 8  # characters allowed between a cue and its figure
_LIST_STOPS = ("项目", "項目", "投资", "投資")  # a list of projects, not of one project's items
_LIST_GAP = 30  # when they are items of one list (年产客车内饰行李架、底板、车厢等配套件30万件, fab1_08)
_SENTENCE_MARKS = "。！？!?\n"


class PeriodSingleProjects(PeriodBatchLeads):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _project_cues: tuple[list[int], list[int], list[bool]] | None = None  # (cue ends, starts, is an output)

    def _cues(self) -> tuple[list[int], list[int], list[bool]]:
        """The design and output cues of the text, found once per text, ordered by end."""
        if self._project_cues is None:
            found = [(m.end(), m.start(), False) for m in _DESIGN.finditer(self.simple)]
            found += [(m.end(), m.start(), True) for m in _OUTPUT.finditer(self.simple)]
            found.sort()
            self._project_cues = ([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])
        return self._project_cues

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        if fact.value == "-" or not self._of_single_project(start, end):
            return fact
        return PeriodFact("-", "unknown", "")

    def _of_single_project(self, start: int, end: int) -> bool:
        """True when the figure is a single project's design size or expected output (the module docstring)."""
        ends, starts, outputs = self._cues()
        i = bisect.bisect_right(ends, start) - 1
        if i < 0 or start - ends[i] > _LIST_GAP:
            return False
        simple = self.simple
        gap = simple[ends[i] : start]
        if start - ends[i] > _GAP and ("、" not in gap or any(w in gap for w in _LIST_STOPS)):
            return False
        after = re.split(r"[，,。；;]", simple[end : end + 8], maxsplit=1)[0]  # 等154个重点项目 (fm1_03): a count
        if (
            any(c in gap for c in "，,。；;：:\n")
            or _NOT_SINGLE.search(gap)
            or any(w in after for w in _LIST_STOPS[:2])
        ):
            return False
        lo = max(simple.rfind(mark, max(0, start - 200), start) for mark in _SENTENCE_MARKS) + 1
        head = simple[lo : starts[i]]
        if outputs[i]:
            built = [m.start() for m in _ONCE_BUILT.finditer(head)]
            # the project may be named in the sentence before (项目…。项目投产后,预计…)
            return (
                bool(built)
                and not _NOT_SINGLE.search(head[built[-1] :])
                and not _IN_BATCH.search(head)
                and any(w in simple[max(0, lo - 120) : starts[i]] for w in _PROJECT)
            )
        if (
            simple[starts[i] - 1 : starts[i]] in _NOT_DESIGN_BEFORE
            or head.endswith(_PLAN_UNITS)
            or not any(w in head for w in _PROJECT)
        ):
            return False
        clause = max(head.rfind(c) for c in "，,；;") + 1
        return not _NOT_SINGLE.search(head[clause:])
