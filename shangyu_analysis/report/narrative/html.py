"""The narrative's HTML: jinja2 templates in ``report/templates/narrative/``, autoescaped.

Templates are written one element per line for reading; a line break and the indentation after it
are not part of the output (see :class:`_OneLineLoader`), so a report is one line of HTML per section,
as it has always been. Every ``{{ value }}`` is escaped with :func:`~.data.esc` (``html.escape``, with
None and NaN as the empty string) unless it is already :class:`~markupsafe.Markup` (HTML the narrative
made itself: a filled sentence, a macro's output) — see :func:`macro`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from shangyu_analysis.report.narrative.data import esc

__all__ = ["TEMPLATES_DIR", "Markup", "macro", "render"]

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
MACROS = "narrative/macros.html.j2"


class _OneLineLoader(jinja2.FileSystemLoader):
    """A file loader that drops each line break with the indentation that follows it."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        return re.sub(r"\n[ \t]*", "", source), filename, uptodate


def _finalize(value: object) -> Markup:
    """Escape a value as the report always has; Markup passes unchanged (autoescape then leaves it)."""
    return value if isinstance(value, Markup) else Markup(esc(value))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=_OneLineLoader(TEMPLATES_DIR), autoescape=True, finalize=_finalize, undefined=jinja2.StrictUndefined
    )


def render(name: str, **values: object) -> str:
    """The template ``narrative/<name>.html.j2`` rendered with ``values`` (HTML among them wrapped in Markup)."""
    return environment().get_template(f"narrative/{name}.html.j2").render(**values)


def macro(name: str, *args: object) -> str:
    """The macro ``name`` of ``narrative/macros.html.j2`` (a cited value, a term, a paragraph …) called with ``args``.

    Returns a plain ``str``: the narrative joins pieces of HTML as strings and wraps them in Markup only
    when it hands them to a template (adding a ``str`` to a Markup would escape it).
    """
    return str(getattr(environment().get_template(MACROS).module, name)(*args))
