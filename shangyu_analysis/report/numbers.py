"""Numbers as text, for :mod:`shangyu_analysis.report.format` (which re-exports them): decimals, ordinals,
fractions — and the rule that a displayed bound never overstates what it bounds.

Rounding a bound to the displayed precision must not make the claim stronger than the arithmetic: an
upper bound (less than, at most) is rounded *up*, a lower bound (more than, at least) *down*, so
"less than 8.02 %" is shown "less than 8.1 %" and "at least 11.78 %" as "at least 11.7 %". Every other
value is rounded to the nearest. A value that already sits on the displayed precision up to float noise
(``604.5 / (1/3) = 1813.5000000000002``) is shown as that number: the noise is not a digit of the value.
"""

from __future__ import annotations

import math
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction

from shangyu_analysis.report.labels import check_lang
from shangyu_analysis.schema import LOWER_BOUNDS, UPPER_BOUNDS

__all__ = [
    "FLOAT_NOISE",
    "direction_of",
    "format_number",
    "ordinal_en",
    "round_directed",
    "simple_fraction",
    "strip_zeros",
]

# Relative difference below which two floats are the same number written twice (binary rounding noise).
FLOAT_NOISE = 1e-9


def direction_of(qualifier: str | None) -> str | None:
    """``"down"`` for a lower bound, ``"up"`` for an upper bound, None for anything else (round to nearest)."""
    if qualifier in LOWER_BOUNDS:
        return "down"
    if qualifier in UPPER_BOUNDS:
        return "up"
    return None


def round_directed(value: float, precision: int, direction: str | None = None) -> float:
    """``value`` at ``precision`` decimals: to nearest, or down/up for a bound (see the module docstring)."""
    precision = max(0, int(precision))
    nearest = round(float(value), precision)
    if direction is None or math.isclose(nearest, value, rel_tol=FLOAT_NOISE, abs_tol=FLOAT_NOISE * 10**-precision):
        return nearest
    if direction not in ("down", "up"):
        raise ValueError(f"unknown rounding direction {direction!r}; expected 'down' or 'up'")
    step = Decimal(1).scaleb(-precision)
    rounding = ROUND_FLOOR if direction == "down" else ROUND_CEILING
    return float(Decimal(repr(float(value))).quantize(step, rounding=rounding))


def format_number(
    value: float, precision: int, lang: str, *, grouping: bool | None = None, direction: str | None = None
) -> str:
    """``value`` with ``precision`` decimals; English groups thousands (``68,309``), Chinese does not.

    ``direction`` (``"down"``/``"up"``, see :func:`direction_of`) rounds a bound the safe way.
    """
    check_lang(lang)
    precision = max(0, int(precision))
    if grouping is None:
        grouping = lang == "en"
    number = round_directed(value, precision, direction) if direction else float(value)
    text = f"{number:,.{precision}f}" if grouping else f"{number:.{precision}f}"
    return "0" if text in ("-0", "-0.0") else text


def strip_zeros(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def ordinal_en(number: int) -> str:
    """``1`` → ``1st``, ``9`` → ``9th``, ``12`` → ``12th``, ``22`` → ``22nd``."""
    number = int(number)
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def simple_fraction(value: float, direction: str | None = None) -> Fraction | None:
    """The fraction with a denominator ≤ 12 that ``value`` rounds from, or None (0.3333 → 1/3).

    For a bound (``direction``), only a fraction on the safe side of the value: a lower bound is never
    shown larger, an upper bound never smaller.
    """
    if not 0 < value < 1:
        return None
    fraction = Fraction(value).limit_denominator(12)
    if not math.isclose(float(fraction), value, abs_tol=5e-4):
        return None
    if math.isclose(float(fraction), value, rel_tol=FLOAT_NOISE):
        return fraction
    if (direction == "down" and fraction > value) or (direction == "up" and fraction < value):
        return None
    return fraction
