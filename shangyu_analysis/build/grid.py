"""The build's parameter grid: read ``build.yml``, expand it to runs, validate every run.

Validation happens before any kernel starts and reads each notebook's ``parameters`` cell with
:mod:`ast` (the same names, types, defaults and help text ``papermill --help-notebook`` shows;
``tests/test_build_grid.py`` checks that against ``papermill.inspect_notebook``).

Why not ``papermill.inspect_notebook``: every build, even one with nothing to do, validates the
grid first, and importing papermill costs more than the whole nothing-to-do build may take
(target ≤ 0.5 s). Measured on the development machine (Python 3.11, papermill 2.7.0):
``python -X importtime -c "import papermill"`` 1.47–1.55 s cumulative (1.0 s of it jsonschema's
``rfc3987_syntax`` via nbformat); wall time ``python -c "import papermill;
papermill.inspect_notebook(...)"`` 1.68–1.77 s, against 0.07 s for ``python -c "load_grid()"``
with this module (bare interpreter 0.02 s).

Grid format (paths relative to the project root)::

    notebooks: ["*.ipynb"]          # globs or names under notebooks_dir
    notebooks_dir: notebooks        # optional
    articles: [data/raw/zjrb_2021-02-23_p11_shangyu.txt]
    langs: [zh, en]
    parameters: {show_code: false}  # fixed parameters, passed to each notebook that declares them
    timeout_s: 600                  # per cell (papermill execution_timeout)
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.build.gridfile import GridFile, read_grid_file
from shangyu_analysis.build.layout import run_suffix
from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import LANGS

GRID_KEYS = ("notebooks", "notebooks_dir", "articles", "langs", "parameters", "timeout_s")
# Parameters the build sets itself for every run; the grid may not override them in `parameters`.
RUN_PARAMETERS = ("article", "lang")
_TYPES = {"str": str, "bool": bool, "int": int, "float": float, "list": list, "dict": dict}


@dataclass(frozen=True)
class NotebookParameter:
    """One parameter declared in a notebook's ``parameters`` cell."""

    name: str
    type_name: str  # "str", "bool", "int", "float", "list", "dict" or "" (untyped)
    default: object
    help: str


@dataclass(frozen=True)
class Run:
    """One notebook executed with one set of parameters."""

    notebook: Path
    article: Path
    lang: str
    parameters: dict = field(hash=False)  # every parameter passed to papermill, incl. article, lang
    suffix: str = ""  # "@name=value" for each parameter not at the notebook's default (.layout)

    @property
    def run_id(self) -> str:
        """``<article-stem>/<lang>/<notebook-stem>[@name=value…]``: also the report's path under reports/."""
        return f"{self.article.stem}/{self.lang}/{self.notebook.stem}{self.suffix}"


@dataclass(frozen=True)
class Grid:
    path: Path
    runs: list[Run]
    timeout_s: int


def relative_to_root(path: Path) -> str:
    """``path`` relative to the project root when inside it (for messages and parameters)."""
    try:
        return path.resolve().relative_to(config.PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


def read_notebook_parameters(path: Path) -> dict[str, NotebookParameter]:
    """Parameters declared in the cell tagged ``parameters`` of the notebook at ``path``.

    Raises
    ------
    UserError
        The file is missing, is not notebook JSON, has no ``parameters`` cell, or that cell is
        not plain ``name: type = literal  # help`` assignments.
    """
    try:
        notebook = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = notebook["cells"]
    except FileNotFoundError:
        raise UserError(path, "notebook not found") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(path, f"not a valid notebook file ({type(exc).__name__}: {exc})") from None
    for cell in cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.get("cell_type") == "code" and "parameters" in tags:
            source = cell.get("source", "")
            return _parse_parameters_source("".join(source) if isinstance(source, list) else source, path)
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
        try:
            default = ast.literal_eval(node.value) if node.value is not None else None
        except ValueError:
            default = ast.unparse(node.value)
        type_name = annotation if annotation in _TYPES else ""
        if not type_name and type(default).__name__ in _TYPES:
            type_name = type(default).__name__
        # ast column offsets count UTF-8 bytes, and defaults may hold Chinese text.
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


def load_grid(path: str | Path | None = None) -> Grid:
    """Read the grid file, expand it to runs and validate every run (no kernel is started).

    Raises
    ------
    UserError
        Naming the grid file for any problem in it; naming the notebook for a broken notebook.
    """
    grid_path = Path(path) if path is not None else config.BUILD_GRID_YML
    if not grid_path.is_absolute():
        grid_path = config.PROJECT_ROOT / grid_path
    grid_file = read_grid_file(grid_path)
    spec = grid_file.spec
    unknown = sorted(set(spec) - set(GRID_KEYS))
    if unknown:
        raise grid_file.error(unknown[0], f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(GRID_KEYS)}")
    notebooks = _expand_notebooks(grid_file)
    entries = _as_list(grid_file, "articles", [config.SEED_ARTICLE])
    articles = [_resolve_article(grid_file, index, entry) for index, entry in enumerate(entries)]
    stems = [article.stem for article in articles]
    for stem in sorted({s for s in stems if stems.count(s) > 1}):
        raise grid_file.error(("articles", stems.index(stem, stems.index(stem) + 1)),
                              f"two articles named {stem!r}: reports/<article-stem>/ would collide")
    langs = _as_list(grid_file, "langs", list(LANGS))
    for index, lang in enumerate(langs):
        if lang not in LANGS:
            raise grid_file.error(("langs", index), f"lang {lang!r} is not one of {', '.join(LANGS)}")
    fixed = spec.get("parameters") or {}
    if not isinstance(fixed, dict):
        raise grid_file.error("parameters", f"'parameters' must be a mapping of name: value, got {fixed!r}")
    for name in RUN_PARAMETERS:
        if name in fixed:
            raise grid_file.error(("parameters", name), f"set {name!r} with the '{name}s' list, not under 'parameters'")
    timeout_s = spec.get("timeout_s", 600)
    if not isinstance(timeout_s, int) or isinstance(timeout_s, bool) or timeout_s <= 0:
        raise grid_file.error("timeout_s", f"timeout_s must be a positive integer (seconds), got {timeout_s!r}")
    declared_by = {notebook: read_notebook_parameters(notebook) for notebook in notebooks}
    known = dict.fromkeys(name for declared in declared_by.values() for name in declared)
    for name in fixed:
        if name not in known:  # a typo, or a parameter of a notebook not in this grid
            raise grid_file.error(("parameters", name), f"unknown parameter {name!r}: no notebook of the grid "
                                                        f"declares it; allowed parameters: {', '.join(known)}")
    runs = []
    for notebook, declared in declared_by.items():
        for name in RUN_PARAMETERS:
            if name not in declared:
                raise grid_file.error("notebooks", f"{notebook.name} does not declare the parameter {name!r}; "
                                                   f"its parameters: {', '.join(declared) or 'none'}")
        # A fixed parameter goes to the notebooks that declare it (show_code means nothing to a narrative).
        mine = {name: value for name, value in fixed.items() if name in declared}
        for name, value in mine.items():
            problem = check_value(name, value, declared[name])
            if problem:
                raise grid_file.error(("parameters", name), f"{problem} (notebook {notebook.name})")
        for article in articles:
            for lang in langs:
                parameters = dict(sorted({**mine, "article": relative_to_root(article), "lang": lang}.items()))
                suffix = run_suffix(parameters, {name: p.default for name, p in declared.items()})
                runs.append(Run(notebook, article, lang, parameters, suffix))
    return Grid(grid_path, runs, timeout_s)


def _as_list(grid_file: GridFile, key: str, default: list) -> list:
    value = grid_file.spec.get(key, default)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise grid_file.error(key, f"{key!r} must be a non-empty list, got {value!r}")
    return value


def _expand_notebooks(grid_file: GridFile) -> list[Path]:
    folder_name = grid_file.spec.get("notebooks_dir", "notebooks")
    if not isinstance(folder_name, str):
        raise grid_file.error("notebooks_dir", f"'notebooks_dir' must be a folder path, got {folder_name!r}")
    folder = config.PROJECT_ROOT / folder_name
    found: list[Path] = []
    for index, pattern in enumerate(_as_list(grid_file, "notebooks", ["*.ipynb"])):
        pattern = str(pattern) if str(pattern).endswith(".ipynb") or "*" in str(pattern) else f"{pattern}.ipynb"
        matches = sorted(p for p in folder.glob(pattern) if p.is_file() and ".ipynb_checkpoints" not in p.parts)
        if not matches:
            raise grid_file.error(("notebooks", index), f"no notebook matches {pattern!r} in {relative_to_root(folder)}")
        found.extend(m for m in matches if m not in found)
    return found


def _resolve_article(grid_file: GridFile, index: int, entry: object) -> Path:
    if not isinstance(entry, (str, Path)):
        raise grid_file.error(("articles", index), f"article entries must be paths, got {entry!r}")
    article = Path(entry)
    article = article if article.is_absolute() else config.PROJECT_ROOT / article
    if not article.is_file():
        raise grid_file.error(("articles", index), f"article {entry} does not exist")
    return article.resolve()
