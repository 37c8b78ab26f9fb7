"""Derived indicators and consistency checks, both declared as data in the catalog.

A derivation is a catalog entry whose ``formula`` is an arithmetic expression over indicator ids
(and earlier derivations); adding one is adding one YAML entry. Formulas are evaluated by a small
whitelist evaluator (numbers, ids, + - * / ** and parentheses), never by ``eval``.

Qualifiers propagate as follows. A bound keeps its direction through the formula: the direction in
which the formula moves with each bounded input is measured numerically, so 604.5 / (more than 1/3)
gives *less than* 1813.5. Bounds in opposite directions cannot be combined and are a catalog error.
A bound with an approximate co-input (64亿元左右) is an *approximate* bound — ``approx_at_least`` /
``approx_at_most``, "about … or more" — never a strict one. With no bound, any approximate input makes
the result approximate. Inputs the formula does not depend on change nothing.

Each derivation also carries its ``basis`` from the catalog: ``arithmetic`` when no assumption enters
beyond what the page says, ``implied`` when it rests on its listed assumptions (a conditional value).
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.indicators.catalog import Catalog, load_catalog
from shangyu_analysis.indicators.mathtext import math_text
from shangyu_analysis.schema import CHECKS, DERIVED, LANGS, QUALIFIER_SPECS, column_names
from shangyu_analysis.schema.validate import coerce, validate

_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[float], float]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_COMPARE: dict[type[ast.cmpop], Callable[[float, float], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}


def evaluate(expression: str, values: dict[str, float]) -> float:
    """Evaluate an arithmetic or comparison expression over named values (whitelisted syntax only)."""

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return float(node.value)
        if isinstance(node, ast.Name):
            return values[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return _BINARY[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](ev(node.operand))
        if isinstance(node, ast.Compare):
            left, result = ev(node.left), True
            for op, comp in zip(node.ops, node.comparators):
                right = ev(comp)
                result = result and _COMPARE[type(op)](left, right)
                left = right
            return result
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
            return all(ev(v) for v in node.values)
        raise ValueError(f"unsupported syntax: {ast.unparse(node)}")

    return ev(ast.parse(expression, mode="eval"))


def _direction(formula: str, values: dict[str, float], name: str) -> int:
    """+1 if the formula grows with ``name`` near the given values, -1 if it shrinks, 0 if flat."""
    step = abs(values[name]) * 1e-6 or 1e-6
    up = evaluate(formula, {**values, name: values[name] + step})
    down = evaluate(formula, {**values, name: values[name] - step})
    return 0 if math.isclose(up, down, rel_tol=1e-12, abs_tol=1e-15) else (1 if up > down else -1)


def propagate_qualifier(formula: str, values: dict[str, float], qualifiers: dict[str, str]) -> str:
    """The qualifier of ``formula`` given its inputs' values and qualifiers (see module docstring).

    Raises
    ------
    ValueError
        When inputs bound the result in opposite directions.
    """
    lower_strict: list[bool] = []
    upper_strict: list[bool] = []
    approximate = False
    for name, qualifier in qualifiers.items():
        spec = QUALIFIER_SPECS.get(qualifier)
        if spec is None or (spec.bound is None and not spec.approximate):
            continue
        d = _direction(formula, values, name)
        if d == 0:
            continue
        approximate = approximate or spec.approximate
        if spec.bound is None:
            continue
        is_lower = (spec.bound == "lower") == (d > 0)
        (lower_strict if is_lower else upper_strict).append(spec.strict)
    if lower_strict and upper_strict:
        raise ValueError("inputs bound the result in opposite directions; no qualifier can be stated")
    if lower_strict:
        return "approx_at_least" if approximate else ("more_than" if any(lower_strict) else "at_least")
    if upper_strict:
        return "approx_at_most" if approximate else ("less_than" if any(upper_strict) else "at_most")
    return "approx" if approximate else "exact"


MISSING_PREFIX = "input missing: "


def render_expression(expression: str, values: dict[str, float], fractions: bool = False) -> str:
    """The expression with each id replaced by its value (a check's detail, a derived claim's arithmetic).

    With ``fractions``, a value that is a simple fraction the page wrote as such (超1/3 → 0.333…) shows as
    ``(1/3)`` for a reader, not as 0.333333."""

    class Sub(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            value = values[node.id]
            simple = Fraction(value).limit_denominator(12)
            if (
                fractions
                and simple.denominator > 1
                and abs(float(simple) - value) < 1e-6
                and float(f"{value:.6g}") != value
            ):
                return ast.copy_location(ast.Name(f"({simple.numerator}/{simple.denominator})"), node)
            number = float(f"{value:.6g}")
            return ast.copy_location(ast.Constant(int(number) if number.is_integer() else number), node)

    return ast.unparse(Sub().visit(ast.parse(expression, mode="eval")))


def derive(indicators: pd.DataFrame, catalog: Catalog | str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compute the catalog's derived indicators and run its consistency checks.

    Parameters
    ----------
    indicators : DataFrame
        The indicator table (contract columns; ``indicator_id``, ``value``, ``qualifier`` are used).
    catalog : Catalog or path, optional
        Where the derivations and checks are declared (default: the seed's, ``config.catalog_path(None)``).

    Returns
    -------
    derived, checks : DataFrame, DataFrame
        A derivation whose inputs are missing (an uncurated article) is left out; a check whose
        inputs are missing gets status ``skip``.
    """
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog if catalog is not None else config.catalog_path(None))
    values = dict(zip(indicators["indicator_id"], indicators["value"].astype(float)))
    qualifiers = dict(zip(indicators["indicator_id"], indicators["qualifier"]))
    names = {lang: dict(zip(indicators["indicator_id"], indicators[f"name_{lang}"])) for lang in LANGS}
    rows = []
    for spec in catalog.derived:
        if any(name not in values for name in spec["inputs"]):
            continue
        inputs = {name: values[name] for name in spec["inputs"]}
        try:
            value = evaluate(spec["formula"], inputs)
            qualifier = propagate_qualifier(spec["formula"], inputs, {n: qualifiers[n] for n in spec["inputs"]})
        except (ValueError, ZeroDivisionError, OverflowError) as exc:
            raise UserError(catalog.path, f"derived entry {spec['id']!r}, field formula: {exc}") from None
        values[spec["id"]], qualifiers[spec["id"]] = value, qualifier
        for lang in names:
            names[lang][spec["id"]] = spec[f"name_{lang}"]
        rows.append(
            {
                "derived_id": spec["id"],
                "name_zh": spec["name_zh"],
                "name_en": spec["name_en"],
                "value": value,
                "unit": str(spec["unit"]),
                "short_unit": str(spec["short_unit"]),
                "qualifier": qualifier,
                "basis": str(spec["basis"]),
                "precision": int(spec["precision"]),
                "formula": " ".join(str(spec["formula"]).split()),
                "formula_zh": math_text(spec["formula"], names["zh"], "zh"),
                "formula_en": math_text(spec["formula"], names["en"], "en"),
                "inputs": ";".join(spec["inputs"]),
                "assumes": ";".join(spec.get("assumes") or []) or None,
                "assumptions": " ".join(str(spec["assumptions"]).split()),
                "assumptions_zh": "".join(str(spec["assumptions_zh"]).split()),
            }
        )
    derived = validate(coerce(pd.DataFrame(rows, columns=column_names(DERIVED)), "derived"), "derived")
    return derived, run_checks(catalog, values)


def run_checks(catalog: Catalog, values: dict[str, float]) -> pd.DataFrame:
    """Evaluate the catalog's checks against indicator and derived values."""
    rows = []
    for spec in catalog.checks:
        missing = [n for n in spec["inputs"] if n not in values]
        expression = " ".join(str(spec["expression"]).split())
        arithmetic = None
        if missing:
            status, detail = "skip", f"{MISSING_PREFIX}{', '.join(missing)}"
        else:
            try:
                ok = evaluate(expression, values)
            except (ValueError, ZeroDivisionError) as exc:
                raise UserError(catalog.path, f"checks entry {spec['id']!r}, field expression: {exc}") from None
            if not isinstance(ok, bool):
                raise UserError(catalog.path, f"checks entry {spec['id']!r}, field expression: not a comparison")
            status = "pass" if ok else "fail"
            arithmetic = render_expression(expression, values)
            detail = f"{arithmetic} is {'true' if ok else 'false'} ({expression})"
        # The parts as data (the report words them per language: report/checks.py); detail is their English sentence.
        rows.append(
            {
                "check_id": spec["id"],
                "description": " ".join(str(spec["description"]).split()),
                "status": status,
                "expression": expression,
                "arithmetic": arithmetic,
                "missing": ", ".join(missing) or None,
                "detail": detail,
            }
        )
    return validate(coerce(pd.DataFrame(rows, columns=column_names(CHECKS)), "checks"), "checks")
