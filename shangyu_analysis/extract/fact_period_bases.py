"""Last checks on a figure's period basis (:class:`PeriodBases`), on the period
:class:`~shangyu_analysis.extract.fact_period_areas.PeriodAreas` found (round 19 of the facts rules). Conventions:
``../shared/corpus/FACTS.md`` and project rulings 1 and 5 (``data/corpus/SOURCES.md``). In words:

- *Once built.* What a project yields or employs once built or in production (達產後可新增就業5500人; 项目达产后,预计
  新增年产值超600亿元; 预计明年4月全部建成,届时可实现产值40亿元) is no period's figure: ``-``, unknown, unless a
  time is written after those words (全年預計可拉動就業11萬人).
- *A line's lead.* A paragraph lead (ruling 1: 今年1-3月,全省…) states the period of the later sentences of its
  line that go on in it, even past a time named inside a sentence between (实现了今年“开门红”); not a 其中 sentence,
  nor past a later sentence's own opening time or a streak (looked at in the 300 characters of the line before
  the figure only).
- *A passing span.* A span back named inside a clause of an earlier sentence (今年前三季度,兰州新区GDP增长13%、增速5年来
  持续领跑国家级新区。具体来看,…) is that clause's: the later sentences go on under the line's lead (stated).
- *A report's lead.* A lead ending in 如下: in the text's first 400 characters (现将2017年全市国民经济和社会发展
  情况公报如下:) governs the whole report: its period is stated wherever it is the figure's (ruling 1, "a clause
  ending in ：").
- *A release is no lead.* A period that is the object of a release (…4月20日发布了今年一季度北京经济数据。) is what was
  published, not a lead sentence that governs the paragraph: its figures stay inferred.
- *Data that came out is no lead either* (round 20): 日前,宁夏银川市一季度经济数据“成绩单”出炉。 names the data released.
- *A glued year* (round 20): a year written without 年 before its part after a source (據黑龍江省商務廳,2020上半年,…)
  opens the paragraph as 2020年上半年 does.
- *A project's design* (round 20, ruling 12): a length after (全)长, a station count after 设站, a design speed or
  capacity, a lane count (长7.5公里,设站5座; 雙向六車道) is no period's figure: ``-``, unknown.
- *A dated source.* A statistics source that writes its release day (根据湖南省统计局7月17日公布的数据,上半年,…) opens
  its paragraph as an undated one does (据统计,一季度,…).
- *A comparison's basis.* A gap to an earlier part of the year (比一季度回升4个百分点: ``2020H1/2020Q1``) whose
  later side is only carried into its sentence takes the basis of the figure before it in that sentence (全省规模
  工业增加值增长1.9%, inferred): only its earlier side is written there.
"""

from __future__ import annotations

import bisect
import re

from shangyu_analysis.extract.fact_period_areas import PeriodAreas
from shangyu_analysis.extract.fact_period_marks import FRAME_COMMA
from shangyu_analysis.text.periods import UNKNOWN, PeriodFact, TimeExpression

_BREAKDOWN = re.compile(r"[ \u3000]*(?:其中|这其中|這其中)")
_AS_FOLLOWS = re.compile(r"如下[:：][ \u3000]*\n")  # 现将2017年全市国民经济和社会发展情况公报如下:
# 根据湖南省统计局7月17日公布的数据,上半年,…: a statistics source that writes the day of its release
_DATED_SOURCE = re.compile(
    r"(?:^|\n)[ \u3000]*(?:据|根据|據)[^。！？!?\n，,；;]{2,24}\d{1,2}[月日][^。！？!?\n，,；;]{0,12}[，,]$"
)
_RELEASED = re.compile(r"(?:发布|公布|發布|公佈)了?$")
# 日前,宁夏银川市一季度经济数据“成绩单”出炉。: the period names the data that came out (looked at in 30 characters)
_DATA_OUT = re.compile(
    r"[^，,。！？!?\n；;]{0,12}(?:数据|數據|成绩单|成績單)[“”\"]*(?:成绩单|成績單)?[“”\"]*"
    r"(?:正式|已|均已|全部)?(?:出炉|出爐|发布|發布|公布|公佈)[。！!]"
)
# 长8.51公里; 设站5座; 设计年吞吐能力为100万人次; 設計時速120KM/小時 (ruling 12): a project's design, in its own clause
_DESIGN = re.compile(
    r"(?:^|[，,；;。：:\s])(?:主线|主線|线路|線路)?(?:全长|全長|全线长|全線長|长|長|设站|設站"
    r"|(?:设计|設計)年?(?:速度|时速|時速|吞吐能力|通过能力|通過能力))(?:为|為|约|約|达|達)?$"
)
_DESIGN_HINT = re.compile(r"[长長站速力]")
_LENGTH = re.compile(r"(?:公里|千米|米|KM|km)$")
_LANES = re.compile(r"(?:双向|雙向|采用|採用)?[一二两兩三四五六七八十\d]+(?:车道|車道)$")
_BEFORE_SOURCE_LEAD = frozenset("，,0123456789")  # a comma, or the digits of a glued year (2020上半年)
# 據黑龍江省商務廳,2020上半年,黑龍江省開發區…: a year written without 年, glued to the part of it that leads
_GLUED_YEAR_LEAD = re.compile(
    r"(?:(?:^|\n)[ \u3000]*(?:据|根据|據)[^\d。！？!?\n，,；;]{2,20}[，,]|\n[ \u3000“\"]*)(?:19|20)\d\d$"
)
_PINYIN = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?"  # 達產(chǎn)後: a reading in parentheses after a character
# the words every match of _ONCE_BUILT opens with: where the text writes them is looked up once
_BUILT_WORDS = re.compile(r"建成|投产|达产|投產|達產")
_ONCE_BUILT = re.compile(
    rf"(?:(?:建成|投产|达产|投產|達產){_PINYIN}[后後]|建成[^。；;！？!?\n]{{0,20}}[，,](?:届时|屆時))"
    r"[^，,。；;！？!?\n]*(?:[，,][^，,。；;！？!?\n]*)?$"
)


class PeriodBases(PeriodAreas):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _bases_done: dict[int, PeriodFact]  # the facts found so far, by figure start (figures come in text order)
    _report: tuple[int, str]
    _built_at: list[int]  # where the text writes 建成, 投产, 达产 (the words _ONCE_BUILT opens with)

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        if not hasattr(self, "_bases_done"):
            self._bases_done = {}
            self._report = self._report_lead()
            self._built_at = [m.start() for m in _BUILT_WORDS.finditer(self.simple)]
        built = bisect.bisect_left(self._built_at, start - 60)  # the cheap tests of _once_built and _design inline
        if (
            found.value != UNKNOWN
            and built < len(self._built_at)
            and self._built_at[built] <= start - 2
            and self._once_built(start)
        ):
            # 達產後可新增就業5500人 (ft1_11_quanzhou_projects_2025): what a project yields once built, no period's
            found = PeriodFact()
        if (
            found.value != UNKNOWN
            and (self.simple.endswith("道", start, end) or _DESIGN_HINT.search(self.simple, max(0, start - 3), start))
            and self._design(start, end)
        ):
            # 杭州市地铁3号线二期项目,长7.5公里,设站5座 (fr2_01_zhejiang_projects_2023): a project's design (ruling 12)
            found = PeriodFact()
        if found.basis == "inferred" and found.evidence.endswith("年来"):
            # 增速5年来持续领跑国家级新区。具体来看,规上工业增加值增长19.4% (fw1_08_lanzhou_newarea_q3_2022): the lead's
            found = self._passing_span(found, start)
        if found.basis == "inferred" and found.value != UNKNOWN:
            # 今年1-3月,全省10家…实现了今年“开门红”。工业增长较快,实现规上工业总产值3061亿元 (fx2_08_sichuan_devzones_
            # q1_2021): the line's lead states it (ruling 1)
            found = self._line_lead(found, start)
        report_end, report_value = self._report
        if found.basis == "inferred" and found.value == report_value and start > report_end:
            # 现将2017年全市国民经济和社会发展情况公报如下: (fv2_12_liaoyang_bulletin_2017) governs the whole report
            found = PeriodFact(found.value, "stated", found.evidence)
        if found.basis == "stated" and "/" in found.value:
            # 全省规模工业增加值增长1.9%,比一季度回升4个百分点 (fs2_06_hunan_halfyear_2020): 2020H1 is carried, not written
            found = self._compared_basis(found, start)
        self._bases_done[start] = found
        return found

    def _report_lead(self) -> tuple[int, str]:
        """Where the text's opening lead that ends in 如下: ends, and the period it names (根据年快报统计,现将2017年全市
        国民经济和社会发展情况公报如下:, fv2_12): it governs the whole report (ruling 1: a clause ending in ：); (-1, "")
        when there is none (looked for in the first 400 characters only)."""
        end = _AS_FOLLOWS.search(self.simple, 0, 400)
        if end is not None:
            line = self._line_start(end.start())
            k = bisect.bisect_left(self.time_ends, line + 1)
            if k < len(self.times) and self.times[k].start < end.start() and self.times[k].kind == "point":
                return (end.end(), self.values[k])
        return (-1, "")

    def _line_lead(self, found: PeriodFact, start: int) -> PeriodFact:
        """``found`` stated when the first time expression of the figure's line is a paragraph lead naming its
        period and nothing but passing times stand between (the rule of the module docstring)."""
        line = self._line_start(start)
        if start - line > 300:
            return found
        k = bisect.bisect_left(self.time_ends, line + 1)
        if k >= len(self.times) or self.values[k] != found.value:  # the cheapest test first: most leads name another
            return found
        sentence = self._stop(start)
        if self.times[k].start >= sentence or _BREAKDOWN.match(self.simple, sentence):
            return found
        if not self._paragraph_lead(self.times[k]):
            return found
        last = bisect.bisect_left(self.time_ends, start + 1)  # the expressions after the lead, up to the figure
        for j in range(k + 1, min(last + 1, len(self.times))):
            t = self.times[j]
            if t.start >= start + 8:
                break
            if t.start >= sentence or t.kind == "streak" or self.simple[t.start - 1] in "。！？!?":
                return found  # a time of the figure's own sentence, a streak, or a later sentence's opener
        return PeriodFact(found.value, "stated", self.times[k].words)

    def _passing_span(self, found: PeriodFact, start: int) -> PeriodFact:
        """The line's lead instead of a span back named inside an earlier sentence's clause (今年前三季度,兰州新区GDP
        增长13%、增速5年来持续领跑国家级新区。具体来看,规上工业增加值增长19.4%, fw1_08_lanzhou_newarea_q3_2022):
        a span for its own clause, not a period the next sentences go on about."""
        line = self._line_start(start)
        sentence = self._stop(start)
        k = bisect.bisect_right(self.time_ends, start) - 1
        if k < 0 or self.times[k].words != found.evidence or self.times[k].start < line or start - line > 300:
            return found
        span = self.times[k]
        if (
            span.start >= sentence
            or self.simple[span.start - 1] in "，,。；;！？!?\n"
            or FRAME_COMMA.match(self.simple, span.end)
        ):
            return found
        j = bisect.bisect_left(self.time_ends, line + 1)
        if j >= k or self.times[j].kind != "point" or not self._paragraph_lead(self.times[j]):
            return found
        return PeriodFact(self.values[j], "stated", self.times[j].words)

    def _compared_basis(self, found: PeriodFact, start: int) -> PeriodFact:
        """``found`` (LATER/EARLIER, EARLIER a part of a year) with the basis of the figure before it in its sentence
        when that figure is of LATER; a year compared with (比2005年增加) is written as a year and stays stated."""
        later, earlier = found.value.split("/", 1)
        k = bisect.bisect_left(self.figure_starts, start) - 1
        if k < 0:
            return found
        prev = self._bases_done.get(self.figure_starts[k])
        if prev is None or self.figure_starts[k] < self._stop(start) or prev.value != later or earlier.isdigit():
            return found
        return PeriodFact(found.value, prev.basis, found.evidence)

    def _design(self, start: int, end: int) -> bool:
        """True when the figure at ``start``–``end`` is a project's design size in its own clause: a length after
        (全)长, a station count after 设站, a design speed or capacity, or a lane count (双向六车道), looked at in the
        12 characters before it (project ruling 12)."""
        surface = self.simple[start:end]
        if surface.endswith("道"):
            return _LANES.search(surface) is not None
        if _DESIGN_HINT.search(self.simple, max(0, start - 3), start) is None:
            return False  # a cheap test first (the last 3 characters): most figures are no design
        design = _DESIGN.search(self.simple, max(0, start - 12), start)
        if design is None:
            return False
        words = design.group(0)
        if "长" in words or "長" in words:
            return _LENGTH.search(surface) is not None
        return "站" not in words or surface.endswith("座")

    def _once_built(self, start: int) -> bool:
        """True when the figure at ``start`` is what a project yields once built (looked at in 60 characters)."""
        # a match opens with those words inside the window: none there, no match
        k = bisect.bisect_left(self._built_at, start - 60)
        if k >= len(self._built_at) or self._built_at[k] > start - 2:
            return False
        window = self.simple[max(0, start - 60) : start]
        if "后" not in window and "後" not in window and "届时" not in window and "屆時" not in window:
            return False
        built = _ONCE_BUILT.search(self.simple, max(0, start - 60), start)
        if built is None:
            return False
        k = bisect.bisect_left(self.time_ends, start) - 1  # 全年預計可拉動就業11萬人: a period of its own after it
        return k < 0 or self.times[k].start < built.start()

    def _lead_sentence(self, pos: int, para_start: int) -> bool:
        # 北京市统计局…4月20日发布了今年一季度北京经济数据。 (fr2_04_beijing_q1_2022): the data released, no lead
        if _RELEASED.search(self.simple, max(0, pos - 3), pos) is not None:
            return False
        # 日前,宁夏银川市一季度经济数据“成绩单”出炉。主要经济指标…居全区第一 (fy1_03_yinchuan_q1_2023): the data
        # released, no lead either
        if _DATA_OUT.match(self.simple, pos) is not None:
            return False
        return super()._lead_sentence(pos, para_start)

    def _paragraph_lead(self, t: TimeExpression, lead_in: int = 6) -> bool:
        # 根据湖南省统计局7月17日公布的数据,上半年,湖南地区生产总值19026.4亿元…。其中,… (fs2_06_hunan_halfyear_2020):
        # a source with its release day opens the paragraph too (looked at in the 40 characters before ``t``)
        return super()._paragraph_lead(t, lead_in) or (
            self.simple[t.start - 1 : t.start] in _BEFORE_SOURCE_LEAD
            and t.kind in ("point", "back")
            and not t.match.group("this")
            and FRAME_COMMA.match(self.simple, t.end) is not None
            and (
                _DATED_SOURCE.search(self.simple, max(0, t.start - 40), t.start) is not None
                # 據黑龍江省商務廳,2020上半年,黑龍江省開發區…。實現地區生產總值1376.95億元 (fy1_04_heilongjiang_devzones_
                # h1_2020): a year glued to the part after a source opens the paragraph as 2020年上半年 does
                or _GLUED_YEAR_LEAD.search(self.simple, max(0, t.start - 30), t.start) is not None
            )
        )
