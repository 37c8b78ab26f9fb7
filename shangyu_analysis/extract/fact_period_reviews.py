"""Reviews and cumulations (:class:`PeriodReviews`, outermost of the period rules): checks on the period the rules
gave a figure in a work report's review. In words:

- *A session's review of the year before.* A news report of a people's congress session dated January to March
  whose lead opens with the session's day (2月14日,山东省十三届人大二次会议在济南开幕。…报告提出,一年来,…) reviews
  the year just ended after its 一年来 / 过去一年 / 过去的一年: a figure after it that the rules gave the text's
  year or its day (全年实现生产总值7.65万亿元: ``2018`` in fab1_11_shandong_govreport_2018, not 2019) is of the
  year before, up to the first year, 今年 or span written after it.
- *An average since a base year.* 年均 in a figure's clause whose sentence compares a year with an earlier one
  before it (2012年,全市生产总值12885亿元,是2007年的2.5倍,年均增长16.1%;…全社会固定资产投资8871亿元,年均增长34%
  in fab2_03_tianjin_govreport_2013) is the average growth over the years after the base up to the year in force
  (``2008-2012``), as 年均 over a span is (FACTS.md: spans and comparisons), not the year alone nor ``2012/2007``.
- *So far this year, told on a day.* 今年以来 in a sentence that a day opens (10月10日,省商务厅相关负责人表示,今年以来,
  …先后于7月、9月组织开展…招商引资促进周活动 in fab2_01_liaoning_investment_2022) is the months from January to
  that day's (``2022M1-M10``): a figure after it that the rules gave that day, or a month of it written after
  今年以来 (the 9月 of the events listed), is of those months, up to a year or part of a year written after it.
- *A gap carried on.* A change with no period compared with in its clause (规模以上工业增速加快0.4个百分点) after a
  clause of its sentence that compares the months to date with the months to the month before (1-8月,…固定资产投资增速
  较1-7月加快1.0个百分点,… in fab2_08_bingtuan_m1m8_2023) is compared with those months too
  (``2023M1-M8/2023M1-M7``).
- *A quarter's 环比.* 环比 right before a figure of a quarter (同比均翻一番,环比分别增长62.3%、
  46.8% in fab2_02_dalian_signing_q2_2022, of 2022Q2) compares it with the quarter before (``2022Q2/2022Q1``,
  the ruling of part AB in SOURCES.md); the corpus reads a month's 环比 as the month alone.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_event_lists import PeriodEventLists
from shangyu_analysis.text.periods import PeriodFact

_SESSION = re.compile(r"人民代表大会|人大[^。\n]{0,12}次会议")
_REVIEW_WORDS = ("一年来", "过去一年", "过去的一年", "过去一年里")
_LEAD_DAY = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午)?[，,]")
# what ends a review of the year before: a year, 今年 or a span written after its 一年来
_REVIEW_END = re.compile(r"\d{4}\s?年|今年|明年|过去五年|五年来|新的一年")
_REVIEW_REACH = 2000  # a session report's review: its first paragraphs
_AVERAGE = re.compile(r"年均[^，,。；;]{0,10}$")
_BASE = re.compile(r"(?:是|为|比|较)(\d{4})年(?:的|末|底)?")
_SENTENCE_REACH = 300
_SEQUENTIAL = re.compile(r"[环環]比[^，,。；;\d]{0,8}$")
_SINCE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日[^。\n]{0,40}今年以来")
_SO_FAR_END = re.compile(r"\d{4}年|上半年|下半年|季度|去年|明年")
_SO_FAR_REACH = 1500
_CHANGE = ("加快", "回落", "提高", "放缓", "收窄", "扩大", "下降", "上升")
_MONTHS_BEFORE = re.compile(r"(?:较|比)(?:1-|1至|1—)(\d{1,2})月份?(?:加快|回落|提高|放缓|收窄|扩大|下降|上升)")
_MONTHS_TO = re.compile(r"(\d{4})M1-M(\d{1,2})")
_QUARTER = re.compile(r"(\d{4})Q([1-4])")
_MONTH_OF = re.compile(r"\d{4}M(\d{1,2})")
_LISTED = re.compile(r"(?:\d+(?:\.\d+)?%?\s*[、和]\s*)+$")  # 分别增长62.3%、46.8%: the list's first figure


class PeriodReviews(PeriodEventLists):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _review: tuple[int, int, int] | bool | None = False  # (from, to, year), None when the text has no such review

    _so_far: tuple[int, int, str, str] | bool | None = False  # (from, to, day, months) of 今年以来 told on a day

    def _so_far_on_day(self) -> tuple[int, int, str, str] | None:
        """Where 今年以来 told on a day runs, the day and the months from January to it, found once per text."""
        if self._so_far is False:
            self._so_far = None
            date = self.date
            pos = self.simple.find("今年以来") if date is not None else -1
            if date is not None and pos >= 0:
                m = _SINCE_DAY.search(self.simple, max(0, pos - 50), pos + 4)
                month = int(m.group(1)) if m else 0
                if m is not None and 1 < month <= date.month:
                    begin = pos + 4
                    stop = _SO_FAR_END.search(self.simple, begin, begin + _SO_FAR_REACH)
                    day = f"{date.year}-{month:02d}-{int(m.group(2)):02d}"
                    end = stop.start() if stop else begin + _SO_FAR_REACH
                    self._so_far = (begin, end, day, f"{date.year}M1-M{month}")
        return self._so_far if isinstance(self._so_far, tuple) else None

    def _session_review(self) -> tuple[int, int, int] | None:
        """Where a session report's review of the year before runs and its year, found once per text."""
        if self._review is False:
            self._review = None
            date = self.date
            simple = self.simple
            if date is not None and date.month <= 3 and _LEAD_DAY.match(simple):
                lead = simple[:300]
                session = _SESSION.search(lead)
                if session is not None:
                    found = [(lead.find(w, session.end()), w) for w in _REVIEW_WORDS]
                    found = [(pos, w) for pos, w in found if pos >= 0]
                    if found:
                        pos, word = min(found)
                        begin = pos + len(word)
                        stop = _REVIEW_END.search(simple, begin, begin + _REVIEW_REACH)
                        self._review = (begin, stop.start() if stop else begin + _REVIEW_REACH, date.year - 1)
        return self._review if isinstance(self._review, tuple) else None

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        fact = super().period(start, end, para_start, kind)
        value = fact.value
        if (
            start > 0
            and self.simple[start - 1] in "、和 "
            and value[:1].isdigit()
            and (listed := _LISTED.search(self.simple, max(0, start - 24), start)) is not None
        ):
            start = listed.start()  # a listed figure reads the words before the list's first
        review = self._session_review() if self.date is not None else None
        if (
            review is not None
            and review[0] < start < review[1]
            and value in (str(self.date.year), self.date.isoformat())  # type: ignore[union-attr]
        ):
            return PeriodFact(str(review[2]), fact.basis, fact.evidence)
        so_far = self._so_far_on_day()
        if so_far is not None and so_far[0] < start < so_far[1]:
            month = _MONTH_OF.fullmatch(value)
            if value == so_far[2] or (
                month is not None
                and value[:4] == so_far[3][:4]
                and int(month.group(1)) <= int(so_far[3][8:])
                and fact.evidence
                and self.simple.find(fact.evidence, so_far[0], start) >= 0
            ):
                return PeriodFact(so_far[3], fact.basis, fact.evidence)
        if self.simple.endswith(_CHANGE, max(0, start - 2), start) and (months := _MONTHS_TO.fullmatch(value)):
            return self._gap_carried(fact, start, int(months.group(2)))
        if value[:1].isdigit() and "年均" in self.simple[max(0, start - 14) : start]:
            return self._average_since_base(fact, start)
        if ("环比" in (near := self.simple[max(0, start - 12) : start]) or "環比" in near) and _SEQUENTIAL.search(near):
            return self._sequential(fact)
        return fact

    def _average_since_base(self, fact: PeriodFact, start: int) -> PeriodFact:
        """``fact`` over the years after a base year its sentence compares with (the module docstring)."""
        if not _AVERAGE.search(self.simple, max(0, start - 14), start):
            return fact
        year = fact.value[:4]
        if not (len(fact.value) == 4 or (len(fact.value) == 9 and fact.value[4] == "/")):
            return fact
        sentence = max(self._stop(start), start - _SENTENCE_REACH)
        bases = [int(m.group(1)) for m in _BASE.finditer(self.simple, sentence, start)]
        if not bases or not year.isdigit() or not int(year) - 10 <= bases[-1] < int(year) - 1:
            return fact
        return PeriodFact(f"{bases[-1] + 1}-{year}", fact.basis, fact.evidence)

    def _gap_carried(self, fact: PeriodFact, start: int, last: int) -> PeriodFact:
        """``fact`` compared with the months to the month before, as a clause before it in its sentence is."""
        sentence = max(self._stop(start), start - _SENTENCE_REACH)
        clause = max(self.simple.rfind(mark, sentence, start) for mark in "，,；;")
        if clause < 0 or "比" in self.simple[clause:start] or "较" in self.simple[clause:start]:
            return fact
        compared = _MONTHS_BEFORE.search(self.simple, sentence, clause)
        if compared is None or int(compared.group(1)) != last - 1:
            return fact
        return PeriodFact(f"{fact.value}/{fact.value[:4]}M1-M{last - 1}", fact.basis, fact.evidence)

    @staticmethod
    def _sequential(fact: PeriodFact) -> PeriodFact:
        """A quarter's 环比: compared with the quarter before (the module docstring); a month's 环比 is left as the
        month (環比增長4.1% of 10月 in fk2_07_liaoning_industry_2022 is ``2022M10``)."""
        if (q := _QUARTER.fullmatch(fact.value)) is not None:
            year, n = int(q.group(1)), int(q.group(2))
            before = f"{year}Q{n - 1}" if n > 1 else f"{year - 1}Q4"
        else:
            return fact
        return PeriodFact(f"{fact.value}/{before}", fact.basis, fact.evidence)
