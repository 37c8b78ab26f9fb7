"""Notebook parameters checked where they are used: declared types and domains, one line when wrong.

Each notebook declares its parameters' domains in the cell after its ``parameters`` cell and calls
:func:`check`, which replaces every declared parameter in the notebook's namespace by its parsed
value, or raises :class:`ParameterError`::

    PARAMETERS = {"lang": params.LANG, "gdp_2020_scenarios": params.Numbers(above=0), ...}
    params.check(PARAMETERS, globals())

Why parse: ``papermill -p name value`` passes a list as the string ``'[1100]'`` (and ``-y`` passes
YAML); Jupyter, the build and papermill alike reach this one check. A list may be given as a list,
as its literal (``'[900, 1100]'``, ``'["economy"]'``) or comma-separated (``'900,1100'``); a flag as
a bool or ``true``/``false``. Anything else is one line naming the parameter, the value and what is
allowed — :class:`ParameterError` shows as that line in Jupyter (``_render_traceback_``), in the
build's failure line and in papermill's error, never a traceback from deep in pandas or numpy.

What a domain cannot know (a GDP scenario below the article's own lower bound, a series the
reference file lacks) the notebook says in its output, naming the value it leaves out.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.schema import LANGS

if TYPE_CHECKING:
    from shangyu_analysis.schema.enums import Described


class ParameterError(UserError):
    """A notebook parameter outside its declared domain (one line)."""

    def __init__(self, name: str, value: object, allowed: str) -> None:
        self.name = name
        super().__init__(None, f"parameter {name!r}: got {value!r}; allowed: {allowed}")

    def _render_traceback_(self) -> list[str]:
        """What IPython shows instead of a traceback: the one line."""
        return [f"shangyu-analysis: error: {self.message}"]


class Domain:
    """What values a parameter may take; :meth:`parse` returns the value as the notebook uses it."""

    allowed = ""  # in words, for the error line

    def parse(self, name: str, value: object) -> object:
        raise NotImplementedError

    def fail(self, name: str, value: object) -> ParameterError:
        return ParameterError(name, value, self.allowed)


class Choice(Domain):
    """One of a few strings."""

    def __init__(self, values: Iterable[str]) -> None:
        self.values = tuple(values)
        self.allowed = "one of " + ", ".join(repr(v) for v in self.values)

    def parse(self, name: str, value: object) -> str:
        if isinstance(value, str) and value in self.values:
            return value
        raise self.fail(name, value)


class Flag(Domain):
    """True or False (also the strings true/false, yes/no, 1/0 that a command line passes)."""

    allowed = "true or false"
    WORDS: ClassVar[dict[str, bool]] = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}

    def parse(self, name: str, value: object) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in self.WORDS:
            return self.WORDS[value.strip().lower()]
        raise self.fail(name, value)


class File(Domain):
    """The path of an existing file, relative to the project root or absolute (kept as given)."""

    def __init__(self, what: str = "file") -> None:
        self.allowed = f"the path of an existing {what}, relative to the project root or absolute"

    def parse(self, name: str, value: object) -> str:
        if isinstance(value, (str, Path)) and str(value).strip():
            path = Path(value)
            if (path if path.is_absolute() else config.PROJECT_ROOT / path).is_file():
                return str(value)
        raise self.fail(name, value)


class _List(Domain):
    """A list, given as a list, its literal ``'[a, b]'`` or ``'a,b'`` (papermill ``-p`` passes strings)."""

    def items(self, name: str, value: object) -> list:
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    value = ast.literal_eval(text)
                except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                    raise self.fail(name, value) from None
            else:
                value = [item.strip() for item in text.split(",") if item.strip()]
        if not isinstance(value, list):
            raise self.fail(name, value)
        return value


class Numbers(_List):
    """A list of finite numbers above ``above``; strings of numbers are parsed."""

    def __init__(self, above: float, example: str) -> None:
        self.above = above
        self.allowed = f"a list of numbers above {above:g}, e.g. {example}"

    def parse(self, name: str, value: object) -> list:
        numbers = []
        for item in self.items(name, value):
            if isinstance(item, str):
                try:
                    item = float(item)
                except ValueError:
                    raise self.fail(name, value) from None
            if isinstance(item, bool) or not isinstance(item, (int, float)):
                raise self.fail(name, value)
            if not math.isfinite(item) or item <= self.above:
                raise self.fail(name, value)
            numbers.append(item)
        return numbers


class Subset(_List):
    """A list of members of an enumeration (``[]``: as the notebook says, often "all")."""

    def __init__(self, enum: type[Described] | Iterable[str]) -> None:
        self.values = tuple(enum.values()) if hasattr(enum, "values") else tuple(enum)
        self.allowed = "a list of " + ", ".join(self.values)

    def parse(self, name: str, value: object) -> list:
        items = self.items(name, value)
        for item in items:
            if not isinstance(item, str) or item not in self.values:
                raise ParameterError(name, value, f"{self.allowed} ({item!r} is not one)")
        return items


class Files(_List):
    """A non-empty list of paths of existing files, each as :class:`File` takes it (kept as given)."""

    def __init__(self, what: str = "file") -> None:
        self.one = File(what)
        self.allowed = f"a non-empty list of paths of existing {what}s, relative to the project root or absolute"

    def parse(self, name: str, value: object) -> list:
        items = self.items(name, value)
        if not items:
            raise self.fail(name, value)
        for item in items:
            try:
                self.one.parse(name, item)
            except ParameterError:
                raise ParameterError(name, value, f"{self.allowed} ({item!r} is not one)") from None
        return [str(item) for item in items]


LANG = Choice(LANGS)
FLAG = Flag()
ARTICLE = File("article")
ARTICLES = Files("article")


def check(declared: dict, namespace: dict) -> None:
    """Parse every declared parameter of ``namespace`` (a notebook's ``globals()``) in place.

    Raises
    ------
    ParameterError
        The first parameter outside its domain: its name, its value and what is allowed.
    """
    for name, domain in declared.items():
        namespace[name] = domain.parse(name, namespace[name])
