"""Rows of a published table chosen by what they measure, where and when — never by a catalog's ids.

A question of an analysis notebook names the measures it needs (terms of ``data/measures.yml``, or a
pattern for the ``其他:<name>`` measures the vocabulary lacks) and answers for every place and period
of the page that has them all:

- :func:`by_measure` — the rows of some measures (and places, periods), indexed by id;
- :func:`matched` — one line per group (by default a place and a period) holding every measure a question
  needs: their values (money converted to one unit) and their ids, for the sentences;
- :func:`lacks` — the sentence of a question the page cannot answer, naming the measures it lacks in
  words (the vocabulary's zh/en), never by id;
- :func:`same_sentence`, :func:`has_derived` — rows said in the sentence of others; whether the catalog
  has a derived value computed from exactly these inputs (so the notebook checks its formula there).
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable
from typing import cast

import pandas as pd

from shangyu_analysis.dataset.model import ID_COLUMNS, id_column
from shangyu_analysis.extract.gazetteer import place_en
from shangyu_analysis.extract.measures import OTHER, measure_en, vocabulary
from shangyu_analysis.indicators.derive import evaluate, propagate_qualifier
from shangyu_analysis.report.labels import check_lang, label
from shangyu_analysis.report.notebook import FormulaMismatch, say, stated
from shangyu_analysis.text.period_words import period_name

# Chinese number words that scale a unit (亿元 = 1e8 元); a value converts only between units of one base.
SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2))
# What a role is matched by: a measure term (equal) or a pattern (searched in the measure).
Matcher = str | re.Pattern
# What the figures of a group share (the words of labels.py), said when the page has every measure but never together.
TOGETHER = ("assumption.same_area", "assumption.same_period")


def _id_column(frame: pd.DataFrame) -> str:
    column = id_column(frame)
    if column is None:
        raise KeyError(f"none of the id columns {ID_COLUMNS} in {list(frame.columns)}")
    return column


def _mask(frame: pd.DataFrame, flags: list[bool]) -> pd.Series:
    """Flags as a boolean mask (an empty list would pick no columns, not no rows)."""
    return pd.Series(flags, index=frame.index, dtype=bool)


def _matches(measure: object, matcher: Matcher) -> bool:
    if not isinstance(measure, str):
        return False
    return matcher.search(measure) is not None if isinstance(matcher, re.Pattern) else measure == matcher


def _roles(roles: list[str] | dict[str, Matcher]) -> dict[str, Matcher]:
    return dict(roles) if isinstance(roles, dict) else {m: m for m in roles}


def by_measure(
    table: pd.DataFrame, measures: list[str] | dict[str, Matcher], place: str | None = None, period: str | None = None
) -> pd.DataFrame:
    """The rows whose ``measure`` is one of ``measures`` (terms, or a ``{name: term or re pattern}`` dict), in
    the order of ``measures`` then of the table, indexed by id (the id column kept); ``place`` keeps the rows
    naming that place (``江宁、南京`` names two), ``period`` the rows of that period."""
    column = _id_column(table)
    chosen = table
    if place is not None:
        chosen = chosen[_mask(chosen, [place in str(p).split("、") for p in chosen["place"]])]
    if period is not None:
        chosen = chosen[chosen["period"] == period]
    parts = [
        chosen[_mask(chosen, [_matches(m, matcher) for m in chosen["measure"]])]
        for matcher in _roles(measures).values()
    ]
    rows = pd.concat(parts) if parts else chosen.iloc[:0]
    rows = rows[~rows[column].duplicated()]
    return rows.set_index(column, drop=False)


def same_sentence(rows: pd.DataFrame, anchors: pd.DataFrame) -> pd.DataFrame:
    """The ``rows`` said in one of the ``anchors``' sentences (a rank beside the revenue it ranks)."""
    return rows[rows["sentence"].isin(set(anchors["sentence"]))]


def scale(unit: str) -> tuple[float, str]:
    """(factor, base) of a unit as written: ``亿元`` → (1e8, ``元``), ``万家`` → (1e4, ``家``), ``%`` → (1, ``%``)."""
    for prefix, factor in SCALES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return factor, unit[len(prefix) :]
    return 1.0, unit


def in_unit(value: float, unit: str, target: str | None) -> float:
    """``value`` (in ``unit``) in ``target`` when both share a base (万元 → 亿元: × 0.0001); else unchanged."""
    if target is None or unit == target:
        return float(value)
    (factor, base), (target_factor, target_base) = scale(str(unit)), scale(target)
    return float(value) * factor / target_factor if base == target_base else float(value)


def matched(
    rows: pd.DataFrame,
    roles: list[str] | dict[str, Matcher],
    keys: tuple[str, ...] = ("place", "period"),
    unit: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(values, ids)``: one line per group of ``rows`` (same ``keys``) that has a row for every role, indexed
    by the keys (a missing period reads ``""``), one column per role; ``values`` holds the numbers (money and
    other scaled units converted to ``unit`` when it shares their base), ``ids`` the rows' ids. A role with
    several rows in one group takes the first (the page's first mention)."""
    roles = _roles(roles)
    column = _id_column(rows) if len(rows.columns) else "indicator_id"
    found_values, found_ids = [], []
    grouped = rows.assign(**{k: rows[k].astype(object).where(rows[k].notna(), "") for k in keys})
    for group, frame in grouped.groupby(list(keys), sort=False):
        picked = {
            role: frame[_mask(frame, [_matches(m, matcher) for m in frame["measure"]])]
            for role, matcher in roles.items()
        }
        if any(p.empty for p in picked.values()):
            continue
        name = group if len(keys) > 1 else group[0]
        found_values.append(
            pd.Series({r: in_unit(p["value"].iloc[0], p["unit"].iloc[0], unit) for r, p in picked.items()}, name=name)
        )
        found_ids.append(pd.Series({r: p[column].iloc[0] for r, p in picked.items()}, name=name))
    index = (
        pd.MultiIndex.from_tuples([s.name for s in found_values], names=list(keys))  # type: ignore[misc]  # names are tuples here
        if len(keys) > 1
        else pd.Index([s.name for s in found_values], name=keys[0])
    )
    values = pd.DataFrame(found_values, index=index, columns=list(roles), dtype=float)
    ids = pd.DataFrame(found_ids, index=index, columns=list(roles), dtype=object)
    return values, ids


def measure_words(measure: str, lang: str) -> str:
    """A measure in words: the vocabulary's label (``财政总收入`` / ``total fiscal revenue``); a ``其他:`` name
    (or any other word) in its own words, in English by the vocabulary's words (``利润`` → ``profit``)."""
    name = measure.removeprefix(OTHER)
    if check_lang(lang) == "zh":
        return name
    term = vocabulary().terms.get(name)
    if term is not None:
        return term.en
    english = measure_en(name)
    if not english:
        return name
    return english if english[1:2].isupper() else english[0].lower() + english[1:]  # GDP stays GDP


def lacks(roles: list[str] | dict[str, Matcher], lang: str, together: bool = False) -> str:
    """The sentence of a skipped question naming the measures (``roles``: their names) it lacks, in words;
    ``together``: the page has each of them, but never for one place and period."""
    separator = "、" if check_lang(lang) == "zh" else "; "  # an English name may hold a comma
    words = separator.join(measure_words(m, lang) for m in _roles(roles))
    if together:
        words += separator + ("、" if lang == "zh" else ", ").join(label(key, lang) for key in TOGETHER)
    return label("notebook.skipped", lang, ids=words)


def missing(rows: pd.DataFrame, roles: list[str] | dict[str, Matcher]) -> list[str]:
    """The roles (names) no row of ``rows`` measures."""
    return [
        role
        for role, matcher in _roles(roles).items()
        if not any(_matches(m, matcher) for m in rows.get("measure", []))
    ]


def has_derived(derived: pd.DataFrame, derived_id: str, inputs: list[str] | pd.Series) -> bool:
    """True when ``derived`` has ``derived_id`` computed from exactly the rows ``inputs`` (ids): the catalog's
    formula for these figures, which the notebook then checks its own computation against."""
    rows = derived[derived["derived_id"] == derived_id]
    return not rows.empty and set(str(rows["inputs"].iloc[0]).split(";")) == {str(i) for i in inputs}


def answerable(rows: pd.DataFrame, roles: list[str] | dict[str, Matcher], values: pd.DataFrame, lang: str) -> bool:
    """True when :func:`matched` found a group; otherwise say which measures the page lacks (:func:`lacks`)."""
    if not values.empty:
        return True
    gone = missing(rows, roles)
    shown = {r: _roles(roles)[r] for r in gone} if gone else roles
    say(lang, zh=lacks(shown, "zh", together=not gone), en=lacks(shown, "en", together=not gone))
    return False


def outcome(
    computed: pd.Series,
    formula: str,
    names: tuple[str, str],
    unit: str,
    precision: int | None,
    *,
    values: pd.DataFrame,
    ids: pd.DataFrame,
    table: pd.DataFrame,
) -> pd.DataFrame:
    """The values a notebook ``computed`` (one per group of :func:`matched`) as rows of a derived table, for
    :func:`~shangyu_analysis.report.notebook.table` and ``stated``: ``names`` (zh, en), the place and period
    of the group, ``unit``, ``precision`` (None: the inputs' largest), the qualifier its inputs' bounds give it through ``formula`` (over the
    roles: ``100 * 一般公共预算收入 / 财政总收入``; evaluated too, so formula and computation cannot drift
    apart) and the formula in words, indexed by the group's position. A group whose inputs bound it in opposite
    directions is left out (no qualifier could be stated)."""
    qualifier_of = table.set_index(_id_column(table))["qualifier"]
    precision_of = table.set_index(_id_column(table))["precision"]
    period_of = table.set_index(_id_column(table))["period"]
    found, positions = [], []
    for position, (key, value) in enumerate(computed.items()):
        inputs = {str(role): float(v) for role, v in _row(values, key).items()}
        expected = evaluate(formula, inputs)
        if not math.isclose(float(value), float(expected), rel_tol=1e-9):
            raise FormulaMismatch(f"{names[1]}: the notebook computes {value!r}, the formula gives {expected!r}")
        qualifiers = {str(role): str(qualifier_of[i]) for role, i in _row(ids, key).items()}
        try:
            qualifier = propagate_qualifier(formula, inputs, qualifiers)
        except ValueError:
            continue
        keys = dict(zip(values.index.names, key if isinstance(key, tuple) else (key,)))
        period = keys.get("period") or period_of[_row(ids, key).iloc[0]]
        written = formula.replace(OTHER, "")
        for name in sorted(set(values.columns) - set(ids.columns), key=len, reverse=True):  # a number of the
            written = written.replace(name, f"{inputs[name]:g}")  # group, not a figure (年数): written as it is
        english = written
        for role in sorted(ids.columns, key=len, reverse=True):
            english = english.replace(role, f"[{measure_words(role, 'en')}]")
        positions.append(position)  # the row's index: the group's position, kept when a group is left out
        found.append(
            {
                "result_id": names[1],
                "name_zh": names[0],
                "name_en": names[1],
                "place": keys.get("place"),
                "period": period if isinstance(period, str) and period else None,
                "value": float(value),
                "unit": unit,
                "qualifier": qualifier,
                "precision": precision
                if precision is not None
                else int(max([precision_of[i] for i in _row(ids, key) if pd.notna(precision_of[i])], default=2)),
                "formula_zh": written,
                "formula_en": english,
                "formula": formula,
            }
        )
    return pd.DataFrame(
        found,
        columns=[
            "result_id",
            "name_zh",
            "name_en",
            "place",
            "period",
            "value",
            "unit",
            "qualifier",
            "precision",
            "formula_zh",
            "formula_en",
            "formula",
        ],
        index=positions,
    )


def where(place: object, period: object, lang: str) -> str:
    """A group of :func:`matched` in words: ``江宁(2024年)`` / ``Jiangning (2024)``; a missing part left out
    (a period alone: ``2024年``)."""
    name = str(place or "") if check_lang(lang) == "zh" else str(place_en(str(place)) if place else "")
    when = period_name(str(period), lang) if isinstance(period, str) and period else ""
    if not when or not name:
        return name or when  # a period alone: its words, no brackets
    return f"{name}({when})" if lang == "zh" else f"{name} ({when})".strip()


def in_words(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with its places in words of ``lang`` (瓯海 → Ouhai), for display."""
    return frame.assign(place=[where(p, None, lang) if isinstance(p, str) else p for p in frame["place"]])


def used(rows: pd.DataFrame, ids: pd.DataFrame) -> pd.DataFrame:
    """The ``rows`` a question uses: those of the groups :func:`matched` found, group by group in the order of
    its roles, or every row when it found none (what the page has, for the reader to see what is missing)."""
    if ids.empty:
        return rows
    order = [i for i in ids.to_numpy().ravel() if isinstance(i, str) and i in rows.index]
    return rows.loc[list(dict.fromkeys(order))]


def _row(frame: pd.DataFrame, key: Hashable) -> pd.Series:
    """The row of ``frame`` labelled ``key`` (a group's key: a value, or a tuple of them)."""
    return frame.loc[key]  # type: ignore[call-overload]  # pandas-stubs: a label is any Hashable, not only a scalar


def said(frame: pd.DataFrame, lang: str, position: int = 0) -> str:
    """The outcome (:func:`outcome`) of the group at ``position`` as the report writes it; a group left out (its
    inputs bound it in opposite directions) says so."""
    if position not in frame.index:
        return label("notebook.undetermined", lang)
    return stated(cast(pd.Series, frame.loc[position]), lang)  # one row: positions are the index


def indicator_columns(frame: pd.DataFrame) -> list[str]:
    """The columns a question shows of its indicator rows: with the place when they name more than one."""
    return ["name", *(["place"] if frame["place"].nunique() > 1 else []), "stated", "period", "surface"]
