"""A period of FACTS.md shape in words, zh or en (2020H1 → 2020年上半年 / 2020 H1), for names and labels."""

from __future__ import annotations

import re

from shangyu_analysis.text.periods import AS_OF, UNKNOWN

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_name(value: str | None, lang: str) -> str:
    """A FACTS.md period in words: ``2020H1`` → 2020年上半年 / 2020 H1; ``2021M1-M5`` → 2021年1—5月 / 2021
    Jan–May; ``2020/2015`` → 2020年比2015年 / 2020 vs 2015; ``as_of_publication`` → 发稿时 / as of
    publication; ``-`` (or nothing) → an empty string."""
    zh = lang == "zh"
    if not value or value == UNKNOWN:
        return ""
    if value == AS_OF:
        return "发稿时" if zh else "as of publication"
    if "/" in value:
        later, earlier = value.split("/", 1)
        return (
            f"{period_name(later, lang)}比{period_name(earlier, lang)}"
            if zh
            else f"{period_name(later, lang)} vs {period_name(earlier, lang)}"
        )
    m = re.fullmatch(r"(\d{4})(?:([HQM])(\d+)(?:-(?:(\d{4}))?[HQM]?(\d+))?)?(?:-(\d{4}))?(?:-(\d{2})-(\d{2}))?", value)
    if m is None:
        return value
    year, letter, first, year2, last, span_end = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    if m.group(7):
        return f"{year}年{int(m.group(7))}月{int(m.group(8))}日" if zh else f"{year}-{m.group(7)}-{m.group(8)}"
    if span_end:
        return f"{year}—{span_end}年" if zh else f"{year}–{span_end}"
    if not letter:
        return f"{year}年" if zh else year

    def part(n: str) -> str:
        k = int(n)
        if letter == "H":
            return ("上半年" if k == 1 else "下半年") if zh else f"H{k}"
        if letter == "Q":
            return f"第{'一二三四'[k - 1]}季度" if zh else f"Q{k}"
        return f"{k}月" if zh else _MONTHS_EN[k - 1]

    if last is None:
        return f"{year}年{part(first)}" if zh else f"{year} {part(first)}"
    if year2:
        return f"{year}年{part(first)}至{year2}年{part(last)}" if zh else f"{year} {part(first)} – {year2} {part(last)}"
    if letter == "M":
        return f"{year}年{int(first)}—{int(last)}月" if zh else f"{year} {part(first)}–{part(last)}"
    return (
        f"{year}年前三季度"
        if zh and (first, last) == ("1", "3") and letter == "Q"
        else f"{year}年{part(first)}至{part(last)}"
        if zh
        else f"{year} {part(first)}–{part(last)}"
    )
