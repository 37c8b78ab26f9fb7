"""The Dataset: everything a notebook needs about one article, as DataFrames."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import pandas as pd

from shangyu_analysis.indicators.catalog import Catalog
from shangyu_analysis.text import Article


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

    def row(self, indicator_id: str) -> pd.Series:
        """The indicator (or derived indicator) row with this id.

        Raises
        ------
        KeyError
            Naming the closest known ids when ``indicator_id`` is unknown.
        """
        for table, key in ((self.indicators, "indicator_id"), (self.derived, "derived_id")):
            hit = table[table[key] == indicator_id]
            if len(hit):
                return hit.iloc[0]
        known = list(self.indicators["indicator_id"]) + list(self.derived["derived_id"])
        close = difflib.get_close_matches(indicator_id, known, n=3)
        raise KeyError(f"unknown indicator id {indicator_id!r}" + (f"; did you mean {close}?" if close else ""))

    def value(self, indicator_id: str) -> float:
        """The value of an indicator or derived indicator (a bound when its qualifier says so)."""
        return float(self.row(indicator_id)["value"])

    def why(self, indicator_id: str) -> str | None:
        """The catalog's one-line reason an analyst cares about this indicator (curated only)."""
        if self.catalog is None:
            return None
        return next((e.get("why") for e in self.catalog.indicators if e["id"] == indicator_id), None)
