"""The shapes of ../shared/corpus/FACTS.md built from one match of :data:`~shangyu_analysis.text.periods.TIME`:
a streak's span (连续3个月 → ``2023M3-M5``) and a year refined by its half, quarter(s), month(s) or day."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

UNKNOWN = "-"  # a period that cannot be resolved (FACTS.md)

# Ruling 9 (data/corpus/SOURCES.md): one spelling per period. A span of months or quarters that is exactly a half,
# a quarter, quarters or the year is written as that: 1-6月 and 上半年 are one period, and an analyst joins on it.
_WHOLE = {
    ("M1", "M3"): "Q1",
    ("M4", "M6"): "Q2",
    ("M7", "M9"): "Q3",
    ("M10", "M12"): "Q4",
    ("M1", "M6"): "H1",
    ("M7", "M12"): "H2",
    ("M1", "M9"): "Q1-Q3",
    ("M4", "M9"): "Q2-Q3",
    ("M4", "M12"): "Q2-Q4",
    ("M1", "M12"): "",
    ("Q1", "Q2"): "H1",
    ("Q3", "Q4"): "H2",
    ("Q1", "Q4"): "",
    ("H1", "H2"): "",
}
_SPAN_IN_YEAR = re.compile(r"(\d{4})([MQH]\d{1,2})-([MQH]\d{1,2})")


@lru_cache(maxsize=1024)
def canonical_period(value: str) -> str:
    """``value`` with every span that is a whole half, quarter(s) or year written as such (ruling 9).

    >>> canonical_period("2021M1-M6"), canonical_period("2025M1-M9/2024M1-M9"), canonical_period("2021M1-M5")
    ('2021H1', '2025Q1-Q3/2024Q1-Q3', '2021M1-M5')
    """
    parts = []
    for part in value.split("/"):
        m = _SPAN_IN_YEAR.fullmatch(part)
        whole = _WHOLE.get((m.group(2), m.group(3))) if m else None
        parts.append(part if m is None or whole is None else m.group(1) + whole)
    return "/".join(parts)


def streak_span(n: int, unit: str, year: int | None, value: str | None) -> str:
    """连续N年/个月/个季度: the span of N years, months or quarters that ends at the period in force."""
    if year is None or n < 2:
        return UNKNOWN
    if unit == "年":
        return f"{year - n + 1}-{year}"
    last = re.search(r"[MQ](\d+)$", value or "")
    size = 12 if unit == "个月" else 4
    letter = "M" if unit == "个月" else "Q"
    end = int(last.group(1)) if last and (value or "").find(letter) >= 0 else size
    quarter = re.search(r"Q(\d)$", value or "")
    if unit == "个月" and quarter:  # 前三季度…连续18个月: the run ends at the quarter's last month (M9)
        end = 3 * int(quarter.group(1))
    if half := re.search(r"H(\d)$", value or ""):  # 上半年…连续两个季度: the run ends at the half's last quarter (Q2)
        end = size // 2 * int(half.group(1))
    index = year * size + end - 1 - (n - 1)
    first_year = index // size
    tail = f"{letter}{end}" if first_year == year else f"{year}{letter}{end}"  # 2020M4-M6, 2020M11-2021M2
    return f"{first_year}{letter}{index % size + 1}-{tail}"


_CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def within_year(m: re.Match, year: int, upto: bool) -> str:  # noqa: PLR0911 -- one return per FACTS.md shape
    """A year refined by its half, quarter(s), month(s) or day."""
    if m.group("h"):
        return f"{year}H{1 if m.group('h') == '上半年' else 2}"
    if m.group("q3"):
        return f"{year}Q1-Q3"
    if m.group("q") or m.group("qq"):
        q = m.group("q") or m.group("qq")
        n = 1 if q == "首" else ("一二三四".index(q) + 1 if not q.isdigit() else int(q))
        # 截至三季度: the quarters up to it, as 前三季度
        return f"{year}Q1-Q{n}" if upto and n > 1 else f"{year}Q{n}"
    if m.group("mf"):  # 前11月, 前四月: the months up to the N-th
        n = m.group("mf")
        last = int(n) if n.isdigit() else (_CN_MONTHS.index(n) + 1)
        return f"{year}M1-M{last}" if 1 < last <= 12 else f"{year}M1"
    if m.group("mc1"):  # 元至九月: 元 is January
        first = 1 if m.group("mc1") == "元" else _CN_MONTHS.index(m.group("mc1")) + 1
        return f"{year}M{first}-M{_CN_MONTHS.index(m.group('mc2')) + 1}"
    if m.group("m1"):
        return f"{year}M{int(m.group('m1'))}-M{int(m.group('m2'))}"
    if m.group("m"):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return str(year)
        if m.group("d"):
            return f"{year}-{month:02d}-{int(m.group('d')):02d}"
        if m.group("mend") and upto:  # 截至2024年11月底: the last day of the month
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            return f"{year}-{month:02d}-{last:02d}"
        return f"{year}M{month}"
    return str(year)
