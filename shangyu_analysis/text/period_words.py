"""A period of FACTS.md shape in words, zh or en (2020H1 → 2020年上半年 / 2020 H1), for names and labels."""

from __future__ import annotations

from shangyu_analysis.text.period_value import Period

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_name(value: str | None, lang: str) -> str:
    """A FACTS.md period in words: ``2020H1`` → 2020年上半年 / 2020 H1; ``2021M1-M5`` → 2021年1—5月 / 2021
    Jan–May; ``2020/2015`` → 2020年比2015年 / 2020 vs 2015; ``as_of_publication`` → 发稿时 / as of
    publication; ``-`` (or nothing) → an empty string; any other string as it is."""
    zh = lang == "zh"
    period = Period.parse(value)
    if period.kind == "unknown":
        return ""
    if period.kind == "as_of":
        return "发稿时" if zh else "as of publication"
    if period.later is not None and period.earlier is not None:
        later, earlier = period_name(period.later.text, lang), period_name(period.earlier.text, lang)
        return f"{later}比{earlier}" if zh else f"{later} vs {earlier}"
    if period.kind == "other":
        return period.text
    year = str(period.named_years[0])
    if period.kind == "day":
        return f"{year}年{period.month}月{period.day}日" if zh else f"{year}-{period.month:02d}-{period.day:02d}"
    if period.kind == "span":
        return f"{year}—{period.named_years[-1]}年" if zh else f"{year}–{period.named_years[-1]}"
    if period.kind == "year":
        return f"{year}年" if zh else year
    return _within_year(period, year, zh)


def _within_year(period: Period, year: str, zh: str | bool) -> str:
    """A half, quarter or month of ``year``, or a range of them (which may end in a later year)."""
    letter, first, last = period.unit, period.first or 0, period.last

    def part(k: int) -> str:
        if letter == "H":
            return ("上半年" if k == 1 else "下半年") if zh else f"H{k}"
        if letter == "Q":
            return f"第{'一二三四'[k - 1]}季度" if zh else f"Q{k}"
        return f"{k}月" if zh else _MONTHS_EN[k - 1]

    if last is None:
        return f"{year}年{part(first)}" if zh else f"{year} {part(first)}"
    if period.last_year:
        year2 = period.last_year
        return f"{year}年{part(first)}至{year2}年{part(last)}" if zh else f"{year} {part(first)} – {year2} {part(last)}"
    if letter == "M":
        return f"{year}年{first}—{last}月" if zh else f"{year} {part(first)}–{part(last)}"
    if zh and (first, last) == (1, 3) and letter == "Q":
        return f"{year}年前三季度"
    return f"{year}年{part(first)}至{part(last)}" if zh else f"{year} {part(first)}–{part(last)}"
