"""A catalog formula as a reader reads it: mathematics with the indicators' names, not code.

``100 * general_budget_revenue_yi_yuan / fiscal_revenue_yi_yuan`` becomes
``100 × 一般公共预算收入 ÷ 财政总收入`` (names in the report language); ``a ** (1 / 5)`` becomes ``a^(1/5)``
(an exponent that is a fraction of two numbers is written as one).
Parentheses are kept only where the order of operations needs them.
"""

from __future__ import annotations

import ast

_SYMBOL = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷", ast.Pow: "^"}
_RANK = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2, ast.Pow: 4}


def _text(node: ast.AST, names: dict[str, str]) -> tuple[str, int]:
    """(text, precedence) of an expression node."""
    if isinstance(node, ast.Name):
        return names.get(node.id, node.id), 9
    if isinstance(node, ast.Constant):
        value = node.value
        return (f"{value:g}" if isinstance(value, float) else str(value)), 9
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner, rank = _text(node.operand, names)
        return f"−{inner if rank >= 3 else f'({inner})'}", 3
    if isinstance(node, ast.BinOp) and type(node.op) in _SYMBOL:
        rank = _RANK[type(node.op)]
        left, left_rank = _text(node.left, names)
        right, right_rank = _text(node.right, names)
        right_assoc = isinstance(node.op, ast.Pow)
        if left_rank < rank or (right_assoc and left_rank == rank):
            left = f"({left})"
        if right_rank < rank or (not right_assoc and right_rank == rank and not isinstance(node.op, (ast.Add, ast.Mult))):
            right = f"({right})"
        if isinstance(node.op, ast.Pow):
            return f"{left}^{_fraction(node.right) or right}", rank
        return f"{left} {_SYMBOL[type(node.op)]} {right}", rank
    raise ValueError(f"cannot write {ast.dump(node)} as mathematics")


def math_text(formula: str, names: dict[str, str]) -> str:
    """``formula`` (an arithmetic expression over ids) with ``names`` for the ids and mathematical operators."""
    return _text(ast.parse(" ".join(str(formula).split()), mode="eval").body, names)[0]


def _fraction(node: ast.AST) -> str | None:
    """An exponent such as ``1 / 5`` as the fraction ``(1/5)``, as mathematics writes it; None otherwise."""
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)
            and all(isinstance(side, ast.Constant) for side in (node.left, node.right))):
        return f"({node.left.value:g}/{node.right.value:g})"
    return None
