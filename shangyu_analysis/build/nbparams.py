"""A notebook as the build sees it, read without papermill: its ``parameters`` cell and its scope.

The ``parameters`` cell is read with :mod:`ast` (the same names, types, defaults and help text
``papermill --help-notebook`` shows; why not papermill: see :mod:`.grid`). The scope is the notebook's
metadata ``"shangyu": {"scope": "grid"}``: such a notebook is run once per language over every article of
the grid (its parameter ``articles: list``), not once per article (``article: str``, the default scope).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

from shangyu_analysis.errors import UserError

_TYPES = {"str": str, "bool": bool, "int": int, "float": float, "list": list, "dict": dict}
SCOPES = ("article", "grid")  # "article": one run per article and language; "grid": one per language


@dataclass(frozen=True)
class NotebookParameter:
    """One parameter declared in a notebook's ``parameters`` cell."""

    name: str
    type_name: str  # "str", "bool", "int", "float", "list", "dict" or "" (untyped)
    default: object
    help: str


def read_notebook_parameters(path: Path) -> dict[str, NotebookParameter]:
    """Parameters declared in the cell tagged ``parameters`` of the notebook at ``path``."""
    return read_notebook(path)[0]


def read_notebook(path: Path) -> tuple[dict[str, NotebookParameter], str]:
    """The parameters declared in the cell tagged ``parameters`` of the notebook at ``path``, and its scope.

    Raises
    ------
    UserError
        The file is missing, is not notebook JSON, has no ``parameters`` cell, or that cell is
        not plain ``name: type = literal  # help`` assignments, or its scope is not one of :data:`SCOPES`.
    """
    try:
        notebook = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = notebook["cells"]
        scope = (notebook.get("metadata") or {}).get("shangyu", {}).get("scope", "article")
    except FileNotFoundError:
        raise UserError(path, "notebook not found") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(path, f"not a valid notebook file ({type(exc).__name__}: {exc})") from None
    if scope not in SCOPES:
        raise UserError(path, f"metadata shangyu.scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    for cell in cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.get("cell_type") == "code" and "parameters" in tags:
            source = cell.get("source", "")
            return _parse_parameters_source("".join(source) if isinstance(source, list) else source, path), scope
    raise UserError(path, "no code cell tagged 'parameters'")


def _parse_parameters_source(source: str, path: Path) -> dict[str, NotebookParameter]:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise UserError(path, f"parameters cell is not valid Python (line {exc.lineno})") from None
    lines = source.splitlines()
    parameters = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation = node.targets[0].id, ""
        else:
            continue  # imports or comments in the cell are allowed, they are just not parameters
        if node.value is None:
            default = None
        else:
            try:
                default = ast.literal_eval(node.value)
            except ValueError:
                default = ast.unparse(node.value)
        type_name = annotation if annotation in _TYPES else ""
        if not type_name and type(default).__name__ in _TYPES:
            type_name = type(default).__name__
        # ast column offsets count UTF-8 bytes, and defaults may hold Chinese text.
        assert node.end_lineno is not None  # a parsed node carries its position
        rest = lines[node.end_lineno - 1].encode("utf-8")[node.end_col_offset :].decode("utf-8")
        comment = re.search(r"#\s*(.*)$", rest)
        parameters[name] = NotebookParameter(name, type_name, default, comment.group(1).strip() if comment else "")
    return parameters


def check_value(name: str, value: object, declared: NotebookParameter) -> str | None:
    """Why ``value`` does not fit the declared parameter, or None when it fits."""
    expected = _TYPES.get(declared.type_name)
    if expected is None:
        return None
    # bool is an int in Python; a YAML `yes` for an int parameter is still a mistake.
    fits = isinstance(value, expected) and not (expected is not bool and isinstance(value, bool))
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        fits = True
    if not fits:
        return f"parameter {name!r} must be {declared.type_name}, got {type(value).__name__} {value!r}"
    return None
