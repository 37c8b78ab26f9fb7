"""A period string parsed once: :class:`Period` (its shape, first and last year, its parts).

Periods flow through the tables as strings: the shapes of ../shared/corpus/FACTS.md (``2020``, ``2020H1``,
``2021Q1-Q3``, ``2021M1-M5``, ``2016-2020``, ``2020/2015``, ``as_of_publication``, ``-``) and the catalog's own
forms (``2016–2020`` with an en dash). Every stage that needs to know what a period covers — the narrative's
coverage and placeholders, the charts' timeline and plans, the cross-check's claim years, the formatter, the
period in words — asks :meth:`Period.parse` instead of matching the string with a regex of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from shangyu_analysis.text.periods import AS_OF, UNKNOWN

Kind = Literal["year", "span", "within_year", "day", "comparison", "as_of", "unknown", "other"]

# The FACTS.md shapes: one year, refined by half/quarter/month (one, or a range that may end in a later year), a
# span of years, or a day (2021-02-23). A catalog's own form (2016–2020, en dash) is "other": its years still count.
_SHAPE = re.compile(
    r"(?P<year>\d{4})"
    r"(?:(?P<unit>[HQM])(?P<first>\d+)(?:-(?:(?P<last_year>\d{4}))?[HQM]?(?P<last>\d+))?)?"
    r"(?:-(?P<span_end>\d{4}))?"
    r"(?:-(?P<month>\d{2})-(?P<day>\d{2}))?"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True)
class Period:
    """What a period string says. ``years`` is None when it names no year (``-``, as of publication)."""

    text: str
    kind: Kind
    named_years: tuple[int, ...]  # every year the string names, in its order (a comparison names two)
    unit: str | None = None  # H, Q or M for a period within a year
    first: int | None = None  # the half, quarter or month (the first of a range)
    last: int | None = None  # the last of a range of halves, quarters or months
    last_year: int | None = None  # the year a range ends in when it is not the first (2020M11-2021M2)
    month: int | None = None  # a day's month and day
    day: int | None = None

    @staticmethod
    def parse(value: object) -> Period:
        """The period of ``value`` (a string, or anything blank: None and NaN are unknown)."""
        text = "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()
        return _parse(text)

    @property
    def years(self) -> tuple[int, int] | None:
        """(first, last) year the string names; None when it names none."""
        return (min(self.named_years), max(self.named_years)) if self.named_years else None

    @property
    def in_whole_years(self) -> bool:
        """A year, a span of years, or a comparison of years: written with 年 after it in Chinese."""
        return bool(re.search(r"\d{4}$", self.text))

    @property
    def later(self) -> Period | None:
        """The later side of a comparison (``2020/2015`` → 2020)."""
        return _parse(self.text.split("/", 1)[0]) if self.kind == "comparison" else None

    @property
    def earlier(self) -> Period | None:
        """The earlier side of a comparison (``2020/2015`` → 2015)."""
        return _parse(self.text.split("/", 1)[1]) if self.kind == "comparison" else None


@lru_cache(maxsize=4096)  # a table repeats its few periods on every row
def _parse(text: str) -> Period:
    named = tuple(int(y) for y in _YEAR.findall(text))
    if not text or text == UNKNOWN:
        return Period(text, "unknown", ())
    if text == AS_OF:
        return Period(text, "as_of", ())
    if "/" in text:
        return Period(text, "comparison", named)
    m = _SHAPE.fullmatch(text)
    if m is None:
        return Period(text, "other", named)

    def number(name: str) -> int | None:
        return int(m.group(name)) if m.group(name) else None

    if m.group("month"):
        return Period(text, "day", named, month=number("month"), day=number("day"))
    if m.group("span_end"):
        return Period(text, "span", named)
    if not m.group("unit"):
        return Period(text, "year", named)
    return Period(
        text,
        "within_year",
        named,
        unit=m.group("unit"),
        first=number("first"),
        last=number("last"),
        last_year=number("last_year"),
    )


def period_years(value: object) -> tuple[int, int] | None:
    """The first and last year a period (or a date) names: ``2016–2020`` → (2016, 2020); ``2024M1-M11`` →
    (2024, 2024); None when it names none."""
    return Period.parse(value).years
