"""A page's curated charts as data: ``data/articles/<stem>/charts.yml``, read and validated here.

The file lists charts in the order a notebook shows them. A ``bars`` chart is a row of panels, each comparing like
quantities (the ids of its bars, at least two); a ``timeline`` chart is columns of value cards, one per phase
(the periods it gathers, its headline ids first). Ids are the article's catalog ids or derived ids. The format is
documented in docs/ARTICLES.md ("Charts"); every mistake is one :class:`~shangyu_analysis.errors.UserError` naming
the file and the entry (``charts[2].panels[0].show``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import cast

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.files import expect, read_yaml
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.schema import LANGS

TYPES = ("bars", "timeline")
ORIENTATIONS = ("vertical", "horizontal")
DEFAULT_SIZE = (7.2, 3.4)
# The package's generic charts; a page may declare its own timeline (its phases) under that id, nothing else.
GENERIC_IDS = ("timeline", "generic_money", "generic_percent", "generic_count", "figure_kinds")
_CHART_KEYS = {"id", "type", "section", "title", "orientation", "size", "panels", "notes", "phases"}
_PANEL_KEYS = {"title", "show", "inside", "unit", "convert", "unit_note"}
_PHASE_KEYS = {"heading", "periods", "headlines", "plan"}


@dataclass(frozen=True)
class Words:
    """A text in both report languages."""

    zh: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class PanelSpec:
    """One panel: the ids of its bars, an optional title, ranks inside bars and a unit conversion."""

    show: tuple[str, ...]
    title: Words | None = None
    inside: dict[str, str] = field(default_factory=dict)  # bar id -> id of a rank written inside the bar
    unit: str | None = None  # the panel's unit (bars in another unit converted)
    convert: dict[str, float] = field(default_factory=dict)  # other unit -> factor to the panel's unit
    unit_note: Words | None = None  # said under the chart when a bar was converted


@dataclass(frozen=True)
class PhaseSpec:
    """One column of a timeline: its heading, the periods it gathers, its headline ids, whether it is a plan."""

    heading: Words
    periods: tuple[str, ...]
    headlines: tuple[str, ...] = ()
    plan: bool = False


@dataclass(frozen=True)
class ChartSpec:
    """One declared chart of a page."""

    id: str
    title: Words
    type: str = "bars"
    section: str | None = None  # the narrative section the chart follows (None: at the end)
    orientation: str = "vertical"
    size: tuple[float, float] | None = None  # inches (None: the drawer's default)
    panels: tuple[PanelSpec, ...] = ()
    notes: tuple[str, ...] = ()
    phases: tuple[PhaseSpec, ...] = ()

    @property
    def horizontal(self) -> bool:
        return self.orientation == "horizontal"

    def ids(self) -> list[str]:
        """Every indicator or derived id the chart names."""
        found = [i for p in self.panels for i in (*p.show, *p.inside, *p.inside.values())]
        return found + list(self.notes) + [i for ph in self.phases for i in ph.headlines]


def charts_path(article: object) -> Path:
    """``data/articles/<stem>/charts.yml`` of an article (a path, an Article, or None for the seed)."""
    path = cast("str | Path | None", getattr(article, "path", article))  # an Article's path, or the path given
    return config.article_dir(path) / "charts.yml"


def article_charts(article: object) -> list[ChartSpec]:
    """The charts an article declares, in file order (``[]`` when it has no charts.yml)."""
    path = charts_path(article)
    try:
        stamp = os.stat(path)
    except FileNotFoundError:
        return []
    return list(_load(str(path), stamp.st_mtime_ns, stamp.st_size))


@lru_cache(maxsize=16)
def _load(path_text: str, _mtime: int, _size: int) -> tuple[ChartSpec, ...]:
    path = Path(path_text)
    return tuple(load_charts(path, _known_ids(path.parent / "catalog.yml")))


def _known_ids(catalog: Path) -> set[str] | None:
    """The catalog's indicator and derived ids beside charts.yml (None when it has no catalog)."""
    if not catalog.is_file():
        return None
    cat = load_catalog(catalog)
    return set(cat.ids) | {entry["id"] for entry in cat.derived}


def load_charts(path: Path, known: set[str] | None = None) -> list[ChartSpec]:
    """Read and validate a charts.yml; ``known``: the ids it may name (None: not checked)."""
    data = expect(path, read_yaml(path), dict, "(top level)")
    _no_other_keys(path, data, {"charts"}, "(top level)")
    entries = expect(path, data.get("charts"), list, "charts")
    result: list[ChartSpec] = []
    for pos, raw in enumerate(entries):
        where = f"charts[{pos}]"
        spec = _chart(path, expect(path, raw, dict, where), where)
        if any(spec.id == seen.id for seen in result):
            raise UserError(path, f"field {where}.id: {spec.id!r} is declared twice")
        for name in spec.ids():
            if known is not None and name not in known:
                raise UserError(path, f"field {where} ({spec.id}): unknown id {name!r} (not in the catalog)")
        result.append(spec)
    return result


def _chart(path: Path, raw: dict, where: str) -> ChartSpec:
    _no_other_keys(path, raw, _CHART_KEYS, where)
    chart_id = _slug(path, raw.get("id"), f"{where}.id")
    where = f"{where} ({chart_id})"
    kind = _choice(path, raw.get("type", "bars"), TYPES, f"{where}.type")
    if chart_id in GENERIC_IDS and (chart_id, kind) != ("timeline", "timeline"):
        raise UserError(path, f"field {where}.id: {chart_id!r} is a generic chart of the package; choose another id")
    section = raw.get("section")
    size = expect(path, raw.get("size", list(DEFAULT_SIZE)), list, f"{where}.size")
    if len(size) != 2 or not all(isinstance(s, (int, float)) and not isinstance(s, bool) and s > 0 for s in size):
        raise UserError(path, f"field {where}.size: expected [width, height] in inches, found {size}")
    spec = ChartSpec(
        id=chart_id,
        title=_words(path, raw.get("title"), f"{where}.title"),
        type=kind,
        section=None if section is None else _slug(path, section, f"{where}.section"),
        orientation=_choice(path, raw.get("orientation", "vertical"), ORIENTATIONS, f"{where}.orientation"),
        size=(float(size[0]), float(size[1])) if "size" in raw else None,
        notes=_ids(path, raw.get("notes", []), f"{where}.notes"),
    )
    if kind == "bars":
        panels = expect(path, raw.get("panels"), list, f"{where}.panels")
        if not panels or "phases" in raw:
            raise UserError(path, f"field {where}.panels: a bars chart needs panels (and no phases)")
        return replace(
            spec,
            panels=tuple(
                _panel(path, expect(path, p, dict, f"{where}.panels[{i}]"), f"{where}.panels[{i}]")
                for i, p in enumerate(panels)
            ),
        )
    phases = expect(path, raw.get("phases"), list, f"{where}.phases")
    if not phases or "panels" in raw or "notes" in raw:
        raise UserError(path, f"field {where}.phases: a timeline needs phases (and no panels or notes)")
    return replace(
        spec,
        phases=tuple(
            _phase(path, expect(path, p, dict, f"{where}.phases[{i}]"), f"{where}.phases[{i}]")
            for i, p in enumerate(phases)
        ),
    )


def _panel(path: Path, raw: dict, where: str) -> PanelSpec:
    _no_other_keys(path, raw, _PANEL_KEYS, where)
    show = _ids(path, raw.get("show"), f"{where}.show")
    if len(show) < 2:
        raise UserError(path, f"field {where}.show: a panel compares at least two ids, found {len(show)}")
    inside = expect(path, raw.get("inside", {}), dict, f"{where}.inside")
    for bar, rank in inside.items():
        if bar not in show:
            raise UserError(path, f"field {where}.inside: {bar!r} is not a bar of the panel")
        _slug(path, rank, f"{where}.inside.{bar}")
    convert = expect(path, raw.get("convert", {}), dict, f"{where}.convert")
    unit = raw.get("unit")
    if unit is not None:
        expect(path, unit, str, f"{where}.unit")
    if (convert or "unit_note" in raw) and unit is None:
        raise UserError(path, f"field {where}.convert: a conversion needs the panel's unit")
    for other, factor in convert.items():
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor <= 0:
            raise UserError(path, f"field {where}.convert.{other}: expected a positive number, found {factor!r}")
    note = raw.get("unit_note")
    return PanelSpec(
        show=show,
        title=None if raw.get("title") is None else _words(path, raw["title"], f"{where}.title"),
        inside={str(k): str(v) for k, v in inside.items()},
        unit=unit,
        convert={str(k): float(v) for k, v in convert.items()},
        unit_note=None if note is None else _words(path, note, f"{where}.unit_note"),
    )


def _phase(path: Path, raw: dict, where: str) -> PhaseSpec:
    _no_other_keys(path, raw, _PHASE_KEYS, where)
    periods = expect(path, raw.get("periods"), list, f"{where}.periods")
    if not periods:
        raise UserError(path, f"field {where}.periods: a phase gathers at least one period")
    plan = expect(path, raw.get("plan", False), bool, f"{where}.plan")
    return PhaseSpec(
        heading=_words(path, raw.get("heading"), f"{where}.heading"),
        periods=tuple(str(p) for p in periods),
        plan=plan,
        headlines=_ids(path, raw.get("headlines", []), f"{where}.headlines"),
    )


def _words(path: Path, raw: object, where: str) -> Words:
    raw = expect(path, raw, dict, where)
    _no_other_keys(path, raw, set(LANGS), where)
    return Words(*(str(expect(path, raw.get(lang), (str, int, float), f"{where}.{lang}")) for lang in LANGS))


def _ids(path: Path, raw: object, where: str) -> tuple[str, ...]:
    return tuple(_slug(path, name, where) for name in expect(path, raw, list, where))


def _slug(path: Path, raw: object, where: str) -> str:
    text = expect(path, raw, str, where)
    if not text or not all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in text):
        raise UserError(path, f"field {where}: {text!r} is not an id (ASCII letters, digits, _ and -)")
    return text


def _choice(path: Path, raw: object, allowed: tuple[str, ...], where: str) -> str:
    if raw not in allowed:
        raise UserError(path, f"field {where}: {raw!r} is not one of {', '.join(allowed)}")
    return str(raw)


def _no_other_keys(path: Path, raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(str(k) for k in set(raw) - allowed)
    if unknown:
        raise UserError(path, f"field {where}: unknown key {unknown[0]!r}; known: {', '.join(sorted(allowed))}")
