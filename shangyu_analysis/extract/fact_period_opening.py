"""The opening of a text as the period rules read it (:class:`PeriodOpening`, a mixin of
:class:`~shangyu_analysis.extract.fact_period_frames.PeriodFrames`): the frame its lead sets, the span a work report
reviews, a batch's launch day or half, a work report's title year, and which lines are headings or headlines (the
rules in words: :mod:`shangyu_analysis.extract.fact_periods`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from shangyu_analysis.extract.fact_period_headings import HEADING_WORDS, NUMBERED_LINE, in_heading
from shangyu_analysis.extract.fact_period_marks import FULL_STOP, ISO_DAY, YEAR_ONLY, granularity
from shangyu_analysis.extract.fact_period_parts import BASE_NEXT, part_follows
from shangyu_analysis.text.periods import TimeExpression, resolve

# A frame opens its clause: “2022年,面对…”, “回顾2024年,”, a title “2022年云和县…公报”, a first numbered heading
# (一、2025年和“十四五”时期工作回顾); not “迎来2024年建设…”.
# A title “我省上半年宏观经济持续较快增长” frames its text too: 我省/全省 (the text's own place) opens it; so does a
# period right after a byline's parenthesis (南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南…).
_FRAME_LEAD = re.compile(
    r"(?:(?:^|[，,。；;：:！!\n“\s#>)）])(?:[我全本][省市区县])?|回顾|在|\n[一二三四五六七八九十]、)$"
)
_QUARTERS_TO = {"03-31": "Q1", "06-30": "H1", "09-30": "Q1-Q3"}  # a stock-taking day ending the quarters to date
_YEAR_WRITTEN = re.compile(r"\d{4}年")
_SPAN = re.compile(r"\d{4}-\d{4}")
_REPORT_TITLE = re.compile(r"[^\n，,。\d]{0,8}政府工作报告")


class PeriodOpening:
    """The opening of a text: its lead's frame, launch day and batch, reviewed span, title year and headlines."""

    # set by the finder's __init__ and PeriodFrames._resolve_times
    simple: str
    date: dt.date | None
    figure_starts: list[int]
    times: list[TimeExpression]
    values: list[str]
    time_ends: list[int]
    launch_text: bool

    if TYPE_CHECKING:

        def _line_start(self, pos: int) -> int: ...

    def _lead_frame(
        self, t: TimeExpression, value: str, strict: bool, title_end: int, body: tuple[int, int]
    ) -> str | None:
        """The frame that ``t``, in the text's lead, sets: a point opening its clause (过去一年,… opening a work
        report frames it, though it names the year before; in a newspaper report only in its title, first paragraph
        or a heading; not the base of a comparison: 在去年较快增长的基础上), or the quarters to date for a stock-taking at a quarter's end before any figure of the body
        (截至3月底,我区安排的90个重点建设项目,已有72个开工建设: ``2018Q1``; 截至9月底,已累计完成投资885.8亿元 after
        a batch's figures is none)."""
        framing = not strict or t.start < title_end or body[0] <= t.start < body[1]
        if t.kind != "point" or not (framing or in_heading(self.simple, t)):
            return None
        if not t.match.group("upto"):
            k = len(self.values) - 1  # ``t``'s index: its value was just appended
            if YEAR_ONLY.fullmatch(value) and part_follows(self.simple, self.times, k):
                return None  # 今年我市前三季度: the part frames the text
            # the part written with its year frames the text wherever it stands in the lead (开展2021年全市二季度…)
            opens = _FRAME_LEAD.search(self.simple, max(0, t.start - 5), t.start) or (
                k > 0 and part_follows(self.simple, self.times, k - 1)
            )
            return value if opens and not BASE_NEXT.match(self.simple, t.end) else None
        k = bisect.bisect_left(self.figure_starts, title_end)
        if (
            framing
            and value[5:] in _QUARTERS_TO
            and ISO_DAY.fullmatch(value)
            and (k == len(self.figure_starts) or self.figure_starts[k] > t.start)
        ):
            return value[:4] + _QUARTERS_TO[value[5:]]
        return None

    def _launch_day(self, lead_end: int) -> str | None:
        """The day a batch of projects is launched on (集中开工), when the lead's sentence that writes it names no
        half or quarter as the batch (记者从10月7日召开的安徽2023年全省第四批重大项目开工动员会上了解到); a
        quarter's batch (2020年第四季度…集中开工) is that quarter's."""
        if not self.launch_text:
            return None
        for k, t in enumerate(self.times):
            if t.start >= lead_end:
                break
            if t.kind != "day" or not ISO_DAY.fullmatch(self.values[k]):
                continue
            stop = FULL_STOP.search(self.simple, t.end)
            end = stop.start() if stop else len(self.simple)
            if self.simple.find("开工", self._line_start(t.start), end) < 0 and (
                # a signing event on a day that names no year as its batch's (11月29日下午,吉林市举行冬季百亿重大招商
                # 项目签约活动 in fac2_05_jilincity_signing_2021; not 2023年南京市重大招商项目签约活动)
                self.simple.find("签约活动", t.end, end) < 0 or _YEAR_WRITTEN.search(self.simple, t.end, end)
            ):
                continue
            parts = range(k + 1, bisect.bisect_right(self.time_ends, end))
            return None if any(granularity(self.values[j]) in "HQ" for j in parts) else self.values[k]
        return None

    def _launch_batch(self, lead_end: int) -> str | None:
        """The half or quarter the lead names as a batch launched together (重庆18日举行2023年一季度重大项目集中
        开工活动: a day with no month, no time) in its sentence with 开工 after it: what 此次集中开工 is of when the
        text writes no day."""
        if not self.launch_text:
            return None
        for k in range(bisect.bisect_left(self.time_ends, lead_end)):
            t = self.times[k]
            stop = FULL_STOP.search(self.simple, t.end)
            if (
                t.kind == "point"
                and granularity(self.values[k]) in "HQ"
                and "开工" in self.simple[t.end : stop.start() if stop else None]
            ):
                return self.values[k]
        return None

    def _report_year(self, t: TimeExpression, title_end: int) -> bool:
        """True when ``t`` is the year in a work report's title (湘潭县2023年政府工作报告)."""
        return t.start < title_end and _REPORT_TITLE.match(self.simple, t.end) is not None

    def _run_in_heading(self, t: TimeExpression) -> bool:
        """True when ``t`` opens heading words run into a text on one line after its first sentences (…请予审议,
        并请各位政协委员和其他列席人员提出意见。 2022年工作回顾 刚刚过去的一年,…): the whole line is no title."""
        return (
            HEADING_WORDS.match(self.simple, t.end, t.end + 8) is not None
            and self.simple[t.start - 1 : t.start] in (" ", "\u3000")
            and FULL_STOP.search(self.simple, 0, t.start) is not None
        )

    def _lead_span(self, lead_end: int, written: int | None, strict: bool) -> tuple[TimeExpression, str] | None:
        """The span of years (``2018-2022``) a text reviews when the first time expression of its lead is one
        (一、过去五年工作回顾 / 过去的五年极不寻常。五年来,…) and the text writes no year at all: a work report's
        review, whose levels are of the span's last year and whose totals and averages of the span."""
        if strict or not self.times or self.times[0].kind != "back" or self.times[0].start >= lead_end:
            return None
        if self.times[0].match.group("bn4") or any(t.match.group("year") for t in self.times):
            return None
        value = resolve(self.times[0], written, self.date, None)
        return (self.times[0], value) if _SPAN.fullmatch(value) else None

    def _headline(self, t: TimeExpression) -> bool:
        """True when ``t`` is in an unnumbered short line that holds a figure (廣西去年GDP增長7.5%): a news
        subtitle that tells a result, not a heading over the paragraphs after it."""
        line_start = self._line_start(t.start)
        line_end = self.simple.find("\n", t.end)
        line_end = len(self.simple) if line_end < 0 else line_end
        k = bisect.bisect_left(self.figure_starts, t.end)
        return (
            k < len(self.figure_starts)
            and self.figure_starts[k] < line_end
            and in_heading(self.simple, t)
            and not NUMBERED_LINE.match(self.simple, line_start)
            and not self.simple[line_start:line_end].rstrip().endswith((":", "："))
        )
