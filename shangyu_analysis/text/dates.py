"""A text's date as its source gives it: a day, a month only (``date: 2017-06``) or a year only (``date: 2013``).

The rules keyed on a text written in January to March skip a year-only date (:func:`early_in_year`): a run since a
year (2023年以来) ends in the text's year, an estimate (预计…) is of it, a text naming no time is not read as a
review of the year before. One rule keeps reading it as early: words for a whole year that name none (全年完成地区
生产总值…) in a text dated by its year only are of the year before, as in an annual bulletin published after it."""

from __future__ import annotations

import datetime as dt
from typing import TypeGuard


class YearOnly(dt.date):
    """The date of a text whose source gives its year only, loaded as 1 January of it: the month is not known, so
    no rule may read it as written early in the year."""

    __slots__ = ()


class MonthOnly(dt.date):
    """The date of a text whose source gives its year and month only (a URL path's 201706), loaded as the last day of
    that month: a day written without its month (29日) is then read in this month, never the one before, and no rule
    may take the loaded day for the day of writing (:func:`day_known`)."""

    __slots__ = ()


def month_only(year: int, month: int) -> MonthOnly:
    """:class:`MonthOnly` of ``year`` and ``month`` (its last day)."""
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return MonthOnly(last.year, last.month, last.day)


def day_known(date: dt.date | None) -> TypeGuard[dt.date]:
    """True when ``date`` is a day the source gives (not a year-only or month-only date): only then may 当日 or 今天
    be read as that day."""
    return date is not None and not isinstance(date, (YearOnly, MonthOnly))


def as_given(date: dt.date) -> str:
    """``date`` at the precision its source gives: ``2013``, ``2017-06`` or ``2021-02-23``."""
    if isinstance(date, YearOnly):
        return str(date.year)
    if isinstance(date, MonthOnly):
        return f"{date.year}-{date.month:02d}"
    return date.isoformat()


def early_in_year(date: dt.date | None) -> TypeGuard[dt.date]:
    """True when ``date`` is known to fall in January to March (a text written then reports on the year just ended):
    not for a year-only date, whose 1 January is no month of writing."""
    return date is not None and date.month <= 3 and not isinstance(date, YearOnly)
