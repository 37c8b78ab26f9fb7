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

A notebook runs once per article and language (parameters ``article``, ``lang``), or, when its metadata says
``"shangyu": {"scope": "grid"}``, once per language over every article (``articles``, ``lang``): its report
is ``_all/<lang>/<notebook>.html`` and its cache key covers every article (:mod:`.cache`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shangyu_analysis import config
from shangyu_analysis.build.gridfile import GridFile, read_grid_file
from shangyu_analysis.build.layout import GRID_FOLDER, run_suffix
from shangyu_analysis.build.nbparams import NotebookParameter, check_value, read_notebook, read_notebook_parameters
from shangyu_analysis.schema import LANGS

__all__ = [
    "Grid",
    "NotebookParameter",
    "Run",
    "check_value",
    "load_grid",
    "read_notebook_parameters",
    "relative_to_root",
]
GRID_KEYS = ("notebooks", "notebooks_dir", "articles", "langs", "parameters", "timeout_s")
# Parameters the build sets itself for every run; the grid may not override them in `parameters`. A notebook
# of scope "grid" (.nbparams) takes every article of the grid at once: `articles` instead of `article`.
RUN_PARAMETERS = ("article", "lang")
SCOPE_PARAMETERS = {"article": ("article", "lang"), "grid": ("articles", "lang")}


@dataclass(frozen=True)
class Run:
    """One notebook executed with one set of parameters (for a notebook of scope "grid": over every article)."""

    notebook: Path
    article: Path  # for a run over the grid: its first article
    lang: str
    parameters: dict = field(hash=False)  # every parameter passed to papermill, incl. article(s), lang
    suffix: str = ""  # "@name=value" for each parameter not at the notebook's default (.layout)
    articles: tuple = ()  # every article a run over the grid reads (empty for a run of one article)

    @property
    def run_id(self) -> str:
        """``<article-stem>/<lang>/<notebook-stem>[@name=value…]`` (``_all/…`` for a run over the grid): also the
        report's path under reports/."""
        folder = GRID_FOLDER if self.articles else self.article.stem
        return f"{folder}/{self.lang}/{self.notebook.stem}{self.suffix}"


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
    articles = _articles(grid_file)
    langs = _as_list(grid_file, "langs", list(LANGS))
    for index, lang in enumerate(langs):
        if lang not in LANGS:
            raise grid_file.error(("langs", index), f"lang {lang!r} is not one of {', '.join(LANGS)}")
    timeout_s = spec.get("timeout_s", 600)
    if not isinstance(timeout_s, int) or isinstance(timeout_s, bool) or timeout_s <= 0:
        raise grid_file.error("timeout_s", f"timeout_s must be a positive integer (seconds), got {timeout_s!r}")
    read = {notebook: read_notebook(notebook) for notebook in notebooks}
    fixed = _fixed_parameters(
        grid_file, list(dict.fromkeys(name for declared, _ in read.values() for name in declared))
    )
    runs = []
    for notebook, (declared, scope) in read.items():
        runs += _runs_of(grid_file, notebook, declared, scope, fixed=fixed, articles=articles, langs=langs)
    return Grid(grid_path, runs, timeout_s)


def _articles(grid_file: GridFile) -> list[Path]:
    """The grid's articles, resolved; two of one stem, or one named like the grid's own folder, are errors."""
    entries = _as_list(grid_file, "articles", [config.SEED_ARTICLE])
    articles = [_resolve_article(grid_file, index, entry) for index, entry in enumerate(entries)]
    stems = [article.stem for article in articles]
    for stem in sorted({s for s in stems if stems.count(s) > 1}):
        raise grid_file.error(
            ("articles", stems.index(stem, stems.index(stem) + 1)),
            f"two articles named {stem!r}: reports/<article-stem>/ would collide",
        )
    if GRID_FOLDER in stems:
        raise grid_file.error(
            ("articles", stems.index(GRID_FOLDER)),
            f"an article may not be named {GRID_FOLDER!r}: reports/{GRID_FOLDER}/ holds the reports over every article",
        )
    return articles


def _fixed_parameters(grid_file: GridFile, known: list[str]) -> dict:
    """The grid's ``parameters:`` mapping, each name among ``known`` (declared by a notebook of the grid)."""
    fixed = grid_file.spec.get("parameters") or {}
    if not isinstance(fixed, dict):
        raise grid_file.error("parameters", f"'parameters' must be a mapping of name: value, got {fixed!r}")
    for name in (*RUN_PARAMETERS, "articles"):
        if name in fixed:
            raise grid_file.error(("parameters", name), f"set {name!r} with the '{name}s' list, not under 'parameters'")
    for name in fixed:
        if name not in known:  # a typo, or a parameter of a notebook not in this grid
            raise grid_file.error(
                ("parameters", name),
                f"unknown parameter {name!r}: no notebook of the grid "
                f"declares it; allowed parameters: {', '.join(known)}",
            )
    return fixed


def _runs_of(
    grid_file: GridFile, notebook: Path, declared: dict, scope: str, *, fixed: dict, articles: list[Path], langs: list
) -> list[Run]:
    """The runs of one notebook: per article and language, or per language over every article (scope grid)."""
    for name in SCOPE_PARAMETERS[scope]:
        if name not in declared:
            raise grid_file.error(
                "notebooks",
                f"{notebook.name} does not declare the parameter {name!r}; "
                f"its parameters: {', '.join(declared) or 'none'}",
            )
    # A fixed parameter goes to the notebooks that declare it (show_code means nothing to a narrative).
    mine = {name: value for name, value in fixed.items() if name in declared}
    for name, value in mine.items():
        problem = check_value(name, value, declared[name])
        if problem:
            raise grid_file.error(("parameters", name), f"{problem} (notebook {notebook.name})")
    defaults = {name: p.default for name, p in declared.items()}
    if scope == "grid":  # one run per language over every article (its key covers them all: .cache)
        runs = []
        for lang in langs:
            parameters = dict(
                sorted({**mine, "articles": [relative_to_root(a) for a in articles], "lang": lang}.items())
            )
            runs.append(Run(notebook, articles[0], lang, parameters, run_suffix(parameters, defaults), tuple(articles)))
        return runs
    return [
        Run(notebook, article, lang, parameters, run_suffix(parameters, defaults))
        for article in articles
        for lang in langs
        for parameters in [dict(sorted({**mine, "article": relative_to_root(article), "lang": lang}.items()))]
    ]


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
            raise grid_file.error(
                ("notebooks", index), f"no notebook matches {pattern!r} in {relative_to_root(folder)}"
            )
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
