"""Reading ``build.yml``: the mapping, and the line of every field, for one-line errors.

Every problem with the grid file is one :class:`UserError` naming the file, the line and the field:
``build.yml: timeout_s must be a positive integer (seconds), got 'ten' (line 12, field 'timeout_s')``;
a YAML syntax error says where the parser stopped and in which top-level field. The line numbers
come from ``yaml.compose`` (the node tree keeps each node's position).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from shangyu_analysis.errors import UserError

if TYPE_CHECKING:
    import yaml

_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@dataclass(frozen=True)
class GridFile:
    """The grid's mapping and where each field is (``("langs", 1)`` → the line of its 2nd item)."""

    path: Path
    spec: dict
    lines: dict = field(default_factory=dict)  # field path tuple -> 1-based line

    def error(self, where: tuple | str, reason: str) -> UserError:
        """A UserError naming the file, with the line and the field ``where`` (a key or a key path)."""
        where = (where,) if isinstance(where, str) else tuple(where)
        line = next((self.lines[where[:n]] for n in range(len(where), 0, -1) if where[:n] in self.lines), None)
        name = where[0] + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where[1:])
        place = f"line {line}, field {name!r}" if line else f"field {name!r}"
        return UserError(self.path, f"{reason} ({place})")


def read_grid_file(grid_path: Path) -> GridFile:
    """Parse the grid YAML; :class:`UserError` for a missing, unreadable or malformed file."""
    import yaml  # ~0.07 s, only when a grid is read

    try:
        text = grid_path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UserError(grid_path, "grid file not found") from None
    except OSError as exc:
        raise UserError(grid_path, f"cannot read the grid file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        line = grid_path.read_bytes()[: exc.start].count(b"\n") + 1
        raise UserError(grid_path, f"not UTF-8 text at line {line} (byte {exc.start})") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UserError(grid_path, _syntax_error(exc, text)) from None
    if spec is None:
        return GridFile(grid_path, {})
    if not isinstance(spec, dict):
        line = root.start_mark.line + 1 if root is not None else 1
        raise UserError(
            grid_path, f"the grid must be a YAML mapping of fields, found a {type(spec).__name__} at line {line}"
        )
    return GridFile(grid_path, spec, _field_lines(cast("yaml.MappingNode", root)))  # the node of that mapping


def _field_lines(root: yaml.MappingNode) -> dict[tuple[Any, ...], int]:
    """1-based lines of the top-level keys, their list items and their mapping keys."""
    import yaml

    lines: dict[tuple[Any, ...], int] = {}
    for key_node, value_node in root.value:
        key = key_node.value
        lines[(key,)] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                lines[(key, index)] = item.start_mark.line + 1
        elif isinstance(value_node, yaml.MappingNode):
            for sub_key, _ in value_node.value:
                lines[(key, sub_key.value)] = sub_key.start_mark.line + 1
    return lines


def _syntax_error(exc: yaml.YAMLError, text: str) -> str:
    """``not valid YAML at line N (field 'x'): problem`` for a parser or scanner error."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"not valid YAML: {' '.join(str(exc).split())}"
    # The field is the top-level key whose block holds the construct the parser was reading (its
    # context mark: "while parsing a flow sequence" …), else the place where it stopped.
    context = getattr(exc, "context_mark", None) or mark
    lines = text.splitlines()
    owner = next(
        (m.group(1) for line in reversed(lines[: context.line + 1]) if (m := _TOP_LEVEL_KEY.match(line))), None
    )
    problem = " ".join(str(getattr(exc, "problem", "") or "").split())
    where = f"not valid YAML at line {mark.line + 1}" + (f" (field {owner!r})" if owner else "")
    return f"{where}: {problem}" if problem else where
