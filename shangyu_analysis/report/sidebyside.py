"""Several pages side by side: which of their figures may stand next to each other, in one unit.

The side-by-side notebook reads the indicator tables of every article of the build and keeps, for each
measure two or more pages share, the figures that are comparable. A figure is kept when

- its ``measure`` is a term of the measure vocabulary (``data/measures.yml``), not ``其他:<words>`` (two pages'
  own words are not known to name one thing), and the term's unit family is not a generic one
  (:data:`GENERIC_FAMILIES`: a count of firms or a rank counts or ranks different things on each page);
- it is about one place (its ``place`` is not empty, ``-`` or several places joined by ``、``);
- it has a period, and is a level of the past, not a plan or a target (:func:`is_plan`: its period ends after
  the page's date, or the page's words for its period are a target's, 到/力争/目标…).

Figures of one measure are compared only with figures of the same ``kind``, the same period basis (the
shape of the period, :func:`period_shape`: a year beside a year, never a five-year total beside a year)
and units that convert into each other (:func:`base_unit`, from :mod:`.units`: 亿元 and 万元 are both
yuan). Each group is shown in the unit most of its figures use (:func:`in_one_unit`), every value with the
article it comes from and the figure's words and sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

from shangyu_analysis.extract.measures import OTHER, vocabulary
from shangyu_analysis.schema.units import canonical_unit, unit_forms

GENERIC_FAMILIES = ("count", "rank")  # a vocabulary term of these families names what is counted only loosely
EXCLUDED_KINDS = ("rank",)  # a position in some ranking: which ranking differs from page to page
# The words a page states a target's period with (到2025年, 力争…, 目标…), as text/periods.py reads a target.
PLAN_WORDS = re.compile(r"到|力争|目标|计划|预计|预期")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# The key of a group of comparable figures; COMMON_UNIT is the unit the group is shown in.
GROUP = ["measure", "kind", "period_shape", "base_unit"]
COMMON_UNIT = "unit"


def period_shape(period: object) -> str | None:
    """What kind of period ``period`` is: ``year``, ``half``, ``quarter``, ``month``, ``day``, ``span`` (several
    years), ``as_of`` (at the time of writing), ``comparison`` or ``other``; None when there is none."""
    if period is None or (isinstance(period, float) and math.isnan(period)):
        return None
    text = str(period).strip()
    if not text or text == "-":
        return None
    shapes = (
        ("year", r"\d{4}"),
        ("half", r"\d{4}H[12]"),
        ("quarter", r"\d{4}Q\d(?:-Q\d)?"),
        ("month", r"\d{4}M\d{1,2}(?:-M\d{1,2})?"),
        ("day", r"\d{4}-\d{2}-\d{2}"),
        ("span", r"\d{4}\s*[-–—]\s*\d{4}"),
        ("as_of", r"as_of_publication"),
        ("comparison", r".+/.+"),
    )
    return next((name for name, pattern in shapes if re.fullmatch(pattern, text)), "other")


def is_plan(period: object, evidence: object, published_year: int | None) -> bool:
    """Whether a figure is a plan or a target rather than a level: its period reaches past the year the page
    was published, or the page's words for its period are a target's."""
    words = "" if evidence is None or (isinstance(evidence, float) and math.isnan(evidence)) else str(evidence)
    if PLAN_WORDS.search(words):
        return True
    years = [int(y) for y in re.findall(r"\d{4}", "" if period is None else str(period))]
    return published_year is not None and any(year > published_year for year in years)


def base_unit(unit: object) -> tuple[str, float]:
    """The unit ``unit`` converts to and the factor to it (亿元 → ("CNY", 1e8); 万家 → ("count", 1e4)), from
    English sentence form of the unit table (:mod:`shangyu_analysis.schema.units`); a unit the table lacks is its
    own base."""
    name = canonical_unit(None if unit is None or (isinstance(unit, float) and math.isnan(unit)) else str(unit))
    forms = unit_forms(name)
    if forms is None:
        return name, 1.0
    style = forms.english
    head, _, scale = style.label.rpartition(" ")
    if head and scale in _SCALES:
        return head, style.factor * _SCALES[scale]
    return style.label, style.factor


def _one_place(place: object) -> bool:
    return isinstance(place, str) and place.strip() not in ("", "-") and "、" not in place


def comparable(indicators: pd.DataFrame, published_year: dict[str, int | None]) -> pd.DataFrame:
    """The rows of ``indicators`` (with an ``article`` column) that may stand beside another page's figure of
    the same measure, with their ``period_shape`` and ``base_unit``; ``published_year`` maps each article to
    the year of its page (None when unknown: then only the words of a period mark a plan)."""
    terms = vocabulary().terms
    frame = indicators.copy()
    family = frame["measure"].map(lambda m: terms[m].family if isinstance(m, str) and m in terms else None)
    frame["period_shape"] = frame["period"].map(period_shape)
    frame["base_unit"] = frame["unit"].map(lambda u: base_unit(u)[0])
    plan = [
        is_plan(p, e, published_year.get(a))
        for p, e, a in zip(
            frame["period"], frame.get("period_evidence", pd.Series(None, index=frame.index)), frame["article"]
        )
    ]
    keep = (
        family.notna()
        & ~family.isin(GENERIC_FAMILIES)
        & ~frame["measure"].astype(str).str.startswith(OTHER)
        & ~frame["kind"].isin(EXCLUDED_KINDS)
        & frame["place"].map(_one_place)
        & frame["period_shape"].notna()
        & (frame["period_basis"] != "unknown")
        & ~pd.Series(plan, index=frame.index)
    )
    kept = frame[keep]
    return kept.drop_duplicates(["article", "measure", "kind", "place", "period", "value", "unit"])


def shared(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """The groups of :func:`comparable` rows that two or more articles share, each in one unit
    (:func:`in_one_unit`), the most widely shared first (then by measure)."""
    groups = [group for _, group in frame.groupby(GROUP, sort=True) if group["article"].nunique() >= 2]
    groups.sort(key=lambda group: -group["article"].nunique())
    return [in_one_unit(group) for group in groups]


def in_one_unit(group: pd.DataFrame) -> pd.DataFrame:
    """``group`` with every value in one unit: the unit most of its rows use (the first met on a tie). The
    article's own value and unit stay as ``value_as_written`` and ``unit_as_written``; ``precision`` grows by
    the decimals a conversion to a larger unit needs (64万元 → 0.0064亿元), so nothing is rounded away."""
    units = Counter(group["unit"])
    target = max(units, key=lambda unit: (units[unit], -list(group["unit"]).index(unit)))
    to = base_unit(target)[1]
    factors = [base_unit(unit)[1] / to for unit in group["unit"]]
    shifts = [max(0, math.ceil(-math.log10(f) - 1e-9)) if f < 1 else 0 for f in factors]
    converted = group.assign(value_as_written=group["value"], unit_as_written=group["unit"])
    converted["value"] = [v * f for v, f in zip(group["value"], factors)]
    if "value_high" in group.columns:
        converted["value_high"] = [v * f if pd.notna(v) else v for v, f in zip(group["value_high"], factors)]
    if "precision" in group.columns:
        converted["precision"] = [int(p) + s if pd.notna(p) else p for p, s in zip(group["precision"], shifts)]
    converted[COMMON_UNIT] = target
    return converted


def measure_name(measure: str, lang: str) -> str:
    """A vocabulary term in ``lang``: the term itself in Chinese, its English label in English."""
    term = vocabulary().terms.get(measure)
    return measure if lang == "zh" or term is None else term.en
