"""One row of the ``fact_checks`` table from a check's inputs, formula and the value it is compared with.

The result is the formula at the inputs as stated; its qualifier is propagated as for the catalog's derived
values (:func:`~shangyu_analysis.indicators.derive.propagate_qualifier`: a bound keeps its direction, approximate
stays approximate). The verdict compares *intervals*, never bare numbers: the formula is evaluated at every corner
of its inputs' intervals (each input widened by the rounding of its last digit, or opened by its bound; every
formula here is monotone in each input, so the corners hold its extremes) and that range is set against the stated
value's own interval. Overlap → ``agree`` (``bound_allows`` when a bound made the room); apart → ``disagree``,
unless the comparison sets a growth rate that may be real (at comparable prices) against current-price levels,
then ``cannot_tell``. With nothing stated to compare, the row is a derivation (``derived``).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

from shangyu_analysis.indicators.derive import evaluate, propagate_qualifier
from shangyu_analysis.indicators.fact_roles import Fact
from shangyu_analysis.indicators.mathtext import math_text

# The words a formula names its figures with (the figure id follows, so each is traceable to its span).
ROLE_WORDS = {
    "level": ("水平", "level"),
    "avg": ("年均增速", "average annual growth"),
    "cum": ("累计增长", "growth since"),
    "yoy": ("增速", "growth"),
    "part": ("部分", "part"),
    "total": ("总量", "total"),
    "share": ("占比", "share"),
}


@dataclass(frozen=True)
class Input:
    """A number a formula reads: its value, interval and qualifier, and what it is (ROLE_WORDS)."""

    value: float
    low: float
    high: float
    qualifier: str
    word: str

    @classmethod
    def of(cls, fact: Fact, word: str | None = None) -> Input:
        return cls(fact.value, fact.low, fact.high, fact.qualifier, word or fact.role)


@dataclass
class Spec:
    """A check or derivation before it is evaluated."""

    check: str
    inputs: dict[str, Input]  # formula name (a figure id, or F009_1 for a part of one figure) -> input
    formula: str
    unit: str
    place: str
    measure: str
    period: str
    figure_ids: list[str]
    stated: Input | None = None  # the page's own value to compare with (its figure id is the last of figure_ids)
    at_most: bool = False  # the result must be at most the stated value (not equal to it)
    price: bool = False  # a growth that may be real set against current-price levels
    extra: dict = field(default_factory=dict)


def _range(formula: str, inputs: dict[str, Input]) -> tuple[float, float] | None:
    """The formula's extremes over the corners of its inputs' intervals (None when undefined there)."""
    results = []
    for corner in itertools.product(*[(i.low, i.high) for i in inputs.values()]):
        try:
            value = evaluate(formula, dict(zip(inputs, corner)))
        except (ZeroDivisionError, OverflowError, ValueError):
            continue
        if isinstance(value, complex) or math.isnan(value):
            continue
        results.append(value)
    return (min(results), max(results)) if results else None


def _unbounded(*intervals: tuple[float, float]) -> bool:
    return any(math.isinf(x) for pair in intervals for x in pair)


def verdict(spec: Spec, result_range: tuple[float, float]) -> tuple[str, str]:
    """(fact_verdict, fact_reason) of a spec whose formula ranges over ``result_range``."""
    if spec.stated is None:
        return "derived", "no_counterpart"
    low, high = result_range
    stated = (spec.stated.low, spec.stated.high)
    meets = low <= stated[1] if spec.at_most else (low <= stated[1] and stated[0] <= high)
    bounded = _unbounded(result_range, stated)
    if meets:
        return "agree", "bound_allows" if bounded else "within_rounding"
    if spec.price:
        return "cannot_tell", "price_basis"
    return "disagree", "bound_excludes" if bounded else "outside_rounding"


def _with_numbers(formula: str, values: dict[str, float]) -> str:
    """The formula with each figure's value as written (12 significant digits: 1221623 stays 1221623)."""
    for name in sorted(values, key=len, reverse=True):
        formula = re.sub(
            rf"\b{re.escape(name)}\b",
            f"{float(f'{values[name]:.12g}'):g}" if abs(values[name]) < 1e6 else f"{values[name]:.12g}",
            formula,
        )
    # written as arithmetic for a reader, not code (the formula column is mathematics too): × ÷ and a power as ^
    return formula.replace(" ** ", " ^ ").replace(" * ", " × ").replace(" / ", " ÷ ")


def build_row(spec: Spec) -> dict | None:
    """The ``fact_checks`` row of ``spec`` (without its id), or None when the formula is undefined at its inputs."""
    values = {name: i.value for name, i in spec.inputs.items()}
    try:
        result = float(evaluate(spec.formula, values))
        qualifier = propagate_qualifier(spec.formula, values, {n: i.qualifier for n, i in spec.inputs.items()})
    except (ZeroDivisionError, OverflowError, ValueError, TypeError):
        return None
    result_range = _range(spec.formula, spec.inputs)
    if result_range is None or math.isnan(result) or math.isinf(result):
        return None
    fact_verdict, reason = verdict(spec, result_range)
    names = {
        lang: {
            n: f"{ROLE_WORDS[i.word][k]} {n.split('_')[0]}" + (f"-{n.split('_')[1]}" if "_" in n else "")
            for n, i in spec.inputs.items()
        }
        for k, lang in enumerate(("zh", "en"))
    }
    return {
        "fact_check": spec.check,
        "figure_ids": ";".join(spec.figure_ids),
        "place": spec.place,
        "measure": spec.measure,
        "period": spec.period,
        "formula": spec.formula,
        "formula_zh": math_text(spec.formula, names["zh"], "zh"),
        "formula_en": math_text(spec.formula, names["en"], "en"),
        "arithmetic": f"{_with_numbers(spec.formula, values)} = {float(f'{result:.6g}'):.10g}",
        "result": result,
        "result_unit": spec.unit,
        "result_qualifier": qualifier,
        "compared_with": None if spec.stated is None else spec.stated.value,
        "fact_verdict": fact_verdict,
        "fact_reason": reason,
    }
