"""A catalog formula as a reader reads it: mathematics with the indicators' names, not code.

``100 * tax_revenue_yi_yuan / budget_revenue_yi_yuan`` becomes
``100 × 税收收入 ÷ 一般公共预算收入`` (names in the report language). A root is written in words of the
report language, not as a programmer's power: ``a ** (1 / 5)`` becomes ``(a)的5次方根`` / ``5th root of (a)``.
A name's closing parenthesised note (``投资额(某区或某园区,文中未说明)``) is left out of a formula:
the table beside it names every input in full, and repeated notes made the formulas unreadable.
Parentheses are kept only where the order of operations needs them.
"""

from __future__ import annotations

import ast
import re

_SYMBOL = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷", ast.Pow: "^"}
_RANK = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2, ast.Pow: 4}
# A name's closing note in parentheses, full-width or not ("…(推算)", "… (implied)"); one level of nesting.
_NOTE = re.compile(r"\s*[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]\s*$")
_ROOT_EN = {2: "square root", 3: "cube root"}


def short_name(name: str) -> str:
    """``name`` without its closing parenthesised note (the whole name when it is nothing but a note)."""
    return _NOTE.sub("", name) or name


def _root(node: ast.AST) -> int | None:
    """n when ``node`` is the exponent ``1 / n`` (n a whole number ≥ 2), else None."""
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Div)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.right, ast.Constant)
        and node.left.value == 1
    ):
        n = node.right.value
        if isinstance(n, int) and n >= 2:
            return n
    return None


def _text(node: ast.AST, names: dict[str, str], lang: str) -> tuple[str, int]:
    """(text, precedence) of an expression node."""
    if isinstance(node, ast.Name):
        return short_name(names.get(node.id, node.id)), 9
    if isinstance(node, ast.Constant):
        value = node.value
        return (f"{value:g}" if isinstance(value, float) else str(value)), 9
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner, rank = _text(node.operand, names, lang)
        return f"−{inner if rank >= 3 else f'({inner})'}", 3
    if isinstance(node, ast.BinOp) and type(node.op) in _SYMBOL:
        rank = _RANK[type(node.op)]
        left, left_rank = _text(node.left, names, lang)
        root = _root(node.right) if isinstance(node.op, ast.Pow) else None
        if root is not None:  # a root in words, its radicand always in parentheses
            if lang == "zh":
                return f"({left})的{root}次方根", 9
            return f"{_ROOT_EN.get(root, f'{root}th root')} of ({left})", 9
        right, right_rank = _text(node.right, names, lang)
        right_assoc = isinstance(node.op, ast.Pow)
        if left_rank < rank or (right_assoc and left_rank == rank):
            left = f"({left})"
        if right_rank < rank or (
            not right_assoc and right_rank == rank and not isinstance(node.op, (ast.Add, ast.Mult))
        ):
            right = f"({right})"
        if isinstance(node.op, ast.Pow):
            return f"{left}^{right}", rank
        return f"{left} {_SYMBOL[type(node.op)]} {right}", rank
    raise ValueError(f"cannot write {ast.dump(node)} as mathematics")


def math_text(formula: str, names: dict[str, str], lang: str = "en") -> str:
    """``formula`` (an arithmetic expression over ids) with ``names`` (of ``lang``) for the ids, mathematical
    operators and roots in the words of ``lang``."""
    return _text(ast.parse(" ".join(str(formula).split()), mode="eval").body, names, lang)[0]
