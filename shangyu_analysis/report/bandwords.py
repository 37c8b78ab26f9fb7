"""The plausible band in words (report 05's rule, 04's "In context" section): where its numbers come from, the
place whose stated rates it uses (the deflator is national), and what it does not describe."""

from __future__ import annotations

import math

from shangyu_analysis.dataset.band import Band
from shangyu_analysis.dataset.claims import measure_series
from shangyu_analysis.extract.measures import vocabulary
from shangyu_analysis.report.format import format_value


def _pct(value: float, lang: str, decimals: int = 1) -> str:
    return format_value(value, "%", "exact", decimals, lang)


_ZH_COUNT = "零一二三四五六七八九十"
_EN_COUNT = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int, lang: str) -> str:
    """A small count in words (三个 / three), as digits beyond ten."""
    if 0 <= n < len(_EN_COUNT):
        return _ZH_COUNT[n] if lang == "zh" else _EN_COUNT[n]
    return str(n)


def series_words(series: str, lang: str) -> str:
    """A reference series in words: the measure data/reference/series.yml maps to it (zh term, en label)."""
    measure = next((m for m, ids in measure_series().items() if series in ids), None)
    if measure is None:
        return series
    return measure if lang == "zh" else vocabulary().terms[measure].en


def band_sentence(band: Band, lang: str) -> str:
    """Where the band comes from, with its numbers (the place is the reference's, the deflator national)."""
    # rounded outward (floor / ceiling at two decimals), as every bound in the report: 6.896 → 6.89, 13.905 → 13.91
    low, high = _pct(math.floor(band.low * 100) / 100, lang, 2), _pct(math.ceil(band.high * 100) / 100, lang, 2)
    r_lo, r_hi = _pct(band.real_low, lang), _pct(band.real_high, lang)
    # two decimals, as the edges: a reader recomputes 1.075 × (1 − 0.0047) − 1 = 6.99 %, not 6.96 % from a rounded −0.5 %
    d_lo, d_hi = _pct(band.deflator_low, lang, 2), _pct(band.deflator_high, lang, 2)
    y0, y1 = band.deflator_years
    name, years, second = series_words(band.series, lang), band.real_years, band.real_secondary_years
    slow = (band.slow_years or {}).get(lang)
    if lang == "zh":
        place = f",不是{band.place}的" if band.place else ""
        return (
            f"由两个总量推算的年均名义增速,与合理区间({low}至{high}/年)比较。该区间由参考统计所列的{name}实际增速"
            f"({r_lo if r_lo == r_hi else f'{r_lo}至{r_hi}'})与{y0}–{y1}年全国GDP平减指数的年变动({d_lo}至{d_hi},世界银行《世界发展指标》,"
            f"经二手网页转引)合成;平减指数为全国数{place}。实际增速只取自参考统计所列的{_count(years, lang)}个年份"
            + (f",其中{_count(second, lang)}个为二手资料。" if second else "。")
            + f"{_low_source(band, lang)}"
            f"该区间描述的是参考统计所报告的那类年份,{slow or '增长明显放缓的年份'}可能低于它。"
            f"只有参考统计给出实际增速的指标({name})才有此区间。" + _one_year(years, lang)
        )
    place = f", not {band.place_en}'s" if band.place_en else ""
    of = f"the {_count(years, lang)} years the reference states" if years != 1 else "the one year the reference states"
    return (
        f"An average nominal growth implied by two levels is set against a band of {low} to {high} a year, built "
        f"from the real {name} growth the reference statistics state ({r_lo if r_lo == r_hi else f'{r_lo} to {r_hi}'}) and the yearly change of "
        f"China's GDP deflator in {y0}–{y1} ({d_lo} to {d_hi}; World Bank, World Development Indicators, read "
        f"from secondary copies). The deflator is national{place}. The real rates come from {of}"
        + (f", {_count(second, lang)} of them from a secondary page. " if second else ". ")
        + f"{_low_source(band, lang)}The band describes years like those the reference reports: "
        f"{slow or 'a year of unusually slow growth'} may fall below it. Only a series whose reference states a "
        f"real growth rate ({name}) has a band." + _one_year(years, lang)
    )


def _one_year(years: int, lang: str) -> str:
    """A band from one year's real rate describes that year more than the others: said, so it is not read as more."""
    if years != 1:
        return ""
    return (
        "实际增速只有一个年份,该区间对其他年份说明有限,与之比较的结论只能作弱参考。"
        if lang == "zh"
        else " With one year's real rate, the band says little about other years: read a comparison with it as weak."
    )


def _low_source(band: Band, lang: str) -> str:
    """Where the low edge's real rate was read, said when it is a secondary copy's, with the official-only edge."""
    if band.real_low_status == "official":
        return ""
    rate, year = _pct(band.real_low, lang), band.real_low_year
    official = (
        ""
        if band.low_official is None
        else (
            f"只用官方增速,区间下限约为{_pct(band.low_official, lang)}。"
            if lang == "zh"
            else f"With official rates only, the band would start at about {_pct(band.low_official, lang)}. "
        )
    )
    if lang == "zh":
        return f"下限所用的实际增速{rate}是二手资料所载的{year}年数值(非官方)。{official}"
    return f"The low edge's real rate, {rate}, is a secondary copy's figure for {year}, not an official one. {official}"
