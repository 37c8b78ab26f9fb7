"""Extract every quantitative figure from a Chinese regional-economy text (stage 2).

Entry points: :func:`extract_figures` (a DataFrame, schema :data:`shangyu_analysis.schema.FIGURES`) and
:func:`iter_figures` (the same rows in bounded-memory chunks, for very large inputs).

How it works: a character-class pattern finds where a candidate can start and one precompiled
master pattern (``figure_patterns.CANDIDATE``) is matched there, over the width-folded text;
``figure_families``/``figure_rules`` accept each candidate as a figure or reject it with a reason;
``qualifiers`` and ``subjects`` fill qualifier, subject and period. Offsets index the original text,
so ``surface == text[start:end]`` always (spaces and line breaks inside a figure are kept). The
rules are general (units, measure words, ranking words, quotes, list shapes), never a list of one
text's phrases; ``tests/test_figures.py`` has a sentence for each.

Units and base units
--------------------
``unit`` is the stated unit in simplified script, scale included (亿元, 万家, 万平方米, 个百分点).
``scale`` is the factor of that scale (1e4 万, 1e8 亿, 1e12 万亿, else 1) and
``base_value = value * scale * factor`` in ``base_unit``:

- a written minus sign is kept (增速为-3.2% -> -3.2); a decline in words stays positive (下降3.2%), and so does
  a decline written as a negative growth (增长-8.7% -> 8.7, the minus kept in the surface), as the conventions say
- money: 元 (other currencies keep their own: 美元, 港元…); 两万亿元 -> 2e12 元
- percent: ``%``; 成 is tenths (五成 -> 50 %), ‰ is 0.1 %
- percentage_point: ``pp``; multiple (倍, 翻番, 倍增): ``times``; rank: ``rank``
- ratio (1/3, 倍差 2.37, 3.7:45.4:50.9): ``ratio``; a structure ratio's value is its first term
- area: ``m²`` (公顷 x 1e4, 亩 x 666.67, 平方公里 x 1e6); lengths ``m``; counts ``count``;
  durations ``year``/``month``/``day``; any other unit is its own base (吨, 千瓦时)

Counts written with 大 (八大产业集群) get unit 个, as the corpus does, and the surface stops after
大 (or 大类). A bare 亿/万亿 with no unit in a money sentence (GDP能破2万亿), and a bare magnitude
(千亿规模, 万亿级), is read as 亿元/万亿元.

Non-figures
-----------
With ``include_nonfigures=True`` rejected candidates are returned too, with ``is_figure`` False, a
``reason`` (a :class:`~shangyu_analysis.schema.RejectReason`) and ids N001, N002… (figures keep F001… either way); their value/unit columns are
empty. Enumeration markers (一、, 一是) and numeral idioms (一批, 零的突破) are listed in this mode
only. Without it the two columns are absent.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from shangyu_analysis.extract import patterns as fp
from shangyu_analysis.extract.candidate import Candidate, Retry, reject
from shangyu_analysis.extract.facts import FactsFinder
from shangyu_analysis.extract.families import MINUS_SIGNS, classify, extra_nonfigures, take_sign
from shangyu_analysis.extract.lists import share_units
from shangyu_analysis.extract.qualifiers import qualifier_of
from shangyu_analysis.extract.sentences import clause_start, sentence_spans
from shangyu_analysis.extract.source import SourceText
from shangyu_analysis.extract.subjects import assign_subjects
from shangyu_analysis.extract.tables import table_units
from shangyu_analysis.schema import FIGURES, NONFIGURES, RejectReason
from shangyu_analysis.text.normalise import to_simplified
from shangyu_analysis.text.period_shapes import canonical_period

if TYPE_CHECKING:
    from shangyu_analysis.text import Article

# pandas dtype of each declared column kind (a nullable int is pandas' Int64).
_DTYPES = {
    c.name: ("Int64" if c.nullable else "int64")
    if c.kind == "int"
    else {"str": "str", "float": "float64", "bool": "bool"}[c.kind]
    for c in FIGURES + NONFIGURES
}


class FigureRow(NamedTuple):
    """One extracted numeral: the columns of :data:`~shangyu_analysis.schema.FIGURES` after
    ``figure_id`` (given once all rows are known), then ``is_figure`` and ``reason``."""

    start: int
    end: int
    surface: str
    value: float
    value_high: float
    unit: str | None
    scale: float
    base_value: float
    base_unit: str | None
    qualifier: str | None
    kind: str | None
    subject: str | None
    place: str | None
    measure: str | None
    period: str | None
    period_basis: str | None
    period_evidence: str | None
    sentence: str
    paragraph: int | None
    section: str | None
    is_figure: bool
    reason: str | None


_DAY_MARKS = frozenset("月日")  # "" (end of text) is not in it
_LIST_JOINS = frozenset({"、", "和", "及", "与", "與"})
_RANGE_BETWEEN = re.compile(r"[ \t]*[~～\-—–至][ \t]*")


def scan(text: str, mt: str, keep_rejected: bool = True) -> list[Candidate]:
    """Every candidate in ``mt`` (the folded ``text``), classified, in text order.

    A cheap character-class pattern finds where a candidate can start (a digit run, a run of
    Chinese numerals, 第, 翻, 倍) and the master pattern is tried there only: Python's ``re`` cannot
    skip ahead by itself on an alternation of groups, which made a plain ``search`` ~10x slower.
    Without ``keep_rejected`` the commonest non-figures (2020年, 10月, 23日) are skipped unparsed.
    """
    found: list[Candidate] = []
    last_end, match = 0, fp.CANDIDATE.match
    for trigger in fp.TRIGGER.finditer(mt):
        run_start, run_end = trigger.span()
        if run_end <= last_end:
            continue
        if mt[run_start].isdigit():
            after, width = mt[run_end : run_end + 1], run_end - run_start
            if not keep_rejected and ((width == 4 and after == "年") or (width <= 2 and after in _DAY_MARKS)):
                continue  # a year, month or day: never a figure
            tries: Iterable[int] = (run_start,)
        else:
            tries = range(run_start, run_end)
        for pos in tries:
            if pos < last_end or (m := match(mt, pos)) is None:
                continue
            arabic = m.group("q_arabic")
            if arabic and "," in arabic and text[m.start() + arabic.index(",")] != ",":
                m = fp.CANDIDATE_NO_SEPARATORS.match(mt, pos)  # 5，300: a full-width comma is a list
            cand = classify(m, text, mt)  # type: ignore[arg-type]  # the variant matches where the candidate did
            if cand.retry is Retry.UNWRAPPED_BREAK:  # 增长11⏎2.5万家 on a short line: two things
                m = fp.CANDIDATE_UNBROKEN.match(mt, pos)
                cand = classify(m, text, mt)  # type: ignore[arg-type]  # the variant matches where the candidate did
            if cand.retry is Retry.DOWNWARD_RANGE:  # 由2.37到1.94 is two numbers, not a range
                m = fp.CANDIDATE_NO_RANGE.match(mt, pos)
                cand = classify(m, text, mt)  # type: ignore[arg-type]  # the variant matches where the candidate did
            last_end = max(m.end(), cand.end)  # type: ignore[union-attr]  # as above: m is a match
            if cand.retry is not None:  # both variants still ask: no reading of this numeral is sure
                cand = reject(cand.start, cand.end, RejectReason.BARE_NUMBER)
            if cand.reason is None and cand.start > 0 and mt[cand.start - 1] in MINUS_SIGNS:
                take_sign(cand, mt, found[-1].end if found else -1)
                if cand.value < 0 and _negative_growth(cand.start, mt, found):
                    cand.value = -cand.value  # 增长-8.7%: a decline, positive; the minus stays in the surface
            _append(found, cand, mt)
    table_units(found, mt)  # the folded text: full-width digits and ｜ read as ASCII
    return share_units(found, mt)


def _negative_growth(minus: int, mt: str, found: list[Candidate]) -> bool:
    """Whether the minus at ``minus`` follows a verb of growth, directly (增长-8.7%) or as the next member of a
    list the verb governs (分别增长39.3%、-97.7%; 增长-3.2%、-5.1%和-2.0%)."""
    if _grows_before(mt, minus):
        return True
    previous = found[-1] if found else None
    return (
        previous is not None
        and previous.reason is None
        and mt[previous.end : minus] in _LIST_JOINS
        and (
            _grows_before(mt, previous.start)
            or (mt[previous.start] in MINUS_SIGNS and previous.value > 0)  # the member before was one too
        )
    )


def _grows_before(mt: str, pos: int) -> bool:
    return bool(fp.GROWTH_BEFORE_MINUS.search(to_simplified(mt[max(0, pos - 6) : pos])))  # 增長-8.7% too


def _append(found: list[Candidate], cand: Candidate, mt: str) -> None:
    """Append ``cand``, or merge it into the previous figure when they form a range (6.5%-7%)."""
    previous = found[-1] if found else None
    if (
        previous is not None
        and cand.reason is None
        and previous.reason is None
        and previous.unit == cand.unit
        and math.isnan(previous.value_high)
        and math.isnan(cand.value_high)
        and cand.value > previous.value
        and _RANGE_BETWEEN.fullmatch(mt, previous.end, cand.start)
    ):
        previous.end, previous.value_high = cand.end, cand.value
    else:
        found.append(cand)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while one text is extracted. Extraction allocates some hundred thousand
    small acyclic objects (matches, candidates, mentions, rows), all freed by reference counting; each
    allocation burst set off generation scans of every live object: a tenth to a sixth of the CPU time on 1 MB.
    Cycles made meanwhile are collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _rows(src: SourceText, include_nonfigures: bool, first_ids: tuple[int, int] = (1, 1)) -> dict[str, list]:
    with _no_cycle_collection():
        return _collect_rows(src, include_nonfigures, first_ids)


def _collect_rows(src: SourceText, include_nonfigures: bool, first_ids: tuple[int, int]) -> dict[str, list]:
    text, mt = src.text, src.mt
    candidates = scan(text, mt, keep_rejected=include_nonfigures)
    if src.footer:
        for cand in candidates:
            if src.footer[0] <= cand.start < src.footer[1]:
                cand.reason = RejectReason.FOOTER
    if include_nonfigures:
        taken = [(c.start, c.end) for c in candidates]
        extra = [c for c in extra_nonfigures(mt) if not _overlaps(taken, c)]
        candidates = sorted(candidates + extra, key=lambda c: c.start)
    kept = candidates if include_nonfigures else [c for c in candidates if c.reason is None]
    spans = sentence_spans(text, [c.start for c in kept])
    figures = [c for c in kept if c.reason is None]
    sentences = [span for span, c in zip(spans, kept) if c.reason is None]
    clause_starts = [clause_start(text, c.start, span[0]) for c, span in zip(figures, sentences)]
    subjects = iter(assign_subjects(mt, figures, sentences, clause_starts))
    facts = FactsFinder(mt, src.date, src.title_end, src.place, [c.start for c in figures])
    # Bound once: the loop below runs once per figure (thousands per MB); rows are plain tuples in FigureRow's field
    # order (a NamedTuple built with keywords costs several times a tuple), turned into columns at the end.
    period_of, place_of, measure_of = facts.period, facts.place, facts.measure
    paragraph_of, para_starts, para_index, sections = src.paragraph_of, src.para_starts, src.para_index, src.sections
    rows: list[tuple] = []
    last_span, sentence = None, ""
    none9 = (None,) * 9  # kind … period_evidence: none for a rejected numeral
    for cand, span in zip(kept, spans):
        start, end = cand.start, cand.end
        k = paragraph_of(start)
        paragraph, section = (para_index[k], sections[k]) if k is not None else (None, None)
        if span != last_span:  # figures of one sentence share one string
            last_span, sentence = span, text[span[0] : span[1]].strip()
        if cand.reason is None:
            sent_start = span[0]
            para_start = para_starts[k] if k is not None else sent_start
            period = period_of(start, end, para_start, cand.kind)
            subject = next(subjects)
            measure = measure_of(subject, cand.kind, cand.unit, start, sent_start)
            rows.append(
                (
                    start,
                    end,
                    text[start:end],
                    cand.value,
                    cand.value_high,
                    cand.unit,
                    cand.scale,
                    cand.value * cand.scale * cand.factor,
                    cand.base_unit,
                    qualifier_of(cand, mt),
                    cand.kind,
                    subject,
                    place_of(start, end, para_start, cand.kind),
                    measure,
                    canonical_period(period.value),
                    period.basis,
                    period.evidence or None,
                    sentence,
                    paragraph,
                    section,
                    True,
                    None,
                )
            )
        else:
            rows.append(
                (
                    *(start, end, text[start:end], math.nan, math.nan, None, math.nan, math.nan),
                    *none9,
                    *(sentence, paragraph, section, False, cand.reason),
                )
            )
    columns = list(map(list, zip(*rows))) if rows else [[] for _ in FigureRow._fields]
    cols = {"figure_id": _ids(columns[-2], first_ids)}  # is_figure
    cols.update(zip(FigureRow._fields, columns))
    del rows, columns, kept, candidates  # the columns hold everything now: free the rows before the frame is built
    if not include_nonfigures:
        del cols["is_figure"], cols["reason"]
    return cols


def _overlaps(spans: list[tuple[int, int]], cand: Candidate) -> bool:
    k = bisect.bisect_right(spans, (cand.start, float("inf")))
    return any(s < cand.end and cand.start < e for s, e in spans[max(0, k - 1) : k + 1])


def _ids(is_figure: list[bool], first_ids: tuple[int, int]) -> list[str]:
    """F001, F002… for figures and N001… for rejected numerals, so figure ids never depend on
    whether non-figures are listed."""
    figure_n, other_n = first_ids
    ids = []
    for flag in is_figure:
        ids.append(f"F{figure_n:03d}" if flag else f"N{other_n:03d}")
        figure_n, other_n = (figure_n + 1, other_n) if flag else (figure_n, other_n + 1)
    return ids


def _frame(cols: dict[str, list]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(values, dtype=_DTYPES[name]) for name, values in cols.items()})


def extract_figures(source: str | Article, *, include_nonfigures: bool = False) -> pd.DataFrame:
    """Every figure in ``source``, one row per figure, sorted by ``start``.

    Parameters
    ----------
    source : Article or str
        A parsed article (offsets index ``Article.text``; paragraphs, sections, date and footer
        are used) or plain text (paragraph = line number, no section, no date).
    include_nonfigures : bool
        Also return rejected numerals, with ``is_figure`` and ``reason`` columns.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`~shangyu_analysis.schema.FIGURES` (plus ``is_figure``, ``reason``), dtypes as declared there.
    """
    return _frame(_rows(SourceText(source), include_nonfigures))


def iter_figures(
    text: str, *, chunk_chars: int = 1_000_000, include_nonfigures: bool = False
) -> Iterator[pd.DataFrame]:
    """:func:`extract_figures` on plain text, in chunks cut at line ends, so memory stays bounded.

    Offsets, paragraph numbers and figure ids continue across chunks as if the whole text had
    been processed at once (a figure broken over a chunk's cut line is the only difference).
    """
    offset, line, next_ids = 0, 0, (1, 1)
    while offset < len(text):
        cut = len(text) if offset + chunk_chars >= len(text) else text.rfind("\n", offset, offset + chunk_chars) + 1
        if cut <= offset:
            cut = min(len(text), offset + chunk_chars)
        chunk = text[offset:cut]
        cols = _rows(SourceText(chunk), include_nonfigures, next_ids)
        frame = _frame(cols)
        frame["start"] += offset
        frame["end"] += offset
        frame["paragraph"] += line
        figures = int(frame["is_figure"].sum()) if include_nonfigures else len(frame)
        next_ids = (next_ids[0] + figures, next_ids[1] + len(frame) - figures)
        line += chunk.count("\n")
        offset = cut
        yield frame
