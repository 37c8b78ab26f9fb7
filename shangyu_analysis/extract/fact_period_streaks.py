"""A batch dated only 近日, the counts of a yearly list of key projects, 延续…以来 as a trend and a streak kept since a
month (:class:`PeriodStreaks`, outermost of the period rules).

- *A batch dated only 近日.* 近日,福建省组织重大项目和数字经济重点项目视频连线集中开工,共开工260个项目
  (faj1_02_fujian_projectstarts_2020, dated 2020-05-22; precedent fi2_02): the batch names no day, so its figures
  (the title, the lead and a paragraph opening 本次/此次) take the publication month, ``inferred`` (``2020M5``), not
  ``as_of_publication``; only when the lead's first sentence opens with 近日 and tells of a 集中开工 or 集中签约.
- *The count of a yearly list of key projects.* 截至10月底,581個省重大項目開工419個 (faj2_03_shandong_projects_2021);
  1至7月,4个省重大项目全部开工 (faj2_07_suzhou_hightech_h1_2022); 80个重点建设项目开复工76个
  (faj2_02_ningxia_projects_2020): the count of the list is of the year the list is named for (ruling 17), not of the
  day or months its starts are counted to: the year, ``inferred``.
- *延续…以来 as a trend.* 增长80.3%,延续2022年以来的高增长态势;农业投资增长28.6% (faj1_08_yunnan_m1_m2_2023);
  延续今年以来两位数快速增长的态势。有色行业增加值增长9.8% (faj1_05_dali_m1_m7_2025): the 以来 describes the trend of
  the figure before it; figures after its clause keep the period of that figure (the report's months).
- *A streak kept since a month.* 自2022年8月以来一直保持40%以上的高增速 (faj1_08_yunnan_m1_m2_2023): the streak runs
  from that month to the end of the report's months in force (``2022M8-2023M2``).

Only the figure's sentence up to the figure (≤ 200 characters), ≤ 30 characters after it, and the lead (once per
text) are read, and only for a figure whose period already reads as the concerned value.
"""

from __future__ import annotations

import re

from shangyu_analysis.extract.fact_period_lead_days import PeriodLeadDays
from shangyu_analysis.text.dates import day_known
from shangyu_analysis.text.periods import PeriodFact

_RECENT = "近日"
_BATCH_VERBS = ("集中开工", "集中签约", "集中開工", "集中簽約")
_THIS_BATCH = ("本次", "此次")
_LIST_AFTER = re.compile(
    r"[^，,。；;\d]{0,6}(?:重大|重点|重點)(?:建设|建設|实施|實施)?(?:项目|項目)(?:全部(?:开|開)|(?:开|開)(?:复|復)?工\d|完成年度)"
)
_DAY_OR_MONTHS = re.compile(r"(\d{4})(?:-\d{2}-\d{2}|M\d{1,2}(?:-M\d{1,2})?)")
_TREND = ("延续", "延續")
_CLAUSE_ENDS = "；;。"
_STREAK_WORDS = ("一直", "持续", "持續")
_SINCE_MONTH = re.compile(r"(\d{4})年(\d{1,2})月")
_SPAN_END = re.compile(r"(?:至|到)(\d{4})年")
_SETUP_WORDS = ("批复", "批覆", "获批", "批准设立", "揭牌")
_MONTH_WORDS = re.compile(r"(\d{4})年(\d{1,2})月")


def _month_code(evidence: str) -> str | None:
    """The code of a written month (2022年8月 → 2022M8), else None."""
    m = _MONTH_WORDS.fullmatch(evidence)
    return f"{m.group(1)}M{int(m.group(2))}" if m is not None else None


_REPORT_MONTHS = re.compile(r"(\d{4})(?:M(?:\d{1,2}-)?M?(\d{1,2})|Q1)")


class PeriodStreaks(PeriodLeadDays):
    """Mixin of :class:`~shangyu_analysis.extract.facts.FactsFinder`: the rules of the module docstring."""

    _recent_batch: tuple[int, str] | bool | None = False  # (where the lead ends, the publication month)

    def period(self, start: int, end: int, para_start: int, kind: str | None = None) -> PeriodFact:
        found = super().period(start, end, para_start, kind)
        value = found.value
        if value == "as_of_publication":
            batch = self._batch_month()
            if batch is not None and (start < batch[0] or self.simple.startswith(_THIS_BATCH, para_start)):
                # 近日,福建省组织…集中开工,共开工260个项目 (faj1_02_fujian_projectstarts_2020): the publication month
                return PeriodFact(batch[1], "inferred", found.evidence)
            return found
        if (
            (ym := _DAY_OR_MONTHS.fullmatch(value)) is not None
            and self.simple.startswith(("个", "個"), end - 1)
            and _LIST_AFTER.match(self.simple, end) is not None
        ):
            # 截至10月底,581個省重大項目開工419個 (faj2_03_shandong_projects_2021): the list's year, ruling 17
            return PeriodFact(ym.group(1), "inferred", found.evidence)
        evidence = found.evidence
        if len(evidence) == 5 and evidence.endswith("年") and value.endswith(evidence[:4]):
            return self._past_milestone(start, found) or found
        if 7 <= len(evidence) <= 8 and value == _month_code(evidence):
            return self._past_event(start, found) or found
        if evidence.endswith("以来") and len(evidence) <= 10:
            return self._since(start, para_start, kind, found) or found
        return found

    def _since(self, start: int, para_start: int, kind: str | None, found: PeriodFact) -> PeriodFact | None:
        """延续…以来 as a trend and 自…以来 ending its clause: the figure before's period after it; a streak 自…以来一直:
        from its month to the end of the report's months."""
        sentence = self._stop(start)
        at = self.simple.rfind(found.evidence, max(0, sentence - 200), start)
        if at < 0:
            return None
        between = self.simple[at + len(found.evidence) : start]
        trend = self.simple.startswith(_TREND, at - 2)
        if (trend or self.simple.startswith("自", at - 1)) and any(c in between for c in _CLAUSE_ENDS):
            # 延续2022年以来的高增长态势;农业投资增长28.6% (faj1_08_yunnan_m1_m2_2023): the figure before's period
            cut = at - 2 if trend else at - 1
            before = super().period(cut - 1, cut, para_start, kind)
            if before.value != found.value and not before.evidence.endswith("以来"):
                return before
        elif (
            self.simple.startswith("自", at - 1)
            and any(w in between for w in _STREAK_WORDS)
            and not any(c in between for c in "，,；;。")
            and (since := _SINCE_MONTH.fullmatch(found.evidence[:-2])) is not None
        ):
            # 自2022年8月以来一直保持40%以上的高增速 (faj1_08_yunnan_m1_m2_2023): from that month to the report's
            before = super().period(at - 2, at - 1, para_start, kind)
            report = _REPORT_MONTHS.fullmatch(before.value)
            if report is not None and int(report.group(1)) > int(since.group(1)):
                last = int(report.group(2) or 3)
                return PeriodFact(
                    f"{since.group(1)}M{int(since.group(2))}-{report.group(1)}M{last}", found.basis, found.evidence
                )
        return None

    def _past_milestone(self, start: int, found: PeriodFact) -> PeriodFact | None:
        """由2020年的2.52万亿元提升至2025年的3.28万亿元,其中2023年突破3万亿元大关;经济年均增长4.7%
        (faj1_07_yunnan_14th_fyp_2026): a year told in a 其中 clause of a span ends the span of no figure after that
        clause; the span's last year (至2025年) is in force."""
        sentence = self._stop(start)
        at = self.simple.rfind(found.evidence, max(sentence, start - 200), start)
        if at < 2 or not self.simple.startswith("其中", at - 2):
            return None
        if not any(c in self.simple[at:start] for c in "；;"):
            return None
        last = _SPAN_END.search(self.simple, max(sentence, at - 80), at - 2)
        while last is not None and (nxt := _SPAN_END.search(self.simple, last.end(), at - 2)) is not None:
            last = nxt
        if last is None or last.group(1) <= found.evidence[:4]:
            return None
        return PeriodFact(found.value[:-4] + last.group(1), found.basis, last.group(0))

    def _past_event(self, start: int, found: PeriodFact) -> PeriodFact | None:
        """平果工业区於2022年8月獲得…批覆設立為…開發區。平果經開區規劃面積11.05平方公里,…聚集173家企業
        (faj1_04_pingguo_devzone_2023): the month a zone was approved or set up, told in a sentence before, is no
        period of the zone's standing sizes told after it: ``as_of_publication``."""
        sentence = self._stop(start)
        lo = max(0, sentence - 120)
        at = self.simple.rfind(found.evidence, lo, sentence)
        if at < 0 or self.simple.find("。", at, sentence) < 0:
            return None
        told = self.simple[at : self.simple.find("。", at, sentence)]
        if "\n" in told or not any(w in told for w in _SETUP_WORDS):
            return None
        if any(w in self.simple[sentence:start] for w in ("年", "月", "目前")):
            return None
        return PeriodFact("as_of_publication", "inferred", "")

    def _batch_month(self) -> tuple[int, str] | None:
        """Where the lead ends and the publication month, when the lead opens 近日 on a 集中开工 or 集中签约; once."""
        if self._recent_batch is False:
            self._recent_batch = None
            if len(self.line_starts) > 2 and day_known(self.date):
                lead, lead_end = self.line_starts[1], self.line_starts[2]
                first = self.simple.find("。", lead, lead_end)
                first = lead_end if first < 0 else first
                if self.simple.startswith(_RECENT, lead) and any(
                    self.simple.find(w, lead, first) >= 0 for w in _BATCH_VERBS
                ):
                    self._recent_batch = (lead_end, f"{self.date.year}M{self.date.month}")
        return self._recent_batch  # type: ignore[return-value]
