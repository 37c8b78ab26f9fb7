"""A draft catalog for any page (``catalog draft``; the check of a catalog against its page is :mod:`.check`).

The draft has one entry per extracted figure, written from the figure's facts: the id from place, measure, period and
unit (``<place>_<measure>_<period>_<unit>``, ASCII, ``_2``/``_3`` for repeats); the names place · measure · period
from the measure vocabulary and the gazetteer (an ``其他:`` measure that is not a clean noun phrase is named by its
kind and unit instead); the period and scope with the page's words the loader checks; a ``match`` context cut from the
figure's sentence that claims that figure alone (``occurrence: N`` in a repeated sentence). What a person must judge
carries a ``# review:`` comment, and the file says ``status: draft`` until someone edits it and sets ``status:
reviewed``. A draft that does not load and claim every figure is a bug: it is checked before it is written.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pandas as pd

from shangyu_analysis import config
from shangyu_analysis.errors import UserError
from shangyu_analysis.extract.gazetteer import gazetteer, place_code, place_en
from shangyu_analysis.files import read_sidecar, write_atomic
from shangyu_analysis.indicators.automatic import (
    AUTO_PERIOD_NOTE,
    AUTO_PERIOD_NOTE_ZH,
    NO_PERIOD_NOTE,
    NO_PERIOD_NOTE_ZH,
    guess_category,
)
from shangyu_analysis.indicators.catalog import load_catalog
from shangyu_analysis.indicators.check import article_figures, resolve
from shangyu_analysis.indicators.curated import claim_figures, evidence_found, find_claims
from shangyu_analysis.indicators.draft_names import entry_names, short_unit_for, slug, text_of, unit_slug
from shangyu_analysis.schema import FigureRecord, figure_records
from shangyu_analysis.text import Article, load_article

_SELF_WORDS = ("全县", "全区", "全市", "全省", "本县", "本区", "本市", "我县", "我区", "我市")
_LEVEL_EN = {"区": "district", "县": "county", "市": "city", "省": "province", "旗": "banner"}
_WHY = "(draft) why an analyst cares about this figure: to be written in review"
_SOURCE_KEYS = ("publisher", "edition", "page", "page_name", "date", "title", "authors", "place")


def _places(fig: FigureRecord) -> list[str]:
    place = text_of(fig.place)
    return [] if place in ("", "-") else place.split("、")


def _scope(fig: FigureRecord, text: str, places: list[str], context: str) -> tuple[dict, str | None]:
    """Whose figure it is, with the page's words for it (the sentence first, then the paragraph before it)."""
    gaz = gazetteer()
    full = [gaz.units[code].name if (code := place_code(p)) else p for p in places]
    words = [w for p, f in zip(places, full) for w in (f, p)]
    sentence, start = str(fig.sentence), int(fig.start)
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    english = ", ".join(
        f"{place_en(p)} {_LEVEL_EN.get(f[-1], '')}".strip() if f != p else str(place_en(p))
        for p, f in zip(places, full)
    )
    scope = {"scope_zh": "、".join(full), "scope_en": english}
    for basis, where, candidates in (
        ("stated", sentence, words),
        ("inferred", paragraph, words),
        ("inferred", sentence, _SELF_WORDS),
    ):
        found = next((w for w in candidates if w in where), None)
        if places and found:
            note = None if basis == "stated" else f"scope inferred from {found!r} (not in the figure's own sentence)"
            return {**scope, "scope_basis": basis, "scope_evidence": found}, note
    if places:
        return (
            {**scope, "scope_basis": "inferred", "scope_evidence": context},
            "scope: the place comes from the page's title or date line; scope_evidence is the figure's own phrase",
        )
    return (
        {"scope_zh": "未注明", "scope_en": "not stated", "scope_basis": "unclear", "scope_evidence": context},
        "scope: the extractor found no place for this figure",
    )


def _period(fig: FigureRecord, text: str) -> tuple[dict, str | None]:
    """The extractor's period, with a stated one kept only when the loader will find its words."""
    period, basis, evidence = text_of(fig.period), text_of(fig.period_basis), text_of(fig.period_evidence)
    if period in ("", "-"):
        return (
            {
                "period": None,
                "period_basis": "unknown",
                "period_note": NO_PERIOD_NOTE,
                "period_note_zh": NO_PERIOD_NOTE_ZH,
            },
            "period: none near the figure",
        )
    if basis == "stated" and evidence and evidence_found(text, str(fig.sentence), int(fig.start), evidence):
        return {"period": period, "period_basis": "stated", "period_evidence": evidence}, None
    note = f"period {period} inferred" + (
        f" (its words {evidence!r} are not in the figure's paragraph)" if evidence else ""
    )
    return (
        {
            "period": period,
            "period_basis": "inferred",
            "period_note": AUTO_PERIOD_NOTE,
            "period_note_zh": AUTO_PERIOD_NOTE_ZH,
        },
        note,
    )


def _context(figures: pd.DataFrame, pos: int, text: str) -> dict | None:
    """``match`` for the figure: the shortest phrase of its sentence (a few characters before it, then more) that occurs
    once in the text and claims this figure alone; in a repeated sentence, a phrase with its ``occurrence``; None when
    no phrase of its sentence holds the figure whole (a sentence cut short around an enormous number)."""
    fig = figures.iloc[pos]
    start, end, sentence = int(fig["start"]), int(fig["end"]), str(fig["sentence"])
    first = next(s for s in range(max(0, start - len(sentence)), start + 1) if text.startswith(sentence, s))
    room_left, room_right = start - first, first + len(sentence) - end
    for total in range(min(4, room_left + room_right), room_left + room_right + 1):
        for right in range(min(total, room_right) + 1):
            left = total - right
            if left > room_left:
                continue
            context = text[start - left : end + right]
            if text.count(context) == 1 and find_claims(figures, text, fig["surface"], context) == [pos]:
                return {"surface": fig["surface"], "context": context}
    context = text[start - min(4, room_left) : end]
    hits = find_claims(figures, text, fig["surface"], context)
    return {"surface": fig["surface"], "context": context, "occurrence": hits.index(pos) + 1} if pos in hits else None


def _scalar(value: object) -> str:
    """One YAML scalar: plain when it reads back as itself, else a JSON string (valid YAML)."""
    import yaml  # ~0.07 s, as files.read_yaml

    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    try:
        plain = text == text.strip() and "\n" not in text and yaml.safe_load(text) == text
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _entry(fig: FigureRecord, match: dict, text: str) -> tuple[dict, list[str]]:
    places = _places(fig)
    period, period_note = _period(fig, text)
    scope, scope_note = _scope(fig, text, places, match["context"])
    zh_place, en_place = "、".join(places), ", ".join(str(place_en(p)) for p in places)
    name_zh, name_en, measure_slug, notes = entry_names(fig, zh_place, en_place, period["period"])
    unit_part = unit_slug(text_of(fig.unit), text_of(fig.kind))
    period_slug = "" if period["period"] in (None, "as_of_publication") else slug(period["period"].replace("/", "_vs_"))
    parts = [slug(en_place), "" if measure_slug == unit_part else measure_slug, period_slug, unit_part]
    ident = "_".join(p for p in parts if p)
    decimals = re.search(r"\d+\.(\d+)", str(fig.surface))
    entry = {
        "id": ident if ident[:1].isalpha() else f"figure_{ident}",
        "name_zh": name_zh,
        "name_en": name_en,
        "description_en": f"{name_en}: the figure {fig.surface} of the page, drafted from its facts (place "
        f"{en_place or 'not stated'}, measure {text_of(fig.measure) or 'none'}, period "
        f"{period['period'] or 'not stated'}); not reviewed.",
        "category": guess_category(fig.subject if isinstance(fig.subject, str) else None, str(fig.sentence), fig.kind),
        "value": float(fig.value),
        "unit": str(fig.unit),
        "short_unit": short_unit_for(str(fig.unit)),
        "qualifier": str(fig.qualifier),
        "precision": len(decimals.group(1)) if decimals else 0,
        **period,
        **scope,
        "why": _WHY,
        "match": match,
    }
    measure = text_of(fig.measure)
    if measure and measure != "-":
        entry["measure"] = measure
    if places:
        entry["place"] = "、".join(places)
    return entry, notes + [n for n in (period_note, scope_note) if n]


def _source(path: Path, article: Article) -> dict:
    sidecar = read_sidecar(path)
    parsed = {
        "publisher": article.paper,
        "page": article.page_number,
        "page_name": article.page_name,
        "date": article.date.isoformat() if article.date else None,
        "title": article.title.lstrip("# "),
        "authors": article.authors or None,
        "place": article.place,
    }
    try:
        shown = str(path.resolve().relative_to(config.PROJECT_ROOT))
    except ValueError:
        shown = str(path.resolve())
    source: dict[str, str | list[str]] = {"article": shown}
    for key in _SOURCE_KEYS:
        value = sidecar.get(key) if sidecar.get(key) not in (None, "", []) else parsed.get(key)
        if value not in (None, "", []):
            source[key] = [str(v) for v in value] if isinstance(value, list) else str(value)
    return source


def _render(source: dict, entries: list[tuple[dict, list[str]]], stem: str) -> str:
    lines = [
        f"# Draft indicator catalog of {stem}, written by `shangyu-analysis catalog draft` from the figures' facts.",
        "# Review: edit names, why, scopes and periods (each review comment says what to judge), run",
        "# `shangyu-analysis catalog check`, then set `status: reviewed`. Fields: see the seed's catalog.",
        "status: draft",
        "source:",
    ]
    for key, value in source.items():
        shown = "[" + ", ".join(_scalar(v) for v in value) + "]" if isinstance(value, list) else _scalar(value)
        lines.append(f"  {key}: {shown}")
    lines += ["", "indicators:"]
    for entry, notes in entries:
        lines += [f"  # review: {note}" for note in notes]
        for n, (key, value) in enumerate(entry.items()):
            lead = "  - " if n == 0 else "    "
            if key == "match":
                lines += [f"{lead}match:"] + [f"      {k}: {_scalar(v)}" for k, v in value.items()]
            elif value is not None:
                lines.append(f"{lead}{key}: {_scalar(value)}" + ("  # review: placeholder" if key == "why" else ""))
        lines.append("")
    return "\n".join(lines)


def draft_catalog(article: str | Path, out: str | Path | None = None, force: bool = False) -> tuple[Path, int, int]:
    """Write the draft catalog of ``article`` (default ``data/articles/<stem>/catalog.yml``); (path, entries, reviews).

    Raises
    ------
    UserError
        The article cannot be read, or ``out`` exists and ``force`` is not set.
    """
    path = resolve(article)
    target = Path(out) if out is not None else config.catalog_path(path)
    if target.exists() and not force:
        raise UserError(target, "a catalog is already there; pass --force to overwrite it")
    parsed = load_article(path)
    figures = article_figures(parsed, path)
    entries: list[tuple[dict, list[str]]] = []
    seen: dict[str, int] = {}
    names: dict[str, str] = {}
    for pos, fig in enumerate(figure_records(figures)):
        match = _context(figures, pos, parsed.text)
        if match is None:
            raise UserError(
                path,
                f"figure {fig.figure_id} {str(fig.surface)[:20]!r}: no phrase of its sentence can claim "
                "it, so no catalog can; this page keeps its automatic indicators",
            )
        entry, notes = _entry(fig, match, parsed.text)
        base = entry["id"]
        seen[base] = seen.get(base, 0) + 1
        entry["id"] = base if seen[base] == 1 else f"{base}_{seen[base]}"
        if entry["name_zh"] in names:
            notes.append(f"name: the same as {names[entry['name_zh']]}; tell them apart")
        names.setdefault(entry["name_zh"], entry["id"])
        entries.append((entry, notes))
    text = _render(_source(path, parsed), entries, path.stem)
    with tempfile.TemporaryDirectory() as tmp:  # a draft that does not load and claim its figures is never written
        trial = Path(tmp) / "catalog.yml"
        trial.write_text(text, encoding="utf-8")
        claimed = claim_figures(load_catalog(trial), figures, parsed.text)
    if sorted(claimed.values()) != list(range(len(figures))):
        raise AssertionError(f"draft of {path.name} does not claim each figure once")
    write_atomic({target: text})
    return target, len(entries), text.count("# review:")
