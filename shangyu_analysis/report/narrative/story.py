"""A page's own narrative: ``data/articles/<stem>/narrative.yml`` and ``narrative.<lang>.md`` (docs/ARTICLES.md).

:func:`load_story` reads them into a :class:`Story`: the headline ids, the page's sections (id, zh/en title,
indicator categories), its titles for generic sections, and per language the template blocks, each a list
of paragraphs of sentences. A sentence is a template string, or ``{"text": …, "when": Condition}`` when its
line starts with ``{if:A OP B}``. A page without these files has no story: the report is the generic one,
with the sections of ``data/narrative.yml`` (``generic_sections``).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.report.narrative import data
from shangyu_analysis.report.narrative.data import MissingData, narrative_settings
from shangyu_analysis.report.narrative.markdown import parse_blocks
from shangyu_analysis.schema import LANGS
from shangyu_analysis.schema.missing import is_missing

if TYPE_CHECKING:
    from shangyu_analysis.report.narrative.data import Page

__all__ = ["GENERIC_BLOCKS", "HEAD", "TAIL", "Condition", "Section", "Story", "generic_sections", "load_story"]

HEAD = ["at-a-glance"]  # generic sections before the page's own
TAIL = ["road-ahead", "derived-checks", "glossary", "method-sources"]  # and after them
GENERIC_BLOCKS = ["source-note", "background", "at-a-glance", "road-ahead", "limitations"]
_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_IF = re.compile(r"^\{if:\s*([^{}<>=!\s]+)\s*(>=|<=|==|!=|>|<)\s*([^{}<>=!\s]+)\s*\}\s*")
_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}


@dataclass(frozen=True)
class Section:
    """One section of the page's own (or of the generic report): id, title by language, categories."""

    id: str
    title: dict[str, str]
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    """``{if:A OP B}``: a comparison of two values (indicator or derived ids), evaluated on a ReportContext."""

    left: str
    op: str
    right: str

    def _value(self, ctx: Page, key: str) -> float:
        row = ctx.row(key, "indicators", "derived")
        if is_missing(row.get("value")):
            raise MissingData(key)
        return float(row["value"])

    def __call__(self, ctx: Page) -> bool:
        return bool(_OPS[self.op](self._value(ctx, self.left), self._value(ctx, self.right)))


@dataclass(frozen=True)
class Story:
    """What a page says of itself in report 04 (see the module docstring)."""

    headline: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    titles: dict[str, dict[str, str]] = field(default_factory=dict)
    blocks: dict[str, dict[str, list[list]]] = field(default_factory=dict)  # lang → block id → paragraphs


def _section(path: Path, entry: object, where: str, reserved: set[str]) -> Section:
    entry = expect(path, entry, dict, where)
    sid = expect(path, entry.get("id"), str, f"{where}.id")
    if not _ID.match(sid) or sid in reserved:
        raise UserError(
            path,
            f"field {where}.id: {sid!r} is not a section id (lower-case letters, digits, '-'; "
            f"not one of {', '.join(sorted(reserved))})",
        )
    title = expect(path, entry.get("title"), dict, f"{where}.title")
    for lang in LANGS:
        expect(path, title.get(lang), str, f"{where}.title.{lang}")
    categories = expect(path, entry.get("categories", []), list, f"{where}.categories")
    return Section(sid, dict(title), tuple(str(c) for c in categories))


def _sections(path: Path, entries: object, where: str) -> tuple[Section, ...]:
    sections = tuple(
        _section(path, e, f"{where}[{k}]", set(HEAD + TAIL))
        for k, e in enumerate(expect(path, entries, list, where), 1)
    )
    ids = [s.id for s in sections]
    if len(set(ids)) != len(ids):
        raise UserError(path, f"field {where}: a section id appears twice")
    return sections


def generic_sections() -> tuple[Section, ...]:
    """The sections of a page without its own (``generic_sections`` of ``data/narrative.yml``)."""
    return _sections(data.NARRATIVE_YML, narrative_settings().get("generic_sections", []), "generic_sections")


def _sentence(line: str) -> str | dict:
    match = _IF.match(line)
    if not match:
        return line
    return {"text": line[match.end() :], "when": Condition(*match.groups())}


def _settings(path: Path) -> tuple[tuple[str, ...], tuple[Section, ...], dict]:
    settings = expect(path, read_yaml(path) or {}, dict, "(top level)")
    headline = tuple(str(i) for i in expect(path, settings.get("headline", []), list, "headline"))
    sections = _sections(path, settings.get("sections", []), "sections")
    titles = expect(path, settings.get("titles", {}), dict, "titles")
    for sid, title in titles.items():
        if sid not in HEAD + TAIL:
            raise UserError(path, f"field titles: {sid!r} is not a generic section ({', '.join(HEAD + TAIL)})")
        for lang in LANGS:
            expect(path, expect(path, title, dict, f"titles.{sid}").get(lang), str, f"titles.{sid}.{lang}")
    return headline, sections, dict(titles)


def _blocks(path: Path, sections: tuple[Section, ...]) -> dict[str, list[list]]:
    blocks = parse_blocks(path, path.read_text(encoding="utf-8"))
    known = GENERIC_BLOCKS + [s.id for s in sections]
    for block_id in blocks:
        if block_id not in known:
            raise UserError(path, f"unknown block '## {block_id}'; expected one of {', '.join(known)}")
    return {
        b: [[_sentence(line) for line in paragraph] for paragraph in paragraphs] for b, paragraphs in blocks.items()
    }


@lru_cache(maxsize=8)
def _load(directory: str, stamps: tuple) -> Story | None:
    folder = Path(directory)
    settings = folder / "narrative.yml"
    headline, sections, titles = _settings(settings) if settings.is_file() else ((), (), {})
    blocks = {
        lang: _blocks(folder / f"narrative.{lang}.md", sections)
        for lang in LANGS
        if (folder / f"narrative.{lang}.md").is_file()
    }
    if not settings.is_file() and not blocks:
        return None
    return Story(headline, sections, titles, blocks)


def load_story(article_path: str | Path | None) -> Story | None:
    """The story of the article at ``article_path`` (``data/articles/<stem>/``), or None when it has none.

    Raises
    ------
    UserError
        A malformed ``narrative.yml`` or template file, naming the file and the problem.
    """
    folder = config.article_dir(article_path)
    names = ("narrative.yml", "narrative.zh.md", "narrative.en.md")
    stamps = tuple(
        (p.stat().st_mtime_ns, p.stat().st_size) if p.is_file() else None for p in (folder / n for n in names)
    )
    return _load(str(folder), stamps)
