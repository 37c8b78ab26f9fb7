"""What each qualifier means, declared once: every other qualifier table derives from :data:`QUALIFIER_SPECS`.

A qualifier says how exactly a value is stated (:class:`~shangyu_analysis.schema.enums.Qualifier`). Its
semantics are needed by many stages: the arithmetic of derived values (which side a bound is on, whether it is
strict, whether it is approximate), the cross-check (the qualifier of a negated value), the formatter (the
marker before a number, the phrase around it), the charts (how a bar is hatched) and the labels (its name in
zh and en). Adding a qualifier means adding one :class:`QualifierSpec` here; ``tests/test_qualifier_spec.py``
checks that every table built from it covers every member.

The words of the text that *give* a qualifier (约, 超过, 以上 …) are the extractor's vocabulary
(``text/numerals.py`` and ``data/*.yml``), not its meaning, and stay there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from shangyu_analysis.schema.enums import Qualifier

ChartGroup = Literal["exact", "approx", "lower", "upper", "range"]


@dataclass(frozen=True)
class QualifierSpec:
    """One qualifier's semantics."""

    bound: Literal["lower", "upper"] | None  # the side the value bounds (None: not a bound)
    strict: bool  # a bound that excludes its value (more than, less than)
    approximate: bool  # the value itself is approximate
    stated: bool  # a text can state it (the others only come out of arithmetic on figures)
    derivable: bool  # a formula can give it (a range has no single derived value)
    opposite: str  # the qualifier of the value negated (下降超过5% is a growth below −5 %)
    marker: str  # before a number in charts and tables: a reader sees at a glance it is not exact
    chart_group: ChartGroup  # how a bar of it is drawn (report/charts/style.py; legend: labels "qualifier_legend")
    name: tuple[str, str]  # (zh, en) in tables and legends
    phrase: tuple[str, str]  # (zh, en) around the number with its unit, {x}


QUALIFIER_SPECS: dict[str, QualifierSpec] = {
    Qualifier.EXACT: QualifierSpec(
        None, False, False, True, True, "exact", "", "exact", ("确数", "exact"), ("{x}", "{x}")
    ),
    Qualifier.APPROX: QualifierSpec(
        None, False, True, True, True, "approx", "≈", "approx", ("约数", "approximate"), ("约{x}", "about {x}")
    ),
    Qualifier.MORE_THAN: QualifierSpec(
        "lower",
        True,
        False,
        True,
        True,
        "less_than",
        ">",
        "lower",
        ("下限(超过)", "lower bound (more than)"),
        ("超过{x}", "more than {x}"),
    ),
    Qualifier.LESS_THAN: QualifierSpec(
        "upper",
        True,
        False,
        False,  # 不足/低于 in a text is read as at_most: a strict upper bound only comes out of arithmetic
        True,
        "more_than",
        "<",
        "upper",
        ("上限(不足)", "upper bound (less than)"),
        ("不足{x}", "less than {x}"),
    ),
    Qualifier.AT_LEAST: QualifierSpec(
        "lower",
        False,
        False,
        True,
        True,
        "at_most",
        "≥",
        "lower",
        ("下限(至少)", "lower bound (at least)"),
        ("至少{x}", "at least {x}"),
    ),
    Qualifier.AT_MOST: QualifierSpec(
        "upper",
        False,
        False,
        True,
        True,
        "at_least",
        "≤",
        "upper",
        ("上限(不超过)", "upper bound (at most)"),
        ("不超过{x}", "at most {x}"),
    ),
    Qualifier.RANGE: QualifierSpec(
        None, False, True, True, False, "range", "", "range", ("区间", "range"), ("{x}", "{x}")
    ),
    Qualifier.APPROX_AT_LEAST: QualifierSpec(
        "lower",
        False,
        True,
        False,
        True,
        "approx_at_most",
        "≳",
        "lower",
        ("约数下限(约…以上)", "approximate lower bound (about … or more)"),
        ("约{x}以上", "about {x} or more"),
    ),
    Qualifier.APPROX_AT_MOST: QualifierSpec(
        "upper",
        False,
        True,
        False,
        True,
        "approx_at_least",
        "≲",
        "upper",
        ("约数上限(约…以下)", "approximate upper bound (about … or less)"),
        ("约{x}以下", "about {x} or less"),
    ),
}

# The tables every stage reads, derived from the spec.
STATED_QUALIFIERS = tuple(str(q) for q, spec in QUALIFIER_SPECS.items() if spec.stated)
DERIVED_QUALIFIERS = tuple(str(q) for q, spec in QUALIFIER_SPECS.items() if spec.derivable)
# The bounds, by the direction a displayed number may be rounded without overstating them.
LOWER_BOUNDS = tuple(str(q) for q, spec in QUALIFIER_SPECS.items() if spec.bound == "lower")
UPPER_BOUNDS = tuple(str(q) for q, spec in QUALIFIER_SPECS.items() if spec.bound == "upper")
APPROXIMATE = tuple(str(q) for q, spec in QUALIFIER_SPECS.items() if spec.approximate)


def qualifier_spec(qualifier: str | None) -> QualifierSpec:
    """The spec of ``qualifier``; a missing qualifier (None, "") is exact."""
    return QUALIFIER_SPECS[qualifier or Qualifier.EXACT]


def opposite(qualifier: str) -> str:
    """The qualifier of the value negated: a bound changes side, anything else stays."""
    return QUALIFIER_SPECS[qualifier].opposite
