"""The growth checks and derivations any page gets (a, d, e of :mod:`fact_checks`), as :class:`Spec`.

Every pairing needs the same place, the same series key (:func:`fact_roles.series_key`) and the same paragraph
(across paragraphs, a misread place paired unrelated figures). Periods must fit exactly:

- **growth_compounding**: growth since base year B to year Y (比B年增长c) beside the average annual growth of the
  span B+1–Y → ``100 × ((1 + c/100)^(1/n) − 1)`` with n = Y − B, compared with the stated average (a span B–Y
  is ambiguous, n = Y − B or Y − B + 1, and pairs with nothing).
- **implied_base_level**: a level of period P with its growth (written after it in its sentence, before the next
  level: 地区生产总值X亿元，增长Y%) over a year (P a year earlier), since B (the level
  of B) or on average over a span ending at P (the level of the year before the span, n years back) →
  ``level ÷ (1 + g/100)^n``. Only when the page states no level of that series at that earlier period
  (then ``implied_growth`` compares the two). A growth at comparable prices gives a level at comparable prices.
- **implied_growth**: two levels of the series at periods P1 < P2 (the same part of the year) →
  ``100 × (L2/L1 − 1)`` over one year or since P1, ``100 × ((L2/L1)^(1/n) − 1)`` a year on average (span P1+1–P2, or P1–P2 as 由P1…至P2 gives it), compared
  with each stated growth of that series and span; with none, a derivation between successive periods only.
"""

from __future__ import annotations

from shangyu_analysis.indicators.fact_roles import Fact
from shangyu_analysis.indicators.fact_rows import Input, Spec

GROWTH_UNIT = "%"


def same_series(a: Fact, b: Fact) -> bool:
    """Same place and key, within one paragraph (across paragraphs, misread places paired unrelated figures)."""
    return a.place == b.place and a.key == b.key and a.paragraph == b.paragraph


def _growth_term(fact: Fact) -> str:
    """``(1 + g / 100)`` for a rate in %, ``(1 + g)`` for a multiple (增长1.3倍)."""
    return f"(1 + {fact.fid})" if fact.kind == "multiple" else f"(1 + {fact.fid} / 100)"


def compounding(facts: list[Fact]) -> list[Spec]:
    """growth_compounding: cumulative growth since a base year against the stated average annual growth."""
    specs = []
    for cum in (f for f in facts if f.role == "cum"):
        for avg in (f for f in facts if f.role == "avg" and same_series(cum, f)):
            assert cum.base is not None  # a cum fact always has its base year (fact_roles._role)
            n = cum.year - cum.base
            if avg.year != cum.year or avg.base != cum.base + 1 or n < 2:  # 比2015年 with 2016–2020 only
                continue
            formula = f"100 * ({_growth_term(cum)} ** (1 / {n}) - 1)"
            specs.append(
                Spec(
                    "growth_compounding",
                    {cum.fid: Input.of(cum)},
                    formula,
                    GROWTH_UNIT,
                    cum.place,
                    cum.key,
                    avg.period,
                    [cum.fid, avg.fid],
                    stated=Input.of(avg),
                )
            )
    return specs


def _base_of(level: Fact, growth: Fact) -> tuple[str, int] | None:
    """(the earlier period, years of growth) a growth takes the level back to, or None when they do not fit."""
    if growth.role == "yoy" and growth.year == level.year and growth.sub == level.sub:
        return f"{level.year - 1}{level.sub}", 1
    if level.sub or growth.year != level.year:
        return None
    if growth.role == "cum":
        return str(growth.base), 1
    if growth.role == "avg":
        assert growth.base is not None  # an avg fact always has its span's start (fact_roles._role)
        return str(growth.base - 1), growth.year - growth.base + 1
    return None


def its_growths(level: Fact, facts: list[Fact]) -> list[Fact]:
    """The growths written after a level in its sentence, before the next level (X亿元，增长a%，年均增长b%)."""
    after = [f for f in facts if f.sentence == level.sentence and f.start > level.start]
    stop = min((f.start for f in after if f.role == "level"), default=None)
    return [
        f
        for f in after
        if f.role in ("yoy", "cum", "avg") and (stop is None or f.start < stop) and same_series(level, f)
    ]


def base_levels(facts: list[Fact]) -> list[Spec]:
    """implied_base_level: level ÷ (1 + g)^n, where the page does not state that earlier level itself."""
    levels = [f for f in facts if f.role == "level"]
    specs = []
    for level in levels:
        for growth in its_growths(level, facts):
            fit = _base_of(level, growth)
            if fit is None or any(
                level.place == other.place and level.key == other.key and other.period == fit[0] for other in levels
            ):
                continue
            period, n = fit
            power = "" if n == 1 else f" ** {n}"
            formula = f"{level.fid} / {_growth_term(growth)}{power}"
            specs.append(
                Spec(
                    "implied_base_level",
                    {level.fid: Input.of(level), growth.fid: Input.of(growth)},
                    formula,
                    level.unit,
                    level.place,
                    level.key,
                    period,
                    [level.fid, growth.fid],
                )
            )
    return specs


def _counterparts(first: Fact, second: Fact, growths: list[Fact]) -> list[tuple[Fact, str]]:
    """The stated growths two levels can be checked against, each with its formula."""
    n, ratio = second.year - first.year, f"{second.fid} / {first.fid}"
    found = []
    for g in growths:
        if not same_series(second, g) or g.year != second.year:
            continue
        if n == 1 and g.role == "yoy" and g.sub == second.sub:
            found.append((g, f"100 * ({ratio} - 1)"))
        elif not second.sub and g.role == "cum" and g.base == first.year:
            found.append((g, f"{ratio} - 1" if g.kind == "multiple" else f"100 * ({ratio} - 1)"))
        elif (
            not second.sub and n > 1 and g.role == "avg" and g.base in (first.year, first.year + 1)
        ):  # 由2016年…至2021年
            found.append((g, f"100 * (({ratio}) ** (1 / {n}) - 1)"))
    return found


def implied_growth(facts: list[Fact]) -> list[Spec]:
    """implied_growth: the growth two levels imply, compared with the page's growth of that span if any."""
    levels = sorted((f for f in facts if f.role == "level"), key=lambda f: f.year)
    growths = [f for f in facts if f.role in ("yoy", "cum", "avg")]
    specs = []
    for i, first in enumerate(levels):
        for second in levels[i + 1 :]:
            if (
                second.year <= first.year
                or second.sub != first.sub
                or second.unit != first.unit
                or not same_series(first, second)
            ):
                continue
            inputs = {first.fid: Input.of(first), second.fid: Input.of(second)}
            n = second.year - first.year
            period = second.period if n == 1 else f"{first.year + 1}-{second.year}"
            for growth, formula in _counterparts(first, second, growths):
                unit = "倍" if growth.kind == "multiple" else GROWTH_UNIT
                since = f"{second.year}/{first.year}" if growth.role == "cum" and n > 1 else period
                specs.append(
                    Spec(
                        "implied_growth",
                        inputs,
                        formula,
                        unit,
                        first.place,
                        first.key,
                        since,
                        [first.fid, second.fid, growth.fid],
                        stated=Input.of(growth),
                        price=growth.real,
                    )
                )
            later = [f.year for f in levels if same_series(first, f) and f.sub == first.sub and f.year > first.year]
            if _counterparts(first, second, growths) or second.year != min(later):
                continue
            ratio = f"{second.fid} / {first.fid}"
            formula = f"100 * ({ratio} - 1)" if n == 1 else f"100 * (({ratio}) ** (1 / {n}) - 1)"
            specs.append(
                Spec(
                    "implied_growth",
                    inputs,
                    formula,
                    GROWTH_UNIT,
                    first.place,
                    first.key,
                    period,
                    [first.fid, second.fid],
                )
            )
    return specs
