"""The Dataset: everything a notebook needs about one article, as DataFrames."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

import pandas as pd

from shangyu_analysis.indicators.catalog import Catalog
from shangyu_analysis.text import Article

# The id columns of the published tables, in the order a row is identified by them; then ``result_id``, the id of
# a value a notebook computes itself (report.select.outcome: not published, so never a derived_id).
ID_COLUMNS = ("indicator_id", "derived_id", "check_id", "figure_id", "result_id")
_RAISE = object()  # no default given: an unknown id raises


class UnknownId(KeyError):
    """An id no table looked in has; the message names it and the closest known ids."""

    def __init__(self, row_id: str, known: Iterable[str]) -> None:
        close = difflib.get_close_matches(str(row_id), [str(k) for k in known], n=3)
        super().__init__(f"unknown id {row_id!r}" + (f"; did you mean {close}?" if close else ""))
        self.row_id = row_id
        self.close = close

    def __str__(self) -> str:  # KeyError would show the message quoted
        return str(self.args[0])


def id_column(table: pd.DataFrame) -> str | None:
    """The column that identifies ``table``'s rows: the first of :data:`ID_COLUMNS` it has (None when none)."""
    return next((c for c in ID_COLUMNS if c in table.columns), None)


def select(
    tables: Sequence[pd.DataFrame],
    ids: Iterable[str],
    *,
    column: str | None = None,
    skip_missing: bool = False,
) -> pd.DataFrame:
    """The one row lookup: the rows with ``ids``, in that order, indexed by id (the id column kept), each from
    the first of ``tables`` that has it (a table's id column: ``column``, else :func:`id_column`; a table
    without one has no rows; an id twice in a table: its first row).

    An id no table has raises :class:`UnknownId`; a caller for which absence is expected says so with
    ``skip_missing=True`` and gets the rows of the ids that are there. All ``ids`` from one table keep its dtypes.
    """
    ids = list(ids)
    indexed = []
    for table in tables:
        key = column or id_column(table)
        if key is not None and key in table.columns:
            frame = table.set_index(key, drop=False)
            indexed.append((key, frame[~frame.index.duplicated()]))
    found: dict[str, pd.DataFrame] = {}
    for _, frame in indexed:
        found |= {i: frame for i in ids if i not in found and i in frame.index}
    absent = [i for i in ids if i not in found]
    if absent and not skip_missing:
        raise UnknownId(absent[0], (i for key, frame in indexed for i in frame[key]))
    kept = [i for i in ids if i in found]
    if len({id(found[i]) for i in kept}) > 1:
        return pd.concat([found[i].loc[[i]] for i in kept])
    if kept:  # the common case, all from one table: its dtypes kept
        return found[kept[0]].reindex(kept)
    return indexed[0][1].iloc[:0] if indexed else pd.DataFrame()


@dataclass
class Dataset:
    """Everything a notebook needs about one article (see the data contract)."""

    article: Article
    figures: pd.DataFrame
    indicators: pd.DataFrame
    derived: pd.DataFrame
    checks: pd.DataFrame
    curated: bool
    source: dict
    catalog: Catalog | None = None  # the catalog used when curated (for `why` and the dictionary)
    origin: str = "computed"  # where the tables come from (see dataset.published: data/processed or memory)
    fact_checks: pd.DataFrame | None = (
        None  # the checks any page gets from its figures' facts (indicators/fact_checks.py)
    )
    catalog_status: str | None = (
        None  # the curated catalog's status: "draft" (not reviewed) or "reviewed"; None if none
    )

    @overload
    def row(self, indicator_id: str) -> pd.Series: ...
    @overload
    def row(self, indicator_id: str, default: None) -> pd.Series | None: ...
    def row(self, indicator_id: str, default: object = _RAISE) -> pd.Series | None:
        """The indicator (or derived indicator) row with this id (:func:`select`).

        Raises
        ------
        UnknownId
            A KeyError naming the closest known ids when ``indicator_id`` is unknown, unless the caller
            tolerates absence and says so with ``default=None``: then None.
        """
        rows = select((self.indicators, self.derived), [indicator_id], skip_missing=default is not _RAISE)
        return rows.iloc[0] if len(rows) else None

    def has(self, indicator_id: str) -> bool:
        """Whether the dataset has an indicator or derived indicator with this id."""
        return self.row(indicator_id, None) is not None

    def value(self, indicator_id: str) -> float:
        """The value of an indicator or derived indicator (a bound when its qualifier says so)."""
        return float(self.row(indicator_id)["value"])

    def why(self, indicator_id: str) -> str | None:
        """The catalog's one-line reason an analyst cares about this indicator (curated only)."""
        if self.catalog is None:
            return None
        return next((e.get("why") for e in self.catalog.indicators if e["id"] == indicator_id), None)
