"""A text's date as its source gives it: a day, or a year only (``date: 2013`` in a sidecar).

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


def early_in_year(date: dt.date | None) -> TypeGuard[dt.date]:
    """True when ``date`` is known to fall in January to March (a text written then reports on the year just ended):
    not for a year-only date, whose 1 January is no month of writing."""
    return date is not None and date.month <= 3 and not isinstance(date, YearOnly)
