"""Resolve time expressions against an article's date: 今年 → 2021, 十三五 → 2016–2020.

Periods are strings: a year ``"2021"``, a month ``"2019-10"``, or a span ``"2016–2020"`` (en dash).
"""

from __future__ import annotations

import datetime as dt
import re

_RELATIVE_YEARS = {
    "今年": 0, "本年": 0, "当年": 0, "这一年": 0, "全年": 0,
    "去年": -1, "上年": -1, "上一年": -1, "明年": 1, "前年": -2, "后年": 2,
}
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PLAN = re.compile(r"^“?(十?[一二三四五六七八九]?|\d{1,2})五”?(?:规划|时期|期间|末|以来)?$")
_YEAR = re.compile(r"^(\d{4})年?(?:以来|底|末|初|全年)?$")
_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月(?:以来|底|末|份)?$")


def _small_number(chinese: str) -> int | None:
    """一…十九 and 1-99 as written in plan names (十三, 十四, 9)."""
    if chinese.isdigit():
        return int(chinese)
    if not chinese:
        return None
    if chinese.startswith("十"):
        rest = chinese[1:]
        return 10 + (_DIGITS.get(rest, 0) if rest else 0)
    return _DIGITS.get(chinese)


def plan_years(number: int) -> tuple[int, int]:
    """First and last year of the N-th Five-Year Plan (一五 1953–57; 三五 1966–70 after a gap)."""
    if number == 1:
        start = 1953
    elif number == 2:
        start = 1958
    else:
        start = 1966 + (number - 3) * 5
    return start, start + 4


def resolve_period(expression: str, date: dt.date | None) -> str | None:
    """Resolve a time expression; None when it cannot be resolved.

    Parameters
    ----------
    expression : str
        e.g. ``今年``, ``去年``, ``十三五``, ``“十四五”时期``, ``2020年``, ``2019年10月``.
    date : datetime.date or None
        The article's date; relative expressions need it, absolute ones do not.

    Examples
    --------
    >>> resolve_period("今年", dt.date(2021, 2, 23))
    '2021'
    >>> resolve_period("十三五", None)
    '2016–2020'
    """
    expr = expression.strip().strip("“”\"")
    for word, shift in _RELATIVE_YEARS.items():
        if expr.startswith(word):
            return None if date is None else str(date.year + shift)
    plan = _PLAN.match(expr)
    if plan:
        number = _small_number(plan.group(1))
        if number:
            first, last = plan_years(number)
            return f"{first}–{last}"
    month = _MONTH.match(expr)
    if month:
        return f"{month.group(1)}-{int(month.group(2)):02d}"
    year = _YEAR.match(expr)
    if year:
        return year.group(1)
    return None
