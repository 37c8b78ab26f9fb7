"""Checks and derivations any page gets from its figures' facts, with or without a curated catalog.

The catalog's checks (:mod:`derive`) are declared per indicator id, so a page without a catalog gets none. These
run on every page, from the figures' facts alone (place, measure, period, qualifier, the words before a figure):

a. ``growth_compounding`` — 比2015年增长50% beside 年均增长8.4% over 2016–2020: (1 + 0.50)^(1/5) − 1 = 8.4 %;
b. ``shares_sum`` — a structure sums to 100 (3.7:45.4:50.9), a list of shares of one total to at most 100;
c. ``part_within_total`` — a part after 其中 is at most its total;
d. ``implied_base_level`` — the earlier level a level and its growth imply: level ÷ (1 + g)^n (a derivation);
e. ``implied_growth`` — the growth two levels of one series imply, compared with the page's own growth if any.

Pairing rules are in :mod:`fact_growth` and :mod:`fact_parts`; roles, keys and intervals in :mod:`fact_roles`;
evaluation, qualifier propagation and the verdict in :mod:`fact_rows`. A row names the figures it used (ids of
``figures.csv``, hence their spans and sentences), the formula with ids and as mathematics in zh/en, the
arithmetic with the numbers, the result with its propagated qualifier, the value compared with, the verdict
(agree, disagree, cannot_tell; derived when there is nothing to compare) and the reason.
"""

from __future__ import annotations

import pandas as pd

from shangyu_analysis.indicators.fact_growth import base_levels, compounding, implied_growth
from shangyu_analysis.indicators.fact_parts import parts_within, share_lists, structures
from shangyu_analysis.indicators.fact_roles import facts_of
from shangyu_analysis.indicators.fact_rows import build_row
from shangyu_analysis.schema import FACT_CHECKS, column_names
from shangyu_analysis.schema.validate import coerce, validate
from shangyu_analysis.text.normalise import fold_names

CHECK_ORDER = ("growth_compounding", "shares_sum", "part_within_total", "implied_base_level", "implied_growth")


def fact_checks(figures: pd.DataFrame, text: str) -> pd.DataFrame:
    """The ``fact_checks`` table of a page: every generic check its figures allow (schema ``FACT_CHECKS``).

    Parameters
    ----------
    figures : DataFrame
        The figure table (``extract_figures``), facts columns included.
    text : str
        The article text the figures' offsets refer to.
    """
    text = fold_names(text)  # 減少, 結構, 佔 as their simplified forms (length-preserving: offsets still hold)
    facts = facts_of(figures, text) if len(figures) else []
    specs = (
        [
            *compounding(facts),
            *structures(figures, text),
            *share_lists(figures, text),
            *parts_within(figures, text),
            *base_levels(facts),
            *implied_growth(facts),
        ]
        if len(figures)
        else []
    )
    rows: list[dict] = []
    seen: set[tuple[str, tuple[str, ...], str]] = set()
    for spec in sorted(specs, key=lambda s: (CHECK_ORDER.index(s.check), s.figure_ids)):
        identity = (spec.check, tuple(spec.figure_ids), spec.formula)
        row = build_row(spec) if identity not in seen else None
        seen.add(identity)
        if row is not None:
            rows.append({"fact_check_id": f"C{len(rows) + 1:03d}", **row})
    frame = pd.DataFrame(rows, columns=column_names(FACT_CHECKS))
    return validate(coerce(frame, "fact_checks"), "fact_checks")
